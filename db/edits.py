"""Edits to an open event, each committed in its own transaction.

The window's undo commands call these; each returns what is needed to undo it.
"""

from __future__ import annotations

from sqlmodel import Session as DbSession, select

from db.document import DocumentError, EventDocument
from db.models import (AgendaItem, Assignment, Delegation, Event, Room, Session)
from planner.clock import format_time
from planner.text_clean import clean_text, clean_value
from planner.vocabulary import Mode


REFUSALS: dict[str, str] = {
    "row-too-short": "a row lasts at least one minute, not {minutes}",
    "length-of-block-or-marker": "a block lasts as long as its rows and a marker has no length; "
                                 "change the rows instead",
    "marker-has-no-length": "a marker is a point in time and has no length",
    "start-outside-day": "a start is a time of day between 00:00 and 23:59",
    "pinned-row-leaves-day": "the session cannot move there: a row pinned at {start} would "
                             "leave the day",
    "row-gone": "agenda row {item_id} no longer exists",
    "no-row-text": "a row has no text called {field!r}",
    "row-other-session": "a row stays in its own session",
    "row-under-marker": "a marker is a point in time; rows cannot go under it",
    "row-inside-itself": "a row cannot go inside itself",
    "rows-not-a-tree": "the saved rows of this session do not form a tree",
    "session-gone": "session {session_id} no longer exists",
    "no-session-field": "a session has no field called {field!r}",
    "session-times": "a session ends after it starts, within the day",
    "session-ends-before-start": "a session ends after it starts: {end} is not after {start}",
    "session-key-taken": "a session with key {key!r} exists already",
    "room-gone": "room {room_id} no longer exists",
    "room-key-taken": "a room with key {key!r} exists already",
    "room-in-use": "{count} session(s) use this room; move them first",
    "interpreter-gone": "interpreter {interpreter_id} no longer exists",
    "interpreter-key-taken": "an interpreter with key {key!r} exists already",
    "interpreter-assigned": "this interpreter is assigned; unassign them first",
    "availability-times": "an availability stretch ends after it starts, within the day",
    "delegation-gone": "delegation {delegation_id} no longer exists",
    "assignment-gone": "assignment {assignment_id} no longer exists",
    "not-a-role": "{role!r} is not a role (booth, consecutive, whisper, relay, sight)",
    "row-not-in-session": "that row is not in this session",
    "role-taken": "this interpreter already has that role here",
    "no-field": "no field called {field!r}",
    "not-a-count": "{field} is a whole number, 0 or more",
    "event-title": "an event has a title in at least one language",
    "event-languages": "an event works in two or more languages, written as codes such as ko, en",
    "event-timezone": "{zone!r} is not a time zone (write one such as Asia/Seoul)",
    "event-policy": "the planning rules cannot take that policy ({problem})",
}
"""What an edit can be refused for, by code, in English; ui/refusals.py says each in the
interface language with the same parameters."""


class EditError(DocumentError):
    """An edit the event refuses, said in the coordinator's words.

    str() is English, for the command line and logs; ``code`` and ``params`` let the window
    say it in the interface language. A refusal without a code (an import's, naming its
    source line) is said as it is.
    """

    def __init__(self, text: str, code: str = "", **params: object) -> None:
        super().__init__(text)
        self.code, self.params = code, params

    @classmethod
    def of(cls, code: str, **params: object) -> EditError:
        """The refusal of this code, its English text filled with the parameters."""
        return cls(REFUSALS[code].format(**params), code, **params)


def set_item_duration(doc: EventDocument, item_id: int, minutes: int) -> int:
    """Give an agenda row a new length; returns the old one. Later soft rows follow."""
    if minutes <= 0:
        raise EditError.of("row-too-short", minutes=minutes)
    with doc.transaction() as s:
        item = _item(s, item_id)
        if item.marker or item.duration is None:
            raise EditError.of("length-of-block-or-marker")
        old, item.duration = item.duration, minutes
        s.add(item)
    return old


