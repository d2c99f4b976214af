"""Put what an import understood into an event: all of it in one transaction, or nothing.

New sessions get their date, times, room, interpretation and rows; rows for an existing
session go after its last row. Rooms the source names that the event does not have are
created when asked (``Target.create_rooms``), one room for every spelling of the same room.
What was added can be taken out again (undo) and put back with the same ids (redo).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlmodel import Session as DbSession
from sqlmodel import select

from db.document import EventDocument
from db.edits import (
    EditError,
    children_of,
    put_items,
    put_session,
    shift_siblings,
    take_items,
    take_session,
)
from db.models import AgendaItem, Delegation, Event, Room, Session
from db.resource_edits import take_room
from planner.cascade import Cascade, cascade_start_times
from planner.imports.messages import Said
from planner.imports.model import ParsedImport, ParsedRow, ParsedSession, Problem, ProblemKind
from planner.imports.overview import PARTICIPANTS
from planner.imports.preview import hhmm, stored_span
from planner.imports.rooms import room_key, split_floor
from planner.imports.runsheet import settle_lengths
from planner.paste import PastedRow

if TYPE_CHECKING:
    from db.loading import LoadedEvent

_SPACES_AND_BRACKETS = re.compile(r"[\s()\[\]]+")
_FLOOR = re.compile(r"(?:b?\d+f|\d+층|지하\d+층|floor\d+|\d+(?:st|nd|rd|th)floor)")
"""A word of a room's text that only says the floor (2F, 4층, B1F)."""


@dataclass
class ImportOutcome:
    """What an import added, so that it can be taken out again."""

    new_sessions: list[int] = field(default_factory=list)
    appended: list[int] = field(default_factory=list)
    """Top-level rows added to sessions that were there before."""
    extended: list[int] = field(default_factory=list)
    """The sessions that were there before and got rows."""
    notes: list[Problem] = field(default_factory=list)
    """What the import did on its own judgement (a room it did not find)."""
    rows: int = 0
    new_rooms: list[int] = field(default_factory=list)
    """Rooms made for rooms the source names and the event did not have."""


@dataclass(frozen=True)
class Target:
    """Where the rows go: one session by key (created when missing), or one new session
    per session of the source."""

    session_key: str | None = None
    date: dt.date | None = None
    """The day of new sessions whose source does not say it."""
    create_rooms: bool = False
    """Make the rooms the source names that no room of the event matches, and use them."""


@dataclass
class RoomPlan:
    """The rooms an import would make, and the new sessions that go into them."""

    rooms: list[Room] = field(default_factory=list)
    """Not stored yet; in the order the source first names them."""
    named_at: dict[str, str] = field(default_factory=dict)
    """Where the source first names each room, by the room's key (``line 81``)."""
    by_session: dict[int, Room] = field(default_factory=dict)
    """The room of each new session (by its index in the source) that goes into one."""

    def sessions_in(self, room: Room) -> list[int]:
        return [n for n, r in self.by_session.items() if r is room]


def plan_rooms(parsed: ParsedImport, keys: list[tuple[str, bool]],
               rooms: Sequence[Room]) -> RoomPlan:
    """The rooms to make for the rooms new sessions name that no room of the event matches:
    one for each room, however many sessions (and spellings) name it."""
    plan = RoomPlan()
    taken = {room.key for room in rooms}
    for n, (session, (_, there)) in enumerate(zip(parsed.sessions, keys, strict=True)):
        if there or not session.room or find_room(list(rooms), session.room) is not None:
            continue
        room = find_room(plan.rooms, session.room)
        if room is None:
            name, floor = split_floor(session.room)
            room = Room(event_id=0, position=len(rooms) + len(plan.rooms),
                        key=room_key(name, floor, taken), name={parsed.language: name},
                        floor=floor)
            taken.add(room.key)
            plan.rooms.append(room)
            plan.named_at[room.key] = session.room_where or session.where
        plan.by_session[n] = room
    return plan


