"""The interpreters panel, used as a coordinator would: read the team, assign a candidate with
a double-click, unassign with Delete, undo."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTableView

from tests.conftest import write_first_planned_demo
from db.document import EventDocument, build_new_file
from db.interchange import import_event
from ui import commands
from ui.context import OpenEvent
from ui.i18n import InterfaceLanguage
from ui.models.staffing import GREY, POOL_COLUMN, TEAM_COLUMN, PoolModel, TeamModel
from ui.staffing import StaffingPanel

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOT = ROOT / "docs" / "screenshots" / "interpreters.png"


@pytest.fixture(autouse=True)
def korean_interface(qapp):  # noqa: ANN001, ANN201
    """The interface in Korean from the translation file, as the application starts."""
    language = InterfaceLanguage(qapp)
    language.use("ko")
    yield language
    language.use("en")


@pytest.fixture
def opened(qapp, tmp_path: Path):  # noqa: ANN001, ANN201
    event = OpenEvent(EventDocument.open(write_first_planned_demo(tmp_path / "demo.agenda")))
    yield event
    event.close()


@pytest.fixture
def panel(qtbot, opened: OpenEvent) -> StaffingPanel:  # noqa: ANN001
    widget = StaffingPanel(opened)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def session_id(opened: OpenEvent, key: str) -> int:
    return next(s.id for s in opened.loaded.sessions if s.key == key)  # type: ignore[misc]


def column(table: QTableView, col: int) -> list[str]:
    model = table.model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def pool(panel: StaffingPanel) -> dict[str, tuple[str, str]]:
    """Each interpreter of the pool: (status, reason)."""
    return dict(zip(column(panel.pool_table, POOL_COLUMN["name"]),
                    zip(column(panel.pool_table, POOL_COLUMN["status"]),
                        column(panel.pool_table, POOL_COLUMN["reason"]))))


def candidates(panel: StaffingPanel) -> list[str]:
    return [name for name, (status, _) in pool(panel).items() if status == "가능"]


def team(panel: StaffingPanel) -> list[str]:
    return column(panel.team_table, TEAM_COLUMN["name"])


def row_of(table: QTableView, col: int, text: str) -> int:
    return column(table, col).index(text)


def double_click(qtbot, table: QTableView, row: int) -> None:  # noqa: ANN001
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click(qtbot, table: QTableView, row: int) -> None:  # noqa: ANN001
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def team_size_findings(opened: OpenEvent, key: str) -> list[Any]:
    return [f for f in opened.findings if f.code == "staff.team-size" and key in f.sessions]


def test_reception_short_then_a_double_click_completes_the_team_and_undo_restores(
        qtbot, opened: OpenEvent, panel: StaffingPanel) -> None:  # noqa: ANN001
    panel.show_session(session_id(opened, "reception"))
    assert panel.heading.text() == "퀀텀 네트워킹 리셉션"
    assert "한영 근접 통역 · 110분" in panel.summary.text()
    assert panel.strength.text().startswith("배정 1 / 필요 2 (근접 통역 110분")
    assert panel.strength.property("met") is False and "#b3261e" in panel.strength.styleSheet()
    assert "한영 통역사 3" in team(panel)
    assert "한영 통역사 1" in candidates(panel)  # free all day on 2 July
    assert pool(panel)["한영 통역사 3"] == ("배정됨", "이미 배정됨")
    assert team_size_findings(opened, "reception")

    double_click(qtbot, panel.pool_table, row_of(panel.pool_table, POOL_COLUMN["name"],
                                                  "한영 통역사 1"))
    assert panel.strength.text() == "배정 2 / 필요 2 (근접 통역 110분(30분 초과 시 2명): 2명; 이 행사의 설정)"
    assert panel.strength.property("met") is True and "#1b7a35" in panel.strength.styleSheet()
    assert team(panel)[:2] == ["한영 통역사 1", "한영 통역사 3"]
    assert column(panel.team_table, TEAM_COLUMN["role"])[0] == "근접"  # the role of the mode
    assert pool(panel)["한영 통역사 1"][0] == "배정됨"
    assert team_size_findings(opened, "reception") == []
    assert opened.undo_stack.count() == 1

    opened.undo_stack.undo()
    assert panel.strength.text().startswith("배정 1 / 필요 2")
    assert "한영 통역사 1" not in team(panel) and "한영 통역사 1" in candidates(panel)
    assert team_size_findings(opened, "reception")


def test_in_english(opened: OpenEvent, panel: StaffingPanel,
                    korean_interface: InterfaceLanguage) -> None:
    korean_interface.use("en")  # the panel is told at once, and retranslates itself
    panel.set_language("en")
    panel.show_session(session_id(opened, "reception"))
    assert panel.heading.text() == "Quantum networking reception"
    assert "Korean-English whispered interpretation · 110 min" in panel.summary.text()
    assert panel.strength.text().startswith("Assigned 1 / needed 2 (whispering for 110 min")
    assert panel.assign_button.text() == "Assign"
    assert pool(panel)["KO-EN interpreter 3"] == ("in the team", "already in the team")


def test_canada_roundtable_team_and_candidates(opened: OpenEvent, panel: StaffingPanel) -> None:
    panel.show_session(session_id(opened, "ca-roundtable"))
    assert "한영 동시통역 · 120분" in panel.summary.text()
    assert panel.strength.text() == "배정 2 / 필요 2 (양방향 부스, 통역 120분: 2명; AIIC 캐나다 기준)"
    assert "한영 통역사 1" in team(panel)
    assert candidates(panel) == ["한영 통역사 3", "한영 통역사 4"]
    # Interpreter 1 is moving from the dialogue next door with no time to change rooms.
    check = column(panel.team_table, TEAM_COLUMN["check"])[team(panel).index("한영 통역사 1")]
    assert "이동 시간이 0분뿐입니다" in check


def test_enter_and_the_assign_button_assign_the_selected_candidate(
        qtbot, opened: OpenEvent, panel: StaffingPanel) -> None:  # noqa: ANN001
    panel.show_session(session_id(opened, "eu-meeting"))
    assert candidates(panel) == ["한영 통역사 2", "한영 통역사 3", "한영 통역사 4"]
    panel.pool_table.setFocus()
    click(qtbot, panel.pool_table, 0)
    qtbot.keyClick(panel.pool_table, Qt.Key.Key_Return)
    assert "한영 통역사 2" in team(panel)
    assert panel.pool_table.currentIndex().row() == 1  # the next candidate is ready
    assert panel.assign_button.isEnabled()
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    assert team(panel) == ["한영 통역사 1", "한영 통역사 2", "한영 통역사 3"]
    assert panel.strength.text() == "배정 3 / 필요 1 (순차통역 60분 이하: 1명; 이 행사의 설정)"


def test_rows_stay_put_while_assigning_so_each_double_click_takes_the_person_shown(
        qtbot, opened: OpenEvent, panel: StaffingPanel) -> None:  # noqa: ANN001
    panel.show_session(session_id(opened, "eu-meeting"))
    names = column(panel.pool_table, POOL_COLUMN["name"])
    assert names == ["한영 통역사 2", "한영 통역사 3", "한영 통역사 4", "한영 통역사 1"]
    double_click(qtbot, panel.pool_table, 0)
    assert column(panel.pool_table, POOL_COLUMN["name"]) == names  # nobody moved up
    assert pool(panel)["한영 통역사 2"][0] == "배정됨"
    double_click(qtbot, panel.pool_table, 1)  # where 통역사 3 was, and still is
    assert team(panel) == ["한영 통역사 1", "한영 통역사 2", "한영 통역사 3"]
    assert column(panel.pool_table, POOL_COLUMN["name"]) == names
    # Another session starts from its own order: candidates first again.
    panel.show_session(session_id(opened, "reception"))
    assert pool(panel)[column(panel.pool_table, POOL_COLUMN["name"])[0]][0] == "가능"


def test_a_busy_interpreter_elsewhere_stops_being_a_candidate(opened: OpenEvent,
                                                              panel: StaffingPanel) -> None:
    panel.show_session(session_id(opened, "ca-roundtable"))
    interpreter3 = next(p.id for p in opened.loaded.interpreters if p.key == "koen-3")
    assert opened.push(commands.Assign(opened, session_id(opened, "ca-dialogue"), interpreter3,
                                       "consecutive"))
    status, reason = pool(panel)["한영 통역사 3"]
    assert status == "불가"
    assert reason == "이동 시간 0분(필요 10분): '한국-캐나다 정부 간 대화' 09:00~09:30"
    assert candidates(panel) == ["한영 통역사 4"]


def test_unassign_with_the_delete_key_and_undo(qtbot, opened: OpenEvent,  # noqa: ANN001
                                               panel: StaffingPanel) -> None:
    panel.show_session(session_id(opened, "ca-roundtable"))
    assert not panel.unassign_button.isEnabled()
    panel.team_table.setFocus()
    click(qtbot, panel.team_table, team(panel).index("한영 통역사 2"))
    assert panel.unassign_button.isEnabled()
    qtbot.keyClick(panel.team_table, Qt.Key.Key_Delete)
    assert team(panel) == ["한영 통역사 1"]
    assert panel.strength.text().startswith("배정 1 / 필요 2")
    assert "한영 통역사 2" in candidates(panel)
    assert team_size_findings(opened, "ca-roundtable")
    opened.undo_stack.undo()
    assert team(panel) == ["한영 통역사 1", "한영 통역사 2"]
    assert team_size_findings(opened, "ca-roundtable") == []


@pytest.fixture
def small_opened(qapp, tmp_path: Path, small_event: dict[str, Any]):  # noqa: ANN001, ANN201
    pool_extra = [
        {"key": "ko-en-only", "name": {"ko": "한영 단방향 통역사", "en": "KO>EN only"},
         "languages": ["ko", "en"], "directions": ["ko>en"], "modes": ["consecutive"],
         "available": [{"date": "2026-07-01", "start": "08:00", "end": "18:00"}]},
        {"key": "booth-only", "name": {"ko": "부스 전문 통역사", "en": "Booth only"},
         "languages": ["ko", "en"], "directions": ["ko>en", "en>ko"], "modes": ["simultaneous"],
         "available": [{"date": "2026-07-01", "start": "08:00", "end": "18:00"}]},
        {"key": "afternoon", "name": {"ko": "오후 통역사", "en": "Afternoon"},
         "languages": ["ko", "en"], "directions": ["ko>en", "en>ko"], "modes": ["consecutive"],
         "available": [{"date": "2026-07-01", "start": "09:30", "end": "12:00"},
                       {"date": "2026-07-01", "start": "12:00", "end": "18:00"}]},
    ]
    small_event["interpreters"] += pool_extra
    path = build_new_file(tmp_path / "small.agenda", lambda doc: import_event(doc, small_event))
    event = OpenEvent(EventDocument.open(path))
    yield event
    event.close()


def test_interpreters_without_the_direction_mode_or_time_are_listed_with_the_reason(
        qtbot, small_opened: OpenEvent) -> None:  # noqa: ANN001
    panel = StaffingPanel(small_opened)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_session(small_opened.loaded.sessions[0].id)
    assert "한영 순차통역 · 60분" in panel.summary.text()
    shown = pool(panel)
    assert shown == {
        "한영 단방향 통역사": ("불가", "영→한 통역 안 함"),
        "부스 전문 통역사": ("불가", "순차통역 안 함"),
        "오후 통역사": ("불가", "가능 시간 09:30~18:00 밖"),
        "한영 통역사 1": ("배정됨", "이미 배정됨"),
    }
    model, name = panel.pool_model, POOL_COLUMN["name"]
    one_way = model.index(row_of(panel.pool_table, name, "한영 단방향 통역사"), name)
    assert one_way.data(Qt.ItemDataRole.ForegroundRole).color() == GREY  # greyed out
    assert "does not work en→ko" in one_way.data(Qt.ItemDataRole.ToolTipRole)
    assert not panel.assign_button.isEnabled()
    with qtbot.waitSignal(small_opened.edit_refused, timeout=1000) as refused:
        double_click(qtbot, panel.pool_table, row_of(panel.pool_table, name, "부스 전문 통역사"))
    assert refused.args == ["부스 전문 통역사 배정 불가: 순차통역 안 함"]
    assert small_opened.undo_stack.count() == 0
    # The row's own sight translation shows who does it, and for which row.
    assert column(panel.team_table, TEAM_COLUMN["for"]) == ["세션 전체", "폐회"]
    assert column(panel.team_table, TEAM_COLUMN["role"]) == ["순차", "시통역"]


@pytest.mark.parametrize("answer", [False, True])
def test_assigning_someone_marked_unavailable_asks_first(
        qtbot, small_opened: OpenEvent, answer: bool) -> None:  # noqa: ANN001
    asked: list[str] = []
    panel = StaffingPanel(small_opened, confirm=lambda _title, text: asked.append(text) or answer)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_session(small_opened.loaded.sessions[0].id)
    name = POOL_COLUMN["name"]
    click(qtbot, panel.pool_table, row_of(panel.pool_table, name, "오후 통역사"))
    assert panel.assign_button.isEnabled()  # it asks, it does not refuse
    double_click(qtbot, panel.pool_table, row_of(panel.pool_table, name, "오후 통역사"))
    assert asked == ["오후 통역사: 그 시간에 근무 불가 (가능 시간 09:30~18:00 밖). 그래도 배정할까요?"]
    assert ("오후 통역사" in team(panel)) is answer
    assert small_opened.undo_stack.count() == int(answer)
    # A person who lacks the mode is still refused outright, without a question.
    with qtbot.waitSignal(small_opened.edit_refused, timeout=1000):
        double_click(qtbot, panel.pool_table, row_of(panel.pool_table, name, "부스 전문 통역사"))
    assert len(asked) == 1 and "부스 전문 통역사" not in team(panel)


def test_a_read_only_file_offers_no_assigning(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    event = OpenEvent(EventDocument.open(write_first_planned_demo(tmp_path / "demo.agenda"), read_only=True))
    try:
        panel = StaffingPanel(event)
        qtbot.addWidget(panel)
        panel.show()
        panel.show_session(session_id(event, "reception"))
        assert panel.pool_table.currentIndex().row() == 0 and candidates(panel)
        assert not panel.assign_button.isEnabled()
        with qtbot.waitSignal(event.edit_refused, timeout=1000):
            double_click(qtbot, panel.pool_table, 0)
        assert "한영 통역사 1" not in team(panel)
    finally:
        event.close()


def test_no_session_and_a_deleted_session(opened: OpenEvent, panel: StaffingPanel) -> None:
    assert panel.heading.text() == "프로그램에서 세션을 선택하세요"
    assert panel.pool_model.rowCount() == 0 and not panel.assign_button.isEnabled()
    sid = session_id(opened, "reception")
    panel.show_session(sid)
    assert opened.push(commands.DeleteSession(opened, sid))
    assert panel.session_id is None and panel.team_model.rowCount() == 0
    opened.undo_stack.undo()
    panel.show_session(sid)
    assert panel.strength.text().startswith("배정 1 / 필요 2")


@pytest.mark.parametrize("model_class", [PoolModel, TeamModel])
def test_models(qtmodeltester, opened: OpenEvent, model_class: type) -> None:  # noqa: ANN001
    model = model_class(opened)
    # Checked once: the tester stays connected and checks the model again on every signal.
    qtmodeltester.check(model, force_py=True)
    sid = session_id(opened, "reception")
    model.show_session(sid)
    assert model.rowCount() == (4 if model_class is PoolModel else 2)
    person = next(p.id for p in opened.loaded.interpreters if p.key == "koen-1")
    opened.push(commands.Assign(opened, sid, person, "whisper"))
    assert model.rowCount() == (4 if model_class is PoolModel else 3)
    opened.undo_stack.undo()
    model.show_session(None)
    assert model.rowCount() == 0


def test_screenshot_of_the_reception(qapp, opened: OpenEvent, panel: StaffingPanel,  # noqa: ANN001
                                     tmp_path: Path) -> None:
    from ui.app import use_bundled_font

    before = QApplication.font()
    use_bundled_font(qapp)  # as the application does: Hangul in NanumGothic
    try:
        panel.setFont(QApplication.font())
        panel.show_session(session_id(opened, "reception"))
        QApplication.processEvents()
        out = tmp_path / "interpreters.png"
        assert panel.grab().save(str(out))
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1366, 768)
        for label in (panel.heading, panel.summary, panel.strength):
            assert label.sizeHint().width() <= label.width()  # nothing cut off
        if os.environ.get("UPDATE_SCREENSHOTS"):
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            out.replace(SCREENSHOT)
    finally:
        QApplication.setFont(before)


def test_deleting_a_session_once_its_team_was_shown(qtbot, window) -> None:  # noqa: ANN001
    """The team table, out of sight, kept the deleted session's rows and failed on the
    findings that followed the delete."""
    window.show_view("interpreters")
    assert window.staffing.team_model.rowCount() > 0
    window.show_view("session")
    shown = window.editor.session_id
    window.delete_session_action.trigger()
    assert shown not in window.opened.loaded.session_by_id
    window.undo_action.trigger()
    assert shown in window.opened.loaded.session_by_id
    window.show_view("interpreters")
    window.select_session(shown)
    assert window.staffing.team_model.rowCount() > 0
