"""A format-neutral description of a document: sections of paragraphs and tables.

Builders (run sheet, venue sheet, interpreter sheets) describe what to print;
one writer per format (Excel, PDF) decides how. Texts here are plain user text:
every writer is responsible for keeping them literal (no formulas, no markup). Control
characters and lone surrogates, which no format can hold, are left out as a cell or a
paragraph is made (planner.text_clean), whatever file or program they came from.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from planner.text_clean import clean_text

CellRole = Literal["text", "time", "block", "sub", "marker", "remarks", "label", "number",
                   "total", "problem", "muted"]
ParagraphRole = Literal["title", "subtitle", "heading", "note", "item", "subitem", "draft"]


@dataclass(frozen=True)
class Cell:
    """One cell of a table row."""

    text: str
    role: CellRole = "text"
    indent: int = 0
    """Depth of a schedule row: 0 for ○ blocks, 1 for - rows."""

    def __post_init__(self) -> None:
        text = clean_text(self.text)
        if text is not self.text:
            object.__setattr__(self, "text", text)


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    """Relative width; writers scale it to the page or sheet."""
    align: Literal["left", "center", "right"] = "left"
    nowrap: bool = False
    """Its lines are never broken (a time range): writers make it as wide as its longest
    line, heading included, and share what is left among the other columns by width."""

    def __post_init__(self) -> None:
        title = clean_text(self.title)
        if title is not self.title:
            object.__setattr__(self, "title", title)


@lru_cache(maxsize=1 << 16)
def display_width(text: str) -> int:
    """Columns a line takes in a fixed-width reckoning: Hangul and other wide characters
    count twice. Builders size columns by it; the Excel writer sets column widths by it."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@dataclass
class Table:
    columns: list[Column]
    rows: list[list[Cell]] = field(default_factory=list)
    """Every row has one cell per column."""
    continued: str = ""
    """Said above the header where the table goes on over a page ("한국-캐나다 라운드테이블
    (계속)"), so that a page of it alone says whose it is."""
    changed: set[int] | None = None
    """The rows (by index) changed since the previous revision, in an issued document that
    marks them (a bar in the PDF's margin; a fill and a 변경 column in Excel); None where
    changes are not marked."""

    def add(self, *cells: Cell | str) -> None:
        row = [c if isinstance(c, Cell) else Cell(c) for c in cells]
        if len(row) != len(self.columns):
            raise ValueError(f"a row of {len(row)} cells in a table of {len(self.columns)} columns")
        self.rows.append(row)


@dataclass(frozen=True)
class Paragraph:
    text: str
    role: ParagraphRole = "item"

    def __post_init__(self) -> None:
        text = clean_text(self.text)
        if text is not self.text:
            object.__setattr__(self, "text", text)


Block = Paragraph | Table


@dataclass
class Section:
    """A part that starts on a new page (PDF) or its own worksheet (Excel)."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    sheet_name: str = ""
    """Short name for an Excel worksheet tab; defaults to the title."""
    bookmark: str = ""
    """An entry in the PDF outline, when the section should have one."""
    running_head: str = ""
    """Said at the top of each of its PDF pages after the first (whose it is, when the
    document's title at the foot does not say: an interpreter's part of the book)."""

    def __post_init__(self) -> None:
        self.title, self.sheet_name, self.bookmark, self.running_head = (
            clean_text(t) for t in (self.title, self.sheet_name, self.bookmark,
                                    self.running_head))

    def add(self, block: Block) -> None:
        self.blocks.append(block)


@dataclass(frozen=True)
class Revision:
    """The issued revision a document belongs to: its number and the day it was issued."""

    number: int
    date: dt.date

    def label(self) -> str:
        return f"Rev. {self.number} · {self.date.isoformat()}"


@dataclass
class Document:
    title: str
    sections: list[Section] = field(default_factory=list)
    draft: str = ""
    """Said on every page when the plan still has errors ("DRAFT: 2 errors")."""
    revision: str = ""
    """Said in every page's header of an issued document ("Rev. 2 · 2026-06-20"); empty for
    a plain export."""
    landscape: bool = False
    lang: str = "ko"

    def add(self, section: Section) -> Section:
        self.sections.append(section)
        return section
