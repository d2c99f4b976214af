"""The interface language: Korean from the translation file, and View ▸ Language switching it
at once, menus and labels included, while the event's texts follow the same choice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QDockWidget,
                               QGroupBox, QLabel, QMenu, QTableView, QTabBar, QWidget)

from tests.conftest import write_first_planned_demo
from ui.export_dialog import ExportDialog
from ui.i18n import InterfaceLanguage
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow
from ui.models.navigator import SESSION_ID
from ui.models.staffing import POOL_COLUMN, TEAM_COLUMN


@pytest.fixture
def language(qapp) -> Iterator[InterfaceLanguage]:  # noqa: ANN001
    """The application's interface language; English again after the test, whatever it did."""
    chosen = InterfaceLanguage(qapp)
    yield chosen
    chosen.use("en")


@pytest.fixture
def korean_window(qtbot, settings: QSettings, language: InterfaceLanguage,  # noqa: ANN001
                  tmp_path: Path) -> MainWindow:
    """The window on the demo event, started in Korean as the application starts by default."""
    language.use("ko")
    win = MainWindow(settings, HeadlessInteraction(), language=language)
    qtbot.addWidget(win)
    assert win.open_path(write_first_planned_demo(tmp_path / "demo.agenda"))
    win.show()
    win.select_session(session_id(win, "reception"))
    return win


@pytest.fixture
def english_window(qtbot, settings: QSettings, language: InterfaceLanguage,  # noqa: ANN001
                   tmp_path: Path) -> MainWindow:
    """The window on the demo event, set to English."""
    settings.setValue("language", "en")
    language.use("en")
    win = MainWindow(settings, HeadlessInteraction(), language=language)
    qtbot.addWidget(win)
    assert win.open_path(write_first_planned_demo(tmp_path / "demo.agenda"))
    win.show()
    return win


def session_id(win: MainWindow, key: str) -> int:
    assert win.opened is not None
    return next(s.id or 0 for s in win.opened.loaded.sessions if s.key == key)


def headers(table: QTableView) -> list[str]:
    model = table.model()
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def column(table: QTableView, col: int) -> list[str]:
    model = table.model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_korean_labels_come_from_the_translation_file(korean_window: MainWindow) -> None:
    win = korean_window
    win.show_view("interpreters")
    assert headers(win.findings) == ["구분", "내용", "조치", "일자", "세션"]
    assert column(win.findings, 0)[:2] == ["오류", "오류"]

    staffing = win.staffing
    assert headers(staffing.pool_table) == ["통역사", "배정", "언어 방향", "통역 방식",
                                            "불가 사유 · 참고"]
    assert headers(staffing.team_table) == ["통역사", "역할", "대상", "확인"]
    assert staffing.team_box.title() == "배정된 통역팀"
    assert staffing.pool_box.title() == "통역사 — 배정 가능 3명"
    assert staffing.assign_button.text() == "배정"
    assert staffing.unassign_hint.text() == "Delete: 배정 해제"
    assert staffing.strength.text().startswith("배정 1 / 필요 2 (")
    assert staffing.strength.text().endswith("— 1명 부족")
    assert set(column(staffing.pool_table, POOL_COLUMN["status"])) == {"가능", "배정됨"}
    assert "세션 전체" in column(staffing.team_table, TEAM_COLUMN["for"])

    legend = win.timeline.legend.text()
    for word in ("동시통역", "순차통역", "근접 통역", "시통역", "통역 없음", "오류", "경고"):
        assert word in legend
    assert "Simultaneous" not in legend
    assert win.timeline.day_label.text() == "일자"
    assert win.timeline.zoom_in_button.toolTip() == "확대 (Ctrl++)"


def language_action(win: MainWindow, lang: str) -> QAction:
    """View ▸ Language ▸ 한국어 or English."""
    menu = next(a.menu() for a in win.view_menu.actions() if a.menu() is win.language_menu)
    return next(a for a in menu.actions() if a.data() == lang)


