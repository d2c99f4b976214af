"""Edits to what sessions draw on: rooms, interpreters and their availability, delegations,
and the assignments of interpreters to sessions; each committed in its own transaction.

The window's undo commands call these; each returns what is needed to undo it.
"""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from sqlmodel import Session as DbSession
from sqlmodel import select

from db.document import EventDocument
from db.edits import EditError
from db.models import (AgendaItem, Assignment, Availability, Delegation, Event, Interpreter,
                       Room, Session)
from planner.policy import Policy
from planner.text_clean import clean_value
from planner.vocabulary import is_language_code


def assign(doc: EventDocument, interpreter_id: int, session_id: int, role: str, *,
           item_id: int | None = None, note: str = "", assignment_id: int | None = None) -> int:
    """Put an interpreter on a session (or one of its rows) in a role; returns the assignment id."""
    from planner.vocabulary import Role

    if role not in {r.value for r in Role}:
        raise EditError.of("not-a-role", role=role)
    with doc.transaction() as s:
        if s.get(Interpreter, interpreter_id) is None:
            raise EditError.of("interpreter-gone", interpreter_id=interpreter_id)
        if s.get(Session, session_id) is None:
            raise EditError.of("session-gone", session_id=session_id)
        if item_id is not None:
            item = s.get(AgendaItem, item_id)
            if item is None or item.session_id != session_id:
                raise EditError.of("row-not-in-session")
        duplicate = s.exec(select(Assignment).where(
            Assignment.interpreter_id == interpreter_id, Assignment.session_id == session_id,
            Assignment.role == role,
            Assignment.item_id.is_(None) if item_id is None  # type: ignore[union-attr]
            else Assignment.item_id == item_id)).first()
        if duplicate is not None:
            raise EditError.of("role-taken")
        assignment = Assignment(id=assignment_id, interpreter_id=interpreter_id,
                                session_id=session_id, item_id=item_id, role=role, note=note)
        s.add(assignment)
        s.flush()
        return assignment.id  # type: ignore[return-value]


def unassign(doc: EventDocument, assignment_id: int) -> dict[str, object]:
    """Take an interpreter off; returns the assignment as it was, for undo."""
    with doc.transaction() as s:
        return _take_row(s, Assignment, assignment_id, "assignment-gone",
                         assignment_id=assignment_id)


ROOM_FIELDS = ("name", "floor", "capacity", "booths", "video")
INTERPRETER_FIELDS = ("name", "languages", "directions", "modes", "contact")
DELEGATION_FIELDS = ("side", "on_site", "remote", "members")


def _update(doc: EventDocument, model: type, row_id: int, allowed: tuple[str, ...],
            changes: dict[str, object]) -> dict[str, object]:
    unknown = set(changes) - set(allowed)
    if unknown:
        raise EditError.of("no-field", field=sorted(unknown)[0])
    for key in ("capacity", "booths", "on_site", "remote"):
        value = changes.get(key)
        if value is not None and (not isinstance(value, int) or value < 0):
            raise EditError.of("not-a-count", field=key.replace("_", " "))
    with doc.transaction() as s:
        row = s.get(model, row_id)
        kind = model.__name__.lower()
        if row is None:
            raise EditError.of(f"{kind}-gone", **{f"{kind}_id": row_id})
        old = {k: getattr(row, k) for k in changes}
        for key, value in changes.items():
            setattr(row, key, clean_value(value))  # typed names: no control characters
        s.add(row)
    return old


@cache
def time_zones() -> frozenset[str]:
    """The time zones an event can be in (read from the system's tz database once)."""
    return frozenset(available_timezones())


