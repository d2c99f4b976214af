"""Rooms and interpreters of the event, as editable tables, with ways to add to them."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QHBoxLayout, QPushButton, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from ui import commands
from ui.context import OpenEvent
from ui.i18n import headers_retranslated
from ui.models.records import interpreters_model, rooms_model


class VenuePanel(QWidget):
    """Two tables (rooms, interpreters) edited in place; every change is undoable."""

    def __init__(self, opened: OpenEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.rooms_model = rooms_model(opened, self)
        self.interpreters_model = interpreters_model(opened, self)
        self.tabs = QTabWidget()
        for model, name in ((self.rooms_model, "roomsTable"),
                            (self.interpreters_model, "interpretersTable")):
            view = QTableView()
            view.setObjectName(name)
            view.setModel(model)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().hide()
            self.tabs.addTab(view, "")
        self.add_room_button = QPushButton()
        self.add_room_button.clicked.connect(self.add_room)
        self.add_interpreter_button = QPushButton()
        self.add_interpreter_button.clicked.connect(self.add_interpreter)
        buttons = QHBoxLayout()
        for button in (self.add_room_button, self.add_interpreter_button):
            button.setEnabled(not opened.read_only)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the tabs, buttons and headers again, in the interface language now installed."""
        self.tabs.setTabText(0, self.tr("Rooms"))
        self.tabs.setTabText(1, self.tr("Interpreters"))
        self.add_room_button.setText(self.tr("Add room"))
        self.add_interpreter_button.setText(self.tr("Add interpreter"))
        headers_retranslated(self.rooms_model)
        headers_retranslated(self.interpreters_model)
        model = self.interpreters_model  # its modes are words of the interface language
        if model.rowCount() and model.columnCount():
            model.dataChanged.emit(model.index(0, 0),
                                   model.index(model.rowCount() - 1, model.columnCount() - 1))

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt's override
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def add_room(self) -> None:
        """A new room, named to be renamed in its table."""
        taken = {r.key for r in self.opened.loaded.rooms}
        key = next(f"room-{n}" for n in range(1, len(taken) + 2) if f"room-{n}" not in taken)
        self.opened.push(commands.AddRoom(self.opened, key,
                                          {"ko": "새 회의실", "en": "New room"}))

    def add_interpreter(self) -> None:
        """A new interpreter working the event's languages both ways in every mode."""
        taken = {i.key for i in self.opened.loaded.interpreters}
        key = next(f"interpreter-{n}" for n in range(1, len(taken) + 2)
                   if f"interpreter-{n}" not in taken)
        languages = list(self.opened.loaded.event.languages)
        directions = [f"{a}>{b}" for a in languages for b in languages if a != b]
        modes = ["simultaneous", "consecutive", "whispered", "sight"]
        self.opened.push(commands.AddInterpreter(
            self.opened, key, {"ko": "새 통역사", "en": "New interpreter"}, languages,
            directions, modes))
