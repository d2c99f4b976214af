"""What the interpreters receive: an assignment sheet each, the combined book, the
coordinator's roster and a calendar file per interpreter."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event as CalendarEvent, Timezone

from db.loading import ItemNode, LoadedEvent
from db.models import AgendaItem, Assignment, Interpreter, Room, Session
from exports.atomic import ExportError
from exports.document import Cell, Column, Document, Paragraph, Revision, Section, Table
from exports.labels import draft_label, format_date, label, language_pair, pick
from planner.clock import format_clock
from planner.rules import Finding
from planner.rules.facts import session_facts
from planner.staffing import ROLES_FOR_MODE, required_team
from planner.vocabulary import LANGUAGE_NAMES, MODE_LABELS, Mode

WORDS: dict[str, dict[str, str]] = {
    "sheet": {"ko": "통역 배정표", "en": "Interpreter assignment sheet"},
    "continued": {"ko": "{name} — 통역 배정표 (계속)", "en": "{name} — assignment sheet (continued)"},
    "book": {"ko": "통역사 배정표", "en": "Interpreter assignment sheets"},
    "roster": {"ko": "통역사 배정 현황", "en": "Interpreter roster"},
    "languages": {"ko": "언어", "en": "Languages"},
    "directions": {"ko": "방향", "en": "Directions"},
    "modes": {"ko": "통역 방식", "en": "Modes"},
    "contact": {"ko": "연락처", "en": "Contact"},
    "workload": {"ko": "배정", "en": "Work"},
    "workload_value": {"ko": "{n}건, 근무 {m}분", "en": "{n} assignment{s}, {m} min of work"},
    "date": {"ko": "날 짜", "en": "Date"},
    "time": {"ko": "시 간", "en": "Time"},
    "room": {"ko": "장소", "en": "Room"},
    "session": {"ko": "세 션", "en": "Session"},
    "mode": {"ko": "통역 방식", "en": "Mode"},
    "direction": {"ko": "언어 방향", "en": "Direction"},
    "partners": {"ko": "동료 통역사", "en": "Partners"},
    "remarks": {"ko": "비 고", "en": "Remarks"},
    "role": {"ko": "역할: {role}", "en": "Role: {role}"},
    "whisper_to": {"ko": "근접 통역 대상:", "en": "Whispering to:"},
    "listeners": {"ko": "{n}명", "en": "{n} listener{s}"},
    "about": {"ko": "□ 세션 안내", "en": "□ About the sessions"},
    "no_assignments": {"ko": "배정된 세션이 없습니다.", "en": "No assignments."},
    "interpreter": {"ko": "통역사", "en": "Interpreter"},
    "total": {"ko": "합계 (건 / 분)", "en": "Total (assignments / min)"},
    "team": {"ko": "팀 인원 (배정 / 필요)", "en": "Team size (assigned / needed)"},
    "changed": {"ko": "□ 변경 사항 (Rev. {n} 이후)", "en": "□ What changed for you since Rev. {n}"},
    "unchanged": {"ko": "변경 사항 없음", "en": "No change"},
}

ROLE_WORDS: dict[str, dict[str, str]] = {
    "booth": {"ko": "부스", "en": "booth"},
    "consecutive": {"ko": "순차", "en": "consecutive"},
    "whisper": {"ko": "근접", "en": "whisper"},
    "relay": {"ko": "릴레이", "en": "relay"},
    "sight": {"ko": "시통역", "en": "sight"},
}

MODE_OF_ROLE = {"booth": Mode.SIMULTANEOUS, "relay": Mode.SIMULTANEOUS,
                "consecutive": Mode.CONSECUTIVE, "whisper": Mode.WHISPERED, "sight": Mode.SIGHT}

NOTHING = "-"

SHEET_WIDTHS: dict[str, dict[str, float]] = {
    # Points on landscape A4 (751 in all), chosen so a date, a time, a Hangul session title,
    # a mode and a partner's name each fit on one line of their cell.
    "ko": {"date": 66, "time": 70, "room": 155, "session": 143, "mode": 100, "direction": 85,
           "partners": 66, "remarks": 66},
    # English room names are long: "DDP Design Lab Seoul-On" must fit a line, or every row
    # takes four and a sheet of three sessions spills onto a second page.
    "en": {"date": 80, "time": 68, "room": 128, "session": 125, "mode": 88, "direction": 82,
           "partners": 95, "remarks": 85},
}


def word(key: str, lang: str, **values: object) -> str:
    return WORDS[key][lang].format(**values)


@dataclass(frozen=True)
class Duty:
    """One assignment placed in time: the session, the row it is for (if any), when."""

    assignment: Assignment
    session: Session
    item: AgendaItem | None
    start: int
    end: int

    @property
    def mode(self) -> str:
        """How this part is interpreted: the row's own mode, the session's, or the role's."""
        own = self.item.interpretation_mode if self.item is not None else None
        mode = own or self.session.interpretation_mode
        if not mode or mode == Mode.NONE:
            mode = MODE_OF_ROLE.get(self.assignment.role, mode or Mode.NONE)
        return mode

    @property
    def languages(self) -> list[str]:
        own = self.item.interpretation_languages if self.item is not None else None
        return list(own or self.session.interpretation_languages)

    @property
    def team_key(self) -> tuple[int, int | None]:
        return self.assignment.session_id, self.assignment.item_id


