"""Who could take a session's interpretation, and for everyone else why not.

The same tests the rules apply once someone is assigned (mode, language directions,
availability, never in two places at once), asked before assigning: a coordinator
sees the candidates first and the reason each other interpreter is not one.
Plain functions over the objects the rules read (planner.rules.plan).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from planner.rules.facts import SessionFacts, interpreted, session_facts
from planner.rules.interpretation import _day_slots
from planner.rules.plan import AssignmentLike, InterpreterLike, PlanLike, SessionLike
from planner.rules.text import name, span
from planner.rules.worktime import (CALLED_ROLES, Work, check_interpreter_day, needed_gap,
                                    works_of)
from planner.staffing import (MODE_FOR_ROLE, ROLES_FOR_MODE, TeamNeed, directions_needed,
                              required_team)
from planner.vocabulary import LANGUAGE_NAMES, MODE_LABELS, Mode, Role

ROLE_FOR_MODE: dict[str, str] = {
    Mode.SIMULTANEOUS: Role.BOOTH,
    Mode.REMOTE_SIMULTANEOUS: Role.BOOTH,
    Mode.CONSECUTIVE: Role.CONSECUTIVE,
    Mode.WHISPERED: Role.WHISPER,
    Mode.SIGHT: Role.SIGHT,
}
"""The role an interpreter takes when assigned to a whole session in this mode."""

Texts = dict[str, str]


@dataclass(frozen=True)
class Obstacle:
    """One reason an interpreter cannot take a session."""

    code: str
    """``assigned``, ``no-interpretation``, ``mode``, ``direction``, ``unavailable``, ``clash``."""
    text: Texts


@dataclass(frozen=True)
class Verdict:
    """Whether one interpreter of the pool could take a session, and why not."""

    interpreter: InterpreterLike
    role: str | None
    """The role they would take: the one the session's mode needs."""
    obstacles: tuple[Obstacle, ...] = ()
    notes: tuple[Texts, ...] = ()
    """Cautions that do not stop the assignment: no availability recorded, a long day."""

    @property
    def possible(self) -> bool:
        return not self.obstacles

    @property
    def assigned(self) -> bool:
        return any(o.code == "assigned" for o in self.obstacles)

    def reason(self, lang: str) -> str:
        """Why not, or the cautions for a candidate, in one line."""
        texts = [o.text for o in self.obstacles] or list(self.notes)
        return "; ".join(name(t, lang) for t in texts)


@dataclass(frozen=True)
class TeamStrength:
    """How many interpreters a session has in fitting roles, against what the policy needs."""

    assigned: int
    need: TeamNeed

    @property
    def met(self) -> bool:
        return self.assigned >= self.need.interpreters


def role_for_mode(mode: str | None) -> str | None:
    return ROLE_FOR_MODE.get(mode or "")


def team_strength(plan: PlanLike, session: SessionLike) -> TeamStrength | None:
    """The session's own team (not a row's) as the staffing rule counts it.

    None for a session without interpretation.
    """
    mode = session.interpretation_mode
    if not interpreted(mode) or mode not in ROLES_FOR_MODE:
        return None
    fitting = [a for a in plan.assignments if a.session_id == session.id and a.item_id is None
               and a.role in ROLES_FOR_MODE[mode]]
    policy = plan.policy
    need = required_team(mode, list(session.interpretation_languages),
                         session_facts(plan, session, policy).interpreted_length, policy,
                         listeners=session.listeners,
                         relay=any(a.role == Role.RELAY for a in fitting))
    return TeamStrength(len({a.interpreter_id for a in fitting}), need)


def candidates(plan: PlanLike, session: SessionLike, lang: str = "ko") -> list[Verdict]:
    """Every interpreter of the pool: candidates first, then the others, each by name."""
    judge = _Judge(plan, session)
    verdicts = [judge.verdict(person) for person in plan.interpreters]
    return sorted(verdicts, key=lambda v: (not v.possible,
                                           natural_key(name(v.interpreter.name, lang))))


def verdict(plan: PlanLike, session: SessionLike, person: InterpreterLike) -> Verdict:
    """Whether this interpreter could take this session, and if not why."""
    return _Judge(plan, session).verdict(person)


