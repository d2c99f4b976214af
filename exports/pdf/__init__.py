"""PDF writer: A4, NanumGothic embedded (DejaVu Sans for the letters it lacks), "page X / Y",
table headers repeated on every page.

The pages are laid out here and drawn on a reportlab canvas: every text is plain, so each is
broken into lines by ``exports.linebreak`` and drawn line by line, and the page flow places
paragraphs and tables as reportlab's platypus placed them, without its general machinery.

- ``render``: a document's sections, each from a new page;
- ``flow``: the page flow (spacing, keep-with-next, splitting between pages);
- ``text`` and ``grid``: paragraphs and tables;
- ``canvas``: "page X / Y", the outline, lines of text, pages recorded and drawn again;
- ``layout``: what the documents of one export share;
- ``fonts``: the bundled fonts, and which of them prints each character.
"""

from __future__ import annotations

from exports.pdf.canvas import MARGIN
from exports.pdf.fonts import FONT, FONT_BOLD, char_widths, register_fonts
from exports.pdf.grid import CELL_FONT_SIZE, PAD_X
from exports.pdf.layout import Layout, shared_layout
from exports.pdf.render import render_pdf, write_pdf

__all__ = ["CELL_FONT_SIZE", "FONT", "FONT_BOLD", "MARGIN", "PAD_X", "Layout", "char_widths",
           "register_fonts", "render_pdf", "shared_layout", "write_pdf"]
