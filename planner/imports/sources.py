"""Reading an import's source file, whatever it is: text, a tab-separated file, a workbook."""

from __future__ import annotations

import os
from pathlib import Path

from planner.imports.messages import Said
from planner.imports.model import ImportRefused, ParsedImport
from planner.imports.runsheet import parse_text
from planner.imports.spreadsheet import MAX_FILE_BYTES, ColumnMap, parse_workbook
from planner.text_clean import clean_text

TEXT_SUFFIXES = (".txt", ".tsv")
WORKBOOK_SUFFIXES = (".xlsx",)


def read_source(path: str | os.PathLike[str], *, columns: ColumnMap | None = None,
                language: str | None = None) -> ParsedImport:
    """What a file holds, read but not yet imported; ImportRefused when it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        return parse_workbook(path, columns=columns, language=language)
    if suffix not in TEXT_SUFFIXES:
        raise ImportRefused(Said("unknown_suffix", path=path, suffix=suffix or "''"))
    if columns is not None:
        raise ImportRefused(f"{path}: --columns is for workbooks; text is read as 시간 · 내용 · 비고")
    return parse_text(read_text(path), str(path), language=language)


def read_text(path: Path) -> str:
    """A text file as UTF-8 (with or without BOM) or CP949, as Korean Windows saves it,
    without control characters (planner.text_clean)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(Said("too_big", path=path, mb=size / 1048576,
                                     limit=MAX_FILE_BYTES // 1048576))
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(Said("unreadable", path=path, reason=exc.strerror)) from None
    if b"\x00" in data[:4096]:
        raise ImportRefused(Said("not_text", path=path))
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return clean_text(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise ImportRefused(Said("not_utf8", path=path))
