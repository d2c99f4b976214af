"""Excel writer (openpyxl): one worksheet per section, set up to print on A4.

Every user text is stored as a string cell, so nothing typed into the planner
becomes a formula; text that a spreadsheet would take for one (= + - @, tab,
CR at the start) also carries Excel's quote prefix so it stays text when edited.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import math
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile
from xml.etree.ElementTree import _escape_cdata  # the escaping openpyxl's writer uses

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

from exports.atomic import write_atomically
from exports.document import Cell, Column, Document, Paragraph, Table, display_width
from exports.fonts import NANUM, covering_family
from planner.text_clean import clean_text

FONT_NAME = NANUM.family
"""The font a cell names, unless its text needs another (``exports.fonts.covering_family``:
Droid Sans Fallback for Japanese and Chinese, DejaVu Sans for letters NanumGothic lacks)."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SHEET_WIDTH_CHARS = 110
"""Total column width of a sheet, in Excel character units (about A4 portrait at fit-to-width)."""
LANDSCAPE_WIDTH = 297 / 210
"""How much wider an A4 page is on its side."""
LINE_HEIGHT_PT = 14.5
MAX_ROW_HEIGHT_PT = 409
"""The tallest row Excel keeps (a taller one is an error in Excel). A row whose text needs
more is written over several rows (``split_tall_rows``), so that no line is hidden."""
MAX_ROW_LINES = int((MAX_ROW_HEIGHT_PT - 4) // LINE_HEIGHT_PT)
CONTINUED = {"ko": "(계속)", "en": "(continued)"}

_thin = Side(style="thin", color="000000")
_border = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
_header_fill = PatternFill("solid", fgColor="E0E0E0")
_total_fill = PatternFill("solid", fgColor="F2F2F2")
_changed_fill = PatternFill("solid", fgColor="FFF2CC")
CHANGED = {"ko": ("변경", "●"), "en": ("Changed", "●")}
"""The column an issued sheet's marked tables get first: its title and a changed row's mark."""
_fonts = {
    "title": Font(name=FONT_NAME, size=14, bold=True),
    "heading": Font(name=FONT_NAME, size=11, bold=True),
    "draft": Font(name=FONT_NAME, size=10, bold=True, color="C00000"),
    "normal": Font(name=FONT_NAME, size=10),
    "bold": Font(name=FONT_NAME, size=10, bold=True),
    "problem": Font(name=FONT_NAME, size=10, bold=True, color="C00000"),
    "muted": Font(name=FONT_NAME, size=10, color="808080"),
}


@lru_cache(maxsize=None)
def _font(role: str, family: str) -> Font:
    """A role's font (``_fonts``) in another family."""
    if family == FONT_NAME:
        return _fonts[role]
    font = copy.copy(_fonts[role])
    font.name = family
    return font


class _StyleCache:
    """Cell styles set once per combination, then copied: openpyxl's own style lookup
    hashes every style object on every assignment, which dominates large sheets."""

    def __init__(self) -> None:
        self._arrays: dict[tuple, object] = {}

    def apply(self, cell: object, font: str, *, fill: PatternFill | None = None,
              border: bool = False, align: str = "left", indent: int = 0,
              vertical: str = "center") -> None:
        cell._style = copy.copy(self.array(cell.parent, font, fill=fill,  # type: ignore[attr-defined]
                                           border=border, align=align, indent=indent,
                                           vertical=vertical))

    def array(self, ws: object, font: str, *, fill: PatternFill | None = None,
              border: bool = False, align: str = "left", indent: int = 0,
              vertical: str = "center", quote: bool = False,
              family: str = FONT_NAME) -> StyleArray:
        """The style array of a combination; fonts, fills, borders and alignments join the
        workbook's lists the first time, as they would through a cell. ``family``: the font
        the cell names (the role's font, in that family)."""
        key = (font, id(fill), border, align, indent, vertical, quote, family)
        array = self._arrays.get(key)
        if array is None:
            if quote:
                array = copy.copy(self.array(ws, font, fill=fill, border=border, align=align,
                                             indent=indent, vertical=vertical, family=family))
                array.quotePrefix = True
            else:
                cell = WriteOnlyCell(ws)
                cell.font = _font(font, family)  # type: ignore[attr-defined]
                if fill is not None:
                    cell.fill = fill  # type: ignore[attr-defined]
                if border:
                    cell.border = _border  # type: ignore[attr-defined]
                cell.alignment = Alignment(horizontal=align, vertical=vertical,  # type: ignore[attr-defined]
                                           wrap_text=True, indent=indent)
                array = cell._style  # type: ignore[attr-defined]
            self._arrays[key] = array
        return array


def set_text(cell: object, text: str) -> None:
    """Store user text as text, never as a formula (nor a control character Excel refuses)."""
    text = clean_text(text)
    cell.value = text  # type: ignore[attr-defined]
    cell.data_type = "s"  # type: ignore[attr-defined]
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # type: ignore[attr-defined]


@lru_cache(maxsize=1 << 16)
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
    """The document as .xlsx bytes.

    The workbook is written in openpyxl's write-only mode: rows go to the file as they are
    made, with no cell objects kept per sheet and no merged-cell objects made for the cells a
    title spans. Everything a sheet has (styles, row heights, column widths, merged titles,
    print titles, frozen header, print area and page set-up) is set before or while its rows
    are written, as write-only mode requires.
    """
    wb = Workbook(write_only=True)
    taken: set[str] = set()
    styles = _StyleCache()
    for section in doc.sections or []:
        ws = wb.create_sheet(_sheet_title(section.sheet_name or section.title, taken))
        _fill_sheet(ws, section.blocks, doc, styles)
    if not wb.sheetnames:
        ws = wb.create_sheet("-")
        cell = WriteOnlyCell(ws)
        set_text(cell, doc.title)
        ws.calculate_dimension = lambda: "A1:A1"
        ws.append([cell])
    wb.properties.title = doc.title
    wb.properties.creator = "Agenda Planner"
    buffer = io.BytesIO()
    # What Workbook.save does (openpyxl.writer.excel.save_workbook), with a writer that takes
    # the sheets' XML from memory.
    wb.properties.modified = dt.datetime.now(tz=dt.timezone.utc).replace(tzinfo=None)
    _ExcelWriter(wb, ZipFile(buffer, "w", ZIP_DEFLATED, allowZip64=True)).save()
    return buffer.getvalue()


class _ExcelWriter(ExcelWriter):
    """openpyxl's ExcelWriter, for write-only sheets whose XML was kept in memory: no
    temporary file per sheet (making 800 of them costs about half a second)."""

    def write_worksheet(self, ws: WriteOnlyWorksheet) -> None:
        writer = getattr(ws, "_writer", None)
        if not isinstance(getattr(writer, "out", None), io.BytesIO):
            return super().write_worksheet(ws)
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        if not ws.closed:
            ws.close()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.out.getvalue())
        self.manifest.append(ws)


