"""Venue fit: a room used twice at once, too many people, too few booths, no video link."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from planner.policy import Policy
from planner.rules.facts import SessionFacts
from planner.rules.findings import Finding, finding
from planner.rules.plan import ItemLike, RoomLike
from planner.rules.text import name, span
from planner.vocabulary import MODE_LABELS, Mode, Severity


def booths_needed(languages: Sequence[str]) -> int:
    """One booth per target language; a two-language meeting can do with one two-way booth."""
    return 1 if len(languages) <= 2 else len(languages)


def check_room_fit(f: SessionFacts, policy: Policy) -> Iterator[Finding]:
    s, room = f.session, f.room
    refs = dict(day=s.date, sessions=(s.key,))
    if room is None:
        yield finding("session.no-room", Severity.INFO,
                      f"'{name(s.title, 'ko')}'의 회의실이 정해지지 않았습니다.",
                      f"'{name(s.title, 'en')}' has no room yet.",
                      fix_ko="회의실을 지정하세요.", fix_en="Choose a room.", **refs)
        return
    refs["rooms"] = (room.key,)
    if room.capacity is not None and f.on_site > room.capacity:
        yield finding(
            "room.capacity", Severity.ERROR,
            f"'{name(s.title, 'ko')}' 현장 참석 {f.on_site}명이 {name(room.name, 'ko')} 수용 인원 "
            f"{room.capacity}명을 넘습니다.",
            f"'{name(s.title, 'en')}' has {f.on_site} people on site; {name(room.name, 'en')} "
            f"seats {room.capacity}.",
            fix_ko=f"{f.on_site}명 이상 수용 가능한 회의실로 옮기거나 인원을 줄이세요.",
            fix_en=f"Move to a room for {f.on_site} or more, or reduce the headcount.", **refs)
    simultaneous = [(s.interpretation_languages, None)] if s.interpretation_mode == \
        Mode.SIMULTANEOUS else []
    simultaneous += [(item.interpretation_languages or s.interpretation_languages, item)
                     for item in f.items if item.interpretation_mode == Mode.SIMULTANEOUS]
    if simultaneous:
        needed, item = max(((booths_needed(langs), item) for langs, item in simultaneous),
                           key=lambda pair: pair[0])
        if room.booths < needed:
            row = f.number(item.id or 0) if item is not None else ""
            where_ko = f"'{name(s.title, 'ko')}'" + (f" {row}번 행" if row else "")
            where_en = f"'{name(s.title, 'en')}'" + (f", row {row}" if row else "")
            plural = "s" if needed > 1 else ""
            yield finding(
                "room.booths", Severity.ERROR,
                f"{where_ko} 동시통역에 통역부스 {needed}개가 필요하지만 "
                f"{name(room.name, 'ko')}에는 {room.booths}개뿐입니다.",
                f"Simultaneous interpretation of {where_en} needs {needed} booth{plural}; "
                f"{name(room.name, 'en')} has {room.booths}.",
                fix_ko=f"부스 {needed}개가 있는 회의실로 옮기거나 이동식 부스를 설치하세요.",
                fix_en=f"Move to a room with {needed} booth{plural}, or install mobile booths.",
                items=(item.id,) if item is not None and item.id else (), **refs)
    yield from _equipment(f, room, policy)
    if f.remote > 0 and not room.video:
        yield finding(
            "room.video", Severity.ERROR,
            f"'{name(s.title, 'ko')}'에 화상참여 {f.remote}명이 있지만 {name(room.name, 'ko')}에는 "
            "화상회의 연결이 없습니다.",
            f"'{name(s.title, 'en')}' has {f.remote} remote participant"
            f"{'s' if f.remote > 1 else ''}; {name(room.name, 'en')} has no video link.",
            fix_ko="화상회의 연결이 있는 회의실로 옮기세요.",
            fix_en="Move to a room with a video link.", **refs)


def check_room_day(sessions: Sequence[SessionFacts], policy: Policy) -> Iterator[Finding]:
    """Every pair of sessions in one room and day that overlap, turnover time included.

    A sweep in start order keeps only the sessions still occupying the room, so the
    work grows with the sessions and the clashes, not with every pair.
    """
    turnover = policy.room_turnover_min
    active: list[SessionFacts] = []
    for f in sorted(sessions, key=lambda x: (x.session.start_min, x.session.end_min, x.key)):
        start = f.session.start_min
        active = [a for a in active if a.session.end_min + turnover > start]
        for a in active:
            yield _double_booked(a, f, turnover)
        active.append(f)


def _double_booked(a: SessionFacts, b: SessionFacts, turnover: int) -> Finding:
    room = a.room
    assert room is not None
    sa, sb = a.session, b.session
    overlap = sa.end_min > sb.start_min
    why_ko = "시간이 겹칩니다" if overlap else f"정리 시간 {turnover}분이 없습니다"
    why_en = "overlap" if overlap else f"leave no {turnover} min turnover"
    return finding(
        "room.double-booked", Severity.ERROR,
        f"{name(room.name, 'ko')}: '{name(sa.title, 'ko')}'({span(sa.start_min, sa.end_min)})와 "
        f"'{name(sb.title, 'ko')}'({span(sb.start_min, sb.end_min)})의 {why_ko}.",
        f"{name(room.name, 'en')}: '{name(sa.title, 'en')}' ({span(sa.start_min, sa.end_min)}) "
        f"and '{name(sb.title, 'en')}' ({span(sb.start_min, sb.end_min)}) {why_en}.",
        fix_ko="한 세션을 다른 회의실이나 시간으로 옮기세요.",
        fix_en="Move one of them to another room or time.",
        day=sa.date, sessions=tuple(sorted((sa.key, sb.key))), rooms=(room.key,))


SIMULTANEOUS_MODES = (Mode.SIMULTANEOUS, Mode.REMOTE_SIMULTANEOUS)


def equipment_needs(f: SessionFacts,
                    policy: Policy) -> list[tuple[str, ItemLike | None, int, bool]]:
    """The pieces of a session's interpretation that reach their listeners through equipment:
    (mode, the row or None for the session, how many listen, whether the room must have a
    booth or a portable system for it beyond the booths ``room.booths`` counts).

    Simultaneous always (receivers for everyone on site); whispering for more listeners than
    whispering serves (system whispering); a text read by sight to the room while its speaker
    speaks (동시 시통역: a sight row in a session that is not consecutive, or a sight
    session), for more people than that.
    """
    s = f.session
    most = policy.whisper_listeners_per_interpreter
    listeners = s.listeners if s.listeners is not None else f.on_site
    out: list[tuple[str, ItemLike | None, int, bool]] = []

    def add(mode: str | None, item: ItemLike | None) -> None:
        if mode in SIMULTANEOUS_MODES:
            out.append((mode, item, f.on_site, False))
        elif mode == Mode.WHISPERED and listeners > most:
            out.append((mode, item, listeners, True))
        elif mode == Mode.SIGHT and f.on_site > most:
            out.append((mode, item, f.on_site, True))

    add(s.interpretation_mode, None)
    read_in_turn = s.interpretation_mode == Mode.CONSECUTIVE
    for item in f.items:
        mode = item.interpretation_mode
        if mode == Mode.SIGHT and read_in_turn:
            continue  # read aloud after the speaker, as consecutive is: no equipment
        if mode is not None and getattr(item, "interpreted", None) is not False:
            add(mode, item)
    return out


def has_interpretation_system(room: RoomLike | None) -> bool:
    """A booth or a portable system: what carries interpretation to listeners' receivers."""
    return room is not None and (room.booths > 0 or room.portable_system)


