"""Rotating backups of an event file: taken, checked, kept, listed and restored, from db/ and
the command line."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from db import edits
from db.backups import (BackupError, BackupSchedule, backup_document, backup_file, backup_problem,
                        folder_beside, folder_in_data, list_backups, newest_good_backup,
                        restore_backup)
from db.document import DocumentDamaged, DocumentInUse, EventDocument
from db.loading import load_event
from ui.cli import EXIT_BAD_INPUT, EXIT_OK, main

ROOT = Path(__file__).resolve().parents[1]


def first_duration(path: Path) -> tuple[int, int]:
    """The first timed row of the event: its id and its duration."""
    with EventDocument.open(path, read_only=True) as doc:
        loaded = load_event(doc)
    item = next(node.item for s in loaded.sessions for node in loaded.walk(s)
                if node.item.duration is not None)
    return item.id, item.duration


def set_first_duration(path: Path, minutes: int) -> None:
    item_id, _ = first_duration(path)
    with EventDocument.open(path) as doc:
        edits.set_item_duration(doc, item_id, minutes)


def damage(path: Path) -> None:
    """Zero a page in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[2 * page_size: 3 * page_size] = bytes(page_size)
    path.write_bytes(bytes(data))


def at(minute: int) -> dt.datetime:
    return dt.datetime(2026, 7, 1, 9, minute, 0)


# -- taking and keeping -------------------------------------------------------------------


def test_backup_is_a_checked_copy_beside_the_event_named_by_time(small_file: Path) -> None:
    with EventDocument.open(small_file) as doc:
        backup = backup_document(doc, "open")
        item_id, minutes = first_duration(backup.path)  # readable while the event is open
    assert backup.path.parent == small_file.with_name("small.agenda-backups")
    assert backup.path.name.startswith("small.") and backup.path.name.endswith(".open.agenda")
    assert abs(backup.taken - dt.datetime.now()) < dt.timedelta(minutes=1)
    assert backup.size == backup.path.stat().st_size > 0
    assert backup_problem(backup.path) is None
    assert (item_id, minutes) == first_duration(small_file)
    assert [b.path for b in list_backups(small_file)] == [backup.path]


def test_only_the_newest_are_kept(small_file: Path) -> None:
    with EventDocument.open(small_file) as doc:
        raw = doc.engine.raw_connection().dbapi_connection
        from db.backups import take_backup

        made = [take_backup(raw, small_file, "edit", keep=3, now=at(minute))
                for minute in (1, 2, 3, 4, 5)]
    kept = list_backups(small_file)
    assert [b.taken for b in kept] == [at(5), at(4), at(3)]
    assert {b.path for b in kept} == {b.path for b in made[2:]}
    assert not made[0].path.exists() and not made[1].path.exists()


def test_two_backups_in_one_second_are_both_kept_in_order(small_file: Path) -> None:
    from db.backups import take_backup

    with EventDocument.open(small_file) as doc:
        raw = doc.engine.raw_connection().dbapi_connection
        first = take_backup(raw, small_file, "open", now=at(7))
        second = take_backup(raw, small_file, "close", now=at(7))
    assert first.path != second.path
    assert [b.path for b in list_backups(small_file)] == [second.path, first.path]


def test_backups_go_to_the_data_folder_when_the_events_folder_cannot_take_them(
        small_file: Path, tmp_path: Path) -> None:
    folder_beside(small_file).write_text("a file where the backups' folder would be")
    data = tmp_path / "data"
    with EventDocument.open(small_file) as doc:
        backup = backup_document(doc, "open", data_folder=data)
    assert backup.path.parent == folder_in_data(small_file, data)
    assert backup_problem(backup.path) is None
    assert [b.path for b in list_backups(small_file, data_folder=data)] == [backup.path]
    with pytest.raises(BackupError, match="no folder for its backups"):
        backup_file(small_file, "open")  # and with no data folder either, a clear refusal


# -- checking and restoring ----------------------------------------------------------------


def test_restore_puts_the_backup_back_and_keeps_the_file_as_it_was(small_file: Path) -> None:
    _, minutes = first_duration(small_file)
    before = backup_file(small_file, "open")
    set_first_duration(small_file, minutes + 7)
    os.chmod(small_file, 0o640)
    kept = restore_backup(small_file, before.path)
    assert first_duration(small_file)[1] == minutes
    assert stat.S_IMODE(small_file.stat().st_mode) == 0o640
    assert kept is not None and kept.reason == "restore"
    assert first_duration(kept.path)[1] == minutes + 7
    with EventDocument.open(small_file) as doc:  # a whole event again, writable
        assert not doc.read_only


def test_restore_is_refused_while_the_event_is_open(small_file: Path) -> None:
    before = backup_file(small_file, "open")
    with EventDocument.open(small_file) as doc:
        edits.set_item_duration(doc, first_duration(before.path)[0], 55)
        with pytest.raises(DocumentInUse, match="in use"):
            restore_backup(small_file, before.path)
    assert first_duration(small_file)[1] == 55
    assert len(list_backups(small_file)) == 1


