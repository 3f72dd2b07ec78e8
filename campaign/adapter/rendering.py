"""Writing pages through Jinja with less work per page, the same bytes.

Profiled on the bench campaign (2,000 news, one process, py-spy), a quarter
of a cold build is Material's templates, spread thin over small costs paid
on every page: the ``url`` filter (about 50 calls a page, each through
Material's blog wrapper, MkDocs' filter, ``normalize_url`` and
``get_relative_url``), some 24 ``include`` and ``import`` a page (each copies
the whole context twice), and the theme's words (``lang.t``, a Jinja macro
called about ten times a page from a module imported again on every page).
Three changes, installed in ``on_env`` when the speed-ups are on (see
``compat``), each giving exactly what the theme's own code gives:

- the ``url`` filter: the address relative to the page computed once per (address, page), with a
  shortcut for an address that shares no first folder with the page (there
  it is the page's way back to the root followed by the address, which is
  what ``get_relative_url`` computes); a blog view's link to its own address
  goes through Material's filter (which makes it a link to the view's first page);
- a template made only of text (Material's icons, ``.icons/**/*.svg``)
  yields that text without building a context for it;
- a template imported ``with context`` whose names are only ``config`` and
  the environment's globals (the campaign's ``partials/language.html``)
  gives the module made for the first page while those values are the same
  objects; the theme's words it defines (its macro ``t``) are kept by key.

Each template is looked at once, when Jinja first loads it (the environment's
template cache is replaced by :class:`Templates`); every cache lives for one
build, the environment's own lifetime.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta
from jinja2.runtime import Context, Macro
from jinja2.utils import missing
from material.plugins.blog.structure import View
from mkdocs.utils import _get_norm_url, _norm_parts, get_relative_url

__all__ = ["Templates", "fast_url", "install"]

# The names a template imported with context may read for its module to be kept.
SHARED_NAMES = frozenset({"config"})
# The campaign's partials/language.html and its macro giving the theme's word for a key:
# its result depends on the key alone (looked up once per key and build, see ``navcache``).
LANGUAGE = "partials/language.html"
WORD_MACRO = "t"
TEMPLATES = Path(__file__).resolve().parent.parent / "assets" / "templates"


def install(env: jinja2.Environment) -> None:
    """Use the cheaper paths for this build's environment (after every plugin's ``on_env``)."""
    env.filters["url"] = fast_url(env.filters["url"])
    if env.cache is not None:
        env.cache = Templates(env, env.cache.items())


def fast_url(original: Callable[..., str]) -> Callable[..., str]:
    """The ``url`` filter ``original`` (MkDocs', wrapped by Material's blog), cheaper."""
    addresses: dict[str, tuple[str, int, list[str], str]] = {}
    pages: dict[str, tuple[list[str], str]] = {}

    @jinja2.pass_context
    def url(context: Context, value: Any) -> str:
        page = context.get("page")
        if page is None or (isinstance(page, View) and page.url == value):
            return original(context, value)  # a view's link to itself leads to its first page
        path = str(value)
        known = addresses.get(path)
        if known is None:
            norm, level = _get_norm_url(path)
            parts = _norm_parts(norm) if level != -1 else []
            tail = "/".join(parts) + ("/" if norm.endswith("/") else "")
            known = addresses[path] = (norm, level, parts, tail)
        norm, level, parts, tail = known
        if level == -1:  # an absolute address, a fragment, another site
            return norm
        page_url = page.url
        seen = pages.get(page_url)
        if seen is None:
            other, _, base = page_url.rpartition("/")
            other_parts = _norm_parts(other if "." in base else page_url)
            seen = pages[page_url] = (other_parts, "../" * len(other_parts))
        other_parts, up = seen
        if parts and other_parts and parts[0] != other_parts[0]:
            result = up + tail  # no folder in common: back to the root, then down
        else:
            result = get_relative_url(norm, page_url)
        return "../" * level + result if level > 0 else result

    return url


class Templates(dict[Any, jinja2.Template]):
    """Jinja's template cache (a plain dict, as the campaign plugin makes it), which
    looks at each template once as it is stored."""

    def __init__(self, env: jinja2.Environment, items: Iterable[tuple[Any, Any]]) -> None:
        super().__init__()
        self.env = env
        for key, template in items:
            self[key] = template

    def __setitem__(self, key: Any, template: jinja2.Template) -> None:
        streamline(self.env, template)
        super().__setitem__(key, template)


def streamline(env: jinja2.Environment, template: jinja2.Template) -> None:
    """Give ``template`` the cheaper path its source allows (none if it cannot be read).

    Only two kinds are looked at, so that no other template is parsed again (a
    template's code comes compiled from the bytecode cache): a source with no Jinja
    syntax in it, and the campaign's own ``partials/language.html``."""
    if template.name is None or env.loader is None:
        return
    try:
        source = env.loader.get_source(env, template.name)[0]
    except jinja2.TemplateError:
        return
    if _text_only(env, source):
        _constant(template)
    elif template.name == LANGUAGE and template.filename == str(TEMPLATES / LANGUAGE):
        names = meta.find_undeclared_variables(env.parse(source, template.name))
        if names <= SHARED_NAMES | env.globals.keys():
            _shared_module(template, tuple(sorted(names)))


def _text_only(env: jinja2.Environment, source: str) -> bool:
    """Whether ``source`` holds nothing Jinja reads but text (no tag, no line statement)."""
    marks = (env.block_start_string, env.variable_start_string, env.comment_start_string)
    if env.line_statement_prefix or env.line_comment_prefix:
        return False
    return not any(mark in source for mark in marks)


def _constant(template: jinja2.Template) -> None:
    """A template of text only: the same output whatever the context, and no context made."""
    context = template.new_context()
    text = "".join(template.root_render_func(context))

    def new_context(
        vars: Mapping[str, Any] | None = None,
        shared: bool = False,
        locals: Mapping[str, Any] | None = None,
    ) -> Context:
        return context

    def root_render_func(context: Context) -> Iterator[str]:
        yield text

    template.new_context = new_context  # type: ignore[method-assign]
    template.root_render_func = root_render_func


def _shared_module(template: jinja2.Template, names: tuple[str, ...]) -> None:
    """A template whose module depends only on ``names``: made again only when one of
    them is another object than for the module kept."""
    make = template.make_module
    kept: list[tuple[tuple[Any, ...], bool, Any]] = []

    def make_module(
        vars: dict[str, Any] | None = None,
        shared: bool = False,
        locals: Mapping[str, Any] | None = None,
    ) -> Any:
        values = tuple(_value(name, vars, locals) for name in names)
        if kept:
            seen, was_shared, module = kept[0]
            if was_shared == shared and all(a is b for a, b in zip(seen, values, strict=True)):
                return module
        module = make(vars, shared, locals)
        word = getattr(module, WORD_MACRO, None)
        if isinstance(word, Macro):
            setattr(module, WORD_MACRO, _kept_by_key(word))
        kept[:] = [(values, shared, module)]
        return module

    template.make_module = make_module  # type: ignore[method-assign]


def _value(name: str, vars: Mapping[str, Any] | None, locals: Mapping[str, Any] | None) -> Any:
    if locals is not None:
        value = locals.get(name, missing)
        if value is not missing:
            return value
    return (vars or {}).get(name, missing)


def _kept_by_key(macro: Macro) -> Callable[..., Any]:
    """A macro whose result depends on its one argument alone, called once per key."""
    results: dict[Any, Any] = {}

    def word(*args: Any, **kwargs: Any) -> Any:
        if kwargs or len(args) != 1:
            return macro(*args, **kwargs)
        try:
            return results[args[0]]
        except KeyError:
            value = results[args[0]] = macro(*args)
            return value
        except TypeError:  # a key that cannot be kept
            return macro(*args)

    return word
