"""What the preview says before an import: the times rows will have, where a room is named,
and what to check against the event (plain pytest, no window)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.demo import write_demo
from db.document import EventDocument
from db.importing import Target, apply_import, event_notes, existing_sessions, session_keys
from db.loading import load_event
from planner.imports.model import ProblemKind
from planner.imports.preview import describe, row_time
from planner.imports.runsheet import parse_text

OVERVIEW = ("□ 행사 개요\n- (목적) 협력 논의\n"
            "- (일시/장소) '26.7.4.(토) 10:00~10:30 / 별관 세미나실(3F)\n"
            "10:00~10:30\t○ 개회\t")


def test_a_block_printed_longer_than_its_rows_shows_the_time_it_will_have():
    parsed = parse_text("09:00~10:00\t○ 세션\t\n09:00~09:20\t- 가\t\n09:20~09:40\t- 나\t")
    block = parsed.sessions[0].rows[0]
    assert row_time(block) == "09:00~09:40 ('40)"
    assert [row_time(r) for r in block.children] == ["09:00~09:20 ('20)", "09:20~09:40 ('20)"]
    lines = describe(parsed, [("s", False)], dt.date(2026, 7, 1))
    assert any(line.strip().startswith("09:00~09:40 ('40)") for line in lines)


def test_printed_lengths_that_disagree_and_markers_are_shown_as_kept():
    parsed = parse_text("10:40~10:55 ('16)\t○ 질의응답\t\n(10:50~)\t※ 이석\t")
    row, marker = parsed.sessions[0].rows
    assert (row_time(row), row_time(marker)) == ("10:40~10:55 ('16)", "(10:50~)")


def test_the_line_that_names_a_sessions_room_is_kept():
    parsed = parse_text(OVERVIEW)
    session = parsed.sessions[0]
    assert session.where == "line 1" and session.room == "별관 세미나실(3F)"
    assert session.room_where == "line 3"
    unplaced = parse_text("10:00~10:30\t○ 개회\t").sessions[0]
    assert (unplaced.room, unplaced.room_where) == ("", "")


def test_a_room_the_event_does_not_have_and_rows_over_existing_rows_are_noted(tmp_path: Path):
    path = write_demo(tmp_path / "demo.agenda")
    with EventDocument.open(path, read_only=True) as doc:
        loaded, existing = load_event(doc), existing_sessions(doc)
    parsed = parse_text(OVERVIEW)
    keys = session_keys(parsed, Target(), existing)
    [room] = event_notes(parsed, keys, loaded)
    assert (room.where, room.kind) == ("line 3", ProblemKind.KEPT)
    assert room.message.text("ko").startswith("행사에 '별관 세미나실(3F)' 회의실이 없습니다")
    table = parse_text("10:30~10:50\t○ 추가\t\n10:50~11:20\t○ 마무리\t")
    target = Target("eu-meeting")
    notes = event_notes(table, session_keys(table, target, existing), loaded)
    assert [(n.where, n.message.key) for n in notes] == [("line 1", "overlaps_rows"),
                                                         ("line 2", "outside_session")]
    after = parse_text("11:00~11:10\t○ 끝\t")  # after the rows: no overlap, past the end
    assert [n.message.key for n in event_notes(after, [("eu-meeting", True)], loaded)] == [
        "outside_session"]


def test_the_note_after_an_import_cites_the_line_naming_the_room(tmp_path: Path):
    path = write_demo(tmp_path / "demo.agenda")
    parsed = parse_text(OVERVIEW)
    with EventDocument.open(path) as doc:
        assert [str(n) for n in apply_import(doc, parsed, Target()).notes] == [
            "line 3: no room of the event is '별관 세미나실(3F)': the session has no room yet"]
