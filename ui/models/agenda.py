"""The agenda of one session as a Qt table: a thin adapter over the loaded rows and the cascade."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QMimeData, QObject, QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor, QFont

from db.loading import ItemNode
from planner.cascade import TimedRow
from planner.clock import TimeFormatError, format_range, format_time, parse_time
from planner.vocabulary import MODE_LABELS, Mode, Severity
from ui import commands
from ui.context import OpenEvent
from ui.edit_names import translate

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ColumnSpec:
    """One column of the agenda table, defined once: header, what it shows, how it is edited."""

    key: str
    header: str
    """The English header; shown through the interface's translation."""
    editable: bool
    width: int


COLUMNS = [
    ColumnSpec("time", QT_TRANSLATE_NOOP("AgendaModel", "Time"), False, 150),
    ColumnSpec("duration", QT_TRANSLATE_NOOP("AgendaModel", "Min"), True, 50),
    ColumnSpec("start", QT_TRANSLATE_NOOP("AgendaModel", "Pinned start"), True, 90),
    ColumnSpec("content", QT_TRANSLATE_NOOP("AgendaModel", "Content"), True, 420),
    ColumnSpec("remarks", QT_TRANSLATE_NOOP("AgendaModel", "Remarks"), True, 260),
    ColumnSpec("interpretation", QT_TRANSLATE_NOOP("AgendaModel", "Interpretation"), False, 140),
]
COLUMN = {spec.key: i for i, spec in enumerate(COLUMNS)}
MAX_ROW_MINUTES = 24 * 60
"""The longest a row can last: a day."""
ROW_MIME = "application/x-agenda-planner-row"
SEVERITY_COLOURS = {Severity.ERROR: QColor("#f8d0d0"), Severity.WARNING: QColor("#fbeecb"),
                    Severity.INFO: QColor("#e3eefa")}


