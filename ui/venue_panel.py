"""Rooms and interpreters of the event, as editable tables, with ways to add and remove them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QPushButton, QStackedWidget, QTabBar,
                               QTableView, QVBoxLayout, QWidget)

from planner.vocabulary import directions_for
from ui import commands
from ui.context import OpenEvent
from ui.i18n import headers_retranslated
from ui.models.records import interpreters_model, rooms_model
from ui.modes_editor import ModesDelegate


class VenuePanel(QWidget):
    """Two tables (rooms, interpreters) edited in place; every change is undoable."""

    def __init__(self, opened: OpenEvent, parent: QWidget | None = None,
                 confirm: Callable[[str, str], bool] | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self._lang = "ko"
        self.confirm = confirm or (lambda _title, _text: True)
        """Asks before an interpreter with sessions is taken off them (the window's dialog)."""
        self.rooms_model = rooms_model(opened, self)
        self.interpreters_model = interpreters_model(opened, self)
        self.tabs = QTabBar()
        self.tabs.setObjectName("venueTabs")
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.stack = QStackedWidget()
        self.tables: list[QTableView] = []
        for model, name in ((self.rooms_model, "roomsTable"),
                            (self.interpreters_model, "interpretersTable")):
            view = QTableView()
            view.setObjectName(name)
            view.setModel(model)
            _fit_columns(view)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
            self.tabs.addTab("")
            self.stack.addWidget(view)
            self.tables.append(view)
        self.rooms_table, self.interpreters_table = self.tables
        modes = next(i for i, c in enumerate(self.interpreters_model.columns)
                     if c.header == "Modes")
        self.interpreters_table.setItemDelegateForColumn(
            modes, ModesDelegate(self.interpreters_table))  # ticked in a list, or typed
        self.add_room_button = QPushButton()
        self.add_room_button.clicked.connect(self.add_room)
        self.remove_room_button = QPushButton()
        self.remove_room_button.clicked.connect(self.remove_room)
        self.add_interpreter_button = QPushButton()
        self.add_interpreter_button.clicked.connect(self.add_interpreter)
        self.remove_interpreter_button = QPushButton()
        self.remove_interpreter_button.clicked.connect(self.remove_interpreter)
        self.header = QWidget()
        """The tabs and the buttons in one line; the window makes it the panel's title bar, so
        the panel's height goes to the rows."""
        self.header.setObjectName("venueHeader")
        line = QHBoxLayout(self.header)
        line.setContentsMargins(4, 0, 4, 0)
        line.addWidget(self.tabs)
        line.addStretch(1)
        for button in (self.add_room_button, self.remove_room_button,
                       self.add_interpreter_button, self.remove_interpreter_button):
            button.setEnabled(not opened.read_only)
            line.addWidget(button)
        self.tabs.currentChanged.connect(self.stack.setCurrentIndex)
        self.tabs.currentChanged.connect(self._show_buttons)
        self._show_buttons(self.tabs.currentIndex())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the tabs, buttons and headers again, in the interface language now installed."""
        self.tabs.setTabText(0, self.tr("Rooms"))
        self.tabs.setTabText(1, self.tr("Interpreters"))
        self.add_room_button.setText(self.tr("Add room"))
        self.add_interpreter_button.setText(self.tr("Add interpreter"))
        self.remove_room_button.setText(self.tr("Remove room"))
        self.remove_interpreter_button.setText(self.tr("Remove interpreter"))
        headers_retranslated(self.rooms_model)
        headers_retranslated(self.interpreters_model)
        self.interpreters_model.redisplay()  # its modes are words of the interface language

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt's override
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def add_room(self) -> None:
        """A new room, named to be renamed in its table."""
        taken = {r.key for r in self.opened.loaded.rooms}
        key = next(f"room-{n}" for n in range(1, len(taken) + 2) if f"room-{n}" not in taken)
        if self.opened.push(commands.AddRoom(self.opened, key,
                                             {"ko": "새 회의실", "en": "New room"})):
            self._edit_name(self.rooms_table, key)

    def add_interpreter(self) -> None:
        """A new interpreter working the event's languages both ways, in no mode yet: which
        modes they work in is ticked in their Modes cell, never assumed."""
        taken = {i.key for i in self.opened.loaded.interpreters}
        key = next(f"interpreter-{n}" for n in range(1, len(taken) + 2)
                   if f"interpreter-{n}" not in taken)
        languages = list(self.opened.loaded.event.languages)
        directions = directions_for(languages)
        if self.opened.push(commands.AddInterpreter(
                self.opened, key, {"ko": "새 통역사", "en": "New interpreter"}, languages,
                directions, [])):
            self._edit_name(self.interpreters_table, key)

    def _edit_name(self, table: QTableView, key: str) -> None:
        """The new record chosen and its name in the interface language open for typing."""
        model = table.model()
        row = next((r for r in range(model.rowCount()) if model.record(r).key == key), None)
        if row is None:
            return
        index = model.index(row, model.name_column(self.lang))
        table.setFocus()
        table.setCurrentIndex(index)
        table.scrollTo(index)
        table.edit(index)

    @property
    def lang(self) -> str:
        """The interface language: a new record's name is typed in it first, directions read
        in it."""
        return self._lang

    @lang.setter
    def lang(self, lang: str) -> None:
        self._lang = lang
        self.interpreters_model.set_language(lang)

    def _show_buttons(self, tab: int) -> None:
        """The buttons of the table shown: rooms' on the rooms tab, interpreters' on theirs."""
        for button in (self.add_room_button, self.remove_room_button):
            button.setVisible(tab == 0)
        for button in (self.add_interpreter_button, self.remove_interpreter_button):
            button.setVisible(tab == 1)

    def _current(self, table: QTableView) -> int | None:
        index = table.currentIndex()
        return index.row() if index.isValid() else None

    def remove_room(self) -> None:
        """The chosen room out of the event; refused, with the reason, while a session uses it."""
        row = self._current(self.rooms_table)
        if row is not None:
            self.opened.push(commands.DeleteRoom(self.opened, self.rooms_model.record(row).id))

    def remove_interpreter(self) -> None:
        """The chosen interpreter out of the pool; asked first when it takes them off sessions."""
        row = self._current(self.interpreters_table)
        if row is None:
            return
        person = self.interpreters_model.record(row)
        sessions = {a.session_id for a in self.opened.loaded.assignments
                    if a.interpreter_id == person.id}
        if sessions and not self.confirm(
                self.tr("Remove interpreter"),
                self.tr("This interpreter is assigned to {0} session(s). Take them off those "
                        "sessions and out of the event?").format(len(sessions))):
            return
        self.opened.push(commands.RemoveInterpreter(self.opened, person.id))


def _fit_columns(view: QTableView) -> None:
    """Names share what is left of the width; numbers and ticks as wide as their header; the
    long free texts (availability, contact) start at a reasonable width the user may change.
    No column is sized to its contents: that would measure every record after every edit."""
    header = view.horizontalHeader()
    model = view.model()
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        english = model.columns[column].header
        if english.startswith("Name"):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        shown = str(model.headerData(column, Qt.Orientation.Horizontal))
        wide = {"Availability": 220, "Contact": 130, "Languages": 90, "Directions": 120,
                "Modes": 150, "Key": 130}.get(english, 0)
        view.setColumnWidth(column, max(wide, metrics.horizontalAdvance(shown) + 24))
