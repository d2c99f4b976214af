"""Rows pasted from a spreadsheet or a word processor: tab-separated time, content and remarks."""

from __future__ import annotations

import re
from dataclasses import dataclass

_RANGE = re.compile(r"(\d{1,2}):(\d{2})\s*[~\-–～]\s*(\d{1,2}):(\d{2})")
_STATED = re.compile(r"\(\s*'?\s*(\d{1,3})\s*(?:분|min)?\s*\)")
_MINUTES = re.compile(r"^(\d{1,3})\s*(?:분|min|m)?$")
_MARK = re.compile(r"^[○□\-.·•]\s+")
DEFAULT_MINUTES = 5


@dataclass(frozen=True)
class PastedRow:
    minutes: int
    title: str
    remarks: str


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
            if minutes is None and (found := _RANGE.search(cell)):
                h1, m1, h2, m2 = map(int, found.groups())
                span = (h2 * 60 + m2) - (h1 * 60 + m1)
                stated = _STATED.search(cell)
                minutes = int(stated.group(1)) if stated else span
            elif minutes is None and (found := _MINUTES.match(cell)):
                minutes = int(found.group(1))
            else:
                rest.append(cell)
        texts = [_MARK.sub("", c) for c in rest if c]
        rows.append(PastedRow(minutes if minutes and minutes > 0 else DEFAULT_MINUTES,
                              texts[0] if texts else "", " ".join(texts[1:])))
    return rows