def _fill_sheet(ws: WriteOnlyWorksheet, blocks: list[Paragraph | Table], doc: Document,
                styles: _StyleCache) -> None:
    blocks = [_with_changed_column(b, doc.lang) if isinstance(b, Table) and b.changed is not None
              else b for b in blocks]
    tables = [b for b in blocks if isinstance(b, Table)]
    widest = max(tables, key=lambda t: len(t.columns)) if tables else None
    n_cols = len(widest.columns) if widest else 1
    widths = _column_widths(widest, n_cols, doc.landscape,
                            [t for t in tables if widest and t.columns == widest.columns])
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    # Where every block goes, worked out first: the frozen header, the sheet's extent and its
    # print area are written before the rows in write-only mode.
    blocks = ([Paragraph(doc.revision, "note")] if doc.revision else []) + (
        [Paragraph(doc.draft, "draft")] if doc.draft else []) + [
        split_tall_rows(b, widths, doc.lang) if isinstance(b, Table) else b for b in blocks]
    row, header_row, last = 1, None, 0
    for block in blocks:
        if isinstance(block, Paragraph):
            last = row
            row += 1
        else:
            header_row = header_row or row
            last = row + len(block.rows)
            row = last + 2
    if header_row is not None:
        # The normal worksheet made the cell below the header to freeze at, even for a table
        # without rows: it counted in the sheet's extent.
        last = max(last, header_row + 1)
    dimension = f"A1:{get_column_letter(n_cols)}{last}" if last else "A1:A1"
    ws.calculate_dimension = lambda: dimension
    _print_setup(ws, header_row, n_cols, doc, max(last, 1))
    rows = _rows(ws)
    row = 1
    for block in blocks:
        if isinstance(block, Paragraph):
            row = _paragraph(rows, row, block, widths, styles)
        else:
            row = _table(rows, row, block, widths, styles) + 1  # a blank row after a table


