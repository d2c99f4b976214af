"""What an import would do, in lines a person reads before saying yes (``--dry-run``)."""

from __future__ import annotations

import datetime as dt

from planner.imports.model import ParsedImport, ParsedRow, ParsedSession, ProblemKind

PROBLEM_TAGS = {ProblemKind.UNREAD: "not read", ProblemKind.KEPT: "kept as printed",
                ProblemKind.ADJUSTED: "adjusted"}


def hhmm(minutes: int | None) -> str:
    return "--:--" if minutes is None else f"{minutes // 60:02d}:{minutes % 60:02d}"


def row_time(row: ParsedRow) -> str:
    """The row's time as a run sheet prints it: ``09:00~09:02 ('2)`` or ``(12:25~)``."""
    if row.marker:
        return f"({hhmm(row.start)}~)"
    text = f"{hhmm(row.start)}~{hhmm(row.end)}"
    printed = row.stated if row.stated is not None else (
        row.end - row.start if row.end is not None and row.start is not None else None)
    return f"{text} ('{printed})" if printed is not None else text


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
    """Lines for each session (with its key and whether it exists) and row, then problems."""
    lines = [f"{parsed.source}: {len(parsed.sessions)} session(s), {parsed.row_count} row(s)"
             f" in {parsed.language}" + (f"; {parsed.skipped} line(s) of other text skipped"
                                        if parsed.skipped else "")]
    for session, (key, existing) in zip(parsed.sessions, keys, strict=True):
        lines.append(session_line(session, key, existing, default_date))
        for depth, row in session.walk():
            text = " ".join(filter(None, [row.mark, row.title]))
            remark = " / ".join(row.remarks)
            lines.append(f"  {'  ' * depth}{row_time(row):<22} {text}"
                         + (f"  | {remark}" if remark else ""))
            lines.extend(f"  {'  ' * depth}{'':<22}   {d}" for d in row.details)
    lines.extend(f"{PROBLEM_TAGS[p.kind]}: {p}" for p in parsed.problems)
    return lines