class Schedule:
    """Every assignment of an event placed in time, by interpreter and by team."""

    def __init__(self, loaded: LoadedEvent) -> None:
        self.loaded = loaded
        self.by_interpreter: dict[int, list[Duty]] = defaultdict(list)
        self.team: dict[tuple[int, int | None], list[Duty]] = defaultdict(list)
        self.timezones: dict[tuple[str, dt.date, dt.date], Timezone | None] = {}
        """VTIMEZONE components by zone and date range, made once for all the calendars."""
        rows: dict[int, dict[int, tuple[AgendaItem, int, int]]] = {}
        self.row_names: dict[int, str] = {}
        """A row's name that outlives the file's ids: its key, else its number ("3.2")."""
        order = {s.id: n for n, s in enumerate(loaded.sessions)}
        for a in loaded.assignments:
            session = loaded.session_by_id.get(a.session_id)
            if session is None:
                continue
            item, start, end = None, session.start_min, session.end_min
            if a.item_id is not None:
                if session.id not in rows:
                    rows[session.id] = {n.item.id: (n.item, t.start, t.end) for n, t in
                                        zip(loaded.walk(session), loaded.cascade(session).rows)}
                    self._name_rows(loaded.agenda.get(session.id or 0, []), "")
                found = rows[session.id].get(a.item_id)
                if found is not None:
                    item = found[0]
                    if found[2] > found[1]:  # a zero-length row: the whole session, as the rules
                        start, end = found[1], found[2]
            duty = Duty(a, session, item, start, end)
            self.by_interpreter[a.interpreter_id].append(duty)
            self.team[duty.team_key].append(duty)
        for duties in self.by_interpreter.values():
            duties.sort(key=lambda d: (d.session.date, d.start, d.end, order[d.session.id],
                                       d.item is not None, d.assignment.id or 0))

    def _name_rows(self, nodes: list[ItemNode], prefix: str) -> None:
        for n, node in enumerate(nodes, 1):
            number = f"{prefix}{n}"
            if node.item.id is not None:
                self.row_names[node.item.id] = node.item.key or number
            self._name_rows(node.children, f"{number}.")

    def duties_of(self, interpreter: Interpreter) -> list[Duty]:
        return self.by_interpreter.get(interpreter.id or 0, [])

    def partners(self, duty: Duty, lang: str) -> list[str]:
        """The other interpreters of the same session (or the same row), by name."""
        names: list[str] = []
        for other in self.team[duty.team_key]:
            if other.assignment.interpreter_id == duty.assignment.interpreter_id:
                continue
            person = self.loaded.interpreter_by_id.get(other.assignment.interpreter_id)
            if person is not None and person_name(person, lang) not in names:
                names.append(person_name(person, lang))
        return names


def working_minutes(duties: list[Duty]) -> int:
    """Minutes of work, overlapping parts (a speech inside a whispered session) counted once."""
    total = 0
    by_day: dict[dt.date, list[tuple[int, int]]] = defaultdict(list)
    for d in duties:
        by_day[d.session.date].append((d.start, d.end))
    for spans in by_day.values():
        reach = -1
        for start, end in sorted(spans):
            total += max(0, end - max(start, reach))
            reach = max(reach, end)
    return total


