"""The main window's exchanges: importing a programme, exporting documents off the GUI
thread with a progress bar, and previewing the run sheet."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from db.errors import DocumentError
from exports.atomic import ExportError
from exports.bundle import KINDS, export_all
from exports.pdf import render_pdf
from exports.runsheet import build_run_sheet
from planner.rules.translation import count_untranslated
from ui import commands
from ui.export_dialog import ExportChoice
from ui.preview import PdfPreview
from ui.printing import PrintJob
from ui.refusals import refusal_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow


EXPORT_LANG = "export/language"
EXPORT_KINDS = "export/documents"
"""Settings keys: what the last export chose."""

translate = QCoreApplication.translate
"""The window's words stay in its context, MainWindow; lupdate reads these calls."""


class ExchangeActions:
    """Import, export and preview for the main window (its words in its translation context)."""

    def import_programme(self: MainWindow) -> None:
        """Ask for run-sheet text or a file, preview it, then import it as one undoable step."""
        if self.opened is None or self.opened.read_only:
            return
        session = self.opened.loaded.session_by_id.get(self.editor.session_id or -1)
        choice = self.interaction.import_choice(self.opened, session.key if session else None,
                                                self.lang)
        if choice is None:
            return
        command = commands.ImportProgramme(self.opened, choice.parsed, choice.target)
        if self.opened.push(command) and command.outcome is not None:
            first = (command.outcome.new_sessions or command.outcome.extended or [None])[0]
            if first is not None:
                self.select_session(first)
            said = translate("MainWindow", "Imported {0} rows").format(command.outcome.rows)
            if command.outcome.new_rooms:
                said += translate("MainWindow", "; rooms created: {0}").format(
                    len(command.outcome.new_rooms))
            self.statusBar().showMessage(said, 5000)
            if command.outcome.notes:  # rooms it could not match, said once
                self.interaction.error(translate("MainWindow", "Imported, with notes"), "\n".join(
                    note.text(self.lang) for note in command.outcome.notes))

    def export_documents(self: MainWindow) -> None:
        """Ask what to export, then write it off the GUI thread with a progress bar."""
        if self.opened is None:
            return
        path = self.opened.doc.path
        missing = count_untranslated(self.opened.loaded)  # how many texts lack ko, en
        choice = self.interaction.export_choice(str(path.with_name(f"{path.stem}-exports")),
                                                self._last_export(), missing)
        if choice is not None:
            self.settings.setValue(EXPORT_LANG, choice.lang)
            self.settings.setValue(EXPORT_KINDS, ",".join(choice.kinds))
            self.start_export(choice)

    def _last_export(self: MainWindow) -> ExportChoice | None:
        """The language and documents the last export chose (the folder is per event)."""
        lang = self.settings.value(EXPORT_LANG)
        kinds = tuple(k for k in str(self.settings.value(EXPORT_KINDS) or "").split(",")
                      if k in KINDS)
        if lang not in ("ko", "en") or not kinds:
            return None
        return ExportChoice(Path(), str(lang), kinds)

    def start_export(self: MainWindow, choice: ExportChoice) -> None:
        assert self.opened is not None
        # The worker gets its own copy, so edits made while it runs cannot tear a document.
        snapshot = copy.deepcopy(self.opened.loaded)
        findings = list(self.opened.findings)
        self.progress = QProgressDialog(translate("MainWindow", "Exporting…"), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.export_action.setEnabled(False)

        def work(progress):  # noqa: ANN001, ANN202 - runs on the worker thread
            return export_all(snapshot, findings, choice.folder, lang=choice.lang,
                              only=choice.kinds, progress=progress)

        self.runner.run(work, on_done=lambda paths: self._exported(choice, paths),
                        on_failed=self._export_failed, on_progress=self._export_progress)

    def _export_progress(self: MainWindow, done: int, total: int, what: str) -> None:
        progress = self.progress
        if progress is None:
            return
        progress.setLabelText(what or translate("MainWindow", "Done"))
        progress.setMaximum(total)
        # Last: a modal progress dialog handles pending events in setValue, and the export
        # may finish (and the dialog go) in there.
        progress.setValue(done)

    def _finish_export(self: MainWindow) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self.export_action.setEnabled(self.opened is not None)

    def _exported(self: MainWindow, choice: ExportChoice, paths: list) -> None:  # noqa: ANN001
        self._finish_export()
        self.statusBar().showMessage(translate("MainWindow", "Wrote {0} files to {1}").format(
            len(paths), choice.folder), 10000)
        self.interaction.exported(str(choice.folder), len(paths))

    def _export_failed(self: MainWindow, exc: Exception) -> None:
        self._finish_export()
        if isinstance(exc, (ExportError, DocumentError)):
            said = refusal_text(exc)  # a folder that cannot be written, a full disk
        else:
            said = translate("MainWindow", "Something went wrong while writing the documents: "
                                           "{0}").format(exc)
        self.interaction.error(translate("MainWindow", "Export failed"), said)

    def preview_run_sheet(self: MainWindow) -> None:
        """The shown session's run sheet, as it will print, in a window of its own."""
        if self.opened is None:
            return
        session = self.opened.loaded.session_by_id.get(self.editor.session_id or 0)
        key = session.key if session is not None else None
        doc = build_run_sheet(self.opened.loaded, self.opened.findings, self.lang,
                              session_key=key)
        job = PrintJob(doc.title, render_pdf(doc), doc.landscape)
        self.preview = PdfPreview(job.title, job.data, self,
                                  on_print=lambda: self.print_job(job))
        self.preview.show()
