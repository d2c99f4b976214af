"""Run-sheet tables as people paste them: 시간 · 내용 · 비고 rows, read into sessions.

The reader takes rows of cells (lines of pasted text split at tabs, or rows of a sheet)
and keeps what is printed: the times, the ('N), the row marks, the text and the remarks.
Blocks come from the times themselves: a ○ or □ row whose range holds the rows after it
is their block. Rows without a time belong to the row above (their text becomes its
details, their remark its next remark line). Around the tables, the overview of a Korean
run sheet (□ 행사 개요 with 일시/장소 and ※ 한영 … 통역으로 진행) starts a new session
and gives its date, times, room, interpretation, purpose, participants and delegations,
주요 내용 and notes (see planner.imports.overview); every other line with text is kept in
``ParsedImport.unused`` with its place, so that the preview can show what was left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from planner.imports.messages import Said
from planner.imports.model import (
    ImportRefused,
    ParsedDelegation,
    ParsedImport,
    ParsedRow,
    ParsedSession,
    Problem,
    ProblemKind,
    SourceRow,
    UnusedLine,
    row_text,
)
from planner.imports.overview import (
    PARTICIPANTS,
    WHEN_WORDS,
    interpretation_mode,
    labelled,
    plain,
    read_counts,
    read_delegation,
    read_when,
    squeeze,
)
from planner.imports.times import (
    TimeCell,
    TimeCellError,
    looks_like_time,
    read_time_cell,
    split_leading_time,
)
from planner.vocabulary import LANGUAGE_NAMES

MAX_TEXT_ROWS = 20_000
"""Timed rows in one text; a programme has far fewer."""
DEFAULT_MINUTES = 5
"""The length given to a row printed with a start alone when nothing says when it ends."""

MARKS = "○□-.·•※*▪■◦"
_LEADING_MARK = re.compile(rf"^([{re.escape(MARKS)}])(?:\s+|$)")
_INNER_MARK = re.compile(rf"\s+(?=(?:[{re.escape('-.·•※*')}]\s|[①-⑳]))")
_HTML = re.compile(r"<[^>]*>")
_HEADER_WORDS = ({"시간", "내용"}, {"time", "content"}, {"time", "programme"},
                 {"time", "program"}, {"time", "item"})
_OVERVIEW = ("행사 개요", "□ Overview")
_SECTION_NUMBER = re.compile(r"^[\d\-. ]+$")
_SCHEDULE = ("세부일정", "detailedschedule")
_KEY_POINTS = ("주요내용", "keypoints")
_WORDS = re.compile(r"[^\W_]")
"""A letter or digit of any script: a line without one (``|---|---|``) says nothing."""
_PAIR = re.compile(r"(한)([영중일불독서])")
_PAIR_EN = re.compile(r"\b(Korean)-(English|French|German|Japanese|Chinese|Spanish)\b")
_LANGUAGE_CODES = {names[lang]: code for code, names in LANGUAGE_NAMES.items()
                   for lang in ("ko", "en")}
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_CLOSED = ("비공개", "(closed)")
_CLOSED_WORDS = re.compile(r"\(비공개\)|\(closed\)")


def read_interpretation(text: str) -> tuple[str | None, tuple[str, ...]]:
    """The mode and languages a line names: ``※ 한영 순차통역으로 진행``,
    ``한영 동시 통역``, ``위스퍼링``, ``Korean-English whispered interpretation``."""
    mode = interpretation_mode(text)
    pair = _PAIR.search(text) or _PAIR_EN.search(text)
    languages = tuple(_LANGUAGE_CODES[name] for name in pair.groups()) if pair else ()
    return mode, languages


def clean(text: str) -> str:
    """One line of text: html tags and ``**`` emphasis dropped, whitespace collapsed."""
    return " ".join(_HTML.sub(" ", text).replace("**", "").split())


def split_content(text: str) -> tuple[str, str, list[str]]:
    """(mark, title, detail lines) of a 내용 cell.

    ``○ 한국 측 발언 ① 프레임워크 ② 공동 프로젝트`` → ("○", "한국 측 발언",
    ["① 프레임워크", "② 공동 프로젝트"]); lines after the first are details as they stand.
    """
    lines = [clean(line) for line in text.replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return "", "", []
    first = lines[0]
    mark = ""
    found = _LEADING_MARK.match(first)
    if found:
        mark, first = found.group(1), first[found.end():]
    title, *inline = _INNER_MARK.split(first) if first else [""]
    details = [part.strip() for part in inline if part.strip()]
    for line in lines[1:]:
        details.extend(split_detail_line(line))
    return mark, title.strip(), details


def split_detail_line(text: str) -> list[str]:
    """A continuation line cut where a new sub-item (-, ., ※, ①) starts."""
    line = clean(text)
    return [part.strip() for part in _INNER_MARK.split(line) if part.strip()] if line else []


def split_remarks(text: str) -> list[str]:
    return [clean(line) for line in text.replace("\r", "\n").split("\n") if clean(line)]


def _is_time_alone(cell: str) -> bool:
    """A lone cell that is a time (its content on the next line), not a time-led sentence."""
    try:
        return read_time_cell(cell) is not None
    except TimeCellError:
        return looks_like_time(cell) and len(cell.strip()) <= 24


def is_header(cells: Iterable[str]) -> bool:
    words = {"".join(c.split()).lower() for c in cells if c and c.strip()}
    return any(header <= words for header in _HEADER_WORDS)


def text_rows(text: str) -> list[SourceRow]:
    """Lines of pasted text as rows of tab-separated cells, numbered from 1."""
    text = text.lstrip("\ufeff")
    return [SourceRow(f"line {n}", tuple(line.split("\t")))
            for n, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"),
                                     start=1)]


def parse_text(text: str, source: str = "text", *, language: str | None = None) -> ParsedImport:
    """Pasted run-sheet text (a table, or whole run sheets with their overviews)."""
    rows = text_rows(text)
    return parse_rows(rows, source, language=language or guess_language(rows))


def guess_language(rows: Iterable[SourceRow]) -> str:
    """ko when the texts (not the time column: ``(10분)``) have Hangul, else en."""
    return "ko" if any(_HANGUL.search(cell) for row in rows
                       for cell in (row.cells[1:] if len(row.cells) > 1 else row.cells)) \
        else "en"


def parse_rows(rows: Iterable[SourceRow], source: str, *, language: str = "ko",
               session: ParsedSession | None = None, table: bool = False) -> ParsedImport:
    """Sessions from rows of cells: 시간 · 내용 · 비고 (one cell per column).

    ``table``: every row is a row of the table (a template), so a row whose time cannot be
    read is a problem even before the first good one.
    """
    reader = _Reader(source, language, session)
    reader.in_table = table
    for row in rows:
        reader.read(row)
    return reader.finish()


class _Reader:
    def __init__(self, source: str, language: str, session: ParsedSession | None) -> None:
        self.result = ParsedImport(source, language=language)
        self.session: ParsedSession | None = session
        if session is not None:
            self.result.sessions.append(session)
        self.flat: list[ParsedRow] = []
        self.in_table = False
        self.prose: list[UnusedLine] = []
        """Lines of text since the last table row: a title when an overview follows."""
        self.in_overview = False
        self.field = ""
        """The overview's field the next unlabelled line goes on (purpose, participants,
        key_points), or "" when it has none."""
        self.participants_at = ""
        """Where this overview's 참석자 line is: the lines after it may be delegations."""
        self.used: set[str] = set()
        """Lines first listed as not used that turned out to be (titles), by place."""
        self.after_unread = False
        """The last table row could not be read: the lines under it belong to it, not above."""
        self.timed = 0

    # -- one row at a time ----------------------------------------------------------

    def read(self, row: SourceRow) -> None:
        cells = [c if isinstance(c, str) else "" for c in row.cells]
        while cells and not cells[-1].strip():
            cells.pop()
        if not cells or not any(c.strip() for c in cells):
            return
        if len(cells) == 1 and not _is_time_alone(cells[0]):
            self._read_line(row.where, cells[0])
            return
        if is_header(cells):
            self.in_table = True
            self.prose.clear()
            return
        if self.in_overview and (not cells[0].strip() or not _is_time_alone(cells[0])):
            self._read_line(row.where, " ".join(cells))  # a table in the overview (sides)
            return
        self._read_cells(row.where, cells)

    def _read_line(self, where: str, line: str) -> None:
        """A line without columns: a row written as ``09:00-09:30 Opening``, or overview text."""
        text = clean(line)
        split = split_leading_time(line)
        # "09:00-09:30 Opening" is a row; "3.14 million people attended" is prose.
        if split is not None and (":" in split[0] or "~" in split[0] or "-" in split[0]):
            self._read_cells(where, [split[0], split[1]])
            return
        self.in_table = False
        if not _WORDS.search(text):
            return  # only dashes and pipes (a table's rule): nothing to use or to lose
        if any(word in text for word in _OVERVIEW):
            self._start_overview(where)
        if self.in_overview:
            if not self._overview_line(where, text):
                self._not_used(where, text)
            return
        self.prose.append(UnusedLine(where, text))
        self._not_used(where, text)

    def _read_cells(self, where: str, cells: list[str]) -> None:
        time_text = cells[0].strip()
        content = cells[1] if len(cells) > 1 else ""
        remarks = "\n".join(c for c in cells[2:] if c.strip())
        if not time_text:
            if not self.in_table and not self.flat:
                self._not_used(where, _joined(cells))
                return
            self._continuation(where, content, remarks)
            return
        try:
            cell = read_time_cell(time_text)
        except TimeCellError as exc:
            self._unread(where, exc.args[0])
            self.in_table = True
            return
        if cell is None:
            if self.in_table:
                key = "no_time" if looks_like_time(time_text) else "no_time_first"
                self._unread(where, Said(key, cell=clean(time_text)))
            else:
                self._not_used(where, _joined(cells))
            return
        self._timed_row(where, cell, content, remarks)

    def _timed_row(self, where: str, cell: TimeCell, content: str, remarks: str) -> None:
        self.in_table = True
        self.in_overview = False
        self.field = ""
        if self.session is None:
            self.session = ParsedSession(where)
            self.result.sessions.append(self.session)
        self.prose.clear()
        self.timed += 1
        if self.timed > MAX_TEXT_ROWS:
            raise ImportRefused(Said("too_many_timed_rows", path=self.result.source,
                                     limit=MAX_TEXT_ROWS))
        previous = next((r for r in reversed(self.flat) if not r.marker), None)
        if previous is not None and previous.start is not None \
                and cell.start < previous.start - 12 * 60:
            self._unread(where, Said("before_midnight_row", start=_hhmm(cell.start),
                                     above=_hhmm(previous.start)))
            return
        self.after_unread = False
        mark, title, details = split_content(content)
        # A time with its content on the next line (a wrapped or merged cell) is completed
        # by that line; one that stays empty is reported when the session closes.
        self.flat.append(ParsedRow(where, cell.start, cell.end, cell.stated, cell.marker, mark,
                                   title, details, split_remarks(remarks)))

    def _continuation(self, where: str, content: str, remarks: str) -> None:
        if self.after_unread:
            self._problem(where, Said("under_unread"))
            return
        if not self.flat:
            self._problem(where, Said("untimed_first"))
            return
        above = self.flat[-1]
        if not above.title and not above.details:
            above.mark, above.title, above.details = split_content(content)
        else:
            above.details.extend(line for raw in content.split("\n")
                                 for line in split_detail_line(raw))
        above.remarks.extend(split_remarks(remarks))

    # -- overviews ------------------------------------------------------------------

    def _start_overview(self, where: str) -> None:
        lines = [line for line in self.prose if not _SECTION_NUMBER.match(line.text)]
        closed = [line for line in lines if any(word in line.text for word in _CLOSED)]
        # The title is the last line before the overview (after the previous table), with
        # (비공개) on it or on a line of its own.
        titles = [(line, _CLOSED_WORDS.sub("", line.text).strip()) for line in lines]
        titles = [(line, t) for line, t in titles if t]
        title = titles[-1][1] if titles and len(titles[-1][1]) <= 120 else ""
        if title:
            self._used(titles[-1][0])
        for line in closed:
            self._used(line)
        if self.session is not None and not self.flat and not self.session.title:
            self.session.title, self.session.closed = clean(title), bool(closed)  # a sheet's
        else:
            self._close_session()
            self.session = ParsedSession(where, title=clean(title), closed=bool(closed))
            self.result.sessions.append(self.session)
        self.prose.clear()
        self.in_overview = True
        self.field = self.participants_at = ""

    def _overview_line(self, where: str, text: str) -> bool:
        """Read a line of the overview into the session; False when nothing of it was used."""
        session = self.session
        assert session is not None
        used = False
        if any(word in text for word in _OVERVIEW):
            used, self.field = True, ""
        if "※" in text or (labelled(text) or ("",))[0] == "interpretation":
            mode, languages = read_interpretation(text)
            if mode:
                used = True
                if session.interpretation_mode is None:
                    session.interpretation_mode = mode
                    session.interpretation_languages = languages
        if any(word in squeeze(text) for word in _SCHEDULE):
            note = text[text.index("※"):].strip() if "※" in text else ""
            session.notes = "\n".join(filter(None, [session.notes, note]))
            self.field = "notes"  # the ※ lines under the heading, before the table
            return True
        if any(word in squeeze(text) for word in _KEY_POINTS) and labelled(text) is None:
            self.field = "key_points"
            return True
        if used:
            return True
        found = labelled(text)
        if (found is not None and found[0] == "when") \
                or (found is None and any(w in text for w in WHEN_WORDS)):
            self.field = ""
            return session.date is None and self._when(session, where, text)
        if found is not None:
            name, rest = found
            if name == "participants":
                self.participants_at = where
            setattr(session, name, "\n".join(filter(None, [getattr(session, name), rest])))
            self.field = name
            return True
        if self.participants_at and self.field != "key_points":
            delegation = read_delegation(where, text)
            if delegation is not None:
                session.delegations.append(delegation)
                if delegation.counted:
                    self._problem(where, Said("counted_members", side=delegation.side,
                                              n=delegation.on_site), ProblemKind.KEPT)
                self.field = ""
                return True
        if self.field:
            line = plain(text) if self.field != "key_points" else clean(text)
            setattr(session, self.field,
                    "\n".join(filter(None, [getattr(session, self.field), line])))
            return True
        return False

    def _when(self, session: ParsedSession, where: str, text: str) -> bool:
        """The date, times and room of an 일시/장소 line; False when it has none."""
        try:
            when = read_when(text)
            if when is None:
                return False
            session.date, times, room = when
            start_cell = read_time_cell(times)
        except (ValueError, TimeCellError) as exc:
            self._problem(where, Said("overview_when", reason=exc))
            return True
        if start_cell is not None:
            session.start, session.end = start_cell.start, start_cell.end
        session.room = clean(room)
        session.room_where = where if session.room else ""
        return True

    # -- sessions -------------------------------------------------------------------

    def _close_session(self) -> None:
        session = self.session
        if session is not None and session.participants and not session.delegations:
            # No sides listed: the 참석자 line's own count is everyone's (130여명).
            first = session.participants.splitlines()[0]
            counts = read_counts(first)
            if counts.on_site is not None:
                session.delegations.append(ParsedDelegation(
                    self.participants_at or session.where,
                    PARTICIPANTS.get(self.result.language, PARTICIPANTS["en"]), first,
                    counts.on_site, counts.remote))
        empty = [r for r in self.flat if not r.title and not r.details]
        for row in empty:
            self._problem(row.where, Said("no_content"))
        self.flat = [r for r in self.flat if r.title or r.details]
        if self.session is not None:
            self.session.rows = _tree(self.flat, self.session, self.result.problems)
        self.flat = []

    def finish(self) -> ParsedImport:
        self._close_session()
        self.result.sessions = [s for s in self.result.sessions if s.rows]
        if self.used:
            self.result.unused = [u for u in self.result.unused if u.where not in self.used]
        return self.result

    def _problem(self, where: str, message: str,
                 kind: ProblemKind = ProblemKind.UNREAD) -> None:
        self.result.problems.append(Problem(where, message, kind))

    def _not_used(self, where: str, text: str) -> None:
        self.result.unused.append(UnusedLine(where, text))

    def _used(self, line: UnusedLine) -> None:
        """A line first taken for other text turned out to be used (a session's title)."""
        self.used.add(line.where)

    def _unread(self, where: str, message: str) -> None:
        self._problem(where, message)
        self.after_unread = True


