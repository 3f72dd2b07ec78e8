"""What an export of the bulletins lists: its files and where they go (no composing here,
so the build can read back a kept export without loading the reader, see ``memo``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["SCHEDULE_FILE", "SLOT_FOLDER", "ExportedFile", "FileKind"]

FileKind = Literal[
    "bulletin-txt", "bulletin-docx", "bulletin-mp3", "schedule-csv", "slot-txt", "slot-mp3"
]

SCHEDULE_FILE = "lich-phat-thanh.csv"
SLOT_FOLDER = "buoi-phat"


@dataclass(frozen=True)
class ExportedFile:
    """One file of the export, as the manifest lists it."""

    path: str  # relative to out_dir, POSIX
    kind: FileKind
    bulletin_id: str | None
    title: str
    station_id: str | None
    syllables: int | None
    seconds: float | None  # the estimate; for an MP3, its measured length
    slots: list[str] = field(default_factory=list)  # "YYYY-MM-DD HH:MM"
    written: bool = False  # False when the file on disk was already current

    def manifest(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "bulletin": self.bulletin_id,
            "title": self.title,
            "station": self.station_id,
            "syllables": self.syllables,
            "seconds": self.seconds,
            "slots": list(self.slots),
        }
