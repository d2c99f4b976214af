"""A document made into PDF pages: its sections, each from a new page, through the page flow."""

from __future__ import annotations

import io
import os
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus.doctemplate import LayoutError

from exports.atomic import ExportError, write_atomically
from exports.document import Document, Paragraph, Section
from exports.pdf.canvas import MARGIN, Recorder, draw_recorded, numbered_canvas
from exports.pdf.flow import Block, PageFlow
from exports.pdf.fonts import FONT, register_fonts
from exports.pdf.grid import grid
from exports.pdf.layout import Layout, shared
from exports.pdf.text import STYLES, Space, TextBlock


def render_pdf(doc: Document) -> bytes:
    """The document as PDF bytes.

    Within ``shared_layout`` (an export), a section drawn before by another document is drawn
    from that document's recorded pages, and this document's own sections are recorded.
    """
    register_fonts()
    stack = shared()
    layout = stack[-1] if stack else Layout()
    page = landscape(A4) if doc.landscape else A4
    recorded = [layout.recording_of(section, doc.landscape) if stack else None
                for section in doc.sections]
    recorder = Recorder(layout.segments) if stack and None in recorded else None
    buffer = io.BytesIO()
    canv = numbered_canvas(doc, recorder)(buffer, pagesize=page,
                                          initialFontName=FONT)  # no unembedded Helvetica
    canv.setTitle(doc.title)
    canv.setAuthor("Agenda Planner")
    canv.setSubject(None)  # "(unspecified)", as reportlab's document template left them
    canv.setCreator(None)
    flow = PageFlow(canv, page)
    starts = []
    for index, section in enumerate(doc.sections):
        if index:
            flow.new_page()
        starts.append(flow.shown)
        if section.bookmark:
            canv.bookmarkPage(f"s{index}")
            canv.addOutlineEntry(section.bookmark, f"s{index}", level=0, closed=False)
        pages = recorded[index]
        if pages is None:
            flow.place(_blocks(section, page[0] - 2 * MARGIN, layout, doc.lang))
            continue
        for number, code in enumerate(pages):
            if number:
                flow.new_page()
            draw_recorded(canv, code, layout.segments)
    if not doc.sections:
        flow.place([TextBlock(doc.title, STYLES["title"], layout)])
    flow.finish()
    ends = starts[1:] + [flow.shown]
    canv.running_heads = {page: section.running_head  # type: ignore[attr-defined]
                          for section, start, end in zip(doc.sections, starts, ends)
                          if section.running_head for page in range(start + 1, end)}
    canv.save()
    if recorder is not None:
        _keep_sections(layout, doc, recorded, starts + [flow.shown], recorder.pages)
    return buffer.getvalue()


def _blocks(section: Section, width: float, layout: Layout, lang: str) -> list[Block]:
    """A section's paragraphs, and its tables ``width`` wide with a little space around (kept
    with a heading just before, so that the heading never ends a page on its own)."""
    blocks: list[Block] = []
    for block in section.blocks:
        if isinstance(block, Paragraph):
            blocks.append(TextBlock(block.text, STYLES[block.role], layout))
        else:
            after_heading = bool(blocks) and blocks[-1].keep_with_next
            blocks += [Space(2 * mm, after_heading), grid(block, width, layout, lang),
                       Space(3 * mm)]
    return blocks


def _keep_sections(layout: Layout, doc: Document, recorded: list[list[list[str]] | None],
                   starts: list[int], pages: list[list[str]]) -> None:
    """File each section drawn here (not drawn again from a recording) under its pages."""
    for index, section in enumerate(doc.sections):
        own = pages[starts[index]:starts[index + 1]]
        if recorded[index] is None and own and all(own):  # (every page has operators)
            layout.record(section, doc.landscape, own)


def write_pdf(doc: Document, path: str | os.PathLike[str]) -> Path:
    try:
        data = render_pdf(doc)
    except LayoutError as exc:  # nothing is written: say which document and why
        raise ExportError(f"{path}: cannot be laid out on A4 pages ({exc})") from None
    return write_atomically(path, data)
