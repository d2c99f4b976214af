"""The rules' findings as a Qt table, errors first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from planner.rules import Finding
from planner.vocabulary import Severity
from ui.context import OpenEvent
from ui.models.agenda import SEVERITY_COLOURS

Index = QModelIndex | QPersistentModelIndex
SEVERITY_WORDS = {"ko": {Severity.ERROR: "오류", Severity.WARNING: "경고", Severity.INFO: "참고"},
                  "en": {Severity.ERROR: "Error", Severity.WARNING: "Warning",
                         Severity.INFO: "Info"}}
HEADERS = {"ko": ["구분", "내용", "일자", "세션"], "en": ["Severity", "Finding", "Day", "Session"]}
RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class FindingsModel(QAbstractTableModel):
    """Every current finding, grouped by severity, then by day and session."""

    def __init__(self, event: OpenEvent, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opened = event
        self.lang = "ko"
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

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def counts(self) -> dict[Severity, int]:
        return {sev: sum(1 for f in self._rows if f.severity == sev) for sev in Severity}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < 4:
            return HEADERS[self.lang][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return SEVERITY_WORDS[self.lang][f.severity]
            if column == 1:
                return f.text(self.lang)
            if column == 2:
                return f.day.isoformat() if f.day else ""
            session = next((s for s in self.opened.loaded.sessions
                            if f.sessions and s.key == f.sessions[0]), None)
            return (session.title.get(self.lang) or session.title.get("ko", "")) if session else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.fix_text(self.lang) or None
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            return QBrush(SEVERITY_COLOURS[f.severity])
        return None