# --- texts shared by the sheet, the roster and the calendar ---------------------------------

def person_name(person: Interpreter, lang: str) -> str:
    return pick(person.name, lang) or person.key


def session_title(session: Session, lang: str) -> str:
    return pick(session.title, lang) + (f" {label('closed', lang)}" if session.closed else "")


def place(room: Room | None, lang: str, sep: str = " ") -> str:
    if room is None:
        return label("no_room", lang)
    return f"{pick(room.name, lang)}{sep}({room.floor})" if room.floor else pick(room.name, lang)


def mode_name(mode: str, lang: str) -> str:
    """동시통역 / simultaneous: the word "interpretation" goes without saying in a Mode column."""
    text = MODE_LABELS.get(mode, {}).get(lang, mode)  # type: ignore[call-overload]
    return text.removesuffix(" interpretation")


def mode_text(duty: Duty, lang: str, *, one_line: bool = False) -> str:
    """The mode, and for a row's own assignment the row it is for."""
    mode = mode_name(duty.mode, lang)
    if duty.item is None:
        return mode
    row = pick(duty.item.title, lang)
    return f"{mode} ({row})" if one_line else f"{mode}:\n{row}"


def direction_text(duty: Duty, lang: str) -> str:
    """Both ways between the session's languages (한↔영, ko⇄en), and whom to whisper to."""
    text = two_way(duty.languages, lang)
    listeners = whisper_listeners(duty, lang)
    return f"{text}\n{word('whisper_to', lang)}\n{listeners}" if listeners else text


def two_way(codes: list[str], lang: str) -> str:
    if len(codes) < 2:
        return language_pair(codes, lang)
    if lang == "ko":  # as one way is written (한→영)
        return "↔".join(LANGUAGE_NAMES.get(c, {}).get("ko", c) for c in codes)
    return "⇄".join(codes)


def whisper_listeners(duty: Duty, lang: str) -> str:
    """Who hears this interpreter's whispering: '차관님 (1명)'; empty for other modes."""
    if duty.mode != Mode.WHISPERED and duty.assignment.role != "whisper":
        return ""
    names = pick(duty.session.listener_names, lang)
    n = duty.session.listeners
    if names and n:
        return f"{names} ({n}명)" if lang == "ko" else f"{names} ({n})"
    return names or (word("listeners", lang, n=n, s="s" if n != 1 else "") if n else "")


def role_text(role: str, lang: str) -> str:
    return ROLE_WORDS.get(role, {}).get(lang, role)


def remarks_text(duty: Duty, lang: str) -> str:
    text = word("role", lang, role=role_text(duty.assignment.role, lang))
    return text + (f"\n{duty.assignment.note}" if duty.assignment.note else "")


def directions_text(interpreter: Interpreter, lang: str) -> str:
    """An interpreter's directions, a pair held both ways written once: 한↔영, 한→불."""
    def rank(code: str) -> int:
        return interpreter.languages.index(code) if code in interpreter.languages else 99

    held = [tuple(d.split(">", 1)) for d in interpreter.directions if ">" in d]
    out: list[str] = []
    for a, b in held:
        if (b, a) in held:
            text = two_way(sorted([a, b], key=rank), lang)
        elif lang == "ko":
            text = "→".join(LANGUAGE_NAMES.get(c, {}).get("ko", c) for c in (a, b))
        else:
            text = f"{a}→{b}"
        if text not in out:
            out.append(text)
    return ", ".join(out)


def short_date(day: dt.date, lang: str) -> str:
    """The date for a table column: '26.7.1.(수) as the run sheets write it; Wed 1 Jul 2026."""
    return format_date(day, lang) if lang == "ko" else f"{day:%a} {day.day} {day:%b %Y}"


# --- the assignment sheet -------------------------------------------------------------------

