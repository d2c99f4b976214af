"""Times typed the way people type them, in the session's start and end fields and in the
agenda's start cells: 11:30, 1130, 9:05; an end before the start refused aloud."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QToolTip

from ui.i18n import InterfaceLanguage
from ui.main_window import MainWindow
from ui.models.agenda import COLUMN

from .test_ui_window import cell_editor

CTRL = Qt.KeyboardModifier.ControlModifier


def type_over(qtbot, field, text: str) -> None:  # noqa: ANN001
    """Click the field, select all of it, type, press Enter: as a coordinator does."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()


def shown(window: MainWindow):  # noqa: ANN201 - the loaded Session
    return window.opened.loaded.session_by_id[window.editor.session_id]


@pytest.mark.parametrize(("typed", "start", "end"), [
    ("11:30", "11:30", "12:00"), ("1130", "11:30", "12:00"), ("9:05", "09:05", "09:35"),
    ("905", "09:05", "09:35"), ("10", "10:00", "10:30")])
def test_a_start_typed_sets_that_time_and_the_end_follows(
        qtbot, window: MainWindow, typed: str, start: str, end: str) -> None:  # noqa: ANN001
    editor = window.editor
    assert (shown(window).start_min, shown(window).end_min) == (9 * 60, 9 * 60 + 30)
    type_over(qtbot, editor.start, typed)
    hours, minutes = map(int, start.split(":"))
    assert shown(window).start_min == hours * 60 + minutes
    assert (editor.start.text(), editor.end.text()) == (start, end)  # written out in full


@pytest.mark.parametrize(("typed", "end_min"), [("11:30", 690), ("1130", 690), ("9:45", 585)])
def test_an_end_typed_sets_that_time(qtbot, window: MainWindow, typed: str,  # noqa: ANN001
                                     end_min: int) -> None:
    type_over(qtbot, window.editor.end, typed)
    assert (shown(window).start_min, shown(window).end_min) == (9 * 60, end_min)


def test_an_end_before_the_start_is_refused_and_says_so(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    window.statusBar().clearMessage()
    type_over(qtbot, editor.end, "8:30")
    assert (shown(window).start_min, shown(window).end_min) == (9 * 60, 9 * 60 + 30)
    said = "A session ends after it starts: 08:30 is not after 09:00."
    assert window.statusBar().currentMessage() == said
    assert QToolTip.text() == said  # at the field too
    assert editor.end.text() == "09:30"  # the stored end comes back
    assert not window.opened.undo_stack.count()


def test_what_is_not_a_time_is_refused_with_how_to_write_one(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    for typed in ("25:00", "12:75", "9:5"):
        window.statusBar().clearMessage()
        type_over(qtbot, editor.start, typed)
        assert window.statusBar().currentMessage() == \
            f'"{typed}" is not a time of day: type it as 11:30, 1130 or 9:05.'
        assert editor.start.text() == "09:00" and shown(window).start_min == 9 * 60
    assert not window.opened.undo_stack.count()


def test_the_refusals_in_korean(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    language = InterfaceLanguage(QCoreApplication.instance())
    language.use("ko")
    try:
        type_over(qtbot, window.editor.end, "0830")
        assert window.statusBar().currentMessage() == \
            "세션은 시작한 뒤에 끝납니다. 08:30은(는) 09:00 뒤가 아닙니다."
        type_over(qtbot, window.editor.start, "2400")
        assert window.statusBar().currentMessage() == \
            "\"2400\"은(는) 하루 중의 시각이 아닙니다. 11:30, 1130, 9:05처럼 입력하세요."
    finally:
        language.use("en")


def test_the_arrow_keys_step_the_hour_or_the_minute(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    field = window.editor.start
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.setCursorPosition(1)  # on the hour
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "10:00"
    field.setCursorPosition(4)  # on the minutes
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.text() == "09:59"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert shown(window).start_min == 9 * 60 + 59


def type_into_cell(qtbot, window: MainWindow, row: int, text: str) -> None:  # noqa: ANN001
    """Select the row's start cell, open it with F2, select all, type, press Enter."""
    table = window.editor.table
    table.setFocus()
    table.setCurrentIndex(window.editor.model.index(row, COLUMN["start"]))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = cell_editor(table)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


@pytest.mark.parametrize(("typed", "minutes", "shown_as"), [
    ("09:10", 550, "09:10"), ("0910", 550, "09:10"), ("9:05", 545, "09:05"),
    ("905", 545, "09:05")])
def test_a_start_cell_takes_a_time_as_typed(qtbot, window: MainWindow, typed: str,  # noqa: ANN001
                                            minutes: int, shown_as: str) -> None:
    model = window.editor.model
    type_into_cell(qtbot, window, 2, typed)
    assert model.node(2).item.start_min == minutes
    assert model.index(2, COLUMN["start"]).data() == shown_as


def test_a_start_cell_refuses_what_is_not_a_time(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    model = window.editor.model
    before = model.node(2).item.start_min
    type_into_cell(qtbot, window, 2, "2500")
    assert model.node(2).item.start_min == before
    assert window.statusBar().currentMessage() == \
        '"2500" is not a time of day: type it as 11:30, 1130 or 9:05.'
