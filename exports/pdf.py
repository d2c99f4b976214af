"""PDF writer (reportlab): A4, NanumGothic embedded, "page X / Y", headers repeated."""

from __future__ import annotations

import io
import os
from contextlib import ExitStack
from functools import cache
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (Flowable, PageBreak, Paragraph as PdfParagraph,
                                SimpleDocTemplate, Spacer, Table as PdfTable, TableStyle)

from exports.atomic import write_atomically
from exports.document import Cell, Document, Paragraph, Table
from exports.labels import label

FONT = "NanumGothic"
FONT_BOLD = "NanumGothic-Bold"
MARGIN = 16 * mm
_fonts_stack = ExitStack()


@cache
def register_fonts() -> None:
    """Register the bundled NanumGothic pair once; reportlab embeds a subset of what is used."""
    folder = resources.files("resources").joinpath("fonts")
    regular = _fonts_stack.enter_context(resources.as_file(folder.joinpath("NanumGothic.ttf")))
    bold = _fonts_stack.enter_context(resources.as_file(folder.joinpath("NanumGothicBold.ttf")))
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13.5, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=15, leading=20,
                                alignment=TA_CENTER, spaceAfter=8),
        "subtitle": ParagraphStyle("subtitle", base, alignment=TA_CENTER, spaceAfter=6),
        "heading": ParagraphStyle("heading", base, fontName=FONT_BOLD, fontSize=11.5, leading=16,
                                  spaceBefore=8, spaceAfter=3, keepWithNext=True),
        "note": ParagraphStyle("note", base, leftIndent=6, spaceAfter=2),
        "item": ParagraphStyle("item", base, leftIndent=6, spaceAfter=2),
        "subitem": ParagraphStyle("subitem", base, leftIndent=20, spaceAfter=2),
        "draft": ParagraphStyle("draft", base, textColor=colors.red),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=12.5),
        "cell_head": ParagraphStyle("cell_head", base, fontName=FONT_BOLD, fontSize=9,
                                    leading=12.5, alignment=TA_CENTER),
    }


def text_markup(text: str) -> str:
    """User text as reportlab paragraph markup that prints literally: <, & and tags stay text."""
    return escape(text).replace("\n", "<br/>")


class _Bookmark(Flowable):
    """An invisible mark that adds the page to the PDF outline."""

    def __init__(self, title: str, key: str) -> None:
        super().__init__()
        self.title, self.key = title, key
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0, closed=False)


def _numbered_canvas(doc: Document) -> type[pdf_canvas.Canvas]:
    """A canvas that knows the page count when each page is finally drawn ("page X / Y")."""
    draft, lang, title = doc.draft, doc.lang, doc.title

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict] = []
            self._marks: list[tuple[str, tuple, dict]] = []

        # Pages are held back until the count is known, so outline entries are too:
        # reportlab ties a bookmark to the page being drawn when it is made.
        def bookmarkPage(self, key: str, **kwargs: object) -> None:  # noqa: N802
            self._marks.append(("bookmarkPage", (key,), kwargs))

        def addOutlineEntry(self, *args: object, **kwargs: object) -> None:  # noqa: N802
            self._marks.append(("addOutlineEntry", args, kwargs))

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            state = {k: v for k, v in self.__dict__.items() if k not in ("_pages", "_marks")}
            self._pages.append({"state": state, "marks": self._marks})
            self._marks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            pages, self._pages = self._pages, []
            for number, page in enumerate(pages, 1):
                self.__dict__.update(page["state"])
                self._decorate(number, total)
                for name, args, kwargs in page["marks"]:
                    getattr(pdf_canvas.Canvas, name)(self, *args, **kwargs)
                pdf_canvas.Canvas.showPage(self)
            if pages:
                self.showOutline()
            pdf_canvas.Canvas.save(self)

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.setFont(FONT, 8)
            self.setFillColor(colors.grey)
            self.drawString(MARGIN, 9 * mm, title)
            self.drawRightString(width - MARGIN, 9 * mm,
                                 label("page", lang, page=number, pages=total))
            if draft:
                self.setFont(FONT_BOLD, 9)
                self.setFillColor(colors.red)
                self.drawRightString(width - MARGIN, height - 10 * mm, draft)

    return NumberedCanvas


def _table(table: Table, width: float, styles: dict[str, ParagraphStyle]) -> PdfTable:
    total = sum(c.width for c in table.columns)
    widths = [width * c.width / total for c in table.columns]
    align = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
    data = [[PdfParagraph(text_markup(c.title), styles["cell_head"]) for c in table.columns]]
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for c, col in enumerate(table.columns):
        commands.append(("ALIGN", (c, 1), (c, -1), col.align.upper()))
    plain_fits = [w - 12 for w in widths]  # cell padding on both sides
    for r, row in enumerate(table.rows, start=1):
        cells: list[object] = []
        for c, (col, cell) in enumerate(zip(table.columns, row)):
            if _fits_plain(cell, plain_fits[c]):
                # A short one-line cell is drawn as a string: no markup, no wrapping to compute.
                cells.append(cell.text)
                if cell.role in ("total", "label"):
                    commands.append(("FONT", (c, r), (c, r), FONT_BOLD, 9))
                elif cell.role in ("problem", "muted"):
                    commands.append(("TEXTCOLOR", (c, r), (c, r),
                                     colors.red if cell.role == "problem" else colors.grey))
                continue
            style = ParagraphStyle(f"c{r}", styles["cell"], alignment=align[col.align],
                                   leftIndent=10 * cell.indent,
                                   fontName=FONT_BOLD if cell.role in ("total", "label")
                                   else FONT,
                                   textColor=colors.red if cell.role == "problem"
                                   else (colors.grey if cell.role == "muted" else colors.black))
            cells.append(PdfParagraph(text_markup(cell.text), style))
        data.append(cells)
        if row and row[0].role == "total":
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.95, 0.95, 0.95)))
    pdf_table = PdfTable(data, colWidths=widths, repeatRows=1)
    pdf_table.setStyle(TableStyle(commands))
    return pdf_table


def _fits_plain(cell: Cell, width: float) -> bool:
    text = cell.text
    return (not cell.indent and "\n" not in text and "\t" not in text
            and pdfmetrics.stringWidth(text, FONT_BOLD if cell.role in ("total", "label")
                                       else FONT, 9) <= width)


def render_pdf(doc: Document) -> bytes:
    """The document as PDF bytes."""
    register_fonts()
    styles = _styles()
    page = landscape(A4) if doc.landscape else A4
    buffer = io.BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
                                 title=doc.title, author="Agenda Planner",
                                 initialFontName=FONT)  # no unembedded Helvetica in the file
    width = page[0] - 2 * MARGIN
    story: list[Flowable] = []
    for index, section in enumerate(doc.sections):
        if index:
            story.append(PageBreak())
        if section.bookmark:
            story.append(_Bookmark(section.bookmark, f"s{index}"))
        for block in section.blocks:
            if isinstance(block, Paragraph):
                story.append(PdfParagraph(text_markup(block.text), styles[block.role]))
            else:
                story.append(Spacer(0, 2 * mm))
                story.append(_table(block, width, styles))
                story.append(Spacer(0, 3 * mm))
    if not story:
        story.append(PdfParagraph(text_markup(doc.title), styles["title"]))
    template.build(story, canvasmaker=_numbered_canvas(doc))
    return buffer.getvalue()


def write_pdf(doc: Document, path: str | os.PathLike[str]) -> Path:
    return write_atomically(path, render_pdf(doc))

