"""What the rules read of an event, stated as protocols.

The rules never import the storage layer: any object with these attributes
will do. ``db.loading.LoadedEvent`` and the ``db.models`` tables are the ones
the program passes in; nothing here redefines them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from planner.cascade import Cascade
from planner.policy import Policy


class RoomLike(Protocol):
    id: int | None
    key: str
    name: dict[str, str]
    floor: str
    capacity: int | None
    booths: int
    video: bool
    portable_system: bool
    receivers: int | None


class SessionLike(Protocol):
    id: int | None
    key: str
    title: dict[str, str]
    date: dt.date
    start_min: int
    end_min: int
    room_id: int | None
    interpretation_mode: str
    interpretation_languages: list[str]
    listeners: int | None
    purpose: dict[str, str]
    participants: dict[str, str]
    key_points: dict[str, str]
    moderator: dict[str, str]
    notes: dict[str, str]
    listener_names: dict[str, str]
    listener_language: str | None


class DelegationLike(Protocol):
    side: dict[str, str]
    members: dict[str, str]
    on_site: int
    remote: int


class ItemLike(Protocol):
    id: int | None
    title: dict[str, str]
    details: dict[str, str]
    remarks: dict[str, str]
    duration: int | None
    stated_duration: int | None
    marker: bool
    interpretation_mode: str | None
    interpretation_languages: list[str] | None
    interpreted: bool | None
    remote: bool


class NodeLike(Protocol):
    item: ItemLike
    children: Sequence[NodeLike]


class InterpreterLike(Protocol):
    id: int | None
    key: str
    name: dict[str, str]
    languages: list[str]
    directions: list[str]
    modes: list[str]


class AvailabilityLike(Protocol):
    date: dt.date
    start_min: int
    end_min: int


class AssignmentLike(Protocol):
    id: int | None
    interpreter_id: int
    session_id: int
    item_id: int | None
    role: str


class PlanLike(Protocol):
    """A whole event as the rules see it."""

    rooms: Sequence[RoomLike]
    sessions: Sequence[SessionLike]
    interpreters: Sequence[InterpreterLike]
    assignments: Sequence[AssignmentLike]
    room_by_id: dict[int, RoomLike]
    interpreter_by_id: dict[int, InterpreterLike]
    session_by_id: dict[int, SessionLike]

    @property
    def policy(self) -> Policy: ...

    @property
    def languages(self) -> Sequence[str]:
        """The languages the event works in (ko, en, ...)."""
        ...

    def delegations_of(self, session: SessionLike) -> Sequence[DelegationLike]: ...

    def availability_of(self, interpreter: InterpreterLike) -> Sequence[AvailabilityLike]: ...

    def cascade(self, session: SessionLike) -> Cascade: ...

    def walk(self, session: SessionLike) -> Sequence[NodeLike]: ...
