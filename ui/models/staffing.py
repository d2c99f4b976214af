"""A session's interpretation team and the interpreter pool as Qt tables.

Thin adapters: who could take the session, and why not, is decided by
planner.candidates; the texts come from the interpreter sheets' own helpers, in the
language of the event's texts. Headers and statuses are interface labels: English here,
shown through Qt's translation (context SessionTable).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QObject, QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor

from db.models import Assignment, Interpreter
from exports.interpreters import directions_text, mode_name, person_name, role_text
from exports.labels import pick
from planner.candidates import Verdict, candidates, natural_key
from planner.rules import Finding
from planner.staffing import ROLES_FOR_MODE
from planner.vocabulary import Mode
from ui.context import OpenEvent
from ui.models.agenda import SEVERITY_COLOURS

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
"""The interpreter id of a pool row; the assignment id of a team row."""
GREY = QColor("#8a8a8a")
GREEN, RED, BLUE = QColor("#1b7a35"), QColor("#b3261e"), QColor("#1f5fa8")
CONTEXT = "SessionTable"
"""Where the headers and statuses are in the translation file."""


def _label(source: str) -> str:
    """An interface label in the language of the translator installed now."""
    return QCoreApplication.translate(CONTEXT, source)


@dataclass(frozen=True)
class Column:
    """One column, defined once: its header and what it shows of a row."""

    key: str
    header: str
    """English; shown through the interface's translation."""
    width: int
    text: Callable[[Any, str], str]


# -- the pool: every interpreter, with whether they could take the session ---------------

STATUS = {"yes": QT_TRANSLATE_NOOP("SessionTable", "can take it"),
          "team": QT_TRANSLATE_NOOP("SessionTable", "in the team"),
          "no": QT_TRANSLATE_NOOP("SessionTable", "not possible")}


def _status(v: Verdict) -> str:
    return "yes" if v.possible else "team" if v.assigned else "no"


def _modes(v: Verdict, lang: str) -> str:
    order = list(Mode)
    held = sorted(v.interpreter.modes, key=lambda m: order.index(m) if m in order else 99)
    return ", ".join(mode_name(m, lang) for m in held)


POOL_COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("SessionTable", "Interpreter"), 150,
           lambda v, lang: person_name(v.interpreter, lang)),
    Column("status", QT_TRANSLATE_NOOP("SessionTable", "Assign"), 64,
           lambda v, lang: _label(STATUS[_status(v)])),
    Column("directions", QT_TRANSLATE_NOOP("SessionTable", "Directions"), 100,
           lambda v, lang: directions_text(v.interpreter, lang)),
    Column("modes", QT_TRANSLATE_NOOP("SessionTable", "Modes"), 250, _modes),
    Column("reason", QT_TRANSLATE_NOOP("SessionTable", "Why not · notes"), 300,
           lambda v, lang: v.reason(lang)),
]
POOL_COLUMN = {c.key: i for i, c in enumerate(POOL_COLUMNS)}


class SessionTable(QAbstractTableModel):
    """What both tables share: rows of one session, columns from a list of specs."""

    columns: ClassVar[list[Column]] = []

    def __init__(self, event: OpenEvent, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opened = event
        self.lang = "ko"
        """The language of the event's texts: names, reasons, findings."""
        self.session_id: int | None = None
        self._rows: list[Any] = []
        self.live = True
        """False while the view is out of sight: changes only mark the table stale."""
        self.stale = False

    def show_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.refresh()

    def set_live(self, live: bool) -> None:
        self.live = live
        if live and self.stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.live:
            self.stale = True
            return
        self.stale = False
        self.beginResetModel()
        if self.session_id not in self.opened.loaded.session_by_id:
            self.session_id = None
        self._rows = self._fetch() if self.session_id is not None else []
        self.endResetModel()

    def _fetch(self) -> list[Any]:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Headers and labels again, in the interface language now installed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.columns) - 1))

    def row_of(self, ident: int | None) -> int:
        """The row showing this interpreter (pool) or assignment (team); -1 if none."""
        return next((r for r in range(len(self._rows))
                     if self.index(r, 0).data(ID_ROLE) == ident), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return _label(self.columns[section].header)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row, self.lang)
        return self._decoration(row, column.key, role)

    def _decoration(self, row: Any, key: str, role: int) -> Any:
        return None


class PoolModel(SessionTable):
    """Every interpreter of the pool for the shown session: candidates first, then the rest.

    The order is made when a session is shown and kept while it stays shown: an assignment
    changes a row's status, never which row a person is on, so the next double-click lands on
    the person under the pointer."""

    columns = POOL_COLUMNS

    def __init__(self, event: OpenEvent, parent: QObject | None = None) -> None:
        super().__init__(event, parent)
        self._order: tuple[int | None, list[int]] = (None, [])
        """The session the order was made for, and its interpreter ids top to bottom."""
        # Any session may hold the assignment that now clashes: refresh on every change.
        event.sessions_changed.connect(lambda _changed: self.refresh())

    def _fetch(self) -> list[Verdict]:
        loaded = self.opened.loaded
        fresh = candidates(loaded, loaded.session_by_id[self.session_id], self.lang)
        session, order = self._order
        if session == self.session_id:
            place = {ident: n for n, ident in enumerate(order)}
            # Newcomers to the pool go below everyone already listed, in the fresh order.
            fresh.sort(key=lambda v: place.get(v.interpreter.id or 0, len(place)))
        self._order = (self.session_id, [v.interpreter.id or 0 for v in fresh])
        return fresh

    def verdict(self, row: int) -> Verdict:
        return self._rows[row]

    def candidate_count(self) -> int:
        return sum(1 for v in self._rows if v.possible)

    def _decoration(self, v: Verdict, key: str, role: int) -> Any:
        if role == ID_ROLE:
            return v.interpreter.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "status":
                return QBrush({"yes": GREEN, "team": BLUE, "no": RED}[_status(v)])
            return None if v.possible else QBrush(GREY)
        if role == Qt.ItemDataRole.ToolTipRole:
            other = "en" if self.lang == "ko" else "ko"
            return "\n".join(t for t in (v.reason(self.lang), v.reason(other)) if t) or None
        return None


