"""The run sheet: per session the title, interpretation line, 행사 개요, 주요 내용 and 세부 일정,
laid out like the seed's tables; a day overview of rooms by time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from db.loading import ItemNode, LoadedEvent
from db.models import Room, Session
from exports.document import (Cell, Column, Document, Paragraph, Revision, Section, Table,
                              display_width)
from exports.labels import INTERPRETATION_LINE, draft_label, format_date, label, language_pair, pick
from planner.clock import MINUTES_PER_DAY, format_clock
from planner.rules import Finding

MARKS = "-*※▲·•.①②③④⑤⑥⑦⑧⑨⑩"

CHANGES = {"ko": ("변경 사항", "Rev. {n} 이후", "변경 사항 없음"),
           "en": ("Changes", "Since Rev. {n}", "No change")}


@dataclass(frozen=True)
class SheetChanges:
    """What an issued run sheet says changed since the previous revision."""

    since: int
    """The previous revision's number."""
    lines: list[str] = field(default_factory=list)
    """``describe`` of the run sheet's changes: "■ session (when, where)", then "  - change"."""
    rows: dict[str, set[str]] = field(default_factory=dict)
    """By session key, the places of its rows changed ('2.1', as the plan now numbers them);
    a session in ``whole`` has every row marked."""
    whole: set[str] = field(default_factory=set)
    """Sessions added since: all of their rows are new."""


def build_run_sheet(loaded: LoadedEvent, findings: Sequence[Finding], lang: str = "ko", *,
                    day: dt.date | None = None, session_key: str | None = None,
                    revision: Revision | None = None,
                    changes: SheetChanges | None = None) -> Document:
    """The run sheet of the whole event, of one day, or of one session; ``revision`` when
    it is issued (its header says which). With ``changes`` it opens with a 변경 사항 box and
    marks the rows changed since the previous revision."""
    sessions = [s for s in loaded.sessions
                if (day is None or s.date == day) and (session_key is None or s.key == session_key)]
    title = pick(loaded.event.title, lang)
    if session_key is not None and sessions:
        title = pick(sessions[0].title, lang)
    elif day is not None:
        title = f"{title} — {format_date(day, lang)}"
    doc = Document(f"{title} — {label('run_sheet', lang)}", lang=lang)
    doc.draft = draft_label(findings, lang, sessions={s.key for s in sessions})
    doc.revision = revision.label() if revision else ""
    if changes is not None:
        doc.add(_changes_section(changes, lang))
    if session_key is None and sessions:
        doc.add(_overview(loaded, sessions, lang))
    for s in sessions:
        section = doc.add(_session_section(loaded, s, lang))
        if changes is not None:
            _mark_rows(loaded, s, section.blocks[-1], changes)  # type: ignore[arg-type]
    return doc


def _changes_section(changes: SheetChanges, lang: str) -> Section:
    """The 변경 사항 box: a row per session, its line and its changes under it."""
    name, since, nothing = CHANGES.get(lang, CHANGES["en"])
    section = Section(name, sheet_name=name, bookmark=name)
    section.add(Paragraph(name, "title"))
    table = Table([Column(since.format(n=changes.since), 1.0)])
    table.continued = f"{name} {label('continued', lang)}"
    group: list[str] = []
    for line in [*changes.lines, "■"]:
        if line.startswith("■") and group:
            table.add(Cell("\n".join(group)))
            group = []
        group.append(line.strip() if line.startswith(" ") else line)
    if not table.rows:
        table.add(Cell(nothing))
    section.add(table)
    return section


def _mark_rows(loaded: LoadedEvent, s: Session, table: Table, changes: SheetChanges) -> None:
    """Mark the rows of a session's 세부 일정 changed since the previous revision."""
    places: list[str] = []

    def number(nodes: list[ItemNode], prefix: str) -> None:
        for n, node in enumerate(nodes, 1):
            places.append(f"{prefix}{n}")
            number(node.children, f"{prefix}{n}.")

    number(loaded.agenda.get(s.id or 0, []), "")  # depth first, as loaded.walk
    if s.key in changes.whole:
        table.changed = set(range(len(table.rows)))
    else:
        wanted = changes.rows.get(s.key, set())
        table.changed = {n for n, place in enumerate(places) if place in wanted}


GRID_MAX_ROOMS = 4
"""Up to this many rooms the overview is a grid (a column per room); beyond, a list."""
WIDEST_COLUMN = 30
"""The most a column of the overview asks for (in ``display_width``): longer texts wrap."""
CELL_PADDING = 3
"""What a cell's padding takes, in ``display_width``: a narrow column needs it as much as a
wide one."""


