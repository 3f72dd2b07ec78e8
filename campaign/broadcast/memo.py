"""The last build's loudspeaker exports, kept by what they were made from.

Composing every bulletin, its schedule and its exports, and checking each
exported file against what it should hold, takes about a second on every build
of a 2,000-news campaign although an edit of a news item that is not read on
the loudspeakers changes none of it. After a build, :func:`remember` records in
the export folder the files listed, the editor's notes and the Truyền thanh
page's Markdown, with :func:`inputs_key` (a digest of everything they are made
from) and the size, modification time and inode of each file; :func:`recall`
returns them while both still hold, and None otherwise: the work is done again.

The inputs: the campaign (every field, and the line each is written on, which
the notes name), each news item read on the loudspeakers and each profile
(front matter, lines and body), the build date, the engine's code and data
(the dictionary of abbreviations among them) with the libraries' versions, the
export folder, and, when audio is made, where the speech engine is installed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from pydantic import BaseModel

from ..content.frontmatter import Document
from ..content.model import Campaign
from ..content.schemas import NewsMeta
from ..content.yamlsource import Source
from ..publish import buildstamp
from ..publish.fsutil import file_stamp, write_atomic
from .audio import engine_command
from .files import ExportedFile

__all__ = ["MEMO", "Made", "inputs_key", "recall", "remember"]

# In the export folder, beside the announcer's sheets' record.
MEMO = ".ban-tin.json"
# Bumped when what is kept, or what it is made from, changes in a way the digest misses.
VERSION = "1"


@dataclass(frozen=True)
class Made:
    """What the plugin takes from one composition of the bulletins."""

    exports: list[ExportedFile]  # every file of the export folder to publish
    notes: list[str]  # the editor's proof list (see ``editor_notes``)
    page: str  # the Truyền thanh page's Markdown


def _source(source: Source | None) -> str:
    if source is None:
        return ""
    return repr((source.file, source.first_line, sorted(source.lines.items(), key=repr)))


def _document(document: Document) -> str:
    meta = document.meta
    dumped = meta.model_dump_json() if isinstance(meta, BaseModel) else repr(meta)
    return "\x1e".join(
        (
            document.src_uri,
            document.display,
            str(document.body_start),
            dumped,
            _source(document.source),
            document.body,
        )
    )


def inputs_key(
    campaign: Campaign,
    news: Sequence[tuple[Document, NewsMeta]],
    profiles: Sequence[tuple[Document, BaseModel]],
    *,
    today: dt.date,
    source: Source | None,
    out_dir: Path,
) -> str:
    """A digest of everything the bulletins, their exports and their page are made from.

    News not read on the loudspeakers (``broadcast: false``) are left out: editing
    one changes no bulletin. Every other document counts whole, samples included.
    """
    settings = campaign.broadcast
    engine = ""
    if settings.audio:
        program = engine_command(settings.tts_command)[0]
        engine = f"{program}={shutil.which(program)}"
    digest = hashlib.sha256()
    for part in (
        VERSION,
        buildstamp.engine_digest(),
        buildstamp.versions(),
        campaign.model_dump_json(),
        _source(source),
        today.isoformat(),
        str(out_dir.resolve()),
        engine,
    ):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\x1f")
    for document, meta in news:
        if meta.broadcast:
            digest.update(b"news\x1d" + _document(document).encode("utf-8", "surrogatepass"))
    for document, _ in profiles:
        digest.update(b"profile\x1d" + _document(document).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _stat(path: Path) -> list[int] | None:
    try:
        return file_stamp(path, inode=True)
    except OSError:
        return None


def recall(out_dir: Path, key: str) -> Made | None:
    """What was made from ``key``, if every file it lists is still as it was written
    (None: make it again)."""
    try:
        data = json.loads((out_dir / MEMO).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        exports = [ExportedFile(**item) for item in data["exports"]]
        stats = data["stats"]
        notes = [str(note) for note in data["notes"]]
        page = str(data["page"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if not isinstance(stats, list) or len(stats) != len(exports):
        return None
    for item, known in zip(exports, stats, strict=True):
        if _stat(out_dir / item.path) != known:
            return None  # removed, or changed since: made again
    return Made(exports, notes, page)


def remember(out_dir: Path, key: str, made: Made) -> None:
    """Keep ``made`` for the next build (nothing kept if a file is already missing)."""
    stats = [_stat(out_dir / item.path) for item in made.exports]
    if any(stat is None for stat in stats):
        return
    exports = [asdict(item) | {"written": False} for item in made.exports]
    data = {"key": key, "exports": exports, "stats": stats, "notes": made.notes, "page": made.page}
    try:
        write_atomic(out_dir / MEMO, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except (OSError, TypeError, ValueError):
        pass  # a record that cannot be written only costs time