def test_a_damaged_backup_is_never_restored(small_file: Path) -> None:
    backup = backup_file(small_file, "open")
    damage(backup.path)
    original = small_file.read_bytes()
    assert backup_problem(backup.path) is not None
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(small_file, backup.path)
    assert small_file.read_bytes() == original


def test_a_damaged_event_is_restored_from_its_newest_good_backup(small_file: Path) -> None:
    from db.backups import take_backup

    with EventDocument.open(small_file) as doc:
        raw = doc.engine.raw_connection().dbapi_connection
        older = take_backup(raw, small_file, "open", now=at(1))
        newer = take_backup(raw, small_file, "close", now=at(2))
    damage(newer.path)
    damage(small_file)
    with pytest.raises(DocumentDamaged):
        EventDocument.open(small_file)
    good = newest_good_backup(small_file)
    assert good is not None and good.path == older.path
    kept = restore_backup(small_file, good.path)
    EventDocument.open(small_file).close()
    assert kept is not None and kept.path.exists()  # the damaged file, as it was
    assert backup_problem(kept.path) is not None


def test_schedule_backs_up_on_open_every_quarter_hour_of_editing_and_on_close() -> None:
    taken: list[str] = []
    now = [0.0]
    schedule = BackupSchedule(taken.append, clock=lambda: now[0])
    schedule.opened()
    for minute in range(1, 15):
        now[0] = minute * 60.0
        schedule.edited()
    assert taken == ["open"]
    now[0] = 15 * 60.0
    schedule.edited()
    assert taken == ["open", "edit"]
    now[0] = 16 * 60.0
    schedule.edited()
    schedule.closing()
    assert taken == ["open", "edit", "close"]
    quiet = BackupSchedule(taken.append, clock=lambda: now[0])
    quiet.opened()
    quiet.closing()  # nothing changed since the backup on opening
    assert taken == ["open", "edit", "close", "open"]


# -- the command line ---------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_lists_and_restores_backups(small_file: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "backups", small_file)
    assert code == EXIT_OK and "no backups yet" in out
    _, minutes = first_duration(small_file)
    backup = backup_file(small_file, "open")
    set_first_duration(small_file, minutes + 3)
    code, out, _ = run(capsys, "backups", small_file)
    assert code == EXIT_OK
    assert "1 backup" in out and "on opening" in out and " ok " in out
    assert str(backup.path) in out and f"{backup.taken:%Y-%m-%d %H:%M:%S}" in out
    code, out, err = run(capsys, "restore", small_file, backup.path.name)  # by its name
    assert (code, err) == (EXIT_OK, "")
    assert f"restored {small_file}" in out and "kept as" in out
    assert first_duration(small_file)[1] == minutes
    assert len(list_backups(small_file)) == 2


def test_cli_refuses_a_damaged_backup_and_a_missing_one_in_one_line(
        small_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = backup_file(small_file, "open")
    damage(backup.path)
    original = small_file.read_bytes()
    for name in (backup.path, "nothing.agenda"):
        code, out, err = run(capsys, "restore", small_file, name)
        assert code == EXIT_BAD_INPUT and out == ""
        assert err.count("\n") == 1 and err.startswith("agenda-planner: ")
    assert small_file.read_bytes() == original


def test_cli_refuses_to_restore_a_file_open_in_another_program(small_file: Path) -> None:
    backup = backup_file(small_file, "open")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from db.document import EventDocument; "
         "d = EventDocument.open(sys.argv[1]); print('open', flush=True); sys.stdin.read()",
         str(small_file)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = subprocess.run([sys.executable, "-m", "ui.cli", "restore", str(small_file),
                                 str(backup.path)], cwd=ROOT, capture_output=True, text=True,
                                timeout=60)
    finally:
        holder.communicate("", timeout=30)
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stderr.count("\n") == 1 and "in use" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_names_the_newest_good_backup_of_a_damaged_file(
        small_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = backup_file(small_file, "open")
    damage(small_file)
    code, out, err = run(capsys, "info", small_file)
    assert code == EXIT_BAD_INPUT and out == ""
    assert err.count("\n") == 1 and "damaged" in err
    assert f"agenda-planner restore {small_file} {backup.path}" in err
    damage(backup.path)
    code, _, err = run(capsys, "check", small_file)
    assert code == EXIT_BAD_INPUT and "no good backup" in err and err.count("\n") == 1


def test_backup_refuses_another_programs_database(tmp_path: Path) -> None:
    foreign = tmp_path / "other.agenda"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="not an Agenda Planner event"):
        backup_file(foreign, "open")
    assert backup_problem(foreign) == "is not an Agenda Planner event"
