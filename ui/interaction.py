"""Questions to the user behind a small interface, with a headless version for tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from db.backups import Backup
from ui.backups_dialog import BackupChoice, BackupsDialog
from ui.context import OpenEvent
from ui.event_dialog import EventDialog
from ui.export_dialog import ExportChoice, ExportDialog
from ui.import_dialog import ImportChoice, ask_import
from ui.print_dialog import PrintChoice, PrintDialog, PrintOptions

FILTER = QT_TRANSLATE_NOOP("Interaction", "Agenda Planner events (*.agenda)")


class Interaction:
    """Asks with real dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def open_path(self, title: str) -> str:
        return QFileDialog.getOpenFileName(self.parent, title, "", _filter())[0]

    def save_path(self, title: str, suggested: str = "") -> str:
        return QFileDialog.getSaveFileName(self.parent, title, suggested, _filter())[0]

    def folder(self, title: str) -> str:
        return QFileDialog.getExistingDirectory(self.parent, title)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self.parent, title, text) == QMessageBox.StandardButton.Yes

    def export_choice(self, folder: str, last: ExportChoice | None = None,
                      missing: dict[str, int] | None = None) -> ExportChoice | None:
        """What to export where; ``missing``: how many texts lack each language."""
        dialog = ExportDialog(folder, self.parent, last, missing)
        return dialog.choice() if dialog.exec() == ExportDialog.DialogCode.Accepted else None

    def event_settings(self, title: dict[str, str], languages: list[str], timezone: str,
                       policy: dict[str, object] | None = None) -> dict[str, object] | None:
        """The event's title, languages, time zone and rules preset as the user sets them;
        None if cancelled."""
        dialog = EventDialog(title, languages, timezone, self.parent, policy=policy)
        return dialog.changes() if dialog.exec() == EventDialog.DialogCode.Accepted else None

    def import_choice(self, opened: OpenEvent, session_key: str | None,
                      lang: str = "ko") -> ImportChoice | None:
        """What to import and where, after a preview; None when the user cancels."""
        return ask_import(opened, session_key, self.parent, lang)

    def print_choice(self, options: PrintOptions) -> PrintChoice | None:
        """Which document to print, in which language; None if cancelled."""
        dialog = PrintDialog(options, self.parent)
        return dialog.choice() if dialog.exec() == PrintDialog.DialogCode.Accepted else None

    def printer_setup(self, printer: QPrinter, pages: int) -> bool:
        """Qt's print dialog: printer, pages and copies; False if cancelled."""
        dialog = QPrintDialog(printer, self.parent)
        options = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(options.PrintPageRange, True)
        dialog.setOption(options.PrintCurrentPage, False)
        dialog.setOption(options.PrintSelection, False)
        dialog.setMinMax(1, max(1, pages))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def backup_choice(self, event: Path, backups: list[Backup], keep: int) -> BackupChoice:
        """File ▸ Backups: how many to keep, and which backup to open or restore, if any."""
        dialog = BackupsDialog(event, backups, keep, self.parent)
        dialog.exec()
        return dialog.choice()

    def exported(self, folder: str, count: int) -> None:
        """Say it is done, and offer to open the folder."""
        box = QMessageBox(QMessageBox.Icon.Information,
                          QCoreApplication.translate("Interaction", "Export finished"),
                          QCoreApplication.translate(
                              "Interaction", "{0} files written to {1}").format(count, folder),
                          parent=self.parent)
        open_button = box.addButton(QCoreApplication.translate("Interaction", "Open folder"),
                                    QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))


class HeadlessInteraction(Interaction):
    """Answers from a script and remembers what was said; never blocks a test."""

    def __init__(self, answers: list[object] | None = None) -> None:
        super().__init__(None)
        self.answers = list(answers or [])
        self.errors: list[str] = []
        self.said: list[str] = []
        self.offered_export: ExportChoice | None = None
        self.offered_print: PrintOptions | None = None
        self.printer_pages = 0
        self.offered_missing: dict[str, int] | None = None
        self.offered_backups: list[Backup] = []

    def _next(self) -> object:
        return self.answers.pop(0) if self.answers else ""

    def open_path(self, title: str) -> str:
        return str(self._next())

    def save_path(self, title: str, suggested: str = "") -> str:
        return str(self._next())

    def folder(self, title: str) -> str:
        return str(self._next())

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def confirm(self, title: str, text: str) -> bool:
        return bool(self._next())

    def export_choice(self, folder: str, last: ExportChoice | None = None,
                      missing: dict[str, int] | None = None) -> ExportChoice | None:
        self.offered_export, self.offered_missing = last, missing
        answer = self._next()
        return answer if isinstance(answer, ExportChoice) else None  # type: ignore[return-value]

    def event_settings(self, title: dict[str, str], languages: list[str], timezone: str,
                       policy: dict[str, object] | None = None) -> dict[str, object] | None:
        answer = self._next()
        return answer if isinstance(answer, dict) else None

    def import_choice(self, opened: OpenEvent, session_key: str | None,
                      lang: str = "ko") -> ImportChoice | None:
        answer = self._next()
        return answer if isinstance(answer, ImportChoice) else None

    def print_choice(self, options: PrintOptions) -> PrintChoice | None:
        self.offered_print = options
        answer = self._next()
        return answer if isinstance(answer, PrintChoice) else None

    def printer_setup(self, printer: QPrinter, pages: int) -> bool:
        """A path answers "print to this PDF file"; a function sets the printer up itself;
        anything else cancels."""
        self.printer_pages = pages
        answer = self._next()
        if callable(answer):
            answer(printer)
            return True
        if not answer:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(answer))
        return True

    def backup_choice(self, event: Path, backups: list[Backup], keep: int) -> BackupChoice:
        self.offered_backups = list(backups)
        answer = self._next()
        return answer if isinstance(answer, BackupChoice) else BackupChoice(keep)

    def exported(self, folder: str, count: int) -> None:
        self.said.append(f"{count} files written to {folder}")


def _filter() -> str:
    return QCoreApplication.translate("Interaction", FILTER)
