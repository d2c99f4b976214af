"""What documents made in a row share: their texts' lines, and sections' recorded pages."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from exports.document import Section
from exports.linebreak import break_lines
from exports.pdf.canvas import Segment
from exports.pdf.fonts import char_widths


class Layout:
    """Texts broken into lines once, and sections' pages as first drawn.

    The same texts come back many times (a table header on every page, a room in every row,
    the same session in the whole-event run sheet and in its day's), so their lines are kept
    here by text, font, size and width. What is kept does not depend on the canvas: one Layout
    may serve several documents in a row (see ``shared_layout``).
    """

    def __init__(self) -> None:
        self.broken: dict[tuple[str, str, float, float], list[str]] = {}
        self.segments: list[Segment] = []
        self.recorded: dict[tuple[bool, str, str], list[tuple[Section, list[list[str]]]]] = {}
        """Recorded sections' pages, by page orientation, title and bookmark."""

    def lines(self, text: str, font: str, size: float, width: float) -> list[str]:
        """``text`` broken into lines no wider than ``width`` (see exports.linebreak)."""
        key = (text, font, size, width)
        lines = self.broken.get(key)
        if lines is None:
            lines = self.broken[key] = break_lines(text, width, char_widths(font, size))
        return lines

    def recording_of(self, section: Section, landscape: bool) -> list[list[str]] | None:
        for recorded, pages in self.recorded.get((landscape, section.title, section.bookmark),
                                                 ()):
            if recorded == section:
                return pages
        return None

    def record(self, section: Section, landscape: bool, pages: list[list[str]]) -> None:
        if self.recording_of(section, landscape) is None:
            key = (landscape, section.title, section.bookmark)
            self.recorded.setdefault(key, []).append((section, pages))


_local = threading.local()
"""Per thread: the layouts shared by the documents made in it (the window exports on a worker
thread while its own thread may render a preview, which must not join the export's)."""


def shared() -> list[Layout]:
    stack = getattr(_local, "shared", None)
    if stack is None:
        stack = _local.shared = []
    return stack


@contextmanager
def shared_layout() -> Iterator[Layout]:
    """Let every PDF rendered inside share one Layout (an export's documents repeat texts)."""
    layout = Layout()
    shared().append(layout)
    try:
        yield layout
    finally:
        shared().remove(layout)
