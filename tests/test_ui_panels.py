"""The window at a laptop's 1366 × 768: panels that show enough to work, keep the sizes given
them, findings read whole, the programme's titles whole, the timeline at the chosen session."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow


def choose_in_programme(qtbot, window: MainWindow, key: str) -> None:  # noqa: ANN001
    """Click a session in the programme, as the coordinator does."""
    session = next(s for s in window.opened.loaded.sessions if s.key == key)
    index = window.navigator_model.index_of_session(session.id)
    window.navigator.scrollTo(index)
    rect = window.navigator.visualRect(index)
    qtbot.mouseClick(window.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.session_id == session.id


def click_tab(qtbot, window: MainWindow, title: str) -> None:  # noqa: ANN001
    bar = window.views.tabBar()
    tab = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())


def test_the_timeline_turns_to_the_chosen_sessions_day_and_scrolls_to_it(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.resize(1366, 768)
    timeline = window.timeline
    for key in ("uk-roundtable", "eu-meeting", "ca-dialogue"):
        click_tab(qtbot, window, "Session")
        choose_in_programme(qtbot, window, key)
        click_tab(qtbot, window, "Timeline")
        QApplication.processEvents()
        session = window.opened.loaded.session_by_id[window.editor.session_id]
        assert timeline.day == session.date, key
        view = timeline.view
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        block = timeline.block_rect(session.id)
        top = QRectF(block.left(), block.top(), block.width(), 30)  # its start and title
        assert seen.adjusted(0, 56, 0, 0).contains(top), (key, seen, block)  # below the rooms


@pytest.fixture
def busy_file(tmp_path: Path, small_event: dict[str, Any]) -> Path:
    """A day of twelve sessions nobody interprets yet, in twelve rooms, with twelve
    interpreters: more findings, rooms and interpreters than a panel shows at once."""
    from db.document import build_new_file
    from db.interchange import import_event

    small_event["rooms"] += [{"key": f"room-{n}", "name": {"ko": f"회의실 {n}", "en": f"Room {n}"},
                              "floor": f"{n}F", "capacity": 30} for n in range(1, 11)]
    small_event["interpreters"] += [
        {"key": f"i-{n}", "name": {"ko": f"통역사 {n}", "en": f"Interpreter {n}"},
         "languages": ["ko", "en"], "directions": ["ko>en", "en>ko"], "modes": ["consecutive"]}
        for n in range(1, 12)]
    small_event["sessions"] += [
        {"key": f"talk-{n}", "title": {"ko": f"분과 회의 {n}", "en": f"Breakout {n}"},
         "date": "2026-07-01", "start": "14:00", "end": "15:00", "room": f"room-{n}",
         "interpretation": {"mode": "consecutive", "languages": ["ko", "en"]},
         "items": [{"duration": 60, "title": {"ko": "논의"}}]} for n in range(1, 11)]
    return build_new_file(tmp_path / "busy.agenda", lambda doc: import_event(doc, small_event))


def laptop_window(qtbot, settings, path: Path) -> MainWindow:  # noqa: ANN001
    win = MainWindow(settings, HeadlessInteraction())
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    QApplication.processEvents()  # the panels take their sizes once laid out
    return win


def rows_in_sight(table) -> int:  # noqa: ANN001
    """How many rows the table shows whole."""
    port = table.viewport().rect()
    return sum(1 for r in range(table.model().rowCount())
               if port.contains(table.visualRect(table.model().index(r, 0))))


def test_at_1366_by_768_the_panels_show_eight_rows_at_least(
        qtbot, settings, busy_file: Path, tmp_path: Path) -> None:  # noqa: ANN001
    win = laptop_window(qtbot, settings, busy_file)
    assert win.findings_model.rowCount() > 10
    assert rows_in_sight(win.findings) >= 8
    win.show_panel("venue")
    venue = win.venue
    for tab, table in enumerate((venue.rooms_table, venue.interpreters_table)):
        venue.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert table.model().rowCount() > 10
        assert rows_in_sight(table) >= 8, table.objectName()
    # ... and the agenda keeps six rows in sight above them.
    win.show_panel("findings")
    assert rows_in_sight(win.editor.table) >= 1 and \
        win.editor.table.viewport().height() >= 6 * win.editor.table.rowHeight(0)
    assert win.grab().save(str(tmp_path / "laptop.png"))


def test_the_panels_keep_the_sizes_given_them_in_the_next_run(
        qtbot, settings, busy_file: Path) -> None:  # noqa: ANN001
    win = laptop_window(qtbot, settings, busy_file)
    win.resize(1300, 700)
    win.resizeDocks([win.findings_dock], [330], Qt.Orientation.Vertical)
    win.resizeDocks([win.programme_dock], [260], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    given = (win.findings_dock.height(), win.programme_dock.width())
    assert given != (0, 0)
    win.close()

    again = MainWindow(settings, HeadlessInteraction())
    qtbot.addWidget(again)
    assert again.height() == 700  # as it was left
    assert again.open_path(busy_file)
    again.resize(1300, 700)  # the offscreen screen is 800 wide: Qt held the width to it
    again.show()
    qtbot.waitExposed(again)
    QApplication.processEvents()
    assert abs(again.findings_dock.height() - given[0]) <= 2
    assert abs(again.programme_dock.width() - given[1]) <= 2


def test_a_finding_reads_whole_beside_the_table(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    table, model = window.findings, window.findings_model
    window.resize(1366, 768)
    QApplication.processEvents()
    assert "Choose a finding" in window.finding_detail.text()
    row = max(range(model.rowCount()), key=lambda r: len(model.finding(r).text("ko")))
    finding = model.finding(row)
    cell = model.index(row, 1)
    shown = table.fontMetrics().elidedText(finding.text("ko"), Qt.TextElideMode.ElideRight,
                                           table.visualRect(cell).width())
    assert shown != finding.text("ko")  # too long for its cell: cut short there
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(cell).center())
    detail = window.finding_detail.text()
    assert html.escape(finding.text("ko")) in detail
    assert html.escape(finding.fix_text("ko")) in detail
    assert window.finding_detail.wordWrap() and window.finding_detail.isVisible()


def test_the_programme_keeps_the_end_of_a_long_title(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QStyleOptionViewItem

    long = "한국-캐나다 양자과학기술 협력 라운드테이블 및 공동연구 성과 발표회 (2부)"
    window.editor.title_ko.setText(long)
    window.editor.title_ko.editingFinished.emit()
    window.resizeDocks([window.programme_dock], [260], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    nav = window.navigator
    index = window.navigator_model.index_of_session(window.editor.session_id)
    assert long in index.data(Qt.ItemDataRole.ToolTipRole)
    option = QStyleOptionViewItem()
    option.rect = nav.visualRect(index)
    option.widget = nav
    nav.itemDelegate().initStyleOption(option, index)
    assert option.text.startswith("09:00~09:30 ◐ 한국") and option.text.endswith("(2부)")
    assert "…" in option.text
    assert option.fontMetrics.horizontalAdvance(option.text) <= option.rect.width()
