"""A whole event read into memory at once, for checks, exports and the views.

Rows are read as plain records (db/records.py) with the tables' field names: reading
and checking a large event is several times faster than through ORM objects. The
type hints name the tables the records come from.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import defaultdict
from dataclasses import dataclass, field

from db.document import DocumentError, EventDocument
from db.errors import StorageError, stored_value_problem
from db.records import read_records
from db.models import (AgendaItem, Assignment, Availability, Delegation, Event, Interpreter,
                       Room, Session)
from planner.cascade import Cascade, cascade_start_times
from planner.policy import Policy


@dataclass
class ItemNode:
    """An agenda row with the rows under it, in agenda order."""

    item: AgendaItem
    children: list[ItemNode] = field(default_factory=list)

    # What the cascade reads (planner.cascade.RowLike), straight from the row.
    @property
    def duration(self) -> int | None:
        return self.item.duration

    @property
    def start(self) -> int | None:
        return self.item.start_min

    @property
    def marker(self) -> bool:
        return self.item.marker


@dataclass
class LoadedEvent:
    """Every table of one event, indexed the ways the rules and writers look things up."""

    event: Event
    rooms: list[Room]
    sessions: list[Session]
    """In programme order: by date, start, then key."""
    interpreters: list[Interpreter]
    delegations: dict[int, list[Delegation]]
    agenda: dict[int, list[ItemNode]]
    """The top-level rows of each session, by session id."""
    availability: dict[int, list[Availability]]
    assignments: list[Assignment]

    room_by_id: dict[int, Room] = field(init=False)
    interpreter_by_id: dict[int, Interpreter] = field(init=False)
    session_by_id: dict[int, Session] = field(init=False)

    def __post_init__(self) -> None:
        self.room_by_id = {r.id: r for r in self.rooms if r.id is not None}
        self.interpreter_by_id = {i.id: i for i in self.interpreters if i.id is not None}
        self.session_by_id = {s.id: s for s in self.sessions if s.id is not None}

    @property
    def policy(self) -> Policy:
        return Policy.from_mapping(self.event.policy, self.event.languages)

    @property
    def languages(self) -> list[str]:
        """The languages the event works in, as its settings list them."""
        return list(self.event.languages)

    @property
    def days(self) -> list[dt.date]:
        return sorted({s.date for s in self.sessions})

    def delegations_of(self, session: Session) -> list[Delegation]:
        return self.delegations.get(session.id or 0, [])

    def availability_of(self, interpreter: Interpreter) -> list[Availability]:
        return self.availability.get(interpreter.id or 0, [])

    def cascade(self, session: Session) -> Cascade:
        """The times of a session's rows."""
        return cascade_start_times(self.agenda.get(session.id or 0, []), session.start_min,
                                   session.end_min)

    def walk(self, session: Session) -> list[ItemNode]:
        """A session's rows in agenda order, each block before its children (as the cascade)."""
        out: list[ItemNode] = []
        stack = list(reversed(self.agenda.get(session.id or 0, [])))
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed(node.children))
        return out


def load_event(doc: EventDocument) -> LoadedEvent:
    """Read the whole event of an open document."""
    # Thousands of new objects and no garbage among them: collecting while loading is
    # a third of the time for the large event (docs/benchmarks.md).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_event(doc)
    finally:
        if collecting:
            gc.enable()


