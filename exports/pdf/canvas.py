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
from exports.pdf.fonts import FONT, FONT_BOLD, Run, char_widths, runs

MARGIN = 16 * mm
"""Left, right and top margin; the bottom one is 4 mm more, for the page's foot."""
BOTTOM_MARGIN = MARGIN + 4 * mm

Segment = tuple[float, tuple[Run, ...]]
"""A text as drawn: its size and its runs (each in one font; see ``fonts.runs``)."""


def numbered_canvas(doc: Document, recorder: Recorder | None = None) -> type[pdf_canvas.Canvas]:
    """A canvas that knows the page count when each page is finally drawn ("page X / Y").

    With a recorder, it also keeps each page's operators with every text left as a token
    (see ``Recorder``), so that another document can draw the same pages again.
    """
    draft, lang, title, revision = doc.draft, doc.lang, doc.title, doc.revision

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict] = []
            self._marks: list[tuple[str, tuple, dict]] = []
            self._recorder = recorder
            self.running_heads: dict[int, str] = {}
            """By page (from 0): what its top left says (``Section.running_head``)."""

        # reportlab's names. Pages are held back until the count is known, so outline entries
        # are too: reportlab ties a bookmark to the page being drawn when it is made.
        def bookmarkPage(self, key: str, **kwargs: object) -> None:
            self._marks.append(("bookmarkPage", (key,), kwargs))

        def addOutlineEntry(self, *args: object, **kwargs: object) -> None:
            self._marks.append(("addOutlineEntry", args, kwargs))

        def showPage(self) -> None:
            if self._recorder is not None:
                self._code = self._recorder.page_done(self._code)
            state = {k: v for k, v in self.__dict__.items()
                     if k not in ("_pages", "_marks", "running_heads")}
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
            draw_line_anew(self, MARGIN, 9 * mm, foot_title(title, room, FONT, 8), FONT, 8)
            self.drawRightString(width - MARGIN, 9 * mm,
                                 label("page", lang, page=number, pages=total))
            right = width - MARGIN  # the header's right end: the revision, then the draft
            if revision:
                self.setFillColor(colors.black)
                self.setFont(FONT_BOLD, 9)
                self.drawRightString(right, height - 10 * mm, revision)
                right -= pdfmetrics.stringWidth(revision, FONT_BOLD, 9) + 4 * mm
                self.setFont(FONT, 8)
                self.setFillColor(colors.grey)
            head = self.running_heads.get(number - 1)
            if head:
                room = right - MARGIN - 6 * mm
                if draft:
                    room -= pdfmetrics.stringWidth(draft, FONT_BOLD, 9)
                draw_line_anew(self, MARGIN, height - 10 * mm, foot_title(head, room, FONT, 8),
                               FONT, 8)
            if draft:
                self.setFont(FONT_BOLD, 9)
                self.setFillColor(colors.red)
                self.drawRightString(right, height - 10 * mm, draft)

    return NumberedCanvas


_CONTROLS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")


def foot_title(title: str, width: float, font: str, size: float) -> str:
    """The document's title as the foot of each page prints it: one line, no wider than
    ``width`` as it prints (cut short with "…")."""
    text = _CONTROLS.sub(" ", title)
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
    ``y``: a text object of its own that sets its fonts, as canvas.drawString's do. Its
    encoding (glyphs of the document's font subsets; a token while a recorder keeps the pages)
    is made once per canvas. Each character prints in the font that has it (``fonts.runs``:
    NanumGothic, else DejaVu Sans); when one prints otherwise (neither font has it), the text
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
        done = drawn[key] = _text_object(canv, text, font, size)
    begin, shown, width = done
    if align == "center":
        x = x - 0.5 * width
    elif align == "right":
        x = x - width
    canv._code.append(f"{begin} 1 0 0 1 {fp_str(x, y)} Tm {shown}")


def draw_line_anew(canv: pdf_canvas.Canvas, x: float, y: float, text: str, font: str,
                   size: float) -> None:
    """Draw one line from ``x`` on the baseline ``y`` as ``draw_line`` draws it, its encoding
    made anew: for the page's foot, drawn once the pages are finished (and never recorded)."""
    begin, shown, _ = _text_object(canv, text, font, size)
    canv._code.append(f"{begin} 1 0 0 1 {fp_str(x, y)} Tm {shown}")


def _text_object(canv: pdf_canvas.Canvas, text: str, font: str,
                 size: float) -> tuple[str, str, float]:
    """A line's text object around its position: what goes before it, its text and what ends
    it, and its width as it prints."""
    pieces = runs(font, text)
    segment = (size, pieces)
    shown, _ = encode(segment, None, canv)
    recorder = canv._recorder
    if recorder is not None:
        shown = recorder.token(segment, shown)
    begin, end = "BT", "ET"
    visible = pieces[0][1] if len(pieces) == 1 else "".join(part for _, part in pieces)
    if visible != text:  # what neither font has is replaced: copying gives back the text
        actual = "FEFF" + text.encode("utf-16-be").hex().upper()
        begin = f"/Span <</ActualText <{actual}>>> BDC BT"
        end = "ET EMC"
    width = sum(pdfmetrics.getFont(f).stringWidth(part, size) for f, part in pieces)
    return begin, f"{shown} {end}", width


def encode(segment: Segment, current: tuple[str, int] | None,
           canv: pdf_canvas.Canvas) -> tuple[str, tuple[str, int] | None]:
    """A text as PDFTextObject._formatText writes it for TrueType fonts (without a leading:
    our lines are placed one by one), in this canvas's font subsets; ``current`` is the text
    object's font and subset so far (None at its start)."""
    size, pieces = segment
    doc, escape = canv._doc, canv._escape
    out = []
    template = None
    for font_name, text in pieces:
        font = pdfmetrics.getFont(font_name)
        for subset, part in font.splitString(text, doc):
            if current is None or subset != current[1] or font_name != current[0]:
                if not template:
                    template = f"{fp_str(size)} Tf"
                out.append(f"{font.getSubsetInternalName(subset, doc)} {template}")
                current = (font_name, subset)
            out.append(f"({escape(part)}) Tj")
    return " ".join(out), current


# -- pages drawn once, for several documents --------------------------------------------
#
# The interpreter book and the 150 single sheets draw the same sections, as do the whole-event
# run sheet and the day run sheets. Every section starts on a new page, on the same frame, so
# its pages are the same in each document except for one thing: the codes of the glyphs, which
# each PDF numbers in its own font subsets, in the order it first uses them. So the first
# document keeps its pages' operators with each text as a token (its size and runs); a later
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
        current = None  # an entry with texts is one text object: its font starts unset

        def encode_token(m: re.Match[str]) -> str:
            nonlocal current
            text, current = encode(segments[int(m.group(1))], current, canv)
            return text

        out.append(_TOKEN.sub(encode_token, entry))
