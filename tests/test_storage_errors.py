"""Storage failures are refusals in words: folders that cannot be written, a full disk, damaged
rows and pages, --replace over a file someone uses. One line, exit 2, nothing half-written.

Root ignores permission bits, so the folders here are made unwritable the way root meets them:
a path under a file, a read-only mount, a full one (a small tmpfs) and an immutable folder
(chattr +i). Mounting and chattr need root; those cases are skipped with the reason otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from db.document import EventDocument, build_new_file
from db.errors import StorageError
from db.interchange import import_event
from db.loading import load_event
from db.models import AgendaItem
from ui.cli import main

Folder = Callable[[str], Path]


def _root_only(what: str) -> None:
    if os.geteuid() != 0:
        pytest.skip(f"{what} needs root (tests run as uid {os.geteuid()})")


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Callable[..., Path]]:
    """Mounts a small tmpfs under the test's folder (unmounted after the test)."""
    mounted: list[Path] = []

    def mount(name: str, size: str = "1m") -> Path:
        _root_only("mounting a tmpfs")
        path = tmp_path / name
        path.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                              capture_output=True, text=True, check=False)
        if done.returncode:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(path)
        return path

    yield mount
    for path in reversed(mounted):
        subprocess.run(["umount", "-l", str(path)], check=False)


def read_only(path: Path) -> Path:
    subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True)
    return path


def fill_up(folder: Path) -> None:
    """Write until the drive has no room left."""
    with open(folder / "filler", "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError:
            pass


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[Callable[[Path], Path]]:
    """Marks folders unchangeable (chattr +i), as an administrator's lock; undone after."""
    marked: list[Path] = []

    def mark(path: Path) -> Path:
        _root_only("chattr +i")
        if shutil.which("chattr") is None:
            pytest.skip("chattr is not installed")
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True,
                              check=False)
        if done.returncode:
            pytest.skip(f"this file system has no immutable flag: {done.stderr.strip()}")
        marked.append(path)
        return path

    yield mark
    for path in marked:
        subprocess.run(["chattr", "-i", str(path)], check=False)


@pytest.fixture(params=["under-a-file", "a-file", "read-only-mount", "immutable", "full"])
def unwritable(request: pytest.FixtureRequest, tmp_path: Path, tmpfs: Callable[..., Path],
               immutable: Callable[[Path], Path]) -> tuple[Path, str]:
    """A folder no file can be written into, and the words that say why."""
    kind = request.param
    if kind == "under-a-file":
        (tmp_path / "notes.txt").write_text("a file")
        return tmp_path / "notes.txt" / "out", "part of the path is a file, not a folder"
    if kind == "a-file":
        (tmp_path / "out").write_text("a file")
        return tmp_path / "out", "is a file, not a folder"
    if kind == "read-only-mount":
        return read_only(tmpfs("ro")), "it is on a read-only drive"
    if kind == "immutable":
        folder = tmp_path / "locked"
        folder.mkdir()
        return immutable(folder), "permission denied"
    folder = tmpfs("full", "64k")
    fill_up(folder)
    return folder, "the disk is full"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str]:
    """The command's exit code and what it said on standard error (never a traceback)."""
    code = main([str(a) for a in argv])
    err = capsys.readouterr().err
    return code, err


def said_once(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and ".part" not in err and "Errno" not in err
    return lines[0]


def listing(folder: Path) -> list[str]:
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.name != "filler")


# -- folders that cannot be written ------------------------------------------------------


