"""The bundled NanumGothic pair, and the width of each character in it."""

from __future__ import annotations

import unicodedata
from contextlib import ExitStack
from functools import cache
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from exports.linebreak import CharWidths

FONT = "NanumGothic"
FONT_BOLD = "NanumGothic-Bold"
MISSING = "?"
"""What prints for a character the font has no glyph for (an emoji, most accented capitals)."""
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


@cache
def char_widths(font: str, size: float) -> CharWidths:
    """Each character's width in a registered font at a size (the font's own metrics), as it
    prints (see ``printable``)."""
    measure = pdfmetrics.getFont(font).stringWidth
    shown = printable(font)
    return CharWidths(lambda ch: measure(ch.translate(shown), size))


class Printable(dict[int, str | None]):
    """A ``str.translate`` table: how each character prints in one font.

    A character the font lacks would print as nothing at all. Instead a letter with an accent
    prints as its letter (Ã as A), a mark that only modifies what comes before it (a combining
    accent, a variation selector, a zero-width joiner) is left out, and anything else prints
    as ``MISSING``. The PDF keeps the text as it was for copying and searching (see
    ``canvas.draw_line``).
    """

    def __init__(self, glyphs: dict[int, int]) -> None:
        super().__init__()
        self._glyphs = glyphs

    def __missing__(self, code: int) -> str | None:
        glyphs = self._glyphs
        ch = chr(code)
        shown: str | None = ch
        if code not in glyphs and code >= 0x20:
            base = unicodedata.normalize("NFD", ch)[0]
            if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
                shown = None
            elif base != ch and ord(base) in glyphs:
                shown = base
            else:
                shown = MISSING
        self[code] = shown
        return shown


@cache
def printable(font: str) -> Printable:
    """How each character prints in a registered font (see ``Printable``)."""
    return Printable(pdfmetrics.getFont(font).face.charToGlyph)
