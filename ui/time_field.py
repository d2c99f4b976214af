"""A time of day typed the way people type it: 11:30, 1130, 9:05."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from planner.clock import MINUTES_PER_DAY, TimeFormatError, format_time, parse_typed_time


class TimeField(QLineEdit):
    """A start or end time. Entering the field selects it whole, so what is typed replaces
    it (``11:30``, ``1130``, ``9:05``, ``9``); the arrow keys step the hour or the minute
    under the cursor. What is typed is read when the field is left or Enter pressed
    (editingFinished); the editor that owns the field refuses aloud what is not a time."""

    def __init__(self, parent: QWidget | None = None, *, end_of_day: bool = False) -> None:
        super().__init__(parent)
        self.end_of_day = end_of_day
        """An end field: 24:00, the midnight a day's last session ends at, is a time too."""
        # Only the shape of a time can be typed; whether it is one is said on leaving.
        self.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"\d{0,4}|\d{1,2}[:.]\d{0,2}"), self))
        self.setMaxLength(5)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00") + 24)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._select_on_release = False

    def minutes(self) -> int:
        """The time typed, in minutes after midnight; TimeFormatError if it is not one."""
        return parse_typed_time(self.text(), end_of_day=self.end_of_day)

    def set_minutes(self, minutes: int | None) -> None:
        """Show a time (None: nothing, for no session)."""
        self.setText("" if minutes is None else format_time(minutes))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's override
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            self._select_on_release = True  # the click would put the cursor down after us
        else:
            QTimer.singleShot(0, self.selectAll)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's override
        super().mouseReleaseEvent(event)
        if self._select_on_release and not self.hasSelectedText():
            self.selectAll()
        self._select_on_release = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's override
        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 60,
                 Qt.Key.Key_PageDown: -60}
        if event.key() in steps:
            self._step(steps[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)

    def _step(self, by: int) -> None:
        """Up and Down: a minute, or an hour with the cursor on the hour; Page Up and Down:
        an hour. The day wraps round, as on a clock."""
        try:
            now = self.minutes()
        except TimeFormatError:
            return
        if abs(by) == 1 and self.cursorPosition() <= 2 and not self.hasSelectedText():
            by *= 60
        cursor = self.cursorPosition()
        self.set_minutes((now + by) % MINUTES_PER_DAY)
        self.setCursorPosition(cursor)