def _tree(flat: list[ParsedRow], session: ParsedSession, problems: list[Problem]) -> list[ParsedRow]:
    """The printed rows as blocks and rows, with lengths and pinned starts worked out."""
    _settle_ends(flat, session, problems)
    top: list[ParsedRow] = []
    stack: list[ParsedRow] = []
    following: ParsedRow | None = None
    after: list[ParsedRow | None] = [None] * len(flat)
    for index in range(len(flat) - 1, -1, -1):  # the next row that is not a marker
        after[index] = following
        if not flat[index].marker:
            following = flat[index]
    for index, row in enumerate(flat):
        while stack and not _holds(stack[-1], row):
            stack.pop()
        (stack[-1].children if stack else top).append(row)
        nxt = after[index]
        if not row.marker and nxt is not None and _holds(row, nxt) \
                and (nxt.start, nxt.end) != (row.start, row.end):
            stack.append(row)
    if session.start is None:
        session.start = top[0].start if top else None
    settle_lengths(top, session.start if session.start is not None else 0, problems)
    return top


def _settle_ends(flat: list[ParsedRow], session: ParsedSession, problems: list[Problem]) -> None:
    """An end for rows printed with a start alone: start + printed length, else the start of
    the next row (not a marker: a VIP leaving does not end lunch) that starts later."""
    later: list[int | None] = [None] * len(flat)
    waiting: list[int] = []  # rows still looking for a later start, their starts rising
    for index, row in enumerate(flat):
        if row.marker or row.start is None:
            continue
        while waiting and flat[waiting[-1]].start < row.start:  # type: ignore[operator]
            later[waiting.pop()] = row.start
        waiting.append(index)
    for index, row in enumerate(flat):
        if row.marker or row.end is not None or row.start is None:
            continue
        if row.stated is not None:
            row.end = row.start + row.stated
            continue
        if later[index] is not None:
            row.end = later[index]
        elif session.end is not None and session.end > row.start:
            row.end = session.end
        else:
            row.end = row.start + DEFAULT_MINUTES
            problems.append(Problem(row.where, Said("default_length", minutes=DEFAULT_MINUTES),
                                    ProblemKind.KEPT))