def _with_changed_column(table: Table, lang: str) -> Table:
    """A table whose changed rows are marked, with a first column saying which ("●")."""
    title, mark = CHANGED.get(lang, CHANGED["en"])
    changed = table.changed or set()
    out = Table([Column(title, 0.6, "center", nowrap=True), *table.columns],
                continued=table.continued, changed=set(changed))
    out.rows = [[Cell(mark if n in changed else "", "label"), *row]
                for n, row in enumerate(table.rows)]
    return out


def split_tall_rows(table: Table, widths: list[float], lang: str) -> Table:
    """The table with each row taller than Excel's tallest written over as many rows as its
    lines need: each cell's text goes on in the cell below, and the first cell of each row
    after the first says "(계속)" / "(continued)" (the table itself when no row is too tall)."""
    def lines_of(item: Cell, col: int) -> int:
        return wrapped_lines(item.text, widths[col] - 2 * item.indent) if item.text else 1

    if all(lines_of(item, col) <= MAX_ROW_LINES for row in table.rows
           for col, item in enumerate(row)):
        return table
    out = Table(table.columns, continued=table.continued,
                changed=set() if table.changed is not None else None)
    for n_row, row in enumerate(table.rows):
        if table.changed and n_row in table.changed:  # every row it becomes is marked
            out.changed.add(len(out.rows))  # type: ignore[union-attr]
        if all(lines_of(item, col) <= MAX_ROW_LINES for col, item in enumerate(row)):
            out.rows.append(row)
            continue
        pieces = [_pieces(item.text, widths[col] - 2 * item.indent)
                  for col, item in enumerate(row)]
        for n in range(max(len(p) for p in pieces)):
            cells = [Cell(p[n] if n < len(p) else "", item.role, item.indent)
                     for p, item in zip(pieces, row)]
            if n and not cells[0].text:
                cells[0] = Cell(CONTINUED.get(lang, CONTINUED["en"]), row[0].role, row[0].indent)
            if n and table.changed and n_row in table.changed:
                out.changed.add(len(out.rows))  # type: ignore[union-attr]
            out.rows.append(cells)
    return out


def _pieces(text: str, width_chars: float) -> list[str]:
    """A cell's text in pieces of at most ``MAX_ROW_LINES`` wrapped lines each, cut between
    its lines, or inside a line too long for one piece."""
    usable = max(1.0, width_chars - 1.5)
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for line in text.split("\n"):
        while wrapped_lines(line, width_chars) > MAX_ROW_LINES:  # a paragraph of its own
            room = (MAX_ROW_LINES - used) * usable
            if room < usable:
                pieces.append("\n".join(current))
                current, used = [], 0
                continue
            cut, taken = 0, 0
            for cut, ch in enumerate(line):
                taken += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
                if taken > room - 2:  # (a little short: wrapping breaks at spaces)
                    break
            space = line.rfind(" ", 0, cut)
            if space > 0:  # a word stays whole
                cut = space + 1
            pieces.append("\n".join([*current, line[:cut].rstrip(" ")]))
            current, used, line = [], 0, line[cut:]
        need = wrapped_lines(line, width_chars)
        if used + need > MAX_ROW_LINES:
            pieces.append("\n".join(current))
            current, used = [], 0
        current.append(line)
        used += need
    pieces.append("\n".join(current))
    return pieces


def _column_widths(table: Table | None, n_cols: int, landscape: bool = False,
                   alike: list[Table] | None = None) -> list[float]:
    """The table's relative widths over the sheet's width (a landscape page is wider), each
    column at least as wide as the longest word of its header, so no header word is cut.
    A column whose lines are never broken (``Column.nowrap``) is as wide as its longest line
    in the tables of the sheet ``alike`` (same columns; the table alone by default), and the
    others share the rest."""
    sheet = SHEET_WIDTH_CHARS * (LANDSCAPE_WIDTH if landscape else 1)
    if table is None:
        return [sheet]
    tables = alike or [table]
    fixed = {i: max(display_width(line) for t in tables for text in
                    [c.title, *(row[i].text for row in t.rows)] for line in text.split("\n"))
             + 2.5 for i, c in enumerate(table.columns) if c.nowrap}
    rest = sheet - sum(fixed.values())
    free = sum(c.width for i, c in enumerate(table.columns) if i not in fixed)
    if rest <= 0 or not free:
        fixed, rest, free = {}, sheet, sum(c.width for c in table.columns)
    return [round(fixed[i], 1) if i in fixed else
            round(max(rest * c.width / free,
                      max((display_width(w) for w in c.title.split()), default=0) + 2.5), 1)
            for i, c in enumerate(table.columns)][:n_cols]


