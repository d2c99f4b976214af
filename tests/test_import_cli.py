"""``agenda-planner import SRC FILE [--session KEY] [--dry-run]`` for text, workbooks and JSON."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.document import EventDocument
from db.interchange import dumps, export_event
from db.loading import load_event
from ui.cli import main

TABLE = ("시 간\t내 용\t비 고\n"
         "09:00~09:10 ('10)\t○ 개회\t(사회) 사회자\n"
         "09:10~09:40 ('30)\t○ 논의\t\n"
         "09:10~09:20 ('10)\t- 발표\t(한) 발표자\n"
         "09:20~09:40 ('20)\t- 토론\t참석자 전체\n")


def _snapshot(path: Path) -> str:
    with EventDocument.open(path, read_only=True) as doc:
        return dumps(export_event(load_event(doc)))


def test_dry_run_prints_what_it_would_create_and_writes_nothing(tmp_path, capsys, small_file):
    src = tmp_path / "table.txt"
    src.write_text(TABLE, encoding="utf-8")
    before = _snapshot(small_file)
    assert main(["import", str(src), str(small_file), "--date", "2026-07-02", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "new session 2026-07-02-0900" in out
    assert "09:10~09:40 ('30)      ○ 논의" in out
    assert "    09:10~09:20 ('10)" in out  # a row of the block, indented
    assert "nothing written (--dry-run)" in out
    assert _snapshot(small_file) == before
    assert main(["import", str(src), str(tmp_path / "new.agenda"), "--dry-run",
                 "--date", "2026-07-02"]) == 0
    assert not (tmp_path / "new.agenda").exists()


def test_rows_go_into_a_named_session(tmp_path, capsys, small_file):
    src = tmp_path / "table.tsv"
    src.write_text(TABLE, encoding="utf-8")
    assert main(["import", str(src), str(small_file), "--session", "s1"]) == 0
    assert "s1: 4 row(s) after its last row" in capsys.readouterr().out
    with EventDocument.open(small_file, read_only=True) as doc:
        loaded = load_event(doc)
    session = next(s for s in loaded.sessions if s.key == "s1")
    titles = [n.item.title.get("ko") for n in loaded.walk(session)]
    assert titles[-4:] == ["개회", "논의", "발표", "토론"]


def test_a_new_event_file_from_a_table(tmp_path, capsys):
    src = tmp_path / "table.txt"
    src.write_text(TABLE, encoding="utf-8")
    target = tmp_path / "new.agenda"
    assert main(["import", str(src), str(target), "--session", "forum", "--date",
                 "2026-07-02"]) == 0
    with EventDocument.open(target, read_only=True) as doc:
        loaded = load_event(doc)
    [session] = loaded.sessions
    assert (session.key, str(session.date), session.start_min, session.end_min) == (
        "forum", "2026-07-02", 540, 580)


def test_a_new_session_needs_a_day(tmp_path, capsys, small_file):
    src = tmp_path / "table.txt"
    src.write_text(TABLE, encoding="utf-8")
    before = _snapshot(small_file)
    assert main(["import", str(src), str(small_file)]) == 2
    assert "--date" in capsys.readouterr().err
    assert _snapshot(small_file) == before


def test_unreadable_lines_stop_the_import_with_their_line_numbers(tmp_path, capsys, small_file):
    src = tmp_path / "table.txt"
    src.write_text(TABLE + "25:00~25:10\t○ 밤\t\n09:50~09:40\t○ 거꾸로\t\n", encoding="utf-8")
    before = _snapshot(small_file)
    assert main(["import", str(src), str(small_file), "--session", "s1"]) == 2
    err = capsys.readouterr().err
    assert "line 6: '25:00~25:10': 25:00 is not a time of day" in err
    assert "line 7: '09:50~09:40' ends before it starts" in err
    assert "nothing was imported" in err
    assert _snapshot(small_file) == before
    assert main(["import", str(src), str(small_file), "--session", "s1", "--dry-run"]) == 2
    assert "not read: line 6" in capsys.readouterr().out


@pytest.mark.parametrize(("name", "content", "message"), [
    ("notes.doc", b"x", "not .doc"),
    ("binary.txt", b"\x00\x01\x02", "not a text file"),
    ("latin.txt", "09:00~09:10\t\u00e9t\u00e9\n".encode("utf-16"), "not a text file"),
    ("empty.txt", b"", "no agenda rows"),
])
def test_files_that_are_not_programmes(tmp_path, capsys, small_file, name, content, message):
    src = tmp_path / name
    src.write_bytes(content)
    assert main(["import", str(src), str(small_file), "--session", "s1"]) == 2
    assert message in capsys.readouterr().err


def test_cp949_text_from_korean_windows(tmp_path, capsys, small_file):
    src = tmp_path / "table.txt"
    src.write_bytes(TABLE.encode("cp949"))
    assert main(["import", str(src), str(small_file), "--session", "s1"]) == 0


def test_json_dry_run_and_options_that_do_not_apply(tmp_path, capsys, small_event):
    small_json = tmp_path / "event.json"
    small_json.write_text(dumps(small_event), encoding="utf-8")
    assert main(["import", str(small_json), str(tmp_path / "e.agenda"), "--dry-run"]) == 0
    assert "a valid event" in capsys.readouterr().out
    assert not (tmp_path / "e.agenda").exists()
    assert main(["import", str(small_json), str(tmp_path / "e.agenda"), "--session", "x"]) == 2
    assert "a JSON file is a whole event" in capsys.readouterr().err


ROOMED = ("□ 행사 개요\n- (일시/장소) '26.7.4.(토) 10:00~10:30 / 별관 세미나실(3F)\n"
          "10:00~10:30\t○ 개회\t\n"
          "□ 행사 개요\n- (일시/장소) '26.7.4.(토) 11:00~11:30 / 별관 세미나실 (3F)\n"
          "11:00~11:30\t○ 토론\t\n"
          "□ 행사 개요\n- (일시/장소) '26.7.4.(토) 12:00~12:30 / 대회의실(2F)\n"
          "12:00~12:30\t○ 오찬\t\n")


def test_create_rooms_dry_run_says_which_rooms_it_would_create(tmp_path, capsys, small_file):
    src = tmp_path / "runsheet.txt"
    src.write_text(ROOMED, encoding="utf-8")
    before = _snapshot(small_file)
    assert main(["import", str(src), str(small_file), "--create-rooms", "--dry-run"]) == 0
    out = capsys.readouterr().out
    # One room for both spellings; the event's own 대회의실 (hall, 2F) is no new room.
    assert "would create room 별관-세미나실-3f: '별관 세미나실', floor 3F (line 2) for " \
        "2026-07-04-1000, 2026-07-04-1100" in out
    assert out.count("would create room") == 1
    assert "nothing written (--dry-run)" in out
    assert _snapshot(small_file) == before
    assert main(["import", str(src), str(small_file), "--dry-run"]) == 0
    assert "would create" not in capsys.readouterr().out  # only when asked


def test_create_rooms_makes_them_and_the_sessions_use_them(tmp_path, capsys, small_file):
    src = tmp_path / "runsheet.txt"
    src.write_text(ROOMED, encoding="utf-8")
    assert main(["import", str(src), str(small_file), "--create-rooms"]) == 0
    out = capsys.readouterr().out
    assert "created room 별관-세미나실-3f" in out and "note:" not in out
    with EventDocument.open(small_file, read_only=True) as doc:
        loaded = load_event(doc)
    assert [r.key for r in loaded.rooms] == ["hall", "lounge", "별관-세미나실-3f"]
    rooms = {s.key: loaded.room_by_id[s.room_id].key for s in loaded.sessions}
    assert rooms == {"s1": "hall", "2026-07-04-1000": "별관-세미나실-3f",
                     "2026-07-04-1100": "별관-세미나실-3f", "2026-07-04-1200": "hall"}


def test_create_rooms_into_a_new_event_file(tmp_path, capsys):
    src = tmp_path / "runsheet.txt"
    src.write_text(ROOMED, encoding="utf-8")
    target = tmp_path / "new.agenda"
    assert main(["import", str(src), str(target), "--create-rooms", "--dry-run"]) == 0
    assert capsys.readouterr().out.count("would create room") == 2  # no room at all yet
    assert not target.exists()
    assert main(["import", str(src), str(target), "--create-rooms"]) == 0
    with EventDocument.open(target, read_only=True) as doc:
        loaded = load_event(doc)
    assert [(r.key, r.floor) for r in loaded.rooms] == [("별관-세미나실-3f", "3F"),
                                                        ("대회의실-2f", "2F")]
    assert all(s.room_id is not None for s in loaded.sessions)


def test_create_rooms_keeps_the_exit_codes(tmp_path, capsys, small_file):
    src = tmp_path / "runsheet.txt"
    src.write_text(ROOMED + "25:00~25:10\t○ 밤\t\n", encoding="utf-8")
    before = _snapshot(small_file)
    assert main(["import", str(src), str(small_file), "--create-rooms", "--dry-run"]) == 2
    assert main(["import", str(src), str(small_file), "--create-rooms"]) == 2
    assert "nothing was imported" in capsys.readouterr().err
    assert _snapshot(small_file) == before
