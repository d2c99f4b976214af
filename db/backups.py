"""Rotating backups of an event file: taken, kept, listed, checked and restored.

Backups live beside the event in a folder of their own, ``<file name>-backups/``
(``demo.agenda`` keeps them in ``demo.agenda-backups/``). When that folder cannot
be made or written, they go to a folder in the user's data folder instead, which
the caller names (db/ knows no Qt, so the window and the command line pass
QStandardPaths' answer). Each backup is a whole event file named by the local
time it was taken and why: ``demo.20261208-094512.open.agenda``. It is written
with SQLite's online backup (consistent while the event is open and being
edited), checked with ``PRAGMA integrity_check`` under a temporary name, and only
then given its name; the oldest beyond the number to keep are removed.
See docs/storage.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import hashlib
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from db.document import (APPLICATION_ID, BUSY_TIMEOUT_S, DocumentError, DocumentInUse,
                         EventDocument)
from db.locking import WriterLock

DEFAULT_KEEP = 10
"""How many backups of an event are kept unless the user's preferences say otherwise."""
EDIT_INTERVAL_S = 15 * 60
"""While editing, a backup at most this often (taken at the first edit after it)."""
FOLDER_SUFFIX = "-backups"
REASONS = ("open", "edit", "close", "restore")
"""Why a backup was taken: the event was opened, edited for a while, closed, or was about to
be replaced by a restored backup."""

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?"
                   r"\.(?P<reason>[a-z]+)\.agenda$")


class BackupError(DocumentError):
    """A backup cannot be taken, read or restored; the message names the file and says why."""


@dataclass(frozen=True)
class Backup:
    """One backup file of an event."""

    path: Path
    taken: dt.datetime
    """Local time, from its name."""
    reason: str
    size: int
    """Bytes."""

    @property
    def order(self) -> tuple[dt.datetime, int]:
        match = _NAME.match(self.path.name)
        return self.taken, int(match["n"] or 0) if match else 0


# -- where backups go ------------------------------------------------------------------


def folder_beside(event: Path) -> Path:
    """The backups' folder beside the event: ``<file name>-backups``."""
    return event.with_name(event.name + FOLDER_SUFFIX)


def folder_in_data(event: Path, data_folder: Path) -> Path:
    """The backups' folder in the user's data folder, one per event file (by its full path)."""
    digest = hashlib.sha1(str(event.resolve()).encode("utf-8")).hexdigest()[:10]
    return data_folder / "backups" / f"{event.name}-{digest}"


def backup_folders(event: Path, data_folder: Path | None) -> list[Path]:
    """Every folder where this event's backups may be: beside it, then in the data folder."""
    folders = [folder_beside(event)]
    if data_folder is not None:
        folders.append(folder_in_data(event, data_folder))
    return folders


def _writable_folder(event: Path, data_folder: Path | None) -> Path:
    """The first backups' folder that exists (or can be made) and can be written."""
    reasons = []
    for folder in backup_folders(event, data_folder):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / f".probe.{os.getpid()}"
            probe.touch()
            probe.unlink()
            return folder
        except OSError as exc:
            reasons.append(f"{folder}: {exc.strerror or exc}")
    raise BackupError(f"{event}: no folder for its backups can be written ({'; '.join(reasons)})")


# -- taking backups ---------------------------------------------------------------------


def take_backup(source: sqlite3.Connection, event: Path, reason: str, *,
                data_folder: Path | None = None, keep: int = DEFAULT_KEEP,
                now: dt.datetime | None = None) -> Backup:
    """Back up the event read through ``source`` (its open connection), check the copy,
    then remove the oldest backups beyond ``keep``. Returns the new backup."""
    if reason not in REASONS:
        raise ValueError(f"not a reason for a backup: {reason!r}")
    folder = _writable_folder(event, data_folder)
    target = _free_name(folder, event, reason, now or dt.datetime.now())
    temp = folder / f".{target.name}.{os.getpid()}.part"
    try:
        _copy_checked(source, temp)
        os.replace(temp, target)
        _sync_folder(folder)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"{event}: a backup could not be written to {folder} "
                          f"({getattr(exc, 'strerror', None) or exc})") from None
    finally:
        temp.unlink(missing_ok=True)
        Path(f"{temp}-journal").unlink(missing_ok=True)
    prune(event, keep, data_folder=data_folder)
    return _backup_of(target)  # type: ignore[return-value]


