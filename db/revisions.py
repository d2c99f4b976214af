"""Issued revisions stored in the event file: the plan as it was issued, and what was sent.

An issue is recorded once its files are written: the next number, the time, the
coordinator's note, the canonical interchange snapshot (compressed) and, for each
recipient, the files written and their digests. Nothing else in the file changes, and a
file without revisions behaves as before.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from db.document import DocumentError, EventDocument
from db.models import Revision, RevisionDocument


@dataclass(frozen=True)
class IssuedFile:
    """A file written for a recipient: whose, where in the issue's folder, its digest."""

    recipient: str
    path: str
    digest: str


@dataclass(frozen=True)
class RevisionInfo:
    """One issued revision as the history lists it."""

    number: int
    issued_at: str
    note: str
    files: tuple[IssuedFile, ...]
    snapshot_bytes: int
    """The compressed snapshot's size in the file."""

    @property
    def recipients(self) -> list[str]:
        return sorted({f.recipient for f in self.files})


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record_revision(doc: EventDocument, snapshot: str, files: list[IssuedFile], *,
                    note: str = "", issued_at: dt.datetime | None = None) -> int:
    """Store a new revision after the last one; returns its number. The snapshot is the plan's
    canonical interchange JSON (db.interchange.dumps)."""
    text = snapshot.encode("utf-8")
    when = (issued_at or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    with doc.transaction() as s:
        last = s.exec(select(func.max(Revision.number))).one()
        revision = Revision(number=(last or 0) + 1, issued_at=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                            note=note, snapshot=zlib.compress(text, 6), digest=digest_of(text))
        s.add(revision)
        s.flush()
        for f in files:
            s.add(RevisionDocument(revision_id=revision.id, recipient=f.recipient, path=f.path,
                                   digest=f.digest))
        return revision.number


def next_revision_number(doc: EventDocument) -> int:
    with doc.reading() as s:
        return (s.exec(select(func.max(Revision.number))).one() or 0) + 1


def list_revisions(doc: EventDocument) -> list[RevisionInfo]:
    """Every revision, oldest first."""
    with doc.reading() as s:
        revisions = s.exec(select(Revision).order_by(Revision.number)).all()
        files: dict[int, list[IssuedFile]] = {}
        for entry in s.exec(select(RevisionDocument).order_by(RevisionDocument.id)).all():
            files.setdefault(entry.revision_id, []).append(
                IssuedFile(entry.recipient, entry.path, entry.digest))
        return [RevisionInfo(r.number, r.issued_at, r.note, tuple(files.get(r.id or 0, [])),
                             len(r.snapshot)) for r in revisions]


def revision_snapshot(doc: EventDocument, number: int | None = None) -> dict[str, Any] | None:
    """The plan as revision `number` issued it (the last one when None); None when there are
    no revisions yet."""
    with doc.reading() as s:
        query = select(Revision)
        query = query.where(Revision.number == number) if number is not None \
            else query.order_by(Revision.number.desc()).limit(1)  # type: ignore[attr-defined]
        revision = s.exec(query).first()
    if revision is None:
        if number is not None:
            raise DocumentError(f"{doc.path}: has no revision {number}")
        return None
    try:
        text = zlib.decompress(revision.snapshot)
        if digest_of(text) != revision.digest:
            raise ValueError("digest differs")
        return json.loads(text)
    except (zlib.error, ValueError) as exc:
        raise DocumentError(f"{doc.path}: revision {revision.number} is damaged ({exc})") from None