def set_item_start(doc: EventDocument, item_id: int, start_min: int | None) -> int | None:
    """Pin a row to a hard start, or unpin it (None) to follow the row before; returns the old."""
    if start_min is not None and not 0 <= start_min < 24 * 60:
        raise EditError.of("start-outside-day")
    with doc.transaction() as s:
        item = _item(s, item_id)
        old, item.start_min = item.start_min, start_min
        s.add(item)
    return old


def _item(s: DbSession, item_id: int) -> AgendaItem:
    item = s.get(AgendaItem, item_id)
    if item is None:
        raise EditError.of("row-gone", item_id=item_id)
    return item


ITEM_TEXTS = ("title", "details", "remarks", "notes")
SESSION_TEXTS = ("title", "purpose", "key_points", "participants", "moderator", "notes")


def set_item_text(doc: EventDocument, item_id: int, field: str, lang: str, text: str) -> str:
    """Change one language of a row's title, details, remarks or notes; returns the old text."""
    return set_item_texts(doc, item_id, lang, {field: text})[field]


def set_item_texts(doc: EventDocument, item_id: int, lang: str,
                   texts: dict[str, str]) -> dict[str, str]:
    """Change one language of several of a row's texts at once (its title and the details
    printed below it); returns the old texts, for undo."""
    unknown = sorted(set(texts) - set(ITEM_TEXTS))
    if unknown:
        raise EditError.of("no-row-text", field=unknown[0])
    old: dict[str, str] = {}
    with doc.transaction() as s:
        item = _item(s, item_id)
        for field, text in texts.items():
            values = dict(getattr(item, field))
            old[field] = values.get(lang, "")
            values[lang] = clean_text(text)  # typed or pasted: no control characters
            setattr(item, field, {k: v for k, v in values.items() if v})
        s.add(item)
    return old


ITEM_INTERPRETATION = ("interpretation_mode", "interpretation_languages")


def set_item_interpretation(doc: EventDocument, item_id: int,
                            **changes: object) -> dict[str, object]:
    """Interpret a row otherwise than its session (a welcome speech sight-translated, a row
    with no interpretation), or as its session again (None); returns the old values.

    interpretation_mode is a planner.vocabulary.Mode value or None; interpretation_languages
    a list of language codes, in the order the run sheet names them (영한), or None for the
    session's.
    """
    unknown = sorted(set(changes) - set(ITEM_INTERPRETATION))
    if unknown:
        raise EditError.of("no-field", field=unknown[0])
    mode = changes.get("interpretation_mode")
    if mode is not None and mode not in {m.value for m in Mode}:
        raise ValueError(f"{mode!r} is not an interpretation mode")
    with doc.transaction() as s:
        item = _item(s, item_id)
        old = {k: getattr(item, k) for k in changes}
        for key, value in changes.items():
            setattr(item, key, list(value) if isinstance(value, (list, tuple)) else value)
        s.add(item)
    return old


def insert_item(doc: EventDocument, session_id: int, parent_id: int | None, position: int, *,
                duration: int | None = 5, title: dict[str, str] | None = None,
                marker: bool = False, start_min: int | None = None,
                item_id: int | None = None) -> int:
    """Add a row at a place among its siblings (later ones move down); returns its id."""
    if duration is not None and duration <= 0:
        raise EditError.of("row-too-short", minutes=duration)
    with doc.transaction() as s:
        if s.get(Session, session_id) is None:
            raise EditError.of("session-gone", session_id=session_id)
        shift_siblings(s, session_id, parent_id, position, +1)
        item = AgendaItem(id=item_id, session_id=session_id, parent_id=parent_id,
                          position=position, duration=None if marker else duration,
                          marker=marker, start_min=start_min, title=title or {})
        s.add(item)
        s.flush()
        return item.id  # type: ignore[return-value]


def delete_item(doc: EventDocument, item_id: int) -> list[dict[str, object]]:
    """Remove a row and the rows under it; returns them (and their assignments) for undo."""
    with doc.transaction() as s:
        return take_items(s, _item(s, item_id))