def apply_import(doc: EventDocument, parsed: ParsedImport, target: Target) -> ImportOutcome:
    """Add the parsed sessions and rows to the event, in one transaction."""
    if not parsed.sessions:
        raise EditError(f"{parsed.source}: no agenda rows to import")
    if target.session_key and len(parsed.sessions) > 1:
        raise EditError(f"{parsed.source}: holds {len(parsed.sessions)} sessions; "
                        f"import it without --session, or one table at a time")
    outcome = ImportOutcome()
    lang = parsed.language
    with doc.transaction() as s:
        rooms = list(s.exec(select(Room)))
        keys = session_keys(parsed, target, dict(s.exec(select(Session.key, Session.date)).all()))
        plan = plan_rooms(parsed, keys, rooms) if target.create_rooms else RoomPlan()
        if plan.rooms:
            event = s.exec(select(Event)).one()
            for room in plan.rooms:
                room.event_id = event.id  # type: ignore[assignment]
                s.add(room)
            s.flush()
            outcome.new_rooms = [room.id for room in plan.rooms]  # type: ignore[misc]
        for n, (parsed_session, (key, there)) in enumerate(
                zip(parsed.sessions, keys, strict=True)):
            existing = s.exec(select(Session).where(Session.key == key)).one() if there else None
            if existing is not None:
                cursor = _end_of_rows(s, existing)
                position = len(_top_rows(s, existing.id))  # type: ignore[arg-type]
                settle_lengths(parsed_session.rows, cursor, [])
                ids = _add_rows(s, existing.id, None, position, parsed_session.rows, lang)  # type: ignore[arg-type]
                outcome.appended.extend(ids)
                outcome.extended.append(existing.id)  # type: ignore[arg-type]
            else:
                room = plan.by_session.get(n)
                if room is None and parsed_session.room:
                    room = find_room(rooms, parsed_session.room)
                session = _new_session(s, parsed_session, key, target, room, lang, outcome)
                settle_lengths(parsed_session.rows, session.start_min, [])
                _add_rows(s, session.id, None, 0, parsed_session.rows, lang)  # type: ignore[arg-type]
                outcome.new_sessions.append(session.id)  # type: ignore[arg-type]
            outcome.rows += parsed_session.row_count
    return outcome


def take_out(doc: EventDocument, outcome: ImportOutcome) -> list[tuple[str, object]]:
    """Remove what an import added (undo); returns it for put_back."""
    with doc.transaction() as s:
        taken = _take(s, outcome.appended)
        for session_id in reversed(outcome.new_sessions):
            taken.append(("session", take_session(s, session_id)))
        for room_id in reversed(outcome.new_rooms):
            taken.append(("room", take_room(s, room_id)))
    return taken


def put_back(doc: EventDocument, taken: list[tuple[str, object]]) -> None:
    """Put back what take_out removed, with the same ids (redo)."""
    with doc.transaction() as s:
        for kind, snapshot in reversed(taken):
            if kind == "room":  # rooms first: the sessions put back after them use them
                s.add(Room(**snapshot))  # type: ignore[arg-type]
                s.flush()
            elif kind == "session":
                put_session(s, snapshot)  # type: ignore[arg-type]
            else:
                put_items(s, snapshot)  # type: ignore[arg-type]


# -- sessions -------------------------------------------------------------------------


def _new_session(s: DbSession, parsed: ParsedSession, key: str, target: Target,
                 room: Room | None, lang: str, outcome: ImportOutcome) -> Session:
    refusal = new_session_refusal(parsed, target)
    if refusal is not None:
        raise EditError(refusal)
    date = parsed.date or target.date
    start, end = session_span(parsed)
    if parsed.room and room is None:
        outcome.notes.append(Problem(parsed.room_where or parsed.where,
                                     Said("no_room", room=parsed.room)))
    event = s.exec(select(Event)).one()
    title = parsed.title or key
    session = Session(event_id=event.id, key=key, title={lang: title}, date=date,
                      start_min=start, end_min=end, room_id=room.id if room else None,
                      closed=parsed.closed,
                      purpose=_text(parsed.purpose, lang),
                      participants=_text(parsed.participants, lang),
                      key_points=_text(parsed.key_points, lang), notes=_text(parsed.notes, lang),
                      interpretation_mode=parsed.interpretation_mode or "none",
                      interpretation_languages=list(parsed.interpretation_languages))
    s.add(session)
    s.flush()
    for position, side in enumerate(parsed.delegations):
        s.add(Delegation(session_id=session.id, position=position, side=_text(side.side, lang),
                         on_site=side.on_site, remote=side.remote,
                         members=_text(side.members, lang)))
    if not parsed.delegations and (parsed.on_site or parsed.remote):
        s.add(Delegation(session_id=session.id,
                         side={lang: PARTICIPANTS.get(lang, PARTICIPANTS["en"])},
                         on_site=parsed.on_site or 0, remote=parsed.remote or 0))
    return session


