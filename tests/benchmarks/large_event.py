"""The "large event" of the performance yardsticks, generated the same way every time.

5 days (2026-09-07 to 2026-09-11), 20 rooms, 800 sessions, 8,000 agenda rows
(every row counted: blocks, their children and markers), 150 interpreters and
1,600 assignments, as an interchange document (see docs/interchange.md). The
numbers are exact; everything else (titles, lengths, modes, teams) is drawn
from ``random.Random(seed)``, so one seed always gives the same document.

The event is meant to look like a real one, so that checks and exports meet
realistic work: sessions never overlap in a room, simultaneous interpretation
only happens in rooms with booths, agendas fill their sessions (a few hard
starts leave a planned gap), teams follow the usual sizes, and interpreters
are picked for their languages, modes, availability and free time, so only a
few of them end up double-booked or overworked.

    python tests/benchmarks/large_event.py OUT.json
    agenda-planner import OUT.json large.agenda
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT = "agenda-planner.event/1"
DAYS = ("2026-09-07", "2026-09-08", "2026-09-09", "2026-09-10", "2026-09-11")
ROOM_COUNT = 20
SESSIONS_PER_ROOM_PER_DAY = 8
ROWS_PER_SESSION = 10
INTERPRETER_COUNT = 150
ASSIGNMENT_COUNT = 1600

EXPECTED = {
    "days": len(DAYS),
    "rooms": ROOM_COUNT,
    "sessions": len(DAYS) * ROOM_COUNT * SESSIONS_PER_ROOM_PER_DAY,
    "rows": len(DAYS) * ROOM_COUNT * SESSIONS_PER_ROOM_PER_DAY * ROWS_PER_SESSION,
    "interpreters": INTERPRETER_COUNT,
    "assignments": ASSIGNMENT_COUNT,
}
"""The counts of the large event: 5, 20, 800, 8000, 150, 1600."""

DAY_START = 8 * 60
DAY_END = 19 * 60
ROOM_TURNOVER_MIN = 10
CHANGEOVER_MIN = 10
DAILY_WORKING_MAX_MIN = 360
STINT_GAP_MIN = 30
STINT_MAX_MIN = 180
STINTS_PER_DAY_MAX = 2
BREAK_BETWEEN_STINTS_MIN = 90
"""The working-time limits of the default policy (planner.policy), which staffing keeps to."""
SESSION_LENGTHS = tuple(range(30, 121, 5))

Texts = dict[str, str]


def _t(ko: str, en: str) -> Texts:
    return {"ko": ko, "en": en}


# -- the words the event is written in -----------------------------------------------

COUNTRIES: tuple[tuple[str, str, str, int], ...] = (
    # Korean name, English name, the language its delegates speak, weight
    ("미국", "United States", "en", 5),
    ("캐나다", "Canada", "en", 4),
    ("영국", "United Kingdom", "en", 4),
    ("호주", "Australia", "en", 2),
    ("EU", "EU", "en", 3),
    ("네덜란드", "Netherlands", "en", 2),
    ("핀란드", "Finland", "en", 1),
    ("프랑스", "France", "fr", 3),
    ("일본", "Japan", "ja", 3),
    ("독일", "Germany", "de", 3),
)

KINDS = (
    _t("정부 간 대화", "government dialogue"),
    _t("라운드테이블", "roundtable"),
    _t("양자 면담", "bilateral meeting"),
    _t("기술 세미나", "technical seminar"),
    _t("패널 토론", "panel discussion"),
    _t("산업계 간담회", "industry forum"),
    _t("MOU 서명식", "MOU signing ceremony"),
    _t("네트워킹 리셉션", "networking reception"),
)

TOPICS = (
    _t("양자컴퓨팅", "quantum computing"),
    _t("양자통신", "quantum communication"),
    _t("양자센서", "quantum sensing"),
    _t("양자 인력 양성", "quantum workforce"),
    _t("양자 표준화", "quantum standards"),
    _t("양자 공급망", "quantum supply chain"),
    _t("양자 클러스터", "quantum clusters"),
    _t("양자-HPC 하이브리드", "quantum-HPC hybrid computing"),
)

ROOM_KINDS = (
    _t("그랜드볼룸", "Grand Ballroom"),
    _t("컨벤션홀", "Convention Hall"),
    _t("세미나실", "Seminar Room"),
    _t("회의실", "Meeting Room"),
    _t("화상회의실", "Video Conference Room"),
    _t("VIP 라운지", "VIP Lounge"),
    _t("스튜디오", "Studio"),
)

OPENINGS = (
    _t("개회 및 참석자 소개", "Opening and introductions"),
    _t("개회 및 환영사", "Opening and welcome"),
    _t("행사 안내 및 주요 참석자 소개", "Housekeeping and introduction of key participants"),
)

CLOSINGS = (
    _t("기념사진 촬영 및 폐회", "Group photo and closing"),
    _t("폐회", "Closing"),
    _t("정리 및 폐회", "Wrap-up and closing"),
)

ROWS = (
    _t("양국 대표 인사말", "Remarks by the heads of delegation"),
    _t("기조 발표", "Keynote presentation"),
    _t("정책 발표", "Policy presentation"),
    _t("질의응답", "Questions and answers"),
    _t("자유 토론", "Open discussion"),
    _t("휴식", "Break"),
    _t("협력 현황 공유", "Update on cooperation"),
    _t("MOU 서명", "Signing of the MOU"),
    _t("건배사", "Toast"),
    _t("전시 투어", "Exhibition tour"),
    _t("단체사진 촬영", "Group photo"),
)

BLOCKS = (
    _t("협력 논의", "Cooperation talks"),
    _t("R&D 협력 세션", "R&D cooperation session"),
    _t("산업계 세션", "Industry session"),
    _t("인프라 논의 세션", "Infrastructure session"),
    _t("표준 및 계측 협력 세션", "Standards and metrology session"),
)

CHILDREN = (
    _t("한국 측 발언", "Remarks by the Korean side"),
    _t("{ko} 측 발언", "Remarks by the {en} side"),
    _t("사례 발표", "Case presentation"),
    _t("토론", "Discussion"),
    _t("질의응답", "Questions and answers"),
    _t("향후 협력 방향 논의", "Next steps for cooperation"),
)

MARKERS = (
    _t("차관 이석", "Vice minister leaves"),
    _t("국장 이석", "Director general leaves"),
    _t("취재진 퇴장", "Press leave"),
    _t("VIP 도착", "VIP arrives"),
)

SURNAMES = (("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"),
            ("강", "Kang"), ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"),
            ("한", "Han"), ("오", "Oh"), ("서", "Seo"), ("신", "Shin"), ("권", "Kwon"))
GIVEN = (("서", "Seo"), ("연", "Yeon"), ("민", "Min"), ("준", "Jun"), ("지", "Ji"),
         ("현", "Hyun"), ("수", "Su"), ("아", "A"), ("우", "Woo"), ("은", "Eun"),
         ("영", "Young"), ("혜", "Hye"), ("진", "Jin"), ("하", "Ha"), ("윤", "Yoon"))

LANGUAGE_KO = {"ko": "한", "en": "영", "fr": "불", "ja": "일", "de": "독"}

INTERPRETER_POOLS: tuple[tuple[tuple[str, ...], int], ...] = (
    # the languages of the interpreters of a pool, how many
    (("ko", "en"), 97),
    (("ko", "fr"), 12),
    (("ko", "ja"), 14),
    (("ko", "de"), 11),
    (("en", "fr"), 5),
    (("en", "de"), 4),
    (("en", "ja"), 3),
    (("ko", "en", "fr"), 2),
    (("ko", "en", "ja"), 2),
)

AVAILABILITY_PATTERNS: tuple[tuple[tuple[tuple[str, str], ...], int], ...] = (
    ((("08:00", "19:00"),), 12),
    ((("08:00", "13:00"),), 3),
    ((("12:00", "19:00"),), 3),
    ((("08:00", "12:00"), ("14:00", "19:00")), 2),
)

ROLE_MODE = {"booth": "simultaneous", "relay": "simultaneous", "consecutive": "consecutive",
             "whisper": "whispered", "sight": "sight"}


# -- the generator -------------------------------------------------------------------


def large_event(seed: int = 2026) -> dict[str, Any]:
    """The large event as an interchange document; the same seed gives the same document."""
    rng = random.Random(seed)
    rooms = _rooms(rng)
    interpreters = _interpreters(rng)
    sessions: list[dict[str, Any]] = []
    plans: list[_Plan] = []
    for date in DAYS:
        for room in rooms:
            for start, end in _room_day(rng):
                session, plan = _session(rng, date, room, start, end)
                sessions.append(session)
                plans.append(plan)
    _size_teams(rng, plans, ASSIGNMENT_COUNT - sum(len(p.item_roles) for p in plans))
    _staff(rng, plans, interpreters)
    for person in interpreters:
        del person["_"]
    order = sorted(range(len(sessions)), key=lambda i: (sessions[i]["date"],
                                                        sessions[i]["start"],
                                                        sessions[i]["key"]))
    return {
        "format": FORMAT,
        "event": {
            "title": _t("국제 양자협력 주간 2026 (대규모 행사)",
                        "International Quantum Cooperation Week 2026 (large event)"),
            "timezone": "Asia/Seoul",
            "languages": ["ko", "en"],
            "policy": {"changeover_min": CHANGEOVER_MIN, "room_turnover_min": ROOM_TURNOVER_MIN},
        },
        "rooms": rooms,
        "interpreters": interpreters,
        "sessions": [sessions[i] for i in order],
    }


def counts(doc: dict[str, Any]) -> dict[str, int]:
    """What the yardsticks count: days, rooms, sessions, rows (every item node), interpreters,
    assignments (of sessions and of items)."""

    def rows(items: list[dict[str, Any]]) -> int:
        return sum(1 + rows(item.get("children", [])) for item in items)

    def item_assignments(items: list[dict[str, Any]]) -> int:
        return sum(len(item.get("assignments", [])) + item_assignments(item.get("children", []))
                   for item in items)

    sessions = doc["sessions"]
    return {
        "days": len({s["date"] for s in sessions}),
        "rooms": len(doc["rooms"]),
        "sessions": len(sessions),
        "rows": sum(rows(s.get("items", [])) for s in sessions),
        "interpreters": len(doc["interpreters"]),
        "assignments": sum(len(s.get("assignments", [])) + item_assignments(s.get("items", []))
                           for s in sessions),
    }


def breakdown(doc: dict[str, Any]) -> dict[str, Any]:
    """How the rows, modes and assignments are mixed (for the benchmark report)."""
    out: dict[str, Any] = {"blocks": 0, "markers": 0, "hard_starts": 0, "item_assignments": 0,
                           "modes": {}, "languages": {}, "roles": {}}

    def tally(table: str, key: str) -> None:
        out[table][key] = out[table].get(key, 0) + 1

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            out["blocks"] += "children" in item
            out["markers"] += bool(item.get("marker"))
            out["hard_starts"] += "start" in item
            out["item_assignments"] += len(item.get("assignments", []))
            for a in item.get("assignments", []):
                tally("roles", a["role"])
            walk(item.get("children", []))

    for session in doc["sessions"]:
        interpretation = session.get("interpretation", {"mode": "none"})
        tally("modes", interpretation["mode"])
        tally("languages", "/".join(interpretation.get("languages", [])) or "-")
        for a in session.get("assignments", []):
            tally("roles", a["role"])
        walk(session.get("items", []))
    return out


# -- rooms and interpreters ------------------------------------------------------------


def _rooms(rng: random.Random) -> list[dict[str, Any]]:
    rooms = []
    for i in range(ROOM_COUNT):
        floor = f"{i % 5 + 1}F"
        kind = ROOM_KINDS[i % len(ROOM_KINDS)]
        if kind["en"] in ("Grand Ballroom", "Convention Hall"):
            capacity = rng.choice((200, 250, 300, 400))
        elif kind["en"] in ("Seminar Room", "Studio"):
            capacity = rng.choice((60, 80, 100, 120, 150))
        else:
            capacity = rng.choice((20, 24, 30, 40))
        booths = rng.randint(2, 3) if capacity >= 200 else (
            rng.choice((0, 1, 1, 2)) if capacity >= 60 else 0)
        number = i + 1
        rooms.append({
            "key": f"room-{number:02d}-{floor.lower()}",
            "name": _t(f"{kind['ko']} {number}", f"{kind['en']} {number}"),
            "floor": floor,
            "capacity": capacity,
            "booths": booths,
            "video": kind["en"] in ("Video Conference Room", "Studio") or rng.random() < 0.3,
        })
    return rooms


def _interpreters(rng: random.Random) -> list[dict[str, Any]]:
    people = []
    for languages, how_many in INTERPRETER_POOLS:
        for n in range(1, how_many + 1):
            pairs = [(a, b) for a in languages for b in languages if a < b]
            directions = sorted({d for a, b in pairs for d in (f"{a}>{b}", f"{b}>{a}")})
            if len(languages) == 2 and rng.random() < 0.08:
                a, b = languages
                directions = [rng.choice((f"{a}>{b}", f"{b}>{a}"))]  # works into one language only
            modes = ["consecutive", "whispered"] if rng.random() < 0.2 else \
                ["simultaneous", "consecutive"] + (["whispered"] if rng.random() < 0.7 else [])
            if rng.random() < 0.3:
                modes.append("sight")
            if "simultaneous" in modes and rng.random() < 0.15:
                modes.append("remote-simultaneous")
            surname, one, two = rng.choice(SURNAMES), rng.choice(GIVEN), rng.choice(GIVEN)
            pair_ko = "".join(LANGUAGE_KO[lang] for lang in languages)
            key = f"{''.join(languages)}-{n}"
            available = []
            for date in DAYS:
                if rng.random() < 0.87:
                    slots = rng.choices([p for p, _ in AVAILABILITY_PATTERNS],
                                        [w for _, w in AVAILABILITY_PATTERNS])[0]
                    available.extend({"date": date, "start": s, "end": e} for s, e in slots)
            person: dict[str, Any] = {
                "key": key,
                "name": _t(f"{surname[0]}{one[0]}{two[0]} ({pair_ko} 통역사)",
                           f"{surname[1]} {one[1]}-{two[1].lower()} "
                           f"({'-'.join(lang.upper() for lang in languages)} interpreter)"),
                "languages": list(languages),
                "directions": directions,
                "modes": modes,
                "available": available,
                "_": _Person(key, set(languages), set(directions), set(modes),
                             _windows(available)),
            }
            if rng.random() < 0.5:
                person["contact"] = f"{key}@interpreters.example.org"
            people.append(person)
    assert len(people) == INTERPRETER_COUNT
    return people


@dataclass
class _Person:
    """An interpreter as the staffing step sees them."""

    key: str
    languages: set[str]
    directions: set[str]
    modes: set[str]
    windows: dict[str, list[tuple[int, int]]]
    busy: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    worked: dict[str, int] = field(default_factory=dict)

    def holds(self, a: str, b: str) -> bool:
        return f"{a}>{b}" in self.directions and f"{b}>{a}" in self.directions

    def available(self, date: str, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.windows.get(date, []))

    def free(self, date: str, start: int, end: int, room: str) -> bool:
        for s, e, where in self.busy.get(date, []):
            buffer = 0 if where == room else CHANGEOVER_MIN
            if start < e + buffer and s < end + buffer:
                return False
        return True

    def rested(self, date: str, start: int, end: int) -> bool:
        """Whether the day stays within the working-time limits with this stretch added."""
        if self.worked.get(date, 0) + end - start > DAILY_WORKING_MAX_MIN:
            return False
        stints: list[list[int]] = []
        for s, e in sorted([(s, e) for s, e, _ in self.busy.get(date, [])] + [(start, end)]):
            if stints and s - stints[-1][1] < STINT_GAP_MIN:
                stints[-1][1] = max(stints[-1][1], e)
            else:
                stints.append([s, e])
        return (len(stints) <= STINTS_PER_DAY_MAX
                and all(e - s <= STINT_MAX_MIN for s, e in stints)
                and all(b[0] - a[1] >= BREAK_BETWEEN_STINTS_MIN
                        for a, b in zip(stints, stints[1:], strict=False)))

    def joins(self, date: str, start: int, end: int) -> bool:
        """Whether this stretch would continue a stint of the day rather than start one."""
        return any(0 <= start - e < STINT_GAP_MIN or 0 <= s - end < STINT_GAP_MIN
                   for s, e, _ in self.busy.get(date, []))

    def book(self, date: str, start: int, end: int, room: str) -> None:
        self.busy.setdefault(date, []).append((start, end, room))
        self.worked[date] = self.worked.get(date, 0) + end - start


def _windows(available: list[dict[str, str]]) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for slot in available:
        out.setdefault(slot["date"], []).append((_minutes(slot["start"]), _minutes(slot["end"])))
    return out


# -- sessions --------------------------------------------------------------------------


def _room_day(rng: random.Random) -> list[tuple[int, int]]:
    """Eight sessions for one room and one day: lengths 30-120 min, none overlapping."""
    count = SESSIONS_PER_ROOM_PER_DAY
    room_for = DAY_END - DAY_START - (count - 1) * ROOM_TURNOVER_MIN
    lengths = [rng.choice(SESSION_LENGTHS) for _ in range(count)]
    while sum(lengths) > room_for:  # trim the longest until the day holds them all
        longest = max(range(count), key=lambda i: (lengths[i], -i))
        lengths[longest] -= 5
    spare = (room_for - sum(lengths)) // 5
    gaps = [0] * (count + 1)  # before the first, between sessions, after the last
    for _ in range(spare):
        gaps[rng.randrange(count + 1)] += 5
    out, cursor = [], DAY_START
    for i, length in enumerate(lengths):
        cursor += gaps[i] + (ROOM_TURNOVER_MIN if i else 0)
        out.append((cursor, cursor + length))
        cursor += length
    assert out[-1][1] <= DAY_END
    return out


@dataclass
class _Plan:
    """A session still to be staffed: its mode, languages and the team it needs."""

    session: dict[str, Any]
    room: str
    date: str
    start: int
    end: int
    mode: str
    languages: list[str]
    listeners: int
    team: int
    low: int
    high: int
    item_roles: list[tuple[dict[str, Any], str, str]]
    """(item, mode, role) of the items interpreted differently from their session."""

    @property
    def foreign(self) -> str:
        return self.languages[-1] if len(self.languages) > 1 else "en"


def _session(rng: random.Random, date: str, room: dict[str, Any], start: int,
             end: int) -> tuple[dict[str, Any], _Plan]:
    ko, en, spoken, _ = rng.choices(COUNTRIES, [c[3] for c in COUNTRIES])[0]
    kind, topic = rng.choice(KINDS), rng.choice(TOPICS)
    length = end - start
    booths = room["booths"]
    if booths and rng.random() < 0.8:
        mode = "simultaneous"
    else:
        mode = rng.choices(("consecutive", "whispered", "none"), (50, 18, 32))[0]
    if spoken != "en" and mode == "simultaneous" and booths >= 3 and rng.random() < 0.7:
        languages = ["ko", "en", spoken]
    elif spoken != "en" and rng.random() < 0.55:
        languages = ["ko", spoken]
    else:
        languages = ["ko", "en"]
    listeners = rng.randint(1, 3) if mode == "whispered" else 0
    interpretation: dict[str, Any] = {"mode": mode, "languages": languages if mode != "none"
                                      else ["ko"]}
    if listeners:
        interpretation["listeners"] = listeners
        interpretation["listener_names"] = _t(f"{ko} 측 대표단장", f"Head of the {en} delegation")
    key = f"{date[5:7]}{date[8:10]}-{room['key'][:7]}-{_clock(start).replace(':', '')}"
    on_site = max(2, min(room["capacity"] // 2, rng.randint(3, 30)))
    session: dict[str, Any] = {
        "key": key,
        "title": _t(f"한-{ko} {topic['ko']} {kind['ko']}",
                    f"Korea-{en} {kind['en']} on {topic['en']}"),
        "date": date,
        "start": _clock(start),
        "end": _clock(end),
        "room": room["key"],
        "closed": rng.random() < 0.25,
        "purpose": _t(f"한-{ko} {topic['ko']} 분야 협력 현황 공유 및 향후 협력 방향 논의",
                      f"Share progress and agree next steps in {topic['en']} between Korea "
                      f"and {en}"),
        "participants": _t(f"양측 관계자 {on_site * 2}명 내외",
                           f"About {on_site * 2} participants from both sides"),
        "interpretation": interpretation,
        "delegations": [
            {"side": _t("한국", "Korea"), "on_site": on_site, "remote": 0,
             "members": _t("과기정통부, 한국연구재단, 한국양자산업협회 등",
                           "MSIT, NRF, Korea Quantum Industry Association and others")},
            {"side": _t(ko, en), "on_site": max(1, on_site - rng.randint(0, 3)),
             "remote": rng.randint(1, 8) if room["video"] and rng.random() < 0.4 else 0,
             "members": _t(f"{ko} 정부 및 산업계 관계자", f"{en} government and industry")},
        ],
    }
    if rng.random() < 0.4:
        session["key_points"] = _t(f"① {topic['ko']} 공동연구 확대\n② 인력 교류 프로그램",
                                   f"1. More joint research in {topic['en']}\n"
                                   "2. Researcher exchange programme")
    if rng.random() < 0.5:
        session["moderator"] = _t("K-본부 김상우 박사", "Dr Kim Sang-woo, K-Center")
    items, item_roles = _items(rng, start, length, mode, languages, ko, en)
    session["items"] = items
    team, low, high = _team_size(mode, languages, length, listeners)
    return session, _Plan(session, room["key"], date, start, end, mode, languages, listeners,
                          team, low, high, item_roles)


def _team_size(mode: str, languages: list[str], length: int,
               listeners: int) -> tuple[int, int, int]:
    """The usual team (from the interpretation rules) and how far it may grow or shrink."""
    if mode == "simultaneous" and len(languages) > 2:
        return 6, 6, 7  # three booths of two: into Korean, into English, into the third
    if mode == "simultaneous":
        team = 1 if length <= 40 else 2
        return team, team, 3
    if mode == "consecutive":
        team = 1 if length <= 60 else 2
        return team, team, 2
    if mode == "whispered":
        team = max(-(-listeners // 2), 1 if length <= 30 else 2)
        return team, team, team + 1
    return 0, 0, 0


def _items(rng: random.Random, start: int, length: int, mode: str, languages: list[str],
           ko: str, en: str) -> tuple[list[dict[str, Any]], list[tuple[dict[str, Any], str, str]]]:
    """Ten rows that fill the session: leaves, blocks with children, perhaps a marker."""
    blocks = [rng.randint(2, 3) for _ in range(rng.choices((0, 1, 2), (2, 5, 3))[0])]
    markers = 1 if rng.random() < 0.3 else 0
    leaves = ROWS_PER_SESSION - len(blocks) - sum(blocks) - markers
    if leaves < 2:
        markers, leaves = 0, leaves + markers
    middle: list[Any] = ["leaf"] * (leaves - 2) + blocks
    rng.shuffle(middle)
    shape: list[Any] = ["leaf", *middle, "leaf"]
    if markers:
        shape.insert(rng.randint(1, len(shape) - 1), "marker")
    assert len(shape) + sum(blocks) == ROWS_PER_SESSION

    gap = 5 if rng.random() < 0.05 and length >= 45 else 0
    durations = _split(rng, length - gap, leaves + sum(blocks))
    pinned = rng.choice([i for i, kind in enumerate(shape) if kind != "marker" and i > 0]) \
        if gap or rng.random() < 0.15 else None

    items: list[dict[str, Any]] = []
    cursor = start
    for index, kind in enumerate(shape):
        if kind == "marker":
            item: dict[str, Any] = {"title": dict(rng.choice(MARKERS)), "marker": True}
            if rng.random() < 0.5:
                item["start"] = _clock(cursor)
            items.append(item)
            continue
        if index == pinned:
            cursor += gap
        hard = index == pinned or (index == 0 and rng.random() < 0.6)
        if kind == "leaf":
            title = OPENINGS if index == 0 else CLOSINGS if index == len(shape) - 1 else ROWS
            item = {"title": dict(rng.choice(title)), "duration": durations.pop()}
            if index == 0:
                item["remarks"] = _t("(사회) K-본부 김상우 박사", "(Moderator) Dr Kim Sang-woo")
            elif rng.random() < 0.15:
                item["details"] = _t("① 현황 공유 ② 향후 계획", "1. Progress 2. Plans ahead")
            if rng.random() < 0.01:
                item["stated_duration"] = item["duration"] + 5
            cursor_after = cursor + item["duration"]
        else:
            children = []
            for _ in range(kind):
                child = rng.choice(CHILDREN)
                children.append({"title": {lang: text.format(ko=ko, en=en)
                                           for lang, text in child.items()},
                                 "duration": durations.pop()})
            item = {"title": dict(rng.choice(BLOCKS)), "children": children}
            if rng.random() < 0.2:
                item["remarks"] = _t(f"※ {ko} 측 일부 화상참여", f"Some of the {en} side by video")
            cursor_after = cursor + sum(child["duration"] for child in children)
        if hard:
            item["start"] = _clock(cursor)
        items.append(item)
        cursor = cursor_after
    assert not durations and cursor == start + length

    item_roles: list[tuple[dict[str, Any], str, str]] = []
    if rng.random() < 0.05:  # a welcome speech interpreted differently from the session
        leaf = rng.choice([item for item in items[1:] if "duration" in item])
        own = {"none": ("consecutive", "consecutive"), "simultaneous": ("sight", "sight"),
               "consecutive": ("whispered", "whisper"),
               "whispered": ("consecutive", "consecutive")}[mode]
        leaf["interpretation"] = {"mode": own[0], "languages": languages if mode != "none"
                                  else ["ko", "en"]}
        item_roles.append((leaf, own[0], own[1]))
    return items, item_roles


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """``total`` minutes in ``parts`` random lengths: whole 5 minutes where they fit."""
    unit = 5 if total % 5 == 0 and total // 5 >= parts else 1
    least = 1 if unit == 5 else 2
    spare = total // unit - least * parts
    cuts = sorted(rng.randint(0, spare) for _ in range(parts - 1))
    sizes = [b - a for a, b in zip([0, *cuts], [*cuts, spare], strict=True)]
    return [(least + size) * unit for size in sizes]


# -- teams and staffing ----------------------------------------------------------------


def _size_teams(rng: random.Random, plans: list[_Plan], target: int) -> None:
    """Grow or shrink teams within their bounds until the event holds exactly ``target``."""
    total = sum(p.team for p in plans)
    widened = False
    while total != target:
        step = 1 if total < target else -1
        movable = [p for p in plans
                   if (p.team < p.high if step > 0 else p.team > p.low)]
        if not movable:
            if widened:
                raise AssertionError(f"cannot make {target} assignments from {total}")
            for p in plans:  # beyond the usual sizes; only other seeds ever get here
                if p.mode != "none":
                    p.low, p.high = 1, p.high + 2
            widened = True
            continue
        rng.choice(movable).team += step
        total += step


def _staff(rng: random.Random, plans: list[_Plan], interpreters: list[dict[str, Any]]) -> None:
    """Pick each session's interpreters, first come first served through each day."""
    people = [person["_"] for person in interpreters]
    rng.shuffle(people)  # ties go to a random, but fixed, interpreter
    for plan in sorted(plans, key=lambda p: (p.date, p.start, p.room)):
        chosen: set[str] = set()
        assignments = []
        for needs, role in _roles(plan):
            person = _pick(people, plan, needs, role, chosen)
            chosen.add(person.key)
            if role == "relay" and person.holds("ko", needs[1]):
                role = "booth"  # works straight from Korean, so needs no relay
            assignments.append({"interpreter": person.key, "role": role})
        for item, _mode, role in plan.item_roles:
            languages = item["interpretation"]["languages"]
            person = _pick(people, plan, (languages[0], languages[-1]), role, chosen)
            chosen.add(person.key)
            item["assignments"] = [{"interpreter": person.key, "role": role}]
        plan.session["assignments"] = assignments


