"""The house as issue 15 asks for it, checked from the sources (no build, no import).

Packages say what they own, the README draws every package, imports form no cycle,
the core never imports MkDocs, every library imported is a pinned dependency, and the
helpers for dates and job counts have no copy.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
import tomllib
from collections.abc import Iterator
from functools import cache
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "campaign"

# Cycles allowed between the package's modules: none. (The last one, in the adapter, went
# when the direct path's build moved above the plugin, what a full build records for it
# into ``buildrecord``, and the plugin's class began to register itself in ``known`` for
# the page cache to check without importing the plugin.)
KNOWN_CYCLES: set[frozenset[str]] = set()


@cache
def modules() -> dict[str, tuple[Path, bool]]:
    """Every module of the package by dotted name: its file and whether it is a package."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


@cache
def _tree(name: str) -> ast.Module:
    return ast.parse(modules()[name][0].read_text(encoding="utf-8"))


def _type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def imported(name: str, typing: bool = False) -> Iterator[str]:
    """Every module ``name`` imports, at any depth of its code (a function's own import
    counts: it is an import all the same); those under ``if TYPE_CHECKING:`` only if asked."""
    _, is_package = modules()[name]
    here = name.split(".") if is_package else name.split(".")[:-1]

    def walk(node: ast.AST) -> Iterator[str]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child) and not typing:
                for other in child.orelse:
                    yield from walk_one(other)
                continue
            yield from walk_one(child)

    def walk_one(node: ast.AST) -> Iterator[str]:
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(here[: len(here) - node.level + 1] + [node.module or ""][:1])
                base = base.rstrip(".")
            else:
                base = node.module or ""
            for alias in node.names:
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules() else base
        else:
            yield from walk(node)

    yield from walk(_tree(name))


def _own(name: str) -> str | None:
    """The module of the package an imported name belongs to (``None``: not ours)."""
    if name.split(".")[0] != "campaign":
        return None
    while name not in modules():
        name = name.rsplit(".", 1)[0]
    return name


@cache
def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name in modules():
        targets = {_own(n) for n in imported(name)} - {None, name}
        graph[name] = {t for t in targets if t is not None}
    return graph


