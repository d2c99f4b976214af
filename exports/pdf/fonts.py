"""The bundled fonts: NanumGothic for Hangul and most text, DejaVu Sans for the letters it
lacks, and the width of each character in the font that prints it."""

from __future__ import annotations

import re
import unicodedata
from contextlib import ExitStack
from functools import cache
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from exports.linebreak import CharWidths

FONT = "NanumGothic"
FONT_BOLD = "NanumGothic-Bold"
FALLBACK = {FONT: "DejaVuSans", FONT_BOLD: "DejaVuSans-Bold"}
"""The font that prints what each of ours lacks: accented Latin letters such as Ä, Å, Ã, č, ő,
Greek, Cyrillic, thin spaces."""
MISSING = "?"
"""What prints for a character neither font has a glyph for (most emoji)."""

Run = tuple[str, str]
"""Characters of a line that print in one font: the font, the characters as they print."""

_fonts_stack = ExitStack()


def _register(name: str, file: str) -> None:
    path = resources.files("resources").joinpath("fonts", file)
    pdfmetrics.registerFont(TTFont(name, str(_fonts_stack.enter_context(resources.as_file(path)))))


@cache
def register_fonts() -> None:
    """Register the bundled NanumGothic pair once; reportlab embeds a subset of what is used."""
    _register(FONT, "NanumGothic.ttf")
    _register(FONT_BOLD, "NanumGothicBold.ttf")
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


@cache
def _register_fallback() -> None:
    """Register DejaVu Sans the first time a text needs it (a document that never does neither
    pays for it nor embeds it)."""
    _register(FALLBACK[FONT], "DejaVuSans.ttf")
    _register(FALLBACK[FONT_BOLD], "DejaVuSans-Bold.ttf")


def runs(font: str, text: str) -> tuple[Run, ...]:
    """``text`` as it prints in one of our fonts: runs of characters, each in the font that
    draws them (see ``Placement``). Most texts are one run in ``font``, found without looking
    at each character in Python; otherwise only the characters the font lacks are."""
    lacking = _lacks(font)
    found = lacking.search(text)
    if found is None:
        return ((font, text),)
    placement = _placement(font)
    out: list[list[str]] = []

    def add(run_font: str, chars: str) -> None:
        if out and out[-1][0] == run_font:
            out[-1][1] += chars
        elif chars:
            out.append([run_font, chars])

    done = 0
    for stretch in lacking.finditer(text, found.start()):
        add(font, text[done:stretch.start()])
        for ch in stretch.group():
            add(*placement[ord(ch)])
        done = stretch.end()
    add(font, text[done:])
    return tuple((run_font, chars) for run_font, chars in out)


@cache
def char_widths(font: str, size: float) -> CharWidths:
    """Each character's width at a size, in the font that prints it (its own metrics), as it
    prints (see ``runs``)."""
    def measure(ch: str) -> float:
        return sum(pdfmetrics.getFont(f).stringWidth(shown, size) for f, shown in runs(font, ch))

    return CharWidths(measure)


class Placement(dict[int, Run]):
    """For each character: the font that prints it in a line of one of ours, and what prints.

    A character prints in our font when it has a glyph for it, else in its fallback (DejaVu
    Sans). For one neither has, a letter with an accent prints as its letter (a letter the
    fonts have without that accent), a mark that only modifies what comes before it (a
    combining accent, a variation selector, a zero-width joiner) is left out, and anything else
    prints as ``MISSING``. The PDF keeps the text as it was for copying and searching (see
    ``canvas.draw_line``).
    """

    def __init__(self, font: str) -> None:
        super().__init__()
        self._font = font
        self._fonts = [(f, pdfmetrics.getFont(f).face.charToGlyph) for f in (font, FALLBACK[font])]

    def __missing__(self, code: int) -> Run:
        ch = chr(code)
        placed = self._find(ch)
        if placed is None and unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            placed = (self._font, "")
        if placed is None:
            base = unicodedata.normalize("NFD", ch)[0]
            placed = (self._find(base) if base != ch else None) or (self._font, MISSING)
        self[code] = placed
        return placed

    def _find(self, ch: str) -> Run | None:
        code = ord(ch)
        for font, glyphs in self._fonts:
            if code in glyphs:
                return font, ch
        return None


@cache
def _placement(font: str) -> Placement:
    _register_fallback()
    return Placement(font)


@cache
def _lacks(font: str) -> re.Pattern[str]:
    """A pattern that finds the characters the font has no glyph for, each stretch of them
    (control characters aside: a line never holds one)."""
    codes = sorted({*pdfmetrics.getFont(font).face.charToGlyph, *range(0x20)})
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    have = "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
    return re.compile(f"[^{have}]+")
