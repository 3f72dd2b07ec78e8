"""The one logger the campaign plugin writes to: MkDocs' plugin logger.

``get_plugin_logger`` names it ``mkdocs.plugins.campaign``, so MkDocs prints
it, counts its warnings in strict mode and shows its debug lines with ``-v``.
The underlying logger is used, not MkDocs' prefixing adapter: messages keep
the Vietnamese wording the guide and the tests quote, without an English
``campaign:`` in front.
"""

from __future__ import annotations

import logging

from mkdocs.plugins import get_plugin_logger

__all__ = ["Logged", "log"]

log: logging.Logger = get_plugin_logger("campaign").logger


class Logged(logging.Handler):
    """Whether anything was logged (at ``level`` or above) to MkDocs' or the root
    logger while it was installed: a step that logged is not cached, so that its
    messages come again on the next build.

    ``with Logged() as logged: ...`` then ``logged.seen`` (or ``logged.count``).
    """

    def __init__(self, level: int = logging.NOTSET) -> None:
        super().__init__(level)
        self.count = 0

    @property
    def seen(self) -> bool:
        return self.count > 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1

    def __enter__(self) -> Logged:
        for name in ("", "mkdocs"):
            logging.getLogger(name).addHandler(self)
        return self

    def __exit__(self, *_: object) -> None:
        for name in ("", "mkdocs"):
            logging.getLogger(name).removeHandler(self)