def _paragraph(rows: _Rows, row: int, p: Paragraph, widths: list[float],
               styles: _StyleCache) -> int:
    text = ("    " + p.text) if p.role == "subitem" else p.text
    centered = p.role in ("title", "subtitle")
    style = styles.array(rows.ws, p.role if p.role in _fonts else "normal",
                         align="center" if centered else "left",
                         quote=text.startswith(FORMULA_STARTS), family=covering_family(text))
    if len(widths) > 1:
        rows.merge(row, len(widths))
    lines = wrapped_lines(text, sum(widths) * (0.8 if p.role == "title" else 1))
    rows.write(row, lines * (20 if p.role == "title" else LINE_HEIGHT_PT) + 2, [(text, style)])
    return row + 1


def _table(rows: _Rows, row: int, table: Table, widths: list[float],
           styles: _StyleCache) -> int:
    ws = rows.ws
    rows.write(row, max(wrapped_lines(c.title, widths[i]) for i, c in enumerate(table.columns))
               * LINE_HEIGHT_PT + 4,
               [(c.title, styles.array(ws, "bold", fill=_header_fill, border=True,
                                       align="center", quote=c.title.startswith(FORMULA_STARTS),
                                       family=covering_family(c.title)))
                for c in table.columns])
    changed = table.changed or set()
    for n, items in enumerate(table.rows):
        row += 1
        lines = 1
        cells = []
        marked = _changed_fill if n in changed else None
        for col, (column, item) in enumerate(zip(table.columns, items), start=1):
            font = ("problem" if item.role == "problem" else "muted" if item.role == "muted"
                    else "bold" if item.role in ("total", "label") else "normal")
            cells.append((item.text, styles.array(
                ws, font, fill=_total_fill if item.role == "total" else marked, border=True,
                align=column.align, indent=2 * item.indent,
                quote=item.text.startswith(FORMULA_STARTS), family=covering_family(item.text))))
            lines = max(lines, wrapped_lines(item.text, widths[col - 1] - 2 * item.indent))
        rows.write(row, lines * LINE_HEIGHT_PT + 4, cells)
    return row + 1


DIRECT_ROWS = True
"""Write rows straight into the sheet's XML (``_Rows``); False: through openpyxl's public
write-only API (``_AppendedRows``), which gives the same file, several times slower."""


def _rows(ws: WriteOnlyWorksheet) -> _Rows | _AppendedRows:
    if DIRECT_ROWS:
        try:
            return _Rows(ws)
        except AttributeError:  # an openpyxl whose insides differ: the public way, slower
            pass
    return _AppendedRows(ws)


