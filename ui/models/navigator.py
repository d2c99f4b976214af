"""Days, then sessions in time order: the event navigator's model."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from exports.labels import format_date
from planner.clock import format_time
from planner.rules.text import name as in_language
from planner.vocabulary import MODE_LABELS
from ui.context import OpenEvent

SESSION_ID = Qt.ItemDataRole.UserRole + 1
DAY = Qt.ItemDataRole.UserRole + 2
MODE_MARKS = {"simultaneous": "◎", "remote-simultaneous": "◎", "consecutive": "◐",
              "whispered": "◔", "sight": "◑"}


class NavigatorModel(QStandardItemModel):
    """A two-level tree rebuilt from the loaded event whenever sessions change.

    `rebuilt` comes once the rows are back (the reset signal comes while the tree is
    still empty), so a view can open its days and select again then.
    """

    rebuilt = Signal()

    def __init__(self, event: OpenEvent, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opened = event
        self.lang = "ko"
        self._order: list[int] = []
        self._items: dict[int, QStandardItem] = {}
        self.rebuild()
        event.sessions_changed.connect(self._on_sessions_changed)

    def _on_sessions_changed(self, changed: set[int]) -> None:
        """Retitle the changed sessions where they are; rebuild only when the order moved."""
        loaded = self.opened.loaded
        order = [s.id for s in loaded.sessions]
        if not changed or order != self._order or any(
                self._items[sid].parent().text() != format_date(loaded.session_by_id[sid].date,
                                                                self.lang)
                for sid in changed if sid in self._items):
            self.rebuild()
            return
        for sid in changed:
            self._fill(self._items[sid], loaded.session_by_id[sid])

    def _fill(self, item: QStandardItem, s) -> None:  # noqa: ANN001 - a loaded session
        loaded = self.opened.loaded
        room = loaded.room_by_id.get(s.room_id) if s.room_id is not None else None
        title = in_language(s.title, self.lang)
        # The mark before the title, so a long title cut short at the panel's edge keeps it.
        mark = MODE_MARKS.get(s.interpretation_mode, "\u3000")  # none: a blank as wide
        span = f"{format_time(s.start_min)}~{format_time(s.end_min)}"
        item.setText(f"{span} {mark} {title}")
        where = f"{in_language(room.name, self.lang)} {room.floor}".strip() if room else ""
        mode = MODE_LABELS.get(s.interpretation_mode, {}).get(self.lang, "")
        item.setToolTip("\n".join(t for t in (f"{span} {title}", where, mode) if t))

    def rebuild(self) -> None:
        self._items = {}  # before clear(): its reset signal lets views look items up
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("Programme")])
        loaded = self.opened.loaded
        for day in loaded.days:
            day_item = QStandardItem(format_date(day, self.lang))
            day_item.setEditable(False)
            day_item.setData(day, DAY)
            for s in (s for s in loaded.sessions if s.date == day):
                child = QStandardItem()
                child.setEditable(False)
                child.setData(s.id, SESSION_ID)
                self._fill(child, s)
                self._items[s.id] = child
                day_item.appendRow(child)
            self.appendRow(day_item)
        self._order = [s.id for s in loaded.sessions]
        self.rebuilt.emit()

    def index_of_session(self, session_id: int):  # noqa: ANN201 - a QModelIndex
        item = self._items.get(session_id)
        return item.index() if item is not None else None
