"""A new, empty event as a coordinator meets it: File ▸ New asks for the event's settings,
the window's title names the event, and every view says how to add the first session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from ui.i18n import InterfaceLanguage
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow

SETTINGS = {"title": {"ko": "한-영 양자 주간", "en": "Korea-UK quantum week"},
            "languages": ["ko", "en"], "timezone": "Asia/Seoul"}


@pytest.fixture
def language(qapp) -> Iterator[InterfaceLanguage]:  # noqa: ANN001
    """The application's interface language; English again after the test."""
    chosen = InterfaceLanguage(qapp)
    yield chosen
    chosen.use("en")


def new_window(qtbot, settings: QSettings, answers: list[object],  # noqa: ANN001
               language: InterfaceLanguage | None = None) -> MainWindow:
    """A window, shown, in which File ▸ New has just been chosen with these answers."""
    win = MainWindow(settings, HeadlessInteraction(answers), language=language)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.new_action.trigger()
    QApplication.processEvents()
    return win


def in_front(dock: QDockWidget) -> bool:
    """Whether a panel is the one shown of those sharing its place (the others are tabs)."""
    QApplication.processEvents()
    return not dock.visibleRegion().isEmpty()


def test_new_asks_for_the_settings_and_the_title_names_the_event(
        qtbot, settings: QSettings, tmp_path: Path, language: InterfaceLanguage) -> None:  # noqa: ANN001
    win = new_window(qtbot, settings, [str(tmp_path / "week.agenda"), SETTINGS], language)
    assert win.opened is not None and win.opened.loaded.event.title == SETTINGS["title"]
    assert win.windowTitle() == "한-영 양자 주간 — week.agenda — Agenda Planner"

    win.set_language("en")
    assert win.windowTitle() == "Korea-UK quantum week — week.agenda — Agenda Planner"

    # Event settings again: the title follows the edit, and its undo.
    win.interaction.answers.append({"title": {"ko": "한-영 양자 주간"}})
    win.event_action.trigger()
    assert win.windowTitle() == "한-영 양자 주간 — week.agenda — Agenda Planner"  # no English
    win.undo_action.trigger()
    assert win.windowTitle() == "Korea-UK quantum week — week.agenda — Agenda Planner"


def test_cancelled_settings_keep_the_file_name_as_title(qtbot, settings: QSettings,  # noqa: ANN001
                                                        tmp_path: Path) -> None:
    win = new_window(qtbot, settings, [str(tmp_path / "week.agenda"), None])
    assert win.opened is not None and win.opened.undo_stack.count() == 0
    assert win.windowTitle() == "week — week.agenda — Agenda Planner"


def test_an_empty_event_says_how_to_add_the_first_session(qtbot, settings: QSettings,  # noqa: ANN001
                                                          tmp_path: Path) -> None:
    win = new_window(qtbot, settings, [str(tmp_path / "week.agenda"), SETTINGS])
    editor, staffing, timeline = win.editor, win.staffing, win.timeline
    assert editor.heading.text() == staffing.heading.text() == "No sessions yet"
    for view in ("session", "interpreters", "timeline"):
        win.show_view(view)
        hint = win.views.currentWidget().hint
        assert hint.isVisible() and hint.button.isVisible(), view
        assert hint.button.text() == "Add session"
        assert "Session ▸ Add session (Ctrl+Shift+N)" in hint.label.text()
    # Disabled date and time fields show nothing, not 2000-01-01 00:00.
    assert [e.text().strip() for e in (editor.date, editor.start, editor.end)] == ["", "", ""]
    # No rooms yet: the Rooms and interpreters panel is in front, not the findings.
    assert in_front(win.venue_dock) and not in_front(win.findings_dock)

    win.show_view("session")
    qtbot.mouseClick(editor.hint.button, Qt.MouseButton.LeftButton)
    assert len(win.opened.loaded.sessions) == 1
    assert editor.session_id == win.opened.loaded.sessions[0].id
    assert editor.heading.text() == "새 세션" and editor.title_en.text() == "New session"
    assert editor.start.text() == "09:00" and editor.end.text() == "10:00"
    assert not editor.hint.isVisible()
    win.show_view("timeline")
    QApplication.processEvents()
    assert not timeline.hint.isVisible() and timeline.block(editor.session_id) is not None

    win.undo_action.trigger()  # back to an event with no sessions: the hints again
    QApplication.processEvents()
    assert timeline.hint.isVisible()
    qtbot.mouseClick(timeline.hint.button, Qt.MouseButton.LeftButton)  # the same, from here
    QApplication.processEvents()
    assert len(win.opened.loaded.sessions) == 1 and not timeline.hint.isVisible()


def test_an_event_with_sessions_and_rooms_keeps_its_usual_guidance(window: MainWindow) -> None:
    assert in_front(window.findings_dock) and not in_front(window.venue_dock)
    assert not window.editor.hint.isVisible() and not window.staffing.hint.isVisible()
    window.editor.show_session(None)
    window.staffing.show_session(None)
    assert window.editor.heading.text() == "Choose a session in the programme"
    assert window.staffing.heading.text() == "Choose a session in the programme"
    assert window.editor.date.text().strip() == "" and window.editor.start.text().strip() == ""
    window.select_session(window.opened.loaded.sessions[0].id)
    assert window.editor.date.text() == "2026-07-01" and window.editor.start.text() == "09:00"


def test_a_session_at_midnight_still_shows_its_time(window: MainWindow) -> None:
    window.editor.show_session(None)  # the blank text must not stay behind for 00:00
    first = window.opened.loaded.sessions[0]
    window.editor.start.setText("00:00")
    window.editor.start.editingFinished.emit()  # refused or ignored: no session is shown
    window.select_session(first.id)
    window.editor.start.setText("00:00")
    window.editor.start.editingFinished.emit()
    assert window.opened.loaded.session_by_id[first.id].start_min == 0
    assert window.editor.start.text() == "00:00"


def test_the_empty_event_in_korean(qtbot, settings: QSettings, tmp_path: Path,  # noqa: ANN001
                                   language: InterfaceLanguage) -> None:
    language.use("ko")
    win = new_window(qtbot, settings, [str(tmp_path / "week.agenda"), None], language)
    assert win.editor.heading.text() == "아직 세션이 없습니다"
    assert win.editor.hint.button.text() == "세션 추가"
    assert "세션 ▸ 세션 추가" in win.editor.hint.label.text()
    assert win.timeline.hint.label.text().startswith("<b>아직 세션이 없습니다.</b>")
