"""Who may open an event file while someone else has it: readers beside one writer, a file
left by a crash (kill -9 in the middle of a commit), and databases that are not ours."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from db.document import DocumentError, DocumentInUse, EventDocument
from db.edits import set_item_duration
from db.loading import load_event

ROOT = Path(__file__).resolve().parents[1]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def first_duration(exported: Path) -> int:
    return json.loads(exported.read_text(encoding="utf-8"))["sessions"][0]["items"][0]["duration"]


READER = """
import contextlib, io, json, sys
from ui.cli import main
for argv in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    print(json.dumps([code, out.getvalue(), err.getvalue()]))
"""


def cli(*commands: tuple[str | Path, ...]) -> list[tuple[int, str, str]]:
    """Each command's exit code, output and error output, run one after the other by the
    command line in a process of its own (one start of Python for all of them)."""
    argvs = [[str(arg) for arg in argv] for argv in commands]
    done = subprocess.run([sys.executable, "-c", READER, json.dumps(argvs)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return [tuple(json.loads(line)) for line in done.stdout.splitlines()]  # type: ignore[misc]


def assert_reads(path: Path, tmp_path: Path, duration: int) -> list[str]:
    """info, check and export, run in another process as a user would beside the window, each
    read the file (no refusal) and see this first duration; returns what they said on the
    standard error."""
    exported = tmp_path / "read.json"
    answers = cli(("info", path), ("check", path), ("export", path, "--json", exported))
    (info, info_out, _), (check, _, _), (export, _, _) = answers
    assert (info, export) == (0, 0) and check in (0, 1), answers
    assert "Test event" in info_out
    assert first_duration(exported) == duration
    return [err for _, _, err in answers]


# -- readers beside a writer ----------------------------------------------------------------


def test_commands_read_while_a_window_edits(small_file: Path, tmp_path: Path) -> None:
    with EventDocument.open(small_file) as doc:
        first = load_event(doc).agenda[1][0].item.id
        set_item_duration(doc, first, 12)
        assert_reads(small_file, tmp_path, 12)
        # An edit under way is not seen until it is committed, and never half.
        with pytest.raises(RuntimeError), doc.transaction() as s:
            s.connection().exec_driver_sql("UPDATE agenda_item SET duration = 99")
            s.flush()
            assert_reads(small_file, tmp_path, 12)
            raise RuntimeError("the edit is undone")
        set_item_duration(doc, first, 13)
        assert_reads(small_file, tmp_path, 13)
        # A second writer is still refused, in another process as in this one.
        probe = ("import sys\nfrom db.document import EventDocument, DocumentInUse\n"
                 "try:\n    EventDocument.open(sys.argv[1])\nexcept DocumentInUse as e:\n"
                 "    print('IN USE:', e)\n")
        out = subprocess.run([sys.executable, "-c", probe, str(small_file)], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
        assert out.startswith("IN USE:") and str(small_file) in out
        with pytest.raises(DocumentInUse):
            EventDocument.open(small_file)


def test_a_window_edits_while_a_reader_has_the_file_open(small_file: Path) -> None:
    """A read-only window or a long export in another process never blocks the editor."""
    reader = ("import sys\nfrom db.document import EventDocument\nfrom db.loading import load_event\n"
              "doc = EventDocument.open(sys.argv[1], read_only=True)\n"
              "print(load_event(doc).agenda[1][0].item.duration, flush=True)\n"
              "sys.stdin.readline()\n"
              "print(load_event(doc).agenda[1][0].item.duration, flush=True)\n")
    process = subprocess.Popen([sys.executable, "-c", reader, str(small_file)], cwd=ROOT,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stdin is not None
        assert process.stdout.readline().strip() == "10"
        with EventDocument.open(small_file) as doc:
            assert not doc.read_only
            set_item_duration(doc, load_event(doc).agenda[1][0].item.id, 25)
            assert load_event(doc).agenda[1][0].item.duration == 25
        # The reader keeps the state it opened: consistent, never half of an edit.
        process.stdin.write("\n")
        process.stdin.flush()
        assert process.stdout.readline().strip() == "10"
    finally:
        process.kill()
        process.wait()


def test_replace_refuses_a_file_a_window_has_open(small_file: Path) -> None:
    before = small_file.read_bytes()
    with EventDocument.open(small_file):
        [(code, _, err)] = cli(("demo", "--replace", small_file))
        assert code == 2 and "in use" in err
    assert small_file.read_bytes() == before


# -- a file left by a crash -----------------------------------------------------------------

CRASHING_EDIT = """
import sys, time
from db.document import EventDocument
doc = EventDocument.open(sys.argv[1])
with doc.transaction() as s:
    con = s.connection()
    con.exec_driver_sql("PRAGMA cache_size = 2")  # so the edit spills into the file itself
    con.exec_driver_sql("UPDATE agenda_item SET duration = 99")
    con.exec_driver_sql("CREATE TABLE scratch (x)")
    con.exec_driver_sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                        "WHERE i < 600) INSERT INTO scratch SELECT randomblob(2000) FROM n")
    print("writing", flush=True)
    time.sleep(120)
