"""Editable tables of rooms, interpreters and a session's delegations.

Each table is a list of column specs (header, how a record reads, how a typed value
becomes a change); a change is pushed as an undoable command, never written here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QObject, QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QIcon, QUndoCommand
from PySide6.QtWidgets import QApplication, QStyle

from exports.interpreters import directions_text
from planner.clock import TimeFormatError, format_time, parse_date, parse_time
from planner.vocabulary import Mode, Severity, is_language_code, read_modes
from ui import commands
from ui.context import OpenEvent
from ui.models.agenda import SEVERITY_COLOURS

Index = QModelIndex | QPersistentModelIndex


class BadValue(ValueError):
    """A typed value the table cannot take; the message says why."""


@dataclass(frozen=True)
class FieldColumn:
    """One column: its English header, how a record shows, how a typed value changes it."""

    header: str
    show: Callable[[Any], Any]
    change: Callable[[Any, Any], dict[str, object]] | None = None
    check: bool = False
    """Shown and edited as a checkbox."""
    read: Callable[[Any, str], str] | None = None
    """How the cell reads in a language, where that differs from what is typed (show)."""


def _text_of(field: str, lang: str, header: str = "") -> FieldColumn:
    """A text kept in Korean and English: one column per language."""
    return FieldColumn(
        header or {"ko": QT_TRANSLATE_NOOP("RecordTable", "Name (Korean)"),
                   "en": QT_TRANSLATE_NOOP("RecordTable", "Name (English)")}[lang],
        lambda r: getattr(r, field).get(lang, ""),
        lambda r, v: {field: {k: t for k, t in {**getattr(r, field), lang: str(v)}.items()
                              if t}})


def _count(field: str, header: str, optional: bool = False) -> FieldColumn:
    def change(_record: Any, value: Any) -> dict[str, object]:
        text = str(value).strip()
        if optional and not text:
            return {field: None}
        if not text.isdigit():
            raise BadValue(QCoreApplication.translate("RecordTable",
                                                      "Type a whole number, 0 or more."))
        return {field: int(text)}

    return FieldColumn(header, lambda r: "" if getattr(r, field) is None
                       else str(getattr(r, field)), change)


def _codes(field: str, header: str, allowed: Callable[[str], bool]) -> FieldColumn:
    """A list of codes typed as "ko, en" or "ko>en, en>ko"."""
    def change(_record: Any, value: Any) -> dict[str, object]:
        codes = [c.strip() for c in str(value).replace(";", ",").split(",") if c.strip()]
        wrong = [c for c in codes if not allowed(c)]
        if wrong:
            raise BadValue(QCoreApplication.translate("RecordTable", "Not understood: {0}")
                           .format(", ".join(wrong)))
        return {field: codes}

    return FieldColumn(header, lambda r: ", ".join(getattr(r, field)), change)


MODE_NAMES = {
    Mode.SIMULTANEOUS: QT_TRANSLATE_NOOP("RecordTable", "simultaneous"),
    Mode.CONSECUTIVE: QT_TRANSLATE_NOOP("RecordTable", "consecutive"),
    Mode.WHISPERED: QT_TRANSLATE_NOOP("RecordTable", "whispered"),
    Mode.SIGHT: QT_TRANSLATE_NOOP("RecordTable", "sight"),
    Mode.REMOTE_SIMULTANEOUS: QT_TRANSLATE_NOOP("RecordTable", "remote simultaneous"),
}
"""Modes an interpreter works in, as the interpreters table shows them."""


def mode_word(mode: str) -> str:
    """A mode an interpreter works in, in the interface language's word."""
    return QCoreApplication.translate("RecordTable", MODE_NAMES[Mode(mode)]) \
        if mode in MODE_NAMES else mode


def _modes_column() -> FieldColumn:
    """Modes shown in the interface language; ticked in a list (ui.modes_editor), or typed in
    either language's usual words (동시, consec, 위스퍼링 …), or handed over as codes."""
    def show(r: Any) -> str:
        return ", ".join(mode_word(m) for m in r.modes)

    def change(_record: Any, value: Any) -> dict[str, object]:
        if isinstance(value, (list, tuple)):  # ticked: the codes themselves
            wrong = [str(m) for m in value if m not in MODE_NAMES]
            modes = [Mode(m) for m in value if m in MODE_NAMES]
        else:
            modes, wrong = read_modes(str(value))
        if wrong:
            raise BadValue(QCoreApplication.translate(
                "RecordTable", "Not a mode: {0}. Write simultaneous, consecutive, whispered or "
                               "sight (동시, 순차, 근접, 시역), or tick them in the list.")
                .format(", ".join(wrong)))
        return {"modes": [m.value for m in dict.fromkeys(modes)]}

    return FieldColumn(QT_TRANSLATE_NOOP("RecordTable", "Modes"), show, change)


