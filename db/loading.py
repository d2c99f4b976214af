"""A whole event read into memory at once, for checks, exports and the views."""

from __future__ import annotations

import datetime as dt
import gc
from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import select

from db.document import DocumentError, EventDocument
from db.models import (AgendaItem, Assignment, Availability, Delegation, Event, Interpreter,
                       Room, Session)
from planner.cascade import Cascade, Row, cascade_start_times
from planner.policy import Policy


@dataclass
class ItemNode:
    """An agenda row with the rows under it, in agenda order."""

    item: AgendaItem
    children: list[ItemNode] = field(default_factory=list)

    def as_row(self) -> Row:
        """The row as the cascade sees it."""
        item = self.item
        return Row(duration=item.duration, start=item.start_min, marker=item.marker,
                   children=tuple(child.as_row() for child in self.children))


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
        return Policy.from_mapping(self.event.policy)

    @property
    def days(self) -> list[dt.date]:
        return sorted({s.date for s in self.sessions})

    def delegations_of(self, session: Session) -> list[Delegation]:
        return self.delegations.get(session.id or 0, [])

    def availability_of(self, interpreter: Interpreter) -> list[Availability]:
        return self.availability.get(interpreter.id or 0, [])

    def cascade(self, session: Session) -> Cascade:
        """The times of a session's rows."""
        rows = [node.as_row() for node in self.agenda.get(session.id or 0, [])]
        return cascade_start_times(rows, session.start_min, session.end_min)

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
    with doc.reading() as s:
        events = s.exec(select(Event)).all()
        if len(events) != 1:
            raise DocumentError(f"{doc.path}: holds {len(events)} events; an event file holds one")
        rooms = list(s.exec(select(Room).order_by(Room.position, Room.id)).all())
        sessions = list(s.exec(select(Session).order_by(Session.date, Session.start_min,
                                                        Session.key)).all())
        interpreters = list(s.exec(select(Interpreter).order_by(Interpreter.position,
                                                                Interpreter.id)).all())
        delegations: dict[int, list[Delegation]] = defaultdict(list)
        for d in s.exec(select(Delegation).order_by(Delegation.session_id, Delegation.position,
                                                    Delegation.id)):
            delegations[d.session_id].append(d)
        availability: dict[int, list[Availability]] = defaultdict(list)
        for a in s.exec(select(Availability).order_by(Availability.date, Availability.start_min,
                                                      Availability.id)):
            availability[a.interpreter_id].append(a)
        items = s.exec(select(AgendaItem).order_by(AgendaItem.session_id, AgendaItem.position,
                                                   AgendaItem.id)).all()
        assignments = list(s.exec(select(Assignment).order_by(Assignment.id)).all())
    return LoadedEvent(events[0], rooms, sessions, interpreters, dict(delegations),
                       _agenda_trees(items), dict(availability), assignments)


def reload_session(doc: EventDocument, loaded: LoadedEvent, session_id: int) -> None:
    """Bring one session (its fields, rows, delegations, assignments) up to date after an edit.

    A session that no longer exists is taken out of the loaded event.
    """
    with doc.reading() as s:
        session = s.get(Session, session_id)
        items = s.exec(select(AgendaItem).where(AgendaItem.session_id == session_id)
                       .order_by(AgendaItem.position, AgendaItem.id)).all()
        delegations = list(s.exec(select(Delegation).where(Delegation.session_id == session_id)
                                  .order_by(Delegation.position, Delegation.id)).all())
        assignments = list(s.exec(select(Assignment).where(Assignment.session_id == session_id)
                                  .order_by(Assignment.id)).all())
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