class AgendaModel(QAbstractTableModel):
    """Rows of the shown session in agenda order (blocks before their children)."""

    def __init__(self, event: OpenEvent, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opened = event
        self.lang = "ko"
        self.session_id: int | None = None
        self._rows: list[tuple[ItemNode, TimedRow]] = []
        self._findings: dict[int, list] = {}
        event.sessions_changed.connect(self._on_sessions_changed)
        event.findings_changed.connect(self._on_findings_changed)

    # -- what is shown ---------------------------------------------------------------

    def show_session(self, session_id: int | None) -> None:
        self.beginResetModel()
        self.session_id = session_id
        self._load()
        self.endResetModel()

    def node(self, row: int) -> ItemNode:
        return self._rows[row][0]

    def timed(self, row: int) -> TimedRow:
        return self._rows[row][1]

    def row_of_item(self, item_id: int) -> int:
        return next((r for r, (n, _) in enumerate(self._rows) if n.item.id == item_id), -1)

    def _load(self) -> None:
        self._rows = self._fetch()
        if not self._rows and self.session_id not in self.opened.loaded.session_by_id:
            self.session_id = None
        self._index_findings()

    def _fetch(self) -> list[tuple[ItemNode, TimedRow]]:
        loaded = self.opened.loaded
        session = loaded.session_by_id.get(self.session_id) if self.session_id else None
        if session is None:
            return []
        return list(zip(loaded.walk(session), loaded.cascade(session).rows))

    def _index_findings(self) -> None:
        self._findings = {}
        for f in self.opened.findings:
            for item_id in f.items:
                self._findings.setdefault(item_id, []).append(f)

    def _on_sessions_changed(self, changed: set[int]) -> None:
        if changed and self.session_id not in changed:
            return
        rows = self._fetch()
        if rows and [n.item.id for n, _ in rows] == [n.item.id for n, _ in self._rows]:
            # Same rows: only times and texts moved. No reset, so an open editor survives.
            self._rows = rows
            self._index_findings()
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)
        else:
            self.show_session(self.session_id)

    def _on_findings_changed(self) -> None:
        self._index_findings()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1,
                                                               len(COLUMNS) - 1))

    # -- Qt's model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("AgendaModel", COLUMNS[section].header)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return ".".join(str(i + 1) for i in self._rows[section][1].path)
        return None

    # -- moving rows by drag and drop -------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(ROW_MIME, str(self._rows[rows[0]][0].item.id).encode())
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        """A row dropped before another row goes to that row's place, at its level;
        dropped below the last row, it goes to the end of the agenda."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME) \
                or self.session_id is None or self.opened.read_only:
            return False
        item_id = int(bytes(data.data(ROW_MIME)).decode())
        target = parent.row() if parent.isValid() else row
        if 0 <= target < len(self._rows):
            anchor = self._rows[target][0].item
            if anchor.id == item_id:
                return False
            parent_id, position = anchor.parent_id, anchor.position
        else:
            parent_id = None
            position = len(self.opened.loaded.agenda.get(self.session_id, []))
        moving = next((n.item for n, _ in self._rows if n.item.id == item_id), None)
        if moving is None:
            return False
        if moving.parent_id == parent_id and moving.position < position:
            position -= 1  # its own place frees up before the anchor
        return self.opened.push(commands.MoveRow(
            self.opened, self.session_id, item_id,
            translate("Edit", "Move row"), parent_id, position))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self.opened.read_only \
                else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.opened.read_only:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        node = self._rows[index.row()][0]
        spec = COLUMNS[index.column()]
        editable = spec.editable and not self.opened.read_only
        if spec.key == "duration" and (node.children or node.item.marker or
                                       node.item.duration is None):
            editable = False  # a block lasts as long as its rows; a marker has no length
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        node, timed = self._rows[index.row()]
        item, key = node.item, COLUMNS[index.column()].key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(node, timed, key, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.BackgroundRole:
            found = self._findings.get(item.id or 0)
            if found:
                worst = min(found, key=lambda f: list(Severity).index(f.severity)).severity
                return QBrush(SEVERITY_COLOURS[worst])
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            found = self._findings.get(item.id or 0)
            return "\n".join(f.text(self.lang) for f in found) if found else None
        if role == Qt.ItemDataRole.FontRole and key in ("time", "start") \
                and item.start_min is not None:
            font = QFont()
            font.setBold(True)  # a pinned (hard) start stands out from the cascade
            return font
        return None

    def _text(self, node: ItemNode, timed: TimedRow, key: str, editing: bool) -> Any:
        item = node.item
        if key == "time":
            return f"({format_time(timed.start)}~)" if item.marker else \
                format_range(timed.start, timed.end)
        if key == "duration":
            if editing:
                return item.duration or 0
            return "" if item.marker else str(timed.duration)
        if key == "start":
            return format_time(item.start_min) if item.start_min is not None else ""
        if key == "content":
            title = item.title.get(self.lang) or item.title.get("en" if self.lang == "ko"
                                                                 else "ko", "")
            if editing:
                return item.title.get(self.lang, "")
            mark = item.bullet if item.bullet is not None else ("○" if timed.depth == 0 else "-")
            indent = "    " * timed.depth
            return f"{indent}{mark} {title}".rstrip() if mark else f"{indent}{title}"
        if key == "remarks":
            return item.remarks.get(self.lang, "") if editing else \
                (item.remarks.get(self.lang) or item.remarks.get("en" if self.lang == "ko"
                                                                  else "ko", ""))
        if key == "interpretation":
            mode = item.interpretation_mode
            return MODE_LABELS[Mode(mode)][self.lang] if mode else ""
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.session_id is None:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        item = self._rows[index.row()][0].item
        key = COLUMNS[index.column()].key
        make = self._edit_for(key, item, value)
        if make is None:
            return False
        return self.opened.push(make())

    def _edit_for(self, key: str, item: Any, value: Any) -> Callable[[], Any] | None:
        sid, item_id, ev = self.session_id, item.id, self.opened
        assert sid is not None
        if key == "duration":
            text = str(value).strip()
            if not text.isdecimal():  # '2.5', '-3', 'ten': refused, never read as 25 or 3
                ev.edit_refused.emit(self.tr(
                    "\"{0}\" is not a whole number of minutes: a row lasts 1 to {1} minutes."
                ).format(text, MAX_ROW_MINUTES))
                return None
            minutes = int(text)
            if not 1 <= minutes <= MAX_ROW_MINUTES:
                ev.edit_refused.emit(self.tr(
                    "A row lasts at least one minute and at most {0} (a day), not {1}."
                ).format(MAX_ROW_MINUTES, minutes))
                return None
            if minutes == item.duration:
                return None
            return lambda: commands.SetDuration(ev, sid, item_id, minutes)
        if key == "start":
            text = str(value).strip()
            try:
                start = parse_time(text) if text else None
            except TimeFormatError:
                ev.edit_refused.emit(self.tr(
                    "\"{0}\" is not a time of day: write HH:MM, from 00:00 to 23:59.").format(text))
                return None
            if start == item.start_min:
                return None
            return lambda: commands.PinStart(ev, sid, item_id, start)
        if key in ("content", "remarks"):
            field = "title" if key == "content" else "remarks"
            text = str(value)
            if text == getattr(item, field).get(self.lang, ""):
                return None
            return lambda: commands.SetRowText(ev, sid, item_id, field, self.lang, text)
        return None
