"""Backups in the window: taken on open, while editing and on close; File ▸ Backups opens or
restores one; a damaged file offers its newest good backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from db.backups import backup_file, backup_problem, folder_in_data, list_backups
from tests.test_backups import damage
from tests.test_ui_window import edit_cell, stored
from ui.backup_places import KEEP_SETTING
from ui.backups_dialog import OPEN, RESTORE, BackupChoice, BackupsDialog
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow
from ui.models.agenda import COLUMN


def first_row(path: Path) -> tuple[str, int]:
    return stored(path)["ca-dialogue"][0]


def test_backups_on_open_after_a_quarter_hour_of_editing_and_on_close(
        qtbot, window: MainWindow, demo_path: Path) -> None:  # noqa: ANN001
    assert [b.reason for b in list_backups(demo_path)] == ["open"]
    now = [0.0]
    window.backup_schedule.clock = lambda: now[0]
    window.backup_schedule.opened()  # counted from here, on the test's clock
    edit_cell(qtbot, window, 0, COLUMN["duration"], "4")
    assert len(list_backups(demo_path)) == 2  # the edit came at once: no new backup
    now[0] = 15 * 60.0
    edit_cell(qtbot, window, 0, COLUMN["duration"], "6")
    backups = list_backups(demo_path)
    assert backups[0].reason == "edit"
    assert first_row(backups[0].path)[1] == 6  # the edit is in it
    window.undo_action.trigger()  # undo is an edit too
    window.close_action.trigger()
    backups = list_backups(demo_path)
    assert backups[0].reason == "close" and first_row(backups[0].path)[1] == 4
    assert all(backup_problem(b.path) is None for b in backups)


def test_restore_from_file_backups_keeps_the_current_file_first(
        qtbot, settings: QSettings, demo_path: Path) -> None:  # noqa: ANN001
    interaction = HeadlessInteraction()
    win = MainWindow(settings, interaction)
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    on_open = list_backups(demo_path)[0]
    edit_cell(qtbot, win, 0, COLUMN["duration"], "9")
    interaction.answers = [BackupChoice(4, RESTORE, on_open.path), True]  # True: confirmed
    win.backups_action.trigger()
    assert [b.path for b in interaction.offered_backups] == [on_open.path]
    assert interaction.errors == []
    assert win.opened is not None and win.opened.doc.path == demo_path
    assert not win.opened.read_only
    assert win.editor.model.index(0, COLUMN["duration"]).data() == "2"  # as when opened
    win.close_event_file()
    assert first_row(demo_path)[1] == 2
    reasons = [b.reason for b in list_backups(demo_path)]
    assert "restore" in reasons and "close" in reasons  # the edited file is kept
    kept = next(b for b in list_backups(demo_path) if b.reason == "restore")
    assert first_row(kept.path)[1] == 9
    assert int(settings.value(KEEP_SETTING)) == 4  # the number to keep, as chosen


def test_restore_asked_and_declined_changes_nothing(
        qtbot, window: MainWindow, demo_path: Path) -> None:  # noqa: ANN001
    edit_cell(qtbot, window, 0, COLUMN["duration"], "9")
    on_open = list_backups(demo_path)[0]
    window.interaction.answers = [BackupChoice(10, RESTORE, on_open.path), False]
    window.backups_action.trigger()
    assert window.opened is not None
    assert window.editor.model.index(0, COLUMN["duration"]).data() == "9"
    assert len(list_backups(demo_path)) == 1
    window.close_event_file()
    assert first_row(demo_path)[1] == 9


def test_open_a_backup_as_a_read_only_copy(qtbot, window: MainWindow,  # noqa: ANN001
                                           demo_path: Path) -> None:
    on_open = list_backups(demo_path)[0]
    window.interaction.answers = [BackupChoice(10, OPEN, on_open.path)]
    window.backups_action.trigger()
    assert window.opened.doc.path == on_open.path and window.opened.read_only
    assert window.read_only_banner is not None
    qtbot.waitUntil(window.read_only_banner.isVisible)
    assert "demo.agenda" in window.read_only_banner.text()  # a backup of it, says the banner
    assert on_open.path.name in window.windowTitle()
    assert str(on_open.path) not in window.recent_files()
    window.interaction.answers = [BackupChoice(10)]
    window.backups_action.trigger()  # still the event's backups, not the copy's
    assert [b.path for b in window.interaction.offered_backups] == [on_open.path]


def test_a_damaged_file_offers_its_newest_good_backup(
        qtbot, settings: QSettings, demo_path: Path) -> None:  # noqa: ANN001
    good = backup_file(demo_path, "close")
    damage(demo_path)
    interaction = HeadlessInteraction([True])
    win = MainWindow(settings, interaction)
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    assert interaction.errors == []
    assert win.opened is not None and win.opened.doc.path == demo_path
    assert backup_problem(good.path) is None
    assert any(b.reason == "restore" and backup_problem(b.path) for b in list_backups(demo_path))


def test_a_damaged_file_without_backups_says_so(
        qtbot, settings: QSettings, demo_path: Path) -> None:  # noqa: ANN001
    damage(demo_path)
    interaction = HeadlessInteraction()
    win = MainWindow(settings, interaction)
    qtbot.addWidget(win)
    assert not win.open_path(demo_path)
    assert len(interaction.errors) == 1
    assert "damaged" in interaction.errors[0] and "No good backup" in interaction.errors[0]


def test_backups_go_to_the_data_folder_when_beside_is_impossible(
        qtbot, settings: QSettings, demo_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    demo_path.with_name("demo.agenda-backups").write_text("in the way")
    win = MainWindow(settings, HeadlessInteraction(), data_folder=tmp_path / "data")
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    backups = list_backups(demo_path, data_folder=tmp_path / "data")
    assert [b.path.parent for b in backups] == [folder_in_data(demo_path, tmp_path / "data")]


def test_backups_dialog_lists_time_and_size_and_chooses(
        qtbot, demo_path: Path) -> None:  # noqa: ANN001
    older = backup_file(demo_path, "open")
    newer = backup_file(demo_path, "close")
    damage(newer.path)
    backups = list_backups(demo_path)
    dialog = BackupsDialog(demo_path, backups, 10)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [[dialog.list.topLevelItem(r).text(c) for c in range(4)] for r in range(2)]
    assert rows[0][0] == f"{newer.taken:%Y-%m-%d %H:%M:%S}" and rows[0][3] == "damaged"
    assert rows[1][1] == "on opening" and rows[1][3] == "good" and "KiB" in rows[1][2]
    assert not dialog.open_button.isEnabled()  # a damaged backup is neither opened nor restored
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    assert dialog.restore_button.isEnabled()
    dialog.keep.selectAll()
    qtbot.keyClicks(dialog.keep, "3")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == BackupsDialog.DialogCode.Accepted
    assert dialog.choice() == BackupChoice(3, OPEN, older.path)
