"""An interpreter's day: never in two places at once, and within the working-time limits."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from planner.policy import Policy
from planner.rules.facts import SessionFacts
from planner.rules.findings import Finding, finding
from planner.rules.plan import AssignmentLike, InterpreterLike, RoomLike, SessionLike
from planner.rules.text import name, span
from planner.vocabulary import Role, Severity


@dataclass(frozen=True)
class Work:
    """One stretch of an interpreter's day: an assignment placed in time and space."""

    start: int
    end: int
    session: SessionLike
    room: RoomLike | None
    item_id: int | None = None
    call: int = 0
    """Minutes the interpreter is called before it (booth work): working time, not a clash."""


CALLED_ROLES = frozenset({Role.BOOTH, Role.RELAY})
"""Booth work: interpreters are called before it (docs/rules.md, call time)."""


def works_of(facts: SessionFacts, assignment: AssignmentLike, policy: Policy) -> list[Work]:
    """An assignment's stretches of work: its session's interpreted time (or its row), the
    call time before the first when it is booth work."""
    stretches = facts.stretches(assignment)
    call = policy.call_time_min if assignment.role in CALLED_ROLES else 0
    return [Work(start, end, facts.session, facts.room, assignment.item_id,
                 call if i == 0 else 0) for i, (start, end) in enumerate(stretches)]


def needed_gap(a: Work, b: Work, policy: Policy) -> int:
    """Minutes an interpreter needs between two stretches: the changeover when the room changes."""
    same_room = a.room is not None and b.room is not None and a.room.id == b.room.id
    return 0 if same_room else policy.changeover_min


def check_interpreter_day(person: InterpreterLike, works: Sequence[Work],
                          policy: Policy) -> Iterator[Finding]:
    yield from _clashes(person, works, policy)
    yield from _working_time(person, works, policy)


def _clashes(person: InterpreterLike, works: Sequence[Work], policy: Policy) -> Iterator[Finding]:
    """Every pair of stretches in different sessions closer than the changeover allows.

    A sweep in start order that keeps only what could still reach the next start.
    """
    reach = policy.changeover_min
    active: list[Work] = []
    reported: set[tuple[str, str]] = set()
    for w in sorted(works, key=lambda x: (x.start, x.end, x.session.key)):
        active = [a for a in active if a.end + reach > w.start]
        for a in active:
            pair = tuple(sorted((a.session.key, w.session.key)))
            if a.session is w.session or pair in reported:
                continue
            if w.start < a.end + needed_gap(a, w, policy):
                reported.add(pair)  # type: ignore[arg-type]
                yield _double_booked(person, a, w, policy)
        active.append(w)


def _double_booked(person: InterpreterLike, a: Work, b: Work, policy: Policy) -> Finding:
    sa, sb = a.session, b.session
    overlap = b.start < a.end
    where_ko = _place(a.room, "ko") + " → " + _place(b.room, "ko")
    where_en = _place(a.room, "en") + " → " + _place(b.room, "en")
    if overlap:
        why_ko, why_en = "시간이 겹칩니다", "overlap"
    else:
        gap = b.start - a.end
        why_ko = (f"이동 시간이 {gap}분뿐입니다 (필요 {policy.changeover_min}분 · "
                  f"{policy.cite('changeover_min', 'ko')}, {where_ko})")
        why_en = (f"leave {gap} min to move ({where_en}); the changeover needs "
                  f"{policy.changeover_min} ({policy.cite('changeover_min', 'en')})")
    keys = tuple(sorted((sa.key, sb.key)))
    return finding(
        "interpreter.double-booked", Severity.ERROR,
        f"{name(person.name, 'ko')}: '{name(sa.title, 'ko')}'({span(a.start, a.end)})와 "
        f"'{name(sb.title, 'ko')}'({span(b.start, b.end)})의 {why_ko}.",
        f"{name(person.name, 'en')}: '{name(sa.title, 'en')}' ({span(a.start, a.end)}) and "
        f"'{name(sb.title, 'en')}' ({span(b.start, b.end)}) {why_en}.",
        fix_ko="둘 중 한 세션에 다른 통역사를 배정하거나 시간을 조정하세요.",
        fix_en="Assign someone else to one of them, or move one.",
        day=sa.date, sessions=keys, interpreters=(person.key,),
        items=tuple(i for i in (a.item_id, b.item_id) if i is not None))


