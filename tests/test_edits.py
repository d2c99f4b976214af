"""Edits in transactions, their undo data, and reloading one session after an edit."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from db.document import EventDocument
from db.edits import (EditError, delete_item, insert_item, restore_items, set_item_duration,
                      set_item_text, set_session_fields)
from db.interchange import dumps, export_event
from db.loading import load_event, reload_session


def snapshot(doc: EventDocument) -> str:
    return dumps(export_event(load_event(doc)))


def test_insert_delete_restore_round_trip(small_file: Path) -> None:
    with EventDocument.open(small_file) as doc:
        before = snapshot(doc)
        block = load_event(doc).agenda[1][1].item
        new_id = insert_item(doc, 1, None, 1, duration=7, title={"ko": "새 행"})
        loaded = load_event(doc)
        assert [n.item.title.get("ko") for n in loaded.agenda[1]] == \
            ["개회", "새 행", "논의", "차관 이석", "폐회"]
        assert loaded.cascade(loaded.sessions[0]).rows[1].duration == 7
        taken = delete_item(doc, new_id)
        assert snapshot(doc) == before
        restore_items(doc, taken)
        assert len(load_event(doc).agenda[1]) == 5
        delete_item(doc, new_id)
        # A block goes with its children; undo brings back all of them and their places.
        taken = delete_item(doc, block.id)
        assert [n.item.title.get("ko") for n in load_event(doc).agenda[1]] == \
            ["개회", "차관 이석", "폐회"]
        restore_items(doc, taken)
        assert snapshot(doc) == before


def test_deleting_a_row_takes_its_assignments_and_undo_returns_them(small_file: Path) -> None:
    with EventDocument.open(small_file) as doc:
        before = snapshot(doc)
        last = load_event(doc).agenda[1][-1].item  # the sight-translated closing row
        taken = delete_item(doc, last.id)
        assert len(load_event(doc).assignments) == 1
        restore_items(doc, taken)
        assert snapshot(doc) == before


def test_texts_and_session_fields(small_file: Path) -> None:
    with EventDocument.open(small_file) as doc:
        assert set_item_text(doc, 1, "title", "en", "Opening") == ""
        assert set_item_text(doc, 1, "title", "ko", "") == "개회"
        assert load_event(doc).agenda[1][0].item.title == {"en": "Opening"}
        old = set_session_fields(doc, 1, start_min=8 * 60, end_min=9 * 60 + 30)
        assert old == {"start_min": 540, "end_min": 600}
        with pytest.raises(EditError):
            set_session_fields(doc, 1, end_min=7 * 60)
        with pytest.raises(EditError):
            set_session_fields(doc, 1, room_id=99)
        with pytest.raises(EditError):
            set_item_text(doc, 1, "colour", "ko", "빨강")
        assert load_event(doc).sessions[0].end_min == 570  # the refused edits left nothing


def rows_timed(doc: EventDocument) -> list[tuple[str, int, int, int, int]]:
    """Each row of the small session: title, start, end, gap and overlap once cascaded."""
    loaded = load_event(doc)
    return [(r.source.item.title["ko"], r.start, r.end, r.gap, r.overlap)
            for r in loaded.cascade(loaded.sessions[0]).rows]


def test_moving_a_session_moves_its_pinned_starts_and_markers_too(small_file: Path) -> None:
    with EventDocument.open(small_file) as doc:
        before, timed = snapshot(doc), rows_timed(doc)
        old = set_session_fields(doc, 1, start_min=14 * 60, end_min=15 * 60)
        hour = 5 * 60  # everything happens five hours later, as it was
        assert rows_timed(doc) == [(t, s + hour, e + hour, g, o) for t, s, e, g, o in timed]
        pinned = {n.item.title["ko"]: n.item.start_min for n in load_event(doc).walk(
            load_event(doc).sessions[0]) if n.item.start_min is not None}
        assert pinned == {"질의응답": 14 * 60 + 35, "차관 이석": 14 * 60 + 40}
        set_session_fields(doc, 1, **old)  # what undo does
        assert snapshot(doc) == before
        # Only a moved start moves them: another end, room or day leaves them be.
        set_session_fields(doc, 1, end_min=11 * 60, date=load_event(doc).sessions[0].date)
        assert [r[1] for r in rows_timed(doc)] == [r[1] for r in timed]
        # A pinned row the move would push past midnight refuses the move, changing nothing.
        with pytest.raises(EditError, match="pinned at 09:35 would leave the day") as refused:
            set_session_fields(doc, 1, start_min=23 * 60 + 30, end_min=24 * 60)
        assert refused.value.code == "pinned-row-leaves-day"
        assert load_event(doc).sessions[0].start_min == 9 * 60


def test_reload_session_matches_a_full_load(small_file: Path) -> None:
    with EventDocument.open(small_file) as doc:
        loaded = load_event(doc)
        set_item_duration(doc, 1, 25)
        insert_item(doc, 1, 2, 0, duration=3, title={"ko": "추가"})
        set_session_fields(doc, 1, closed=False)
        reload_session(doc, loaded, 1)
        assert dumps(export_event(loaded)) == snapshot(doc)
        assert loaded.session_by_id[1].closed is False


def test_move_indent_outdent_and_back(small_file: Path) -> None:
    from db.edits import move_item, set_item_length

    with EventDocument.open(small_file) as doc:
        before = snapshot(doc)
        loaded = load_event(doc)
        first, block = loaded.agenda[1][0].item, loaded.agenda[1][1].item
        # Indent the first row into... nothing before it: refuse at the edit level by caller;
        # here move the last row (폐회) into the block as its last child.
        last = loaded.agenda[1][-1].item
        old = move_item(doc, last.id, block.id, 99)
        loaded = load_event(doc)
        assert [n.item.title.get("ko") for n in loaded.agenda[1][1].children] == \
            ["발언", "질의응답", "폐회"]
        assert old == (None, 3)
        move_item(doc, last.id, *old)
        assert snapshot(doc) == before
        # A leaf becomes a block when a row goes under it, and back.
        old_length = set_item_length(doc, first.id, None)
        move_item(doc, loaded.agenda[1][2].item.id, first.id, 0)  # the marker under 개회
        with pytest.raises(EditError):
            move_item(doc, block.id, loaded.agenda[1][1].children[0].item.id, 0)  # inside itself
        move_item(doc, loaded.agenda[1][2].item.id, None, 2)
        set_item_length(doc, first.id, old_length)
        assert snapshot(doc) == before


def test_add_delete_restore_and_duplicate_sessions(small_file: Path) -> None:
    import datetime as dt

    from db.edits import add_session, delete_session, duplicate_session, restore_session

    with EventDocument.open(small_file) as doc:
        before = snapshot(doc)
        new = add_session(doc, key="s2", title={"ko": "새 세션"}, date=dt.date(2026, 7, 2),
                          start_min=600, end_min=660)
        assert [s.key for s in load_event(doc).sessions] == ["s1", "s2"]
        with pytest.raises(EditError):
            add_session(doc, key="s2", title={}, date=dt.date(2026, 7, 2), start_min=1,
                        end_min=2)
        delete_session(doc, new)
        assert snapshot(doc) == before
        taken = delete_session(doc, 1)
        assert load_event(doc).sessions == []
        restore_session(doc, taken)
        assert snapshot(doc) == before
        copy = duplicate_session(doc, 1, "s1-copy", dt.date(2026, 7, 3))
        loaded = load_event(doc)
        original, duplicate = loaded.sessions
        assert duplicate.id == copy and duplicate.date == dt.date(2026, 7, 3)
        assert [n.item.title for n in loaded.walk(duplicate)] == \
            [n.item.title for n in loaded.walk(original)]
        assert [a for a in loaded.assignments if a.session_id == copy] == []
        assert loaded.delegations[copy][0].on_site == 4


def test_a_copy_on_the_same_day_follows_the_original_in_its_room(small_file: Path) -> None:
    from db.edits import duplicate_session

    with EventDocument.open(small_file) as doc:
        day = load_event(doc).sessions[0].date
        copy = duplicate_session(doc, 1, "s1-copy", day)
        loaded = load_event(doc)
        original, duplicate = loaded.session_by_id[1], loaded.session_by_id[copy]
        assert (duplicate.date, duplicate.room_id) == (original.date, original.room_id)
        assert (duplicate.start_min, duplicate.end_min) == (10 * 60, 11 * 60)  # 09:00~10:00 before
        hour = 60  # its rows, pinned ones and the marker too, an hour later as the session
        assert [(r.start + hour, r.end + hour, r.gap, r.overlap)
                for r in loaded.cascade(original).rows] == \
            [(r.start, r.end, r.gap, r.overlap) for r in loaded.cascade(duplicate).rows]
        # A session that could not follow before midnight is copied at its own time.
        set_session_fields(doc, 1, start_min=22 * 60 + 30, end_min=23 * 60 + 30)
        late_id = duplicate_session(doc, 1, "s1-late", day)
        late = load_event(doc).session_by_id[late_id]
        assert (late.start_min, late.end_min) == (22 * 60 + 30, 23 * 60 + 30)


def test_assign_and_unassign(small_file: Path) -> None:
    from db.resource_edits import assign, unassign

    with EventDocument.open(small_file) as doc:
        before = snapshot(doc)
        new = assign(doc, 1, 1, "booth")
        assert len(load_event(doc).assignments) == 3
        with pytest.raises(EditError, match="already has that role"):
            assign(doc, 1, 1, "booth")
        with pytest.raises(EditError, match="not a role"):
            assign(doc, 1, 1, "juggler")
        with pytest.raises(EditError, match="not in this session"):
            assign(doc, 1, 1, "sight", item_id=999)
        unassign(doc, new)
        assert snapshot(doc) == before
        taken = unassign(doc, 1)
        assign(doc, taken["interpreter_id"], taken["session_id"], taken["role"],
               item_id=taken["item_id"], assignment_id=taken["id"])
        assert snapshot(doc) == before


def test_rooms_interpreters_delegations(small_file: Path) -> None:
    from db.resource_edits import (add_delegation, add_room, delete_delegation, delete_room,
                                   restore_delegation, restore_room, update_delegation,
                                   update_interpreter, update_room)

    with EventDocument.open(small_file) as doc:
        before = snapshot(doc)
        old = update_room(doc, 1, capacity=10, video=False)
        assert old == {"capacity": 40, "video": True}
        with pytest.raises(EditError, match="whole number"):
            update_room(doc, 1, booths=-1)
        with pytest.raises(EditError, match="no field"):
            update_room(doc, 1, colour="red")
        update_room(doc, 1, **old)
        with pytest.raises(EditError, match="use this room"):
            delete_room(doc, 1)
        new = add_room(doc, "annex", {"ko": "별관"})
        restore_room(doc, delete_room(doc, new))
        delete_room(doc, new)
        old = update_interpreter(doc, 1, modes=["simultaneous"])
        update_interpreter(doc, 1, **old)
        side = add_delegation(doc, 1, {"ko": "캐나다"})
        update_delegation(doc, side, on_site=3)
        assert load_event(doc).delegations[1][1].on_site == 3
        taken = delete_delegation(doc, side)
        restore_delegation(doc, taken)
        delete_delegation(doc, side)
        assert snapshot(doc) == before


def test_set_availability(small_file: Path) -> None:
    import datetime as dt

    from db.resource_edits import set_availability

    with EventDocument.open(small_file) as doc:
        before = snapshot(doc)
        old = set_availability(doc, 1, [(dt.date(2026, 7, 1), 600, 720)])
        assert old == [(dt.date(2026, 7, 1), 480, 1080)]
        assert [(a.start_min, a.end_min) for a in load_event(doc).availability[1]] == [(600, 720)]
        with pytest.raises(EditError):
            set_availability(doc, 1, [(dt.date(2026, 7, 1), 720, 600)])
        set_availability(doc, 1, old)
        assert snapshot(doc) == before


def test_event_settings_change_and_come_back(small_file: Path) -> None:
    from db.resource_edits import update_event

    with EventDocument.open(small_file) as doc:
        before = snapshot(doc)
        old = update_event(doc, title={"ko": "한-영 전략대화", "en": "Korea-UK Strategic Dialogue"},
                           languages=["ko", "en", "fr"], timezone="Europe/London")
        event = load_event(doc).event
        assert (event.title["en"], event.languages, event.timezone) == (
            "Korea-UK Strategic Dialogue", ["ko", "en", "fr"], "Europe/London")
        for wrong, code in (({"title": {"ko": "  "}}, "event-title"),
                            ({"languages": ["ko"]}, "event-languages"),
                            ({"languages": ["ko", "ko"]}, "event-languages"),
                            ({"languages": ["ko", "English"]}, "event-languages"),
                            ({"timezone": "Seoul"}, "event-timezone"),
                            ({"venue": "DDP"}, "no-field")):
            with pytest.raises(EditError) as refused:
                update_event(doc, **wrong)
            assert refused.value.code == code
        update_event(doc, **old)
        assert snapshot(doc) == before


def test_removing_an_interpreter_takes_their_assignments_and_gives_them_back(
        tmp_path: Path) -> None:
    from db.demo import write_demo
    from db.models import Assignment, Availability, Interpreter
    from db.resource_edits import remove_interpreter, restore_interpreter

    with EventDocument.open(write_demo(tmp_path / "demo.agenda")) as doc:
        before = snapshot(doc)
        loaded = load_event(doc)
        person = next(i for i in loaded.interpreters
                      if any(a.interpreter_id == i.id for a in loaded.assignments))
        taken = remove_interpreter(doc, person.id)
        assert taken["assignments"] and taken["availability"] and taken["sessions"]
        with doc.reading() as s:
            assert s.get(Interpreter, person.id) is None
            for model in (Assignment, Availability):
                assert not [r for r in s.exec(select(model)).all()
                            if r.interpreter_id == person.id]
        assert person.key not in snapshot(doc)
        restore_interpreter(doc, taken)
        assert snapshot(doc) == before
        with pytest.raises(EditError) as gone:
            remove_interpreter(doc, 9999)
        assert gone.value.code == "interpreter-gone"
