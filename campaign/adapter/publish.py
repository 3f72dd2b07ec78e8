"""Files the plugin publishes from the engine's cache (photos, the kit, bulletins)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File

from ..publish.fsutil import link_or_copy

__all__ = ["CachedFile"]


class CachedFile(File):
    """A generated file backed by a cache file, published as a hard link (see ``link_or_copy``)."""

    def copy_file(self, dirty: bool = False) -> None:
        if self.abs_src_path is None or (dirty and not self.is_modified()):
            super().copy_file(dirty)
            return
        link_or_copy(Path(self.abs_src_path), Path(self.abs_dest_path))