def interface_texts(win: MainWindow) -> dict[str, object]:
    """What the user reads of the interface around the event: menus, titles, headers, labels."""
    views = win.views
    return {
        "menus": [m.title() for m in (win.file_menu, win.view_menu, win.edit_menu,
                                      win.session_menu, win.row_menu)],
        "actions": [win.open_action.text(), win.export_action.text(), win.undo_action.text()],
        "tabs": [views.tabText(i) for i in range(views.count())],
        "docks": [win.programme_dock.windowTitle(), win.findings_dock.windowTitle(),
                  win.venue_dock.windowTitle()],
        "findings": headers(win.findings)[:2] + column(win.findings, 0)[:1],
        "agenda": headers(win.editor.table)[:2],
        "editor": [win.editor.labels["title_ko"].text(), win.editor.closed.text(),
                   win.editor.header_tabs.tabText(1)],
        "venue": [win.venue.tabs.tabText(0), win.venue.add_room_button.text()],
        "staffing": [win.staffing.team_box.title(), win.staffing.assign_button.text(),
                     headers(win.staffing.pool_table)[1], win.staffing.strength.text()[:9]],
        "timeline": [win.timeline.day_label.text(), win.timeline.zoom_in_button.toolTip()],
    }


ENGLISH = {
    "menus": ["&File", "&View", "&Edit", "&Session", "&Agenda"],
    "actions": ["&Open…", "&Export documents…", "&Undo"],
    "tabs": ["Session", "Interpreters", "Timeline"],
    "docks": ["Programme", "Findings: 2 errors, 0 warnings, 5 notes", "Rooms and interpreters"],
    "findings": ["Severity", "Finding", "Error"],
    "agenda": ["Time", "Min"],
    "editor": ["Title (Korean)", "Closed (비공개)", "Purpose and participants"],
    "venue": ["Rooms", "Add room"],
    "staffing": ["Assigned team", "Assign", "Assign", "Assigned "],
    "timeline": ["Day", "Zoom in (Ctrl++)"],
}
KOREAN = {
    "menus": ["파일(&F)", "보기(&V)", "편집(&E)", "세션(&S)", "세부 일정(&A)"],
    "actions": ["열기(&O)…", "문서 내보내기(&E)…", "실행 취소(&U)"],
    "tabs": ["세션", "통역사", "일정표"],
    "docks": ["프로그램", "점검 결과: 오류 2, 경고 0, 참고 5", "회의실과 통역사"],
    "findings": ["구분", "내용", "오류"],
    "agenda": ["시간", "분"],
    "editor": ["제목 (한국어)", "비공개", "목적·참석자"],
    "venue": ["회의실", "회의실 추가"],
    "staffing": ["배정된 통역팀", "배정", "배정", "배정 1 / 필요"],
    "timeline": ["일자", "확대 (Ctrl++)"],
}


def test_view_language_switches_menus_and_labels_at_once(english_window: MainWindow) -> None:
    win = english_window
    win.select_session(session_id(win, "reception"))
    win.show_view("interpreters")
    assert interface_texts(win) == ENGLISH
    assert "Simultaneous" in win.timeline.legend.text()
    assert win.staffing.heading.text() == "Quantum networking reception"
    assert win.editor.heading.text() == "Quantum networking reception"
    rooms = [win.editor.room.itemText(i) for i in range(win.editor.room.count())]
    assert not any("\uac00" <= ch <= "\ud7a3" for name in rooms for ch in name), rooms
    finding = column(win.findings, 1)[0]

    language_action(win, "ko").trigger()  # no restart, no waiting for the event loop
    assert win.settings.value("language") == "ko"
    assert language_action(win, "ko").isChecked()
    assert interface_texts(win) == KOREAN
    legend = win.timeline.legend.text()
    assert "동시통역" in legend and "Simultaneous" not in legend
    assert win.staffing.heading.text() == "퀀텀 네트워킹 리셉션"  # the event's texts follow too
    assert win.editor.heading.text() == "퀀텀 네트워킹 리셉션"
    assert column(win.findings, 1)[0] != finding
    days = [win.navigator_model.index(r, 0) for r in range(win.navigator_model.rowCount())]
    assert all(win.navigator.isExpanded(day) for day in days)
    assert win.navigator.currentIndex().data(SESSION_ID) == session_id(win, "reception")

    language_action(win, "en").trigger()
    assert interface_texts(win) == ENGLISH
    assert "Simultaneous" in win.timeline.legend.text()


