"""The canvas: "page X / Y" and the outline on every page, each line of text as one text
object, and the pages of a section kept to be drawn again in another document."""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as pdf_canvas

from exports.document import Document
from exports.labels import label
from exports.pdf.fonts import FONT, FONT_BOLD, char_widths, printable

MARGIN = 16 * mm
"""Left, right and top margin; the bottom one is 4 mm more, for the page's foot."""
BOTTOM_MARGIN = MARGIN + 4 * mm

Segment = tuple[str, float, str]
"""A text as drawn: font, size, text."""


def numbered_canvas(doc: Document, recorder: Recorder | None = None) -> type[pdf_canvas.Canvas]:
    """A canvas that knows the page count when each page is finally drawn ("page X / Y").

    With a recorder, it also keeps each page's operators with every text left as a token
    (see ``Recorder``), so that another document can draw the same pages again.
    """
    draft, lang, title = doc.draft, doc.lang, doc.title

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict] = []
            self._marks: list[tuple[str, tuple, dict]] = []
            self._recorder = recorder

        # reportlab's names. Pages are held back until the count is known, so outline entries
        # are too: reportlab ties a bookmark to the page being drawn when it is made.
        def bookmarkPage(self, key: str, **kwargs: object) -> None:
            self._marks.append(("bookmarkPage", (key,), kwargs))

        def addOutlineEntry(self, *args: object, **kwargs: object) -> None:
            self._marks.append(("addOutlineEntry", args, kwargs))

        def showPage(self) -> None:
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
            widest = label("page", lang, page=total, pages=total)
            room = width - 2 * MARGIN - pdfmetrics.stringWidth(widest, FONT, 8) - 6 * mm
            self.drawString(MARGIN, 9 * mm, foot_title(title, room, FONT, 8))
            self.drawRightString(width - MARGIN, 9 * mm,
                                 label("page", lang, page=number, pages=total))
            if draft:
                self.setFont(FONT_BOLD, 9)
                self.setFillColor(colors.red)
                self.drawRightString(width - MARGIN, height - 10 * mm, draft)

    return NumberedCanvas


_CONTROLS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")


def foot_title(title: str, width: float, font: str, size: float) -> str:
    """The document's title as the foot of each page prints it: one line, no wider than
    ``width`` (cut short with "…"), each character as the font can print it."""
    text = _CONTROLS.sub(" ", title).translate(printable(font))
    widths = char_widths(font, size)
    if sum(map(widths.__getitem__, text)) <= width:
        return text
    room = width - widths["…"]
    used = 0.0
    for end, ch in enumerate(text):
        used += widths[ch]
        if used > room:
            return text[:end].rstrip() + "…"
    return text


def draw_line(canv: pdf_canvas.Canvas, align: str, x: float, y: float, text: str, font: str,
              size: float) -> None:
    """Draw one line of text from ``x`` (its start, middle or end, by ``align``) on the baseline
    ``y``: a text object of its own that sets its font, as canvas.drawString's do. Its encoding
    (glyphs of the document's font subsets; a token while a recorder keeps the pages) is made
    once per canvas. Characters the font lacks print as ``fonts.printable`` says, and the text
    object carries the line as written (an ActualText), which is what copying and text
    extraction give back."""
    if align != "left":  # trailing spaces do not show: a line is placed by what does
        text = text.rstrip(" ")
    drawn = canv.__dict__.get("_agenda_lines")
    if drawn is None:
        drawn = canv.__dict__["_agenda_lines"] = {}
    key = (font, size, text)
    done = drawn.get(key)
    if done is None:
        visible = text.translate(printable(font))
        segment = (font, size, visible)
        shown, _ = encode(segment, -1, canv)
        recorder = canv._recorder
        if recorder is not None:
            shown = recorder.token(segment, shown)
        begin, end = "BT", "ET"
        if visible != text:  # what the font lacks is replaced: copying gives back the text
            actual = "FEFF" + text.encode("utf-16-be").hex().upper()
            begin = f"/Span <</ActualText <{actual}>>> BDC BT"
            end = "ET EMC"
        done = drawn[key] = (begin, f"{shown} {end}",
                             pdfmetrics.stringWidth(visible, font, size))
    begin, shown, width = done
    if align == "center":
        x = x - 0.5 * width
    elif align == "right":
        x = x - width
    canv._code.append(f"{begin} 1 0 0 1 {fp_str(x, y)} Tm {shown}")


def encode(segment: Segment, current: int, canv: pdf_canvas.Canvas) -> tuple[str, int]:
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


# -- pages drawn once, for several documents --------------------------------------------
#
# The interpreter book and the 150 single sheets draw the same sections, as do the whole-event
# run sheet and the day run sheets. Every section starts on a new page, on the same frame, so
# its pages are the same in each document except for one thing: the codes of the glyphs, which
# each PDF numbers in its own font subsets, in the order it first uses them. So the first
# document keeps its pages' operators with each text as a token (font, size, text); a later
# document with an equal section draws those pages again, encoding each text for its own
# subsets in the same order as drawing them would. Its file comes out the same as if it had
# been laid out and drawn itself.

_TOKEN = re.compile("\x00([0-9]+)\x01")


class Recorder:
    """The tokens of one document being drawn (their encoding in it) and of all recordings."""

    def __init__(self, segments: list[Segment]) -> None:
        self.segments = segments
        self.encoded: dict[int, str] = {}
        self.pages: list[list[str]] = []

    def token(self, segment: Segment, encoded: str) -> str:
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


def draw_recorded(canv: pdf_canvas.Canvas, code: list[str], segments: list[Segment]) -> None:
    """One recorded page, drawn again: its operators, each text encoded for this document."""
    out = canv._code
    for entry in code:
        if "\x00" not in entry:
            out.append(entry)
            continue
        current = -1  # an entry with texts is one text object: its subset starts unset

        def encode_token(m: re.Match[str]) -> str:
            nonlocal current
            text, current = encode(segments[int(m.group(1))], current, canv)
            return text

        out.append(_TOKEN.sub(encode_token, entry))
