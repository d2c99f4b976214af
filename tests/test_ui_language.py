"""The interface language: Korean from the translation file, and View ▸ Language switching it
at once, menus and labels included, while the event's texts follow the same choice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTableView

from db.demo import write_demo
from ui.i18n import InterfaceLanguage
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow
from ui.models.staffing import POOL_COLUMN, TEAM_COLUMN


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


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
    win = MainWindow(settings, HeadlessInteraction())
    qtbot.addWidget(win)
    assert win.open_path(write_demo(tmp_path / "demo.agenda"))
    win.show()
    win.select_session(session_id(win, "reception"))
    return win


def session_id(win: MainWindow, key: str) -> int:
    return next(s.id for s in win.opened.loaded.sessions if s.key == key)  # type: ignore[union-attr, misc]


def headers(table: QTableView) -> list[str]:
    model = table.model()
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def column(table: QTableView, col: int) -> list[str]:
    model = table.model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_korean_labels_come_from_the_translation_file(korean_window: MainWindow) -> None:
    win = korean_window
    win.show_view("interpreters")
    assert headers(win.findings) == ["구분", "내용", "일자", "세션"]
    assert column(win.findings, 0)[:2] == ["오류", "오류"]

    staffing = win.staffing
    assert headers(staffing.pool_table) == ["통역사", "배정", "언어 방향", "통역 방식",
                                            "불가 사유 · 참고"]
    assert headers(staffing.team_table) == ["통역사", "역할", "대상", "확인"]
    assert staffing.team_box.title() == "배정된 통역팀 (Team)"
    assert staffing.pool_box.title() == "통역사 (Interpreters) — 배정 가능 3명"
    assert staffing.assign_button.text() == "배정 (Assign)"
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
