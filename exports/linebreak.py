"""Plain text broken into lines that fit a width: Korean and Latin at spaces, Chinese and
Japanese anywhere.

The PDF writer lays out every text of a document itself (the texts are plain: no markup, no
styled runs), so it needs only this: the width of each character of one font at one size, and
where a line may end.

- A line ends at a newline; tabs, carriage returns and other control characters are spaces.
- The spaces a line of the text begins with (its indentation, tabs included) are kept as far
  as they leave room for its first word, or for its first character when that word is too
  long for any line: indentation never pushes text past the edge.
- A line may break at a space (the spaces at the break are dropped), and between two
  characters when either is a CJK character other than Hangul (Chinese and Japanese have no
  spaces between words). Korean is written with spaces between its words (어절) and the seed's
  run sheets break it there, so Hangul breaks at spaces like Latin. Closing punctuation
  (``)``, ``.``, ``,`` and the like) never starts a line and an opening bracket never ends
  one, when a break elsewhere is possible.
- A word (Korean or Latin) is never split when it fits on a line of its own; one too long
  for any line is cut between characters, as full as the line holds. A line always holds at least one character, so a character wider
  than the whole width (a width of almost nothing) still prints, alone on its line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

FUZZ = 1e-6
"""Rounding slack when comparing widths (reportlab's own)."""

CANNOT_START = frozenset("!',.:;?\")]}、。〉》」』】〕〗〙〛）］｝，．：；？！"
                         "%‰°′″℃・ー…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々")
"""Characters that do not begin a line (after reportlab's kinsoku lists)."""
CANNOT_END = frozenset("([{‘“（〔［｛〈《「『【〖〘〚")
"""Characters that do not end a line."""

_AS_SPACE = {code: " " for code in [*range(0x0a), *range(0x0b, 0x20), 0x7f]}
"""Control characters (all but the newline) have no glyphs: they print as spaces."""


def is_cjk(ch: str) -> bool:
    """Hangul (syllables and jamo), kana, CJK ideographs, CJK punctuation and full-width forms."""
    return ch >= "\u2e80" or "\u1100" <= ch <= "\u11ff"


def is_hangul(ch: str) -> bool:
    """Hangul syllables and jamo (conjoining, compatibility and extended)."""
    return ("\uac00" <= ch <= "\ud7ff" or "\u1100" <= ch <= "\u11ff"
            or "\u3130" <= ch <= "\u318f" or "\ua960" <= ch <= "\ua97f")


def _breaks_anywhere(ch: str) -> bool:
    """A character a line may end before or after without a space: CJK other than Hangul."""
    return is_cjk(ch) and not is_hangul(ch)


class CharWidths(dict[str, float]):
    """The width of each character in one font at one size, measured once when first asked."""

    def __init__(self, measure: Callable[[str], float]) -> None:
        super().__init__()
        self._measure = measure

    def __missing__(self, ch: str) -> float:
        width = self[ch] = self._measure(ch)
        return width


def text_width(text: str, widths: Mapping[str, float]) -> float:
    return sum(map(widths.__getitem__, text))


def break_lines(text: str, width: float, widths: Mapping[str, float]) -> list[str]:
    """The lines of ``text`` in a column ``width`` wide, each no wider unless it holds a single
    character and nothing else.

    ``widths`` gives each character's width (a ``CharWidths``). Empty text has no lines; an empty
    line of the text (two newlines in a row) stays an empty line.
    """
    if not text:
        return []
    lines: list[str] = []
    for line in text.translate(_AS_SPACE).split("\n"):
        if sum(map(widths.__getitem__, line)) <= width + FUZZ:
            lines.append(line)
        else:
            _break_line(line, width, widths, lines)
    return lines


def _break_line(line: str, width: float, widths: Mapping[str, float], out: list[str]) -> None:
    """Greedy: each line takes as much as fits, up to its last place where a break may fall."""
    limit = width + FUZZ
    n = len(line)
    first = len(out)
    start = i = 0
    used = 0.0  # the width of line[start:i]
    brk = -1  # the last place (start < brk <= i) a break may fall before
    inked = False  # whether line[start:i] holds anything but spaces
    while i < n:
        ch = line[i]
        w = widths[ch]
        if ch == " ":  # spaces may run past the edge: they are dropped where the line breaks
            if inked:
                brk = i
            used += w
            i += 1
            continue
        if not inked and i > start:  # (only the spaces a line of the text begins with)
            start, used = _indentation(line, i, limit, widths)
        if inked and _may_break(line[i - 1], ch):
            brk = i
        if inked and used + w > limit:
            if brk <= start:
                brk = _forced_break(line, start, i)
            out.append(line[start:brk].rstrip(" "))
            while brk < n and line[brk] == " ":
                brk += 1
            start = i = brk
            used, brk, inked = 0.0, -1, False
            continue
        used += w
        inked = True
        i += 1
    last = line[start:].rstrip(" ")
    if last or len(out) == first:  # (a line of nothing but spaces is still a line)
        out.append(last)


def _indentation(line: str, i: int, limit: float,
                 widths: Mapping[str, float]) -> tuple[int, float]:
    """Where a line indented by ``i`` spaces starts, and the width of what is kept of them: all
    when its first word fits after them, else as many as leave room for that word (or, for a
    word too long for any line, for its first character)."""
    word = widths[line[i]]
    j = i + 1
    while j < len(line) and line[j] != " " and not _may_break(line[j - 1], line[j]):
        word += widths[line[j]]
        j += 1
    need = word if word <= limit else widths[line[i]]
    space = widths[" "]
    start, used = 0, i * space
    while start < i and used + need > limit:
        start += 1
        used -= space
    return start, max(used, 0.0)


def _may_break(before: str, after: str) -> bool:
    return ((_breaks_anywhere(before) or _breaks_anywhere(after))
            and after not in CANNOT_START and before not in CANNOT_END)


def _forced_break(line: str, start: int, i: int) -> int:
    """Where to cut a line with no allowed break: before ``line[i]``, the character that does
    not fit, unless that character may not begin a line and a cut one earlier still leaves
    something on this one."""
    if line[i] in CANNOT_START and i - 1 > start and line[i - 1] != " ":
        return i - 1
    return i
