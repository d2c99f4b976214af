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
TITLE = Qt.ItemDataRole.UserRole + 3
"""A session row's title alone (its text begins with the time and the interpretation mark)."""
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
        """Retitle the changed sessions where they are, moved within their day if their time
        moved them; rebuild only when sessions came, went or changed day."""
        loaded = self.opened.loaded
        order = [s.id for s in loaded.sessions]
        if not changed or len(order) != len(self._order) or set(order) != set(self._order) \
                or any(sid not in self._items or self._items[sid].parent().data(DAY)
                       != loaded.session_by_id[sid].date for sid in changed):
            self.rebuild()
            return
        for sid in changed:
            self._fill(self._items[sid], loaded.session_by_id[sid])
        if order != self._order:
            self._reorder(order, changed)

    def _reorder(self, order: list[int], changed: set[int]) -> None:
        """The changed sessions' days shown in their new order, their rows written again in
        place (a 5-minute move on the timeline reorders a day; rebuilding 800 rows for it is
        slow, and taking a row out would move the chosen session's selection)."""
        loaded = self.opened.loaded
        for day in {loaded.session_by_id[sid].date for sid in changed}:
            day_item = self._items[next(sid for sid in changed
                                        if loaded.session_by_id[sid].date == day)].parent()
            wanted = [sid for sid in order if loaded.session_by_id[sid].date == day]
            for row, sid in enumerate(wanted):
                child = day_item.child(row)
                if child.data(SESSION_ID) != sid:
                    child.setData(sid, SESSION_ID)
                    self._fill(child, loaded.session_by_id[sid])
                    self._items[sid] = child
        self._order = order
        self.rebuilt.emit()  # the window puts the selection back on its session

    def _fill(self, item: QStandardItem, s) -> None:  # noqa: ANN001 - a loaded session
        loaded = self.opened.loaded
        room = loaded.room_by_id.get(s.room_id) if s.room_id is not None else None
        title = in_language(s.title, self.lang)
        # The mark before the title, so a long title cut short at the panel's edge keeps it.
        mark = MODE_MARKS.get(s.interpretation_mode, "\u3000")  # none: a blank as wide
        span = f"{format_time(s.start_min)}~{format_time(s.end_min)}"
        item.setText(f"{span} {mark} {title}")
        item.setData(title, TITLE)
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
