"""The event document: one SQLite file (``*.agenda``) that is the event.

Every edit is committed in its own transaction, so there is no Save to forget.
One window or program changes a file at a time: it holds the file's writer lock
(db/locking.py) while open, and a second writer is told the file is in use; the
lock goes away with the process even after a crash. Readers (a read-only window,
``info``, ``check``, ``export``) copy the last committed state into memory in one
read transaction and read that, so they never wait for the writer nor it for them
longer than the copy. A crash's rollback journal is rolled back before anything
is read: in place where the file may be written, otherwise on a private copy.
Journal and sync settings are explained in docs/storage.md.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import StaticPool
from sqlmodel import Session as DbSession

from db.errors import DocumentError, StorageError, os_error, storage_errors
from db.locking import SHARED_READING, WriterLock, writer_present
from planner.text_clean import clean_value

APPLICATION_ID = 0x41504C4E
"""Written in the SQLite header (PRAGMA application_id) so our files are recognised: 'APLN'."""

SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
"""Every alembic revision this version of the program knows, oldest first."""
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]

BUSY_TIMEOUT_S = 2.0
"""How long a reader waits for a commit under way, and an edit for readers copying the file."""
_SQLITE_MAGIC = b"SQLite format 3\x00"
_MIGRATIONS = Path(__file__).with_name("migrations")


class DocumentInUse(DocumentError):
    """Another window or program has the file open to change it; ``code`` and ``params`` let
    the window say so in the interface language (ui/refusals.py)."""

    code = "in-use"

    def __init__(self, path: Path) -> None:
        self.params = {"path": str(path)}
        super().__init__(f"{path}: is in use by another Agenda Planner window or program; "
                         "close it there first, or open a copy")


class DocumentReadOnly(DocumentError):
    pass


class DocumentDamaged(DocumentError):
    """The file is an event file, but damaged or cut short: a backup may bring it back."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class EventDocument:
    """An open ``*.agenda`` file: a SQLAlchemy engine on one connection.

    A writable document's connection is on the file, and the document holds the file's
    writer lock. A read-only document's connection is on a copy in memory of the file's last
    committed state, taken when it was opened.
    """

    def __init__(self, path: Path, engine: Engine, read_only: bool,
                 lock: WriterLock | None = None, *, crash_unrepaired: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._lock = lock
        self.crash_unrepaired = crash_unrepaired
        """The file was left unfinished by a crash and cannot be repaired where it is (it or its
        folder is read-only): what this document shows is the file's last committed state."""

    @property
    def notice(self) -> str | None:
        """What a reader should be told about the file besides its contents, in one line."""
        if not self.crash_unrepaired:
            return None
        return (f"{self.path}: note: a crash left its last edit unfinished, and it cannot be "
                "repaired here (the file or its folder is read-only); read as of the edit "
                "before; open it where it can be written to repair it")

    # -- opening -----------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool | None = None) -> EventDocument:
        """Open an existing event file, check it and bring its schema up to date.

        Nothing is written to the file before its header shows it is one of ours, and a
        failed open leaves no connection and no lock behind.
        """
        path = Path(path)
        _check_header(path)
        journal_pending = _has_content(Path(f"{path}-journal"))
        if read_only is None:
            read_only = not _writable(path)
        if read_only:
            # Held while open, so that --replace or a restore does not swap the file meanwhile.
            share = WriterLock.take_as_reader(path)
            try:
                engine, unrepaired = _snapshot_engine(path)
            except BaseException:
                if share is not None:
                    share.release()
                raise
            doc = cls(path, engine, True, share, crash_unrepaired=unrepaired)
        else:
            lock = _take_writer_lock(path)
            try:
                engine = _file_engine(path, create=False)
            except BaseException:
                lock.release()
                raise
            doc = cls(path, engine, False, lock)
        try:
            if journal_pending and not read_only and SHARED_READING:
                # Again, now that a crash's journal is rolled back. (Not in exclusive mode:
                # closing a descriptor of the file would drop SQLite's POSIX lock on it.)
                _check_header(path)
            with storage_errors(path):
                doc._check_and_migrate()
        except BaseException:
            doc.close()
            raise
        return doc

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> EventDocument:
        """Make a new, empty event file at a path where nothing exists yet."""
        path = Path(path)
        if path.exists():
            raise DocumentError(f"{path}: already exists")
        doc = cls(path, _file_engine(path, create=True), False)
        try:
            with storage_errors(path):
                with doc.engine.begin() as con:
                    con.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                doc._lock = _take_writer_lock(path)
                doc._migrate(from_revision=None)
        except BaseException:
            doc.close()
            raise
        return doc

    def close(self) -> None:
        """Release the file (and its lock)."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> EventDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[DbSession]:
        """A unit of work that is committed as a whole on success and undone on failure."""
        if self.read_only:
            raise DocumentReadOnly(f"{self.path}: is read-only; save a copy to change it")
        # A full disk or a damaged page found while committing is said in words (db/errors.py).
        with storage_errors(self.path), \
                DbSession(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def reading(self) -> Iterator[DbSession]:
        """A session for reading only; a damaged page or stored text is said in words."""
        with storage_errors(self.path), DbSession(self.engine, expire_on_commit=False) as session:
            yield session

    def schema_revision(self) -> str | None:
        with storage_errors(self.path), self.engine.connect() as con:
            return _revision(con.connection.dbapi_connection)  # type: ignore[arg-type]

    # -- checks and migrations ---------------------------------------------------

    def _check_and_migrate(self) -> None:
        with self.engine.connect() as con:
            raw: sqlite3.Connection = con.connection.dbapi_connection  # type: ignore[assignment]
            app_id = raw.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise DocumentError(f"{self.path}: is a database, but not an Agenda Planner event")
            problems = [row[0] for row in raw.execute("PRAGMA quick_check(5)")]
            if problems != ["ok"]:
                raise DocumentDamaged(f"{self.path}: is damaged ({' '.join(problems[0].split())})",
                                      self.path)
            revision = _revision(raw)
        if revision == SCHEMA_HEAD:
            return
        if revision is not None and revision not in SCHEMA_REVISIONS:
            raise DocumentError(
                f"{self.path}: was written by a newer Agenda Planner (schema {revision}); "
                "update the program to open it")
        if self.read_only:
            raise DocumentReadOnly(
                f"{self.path}: is read-only and its schema ({revision}) needs upgrading; "
                "copy it somewhere writable to open it")
        self.backup(suffix=f"before-{SCHEMA_HEAD}-from-{revision}")
        self._migrate(from_revision=revision)

    def _migrate(self, from_revision: str | None) -> None:
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        with self.engine.begin() as con:
            config.attributes["connection"] = con
            command.upgrade(config, SCHEMA_HEAD)

    def backup(self, suffix: str = "") -> Path:
        """Copy the event beside itself with SQLite's online backup; returns the copy's path."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{self.path.name}.{stamp}{'-' + suffix if suffix else ''}.bak"
        target = self.path.with_name(name)
        return self.copy_to(target)

    def copy_to(self, target: Path) -> Path:
        """Write a consistent copy of the event to another file (Save a copy as)."""
        with storage_errors(target), self.engine.connect() as con:
            raw: sqlite3.Connection = con.connection.dbapi_connection  # type: ignore[assignment]
            copy = sqlite3.connect(target)
            try:
                raw.backup(copy)
            finally:
                copy.close()
        return target


def build_new_file(path: str | os.PathLike[str], fill: Callable[[EventDocument], None], *,
                   replace: bool = False) -> Path:
    """Write a whole new event file, so that a failure leaves nothing half-made.

    The event is built under a temporary name beside the target and renamed over
    it only once complete. An existing target is replaced only when asked, only
    if it is an event file that could be opened for writing (not marked read-only, no
    window or program editing it, no reader copying it at that moment), and it keeps its
    permissions. Every refusal
    names the target or its folder, never the temporary file.
    """
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise StorageError(path, "is-a-folder")
    if path.exists():
        if not replace:
            raise DocumentError(f"{path}: already exists (use --replace to overwrite it)")
        EventDocument.open(path, read_only=True).close()  # refuses files that are not events
        if writer_present(path, or_reader=True):
            raise DocumentInUse(path)
        if not path.stat().st_mode & 0o222:
            raise StorageError(path, "marked-read-only")
    if not folder.is_dir() and any(p.exists() and not p.is_dir()
                                   for p in (folder, *folder.parents)):
        raise StorageError(folder, "not-a-folder")
    if not folder.is_dir():
        raise DocumentError(f"{path}: folder {folder} does not exist")
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        temp.unlink(missing_ok=True)
        # A first page written and removed by hand: the system's own reason (read-only drive,
        # folder locked or unchangeable, disk full) is clearer than SQLite's "unable to open
        # database file", and it names the folder.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            os.write(fd, bytes(4096))
            os.fsync(fd)
        finally:
            os.close(fd)
            temp.unlink()
    except OSError as exc:
        raise os_error(exc, folder) from None
    try:
        with storage_errors(path):
            with EventDocument.create(temp) as doc:
                fill(doc)
            with _held_for_replacing(path) as mode:
                if mode is not None:
                    os.chmod(temp, mode)
                os.replace(temp, path)
    except StorageError as exc:
        raise StorageError(path, exc.code, exc.params["detail"]) from None
    except DocumentError as exc:
        if str(temp) not in str(exc):
            raise
        raise DocumentError(str(exc).replace(str(temp), str(path))) from None
    finally:
        for leftover in (temp, Path(f"{temp}-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass  # nothing was made there (a read-only drive says so even for that)
    return path


@contextmanager
def _held_for_replacing(path: Path) -> Iterator[int | None]:
    """Hold the write lock of the file about to be replaced (so no one reads or writes it
    meanwhile; a journal left by a crash is rolled back first); gives its permissions."""
    if not path.exists():
        yield None
        return
    mode = path.stat().st_mode & 0o7777
    # A window editing it holds no SQLite lock between edits, a reader none after its copy.
    lock = WriterLock.take(path, sole=True)
    if lock is None:
        raise StorageError(path, "in-use")
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True,
                              timeout=BUSY_TIMEOUT_S)
        try:
            try:
                con.execute("BEGIN EXCLUSIVE")
            except sqlite3.OperationalError as exc:
                if exc.sqlite_errorcode in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                    raise StorageError(path, "in-use") from None
                raise
            yield mode
        finally:
            con.close()
    finally:
        lock.release()  # after SQLite's connection is closed: see db/locking.py


# -- helpers -----------------------------------------------------------------------


def _check_header(path: Path) -> None:
    """Refuse, with a reason, what is not a whole SQLite file of ours before SQLite sees it.

    SQLite may write as soon as it reads (rolling back a journal, switching a journal mode),
    so another program's database is refused here, from the application id in its header.
    """
    try:
        with path.open("rb") as f:
            header = f.read(100)
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DocumentError(f"{path}: is a folder, not an event file") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not header.startswith(_SQLITE_MAGIC):
        raise DocumentError(f"{path}: is not an Agenda Planner event file (not an SQLite database)")
    if len(header) < 100:
        raise DocumentError(f"{path}: is truncated (only {size} bytes)")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    # A commit cut off by a crash may have grown the header's page count before the pages:
    # its journal, rolled back on opening, restores the length.
    journal_pending = _has_content(Path(f"{path}-journal"))
    if valid_for == change_counter and page_count and size < page_count * page_size \
            and not journal_pending:
        raise DocumentDamaged(
            f"{path}: is truncated ({size} of {page_count * page_size} bytes)", path)
    if struct.unpack(">I", header[68:72])[0] != APPLICATION_ID:
        raise DocumentError(f"{path}: is a database, but not an Agenda Planner event")


def _writable(path: Path) -> bool:
    # A file marked read-only (no write bit) stays read-only even for an administrator.
    # A rollback journal is created beside the file, so the folder must be writable too.
    marked_writable = bool(path.stat().st_mode & 0o222)
    return marked_writable and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _take_writer_lock(path: Path) -> WriterLock:
    try:
        lock = WriterLock.take(path)
    except OSError as exc:
        raise DocumentError(
            f"{path}: cannot be opened for writing ({exc.strerror or exc})") from None
    if lock is None:
        raise DocumentInUse(path)
    return lock


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    """A connection on the file; nothing is read yet, so nothing is locked or rolled back."""
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)


def _opening_error(path: Path, exc: sqlite3.Error) -> DocumentError:
    if isinstance(exc, sqlite3.OperationalError):
        if "locked" in str(exc) or "busy" in str(exc):
            return DocumentInUse(path)
        return DocumentError(f"{path}: cannot be opened ({exc})")
    return DocumentError(f"{path}: is not a usable event file ({exc})")


def _file_engine(path: Path, *, create: bool) -> Engine:
    """The writer's engine: one connection on the file, in SQLite's normal locking mode (its
    locks last a transaction), or in exclusive mode where only that keeps a second writer out."""
    con = _connect(path, "rwc" if create else "rw")
    try:
        if not SHARED_READING:
            con.execute("PRAGMA locking_mode = EXCLUSIVE")
        # The header says the file is ours (checked before this connection was made), so it
        # may be switched back to a rollback journal if someone left it in WAL mode. The first
        # read rolls back what a crash left in the journal.
        con.execute("PRAGMA journal_mode = DELETE")
        if SHARED_READING:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        else:
            con.execute("BEGIN EXCLUSIVE")
            con.execute("COMMIT")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        con.close()
        raise _opening_error(path, exc) from None
    except BaseException:
        con.close()
        raise
    return _engine_on(con, path)


def _engine_on(con: sqlite3.Connection, path: Path) -> Engine:
    """An engine on this one connection; once the document is closed (the connection with
    it), using it is refused rather than opening the file again behind the writer lock's back."""
    handed: list[sqlite3.Connection] = []

    def connect() -> sqlite3.Connection:
        if handed:
            raise DocumentError(f"{path}: is closed")
        handed.append(con)
        return con

    return create_engine("sqlite://", creator=connect, poolclass=StaticPool,
                         json_deserializer=read_stored_json)


def _snapshot_engine(path: Path) -> tuple[Engine, bool]:
    """A reader's engine on the file's last committed state copied into memory, and whether
    a crash's journal had to be rolled back on a private copy (the file may not be written)."""
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        unrepaired = _copy_last_committed(path, memory)
        memory.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        memory.close()
        raise
    return _engine_on(memory, path), unrepaired


def _copy_last_committed(path: Path, memory: sqlite3.Connection) -> bool:
    journal = Path(f"{path}-journal")
    if _writable(path):
        # A connection that may write rolls a crash's journal back in place, as a writer
        # would on opening; otherwise it only reads.
        _copy_file(path, "rw", memory)
        return False
    if not _has_content(journal):
        _copy_file(path, "ro", memory)
        return False
    # A journal, perhaps left by a crash, and the file may not be written here: roll it back
    # on a private copy, leaving the file and its journal as they are for a writer to repair.
    with tempfile.TemporaryDirectory(prefix="agenda-planner-") as folder:
        copy = Path(folder) / "event.agenda"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(journal, f"{copy}-journal")
        except FileNotFoundError:  # the journal's writer finished meanwhile: the file is whole
            _copy_file(path, "ro", memory)
            return False
        except OSError as exc:
            raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        _copy_file(copy, "rw", memory, named=path)
        return not Path(f"{copy}-journal").exists()


def _copy_file(path: Path, mode: str, memory: sqlite3.Connection, *,
               named: Path | None = None) -> None:
    """Copy the file's committed pages into memory, in one read transaction."""
    named = named or path
    try:
        con = _connect(path, mode)
    except sqlite3.Error as exc:
        raise _opening_error(named, exc) from None
    try:
        con.execute("BEGIN")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # waits for a commit
        con.backup(memory)
        con.execute("COMMIT")
    except sqlite3.Error as exc:
        raise _opening_error(named, exc) from None
    finally:
        con.close()


def _has_content(journal: Path) -> bool:
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


_UNWANTED_IN_JSON = re.compile(r"\\u(?:00[01]|007|d[89a-f])|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]",
                               re.IGNORECASE)
"""A control character or a lone surrogate, raw or as a JSON escape (a few harmless escapes
match too, and are cleaned of nothing). Searched on the stored text, which is faster than
walking the decoded value: an event's texts are read at every open."""


def read_stored_json(text: str) -> object:
    """A stored JSON value (texts by language, lists, the policy), its texts cleaned of
    control characters and lone surrogates, which an older file or another program may have
    stored and which no document can print (see planner.text_clean)."""
    value = json.loads(text)
    return clean_value(value) if _UNWANTED_IN_JSON.search(text) else value


def _revision(raw: sqlite3.Connection) -> str | None:
    has_table = raw.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()
    if not has_table:
        return None
    row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None
