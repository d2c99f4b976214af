"""The window says storage failures in the interface language and keeps working: a folder that
cannot be written, a damaged file, a full disk during an edit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from db.backups import backup_file
from db.demo import write_demo
from db.errors import REASONS
from tests.test_storage_errors import fill_up, flip, tmpfs  # noqa: F401 - tmpfs: a fixture
from ui import commands
from ui.export_dialog import ExportChoice
from ui.i18n import InterfaceLanguage
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow
from ui.refusals import STORAGE_TEXTS
from ui.runner import SyncRunner


@pytest.fixture
def korean(qtbot, tmp_path: Path) -> Iterator[Callable[..., MainWindow]]:  # noqa: ANN001
    """A Korean window on the demo, answering its questions from a script."""
    language = InterfaceLanguage(QCoreApplication.instance())
    language.use("ko")

    def make(*answers: object) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        win = MainWindow(settings, HeadlessInteraction(list(answers)), SyncRunner(),
                         language=language)
        qtbot.addWidget(win)
        assert win.open_path(write_demo(tmp_path / "demo.agenda", replace=True))
        win.show()
        return win

    try:
        yield make
    finally:
        language.use("en")


def test_every_storage_failure_has_a_sentence_for_the_window() -> None:
    assert set(STORAGE_TEXTS) == set(REASONS)
    for code, template in STORAGE_TEXTS.items():
        assert template.startswith("{path}: "), code  # the window names the file or folder too
        assert ("{detail}" in template) == ("{detail}" in REASONS[code]), code


def test_export_into_a_folder_under_a_file_is_said_in_korean(korean, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "notes.txt").write_text("a file")
    folder = tmp_path / "notes.txt" / "out"
    win = korean(ExportChoice(folder, "ko", ("venue",)),
                 ExportChoice(tmp_path / "out", "ko", ("venue",)))
    win.export_action.trigger()
    assert win.interaction.errors == [
        f"{folder}: 쓸 수 없습니다. 경로의 일부가 폴더가 아니라 파일입니다."]
    assert win.export_action.isEnabled()
    win.export_action.trigger()  # the window works on: the next folder takes the documents
    assert (tmp_path / "out" / "venue-ko.xlsx").exists()
    assert len(win.interaction.errors) == 1


def test_a_damaged_file_is_refused_in_korean_and_the_window_keeps_its_event(
        korean, tmp_path: Path) -> None:  # noqa: ANN001
    damaged = write_demo(tmp_path / "damaged.agenda")
    flip(damaged, b'"en": "Korea-EU government meeting"', 3, b"\xff")
    win = korean()
    shown = win.opened
    assert not win.open_path(damaged)
    assert win.interaction.errors == [(
        f"{damaged}: 파일이 손상되었습니다. 저장된 텍스트가 올바른 UTF-8이 아닙니다. "
        f"백업 사본을 여십시오.\n\n이 파일의 정상 백업이 없습니다.")]
    assert win.opened is shown  # the event open before stays open and editable
    session = shown.loaded.sessions[0]
    row = shown.loaded.walk(session)[1].item
    pushed = shown.push(commands.SetDuration(shown, session.id, row.id, row.duration + 1))
    assert pushed


def test_new_file_in_a_folder_that_cannot_be_written_is_said_in_korean(
        korean, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "notes.txt").write_text("a file")
    folder = tmp_path / "notes.txt"
    win = korean(str(folder / "demo.agenda"), str(folder / "event.agenda"))
    win.open_demo()
    win.new_event()
    said = f"{folder}: 쓸 수 없습니다. 경로의 일부가 폴더가 아니라 파일입니다."
    assert win.interaction.errors == [said, said]


def test_disk_full_during_an_edit_is_said_in_korean(
        korean, tmp_path: Path, tmpfs: Callable[..., Path]) -> None:  # noqa: ANN001, F811
    drive = tmpfs("drive", "512k")
    win = korean()
    assert win.open_path(write_demo(drive / "demo.agenda"))
    opened = win.opened
    session = opened.loaded.sessions[0]
    row = opened.loaded.walk(session)[1].item
    fill_up(drive)
    pushed = opened.push(commands.SetDuration(opened, session.id, row.id, row.duration + 5))
    assert not pushed
    assert win.statusBar().currentMessage() == (
        f"{drive / 'demo.agenda'}: 쓸 수 없습니다. 디스크가 가득 찼습니다(또는 디스크 할당량을 "
        f"다 썼습니다). 공간을 비운 뒤 다시 해 보십시오.")
    assert not opened.undo_stack.count()
    assert opened.loaded.walk(session)[1].item.duration == row.duration
    (drive / "filler").unlink()
    pushed = opened.push(commands.SetDuration(opened, session.id, row.id, row.duration + 5))
    assert pushed
    assert opened.loaded.walk(session)[1].item.duration == row.duration + 5


def test_a_damaged_row_offers_the_newest_backup_as_a_damaged_file_does(
        korean, tmp_path: Path) -> None:  # noqa: ANN001
    damaged = write_demo(tmp_path / "damaged.agenda")
    backup_file(damaged, "close")  # taken before the disk failed
    flip(damaged, b'"en": "Korea-EU government meeting"', -8, b"#")
    win = korean(True)  # yes: restore it
    assert win.open_path(damaged)
    assert win.interaction.errors == []
    assert win.opened is not None and win.opened.doc.path == damaged
    assert len(win.opened.loaded.sessions) == 5
