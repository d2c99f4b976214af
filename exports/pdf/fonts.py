"""The fonts of the PDFs: NanumGothic for Hangul and most text, DejaVu Sans for the letters
it lacks, Droid Sans Fallback for Chinese characters and kana (see exports.fonts), and the
width of each character in the font that prints it."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from reportlab.pdfbase import pdfmetrics

from exports import fonts as bundled
from exports.linebreak import CharWidths

FONT = bundled.NANUM.name
FONT_BOLD = bundled.NANUM_BOLD.name
FALLBACK = {FONT: bundled.DEJAVU.name, FONT_BOLD: bundled.DEJAVU_BOLD.name}
"""The font that prints what each of ours lacks: accented Latin letters such as Ä, Å, Ã, č, ő,
Greek, Cyrillic, thin spaces."""
CJK = bundled.CJK.name
"""The font that prints Chinese characters and kana, in regular and bold text alike."""
MISSING = "?"
"""What prints for a character no bundled font has a glyph for (most emoji): the export
reports each such character first (``exports.fonts.unprintable``, a finding of the check)."""

Run = tuple[str, str]
"""Characters of a line that print in one font: the font, the characters as they print."""

_BOLD = {FONT: False, FONT_BOLD: True}


@cache
def register_fonts() -> None:
    """Register the bundled NanumGothic pair once; reportlab embeds a subset of what is used.
    The other fonts are registered the first time a text needs them (a document that never
    does neither pays for them nor embeds them)."""
    bundled.face(bundled.NANUM)
    bundled.face(bundled.NANUM_BOLD)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


def runs(font: str, text: str) -> tuple[Run, ...]:
    """``text`` as it prints in one of our fonts: runs of characters, each in the font that
    draws them (see ``Placement``). Most texts are one run in ``font``, found without looking
    at each character in Python; otherwise only the characters it does not print itself are."""
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

    A character prints in the first bundled font that has it (``exports.fonts.font_for``:
    Chinese characters and kana in Droid Sans Fallback, the rest in our font, else DejaVu
    Sans, else Droid Sans Fallback). For one none has, a letter with an accent prints as its
    letter (a letter the fonts have without that accent), a mark that only modifies what
    comes before it (a combining accent, a variation selector, a zero-width joiner) is left
    out, and anything else prints as ``MISSING``. The PDF keeps the text as it was for
    copying and searching (see ``canvas.draw_line``).
    """

    def __init__(self, font: str) -> None:
        super().__init__()
        self._font = font
        self._bold = _BOLD[font]

    def __missing__(self, code: int) -> Run:
        ch = chr(code)
        placed = self._find(ch)
        if placed is None and bundled.is_modifier(ch):
            placed = (self._font, "")
        if placed is None:
            base = unicodedata.normalize("NFD", ch)[0]
            placed = (self._find(base) if base != ch else None) or (self._font, MISSING)
        self[code] = placed
        return placed

    def _find(self, ch: str) -> Run | None:
        font = bundled.font_for(ch, self._bold)
        return None if font is None else (font.name, ch)


@cache
def _placement(font: str) -> Placement:
    return Placement(font)


@cache
def _lacks(font: str) -> re.Pattern[str]:
    """A pattern that finds the characters the font does not print itself, each stretch of
    them: those it has no glyph for, and the Chinese characters and kana that print in Droid
    Sans Fallback (control characters aside: a line never holds one)."""
    own = bundled.NANUM_BOLD if _BOLD[font] else bundled.NANUM
    return bundled.pattern_outside(
        {*(code for code in bundled.glyphs(own) if not bundled.prefers_cjk(chr(code))),
         *range(0x20)})
