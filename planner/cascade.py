"""Start and end times of agenda rows, cascading from the session start.

A row without a hard start follows the row before it (a soft start). A hard
start breaks the chain: the gap or overlap it makes with the previous row is
exposed, never silently absorbed. A block lasts from its start to the end of
its last child. A marker (a VIP leaving, say) is a point in time: it has no
length and does not move the rows after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


class RowLike(Protocol):
    """Anything the cascade can time: a Row here, or an agenda row of a loaded event."""

    @property
    def duration(self) -> int | None: ...
    @property
    def start(self) -> int | None: ...
    @property
    def marker(self) -> bool: ...
    @property
    def children(self) -> Sequence[RowLike]: ...


@dataclass(frozen=True)
class Row:
    """An agenda row as the cascade sees it."""

    duration: int | None = None
    """Minutes; ignored for blocks (they last as long as their children) and markers."""
    start: int | None = None
    """A hard start in minutes after midnight, or None to follow the previous row."""
    marker: bool = False
    children: tuple[Row, ...] = ()


@dataclass(frozen=True)
class TimedRow:
    """Where one row falls once times have cascaded."""

    path: tuple[int, ...]
    """Index of the row in its parent, from the top level down: (2, 0) is the first child of the third row."""
    start: int
    end: int
    gap: int = 0
    """Minutes left empty between the previous row's end and this row's hard start."""
    overlap: int = 0
    """Minutes this row's hard start reaches back over the previous row."""
    overrun: int = 0
    """Minutes this row runs past the session end."""
    source: Any = field(default=None, compare=False, repr=False)
    """The row object this was computed from, so callers need not walk the tree again."""

    @property
    def depth(self) -> int:
        return len(self.path) - 1

    @property
    def duration(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Cascade:
    """The rows of one session with their times, in agenda order."""

    rows: tuple[TimedRow, ...]
    start: int
    end: int
    """When the last row ends (the session start when there are no rows)."""
    overrun: int = 0
    """Minutes the agenda runs past the session end; 0 when it fits."""
    latest_end: int = 0
    """When the last top-level row to finish finishes (a row pinned early may end before another)."""
    by_path: dict[tuple[int, ...], TimedRow] = field(default_factory=dict, compare=False, repr=False)


def cascade_start_times(rows: Sequence[RowLike], session_start: int,
                        session_end: int | None = None) -> Cascade:
    """Times for every row (pre-order: a block comes before its children)."""
    out: list[TimedRow] = []
    cursor = _cascade_level(rows, (), session_start, out)
    if session_end is not None and any(r.end > session_end for r in out):
        out = [_with_overrun(r, session_end) for r in out]
    overrun = max(0, cursor - session_end) if session_end is not None else 0
    latest = max((r.end for r in out if len(r.path) == 1), default=session_start)
    result = Cascade(tuple(out), session_start, cursor, overrun, latest)
    result.by_path.update((r.path, r) for r in out)
    return result


def _cascade_level(rows: Sequence[RowLike], parent: tuple[int, ...], cursor: int,
                   out: list[TimedRow]) -> int:
    for index, row in enumerate(rows):
        path = parent + (index,)
        hard = row.start
        if row.marker:
            at = hard if hard is not None else cursor
            out.append(TimedRow(path, at, at, source=row))
            continue
        if hard is None:
            start, gap, overlap = cursor, 0, 0
        else:
            start, gap, overlap = hard, max(0, hard - cursor), max(0, cursor - hard)
        children = row.children
        if children:
            slot = len(out)
            out.append(TimedRow(path, start, start))  # replaced once the children are timed
            end = _cascade_level(children, path, start, out)
            out[slot] = TimedRow(path, start, end, gap, overlap, source=row)
        else:
            end = start + max(0, row.duration or 0)
            out.append(TimedRow(path, start, end, gap, overlap, source=row))
        cursor = end
    return cursor


def _with_overrun(row: TimedRow, session_end: int) -> TimedRow:
    over = max(0, row.end - session_end)
    if not over:
        return row
    return TimedRow(row.path, row.start, row.end, row.gap, row.overlap, over, row.source)