def build_interpreter_sheet(loaded: LoadedEvent, interpreter: Interpreter, lang: str = "ko",
                            *, schedule: Schedule | None = None,
                            findings: Sequence[Finding] = (),
                            revision: Revision | None = None,
                            changes: Sequence[str] | None = None) -> Document:
    """One interpreter's sheet: where and when they work, how, with whom, and for what.

    Issued after the first revision, it opens with what changed for this interpreter since
    the one before (``changes``: the lines of ``describe(for_interpreter(...))``), or says
    there is no change.

    A draft while the plan has errors in this interpreter's sessions, naming them, or of
    the plan as a whole (``findings``, as ``check_plan`` gives them)."""
    name = person_name(interpreter, lang)
    schedule = schedule or Schedule(loaded)
    doc = Document(f"{name} — {word('sheet', lang)}", landscape=True, lang=lang)
    doc.draft = interpreter_draft(schedule, interpreter, findings, lang)
    doc.revision = revision.label() if revision else ""
    section = doc.add(_interpreter_section(loaded, schedule, interpreter, lang))
    if changes is not None and revision is not None and revision.number > 1:
        at = next((n for n, b in enumerate(section.blocks)  # after the facts, before the duties
                   if isinstance(b, Table) or b.role == "heading"), len(section.blocks))
        section.blocks[at:at] = changes_paragraphs(
            word("changed", lang, n=revision.number - 1), changes, word("unchanged", lang))
    return doc


def interpreter_draft(schedule: Schedule, interpreter: Interpreter,
                      findings: Sequence[Finding], lang: str) -> str:
    """What an interpreter's own sheet and calendar say while the plan they work in has errors."""
    sessions = {d.session.key for d in schedule.duties_of(interpreter)}
    return draft_label(findings, lang, sessions=sessions, interpreter=interpreter.key)


def build_interpreter_book(loaded: LoadedEvent, lang: str = "ko", *,
                           findings: Sequence[Finding] = (),
                           revision: Revision | None = None) -> Document:
    """Every interpreter's sheet in one document, one bookmarked part each, in the event's order;
    a draft while the plan has errors (all of them counted, as in the venue sheet)."""
    doc = Document(f"{pick(loaded.event.title, lang)} — {word('book', lang)}", landscape=True,
                   lang=lang)
    doc.draft = draft_label(findings, lang)
    doc.revision = revision.label() if revision else ""
    schedule = Schedule(loaded)
    for interpreter in loaded.interpreters:
        doc.add(_interpreter_section(loaded, schedule, interpreter, lang))
    return doc


def _interpreter_section(loaded: LoadedEvent, schedule: Schedule, interpreter: Interpreter,
                         lang: str) -> Section:
    name = person_name(interpreter, lang)
    duties = schedule.duties_of(interpreter)
    section = Section(name, sheet_name=interpreter.key, bookmark=name,
                      running_head=word("continued", lang, name=name))
    section.add(Paragraph(f"{word('sheet', lang)} — {name}", "title"))
    section.add(Paragraph(pick(loaded.event.title, lang), "subtitle"))
    modes = ", ".join(mode_name(m, lang) for m in interpreter.modes)
    facts = [("languages", language_pair(interpreter.languages, lang)),
             ("directions", directions_text(interpreter, lang)),
             ("modes", modes), ("contact", interpreter.contact),
             ("workload", word("workload_value", lang, n=len(duties), m=working_minutes(duties),
                               s="s" if len(duties) != 1 else ""))]
    for key, value in facts:
        if value:
            section.add(Paragraph(f"- ({word(key, lang)}) {value}", "item"))
    if not duties:
        section.add(Paragraph(word("no_assignments", lang), "heading"))
        return section
    section.add(_duty_table(loaded, schedule, duties, lang))
    _about_sessions(section, [d.session for d in duties], lang)
    return section


def _duty_table(loaded: LoadedEvent, schedule: Schedule, duties: list[Duty], lang: str) -> Table:
    widths = SHEET_WIDTHS[lang if lang in SHEET_WIDTHS else "en"]
    table = Table([Column(word(key, lang), width, "center" if key in ("date", "time") else "left")
                   for key, width in widths.items()])
    for d in duties:
        room = loaded.room_by_id.get(d.session.room_id) if d.session.room_id is not None else None
        partners = "\n".join(schedule.partners(d, lang)) or NOTHING
        table.add(Cell(short_date(d.session.date, lang), "time"),
                  Cell(f"{format_clock(d.start, lang)}~{format_clock(d.end, lang)}", "time"),
                  Cell(place(room, lang, "\n")), Cell(session_title(d.session, lang)),
                  Cell(mode_text(d, lang)), Cell(direction_text(d, lang)),
                  Cell(partners), Cell(remarks_text(d, lang), "remarks"))
    return table


