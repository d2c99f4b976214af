"""The programme navigator keeps its days open (or folded) across edits that rebuild it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from db.demo import write_demo
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow
from ui.models.navigator import SESSION_ID


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings, HeadlessInteraction())
    qtbot.addWidget(win)
    assert win.open_path(write_demo(tmp_path / "demo.agenda"))
    win.show()
    return win


def days(window: MainWindow) -> list:
    model = window.navigator_model
    return [model.index(row, 0) for row in range(model.rowCount())]


def test_days_stay_open_after_adding_and_undoing(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.add_session_action.trigger()  # the order changes: the tree is rebuilt
    assert len(days(window)) >= 2
    assert all(window.navigator.isExpanded(day) for day in days(window))
    current = window.navigator.currentIndex()
    assert current.data(SESSION_ID) == window.editor.session_id
    window.undo_action.trigger()
    assert all(window.navigator.isExpanded(day) for day in days(window))


def test_a_folded_day_stays_folded(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    first, second = days(window)[:2]
    window.navigator.collapse(second)
    window.add_session_action.trigger()
    first, second = days(window)[:2]
    assert window.navigator.isExpanded(first)
    assert not window.navigator.isExpanded(second)
    window.navigator.expand(second)
    window.undo_action.trigger()
    assert window.navigator.isExpanded(days(window)[1])


def test_a_session_that_goes_leaves_nothing_of_itself_in_the_editor(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    window.add_session_action.trigger()
    editor.title_en.setText("Working lunch")
    editor.title_en.editingFinished.emit()
    window.undo_action.trigger()
    window.undo_action.trigger()  # the added session goes again, from under the editor
    assert editor.session_id is None and not editor.title_ko.isEnabled()
    assert (editor.title_ko.text(), editor.title_en.text(), editor.purpose.text()) == ("", "", "")
    assert editor.room.currentIndex() == -1 and editor.mode.currentIndex() == -1
    assert editor.delegations_model.rowCount() == 0


def test_a_session_moved_past_another_changes_place_in_its_day(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from ui import commands

    model = window.navigator_model
    rebuilt: list[bool] = []
    model.modelReset.connect(lambda: rebuilt.append(True))
    first_day = model.item(0)

    def titles() -> list[int]:
        return [first_day.child(r).data(SESSION_ID) for r in range(first_day.rowCount())]

    dialogue, roundtable = titles()
    window.select_session(dialogue)
    opened = window.opened
    assert opened.push(commands.SetSessionFields(opened, dialogue, "move",
                                                 start_min=12 * 60, end_min=12 * 60 + 30))
    assert titles() == [roundtable, dialogue]  # 12:00 now comes after 09:30
    assert first_day.child(1).text().startswith("12:00~12:30")
    assert rebuilt == []  # moved within its day, not the whole programme built again
    assert window.navigator.currentIndex().data(SESSION_ID) == dialogue  # still the one chosen
    window.undo_action.trigger()
    assert titles() == [dialogue, roundtable]


def test_a_new_session_starts_on_the_day_chosen_in_the_programme(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """The first day's session is shown; the coordinator clicks the third day in the programme
    and adds a session: it goes on that day, after its last session, not on the shown one's."""
    import datetime as dt

    from PySide6.QtCore import Qt

    third = days(window)[2]
    window.navigator.scrollTo(third)
    qtbot.mouseClick(window.navigator.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.navigator.visualRect(third).center())
    assert window.navigator.currentIndex() == third
    shown = window.opened.loaded.session_by_id[window.editor.session_id]
    assert shown.date == dt.date(2026, 7, 1)  # clicking a day leaves the shown session
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    added = window.opened.loaded.session_by_id[window.editor.session_id]
    assert added.key == "session-1"
    assert added.date == dt.date(2026, 7, 3)
    assert (added.start_min, added.end_min) == (11 * 60, 12 * 60)  # after the EU meeting
    assert window.navigator.currentIndex().data(SESSION_ID) == added.id
