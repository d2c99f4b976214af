"""PDF writer (reportlab): A4, NanumGothic embedded, "page X / Y", headers repeated."""

from __future__ import annotations

import io
import os
import re
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, SimpleDocTemplate, Spacer
from reportlab.platypus.flowables import _listWrapOn
from reportlab.rl_config import _FUZZ

from exports.atomic import write_atomically
from exports.document import Document, Paragraph, Section, Table
from exports.labels import label
from exports.linebreak import CharWidths, break_lines

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


@dataclass(frozen=True)
class TextStyle:
    """How a paragraph prints: font, size and line height, placement, colour and spacing."""

    font: str = FONT
    size: float = 9.5
    leading: float = 13.5
    align: str = "left"
    indent: float = 0
    """Left indent, in points."""
    color: colors.Color = colors.black
    space_before: float = 0
    space_after: float = 0
    keep_with_next: bool = False


STYLES = {
    "title": TextStyle(FONT_BOLD, 15, 20, "center", space_after=8),
    "subtitle": TextStyle(align="center", space_after=6),
    "heading": TextStyle(FONT_BOLD, 11.5, 16, space_before=8, space_after=3,
                         keep_with_next=True),
    "note": TextStyle(indent=6, space_after=2),
    "item": TextStyle(indent=6, space_after=2),
    "subitem": TextStyle(indent=20, space_after=2),
    "draft": TextStyle(color=colors.red),
}


class _Bookmark(Flowable):
    """An invisible mark that adds the page to the PDF outline."""

    def __init__(self, title: str, key: str) -> None:
        super().__init__()
        self.title, self.key = title, key
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0, closed=False)


def _numbered_canvas(doc: Document, recorder: _Recorder | None = None,
                     made: list | None = None) -> type[pdf_canvas.Canvas]:
    """A canvas that knows the page count when each page is finally drawn ("page X / Y").

    With a recorder, it also keeps each page's operators with every text left as a token
    (see ``_Recorder``), so that another document can draw the same pages again.
    """
    draft, lang, title = doc.draft, doc.lang, doc.title

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict] = []
            self._marks: list[tuple[str, tuple, dict]] = []
            self._recorder = recorder
            self._starts: dict[str, int] = {}
            """The page (from 0) each bookmark key is on: where each section starts."""
            if made is not None:
                made.append(self)

        # Pages are held back until the count is known, so outline entries are too:
        # reportlab ties a bookmark to the page being drawn when it is made.
        def bookmarkPage(self, key: str, **kwargs: object) -> None:  # noqa: N802
            self._marks.append(("bookmarkPage", (key,), kwargs))
            self._starts.setdefault(key, len(self._pages))

        def addOutlineEntry(self, *args: object, **kwargs: object) -> None:  # noqa: N802
            self._marks.append(("addOutlineEntry", args, kwargs))

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            if self._recorder is not None:
                self._code = self._recorder.page_done(self._code)
            state = {k: v for k, v in self.__dict__.items() if k not in ("_pages", "_marks")}
            self._pages.append({"state": state, "marks": self._marks})
            self._marks = []
            self._startPage()

        def save(self) -> None:
            self._recorder = None  # the decoration differs between documents: drawn, not kept
            total = len(self._pages)
            pages, self._pages = self._pages, []
            for number, page in enumerate(pages, 1):
                self.__dict__.update(page["state"])
                self._recorder = None
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


# -- pages drawn once, for several documents --------------------------------------------
#
# The interpreter book and the 150 single sheets draw the same sections, as do the whole-event
# run sheet and the day run sheets. Every section starts on a new page, on the same frame, so
# its pages are the same in each document except for one thing: the codes of the glyphs, which
# each PDF numbers in its own font subsets, in the order it first uses them. So the first
# document keeps its pages' operators with each text as a token (font, size, text);
# a later document with an equal section draws those pages again, encoding each text for its
# own subsets in the same order as drawing them would. Its file comes out the same as if it
# had been laid out and drawn itself.

_TOKEN = re.compile("\x00([0-9]+)\x01")