def test_switching_with_no_event_open(qtbot, settings: QSettings,  # noqa: ANN001
                                      language: InterfaceLanguage) -> None:
    language.use("en")
    win = MainWindow(settings, HeadlessInteraction(), language=language)
    qtbot.addWidget(win)
    win.show()
    page = win.centralWidget()
    assert page.text().startswith("No event is open.")
    language_action(win, "ko").trigger()
    assert win.file_menu.title() == "파일(&F)"
    assert win.undo_action.text() == "실행 취소(&U)" and not win.undo_action.isEnabled()
    assert not page.text().startswith("No event is open.")
    language_action(win, "en").trigger()
    assert page.text().startswith("No event is open.")


def test_qts_own_buttons_speak_the_interface_language(qtbot,  # noqa: ANN001
                                                      language: InterfaceLanguage) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    def cancel_text() -> str:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        return box.button(QDialogButtonBox.StandardButton.Cancel).text()

    language.use("ko")
    assert cancel_text() == "취소"
    language.use("en")
    assert cancel_text() == "Cancel"


def test_qts_file_dialog_speaks_korean_whole(qtbot, language: InterfaceLanguage,  # noqa: ANN001
                                            tmp_path: Path) -> None:
    """Qt's own file dialog (the one it draws itself, as offscreen and on desktops without a
    native one): every label and button Korean, "Look in" and "Files of type" included."""
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QPushButton

    def words(accept: QFileDialog.AcceptMode) -> tuple[list[str], list[str]]:
        dialog = QFileDialog(None, "", str(tmp_path), "*.agenda")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(accept)
        qtbot.addWidget(dialog)
        dialog.show()
        return ([label.text() for label in dialog.findChildren(QLabel) if label.text()],
                [b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()])

    language.use("ko")
    (tmp_path / "exports").mkdir()
    labels, buttons = words(QFileDialog.AcceptMode.AcceptOpen)
    assert labels == ["다음에서 찾기(&L):", "파일 이름(&N):", "파일 형식(&T):"]
    assert buttons == ["열기(&O)", "취소"]
    files = QFileSystemModel()
    qtbot.waitUntil(lambda: files.index(str(tmp_path / "exports")).isValid())
    folder = files.index(str(tmp_path / "exports"))
    assert files.headerData(2, Qt.Orientation.Horizontal) == "형식"
    assert folder.siblingAtColumn(2).data() == "폴더"  # the Type column
    assert words(QFileDialog.AcceptMode.AcceptSave)[1] == ["저장(&S)", "취소"]
    language.use("en")
    assert words(QFileDialog.AcceptMode.AcceptOpen)[0] == ["&Look in:", "File &name:",
                                                           "Files of &type:"]


def test_the_file_words_of_the_window_are_korean_too(korean_window: MainWindow,
                                                                 tmp_path: Path) -> None:
    """They live in their own modules but in the window's translation context."""
    assert korean_window.open_path(write_first_planned_demo(tmp_path / "again.agenda"))
    assert korean_window.statusBar().currentMessage().endswith(" 열림")


def test_the_undo_history_speaks_the_new_language(english_window: MainWindow) -> None:
    win = english_window
    win.editor.title_en.setText("Renamed dialogue")
    win.editor.title_en.editingFinished.emit()  # the session editor's own edit, named there
    win.add_session_action.trigger()  # a command named in the commands' own context
    assert win.undo_action.text() == "&Undo Add session"

    language_action(win, "ko").trigger()
    assert win.undo_action.text() == "실행 취소(&U) 세션 추가"
    win.undo_action.trigger()
    assert win.undo_action.text() == "실행 취소(&U) 세션 이름 변경"
    assert win.redo_action.text() == "다시 실행(&R) 세션 추가"

    language_action(win, "en").trigger()
    assert win.undo_action.text() == "&Undo Rename session"
    assert win.redo_action.text() == "&Redo Add session"


ALLOWED_LATIN = {"Enter", "Delete", "Ctrl", "English", "PDF", "Excel", "JSON", "ics",
                 "Agenda", "Planner", "agenda", "DDP"}
"""Latin words a Korean screen may show: key names, formats, the product, the demo's rooms."""


def chrome_texts(top: QWidget) -> list[str]:
    """Every word the window itself puts on screen: labels, buttons, tabs, menus, headers."""
    texts = [w.text() for w in top.findChildren(QLabel)]
    for button in top.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    texts += [box.title() for box in top.findChildren(QGroupBox)]
    for bar in top.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    for menu in top.findChildren(QMenu):
        if menu.objectName() != "recentMenu":  # file paths
            texts += [menu.title(), *(a.text() for a in menu.actions())]
    texts += [dock.windowTitle() for dock in top.findChildren(QDockWidget)]
    for view in top.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal))
                      for c in range(model.columnCount())]
    for combo in top.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    return texts


