"""Importing in the window: paste, look at the preview with its problems, import, undo, redo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from db.demo import write_demo
from db.document import EventDocument
from db.importing import Target
from db.loading import load_event
from planner.imports.runsheet import parse_text
from ui.context import OpenEvent
from ui.import_dialog import KEPT_COLOUR, UNREAD_COLOUR, ImportChoice, ImportDialog
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow

EU_TABLE = "\n".join([
    "시 간\t내 용\t비 고",
    "10:00~10:10 ('10)\t○ 개회 및 환영사\t(한) 윤경숙 국장님 (EU) 킬리안 그로스",
    "10:10~10:15 ('5)\t○ 참석자 소개\t(사회자) K-QICO 또는 KE-QSTCC",
    "10:15~10:55 ('40)\t○ R&D 협력 현황 논의(안)\t",
    "10:15~10:23 ('8)\t한-EU 정부 대화 주요 논의 진행 안내\tK-QICO 본부장",
    "\t- HE 및 퀀테라 사업 참여 현황\t(한) NRF",
    "10:23~10:31 ('8)\t- 협력확대를 위한 한국측 제안사항\t(한) KE-QSTCC",
    "10:31~10:39 ('8)\t- EU 대형 프로젝트 추진현황 및 협력방안\t(EU) DG CNECT",
    "10:40~10:55 ('16)\t- 질의응답 및 자유토론\t참석자 전체",
    "10:55~11:00 ('5)\t○ 기념사진 촬영 및 폐회\t",
])


@pytest.fixture
def opened(qtbot, tmp_path: Path):  # noqa: ANN001
    path = write_demo(tmp_path / "demo.agenda")
    event = OpenEvent(EventDocument.open(path))
    yield event
    event.close()


def _paste(qtbot, dialog: ImportDialog, text: str) -> None:  # noqa: ANN001
    QGuiApplication.clipboard().setText(text)
    dialog.text.setFocus()
    dialog.parsed = None
    qtbot.keySequence(dialog.text, QKeySequence.StandardKey.Paste)
    qtbot.waitUntil(lambda: dialog.parsed is not None, timeout=3000)


def _rows(item) -> list[str]:  # noqa: ANN001
    out = []
    for n in range(item.childCount()):
        child = item.child(n)
        out.append(child.text(0) + " " + child.text(1).split("\n")[0])
        out.extend("  " + line for line in _rows(child))
    return out


def test_the_preview_shows_rows_blocks_and_problems_before_anything_is_written(qtbot, opened):
    dialog = ImportDialog(opened, lang="en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()
    _paste(qtbot, dialog, EU_TABLE + "\n25:00~25:10\t○ 밤\t")
    head = dialog.preview.topLevelItem(0)
    assert "New session" in head.text(0) and "10:00~11:00" in head.text(0)
    assert _rows(head) == [
        "10:00~10:10 ('10) ○ 개회 및 환영사", "10:10~10:15 ('5) ○ 참석자 소개",
        "10:15~10:55 ('40) ○ R&D 협력 현황 논의(안)",
        "  10:15~10:23 ('8) 한-EU 정부 대화 주요 논의 진행 안내",
        "  10:23~10:31 ('8) - 협력확대를 위한 한국측 제안사항",
        "  10:31~10:39 ('8) - EU 대형 프로젝트 추진현황 및 협력방안",
        "  10:40~10:55 ('16) - 질의응답 및 자유토론",
        "10:55~11:00 ('5) ○ 기념사진 촬영 및 폐회"]
    block = head.child(2)
    disagreeing = block.child(3)
    assert disagreeing.background(0).color() == KEPT_COLOUR
    assert "('16)" in disagreeing.text(3)
    unread = dialog.preview.topLevelItem(1)
    assert unread.text(0) == "line 11" and "25:00 is not a time of day" in unread.text(1)
    assert unread.background(0).color() == UNREAD_COLOUR
    # An import is all or nothing: with a red line, Import waits for the source to be fixed.
    assert not dialog.import_button.isEnabled()
    assert "1 line(s) could not be read" in dialog.status.text()
    dialog.text.selectAll()
    _paste(qtbot, dialog, EU_TABLE)
    assert dialog.preview.topLevelItemCount() == 1
    assert dialog.import_button.isEnabled()
    # Nothing was written while previewing.
    assert len(load_event(opened.doc).sessions) == 5


def test_import_takes_what_the_preview_shows(qtbot, opened):
    dialog = ImportDialog(opened)
    qtbot.addWidget(dialog)
    _paste(qtbot, dialog, EU_TABLE)
    shown = dialog.parsed
    dialog.text.appendPlainText("11:00~11:10\t○ 추가\t")  # typed a moment before pressing Import
    dialog.import_button.click()
    assert dialog.result() != ImportDialog.DialogCode.Accepted  # the new row is shown first
    assert dialog.parsed is not shown and dialog.parsed.row_count == 9
    dialog.import_button.click()
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert dialog.choice().parsed is dialog.parsed


def test_choosing_an_existing_session_says_so(qtbot, opened):
    dialog = ImportDialog(opened)
    qtbot.addWidget(dialog)
    _paste(qtbot, dialog, EU_TABLE)
    dialog.target.setCurrentIndex(dialog.target.findData("eu-meeting"))
    assert "existing session eu-meeting" in dialog.preview.topLevelItem(0).text(0)
    choice = dialog.choice()
    assert choice is not None and choice.target.session_key == "eu-meeting"


def test_a_workbook_laid_out_differently_asks_which_column_is_which(qtbot, opened, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (("무엇", "언제", "분"), ("개회사", "10:00", 15), ("토론", "10:15", 45)):
        sheet.append(row)
    book.save(tmp_path / "other.xlsx")
    dialog = ImportDialog(opened)
    qtbot.addWidget(dialog)
    dialog.load_file(tmp_path / "other.xlsx")
    assert not dialog.columns_box.isHidden()
    assert not dialog.import_button.isEnabled()
    for name, column in (("content", 0), ("start", 1), ("duration", 2)):
        combo = dialog.column_combos[name]
        combo.setCurrentIndex(combo.findData(column))
    dialog.refresh()
    assert _rows(dialog.preview.topLevelItem(0)) == ["10:00~10:15 ('15) 개회사",
                                                     "10:15~11:00 ('45) 토론"]
    assert dialog.import_button.isEnabled()


def test_import_from_the_window_is_one_step_to_undo_and_redo(qtbot, tmp_path):
    path = write_demo(tmp_path / "demo.agenda")
    choice = ImportChoice(parse_text(EU_TABLE), Target(None, dt.date(2026, 7, 4)))
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        HeadlessInteraction([choice]))
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    window.import_action.trigger()
    keys = [s.key for s in window.opened.loaded.sessions]
    assert "2026-07-04-1000" in keys
    name = QCoreApplication.translate("Edit", "Import {0} rows").format(8)
    assert window.opened.undo_stack.undoText() == name
    assert window.undo_action.text().endswith(name)  # the Edit menu names the import
    new = next(s for s in window.opened.loaded.sessions if s.key == "2026-07-04-1000")
    assert window.editor.session_id == new.id  # the window shows what came in
    window.undo_action.trigger()
    assert "2026-07-04-1000" not in [s.key for s in window.opened.loaded.sessions]
    window.redo_action.trigger()
    again = next(s for s in window.opened.loaded.sessions if s.key == "2026-07-04-1000")
    assert again.id == new.id
    assert [n.item.title["ko"] for n in window.opened.loaded.walk(again)][:2] == [
        "개회 및 환영사", "참석자 소개"]
    window.close()
    with EventDocument.open(path, read_only=True) as doc:
        assert "2026-07-04-1000" in [s.key for s in load_event(doc).sessions]


def test_keyboard_path_to_import(qtbot, tmp_path):
    path = write_demo(tmp_path / "demo.agenda")
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        HeadlessInteraction([]))
    qtbot.addWidget(window)
    assert window.open_path(path)
    assert window.import_action.shortcut() == QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT
                                                           | Qt.Key.Key_I)
    assert window.import_action in window.file_menu.actions()


def test_rooms_the_event_does_not_have_are_said_after_the_import(qtbot, tmp_path):
    path = write_demo(tmp_path / "demo.agenda")
    text = ("□ 행사 개요\n- (일시/장소) '26.7.4.(토) 10:00~10:30 / 별관 세미나실(3F)\n"
            "10:00~10:30\t○ 개회\t")
    interaction = HeadlessInteraction([ImportChoice(parse_text(text), Target())])
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        interaction)
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.import_action.trigger()
    assert len(interaction.errors) == 1 and "별관 세미나실(3F)" in interaction.errors[0]


def test_the_preview_says_its_problems_in_korean(qtbot, opened):
    dialog = ImportDialog(opened, lang="ko")
    qtbot.addWidget(dialog)
    _paste(qtbot, dialog, EU_TABLE + "\n25:00~25:10\t○ 밤\t")
    unread = dialog.preview.topLevelItem(1)
    assert unread.text(0) == "11번째 줄"
    assert unread.text(1) == "'25:00~25:10': 25:00은(는) 하루 중의 시각이 아닙니다"
    disagreeing = dialog.preview.topLevelItem(0).child(2).child(3)
    assert disagreeing.text(3).startswith("적힌 소요 시간('16)이 시간 범위(15분)와 다릅니다")


def test_a_refused_file_is_said_in_the_windows_language(qtbot, opened, tmp_path):
    notes = tmp_path / "notes.xlsx"
    notes.write_text("엑셀 파일이 아닙니다", encoding="utf-8")
    dialog = ImportDialog(opened, lang="ko")
    qtbot.addWidget(dialog)
    dialog.load_file(notes)
    assert dialog.status.text().endswith("엑셀 통합 문서(.xlsx)가 아닙니다")
    assert not dialog.import_button.isEnabled() and dialog.preview.topLevelItemCount() == 0
