"""Texts without English (or Korean): a finding per session, and the export dialog says how
many there are before English documents are written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from ui.export_dialog import ExportChoice, ExportDialog
from ui.i18n import InterfaceLanguage
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow
from ui.models.agenda import COLUMN

from .test_ui_agenda_cells import open_cell


def test_the_dialog_says_how_many_texts_lack_the_chosen_language(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = ExportDialog(str(tmp_path), missing={"ko": 0, "en": 8})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice().lang == "ko" and not dialog.missing_note.isVisible()
    dialog.lang.setFocus()
    qtbot.keyClick(dialog.lang, Qt.Key.Key_Down)  # English
    assert dialog.choice().lang == "en" and dialog.missing_note.isVisible()
    assert dialog.missing_note.text() == (
        "Texts without English: 8. The documents print them in Korean, marked [in Korean]; "
        "the findings list them by session.")
    assert dialog.ok.isEnabled()  # said, not forbidden: a draft in English may be wanted
    qtbot.keyClick(dialog.lang, Qt.Key.Key_Up)
    assert not dialog.missing_note.isVisible()


def test_the_dialog_in_korean(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication

    language = InterfaceLanguage(QCoreApplication.instance())
    language.use("ko")
    try:
        dialog = ExportDialog(str(tmp_path), last=ExportChoice(Path(), "en", ("runsheet",)),
                              missing={"en": 3})
        qtbot.addWidget(dialog)
        assert dialog.missing_note.text().startswith("영문이 없는 텍스트: 3개.")
    finally:
        language.use("en")


def test_the_window_counts_them_and_the_finding_follows_the_edits(
        qtbot, settings: QSettings, small_file: Path) -> None:  # noqa: ANN001
    interaction = HeadlessInteraction([None, None])
    win = MainWindow(settings, interaction)
    qtbot.addWidget(win)
    assert win.open_path(small_file)
    win.show()
    found = [f for f in win.opened.findings if f.code == "text.untranslated"]
    # The small event's rows are typed in Korean only: six rows, a remark, a delegation's members.
    assert [(f.sessions, f.severity.value) for f in found] == [(("s1",), "warning")]
    assert "no English for 8 texts" in found[0].text("en")
    assert any(win.findings_model.finding(r).code == "text.untranslated"
               for r in range(win.findings_model.rowCount()))
    win.export_action.trigger()  # cancelled; the dialog was told the counts
    assert interaction.offered_missing == {"ko": 0, "en": 8}

    win.set_language("en")  # the agenda shows the event's English texts, and takes them
    cell = open_cell(qtbot, win, 0, COLUMN["content"])  # the whole text selected
    qtbot.keyClicks(cell, "Opening")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    assert win.opened.loaded.walk(win.opened.loaded.sessions[0])[0].item.title == \
        {"ko": "개회", "en": "Opening"}
    found = [f for f in win.opened.findings if f.code == "text.untranslated"]
    assert "no English for 7 texts" in found[0].text("en")
    win.export_action.trigger()
    assert interaction.offered_missing == {"ko": 0, "en": 7}
