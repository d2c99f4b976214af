"""The export dialog as a coordinator meets it: what it offers, what it refuses, what it keeps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt

from db.demo import write_demo
from ui.export_dialog import ExportChoice, ExportDialog
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow
from ui.runner import SyncRunner


def tick(qtbot, box) -> None:  # noqa: ANN001
    """Click a check box on its box, where a user clicks it."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_ok_waits_for_a_document_and_a_folder(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = ExportDialog(str(tmp_path / "demo-exports"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok.isEnabled() and not dialog.hint.isVisible()
    for box in dialog.boxes.values():
        tick(qtbot, box)
    assert not dialog.ok.isEnabled()
    assert dialog.hint.isVisible() and "document" in dialog.hint.text()
    tick(qtbot, dialog.boxes["venue"])
    assert dialog.ok.isEnabled()
    dialog.folder.selectAll()
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Delete)
    assert not dialog.ok.isEnabled() and "folder" in dialog.hint.text()
    qtbot.keyClicks(dialog.folder, "   ")
    assert not dialog.ok.isEnabled()


def test_a_folder_without_a_full_path_goes_beside_the_event(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = ExportDialog(str(tmp_path / "demo-exports"))
    qtbot.addWidget(dialog)
    dialog.folder.setText("sheets")
    assert dialog.choice().folder == tmp_path / "sheets"
    dialog.folder.setText(str(tmp_path / "elsewhere"))
    assert dialog.choice().folder == tmp_path / "elsewhere"


def test_documents_are_korean_unless_the_last_export_chose_otherwise(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    first = ExportDialog(str(tmp_path))
    qtbot.addWidget(first)
    assert first.choice().lang == "ko"
    assert set(first.choice().kinds) == set(first.boxes)
    again = ExportDialog(str(tmp_path), last=ExportChoice(Path(), "en", ("ics",)))
    qtbot.addWidget(again)
    assert again.choice().lang == "en"
    assert again.choice().kinds == ("ics",)


def test_the_window_offers_the_last_choice_again(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    demo = write_demo(tmp_path / "demo.agenda")
    chosen = ExportChoice(tmp_path / "out", "en", ("venue",))
    interaction = HeadlessInteraction([chosen, None])
    win = MainWindow(settings, interaction, SyncRunner())
    qtbot.addWidget(win)
    assert win.open_path(demo)
    win.export_action.trigger()
    assert interaction.offered_export is None  # nothing exported before: the dialog's defaults
    assert (tmp_path / "out" / "venue-en.xlsx").exists()
    win.export_action.trigger()  # the second time, cancelled
    assert interaction.offered_export is not None
    assert (interaction.offered_export.lang, interaction.offered_export.kinds) == ("en", ("venue",))


def test_the_folder_is_shown_from_its_start(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    folder = "/home/coordinator/행사/2026 한-영 양자과학기술 협력/demo-exports"
    dialog = ExportDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.folder
    assert field.cursorPosition() == 0 and field.toolTip() == folder
    assert field.width() >= field.fontMetrics().horizontalAdvance("/home/coordinator/행사")
