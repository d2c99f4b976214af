"""What an import understood: sessions with their rows, and every problem with where it is.

Nothing here has touched an event yet: the command line prints it for ``--dry-run``
and the window shows it as a preview before anything is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from planner.imports.messages import place, say


class ImportRefused(ValueError):
    """The source cannot be read at all (unreadable, too big, hostile); nothing was imported."""


class ProblemKind(str, Enum):
    UNREAD = "unread"
    """A line or cell that looked like part of a table but could not be read: it is left out."""
    KEPT = "kept"
    """A disagreement in the source (a printed duration against its range, a gap):
    the printed values are kept and the plan's rules will show it."""
    ADJUSTED = "adjusted"
    """A printed value the event cannot hold as printed (a block longer than its rows):
    imported the way the event's times work, and said so."""


@dataclass(frozen=True)
class Problem:
    where: str
    """``line 12``, ``sheet 'Day 1' cell A7``: what a person looks for in the source."""
    message: str
    kind: ProblemKind = ProblemKind.UNREAD

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    def text(self, lang: str) -> str:
        """Where and what, in this language."""
        return f"{place(self.where, lang)}: {say(self.message, lang)}"


@dataclass(frozen=True)
class SourceRow:
    """One line of pasted text or one row of a sheet, split into cells."""

    where: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class UnusedLine:
    """A line of the source that went into nothing: where it is and what it says."""

    where: str
    text: str

    def text_in(self, lang: str) -> str:
        """Where and what, the place said in this language."""
        return f"{place(self.where, lang)}: {self.text}"


def row_text(row: SourceRow) -> str:
    """A source row's text on one line: its cells with text, between `` · ``."""
    return " · ".join(" ".join(str(c).split()) for c in row.cells
                      if c is not None and str(c).strip())


def unused_rows(rows: list[SourceRow]) -> list[UnusedLine]:
    """The rows with text, as lines not used (a sheet that holds no table)."""
    return [UnusedLine(row.where, text) for row in rows if (text := row_text(row))]


@dataclass
class ParsedDelegation:
    """One side of a session as the overview lists it: ``- (한 국) (총 4명) 과기정통부, …``."""

    where: str
    side: str
    members: str = ""
    on_site: int = 0
    remote: int = 0
    counted: bool = False
    """No number was printed: ``on_site`` is the number of names listed."""


@dataclass
class ParsedRow:
    """An agenda row as printed: its times, mark, text and remarks."""

    where: str
    start: int | None
    """The printed start in minutes after midnight."""
    end: int | None
    """The printed end; None for a marker or a row printed with a start alone."""
    stated: int | None
    """The printed length (``('5)``, ``(10분)``, ``(30 min)``), None when none is printed."""
    marker: bool = False
    mark: str = ""
    """The printed row mark (○, □, -, ., ·, ※) or "" when the row has none."""
    title: str = ""
    details: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    children: list[ParsedRow] = field(default_factory=list)
    # Worked out once the session's rows are read:
    duration: int | None = None
    """Minutes the row lasts (None for blocks, which last as long as their rows, and markers)."""
    hard_start: int | None = None
    """The printed start, kept as a pinned start where the rows before do not lead to it."""
    stated_duration: int | None = None
    """The printed length where it disagrees with the printed range."""

    def walk(self, depth: int = 0):
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)


@dataclass
class ParsedSession:
    where: str
    title: str = ""
    closed: bool = False
    date: dt.date | None = None
    start: int | None = None
    end: int | None = None
    room: str = ""
    """The room as the source names it; matched against the event's rooms on import."""
    room_where: str = ""
    """Where the source names the room (the 일시/장소 line); empty: at the session's place."""
    interpretation_mode: str | None = None
    interpretation_languages: tuple[str, ...] = ()
    purpose: str = ""
    participants: str = ""
    """The 참석자 line (and the lines that go on from it), as printed."""
    key_points: str = ""
    """주요 내용, one point a line."""
    notes: str = ""
    """※ notes said with the 세부 일정 heading."""
    delegations: list[ParsedDelegation] = field(default_factory=list)
    key: str = ""
    """The session's key when the source gives one (a sheet named after it, a session column)."""
    on_site: int | None = None
    remote: int | None = None
    """Headcounts when the source gives them (a venue sheet): one delegation on import."""
    rows: list[ParsedRow] = field(default_factory=list)

    def walk(self):
        for row in self.rows:
            yield from row.walk()

    @property
    def row_count(self) -> int:
        return sum(1 for _ in self.walk())

    @property
    def first_start(self) -> int | None:
        return next((r.start for _, r in self.walk() if r.start is not None), None)

    @property
    def last_end(self) -> int | None:
        ends = [r.end if r.end is not None else r.start for _, r in self.walk()
                if r.start is not None]
        return max((e for e in ends if e is not None), default=None)


@dataclass
class ParsedImport:
    source: str
    sessions: list[ParsedSession] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    language: str = "ko"
    """The language the texts are stored in (the source's texts are in one language)."""
    unused: list[UnusedLine] = field(default_factory=list)
    """Every line (or sheet row) with text that went into nothing: a press release around
    the run sheets, a section number, a sheet that holds no table."""

    @property
    def skipped(self) -> int:
        return len(self.unused)

    @property
    def unread(self) -> list[Problem]:
        return [p for p in self.problems if p.kind is ProblemKind.UNREAD]

    @property
    def row_count(self) -> int:
        return sum(s.row_count for s in self.sessions)
