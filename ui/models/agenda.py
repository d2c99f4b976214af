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
from planner.clock import (TimeFormatError, format_clock, format_clock_range, format_time,
                           parse_typed_time)
from planner.vocabulary import MODE_LABELS, Mode, Severity, parse_language_codes
from ui import commands
from ui.context import OpenEvent
from ui.edit_names import translate
from ui.refusals import not_a_time_text

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
    ColumnSpec("interpretation", QT_TRANSLATE_NOOP("AgendaModel", "Interpretation"), True, 130),
    ColumnSpec("languages", QT_TRANSLATE_NOOP("AgendaModel", "Languages"), True, 64),
]
COLUMN = {spec.key: i for i, spec in enumerate(COLUMNS)}
MAX_ROW_MINUTES = 24 * 60
"""The longest a row can last: a day."""
ROW_MIME = "application/x-agenda-planner-row"
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1
"""The content cell's details (the ① ② lines printed under the row), as shown."""
INHERIT = ""
"""The interpretation cell's value for a row interpreted as its session."""
UNTRANSLATED = QColor("#808080")
"""A text shown in the other language, because this one has none yet."""
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
        if spec.key in ("interpretation", "languages") and node.item.marker:
            editable = False  # a marker is a moment: nobody speaks in it
        if spec.key == "languages" and node.item.interpretation_mode is None:
            editable = False  # a row interpreted as its session has the session's languages
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
        if role == DETAILS_ROLE:
            return self._details(item) if key == "content" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, timed, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._untranslated(item, key) or self._inherited(item, key):
                return QBrush(UNTRANSLATED)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if key in ("time", "start") and item.start_min is not None:
                font = QFont()
                font.setBold(True)  # a pinned (hard) start stands out from the cascade
                return font
            if self._untranslated(item, key) or self._inherited(item, key):
                font = QFont()
                font.setItalic(True)
                return font
        return None

    def _other(self) -> str:
        return "en" if self.lang == "ko" else "ko"

    def _details(self, item: Any) -> str:
        return item.details.get(self.lang) or item.details.get(self._other(), "")

    def _untranslated(self, item: Any, key: str) -> bool:
        """The cell shows the other language's text: this language has none yet."""
        fields = {"content": ("title", "details"), "remarks": ("remarks",)}.get(key, ())
        return any(not getattr(item, f).get(self.lang) and getattr(item, f).get(self._other())
                   for f in fields)

    def _inherited(self, item: Any, key: str) -> bool:
        """The languages cell of a row with its own mode shows its session's languages."""
        return key == "languages" and item.interpretation_mode is not None \
            and not item.interpretation_languages

    def _tooltip(self, node: ItemNode, timed: TimedRow, key: str) -> str | None:
        item = node.item
        lines = []
        if key == "content" and self._details(item):
            lines.append(self._text(node, timed, key, False).strip() + "\n" + self._details(item))
        if self._untranslated(item, key):
            lines.append(self.tr("No English text yet") if self.lang == "en"
                         else self.tr("No Korean text yet"))
        if self._inherited(item, key):
            lines.append(self.tr("As the session"))
        lines += [f.text(self.lang) for f in self._findings.get(item.id or 0, [])]
        return "\n".join(lines) or None

    def _text(self, node: ItemNode, timed: TimedRow, key: str, editing: bool) -> Any:
        item = node.item
        if key == "time":
            # Past midnight as the run sheet prints it (익일 01:20), not as 25:20.
            return f"({format_clock(timed.start, self.lang)}~)" if item.marker else \
                format_clock_range(timed.start, timed.end, self.lang)
        if key == "duration":
            if editing:
                return item.duration or 0
            return "" if item.marker else str(timed.duration)
        if key == "start":
            return format_time(item.start_min) if item.start_min is not None else ""
        if key == "content":
            title = item.title.get(self.lang) or item.title.get(self._other(), "")
            if editing:  # the title on the first line, the details on the lines below
                details = item.details.get(self.lang, "")
                return item.title.get(self.lang, "") + (f"\n{details}" if details else "")
            mark = item.bullet if item.bullet is not None else ("○" if timed.depth == 0 else "-")
            indent = "    " * timed.depth
            return f"{indent}{mark} {title}".rstrip() if mark else f"{indent}{title}"
        if key == "remarks":
            return item.remarks.get(self.lang, "") if editing else \
                (item.remarks.get(self.lang) or item.remarks.get("en" if self.lang == "ko"
                                                                  else "ko", ""))
        if key == "interpretation":
            mode = item.interpretation_mode
            if editing:
                return mode or INHERIT
            return MODE_LABELS[Mode(mode)][self.lang] if mode else ""
        if key == "languages":
            if item.interpretation_mode is None:
                return ""
            own = item.interpretation_languages
            if editing:
                return ", ".join(own or [])
            session = self.opened.loaded.session_by_id.get(self.session_id)
            return ", ".join(own or (session.interpretation_languages if session else []))
        return None

    def session_mode(self) -> str:
        """The mode of the session shown: what a row 'as the session' is interpreted in."""
        session = self.opened.loaded.session_by_id.get(self.session_id) \
            if self.session_id else None
        return session.interpretation_mode if session is not None else Mode.NONE

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
            try:  # 11:30, 1130 and 9:05 alike; nothing typed unpins
                start = parse_typed_time(text) if text else None
            except TimeFormatError:
                ev.edit_refused.emit(not_a_time_text(text))
                return None
            if start == item.start_min:
                return None
            return lambda: commands.PinStart(ev, sid, item_id, start)
        if key == "content":
            title, _, details = str(value).partition("\n")
            typed = {"title": title.rstrip(),
                     "details": "\n".join(line.rstrip() for line in details.split("\n")).strip("\n")}
            changed = {f: t for f, t in typed.items() if t != getattr(item, f).get(self.lang, "")}
            if not changed:
                return None
            return lambda: commands.SetRowContent(ev, sid, item_id, self.lang, changed)
        if key == "remarks":
            text = str(value).rstrip()
            if text == item.remarks.get(self.lang, ""):
                return None
            return lambda: commands.SetRowText(ev, sid, item_id, "remarks", self.lang, text)
        if key == "interpretation":
            return self._interpretation_edit(item, str(value or INHERIT))
        if key == "languages":
            codes = parse_language_codes(str(value))
            if codes is None:
                ev.edit_refused.emit(self.tr("Languages are codes like ko, en, fr."))
                return None
            languages = codes or None  # nothing typed: the session's languages
            if languages == item.interpretation_languages:
                return None
            return lambda: commands.SetRowInterpretation(ev, sid, item_id,
                                                         interpretation_languages=languages)
        return None

    def _interpretation_edit(self, item: Any, value: str) -> Callable[[], Any] | None:
        sid, item_id, ev = self.session_id, item.id, self.opened
        assert sid is not None
        mode = value or None
        if mode == item.interpretation_mode:
            return None
        changes: dict[str, object] = {"interpretation_mode": mode}
        if mode is None and item.interpretation_languages is not None:
            changes["interpretation_languages"] = None  # as the session: its languages too
        session = ev.loaded.session_by_id[sid]
        if mode not in (None, Mode.NONE) and len(item.interpretation_languages or
                                                 session.interpretation_languages) < 2:
            changes["interpretation_languages"] = list(ev.loaded.event.languages)
        return lambda: commands.SetRowInterpretation(ev, sid, item_id, **changes)
