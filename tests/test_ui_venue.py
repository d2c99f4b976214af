"""Rooms and interpreters taken out of the event from their tables, as a coordinator does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow


def choose(qtbot, table, row: int) -> None:  # noqa: ANN001
    """Click a row of a venue table."""
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentIndex().row() == row


def test_a_room_no_session_uses_goes_and_comes_back(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    venue = window.venue
    venue.tabs.setCurrentIndex(0)
    assert venue.remove_room_button.isVisibleTo(venue)
    assert not venue.remove_interpreter_button.isVisibleTo(venue)
    qtbot.mouseClick(venue.add_room_button, Qt.MouseButton.LeftButton)
    rooms = [r.key for r in window.opened.loaded.rooms]
    choose(qtbot, venue.rooms_table, len(rooms) - 1)
    qtbot.mouseClick(venue.remove_room_button, Qt.MouseButton.LeftButton)
    assert [r.key for r in window.opened.loaded.rooms] == rooms[:-1]
    assert window.undo_action.text() == "&Undo Delete room"
    window.undo_action.trigger()
    assert [r.key for r in window.opened.loaded.rooms] == rooms


def test_a_room_in_use_stays_and_the_reason_is_said(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    venue = window.venue
    used = {s.room_id for s in window.opened.loaded.sessions}
    row = next(r for r in range(venue.rooms_model.rowCount())
               if venue.rooms_model.record(r).id in used)
    count = len(window.opened.loaded.rooms)
    choose(qtbot, venue.rooms_table, row)
    qtbot.mouseClick(venue.remove_room_button, Qt.MouseButton.LeftButton)
    assert len(window.opened.loaded.rooms) == count
    assert "use this room" in window.statusBar().currentMessage()
    assert window.opened.undo_stack.count() == 0


def test_an_assigned_interpreter_goes_only_when_confirmed(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    interaction = window.interaction
    assert isinstance(interaction, HeadlessInteraction)
    venue = window.venue
    venue.tabs.setCurrentIndex(1)
    loaded = window.opened.loaded
    row = next(r for r in range(venue.interpreters_model.rowCount())
               if any(a.interpreter_id == venue.interpreters_model.record(r).id
                      for a in loaded.assignments))
    person = venue.interpreters_model.record(row)
    errors_before = [f.text("en") for f in window.opened.findings if person.key in f.interpreters]
    assert errors_before  # KO-EN interpreter 1's changeover, which goes with them
    choose(qtbot, venue.interpreters_table, row)
    interaction.answers.append(False)  # "Take them off those sessions?" — No
    qtbot.mouseClick(venue.remove_interpreter_button, Qt.MouseButton.LeftButton)
    assert person.id in loaded.interpreter_by_id
    interaction.answers.append(True)
    qtbot.mouseClick(venue.remove_interpreter_button, Qt.MouseButton.LeftButton)
    assert person.id not in loaded.interpreter_by_id
    assert not [a for a in loaded.assignments if a.interpreter_id == person.id]
    assert not [f for f in window.opened.findings if person.key in f.interpreters]
    assert window.undo_action.text() == "&Undo Remove interpreter"
    window.undo_action.trigger()
    assert person.id in loaded.interpreter_by_id
    assert [a for a in loaded.assignments if a.interpreter_id == person.id]
    assert [f.text("en") for f in window.opened.findings if person.key in f.interpreters] == \
        errors_before
    window.redo_action.trigger()
    assert person.id not in loaded.interpreter_by_id


def test_a_new_room_opens_its_name_for_typing_and_names_get_the_width(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication, QLineEdit

    from .test_ui_window import type_text

    venue = window.venue
    venue.tabs.setCurrentIndex(0)
    qtbot.mouseClick(venue.add_room_button, Qt.MouseButton.LeftButton)
    table, model = venue.rooms_table, venue.rooms_model
    assert table.currentIndex().row() == model.rowCount() - 1
    assert table.currentIndex().column() == model.name_column("ko")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the cell is open: type the name at once
    editor.selectAll()
    type_text(editor, qtbot, "국제회의실")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view hands the edit to the model once the editor closes
    assert window.opened.loaded.rooms[-1].name["ko"] == "국제회의실"
    assert model.headerData(model.columnCount() - 1, Qt.Orientation.Horizontal) == "Key"
    widths = [table.columnWidth(c) for c in range(model.columnCount())]
    assert widths[model.name_column("ko")] >= max(
        w for c, w in enumerate(widths) if c not in (model.name_column("ko"),
                                                     model.name_column("en")))


def open_modes_cell(qtbot, window: MainWindow, row: int):  # noqa: ANN001, ANN201
    """Double-click an interpreter's Modes cell: the line to type in over the tick boxes."""
    from ui.modes_editor import ModesEditor

    venue = window.venue
    table, model = venue.interpreters_table, venue.interpreters_model
    modes = next(c for c, spec in enumerate(model.columns) if spec.header == "Modes")
    cell = model.index(row, modes)
    table.scrollTo(cell)
    rect = table.visualRect(cell)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editors = [e for e in table.viewport().findChildren(ModesEditor) if e.isVisible()]
    assert len(editors) == 1
    return editors[0], cell


