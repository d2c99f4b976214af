"""Tables: rows of wrapped cells in a grid, split between pages under a repeated header."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from exports.document import Table
from exports.labels import label
from exports.linebreak import text_width
from exports.pdf.canvas import draw_line
from exports.pdf.fonts import FONT, FONT_BOLD, char_widths
from exports.pdf.layout import Layout
from exports.pdf.text import line_anchor

CELL_FONT_SIZE = 9
CELL_LEADING = CELL_FONT_SIZE * 1.2
"""A single plain line's height: reportlab's for a string cell."""
CELL_PARA_LEADING = 12.5
"""The line height of a cell of several lines, or one that is indented or a header."""
PAD_X, PAD_TOP, PAD_BOTTOM = 6, 3, 3
"""Cell padding, reportlab's table defaults."""
GRID_WIDTH = 0.5
CAPTION_SIZE, CAPTION_LEADING, CAPTION_GAP = 9.5, 13.5, 3
"""The "(계속)" line above a table's later parts: a paragraph's size and leading, a gap."""
_HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
_TOTAL_FILL = colors.Color(0.95, 0.95, 0.95)
_BLACK = colors.toColor("black")
_COLORS = {"problem": colors.red, "muted": colors.grey}
_BAR = colors.Color(0.85, 0.1, 0.1)
BAR_WIDTH, BAR_GAP = 2.5, 3
"""A changed row's bar in the left margin: its width and its gap from the table, points."""

Cell = tuple[list[str], str, colors.Color, str, float, bool]
"""A cell laid out: its lines, font, colour, alignment, left indent, and whether it is a single
plain line (see ``grid``)."""


def grid(table: Table, width: float, layout: Layout, lang: str = "ko") -> Grid:
    """The table ``width`` wide, its columns in proportion, each cell's text broken into lines;
    ``lang`` is the document's language, for "(계속)" where a row goes on over a page."""
    size = CELL_FONT_SIZE
    widths = column_widths(table, width)
    fits = [w - PAD_X - PAD_X for w in widths]
    rows: list[list[Cell]] = [[(layout.lines(c.title, FONT_BOLD, size, fit), FONT_BOLD, _BLACK,
                                "center", 0, False) for c, fit in zip(table.columns, fits)]]
    fills: list[colors.Color | None] = [_HEADER_FILL]
    depth = [max((c.indent for c in row if c.role in ("block", "sub")), default=-1)
             for row in table.rows]
    blocks = [any(c.role == "block" for c in row) for row in table.rows]
    keep = [False] + [blocks[i] and i + 1 < len(depth) and depth[i + 1] > depth[i]
                      for i in range(len(depth))]
    for row in table.rows:
        cells: list[Cell] = []
        for col, cell, fit in zip(table.columns, row, fits):
            font = FONT_BOLD if cell.role in ("total", "label") else FONT
            text = cell.text
            indent = 10 * cell.indent
            lines = layout.lines(text, font, size, fit - indent)
            # A plain cell of one line was drawn by reportlab as a string (a lower line), any
            # other as a paragraph: their heights stay as they were, and so do the pages.
            single = not indent and len(lines) <= 1 and "\n" not in text and "\t" not in text
            cells.append((lines, font, _COLORS.get(cell.role, _BLACK), col.align, indent, single))
        rows.append(cells)
        fills.append(_TOTAL_FILL if row and row[0].role == "total" else None)
    caption = layout.lines(table.continued, FONT_BOLD, CAPTION_SIZE, sum(widths))
    changed = table.changed or set()
    return Grid(widths, rows, fills,
                continued=layout.lines(label("continued", lang), FONT, size, fits[0]),
                continued_caption=caption, keep=keep,
                bars=[False] + [n in changed for n in range(len(table.rows))])


def column_widths(table: Table, width: float) -> list[float]:
    """The columns' widths over ``width``, in proportion to theirs; a column whose lines are
    never broken (``Column.nowrap``) as wide as its longest line, header included, and the
    others in proportion over what is left (all in proportion when that leaves nothing)."""
    if not any(c.nowrap for c in table.columns):
        total = sum(c.width for c in table.columns)
        return [width * c.width / total for c in table.columns]
    measured = {FONT: char_widths(FONT, CELL_FONT_SIZE),
                FONT_BOLD: char_widths(FONT_BOLD, CELL_FONT_SIZE)}

    def longest(texts: list[tuple[str, str]]) -> float:
        return max((text_width(line, measured[font]) for text, font in texts
                    for line in text.split("\n")), default=0.0)

    fixed = {i: longest([(c.title, FONT_BOLD)] + [
        (row[i].text, FONT_BOLD if row[i].role in ("total", "label") else FONT)
        for row in table.rows]) + 2 * PAD_X + 0.01
        for i, c in enumerate(table.columns) if c.nowrap}
    free = sum(c.width for i, c in enumerate(table.columns) if i not in fixed)
    rest = width - sum(fixed.values())
    if not free or rest <= 2 * PAD_X * (len(table.columns) - len(fixed)):
        total = sum(c.width for c in table.columns)
        return [width * c.width / total for c in table.columns]
    return [fixed[i] if i in fixed else rest * c.width / free
            for i, c in enumerate(table.columns)]


