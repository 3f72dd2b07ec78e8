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

__all__ = ["log"]

log: logging.Logger = get_plugin_logger("campaign").logger