"""


def crash_mid_commit(path: Path) -> bytes:
    """kill -9 a writer while its edit is half in the file; returns the journal it leaves."""
    process = subprocess.Popen([sys.executable, "-c", CRASHING_EDIT, str(path)], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "writing"
    process.send_signal(signal.SIGKILL)
    process.wait()
    journal = Path(f"{path}-journal")
    assert journal.stat().st_size > 0
    return journal.read_bytes()


def test_commands_recover_a_file_left_by_a_crash(small_file: Path, tmp_path: Path) -> None:
    committed = small_file.read_bytes()
    crash_mid_commit(small_file)
    assert small_file.read_bytes() != committed  # the half-written edit is in the file
    said = assert_reads(small_file, tmp_path, 10)
    assert said == ["", "", ""]
    # Rolled back in place, as the window would have: the file is as it was committed.
    assert not Path(f"{small_file}-journal").exists()
    assert small_file.read_bytes() == committed
    with EventDocument.open(small_file) as doc:
        assert load_event(doc).agenda[1][0].item.duration == 10


def test_a_read_only_file_left_by_a_crash_is_read_as_last_committed(small_file: Path,
                                                                     tmp_path: Path) -> None:
    crash_mid_commit(small_file)
    small_file.chmod(0o444)
    (tmp_path / "saved").mkdir()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    said = assert_reads(small_file, tmp_path, 10)
    assert all("a crash left its last edit unfinished, and it cannot be repaired here" in s
               and str(small_file) in s for s in said)
    with EventDocument.open(small_file) as doc:  # the window: read-only, as of the edit before
        assert doc.read_only and doc.crash_unrepaired
        assert load_event(doc).agenda[1][0].item.duration == 10
        saved = doc.copy_to(tmp_path / "saved" / "copy.agenda")  # Save a copy as
    with EventDocument.open(saved) as copy:
        assert not copy.read_only and not copy.crash_unrepaired
        assert load_event(copy).agenda[1][0].item.duration == 10
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert {n: b for n, b in after.items() if n in before} == before  # nothing written
    # Writable again, the next open repairs it where it is.
    small_file.chmod(0o644)
    with EventDocument.open(small_file) as doc:
        assert not doc.read_only and not doc.crash_unrepaired
    assert not Path(f"{small_file}-journal").exists()


@contextmanager
def read_only_mount(folder: Path) -> Iterator[Path]:
    """The folder bound onto itself read-only (root only), or a skip with the reason."""
    if not IS_ROOT or not shutil.which("mount"):
        pytest.skip("a read-only mount needs root and mount(8)")
    done = subprocess.run(["mount", "--bind", str(folder), str(folder)],
                          capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")
    try:
        done = subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)],
                              capture_output=True, text=True)
        if done.returncode:
            pytest.skip(f"cannot remount read-only here: {done.stderr.strip()}")
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_crash_in_a_read_only_folder_is_read_and_said(small_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "event.agenda"
    shutil.copyfile(small_file, path)
    journal = crash_mid_commit(path)
    half_written = path.read_bytes()
    with read_only_mount(folder):
        said = assert_reads(path, tmp_path, 10)
        assert all("cannot be repaired here (the file or its folder is read-only)" in s
                   for s in said)
        with EventDocument.open(path) as doc:
            assert doc.read_only and doc.crash_unrepaired
        assert path.read_bytes() == half_written
        assert Path(f"{path}-journal").read_bytes() == journal


def test_a_failed_open_leaves_nothing_behind(small_file: Path) -> None:
    """A refused open holds no connection or lock: the next open, here or elsewhere, works."""
    good = small_file.read_bytes()
    page_size = int.from_bytes(good[16:18], "big")
    # Our header, but a schema page SQLite cannot read: refused by SQLite itself.
    small_file.write_bytes(good[:100] + b"\xff" * (page_size - 100) + good[page_size:])
    for read_only in (None, True, None):
        with pytest.raises(DocumentError):
            EventDocument.open(small_file, read_only=read_only)
    small_file.write_bytes(good)
    with EventDocument.open(small_file) as doc:
        assert not doc.read_only
    con = sqlite3.connect(small_file)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(DocumentError, match="newer Agenda Planner"):
        EventDocument.open(small_file)
    probe = ("import sys\nfrom db.document import EventDocument\n"
             "try:\n    EventDocument.open(sys.argv[1])\nexcept Exception as e:\n    print(e)\n")
    out = subprocess.run([sys.executable, "-c", probe, str(small_file)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    assert "newer Agenda Planner" in out  # not "in use": the refused open let go of the file


def test_check_then_the_window_in_one_process_after_a_crash(small_file: Path) -> None:
    """What refused the read-only open after a crash also kept its connection: the window
    opened next in the same process was told the file was in use."""
    crash_mid_commit(small_file)
    with EventDocument.open(small_file, read_only=True) as doc:
        assert load_event(doc).agenda[1][0].item.duration == 10
    with EventDocument.open(small_file) as doc:
        assert not doc.read_only


# -- databases that are not ours --------------------------------------------------------------


def foreign_wal_database(path: Path) -> None:
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    con.execute("CREATE TABLE notes (body TEXT)")
    con.executemany("INSERT INTO notes VALUES (?)", [(f"note {i}",) for i in range(50)])
    con.commit()
    con.close()


def test_a_foreign_wal_database_is_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "other.agenda"
    foreign_wal_database(path)
    before = path.read_bytes()
    assert before[18:20] == b"\x02\x02"  # WAL mode
    for read_only in (None, True, False):
        with pytest.raises(DocumentError, match="not an Agenda Planner event"):
            EventDocument.open(path, read_only=read_only)
    for code, _, err in cli(("info", path), ("check", path),
                            ("export", path, "--json", tmp_path / "o.json"),
                            ("demo", "--replace", path)):
        assert code == 2 and "not an Agenda Planner event" in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.agenda"]  # no -wal, no -shm


def test_a_foreign_database_left_by_a_crash_is_not_rolled_back(tmp_path: Path) -> None:
    path = tmp_path / "other.agenda"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.commit()
    con.close()
    crashing = ("import sqlite3, sys, time\n"
                "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                "con.execute('PRAGMA cache_size = 2')\ncon.execute('BEGIN')\n"
                "con.execute(\"INSERT INTO notes SELECT hex(randomblob(900)) FROM "
                "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
                "SELECT i FROM n)\")\nprint('writing', flush=True)\ntime.sleep(120)\n")
    process = subprocess.Popen([sys.executable, "-c", crashing, str(path)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "writing"
    process.send_signal(signal.SIGKILL)
    process.wait()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert "other.agenda-journal" in before
    for read_only in (None, True):
        with pytest.raises(DocumentError, match="not an Agenda Planner event"):
            EventDocument.open(path, read_only=read_only)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_closed_document_is_not_opened_again_behind_the_lock(small_file: Path) -> None:
    doc = EventDocument.open(small_file)
    item = load_event(doc).agenda[1][0].item.id
    doc.close()
    with EventDocument.open(small_file) as other:  # another window takes the file
        with pytest.raises(DocumentError, match="is closed"):
            set_item_duration(doc, item, 30)
        assert load_event(other).agenda[1][0].item.duration == 10
