"""Choosing what to print: the whole run sheet, a day's, a session's, or an interpreter's sheet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QLabel, QRadioButton, QVBoxLayout, QWidget)

PRINT_KINDS = ("event", "day", "session", "interpreter")
"""What can be printed: the whole run sheet, one day's, one session's, an interpreter's sheet."""


@dataclass(frozen=True)
class PrintChoice:
    """One document to print, in one language."""

    kind: str
    lang: str = "ko"
    day: dt.date | None = None
    session_key: str | None = None
    interpreter_key: str | None = None


@dataclass
class PrintOptions:
    """What the event offers to print, as the dialog names it, and what is chosen at first."""

    days: list[tuple[dt.date, str]] = field(default_factory=list)
    session: tuple[str, str] | None = None
    """The session shown in the window: its key and title."""
    interpreters: list[tuple[str, str]] = field(default_factory=list)
    """Keys and names."""
    chosen: PrintChoice = PrintChoice("event")


class PrintDialog(QDialog):
    """One document among those the event has, and its language; then Qt's print dialog."""

    def __init__(self, options: PrintOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print"))
        self.options = options
        chosen = options.chosen
        self.kinds = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.day = QComboBox()
        for day, text in options.days:
            self.day.addItem(text, day)
        days = [day for day, _ in options.days]
        self.day.setCurrentIndex(days.index(chosen.day) if chosen.day in days else 0)
        self.interpreter = QComboBox()
        for key, name in options.interpreters:
            self.interpreter.addItem(name, key)
        keys = [key for key, _ in options.interpreters]
        self.interpreter.setCurrentIndex(keys.index(chosen.interpreter_key)
                                         if chosen.interpreter_key in keys else 0)
        session = options.session[1] if options.session else self.tr("(no session shown)")
        texts = {"event": self.tr("The whole &run sheet"),
                 "day": self.tr("The run sheet of one &day:"),
                 "session": self.tr("The run sheet of this &session:"),
                 "interpreter": self.tr("An &interpreter's sheet:")}
        grid = QGridLayout()
        for row, kind in enumerate(PRINT_KINDS):
            button = QRadioButton(texts[kind])
            self.buttons[kind] = button
            self.kinds.addButton(button, row)
            grid.addWidget(button, row, 0)
        self.session_name = QLabel(session)
        self.session_name.setWordWrap(True)
        grid.addWidget(self.day, 1, 1)
        grid.addWidget(self.session_name, 2, 1)
        grid.addWidget(self.interpreter, 3, 1)
        grid.setColumnStretch(1, 1)
        available = {"event": True, "day": bool(options.days),
                     "session": options.session is not None,
                     "interpreter": bool(options.interpreters)}
        for kind, button in self.buttons.items():
            button.setEnabled(available[kind])
        first = chosen.kind if available.get(chosen.kind) else "event"
        self.buttons[first].setChecked(True)
        self.day.activated.connect(lambda _i: self.buttons["day"].setChecked(True))
        self.interpreter.activated.connect(lambda _i: self.buttons["interpreter"].setChecked(True))
        self.lang = QComboBox()
        self.lang.addItem("한국어", "ko")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(max(0, self.lang.findData(chosen.lang)))
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Print…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 64)  # a title whole
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> PrintChoice:
        kind = PRINT_KINDS[self.kinds.checkedId()]
        return PrintChoice(
            kind, self.lang.currentData(),
            day=self.options.days[self.day.currentIndex()][0] if kind == "day" else None,
            session_key=self.options.session[0] if kind == "session" and self.options.session
            else None,
            interpreter_key=self.options.interpreters[self.interpreter.currentIndex()][0]
            if kind == "interpreter" else None)