def update_event(doc: EventDocument, **changes: object) -> dict[str, object]:
    """Change the event's title, languages, time zone or planning policy (its preset and the
    numbers it sets over it); returns the old values."""
    unknown = set(changes) - {"title", "languages", "timezone", "policy"}
    if unknown:
        raise EditError.of("no-field", field=sorted(unknown)[0])
    title = changes.get("title")
    if "title" in changes and not (isinstance(title, dict) and any(
            isinstance(t, str) and t.strip() for t in title.values())):
        raise EditError.of("event-title")
    languages = changes.get("languages")
    if "languages" in changes and not (
            isinstance(languages, list) and len(set(languages)) == len(languages) >= 2
            and all(is_language_code(c) for c in languages)):
        raise EditError.of("event-languages")
    if "timezone" in changes and changes["timezone"] not in time_zones():
        raise EditError.of("event-timezone", zone=changes["timezone"])
    if "policy" in changes:
        policy = changes["policy"]
        try:
            if not isinstance(policy, dict):
                raise ValueError("a policy is a set of named numbers")
            Policy.from_mapping(policy)
        except (TypeError, ValueError) as exc:
            raise EditError.of("event-policy", problem=str(exc)) from None
    with doc.transaction() as s:
        event = s.exec(select(Event)).one()
        old = {k: getattr(event, k) for k in changes}
        for key, value in changes.items():
            setattr(event, key, clean_value(value))
        s.add(event)
    return old


def update_room(doc: EventDocument, room_id: int, **changes: object) -> dict[str, object]:
    """Change a room's name, floor, capacity, booths or video link; returns the old values."""
    return _update(doc, Room, room_id, ROOM_FIELDS, changes)


def update_interpreter(doc: EventDocument, interpreter_id: int,
                       **changes: object) -> dict[str, object]:
    """Change an interpreter's name, languages, directions, modes or contact; returns the old."""
    return _update(doc, Interpreter, interpreter_id, INTERPRETER_FIELDS, changes)


def update_delegation(doc: EventDocument, delegation_id: int,
                      **changes: object) -> dict[str, object]:
    """Change a delegation's side, headcounts or members; returns the old values."""
    return _update(doc, Delegation, delegation_id, DELEGATION_FIELDS, changes)


def add_room(doc: EventDocument, key: str, name: dict[str, str], *,
             room_id: int | None = None) -> int:
    with doc.transaction() as s:
        event = s.exec(select(Event)).one()
        if s.exec(select(Room).where(Room.key == key)).first() is not None:
            raise EditError.of("room-key-taken", key=key)
        count = len(s.exec(select(Room)).all())
        room = Room(id=room_id, event_id=event.id, key=key, name=clean_value(name),
                    position=count)
        s.add(room)
        s.flush()
        return room.id  # type: ignore[return-value]


def delete_room(doc: EventDocument, room_id: int) -> dict[str, object]:
    """Remove a room no session uses; returns it for undo."""
    with doc.transaction() as s:
        return take_room(s, room_id)


def take_room(s: DbSession, room_id: int) -> dict[str, object]:
    """Within a transaction: remove a room no session uses; returns it for undo."""
    users = s.exec(select(Session).where(Session.room_id == room_id)).all()
    if users:
        raise EditError.of("room-in-use", count=len(users))
    return _take_row(s, Room, room_id, "room-gone", room_id=room_id)


def _take_row(s: DbSession, model: type, row_id: int, gone: str,
              **ids: object) -> dict[str, object]:
    """Within a transaction: delete one record, refused with ``gone`` when it is not there;
    returns it as it was, for undo."""
    row = s.get(model, row_id)
    if row is None:
        raise EditError.of(gone, **ids)
    taken = row.model_dump()
    s.delete(row)
    s.flush()
    return taken


def restore_room(doc: EventDocument, taken: dict[str, object]) -> None:
    with doc.transaction() as s:
        s.add(Room(**taken))


def add_delegation(doc: EventDocument, session_id: int, side: dict[str, str], *,
                   delegation_id: int | None = None) -> int:
    with doc.transaction() as s:
        if s.get(Session, session_id) is None:
            raise EditError.of("session-gone", session_id=session_id)
        count = len(s.exec(select(Delegation).where(Delegation.session_id == session_id)).all())
        delegation = Delegation(id=delegation_id, session_id=session_id, side=clean_value(side),
                                position=count)
        s.add(delegation)
        s.flush()
        return delegation.id  # type: ignore[return-value]


