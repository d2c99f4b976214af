"""In the window alone: rebuild the demo's Korea-UK roundtable from an empty file, staff it,
see and fix its findings, undo and redo every step, and export its run sheet."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QGuiApplication

from ui.export_dialog import ExportChoice
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow
from ui.models.agenda import COLUMN
from ui.models.records import ROOM_COLUMNS
from ui.runner import SyncRunner

UK_ROWS = "\n".join([
    "16:00~16:10 ('10)\t○ 개회 및 환영사\t(한) MSIT 윤경숙 / (영) DSIT Josh Fedder",
    "16:10~16:25 ('15)\t○ ① 정부 간 정책 발표 세션\tNRF 백승욱",
    "16:25~16:40 ('15)\t○ ② 인프라 논의 세션\tKISTI 함재균",
    "16:40~16:55 ('15)\t○ ③ 산업 생태계 현황 공유 세션\tKQIA 김성혁",
    "16:55~17:10 ('15)\t○ ④ 표준 및 계측 협력방안 세션\tKRISS 홍기석",
    "17:10~17:20 ('10)\t○ ⑤ NQTS 관련 논의 세션\t",
    "17:20~17:55 ('35)\t○ 토론\t좌장: Imperial College London 김명식",
    "17:55~18:00 ('5)\t○ 기념사진 촬영 및 폐회\t사회: 김상우(K-본부)",
])


PURPOSE = "양국이 전략협력국으로 인식하며, 양자기술 분야의 정책 및 전략 공유를 통해 긴밀한 협력 체계 구축"
PARTICIPANTS = "한국, 영국 양자 분야 산·학·연·관 20명 내외"
KEY_POINT = "- 양국 간 정책 프로그램 공유 및 분야별 협력 확대 방안 논의"
SIDES = [("한국", "Korea", "11", "0", "과기정통부, 한국연구재단, KISTI, KAIST 등",
          "MSIT, NRF, KISTI, KAIST, etc."),
         ("영국", "UK", "10", "0", "영국과학혁신기술부(DSIT), 주한영국대사관 등",
          "DSIT, British Embassy Seoul, etc.")]


def codes(window: MainWindow) -> set[str]:
    return {f.code for f in window.opened.findings}


EVENT_SETTINGS = {"title": {"ko": "한-영 양자과학기술 협력 행사", "en": "Korea-UK quantum week"},
                  "languages": ["ko", "en"], "timezone": "Asia/Seoul"}


def test_rebuild_the_korea_uk_roundtable_in_the_window(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    out = tmp_path / "out"
    interaction = HeadlessInteraction([str(tmp_path / "uk.agenda"), EVENT_SETTINGS,
                                       ExportChoice(out, "ko", ("runsheet",))])
    win = MainWindow(settings, interaction, SyncRunner())
    qtbot.addWidget(win)
    win.show()

    # An empty event file; File ▸ Event settings comes at once: its title, languages, time zone.
    win.new_action.trigger()
    assert win.opened.loaded.event.title == EVENT_SETTINGS["title"]
    assert win.windowTitle() == "한-영 양자과학기술 협력 행사 — uk.agenda — Agenda Planner"

    # The studio with its booth.
    win.add_room()
    rooms = win.rooms_model
    for header, value in (("Name (Korean)", "DDP 디자인랩 서울-온 화상스튜디오"), ("Floor", "2F"),
                          ("Capacity", "60"), ("Booths", "1")):
        column = next(i for i, c in enumerate(ROOM_COLUMNS) if c.header == header)
        assert rooms.setData(rooms.index(0, column), value)

    # The session, its times, room and interpretation, from the header fields.
    win.add_session_action.trigger()
    editor = win.editor
    editor.title_ko.setText("한국-영국 라운드테이블")
    editor.title_ko.editingFinished.emit()
    editor.title_en.setText("Korea-UK roundtable")
    editor.title_en.editingFinished.emit()
    editor.date.setDate(QDate(2026, 7, 2))
    editor.start.setText("16:00")
    editor.end.setText("18:00")
    editor.end.editingFinished.emit()
    editor.room.setCurrentIndex(editor.room.findData(win.opened.loaded.rooms[0].id))
    editor.room.activated.emit(editor.room.currentIndex())
    editor.mode.setCurrentIndex(editor.mode.findData("simultaneous"))
    editor.mode.activated.emit(editor.mode.currentIndex())
    session = win.opened.loaded.session_by_id[editor.session_id]
    assert (session.title["ko"], session.start_min, session.end_min) == \
        ("한국-영국 라운드테이블", 960, 1080)
    assert session.interpretation_languages == ["ko", "en"]
    assert "staff.none-assigned" in codes(win)  # interpretation planned, nobody yet

    # The overview (행사 개요): purpose, participants, key points and the two sides.
    editor.header_tabs.setCurrentIndex(1)
    for field, text in (("purpose", PURPOSE), ("participants", PARTICIPANTS)):
        getattr(editor, field).setText(text)
        getattr(editor, field).editingFinished.emit()
    editor.key_points.setPlainText(KEY_POINT)
    editor.key_points.committed.emit()
    editor.header_tabs.setCurrentIndex(2)
    sides = editor.delegations_model
    for values in SIDES:
        qtbot.mouseClick(editor.delegation_buttons[0], Qt.MouseButton.LeftButton)
        row = sides.rowCount() - 1
        for column, value in enumerate(values):
            index = sides.index(row, column)
            assert index.data() == value or sides.setData(index, value)
    session = win.opened.loaded.session_by_id[editor.session_id]
    assert (session.purpose, session.participants) == ({"ko": PURPOSE}, {"ko": PARTICIPANTS})
    assert [(d.side["en"], d.on_site, d.members["en"])
            for d in win.opened.loaded.delegations_of(session)] == \
        [(v[1], int(v[2]), v[5]) for v in SIDES]

    # The seed's rows, pasted as copied from the run sheet.
    QGuiApplication.clipboard().setText(UK_ROWS)
    win.paste_action.trigger()
    model = editor.model
    assert [model.index(r, COLUMN["time"]).data() for r in (0, 7)] == \
        ["16:00~16:10 ('10)", "17:55~18:00 ('5)"]
    assert "agenda.ends-early" not in codes(win) and "agenda.overrun" not in codes(win)

    # Two interpreters, staffed from the interpreters view by double-click.
    win.add_interpreter()
    win.add_interpreter()
    people = win.interpreters_model  # a new interpreter works in no mode until it is ticked
    modes = next(c for c, spec in enumerate(people.columns) if spec.header == "Modes")
    for row in (people.rowCount() - 2, people.rowCount() - 1):
        people.setData(people.index(row, modes), ["simultaneous"])
    assert [p.modes for p in win.opened.loaded.interpreters] == [["simultaneous"]] * 2
    win.show_view("interpreters")
    panel = win.staffing
    assert panel.strength.property("met") is False
    for _ in range(2):
        row = next(r for r in range(panel.pool_model.rowCount())
                   if panel.pool_model.verdict(r).possible)
        panel.assign_row(row)
    assert panel.strength.property("met") is True
    assert not {"staff.none-assigned", "staff.team-size"} & codes(win)
    assert not [f for f in win.opened.findings if f.severity == "error"]

    # Every step undoes, back to the empty file, and redoes to the same plan.
    stack = win.opened.undo_stack
    done = stack.count()
    assert done >= 15
    final = (list(codes(win)), [model.index(r, COLUMN["content"]).data()
                                for r in range(model.rowCount())])
    while stack.canUndo():
        stack.undo()
    assert win.opened.loaded.sessions == [] and win.opened.loaded.rooms == []
    while stack.canRedo():
        stack.redo()
    win.select_session(win.opened.loaded.sessions[0].id)
    assert (list(codes(win)), [model.index(r, COLUMN["content"]).data()
                               for r in range(model.rowCount())]) == final

    # The run sheet, exported from the window.
    win.export_action.trigger()
    assert interaction.said == [f"3 files written to {out}"]  # whole event, Excel, the day
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-raw", str(out / "runsheet-ko.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert "한국-영국 라운드테이블" in text and "※ 한영 동시통역(통역부스)으로 진행" in text
        assert "한-영 양자과학기술 협력 행사" in text  # the event's title, as set
        flat = " ".join(text.split())
        assert f"- (목적) {PURPOSE}" in flat and f"- (참석자) {PARTICIPANTS}" in flat
        assert f"- (한국) (총 11명) {SIDES[0][4]}" in flat and KEY_POINT[2:] in flat
        assert "17:20~17:55 ('35) ○ 토론 좌장: Imperial College London 김명식" in " ".join(
            text.split())  # the remark wraps in its column