def _about_sessions(section: Section, sessions: list[Session], lang: str) -> None:
    """Per session, what it is for and who moderates: the brief an interpreter prepares from."""
    lines: list[Paragraph] = []
    for s in {s.id: s for s in sessions}.values():
        said = [(label("purpose", lang), pick(s.purpose, lang)),
                (label("moderator", lang), pick(s.moderator, lang))]
        said = [(k, v) for k, v in said if v.strip()]
        if not said:
            continue
        lines.append(Paragraph(f"○ {session_title(s, lang)}", "item"))
        for key, text in said:
            first, *more = [t for t in text.splitlines() if t.strip()]
            lines.append(Paragraph(f"- ({key}) {first}", "subitem"))
            lines.extend(Paragraph(t, "subitem") for t in more)
    if lines:
        section.add(Paragraph(word("about", lang), "heading"))
        section.blocks.extend(lines)


def changes_paragraphs(heading: str, lines: Sequence[str], nothing: str) -> list[Paragraph]:
    """What changed, as ``describe`` words it: a heading, each session's line ("■ …") and
    its changes under it ("  - …"); ``nothing`` when there is none."""
    out = [Paragraph(heading, "heading")]
    for line in lines:
        if line.startswith("  "):
            out.append(Paragraph(line.strip(), "subitem"))
        else:
            out.append(Paragraph(line, "item"))
    if not lines or list(lines) == [nothing]:
        out[1:] = [Paragraph(nothing, "item")]
    return out


# --- the coordinator's roster ---------------------------------------------------------------

def build_roster(loaded: LoadedEvent, lang: str = "ko", *,
                 findings: Sequence[Finding] = (), revision: Revision | None = None) -> Document:
    """Interpreters by sessions: who does what where, their totals, and each session's team size;
    a draft while the plan has errors (all of them counted)."""
    schedule = Schedule(loaded)
    staffed = {session_id for session_id, _ in schedule.team}
    sessions = [s for s in loaded.sessions
                if s.interpretation_mode not in ("", Mode.NONE) or s.id in staffed]
    columns = [Column(word("interpreter", lang), 2.2)]
    columns += [Column(f"{s.date:%m-%d} {format_clock(s.start_min, lang)} {pick(s.title, lang)}", 2.0,
                       "center") for s in sessions]
    columns.append(Column(word("total", lang), 1.6, "center"))
    table = Table(columns)
    team_sizes: dict[int | None, set[int]] = defaultdict(set)
    assignments = minutes = 0
    idle = Cell("")  # most of a row: one (frozen) cell for every session the person is not in
    for person in loaded.interpreters:
        duties = schedule.duties_of(person)
        worked = working_minutes(duties)
        assignments, minutes = assignments + len(duties), minutes + worked
        roles: dict[int | None, list[str]] = defaultdict(list)
        for d in duties:
            team_sizes[d.session.id].add(d.assignment.interpreter_id)
            role = role_text(d.assignment.role, lang)
            if role not in roles[d.session.id]:
                roles[d.session.id].append(role)
        table.add(Cell(person_name(person, lang), "label"),
                  *[Cell(", ".join(roles[s.id])) if s.id in roles else idle for s in sessions],
                  Cell(f"{len(duties)} / {worked}", "number"))
    table.add(Cell(word("team", lang), "total"),
              *[_team_cell(team_size(loaded, schedule, s, len(team_sizes.get(s.id, ()))))
                for s in sessions],
              Cell(f"{assignments} / {minutes}", "total"))
    title = word("roster", lang)
    doc = Document(f"{pick(loaded.event.title, lang)} — {title}", landscape=True, lang=lang)
    doc.draft = draft_label(findings, lang)
    doc.revision = revision.label() if revision else ""
    section = doc.add(Section(title, sheet_name=title, bookmark=title))
    section.add(Paragraph(f"{pick(loaded.event.title, lang)} — {title}", "title"))
    section.add(table)
    return doc