def natural_key(text: str) -> tuple:
    """Sort "통역사 2" before "통역사 10"."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
                 for part in re.split(r"(\d+)", text) if part)


class _Judge:
    """One session's tests, with what they share worked out once for the whole pool."""

    def __init__(self, plan: PlanLike, session: SessionLike) -> None:
        self.plan, self.session, self.policy = plan, session, plan.policy
        self.role = role_for_mode(session.interpretation_mode)
        self.room = plan.room_by_id.get(session.room_id) if session.room_id is not None \
            else None
        self._facts: dict[int, SessionFacts] = {}
        mine = self._facts[session.id or 0] = session_facts(plan, session, self.policy)
        stretches = mine.interpreted_time or [(session.start_min, session.end_min)]
        call = self.policy.call_time_min if self.role in CALLED_ROLES else 0
        self.work = Work(stretches[0][0], stretches[-1][1], session, self.room, call=call)
        self.by_person: dict[int, list[AssignmentLike]] = defaultdict(list)
        for a in plan.assignments:
            self.by_person[a.interpreter_id].append(a)

    def verdict(self, person: InterpreterLike) -> Verdict:
        s = self.session
        mine = self.by_person.get(person.id or 0, [])
        if any(a.session_id == s.id and a.item_id is None for a in mine):
            return Verdict(person, self.role, (Obstacle("assigned", {
                "ko": "이미 배정됨", "en": "already in the team"}),))
        if self.role is None:
            return Verdict(person, None, (Obstacle("no-interpretation", {
                "ko": "통역이 계획되지 않은 세션", "en": "the session plans no interpretation"}),))
        obstacles = [*self._mode(person), *self._directions(person), *self._availability(person)]
        others = self._works(mine)
        obstacles += self._clashes(others)
        notes: list[Texts] = []
        if not self.plan.availability_of(person):
            notes.append({"ko": "가능 일정 미입력", "en": "no availability recorded"})
        if not obstacles:
            notes += self._working_time(person, others)
        return Verdict(person, self.role, tuple(obstacles), tuple(notes))

    def _mode(self, person: InterpreterLike) -> list[Obstacle]:
        needed = MODE_FOR_ROLE[self.role]  # type: ignore[index]
        if needed == Mode.SIMULTANEOUS and self.session.interpretation_mode == \
                Mode.REMOTE_SIMULTANEOUS:
            needed = Mode.REMOTE_SIMULTANEOUS
        if needed in person.modes:
            return []
        label = MODE_LABELS[Mode(needed)]
        return [Obstacle("mode", {"ko": f"{label['ko']} 안 함",
                                  "en": f"does not work in {label['en']}"})]

    def _directions(self, person: InterpreterLike) -> list[Obstacle]:
        languages = list(self.session.interpretation_languages)
        pairs, both_ways = directions_needed(self.role, languages,  # type: ignore[arg-type]
                                             self.session.listener_language)
        held = set(person.directions)
        missing = [d for d in pairs if d not in held]
        if not pairs or not missing or (not both_ways and len(missing) < len(pairs)):
            return []
        shown = missing if both_ways else pairs
        return [Obstacle("direction", {
            "ko": f"{_directions_text(shown, 'ko')} 통역 안 함",
            "en": f"does not work {_directions_text(shown, 'en')}"})]

    def _availability(self, person: InterpreterLike) -> list[Obstacle]:
        availability = self.plan.availability_of(person)
        if not availability:
            return []  # unknown is not a refusal: the rules only note it
        s = self.session
        slots = _day_slots(availability, s.date)
        if any(lo <= s.start_min and s.end_min <= hi for lo, hi in slots):
            return []
        if not slots:
            return [Obstacle("unavailable", {"ko": f"{s.date.month}/{s.date.day} 근무 불가",
                                             "en": f"not available on {s.date:%d %b}"})]
        hours = ", ".join(span(lo, hi) for lo, hi in slots)
        return [Obstacle("unavailable", {"ko": f"가능 시간 {hours} 밖",
                                         "en": f"outside their hours ({hours})"})]

    def _works(self, assignments: Sequence[AssignmentLike]) -> list[Work]:
        """The interpreter's other work on the session's day, placed in time and space."""
        out: list[Work] = []
        for a in assignments:
            other = self.plan.session_by_id.get(a.session_id)
            if other is None or other.id == self.session.id or other.date != self.session.date:
                continue
            facts = self._facts.get(a.session_id)
            if facts is None:
                facts = self._facts[a.session_id] = session_facts(self.plan, other, self.policy)
            out.extend(works_of(facts, a, self.policy))
        return out

    def _clashes(self, others: list[Work]) -> list[Obstacle]:
        out: list[Obstacle] = []
        me, seen = self.work, set()
        for w in sorted(others, key=lambda x: (x.start, x.end)):
            gap = needed_gap(me, w, self.policy)
            if w.session.key in seen or not (w.start < me.end + gap and me.start < w.end + gap):
                continue
            seen.add(w.session.key)
            where = {lang: f"'{name(w.session.title, lang)}' {span(w.start, w.end)}"
                     for lang in ("ko", "en")}
            if w.start < me.end and me.start < w.end:
                text = {"ko": f"겹침: {where['ko']}", "en": f"busy: {where['en']}"}
            else:
                left = max(me.start - w.end, w.start - me.end)
                text = {"ko": f"이동 시간 {left}분(필요 {gap}분): {where['ko']}",
                        "en": f"{left} min to change rooms (needs {gap}): {where['en']}"}
            out.append(Obstacle("clash", text))
        return out

    def _working_time(self, person: InterpreterLike, others: list[Work]) -> list[Texts]:
        """Working-time warnings this assignment would add (a long stint, a short break)."""
        before = {f.code for f in check_interpreter_day(person, others, self.policy)}
        after = {f.code for f in check_interpreter_day(person, [*others, self.work],
                                                       self.policy)}
        p = self.policy
        words = {
            "worktime.long-stint": {"ko": f"연속 근무 {p.stint_max_min}분 초과",
                                    "en": f"a stint over {p.stint_max_min} min"},
            "worktime.too-many-stints": {"ko": f"하루 {p.stints_per_day_max}회 초과 근무",
                                         "en": f"more than {p.stints_per_day_max} stints"},
            "worktime.short-break": {"ko": f"휴식 {p.break_between_stints_min}분 미만",
                                     "en": f"a break under {p.break_between_stints_min} min"},
            "worktime.daily-limit": {"ko": f"하루 {p.daily_working_max_min}분 초과",
                                     "en": f"over {p.daily_working_max_min} min in the day"},
        }
        return [words[code] for code in sorted(after - before) if code in words]


def _directions_text(directions: list[str], lang: str) -> str:
    def word(code: str) -> str:
        return LANGUAGE_NAMES.get(code, {}).get("ko", code) if lang == "ko" else code
    return ", ".join("→".join(word(c) for c in d.split(">", 1)) for d in directions)
