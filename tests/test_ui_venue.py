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
