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
from functools import cache

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
    "stored-bad-value": "is damaged: a stored value is not of its kind ({detail}); "
                        "open a backup copy",
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


DAMAGED_FILE = frozenset({"damaged", "stored-not-json", "stored-not-utf8", "stored-bad-value"})
"""The reasons that say the file itself is damaged, so that a backup may bring it back."""


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


def stored_value_problem(con: sqlite3.Connection) -> str | None:
    """The first stored value that is not of its column's kind (a number that is text or a
    fraction, a date that is no date), said as ``table row N: column is 'value'``; None when
    every value is. SQLite keeps whatever it is given; such a value, written by another
    program or a failing disk, would otherwise fail far from here, in a rule or a writer.
    (A text that is not JSON fails as it is read, and reading() says so.)"""
    for table, checks in _value_checks().items():
        columns = list(checks)
        tests = [f"({checks[c]})" for c in columns]
        names = [f'"{c}"' for c in columns]
        found = con.execute(f"SELECT rowid, {', '.join(tests + names)} FROM {table} "
                            f"WHERE {' OR '.join(tests)} LIMIT 1").fetchone()
        if found is not None:
            flags, values = found[1:1 + len(columns)], found[1 + len(columns):]
            column, value = next((c, v) for c, bad, v in zip(columns, flags, values) if bad)
            shown = repr(value if not isinstance(value, str) or len(value) < 40
                         else value[:37] + "...")
            return f"{table} row {found[0]}: {column} is {shown}"
    return None


@cache
def _value_checks() -> dict[str, dict[str, str]]:
    """For each table, each column's SQL test that a stored value is not of its kind."""
    from sqlalchemy import JSON, Boolean, Date, Integer, String, TypeDecorator

    from db.models import SQLModel

    checks: dict[str, dict[str, str]] = {}
    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            name = f'"{column.name}"'
            kind = column.type
            if isinstance(kind, TypeDecorator):  # SQLModel's AutoString is a String inside
                kind = kind.impl_instance
            if isinstance(kind, (Integer, Boolean)):
                test = f"typeof({name}) != 'integer'"
            elif isinstance(kind, JSON):
                continue  # json_valid would double the time; the decoder says it as it reads
            elif isinstance(kind, Date):
                test = f"typeof({name}) != 'text' OR date({name}) IS NOT {name}"
            elif isinstance(kind, String):
                test = f"typeof({name}) != 'text'"
            else:
                continue
            if column.nullable:
                test = f"{name} IS NOT NULL AND ({test})"
            checks.setdefault(table.name, {})[column.name] = test
    return checks