def english_left(texts: list[str]) -> list[str]:
    return [t for t in texts
            if set(re.findall(r"[A-Za-z]{2,}", re.sub(r"<[^>]+>|&nbsp;", " ", t)))
            - ALLOWED_LATIN]


def test_a_korean_screen_has_no_english_left(korean_window: MainWindow) -> None:
    for view in ("session", "interpreters", "timeline"):
        korean_window.show_view(view)
        assert english_left(chrome_texts(korean_window)) == [], view
    assert english_left(chrome_texts(ExportDialog("/tmp", korean_window))) == []


def test_the_greeting_of_an_empty_window_follows_the_language(
        qtbot, settings: QSettings, language: InterfaceLanguage) -> None:  # noqa: ANN001
    language.use("en")
    settings.setValue("language", "en")
    win = MainWindow(settings, HeadlessInteraction(), language=language)
    qtbot.addWidget(win)
    assert win.statusBar().currentMessage() == "Open an event, create one, or open the demo."
    language_action(win, "ko").trigger()
    message = win.statusBar().currentMessage()
    assert message and not english_left([message])


def test_english_words_fit_the_interpreters_columns(english_window: MainWindow) -> None:
    win = english_window
    win.select_session(session_id(win, "reception"))
    win.show_view("interpreters")
    for table in (win.staffing.pool_table, win.staffing.team_table):
        for col in range(table.model().columnCount() - 1):  # the last one stretches
            assert table.columnWidth(col) >= table.sizeHintForColumn(col), (table, col)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_menu_item_has_its_own_access_key(
        qtbot, settings: QSettings, language: InterfaceLanguage,  # noqa: ANN001
        tmp_path: Path, lang: str) -> None:
    language.use(lang)
    settings.setValue("language", lang)
    win = MainWindow(settings, HeadlessInteraction(), language=language)
    qtbot.addWidget(win)
    assert win.open_path(write_first_planned_demo(tmp_path / "demo.agenda"))
    assert win.open_path(write_first_planned_demo(tmp_path / "R&D demo.agenda"))  # two recent files
    menus = [win.menuBar()]
    for menu in menus:  # the menu bar, its menus and their submenus (Language, Open recent)
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        keys = [m.group(1).lower() for t in texts if (m := re.search(r"(?<!&)&([^&])", t))]
        assert len(keys) == len(texts), texts  # every item reachable by Alt and a letter
        assert len(set(keys)) == len(keys), texts
    assert win.language_menu in menus and win.recent_menu in menus
    assert [a.text().replace("&", "") for a in win.language_menu.actions()] == \
        ["한국어(K)", "English"]


def test_the_overview_is_written_in_the_interface_language(
        korean_window: MainWindow) -> None:
    win = korean_window
    win.select_session(session_id(win, "uk-roundtable"))
    session = win.opened.loaded.session_by_id[win.editor.session_id]
    korean = session.purpose["ko"]
    assert win.editor.purpose.text() == korean
    language_action(win, "en").trigger()
    editor = win.editor
    assert editor.purpose.text() == session.purpose["en"]
    assert editor.purpose.placeholderText() == korean  # the other language, greyed behind
    editor.participants.setText("About twenty people")
    editor.participants.editingFinished.emit()
    session = win.opened.loaded.session_by_id[editor.session_id]
    assert session.participants["en"] == "About twenty people"
    assert session.participants["ko"] == "한국, 영국 양자 분야 산·학·연·관 20명 내외"
    assert win.undo_action.text() == "&Undo Edit participants"
    win.undo_action.trigger()
    assert editor.participants.text() != "About twenty people"


def test_a_file_another_window_edits_is_in_use_in_korean(korean_window: MainWindow,
                                                          tmp_path: Path) -> None:
    from db.document import EventDocument

    other = write_first_planned_demo(tmp_path / "other.agenda")
    with EventDocument.open(other):  # another window has it open to edit
        assert not korean_window.open_path(other)
    said = korean_window.interaction.errors[-1]
    assert said.startswith(f"{other}: ") and "사용 중" in said and "in use" not in said
    assert korean_window.open_path(other)  # closed there: it opens here