def _overview(loaded: LoadedEvent, sessions: list[Session], lang: str) -> Section:
    """Rooms by time, as a timetable: a heading per day, then its rows. For a few rooms a
    column per room, the sessions that start at the same time on one row; for more, one line
    per session. Every day has the same columns; each is as wide as its content asks."""
    rooms = [r for r in loaded.rooms if any(s.room_id == r.id for s in sessions)]
    unroomed = any(s.room_id is None for s in sessions)
    grid = len(rooms) + unroomed <= GRID_MAX_ROOMS
    places: list[Room | None] = [*rooms, *([None] if unroomed else [])]
    days: dict[dt.date, list[Session]] = {}
    for s in sorted(sessions, key=lambda s: (s.date, s.start_min, s.end_min, s.key)):
        days.setdefault(s.date, []).append(s)
    rows_by_day: dict[dt.date, list[list[Cell]]] = {}
    for day, day_sessions in days.items():
        rows_by_day[day] = (_grid_rows(loaded, day_sessions, places, lang) if grid
                            else _list_rows(loaded, day_sessions, lang))
    if grid:
        titles = [label("time", lang)] + [_room_name(r, lang) if r else label("no_room", lang)
                                           for r in places]
    else:
        titles = [label("time", lang), label("room", lang), label("session", lang),
                  label("interpretation", lang)]
    rows = [row for day_rows in rows_by_day.values() for row in day_rows]
    columns = [Column(titles[0], _content_width(titles[0], [r[0] for r in rows]), "center",
                      nowrap=True)]
    columns += [Column(t, _content_width(t, [r[i] for r in rows]))
                for i, t in enumerate(titles[1:], start=1)]
    title = label("day_overview", lang)
    section = Section(title, sheet_name=title[:31], bookmark=title)
    section.add(Paragraph(title, "title"))
    for day, day_rows in rows_by_day.items():
        section.add(Paragraph(format_date(day, lang), "heading"))
        table = Table(columns)
        table.continued = f"{title} {format_date(day, lang)} {label('continued', lang)}"
        for row in day_rows:
            table.add(*row)
        section.add(table)
    return section


def _grid_rows(loaded: LoadedEvent, sessions: list[Session], places: list[Room | None],
               lang: str) -> list[list[Cell]]:
    """A row per start time: the time from that start to the latest end of the sessions
    starting then, and each session in its room's column (with its own time when it ends
    earlier than the row says)."""
    starts: dict[int, list[Session]] = {}
    for s in sessions:
        starts.setdefault(s.start_min, []).append(s)
    rows = []
    for start, together in starts.items():
        end = max(s.end_min for s in together)
        cells = [Cell(_span(start, end, lang), "time")]
        for place in places:
            here = [s for s in together if s.room_id == (place.id if place else None)]
            cells.append(Cell("\n\n".join(
                (f"{_span(s.start_min, s.end_min, lang)}\n"
                 if s.end_min != end else "") + _session_text(s, lang) for s in here)))
        rows.append(cells)
    return rows


def _list_rows(loaded: LoadedEvent, sessions: list[Session], lang: str) -> list[list[Cell]]:
    rows = []
    for s in sessions:
        room = loaded.room_by_id.get(s.room_id) if s.room_id is not None else None
        line = _interpretation_line(s.interpretation_mode, s.interpretation_languages, lang)
        rows.append([Cell(_span(s.start_min, s.end_min, lang), "time"),
                     Cell(_room_name(room, lang) if room else label("no_room", lang)),
                     Cell(_title(s, lang)), Cell(line.lstrip("※ "))])
    return rows


def _session_text(s: Session, lang: str) -> str:
    line = _interpretation_line(s.interpretation_mode, s.interpretation_languages, lang)
    return _title(s, lang) + (f"\n{line}" if line else "")


def _title(s: Session, lang: str) -> str:
    return pick(s.title, lang) + (f" {label('closed', lang)}" if s.closed else "")


def _content_width(title: str, cells: list[Cell]) -> float:
    """What a column asks for: its longest line up to ``WIDEST_COLUMN``, and never less
    than its longest word (heading included), so that no word is cut; and its padding."""
    lines = [line for text in [title, *(c.text for c in cells)] for line in text.split("\n")]
    longest_word = max((display_width(w) for line in lines for w in line.split()), default=1)
    longest_line = max((display_width(line) for line in lines), default=1)
    return float(max(longest_word, min(longest_line, WIDEST_COLUMN), 1) + CELL_PADDING)


def _room_name(room: Room, lang: str) -> str:
    return f"{pick(room.name, lang)} ({room.floor})" if room.floor else pick(room.name, lang)


