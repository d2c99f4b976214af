"""The bundled NanumGothic pair, and the width of each character in it."""

from __future__ import annotations

from contextlib import ExitStack
from functools import cache
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from exports.linebreak import CharWidths

FONT = "NanumGothic"
FONT_BOLD = "NanumGothic-Bold"
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
    """Each character's width in a registered font at a size (the font's own metrics)."""
    measure = pdfmetrics.getFont(font).stringWidth
    return CharWidths(lambda ch: measure(ch, size))
