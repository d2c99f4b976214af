"""Interpreted time: staffing, working time and clashes measured from the first to the last
interpreted row, not on the session's span (docs/rules.md, interpreted time).

Each rule with the smallest event that triggers it and the near miss just short of it,
built with the helpers of tests/test_rules.py.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from db.interchange import export_event
from tests.test_rules import _scratch, event, load, row, run, says, says_ko, session  # noqa: F401


def quiet(duration: int | None = None, **kw: Any) -> dict[str, Any]:
    """A row nobody interprets (registration, a performance, lunch)."""
    out = row(duration, **kw)
    out["interpreted"] = False
    return out


def booth(items: list[dict], start: str = "08:00", end: str = "09:00", *,
          staff: tuple[str, ...] = ("i1",), **kw: Any) -> dict:
    return event(session("s1", start, end, mode="simultaneous", staff=list(staff),
                         items=items, **kw))


@pytest.mark.parametrize("quiet_minutes, short", [(20, False), (19, True)])
def test_team_size_is_measured_on_interpreted_time(quiet_minutes: int, short: bool) -> None:
    # One interpreter may work a two-way booth alone for 40 minutes (the tests' policy): a
    # one-hour session whose first 20 minutes are registration needs no second.
    checked = run(booth([quiet(quiet_minutes, title="등록"), row(60 - quiet_minutes)]))
    assert ("staff.team-size" in checked.codes()) is short
    if short:
        f = checked.one("staff.team-size")
        says(f, "41 min")
        says_ko(f, "41분")


@pytest.mark.parametrize("pause, short", [(15, False), (14, True)])
def test_a_stretch_without_interpretation_of_15_minutes_is_a_break(pause: int,
                                                                     short: bool) -> None:
    # 20 + 20 interpreted minutes around a pause: a break from 15 minutes on, so 40 minutes
    # of interpretation; a shorter pause is worked through (54 minutes).
    checked = run(booth([row(20), quiet(pause, title="공연"), row(20)],
                        end=f"08:{40 + pause:02d}"))
    assert ("staff.team-size" in checked.codes()) is short


@pytest.mark.parametrize("leaves, short", [("08:30", False), ("08:31", True)])
def test_a_listener_leaving_ends_the_whispering(leaves: str, short: bool) -> None:
    departure = row(marker=True, start=leaves, title="차관님 이석")
    departure["interpreted"] = False
    checked = run(event(session("s1", "08:00", "09:30", mode="whispered", listeners=1,
                                staff=["i1"], items=[row(90), departure])))
    assert ("staff.team-size" in checked.codes()) is short


def test_a_block_not_interpreted_holds_its_rows() -> None:
    block = quiet(title="오찬", children=[row(10), row(10)])
    assert run(booth([block, row(40)])).codes() == []
    unmarked = row(title="오찬", children=[row(10), row(10)])
    assert run(booth([unmarked, row(40)])).codes() == ["staff.team-size"]


def test_a_row_with_its_own_interpretation_is_not_the_sessions() -> None:
    sight = row(20, mode="sight", staff=("i2",))
    assert run(booth([sight, row(40)])).codes() == []
    assert run(booth([row(20), row(40)])).codes() == ["staff.team-size"]


@pytest.mark.parametrize("registration, clash", [(10, False), (9, True)])
def test_clash_uses_the_interpreted_span(registration: int, clash: bool) -> None:
    # The demo's 09:30 walk: the roundtable's booth starts after registration, so the
    # interpreter leaving the dialogue at 11:00 has the 10-minute changeover.
    data = event(session("s1", "10:00", "11:00", mode="consecutive", staff=["i1"]),
                 session("s2", "11:00", "12:00", room="annex", mode="consecutive", staff=["i1"],
                         items=[quiet(registration, title="등록"), row(60 - registration)]))
    checked = run(data)
    assert ("interpreter.double-booked" in checked.codes()) is clash
    if clash:
        says(checked.one("interpreter.double-booked"), "11:09~12:00", "9 min")


def test_call_time_counts_as_working_time_before_booth_work_only() -> None:
    days = [("09:00", "12:00"), ("14:00", "17:00")]
    booths = event(*(session(f"s{n}", a, b, mode="simultaneous", staff=["i1", "i2"])
                     for n, (a, b) in enumerate(days, 1)), policy={"call_time_min": 30})
    checked = run(booths)
    assert checked.codes() == ["worktime.daily-limit"] * 2
    says(checked.only("worktime.daily-limit")[0], "420 min")
    # A stint of three hours is time at the microphone: the call does not make it long.
    assert "worktime.long-stint" not in checked.codes()
    consecutive = copy.deepcopy(booths)
    for s in consecutive["sessions"]:
        s["interpretation"]["mode"] = "consecutive"
        for a in s["assignments"]:
            a["role"] = "consecutive"
    assert run(consecutive).codes() == []


def test_rows_marked_interpreted_and_remote_come_back_from_the_file() -> None:
    remote = row(10, title="캐나다 측 발표")
    remote["remote"] = True
    again = row(5, title="질의응답")
    again["interpreted"] = True
    data = booth([quiet(10, title="등록"), remote, again], staff=("i1", "i2"))
    items = export_event(load(data))["sessions"][0]["items"]
    assert [(i.get("interpreted"), i.get("remote")) for i in items] == [
        (False, None), (None, True), (True, None)]


# -- whispering: at most two listeners, into the listener's language ------------------------


@pytest.mark.parametrize("listeners, over", [(2, False), (3, True), (6, True)])
def test_whispering_over_two_listeners_needs_equipment(listeners: int, over: bool) -> None:
    from tests.test_rules import room
    checked = run(event(session("s1", "10:00", "10:20", mode="whispered", listeners=listeners,
                                staff=["i1"]), rooms=[room("hall", booths=0)]))
    assert checked.codes() == (["interpretation.whisper-listeners"] if over else [])
    if over:
        f = checked.one("interpretation.whisper-listeners")
        assert f.severity.value == "error" and f.sessions == ("s1",)
        says(f, f"{listeners} listeners", "at most 2", "AIIC Professional Standards art. 6")
        says_ko(f, f"{listeners}명", "2명까지", "AIIC 직업 기준 제6조")
        assert "portable interpretation system" in f.fix["en"] and "장비" in f.fix["ko"]


@pytest.mark.parametrize("held, wrong", [(("en>ko",), False), (("ko>en",), True)])
def test_whispering_goes_into_the_listeners_language(held: tuple[str, ...], wrong: bool) -> None:
    from tests.test_rules import person
    s1 = session("s1", "10:00", "10:20", mode="whispered", listeners=1, staff=["i1"])
    s1["interpretation"]["listener_language"] = "ko"
    checked = run(event(s1, interpreters=[person("i1", directions=held)]))
    assert checked.codes() == (["interpreter.direction"] if wrong else [])
    if wrong:
        f = checked.one("interpreter.direction")
        says(f, "en>ko", "into the listeners' language, ko")
        says_ko(f, "en>ko", "청자의 언어 ko")



# -- room.equipment: a booth or a portable system, and receivers --------------------------


def _reception(on_site: int, *, mode: str = "none", booths: int = 0, portable: bool = False,
               receivers: int | None = None) -> dict:
    """A session with a welcome speech read by sight (the demo's reception)."""
    from tests.test_rules import room
    hall = room("hall", booths=booths)
    hall["portable_system"] = portable
    if receivers is not None:
        hall["receivers"] = receivers
    speech = row(5, key="speech", title="환영사", mode="sight", staff=("i1",))
    return event(session("s1", "11:40", "12:00", mode=mode, on_site=on_site,
                         staff=["i2"] if mode == "consecutive" else [],
                         items=[speech, row(15)]), rooms=[hall])


@pytest.mark.parametrize("on_site, mode, portable, needed", [
    (3, "none", False, True),           # read to three people while the speaker speaks
    (2, "none", False, False),          # two can hear it whispered
    (3, "none", True, False),           # a portable system carries it
    (130, "consecutive", False, False)])  # read aloud in turn, as consecutive is
def test_sight_translation_read_to_the_room_needs_equipment(
        on_site: int, mode: str, portable: bool, needed: bool) -> None:
    checked = run(_reception(on_site, mode=mode, portable=portable))
    assert ("room.equipment" in checked.codes()) is needed
    if needed:
        f = checked.one("room.equipment")
        assert f.severity.value == "error" and f.rooms == ("hall",)
        assert f.items == (checked.item("s1", "speech"),)
        says(f, "3 people", "no booth and no portable interpretation system",
             "AIIC Professional Standards art. 6")
        says_ko(f, "3명", "이동식 통역 장비")
        assert "portable interpretation system" in f.fix["en"] and "수신기" in f.fix["ko"]


@pytest.mark.parametrize("receivers, short", [(None, False), (11, False), (10, True)])
def test_receivers_for_everyone_on_site(receivers: int | None, short: bool) -> None:
    from tests.test_rules import room
    hall = room("hall", booths=1)
    if receivers is not None:
        hall["receivers"] = receivers
    checked = run(event(session("s1", "10:00", "10:30", mode="simultaneous", on_site=11,
                                staff=["i1", "i2"]), rooms=[hall]))
    assert checked.codes() == (["room.equipment"] if short else [])
    if short:
        f = checked.one("room.equipment")
        says(f, "11 listeners", "10 receivers")
        says_ko(f, "11명", "10대")
        assert "1 more receivers" in f.fix["en"]


@pytest.mark.parametrize("receivers, codes", [(6, []), (5, ["room.equipment"])])
def test_system_whispering_needs_receivers_not_more_whisperers(
        receivers: int, codes: list[str]) -> None:
    from tests.test_rules import room
    hall = room("hall", booths=0)
    hall.update(portable_system=True, receivers=receivers)
    checked = run(event(session("s1", "10:00", "10:20", mode="whispered", listeners=6,
                                staff=["i1"]), rooms=[hall]))
    assert checked.codes() == codes
