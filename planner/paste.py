"""Rows pasted from a spreadsheet or a word processor: tab-separated time, content and remarks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.imports.times import TimeCellError, read_time_cell

_MINUTES = re.compile(r"^(\d{1,3})\s*(?:분|min|m)?$")
_MARK = re.compile(r"^[○□\-.·•]\s+")
DEFAULT_MINUTES = 5


@dataclass(frozen=True)
class PastedRow:
    minutes: int
    title: str
    remarks: str


def _length(cell: str) -> int | None:
    """The minutes a time cell gives (``09:00~09:02 ('2)``, ``9:00 AM (30 min)``), as the
    run-sheet import reads it: the printed length first, else the range."""
    try:
        time = read_time_cell(cell)
    except TimeCellError:
        return None
    if time is None or time.marker:
        return None
    if time.stated is not None:
        return time.stated
    return time.end - time.start if time.end is not None else None


def parse_pasted_rows(text: str) -> list[PastedRow]:
    """Rows from clipboard text: a time range or a minutes cell gives the length, the first
    other cell the content, the next one the remarks. Blank lines are skipped."""
    rows: list[PastedRow] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        cells = [c.strip() for c in line.split("\t")]
        if not any(cells):
            continue
        minutes: int | None = None
        rest: list[str] = []
        for cell in cells:
            if minutes is None and (length := _length(cell)) is not None:
                minutes = length
            elif minutes is None and (found := _MINUTES.match(cell)):
                minutes = int(found.group(1))
            else:
                rest.append(cell)
        texts = [_MARK.sub("", c) for c in rest if c]
        rows.append(PastedRow(minutes if minutes and minutes > 0 else DEFAULT_MINUTES,
                              texts[0] if texts else "", " ".join(texts[1:])))
    return rows
