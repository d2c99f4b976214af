"""The rules' findings as a Qt table, errors first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QObject, QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush

from exports.labels import format_date
from planner.rules import Finding
from planner.rules.text import name as in_language
from planner.vocabulary import Severity
from ui.context import OpenEvent
from ui.models.agenda import SEVERITY_COLOURS

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "FindingsModel"
"""Where the headers and severity words are in the translation file."""
SEVERITY_WORDS = {Severity.ERROR: QT_TRANSLATE_NOOP("FindingsModel", "Error"),
                  Severity.WARNING: QT_TRANSLATE_NOOP("FindingsModel", "Warning"),
                  Severity.INFO: QT_TRANSLATE_NOOP("FindingsModel", "Info")}
HEADERS = (QT_TRANSLATE_NOOP("FindingsModel", "Severity"),
           QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
           QT_TRANSLATE_NOOP("FindingsModel", "What to do"),
           QT_TRANSLATE_NOOP("FindingsModel", "Day"),
           QT_TRANSLATE_NOOP("FindingsModel", "Session"))
"""English; shown in the interface language, while a finding's own text and session title
follow the language of the event's texts (``lang``)."""
RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class FindingsModel(QAbstractTableModel):
    """Every current finding, grouped by severity, then by day and session."""

    def __init__(self, event: OpenEvent, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opened = event
        self.lang = "ko"
        """The language of the findings' messages and the sessions' titles."""
        self._rows: list[Finding] = []
        self._load()
        event.findings_changed.connect(self.refresh)

    def refresh(self) -> None:
        rows = sorted(self.opened.findings, key=lambda f: (RANK[f.severity],) + f.sort_key())
        if rows == self._rows:
            return  # most edits change no finding: keep the view (and its selection) as it is
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _load(self) -> None:
        self._rows = sorted(self.opened.findings, key=lambda f: (RANK[f.severity],) + f.sort_key())

    def set_language(self, lang: str) -> None:
        """Show the findings' messages and the sessions' titles in this language."""
        self.lang = lang
        if self._rows:
            self.dataChanged.emit(self.index(0, 1),
                                  self.index(len(self._rows) - 1, len(HEADERS) - 1))

    def retranslate(self) -> None:
        """Headers and severity words again, in the interface language now installed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [Qt.ItemDataRole.DisplayRole])

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def counts(self) -> dict[Severity, int]:
        return {sev: sum(1 for f in self._rows if f.severity == sev) for sev in Severity}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(HEADERS):
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return QCoreApplication.translate(CONTEXT, SEVERITY_WORDS[f.severity])
            if column == 1:
                return f.text(self.lang)
            if column == 2:
                return f.fix_text(self.lang)
            if column == 3:
                return format_date(f.day, self.lang) if f.day else ""
            session = next((s for s in self.opened.loaded.sessions
                            if f.sessions and s.key == f.sessions[0]), None)
            return in_language(session.title, self.lang) if session else ""
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text, which the column may elide
            return "\n".join(t for t in (f.text(self.lang), f.fix_text(self.lang)) if t) or None
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            return QBrush(SEVERITY_COLOURS[f.severity])
        return None
