"""Importing in the window: paste, look at the preview with its problems, import, undo, redo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from db.demo import write_demo
from db.document import EventDocument
from db.importing import Target, apply_import
from db.loading import load_event
from planner.imports.runsheet import parse_text
from ui.context import OpenEvent
from ui.import_dialog import (
    KEPT_COLOUR,
    NEW_ROOM_COLOUR,
    NOTE,
    UNREAD_COLOUR,
    UNUSED_COLOUR,
    ImportChoice,
    ImportDialog,
)
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
    """The rows under an item of the preview, as time and first line of content."""
    out = []
    for n in range(item.childCount()):
        child = item.child(n)
        if child.data(0, NOTE) is not None:
            continue
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
    note = disagreeing.child(0)  # the reason, on a line of its own under the row
    assert note.data(0, NOTE).startswith("line 9: the printed length ('16) disagrees")
    assert note.background(0).color() == KEPT_COLOUR
    unread = dialog.preview.topLevelItem(1)
    assert unread.data(0, NOTE) == "line 11: '25:00~25:10': 25:00 is not a time of day"
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
    head = dialog.preview.topLevelItem(0).text(0)  # named by title, day and time, not key
    assert "existing session 한국-EU 정부 면담 (2026-07-03 10:00~11:00)" in head
    assert "eu-meeting" not in head
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
    assert unread.data(0, NOTE) == "11번째 줄: '25:00~25:10': 25:00은(는) 하루 중의 시각이 아닙니다"
    disagreeing = dialog.preview.topLevelItem(0).child(2).child(3)
    assert disagreeing.child(0).data(0, NOTE).startswith(
        "9번째 줄: 적힌 소요 시간('16)이 시간 범위(15분)와 다릅니다")


def test_a_refused_file_is_said_in_the_windows_language(qtbot, opened, tmp_path):
    notes = tmp_path / "notes.xlsx"
    notes.write_text("엑셀 파일이 아닙니다", encoding="utf-8")
    dialog = ImportDialog(opened, lang="ko")
    qtbot.addWidget(dialog)
    dialog.load_file(notes)
    assert dialog.status.text().endswith("엑셀 통합 문서(.xlsx)가 아닙니다")
    assert not dialog.import_button.isEnabled() and dialog.preview.topLevelItemCount() == 0


BLOCK_PRINTED_LONGER = "\n".join([
    "09:00~10:00\t○ 세션\t", "09:00~09:20\t- 가\t", "09:20~09:40\t- 나\t"])
OVERVIEW = "\n".join([
    "보도자료 본문은 행이 아닙니다", "□ 행사 개요",
    "- (일시/장소) '26.7.4.(토) 10:00~10:30 / 별관 세미나실(3F)", "",
    "시 간\t내 용\t비 고", "10:00~10:30\t○ 개회\t"])


def _notes(item) -> list[str]:
    """The problems said on lines of their own, anywhere under an item of the preview."""
    out = []
    for n in range(item.childCount()):
        child = item.child(n)
        if child.data(0, NOTE) is not None:
            out.append(child.data(0, NOTE))
        out.extend(_notes(child))
    return out


def _all_notes(dialog: ImportDialog) -> list[str]:
    return _notes(dialog.preview.invisibleRootItem())


def test_a_block_printed_longer_shows_the_time_it_will_have_and_is_counted_as_adjusted(
        qtbot, opened):
    dialog = ImportDialog(opened, lang="en")
    qtbot.addWidget(dialog)
    _paste(qtbot, dialog, BLOCK_PRINTED_LONGER)
    block = dialog.preview.topLevelItem(0).child(0)
    assert block.text(0) == "09:00~09:40 ('40)"  # as it will be stored, not as printed
    assert block.background(0).color() == KEPT_COLOUR
    assert "printed until 10:00 but its rows end at 09:40" in block.child(0).data(0, NOTE)
    assert "1 adjusted to the event's times (amber)" in dialog.status.text()
    assert "kept as printed" not in dialog.status.text()
    assert dialog.import_button.isEnabled()


def test_every_reason_can_be_read_whole_even_in_a_narrow_window(qtbot, opened):
    dialog = ImportDialog(opened, lang="en")
    qtbot.addWidget(dialog)
    dialog.resize(520, 640)
    dialog.show()
    _paste(qtbot, dialog, BLOCK_PRINTED_LONGER + "\n25:00~25:10\t○ 밤\t")
    preview = dialog.preview
    metrics = preview.fontMetrics()
    notes = []
    stack = [preview.invisibleRootItem()]
    while stack:
        item = stack.pop()
        stack.extend(item.child(n) for n in range(item.childCount()))
        if item.data(0, NOTE) is not None:
            notes.append(item)
    assert len(notes) == 2
    for note in notes:
        shown = note.text(0)
        assert " ".join(shown.split("\n")) == note.data(0, NOTE)  # all of it, in lines
        left = preview.visualItemRect(note).left()
        assert all(left + metrics.horizontalAdvance(line) <= preview.viewport().width()
                   for line in shown.split("\n"))
        assert note.toolTip(0) == note.data(0, NOTE)
    dialog.text.clear()
    qtbot.waitUntil(lambda: preview.topLevelItemCount() == 0)
    dialog.resize(700, 640)  # the problems' lines went with the preview: nothing to wrap


def test_rows_for_an_existing_session_that_overlap_its_rows_are_flagged(qtbot, opened):
    dialog = ImportDialog(opened, "eu-meeting", lang="en")
    qtbot.addWidget(dialog)
    _paste(qtbot, dialog, EU_TABLE)
    first = dialog.preview.topLevelItem(0).child(0)
    assert first.background(0).color() == KEPT_COLOUR
    assert first.child(0).data(0, NOTE) == (
        "line 2: starts at 10:00, before the rows already in eu-meeting end (11:00): the "
        "imported rows will overlap them")
    assert "1 to check against the event (amber)" in dialog.status.text()
    assert dialog.import_button.isEnabled()  # kept, as printed: the rules will show it
    dialog.text.selectAll()
    _paste(qtbot, dialog, "11:00~11:30\t○ 추가 논의\t")
    assert _all_notes(dialog) == [
        "line 1: runs 11:00~11:30, outside the time of eu-meeting (10:00~11:00)"]


def test_the_overlap_is_said_in_korean_in_a_korean_window(qtbot, opened):
    dialog = ImportDialog(opened, "eu-meeting", lang="ko")
    qtbot.addWidget(dialog)
    _paste(qtbot, dialog, EU_TABLE)
    assert _all_notes(dialog)[0] == ("2번째 줄: 10:00에 시작해, eu-meeting에 이미 있는 행이 끝나는 "
                                     "11:00보다 이릅니다: 가져온 행이 기존 행과 겹칩니다")


class _UserAtTheDialog(HeadlessInteraction):
    """Opens the real import dialog, pastes the text and presses Import, as a user would."""

    def __init__(self, qtbot, text: str, create_rooms: bool | None = None) -> None:
        super().__init__()
        self.qtbot, self.text, self.create_rooms = qtbot, text, create_rooms
        self.dialog: ImportDialog | None = None

    def import_choice(self, opened, session_key, lang="ko"):
        self.dialog = dialog = ImportDialog(opened, session_key, None, lang)
        self.qtbot.addWidget(dialog)
        dialog.show()
        _paste(self.qtbot, dialog, self.text)
        if self.create_rooms is not None:  # None: as the dialog offers it
            dialog.create_rooms.setChecked(self.create_rooms)
        dialog.import_button.click()
        assert dialog.result() == ImportDialog.DialogCode.Accepted
        return dialog.choice()


def test_a_room_the_event_does_not_have_is_flagged_at_the_line_that_names_it(qtbot, tmp_path):
    path = write_demo(tmp_path / "demo.agenda")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    user = _UserAtTheDialog(qtbot, OVERVIEW, create_rooms=False)
    window = MainWindow(settings, user)
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.import_action.trigger()
    head = user.dialog.preview.topLevelItem(0)
    said = "line 3: no room of the event is '별관 세미나실(3F)': the session has no room yet"
    assert head.child(0).data(0, NOTE) == said  # the 일시/장소 line, not the overview's
    assert head.child(0).background(0).color() == KEPT_COLOUR
    assert "1 to check against the event (amber)" in user.dialog.status.text()
    assert user.errors == [said]  # and the note after the import says the same line


def test_the_preview_lists_every_line_not_used_with_its_number_and_text(qtbot, opened):
    dialog = ImportDialog(opened, lang="ko")
    qtbot.addWidget(dialog)
    _paste(qtbot, dialog, "Press release\nThe forum met in Seoul.\n" + EU_TABLE)
    preview = dialog.preview
    unused = preview.topLevelItem(preview.topLevelItemCount() - 1)
    assert [unused.child(n).data(0, NOTE) for n in range(unused.childCount())] == [
        "1번째 줄: Press release", "2번째 줄: The forum met in Seoul."]
    assert unused.child(0).background(0).color() == UNUSED_COLOUR


def test_the_preview_shows_the_delegations_an_overview_gives(qtbot, opened):
    from tests.test_import_overview import FORUM

    dialog = ImportDialog(opened, lang="en")
    qtbot.addWidget(dialog)
    _paste(qtbot, dialog, FORUM)
    assert "2 line(s) not used (listed at the end, grey)" in dialog.status.text()
    head = dialog.preview.topLevelItem(0)
    lines = [head.child(n).data(0, NOTE) for n in range(head.childCount())]
    assert "Participants: 양국 정부 및 기업 관계자 300명 내외" in lines
    assert "한국: 150 on site · 산업통상자원부, 한국배터리산업협회, LG에너지솔루션" in lines
    assert "캐나다: 0 on site, 2 by video · 주한캐나다대사관 참사관, 상무관" in lines
    japan = next(head.child(n) for n in range(head.childCount())
                 if head.child(n).data(0, NOTE).startswith("일본: 4 on site"))
    assert japan.child(0).data(0, NOTE) == ("line 9: no number of people printed for 일본: "
                                            "the 4 name(s) listed are counted as on site")
    assert japan.child(0).background(0).color() == KEPT_COLOUR
    unused = dialog.preview.topLevelItem(dialog.preview.topLevelItemCount() - 1)
    assert unused.text(0).startswith("Lines not used: 2")
    assert [unused.child(n).data(0, NOTE) for n in range(unused.childCount())] == [
        "line 1: 1-1", "line 11: 행사 담당 김○○ 010-1234-5678"]


def test_sessions_to_import_into_are_named_in_the_interface_language_and_once(qtbot, tmp_path):
    path = write_demo(tmp_path / "demo.agenda")
    with EventDocument.open(path) as doc:  # a session imported without a title
        apply_import(doc, parse_text(EU_TABLE), Target(None, dt.date(2026, 7, 4)))
    opened = OpenEvent(EventDocument.open(path))
    try:
        english = ImportDialog(opened, lang="en")
        qtbot.addWidget(english)
        names = [english.target.itemText(n) for n in range(english.target.count())]
        assert "eu-meeting — Korea-EU government meeting (2026-07-03 10:00)" in names
        assert "2026-07-04-1000 (2026-07-04 10:00)" in names
        korean = ImportDialog(opened, lang="ko")
        qtbot.addWidget(korean)
        assert korean.target.itemText(korean.target.findData("eu-meeting")) == \
            "eu-meeting — 한국-EU 정부 면담 (2026-07-03 10:00)"
    finally:
        opened.close()


def test_the_day_is_asked_only_for_new_sessions_and_the_sources_own_day_is_said(qtbot, opened):
    dialog = ImportDialog(opened, "eu-meeting", lang="en")
    qtbot.addWidget(dialog)
    assert not dialog.date.isEnabled()
    assert dialog.date.date().toPython() == dt.date(2026, 7, 3)  # the session's own day
    dialog.target.setCurrentIndex(dialog.target.findData(None))
    assert dialog.date.isEnabled()
    dialog.date.setDate(dt.date(2026, 7, 10))
    _paste(qtbot, dialog, OVERVIEW)
    head = dialog.preview.topLevelItem(0).text(0)
    assert "2026-07-04 (from the source)" in head
    assert "1 session(s) on the day the source gives, not the day chosen" in \
        dialog.status.text()
    dialog.text.selectAll()
    _paste(qtbot, dialog, EU_TABLE)  # no day in the source: the day chosen is used
    assert "2026-07-10 10:00~11:00" in dialog.preview.topLevelItem(0).text(0)
    assert "not the day chosen" not in dialog.status.text()


def test_a_text_file_names_its_unknown_room_at_its_own_line(qtbot, opened, tmp_path):
    source = tmp_path / "runsheet.txt"
    source.write_text(OVERVIEW, encoding="cp949")
    dialog = ImportDialog(opened, lang="ko")
    qtbot.addWidget(dialog)
    dialog.load_file(source)
    dialog.create_rooms.setChecked(False)
    assert _all_notes(dialog) == [
        "3번째 줄: 행사에 '별관 세미나실(3F)' 회의실이 없습니다: 세션의 회의실은 아직 비어 있습니다"]


# -- rooms the source names that the event does not have ----------------------------------

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "003_a897207029e06c92.txt"
THREE_IN_TWO_ROOMS = "\n".join([
    "□ 행사 개요", "- (일시/장소) '26.7.4.(토) 10:00~10:30 / 별관 세미나실(3F)",
    "10:00~10:30\t○ 개회\t",
    "□ 행사 개요", "- (일시/장소) '26.7.4.(토) 11:00~11:30 / 별관 세미나실 (3F)",
    "11:00~11:30\t○ 토론\t",
    "□ 행사 개요", "- (일시/장소) '26.7.5.(일) 12:00~13:00 / 본관 연회장(4층)",
    "12:00~13:00\t○ 오찬\t"])


@pytest.fixture
def empty_path(tmp_path: Path) -> Path:
    from db.document import build_new_file
    from db.interchange import empty_event, import_event

    return build_new_file(tmp_path / "new.agenda",
                          lambda doc: import_event(doc, empty_event("새 행사")))


@pytest.fixture
def empty_opened(qtbot, empty_path: Path):  # noqa: ANN001
    event = OpenEvent(EventDocument.open(empty_path))
    yield event
    event.close()


def _room_lines(dialog: ImportDialog) -> list[str]:
    out = []
    for n in range(dialog.preview.topLevelItemCount()):
        head = dialog.preview.topLevelItem(n)
        out.extend(head.child(c).data(0, NOTE) for c in range(head.childCount())
                   if head.child(c).background(0).color() == NEW_ROOM_COLOUR)
    return out


def test_the_rooms_the_source_names_are_offered_and_shown_as_created(qtbot, empty_opened):
    dialog = ImportDialog(empty_opened, lang="en")
    qtbot.addWidget(dialog)
    assert not dialog.create_rooms.isEnabled()  # nothing to create before a source
    _paste(qtbot, dialog, THREE_IN_TWO_ROOMS)
    assert dialog.create_rooms.isEnabled() and dialog.create_rooms.isChecked()  # on by default
    assert _room_lines(dialog) == [
        "line 2: the room '별관 세미나실' (3F) will be created (key 별관-세미나실-3f)",
        "line 5: in the room '별관 세미나실' (3F), created for a session above",
        "line 8: the room '본관 연회장' (4층) will be created (key 본관-연회장-4층)"]
    assert _all_notes(dialog) == _room_lines(dialog)  # no amber "no room" notes
    assert "2 new room(s) will be created (green)" in dialog.status.text()
    assert "to check against the event" not in dialog.status.text()
    assert dialog.choice().target.create_rooms
    dialog.create_rooms.setChecked(False)  # the user says no: the amber notes come back
    assert _room_lines(dialog) == []
    assert [n.split(":")[0] for n in _all_notes(dialog)] == ["line 2", "line 5", "line 8"]
    assert all("no room of the event is" in n for n in _all_notes(dialog))
    assert "3 to check against the event (amber)" in dialog.status.text()
    assert not dialog.choice().target.create_rooms
    dialog.text.appendPlainText("13:00~13:10\t○ 폐회\t")  # the user's choice stays
    qtbot.waitUntil(lambda: dialog.parsed is not None and dialog.parsed.row_count == 4)
    assert not dialog.create_rooms.isChecked()


def test_rooms_the_event_has_are_not_offered(qtbot, opened):
    dialog = ImportDialog(opened, lang="en")
    qtbot.addWidget(dialog)
    _paste(qtbot, dialog, "\n".join([
        "□ 행사 개요", "- (일시/장소) '26.7.4.(토) 10:00~10:30 / DDP 디자인랩 잔디사랑방(4F)",
        "10:00~10:30\t○ 개회\t"]))
    assert not dialog.create_rooms.isEnabled() and not dialog.create_rooms.isChecked()
    assert _all_notes(dialog) == [] and not dialog.choice().target.create_rooms
    dialog.target.setCurrentIndex(dialog.target.findData("eu-meeting"))
    assert not dialog.create_rooms.isEnabled()  # rows into a session: no room to make


def test_headings_name_new_sessions_by_title_day_and_time_not_key(qtbot, empty_opened):
    dialog = ImportDialog(empty_opened, lang="en")
    qtbot.addWidget(dialog)
    _paste(qtbot, dialog, "\n".join(["한국-EU 정부 면담 (비공개)", THREE_IN_TWO_ROOMS]))
    dialog.date.setDate(dt.date(2026, 7, 4))
    heads = [dialog.preview.topLevelItem(n).text(0) for n in range(3)]
    assert heads[0].startswith("New session: 2026-07-04 10:00~10:30 한국-EU 정부 면담")
    assert heads[1].startswith("New session: 2026-07-04 11:00~11:30 ·")  # untitled
    assert heads[2].startswith("New session: 2026-07-05 (from the source) 12:00~13:00")
    assert not any("2026-07-04-1000" in h or "2026-07-05-1200" in h for h in heads)


def test_importing_with_new_rooms_is_one_step_that_undo_takes_back_whole(qtbot, tmp_path,
                                                                          empty_path):
    from db.interchange import dumps, export_event

    user = _UserAtTheDialog(qtbot, THREE_IN_TWO_ROOMS)
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), user)
    qtbot.addWidget(window)
    assert window.open_path(empty_path)

    def dump() -> str:
        return dumps(export_event(load_event(window.opened.doc)))

    before = dump()
    window.import_action.trigger()
    loaded = window.opened.loaded
    assert user.errors == []  # every session has its room: nothing to say after
    assert [r.key for r in loaded.rooms] == ["별관-세미나실-3f", "본관-연회장-4층"]
    assert [loaded.room_by_id[s.room_id].key for s in loaded.sessions] == [
        "별관-세미나실-3f", "별관-세미나실-3f", "본관-연회장-4층"]
    assert window.statusBar().currentMessage().endswith("; rooms created: 2")
    after = dump()
    assert window.opened.undo_stack.count() == 1
    window.undo_action.trigger()
    assert window.opened.loaded.rooms == [] and window.opened.loaded.sessions == []
    assert dump() == before
    window.redo_action.trigger()
    assert [r.key for r in window.opened.loaded.rooms] == ["별관-세미나실-3f", "본관-연회장-4층"]
    assert dump() == after
    window.close()


def test_the_seed_pasted_into_an_empty_event_gets_its_three_rooms(qtbot, empty_opened):
    if not SEED.is_file():
        pytest.skip(f"the seed run sheets are not here: {SEED}")
    dialog = ImportDialog(empty_opened, lang="ko")
    qtbot.addWidget(dialog)
    _paste(qtbot, dialog, SEED.read_text(encoding="utf-8"))
    assert dialog.create_rooms.isChecked()
    assert len(dialog.rooms.rooms) == 3 and len(dialog.rooms.by_session) == 5
    assert len(_room_lines(dialog)) == 5
    assert not any("no room of the event" in n or "회의실이 없습니다" in n
                   for n in _all_notes(dialog))
    heads = [dialog.preview.topLevelItem(n).text(0) for n in range(5)]
    assert heads[0].startswith("New session: 2026-07-01 (from the source) 09:00~09:30 "
                               "한국-캐나다 정부 간 대화")
    assert not any("2026-07-01-0900" in h for h in heads)
    assert dialog.import_button.isEnabled()