def _holds(block: ParsedRow, row: ParsedRow) -> bool:
    if block.marker or block.start is None or block.end is None or row.start is None:
        return False
    if row.marker:
        return block.start <= row.start < block.end
    return block.start <= row.start and (row.end or row.start) <= block.end


def settle_lengths(rows: list[ParsedRow], cursor: int, problems: list[Problem]) -> int:
    """Fill duration, hard_start and stated_duration as the cascade will read them, for
    rows that follow on from ``cursor``; returns where they end."""
    for row in rows:
        assert row.start is not None
        if row.marker:
            row.hard_start = row.start
            continue
        row.hard_start = row.start if row.start != cursor else None
        printed = row.end - row.start if row.end is not None else None
        if row.stated is not None and printed is not None and row.stated != printed:
            row.stated_duration = row.stated
            problems.append(Problem(row.where, Said("stated_differs", stated=row.stated,
                                                    minutes=printed), ProblemKind.KEPT))
        if row.children:
            end = settle_lengths(row.children, row.start, problems)
            if row.end is not None and end != row.end:
                problems.append(Problem(row.where, Said("block_longer", printed=_hhmm(row.end),
                                                        end=_hhmm(end)), ProblemKind.ADJUSTED))
            cursor = end
        else:
            row.duration = printed
            cursor = row.end if row.end is not None else row.start
    return cursor


def _joined(cells: list[str]) -> str:
    return row_text(SourceRow("", tuple(cells)))


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