class _AppendedRows:
    """Rows through openpyxl's public write-only API: a cell object per cell, ``ws.append``."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self._next = 1

    def merge(self, row: int, columns: int) -> None:
        self.ws.merged_cells.add(CellRange(min_col=1, min_row=row, max_col=columns, max_row=row))

    def write(self, row: int, height: float, cells: list[tuple[str, StyleArray]]) -> None:
        while self._next < row:  # a row left blank (write-only mode has no gaps)
            self.ws.append([])
            self._next += 1
        self.ws.row_dimensions[row].height = min(height, MAX_ROW_HEIGHT_PT)
        written = []
        for text, style in cells:
            cell = WriteOnlyCell(self.ws)
            cell._style = copy.copy(style)
            cell.value = clean_text(text)
            cell.data_type = "s"
            written.append(cell)
        self.ws.append(written)
        self._next += 1


class _Rows:
    """The rows of a write-only worksheet, written straight into its XML stream.

    The XML is what openpyxl's own writer makes of the same cells (``<row>`` with its height,
    ``<c>`` with its reference, style id and inline string, the same escaping, the same
    ``xml:space`` rule, style ids numbered in the order cells are written, texts cut at
    Excel's 32,767 characters and control characters refused), and rows with no cells (the
    blank row after a table) are left out as in a normal worksheet. What is saved is the
    cost of a cell object and an element tree per cell, most of openpyxl's time on a large
    sheet.
    """

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        # The sheet's XML is kept in memory, not in a temporary file (see _ExcelWriter); making
        # the writer writes everything before the rows, so all of it is set up by now.
        ws._writer = WorksheetWriter(ws, out=io.BytesIO())
        ws._writer.write_top()
        self._stream = ws._writer.xf
        xf = self._stream.send(True)
        self._sheet_data = xf.element("sheetData")
        self._sheet_data.__enter__()
        self._out = xf._file
        self._ids = ws.parent._cell_styles
        self._id_of: dict[int, int] = {}  # by id() of the cache's (kept) style arrays
        ws._rows = self  # WriteOnlyWorksheet.close() closes the rows, then writes the rest
        self._heights: dict[float, str] = {}
        self._merged: set[tuple[int, int, int, int]] = set()
        """Merged ranges as (first row, first column, last row, last column): the tuples whose
        hash a CellRange has, in a set filled in the same order, so they come out in the order
        openpyxl's set of ranges gives (its MultiCellRange is a set)."""

    def merge(self, row: int, columns: int) -> None:
        self._merged.add((row, 1, row, columns))

    def write(self, row: int, height: float, cells: list[tuple[str, StyleArray]]) -> None:
        height = min(height, MAX_ROW_HEIGHT_PT)
        ht = self._heights.get(height)
        if ht is None:
            ht = self._heights[height] = "".join(
                f' {k}="{v}"' for k, v in RowDimension(self.ws, index=row, ht=height))
        out = [f'<row r="{row}"{ht}>']
        for col, (text, style) in enumerate(cells):
            ref = f"{_LETTERS[col]}{row}"
            style_id = self._id_of.get(id(style))
            if style_id is None:  # numbered when first written, as openpyxl numbers them
                style_id = self._id_of[id(style)] = self._ids.add(style)
            # Excel refuses control characters (an older file may hold them): left out.
            text = clean_text(text[:32767])
            if not text:
                out.append(f'<c r="{ref}" s="{style_id}" t="inlineStr" />')
                continue
            stripped = text.strip()
            space = ' xml:space="preserve"' if stripped and text != stripped else ""
            out.append(f'<c r="{ref}" s="{style_id}" t="inlineStr"><is><t{space}>'
                       f'{_escape_cdata(text)}</t></is></c>')
        out.append("</row>")
        self._out("".join(out))

    def close(self) -> None:
        self._sheet_data.__exit__(None, None, None)
        if self._merged:  # the first element after the rows when, as here, nothing else comes
            assert not self.ws.merged_cells and not self.ws.protection and not self.ws.auto_filter
            self._out(f'<mergeCells count="{len(self._merged)}">' + "".join(
                f'<mergeCell ref="{_LETTERS[c0 - 1]}{r0}:{_LETTERS[c1 - 1]}{r1}" />'
                for r0, c0, r1, c1 in self._merged) + "</mergeCells>")
        self._stream.send(None)


_LETTERS = [get_column_letter(n) for n in range(1, 16385)]


def _print_setup(ws: WriteOnlyWorksheet, header_row: int | None, n_cols: int, doc: Document,
                 last_row: int) -> None:
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if doc.landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.55
    ws.page_margins.top, ws.page_margins.bottom = 0.8, 0.8
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.print_options.horizontalCentered = True
    ws.oddFooter.right.text = "&P / &N"  # apart from a long title on the left, as in the PDFs
    ws.oddFooter.left.text = doc.title.replace("&", "&&")
    if doc.draft:
        ws.oddHeader.right.text = doc.draft.replace("&", "&&")
    if doc.revision:
        ws.oddHeader.left.text = doc.revision.replace("&", "&&")
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.freeze_panes = f"A{header_row + 1}"
    ws.print_area = f"A1:{get_column_letter(n_cols)}{last_row}"


def write_xlsx(doc: Document, path: str | os.PathLike[str]) -> Path:
    return write_atomically(path, render_xlsx(doc))
