"""Printing a document of the event: made into its PDF by the exports, then that PDF's pages
drawn on the printer, so that paper shows exactly what the PDF shows.

Both steps run off the GUI thread (``ui.runner``): the PDF is built from a copy of the event,
and the pages are drawn on a QPrinter that the GUI thread set up and leaves alone meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from db.loading import LoadedEvent
from exports.document import Document
from exports.filenames import file_name_from
from exports.interpreters import build_interpreter_sheet
from exports.pdf import render_pdf
from exports.runsheet import build_run_sheet
from planner.rules import Finding
from ui.print_dialog import PrintChoice

MAX_DPI = 300
"""Pages go to the printer as images of this resolution at most (the printer's own if lower):
sharp for 8-point text, and an A4 page is 35 MB while it is drawn, not 140 as at 600 dpi."""

Progress = Callable[[int, int, str], None]


class PrintError(Exception):
    """The printer could not be started or refused a page."""


@dataclass(frozen=True)
class PrintJob:
    """A document ready to print: its PDF, its title (the print queue's name for the job),
    and whether its pages are landscape."""

    title: str
    data: bytes
    landscape: bool = False


def build_document(loaded: LoadedEvent, findings: Sequence[Finding],
                   choice: PrintChoice) -> Document:
    """The document chosen, as the exports describe it."""
    if choice.kind == "interpreter":
        person = next(p for p in loaded.interpreters if p.key == choice.interpreter_key)
        return build_interpreter_sheet(loaded, person, choice.lang, findings=findings)
    return build_run_sheet(loaded, findings, choice.lang,
                           day=choice.day if choice.kind == "day" else None,
                           session_key=choice.session_key if choice.kind == "session" else None)


def prepare(loaded: LoadedEvent, findings: Sequence[Finding], choice: PrintChoice) -> PrintJob:
    """The chosen document made into its PDF (slow for a large event: off the GUI thread)."""
    doc = build_document(loaded, findings, choice)
    return PrintJob(doc.title, render_pdf(doc), doc.landscape)


def open_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """PDF bytes loaded for reading (the buffer must live as long as the document)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


def page_count(data: bytes) -> int:
    document, _buffer = open_pdf(data)
    return document.pageCount()


def new_printer(job: PrintJob) -> QPrinter:
    """A printer set up for the job: A4 in the document's orientation, the whole paper ours
    (the PDF's pages carry their own margins), the job named after the document (a name Qt's
    dialog also offers for printing to a file, so one a file can have)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(file_name_from(job.title, "agenda"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if job.landscape
                               else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def print_pdf(data: bytes, printer: QPrinter, progress: Progress | None = None,
              cancelled: Callable[[], bool] = lambda: False) -> int:
    """Draw the PDF's pages on the printer (those of its page range, as many copies as asked
    where the printer cannot make them itself); returns the number of pages printed.

    Once ``cancelled()`` says so, between two pages, the print run is aborted (what was sent
    to the printer is withdrawn where it can be) and the pages printed so far are counted."""
    document, _buffer = open_pdf(data)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintError("the document could not be read")
    ranges = printer.pageRanges()
    pages = [i for i in range(document.pageCount()) if ranges.isEmpty() or ranges.contains(i + 1)]
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    sheets = [page for _ in range(copies) for page in pages]
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not sheets:
        return 0
    if not painter.begin(printer):
        raise PrintError(printer.outputFileName() or printer.printerName())
    # Qt would send the pages as JPEG, which blurs the edges of letters and lines.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        for done, index in enumerate(sheets):
            if cancelled():
                printer.abort()
                return done
            if progress is not None:
                progress(done, len(sheets), "")
            if done and not printer.newPage():
                raise PrintError(printer.outputFileName() or printer.printerName())
            size = document.pagePointSize(index)
            image = _page_image(document, index, size, dpi)
            paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            painter.drawImage(_fitted(size, paper), image)
    finally:
        painter.end()
        document.close()
    if progress is not None:
        progress(len(sheets), len(sheets), "")
    return len(sheets)


def _page_image(document: QPdfDocument, index: int, size: QSizeF, dpi: int) -> QImage:
    """The page as an opaque image on white paper (an alpha channel would only make the
    printer's job larger)."""
    pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
    rendered = document.render(index, pixels)
    image = QImage(pixels, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    with QPainter(image) as painter:
        painter.drawImage(0, 0, rendered)
    return image


def _fitted(page: QSizeF, paper: QRectF) -> QRectF:
    """The page scaled to the paper, whole and undistorted, centred: A4 on A4 is the paper
    itself; on Letter it shrinks a little."""
    scale = min(paper.width() / page.width(), paper.height() / page.height())
    width, height = page.width() * scale, page.height() * scale
    return QRectF(paper.x() + (paper.width() - width) / 2,
                  paper.y() + (paper.height() - height) / 2, width, height)
