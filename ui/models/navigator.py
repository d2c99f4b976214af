"""Days, then sessions in time order: the event navigator's model."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from exports.labels import format_date
from planner.clock import format_time
from ui.context import OpenEvent

SESSION_ID = Qt.ItemDataRole.UserRole + 1
MODE_MARKS = {"simultaneous": "◎", "remote-simultaneous": "◎", "consecutive": "◐",
              "whispered": "◔", "sight": "◑"}


class NavigatorModel(QStandardItemModel):
    """A two-level tree rebuilt from the loaded event whenever sessions change."""

    def __init__(self, event: OpenEvent, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opened = event
        self.lang = "ko"
        self.rebuild()
        event.sessions_changed.connect(lambda _changed: self.rebuild())

    def rebuild(self) -> None:
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("Programme")])
        loaded = self.opened.loaded
        for day in loaded.days:
            day_item = QStandardItem(format_date(day, self.lang))
            day_item.setEditable(False)
            for s in (s for s in loaded.sessions if s.date == day):
                room = loaded.room_by_id.get(s.room_id) if s.room_id is not None else None
                title = s.title.get(self.lang) or s.title.get("ko") or s.title.get("en", "")
                mark = MODE_MARKS.get(s.interpretation_mode, "")
                text = f"{format_time(s.start_min)}-{format_time(s.end_min)}  {title}"
                if mark:
                    text += f"  {mark}"
                child = QStandardItem(text)
                child.setEditable(False)
                child.setData(s.id, SESSION_ID)
                where = (room.name.get(self.lang) or room.name.get("ko", "")) if room else ""
                child.setToolTip(f"{where} {room.floor}".strip() if room else "")
                day_item.appendRow(child)
            self.appendRow(day_item)

    def index_of_session(self, session_id: int):  # noqa: ANN201 - a QModelIndex
        for r in range(self.rowCount()):
            day = self.item(r)
            for c in range(day.rowCount()):
                if day.child(c).data(SESSION_ID) == session_id:
                    return day.child(c).index()
        return None
