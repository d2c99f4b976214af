"""Refused edits said in the interface language: every refusal code has its sentence."""

from __future__ import annotations

import string
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from db.demo import write_demo
from db.edits import REFUSALS, EditError
from ui import commands
from ui.i18n import InterfaceLanguage
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow
from ui.models.agenda import COLUMN
from ui.refusals import TEXTS, refusal_text


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_refusal_code_has_a_sentence_for_the_window() -> None:
    assert set(TEXTS) == set(REFUSALS)
    for code, english in REFUSALS.items():
        assert fields(TEXTS[code]) <= fields(english), code  # the window has what it names


def test_a_refusal_keeps_its_english_for_the_command_line() -> None:
    error = EditError.of("row-too-short", minutes=0)
    assert str(error) == "a row lasts at least one minute, not 0"
    assert (error.code, error.params) == ("row-too-short", {"minutes": 0})
    assert refusal_text(error) == "A row lasts at least one minute, not 0."  # no translator
    assert refusal_text(EditError("x.txt: no agenda rows to import")) == \
        "x.txt: no agenda rows to import"  # no code: said as it came
    assert refusal_text(EditError.of("not-a-count", field="on site")) == \
        "On site is a whole number, 0 or more."


def test_the_korean_interface_says_a_refused_edit_in_korean(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    language = InterfaceLanguage(QCoreApplication.instance())
    language.use("ko")
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        win = MainWindow(settings, HeadlessInteraction(), language=language)
        qtbot.addWidget(win)
        assert win.open_path(write_demo(tmp_path / "demo.agenda"))
        win.show()
        # The duration typed as 0 reaches the event, which refuses it; the window says why.
        opened, session = win.opened, win.opened.loaded.sessions[0]
        first = opened.loaded.walk(session)[1].item  # a row with a length
        assert not opened.push(commands.SetDuration(opened, session.id, first.id, 0))
        assert win.statusBar().currentMessage() == "행은 1분 이상이어야 합니다(0분은 안 됨)."
        assert not opened.undo_stack.count()
        # Moving the session so far that a pinned row would leave the day.
        assert not opened.push(commands.SetSessionFields(
            opened, session.id, "move", start_min=23 * 60 + 58, end_min=24 * 60))
        assert win.statusBar().currentMessage() == \
            "세션을 그곳으로 옮길 수 없습니다. 09:03에 고정된 행이 하루를 벗어납니다."
        assert refusal_text(EditError.of("session-times")) == \
            "세션은 같은 날 안에서 시작 후에 끝나야 합니다."
        assert refusal_text(EditError.of("not-a-count", field="capacity")) == \
            "수용 인원은(는) 0 이상의 정수여야 합니다."
        # A start typed as 25:00 in the agenda's start column.
        model = win.editor.model
        assert not model.setData(model.index(1, COLUMN["start"]), "25:00")
        assert win.statusBar().currentMessage() == \
            "\"25:00\"은(는) 하루 중의 시각이 아닙니다. 11:30, 1130, 9:05처럼 입력하세요."
    finally:
        language.use("en")
