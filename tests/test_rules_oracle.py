"""The rules engine against a brute-force oracle, edit after random edit.

A hypothesis state machine adds, moves, resizes, assigns and unassigns on a small
event held in memory, marks the first minutes of a session not interpreted (registration),
re-checks incrementally after each step, and compares the clashes with every pair checked
the slow way: nothing missed, nothing invented.
"""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from db.loading import ItemNode, LoadedEvent
from db.models import AgendaItem, Assignment, Event, Interpreter, Room, Session
from planner.rules import RuleEngine

DAYS = [dt.date(2026, 7, 1), dt.date(2026, 7, 2)]
POLICY = {"changeover_min": 10, "room_turnover_min": 5}
CLASH_CODES = {"room.double-booked", "interpreter.double-booked"}


def oracle(plan: LoadedEvent) -> set[tuple[str, frozenset[str], str]]:
    """Every clash, found by looking at every pair."""
    out: set[tuple[str, frozenset[str], str]] = set()
    turnover, changeover = POLICY["room_turnover_min"], POLICY["changeover_min"]
    for a, b in itertools.combinations(plan.sessions, 2):
        if a.room_id == b.room_id and a.date == b.date and \
                a.start_min < b.end_min + turnover and b.start_min < a.end_min + turnover:
            out.add(("room.double-booked", frozenset({a.key, b.key}),
                     plan.room_by_id[a.room_id].key))
    by_id = plan.session_by_id
    for x, y in itertools.combinations(plan.assignments, 2):
        if x.interpreter_id != y.interpreter_id or x.session_id == y.session_id:
            continue
        a, b = by_id[x.session_id], by_id[y.session_id]
        gap = 0 if a.room_id == b.room_id else changeover
        ma, mb = interpreted_minutes(plan, a), interpreted_minutes(plan, b)
        if a.date == b.date and any(abs(p - q) <= gap for p in ma for q in mb):
            out.add(("interpreter.double-booked", frozenset({a.key, b.key}),
                     plan.interpreter_by_id[x.interpreter_id].key))
    return out


def interpreted_minutes(plan: LoadedEvent, s: Session) -> list[int]:
    """The minutes the session is interpreted: its span less a first row marked not
    interpreted (the only kind of row this machine makes)."""
    quiet = sum(node.item.duration or 0 for node in plan.agenda.get(s.id or 0, [])
                if node.item.interpreted is False)
    return list(range(s.start_min + quiet, s.end_min))


def engine_clashes(findings: list) -> set[tuple[str, frozenset[str], str]]:
    return {(f.code, frozenset(f.sessions), (f.rooms or f.interpreters)[0])
            for f in findings if f.code in CLASH_CODES}


class EditingAnEvent(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        rooms = [Room(id=i, event_id=1, key=f"r{i}", name={"en": f"Room {i}"}, floor=f"{i}F",
                      capacity=100, booths=2, video=True) for i in (1, 2, 3)]
        people = [Interpreter(id=i, event_id=1, key=f"p{i}", name={"en": f"P{i}"},
                              languages=["ko", "en"], directions=["ko>en", "en>ko"],
                              modes=["simultaneous"]) for i in (1, 2, 3, 4)]
        self.plan = LoadedEvent(Event(id=1, title={"en": "t"}, languages=["ko", "en"],
                                      policy=dict(POLICY)),
                                rooms, [], people, {}, {}, {}, [])
        self.engine = RuleEngine(self.plan)
        self.findings = self.engine.check_all()
        self.next_id = itertools.count(1)

    def _recheck(self, *sids: int) -> None:
        self.plan.session_by_id = {s.id: s for s in self.plan.sessions}
        self.findings = self.engine.recheck(sids)

    @rule(room=st.integers(1, 3), day=st.sampled_from(DAYS), start=st.integers(480, 1000),
          length=st.integers(5, 180))
    def add_session(self, room: int, day: dt.date, start: int, length: int) -> None:
        sid = next(self.next_id)
        self.plan.sessions.append(Session(
            id=sid, event_id=1, key=f"s{sid}", title={"en": f"S{sid}"}, date=day,
            start_min=start, end_min=start + length, room_id=room,
            interpretation_mode="simultaneous", interpretation_languages=["ko", "en"]))
        self._recheck(sid)

    @precondition(lambda self: self.plan.sessions)
    @rule(data=st.data(), shift=st.integers(-120, 120), room=st.integers(1, 3),
          day=st.sampled_from(DAYS))
    def move_session(self, data: st.DataObject, shift: int, room: int, day: dt.date) -> None:
        s = data.draw(st.sampled_from(self.plan.sessions))
        s.start_min, s.end_min = s.start_min + shift, s.end_min + shift
        s.room_id, s.date = room, day
        self._recheck(s.id)

    @precondition(lambda self: self.plan.sessions)
    @rule(data=st.data(), length=st.integers(5, 240))
    def resize_session(self, data: st.DataObject, length: int) -> None:
        s = data.draw(st.sampled_from(self.plan.sessions))
        s.end_min = s.start_min + length
        self._recheck(s.id)

    @precondition(lambda self: self.plan.sessions)
    @rule(data=st.data(), person=st.integers(1, 4))
    def assign(self, data: st.DataObject, person: int) -> None:
        s = data.draw(st.sampled_from(self.plan.sessions))
        self.plan.assignments.append(Assignment(id=next(self.next_id), interpreter_id=person,
                                                session_id=s.id, role="booth"))
        self._recheck(s.id)

    @precondition(lambda self: self.plan.assignments)
    @rule(data=st.data())
    def unassign(self, data: st.DataObject) -> None:
        a = data.draw(st.sampled_from(self.plan.assignments))
        self.plan.assignments.remove(a)
        self._recheck(a.session_id)

    @precondition(lambda self: self.plan.sessions)
    @rule(data=st.data(), minutes=st.integers(0, 90))
    def mark_registration(self, data: st.DataObject, minutes: int) -> None:
        """The session's first minutes become a row nobody interprets (none: no rows)."""
        s = data.draw(st.sampled_from(self.plan.sessions))
        rows = []
        if minutes:
            rows.append(ItemNode(AgendaItem(id=next(self.next_id), session_id=s.id,
                                            duration=minutes, interpreted=False,
                                            title={"en": "Registration"})))
            rest = s.end_min - s.start_min - minutes
            if rest > 0:
                rows.append(ItemNode(AgendaItem(id=next(self.next_id), session_id=s.id,
                                                duration=rest, title={"en": "Talks"})))
        self.plan.agenda[s.id] = rows
        self._recheck(s.id)

    @precondition(lambda self: self.plan.sessions)
    @rule(data=st.data())
    def delete_session(self, data: st.DataObject) -> None:
        s = data.draw(st.sampled_from(self.plan.sessions))
        self.plan.sessions.remove(s)
        self.plan.assignments[:] = [a for a in self.plan.assignments if a.session_id != s.id]
        self._recheck(s.id)

    @invariant()
    def clashes_match_the_oracle(self) -> None:
        assert engine_clashes(self.findings) == oracle(self.plan)

    @invariant()
    def incremental_equals_from_scratch(self) -> None:
        fresh = RuleEngine(self.plan).check_all()
        key = lambda f: (f.code, f.sessions, f.interpreters, f.rooms, f.items, f.message["en"])  # noqa: E731
        assert sorted(map(key, self.findings)) == sorted(map(key, fresh))


EditingAnEvent.TestCase.settings = settings(max_examples=60, stateful_step_count=30,
                                            deadline=None)
TestEditingAnEvent = EditingAnEvent.TestCase
