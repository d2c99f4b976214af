"""The planning rules, finding by finding: the smallest event that triggers each one, and
the near miss just short of it.

Every event is built as an interchange document, imported into a real event file,
loaded and checked, exactly as the program does. The builder below gives sensible
defaults (a ko/en event, two well-equipped rooms, interpreters who hold both
directions and every mode and are available all day) so that only the thing under
test can trigger a finding.
"""

from __future__ import annotations

import copy
import itertools
import json
import os
import random
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

from db.document import EventDocument, build_new_file
from db.interchange import import_event
from db.loading import LoadedEvent, load_event
from db.models import Assignment
from planner.policy import Policy
from planner.rules import Finding, RuleEngine, check_plan
from planner.vocabulary import Severity
from tests.conftest import SMALL_EVENT

DAY = "2026-07-01"
DAY2 = "2026-07-02"
ALL_MODES = ["simultaneous", "consecutive", "whispered", "sight", "remote-simultaneous"]
ROLE_FOR_MODE = {"simultaneous": "booth", "remote-simultaneous": "booth",
                 "consecutive": "consecutive", "whispered": "whisper", "sight": "sight",
                 "none": "consecutive"}

# -- building events ------------------------------------------------------------------

TEST_POLICY: dict[str, Any] = {"preset": "aiic-canada", "consecutive_short_max_min": 60,
                               "whisper_short_max_min": 30, "call_time_min": 0}
"""The numbers the rules below were written against: AIIC Canada's booth table, one
consecutive interpreter up to an hour, whispering alone up to 30 minutes, no call time."""


def room(key: str = "hall", *, capacity: int | None = 100, booths: int = 3, video: bool = True,
         floor: str = "2F") -> dict[str, Any]:
    return {"key": key, "name": {"ko": f"{key} 회의실", "en": f"Room {key}"}, "floor": floor,
            "capacity": capacity, "booths": booths, "video": video}


def person(key: str, *, directions: tuple[str, ...] = ("ko>en", "en>ko"),
           modes: list[str] | tuple[str, ...] = tuple(ALL_MODES),
           available: list[tuple[str, str, str]] | None = None) -> dict[str, Any]:
    """An interpreter; by default both directions, every mode, 08:00-20:00 on both days."""
    if available is None:
        available = [(DAY, "08:00", "20:00"), (DAY2, "08:00", "20:00")]
    return {"key": key, "name": {"ko": f"통역사 {key}", "en": f"Interpreter {key}"},
            "languages": ["ko", "en"], "directions": list(directions), "modes": list(modes),
            "available": [{"date": d, "start": s, "end": e} for d, s, e in available]}


