"""Rooms a source names that the event does not have: made on import when asked, shared by
the sessions that name them, and taken out again with the import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from db.document import EventDocument, build_new_file
from db.edits import EditError, set_session_fields
from db.importing import (
    Target,
    apply_import,
    existing_rooms,
    plan_rooms,
    put_back,
    session_keys,
    take_out,
)
from db.interchange import dumps, empty_event, export_event, import_event
from db.loading import load_event
from planner.imports.rooms import room_key, split_floor
from planner.imports.runsheet import parse_text
from planner.imports.sources import read_source

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "003_a897207029e06c92.txt"
TWO_IN_ONE_ROOM = "\n".join([
    "□ 행사 개요",
    "- (일시/장소) '26.7.4.(토) 10:00~10:30 / 별관 세미나실(3F)",
    "10:00~10:30\t○ 개회\t",
    "□ 행사 개요",
    "- (일시/장소) '26.7.4.(토) 11:00~11:30 / 별관 세미나실 (3F)",
    "11:00~11:30\t○ 토론\t",
])


def _dump(doc: EventDocument) -> str:
    return dumps(export_event(load_event(doc)))


@pytest.fixture
def seed() -> Path:
    if not SEED.is_file():
        pytest.skip(f"the seed run sheets are not here: {SEED}")
    return SEED


@pytest.fixture
def empty_file(tmp_path: Path) -> Path:
    return build_new_file(tmp_path / "new.agenda",
                          lambda doc: import_event(doc, empty_event("새 행사")))


@pytest.mark.parametrize(("text", "name", "floor"), [
    ("DDP 디자인랩 서울-온 화상회의실(2F)", "DDP 디자인랩 서울-온 화상회의실", "2F"),
    ("DDP 디자인랩 서울-온 화상스튜디오 (2F)", "DDP 디자인랩 서울-온 화상스튜디오", "2F"),
    ("별관 세미나실 (b1)", "별관 세미나실", "B1"),
    ("별관 세미나실(4층)", "별관 세미나실", "4층"),
    ("별관 세미나실（지하 1층）", "별관 세미나실", "지하1층"),
    ("DDP 서울-온 화상회의실(디자인랩 2F)", "DDP 서울-온 화상회의실(디자인랩 2F)", ""),
    ("Hall B", "Hall B", ""),
    ("(2F)", "(2F)", ""),
])
def test_a_room_s_floor_is_read_from_the_brackets_at_its_end(text, name, floor):
    assert split_floor(text) == (name, floor)


def test_a_new_room_s_key_is_readable_and_unique():
    assert room_key("DDP 디자인랩 잔디사랑방", "4F", set()) == "ddp-디자인랩-잔디사랑방-4f"
    assert room_key("Hall B", "", {"hall-b", "hall-b-2"}) == "hall-b-3"
    assert room_key("!!!", "", set()) == "room"
    assert len(room_key("회의실 " * 40, "2F", set())) <= 60


def test_the_seed_into_an_empty_event_makes_three_rooms_for_five_sessions(empty_file, seed):
    parsed = read_source(seed)
    with EventDocument.open(empty_file) as doc:
        outcome = apply_import(doc, parsed, Target(create_rooms=True))
        loaded = load_event(doc)
    assert outcome.notes == []  # every room found a room: nothing to say
    assert len(outcome.new_rooms) == 3
    assert [(r.key, r.name, r.floor) for r in loaded.rooms] == [
        ("ddp-디자인랩-서울-온-화상회의실-2f", {"ko": "DDP 디자인랩 서울-온 화상회의실"}, "2F"),
        ("ddp-디자인랩-서울-온-화상스튜디오-2f", {"ko": "DDP 디자인랩 서울-온 화상스튜디오"}, "2F"),
        ("ddp-디자인랩-잔디사랑방-4f", {"ko": "DDP 디자인랩 잔디사랑방"}, "4F")]
    rooms = {r.id: r.key for r in loaded.rooms}
    by_day = {(str(s.date), s.start_min): rooms[s.room_id] for s in loaded.sessions}
    # The EU meeting's "DDP 서울-온 화상회의실(디자인랩 2F)" is the dialogue's room again,
    # and both roundtables share the studio however its floor is spaced.
    assert by_day == {
        ("2026-07-01", 540): "ddp-디자인랩-서울-온-화상회의실-2f",
        ("2026-07-01", 570): "ddp-디자인랩-서울-온-화상스튜디오-2f",
        ("2026-07-02", 700): "ddp-디자인랩-잔디사랑방-4f",
        ("2026-07-02", 960): "ddp-디자인랩-서울-온-화상스튜디오-2f",
        ("2026-07-03", 600): "ddp-디자인랩-서울-온-화상회의실-2f"}


def test_without_the_option_no_room_is_made_and_each_is_noted(empty_file, seed):
    with EventDocument.open(empty_file) as doc:
        outcome = apply_import(doc, read_source(seed), Target())
        loaded = load_event(doc)
    assert loaded.rooms == [] and outcome.new_rooms == []
    assert len(outcome.notes) == 5
    assert all(s.room_id is None for s in loaded.sessions)


def test_a_room_spelt_another_way_is_the_same_new_room(empty_file):
    text = "\n".join([
        "□ 행사 개요", "- (일시/장소) '26.7.1.(수) 09:00~09:30 / DDP 디자인랩 서울-온 화상회의실(2F)",
        "09:00~09:30\t○ 대화\t",
        "□ 행사 개요", "- (일시/장소) '26. 7. 3.(금) 10:00 ~ 11:00 / DDP 서울-온 화상회의실(디자인랩 2F)",
        "10:00~11:00\t○ 면담\t"])
    with EventDocument.open(empty_file) as doc:
        outcome = apply_import(doc, parse_text(text), Target(create_rooms=True))
        loaded = load_event(doc)
    [room] = loaded.rooms
    assert outcome.new_rooms == [room.id]
    assert [s.room_id for s in loaded.sessions] == [room.id, room.id]


def test_undo_and_redo_of_a_small_import_leave_the_event_as_it_was(small_file):
    with EventDocument.open(small_file) as doc:
        before = _dump(doc)
        outcome = apply_import(doc, parse_text(TWO_IN_ONE_ROOM), Target(create_rooms=True))
        after = _dump(doc)
        taken = take_out(doc, outcome)
        assert _dump(doc) == before
        put_back(doc, taken)
        assert _dump(doc) == after


def test_rooms_the_event_has_are_used_and_only_the_others_made(small_file):
    text = TWO_IN_ONE_ROOM + "\n" + "\n".join([
        "□ 행사 개요", "- (일시/장소) '26.7.4.(토) 12:00~12:30 / 대회의실(2F)",
        "12:00~12:30\t○ 오찬\t"])
    with EventDocument.open(small_file) as doc:
        outcome = apply_import(doc, parse_text(text), Target(create_rooms=True))
        loaded = load_event(doc)
    assert [r.key for r in loaded.rooms] == ["hall", "lounge", "별관-세미나실-3f"]
    made = loaded.rooms[2]
    assert (made.name, made.floor, made.position) == ({"ko": "별관 세미나실"}, "3F", 2)
    assert outcome.new_rooms == [made.id]
    rooms = [loaded.room_by_id[s.room_id].key for s in loaded.sessions if s.key != "s1"]
    assert rooms == ["별관-세미나실-3f", "별관-세미나실-3f", "hall"]


def test_undo_takes_the_rooms_out_with_the_sessions_and_redo_puts_them_back(empty_file, seed):
    parsed = read_source(seed)
    with EventDocument.open(empty_file) as doc:
        before = _dump(doc)
        outcome = apply_import(doc, parsed, Target(create_rooms=True))
        after = _dump(doc)
        taken = take_out(doc, outcome)
        assert _dump(doc) == before  # exactly as before: no room, no session left
        put_back(doc, taken)
        assert _dump(doc) == after
        assert [r.id for r in load_event(doc).rooms] == outcome.new_rooms  # the same ids
        again = take_out(doc, outcome)
        assert _dump(doc) == before
        put_back(doc, again)
        assert _dump(doc) == after


def test_a_made_room_another_session_uses_by_then_is_not_taken_out(empty_file):
    with EventDocument.open(empty_file) as doc:
        outcome = apply_import(doc, parse_text(TWO_IN_ONE_ROOM), Target(create_rooms=True))
        other = apply_import(doc, parse_text("10:00~10:30\t○ 따로\t"),
                             Target(None, dt.date(2026, 7, 5)))
        set_session_fields(doc, other.new_sessions[0], room_id=outcome.new_rooms[0])
        before = _dump(doc)
        with pytest.raises(EditError):
            take_out(doc, outcome)
        assert _dump(doc) == before  # all or nothing


def test_a_refused_import_makes_no_room(empty_file):
    text = TWO_IN_ONE_ROOM + "\n" + "\n".join([
        "□ 행사 개요", "- (일시/장소) / 본관 대강당(1F)", "14:00~14:30\t○ 날짜 없음\t"])
    with EventDocument.open(empty_file) as doc:
        before = _dump(doc)
        with pytest.raises(EditError):
            apply_import(doc, parse_text(text), Target(create_rooms=True))
        assert _dump(doc) == before


def test_the_plan_is_what_the_import_makes(small_file):
    parsed = parse_text(TWO_IN_ONE_ROOM)
    with EventDocument.open(small_file) as doc:
        rooms = existing_rooms(doc)
        keys = session_keys(parsed, Target(), {})
        plan = plan_rooms(parsed, keys, rooms)
        assert [(r.key, r.floor) for r in plan.rooms] == [("별관-세미나실-3f", "3F")]
        assert plan.named_at == {"별관-세미나실-3f": "line 2"}
        assert plan.sessions_in(plan.rooms[0]) == [0, 1]
        apply_import(doc, parsed, Target(create_rooms=True))
        assert [r.key for r in existing_rooms(doc)] == ["hall", "lounge", "별관-세미나실-3f"]