def take_items(s: DbSession, item: AgendaItem) -> list[dict[str, object]]:
    """delete_item within a transaction already open."""
    rows = _subtree(s, item)
    taken = [a.model_dump() for a in s.exec(
        select(Assignment).where(Assignment.item_id.in_([r.id for r in rows])))]  # type: ignore[union-attr]
    snapshot: list[dict[str, object]] = [r.model_dump() for r in rows]
    session_id, parent_id, position = item.session_id, item.parent_id, item.position
    s.delete(item)  # children and their assignments go with it (ON DELETE CASCADE)
    s.flush()
    shift_siblings(s, session_id, parent_id, position + 1, -1)
    return snapshot + [{"assignment": a} for a in taken]


def restore_items(doc: EventDocument, snapshot: list[dict[str, object]]) -> None:
    """Put back rows removed by delete_item, with the same ids, places and assignments."""
    with doc.transaction() as s:
        put_items(s, snapshot)


def put_items(s: DbSession, snapshot: list[dict[str, object]]) -> None:
    """restore_items within a transaction already open."""
    rows = [r for r in snapshot if "assignment" not in r]
    first = rows[0]
    shift_siblings(s, first["session_id"], first["parent_id"], first["position"], +1)  # type: ignore[arg-type]
    for row in rows:  # parents come before their children in the snapshot
        s.add(AgendaItem(**row))
        s.flush()
    for entry in snapshot:
        if "assignment" in entry:
            s.add(Assignment(**entry["assignment"]))  # type: ignore[arg-type]


def set_session_fields(doc: EventDocument, session_id: int, **changes: object) -> dict[str, object]:
    """Change a session's date, start_min, end_min, room_id, closed or interpretation; returns the old values."""
    allowed = {"date", "start_min", "end_min", "room_id", "closed", "interpretation_mode",
               "interpretation_languages", "listeners", "listener_language", *SESSION_TEXTS}
    unknown = set(changes) - allowed
    if unknown:
        raise EditError.of("no-session-field", field=sorted(unknown)[0])
    with doc.transaction() as s:
        session = s.get(Session, session_id)
        if session is None:
            raise EditError.of("session-gone", session_id=session_id)
        room_id = changes.get("room_id")
        if room_id is not None and s.get(Room, room_id) is None:
            raise EditError.of("room-gone", room_id=room_id)
        start = changes.get("start_min", session.start_min)
        end = changes.get("end_min", session.end_min)
        _check_session_times(start, end)  # type: ignore[arg-type]
        old = {k: getattr(session, k) for k in changes}
        _shift_hard_starts(s, session_id, start - session.start_min)  # type: ignore[operator]
        for key, value in changes.items():
            setattr(session, key, clean_value(value) if key in SESSION_TEXTS else value)
        s.add(session)
    return old


def _check_session_times(start: int, end: int) -> None:
    """A session starts and ends within its day, and ends after it starts."""
    if 0 <= start < 24 * 60 and 0 < end <= 24 * 60 and end <= start:
        raise EditError.of("session-ends-before-start", start=format_time(start),
                           end=format_time(end))
    if not 0 <= start < end <= 24 * 60:
        raise EditError.of("session-times")


def _shift_hard_starts(s: DbSession, session_id: int, by: int) -> None:
    """Move pinned starts and markers with their session, as the soft rows move by cascading.

    Shifting by the opposite offset restores them exactly, so undoing the session's move
    (set_session_fields with the old start) puts them back.
    """
    if not by:
        return
    pinned = list(s.exec(select(AgendaItem).where(AgendaItem.session_id == session_id,
                                                  AgendaItem.start_min.is_not(None))))  # type: ignore[union-attr]
    outside = sorted(i.start_min for i in pinned if not 0 <= i.start_min + by < 24 * 60)  # type: ignore[operator]
    if outside:
        raise EditError.of("pinned-row-leaves-day", start=format_time(outside[0]))
    for item in pinned:
        item.start_min += by  # type: ignore[operator]
        s.add(item)