def _team_cell(size: str) -> Cell:
    """A team short of what it needs ("1 / 2") stands out, as the venue sheet's problems do."""
    has, _, needs = size.partition(" / ")
    return Cell(size, "problem" if needs and int(has) < int(needs) else "total")


def team_size(loaded: LoadedEvent, schedule: Schedule, session: Session, assigned: int) -> str:
    """A session's team in the roster: "2 / 3", the interpreters it has against those its own
    interpretation needs by the policy (as the staffing rule counts: the session's own
    assignments in fitting roles); only the number assigned for a session without
    interpretation of its own (interpreted rows only)."""
    mode = session.interpretation_mode
    if not mode or mode not in ROLES_FOR_MODE:
        return str(assigned)
    fitting = [d.assignment for d in schedule.team.get((session.id or 0, None), ())
               if d.assignment.role in ROLES_FOR_MODE[mode]]
    policy = loaded.policy
    need = required_team(mode, list(session.interpretation_languages),
                         session_facts(loaded, session, policy).interpreted_length, policy,
                         listeners=session.listeners,
                         relay=any(a.role == "relay" for a in fitting))
    return f"{len({a.interpreter_id for a in fitting})} / {need.interpreters}"


# --- the calendar ---------------------------------------------------------------------------

def build_calendar(loaded: LoadedEvent, interpreter: Interpreter, lang: str = "ko", *,
                   stamp: dt.datetime | None = None, schedule: Schedule | None = None,
                   findings: Sequence[Finding] = (), sequence: int = 0,
                   cancelled: Sequence[CalendarEvent] = ()) -> bytes:
    """An iCalendar file of one interpreter's assignments, in the event's time zone; while the
    plan has errors (as the interpreter's sheet counts them), each entry's description begins
    by saying it is a draft.

    Issued as revision ``sequence`` (0: a plain export), each entry says so (SEQUENCE) and
    when (LAST-MODIFIED, ``stamp``), and the entries of ``cancelled`` (those of the previous
    revision's calendar no longer in this one) go with it as STATUS:CANCELLED under the UID
    they had, so that a calendar program updates its entries instead of keeping old ones."""
    try:
        zone = ZoneInfo(loaded.event.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ExportError(f"{loaded.event.timezone!r} is not a known time zone") from None
    stamp = stamp or dt.datetime.now(dt.timezone.utc)
    schedule = schedule or Schedule(loaded)
    duties = schedule.duties_of(interpreter)
    name = person_name(interpreter, lang)
    draft = interpreter_draft(schedule, interpreter, findings, lang)
    event_tag = _event_tag(loaded)
    uids: set[str] = set()
    calendar = Calendar()
    calendar.add("prodid", "-//Agenda Planner//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", one_line(f"{name} — {pick(loaded.event.title, lang)}"))
    for d in duties:
        room = loaded.room_by_id.get(d.session.room_id) if d.session.room_id is not None else None
        midnight = dt.datetime.combine(d.session.date, dt.time(0), tzinfo=zone)
        event = CalendarEvent()
        uid = calendar_uid(event_tag, schedule, d, interpreter)
        again = 1
        while uid in uids:  # the same part twice over: each its own entry still
            again += 1
            uid = calendar_uid(event_tag, schedule, d, interpreter, again)
        uids.add(uid)
        event.add("uid", uid)
        event.add("dtstamp", stamp.astimezone(dt.timezone.utc))
        if sequence:
            event.add("sequence", sequence)
            event.add("last-modified", stamp.astimezone(dt.timezone.utc))
        event.add("dtstart", midnight + dt.timedelta(minutes=d.start))
        event.add("dtend", midnight + dt.timedelta(minutes=d.end))
        event.add("summary", one_line(
            f"{session_title(d.session, lang)} — {mode_text(d, lang, one_line=True)}"))
        event.add("location", one_line(f"{pick(room.name, lang)}, {room.floor}"
                                       if room is not None and room.floor else place(room, lang)))
        description = _calendar_description(schedule, d, lang).replace("\r\n", "\n")
        if draft:
            description = f"{draft}\n{description}"
        event.add("description", _CONTROLS.sub(" ", description))
        calendar.add_component(event)
    for old in cancelled:
        if str(old.get("uid")) in uids:
            continue
        event = CalendarEvent()
        for name in ("uid", "dtstart", "dtend", "summary", "location"):
            if name in old:
                event.add(name, old.decoded(name) if name in ("dtstart", "dtend") else old[name])
        event.add("dtstamp", stamp.astimezone(dt.timezone.utc))
        event.add("sequence", sequence)
        event.add("last-modified", stamp.astimezone(dt.timezone.utc))
        event.add("status", "CANCELLED")
        calendar.add_component(event)
    if duties or cancelled:
        days = [d.session.date for d in duties] + [
            old.decoded("dtstart").date() for old in cancelled if "dtstart" in old]
        _add_missing_timezones(calendar, schedule.timezones,
                               first_date=min(days) - dt.timedelta(days=366),
                               last_date=max(days) + dt.timedelta(days=366))
    return calendar.to_ical()


def _event_tag(loaded: LoadedEvent) -> str:
    """The event in a calendar entry's UID: a digest of its title in its first language (an
    event file has no other name that outlives a new file made from its interchange JSON)."""
    title = loaded.event.title
    first = next((title[c] for c in loaded.event.languages if title.get(c)), None)
    text = first or next((t for t in title.values() if t), "")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def calendar_uid(event_tag: str, schedule: Schedule, duty: Duty, interpreter: Interpreter,
                 again: int = 1) -> str:
    """A calendar entry's UID from what names the assignment in any export of the event (the
    event, session key, interpreter key, role and row), never the file's ids: a calendar
    exported again updates its entries instead of adding copies beside them."""
    parts = [event_tag, duty.session.key, interpreter.key, duty.assignment.role]
    if duty.item is not None and duty.item.id is not None:
        parts.append("row-" + schedule.row_names.get(duty.item.id, str(duty.item.id)))
    if again > 1:
        parts.append(str(again))
    return "/".join(quote(p, safe="-_.~") for p in parts) + "@agenda-planner"


_LINE_BREAKS = re.compile(r"\s*[\n\r\x0b\x0c\x85\u2028\u2029]\s*")
_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\ud800-\udfff]")
"""What iCalendar text may not hold (RFC 5545, 3.3.11), a newline aside."""


