"""Excel writer (openpyxl): one worksheet per section, set up to print on A4.

Every user text is stored as a string cell, so nothing typed into the planner
becomes a formula; text that a spreadsheet would take for one (= + - @, tab,
CR at the start) also carries Excel's quote prefix so it stays text when edited.
"""

from __future__ import annotations

import copy
import io
import math
import os
import re
import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exports.atomic import write_atomically
from exports.document import Document, Paragraph, Table

FONT_NAME = "NanumGothic"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SHEET_WIDTH_CHARS = 110
"""Total column width of a sheet, in Excel character units (about A4 portrait at fit-to-width)."""
LINE_HEIGHT_PT = 14.5

_thin = Side(style="thin", color="000000")
_border = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
_header_fill = PatternFill("solid", fgColor="E0E0E0")
_total_fill = PatternFill("solid", fgColor="F2F2F2")
_fonts = {
    "title": Font(name=FONT_NAME, size=14, bold=True),
    "heading": Font(name=FONT_NAME, size=11, bold=True),
    "draft": Font(name=FONT_NAME, size=10, bold=True, color="C00000"),
    "normal": Font(name=FONT_NAME, size=10),
    "bold": Font(name=FONT_NAME, size=10, bold=True),
    "problem": Font(name=FONT_NAME, size=10, bold=True, color="C00000"),
    "muted": Font(name=FONT_NAME, size=10, color="808080"),
}


class _StyleCache:
    """Cell styles set once per combination, then copied: openpyxl's own style lookup
    hashes every style object on every assignment, which dominates large sheets."""

    def __init__(self) -> None:
        self._arrays: dict[tuple, object] = {}

    def apply(self, cell: object, font: str, *, fill: PatternFill | None = None,
              border: bool = False, align: str = "left", indent: int = 0,
              vertical: str = "center") -> None:
        key = (font, id(fill), border, align, indent, vertical)
        array = self._arrays.get(key)
        if array is not None:
            cell._style = copy.copy(array)  # type: ignore[attr-defined]
            return
        cell.font = _fonts[font]  # type: ignore[attr-defined]
        if fill is not None:
            cell.fill = fill  # type: ignore[attr-defined]
        if border:
            cell.border = _border  # type: ignore[attr-defined]
        cell.alignment = Alignment(horizontal=align, vertical=vertical,  # type: ignore[attr-defined]
                                   wrap_text=True, indent=indent)
        self._arrays[key] = copy.copy(cell._style)  # type: ignore[attr-defined]


def set_text(cell: object, text: str) -> None:
    """Store user text as text, never as a formula."""
    cell.value = text  # type: ignore[attr-defined]
    cell.data_type = "s"  # type: ignore[attr-defined]
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # type: ignore[attr-defined]


def display_width(text: str) -> int:
    """Columns a line takes: Hangul and other wide characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrapped_lines(text: str, width_chars: float) -> int:
    """How many lines a wrapped cell shows at a column width (a little pessimistic)."""
    usable = max(1.0, width_chars - 1.5)
    return sum(max(1, math.ceil(display_width(line) / usable)) for line in text.split("\n"))


def _sheet_title(name: str, taken: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "-", name).strip("'") or "Sheet"
    base = base[:31]
    title, n = base, 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def render_xlsx(doc: Document) -> bytes:
    """The document as .xlsx bytes."""
    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    styles = _StyleCache()
    for section in doc.sections or []:
        ws = wb.create_sheet(_sheet_title(section.sheet_name or section.title, taken))
        _fill_sheet(ws, section.blocks, doc, styles)
    if not wb.sheetnames:
        ws = wb.create_sheet("-")
        set_text(ws.cell(1, 1), doc.title)
    wb.properties.title = doc.title
    wb.properties.creator = "Agenda Planner"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _fill_sheet(ws: Worksheet, blocks: list[Paragraph | Table], doc: Document,
                styles: _StyleCache) -> None:
    tables = [b for b in blocks if isinstance(b, Table)]
    widest = max(tables, key=lambda t: len(t.columns)) if tables else None
    n_cols = len(widest.columns) if widest else 1
    widths = _column_widths(widest, n_cols)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    row = 1
    if doc.draft:
        row = _paragraph(ws, row, Paragraph(doc.draft, "draft"), widths, styles)
    header_row = None
    for block in blocks:
        if isinstance(block, Paragraph):
            row = _paragraph(ws, row, block, widths, styles)
        else:
            first = row
            row = _table(ws, row, block, widths, styles)
            header_row = header_row or first
            row += 1
    _print_setup(ws, header_row, n_cols, doc)


def _column_widths(table: Table | None, n_cols: int) -> list[float]:
    if table is None:
        return [SHEET_WIDTH_CHARS]
    total = sum(c.width for c in table.columns)
    return [round(SHEET_WIDTH_CHARS * c.width / total, 1) for c in table.columns][:n_cols]


def _paragraph(ws: Worksheet, row: int, p: Paragraph, widths: list[float],
               styles: _StyleCache) -> int:
    cell = ws.cell(row, 1)
    text = ("    " + p.text) if p.role == "subitem" else p.text
    centered = p.role in ("title", "subtitle")
    styles.apply(cell, p.role if p.role in _fonts else "normal",
                 align="center" if centered else "left")
    set_text(cell, text)  # after the style: it may add the quote prefix
    if len(widths) > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
    lines = wrapped_lines(text, sum(widths) * (0.8 if p.role == "title" else 1))
    ws.row_dimensions[row].height = lines * (20 if p.role == "title" else LINE_HEIGHT_PT) + 2
    return row + 1


def _table(ws: Worksheet, row: int, table: Table, widths: list[float],
           styles: _StyleCache) -> int:
    for col, column in enumerate(table.columns, start=1):
        cell = ws.cell(row, col)
        styles.apply(cell, "bold", fill=_header_fill, border=True, align="center")
        set_text(cell, column.title)
    ws.row_dimensions[row].height = max(
        wrapped_lines(c.title, widths[i]) for i, c in enumerate(table.columns)) * LINE_HEIGHT_PT + 4
    for cells in table.rows:
        row += 1
        lines = 1
        for col, (column, item) in enumerate(zip(table.columns, cells), start=1):
            cell = ws.cell(row, col)
            font = ("problem" if item.role == "problem" else "muted" if item.role == "muted"
                    else "bold" if item.role in ("total", "label") else "normal")
            styles.apply(cell, font, fill=_total_fill if item.role == "total" else None,
                         border=True, align=column.align, indent=2 * item.indent)
            set_text(cell, item.text)
            lines = max(lines, wrapped_lines(item.text, widths[col - 1] - 2 * item.indent))
        ws.row_dimensions[row].height = lines * LINE_HEIGHT_PT + 4
    return row + 1


def _print_setup(ws: Worksheet, header_row: int | None, n_cols: int, doc: Document) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if doc.landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.55
    ws.page_margins.top, ws.page_margins.bottom = 0.8, 0.8
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.left.text = doc.title.replace("&", "&&")
    if doc.draft:
        ws.oddHeader.right.text = doc.draft.replace("&", "&&")
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.freeze_panes = ws.cell(header_row + 1, 1)
    ws.print_area = f"A1:{get_column_letter(n_cols)}{max(ws.max_row, 1)}"


def write_xlsx(doc: Document, path: str | os.PathLike[str]) -> Path:
    return write_atomically(path, render_xlsx(doc))