def test_export_into_a_folder_that_cannot_be_written(unwritable: tuple[Path, str],
                                                     small_file: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder, why = unwritable
    before = listing(folder)
    code, err = run(capsys, "export", small_file, "--to", folder)
    line = said_once(err)
    assert code == 2
    assert line.startswith(f"agenda-planner: {folder}: ") and why in line  # before any document
    assert listing(folder) == before  # no document, no temporary file, no empty subfolder


@pytest.mark.parametrize("command", ["demo", "import"])
def test_new_event_files_in_a_folder_that_cannot_be_written(
        command: str, unwritable: tuple[Path, str], tmp_path: Path,
        small_event: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    folder, why = unwritable
    before = listing(folder)
    source = tmp_path / "event.json"
    source.write_text(json.dumps(small_event), encoding="utf-8")
    argv = ["demo", folder / "new.agenda"] if command == "demo" else \
        ["import", source, folder / "new.agenda"]
    code, err = run(capsys, *argv)
    line = said_once(err)
    assert code == 2
    assert f"{folder}" in line and why in line
    assert listing(folder) == before


def test_export_that_fills_the_disk_leaves_no_part_file(tmpfs: Callable[..., Path],
                                                        small_file: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Room for the folder and a few files, not for all of them: what was written is whole."""
    drive = tmpfs("small", "96k")
    code, err = run(capsys, "export", small_file, "--to", drive / "out")
    line = said_once(err)
    assert code == 2 and "the disk is full" in line and f"{drive / 'out'}" in line
    leftovers = [p for p in drive.rglob("*") if p.name.endswith(".part")]
    assert leftovers == []


# -- --replace ----------------------------------------------------------------------------


def test_replace_refuses_a_file_being_read(small_file: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    before = small_file.read_bytes()
    with EventDocument.open(small_file, read_only=True):  # `check` or `export` reading it
        code, err = run(capsys, "demo", small_file, "--replace")
    assert code == 2 and "is in use" in said_once(err)
    assert small_file.read_bytes() == before


def test_replace_refuses_a_read_only_file(small_file: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    small_file.chmod(0o444)
    before = small_file.read_bytes()
    code, err = run(capsys, "demo", small_file, "--replace")
    assert code == 2 and "is marked read-only" in said_once(err)
    assert small_file.read_bytes() == before
    assert small_file.stat().st_mode & 0o777 == 0o444


def test_replace_keeps_the_file_s_permissions(small_file: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    small_file.chmod(0o640)
    assert run(capsys, "demo", small_file, "--replace")[0] == 0
    assert small_file.stat().st_mode & 0o777 == 0o640
    with EventDocument.open(small_file) as doc:
        assert len(load_event(doc).sessions) == 5  # the demo's, not the small event's


def test_replace_on_a_read_only_mount(tmpfs: Callable[..., Path], small_file: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    drive = tmpfs("ro")
    shutil.copy(small_file, drive / "event.agenda")
    before = (drive / "event.agenda").read_bytes()
    read_only(drive)
    code, err = run(capsys, "demo", drive / "event.agenda", "--replace")
    line = said_once(err)
    assert code == 2 and "read-only drive" in line and f"{drive}" in line
    assert (drive / "event.agenda").read_bytes() == before


# -- damaged files and values -------------------------------------------------------------


def flip(path: Path, text: bytes, offset: int, byte: bytes) -> None:
    """Change one byte of a stored text in the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    at = data.index(text) + offset
    data[at:at + 1] = byte
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("offset, byte, why", [
    (-8, b"#", "a stored text is not valid JSON"),  # the { before "en" of the title
    (3, b"\xff", "a stored text is not valid UTF-8"),
])
@pytest.mark.parametrize("command", [["info"], ["check"], ["export", "--json", "-"]])
def test_a_damaged_row_is_refused_in_one_line(offset: int, byte: bytes, why: str,
                                              command: list[str], small_file: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    flip(small_file, b'"en": "Meeting"', offset + 8, byte)
    code, err = run(capsys, command[0], small_file, *command[1:])
    line = said_once(err)
    assert code == 2
    assert line.startswith(f"agenda-planner: {small_file}: is damaged") and why in line


def test_a_page_damaged_while_open_is_said_not_raised(small_file: Path) -> None:
    """A disk that fails under an open event: reading and editing say "damaged"."""
    with EventDocument.open(small_file) as doc:
        with doc.engine.connect() as con:  # keep as little as SQLite allows in memory
            con.exec_driver_sql("PRAGMA cache_size = 0")
        data = bytearray(small_file.read_bytes())
        page = int.from_bytes(data[16:18], "big")
        for start in range(page, len(data), page):  # every page but the first, scribbled
            data[start:start + 64] = b"\xa5" * 64
        with open(small_file, "r+b") as f:
            f.write(bytes(data))
        with pytest.raises(StorageError) as raised:
            load_event(doc)
        assert raised.value.code == "damaged" and "malformed" in str(raised.value)
        with pytest.raises(StorageError) as raised, doc.transaction() as s:
            s.add(AgendaItem(session_id=1, position=99, title={"ko": "새 행"}))
        assert raised.value.code == "damaged"


def test_a_number_too_large_to_store_is_refused(small_file: Path) -> None:
    before = small_file.read_bytes()
    with EventDocument.open(small_file) as doc:
        with pytest.raises(StorageError) as raised, doc.transaction() as s:
            item = s.get(AgendaItem, 1)
            assert item is not None
            item.duration = 10 ** 20
        assert raised.value.code == "number-too-large"
        assert str(raised.value) == f"{small_file}: cannot store a number that large"
    assert small_file.read_bytes() == before


def test_disk_full_during_an_edit_is_refused_and_the_file_stays_whole(
        tmpfs: Callable[..., Path], small_event: dict[str, Any]) -> None:
    drive = tmpfs("edit", "256k")
    path = build_new_file(drive / "event.agenda", lambda doc: import_event(doc, small_event))
    with EventDocument.open(path) as doc:
        rows = len(load_event(doc).walk(load_event(doc).sessions[0]))
        fill_up(drive)
        with pytest.raises(StorageError) as raised, doc.transaction() as s:
            for n in range(200):
                s.add(AgendaItem(session_id=1, position=100 + n,
                                 title={"ko": "긴 행 " * 200}))
        assert raised.value.code == "disk-full"
        assert str(raised.value).startswith(f"{path}: cannot be written: the disk is full")
        (drive / "filler").unlink()
        with doc.transaction() as s:  # room again: the document works on
            s.add(AgendaItem(session_id=1, position=100, title={"ko": "새 행"}))
        assert len(load_event(doc).walk(load_event(doc).sessions[0])) == rows + 1
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


# -- small things of the command line ---------------------------------------------------


def test_json_decoder_words_are_not_doubled(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "cut.json"
    source.write_text('{"format": "agenda-planner.event/1", "event": "cut off', encoding="utf-8")
    code, err = run(capsys, "import", source, tmp_path / "new.agenda")
    line = said_once(err)
    assert code == 2 and " at at " not in line
    assert line == (f"agenda-planner: {source}: is not JSON (Unterminated string starting "
                    f"at line 1, column 47)")


def test_the_no_date_refusal_names_the_source(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "rows.txt"
    source.write_text("09:00~09:10 ('10) 개회\n09:10~09:30 ('20) 발표\n", encoding="utf-8")
    code, err = run(capsys, "import", source, tmp_path / "new.agenda")
    line = said_once(err)
    assert code == 2 and line.startswith(f"agenda-planner: {source}: line 1: ")
    assert "no date" in line
    assert not (tmp_path / "new.agenda").exists()


@pytest.mark.parametrize("spoil, shown", [
    ("UPDATE agenda_item SET duration = 'ten' WHERE id = 1", "agenda_item row 1: duration is 'ten'"),
    ("UPDATE agenda_item SET duration = 12.5 WHERE id = 1", "agenda_item row 1: duration is 12.5"),
    ("UPDATE session SET date = '2026-13-45'", "session row 1: date is '2026-13-45'"),
    ("UPDATE room SET key = x'07' WHERE id = 1", "room row 1: key is b'\\x07'"),
])
def test_a_stored_value_of_the_wrong_kind_is_refused(spoil: str, shown: str, small_file: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """What another program or a flipped byte leaves: SQLite keeps it, we refuse it on reading."""
    with sqlite3.connect(small_file) as con:
        con.execute(spoil)
    con.close()
    for command in (["check"], ["export", "--to", small_file.with_name("out")]):
        code, err = run(capsys, command[0], small_file, *command[1:])
        assert code == 2
        assert said_once(err) == (f"agenda-planner: {small_file}: is damaged: a stored value is "
                                  f"not of its kind ({shown}); open a backup copy")
    assert not small_file.with_name("out").exists()


def test_replacing_rolls_back_a_journal_left_by_a_crash_first(small_file: Path) -> None:
    """The old file's journal must never be applied to the new file renamed over it."""
    from db.document import _held_for_replacing

    crash = ("import os, sqlite3, sys\n"
             "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
             "con.execute('PRAGMA cache_size = 1')\n"
             "con.execute('BEGIN')\n"
             "con.execute('UPDATE agenda_item SET duration = duration + 1')\n"
             "con.execute('CREATE TABLE spill (x)')  # more pages than the cache: some are written\n"
             "con.execute('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n '\n"
             "            'WHERE i < 200) INSERT INTO spill SELECT randomblob(4000) FROM n')\n"
             "os._exit(9)\n")
    subprocess.run([sys.executable, "-c", crash, str(small_file)], check=False)
    journal = Path(f"{small_file}-journal")
    assert journal.read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")  # hot: synced, live
    with _held_for_replacing(small_file) as mode:
        assert mode == small_file.stat().st_mode & 0o7777
        assert not journal.exists()
    with sqlite3.connect(small_file) as con:  # rolled back: the crash's edit is gone
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'spill'").fetchone() \
            == (0,)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