class _Recorder:
    """The tokens of one document being drawn (their encoding in it) and of all recordings."""

    def __init__(self, segments: list[tuple[str, float, str]]) -> None:
        self.segments = segments
        self.encoded: dict[int, str] = {}
        self.pages: list[list[str]] = []

    def token(self, segment: tuple[str, float, str], encoded: str) -> str:
        n = len(self.segments)
        self.segments.append(segment)
        self.encoded[n] = encoded
        return f"\x00{n}\x01"

    def page_done(self, code: list[str]) -> list[str]:
        """Keep the page as drawn with tokens; give back its operators for this document."""
        self.pages.append(code)
        encoded = self.encoded
        return [_TOKEN.sub(lambda m: encoded[int(m.group(1))], e) if "\x00" in e else e
                for e in code]


def _encode(segment: tuple[str, float, str], current: int, canv: pdf_canvas.Canvas
            ) -> tuple[str, int]:
    """A text as PDFTextObject._formatText writes it for a TrueType font (without a leading:
    our lines are placed one by one), in this canvas's font subsets; ``current`` is the text
    object's subset so far (-1 at its start)."""
    font_name, size, text = segment
    font = pdfmetrics.getFont(font_name)
    doc, escape = canv._doc, canv._escape
    out = []
    template = None
    for subset, part in font.splitString(text, doc):
        if subset != current:
            if not template:
                template = f"{fp_str(size)} Tf"
            out.append(f"{font.getSubsetInternalName(subset, doc)} {template}")
            current = subset
        out.append(f"({escape(part)}) Tj")
    return " ".join(out), current


class _ReplayPage(Flowable):
    """One recorded page, drawn again: its operators, each text encoded for this document."""

    _ZEROSIZE = True

    def __init__(self, code: list[str], segments: list[tuple[str, float, str]]) -> None:
        super().__init__()
        self.code, self.segments = code, segments

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def drawOn(self, canvas: pdf_canvas.Canvas, x: float, y: float,  # noqa: N802
               _sW: float = 0) -> None:  # noqa: N803
        out, segments = canvas._code, self.segments
        for entry in self.code:
            if "\x00" not in entry:
                out.append(entry)
                continue
            current = -1  # an entry with texts is one text object: its subset starts unset

            def encode(m: re.Match[str]) -> str:
                nonlocal current
                text, current = _encode(segments[int(m.group(1))], current, canvas)
                return text

            out.append(_TOKEN.sub(encode, entry))


class _ReplayMark(Flowable):
    """A recorded section's outline entry (its recorded first page already holds the
    operators the original bookmark flowable left)."""

    _ZEROSIZE = True

    def __init__(self, title: str, key: str) -> None:
        super().__init__()
        self.title, self.key = title, key

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def drawOn(self, canvas: pdf_canvas.Canvas, x: float, y: float,  # noqa: N802
               _sW: float = 0) -> None:  # noqa: N803
        canvas.bookmarkPage(self.key)
        canvas.addOutlineEntry(self.title, self.key, level=0, closed=False)


class Layout:
    """Texts broken into lines once, character widths measured once.

    The same texts come back many times (a table header on every page, a room in every row,
    the same session in the whole-event run sheet and in its day's), so their lines are kept
    here by text, font, size and width. What is kept does not depend on the canvas: one Layout
    may serve several documents in a row (see ``shared_layout``).
    """

    def __init__(self) -> None:
        self.broken: dict[tuple[str, str, float, float], list[str]] = {}
        self.segments: list[tuple[str, float, str]] = []
        self.recorded: dict[tuple[bool, str, str], list[tuple[Section, list[list[str]]]]] = {}
        """Recorded sections' pages, by page orientation, title and bookmark."""

    def recording_of(self, section: Section, landscape: bool) -> list[list[str]] | None:
        for recorded, pages in self.recorded.get((landscape, section.title, section.bookmark),
                                                 ()):
            if recorded == section:
                return pages
        return None

    def lines(self, text: str, font: str, size: float, width: float) -> list[str]:
        """``text`` broken into lines no wider than ``width`` (see exports.linebreak)."""
        key = (text, font, size, width)
        lines = self.broken.get(key)
        if lines is None:
            lines = self.broken[key] = break_lines(text, width, char_widths(font, size))
        return lines


