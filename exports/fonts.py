"""The bundled fonts (resources/fonts) and which of them has each character: what the PDFs
print in, what the Excel cells name, what the window registers, and what none of them has.

NanumGothic prints Hangul and most text (the seed run sheets' look); DejaVu Sans the letters
it lacks (accented Latin, Greek, Cyrillic); Droid Sans Fallback the Chinese characters and
kana of Japanese and Chinese texts, and whatever else only it has. Chinese characters and kana
print in Droid Sans Fallback even where NanumGothic has some of them, so that a Japanese or
Chinese title is in one design rather than NanumGothic's hanja with Droid's for the rest.
Every one is TrueType (glyf outlines), which reportlab can embed; Droid Sans Fallback has no
bold, so bold Chinese and Japanese print in its one weight.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont


@dataclass(frozen=True)
class BundledFont:
    """One font file of resources/fonts."""

    name: str
    """What the PDF writer calls it (reportlab's registered name)."""
    family: str
    """Its family as Qt, Excel and LibreOffice name it."""
    file: str
    bold: bool = False


NANUM = BundledFont("NanumGothic", "NanumGothic", "NanumGothic.ttf")
NANUM_BOLD = BundledFont("NanumGothic-Bold", "NanumGothic", "NanumGothicBold.ttf", bold=True)
DEJAVU = BundledFont("DejaVuSans", "DejaVu Sans", "DejaVuSans.ttf")
DEJAVU_BOLD = BundledFont("DejaVuSans-Bold", "DejaVu Sans", "DejaVuSans-Bold.ttf", bold=True)
CJK = BundledFont("DroidSansFallback", "Droid Sans Fallback", "DroidSansFallbackFull.ttf")

BUNDLED = (NANUM, NANUM_BOLD, DEJAVU, DEJAVU_BOLD, CJK)
CHAINS = {False: (NANUM, DEJAVU, CJK), True: (NANUM_BOLD, DEJAVU_BOLD, CJK)}
"""The fonts tried for a character, in order, in regular and in bold text."""
FAMILIES = (NANUM.family, DEJAVU.family, CJK.family)
"""The families in the order of their chains: the window's fallbacks."""

CJK_FIRST = (
    (0x2E80, 0x2FDF),  # CJK and Kangxi radicals
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3100, 0x312F), (0x31A0, 0x31BF),  # bopomofo
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK ideographs extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width katakana
    (0x20000, 0x3FFFF),  # CJK ideographs extensions B and after
)
"""Chinese characters and kana: they print in Droid Sans Fallback wherever it has them."""
_CJK_FIRST = re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in CJK_FIRST) + "]")

_fonts_stack = ExitStack()


_read: dict[BundledFont, TTFont] = {}
_reading = threading.Lock()


def face(font: BundledFont) -> TTFont:
    """The font, read once and registered with reportlab under its name (which is all a
    document that prints in it needs; reportlab embeds a subset of what is used). Once per
    process, whichever thread asks first (the window checks while an export runs)."""
    ttfont = _read.get(font)
    if ttfont is None:
        with _reading:
            ttfont = _read.get(font)
            if ttfont is None:
                path = resources.files("resources").joinpath("fonts", font.file)
                ttfont = TTFont(font.name,
                                str(_fonts_stack.enter_context(resources.as_file(path))))
                pdfmetrics.registerFont(ttfont)
                _read[font] = ttfont
    return ttfont


def glyphs(font: BundledFont) -> Mapping[int, int]:
    """The code points the font has a glyph for (to the glyph)."""
    return face(font).face.charToGlyph


def prefers_cjk(ch: str) -> bool:
    """A Chinese character or kana: printed in Droid Sans Fallback where it has it."""
    return _CJK_FIRST.match(ch) is not None


def font_for(ch: str, bold: bool = False) -> BundledFont | None:
    """The bundled font that prints a character (in regular or bold text), None if none has
    it. Fonts other than NanumGothic are read only when a character needs them."""
    code = ord(ch)
    chain = CHAINS[bold]
    if prefers_cjk(ch):
        chain = (CJK, *chain[:-1])
    for font in chain:
        if code in glyphs(font):
            return font
    return None


def is_modifier(ch: str) -> bool:
    """A mark that only changes the character before it (a combining accent, a variation
    selector, a zero-width joiner): left out where no font has it, without loss of a letter."""
    return unicodedata.category(ch) in ("Mn", "Me", "Cf")


@cache
def _outside(font: BundledFont) -> re.Pattern[str]:
    """A pattern that finds the stretches of characters the font has no glyph for (control
    characters aside: they print as spaces or break lines)."""
    return pattern_outside({*glyphs(font), *range(0x20)})


def pattern_outside(codes: set[int]) -> re.Pattern[str]:
    """A pattern that finds each stretch of characters outside a set of code points."""
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    have = "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
    return re.compile(f"[^{have}]+")


def unprintable(text: str) -> str:
    """The characters of ``text`` that no bundled font has, regular or bold, each once in the
    order they come ("" when every one prints): what a PDF would print as "?" (or, for a
    letter with an accent, as its plain letter). Marks that only modify the character before
    them are not counted. A text NanumGothic covers whole is answered without looking at each
    character."""
    lacking = _outside(NANUM)
    found = lacking.search(text)
    if found is None:
        return ""
    out: list[str] = []
    for stretch in lacking.finditer(text, found.start()):
        for ch in stretch.group():
            if (ch not in out and not is_modifier(ch)
                    and (font_for(ch) is None or font_for(ch, bold=True) is None)):
                out.append(ch)
    return "".join(out)


@lru_cache(maxsize=1 << 16)
def covering_family(text: str) -> str:
    """The family an Excel cell of this text names: the first bundled font that has all of it
    (Droid Sans Fallback first for a text with Chinese characters or kana, as the PDFs print
    them), else the one that has most of it. Spreadsheet programs draw what that font lacks in
    another font of their own."""
    chinese_or_kana = _CJK_FIRST.search(text) is not None
    if not chinese_or_kana and _outside(NANUM).search(text) is None:
        return NANUM.family
    order = (CJK, NANUM, DEJAVU) if chinese_or_kana else (NANUM, DEJAVU, CJK)
    chars = {ord(ch) for ch in text if ch >= " " and not is_modifier(ch)}
    best, best_count = order[0], -1
    for font in order:
        has = glyphs(font)
        count = sum(1 for code in chars if code in has)
        if count == len(chars):
            return font.family
        if count > best_count:
            best, best_count = font, count
    return best.family