def tick(qtbot, editor, word: str) -> None:  # noqa: ANN001
    """Click the tick box of a mode, as shown in the list."""
    from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

    items = editor.list.findItems(word, Qt.MatchFlag.MatchExactly)
    assert items, word
    rect = editor.list.visualItemRect(items[0])
    option = QStyleOptionViewItem()
    option.rect = rect
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = QApplication.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, editor.list)
    qtbot.mouseClick(editor.list.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_a_new_interpreters_modes_are_ticked_or_typed_and_a_refusal_stays_at_the_cell(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from PySide6.QtGui import QBrush
    from PySide6.QtWidgets import QApplication

    from .test_ui_window import type_text

    venue = window.venue
    window.show_panel("venue")
    venue.tabs.setCurrentIndex(1)
    qtbot.mouseClick(venue.add_interpreter_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # keep the name for now
    person = window.opened.loaded.interpreters[-1]
    assert person.modes == []  # nothing assumed: a new interpreter works in no mode yet
    row = venue.interpreters_model.rowCount() - 1
    pushed = window.opened.undo_stack.count()

    editor, cell = open_modes_cell(qtbot, window, row)
    assert editor.geometry().bottom() <= venue.interpreters_table.viewport().height()
    tick(qtbot, editor, "simultaneous")
    tick(qtbot, editor, "consecutive")
    assert editor.line.text() == "simultaneous, consecutive"  # the ticks read back as words
    qtbot.keyClick(editor.list, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.opened.loaded.interpreters[-1].modes == ["simultaneous", "consecutive"]
    assert window.opened.undo_stack.count() == pushed + 1

    editor, cell = open_modes_cell(qtbot, window, row)
    editor.line.selectAll()
    type_text(editor.line, qtbot, "위스퍼링, 시역")  # the usual words, typed
    assert [editor.list.item(r).checkState() == Qt.CheckState.Checked
            for r in range(editor.list.count())] == [False, False, True, True, False]
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.opened.loaded.interpreters[-1].modes == ["whispered", "sight"]

    editor, cell = open_modes_cell(qtbot, window, row)
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, "simul, telepathy")
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.opened.loaded.interpreters[-1].modes == ["whispered", "sight"]  # unchanged
    reason = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "telepathy" in reason and reason in window.statusBar().currentMessage()
    assert isinstance(cell.data(Qt.ItemDataRole.BackgroundRole), QBrush)  # marked at the cell
    assert cell.data(Qt.ItemDataRole.EditRole) == "simul, telepathy"  # to correct, not retype

    editor, cell = open_modes_cell(qtbot, window, row)
    assert editor.line.text() == "simul, telepathy"
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, "simul, chuchotage")
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.opened.loaded.interpreters[-1].modes == ["simultaneous", "whispered"]
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None  # the good edit clears the mark
    assert cell.data(Qt.ItemDataRole.ToolTipRole) is None
