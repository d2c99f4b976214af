"""The main window's Session menu: add, duplicate and delete sessions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ui import commands
from ui.models.navigator import DAY, SESSION_ID

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class SessionActions:
    """Session menu work of the main window; each one undoable command."""

    def _new_key(self: MainWindow, base: str) -> str:
        taken = {s.key for s in self.opened.loaded.sessions}  # type: ignore[union-attr]
        n = 1
        while f"{base}-{n}" in taken:
            n += 1
        return f"{base}-{n}"

    def add_session(self: MainWindow) -> None:
        """A new one-hour session after the shown one; on a day chosen in the programme, after
        that day's last session (or at 09:00 on the event's first day, in an empty event)."""
        if self.opened is None:
            return
        loaded = self.opened.loaded
        current = loaded.session_by_id.get(self.editor.session_id or 0)
        day_chosen = self._programme_day()
        if day_chosen is not None and (current is None or current.date != day_chosen):
            current = max((s for s in loaded.sessions if s.date == day_chosen),
                          key=lambda s: (s.end_min, s.start_min), default=None)
        if current is not None:
            day, start, room = current.date, min(current.end_min, 23 * 60), current.room_id
        else:
            day = loaded.days[0] if loaded.days else dt.date.today()
            start, room = 9 * 60, None
        command = commands.AddSession(self.opened, self._new_key("session"),
                                      {"ko": "새 세션", "en": "New session"}, day, start,
                                      min(start + 60, 24 * 60), room)
        if self.opened.push(command):
            self.select_session(command.session_id)

    def _programme_day(self: MainWindow) -> dt.date | None:
        """The day chosen in the programme, when a day (not a session) is its current item."""
        index = self.navigator.currentIndex()
        if not index.isValid() or index.data(SESSION_ID) is not None:
            return None
        return index.data(DAY)

    def duplicate_session(self: MainWindow) -> None:
        if self.opened is None or self.editor.session_id is None:
            return
        source = self.opened.loaded.session_by_id[self.editor.session_id]
        command = commands.DuplicateSession(self.opened, source.id,
                                            self._new_key(source.key), source.date)
        if self.opened.push(command):
            self.select_session(command.session_id)

    def delete_session(self: MainWindow) -> None:
        if self.opened is None or self.editor.session_id is None:
            return
        sessions = self.opened.loaded.sessions
        index = next(i for i, s in enumerate(sessions) if s.id == self.editor.session_id)
        self.opened.push(commands.DeleteSession(self.opened, self.editor.session_id))
        if sessions:
            self.select_session(sessions[min(index, len(sessions) - 1)].id)