def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected parts of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: set[frozenset[str]] = set()

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            part = set()
            while True:
                member = stack.pop()
                part.add(member)
                if member == node:
                    break
            if len(part) > 1:
                found.add(frozenset(part))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_function_level_imports() -> None:
    # ``direct`` imports the plugin only inside a function: the graph must still see it.
    assert "campaign.adapter.plugin" in import_graph()["campaign.adapter.direct"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == {frozenset("abc")}


def test_no_import_cycle_but_the_known_one() -> None:
    assert cycles(import_graph()) <= KNOWN_CYCLES


def test_layers_form_no_cycle() -> None:
    # One room per top-level package or module (content, publish, adapter, cli...).
    rooms: dict[str, set[str]] = {}
    for name, targets in import_graph().items():
        room = ".".join(name.split(".")[:2])
        rooms.setdefault(room, set()).update(
            ".".join(t.split(".")[:2]) for t in targets if not t.startswith(room + ".")
        )
        rooms[room].discard(room)
    assert not cycles(rooms)
    assert rooms["campaign.content"] == set()  # what every other layer stands on
    assert rooms["campaign.publish"] <= {"campaign.content"}


def test_the_core_never_imports_mkdocs() -> None:
    for name in modules():
        if name.startswith("campaign.adapter"):
            continue
        foreign = {n.split(".")[0] for n in imported(name, typing=True)}
        assert not foreign & {"mkdocs", "material"}, name


def test_every_package_says_what_it_owns() -> None:
    for name, (path, is_package) in modules().items():
        if not is_package:
            continue
        doc = ast.get_docstring(_tree(name))
        assert doc and len(doc.split()) >= 12, f"{path}: no docstring saying what it owns"


# Every package's docstring names each of its modules and subpackages (``name``).
PACKAGES = sorted(name for name, (_, is_package) in modules().items() if is_package)


@pytest.mark.parametrize("package", PACKAGES)
def test_a_package_docstring_names_every_module(package: str) -> None:
    doc = ast.get_docstring(_tree(package)) or ""
    named = set(re.findall(r"``([a-z_]+)``", doc))
    own = {
        n.removeprefix(package + ".")
        for n in modules()
        if n.startswith(package + ".") and "." not in n.removeprefix(package + ".")
    }
    assert own - named == set(), f"{package}: modules its docstring does not name"


def _drawing() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Dành cho người phát triển", 1)[1].split("```text\n", 1)[1]
    return [line for line in textwrap.dedent(block.split("```", 1)[0]).splitlines() if line]


def _drawn() -> dict[str, set[str]]:
    """Each folder the README draws (``campaign/importers/plan``) and the ``.py`` files
    drawn or named in its line."""
    drawn: dict[str, set[str]] = {}
    trail: list[str] = []
    for line in _drawing():
        found = re.match(r"^([│ ]*)(?:├── |└── )?(\S+)", line)
        assert found, line
        depth = len(found.group(1)) // 4 + (1 if "── " in line else 0)
        entry = found.group(2)
        if depth == 0:
            trail = [entry.rstrip("/")]
            drawn["/".join(trail)] = set()
            continue
        trail = trail[:depth]
        if entry.endswith("/"):
            trail.append(entry.rstrip("/"))
            folder = "/".join(trail)
        else:
            folder = "/".join(trail)
            drawn[folder].add(entry)
        drawn.setdefault(folder, set()).update(
            re.findall(r"(?<![/\w])([a-z_]+\.py)\b", line[found.end() :])
        )
    return drawn


def test_the_readme_draws_every_package_and_top_module() -> None:
    drawn = _drawn()
    packages = {
        str(path.parent.relative_to(ROOT)) for path, is_package in modules().values() if is_package
    }
    assert packages - set(drawn) == set(), "packages missing from the README's drawing"
    folders = {str(p.relative_to(ROOT)) for p in [PACKAGE, *PACKAGE.rglob("*")] if p.is_dir()}
    assert set(drawn) - folders == set(), "the README draws folders that do not exist"
    top = {p.name for p in PACKAGE.glob("*.py")} - {"__init__.py"}
    assert top - drawn["campaign"] == set(), "top-level modules missing from the drawing"
    for folder, files in drawn.items():
        for file in files:
            assert (ROOT / folder / file).exists(), f"the README draws {folder}/{file}"


def _distribution(requirement: str) -> tuple[str, str]:
    name, _, version = requirement.partition("==")
    return re.sub(r"[-_.]+", "-", name).lower().strip(), version.strip()


def test_every_library_imported_is_a_pinned_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = dict(map(_distribution, project["dependencies"]))
    for extra in project["optional-dependencies"].values():
        declared.update(map(_distribution, extra))
    pinned = dict(
        _distribution(line)
        for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    assert all(version for version in pinned.values()), "requirements.txt pins every version"
    for name, version in declared.items():
        assert pinned.get(name) == version, f"{name}: pyproject.toml {version}, requirements.txt"
    owners = metadata.packages_distributions()
    tops: dict[str, set[str]] = {}
    for folder in ("campaign", "tests", "scripts"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                    names = [node.module]
                else:
                    continue
                for top in {n.split(".")[0] for n in names}:
                    tops.setdefault(top, set()).add(folder)
    # Markdown extensions the campaigns' mkdocs.yml (and the one `campaign init` writes) load.
    for path in [ROOT / "mkdocs.yml", *ROOT.glob("examples/*/mkdocs.yml"), PACKAGE / "importers"]:
        for file in [path] if path.is_file() else path.rglob("*.py"):
            text = file.read_text(encoding="utf-8")
            for top in re.findall(r"^\s*- (pymdownx|markdown|material)\.", text, re.MULTILINE):
                tops.setdefault(top, set()).add("campaign")
    local = {"campaign", "tests", "conftest"} | {p.stem for p in (ROOT / "scripts").glob("*.py")}
    local |= {p.stem for p in (ROOT / "tests").rglob("*.py")}
    for top, where in sorted(tops.items()):
        if top in sys.stdlib_module_names or top in local:
            continue
        assert top in owners, f"{top} imported in {sorted(where)}: no installed distribution"
        dists = {_distribution(d)[0] for d in owners[top]}
        if "campaign" in where:  # the engine: a dependency of the package itself
            assert dists & set(declared), f"{top}: not in pyproject.toml's dependencies"
        assert dists & set(pinned), f"{top}: not pinned in requirements.txt"


def _code_lines(path: Path) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.lstrip().startswith("#"):
            yield number, line


# Day/month/year written as official documents write it: content.dates.short_date (and
# day_month for a day whose year follows, ``từ ngày 26/02 - 27/03/2025``).
DATE_FORMAT = re.compile(r"%d/%m/%Y|:02d?}/\{[^}]*month|\.day:02d?}/")


def test_dates_are_written_by_their_one_helper() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = str(path.relative_to(ROOT))
        for number, line in _code_lines(path):
            if not DATE_FORMAT.search(line):
                continue
            where = f"{relative}:{number}: use content.dates.short_date: {line.strip()}"
            assert relative == "campaign/content/dates.py", where


def test_templates_write_dates_through_the_helper() -> None:
    # partials/content.html wrote strftime('%d/%m/%Y') twice: the short_date filter now.
    for path in sorted((PACKAGE / "assets").rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        assert "%d/%m" not in text, f"{path.relative_to(ROOT)}: use the short_date filter"


def test_job_counts_come_from_the_one_seam() -> None:
    # ``min(2, os.cpu_count())`` was written in four places; CAMPAIGN_JOBS is read once.
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = str(path.relative_to(ROOT))
        if relative == "campaign/parallel/tasks.py":
            continue
        for number, line in _code_lines(path):
            for said in ("cpu_count(", "sched_getaffinity(", '"CAMPAIGN_JOBS"', "ProcessPool"):
                assert said not in line, f"{relative}:{number}: use campaign.parallel.tasks"


# A slug's form written out (``[a-z0-9]+(?:-[a-z0-9]+)*``, with or without ``?:`` or
# anchors): content.text.SLUG_PATTERN, which six validators and an importer once copied.
SLUG_FORM = re.compile(r"\[a-z0-9\]\+\((?:\?:)?-\[a-z0-9\]\+\)\*")


def test_the_slug_check_sees_a_copy_of_the_pattern() -> None:
    assert SLUG_FORM.search('_ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"')
    assert SLUG_FORM.search("re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', unit)")
    assert not SLUG_FORM.search("Field(pattern=SLUG_PATTERN)")


def test_yaml_is_quoted_and_slugs_made_by_their_helpers() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = str(path.relative_to(ROOT))
        for number, line in _code_lines(path):
            where = f"{relative}:{number}"
            if relative != "campaign/content/text.py":
                assert not SLUG_FORM.search(line), f"{where}: use content.text.SLUG_PATTERN"
            if relative != "campaign/content/yamlwrite.py":
                assert """.replace('"', '\\\\"')""" not in line, f"{where}: use yaml_quote"
            if relative != "campaign/content/text.py":
                assert not re.search(r"\bunidecode\b|NFKD", line), f"{where}: use text.slugify"


def test_the_plugin_logger_is_named_in_one_place() -> None:
    # adapter/log.py takes MkDocs' plugin logger; direct.py writes its child's name by hand
    # so that the direct path does not import MkDocs before it knows it needs it.
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = str(path.relative_to(ROOT))
        for number, line in _code_lines(path):
            if "mkdocs.plugins.campaign" in line and "getLogger(" in line:
                assert relative == "campaign/adapter/direct.py", f"{relative}:{number}"
            if "get_plugin_logger(" in line:
                assert relative == "campaign/adapter/log.py", f"{relative}:{number}"


# Run alone in a fresh interpreter for each module: it imports (no cycle that only an
# import order hides), and a core module loads neither MkDocs nor Material, even through
# the modules it imports.
ALONE = """
import importlib, sys
name = sys.argv[1]
importlib.import_module(name)
foreign = sorted({m.split(".")[0] for m in sys.modules} & {"mkdocs", "material"})
if foreign and not name.startswith("campaign.adapter"):
    sys.exit(f"{name} loads {foreign}")
"""


@pytest.mark.slow  # one interpreter per module: about 150 of them
def test_every_module_imports_alone() -> None:
    failed = {}
    for name in modules():
        done = subprocess.run(
            [sys.executable, "-c", ALONE, name], capture_output=True, text=True, cwd=ROOT
        )
        if done.returncode:
            failed[name] = (done.stderr or done.stdout).strip().splitlines()[-1:]
    assert not failed
