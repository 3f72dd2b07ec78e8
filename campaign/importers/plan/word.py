"""A plan sent as a Word file (.docx), as the text lines the plan reader knows.

One paragraph is one line. A table is read cell by cell, row by row, each paragraph of a
cell on its own line: the text Word itself saves ("Save as: Plain Text") from the
two-column header and signature tables, which is how the Word copies of the corpus came
(tests/plans/corpus, "word-export"). A line number in a message is then the paragraph's
place in this text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

__all__ = ["OLE_MAGIC", "ZIP_MAGIC", "WordError", "docx_text"]

ZIP_MAGIC = b"PK\x03\x04"
# The old binary Word format (.doc) starts with the OLE2 signature.
OLE_MAGIC = b"\xd0\xcf\x11\xe0"


class WordError(ValueError):
    """The file is not a Word document the reader can open; the message says why."""


def docx_text(data: bytes) -> str:
    if data.startswith(OLE_MAGIC):
        raise WordError("tệp Word đời cũ (.doc): hãy mở bằng Word và lưu lại dạng .docx hoặc .txt")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError):
        raise WordError("không mở được tệp Word: tệp hỏng hoặc không phải .docx") from None
    return "\n".join(_lines(document)) + "\n"


def _lines(document: Any) -> Iterator[str]:
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            yield from _rows(block)
        else:
            yield _one_line(block.text)


def _rows(table: Any) -> Iterator[str]:
    for row in table.rows:
        seen: list[object] = []
        for cell in row.cells:
            if any(cell._tc is tc for tc in seen):  # a merged cell is listed once per column
                continue
            seen.append(cell._tc)
            for block in cell.iter_inner_content():
                if isinstance(block, type(table)):
                    yield from _rows(block)
                else:
                    yield _one_line(block.text)
            yield ""


def _one_line(text: str) -> str:
    # A soft line break (Shift+Enter) or a tab inside a paragraph is a space of its line.
    return " ".join(text.replace("\t", " ").split("\n")).rstrip()