def shift_siblings(s: DbSession, session_id: int, parent_id: int | None, from_position: int,
                   by: int) -> None:
    """Move the rows of a level from this place on down (by > 0) or up, making room or
    closing a gap."""
    parent = AgendaItem.parent_id.is_(None) if parent_id is None else \
        AgendaItem.parent_id == parent_id  # type: ignore[union-attr]
    for sibling in s.exec(select(AgendaItem).where(
            AgendaItem.session_id == session_id, parent,
            AgendaItem.position >= from_position)):
        sibling.position += by
        s.add(sibling)
    s.flush()


def _subtree(s: DbSession, item: AgendaItem) -> list[AgendaItem]:
    out = [item]
    for child in s.exec(select(AgendaItem).where(AgendaItem.parent_id == item.id)
                        .order_by(AgendaItem.position)):
        out.extend(_subtree(s, child))
    return out


def move_item(doc: EventDocument, item_id: int, parent_id: int | None,
              position: int) -> tuple[int | None, int]:
    """Put a row (with the rows under it) at another place in its session's agenda.

    Returns where it was (parent, position), for undo. Refuses to put a row inside
    itself or under a marker.
    """
    with doc.transaction() as s:
        item = _item(s, item_id)
        if parent_id is not None:
            parent = _item(s, parent_id)
            if parent.session_id != item.session_id:
                raise EditError.of("row-other-session")
            if parent.marker:
                raise EditError.of("row-under-marker")
            if parent_id in {r.id for r in _subtree(s, item)}:
                raise EditError.of("row-inside-itself")
        old = (item.parent_id, item.position)
        shift_siblings(s, item.session_id, item.parent_id, item.position + 1, -1)
        siblings = children_of(s, item.session_id, parent_id, excluding=item.id)
        position = max(0, min(position, len(siblings)))
        shift_siblings(s, item.session_id, parent_id, position, +1)
        item.parent_id, item.position = parent_id, position
        s.add(item)
    return old


def set_item_length(doc: EventDocument, item_id: int, duration: int | None) -> int | None:
    """Make a row a leaf of this many minutes, or a block (None) that lasts as long as its
    rows; returns the old value, for undo."""
    if duration is not None and duration <= 0:
        raise EditError.of("row-too-short", minutes=duration)
    with doc.transaction() as s:
        item = _item(s, item_id)
        if item.marker:
            raise EditError.of("marker-has-no-length")
        old, item.duration = item.duration, duration
        s.add(item)
    return old


def children_of(s: DbSession, session_id: int, parent_id: int | None,
                excluding: int | None = None) -> list[AgendaItem]:
    """The rows of one level of a session's agenda, in order."""
    parent = AgendaItem.parent_id.is_(None) if parent_id is None else \
        AgendaItem.parent_id == parent_id  # type: ignore[union-attr]
    return [c for c in s.exec(select(AgendaItem).where(AgendaItem.session_id == session_id,
                                                       parent).order_by(AgendaItem.position))
            if c.id != excluding]


def add_session(doc: EventDocument, *, key: str, title: dict[str, str], date: object,
                start_min: int, end_min: int, room_id: int | None = None,
                session_id: int | None = None) -> int:
    """A new, empty session; returns its id."""
    _check_session_times(start_min, end_min)
    with doc.transaction() as s:
        event = s.exec(select(Event)).one()
        if s.exec(select(Session).where(Session.key == key)).first() is not None:
            raise EditError.of("session-key-taken", key=key)
        session = Session(id=session_id, event_id=event.id, key=key, title=clean_value(title),
                          date=date,
                          start_min=start_min, end_min=end_min, room_id=room_id)
        s.add(session)
        s.flush()
        return session.id  # type: ignore[return-value]


def delete_session(doc: EventDocument, session_id: int) -> dict[str, list[dict[str, object]]]:
    """Remove a session with its rows, delegations and assignments; returns them for undo."""
    with doc.transaction() as s:
        return take_session(s, session_id)