class Grid:
    """A table laid out as reportlab's ``Table(data, colWidths, repeatRows=1)`` laid ours out
    (grid 0.5 pt, grey header, light total rows, cells centred vertically, padding 6/3 pt): the
    same row heights, page splits and positions. The first row is the header, repeated on every
    page; a row is cut only when it is taller than a whole page (see ``split``)."""

    space_before = space_after = 0.0
    keep_with_next = False

    def __init__(self, widths: list[float], rows: list[list[Cell]],
                 fills: list[colors.Color | None], heights: list[float] | None = None, *,
                 continued: list[str], context: list[str] | None = None,
                 continued_caption: list[str] | None = None,
                 caption: list[str] | None = None, keep: list[bool] | None = None,
                 bars: list[bool] | None = None) -> None:
        self._widths = widths
        self._bars = bars or [False] * len(rows)
        """By row (the header first): a bar in the margin beside a row changed since the
        previous revision (``Table.changed``)."""
        self._rows = rows
        self._fills = fills
        self._heights = heights if heights is not None else [_row_height(r) for r in rows]
        self._continued = continued
        """The lines of "(계속)" in the first column."""
        self._context = context
        """When the first row under the header goes on from the page before: what its first
        cell says on every page after the first."""
        self._continued_caption = continued_caption or []
        """The lines said above the header of each later part (``Table.continued``)."""
        self._caption = caption or []
        """This part's own lines above its header: a later part's."""
        self._caption_height = (len(self._caption) * CAPTION_LEADING + CAPTION_GAP
                                if self._caption else 0.0)
        self._keep = keep or [False] * len(rows)
        """By row (the header first): a ○ block heading that never ends a page without the
        first row under it."""
        self._colpositions = [0.0]
        for w in widths:
            self._colpositions.append(self._colpositions[-1] + w)
        self.width = self._colpositions[-1]
        positions = []
        height = c = 0.0
        for h in reversed(self._heights):  # compensated, as reportlab sums them
            positions.append(height)
            y = h - c
            t = height + y
            c = (t - height) - y
            height = t
        positions.append(height)
        positions.reverse()
        self._rowpositions, self.height = positions, height + self._caption_height

    def wrap(self, width: float) -> float:
        return self.height

    def least_height(self, width: float, page: float) -> float:
        """The least of the table that may end a page: its header and first row, or the first
        line of that row when the two are taller than a ``page``."""
        heights = self._heights
        if len(heights) < 2:
            return self.height
        if self._caption_height + heights[0] + heights[1] <= page:
            return self._caption_height + heights[0] + heights[1]
        return self._caption_height + heights[0] + PAD_TOP + PAD_BOTTOM + CELL_PARA_LEADING

    def split(self, width: float, height: float, page: float) -> list[Grid]:
        """The header and the whole rows that fit in ``height``, then the header and the rest
        (none when not even the header and one row fit). A row that does not fit under the
        header on a whole ``page`` either is cut by its lines instead: as many as fit here,
        the rest at the top of the next part."""
        heights = self._heights
        height -= self._caption_height
        page -= self._next_caption_height
        h = 0.0
        n = 0
        for rh in heights:
            if h + rh > height:
                break
            h += rh
            n += 1
        if n == len(self._rows):
            return [self]
        if n and heights[0] + heights[n] > page:
            parts = self._cut_row(n, height - h)
            if parts:
                return parts
        keep = self._keep
        if n == len(self._rows) - 1 and n > 2:
            n -= 1  # the last row does not go on alone under a repeated header: one goes with it
        back = n
        while back > 1 and keep[back - 1]:  # a block heading goes on with its first sub-row
            back -= 1
        if back > 1:  # (unless nothing else would be left on this page)
            n = back
        if n <= 1:
            return []
        rows, fills, bars = self._rows, self._fills, self._bars
        return [self._part(rows[:n], fills[:n], heights[:n], caption=self._caption,
                           keep=keep[:n], bars=bars[:n]),
                self._part(rows[:1] + rows[n:], fills[:1] + fills[n:],
                           heights[:1] + heights[n:], caption=self._continued_caption,
                           keep=keep[:1] + keep[n:], bars=bars[:1] + bars[n:])]

    def _cut_row(self, n: int, room: float) -> list[Grid]:
        """The rows before row ``n`` and the lines of row ``n`` that fit in ``room``, then the
        rest of its lines under the header, its first cell said again with "(계속)" when that
        cell is done, and the rows after it (none when not even one line fits)."""
        keep = int((room - PAD_TOP - PAD_BOTTOM) // CELL_PARA_LEADING)
        if keep < 1:
            return []
        rows, fills = self._rows, self._fills
        row = rows[n]
        first = [(lines[:keep], font, color, align, indent, False)
                 for lines, font, color, align, indent, _ in row]
        rest = [(lines[keep:], font, color, align, indent, False)
                for lines, font, color, align, indent, _ in row]
        context = self._context if n == 1 and self._context is not None else \
            [*row[0][0], *self._continued]
        if not rest[0][0]:
            rest[0] = (context, *rest[0][1:])
        keep, bars = self._keep, self._bars
        return [self._part([*rows[:n], first], fills[:n + 1], caption=self._caption,
                           keep=[*keep[:n], False], bars=bars[:n + 1]),
                self._part([rows[0], rest, *rows[n + 1:]], [fills[0], *fills[n:]],
                           context=context, caption=self._continued_caption,
                           keep=[keep[0], *keep[n:]], bars=[bars[0], *bars[n:]])]

    @property
    def _next_caption_height(self) -> float:
        """The height of the lines above a later part's header."""
        caption = self._continued_caption
        return len(caption) * CAPTION_LEADING + CAPTION_GAP if caption else 0.0

    def _part(self, rows: list[list[Cell]], fills: list[colors.Color | None],
              heights: list[float] | None = None, context: list[str] | None = None,
              caption: list[str] | None = None, keep: list[bool] | None = None,
              bars: list[bool] | None = None) -> Grid:
        return Grid(self._widths, rows, fills, heights, continued=self._continued,
                    context=context, continued_caption=self._continued_caption,
                    caption=caption, keep=keep, bars=bars)

    def draw(self, canv: Canvas, x: float, y: float) -> None:
        """Draw the table with its lower left corner at (x, y)."""
        canv.saveState()
        canv.translate(x, y)
        colpositions, rowpositions = self._colpositions, self._rowpositions
        if self._caption:
            canv.setFillColor(_BLACK)
            base = self.height - CAPTION_SIZE
            for line in self._caption:
                draw_line(canv, "left", 0, base, line, FONT_BOLD, CAPTION_SIZE)
                base -= CAPTION_LEADING
        right = colpositions[-1]
        for r, fill in enumerate(self._fills):
            if fill is not None:
                y0 = rowpositions[r]
                canv.setFillColor(fill)
                canv.rect(0, y0, right, rowpositions[r + 1] - y0, stroke=0, fill=1)
        if any(self._bars):
            canv.setFillColor(_BAR)
            for r, bar in enumerate(self._bars):
                if bar:
                    y0 = rowpositions[r]
                    canv.rect(-BAR_GAP - BAR_WIDTH, y0, BAR_WIDTH, rowpositions[r + 1] - y0,
                              stroke=0, fill=1)
        color = None
        size = CELL_FONT_SIZE
        for row, rowpos, rowheight in zip(self._rows, rowpositions[1:], self._heights):
            for (lines, font, cell_color, align, indent, single), colpos, colwidth in zip(
                    row, colpositions, self._widths):
                if not any(lines):
                    continue
                if cell_color is not color:
                    canv.setFillColor(cell_color)
                    color = cell_color
                left = colpos + PAD_X + line_anchor(align, indent, colwidth - PAD_X - PAD_X)
                if single:
                    base = rowpos + (PAD_BOTTOM + rowheight - PAD_TOP + CELL_LEADING) / 2 - size
                else:
                    h = len(lines) * CELL_PARA_LEADING
                    base = rowpos + (rowheight + PAD_BOTTOM - PAD_TOP + h) / 2 - size
                for line in lines:
                    if line:
                        draw_line(canv, align, left, base, line, font, size)
                    base -= CELL_PARA_LEADING
        self._draw_lines(canv)
        canv.restoreState()

    def _draw_lines(self, canv: Canvas) -> None:
        """Every row's and every column's line, 0.5 pt black with round ends, as one path."""
        canv.setLineCap(1)
        canv.setLineJoin(1)
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(GRID_WIDTH)
        cols, rows = self._colpositions, self._rowpositions
        left, right, top, bottom = cols[0], cols[-1], rows[0], rows[-1]
        path = [f"{fp_str(left, y)} m {fp_str(right, y)} l" for y in rows]
        path += [f"{fp_str(x, bottom)} m {fp_str(x, top)} l" for x in cols]
        canv._code.append(f"n {' '.join(path)} S")


def _row_height(row: list[Cell]) -> float:
    """As reportlab's Table._calc_height: the tallest cell and the padding."""
    return max(((CELL_LEADING if single else len(lines) * CELL_PARA_LEADING)
                + PAD_BOTTOM + PAD_TOP for lines, _, _, _, _, single in row), default=0.0)
