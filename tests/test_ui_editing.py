"""The window while the coordinator types: keys act where they belong, nothing typed is lost,
the minutes column takes whole minutes, the views follow the chosen session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from db.document import EventDocument
from db.loading import load_event
from ui.i18n import InterfaceLanguage
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow
from ui.models.agenda import COLUMN
from ui.time_field import TimeField

from .test_ui_window import click_row, edit_cell, time_column

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def click(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    assert widget.hasFocus()


def stored_titles(path: Path) -> dict[str, dict[str, str]]:
    with EventDocument.open(path, read_only=True) as doc:
        return {s.key: s.title for s in load_event(doc).sessions}


def session_keys(win: MainWindow) -> list[str]:
    return [s.key for s in win.opened.loaded.sessions]


# -- keys ----------------------------------------------------------------------------------


ROW_AND_SESSION_KEYS = [(Qt.Key.Key_Delete, CTRL), (Qt.Key.Key_Return, CTRL),
                        (Qt.Key.Key_Return, CTRL | SHIFT), (Qt.Key.Key_T, CTRL),
                        (Qt.Key.Key_Right, ALT | SHIFT), (Qt.Key.Key_Down, ALT | SHIFT),
                        (Qt.Key.Key_D, CTRL), (Qt.Key.Key_N, CTRL | SHIFT),
                        (Qt.Key.Key_Delete, CTRL | SHIFT)]


def test_agenda_and_session_keys_do_nothing_while_typing_in_the_header(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    stack = window.opened.undo_stack
    rows, sessions = editor.model.rowCount(), session_keys(window)
    click_row(qtbot, window, 2)
    for tab, field in ((0, editor.title_en), (1, editor.purpose), (1, editor.key_points)):
        editor.header_tabs.setCurrentIndex(tab)
        click(qtbot, field)
        for key, modifiers in ROW_AND_SESSION_KEYS:
            qtbot.keyClick(field, key, modifiers)
        assert editor.model.rowCount() == rows, field
        assert session_keys(window) == sessions, field
        # What the keys did to the text (Ctrl+Delete deletes a word) is an edit of the text.
        assert {stack.text(i) for i in range(stack.count())} <= \
            {"Rename session", "Edit purpose", "Edit key points"}, field
    # In the agenda itself, the same keys act on rows; the menus still show them.
    click_row(qtbot, window, 2)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete, CTRL)
    assert editor.model.rowCount() == rows - 4  # the block and its three rows
    assert window.delete_row_action.shortcut() == QKeySequence("Ctrl+Delete")
    assert window.duplicate_session_action.shortcut() == QKeySequence("Ctrl+D")
    assert window.delete_row_action in window.row_menu.actions()


def test_keys_in_a_cell_being_edited_are_typing(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    click_row(qtbot, window, 1)
    editor.table.setCurrentIndex(editor.model.index(1, COLUMN["content"]))
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    cell = QApplication.focusWidget()
    assert cell is not editor.table and editor.table.isAncestorOf(cell)
    qtbot.keyClick(cell, Qt.Key.Key_Delete, CTRL)
    qtbot.keyClick(cell, Qt.Key.Key_T, CTRL)
    assert editor.model.rowCount() == 7 and window.opened.undo_stack.count() == 0


def test_menu_items_act_whatever_has_the_focus(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    click_row(qtbot, window, 6)
    click(qtbot, editor.title_ko)
    window.insert_row_action.trigger()  # Agenda ▸ Insert row, chosen with the mouse
    assert editor.model.rowCount() == 8
    window.duplicate_session_action.trigger()
    assert "ca-dialogue-1" in session_keys(window)


def test_undo_key_in_a_field_undoes_the_typing_not_the_last_edit(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    click_row(qtbot, window, 1)
    qtbot.keyClick(editor.table, Qt.Key.Key_T, CTRL)  # unpin row 2: an edit to keep
    assert window.opened.undo_stack.index() == 1
    click(qtbot, editor.title_en)
    before = editor.title_en.text()
    qtbot.keyClicks(editor.title_en, " (draft)")
    qtbot.keyClick(editor.title_en, Qt.Key.Key_Z, CTRL)
    assert editor.title_en.text() == before
    qtbot.keyClick(editor.title_en, Qt.Key.Key_Z, CTRL)  # nothing more typed: nothing undone
    assert window.opened.undo_stack.index() == 1
    click(qtbot, editor.table)
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)  # out of the field, the edit goes
    assert window.opened.undo_stack.index() == 0


def test_tab_leaves_the_key_points_for_the_next_field(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    editor.header_tabs.setCurrentIndex(1)
    click(qtbot, editor.key_points)
    editor.key_points.selectAll()
    qtbot.keyClicks(editor.key_points, "Opening remarks")
    qtbot.keyClick(editor.key_points, Qt.Key.Key_Tab)
    assert editor.moderator.hasFocus()
    assert editor.key_points.toPlainText() == "Opening remarks"  # no tab typed into it
    session = window.opened.loaded.session_by_id[editor.session_id]
    assert session.key_points["ko"] == "Opening remarks"  # leaving the field keeps it
    qtbot.keyClick(editor.moderator, Qt.Key.Key_Backtab, SHIFT)
    assert editor.key_points.hasFocus()


# -- nothing typed is lost -------------------------------------------------------------------


def type_title(qtbot, window: MainWindow, text: str, lang: str = "en") -> None:  # noqa: ANN001
    """Type a title without pressing Enter or leaving the field."""
    field = window.editor.title_en if lang == "en" else window.editor.title_ko
    click(qtbot, field)
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_typed_title_is_kept_when_another_session_is_chosen(qtbot, window: MainWindow,  # noqa: ANN001
                                                            demo_path: Path) -> None:
    type_title(qtbot, window, "Dialogue, renamed")
    reception = window.navigator_model.index_of_session(
        next(s.id for s in window.opened.loaded.sessions if s.key == "reception"))
    rect = window.navigator.visualRect(reception)
    qtbot.mouseClick(window.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.opened.loaded.session_by_id[window.editor.session_id].key == "reception"
    type_title(qtbot, window, "Reception, renamed")
    window.add_session_action.trigger()  # Session ▸ Add session shows the new one
    assert window.editor.title_en.text() == "New session"
    window.close_event_file()
    titles = stored_titles(demo_path)
    assert titles["ca-dialogue"]["en"] == "Dialogue, renamed"
    assert titles["reception"]["en"] == "Reception, renamed"


def test_typed_text_is_in_the_copy_saved_and_survives_a_language_change(
        qtbot, settings: QSettings, demo_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    copy = tmp_path / "copy.agenda"
    win = MainWindow(settings, HeadlessInteraction([str(copy)]))
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    type_title(qtbot, win, "Typed, not entered")
    win.copy_action.trigger()  # File ▸ Save a copy as…
    assert stored_titles(copy)["ca-dialogue"]["en"] == "Typed, not entered"
    win.editor.header_tabs.setCurrentIndex(1)
    click(qtbot, win.editor.purpose)
    qtbot.keyClick(win.editor.purpose, Qt.Key.Key_End)
    qtbot.keyClicks(win.editor.purpose, " (typed)")
    english = next(a for a in win.language_menu.actions() if a.data() == "en")
    english.trigger()  # the field now shows the English purpose; the typing went in first
    session = win.opened.loaded.session_by_id[win.editor.session_id]
    assert session.purpose["ko"].endswith(" (typed)")


# -- the minutes column ---------------------------------------------------------------------


def test_minutes_are_whole_and_within_a_day(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    edit_cell(qtbot, window, 0, COLUMN["duration"], "2.5")
    assert "not a whole number of minutes" in window.statusBar().currentMessage()
    assert time_column(window)[0] == "09:00~09:02 ('2)"  # not 25
    edit_cell(qtbot, window, 0, COLUMN["duration"], "99999")
    assert "at most 1440" in window.statusBar().currentMessage()
    assert time_column(window)[0] == "09:00~09:02 ('2)"  # not 999 either
    assert window.opened.undo_stack.count() == 0
    edit_cell(qtbot, window, 0, COLUMN["duration"], "12")
    assert time_column(window)[0] == "09:00~09:12 ('12)"
    # The arrow keys stay within 1 to 1440.
    table = window.editor.table
    table.setCurrentIndex(window.editor.model.index(0, COLUMN["duration"]))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    box = QApplication.focusWidget()
    assert (box.minimum(), box.maximum()) == (1, 1440)


# -- undo names in the interface language ------------------------------------------------------


@pytest.fixture
def language(qapp) -> Iterator[InterfaceLanguage]:  # noqa: ANN001
    chosen = InterfaceLanguage(qapp)
    yield chosen
    chosen.use("en")


def test_an_added_room_is_named_in_the_new_language(qtbot, settings: QSettings,  # noqa: ANN001
                                                    demo_path: Path,
                                                    language: InterfaceLanguage) -> None:
    language.use("en")
    settings.setValue("language", "en")
    win = MainWindow(settings, HeadlessInteraction(), language=language)
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    win.activateWindow()
    qtbot.mouseClick(win.venue.add_room_button, Qt.MouseButton.LeftButton)
    assert win.undo_action.text() == "&Undo Add room"
    korean = next(a for a in win.language_menu.actions() if a.data() == "ko")
    korean.trigger()
    assert win.undo_action.text() == "실행 취소(&U) 회의실 추가"
    win.undo_action.trigger()
    win.redo_action.trigger()  # the room comes back with its own name
    assert win.opened.loaded.rooms[-1].name == {"ko": "새 회의실", "en": "New room"}


# -- times and the timeline ------------------------------------------------------------------


def type_time(qtbot, edit: TimeField, text: str) -> None:  # noqa: ANN001
    """Click a time field (which selects it whole), type a time over it, and press Enter."""
    click(qtbot, edit)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_new_start_keeps_the_length_and_a_new_end_changes_it(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    type_time(qtbot, editor.start, "09:40")
    session = window.opened.loaded.session_by_id[editor.session_id]
    assert (session.start_min, session.end_min) == (9 * 60 + 40, 10 * 60 + 10)
    assert editor.end.text() == "10:10"
    type_time(qtbot, editor.end, "11:00")
    session = window.opened.loaded.session_by_id[editor.session_id]
    assert (session.start_min, session.end_min) == (9 * 60 + 40, 11 * 60)


def test_the_timeline_follows_the_chosen_session_to_its_day(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.show_view("timeline")
    assert window.timeline.day == dt.date(2026, 7, 1)
    row = next(r for r in range(window.findings_model.rowCount())
               if window.findings_model.finding(r).code == "staff.team-size")
    rect = window.findings.visualRect(window.findings_model.index(row, 1))
    qtbot.mouseClick(window.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.timeline.day == dt.date(2026, 7, 2)  # the reception's day
    eu = window.navigator_model.index_of_session(
        next(s.id for s in window.opened.loaded.sessions if s.key == "eu-meeting"))
    rect = window.navigator.visualRect(eu)
    qtbot.mouseClick(window.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.timeline.day == dt.date(2026, 7, 3)
    assert window.timeline.block(window.editor.session_id) is not None


# -- a long title ------------------------------------------------------------------------------


def test_a_long_title_does_not_widen_the_window(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    long_title = ("Korea-Canada quantum science and technology cooperation dialogue " * 5)[:300]
    type_title(qtbot, window, long_title, "ko")  # the heading shows the Korean title
    qtbot.keyClick(window.editor.title_ko, Qt.Key.Key_Return)
    QCoreApplication.processEvents()
    assert window.opened.loaded.session_by_id[window.editor.session_id].title["ko"] == long_title
    heading: QLabel = window.editor.heading
    assert heading.text() == f"{long_title} (비공개)" and heading.toolTip() == heading.text()
    assert window.minimumSizeHint().width() <= 1366
    assert window.centralWidget().minimumSizeHint().width() <= 1366
    window.resize(1366, 768)
    QCoreApplication.processEvents()
    assert window.width() <= 1366


def test_pasting_a_run_sheet_table_keeps_its_blocks_in_one_undo_step(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from PySide6.QtGui import QGuiApplication

    from .test_paste import DIALOGUE

    model = window.editor.model
    before = [model.index(r, COLUMN["content"]).data() for r in range(model.rowCount())]
    QGuiApplication.clipboard().setText(DIALOGUE)
    click_row(qtbot, window, model.rowCount() - 1)
    qtbot.keyClick(window.editor.table, Qt.Key.Key_V, CTRL)
    pasted = [model.index(r, COLUMN["content"]).data() for r in range(len(before), model.rowCount())]
    assert pasted == ["○ 협력논의", "    . 한국 측 발언", "    . 캐나다 측 발언",
                      "    . 상호 자유토의 및 질의응답", "○ 기념사진 촬영 및 라운드테이블 이동"]
    assert time_column(window)[len(before):len(before) + 2] == ["09:30~09:50 ('20)",
                                                                "09:30~09:35 ('5)"]
    assert window.undo_action.text() == "&Undo Paste 5 rows"
    window.undo_action.trigger()
    assert [model.index(r, COLUMN["content"]).data() for r in range(model.rowCount())] == before
    window.redo_action.trigger()
    assert model.rowCount() == len(before) + 5
