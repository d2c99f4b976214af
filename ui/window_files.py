"""The main window's files: open, new, the demo, a copy, the recent list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from db.demo import write_demo
from db.document import DocumentDamaged, DocumentError, EventDocument, build_new_file
from db.errors import DAMAGED_FILE, os_error
from db.interchange import empty_event, import_event
from planner.rules.text import name as in_language
from ui import commands
from ui.context import OpenEvent
from ui.refusals import refusal_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow

RECENT_KEY = "recentFiles"
MAX_RECENT = 8


translate = QCoreApplication.translate
"""The window's words stay in its context, MainWindow; lupdate reads these calls."""


class FileActions:
    """File menu work of the main window (the window's words stay in its translation context)."""

    def open_path(self: MainWindow, path: str | Path, *, read_only: bool | None = None,
                  backup_of: Path | None = None) -> bool:
        """Open an event file in this window (a backup of ``backup_of`` read-only); says why
        when it cannot, and offers a damaged file's newest good backup."""
        try:
            doc = EventDocument.open(path, read_only=read_only)
        except DocumentDamaged as exc:
            return self._offer_newest_backup(Path(path), exc)
        except DocumentError as exc:
            self.interaction.error(translate("MainWindow", "Cannot open"), refusal_text(exc))
            return False
        try:
            event = OpenEvent(doc, self)  # reads every row: a damaged one is refused here
        except DocumentError as exc:
            doc.close()
            if getattr(exc, "code", "") in DAMAGED_FILE:  # a damaged row or page
                return self._offer_newest_backup(Path(path), exc)
            self.interaction.error(translate("MainWindow", "Cannot open"), refusal_text(exc))
            return False
        self.backup_of = backup_of
        self._show_event(event)
        self._start_backups(event)
        if backup_of is None:
            self._remember(Path(path))
        self.statusBar().showMessage(translate("MainWindow", "Opened {0}").format(path), 5000)
        return True

    def new_event(self: MainWindow) -> None:
        path = self.interaction.save_path(translate("MainWindow", "New event"), "event.agenda")
        if not path:
            return
        empty = empty_event(Path(path).stem)
        try:
            build_new_file(path, lambda doc: import_event(doc, empty))
        except DocumentError as exc:
            self.interaction.error(translate("MainWindow", "Cannot create"), refusal_text(exc))
            return
        if self.open_path(path):
            # Its title is the file's name until the coordinator gives it one: ask at once.
            self.edit_event_settings()

    def open_demo(self: MainWindow) -> None:
        path = self.interaction.save_path(translate("MainWindow", "Save the demo event as"),
                                          "demo.agenda")
        if not path:
            return
        try:
            write_demo(path, replace=Path(path).exists())
        except DocumentError as exc:
            self.interaction.error(translate("MainWindow", "Cannot create"), refusal_text(exc))
            return
        self.open_path(path)

    def edit_event_settings(self: MainWindow) -> None:
        """The event's title, languages, time zone and rules preset, changed as one undoable
        edit (the findings follow the preset at once)."""
        if self.opened is None or self.opened.read_only:
            return
        event = self.opened.loaded.event
        changes = self.interaction.event_settings(dict(event.title), list(event.languages),
                                                  event.timezone, dict(event.policy))
        if changes:
            changed = {k: v for k, v in changes.items() if getattr(event, k) != v}
            if changed:
                self.opened.push(commands.UpdateEvent(self.opened, **changed))

    def _update_title(self: MainWindow) -> None:
        """The window's title: the event's title (in the language chosen, or the other),
        its file, the application."""
        if self.opened is None:
            self.setWindowTitle("Agenda Planner")
            return
        suffix = translate("MainWindow", " [read-only]") if self.opened.read_only else ""
        title = in_language(self.opened.loaded.event.title, self.lang)
        parts = (title, f"{self.opened.doc.path.name}{suffix}", "Agenda Planner")
        self.setWindowTitle(" — ".join(part for part in parts if part))
        self.setWindowFilePath(str(self.opened.doc.path))

    def _empty_page(self: MainWindow) -> QWidget:
        """The window's page while no event is open."""
        page = QLabel()
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.setObjectName("emptyPage")
        self._retranslate_empty_page(page)
        return page

    def _retranslate_empty_page(self: MainWindow, page: QLabel) -> None:
        page.setText(translate("MainWindow",
                               "No event is open.\n\nFile ▸ New event, Open… or Open the demo."))
        if self.statusBar().currentMessage() in ("", self._welcome):
            self._welcome = translate("MainWindow", "Open an event, create one, or open the demo.")
            self.statusBar().showMessage(self._welcome)

    def ask_open(self: MainWindow) -> None:
        path = self.interaction.open_path(translate("MainWindow", "Open event"))
        if path:
            self.open_path(path)

    def save_copy_as(self: MainWindow) -> None:
        if self.opened is None:
            return
        path = self.interaction.save_path(translate("MainWindow", "Save a copy as"), "copy.agenda")
        if not path:
            return
        if Path(path).resolve() == self.opened.doc.path.resolve():
            self.interaction.error(translate("MainWindow", "Cannot save"),
                                   translate("MainWindow", "Choose another file name."))
            return
        try:
            Path(path).unlink(missing_ok=True)
            self.opened.doc.copy_to(Path(path))
        except OSError as exc:
            self.interaction.error(translate("MainWindow", "Cannot save"),
                                   refusal_text(os_error(exc, path)))
            return
        except DocumentError as exc:
            self.interaction.error(translate("MainWindow", "Cannot save"), refusal_text(exc))
            return
        self.statusBar().showMessage(translate("MainWindow", "Saved a copy as {0}").format(path))

    def _remember(self: MainWindow, path: Path) -> None:
        recent = [p for p in self.recent_files() if Path(p) != path.resolve()]
        recent.insert(0, str(path.resolve()))
        self.settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
        self._fill_recent_menu()

    def recent_files(self: MainWindow) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        return [value] if isinstance(value, str) else list(value or [])