def backup_document(doc: EventDocument, reason: str, *, data_folder: Path | None = None,
                    keep: int = DEFAULT_KEEP) -> Backup:
    """Back up an event open in this program, while it stays open."""
    with doc.engine.connect() as con:
        raw: sqlite3.Connection = con.connection.dbapi_connection  # type: ignore[assignment]
        return take_backup(raw, doc.path, reason, data_folder=data_folder, keep=keep)


def backup_file(event: Path, reason: str, *, data_folder: Path | None = None,
                keep: int = DEFAULT_KEEP) -> Backup:
    """Back up an event file that is not open here (it is locked for the time it takes)."""
    with _locked(event) as con:
        return take_backup(con, event, reason, data_folder=data_folder, keep=keep)


def _copy_checked(source: sqlite3.Connection, temp: Path) -> None:
    temp.unlink(missing_ok=True)
    copy = sqlite3.connect(temp)
    try:
        source.backup(copy)
        problem = _integrity_problem(copy)
    finally:
        copy.close()
    if problem is not None:
        raise sqlite3.DatabaseError(f"the copy failed its integrity check: {problem}")


def _free_name(folder: Path, event: Path, reason: str, now: dt.datetime) -> Path:
    stem = f"{event.stem}.{now.strftime(_STAMP)}"
    name, n = stem, 1
    while any(folder.glob(f"{glob.escape(name)}.*.agenda")):  # two in one second: numbered
        n += 1
        name = f"{stem}-{n}"
    return folder / f"{name}.{reason}.agenda"


def prune(event: Path, keep: int, *, data_folder: Path | None = None) -> list[Path]:
    """Remove the oldest backups beyond the newest ``keep``; returns what was removed."""
    removed = []
    for old in list_backups(event, data_folder=data_folder)[max(keep, 1):]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


# -- listing and checking -----------------------------------------------------------------


def list_backups(event: Path, *, data_folder: Path | None = None) -> list[Backup]:
    """This event's backups, newest first, from every folder where they may be."""
    found = []
    for folder in backup_folders(event, data_folder):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            backup = _backup_of(path)
            if backup is not None and path.name.startswith(f"{event.stem}."):
                found.append(backup)
    return sorted(found, key=lambda b: b.order, reverse=True)