KEY_COLUMN = FieldColumn(QT_TRANSLATE_NOOP("RecordTable", "Key"), lambda r: r.key)
"""The record's key in the event file (for scripts and the command line), shown last."""

ROOM_COLUMNS = [
    _text_of("name", "ko"), _text_of("name", "en"),
    FieldColumn(QT_TRANSLATE_NOOP("RecordTable", "Floor"), lambda r: r.floor,
                lambda r, v: {"floor": str(v).strip()}),
    _count("capacity", QT_TRANSLATE_NOOP("RecordTable", "Capacity"), optional=True),
    _count("booths", QT_TRANSLATE_NOOP("RecordTable", "Booths")),
    FieldColumn(QT_TRANSLATE_NOOP("RecordTable", "Video link"), lambda r: r.video,
                lambda r, v: {"video": bool(v)}, check=True),
    KEY_COLUMN,
]

INTERPRETER_COLUMNS = [
    _text_of("name", "ko"), _text_of("name", "en"),
    _codes("languages", QT_TRANSLATE_NOOP("RecordTable", "Languages"), is_language_code),
    replace(_codes("directions", QT_TRANSLATE_NOOP("RecordTable", "Directions"),
                   lambda c: c.count(">") == 1 and all(is_language_code(p) for p in c.split(">"))),
            read=directions_text),  # 한↔영 as the interpreters view says it; typed as ko>en
    _modes_column(),
    FieldColumn(QT_TRANSLATE_NOOP("RecordTable", "Contact"), lambda r: r.contact,
                lambda r, v: {"contact": str(v).strip()}),
]

def _availability_column(opened: OpenEvent) -> FieldColumn:
    """When an interpreter can work, typed as "2026-07-01 08:00-18:00; 2026-07-02 09:00-17:00"."""
    def show(r: Any) -> str:
        return "; ".join(f"{a.date.isoformat()} {format_time(a.start_min)}-"
                         f"{format_time(a.end_min)}" for a in opened.loaded.availability_of(r))

    def change(_r: Any, value: Any) -> dict[str, object]:
        slots = []
        for part in str(value).replace("\n", ";").split(";"):
            if not part.strip():
                continue
            match = _SLOT.match(part.strip())
            try:
                if match is None:
                    raise TimeFormatError(part.strip())
                day = parse_date(match.group(1))
                start, end = parse_time(match.group(2)), parse_time(match.group(3))
            except TimeFormatError:
                raise BadValue(QCoreApplication.translate(
                    "RecordTable", "Write each stretch as 2026-07-01 08:00-18:00: {0}")
                    .format(part.strip())) from None
            if end <= start:
                raise BadValue(QCoreApplication.translate(
                    "RecordTable", "A stretch ends after it starts: {0}").format(part.strip()))
            slots.append((day, start, end))
        return {"available": slots}

    return FieldColumn(QT_TRANSLATE_NOOP("RecordTable", "Availability"), show, change)


_SLOT = re.compile(r"^(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$")

DELEGATION_COLUMNS = [
    _text_of("side", "ko", QT_TRANSLATE_NOOP("RecordTable", "Side (Korean)")),
    _text_of("side", "en", QT_TRANSLATE_NOOP("RecordTable", "Side (English)")),
    _count("on_site", QT_TRANSLATE_NOOP("RecordTable", "On site")),
    _count("remote", QT_TRANSLATE_NOOP("RecordTable", "By video")),
    _text_of("members", "ko", QT_TRANSLATE_NOOP("RecordTable", "Members (Korean)")),
    _text_of("members", "en", QT_TRANSLATE_NOOP("RecordTable", "Members (English)")),
]


