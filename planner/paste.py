"""Rows pasted from a spreadsheet or a word processor into a session's agenda.

A run-sheet table (시간 · 내용 · 비고, as in the seeds) is read by the run-sheet import's
own reader, so it keeps what the import keeps: ○ blocks with their - and · rows, markers
(``(12:25~)`` a VIP leaving), details under a row, remarks on several lines, a start
printed apart from the row before. Anything that reader does not take whole (a minutes
column, a line without a time) is read line by line as before, every line a row.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from planner.imports.model import ParsedRow, SourceRow
from planner.imports.runsheet import guess_language, parse_rows, settle_lengths
from planner.imports.times import TimeCellError, read_time_cell
from planner.text_clean import clean_text

_MINUTES = re.compile(r"^(\d{1,3})\s*(?:분|min|m)?$")
_MARK = re.compile(r"^[○□\-.·•]\s+")
DEFAULT_MINUTES = 5


@dataclass(frozen=True)
class PastedRow:
    """One pasted row, with the rows under it when it is a block."""

    minutes: int
    """How long it lasts; a block: as long as its rows, as printed; a marker: 0."""
    title: str
    remarks: str
    details: str = ""
    mark: str | None = None
    """The row mark as printed (○, -, ·, ※, "" for none); None: the planner's own."""
    marker: bool = False
    """A point in time (a VIP leaving), at ``start``."""
    start: int | None = None
    """Where a marker falls, or a row pinned apart from the row before starts, in minutes
    after the first pasted row's start (the paste may land at another time of day)."""
    stated_minutes: int | None = None
    """The printed length where it disagrees with the printed range (kept, as on import)."""
    children: tuple[PastedRow, ...] = ()

    def walk(self):  # noqa: ANN201 - yields the row, then its rows
        yield self
        for child in self.children:
            yield from child.walk()


def count_rows(rows: list[PastedRow]) -> int:
    """Every row pasted, blocks and the rows under them."""
    return sum(1 for row in rows for _ in row.walk())


def parse_pasted_rows(text: str) -> list[PastedRow]:
    """The rows of clipboard text: as a run-sheet table when the import's reader takes every
    line, else line by line (a time range or a minutes cell gives the length, the first
    other cell the content, the next ones the remarks). Blank lines are skipped; control
    characters are removed (planner.text_clean)."""
    text = clean_text(text)
    return _as_run_sheet(text) or _line_by_line(text)


def _clipboard_rows(text: str) -> list[SourceRow]:
    """Tab-separated rows as Excel copies them: a cell with line breaks comes in quotes."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    try:
        lines = list(csv.reader(io.StringIO(text), delimiter="\t", strict=True))
    except csv.Error:  # a stray quote: no cell spans lines
        lines = [line.split("\t") for line in text.split("\n")]
    return [SourceRow(f"line {n}", tuple(cells)) for n, cells in enumerate(lines, start=1)]


def _as_run_sheet(text: str) -> list[PastedRow]:
    rows = _clipboard_rows(text)
    parsed = parse_rows(rows, "pasted text", language=guess_language(rows))
    if parsed.unread or parsed.skipped or not parsed.sessions:
        return []  # the reader would leave something out: read every line as a row instead
    top = [row for session in parsed.sessions for row in session.rows]
    # Times count from the first row that takes time: a marker printed above it ("(09:05~)")
    # may name a later moment, and no row may come out before the place it is pasted at.
    first = next((r.start for r in top if not r.marker and r.start is not None),
                 top[0].start or 0)
    settle_lengths(top, first, [])  # pinned where the printed times leave a gap or overlap
    return [_pasted(row, 0, first) for row in top]


def _pasted(row: ParsedRow, depth: int, first: int) -> PastedRow:
    length = row.duration if row.duration is not None else \
        (row.end - row.start if row.end is not None and row.start is not None else 0)
    default_mark = "○" if depth == 0 else "-"
    return PastedRow(length if not row.marker else 0, row.title, "\n".join(row.remarks),
                     "\n".join(row.details), None if row.mark == default_mark else row.mark,
                     row.marker, None if row.hard_start is None else row.hard_start - first,
                     row.stated_duration,
                     tuple(_pasted(child, depth + 1, first) for child in row.children))


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


def _line_by_line(text: str) -> list[PastedRow]:
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