def _load_event(doc: EventDocument) -> LoadedEvent:
    t = {m: m.__table__.c for m in (Room, Session, Interpreter, Delegation, Availability,
                                   AgendaItem, Assignment)}  # type: ignore[attr-defined]
    with doc.reading() as s:
        raw = s.connection().connection.dbapi_connection
        damaged = stored_value_problem(raw)  # type: ignore[arg-type]
        if damaged is not None:
            raise StorageError(doc.path, "stored-bad-value", damaged)
        events = read_records(s, Event, Event.id)
        if len(events) != 1:
            raise DocumentError(f"{doc.path}: holds {len(events)} events; an event file holds one")
        rooms = read_records(s, Room, t[Room].position, t[Room].id)
        sessions = read_records(s, Session, t[Session].date, t[Session].start_min,
                                t[Session].key)
        interpreters = read_records(s, Interpreter, t[Interpreter].position, t[Interpreter].id)
        delegations: dict[int, list[Delegation]] = defaultdict(list)
        for d in read_records(s, Delegation, t[Delegation].session_id, t[Delegation].position,
                              t[Delegation].id):
            delegations[d.session_id].append(d)
        availability: dict[int, list[Availability]] = defaultdict(list)
        for a in read_records(s, Availability, t[Availability].date, t[Availability].start_min,
                              t[Availability].id):
            availability[a.interpreter_id].append(a)
        items = read_records(s, AgendaItem, t[AgendaItem].session_id, t[AgendaItem].position,
                             t[AgendaItem].id)
        assignments = read_records(s, Assignment, t[Assignment].id)
    return LoadedEvent(events[0], rooms, sessions, interpreters, dict(delegations),
                       _agenda_trees(items), dict(availability), assignments)


def reload_session(doc: EventDocument, loaded: LoadedEvent, session_id: int) -> None:
    """Bring one session (its fields, rows, delegations, assignments) up to date after an edit.

    A session that no longer exists is taken out of the loaded event.
    """
    cols = {m: m.__table__.c for m in (Session, Delegation, AgendaItem, Assignment)}  # type: ignore[attr-defined]
    with doc.reading() as s:
        found = read_records(s, Session, where=cols[Session].id == session_id)
        session = found[0] if found else None
        items = read_records(s, AgendaItem, cols[AgendaItem].position, cols[AgendaItem].id,
                             where=cols[AgendaItem].session_id == session_id)
        delegations = read_records(s, Delegation, cols[Delegation].position,
                                   cols[Delegation].id,
                                   where=cols[Delegation].session_id == session_id)
        assignments = read_records(s, Assignment, cols[Assignment].id,
                                   where=cols[Assignment].session_id == session_id)
    loaded.sessions[:] = [x for x in loaded.sessions if x.id != session_id]
    loaded.assignments[:] = [a for a in loaded.assignments if a.session_id != session_id]
    loaded.agenda.pop(session_id, None)
    loaded.delegations.pop(session_id, None)
    loaded.session_by_id.pop(session_id, None)
    if session is None:
        return
    loaded.sessions.append(session)
    loaded.sessions.sort(key=lambda x: (x.date, x.start_min, x.key))
    loaded.session_by_id[session_id] = session
    loaded.agenda.update(_agenda_trees(items))
    if delegations:
        loaded.delegations[session_id] = delegations
    loaded.assignments.extend(assignments)
    loaded.assignments.sort(key=lambda a: a.id or 0)


def reload_rooms_and_people(doc: EventDocument, loaded: LoadedEvent) -> None:
    """Bring rooms, interpreters and their availability up to date after an edit to them."""
    t = {m: m.__table__.c for m in (Room, Interpreter, Availability)}  # type: ignore[attr-defined]
    with doc.reading() as s:
        loaded.rooms[:] = read_records(s, Room, t[Room].position, t[Room].id)
        loaded.interpreters[:] = read_records(s, Interpreter, t[Interpreter].position,
                                              t[Interpreter].id)
        availability: dict[int, list[Availability]] = defaultdict(list)
        for a in read_records(s, Availability, t[Availability].date, t[Availability].start_min,
                              t[Availability].id):
            availability[a.interpreter_id].append(a)
    loaded.availability = dict(availability)
    loaded.room_by_id = {r.id: r for r in loaded.rooms}
    loaded.interpreter_by_id = {i.id: i for i in loaded.interpreters}


def _agenda_trees(items: list[AgendaItem]) -> dict[int, list[ItemNode]]:
    nodes = {item.id: ItemNode(item) for item in items}
    tops: dict[int, list[ItemNode]] = defaultdict(list)
    for item in items:  # already in position order, so children arrive in order
        node = nodes[item.id]
        if item.parent_id is None:
            tops[item.session_id].append(node)
        else:
            nodes[item.parent_id].children.append(node)
    return dict(tops)
