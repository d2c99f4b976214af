"""Per-session facts the rules share, computed once per check of a session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from planner.cascade import Cascade
from planner.rules.plan import AssignmentLike, ItemLike, PlanLike, RoomLike, SessionLike
from planner.vocabulary import Mode


@dataclass
class SessionFacts:
    """A session with its room, timed rows and headcounts."""

    session: SessionLike
    room: RoomLike | None
    cascade: Cascade
    items: list[ItemLike]
    """The session's rows in agenda order, parallel to ``cascade.rows``."""
    on_site: int
    remote: int
    span_of_item: dict[int, tuple[int, int]] = field(default_factory=dict)
    path_of_item: dict[int, tuple[int, ...]] = field(default_factory=dict)
    item_by_id: dict[int, ItemLike] = field(default_factory=dict)

    def number(self, item_id: int | None) -> str:
        """A row's number as a coordinator counts them: "3" or "3.2"."""
        path = self.path_of_item.get(item_id or 0)
        return ".".join(str(i + 1) for i in path) if path else ""

    @property
    def key(self) -> str:
        return self.session.key

    @property
    def date(self) -> dt.date:
        return self.session.date

    @property
    def length(self) -> int:
        return self.session.end_min - self.session.start_min

    def interval(self, assignment: AssignmentLike) -> tuple[int, int]:
        """When an assigned interpreter works: the item's span or the whole session."""
        if assignment.item_id is not None:
            span = self.span_of_item.get(assignment.item_id)
            if span is not None and span[1] > span[0]:
                return span
        return self.session.start_min, self.session.end_min


def session_facts(plan: PlanLike, session: SessionLike) -> SessionFacts:
    room = plan.room_by_id.get(session.room_id) if session.room_id is not None else None
    cascade = plan.cascade(session)
    delegations = plan.delegations_of(session)
    facts = SessionFacts(session, room, cascade, [t.source.item for t in cascade.rows],
                         sum(d.on_site for d in delegations), sum(d.remote for d in delegations))
    for item, timed in zip(facts.items, cascade.rows):
        item_id = item.id
        if item_id is not None:
            facts.span_of_item[item_id] = (timed.start, timed.end)
            facts.path_of_item[item_id] = timed.path
            facts.item_by_id[item_id] = item
    return facts


def interpreted(mode: str | None) -> bool:
    return mode is not None and mode != Mode.NONE
