"""What the session views say in an event with no sessions yet: how to add the first one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.context import OpenEvent

ADD_SESSION_KEY = "Ctrl+Shift+N"
"""Session ▸ Add session's key, said in the hint as the menu shows it."""


def no_sessions_heading() -> str:
    """The heading of a session view while the event has no sessions, in the interface language."""
    return QCoreApplication.translate("NoSessionsHint", "No sessions yet")


class NoSessionsHint(QWidget):
    """A line under a view's heading, shown only while the event has no sessions: where to
    add one, and a button that does it (the window connects it to Session ▸ Add session)."""

    add_requested = Signal()

    def __init__(self, opened: OpenEvent, titled: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noSessionsHint")
        self.opened = opened
        self.titled = titled
        """True where the view has no heading of its own: the line starts with it."""
        self.label = QLabel()
        self.label.setStyleSheet("color: #444;")
        self.button = QPushButton()
        self.button.setObjectName("addSessionButton")
        self.button.clicked.connect(self.add_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.hide()

    def refresh(self) -> bool:
        """Show the hint if the event has no sessions, hide it otherwise; True when shown."""
        empty = not self.opened.loaded.sessions
        self.setHidden(not empty)
        # Its words are set only while shown: out of sight, nothing of it is on screen.
        self.label.setText(self._words() if empty else "")
        self.button.setText(self.tr("Add session") if empty else "")
        self.button.setVisible(not self.opened.read_only)
        return empty

    def _words(self) -> str:
        if self.opened.read_only:
            return no_sessions_heading() + "." if self.titled else ""
        key = QKeySequence(ADD_SESSION_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        words = self.tr("Add the first session here, or with Session ▸ Add session ({0}).") \
            .format(key)
        return f"<b>{no_sessions_heading()}.</b> {words}" if self.titled else words

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt's override
        if e.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(e)