def _equipment(f: SessionFacts, room: RoomLike, policy: Policy) -> Iterator[Finding]:
    """A booth or a portable system, and receivers, wherever the interpretation needs them.

    Whispering for too many listeners without equipment is said once, by
    ``interpretation.whisper-listeners``; simultaneous without booths by ``room.booths``.
    """
    s = f.session
    needs = equipment_needs(f, policy)
    if not needs:
        return
    refs = dict(day=s.date, sessions=(s.key,), rooms=(room.key,))
    system = next(((mode, item, people) for mode, item, people, bring in needs
                   if bring and mode == Mode.SIGHT), None)
    if system is not None and not has_interpretation_system(room):
        mode, item, people = system
        label = MODE_LABELS[Mode(mode)]
        row = f.number(item.id or 0) if item is not None else ""
        where_ko = f"'{name(s.title, 'ko')}'" + (f" {row}번 행" if row else "")
        where_en = f"'{name(s.title, 'en')}'" + (f", row {row}" if row else "")
        most = policy.whisper_listeners_per_interpreter
        source = policy.source("whisper_listeners_per_interpreter")
        yield finding(
            "room.equipment", Severity.ERROR,
            f"{where_ko} {label['ko']}은(는) 연설과 동시에 {people}명에게 전달되므로 장비가 "
            f"필요합니다(장비 없이는 {most}명까지, {source['ko']}). {name(room.name, 'ko')}에는 "
            "통역부스도 이동식 통역 장비도 없습니다.",
            f"The {label['en']} of {where_en} is read while the speaker speaks, to {people} "
            f"people: it needs equipment (without it, {most} at most: {source['en']}); "
            f"{name(room.name, 'en')} has no booth and no portable interpretation system.",
            fix_ko=f"이동식 통역 장비와 수신기(최대 {people}대), 또는 통역부스를 준비하세요.",
            fix_en=f"Bring a portable interpretation system with receivers (up to {people}), "
                   "or a booth.",
            items=(item.id,) if item is not None and item.id else (), **refs)
    if room.receivers is None or not has_interpretation_system(room):
        return
    mode, item, people, _ = max(needs, key=lambda need: need[2])
    if room.receivers < people:
        label = MODE_LABELS[Mode(mode)]
        yield finding(
            "room.equipment", Severity.ERROR,
            f"'{name(s.title, 'ko')}' {label['ko']}: 청중 {people}명에 "
            f"{name(room.name, 'ko')}의 수신기는 {room.receivers}대뿐입니다.",
            f"The {label['en']} of '{name(s.title, 'en')}' has {people} listeners; "
            f"{name(room.name, 'en')} has {room.receivers} receivers.",
            fix_ko=f"수신기를 {people - room.receivers}대 더 준비하세요.",
            fix_en=f"Bring {people - room.receivers} more receivers.",
            items=(item.id,) if item is not None and item.id else (), **refs)
