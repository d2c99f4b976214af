"""Who could take a session: the candidate tests over plain objects, no Qt and no files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

from planner.candidates import candidates, natural_key, role_for_mode, team_strength, verdict
from planner.cascade import cascade_start_times
from planner.policy import Policy

DAY = dt.date(2026, 7, 1)
DAY2 = dt.date(2026, 7, 2)


def hm(text: str) -> int:
    h, m = text.split(":")
    return int(h) * 60 + int(m)


def room(ident: int) -> SimpleNamespace:
    return SimpleNamespace(id=ident, key=f"r{ident}", name={"ko": f"회의실 {ident}"}, floor="2F",
                           capacity=None, booths=1, video=True)


def session(ident: int, start: str, end: str, *, mode: str = "simultaneous",
            room_id: int | None = 1, day: dt.date = DAY, languages: tuple[str, ...] = ("ko", "en"),
            listeners: int | None = None) -> SimpleNamespace:
    return SimpleNamespace(id=ident, key=f"s{ident}", title={"ko": f"세션 {ident}",
                                                             "en": f"Session {ident}"},
                           date=day, start_min=hm(start), end_min=hm(end), room_id=room_id,
                           interpretation_mode=mode, interpretation_languages=list(languages),
                           listeners=listeners, listener_language=None)


def person(ident: int, *, directions: tuple[str, ...] = ("ko>en", "en>ko"),
           modes: tuple[str, ...] = ("simultaneous", "consecutive", "whispered", "sight"),
           available: list[tuple[dt.date, str, str]] | None = None) -> SimpleNamespace:
    p = SimpleNamespace(id=ident, key=f"p{ident}", name={"ko": f"통역사 {ident}",
                                                         "en": f"Interpreter {ident}"},
                        languages=["ko", "en"], directions=list(directions), modes=list(modes))
    p.available = [SimpleNamespace(date=d, start_min=hm(a), end_min=hm(b))
                   for d, a, b in (available if available is not None
                                   else [(DAY, "08:00", "20:00"), (DAY2, "08:00", "20:00")])]
    return p


def assign(ident: int, who: int, session_id: int, role: str = "booth",
           item_id: int | None = None) -> SimpleNamespace:
    return SimpleNamespace(id=ident, interpreter_id=who, session_id=session_id, item_id=item_id,
                           role=role)


@dataclass
class Node:
    """An agenda row as the cascade and the session facts read it."""

    item: Any
    children: list[Node] = field(default_factory=list)
    duration: int | None = None
    start: int | None = None
    marker: bool = False


@dataclass
class Plan:
    """The least of an event the candidate tests read."""

    sessions: list[Any]
    interpreters: list[Any]
    assignments: list[Any] = field(default_factory=list)
    rooms: list[Any] = field(default_factory=lambda: [room(1), room(2)])
    agenda: dict[int, list[Node]] = field(default_factory=dict)
    policy: Policy = field(default_factory=Policy)

    @property
    def room_by_id(self) -> dict[int, Any]:
        return {r.id: r for r in self.rooms}

    @property
    def session_by_id(self) -> dict[int, Any]:
        return {s.id: s for s in self.sessions}

    @property
    def interpreter_by_id(self) -> dict[int, Any]:
        return {p.id: p for p in self.interpreters}

    def availability_of(self, interpreter: Any) -> list[Any]:
        return interpreter.available

    def delegations_of(self, _session: Any) -> list[Any]:
        return []

    def cascade(self, s: Any):  # noqa: ANN201
        return cascade_start_times(self.agenda.get(s.id, []), s.start_min, s.end_min)


def why(plan: Plan, who: int = 1, session_id: int = 1) -> list[str]:
    found = verdict(plan, plan.session_by_id[session_id], plan.interpreter_by_id[who])
    return [o.code for o in found.obstacles]


def test_a_qualified_free_interpreter_is_a_candidate_in_the_role_of_the_mode() -> None:
    plan = Plan([session(1, "10:00", "11:00")], [person(1)])
    found = verdict(plan, plan.sessions[0], plan.interpreters[0])
    assert found.possible and found.role == "booth" and found.reason("ko") == ""
    assert [role_for_mode(m) for m in ("simultaneous", "remote-simultaneous", "consecutive",
                                       "whispered", "sight", "none", None)] == \
        ["booth", "booth", "consecutive", "whisper", "sight", None, None]


@pytest.mark.parametrize(("mode", "modes", "ok"), [
    ("whispered", ("simultaneous",), False),
    ("whispered", ("whispered",), True),
    ("remote-simultaneous", ("simultaneous",), False),
    ("remote-simultaneous", ("remote-simultaneous",), True),
])
def test_the_mode_the_session_needs(mode: str, modes: tuple[str, ...], ok: bool) -> None:
    plan = Plan([session(1, "10:00", "11:00", mode=mode)], [person(1, modes=modes)])
    assert why(plan) == ([] if ok else ["mode"])
    if not ok:
        found = verdict(plan, plan.sessions[0], plan.interpreters[0])
        assert "안 함" in found.reason("ko") and "does not work in" in found.reason("en")


@pytest.mark.parametrize(("mode", "directions", "ok"), [
    ("simultaneous", ("ko>en",), False),   # a two-way booth needs both ways
    ("consecutive", ("en>ko",), False),
    ("whispered", ("ko>en",), True),       # whispering goes one way, into the listener's
    ("sight", ("en>ko",), True),
    ("whispered", ("ko>fr", "fr>ko"), False),
])
def test_directions(mode: str, directions: tuple[str, ...], ok: bool) -> None:
    plan = Plan([session(1, "10:00", "11:00", mode=mode)], [person(1, directions=directions)])
    assert why(plan) == ([] if ok else ["direction"])


def test_a_missing_direction_is_named() -> None:
    plan = Plan([session(1, "10:00", "11:00")], [person(1, directions=("ko>en",))])
    found = verdict(plan, plan.sessions[0], plan.interpreters[0])
    assert found.reason("ko") == "영→한 통역 안 함"
    assert found.reason("en") == "does not work en→ko"


@pytest.mark.parametrize(("slots", "reason"), [
    ([(DAY, "08:00", "12:00"), (DAY, "12:00", "18:00")], ""),  # touching slots join
    ([(DAY, "08:00", "11:00"), (DAY, "12:00", "18:00")], "가능 시간 08:00~11:00, 12:00~18:00 밖"),
    ([(DAY2, "08:00", "18:00")], "7/1 근무 불가"),
    ([], "가능 일정 미입력"),  # unknown: a caution, not a refusal
])
def test_availability(slots: list, reason: str) -> None:
    plan = Plan([session(1, "10:30", "12:30")], [person(1, available=slots)])
    found = verdict(plan, plan.sessions[0], plan.interpreters[0])
    assert found.reason("ko") == reason
    assert found.possible == (not reason or reason == "가능 일정 미입력")


@pytest.mark.parametrize(("other", "other_room", "clash"), [
    (("10:30", "11:30"), 1, "겹침: '세션 2' 10:30~11:30"),
    (("08:00", "09:55"), 2, "이동 시간 5분(필요 10분): '세션 2' 08:00~09:55"),
    (("11:05", "12:00"), 2, "이동 시간 5분(필요 10분): '세션 2' 11:05~12:00"),
    (("08:00", "09:50"), 2, ""),   # the changeover is enough
    (("08:00", "10:00"), 1, ""),   # the same room needs no changeover
])
def test_clash_counts_the_changeover_between_rooms(other: tuple[str, str], other_room: int,
                                                   clash: str) -> None:
    plan = Plan([session(1, "10:00", "11:00"), session(2, *other, room_id=other_room)],
                [person(1)], [assign(1, 1, 2)])
    found = verdict(plan, plan.sessions[0], plan.interpreters[0])
    assert found.reason("ko") == clash
    assert found.possible == (not clash)


def test_no_clash_across_days_and_a_row_assignment_counts_only_its_row() -> None:
    welcome = SimpleNamespace(id=7, title={"ko": "환영사"}, duration=10, stated_duration=None,
                              marker=False, interpretation_mode="sight",
                              interpretation_languages=None)
    rest = SimpleNamespace(id=8, title={"ko": "논의"}, duration=110, stated_duration=None,
                           marker=False, interpretation_mode=None, interpretation_languages=None)
    plan = Plan([session(1, "10:00", "11:00"), session(2, "08:00", "10:00", room_id=2),
                 session(3, "10:00", "11:00", day=DAY2)],
                [person(1)], [assign(1, 1, 2, "sight", item_id=7), assign(2, 1, 3)],
                agenda={2: [Node(welcome, duration=10), Node(rest, duration=110)]})
    assert why(plan) == []  # the welcome speech ends at 08:10; the other session is a day later
    plan.agenda[2] = [Node(rest, duration=110), Node(welcome, duration=10)]
    assert verdict(plan, plan.sessions[0], plan.interpreters[0]).reason("ko") == \
        "이동 시간 0분(필요 10분): '세션 2' 09:50~10:00"


def test_in_the_team_already_and_sessions_without_interpretation() -> None:
    plan = Plan([session(1, "10:00", "11:00"), session(2, "12:00", "13:00", mode="none")],
                [person(1)], [assign(1, 1, 1)])
    assert why(plan) == ["assigned"]
    assert why(plan, session_id=2) == ["no-interpretation"]


def test_working_time_cautions_do_not_stop_a_candidate() -> None:
    plan = Plan([session(1, "12:00", "13:00"), session(2, "09:00", "11:30")],
                [person(1)], [assign(1, 1, 2)], policy=Policy(call_time_min=0))
    found = verdict(plan, plan.sessions[0], plan.interpreters[0])
    assert found.possible and found.reason("ko") == "휴식 90분 미만"


def test_candidates_first_by_name_then_the_others() -> None:
    people = [person(10), person(2, modes=("consecutive",)), person(1), person(3)]
    plan = Plan([session(1, "10:00", "11:00")], people, [assign(1, 3, 1)])
    order = [(v.interpreter.id, v.possible) for v in candidates(plan, plan.sessions[0])]
    assert order == [(1, True), (10, True), (2, False), (3, False)]
    assert sorted(["통역사 10", "통역사 9"], key=natural_key) == ["통역사 9", "통역사 10"]


def test_team_strength_counts_fitting_session_roles_once_per_interpreter() -> None:
    plan = Plan([session(1, "11:40", "13:30", mode="whispered", listeners=1)],
                [person(1), person(2), person(3)],
                [assign(1, 1, 1, "whisper"), assign(2, 1, 1, "whisper"),
                 assign(3, 2, 1, "booth"), assign(4, 3, 1, "whisper", item_id=9)])
    strength = team_strength(plan, plan.sessions[0])
    assert strength is not None
    assert (strength.assigned, strength.need.interpreters, strength.met) == (1, 2, False)
    plan.assignments.append(assign(5, 2, 1, "whisper"))
    assert team_strength(plan, plan.sessions[0]).met  # type: ignore[union-attr]
    plan.sessions[0].interpretation_mode = "none"
    assert team_strength(plan, plan.sessions[0]) is None