def _place(room: RoomLike | None, lang: str) -> str:
    if room is None:
        return "?"
    return f"{name(room.name, lang)} {room.floor}".strip()


def merged(works: Sequence[Work], *, calls: bool = True) -> list[tuple[int, int]]:
    """The interpreter's working time as disjoint stretches (overlaps counted once), with the
    call time before booth work unless ``calls`` is false."""
    out: list[tuple[int, int]] = []
    for start, end in sorted((w.start - (w.call if calls else 0), w.end) for w in works):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def stints(works: Sequence[Work], policy: Policy, *,
           calls: bool = True) -> list[tuple[int, int]]:
    """Working stints: stretches joined when the pause between them is short."""
    out: list[tuple[int, int]] = []
    for start, end in merged(works, calls=calls):
        if out and start - out[-1][1] < policy.stint_gap_min:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _working_time(person: InterpreterLike, works: Sequence[Work],
                  policy: Policy) -> Iterator[Finding]:
    if not works:
        return
    day = works[0].session.date
    who_ko, who_en = name(person.name, "ko"), name(person.name, "en")
    refs = dict(day=day, interpreters=(person.key,),
                sessions=tuple(sorted({w.session.key for w in works})))
    blocks = stints(works, policy)
    # A stint of about three hours is time at the microphone; the call before it is not.
    for start, end in stints(works, policy, calls=False):
        if end - start > policy.stint_max_min:
            yield finding(
                "worktime.long-stint", Severity.WARNING,
                f"{who_ko}: {span(start, end)} 연속 {end - start}분 근무 "
                f"(한 번에 {policy.stint_max_min}분 이내, {policy.cite('stint_max_min', 'ko')}).",
                f"{who_en} works {end - start} min without a real break ({span(start, end)}); "
                f"a stint is at most {policy.stint_max_min} min "
                f"({policy.cite('stint_max_min', 'en')}).",
                fix_ko="중간에 교대 통역사를 배정하세요.", fix_en="Bring in a relief interpreter.",
                **refs)
    if len(blocks) > policy.stints_per_day_max:
        yield finding(
            "worktime.too-many-stints", Severity.WARNING,
            f"{who_ko}: 하루 {len(blocks)}회 근무 (최대 {policy.stints_per_day_max}회, "
            f"{policy.cite('stints_per_day_max', 'ko')}).",
            f"{who_en} works {len(blocks)} stints on {day.isoformat()}; the policy allows "
            f"{policy.stints_per_day_max} ({policy.cite('stints_per_day_max', 'en')}).",
            fix_ko="일부 세션을 다른 통역사에게 배정하세요.",
            fix_en="Give some of the sessions to another interpreter.", **refs)
    for (_, end), (start, _) in zip(blocks, blocks[1:]):
        if start - end < policy.break_between_stints_min:
            yield finding(
                "worktime.short-break", Severity.WARNING,
                f"{who_ko}: {span(end, start)} 휴식 {start - end}분 "
                f"(최소 {policy.break_between_stints_min}분, "
                f"{policy.cite('break_between_stints_min', 'ko')}).",
                f"{who_en} has only {start - end} min between stints ({span(end, start)}); "
                f"the policy asks for {policy.break_between_stints_min} "
                f"({policy.cite('break_between_stints_min', 'en')}).",
                fix_ko="휴식 시간을 늘리거나 다른 통역사를 배정하세요.",
                fix_en="Lengthen the break or assign another interpreter.", **refs)
    total = sum(end - start for start, end in merged(works))
    called = any(w.call for w in works)
    calls_ko = f", 부스 근무 전 소집 {policy.call_time_min}분 포함" if called else ""
    calls_en = f" (with the {policy.call_time_min}-min call before booth work)" if called else ""
    if total > policy.daily_working_max_min:
        yield finding(
            "worktime.daily-limit", Severity.WARNING,
            f"{who_ko}: 하루 근무 {total}분 (최대 {policy.daily_working_max_min}분, "
            f"{policy.cite('daily_working_max_min', 'ko')}{calls_ko}).",
            f"{who_en} works {total} min on {day.isoformat()}{calls_en}; the daily limit is "
            f"{policy.daily_working_max_min} ({policy.cite('daily_working_max_min', 'en')}).",
            fix_ko="일부 세션을 다른 통역사에게 배정하세요.",
            fix_en="Give some of the sessions to another interpreter.", **refs)

