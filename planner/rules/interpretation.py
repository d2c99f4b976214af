"""Interpretation staffing of one session: team strength, qualifications, availability."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from planner.policy import Policy
from planner.rules.facts import SessionFacts, interpreted
from planner.rules.findings import Finding, finding
from planner.rules.plan import AssignmentLike, AvailabilityLike, InterpreterLike
from planner.rules.rooms import has_interpretation_system
from planner.rules.text import langs, name, span
from planner.staffing import MODE_FOR_ROLE, ROLES_FOR_MODE, directions_needed, required_team
from planner.vocabulary import MODE_LABELS, Mode, Role, Severity


def check_interpretation(f: SessionFacts, assignments: Sequence[AssignmentLike],
                         interpreters: dict[int, InterpreterLike],
                         availability: dict[int, Sequence[AvailabilityLike]],
                         policy: Policy) -> Iterator[Finding]:
    """The session's own interpretation, each item's own, and every assignment in it."""
    s = f.session
    on_session = [a for a in assignments if a.item_id is None]
    yield from _team(f, s.interpretation_mode, list(s.interpretation_languages),
                     f.interpreted_length,
                     s.listeners, on_session, interpreters, policy, item=None)
    for item in f.items:
        if item.interpretation_mode is None or item.id is None:
            continue
        start, end = f.span_of_item.get(item.id, (s.start_min, s.end_min))
        on_item = [a for a in assignments if a.item_id == item.id]
        yield from _team(f, item.interpretation_mode,
                         list(item.interpretation_languages or s.interpretation_languages),
                         max(0, end - start), s.listeners, on_item, interpreters, policy,
                         item=item)
    for a in assignments:
        person = interpreters.get(a.interpreter_id)
        if person is not None:
            yield from _qualified(f, a, person, availability.get(a.interpreter_id, ()))


def _team(f: SessionFacts, mode: str, languages: list[str], length: int, listeners: int | None,
          assignments: list[AssignmentLike], interpreters: dict[int, InterpreterLike],
          policy: Policy, item: object | None) -> Iterator[Finding]:
    s = f.session
    item_id = getattr(item, "id", None)
    where_ko = name(s.title, "ko") + (f" {f.number(item_id)}번 행" if item else "")
    where_en = name(s.title, "en") + (f", row {f.number(item_id)}" if item else "")
    refs = dict(day=s.date, sessions=(s.key,), items=(item_id,) if item_id else ())
    keys = tuple(sorted({interpreters[a.interpreter_id].key for a in assignments
                         if a.interpreter_id in interpreters}))
    if not interpreted(mode):
        if assignments:
            yield finding(
                "staff.not-needed", Severity.WARNING,
                f"'{where_ko}'에는 통역이 계획되어 있지 않은데 통역사가 배정되었습니다.",
                f"'{where_en}' plans no interpretation, yet interpreters are assigned.",
                fix_ko="통역 방식을 정하거나 배정을 해제하세요.",
                fix_en="Set the interpretation mode, or unassign them.",
                interpreters=keys, **refs)
        return
    label = MODE_LABELS[Mode(mode)]
    if len(languages) < 2:
        yield finding(
            "interpretation.languages", Severity.ERROR,
            f"'{where_ko}' {label['ko']}의 언어가 두 개 이상 지정되지 않았습니다 ({langs(languages)}).",
            f"'{where_en}': {label['en']} needs at least two languages (has {langs(languages)}).",
            fix_ko="통역 언어를 지정하세요 (예: 한영).", fix_en="Set the languages (e.g. ko, en).",
            **refs)
        return
    if mode == Mode.WHISPERED and (listeners or 0) > policy.whisper_listeners_per_interpreter \
            and not has_interpretation_system(f.room):
        most = policy.whisper_listeners_per_interpreter
        source = policy.source("whisper_listeners_per_interpreter")
        yield finding(
            "interpretation.whisper-listeners", Severity.ERROR,
            f"'{where_ko}' 근접 통역 청자가 {listeners}명입니다: 근접 통역은 {most}명까지입니다 "
            f"({source['ko']}).",
            f"'{where_en}': whispering for {listeners} listeners; whispering serves at most "
            f"{most} ({source['en']}).",
            fix_ko="더 많은 통역사가 아니라 이동식 통역 장비(송수신기)나 통역부스를 쓰세요.",
            fix_en="Use a portable interpretation system with receivers, or a booth, "
                   "not more whisperers.", **refs)
    fitting = [a for a in assignments if a.role in ROLES_FOR_MODE[mode]]
    for a in assignments:
        if a.role not in ROLES_FOR_MODE[mode] and a.interpreter_id in interpreters:
            yield finding(
                "staff.role-mismatch", Severity.WARNING,
                f"'{where_ko}'은(는) {label['ko']}인데 "
                f"{name(interpreters[a.interpreter_id].name, 'ko')}의 역할은 {a.role}입니다.",
                f"'{where_en}' is {label['en']}, but "
                f"{name(interpreters[a.interpreter_id].name, 'en')} is assigned as {a.role}.",
                fix_ko="역할을 통역 방식에 맞게 바꾸세요.", fix_en="Change the role to fit the mode.",
                interpreters=(interpreters[a.interpreter_id].key,), **refs)
    team = len({a.interpreter_id for a in fitting})
    if team == 0:
        yield finding(
            "staff.none-assigned", Severity.ERROR,
            f"'{where_ko}' {label['ko']}에 배정된 통역사가 없습니다.",
            f"'{where_en}': {label['en']} has nobody assigned.",
            fix_ko="통역사를 배정하세요.", fix_en="Assign interpreters.", **refs)
        return
    keys = tuple(sorted({interpreters[a.interpreter_id].key for a in fitting
                         if a.interpreter_id in interpreters}))
    need = required_team(mode, languages, length, policy, listeners=listeners,
                         relay=any(a.role == "relay" for a in fitting))
    if team < need.interpreters:
        missing = need.interpreters - team
        yield finding(
            "staff.team-size", Severity.ERROR,
            f"'{where_ko}' {label['ko']}에 통역사 {team}명이 배정되었으나 {need.interpreters}명이 "
            f"필요합니다 ({need.reason['ko']}).",
            f"'{where_en}': {label['en']} has {team} interpreter{'s' if team > 1 else ''}; "
            f"the policy needs {need.interpreters} ({need.reason['en']}).",
            fix_ko=f"통역사 {missing}명을 더 배정하세요.",
            fix_en=f"Add {missing} more interpreter{'s' if missing > 1 else ''}"
                   f"{' to the booth' if mode == Mode.SIMULTANEOUS else ''}.",
            interpreters=keys, **refs)


def _day_slots(availability: Sequence[AvailabilityLike], day: object) -> list[tuple[int, int]]:
    """A day's availability as disjoint stretches: 08:00-12:00 and 12:00-18:00 make 08:00-18:00."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted((a.start_min, a.end_min) for a in availability if a.date == day):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _qualified(f: SessionFacts, a: AssignmentLike, person: InterpreterLike,
               availability: Sequence[AvailabilityLike]) -> Iterator[Finding]:
    s = f.session
    item = f.item_by_id.get(a.item_id) if a.item_id is not None else None
    languages = list((item.interpretation_languages if item and item.interpretation_languages
                      else None) or s.interpretation_languages)
    refs = dict(day=s.date, sessions=(s.key,), interpreters=(person.key,),
                items=(a.item_id,) if a.item_id else ())
    who_ko, who_en = name(person.name, "ko"), name(person.name, "en")
    needed_mode = MODE_FOR_ROLE.get(a.role)
    context_mode = (item.interpretation_mode if item and item.interpretation_mode
                    else s.interpretation_mode)
    if needed_mode == Mode.SIMULTANEOUS and context_mode == Mode.REMOTE_SIMULTANEOUS:
        needed_mode = Mode.REMOTE_SIMULTANEOUS
    if needed_mode is not None and needed_mode not in person.modes:
        label = MODE_LABELS[Mode(needed_mode)]
        yield finding(
            "interpreter.mode", Severity.ERROR,
            f"{who_ko}은(는) {label['ko']}을(를) 하지 않는데 '{name(s.title, 'ko')}'에 배정되었습니다.",
            f"{who_en} does not work in {label['en']} but is assigned to "
            f"'{name(s.title, 'en')}'.",
            fix_ko="다른 통역사를 배정하세요.", fix_en="Assign someone who works in that mode.",
            **refs)
    pairs, both_ways = directions_needed(a.role, languages,
                                         s.listener_language)
    held = set(person.directions)
    missing = [d for d in pairs if d not in held]
    if pairs and ((both_ways and missing) or (not both_ways and len(missing) == len(pairs))):
        shown = ", ".join(missing)
        into = s.listener_language if a.role == Role.WHISPER and not both_ways and \
            s.listener_language in languages else None
        why_ko = f" (청자의 언어 {into}로)" if into else ""
        why_en = f" (into the listeners' language, {into})" if into else ""
        yield finding(
            "interpreter.direction", Severity.ERROR,
            f"{who_ko}은(는) '{name(s.title, 'ko')}'에 필요한 방향({shown}){why_ko}을 "
            "통역하지 않습니다.",
            f"{who_en} does not work {shown}, which '{name(s.title, 'en')}' needs{why_en}.",
            fix_ko="그 언어 방향을 하는 통역사를 배정하세요.",
            fix_en="Assign someone who works that direction.", **refs)
    start, end = f.interval(a)
    if not availability:
        yield finding(
            "interpreter.availability-unknown", Severity.INFO,
            f"{who_ko}의 가능 일정이 입력되지 않았습니다.",
            f"{who_en} has no availability recorded.",
            fix_ko="가능 일정을 입력하세요.", fix_en="Record when they can work.", **refs)
    elif not any(lo <= start and end <= hi for lo, hi in _day_slots(availability, s.date)):
        yield finding(
            "interpreter.unavailable", Severity.ERROR,
            f"{who_ko}은(는) {s.date.isoformat()} {span(start, end)}에 근무할 수 없습니다.",
            f"{who_en} is not available on {s.date.isoformat()} at {span(start, end)}.",
            fix_ko="가능한 통역사로 바꾸세요.", fix_en="Assign someone who is available.", **refs)
