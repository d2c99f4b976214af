"""The tables of an event document: one definition of each entity.

Texts that can appear on a sheet are stored as a JSON object of language codes
(``{"ko": "...", "en": "..."}``), as the interchange file writes them. Times of
day are minutes after midnight; durations are whole minutes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (JSON, CheckConstraint, Column, ForeignKey, Index, Integer, LargeBinary,
                        UniqueConstraint)
from sqlmodel import Field, SQLModel

Texts = dict[str, str]
"""A text in several languages, keyed by language code."""


def _texts() -> Any:
    return Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


def _parent(table: str, *, nullable: bool = False, index: bool = True) -> Any:
    return Field(default=None, sa_column=Column(
        Integer, ForeignKey(f"{table}.id", ondelete="CASCADE"), nullable=nullable, index=index))


class Event(SQLModel, table=True):
    """The meeting as a whole: its title, time zone, languages and planning policy."""

    id: int | None = Field(default=None, primary_key=True)
    title: Texts = _texts()
    timezone: str = "Asia/Seoul"
    languages: list[str] = _json_list()
    policy: dict[str, int | str] = Field(default_factory=dict,
                                         sa_column=Column(JSON, nullable=False))
    """The preset (``"preset"``: aiic, aiic-canada, korea; missing: by the languages) and only
    the numbers the event sets over it (planner.policy)."""


class Room(SQLModel, table=True):
    """A room of the venue: where it is, how many it seats, booths, interpretation equipment
    and video."""

    __table_args__ = (UniqueConstraint("event_id", "key"),
                      CheckConstraint("capacity IS NULL OR capacity >= 0"),
                      CheckConstraint("booths >= 0"))

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = _parent("event")
    position: int = 0
    key: str
    name: Texts = _texts()
    floor: str = ""
    capacity: int | None = None
    booths: int = 0
    video: bool = False
    portable_system: bool = False
    """A portable interpretation system (transmitter and receivers, a tour-guide set)."""
    receivers: int | None = None
    """Receivers for the listeners (booth or portable system); None where not recorded."""


class Session(SQLModel, table=True):
    """One meeting of the programme (a dialogue, a roundtable, a reception) in one room."""

    __table_args__ = (UniqueConstraint("event_id", "key"),
                      CheckConstraint("end_min > start_min"),
                      Index("ix_session_day", "event_id", "date", "start_min"))

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = _parent("event")
    key: str
    title: Texts = _texts()
    date: dt.date
    start_min: int
    end_min: int
    room_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("room.id", ondelete="RESTRICT"), nullable=True, index=True))
    closed: bool = False
    purpose: Texts = _texts()
    key_points: Texts = _texts()
    """주요 내용: the main points, one per line."""
    participants: Texts = _texts()
    """참석자 as summarised in the overview ("양측 정부 관계자 10명 내외")."""
    moderator: Texts = _texts()
    notes: Texts = _texts()
    interpretation_mode: str = "none"
    interpretation_languages: list[str] = _json_list()
    listeners: int | None = None
    """How many people hear whispered interpretation (a vice minister: 1)."""
    listener_names: Texts = _texts()
    listener_language: str | None = None
    """The language the whispering listeners hear (the vice minister: ko): whispering goes into it."""


class Delegation(SQLModel, table=True):
    """One side of a session: who comes, how many on site and how many by video."""

    __table_args__ = (CheckConstraint("on_site >= 0 AND remote >= 0"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = _parent("session")
    position: int = 0
    side: Texts = _texts()
    on_site: int = 0
    remote: int = 0
    members: Texts = _texts()


class AgendaItem(SQLModel, table=True):
    """A row of a session's detailed schedule (세부 일정): a block (○), a sub-row (-) or a marker."""

    __tablename__ = "agenda_item"
    __table_args__ = (CheckConstraint("duration IS NULL OR duration > 0"),
                      Index("ix_item_order", "session_id", "parent_id", "position"))

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = _parent("session", index=False)
    parent_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=True))
    position: int = 0
    key: str | None = None
    start_min: int | None = None
    """A hard start; None follows the previous row."""
    duration: int | None = None
    """Minutes for a leaf row; None for a block (its children's span) and a marker."""
    marker: bool = False
    stated_duration: int | None = None
    """The ('N) printed in the source where it disagrees with the time range."""
    bullet: str | None = None
    """The row mark as printed (○, -, ., □) where it differs from the usual one for its depth."""
    title: Texts = _texts()
    details: Texts = _texts()
    remarks: Texts = _texts()
    notes: Texts = _texts()
    interpretation_mode: str | None = None
    """The item's own interpretation where it differs from its session's, else None."""
    interpretation_languages: list[str] | None = Field(default=None, sa_column=Column(JSON))
    interpreted: bool | None = None
    """False: nobody interprets this row (registration, a performance, lunch); on a marker, the
    whispering listener leaves and interpretation ends there. None follows the block above
    (True where nothing is said). See docs/rules.md, interpreted time."""
    remote: bool = False
    """Someone speaks in this row from elsewhere, by video (화상)."""


class Interpreter(SQLModel, table=True):
    """A conference interpreter of the event's pool: languages, directions, modes."""

    __table_args__ = (UniqueConstraint("event_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = _parent("event")
    position: int = 0
    key: str
    name: Texts = _texts()
    languages: list[str] = _json_list()
    directions: list[str] = _json_list()
    modes: list[str] = _json_list()
    contact: str = ""


class Availability(SQLModel, table=True):
    """A stretch of a day when an interpreter can work."""

    __table_args__ = (CheckConstraint("end_min > start_min"),)

    id: int | None = Field(default=None, primary_key=True)
    interpreter_id: int = _parent("interpreter")
    date: dt.date
    start_min: int
    end_min: int


class Assignment(SQLModel, table=True):
    """An interpreter's part in a session, or in one item of it (the welcome speech)."""

    id: int | None = Field(default=None, primary_key=True)
    interpreter_id: int = _parent("interpreter")
    session_id: int = _parent("session")
    item_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=True, index=True))
    role: str
    note: str = ""


class Revision(SQLModel, table=True):
    """One issue of the plan to its recipients: its number, when, why, and the plan as issued.

    The plan is the canonical interchange JSON, compressed (zlib), so any two issues (or an
    issue and the plan of today) can be compared long after.
    """

    id: int | None = Field(default=None, primary_key=True)
    number: int = Field(sa_column=Column(Integer, nullable=False, unique=True))
    issued_at: str
    """When it was issued: ISO 8601 in UTC ('2026-12-08T01:20:00Z')."""
    note: str = ""
    snapshot: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    digest: str
    """SHA-256 of the snapshot's JSON text, before compression."""


class RevisionDocument(SQLModel, table=True):
    """A file an issue wrote for one recipient, and its content's digest."""

    __tablename__ = "revision_document"

    id: int | None = Field(default=None, primary_key=True)
    revision_id: int = _parent("revision")
    recipient: str
    """'runsheet', 'venue', 'coordinator' or 'interpreter:<key>'."""
    path: str
    """The file's path inside the issue's folder, with '/' between folders."""
    digest: str
    """SHA-256 of the file's bytes."""