def _text(text: str, lang: str) -> dict[str, str]:
    return {lang: text} if text else {}


def new_session_refusal(parsed: ParsedSession, target: Target) -> str | None:
    """Why a parsed session cannot become a new session (no day, not within one day)."""
    if (parsed.date or target.date) is None:
        return (f"{parsed.where}: the source gives no date for this session; say which day "
                f"(--date YYYY-MM-DD)")
    start, end = session_span(parsed)
    if start is None or not 0 <= start < end <= 24 * 60:
        return f"{parsed.where}: the rows do not fit in one day"
    return None


def refusals(parsed: ParsedImport, target: Target,
             keys: list[tuple[str, bool]]) -> list[str]:
    """What apply_import would refuse, found without touching the event (--dry-run)."""
    if target.session_key and len(parsed.sessions) > 1:
        return [(f"{parsed.source}: holds {len(parsed.sessions)} sessions; import it without "
                 f"--session, or one table at a time")]
    return [r for session, (_, there) in zip(parsed.sessions, keys, strict=True)
            if not there and (r := new_session_refusal(session, target)) is not None]


def event_notes(parsed: ParsedImport, keys: list[tuple[str, bool]],
                loaded: LoadedEvent, create_rooms: bool = False) -> list[Problem]:
    """What to check against the event before importing, found without touching it: a room
    that no room of the event matches (said at the line naming it; not when the import
    creates it), and rows that overlap the rows already in the session or fall outside its
    time."""
    notes: list[Problem] = []
    sessions = {s.key: s for s in loaded.sessions}
    for parsed_session, (key, there) in zip(parsed.sessions, keys, strict=True):
        if not there:
            if parsed_session.room and not create_rooms \
                    and find_room(loaded.rooms, parsed_session.room) is None:
                notes.append(Problem(parsed_session.room_where or parsed_session.where,
                                     Said("no_room", room=parsed_session.room),
                                     ProblemKind.KEPT))
            continue
        notes.extend(_against_rows(parsed_session, sessions[key], loaded))
    return notes


def _against_rows(parsed: ParsedSession, session: Session, loaded: LoadedEvent) -> list[Problem]:
    """The first imported row that overlaps the session's rows, and the first outside its time."""
    timed = loaded.cascade(session)
    rows_start = min((r.start for r in timed.rows), default=None)
    rows_end = max(timed.end, timed.latest_end)
    overlap = outside = None
    for row in parsed.rows:
        start, end = stored_span(row)
        if start is None:
            continue
        end = start if end is None else end
        if overlap is None and rows_start is not None and start < rows_end \
                and end > rows_start:
            overlap = Problem(row.where, Said("overlaps_rows", start=hhmm(start),
                                              end=hhmm(rows_end), session=session.key),
                              ProblemKind.KEPT)
        if outside is None and (start < session.start_min or end > session.end_min):
            outside = Problem(row.where, Said(
                "outside_session", start=hhmm(start), end=hhmm(end), session=session.key,
                session_start=hhmm(session.start_min), session_end=hhmm(session.end_min)),
                ProblemKind.KEPT)
    return [note for note in (overlap, outside) if note is not None]


def session_span(parsed: ParsedSession) -> tuple[int | None, int]:
    """When a new session made from the source starts and ends."""
    start = parsed.start if parsed.start is not None else parsed.first_start
    end = max(e for e in (parsed.end, parsed.last_end, (start or 0) + 1) if e is not None)
    return start, end


