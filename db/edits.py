"""Edits to an open event, each committed in its own transaction.

The window's undo commands call these; each returns what is needed to undo it.
"""

from __future__ import annotations

from sqlmodel import Session as DbSession

from db.document import DocumentError, EventDocument
from db.models import AgendaItem


class EditError(DocumentError):
    """An edit the event refuses, said in the coordinator's words."""


def set_item_duration(doc: EventDocument, item_id: int, minutes: int) -> int:
    """Give an agenda row a new length; returns the old one. Later soft rows follow."""
    if minutes <= 0:
        raise EditError(f"a row lasts at least one minute, not {minutes}")
    with doc.transaction() as s:
        item = _item(s, item_id)
        if item.marker or item.duration is None:
            raise EditError("a block lasts as long as its rows and a marker has no length; "
                            "change the rows instead")
        old, item.duration = item.duration, minutes
        s.add(item)
    return old


def set_item_start(doc: EventDocument, item_id: int, start_min: int | None) -> int | None:
    """Pin a row to a hard start, or unpin it (None) to follow the row before; returns the old."""
    if start_min is not None and not 0 <= start_min < 24 * 60:
        raise EditError("a start is a time of day between 00:00 and 23:59")
    with doc.transaction() as s:
        item = _item(s, item_id)
        old, item.start_min = item.start_min, start_min
        s.add(item)
    return old


def _item(s: DbSession, item_id: int) -> AgendaItem:
    item = s.get(AgendaItem, item_id)
    if item is None:
        raise EditError(f"agenda row {item_id} no longer exists")
    return item
