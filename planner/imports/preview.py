"""What an import would do, in lines a person reads before saying yes (``--dry-run``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.cascade import cascade_start_times
from planner.imports.model import (
    ParsedDelegation,
    ParsedImport,
    ParsedRow,
    ParsedSession,
    ProblemKind,
)

PROBLEM_TAGS = {ProblemKind.UNREAD: "not read", ProblemKind.KEPT: "kept as printed",
                ProblemKind.ADJUSTED: "adjusted"}


def hhmm(minutes: int | None) -> str:
    return "--:--" if minutes is None else f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class _AsImported:
    """A parsed row as the cascade will time it once imported: pinned at its printed start
    (where the rows before lead to it anyway, the pin changes nothing), a block lasting as
    long as its rows."""

    row: ParsedRow

    @property
    def start(self) -> int | None:
        return self.row.start

    @property
    def duration(self) -> int | None:
        row = self.row
        if row.children or row.marker:
            return None
        if row.duration is not None:
            return row.duration
        return row.end - row.start if row.end is not None and row.start is not None else None

    @property
    def marker(self) -> bool:
        return self.row.marker

    @property
    def children(self) -> tuple[_AsImported, ...]:
        return tuple(_AsImported(child) for child in self.row.children)


def stored_span(row: ParsedRow) -> tuple[int | None, int | None]:
    """When the row starts and ends once imported: a block printed longer (or shorter) than
    its rows ends when they end, as the event's times work."""
    if row.marker or row.start is None or not row.children:
        return row.start, row.end
    timed = cascade_start_times([_AsImported(row)], row.start).rows[0]
    return timed.start, timed.end


def row_time(row: ParsedRow) -> str:
    """The row's time as the run sheet will print it once imported: ``09:00~09:02 ('2)``
    or ``(12:25~)``."""
    if row.marker:
        return f"({hhmm(row.start)}~)"
    start, end = stored_span(row)
    text = f"{hhmm(start)}~{hhmm(end)}"
    if row.stated_duration is not None:  # a printed length that disagrees, kept
        return f"{text} ('{row.stated_duration})"
    if start is not None and end is not None:
        return f"{text} ('{end - start})"
    return f"{text} ('{row.stated})" if row.stated is not None else text


def session_line(session: ParsedSession, key: str, existing: bool,
                 default_date: dt.date | None = None) -> str:
    if existing:
        return f"rows for the existing session {key}"
    day = session.date or default_date
    parts = [f"new session {key}", day.isoformat() if day else "(no date)",
             (f"{hhmm(session.start if session.start is not None else session.first_start)}~"
              f"{hhmm(session.end if session.end is not None else session.last_end)}")]
    if session.title:
        parts.append(repr(session.title) + (" (closed)" if session.closed else ""))
    if session.room:
        parts.append(f"room {session.room!r}")
    if session.interpretation_mode:
        parts.append(f"{session.interpretation_mode} {'/'.join(session.interpretation_languages)}")
    return " · ".join(parts)


def describe(parsed: ParsedImport, keys: list[tuple[str, bool]],
             default_date: dt.date | None = None) -> list[str]:
    """Lines for each session (with its key and whether it exists), its overview and rows,
    then problems, then every line of the source that was not used, with its place."""
    lines = [f"{parsed.source}: {len(parsed.sessions)} session(s), {parsed.row_count} row(s)"
             f" in {parsed.language}" + (f"; {len(parsed.unused)} line(s) not used, listed "
                                        f"at the end" if parsed.unused else "")]
    for session, (key, existing) in zip(parsed.sessions, keys, strict=True):
        lines.append(session_line(session, key, existing, default_date))
        if not existing:
            lines.extend(f"  {line}" for line in overview_lines(session))
        elif session.participants or session.delegations:
            lines.append("  its overview (participants, delegations) is not imported into an "
                         "existing session: only its rows")
        for depth, row in session.walk():
            text = " ".join(filter(None, [row.mark, row.title]))
            remark = " / ".join(row.remarks)
            lines.append(f"  {'  ' * depth}{row_time(row):<22} {text}"
                         + (f"  | {remark}" if remark else ""))
            lines.extend(f"  {'  ' * depth}{'':<22}   {d}" for d in row.details)
    lines.extend(f"{PROBLEM_TAGS[p.kind]}: {p}" for p in parsed.problems)
    lines.extend(f"not used: {line.where}: {line.text}" for line in parsed.unused)
    return lines


def overview_lines(session: ParsedSession) -> list[str]:
    """What a new session takes from its overview besides its rows: purpose, participants,
    each delegation with its counts and members, key points, notes (in English words)."""
    lines = [f"{name}: {text}" for name, text in (
        ("purpose", session.purpose), ("participants", session.participants),
        ("key points", session.key_points), ("notes", session.notes)) if text]
    lines = [line.replace("\n", " / ") for line in lines]
    for side in session.delegations:
        lines.append(f"delegation {side.side}: {delegation_counts(side)}"
                     + (f" · {side.members}" if side.members else ""))
    return lines


def delegation_counts(side: ParsedDelegation) -> str:
    """``4 on site``, ``18 on site, 3 by video``; ``(names counted)`` when no number was
    printed."""
    text = f"{side.on_site} on site" + (f", {side.remote} by video" if side.remote else "")
    return text + (" (names counted)" if side.counted else "")
