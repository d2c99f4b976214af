"""File ▸ Print and the preview's Print button: the chosen document printed through a QPrinter
(here to a PDF file, offscreen), read back page by page against the document's own PDF."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from db.document import EventDocument
from db.loading import load_event
from exports.interpreters import build_interpreter_sheet
from exports.pdf import render_pdf
from exports.runsheet import build_run_sheet
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow
from ui.print_dialog import PrintChoice, PrintDialog, PrintOptions
from ui.runner import SyncRunner, TaskRunner

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                reason="poppler-utils (pdftoppm, pdfinfo) not installed")

RESOLUTION = 150
"""Pages are drawn by poppler at this resolution, then each shrunk to a small grey picture the
same way (Qt's smooth scaling): a page printed as a picture and the same page drawn from the
PDF then differ by about 1 in 255 on average, two different pages by 8 or more."""
SMALL = (208, 294)


def grey_pages(pdf: Path) -> list[bytes]:
    """Each page of a PDF as poppler draws it, in grey, shrunk to SMALL (landscape: turned)."""
    from PySide6.QtGui import QImage

    out = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-gray", "-r", str(RESOLUTION), str(pdf), str(out)], check=True)
    pictures = []
    for page in sorted(pdf.parent.glob(f"{out.name}-*.pgm")):
        image = QImage(str(page))
        page.unlink()
        width, height = SMALL if image.height() >= image.width() else SMALL[::-1]
        small = image.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        small = small.convertToFormat(QImage.Format.Format_Grayscale8)
        pictures.append(bytes(small.constBits())[:small.bytesPerLine() * height])
    return pictures


def difference(a: bytes, b: bytes) -> float:
    """Mean difference of two grey pictures of the same size, 0 (same) to 255."""
    assert len(a) == len(b)
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def page_size(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    return next(line.split(":", 1)[1].strip() for line in info.splitlines()
                if line.startswith("Page size:"))


def assert_prints_as(printed: Path, original: bytes, tmp_path: Path) -> None:
    """The printout has the document's pages, each looking as the document's PDF page does
    (and not as its other pages do)."""
    source = tmp_path / "source.pdf"
    source.write_bytes(original)
    theirs, ours = grey_pages(source), grey_pages(printed)
    assert len(ours) == len(theirs)
    for page, (mine, wanted) in enumerate(zip(ours, theirs, strict=True)):
        assert sum(1 for v in wanted if v < 200) > 100, "the document's page has ink"
        assert difference(mine, wanted) < 3, f"page {page + 1} differs"
    if len(theirs) > 1:
        assert difference(ours[0], theirs[1]) > 3 * difference(ours[0], theirs[0]) + 1


@pytest.fixture
def demo(demo_path: Path):  # noqa: ANN201 - the loaded demo event
    doc = EventDocument.open(demo_path)
    try:
        return load_event(doc)
    finally:
        doc.close()


def window_with(qtbot, settings: QSettings, path: Path, answers: list,  # noqa: ANN001
                runner=None) -> MainWindow:  # noqa: ANN001
    win = MainWindow(settings, HeadlessInteraction(answers), runner or SyncRunner())
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.show()
    return win


def test_ctrl_p_prints_a_day_of_the_run_sheet(qtbot, settings: QSettings, demo_path: Path,  # noqa: ANN001
                                              demo, tmp_path: Path) -> None:  # noqa: ANN001
    printed = tmp_path / "printed.pdf"
    day = dt.date(2026, 7, 2)
    win = window_with(qtbot, settings, demo_path, [PrintChoice("day", "ko", day=day), printed])
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.navigator.setFocus()
    qtbot.keyClick(win.navigator, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    offered = win.interaction.offered_print
    assert [d for d, _ in offered.days] == [dt.date(2026, 7, 1), day, dt.date(2026, 7, 3)]
    assert offered.chosen.kind == "session" and offered.chosen.day == dt.date(2026, 7, 1)
    findings = win.opened.findings
    original = render_pdf(build_run_sheet(demo, findings, "ko", day=day))
    assert win.interaction.printer_pages == 3
    assert_prints_as(printed, original, tmp_path)
    assert page_size(printed).endswith("(A4)")
    assert win.statusBar().currentMessage() == "Printed 3 pages"
    assert win.print_action.isEnabled()


def test_an_interpreters_sheet_prints_landscape_in_english(qtbot, settings: QSettings,  # noqa: ANN001
                                                           demo_path: Path, demo,  # noqa: ANN001
                                                           tmp_path: Path) -> None:
    printed = tmp_path / "printed.pdf"
    win = window_with(qtbot, settings, demo_path,
                      [PrintChoice("interpreter", "en", interpreter_key="koen-1"), printed])
    win.print_action.trigger()
    person = next(p for p in demo.interpreters if p.key == "koen-1")
    original = render_pdf(build_interpreter_sheet(demo, person, "en",
                                                  findings=win.opened.findings))
    assert_prints_as(printed, original, tmp_path)
    width, _, height = page_size(printed).split()[:3]
    assert float(width) > float(height)  # A4 landscape, as the sheet is


def test_the_pages_chosen_in_the_print_dialog_are_the_pages_printed(
        qtbot, settings: QSettings, demo_path: Path, demo, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtGui import QPageRanges
    from PySide6.QtPrintSupport import QPrinter

    printed = tmp_path / "printed.pdf"

    def second_page_twice(printer: QPrinter) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        ranges = QPageRanges()
        ranges.addPage(2)
        printer.setPageRanges(ranges)
        printer.setCopyCount(2)

    win = window_with(qtbot, settings, demo_path, [PrintChoice("event", "ko"), second_page_twice])
    win.print_action.trigger()
    whole = tmp_path / "whole.pdf"
    whole.write_bytes(render_pdf(build_run_sheet(demo, win.opened.findings, "ko")))
    second = grey_pages(whole)[1]
    pages = grey_pages(printed)
    assert len(pages) == 2 and all(difference(page, second) < 3 for page in pages)
    assert win.statusBar().currentMessage() == "Printed 2 pages"


def test_the_preview_prints_what_it_shows(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    printed = tmp_path / "printed.pdf"
    window.runner = SyncRunner()
    window.interaction.answers = [printed]
    window.preview_action.trigger()
    preview = window.preview
    qtbot.addWidget(preview)
    assert preview.print_button is not None and preview.print_button.text() == "&Print…"
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert_prints_as(printed, bytes(preview.buffer.data()), tmp_path)


def test_a_read_only_file_prints_as_its_banner_says(qtbot, settings: QSettings,  # noqa: ANN001
                                                    demo_path: Path, tmp_path: Path) -> None:
    printed = tmp_path / "printed.pdf"
    demo_path.chmod(0o444)
    win = window_with(qtbot, settings, demo_path, [PrintChoice("event", "ko"), printed])
    if not win.opened.read_only:
        pytest.skip("this user can write a read-only file (root)")
    assert "print" in win.read_only_banner.text()
    assert win.print_action.isEnabled()
    win.print_action.trigger()
    assert printed.exists() and len(grey_pages(printed)) >= 5


def test_cancelling_prints_nothing(qtbot, settings: QSettings, demo_path: Path,  # noqa: ANN001
                                   tmp_path: Path) -> None:
    win = window_with(qtbot, settings, demo_path, [None])
    win.print_action.trigger()  # the choice of document cancelled
    win.interaction.answers = [PrintChoice("event", "ko"), ""]
    win.print_action.trigger()  # Qt's print dialog cancelled
    assert win.interaction.printer_pages > 0
    assert list(tmp_path.glob("*.pdf")) == []
    assert win.print_action.isEnabled() and not win.interaction.errors


def test_a_printer_that_cannot_start_is_said(qtbot, settings: QSettings, demo_path: Path,  # noqa: ANN001
                                             tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    win = window_with(qtbot, settings, demo_path,
                      [PrintChoice("event", "ko"), blocker / "printed.pdf"])
    win.print_action.trigger()
    assert win.interaction.errors == [
        f"The printer could not print: {blocker / 'printed.pdf'}"]
    assert win.print_action.isEnabled()


def test_printing_runs_off_the_gui_thread(qtbot, settings: QSettings, demo_path: Path,  # noqa: ANN001
                                          demo, tmp_path: Path) -> None:  # noqa: ANN001
    printed = tmp_path / "printed.pdf"
    runner = TaskRunner()
    win = window_with(qtbot, settings, demo_path,
                      [PrintChoice("session", "ko", session_key="dialogue"), printed], runner)
    win.print_action.trigger()
    assert not win.print_action.isEnabled()  # one print at a time
    qtbot.waitUntil(lambda: win.statusBar().currentMessage() == "Printed 1 page", timeout=60000)
    assert win.print_action.isEnabled()
    original = render_pdf(build_run_sheet(demo, win.opened.findings, "ko",
                                          session_key="dialogue"))
    assert_prints_as(printed, original, tmp_path)


def test_the_print_dialog_offers_each_document(qtbot) -> None:  # noqa: ANN001
    options = PrintOptions(days=[(dt.date(2026, 7, 1), "7.1.(수)"), (dt.date(2026, 7, 2), "7.2.(목)")],
                           session=("dialogue", "한국-캐나다 정부 간 대화"),
                           interpreters=[("koen-1", "한영 통역사 1"), ("koen-2", "한영 통역사 2")],
                           chosen=PrintChoice("session", "ko", day=dt.date(2026, 7, 2)))
    dialog = PrintDialog(options)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice() == PrintChoice("session", "ko", session_key="dialogue")
    assert dialog.day.currentText() == "7.2.(목)"
    dialog.interpreter.setCurrentIndex(1)
    dialog.interpreter.activated.emit(1)  # picking a name chooses the interpreter's sheet
    assert dialog.choice() == PrintChoice("interpreter", "ko", interpreter_key="koen-2")
    qtbot.mouseClick(dialog.buttons["day"], Qt.MouseButton.LeftButton)
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    assert dialog.choice() == PrintChoice("day", "en", day=dt.date(2026, 7, 2))
    qtbot.mouseClick(dialog.buttons["event"], Qt.MouseButton.LeftButton)
    assert dialog.choice() == PrintChoice("event", "en")
    bare = PrintDialog(PrintOptions(chosen=PrintChoice("session")))
    qtbot.addWidget(bare)
    assert not bare.buttons["session"].isEnabled() and not bare.buttons["day"].isEnabled()
    assert bare.choice() == PrintChoice("event", "ko")


def test_cancel_stops_a_long_print_between_pages(qtbot, settings: QSettings,  # noqa: ANN001
                                                 demo_path: Path, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printed = tmp_path / "printed.pdf"

    def many_copies(printer: QPrinter) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setCopyCount(40)  # 240 pages: long enough to be cancelled on the way

    win = window_with(qtbot, settings, demo_path, [PrintChoice("event", "ko"), many_copies],
                      TaskRunner())
    from PySide6.QtWidgets import QPushButton

    win.print_action.trigger()
    qtbot.waitUntil(lambda: win.print_progress is not None and win.print_progress.isVisible()
                    and win.print_progress.labelText().startswith("Printing page"), timeout=60000)
    cancel = win.print_progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.printing, timeout=60000)
    said = win.statusBar().currentMessage()
    assert said.startswith("Printing cancelled after ")
    assert int(said.split()[-2]) < 240
    assert win.print_action.isEnabled() and not win.interaction.errors


def test_printing_stops_where_cancelled(qtbot, tmp_path: Path, demo) -> None:  # noqa: ANN001
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing import PrintJob, new_printer, print_pdf

    data = render_pdf(build_run_sheet(demo, [], "ko"))
    printer = new_printer(PrintJob("run sheet", data))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    seen: list[int] = []
    assert print_pdf(data, printer, lambda done, _total, _what: seen.append(done),
                     lambda: len(seen) == 2) == 2
    assert seen == [0, 1]
