"""The main window's backups: taken on open, while editing and on close; File ▸ Backups;
a damaged file's newest good backup offered when it cannot be opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from db.backups import (BackupSchedule, backup_document, list_backups, newest_good_backup,
                        restore_backup)
from db.document import DocumentError, EventDocument
from ui.backup_places import KEEP_SETTING, backups_kept, user_data_folder
from ui.backups_dialog import OPEN, RESTORE
from ui.refusals import refusal_text

if TYPE_CHECKING:
    from ui.context import OpenEvent
    from ui.main_window import MainWindow

translate = QCoreApplication.translate
"""The window's words stay in its context, MainWindow; lupdate reads these calls."""


class BackupActions:
    """Backups of the event open in the main window."""

    def backups_folder_fallback(self: MainWindow) -> Path:
        """Where backups go when the event's own folder cannot take them."""
        if self.data_folder is None:
            self.data_folder = user_data_folder()
        return self.data_folder

    # -- when they are taken --------------------------------------------------------

    def _start_backups(self: MainWindow, event: OpenEvent) -> None:
        """A backup now, before the first edit; then while editing and on close."""
        self.backup_schedule = None
        if event.read_only:
            return  # nothing here can change it
        doc = event.doc
        self.backup_schedule = BackupSchedule(lambda reason: self._take_backup(doc, reason))
        self.backup_schedule.opened()
        event.undo_stack.indexChanged.connect(self._edited_since_backup)  # undo and redo too

    def _edited_since_backup(self: MainWindow, _index: int = 0) -> None:
        if self.backup_schedule is not None:
            self.backup_schedule.edited()

    def _stop_backups(self: MainWindow) -> None:
        """On close: a last backup if the event changed since the one before."""
        schedule, self.backup_schedule = self.backup_schedule, None
        if schedule is not None:
            schedule.closing()

    def _take_backup(self: MainWindow, doc: EventDocument, reason: str) -> None:
        try:
            backup_document(doc, reason, data_folder=self.backups_folder_fallback(),
                            keep=backups_kept(self.settings))
        except (DocumentError, OSError, sqlite3.Error) as exc:
            # Editing goes on: the file itself is safe, only its backup is missing.
            self.statusBar().showMessage(
                translate("MainWindow", "No backup could be kept: {0}").format(exc), 10000)

    # -- File ▸ Backups ---------------------------------------------------------------

    def show_backups(self: MainWindow) -> None:
        """The event's backups: open one read-only, restore one, or set how many to keep."""
        if self.opened is None:
            return
        event = self.backup_of or self.opened.doc.path
        keep = backups_kept(self.settings)
        backups = list_backups(event, data_folder=self.backups_folder_fallback())
        choice = self.interaction.backup_choice(event, backups, keep)
        if choice.keep != keep:
            self.settings.setValue(KEEP_SETTING, choice.keep)
        if choice.backup is None:
            return
        if choice.action == OPEN:
            self.open_path(choice.backup, read_only=True, backup_of=event)
        elif choice.action == RESTORE:
            self.restore_backup_of(event, choice.backup)

    def restore_backup_of(self: MainWindow, event: Path, backup: Path) -> bool:
        """Put a backup in the event's place once the user agrees, and open it."""
        taken = next((b.taken for b in list_backups(
            event, data_folder=self.backups_folder_fallback()) if b.path == backup), None)
        when = taken.strftime("%Y-%m-%d %H:%M") if taken else backup.name
        if not self.interaction.confirm(
                translate("MainWindow", "Restore backup"),
                translate("MainWindow", "Replace {0} with its backup of {1}? The file as it is "
                          "now is kept as a backup first.").format(event.name, when)):
            return False
        return self._restore(event, backup, when)

    def _restore(self: MainWindow, event: Path, backup: Path, when: str) -> bool:
        showing = None if self.opened is None else \
            (self.opened.doc.path, self.opened.read_only, self.backup_of)
        self.close_event_file()  # the file's lock goes with it
        try:
            restore_backup(event, backup, data_folder=self.backups_folder_fallback(),
                           keep=backups_kept(self.settings))
        except DocumentError as exc:
            self.interaction.error(translate("MainWindow", "Cannot restore"), refusal_text(exc))
            if showing is not None:
                self.open_path(showing[0], read_only=showing[1] or None, backup_of=showing[2])
            return False
        if not self.open_path(event):
            return False
        self.statusBar().showMessage(translate(
            "MainWindow", "Restored the backup of {0}; the file as it was is kept among the "
            "backups.").format(when), 10000)
        return True

    def _offer_newest_backup(self: MainWindow, path: Path, damaged: DocumentError) -> bool:
        """A damaged file (found on open, or a damaged row or page found reading it): restore its
        newest good backup, if it has one and the user wants."""
        good = newest_good_backup(path, data_folder=self.backups_folder_fallback())
        said = refusal_text(damaged)
        if good is None:
            self.interaction.error(
                translate("MainWindow", "Cannot open"),
                translate("MainWindow", "{0}\n\nNo good backup of it was found.").format(said))
            return False
        when = good.taken.strftime("%Y-%m-%d %H:%M")
        if not self.interaction.confirm(
                translate("MainWindow", "Damaged file"),
                translate("MainWindow", "{0}\n\nIts newest good backup is from {1}. Restore it? "
                          "The damaged file is kept among the backups.").format(said, when)):
            return False
        return self._restore(path, good.path, when)