def take_session(s: DbSession, session_id: int) -> dict[str, list[dict[str, object]]]:
    """delete_session within a transaction already open."""
    session = s.get(Session, session_id)
    if session is None:
        raise EditError.of("session-gone", session_id=session_id)
    taken = {
        "session": [session.model_dump()],
        "items": [i.model_dump() for i in s.exec(select(AgendaItem).where(
            AgendaItem.session_id == session_id).order_by(AgendaItem.id))],
        "delegations": [d.model_dump() for d in s.exec(select(Delegation).where(
            Delegation.session_id == session_id))],
        "assignments": [a.model_dump() for a in s.exec(select(Assignment).where(
            Assignment.session_id == session_id))],
    }
    s.delete(session)
    s.flush()
    return taken


def restore_session(doc: EventDocument, taken: dict[str, list[dict[str, object]]]) -> None:
    """Put back a session removed by delete_session, exactly as it was."""
    with doc.transaction() as s:
        put_session(s, taken)


def put_session(s: DbSession, taken: dict[str, list[dict[str, object]]]) -> None:
    """restore_session within a transaction already open."""
    s.add(Session(**taken["session"][0]))
    s.flush()
    # Parents before children: ids were handed out in that order, and a moved row's
    # parent may have a higher id, so insert rows level by level.
    pending = list(taken["items"])
    placed: set[object] = set()
    while pending:
        ready = [r for r in pending if r["parent_id"] is None or r["parent_id"] in placed]
        if not ready:
            raise EditError.of("rows-not-a-tree")
        for row in ready:
            s.add(AgendaItem(**row))
            placed.add(row["id"])
        s.flush()
        pending = [r for r in pending if r["id"] not in placed]
    for row in taken["delegations"]:
        s.add(Delegation(**row))
    for row in taken["assignments"]:
        s.add(Assignment(**row))


def duplicate_session(doc: EventDocument, session_id: int, new_key: str,
                      date: object | None = None) -> int:
    """A copy of a session (fields, rows, delegations; not its interpreters) under a new key,
    on the same or another day; returns the new id.

    On the same day the copy starts where the original ends, in the same room (at the same
    time it would clash with it at once), its pinned rows and markers moved along; where
    that would run past midnight it keeps the original's time.
    """
    with doc.transaction() as s:
        source = s.get(Session, session_id)
        if source is None:
            raise EditError.of("session-gone", session_id=session_id)
        if s.exec(select(Session).where(Session.key == new_key)).first() is not None:
            raise EditError.of("session-key-taken", key=new_key)
        rows = list(s.exec(select(AgendaItem).where(AgendaItem.session_id == session_id)))
        later = source.end_min - source.start_min
        fits = source.end_min + later <= 24 * 60 and all(
            r.start_min + later < 24 * 60 for r in rows if r.start_min is not None)
        by = later if (date or source.date) == source.date and fits else 0
        copy = Session(**{**source.model_dump(), "id": None, "key": new_key,
                          "date": date or source.date, "start_min": source.start_min + by,
                          "end_min": source.end_min + by})
        s.add(copy)
        s.flush()
        new_ids: dict[int, int] = {}
        pending = rows
        while pending:
            ready = [r for r in pending if r.parent_id is None or r.parent_id in new_ids]
            for row in ready:
                clone = AgendaItem(**{**row.model_dump(), "id": None, "session_id": copy.id,
                                      "parent_id": new_ids.get(row.parent_id),  # type: ignore[arg-type]
                                      "start_min": None if row.start_min is None
                                      else row.start_min + by})
                s.add(clone)
                s.flush()
                new_ids[row.id] = clone.id  # type: ignore[index]
            pending = [r for r in pending if r.id not in new_ids]
        for d in s.exec(select(Delegation).where(Delegation.session_id == session_id)).all():
            s.add(Delegation(**{**d.model_dump(), "id": None, "session_id": copy.id}))
        return copy.id  # type: ignore[return-value]
