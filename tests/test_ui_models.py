"""Every Qt item model passes Qt's own model tester, before and after edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import write_first_planned_demo
from db.document import EventDocument
from ui import commands
from ui.context import OpenEvent
from ui.i18n import InterfaceLanguage
from ui.models.agenda import COLUMN, AgendaModel
from ui.models.findings import FindingsModel
from ui.models.navigator import NavigatorModel


@pytest.fixture
def opened(qapp, tmp_path: Path):  # noqa: ANN001, ANN201
    event = OpenEvent(EventDocument.open(write_first_planned_demo(tmp_path / "demo.agenda")))
    yield event
    event.close()


@pytest.fixture
def korean_interface(qapp):  # noqa: ANN001, ANN201
    """The interface in Korean from the translation file, for one test."""
    language = InterfaceLanguage(qapp)
    language.use("ko")
    yield language
    language.use("en")


def test_agenda_model(qtmodeltester, opened: OpenEvent) -> None:  # noqa: ANN001
    model = AgendaModel(opened)
    model.show_session(opened.loaded.sessions[1].id)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 13
    assert model.index(3, COLUMN["content"]).data() == "○ R&D 협력 세션"
    assert model.index(4, COLUMN["content"]).data() == "    - NRC 챌린지 프로그램 현황"
    opened.push(commands.SetDuration(opened, opened.loaded.sessions[1].id,
                                     model.node(4).item.id, 20))
    qtmodeltester.check(model, force_py=True)
    assert model.index(5, COLUMN["time"]).data() == "10:20~10:30 ('10)"


def test_findings_model(qtmodeltester, opened: OpenEvent,  # noqa: ANN001
                        korean_interface: InterfaceLanguage) -> None:
    model = FindingsModel(opened)
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == \
        ["오류", "오류", "참고", "참고", "참고", "참고", "참고"]
    korean_interface.use("en")
    assert model.index(0, 0).data() == "Error"  # the words come from the translator installed
    assert model.index(0, 3).data() == "'26.7.1.(수)"  # dated as the navigator dates its days
    fixes = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert any(fixes) and all(isinstance(t, str) for t in fixes)  # what to do, where known
    model.set_language("en")
    assert model.index(0, 3).data() == "Wed 1 July 2026"
    tip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(model.index(0, 1).data())  # the whole text the column may cut short


def test_navigator_model(qtmodeltester, opened: OpenEvent) -> None:  # noqa: ANN001
    model = NavigatorModel(opened)
    qtmodeltester.check(model, force_py=True)
    assert [model.item(r).text() for r in range(model.rowCount())] == \
        ["'26.7.1.(수)", "'26.7.2.(목)", "'26.7.3.(금)"]
    session = model.item(0).child(0)
    assert session.text() == "09:00~09:30 ◐ 한국-캐나다 정부 간 대화"
    assert session.toolTip() == ("09:00~09:30 한국-캐나다 정부 간 대화\n"
                                 "DDP 디자인랩 서울-온 화상회의실 2F\n순차통역")


def test_record_models(qtmodeltester, opened: OpenEvent) -> None:  # noqa: ANN001
    from ui.models.records import delegations_model, interpreters_model, rooms_model

    for model in (rooms_model(opened), interpreters_model(opened),
                  delegations_model(opened, lambda: opened.loaded.sessions[0].id)):
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() > 0


def test_interpreter_modes_read_and_type_in_the_interface_language(
        opened: OpenEvent, korean_interface) -> None:  # noqa: ANN001
    from ui.models.records import interpreters_model

    model = interpreters_model(opened)
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "통역 방식")
    cell = model.index(0, column)
    before = list(opened.loaded.interpreters[0].modes)
    assert model.data(cell) == ", ".join({"simultaneous": "동시", "consecutive": "순차",
                                          "whispered": "근접", "sight": "시통역"}[m] for m in before)
    assert model.setData(cell, "순차, whispered, remote-simultaneous")
    assert opened.loaded.interpreters[0].modes == ["consecutive", "whispered",
                                                   "remote-simultaneous"]
    assert model.data(cell) == "순차, 근접, 원격 동시"
    refused: list[str] = []
    opened.edit_refused.connect(refused.append)
    assert not model.setData(cell, "순차, 통역")
    assert refused and "통역" in refused[0]
    assert opened.loaded.interpreters[0].modes == ["consecutive", "whispered",
                                                   "remote-simultaneous"]
    opened.undo_stack.undo()
    assert opened.loaded.interpreters[0].modes == before


def test_interpreter_directions_read_as_the_interpreters_view_says_them(
        opened: OpenEvent) -> None:
    from ui.models.records import interpreters_model

    model = interpreters_model(opened)
    column = next(c for c in range(model.columnCount())
                  if model.columns[c].header == "Directions")
    cell = model.index(0, column)
    assert cell.data() == "한↔영"  # both ways between Korean and English
    assert cell.data(Qt.ItemDataRole.EditRole) == "en>ko, ko>en"  # what the editor offers
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "en>ko, ko>en"
    model.set_language("en")
    assert cell.data() == "ko⇄en"
    assert model.setData(cell, "ko>en")
    assert opened.loaded.interpreters[0].directions == ["ko>en"]
    assert cell.data() == "ko→en"