def session_keys(parsed: ParsedImport, target: Target,
                 existing: Mapping[str, dt.date]) -> list[tuple[str, bool]]:
    """The key each parsed session goes to, and whether that session is there already.

    ``--session`` names it; the planner's own run sheet names each sheet after its session;
    otherwise a new key from the day and start (``2026-07-01-0900``). Two parsed sessions
    never share a new key, and rows of another day never go into an existing session
    (that day gets a session of its own, ``forum-2``)."""
    out: list[tuple[str, bool]] = []
    taken = set(existing)
    for parsed_session in parsed.sessions:
        day = parsed_session.date
        key = target.session_key or parsed_session.key
        if key and key in existing and (day is None or existing[key] == day):
            out.append((key, True))
            continue
        if not key:
            date = day or target.date
            start = (parsed_session.start if parsed_session.start is not None
                     else parsed_session.first_start or 0)
            key = f"{date.isoformat() if date else 'session'}-{start // 60:02d}{start % 60:02d}"
        base, n = key, 2
        while key in taken:
            key, n = f"{base}-{n}", n + 1
        out.append((key, False))
        taken.add(key)
    return out


def existing_sessions(doc: EventDocument) -> dict[str, dt.date]:
    """The keys of the event's sessions, with their days."""
    with doc.reading() as s:
        return {key: day for key, day in s.exec(select(Session.key, Session.date))}


def existing_rooms(doc: EventDocument) -> list[Room]:
    """The event's rooms, to match a source's room names against."""
    with doc.reading() as s:
        return [Room(**room.model_dump()) for room in s.exec(select(Room))]


def find_room(rooms: list[Room], text: str) -> Room | None:
    """The event's room a source names: by key, or by name (and floor) with spacing and
    brackets ignored, or the one room all of whose name's words the text has."""
    wanted = _SPACES_AND_BRACKETS.sub("", text).lower()
    for room in rooms:
        names = [room.key, *room.name.values()]
        forms = {_SPACES_AND_BRACKETS.sub("", n).lower() for n in names if n}
        forms |= {_SPACES_AND_BRACKETS.sub("", f"{n}{room.floor}").lower()
                  for n in room.name.values() if n}
        if wanted in forms:
            return room
    words = set(_words(text))
    holding = [room for room in rooms if any(
        n and set(_words(n)) <= words and all(_FLOOR.fullmatch(w) or w == room.floor.lower()
                                              for w in words - set(_words(n)))
        for n in room.name.values())]
    return holding[0] if len(holding) == 1 else None


def _words(text: str) -> list[str]:
    return [w for w in _SPACES_AND_BRACKETS.split(text.lower()) if w]


# -- rows -----------------------------------------------------------------------------


def _top_rows(s: DbSession, session_id: int) -> list[AgendaItem]:
    return list(s.exec(select(AgendaItem).where(AgendaItem.session_id == session_id,
                                                AgendaItem.parent_id.is_(None))))  # type: ignore[union-attr]


class _Node:
    """A stored row as the cascade reads it."""

    def __init__(self, item: AgendaItem, by_parent: dict[int | None, list[AgendaItem]]) -> None:
        self.id, self.duration, self.start = item.id, item.duration, item.start_min
        self.marker = item.marker
        self.children = [_Node(c, by_parent) for c in by_parent.get(item.id, [])]


def _cascade(s: DbSession, session: Session) -> Cascade:
    """The times of a session's stored rows."""
    by_parent: dict[int | None, list[AgendaItem]] = {}
    for item in s.exec(select(AgendaItem).where(AgendaItem.session_id == session.id)
                       .order_by(AgendaItem.position)):
        by_parent.setdefault(item.parent_id, []).append(item)
    return cascade_start_times([_Node(i, by_parent) for i in by_parent.get(None, [])],
                               session.start_min)


def _end_of_rows(s: DbSession, session: Session) -> int:
    """Where the session's existing rows end: the cursor the imported rows follow."""
    return _cascade(s, session).end