def _assignments(mode: str, staff: tuple[str, ...] | list[str],
                 roles: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> list[dict]:
    out = [{"interpreter": key, "role": ROLE_FOR_MODE[mode]} for key in staff]
    out += [{"interpreter": key, "role": role} for key, role in roles]
    return out


def row(duration: int | None = None, *, key: str | None = None, title: str = "논의",
        start: str | None = None, stated: int | None = None,
        children: list[dict] | None = None, marker: bool = False, mode: str | None = None,
        languages: tuple[str, ...] = ("ko", "en"), staff: tuple[str, ...] = (),
        roles: tuple[tuple[str, str], ...] = ()) -> dict[str, Any]:
    """An agenda row: a leaf with a duration, a block with children, or a marker."""
    out: dict[str, Any] = {"title": {"ko": title, "en": title}}
    if key is not None:
        out["key"] = key
    if start is not None:
        out["start"] = start
    if duration is not None:
        out["duration"] = duration
    if children is not None:
        out["children"] = children
    if marker:
        out["marker"] = True
    if stated is not None:
        out["stated_duration"] = stated
    if mode is not None:
        out["interpretation"] = {"mode": mode, "languages": list(languages)}
    if staff or roles:
        out["assignments"] = _assignments(mode or "none", staff, roles)
    return out


def session(key: str = "s1", start: str = "10:00", end: str = "11:00", *,
            room: str | None = "hall", mode: str = "none",
            languages: tuple[str, ...] = ("ko", "en"), listeners: int | None = None,
            staff: tuple[str, ...] | list[str] = (),
            roles: tuple[tuple[str, str], ...] = (), on_site: int | None = None,
            remote: int | None = None, items: list[dict] | None = None,
            date: str = DAY) -> dict[str, Any]:
    """A session; ``staff`` are interpreter keys in the mode's usual role, ``roles`` (key, role)."""
    out: dict[str, Any] = {"key": key, "title": {"ko": f"회의 {key}", "en": f"Meeting {key}"},
                           "date": date, "start": start, "end": end, "room": room}
    if mode != "none":
        interpretation: dict[str, Any] = {"mode": mode, "languages": list(languages)}
        if listeners is not None:
            interpretation["listeners"] = listeners
        out["interpretation"] = interpretation
    if on_site is not None or remote is not None:
        out["delegations"] = [{"side": {"ko": "한국", "en": "Korea"}, "on_site": on_site or 0,
                               "remote": remote or 0}]
    if items is not None:
        out["items"] = items
    if staff or roles:
        out["assignments"] = _assignments(mode, staff, roles)
    return out


def _referenced(sessions: list[dict]) -> list[str]:
    keys: list[str] = []

    def walk(entries: list[dict]) -> None:
        for entry in entries:
            for a in entry.get("assignments", []):
                if a["interpreter"] not in keys:
                    keys.append(a["interpreter"])
            walk(entry.get("items", []) + entry.get("children", []))

    walk(sessions)
    return keys


def event(*sessions: dict, rooms: list[dict] | None = None,
          interpreters: list[dict] | None = None,
          policy: dict[str, int] | None = None) -> dict[str, Any]:
    """A ko/en event; interpreters named in assignments but not given are made with defaults."""
    given = list(interpreters or [])
    known = {p["key"] for p in given}
    people = given + [person(k) for k in _referenced(list(sessions)) if k not in known]
    info: dict[str, Any] = {"title": {"ko": "시험", "en": "Test"}, "timezone": "Asia/Seoul",
                            "languages": ["ko", "en"],
                            "policy": {**TEST_POLICY, **(policy or {})}}
    return {"format": "agenda-planner.event/1", "event": info,
            "rooms": rooms if rooms is not None else [room("hall"), room("annex", floor="3F")],
            "interpreters": people, "sessions": list(sessions)}


# -- importing and checking -----------------------------------------------------------

_DIR: Path | None = None
_COUNTER = itertools.count()
_CACHE: dict[str, Checked] = {}


@pytest.fixture(scope="module", autouse=True)
def _scratch(tmp_path_factory: pytest.TempPathFactory):
    """Event files go to a RAM disk where there is one: SQLite's syncs are most of the time."""
    global _DIR
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        _DIR = Path(tempfile.mkdtemp(prefix="agenda-rules-", dir=shm))
        yield
        shutil.rmtree(_DIR, ignore_errors=True)
    else:
        _DIR = tmp_path_factory.mktemp("rules")
        yield
    _CACHE.clear()


def build(data: dict[str, Any]) -> Path:
    """A new event file holding the event."""
    assert _DIR is not None
    return build_new_file(_DIR / f"e{next(_COUNTER)}.agenda", lambda doc: import_event(doc, data))


def load_file(path: Path) -> LoadedEvent:
    with EventDocument.open(path, read_only=True) as doc:
        return load_event(doc)


def load(data: dict[str, Any]) -> LoadedEvent:
    """The event imported into a new event file, then loaded from it."""
    path = build(data)
    loaded = load_file(path)
    path.unlink()
    return loaded


class Checked:
    """An event's findings, with the ids of its rows by key."""

    def __init__(self, loaded: LoadedEvent, findings: list[Finding]) -> None:
        self.loaded = loaded
        self.findings = findings
        self.item_ids: dict[tuple[str, str], int] = {}
        for s in loaded.sessions:
            for node in loaded.walk(s):
                if node.item.key is not None:
                    self.item_ids[(s.key, node.item.key)] = node.item.id  # type: ignore[assignment]

    def item(self, session_key: str, item_key: str) -> int:
        return self.item_ids[(session_key, item_key)]

    def codes(self) -> list[str]:
        return codes(self.findings)

    def only(self, code: str) -> list[Finding]:
        return only(self.findings, code)

    def one(self, code: str) -> Finding:
        found = self.only(code)
        assert len(found) == 1, f"expected one {code}, got {found}"
        return found[0]


def run(data: dict[str, Any]) -> Checked:
    """Check an event (cached by content: findings are immutable, tests never change them)."""
    text = json.dumps(data, sort_keys=True)
    if text not in _CACHE:
        loaded = load(copy.deepcopy(data))
        findings = check_plan(loaded)
        for f in findings:  # every finding, whatever the test: words in both languages
            assert isinstance(f.severity, Severity)
            assert f.message.get("ko") and f.message.get("en"), f
            if f.fix:
                assert f.fix.get("ko") and f.fix.get("en"), f
        _CACHE[text] = Checked(loaded, findings)
    return _CACHE[text]


def codes(findings: list[Finding]) -> list[str]:
    return sorted(f.code for f in findings)


def only(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def says(f: Finding, *parts: str) -> None:
    """The English message names each of these (numbers, times, places), however worded."""
    for part in parts:
        assert part in f.message["en"], (part, f.message["en"])


def says_ko(f: Finding, *parts: str) -> None:
    for part in parts:
        assert part in f.message["ko"], (part, f.message["ko"])


def sig(findings: list[Finding]) -> list[tuple]:
    """Findings as comparable tuples, in a fixed order."""
    return sorted((f.code, f.sessions, f.interpreters, f.rooms, f.items, str(f.day),
                   f.severity.value, f.message["en"]) for f in findings)


# -- a clean event: the defaults trigger nothing ---------------------------------------


def test_well_staffed_event_has_no_findings() -> None:
    data = event(
        session("sim", "09:00", "10:00", mode="simultaneous", staff=["a", "b"], on_site=20,
                remote=2, items=[row(60)]),
        session("con", "09:00", "10:00", room="annex", mode="consecutive", staff=["c"],
                items=[row(30), row(30)]),
        session("whi", "13:00", "13:30", mode="whispered", listeners=2, staff=["c"]),
        session("tri", "14:00", "15:00", room="annex", mode="simultaneous",
                languages=("ko", "en", "fr"), staff=["d", "e", "f", "g", "h", "i"]),
        session("din", "18:00", "19:00", on_site=100))
    assert run(data).findings == []


# -- rooms ------------------------------------------------------------------------------


@pytest.mark.parametrize("second_start, clash", [("10:59", True), ("11:00", False)])
def test_room_double_booked_by_overlap(second_start: str, clash: bool) -> None:
    checked = run(event(session("s1", "10:00", "11:00"), session("s2", second_start, "12:00")))
    if not clash:
        assert checked.findings == []
        return
    f = checked.one("room.double-booked")
    assert checked.codes() == ["room.double-booked"]
    assert f.severity == Severity.ERROR
    assert f.sessions == ("s1", "s2") and f.rooms == ("hall",) and f.interpreters == ()
    assert str(f.day) == DAY
    assert "overlap" in f.message["en"]
    assert "another room or time" in f.fix["en"]


@pytest.mark.parametrize("turnover, clash", [(10, True), (5, False)])
def test_room_double_booked_by_turnover(turnover: int, clash: bool) -> None:
    checked = run(event(session("s1", "10:00", "11:00"), session("s2", "11:05", "12:00"),
                        policy={"room_turnover_min": turnover}))
    assert checked.codes() == (["room.double-booked"] if clash else [])
    if clash:
        f = checked.one("room.double-booked")
        assert f.sessions == ("s1", "s2") and f.rooms == ("hall",)
        says(f, f"{turnover} min", "turnover")
        says_ko(f, f"{turnover}분")


def test_room_double_booked_not_across_rooms_or_days() -> None:
    data = event(session("s1", "10:00", "11:00"), session("s2", "10:00", "11:00", room="annex"),
                 session("s3", "10:00", "11:00", date=DAY2))
    assert run(data).findings == []


def test_room_double_booked_names_every_pair() -> None:
    checked = run(event(session("s1", "10:00", "12:00"), session("s2", "10:30", "11:00"),
                        session("s3", "11:30", "12:30")))
    assert sorted(f.sessions for f in checked.only("room.double-booked")) == [
        ("s1", "s2"), ("s1", "s3")]


@pytest.mark.parametrize("second_side, over", [(6, False), (7, True)])
def test_room_capacity(second_side: int, over: bool) -> None:
    data = event(session("s1"), rooms=[room("hall", capacity=12)])
    data["sessions"][0]["delegations"] = [
        {"side": {"ko": "한국", "en": "Korea"}, "on_site": 6, "remote": 5},  # remote: no seat
        {"side": {"ko": "캐나다", "en": "Canada"}, "on_site": second_side}]
    checked = run(data)
    assert checked.codes() == (["room.capacity"] if over else [])
    if over:
        f = checked.one("room.capacity")
        assert f.severity == Severity.ERROR
        assert f.sessions == ("s1",) and f.rooms == ("hall",)
        says(f, "13", "12")
        says_ko(f, "13명", "12명")
        assert "13" in f.fix["en"] and "room" in f.fix["en"] and "회의실" in f.fix["ko"]


def test_room_capacity_unknown_is_not_checked() -> None:
    data = event(session("s1", on_site=500), rooms=[room("hall", capacity=None)])
    assert run(data).findings == []


@pytest.mark.parametrize("languages, booths, needed", [
    (("ko", "en"), 0, 1), (("ko", "en"), 1, None),
    (("ko", "en", "fr"), 2, 3), (("ko", "en", "fr"), 3, None)])
def test_room_booths(languages: tuple[str, ...], booths: int, needed: int | None) -> None:
    staff = ["a", "b"] if len(languages) == 2 else ["a", "b", "c", "d", "e", "f"]
    checked = run(event(session("s1", mode="simultaneous", languages=languages, staff=staff),
                        rooms=[room("hall", booths=booths)]))
    assert checked.codes() == (["room.booths"] if needed else [])
    if needed:
        f = checked.one("room.booths")
        assert f.severity == Severity.ERROR
        assert f.sessions == ("s1",) and f.rooms == ("hall",) and f.interpreters == ()
        says(f, f"{needed} booth", f"has {booths}")
        assert "booth" in f.fix["en"] and "부스" in f.fix["ko"]


@pytest.mark.parametrize("mode, staff", [("consecutive", ["a"]), ("whispered", ["a"]),
                                         ("none", [])])
def test_room_booths_only_for_simultaneous(mode: str, staff: list[str]) -> None:
    data = event(session("s1", "10:00", "10:30", mode=mode, staff=staff),
                 rooms=[room("hall", booths=0)])
    assert run(data).findings == []


@pytest.mark.parametrize("remote, video, missing", [(1, False, True), (1, True, False),
                                                    (0, False, False)])
def test_room_video(remote: int, video: bool, missing: bool) -> None:
    checked = run(event(session("s1", on_site=3, remote=remote), rooms=[room("hall", video=video)]))
    assert checked.codes() == (["room.video"] if missing else [])
    if missing:
        f = checked.one("room.video")
        assert f.severity == Severity.ERROR
        assert f.sessions == ("s1",) and f.rooms == ("hall",)
        assert "video" in f.fix["en"] and "화상" in f.fix["ko"]


@pytest.mark.parametrize("where", [None, "hall"])
def test_session_no_room(where: str | None) -> None:
    # No room: nothing about the room can be checked (not capacity, not booths, not video).
    data = event(session("s1", room=where, on_site=500, remote=3),
                 rooms=[room("hall", capacity=1000)])
    checked = run(data)
    if where is None:
        f = checked.one("session.no-room")
        assert checked.codes() == ["session.no-room"]
        assert f.severity == Severity.INFO and f.sessions == ("s1",) and f.rooms == ()
        assert "room" in f.fix["en"] and "회의실" in f.fix["ko"]
    else:
        assert checked.findings == []


# -- interpreters: in two places at once ------------------------------------------------


def _two_sessions(second_start: str, second_room: str, *, policy: dict | None = None) -> dict:
    """i1 interprets s1 (hall, 10:00-11:00), then s2 (until 11:30) in second_room."""
    return event(session("s1", "10:00", "11:00", mode="consecutive", staff=["i1"]),
                 session("s2", second_start, "11:30", room=second_room, mode="consecutive",
                         staff=["i1"]), policy=policy)


def test_interpreter_double_booked_by_overlap() -> None:
    checked = run(_two_sessions("10:30", "annex"))
    f = checked.one("interpreter.double-booked")
    assert checked.codes() == ["interpreter.double-booked"]
    assert f.severity == Severity.ERROR
    assert f.sessions == ("s1", "s2") and f.interpreters == ("i1",) and f.items == ()
    assert "overlap" in f.message["en"] and "겹칩니다" in f.message["ko"]
    assert "someone else" in f.fix["en"]


@pytest.mark.parametrize("second_start, clash", [("11:09", True), ("11:10", False)])
def test_interpreter_double_booked_changeover_between_rooms(second_start: str,
                                                            clash: bool) -> None:
    checked = run(_two_sessions(second_start, "annex"))
    assert checked.codes() == (["interpreter.double-booked"] if clash else [])
    if clash:
        f = checked.one("interpreter.double-booked")
        assert f.sessions == ("s1", "s2") and f.interpreters == ("i1",)
        says(f, "9 min", "changeover", "10", "hall 2F", "annex 3F")
        says_ko(f, "9분", "10분")


@pytest.mark.parametrize("second_start", ["11:00", "11:05"])
def test_interpreter_same_room_back_to_back_is_fine(second_start: str) -> None:
    assert run(_two_sessions(second_start, "hall")).findings == []


def test_interpreter_session_and_item_assignment_in_one_session_is_no_clash() -> None:
    # The SMALL_EVENT pattern: consecutive for the session, sight translation of one row.
    data = event(session("s1", "10:00", "10:30", mode="consecutive", staff=["i1"], items=[
        row(20, key="talk"), row(10, key="speech", mode="sight", staff=("i1",))]))
    assert run(data).findings == []


@pytest.mark.parametrize("row_minutes, clash", [(21, True), (20, False)])
def test_interpreter_on_one_row_works_only_that_row(row_minutes: int, clash: bool) -> None:
    # i1 sight-translates the first row of s1 (hall, from 10:00), then goes to s2 (annex,
    # 10:30): the row's end, not the session's, plus the 10 min changeover decides.
    data = event(
        session("s1", "10:00", "11:00", items=[
            row(row_minutes, key="welcome", mode="sight", staff=("i1",)), row(60 - row_minutes)]),
        session("s2", "10:30", "11:00", room="annex", mode="consecutive", staff=["i1"]))
    checked = run(data)
    assert checked.codes() == (["interpreter.double-booked"] if clash else [])
    if clash:
        f = checked.one("interpreter.double-booked")
        assert f.sessions == ("s1", "s2") and f.interpreters == ("i1",)
        assert f.items == (checked.item("s1", "welcome"),)


# -- interpreters: qualifications and availability ---------------------------------------


@pytest.mark.parametrize("session_mode, held, wrong", [
    ("simultaneous", ["consecutive"], True),
    ("simultaneous", ["simultaneous"], False),
    ("remote-simultaneous", ["simultaneous"], True),
    ("remote-simultaneous", ["remote-simultaneous"], False),
    ("consecutive", ["simultaneous", "whispered"], True),
    ("consecutive", ["consecutive"], False)])
def test_interpreter_mode(session_mode: str, held: list[str], wrong: bool) -> None:
    data = event(session("s1", "10:00", "10:40", mode=session_mode, staff=["i1", "i2"]),
                 interpreters=[person("i1", modes=held)])
    checked = run(data)
    assert checked.codes() == (["interpreter.mode"] if wrong else [])
    if wrong:
        f = checked.one("interpreter.mode")
        assert f.severity == Severity.ERROR
        assert f.sessions == ("s1",) and f.interpreters == ("i1",)
        says(f, "Interpreter i1")


@pytest.mark.parametrize("role, mode, listeners, held, missing", [
    ("booth", "simultaneous", None, ("ko>en", "en>ko"), None),
    ("booth", "simultaneous", None, ("ko>en",), "en>ko"),
    ("booth", "simultaneous", None, ("en>ko",), "ko>en"),
    ("consecutive", "consecutive", None, ("ko>en",), "en>ko"),
    ("whisper", "whispered", 1, ("ko>en",), None),
    ("whisper", "whispered", 1, ("en>ko",), None),
    ("whisper", "whispered", 1, ("fr>en",), "ko>en, en>ko"),
    ("sight", "sight", None, ("en>ko",), None)])
def test_interpreter_direction(role: str, mode: str, listeners: int | None,
                               held: tuple[str, ...], missing: str | None) -> None:
    data = event(session("s1", "10:00", "10:30", mode=mode, listeners=listeners,
                         roles=(("i1", role),)),
                 interpreters=[person("i1", directions=held)])
    checked = run(data)
    assert checked.codes() == (["interpreter.direction"] if missing else [])
    if missing:
        f = checked.one("interpreter.direction")
        assert f.severity == Severity.ERROR
        assert f.sessions == ("s1",) and f.interpreters == ("i1",)
        says(f, missing)
        assert "direction" in f.fix["en"]


def test_interpreter_direction_three_languages_booth_needs_one() -> None:
    staff = [f"i{n}" for n in range(6)]
    data = event(session("s1", mode="simultaneous", languages=("ko", "en", "fr"), staff=staff),
                 interpreters=[person("i0", directions=("en>fr",)),
                               person("i1", directions=("de>ja",))])
    f = run(data).one("interpreter.direction")
    assert f.interpreters == ("i1",)


@pytest.mark.parametrize("start, end, date, ok", [
    ("19:00", "20:00", DAY, True), ("19:01", "20:01", DAY, False),
    ("08:00", "09:00", DAY, True), ("07:59", "08:30", DAY, False),
    ("10:00", "11:00", DAY2, False)])
def test_interpreter_unavailable(start: str, end: str, date: str, ok: bool) -> None:
    data = event(session("s1", start, end, date=date, mode="consecutive", staff=["i1"]),
                 interpreters=[person("i1", available=[(DAY, "08:00", "20:00")])])
    checked = run(data)
    assert checked.codes() == ([] if ok else ["interpreter.unavailable"])
    if not ok:
        f = checked.one("interpreter.unavailable")
        assert f.severity == Severity.ERROR
        assert f.sessions == ("s1",) and f.interpreters == ("i1",)
        says(f, date, f"{start}~{end}")


def test_interpreter_unavailable_for_a_row_only_checks_the_row() -> None:
    # Available 10:00-10:20 only: enough for the 20-minute row they translate, not for more.
    def data(minutes: int) -> dict:
        return event(session("s1", "10:00", "11:00", items=[
            row(minutes, key="w", mode="sight", staff=("i1",)), row(60 - minutes)]),
            interpreters=[person("i1", available=[(DAY, "10:00", "10:20")])])

    assert run(data(20)).findings == []
    f = run(data(21)).one("interpreter.unavailable")
    assert f.items == (run(data(21)).item("s1", "w"),)
    says(f, "10:00~10:21")


@pytest.mark.parametrize("known", [True, False])
def test_interpreter_availability_unknown(known: bool) -> None:
    data = event(session("s1", mode="consecutive", staff=["i1"]),
                 interpreters=[person("i1", available=None if known else [])])
    checked = run(data)
    assert checked.codes() == ([] if known else ["interpreter.availability-unknown"])
    if not known:
        f = checked.one("interpreter.availability-unknown")
        assert f.severity == Severity.INFO
        assert f.sessions == ("s1",) and f.interpreters == ("i1",)


# -- staffing: team sizes --------------------------------------------------------------


def team_event(mode: str, languages: tuple[str, ...], minutes: int, roles: list[str],
               listeners: int | None = None) -> dict:
    """One session from 08:00 for so many minutes, with interpreters i0, i1... in these roles."""
    end = 8 * 60 + minutes
    team = tuple((f"i{n}", role) for n, role in enumerate(roles))
    return event(session("s1", "08:00", f"{end // 60:02d}:{end % 60:02d}", mode=mode,
                         languages=languages, listeners=listeners, roles=team))


TEAM_CASES = [
    # id, mode, languages, minutes, assignments (role per interpreter), listeners, need
    ("simultaneous-40-solo", "simultaneous", ("ko", "en"), 40, ["booth"], None, None),
    ("simultaneous-41-solo", "simultaneous", ("ko", "en"), 41, ["booth"], None, 2),
    ("simultaneous-240-two", "simultaneous", ("ko", "en"), 240, ["booth"] * 2, None, None),
    ("simultaneous-241-two", "simultaneous", ("ko", "en"), 241, ["booth"] * 2, None, 3),
    ("simultaneous-360-three", "simultaneous", ("ko", "en"), 360, ["booth"] * 3, None, None),
    ("simultaneous-361-three", "simultaneous", ("ko", "en"), 361, ["booth"] * 3, None, 4),
    ("simultaneous-480-four", "simultaneous", ("ko", "en"), 480, ["booth"] * 4, None, None),
    ("simultaneous-481-four", "simultaneous", ("ko", "en"), 481, ["booth"] * 4, None, 5),
    ("remote-41-solo", "remote-simultaneous", ("ko", "en"), 41, ["booth"], None, 2),
    ("three-languages-5", "simultaneous", ("ko", "en", "fr"), 30, ["booth"] * 5, None, 6),
    ("three-languages-6", "simultaneous", ("ko", "en", "fr"), 30, ["booth"] * 6, None, None),
    ("relay-2", "simultaneous", ("ko", "en"), 60, ["booth", "relay"], None, 3),
    ("relay-short-2", "simultaneous", ("ko", "en"), 30, ["booth", "relay"], None, 3),
    ("relay-3", "simultaneous", ("ko", "en"), 60, ["booth", "booth", "relay"], None, None),
    ("consecutive-60-one", "consecutive", ("ko", "en"), 60, ["consecutive"], None, None),
    ("consecutive-61-one", "consecutive", ("ko", "en"), 61, ["consecutive"], None, 2),
    ("consecutive-61-two", "consecutive", ("ko", "en"), 61, ["consecutive"] * 2, None, None),
    ("consecutive-3-languages-2", "consecutive", ("ko", "en", "fr"), 30, ["consecutive"] * 2,
     None, 3),
    ("consecutive-3-languages-3", "consecutive", ("ko", "en", "fr"), 30, ["consecutive"] * 3,
     None, None),
    ("whisper-30-one", "whispered", ("ko", "en"), 30, ["whisper"], 1, None),
    ("whisper-31-one", "whispered", ("ko", "en"), 31, ["whisper"], 1, 2),
    ("whisper-31-two", "whispered", ("ko", "en"), 31, ["whisper"] * 2, 2, None),
    ("whisper-2-listeners-one", "whispered", ("ko", "en"), 20, ["whisper"], 2, None),
]


@pytest.mark.parametrize("mode, languages, minutes, roles, listeners, need",
                         [c[1:] for c in TEAM_CASES], ids=[c[0] for c in TEAM_CASES])
def test_staff_team_size(mode: str, languages: tuple[str, ...], minutes: int,
                         roles: list[str], listeners: int | None, need: int | None) -> None:
    checked = run(team_event(mode, languages, minutes, roles, listeners))
    # Long meetings also make long working stints; nothing else may show up.
    assert set(checked.codes()) <= {"staff.team-size", "worktime.long-stint",
                                    "worktime.daily-limit"}
    if need is None:
        assert "staff.team-size" not in checked.codes()
        return
    f = checked.one("staff.team-size")
    assert f.severity == Severity.ERROR
    assert f.sessions == ("s1",) and f.items == ()
    assert f.interpreters == tuple(f"i{n}" for n in range(len(roles)))
    says(f, f"needs {need}")
    says_ko(f, f"{need}명")
    missing = need - len(roles)
    assert f"Add {missing} more interpreter" in f.fix["en"]
    assert f"{missing}명을 더" in f.fix["ko"]
    if mode == "simultaneous":
        assert "to the booth" in f.fix["en"]


def test_staff_team_size_of_a_row_with_its_own_interpretation() -> None:
    def data(minutes: int) -> dict:
        return event(session("s1", "10:00", "11:00", listeners=1, items=[
            row(minutes, key="talk", mode="whispered", staff=("i1",)), row(60 - minutes)]))

    assert run(data(30)).findings == []
    checked = run(data(31))
    f = checked.one("staff.team-size")
    assert checked.codes() == ["staff.team-size"]
    assert f.sessions == ("s1",) and f.items == (checked.item("s1", "talk"),)
    assert f.interpreters == ("i1",)
    says(f, "row 1")


@pytest.mark.parametrize("staffed", [True, False])
def test_staff_none_assigned(staffed: bool) -> None:
    checked = run(event(session("s1", mode="consecutive", staff=["i1"] if staffed else [])))
    assert checked.codes() == ([] if staffed else ["staff.none-assigned"])
    if not staffed:
        f = checked.one("staff.none-assigned")
        assert f.severity == Severity.ERROR
        assert f.sessions == ("s1",) and f.interpreters == () and f.items == ()
        assert "Assign" in f.fix["en"]


def test_staff_none_assigned_to_a_row() -> None:
    checked = run(event(session("s1", "10:00", "10:30", mode="consecutive", staff=["i1"], items=[
        row(20), row(10, key="speech", mode="sight")])))
    f = checked.one("staff.none-assigned")
    assert checked.codes() == ["staff.none-assigned"]
    assert f.sessions == ("s1",) and f.items == (checked.item("s1", "speech"),)
    says(f, "row 2", "sight")


@pytest.mark.parametrize("assigned", [True, False])
def test_staff_not_needed(assigned: bool) -> None:
    checked = run(event(session("s1", mode="none", roles=(("i1", "consecutive"),) if assigned
                                else ())))
    assert checked.codes() == (["staff.not-needed"] if assigned else [])
    if assigned:
        f = checked.one("staff.not-needed")
        assert f.severity == Severity.WARNING
        assert f.sessions == ("s1",) and f.interpreters == ("i1",)
        assert "unassign" in f.fix["en"]


def test_staff_not_needed_on_a_row_without_interpretation() -> None:
    checked = run(event(session("s1", "10:00", "10:30", mode="consecutive", staff=["i1"], items=[
        row(20), row(10, key="film", mode="none", roles=(("i2", "consecutive"),))])))
    f = checked.one("staff.not-needed")
    assert checked.codes() == ["staff.not-needed"]
    assert f.items == (checked.item("s1", "film"),) and f.interpreters == ("i2",)


@pytest.mark.parametrize("role, mismatch", [("booth", True), ("whisper", True),
                                            ("consecutive", False)])
def test_staff_role_mismatch(role: str, mismatch: bool) -> None:
    checked = run(event(session("s1", mode="consecutive", roles=(("i1", role),))))
    if not mismatch:
        assert checked.findings == []
        return
    # The only interpreter is in the wrong role: the team is empty as well.
    assert checked.codes() == ["staff.none-assigned", "staff.role-mismatch"]
    f = checked.one("staff.role-mismatch")
    assert f.severity == Severity.WARNING
    assert f.sessions == ("s1",) and f.interpreters == ("i1",)
    says(f, role)
    assert "role" in f.fix["en"] and "역할" in f.fix["ko"]


def test_staff_role_mismatch_is_not_counted_in_the_team() -> None:
    checked = run(event(session("s1", "10:00", "11:01", mode="consecutive",
                                roles=(("i1", "consecutive"), ("i2", "booth")))))
    assert checked.codes() == ["staff.role-mismatch", "staff.team-size"]
    assert checked.one("staff.role-mismatch").interpreters == ("i2",)
    team = checked.one("staff.team-size")
    says(team, "has 1 interpreter", "needs 2")
    assert "i1" in team.interpreters


@pytest.mark.parametrize("languages, wrong", [(("ko",), True), ((), True),
                                              (("ko", "en"), False)])
def test_interpretation_languages(languages: tuple[str, ...], wrong: bool) -> None:
    checked = run(event(session("s1", mode="consecutive", languages=languages, staff=["i1"])))
    assert checked.codes() == (["interpretation.languages"] if wrong else [])
    if wrong:
        f = checked.one("interpretation.languages")
        assert f.severity == Severity.ERROR and f.sessions == ("s1",)
        says(f, "two languages")


# -- working time -----------------------------------------------------------------------


def _work(*spans: tuple[str, str], policy: dict | None = None) -> dict:
    """i1 and i2 in a booth for each span, all in the same room."""
    return event(*(session(f"s{n}", start, end, mode="simultaneous", staff=["i1", "i2"])
                   for n, (start, end) in enumerate(spans, 1)), policy=policy)


@pytest.mark.parametrize("end, long", [("12:00", False), ("12:01", True)])
def test_worktime_long_stint(end: str, long: bool) -> None:
    checked = run(_work(("09:00", end)))
    assert checked.codes() == (["worktime.long-stint"] * 2 if long else [])
    if long:
        found = checked.only("worktime.long-stint")
        assert [f.interpreters for f in found] == [("i1",), ("i2",)]
        assert all(f.sessions == ("s1",) and f.severity == Severity.WARNING for f in found)
        says(found[0], "181 min", "180")
        assert "relief" in found[0].fix["en"]


@pytest.mark.parametrize("second_start, joined", [("11:29", True), ("11:30", False)])
def test_worktime_stint_joins_short_pauses(second_start: str, joined: bool) -> None:
    # 09:00-11:00 then second_start-12:30: a pause under 30 min does not end the stint.
    checked = run(_work(("09:00", "11:00"), (second_start, "12:30")))
    if joined:
        assert checked.codes() == ["worktime.long-stint"] * 2
        f = checked.only("worktime.long-stint")[0]
        assert f.sessions == ("s1", "s2")
        says(f, "210 min", "09:00~12:30")
    else:  # two stints of 120 and 60 min, 30 min apart: not long, but too short a break
        assert checked.codes() == ["worktime.short-break"] * 2


def _stints(count: int) -> dict:
    """i1 interprets 30 min every two hours from 08:00: each a stint, breaks of 90 min."""
    spans = [("08:00", "08:30"), ("10:00", "10:30"), ("12:00", "12:30")][:count]
    return event(*(session(f"s{n}", a, b, mode="consecutive", staff=["i1"])
                   for n, (a, b) in enumerate(spans, 1)))


@pytest.mark.parametrize("count, too_many", [(2, False), (3, True)])
def test_worktime_too_many_stints(count: int, too_many: bool) -> None:
    checked = run(_stints(count))
    assert checked.codes() == (["worktime.too-many-stints"] if too_many else [])
    if too_many:
        f = checked.one("worktime.too-many-stints")
        assert f.severity == Severity.WARNING and f.interpreters == ("i1",)
        assert f.sessions == ("s1", "s2", "s3")
        says(f, "3 stints", "2")


@pytest.mark.parametrize("second_start, short", [("11:29", True), ("11:30", False)])
def test_worktime_short_break(second_start: str, short: bool) -> None:
    checked = run(_work(("09:00", "10:00"), (second_start, "12:00")))
    assert checked.codes() == (["worktime.short-break"] * 2 if short else [])
    if short:
        found = checked.only("worktime.short-break")
        assert [f.interpreters for f in found] == [("i1",), ("i2",)]
        assert found[0].sessions == ("s1", "s2") and found[0].severity == Severity.WARNING
        says(found[0], "89 min", "10:00~11:29", "90")


@pytest.mark.parametrize("second_end, over", [("16:30", False), ("16:31", True)])
def test_worktime_daily_limit(second_end: str, over: bool) -> None:
    # Two stints with a 90 min break: 180 + 180 = 360 is the limit; one minute more is over
    # (and makes the second stint a long one).
    checked = run(_work(("09:00", "12:00"), ("13:30", second_end)))
    if not over:
        assert checked.findings == []
        return
    assert checked.codes() == ["worktime.daily-limit"] * 2 + ["worktime.long-stint"] * 2
    found = checked.only("worktime.daily-limit")
    assert [f.interpreters for f in found] == [("i1",), ("i2",)]
    assert found[0].sessions == ("s1", "s2") and found[0].severity == Severity.WARNING
    says(found[0], "361 min", "360")


def test_worktime_counts_overlapping_work_once() -> None:
    # Session-level and row-level work in one session overlap: 180 min, not 180 + 60.
    data = event(session("s1", "09:00", "12:00", mode="simultaneous", staff=["i1", "i2"], items=[
        row(60, mode="consecutive", staff=("i1", "i3")), row(120)]))
    assert run(data).findings == []


# -- the detailed schedule --------------------------------------------------------------


@pytest.mark.parametrize("pinned, gap", [("10:15", 5), ("10:10", 0)])
def test_agenda_gap(pinned: str, gap: int) -> None:
    rows = [row(10, key="a"), row(60 - 10 - gap, key="b", start=pinned)]
    checked = run(event(session("s1", items=rows)))
    assert checked.codes() == (["agenda.gap"] if gap else [])
    if gap:
        f = checked.one("agenda.gap")
        assert f.severity == Severity.INFO
        assert f.sessions == ("s1",) and f.items == (checked.item("s1", "b"),)
        says(f, "row 2", "5 min", "10:10~10:15")
        assert "Unpin" in f.fix["en"]


@pytest.mark.parametrize("pinned, overlap", [("10:05", 5), ("10:10", 0)])
def test_agenda_overlap(pinned: str, overlap: int) -> None:
    rows = [row(10, key="a"), row(60 - 10 + overlap, key="b", start=pinned)]
    checked = run(event(session("s1", items=rows)))
    assert checked.codes() == (["agenda.overlap"] if overlap else [])
    if overlap:
        f = checked.one("agenda.overlap")
        assert f.severity == Severity.WARNING
        assert f.items == (checked.item("s1", "b"),)
        says(f, "row 2", "5 min")


@pytest.mark.parametrize("last, over", [(30, False), (31, True)])
def test_agenda_overrun(last: int, over: bool) -> None:
    checked = run(event(session("s1", items=[row(30, key="a"), row(last, key="b")])))
    assert checked.codes() == (["agenda.overrun"] if over else [])
    if over:
        f = checked.one("agenda.overrun")
        assert f.severity == Severity.WARNING
        assert f.items == (checked.item("s1", "b"),)
        says(f, "row 2", "1 min", "11:00")


def test_agenda_overrun_reported_on_the_top_row_only() -> None:
    rows = [row(key="block", children=[row(30, key="c1"), row(31, key="c2")])]
    checked = run(event(session("s1", items=rows)))
    f = checked.one("agenda.overrun")
    assert checked.codes() == ["agenda.overrun"]
    assert f.items == (checked.item("s1", "block"),)


def test_a_row_past_midnight_is_an_error_that_never_says_an_hour_of_24() -> None:
    rows = [row(20, key="a"), row(900, key="b"), row(30, key="c"),
            row(key="block", children=[row(10, key="c1")]), row(marker=True, key="m")]
    checked = run(event(session("s1", "10:00", "23:00", items=rows)))
    assert set(checked.codes()) == {"agenda.overrun", "agenda.past-midnight"}
    f = checked.one("agenda.past-midnight")
    assert f.severity == Severity.ERROR and f.sessions == ("s1",)
    assert f.items == tuple(checked.item("s1", k) for k in ("b", "c", "block", "c1", "m"))
    says(f, "rows 2, 3, 4, 4.1, 5", "past midnight", "next day 02:00")
    says_ko(f, "2, 3, 4, 4.1, 5번 행", "자정", "익일 02:00")
    for lang in ("ko", "en"):
        assert not re.search(r"\b(2[4-9]|[3-9]\d):\d\d", f.message[lang]), f.message[lang]


def test_a_row_ending_at_midnight_is_not_past_it() -> None:
    checked = run(event(session("s1", "22:00", "23:59", items=[row(120)])))
    assert checked.codes() == ["agenda.overrun"]  # by a minute: to midnight, not past it


def korean_only_meeting() -> dict[str, Any]:
    """A session typed in Korean only, but for one row: what an English document prints
    as '[in Korean] 한일 기업 간담회'."""
    rows = [{"duration": 10, "title": {"ko": "개회"}, "remarks": {"ko": "(사회) 김상우"}},
            {"duration": 20, "title": {"ko": "발표", "en": "Presentations"}},
            {"title": {"ko": "토론", "en": "Discussion"}, "children": [
                {"duration": 20, "title": {"ko": "자유토론", "en": "Open discussion"},
                 "details": {"ko": "① 협력 방안"}, "remarks": {"ko": "참석자 전체"}}]},
            {"duration": 10, "title": {"ko": "폐회", "en": "Closing"},
             "remarks": {"en": "All", "ko": "전체"}}]
    data = session("s1", items=rows)
    data["title"] = {"ko": "한일 기업 간담회"}
    data["purpose"] = {"ko": "협력 논의", "en": "Discuss cooperation"}
    data["delegations"] = [{"side": {"ko": "한국"}, "on_site": 3, "members": {"ko": "과기정통부"}}]
    return data


def test_texts_without_english_are_one_finding_per_session_counting_them() -> None:
    checked = run(event(korean_only_meeting()))
    assert checked.codes() == ["text.untranslated"]
    f = checked.one("text.untranslated")
    assert f.severity == Severity.WARNING and f.sessions == ("s1",) and f.items == ()
    assert f.message["en"] == (
        "'한일 기업 간담회' has no English for 7 texts (the title, 2 delegation texts, "
        "2 rows (1, 3.1), 2 remarks): English documents print them in Korean.")
    assert f.message["ko"] == (
        "'한일 기업 간담회'에 영문이 없는 텍스트가 7개 있습니다(제목, 대표단 2개, 행 2개(1, 3.1), "
        "비고 2개). 영문 문서에는 국문으로 인쇄됩니다.")
    assert f.fix_text("en") == "Add the English texts, or write the documents in Korean."


def test_texts_without_korean_are_a_finding_too_and_only_for_the_event_languages() -> None:
    english = session("s1", items=[{"duration": 60, "title": {"en": "Talk"}}])
    english["title"] = {"en": "Meeting"}
    f = run(event(english)).one("text.untranslated")
    says(f, "no Korean for 2 texts", "the title", "1 row (1)", "print them in English")
    data = event(korean_only_meeting())
    data["event"]["languages"] = ["ko", "ja"]  # nobody asked for English documents
    assert run(data).codes() == []


def test_the_untranslated_texts_of_an_event_are_counted_per_language() -> None:
    from planner.rules.translation import count_untranslated

    checked = run(event(korean_only_meeting(), session("s2", "12:00", "13:00")))
    assert count_untranslated(checked.loaded) == {"ko": 0, "en": 7}


@pytest.mark.parametrize("stated, differs", [(61, True), (60, False), (None, False)])
def test_agenda_stated_duration(stated: int | None, differs: bool) -> None:
    checked = run(event(session("s1", items=[row(60, key="a", stated=stated)])))
    assert checked.codes() == (["agenda.stated-duration"] if differs else [])
    if differs:
        f = checked.one("agenda.stated-duration")
        assert f.severity == Severity.INFO and f.items == (checked.item("s1", "a"),)
        says(f, "('61)", "10:00~11:00 ('60)")


@pytest.mark.parametrize("minutes, early", [(59, True), (60, False)])
def test_agenda_ends_early(minutes: int, early: bool) -> None:
    checked = run(event(session("s1", items=[row(minutes)])))
    assert checked.codes() == (["agenda.ends-early"] if early else [])
    if early:
        f = checked.one("agenda.ends-early")
        assert f.severity == Severity.INFO and f.sessions == ("s1",) and f.items == ()
        says(f, "1 min", "10:59")


def test_agenda_without_rows_is_not_early() -> None:
    assert run(event(session("s1"))).findings == []


@pytest.mark.parametrize("variant, expected", [
    ("full", ["agenda.consecutive-time"]),
    ("simultaneous", []),
    ("no-speech", []),
    ("ends-early", ["agenda.ends-early"])])
def test_agenda_consecutive_time(variant: str, expected: list[str]) -> None:
    mode = "simultaneous" if variant == "simultaneous" else "consecutive"
    speech = "질의응답" if variant == "no-speech" else "환영사"
    last = 29 if variant == "ends-early" else 30
    rows = [row(30, key="speech", title=speech), row(last, key="talk")]
    checked = run(event(session("s1", mode=mode, staff=["i1", "i2"] if mode == "simultaneous"
                                else ["i1"], items=rows)))
    assert checked.codes() == expected
    if expected == ["agenda.consecutive-time"]:
        f = checked.one("agenda.consecutive-time")
        assert f.severity == Severity.INFO and f.sessions == ("s1",)
        assert f.items == (checked.item("s1", "speech"),)
        says(f, "30 min", "15 min")
        says_ko(f, "30분", "15분")


# -- every number comes from the policy -------------------------------------------------

POLICY_CASES = [
    # id, event (each one a near miss or a hit of a test above), code, policy that flips it,
    # whether the code is there with the event's own policy
    ("changeover", _two_sessions("11:10", "annex"), "interpreter.double-booked",
     {"changeover_min": 11}, False),
    ("turnover", event(session("s1", "10:00", "11:00"), session("s2", "11:05", "12:00"),
                       policy={"room_turnover_min": 5}),
     "room.double-booked", {"room_turnover_min": 10}, False),
    ("solo-max", team_event("simultaneous", ("ko", "en"), 40, ["booth"]),
     "staff.team-size", {"simultaneous_solo_max_min": 39}, False),
    ("two-max", team_event("simultaneous", ("ko", "en"), 240, ["booth"] * 2),
     "staff.team-size", {"simultaneous_two_max_min": 239}, False),
    ("three-max", team_event("simultaneous", ("ko", "en"), 360, ["booth"] * 3),
     "staff.team-size", {"simultaneous_three_max_min": 359}, False),
    ("three-max-raised", team_event("simultaneous", ("ko", "en"), 361, ["booth"] * 3),
     "staff.team-size", {"simultaneous_three_max_min": 361}, True),
    ("four-max", team_event("simultaneous", ("ko", "en"), 480, ["booth"] * 4),
     "staff.team-size", {"simultaneous_four_max_min": 479}, False),
    ("per-booth", team_event("simultaneous", ("ko", "en", "fr"), 30, ["booth"] * 6),
     "staff.team-size", {"simultaneous_min_per_booth": 3}, False),
    ("relay", team_event("simultaneous", ("ko", "en"), 60, ["booth", "booth", "relay"]),
     "staff.team-size", {"relay_booth_min": 4}, False),
    ("consecutive-short", team_event("consecutive", ("ko", "en"), 61, ["consecutive"]),
     "staff.team-size", {"consecutive_short_max_min": 61}, True),
    ("whisper-short", team_event("whispered", ("ko", "en"), 31, ["whisper"], 1),
     "staff.team-size", {"whisper_short_max_min": 31}, True),
    ("whisper-listeners", event(session("s1", "08:00", "09:00", mode="whispered", listeners=2,
                                        staff=["i0", "i1"]), rooms=[room("hall", booths=0)]),
     "interpretation.whisper-listeners", {"whisper_listeners_per_interpreter": 1}, False),
    ("stint-max", _work(("09:00", "12:00")), "worktime.long-stint", {"stint_max_min": 179},
     False),
    ("stint-gap", _work(("09:00", "11:00"), ("11:29", "12:30")), "worktime.long-stint",
     {"stint_gap_min": 29}, True),
    ("stints-per-day", _stints(3), "worktime.too-many-stints", {"stints_per_day_max": 3}, True),
    ("break", _work(("09:00", "10:00"), ("11:29", "12:00")), "worktime.short-break",
     {"break_between_stints_min": 89}, True),
    ("daily", _work(("09:00", "12:00"), ("13:30", "16:30")), "worktime.daily-limit",
     {"daily_working_max_min": 359}, False),
    ("call-time", _work(("09:00", "12:00"), ("14:00", "17:00")), "worktime.daily-limit",
     {"call_time_min": 30}, False),
    ("interpreted-break", event(session(
        "s1", "08:00", "08:55", mode="simultaneous", staff=["i1"],
        items=[row(20), {**row(15, title="공연"), "interpreted": False}, row(20)])),
     "staff.team-size", {"interpreted_break_min": 16}, False),
]


@pytest.mark.parametrize("data, code, policy, by_default", [c[1:] for c in POLICY_CASES],
                         ids=[c[0] for c in POLICY_CASES])
def test_policy_number_in_the_event_decides(data: dict, code: str, policy: dict[str, int],
                                            by_default: bool) -> None:
    assert (code in run(data).codes()) is by_default
    changed = copy.deepcopy(data)
    changed["event"]["policy"] = {**data["event"].get("policy", {}), **policy}
    assert (code in run(changed).codes()) is not by_default


def test_every_policy_number_the_rules_read_is_tried() -> None:
    tried = {name for case in POLICY_CASES for name in case[3]}
    # turn_min is for the sheets (turns in the booth), no rule reads it.
    assert tried == set(Policy.names()) - {"turn_min"}


def test_policy_default_written_out_changes_nothing() -> None:
    data = _two_sessions("11:09", "annex")
    explicit = copy.deepcopy(data)
    explicit["event"]["policy"] = Policy.from_mapping(data["event"]["policy"]).as_dict()
    assert sig(run(data).findings) == sig(run(explicit).findings)


# -- the engine after an edit: recheck equals a fresh check ---------------------------


def _demo_like() -> dict:
    """The conftest's small event, with a second interpreter and two more sessions."""
    data = copy.deepcopy(SMALL_EVENT)
    data["interpreters"].append(person("koen-2"))
    data["sessions"] += [
        session("s2", "09:30", "10:30", room="lounge", mode="consecutive", staff=["koen-2"],
                items=[row(30, key="open"), row(30, key="talk")]),
        session("s3", "11:00", "12:00", room="hall", mode="simultaneous", staff=["koen-2"],
                on_site=10),
    ]
    return data


@pytest.fixture(scope="module")
def demo_file() -> Path:
    return build(_demo_like())


@pytest.fixture
def demo(demo_file: Path) -> tuple[LoadedEvent, RuleEngine]:
    """The demo-like event freshly loaded (the test may change it), checked once."""
    loaded = load_file(demo_file)
    engine = RuleEngine(loaded)
    engine.check_all()
    return loaded, engine


def _ids(loaded: LoadedEvent) -> dict[str, int]:
    out: dict[str, int] = {}
    for s in loaded.sessions:
        out[s.key] = s.id  # type: ignore[assignment]
    for r in loaded.rooms:
        out["room:" + r.key] = r.id  # type: ignore[assignment]
    for i in loaded.interpreters:
        out["interpreter:" + i.key] = i.id  # type: ignore[assignment]
    return out


def _assert_recheck_is_fresh(loaded: LoadedEvent, engine: RuleEngine,
                             changed: list[int]) -> list[Finding]:
    after = engine.recheck(changed)
    fresh = RuleEngine(loaded).check_all()
    assert sig(after) == sig(fresh)
    assert sig(engine.findings()) == sig(fresh)
    return after


def test_recheck_moving_a_session_into_a_busy_room(demo) -> None:
    loaded, engine = demo
    ids = _ids(loaded)
    assert "room.double-booked" not in codes(engine.findings())
    loaded.session_by_id[ids["s2"]].room_id = ids["room:hall"]
    after = _assert_recheck_is_fresh(loaded, engine, [ids["s2"]])
    assert [f.sessions for f in only(after, "room.double-booked")] == [("s1", "s2")]
    # and back again
    loaded.session_by_id[ids["s2"]].room_id = ids["room:lounge"]
    after = _assert_recheck_is_fresh(loaded, engine, [ids["s2"]])
    assert "room.double-booked" not in codes(after)


def test_recheck_moving_a_session_in_time(demo) -> None:
    loaded, engine = demo
    ids = _ids(loaded)
    s3 = loaded.session_by_id[ids["s3"]]
    s3.start_min, s3.end_min = 9 * 60 + 50, 10 * 60 + 50  # now overlaps s1 in the hall, and s2
    after = _assert_recheck_is_fresh(loaded, engine, [ids["s3"]])
    assert ("s1", "s3") in [f.sessions for f in only(after, "room.double-booked")]
    assert ("s2", "s3") in [f.sessions for f in only(after, "interpreter.double-booked")]


def test_recheck_resizing_a_row_so_it_overruns(demo) -> None:
    loaded, engine = demo
    ids = _ids(loaded)
    node = loaded.agenda[ids["s2"]][1]
    assert "agenda.overrun" not in codes(engine.findings())
    node.item.duration = 45
    after = _assert_recheck_is_fresh(loaded, engine, [ids["s2"]])
    assert [f.items for f in only(after, "agenda.overrun")] == [(node.item.id,)]


def test_recheck_changing_a_room_booths(demo) -> None:
    loaded, engine = demo
    ids = _ids(loaded)
    loaded.room_by_id[ids["room:hall"]].booths = 0
    # Every session in the hall is touched by the edit of the room.
    after = _assert_recheck_is_fresh(loaded, engine, [ids["s1"], ids["s3"]])
    assert [f.sessions for f in only(after, "room.booths")] == [("s3",)]


def test_recheck_assigning_an_interpreter_busy_elsewhere(demo) -> None:
    loaded, engine = demo
    ids = _ids(loaded)
    loaded.assignments.append(Assignment(id=999, interpreter_id=ids["interpreter:koen-1"],
                                         session_id=ids["s2"], role="consecutive"))
    after = _assert_recheck_is_fresh(loaded, engine, [ids["s2"]])
    clashes = only(after, "interpreter.double-booked")
    assert clashes and all(x.sessions == ("s1", "s2") and x.interpreters == ("koen-1",)
                           for x in clashes)


def test_recheck_unassigning(demo) -> None:
    loaded, engine = demo
    ids = _ids(loaded)
    s2 = ids["s2"]
    loaded.assignments[:] = [a for a in loaded.assignments if a.session_id != s2]
    after = _assert_recheck_is_fresh(loaded, engine, [s2])
    assert ("s2",) in [f.sessions for f in only(after, "staff.none-assigned")]
    # koen-2 keeps only s3 that day: its working day is checked again without s2
    loaded.assignments.append(Assignment(id=998, interpreter_id=ids["interpreter:koen-2"],
                                         session_id=s2, role="consecutive"))
    after = _assert_recheck_is_fresh(loaded, engine, [s2])
    assert ("s2",) not in [f.sessions for f in only(after, "staff.none-assigned")]


def test_recheck_unassigning_the_busy_interpreter_clears_the_clash(demo) -> None:
    loaded, engine = demo
    ids = _ids(loaded)
    extra = Assignment(id=999, interpreter_id=ids["interpreter:koen-1"], session_id=ids["s2"],
                       role="consecutive")
    loaded.assignments.append(extra)
    assert only(_assert_recheck_is_fresh(loaded, engine, [ids["s2"]]),
                "interpreter.double-booked")
    loaded.assignments.remove(extra)
    after = _assert_recheck_is_fresh(loaded, engine, [ids["s2"]])
    assert not only(after, "interpreter.double-booked")


@pytest.mark.parametrize("with_its_rows", [False, True])
def test_recheck_deleting_a_session(demo, with_its_rows: bool) -> None:
    loaded, engine = demo
    ids = _ids(loaded)
    s2 = ids["s2"]
    # make s2 part of an interpreter clash and a room clash first
    loaded.session_by_id[s2].room_id = ids["room:hall"]
    loaded.assignments.append(Assignment(id=999, interpreter_id=ids["interpreter:koen-1"],
                                         session_id=s2, role="consecutive"))
    before = _assert_recheck_is_fresh(loaded, engine, [s2])
    assert only(before, "room.double-booked") and only(before, "interpreter.double-booked")
    loaded.sessions.remove(loaded.session_by_id.pop(s2))
    if with_its_rows:  # what the database's cascade removes with it
        loaded.assignments[:] = [a for a in loaded.assignments if a.session_id != s2]
        loaded.agenda.pop(s2, None)
        loaded.delegations.pop(s2, None)
    after = _assert_recheck_is_fresh(loaded, engine, [s2])
    assert all("s2" not in f.sessions for f in after)
    assert not only(after, "room.double-booked") and not only(after, "interpreter.double-booked")


def test_recheck_random_edits_stay_equal_to_a_fresh_check(demo) -> None:
    loaded, engine = demo
    ids = _ids(loaded)
    rnd = random.Random(20260701)
    rooms = [None, ids["room:hall"], ids["room:lounge"]]
    people = [ids["interpreter:koen-1"], ids["interpreter:koen-2"]]
    next_id = itertools.count(1000)
    for _ in range(60):
        s = rnd.choice(loaded.sessions)
        what = rnd.choice(["room", "time", "row", "assign", "unassign", "mode"])
        if what == "room":
            s.room_id = rnd.choice(rooms)
        elif what == "time":
            start = rnd.randrange(8 * 60, 13 * 60, 5)
            s.start_min, s.end_min = start, start + rnd.choice([30, 60, 90, 200])
        elif what == "row" and loaded.agenda.get(s.id):
            node = rnd.choice(loaded.agenda[s.id])
            if node.item.duration is not None:
                node.item.duration = rnd.choice([5, 10, 30, 60])
        elif what == "assign":
            loaded.assignments.append(Assignment(
                id=next(next_id), interpreter_id=rnd.choice(people), session_id=s.id,
                role=rnd.choice(["booth", "consecutive", "relay"])))
        elif what == "unassign":
            mine = [a for a in loaded.assignments if a.session_id == s.id]
            if mine:
                loaded.assignments.remove(rnd.choice(mine))
        else:
            s.interpretation_mode = rnd.choice(["none", "consecutive", "simultaneous"])
        _assert_recheck_is_fresh(loaded, engine, [s.id])


# -- edge cases that once went wrong ----------------------------------------------------


def test_adjacent_availability_slots_cover_a_session() -> None:
    data = event(session("s1", "11:00", "13:00", mode="consecutive", staff=["i1", "i2"]),
                 interpreters=[person("i1", available=[(DAY, "08:00", "12:00"),
                                                       (DAY, "12:00", "18:00")])])
    assert "interpreter.unavailable" not in run(data).codes()


def test_row_with_simultaneous_needs_a_booth() -> None:
    data = event(session("s1", "10:00", "11:00", mode="consecutive", staff=["i1"], items=[
        row(30, key="keynote", mode="simultaneous", staff=("i2",)), row(30)]),
        rooms=[room("hall", booths=0)])
    assert "room.booths" in run(data).codes()


def test_row_with_remote_simultaneous_needs_remote_interpreters() -> None:
    data = event(session("s1", "10:00", "11:00", mode="consecutive", staff=["i1"], items=[
        row(30, key="remote", mode="remote-simultaneous", staff=("i2",)), row(30)]),
        interpreters=[person("i2", modes=["simultaneous"])])
    assert "interpreter.mode" in run(data).codes()


def test_ends_early_when_an_earlier_row_runs_to_the_end() -> None:
    # Row a runs 10:00-11:00; row b is pinned at 10:05 for 10 min (an overlap, reported).
    # Nothing ends early: row a fills the session to 11:00.
    data = event(session("s1", items=[row(60, key="a"), row(10, key="b", start="10:05")]))
    assert run(data).codes() == ["agenda.overlap"]


def test_one_clash_is_reported_once() -> None:
    # i1 interprets all of s1 and also sight-translates its last row; s2 overlaps s1.
    data = event(
        session("s1", "10:00", "10:30", mode="consecutive", staff=["i1"], items=[
            row(20), row(10, key="speech", mode="sight", staff=("i1",))]),
        session("s2", "10:15", "10:45", room="annex", mode="consecutive", staff=["i1"]))
    assert len(run(data).only("interpreter.double-booked")) == 1