def _roles(plan: _Plan) -> list[tuple[tuple[str, str], str]]:
    """The language pair and role of each member of the session's team."""
    a, b = plan.languages[0], plan.foreign
    if plan.mode == "simultaneous" and len(plan.languages) > 2:
        # booths into Korean and into English, and one into the third language that may take
        # relay from the English booth
        third = plan.languages[2]
        return [(("ko", "en"), "booth")] * (plan.team - 2) + [(("en", third), "relay")] * 2
    role = {"simultaneous": "booth", "consecutive": "consecutive", "whispered": "whisper"}.get(
        plan.mode)
    return [((a, b), role)] * plan.team if role else []


def _pick(people: list[_Person], plan: _Plan, pair: tuple[str, str], role: str,
          chosen: set[str]) -> _Person:
    """The interpreter who fits best; rules are relaxed one by one if no one fits them all."""
    a, b = pair
    mode = ROLE_MODE[role]
    date, start, end = plan.date, plan.start, plan.end

    def fits(p: _Person, level: int) -> bool:
        if p.key in chosen:
            return False
        if level >= 4:  # anyone who speaks the languages at all
            return {a, b} <= p.languages
        if role == "relay":  # works from the ko-en booth's English, or straight from Korean
            if not (p.holds(a, b) or p.holds("ko", b)):
                return False
        elif role == "whisper":  # into the listener's language only
            if f"{a}>{b}" not in p.directions:
                return False
        elif not p.holds(a, b):
            return False
        return (mode in p.modes
                and (level >= 3 or p.free(date, start, end, plan.room))
                and (level >= 2 or p.available(date, start, end))
                and (level >= 1 or p.rested(date, start, end)))

    for level in range(5):  # 0: every rule; 1: may overwork; 2: ...when away; 3: double-booked
        fitting = [p for p in people if fits(p, level)]
        if fitting:
            # someone already working just before or after keeps stints few and long
            person = min(fitting, key=lambda p: (not p.joins(date, start, end),
                                                 p.worked.get(date, 0)))
            person.book(date, start, end, plan.room)
            return person
    raise AssertionError(f"no interpreter at all holds {a}-{b}")


# -- helpers -------------------------------------------------------------------------


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, metavar="OUT.json", help="where to write the event")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    doc = large_event(args.seed)
    found = counts(doc)
    assert found == EXPECTED, f"the large event counts {found}, not {EXPECTED}"
    text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}: " + ", ".join(f"{v} {k}" for k, v in found.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
