"""The event file: created, reopened, locked while open, refused when it is not whole or not ours."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.document import (APPLICATION_ID, SCHEMA_HEAD, SCHEMA_REVISIONS, DocumentError,
                         DocumentInUse, DocumentReadOnly, EventDocument)
from db.edits import EditError, set_item_duration, set_item_start
from db.loading import load_event

ROOT = Path(__file__).resolve().parents[1]


def pragma(path: Path, name: str) -> object:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        con.close()


def test_new_file_is_marked_and_at_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.agenda"
    with EventDocument.create(path) as doc:
        assert doc.schema_revision() == SCHEMA_HEAD
    assert pragma(path, "application_id") == APPLICATION_ID
    assert pragma(path, "journal_mode") == "delete"


def test_connection_settings(small_file: Path) -> None:
    with EventDocument.open(small_file) as doc, doc.engine.connect() as con:
        raw = con.connection.dbapi_connection
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        # SQLite's locks last a transaction; the writer lock keeps a second writer out.
        assert raw.execute("PRAGMA locking_mode").fetchone()[0] == "normal"


def test_schema_revisions_match_the_migrations() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(ROOT / "db" / "migrations"))
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == SCHEMA_HEAD
    assert [r.revision for r in reversed(list(script.walk_revisions()))] == list(SCHEMA_REVISIONS)


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with EventDocument.create(tmp_path / "m.agenda") as doc, doc.engine.connect() as con:
        diff = compare_metadata(MigrationContext.configure(con), SQLModel.metadata)
    assert diff == []


def test_edits_are_committed_without_a_save(small_file: Path) -> None:
    with EventDocument.open(small_file) as doc:
        first = load_event(doc).agenda[1][0].item
        assert set_item_duration(doc, first.id, 12) == 10
        assert set_item_start(doc, first.id, 9 * 60 + 1) is None
    # Another process sees the change: it is on disk, not in our memory.
    probe = ("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
             "print(c.execute('select duration, start_min from agenda_item where id=?', "
             f"({first.id},)).fetchone())")
    out = subprocess.run([sys.executable, "-c", probe, str(small_file)], capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == "(12, 541)"


def test_edits_refuse_what_makes_no_sense(small_file: Path) -> None:
    with EventDocument.open(small_file) as doc:
        loaded = load_event(doc)
        block = loaded.agenda[1][1].item
        with pytest.raises(EditError):
            set_item_duration(doc, loaded.agenda[1][0].item.id, 0)
        with pytest.raises(EditError):
            set_item_duration(doc, block.id, 10)
        with pytest.raises(EditError):
            set_item_start(doc, block.id, 25 * 60)
        with pytest.raises(EditError):
            set_item_duration(doc, 10_000, 5)


def test_failed_transaction_leaves_nothing(small_file: Path) -> None:
    from db.models import AgendaItem

    with EventDocument.open(small_file) as doc:
        with pytest.raises(RuntimeError), doc.transaction() as s:
            item = s.get(AgendaItem, 1)
            item.duration = 99
            s.add(item)
            s.flush()
            raise RuntimeError("interrupted")
        assert load_event(doc).agenda[1][0].item.duration == 10


def test_second_process_is_told_the_file_is_in_use(small_file: Path) -> None:
    probe = ("import sys\nfrom db.document import EventDocument, DocumentInUse\n"
             "try:\n    EventDocument.open(sys.argv[1])\nexcept DocumentInUse as e:\n"
             "    print('IN USE:', e)\nelse:\n    print('OPENED')\n")
    with EventDocument.open(small_file):
        out = subprocess.run([sys.executable, "-c", probe, str(small_file)], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
        assert out.startswith("IN USE:") and "in use" in out
    out = subprocess.run([sys.executable, "-c", probe, str(small_file)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith("OPENED")


def test_same_process_second_open_is_in_use_too(small_file: Path) -> None:
    with EventDocument.open(small_file):
        with pytest.raises(DocumentInUse):
            EventDocument.open(small_file)


def test_read_only_file_opens_read_only(small_file: Path) -> None:
    small_file.chmod(0o444)
    before = small_file.read_bytes()
    with EventDocument.open(small_file) as doc:
        assert doc.read_only
        with pytest.raises(DocumentReadOnly):
            set_item_duration(doc, 1, 30)
    assert small_file.read_bytes() == before


def test_read_only_document_refuses_edits(small_file: Path) -> None:
    before = small_file.read_bytes()
    with EventDocument.open(small_file, read_only=True) as doc:
        assert doc.read_only
        assert len(load_event(doc).sessions) == 1
        with pytest.raises(DocumentReadOnly):
            set_item_duration(doc, 1, 30)
    assert small_file.read_bytes() == before


def test_read_only_openers_share_the_file(small_file: Path) -> None:
    with EventDocument.open(small_file, read_only=True), \
            EventDocument.open(small_file, read_only=True) as second:
        assert second.read_only


@pytest.mark.parametrize("content, reason", [
    (b"", "not an SQLite database"),
    ("09:00 개회\n09:10 폐회\n".encode(), "not an SQLite database"),
    (b"SQLite format 3\x00" + b"\x10\x00", "truncated"),
])
def test_files_that_are_not_events_are_refused(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.agenda"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=reason):
        EventDocument.open(path)
    assert path.read_bytes() == content


def test_truncated_event_file_is_refused(small_file: Path) -> None:
    data = small_file.read_bytes()
    small_file.write_bytes(data[: len(data) // 2])
    with pytest.raises(DocumentError, match="truncated"):
        EventDocument.open(small_file)
    assert len(small_file.read_bytes()) == len(data) // 2


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.agenda"
    con = sqlite3.connect(path)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    with pytest.raises(DocumentError, match="not an Agenda Planner event"):
        EventDocument.open(path)


def test_schema_newer_than_the_program_is_refused(small_file: Path) -> None:
    con = sqlite3.connect(small_file)
    con.execute("update alembic_version set version_num = '9999'")
    con.commit()
    con.close()
    before = small_file.read_bytes()
    with pytest.raises(DocumentError, match="newer Agenda Planner"):
        EventDocument.open(small_file)
    assert small_file.read_bytes() == before


def test_old_schema_is_migrated_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.agenda"
    with EventDocument.create(path):
        pass
    con = sqlite3.connect(path)  # an unversioned file, as a pre-alembic build would leave it
    con.execute("drop table alembic_version")
    for (name,) in con.execute("select name from sqlite_master where type='table'").fetchall():
        con.execute(f"drop table {name}")
    con.commit()
    con.close()
    with EventDocument.open(path) as doc:
        assert doc.schema_revision() == SCHEMA_HEAD
    backups = list(tmp_path.glob("old.agenda.*.bak"))
    assert len(backups) == 1
    assert pragma(backups[0], "application_id") == APPLICATION_ID


def test_damaged_file_is_refused(small_file: Path) -> None:
    data = bytearray(small_file.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):  # scribble over every page but the header's
        data[page * page_size: page * page_size + 64] = b"\xff" * 64
    small_file.write_bytes(bytes(data))
    with pytest.raises(DocumentError):
        EventDocument.open(small_file)