def delete_delegation(doc: EventDocument, delegation_id: int) -> dict[str, object]:
    with doc.transaction() as s:
        return _take_row(s, Delegation, delegation_id, "delegation-gone",
                         delegation_id=delegation_id)


def restore_delegation(doc: EventDocument, taken: dict[str, object]) -> None:
    with doc.transaction() as s:
        s.add(Delegation(**taken))


def add_interpreter(doc: EventDocument, key: str, name: dict[str, str], *,
                    languages: list[str] | None = None, directions: list[str] | None = None,
                    modes: list[str] | None = None, interpreter_id: int | None = None) -> int:
    """A new interpreter in the event's pool; returns the id."""
    with doc.transaction() as s:
        event = s.exec(select(Event)).one()
        if s.exec(select(Interpreter).where(Interpreter.key == key)).first() is not None:
            raise EditError.of("interpreter-key-taken", key=key)
        count = len(s.exec(select(Interpreter)).all())
        person = Interpreter(id=interpreter_id, event_id=event.id, key=key,
                             name=clean_value(name),
                             position=count, languages=languages or [],
                             directions=directions or [], modes=modes or [])
        s.add(person)
        s.flush()
        return person.id  # type: ignore[return-value]


def delete_interpreter(doc: EventDocument, interpreter_id: int) -> None:
    """Remove an interpreter who has no assignment (take them off their sessions first)."""
    with doc.transaction() as s:
        person = s.get(Interpreter, interpreter_id)
        if person is None:
            raise EditError.of("interpreter-gone", interpreter_id=interpreter_id)
        if s.exec(select(Assignment).where(Assignment.interpreter_id == interpreter_id)).first():
            raise EditError.of("interpreter-assigned")
        s.delete(person)


def remove_interpreter(doc: EventDocument, interpreter_id: int) -> dict[str, object]:
    """Take an interpreter out of the event with their assignments and availability, in one
    transaction; returns all of it for restore_interpreter (the sessions they left under
    "sessions")."""
    with doc.transaction() as s:
        person = s.get(Interpreter, interpreter_id)
        if person is None:
            raise EditError.of("interpreter-gone", interpreter_id=interpreter_id)
        assignments = s.exec(select(Assignment).where(
            Assignment.interpreter_id == interpreter_id)).all()
        available = s.exec(select(Availability).where(
            Availability.interpreter_id == interpreter_id)).all()
        taken = {"interpreter": person.model_dump(),
                 "assignments": [a.model_dump() for a in assignments],
                 "availability": [a.model_dump() for a in available],
                 "sessions": sorted({a.session_id for a in assignments})}
        for row in (*assignments, *available):
            s.delete(row)
        s.flush()
        s.delete(person)
    return taken


def restore_interpreter(doc: EventDocument, taken: dict[str, object]) -> None:
    """Put back what remove_interpreter took, with the same ids."""
    with doc.transaction() as s:
        s.add(Interpreter(**taken["interpreter"]))  # type: ignore[arg-type]
        s.flush()
        for row in taken["availability"]:  # type: ignore[attr-defined]
            s.add(Availability(**row))
        for row in taken["assignments"]:  # type: ignore[attr-defined]
            s.add(Assignment(**row))


def set_availability(doc: EventDocument, interpreter_id: int,
                     slots: list[tuple[object, int, int]]) -> list[tuple[object, int, int]]:
    """Replace when an interpreter can work: (date, start, end) stretches; returns the old ones."""
    for _day, start, end in slots:
        if not 0 <= start < end <= 24 * 60:
            raise EditError.of("availability-times")
    with doc.transaction() as s:
        if s.get(Interpreter, interpreter_id) is None:
            raise EditError.of("interpreter-gone", interpreter_id=interpreter_id)
        current = s.exec(select(Availability).where(
            Availability.interpreter_id == interpreter_id)).all()
        old = [(a.date, a.start_min, a.end_min) for a in current]
        for a in current:
            s.delete(a)
        s.flush()
        for day, start, end in slots:
            s.add(Availability(interpreter_id=interpreter_id, date=day, start_min=start,
                               end_min=end))
    return old
