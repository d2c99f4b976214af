"""Paragraphs: their styles, and their lines placed in the page's frame."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from exports.pdf.canvas import draw_line
from exports.pdf.fonts import FONT, FONT_BOLD
from exports.pdf.layout import Layout


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


class TextBlock:
    """A paragraph: its lines in one style, split between pages by whole lines as reportlab
    splits a paragraph (never leaving its first line alone at a page's foot)."""

    def __init__(self, text: str, style: TextStyle, layout: Layout,
                 part: tuple[float, list[str]] | None = None) -> None:
        self.text, self.style, self._layout = text, style, layout
        self._part = part
        """A part of a split paragraph: the width it was broken at and its lines."""
        self.space_before, self.space_after = style.space_before, style.space_after
        self.keep_with_next = style.keep_with_next
        self.width = self.height = 0.0
        self._lines: list[str] = []

    def wrap(self, width: float) -> float:
        """Lay the lines out in a frame ``width`` wide; their height."""
        style = self.style
        inner = width - style.indent
        if self._part is None:
            self._lines = self._layout.lines(self.text, style.font, style.size, inner)
        elif self._part[0] == width:
            self._lines = self._part[1]
        else:  # (every frame has the same width: a part is placed at the width it was cut at)
            self._lines = [piece for line in self._part[1]
                           for piece in self._layout.lines(line, style.font, style.size, inner)]
        self.width, self.height = width, len(self._lines) * style.leading
        return self.height

    def least_height(self, width: float, page: float) -> float:
        """All of it: a heading moves on with the whole paragraph after it, as in reportlab."""
        return self.wrap(width)

    def split(self, width: float, height: float, page: float) -> list[TextBlock]:
        """The lines that fit in ``height`` and the rest; none when not even two lines fit."""
        if not self.text or height <= 0:
            return []
        self.wrap(width)
        fit = int(height / self.style.leading)
        if fit <= 1:
            return []
        lines = self._lines
        if len(lines) <= fit:
            return [self]
        return [TextBlock(self.text, self.style, self._layout, (width, lines[:fit])),
                TextBlock(self.text, self.style, self._layout, (width, lines[fit:]))]

    def draw(self, canv: Canvas, x: float, y: float) -> None:
        """Draw the lines with the block's lower left corner at (x, y)."""
        style = self.style
        canv.setFillColor(style.color)
        x += line_anchor(style.align, style.indent, self.width)
        y += self.height - style.size
        for line in self._lines:
            if line:
                draw_line(canv, style.align, x, y, line, style.font, style.size)
            y -= style.leading


class Space:
    """Blank space between blocks (reportlab's Spacer): it takes its height even at the top of
    a page, and moves whole to the next page when it does not fit. Between a heading and what
    it is kept with, it is kept with that too."""

    space_before = space_after = width = 0.0

    def __init__(self, height: float, keep_with_next: bool = False) -> None:
        self.height = height
        self.keep_with_next = keep_with_next

    def wrap(self, width: float) -> float:
        return self.height

    def least_height(self, width: float, page: float) -> float:
        return self.height

    def split(self, width: float, height: float, page: float) -> list[Space]:
        return []

    def draw(self, canv: Canvas, x: float, y: float) -> None:
        pass


def line_anchor(align: str, indent: float, width: float) -> float:
    """Where a line is drawn from in a column ``width`` wide: its start, middle or end."""
    if align == "left":
        return indent
    if align == "center":
        return indent + (width - indent) * 0.5
    return width