@cache
def char_widths(font: str, size: float) -> CharWidths:
    """Each character's width in a registered font at a size (the font's own metrics)."""
    measure = pdfmetrics.getFont(font).stringWidth
    return CharWidths(lambda ch: measure(ch, size))


_local = threading.local()
"""Per thread: the layouts shared by the documents made in it (the window exports on a worker
thread while its own thread may render a preview, which must not join the export's)."""


def _shared() -> list[Layout]:
    stack = getattr(_local, "shared", None)
    if stack is None:
        stack = _local.shared = []
    return stack


@contextmanager
def shared_layout() -> Iterator[Layout]:
    """Let every PDF rendered inside share one Layout (an export's documents repeat texts)."""
    layout = Layout()
    _shared().append(layout)
    try:
        yield layout
    finally:
        _shared().remove(layout)


class _Text(Flowable):
    """A paragraph of plain text: its lines, in one style, split between pages by whole lines
    as reportlab splits a paragraph (never leaving its first line alone at a page's foot)."""

    def __init__(self, text: str, style: TextStyle, layout: Layout,
                 part: tuple[float, list[str]] | None = None) -> None:
        super().__init__()
        self.text, self.style, self._layout = text, style, layout
        self._part = part
        """A part of a split paragraph: the width it was broken at and its lines."""
        self._lines: list[str] = []
        self.spaceBefore, self.spaceAfter = style.space_before, style.space_after
        self.keepWithNext = style.keep_with_next

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        style = self.style
        width = availWidth - style.indent
        if self._part is None:
            self._lines = self._layout.lines(self.text, style.font, style.size, width)
        elif self._part[0] == availWidth:
            self._lines = self._part[1]
        else:  # (every frame has the same width: a part is placed at the width it was cut at)
            self._lines = [piece for line in self._part[1]
                           for piece in self._layout.lines(line, style.font, style.size, width)]
        self.width, self.height = availWidth, len(self._lines) * style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if not self.text or availWidth < _FUZZ or availHeight < _FUZZ:
            return []
        self.wrap(availWidth, availHeight)
        fit = int(availHeight / self.style.leading)
        if fit <= 1:
            return []
        lines = self._lines
        if len(lines) <= fit:
            return [self]
        return [_Text(self.text, self.style, self._layout, (availWidth, lines[:fit])),
                _Text(self.text, self.style, self._layout, (availWidth, lines[fit:]))]

    def draw(self) -> None:
        canv, style, lines = self.canv, self.style, self._lines
        canv.setFillColor(style.color)
        replay = _replay(canv)
        x = _line_anchor(style.align, style.indent, self.width)
        y = self.height - style.size
        for line in lines:
            if line:
                _draw_string(canv, style.align, x, y, line, style.font, style.size, replay)
            y -= style.leading


def _line_anchor(align: str, indent: float, width: float) -> float:
    """Where a line is drawn from in a column ``width`` wide: its start, middle or end."""
    if align == "left":
        return indent
    if align == "center":
        return indent + (width - indent) * 0.5
    return width


def _replay(canv: pdf_canvas.Canvas) -> dict:
    """What texts drew on this canvas, to draw them again without reportlab's work."""
    done = canv.__dict__.get("_agenda_replay")
    if done is None:
        done = canv.__dict__["_agenda_replay"] = {}
    return done


CELL_FONT_SIZE = 9
CELL_LEADING = CELL_FONT_SIZE * 1.2
"""A plain string cell's line height: reportlab's for a FONT command without a leading."""
CELL_PARA_LEADING = 12.5
"""The line height of a cell of several lines, or one that is indented or a header."""
PAD_X, PAD_TOP, PAD_BOTTOM = 6, 3, 3
"""Cell padding, reportlab's table defaults."""
GRID_WIDTH = 0.5
_HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
_TOTAL_FILL = colors.Color(0.95, 0.95, 0.95)


