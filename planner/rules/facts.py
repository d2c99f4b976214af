"""Per-session facts the rules share, computed once per check of a session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from planner.cascade import Cascade
from planner.policy import Policy
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
    interpreted_time: list[tuple[int, int]] = field(default_factory=list)
    """When the session's own interpretation is at work: the stretches from the first to the
    last interpreted row, split at breaks (see ``interpreted_stretches``)."""

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

    @property
    def interpreted_length(self) -> int:
        """Minutes of the session's own interpretation: what team strength is measured on."""
        return sum(end - start for start, end in self.interpreted_time)

    def interval(self, assignment: AssignmentLike) -> tuple[int, int]:
        """When an assigned interpreter works, first to last: the item's span, or the session's
        interpreted time (its span when nothing in it is interpreted)."""
        stretches = self.stretches(assignment)
        if stretches:
            return stretches[0][0], stretches[-1][1]
        return self.session.start_min, self.session.end_min

    def stretches(self, assignment: AssignmentLike) -> list[tuple[int, int]]:
        """When an assigned interpreter works: the item's span, or the session's interpreted
        stretches (none when every row of it is marked not interpreted)."""
        if assignment.item_id is not None:
            span = self.span_of_item.get(assignment.item_id)
            if span is not None and span[1] > span[0]:
                return [span]
        return self.interpreted_time


def session_facts(plan: PlanLike, session: SessionLike,
                  policy: Policy | None = None) -> SessionFacts:
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
    facts.interpreted_time = interpreted_stretches(
        facts, (policy or plan.policy).interpreted_break_min)
    return facts


def not_interpreted(facts: SessionFacts) -> list[tuple[int, int]]:
    """The stretches of a session its own interpretation does not cover, in time order.

    A row marked not interpreted (and the rows under it), a row with an interpretation of its
    own (a welcome speech read by sight), and everything after a departure marker (a marker
    marked not interpreted: the whispering listener leaves).
    """
    out: list[tuple[int, int]] = []
    flag_of_path: dict[tuple[int, ...], bool | None] = {}
    end = facts.session.end_min
    for item, timed in zip(facts.items, facts.cascade.rows):
        own = getattr(item, "interpreted", None)
        flag = own if own is not None else flag_of_path.get(timed.path[:-1])
        flag_of_path[timed.path] = flag
        if item.marker:
            if flag is False:
                out.append((timed.start, max(end, timed.start)))
            continue
        if timed.end <= timed.start:
            continue
        if flag is False or item.interpretation_mode is not None:
            out.append((timed.start, timed.end))
    out.sort()
    return out


def interpreted_stretches(facts: SessionFacts, break_min: int) -> list[tuple[int, int]]:
    """The session's span less what is not interpreted, from the first interpreted minute to
    the last; a stretch without interpretation shorter than ``break_min`` inside is no break.

    A session whose rows are all interpreted is measured on its whole span, as booked.
    """
    start, end = facts.session.start_min, facts.session.end_min
    holes = not_interpreted(facts)
    if not holes:
        return [(start, end)] if end > start else []
    pieces: list[tuple[int, int]] = []
    cursor = start
    for lo, hi in holes:
        if lo > cursor:
            pieces.append((cursor, min(lo, end)))
        cursor = max(cursor, hi)
        if cursor >= end:
            break
    if cursor < end:
        pieces.append((cursor, end))
    joined: list[tuple[int, int]] = []
    for lo, hi in pieces:
        if hi <= lo:
            continue
        if joined and lo - joined[-1][1] < break_min:
            joined[-1] = (joined[-1][0], hi)
        else:
            joined.append((lo, hi))
    return joined


def interpreted(mode: str | None) -> bool:
    return mode is not None and mode != Mode.NONE
