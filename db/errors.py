"""Why the disk or the file refused, in a person's words.

SQLite, SQLAlchemy and the operating system report failures in their own terms
("database or disk is full", "[Errno 30] Read-only file system", a JSON decoder's
complaint about a damaged row). db/ translates them here, at its edge, into one
StorageError: the file or folder concerned, a reason code the window says in the
interface language (ui/refusals.py) and an English sentence for the command line.
docs/storage.md lists the reasons and what the user sees.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, SQLAlchemyError, StatementError


class DocumentError(Exception):
    """An event file cannot be used; the message names the file and says why in one line."""


REASONS: dict[str, str] = {
    "disk-full": "cannot be written: the disk is full (or the disk quota is used up); "
                 "free some space and try again",
    "io-error": "cannot be read or written: the disk reported an input/output error; "
                "check the drive, or copy the file to another one",
    "damaged": "is damaged ({detail}); open a backup copy",
    "stored-not-json": "is damaged: a stored text is not valid JSON; open a backup copy",
    "stored-not-utf8": "is damaged: a stored text is not valid UTF-8; open a backup copy",
    "number-too-large": "cannot store a number that large",
    "read-only-drive": "cannot be written: it is on a read-only drive",
    "not-permitted": "cannot be written: permission denied (it may be open in another "
                     "program, locked, marked unchangeable, or someone else's)",
    "not-writable": "cannot be written: the file or its folder is read-only",
    "cannot-open": "cannot be opened or created (its folder may be read-only or missing)",
    "not-a-folder": "cannot be written: part of the path is a file, not a folder",
    "is-a-file": "is a file, not a folder",
    "is-a-folder": "is a folder, not a file",
    "no-folder": "cannot be written: the folder does not exist",
    "name-too-long": "cannot be written: the name is too long",
    "marked-read-only": "is marked read-only; make it writable first, or choose another name",
    "in-use": "is in use by another Agenda Planner window or program; close it there first",
    "os-error": "cannot be written ({detail})",
    "database-error": "cannot be used (the database said: {detail})",
}
"""Every reason a storage failure is given, by code, in English; ui/refusals.py says each in
the interface language with the same {path} and {detail}."""


class StorageError(DocumentError):
    """The disk, the file system or the stored data refused; ``code`` says why."""

    def __init__(self, path: str | os.PathLike[str], code: str, detail: str = "") -> None:
        self.code = code
        self.params = {"path": str(path), "detail": detail}
        super().__init__(f"{path}: {REASONS[code].format(detail=detail)}")


_ERRNO_REASONS = {
    errno.ENOSPC: "disk-full",
    errno.EDQUOT: "disk-full",
    errno.EIO: "io-error",
    errno.EROFS: "read-only-drive",
    errno.EACCES: "not-permitted",
    errno.EPERM: "not-permitted",
    errno.ENOTDIR: "not-a-folder",
    errno.ENOENT: "no-folder",
    errno.ENAMETOOLONG: "name-too-long",
    errno.EISDIR: "is-a-folder",
}

_SQLITE_REASONS = {
    sqlite3.SQLITE_FULL: "disk-full",
    sqlite3.SQLITE_IOERR: "io-error",
    sqlite3.SQLITE_CORRUPT: "damaged",
    sqlite3.SQLITE_NOTADB: "damaged",
    sqlite3.SQLITE_READONLY: "not-writable",
    sqlite3.SQLITE_CANTOPEN: "cannot-open",
    sqlite3.SQLITE_BUSY: "in-use",
    sqlite3.SQLITE_LOCKED: "in-use",
}


def os_error(exc: OSError, path: str | os.PathLike[str]) -> StorageError:
    """An operating system's refusal to write ``path``, said in words, without the temporary
    names it may carry."""
    code = _ERRNO_REASONS.get(exc.errno or 0, "os-error")
    return StorageError(path, code, "" if code != "os-error" else exc.strerror or str(exc))


def storage_error(exc: BaseException, path: str | os.PathLike[str]) -> StorageError | None:
    """What a failure of SQLite, SQLAlchemy, the disk or a stored value means for ``path``;
    None for anything else (a mistake of ours stays a mistake)."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, StatementError) and exc.orig is not None:
        return storage_error(exc.orig, path)
    if isinstance(exc, DBAPIError):  # a StatementError without its cause
        return StorageError(path, "database-error", _one_line(str(exc)))
    if isinstance(exc, sqlite3.Error):
        text = _one_line(str(exc))
        if "Could not decode to UTF-8" in text:
            return StorageError(path, "stored-not-utf8")
        code = _SQLITE_REASONS.get((getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF)
        if code is None and "malformed" in text:
            code = "damaged"
        return StorageError(path, code or "database-error", text)
    if isinstance(exc, OSError):
        return os_error(exc, path)
    if isinstance(exc, json.JSONDecodeError):
        return StorageError(path, "stored-not-json")
    if isinstance(exc, UnicodeDecodeError):
        return StorageError(path, "stored-not-utf8")
    if isinstance(exc, OverflowError):
        return StorageError(path, "number-too-large")
    if isinstance(exc, SQLAlchemyError):
        return StorageError(path, "database-error", _one_line(str(exc)))
    return None


@contextmanager
def storage_errors(path: str | os.PathLike[str]) -> Iterator[None]:
    """Say a storage failure inside the block as a StorageError about ``path``."""
    try:
        yield
    except DocumentError:
        raise
    except (OSError, sqlite3.Error, SQLAlchemyError, OverflowError, json.JSONDecodeError,
            UnicodeDecodeError) as exc:
        translated = storage_error(exc, path)
        if translated is None:
            raise
        raise translated from exc


def _one_line(text: str) -> str:
    """The first line of a driver's message, without SQLAlchemy's '(Background on …)'."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    if first.startswith("(sqlite3."):  # SQLAlchemy's "(sqlite3.OperationalError) text"
        first = first.split(") ", 1)[-1]
    return first