def one_line(text: str) -> str:
    """A text as a calendar's one-line fields hold it: its lines joined by spaces."""
    return _CONTROLS.sub(" ", _LINE_BREAKS.sub(" ", text.strip())).strip()


def _add_missing_timezones(calendar: Calendar,
                           made: dict[tuple[str, dt.date, dt.date], Timezone | None], *,
                           first_date: dt.date, last_date: dt.date) -> None:
    """``Calendar.add_missing_timezones``, each VTIMEZONE made once per zone and date range.

    Making one walks the zone's offsets over the whole range (about 30 ms for two years);
    the calendars of one export mostly share their range, so they share the component.
    """
    missing = calendar.get_missing_tzids()
    at = len(calendar.timezones)
    for tzid in missing:
        key = (tzid, first_date, last_date)
        if key not in made:
            try:
                made[key] = Timezone.from_tzid(tzid, first_date=first_date, last_date=last_date)
            except ValueError:  # a zone icalendar does not know goes without, as before
                made[key] = None
        if made[key] is not None:
            calendar.subcomponents.insert(at, made[key])
            at += 1


def _calendar_description(schedule: Schedule, d: Duty, lang: str) -> str:
    """What the interpreter needs in the calendar entry itself: how, with whom, for whom, why."""
    lines = [f"{word('mode', lang)}: {mode_text(d, lang, one_line=True)}",
             f"{word('direction', lang)}: {two_way(d.languages, lang)}",
             remarks_text(d, lang).replace("\n", " / "),
             f"{word('partners', lang)}: {', '.join(schedule.partners(d, lang)) or NOTHING}"]
    listeners = whisper_listeners(d, lang)
    if listeners:
        lines.insert(2, f"{word('whisper_to', lang)} {listeners}")
    purpose = pick(d.session.purpose, lang)
    if purpose:
        lines.append(f"{label('purpose', lang)}: {purpose}")
    moderator = pick(d.session.moderator, lang)
    if moderator:
        lines.append(f"{label('moderator', lang)}: {moderator}")
    return "\n".join(lines)
