"""The main window's Session menu: add, duplicate and delete sessions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ui import commands

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
        """A new one-hour session after the shown one (or at 09:00 on the event's first day)."""
        if self.opened is None:
            return
        loaded = self.opened.loaded
        current = loaded.session_by_id.get(self.editor.session_id or 0)
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
