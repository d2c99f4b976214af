"""The main window's printing: File ▸ Print (and the preview's Print button), the document
made off the GUI thread, Qt's print dialog, then the pages printed off the GUI thread too."""

from __future__ import annotations

import copy
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from exports.labels import format_date
from planner.rules.text import name as in_language
from ui.print_dialog import PRINT_KINDS, PrintChoice, PrintOptions
from ui.printing import PrintJob, new_printer, page_count, prepare, print_pdf

if TYPE_CHECKING:
    from ui.main_window import MainWindow

PRINT_KIND = "print/document"
PRINT_LANG = "print/language"
"""Settings keys: what the last print chose."""

translate = QCoreApplication.translate
"""The window's words stay in its context, MainWindow; lupdate reads these calls."""


class PrintActions:
    """Printing for the main window (its words in its translation context)."""

    def _init_printing(self: MainWindow) -> None:
        self.printing = False
        """A document is being made or printed: File ▸ Print waits for it."""
        self.print_progress: QProgressDialog | None = None
        self._print_cancel = threading.Event()
        """Set by the progress window's Cancel; the worker looks between pages."""
        self._printer = None

    def print_documents(self: MainWindow) -> None:
        """Ask what to print, make its PDF off the GUI thread, then print it."""
        if self.opened is None or self.printing:
            return
        choice = self.interaction.print_choice(self._print_options())
        if choice is None:
            return
        self.settings.setValue(PRINT_KIND, choice.kind)
        self.settings.setValue(PRINT_LANG, choice.lang)
        # The worker gets its own copy, so edits made meanwhile cannot tear the document.
        snapshot = copy.deepcopy(self.opened.loaded)
        findings = list(self.opened.findings)
        self._print_busy(translate("MainWindow", "Preparing the document…"))
        self.runner.run(lambda _progress: prepare(snapshot, findings, choice),
                        on_done=self._print_prepared, on_failed=self._print_failed)

    def _print_options(self: MainWindow) -> PrintOptions:
        """What the event offers to print; chosen first: the kind and language printed last,
        the day and session shown (or the day chosen in the programme)."""
        assert self.opened is not None
        loaded = self.opened.loaded
        session = loaded.session_by_id.get(self.editor.session_id or 0)
        day = self._programme_day() or (session.date if session is not None else None)
        kind = str(self.settings.value(PRINT_KIND) or "session")
        lang = str(self.settings.value(PRINT_LANG) or self.lang)
        return PrintOptions(
            days=[(d, format_date(d, self.lang)) for d in loaded.days],
            session=(session.key, in_language(session.title, self.lang))
            if session is not None else None,
            interpreters=[(p.key, in_language(p.name, self.lang) or p.key)
                          for p in loaded.interpreters],
            chosen=PrintChoice(kind if kind in PRINT_KINDS else "session",
                               lang if lang in ("ko", "en") else self.lang, day=day))

    def _print_prepared(self: MainWindow, job: PrintJob) -> None:
        cancelled = self._print_cancel.is_set()
        self._print_idle()
        if cancelled:
            self.statusBar().showMessage(translate("MainWindow", "Printing cancelled"), 10000)
        else:
            self.print_job(job)

    def print_job(self: MainWindow, job: PrintJob) -> None:
        """Qt's print dialog for a document made into PDF, then its pages printed."""
        if self.printing:
            return
        printer = new_printer(job)
        if not self.interaction.printer_setup(printer, page_count(job.data)):
            return
        self._printer = printer  # the worker draws on it: kept until it is done
        self._print_busy(translate("MainWindow", "Printing…"))
        cancel = self._print_cancel
        self.runner.run(lambda progress: print_pdf(job.data, printer, progress, cancel.is_set),
                        on_done=self._printed, on_failed=self._print_failed,
                        on_progress=self._print_progress)

    def _printed(self: MainWindow, pages: int) -> None:
        cancelled = self._print_cancel.is_set()
        self._print_idle()
        if cancelled:
            said = translate("MainWindow", "Printing cancelled after {0} pages").format(pages)
        elif pages == 1:
            said = translate("MainWindow", "Printed 1 page")
        else:
            said = translate("MainWindow", "Printed {0} pages").format(pages)
        self.statusBar().showMessage(said, 10000)

    def _print_failed(self: MainWindow, exc: Exception) -> None:
        self._print_idle()
        self.interaction.error(translate("MainWindow", "Cannot print"), translate(
            "MainWindow", "The printer could not print: {0}").format(exc))

    def _print_progress(self: MainWindow, done: int, total: int, _what: str) -> None:
        progress = self.print_progress
        if progress is None:
            return
        progress.setLabelText(translate("MainWindow", "Printing page {0} of {1}…").format(
            min(done + 1, total), total))
        progress.setMaximum(total)
        progress.setValue(done)  # last: a modal progress dialog may let the work finish here

    def _print_busy(self: MainWindow, text: str) -> None:
        """A progress window whose Cancel stops the work at its next step."""
        self.printing = True
        self.print_action.setEnabled(False)
        self._print_cancel = threading.Event()  # read by the worker between pages
        self.print_progress = QProgressDialog(self)
        self.print_progress.setLabelText(text)
        self.print_progress.setRange(0, 0)
        self.print_progress.setAutoClose(False)
        self.print_progress.setAutoReset(False)
        self.print_progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.print_progress.setMinimumDuration(300)
        self.print_progress.canceled.connect(self._print_cancel.set)

    def _print_idle(self: MainWindow) -> None:
        self.printing = False
        self._printer = None
        if self.print_progress is not None:
            self.print_progress.canceled.disconnect()  # closing says "canceled" too
            self.print_progress.close()
            self.print_progress = None
        self.print_action.setEnabled(self.opened is not None)