def _session_section(loaded: LoadedEvent, s: Session, lang: str) -> Section:
    title = pick(s.title, lang)
    section = Section(title, sheet_name=s.key, bookmark=title)
    section.add(Paragraph(title + (f" {label('closed', lang)}" if s.closed else ""), "title"))
    section.add(Paragraph(label("overview", lang), "heading"))
    line = _interpretation_line(s.interpretation_mode, s.interpretation_languages, lang)
    if line:
        listeners = pick(s.listener_names, lang)
        section.add(Paragraph(line + (f" ({listeners})" if listeners else ""), "note"))
    for node in loaded.walk(s):
        item = node.item
        if item.interpretation_mode and item.interpretation_mode != s.interpretation_mode:
            own = label("row_without_interpretation", lang) \
                if item.interpretation_mode == "none" else _interpretation_line(
                    item.interpretation_mode,
                    item.interpretation_languages or s.interpretation_languages, lang)
            if own:
                section.add(Paragraph(f"{own}: {pick(item.title, lang)}", "note"))
    _lines(section, label("purpose", lang), pick(s.purpose, lang))
    room = loaded.room_by_id.get(s.room_id) if s.room_id is not None else None
    place = label("no_room", lang)
    if room is not None:
        place = pick(room.name, lang) + (f"({room.floor})" if room.floor else "")
    when = (f"{format_date(s.date, lang)} {_span(s.start_min, s.end_min, lang)}"
            f" / {place}")
    section.add(Paragraph(f"- ({label('when_where', lang)}) {when}", "item"))
    _lines(section, label("participants", lang), pick(s.participants, lang))
    for d in loaded.delegations_of(s):
        if pick(s.participants, lang) and d.side.get(lang, "").strip() == \
                label("participants", lang):
            continue  # a side called 참석자 only counts those the 참석자 line already names
        counts = label("total_people", lang, n=d.on_site + d.remote)
        if d.remote:
            counts += ", " + label("remote", lang, n=d.remote)
        members = pick(d.members, lang)
        section.add(Paragraph(f"- ({pick(d.side, lang)}) ({counts}) {members}".rstrip(),
                              "subitem"))
    if pick(s.key_points, lang):
        section.add(Paragraph(label("key_points", lang), "heading"))
        for text in pick(s.key_points, lang).splitlines():
            if text.strip():
                section.add(Paragraph(_marked(text), "item"))
    section.add(Paragraph(label("schedule", lang), "heading"))
    for text in pick(s.notes, lang).splitlines():
        if text.strip():
            section.add(Paragraph(text, "note"))
    section.add(schedule_table(loaded, s, lang))
    return section


def schedule_table(loaded: LoadedEvent, s: Session, lang: str) -> Table:
    """세부 일정: 시간 · 내용 · 비고, one row per agenda row, with its mark and depth."""
    table = Table([Column(label("time", lang), 1.65, "center"),
                   Column(label("content", lang), 3.85),
                   Column(label("remarks", lang), 2.65)])
    closed = f" {label('closed', lang)}" if s.closed else ""
    table.continued = f"{pick(s.title, lang)}{closed} — {label('schedule', lang).lstrip('□ ')} " \
                      f"{label('continued', lang)}"
    for node, timed in zip(loaded.walk(s), loaded.cascade(s).rows):
        item = node.item
        if item.marker:
            time = f"({format_clock(timed.start, lang)}~)"
        elif item.stated_duration is not None:
            time = f"{_span(timed.start, timed.end, lang)} ('{item.stated_duration})"
        else:
            time = f"{_span(timed.start, timed.end, lang)} ('{timed.end - timed.start})"
        role = "marker" if item.marker else ("block" if node.children else
                                             ("sub" if timed.depth else "block"))
        table.add(Cell(time, "time"), Cell(content_text(node, timed.depth, lang), role,
                                           indent=timed.depth),
                  Cell(pick(item.remarks, lang), "remarks"))
    return table


def _span(start: int, end: int, lang: str) -> str:
    """09:00~09:30; a time past midnight as the next day's (익일 00:30), never as 24:30.
    Two such times take a line each, so neither is broken inside (익일 00:30~ / 익일 00:45)."""
    joint = "~\n" if start >= MINUTES_PER_DAY else "~"
    return f"{format_clock(start, lang)}{joint}{format_clock(end, lang)}"


def content_text(node: ItemNode, depth: int, lang: str) -> str:
    """A row's 내용 as printed: its mark, its title, then its details on the lines below."""
    item = node.item
    mark = item.bullet if item.bullet is not None else ("○" if depth == 0 else "-")
    first = f"{mark} {pick(item.title, lang)}" if mark else pick(item.title, lang)
    details = pick(item.details, lang)
    return first + (f"\n{details}" if details else "")


def _interpretation_line(mode: str | None, languages: list[str] | None, lang: str) -> str:
    if not mode or mode not in INTERPRETATION_LINE:
        return ""
    return INTERPRETATION_LINE[mode][lang].format(pair=language_pair(list(languages or []), lang))


def _lines(section: Section, name: str, text: str) -> None:
    """A labelled overview line, '- (목적) ...', with its continuation lines below it."""
    lines = [t for t in text.splitlines() if t.strip()]
    if not lines:
        return
    section.add(Paragraph(f"- ({name}) {lines[0]}", "item"))
    for extra in lines[1:]:
        section.add(Paragraph(extra, "subitem"))


def _marked(text: str) -> str:
    return text if text.lstrip()[:1] in MARKS else f"- {text}"