# -- the team: who is assigned to the session or to one of its rows ----------------------

@dataclass(frozen=True)
class TeamRow:
    """One assignment of the session, with what the view shows of it."""

    assignment: Assignment
    person: Interpreter | None
    row_title: dict[str, str] | None
    """The agenda row it is for; None for the whole session."""
    fits: bool
    """The role fits the mode (of the row, or the session)."""
    findings: tuple[Finding, ...]


def _for_what(t: TeamRow, lang: str) -> str:
    if t.row_title is None:
        return QCoreApplication.translate("SessionTable", "whole session")
    return pick(t.row_title, lang)


def _about(f: Finding, item_id: int | None, session_items: dict[int | None, Any]) -> bool:
    """A finding names a row's own assignment by the row; the session's by none of its rows."""
    if item_id is not None:
        return item_id in f.items
    return not any(i in session_items for i in f.items)


TEAM_COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("SessionTable", "Interpreter"), 150,
           lambda t, lang: person_name(t.person, lang) if t.person else "?"),
    Column("role", QT_TRANSLATE_NOOP("SessionTable", "Role"), 70,
           lambda t, lang: role_text(t.assignment.role, lang)),
    Column("for", QT_TRANSLATE_NOOP("SessionTable", "For"), 170, _for_what),
    Column("check", QT_TRANSLATE_NOOP("SessionTable", "Check"), 400,
           lambda t, lang: " / ".join(f.text(lang) for f in t.findings)),
]
TEAM_COLUMN = {c.key: i for i, c in enumerate(TEAM_COLUMNS)}


class TeamModel(SessionTable):
    """The shown session's assignments: the whole-session team first, then rows' own."""

    columns = TEAM_COLUMNS

    def __init__(self, event: OpenEvent, parent: QObject | None = None) -> None:
        super().__init__(event, parent)
        event.sessions_changed.connect(self._on_sessions_changed)
        event.findings_changed.connect(self._on_findings_changed)

    def _on_sessions_changed(self, changed: set[int]) -> None:
        if not changed or self.session_id in changed:
            self.refresh()

    def _on_findings_changed(self) -> None:
        if not self._rows:
            return
        if not self.live or self.session_id not in self.opened.loaded.session_by_id:
            self.refresh()  # out of sight: marked stale; a deleted session: emptied
            return
        rows = self._fetch()  # the same assignments; the findings about them may differ
        if [t.assignment.id for t in rows] != [t.assignment.id for t in self._rows]:
            self.refresh()
            return
        self._rows = rows
        self.dataChanged.emit(self.index(0, 0),
                              self.index(len(self._rows) - 1, len(self.columns) - 1))

    def _fetch(self) -> list[TeamRow]:
        loaded = self.opened.loaded
        s = loaded.session_by_id[self.session_id]
        items = {n.item.id: n.item for n in loaded.walk(s)}
        rows = []
        # The team's size is the panel's headline, not a remark on each member.
        findings = [f for f in self.opened.findings
                    if s.key in f.sessions and f.code != "staff.team-size"]
        for a in (a for a in loaded.assignments if a.session_id == s.id):
            person = loaded.interpreter_by_id.get(a.interpreter_id)
            item = items.get(a.item_id) if a.item_id is not None else None
            mode = (item.interpretation_mode if item is not None else None) \
                or s.interpretation_mode
            about = tuple(f for f in findings if person is not None
                          and person.key in f.interpreters and _about(f, a.item_id, items))
            rows.append(TeamRow(a, person, item.title if item is not None else None,
                                a.role in ROLES_FOR_MODE.get(mode, ()), about))
        return sorted(rows, key=lambda t: (t.row_title is not None, natural_key(
            person_name(t.person, self.lang) if t.person else ""), t.assignment.id or 0))

    def team_row(self, row: int) -> TeamRow:
        return self._rows[row]

    def _decoration(self, t: TeamRow, key: str, role: int) -> Any:
        if role == ID_ROLE:
            return t.assignment.id
        if role == Qt.ItemDataRole.ForegroundRole and key == "role" and not t.fits:
            return QBrush(RED)
        if role == Qt.ItemDataRole.BackgroundRole and key == "check" and t.findings:
            worst = min(t.findings, key=lambda f: ["error", "warning", "info"].index(f.severity))
            return QBrush(SEVERITY_COLOURS[worst.severity])
        if role == Qt.ItemDataRole.ToolTipRole and key == "check" and t.findings:
            return "\n".join(f.text(self.lang) for f in t.findings)
        if role == Qt.ItemDataRole.ToolTipRole and key == "role" and not t.fits:
            return QCoreApplication.translate("SessionTable", "the role does not fit the mode")
        return None