@cache
def _warning_sign() -> QIcon:
    """The style's warning sign, marking a cell whose edit was refused."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


@dataclass(frozen=True)
class Refused:
    """An edit a table refused: where, why, and what was typed (offered again to correct)."""

    record_id: int | None
    column: int
    reason: str
    typed: Any


class RecordTableModel(QAbstractTableModel):
    """A table of records; typing in a cell pushes one undoable command."""

    def __init__(self, opened: OpenEvent, columns: Sequence[FieldColumn],
                 records: Callable[[], list[Any]],
                 command: Callable[[Any, dict[str, object]], QUndoCommand],
                 parent: QObject | None = None, *, of_sessions: bool = False) -> None:
        super().__init__(parent)
        self.opened, self.columns = opened, list(columns)
        self._records_of, self._command = records, command
        self._records: list[Any] = records()
        self.lang = "ko"
        self.of_sessions = of_sessions
        """Records of a session (delegations), read again after any session edit; the event's
        rooms and interpreters only after an edit to them (said with no session named)."""
        self.refused: Refused | None = None
        """The last edit this table refused, shown at its cell until an edit here succeeds."""
        self._heard = ""
        opened.sessions_changed.connect(self._on_sessions_changed)
        opened.edit_refused.connect(self._hear_refusal)

    def _on_sessions_changed(self, changed: set[int]) -> None:
        if self.of_sessions or not changed:
            self.refresh()

    def refresh(self) -> None:
        """The records again. The same records (an edit to one of them) change in place, so a
        cell being typed in is not torn away from under its editor by a reset."""
        records = self._records_of()
        if [r.id for r in records] == [r.id for r in self._records]:
            self._records = records
            self.redisplay()
            return
        self.beginResetModel()
        self._records = records
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row]

    def name_column(self, lang: str) -> int:
        """The column of the records' names in this language."""
        header = {"ko": "Name (Korean)", "en": "Name (English)"}[lang]
        return next(i for i, c in enumerate(self.columns) if c.header == header)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return QCoreApplication.translate("RecordTable", self.columns[section].header)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.change is None or self.opened.read_only:
            return flags
        return flags | (Qt.ItemFlag.ItemIsUserCheckable if column.check
                        else Qt.ItemFlag.ItemIsEditable)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        column, record = self.columns[index.column()], self._records[index.row()]
        if column.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if column.show(record) else Qt.CheckState.Unchecked
            return None
        refused = self.refused
        if refused is not None and (refused.record_id, refused.column) == \
                (record.id, index.column()):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(SEVERITY_COLOURS[Severity.ERROR])
            if role == Qt.ItemDataRole.DecorationRole:
                return _warning_sign()
            if role == Qt.ItemDataRole.ToolTipRole:
                return refused.reason
            if role == Qt.ItemDataRole.EditRole and isinstance(refused.typed, str):
                return refused.typed  # to correct, not to type again
        if role == Qt.ItemDataRole.DisplayRole and column.read is not None:
            return column.read(record, self.lang)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return column.show(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.read is not None:
            return column.show(record)  # what to type, as the cell's editor shows it
        return None

    def set_language(self, lang: str) -> None:
        """Cells that read in a language (directions) in this one."""
        self.lang = lang
        self.redisplay()

    def redisplay(self) -> None:
        """Every cell shown again: the records or the words they are shown in changed."""
        if self._records:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._records) - 1, len(self.columns) - 1))

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (Qt.ItemFlag.ItemIsEditable
                                                           | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        column, record = self.columns[index.column()], self._records[index.row()]
        if column.check:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        try:
            changes = column.change(record, value)  # type: ignore[misc]
        except BadValue as exc:
            self._mark_refused(Refused(record.id, index.column(), str(exc), value))
            self.opened.edit_refused.emit(str(exc))
            return False
        if all(hasattr(record, k) and getattr(record, k) == v for k, v in changes.items()):
            self._mark_refused(None)  # typed again as it was: nothing wrong is left to show
            return False
        self._heard = ""
        if not self.opened.push(self._command(record, changes)):
            self._mark_refused(Refused(record.id, index.column(), self._heard, value))
            return False
        self._mark_refused(None)
        return True

    def _hear_refusal(self, text: str) -> None:
        self._heard = text

    def _mark_refused(self, refused: Refused | None) -> None:
        """Show this refusal at its cell (None: the last one is over) and repaint both cells."""
        cells = [r for r in (self.refused, refused) if r is not None]
        self.refused = refused
        for r in cells:
            row = next((n for n, rec in enumerate(self._records) if rec.id == r.record_id), None)
            if row is not None:
                cell = self.index(row, r.column)
                self.dataChanged.emit(cell, cell)


def rooms_model(opened: OpenEvent, parent: QObject | None = None) -> RecordTableModel:
    return RecordTableModel(opened, ROOM_COLUMNS, lambda: list(opened.loaded.rooms),
                            lambda r, changes: commands.UpdateRoom(opened, r.id, **changes),
                            parent)


def interpreters_model(opened: OpenEvent, parent: QObject | None = None) -> RecordTableModel:
    def command(r: Any, changes: dict[str, object]) -> QUndoCommand:
        if "available" in changes:
            return commands.SetAvailability(opened, r.id, changes["available"])  # type: ignore[arg-type]
        return commands.UpdateInterpreter(opened, r.id, **changes)

    return RecordTableModel(opened, [*INTERPRETER_COLUMNS, _availability_column(opened),
                                     KEY_COLUMN],
                            lambda: list(opened.loaded.interpreters), command, parent)


def delegations_model(opened: OpenEvent, session_id: Callable[[], int | None],
                      parent: QObject | None = None) -> RecordTableModel:
    def records() -> list[Any]:
        sid = session_id()
        session = opened.loaded.session_by_id.get(sid) if sid else None
        return list(opened.loaded.delegations_of(session)) if session else []

    return RecordTableModel(
        opened, DELEGATION_COLUMNS, records,
        lambda r, changes: commands.UpdateDelegation(opened, r.session_id, r.id, **changes),
        parent, of_sessions=True)