class _Grid(Flowable):
    """A table laid out and drawn exactly as reportlab's ``Table(data, colWidths, repeatRows=1)``
    draws ours (grid 0.5 pt, grey header, light total rows, cells centred vertically, padding
    6/3 pt): the same row heights, page splits, positions, fonts and colours, without the
    general machinery (a cell style object per cell, spans, commands re-applied on every split,
    every cell wrapped again on every split and when drawn).

    Each row is a list of cells, each ``(lines, font, colour, align, indent, single)``: its text
    broken into lines, and whether it is a single plain line, which reportlab drew as a string
    (a line height of 1.2 times the font size) rather than as a paragraph (12.5 pt a line). The
    first row is the header, repeated on every page.
    """

    def __init__(self, widths: list[float], rows: list[list[object]], fills: list[object | None],
                 heights: list[float | None] | None = None,
                 lines: list[tuple[str, int, int, int, int]] | None = None) -> None:
        super().__init__()
        self.hAlign, self.vAlign = "CENTER", "MIDDLE"
        self._widths = widths
        self._rows = rows
        self._fills = fills
        self._heights = heights if heights is not None else [None] * len(rows)
        self._lines = lines if lines is not None else [("GRID", 0, 0, -1, -1)]
        """The grid as reportlab's line commands (op, first col, first row, last col, last row):
        one GRID, which splitting breaks into parts exactly as reportlab's does, so that every
        line segment (and so every shade of a line's ends) is the same."""
        self._colpositions = [0]
        width = 0
        for w in widths:
            width = width + w
            self._colpositions.append(width)
        self._width = width

    # -- layout, as Table._calc_height -------------------------------------------------

    def _row_height(self, i: int) -> float:
        h = self._heights[i]
        if h is not None:
            return h
        h = 0
        for cell in self._rows[i]:
            t = (CELL_LEADING if cell[5] else len(cell[0]) * CELL_PARA_LEADING) \
                + PAD_BOTTOM + PAD_TOP
            if t > h:
                h = t
        self._heights[i] = h
        return h

    def _calc(self) -> None:
        if self.height:  # done for this part: its rows do not change
            return
        heights = [self._row_height(i) for i in range(len(self._rows))]
        positions = []
        height = c = 0
        for i in range(len(heights) - 1, -1, -1):  # compensated, as reportlab sums them
            positions.append(height)
            y = heights[i] - c
            t = height + y
            c = (t - height) - y
            height = t
        positions.append(height)
        positions.reverse()
        self._rowHeights, self._rowpositions, self.height = heights, positions, height
        self.width = self._width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._calc()
        return self._width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Whole rows that fit, then the header and the rest (Table.split with repeatRows=1)."""
        self._calc()  # (wider than the frame by its padding, as the table always was: allowed)
        h = 0
        n = 1
        split_at = 0
        for rh in self._rowHeights:
            if h + rh > availHeight:
                break
            split_at = n
            h = h + rh
            n = n + 1
        if split_at <= 1:
            return []
        if split_at == len(self._rows):
            return [self]
        n, nrows, ncols = split_at, len(self._rows), len(self._widths)
        cmds = _split_line_commands(self._lines, n, nrows, ncols)
        first = _Grid(self._widths, self._rows[:n], self._fills[:n], self._heights[:n],
                      _first_part_lines(cmds, n, nrows))
        rest = _Grid(self._widths, self._rows[:1] + self._rows[n:],
                     self._fills[:1] + self._fills[n:], self._heights[:1] + self._heights[n:],
                     _rest_part_lines(cmds, n, nrows))
        return [first, rest]

    # -- drawing, as Table.draw --------------------------------------------------------

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        colpositions, rowpositions = self._colpositions, self._rowpositions
        right = colpositions[-1]
        for r, fill in enumerate(self._fills):
            if fill is not None:
                y0 = rowpositions[r]
                canv.setFillColor(fill)
                canv.rect(0, y0, right, rowpositions[r + 1] - y0, stroke=0, fill=1)
        color = None
        replay = _replay(canv)
        for row, rowpos, rowheight in zip(self._rows, rowpositions[1:], self._rowHeights):
            for (lines, cell_font, cell_color, align, indent, single), colpos, colwidth in zip(
                    row, colpositions, self._widths):
                if not lines or not any(lines):
                    continue
                if cell_color is not color:
                    canv.setFillColor(cell_color)
                    color = cell_color
                x = colpos + PAD_X + _line_anchor(align, indent, colwidth - PAD_X - PAD_X)
                if single:
                    y = rowpos + (PAD_BOTTOM + rowheight - PAD_TOP + CELL_LEADING) / 2.0 \
                        - CELL_FONT_SIZE
                else:
                    h = len(lines) * CELL_PARA_LEADING
                    y = rowpos + (rowheight + PAD_BOTTOM - PAD_TOP + h) / 2.0 - CELL_FONT_SIZE
                for line in lines:
                    if line:
                        _draw_string(canv, align, x, y, line, cell_font, CELL_FONT_SIZE, replay)
                    y -= CELL_PARA_LEADING
        self._draw_lines()
        canv.restoreState()

    def _draw_lines(self) -> None:
        """The segments of reportlab's Table._drawLines for our line commands (0.5 pt black,
        round caps and joins), stroked as one path."""
        canv = self.canv
        canv.saveState()
        canv.setLineCap(1)
        canv.setLineJoin(1)
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(GRID_WIDTH)
        segments: list[str] = []
        nrows, ncols = len(self._rows), len(self._widths)
        for op, sc, sr, ec, er in self._lines:
            sc, ec = sc + ncols if sc < 0 else sc, ec + ncols if ec < 0 else ec
            sr, er = sr + nrows if sr < 0 else sr, er + nrows if er < 0 else er
            sc, ec, sr, er = max(0, sc), min(ncols - 1, ec), max(0, sr), min(nrows - 1, er)
            if op in ("GRID", "BOX"):
                self._hlines(segments, sc, sr, ec, sr)
                self._hlines(segments, sc, er + 1, ec, er + 1)
                self._vlines(segments, sc, sr, sc, er)
                self._vlines(segments, ec + 1, sr, ec + 1, er)
            if op in ("GRID", "INNERGRID"):
                self._hlines(segments, sc, sr + 1, ec, er)
                self._vlines(segments, sc + 1, sr, ec, er)
            elif op == "LINEABOVE":
                self._hlines(segments, sc, sr, ec, er)
            elif op == "LINEBELOW":
                self._hlines(segments, sc, sr + 1, ec, er + 1)
            elif op == "LINEBEFORE":
                self._vlines(segments, sc, sr, ec, er)
            elif op == "LINEAFTER":
                self._vlines(segments, sc + 1, sr, ec + 1, er)
        if segments:
            canv._code.append(f"n {' '.join(segments)} S")
        canv.restoreState()

    def _hlines(self, out: list[str], sc: int, sr: int, ec: int, er: int) -> None:
        ecp = self._colpositions[sc:ec + 2]
        rp = self._rowpositions[sr:er + 1]
        if len(ecp) <= 1 or len(rp) < 1:
            return
        x0, x1 = ecp[0], ecp[-1]
        for y in rp:
            out.append(f"{fp_str(x0, y)} m {fp_str(x1, y)} l")

    def _vlines(self, out: list[str], sc: int, sr: int, ec: int, er: int) -> None:
        erp = self._rowpositions[sr:er + 2]
        cp = self._colpositions[sc:ec + 1]
        if len(erp) <= 1 or len(cp) < 1:
            return
        y0, y1 = erp[-1], erp[0]
        for x in cp:
            out.append(f"{fp_str(x, y0)} m {fp_str(x, y1)} l")


# How reportlab's Table carries line commands over a split (Table._splitLineCmds, _cr_0 and
# _cr_1_1, for the commands we use and one repeated header row).

def _split_line_commands(cmds: list[tuple[str, int, int, int, int]], n: int, nrows: int,
                         ncols: int) -> list[tuple[str, int, int, int, int]]:
    out = []
    for op, sc, sr, ec, er in cmds:
        sc, ec = sc + ncols if sc < 0 else sc, ec + ncols if ec < 0 else ec
        sr, er = sr + nrows if sr < 0 else sr, er + nrows if er < 0 else er
        if op in ("BOX", "GRID"):
            if sr < n <= er:
                out += [("LINEABOVE", sc, sr, ec, sr), ("LINEBEFORE", sc, sr, sc, er),
                        ("LINEAFTER", ec, sr, ec, er), ("LINEBELOW", sc, er, ec, er)]
                if op == "GRID":
                    out += [("LINEBELOW", sc, n - 1, ec, n - 1), ("LINEABOVE", sc, n, ec, n),
                            ("INNERGRID", sc, sr, ec, er)]
            else:
                out.append((op, sc, sr, ec, er))
        elif op == "INNERGRID":
            if sr < n <= er:
                out += [("LINEBELOW", sc, n - 1, ec, n - 1), ("LINEABOVE", sc, n, ec, n)]
            out.append((op, sc, sr, ec, er))
        elif op == "LINEBELOW":
            if sr < n and er >= n - 1:
                out.append(("LINEABOVE", sc, n, ec, n))
            out.append((op, sc, sr, ec, er))
        elif op == "LINEABOVE":
            if sr <= n <= er:
                out.append(("LINEBELOW", sc, n - 1, ec, n - 1))
            out.append((op, sc, sr, ec, er))
        else:
            out.append((op, sc, sr, ec, er))
    return out


def _first_part_lines(cmds: list[tuple[str, int, int, int, int]], n: int,
                      nrows: int) -> list[tuple[str, int, int, int, int]]:
    out = []
    for op, sc, sr, ec, er in cmds:
        if sr < 0:
            sr += nrows
        if sr >= n:
            continue
        out.append((op, sc, sr, ec, min(er, n - 1)))
    return out


def _rest_part_lines(cmds: list[tuple[str, int, int, int, int]], n: int,
                     nrows: int) -> list[tuple[str, int, int, int, int]]:
    out = []
    for op, sc, sr, ec, er in cmds:
        if sr < 0:
            sr += nrows
        if er < 0:
            er += nrows
        if sr <= 0 <= er:  # the header row, repeated
            out.append((op, sc, 0, ec, 0))
        if er < n:
            continue
        out.append((op, sc, max(sr - n, 0) + 1, ec, max(er - n, 0) + 1))
    return out


def _draw_string(canv: pdf_canvas.Canvas, align: str, x: float, y: float, text: str, font: str,
                 size: float, replay: dict) -> None:
    """Draw one line of text from ``x`` (its start, middle or end, by ``align``) on the baseline
    ``y``: a text object of its own that sets its font, as canvas.drawString's do. Its encoding
    (glyphs of the document's font subsets; a token while a recorder keeps the pages) is made
    once per canvas."""
    key = (font, size, text)
    done = replay.get(key)
    if done is None:
        segment = (font, size, text)
        shown, _ = _encode(segment, -1, canv)
        recorder = canv._recorder
        if recorder is not None:
            shown = recorder.token(segment, shown)
        done = replay[key] = (shown, pdfmetrics.stringWidth(text, font, size))
    shown, width = done
    if align == "center":
        x = x - 0.5 * width
    elif align == "right":
        x = x - width
    canv._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {shown} ET")


def _grid(table: Table, width: float, layout: Layout) -> _Grid:
    total = sum(c.width for c in table.columns)
    widths = [width * c.width / total for c in table.columns]
    fits = [w - PAD_X - PAD_X for w in widths]
    size = CELL_FONT_SIZE
    rows: list[list[tuple]] = [[(layout.lines(c.title, FONT_BOLD, size, fit), FONT_BOLD, _BLACK,
                                 "center", 0, False) for c, fit in zip(table.columns, fits)]]
    fills: list[object | None] = [_HEADER_FILL]
    for row in table.rows:
        cells: list[tuple] = []
        for col, cell, fit in zip(table.columns, row, fits):
            font = FONT_BOLD if cell.role in ("total", "label") else FONT
            text = cell.text
            indent = 10 * cell.indent
            lines = layout.lines(text, font, size, fit - indent)
            # A plain cell of one line was drawn as a string (a lower line), any other as a
            # paragraph: their heights stay as they were, and so do the pages.
            single = not indent and len(lines) <= 1 and "\n" not in text and "\t" not in text
            cells.append((lines, font, _STRING_COLORS.get(cell.role, _BLACK), col.align, indent,
                          single))
        rows.append(cells)
        fills.append(_TOTAL_FILL if row and row[0].role == "total" else None)
    return _Grid(widths, rows, fills)


_BLACK = colors.toColor("black")
_STRING_COLORS = {"problem": colors.red, "muted": colors.grey}


class _KeepTogether(KeepTogether):
    """What ``keepWithNext`` makes of a heading and what follows it: reportlab's KeepTogether,
    measuring its content without a deep copy of the frame first. That copy is only for
    flowables that add content to the frame while they are measured; ours never do."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803
        dims: list[tuple[float, float]] = []
        W, H = _listWrapOn(self._content, aW, None, dims=dims)  # noqa: N806
        self._H = H
        self._H0 = dims and dims[0][1] or 0
        self._wrapInfo = aW, aH
        return W, 0xffffff  # force a split, as KeepTogether does


def render_pdf(doc: Document) -> bytes:
    """The document as PDF bytes.

    Within ``shared_layout`` (an export), a section drawn before by another document is drawn
    from that document's recorded pages, and this document's own sections are recorded.
    """
    register_fonts()
    stack = _shared()
    shared = bool(stack)
    layout = stack[-1] if shared else Layout()
    page = landscape(A4) if doc.landscape else A4
    buffer = io.BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
                                 title=doc.title, author="Agenda Planner",
                                 initialFontName=FONT)  # no unembedded Helvetica in the file
    template.keepTogetherClass = _KeepTogether
    width = page[0] - 2 * MARGIN
    story: list[Flowable] = []
    replayed: set[int] = set()
    for index, section in enumerate(doc.sections):
        if index:
            story.append(PageBreak())
        pages = layout.recording_of(section, doc.landscape) if shared and section.bookmark \
            else None
        if pages is not None:
            replayed.add(index)
            story.append(_ReplayMark(section.bookmark, f"s{index}"))
            for number, code in enumerate(pages):
                if number:
                    story.append(PageBreak())
                story.append(_ReplayPage(code, layout.segments))
            continue
        if section.bookmark:
            story.append(_Bookmark(section.bookmark, f"s{index}"))
        for block in section.blocks:
            if isinstance(block, Paragraph):
                story.append(_Text(block.text, STYLES[block.role], layout))
            else:
                story.append(Spacer(0, 2 * mm))
                story.append(_grid(block, width, layout))
                story.append(Spacer(0, 3 * mm))
    if not story:
        story.append(_Text(doc.title, STYLES["title"], layout))
    recorder = _Recorder(layout.segments) if shared and len(replayed) < len(doc.sections) \
        else None
    made: list[pdf_canvas.Canvas] = []
    template.build(story, canvasmaker=_numbered_canvas(doc, recorder, made))
    if recorder is not None:
        _keep_sections(layout, doc, made[-1]._starts, recorder.pages, replayed)
    return buffer.getvalue()


def _keep_sections(layout: Layout, doc: Document, starts: dict[str, int],
                   pages: list[list[str]], replayed: set[int]) -> None:
    """File each section drawn here under its pages, from its bookmark to the next section's."""
    first = [starts.get(f"s{i}") if s.bookmark else None for i, s in enumerate(doc.sections)]
    for index, section in enumerate(doc.sections):
        start = first[index]
        if index in replayed or start is None:
            continue
        later = [p for p in first[index + 1:] if p is not None]
        if len(later) != len(first) - index - 1:
            return  # a section without a bookmark follows: where it starts is unknown
        own = pages[start:later[0] if later else len(pages)]
        if not own or not all(own):  # (a section's every page has operators)
            continue
        key = (doc.landscape, section.title, section.bookmark)
        if layout.recording_of(section, doc.landscape) is None:
            layout.recorded.setdefault(key, []).append((section, own))


def write_pdf(doc: Document, path: str | os.PathLike[str]) -> Path:
    return write_atomically(path, render_pdf(doc))