def _time_at(s: DbSession, session: Session, parent_id: int | None, position: int) -> int:
    """When a row put at this place would start: where the rows before it end."""
    timed = {r.source.id: r for r in _cascade(s, session).rows}
    before = [timed[r.id] for r in children_of(s, session.id, parent_id)  # type: ignore[arg-type]
              if r.position < position and not r.marker and r.id in timed]
    if before:
        return before[-1].end
    return timed[parent_id].start if parent_id in timed else session.start_min


# -- pasted rows ----------------------------------------------------------------------


def paste_rows(doc: EventDocument, session_id: int, parent_id: int | None, position: int,
               rows: Sequence[PastedRow], lang: str = "ko") -> list[int]:
    """Put pasted rows (blocks with their rows, markers, details) at a place in a session's
    agenda, later rows moving down, in one transaction; returns the ids of the top-level
    rows pasted. The first follows the row before; a marker or a start pinned apart keeps
    its distance from it, wherever in the day the paste lands."""
    with doc.transaction() as s:
        session = s.get(Session, session_id)
        if session is None:
            raise EditError.of("session-gone", session_id=session_id)
        if parent_id is not None:
            parent = s.get(AgendaItem, parent_id)
            if parent is None or parent.session_id != session_id:
                raise EditError.of("row-not-in-session")
        at = _time_at(s, session, parent_id, position)
        if any(not 0 <= at + r.start < 24 * 60 for top in rows for r in top.walk()
               if r.start is not None):
            raise EditError.of("start-outside-day")
        shift_siblings(s, session_id, parent_id, position, len(rows))
        return _put_pasted(s, session_id, parent_id, position, rows, lang, at)


def _put_pasted(s: DbSession, session_id: int, parent_id: int | None, position: int,
                rows: Sequence[PastedRow], lang: str, at: int) -> list[int]:
    ids = []
    for offset, row in enumerate(rows):
        item = AgendaItem(
            session_id=session_id, parent_id=parent_id, position=position + offset,
            start_min=None if row.start is None else at + row.start,
            duration=None if (row.marker or row.children) else row.minutes,
            marker=row.marker, stated_duration=row.stated_minutes, bullet=row.mark,
            title={lang: row.title} if row.title else {},
            details={lang: row.details} if row.details else {},
            remarks={lang: row.remarks} if row.remarks else {})
        s.add(item)
        s.flush()
        ids.append(item.id)
        if row.children:
            _put_pasted(s, session_id, item.id, 0, row.children, lang, at)
    return ids  # type: ignore[return-value]


def take_rows(doc: EventDocument, item_ids: Sequence[int]) -> list[tuple[str, object]]:
    """Remove pasted rows (undo), in one transaction; returns them for put_back."""
    with doc.transaction() as s:
        return _take(s, item_ids)


def _take(s: DbSession, item_ids: Sequence[int]) -> list[tuple[str, object]]:
    taken: list[tuple[str, object]] = []
    for item_id in reversed(item_ids):
        item = s.get(AgendaItem, item_id)
        if item is None:
            raise EditError.of("row-gone", item_id=item_id)
        taken.append(("items", take_items(s, item)))
    return taken


def _add_rows(s: DbSession, session_id: int, parent_id: int | None, position: int,
              rows: list[ParsedRow], lang: str, depth: int = 0) -> list[int]:
    ids = []
    for offset, row in enumerate(rows):
        default_mark = "○" if depth == 0 else "-"
        item = AgendaItem(
            session_id=session_id, parent_id=parent_id, position=position + offset,
            start_min=row.hard_start, duration=None if (row.marker or row.children)
            else row.duration, marker=row.marker, stated_duration=row.stated_duration,
            bullet=None if row.mark == default_mark else row.mark,
            title={lang: row.title} if row.title else {},
            details={lang: "\n".join(row.details)} if row.details else {},
            remarks={lang: "\n".join(row.remarks)} if row.remarks else {})
        s.add(item)
        s.flush()
        ids.append(item.id)
        if row.children:
            _add_rows(s, session_id, item.id, 0, row.children, lang, depth + 1)  # type: ignore[arg-type]
    return ids  # type: ignore[return-value]