def _backup_of(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return Backup(path, taken, match["reason"], size)


def backup_problem(path: Path) -> str | None:
    """Why this file cannot serve as a backup of an event, or None when it is a good one."""
    try:
        with path.open("rb") as f:
            header = f.read(16)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if header != b"SQLite format 3\x00":
        return "is not an event file"
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                              timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        return f"cannot be read ({exc})"
    try:
        if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return "is not an Agenda Planner event"
        return _integrity_problem(con)
    except sqlite3.Error as exc:
        return f"is damaged ({exc})"
    finally:
        con.close()


def newest_good_backup(event: Path, *, data_folder: Path | None = None) -> Backup | None:
    """The most recent backup that passes its integrity check, if there is one."""
    for backup in list_backups(event, data_folder=data_folder):
        if backup_problem(backup.path) is None:
            return backup
    return None


def _integrity_problem(con: sqlite3.Connection) -> str | None:
    problems = [row[0] for row in con.execute("PRAGMA integrity_check(5)")]
    return None if problems == ["ok"] else f"is damaged ({' '.join(problems[0].split())})"


# -- restoring --------------------------------------------------------------------------


def restore_backup(event: Path, backup: Path, *, data_folder: Path | None = None,
                   keep: int = DEFAULT_KEEP) -> Backup | None:
    """Put a backup in the event's place, keeping the current file as a backup first.

    Refused when the backup is damaged or the event is open elsewhere. The event is
    replaced in one rename, keeping its permissions, so it is either the old file or
    the backup, never a mixture. Returns the backup of the file as it was (None when
    there was no file).
    """
    problem = backup_problem(backup)
    if problem is not None:
        raise BackupError(f"{backup}: {problem}; choose another backup")
    if backup.resolve() == event.resolve():
        raise BackupError(f"{backup}: is the event file itself, not a backup of it")
    if not event.parent.is_dir():
        raise BackupError(f"{event}: folder {event.parent} does not exist")
    kept = None
    mode = None
    with contextlib.ExitStack() as stack:
        if event.exists():
            mode = event.stat().st_mode & 0o777
            con = stack.enter_context(_locked(event, damaged_ok=True))
            kept = _keep_current(con, event, data_folder, keep)
        temp = event.with_name(f".{event.name}.{os.getpid()}.part")
        try:
            temp.unlink(missing_ok=True)
            source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
            try:
                _copy_checked(source, temp)
            finally:
                source.close()
            if mode is not None:
                os.chmod(temp, mode)
            # A journal left beside the old file must not be played back into the new one.
            Path(f"{event}-journal").unlink(missing_ok=True)
            os.replace(temp, event)
            _sync_folder(event.parent)
        except (OSError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise BackupError(f"{event}: cannot be replaced by {backup.name} ({reason}); "
                              "it is unchanged") from None
        finally:
            temp.unlink(missing_ok=True)
            Path(f"{temp}-journal").unlink(missing_ok=True)
    prune(event, keep, data_folder=data_folder)
    return kept


def _keep_current(con: sqlite3.Connection | None, event: Path, data_folder: Path | None,
                  keep: int) -> Backup:
    """The event as it is now, kept as a backup before a restore replaces it."""
    if con is not None:
        with contextlib.suppress(sqlite3.DatabaseError, BackupError):
            # no pruning yet: the backup being restored may be the oldest
            return take_backup(con, event, "restore", data_folder=data_folder, keep=10**6)
    # A damaged file cannot be read page by page: kept as its bytes.
    folder = _writable_folder(event, data_folder)
    target = _free_name(folder, event, "restore", dt.datetime.now())
    try:
        shutil.copyfile(event, target)
    except OSError as exc:
        raise BackupError(f"{event}: cannot be kept in {folder} before the restore "
                          f"({exc.strerror or exc}); it is unchanged") from None
    return _backup_of(target)  # type: ignore[return-value]


@contextlib.contextmanager
def _locked(event: Path, *, damaged_ok: bool = False):  # noqa: ANN202 - a context manager
    """The event's write lock, held as the open window holds it, so that no one else has the
    file open while we read or replace it. Yields the connection (None for a file too damaged
    for SQLite to lock, when ``damaged_ok``)."""
    try:
        lock = WriterLock.take(event, sole=True)  # the window's own lock, and no reader
    except OSError as exc:
        raise BackupError(f"{event}: cannot be written ({exc.strerror or exc})") from None
    if lock is None:
        raise DocumentInUse(event)
    try:
        with _sqlite_locked(event, damaged_ok=damaged_ok) as con:
            yield con
    finally:
        lock.release()  # after SQLite's connection is closed: see db/locking.py


@contextlib.contextmanager
def _sqlite_locked(event: Path, *, damaged_ok: bool):  # noqa: ANN202 - a context manager
    """SQLite's exclusive lock on the event, so that no reader copies it meanwhile."""
    con = sqlite3.connect(f"{event.resolve().as_uri()}?mode=rw", uri=True,
                          timeout=BUSY_TIMEOUT_S)
    try:
        try:
            con.execute("PRAGMA locking_mode = EXCLUSIVE")
            con.execute("BEGIN EXCLUSIVE")
            con.execute("COMMIT")
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DocumentInUse(event) from None
            if not damaged_ok:
                raise BackupError(f"{event}: cannot be read ({exc})") from None
            yield None
            return
        except sqlite3.DatabaseError as exc:
            if not damaged_ok:
                raise BackupError(f"{event}: is damaged ({exc})") from None
            yield None
            return
        if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise BackupError(f"{event}: is a database, but not an Agenda Planner event")
        yield con
    finally:
        con.close()


def _sync_folder(folder: Path) -> None:
    """Make a rename in the folder survive a power cut (where the system allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- when to take them ----------------------------------------------------------------


class BackupSchedule:
    """When an open event is backed up: on open (before the first edit), at the first edit
    after ``interval_s`` since the last backup, and on close if edited since."""

    def __init__(self, take: Callable[[str], object], *, interval_s: float = EDIT_INTERVAL_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._take = take
        self.interval_s = interval_s
        self.clock = clock
        self._last = clock()
        self._edited = False

    def opened(self) -> None:
        self._backup("open")

    def edited(self) -> None:
        self._edited = True
        if self.clock() - self._last >= self.interval_s:
            self._backup("edit")

    def closing(self) -> None:
        if self._edited:
            self._backup("close")

    def _backup(self, reason: str) -> None:
        # The time counts from the attempt: a folder that cannot be written is not tried
        # again at every keystroke.
        self._last = self.clock()
        self._take(reason)
        self._edited = False
