"""Rooms and interpreters of the event, as editable tables, with ways to add to them."""

from __future__ import annotations

from PySide6.QtWidgets import (QHBoxLayout, QPushButton, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from ui import commands
from ui.context import OpenEvent
from ui.models.records import interpreters_model, rooms_model


class VenuePanel(QWidget):
    """Two tables (rooms, interpreters) edited in place; every change is undoable."""

    def __init__(self, opened: OpenEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.rooms_model = rooms_model(opened, self)
        self.interpreters_model = interpreters_model(opened, self)
        tabs = QTabWidget()
        for model, name, title in ((self.rooms_model, "roomsTable", self.tr("Rooms")),
                                   (self.interpreters_model, "interpretersTable",
                                    self.tr("Interpreters"))):
            view = QTableView()
            view.setObjectName(name)
            view.setModel(model)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().hide()
            tabs.addTab(view, title)
        add_room = QPushButton(self.tr("Add room"))
        add_room.clicked.connect(self.add_room)
        add_person = QPushButton(self.tr("Add interpreter"))
        add_person.clicked.connect(self.add_interpreter)
        buttons = QHBoxLayout()
        for button in (add_room, add_person):
            button.setEnabled(not opened.read_only)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tabs, 1)
        layout.addLayout(buttons)

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
