"""Excel workbooks brought in: the planner's own run sheets, and programmes in a simple
one-row-per-agenda-row layout (the template), with a column mapping for other layouts.

A workbook is a zip of XML files, and a hostile one can be a zip bomb or an XML entity
attack. Before openpyxl reads anything, the file's size, its members' unpacked sizes and
their compression ratios are checked; openpyxl parses through defusedxml (a dependency),
which refuses entity declarations. Cells are read as the values Excel saved for them:
a formula is never evaluated, and its text never comes back as a formula. The sheet's
own ``dimension`` tag is not trusted (a wrong one would drop rows). An import is read
whole or refused whole.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.imports.messages import Said
from planner.imports.model import (
    ImportRefused,
    ParsedImport,
    ParsedSession,
    Problem,
    SourceRow,
    unused_rows,
)
from planner.imports.runsheet import (
    clean,
    guess_language,
    is_header,
    parse_rows,
    read_interpretation,
)
from planner.imports.times import TimeCellError, read_time_cell
from planner.text_clean import clean_text

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
MAX_MEMBERS = 2000
MAX_ROWS = 20_000
"""Rows of all sheets together; a programme is far smaller, so more means the wrong file."""

FIELDS = ("date", "start", "end", "duration", "session", "room", "content", "remarks",
          "interpretation")
"""The template's columns; content and start are needed, the others are optional."""

_HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("date", "day", "날짜", "일자"),
    "start": ("start", "from", "시작", "시작시간"),
    "end": ("end", "to", "until", "종료", "종료시간", "끝"),
    "duration": ("duration", "minutes", "length", "소요", "소요시간", "시간(분)", "분"),
    "session": ("session", "세션", "행사", "회의"),
    "room": ("room", "venue", "회의실", "장소"),
    "content": ("content", "contents", "item", "programme", "program", "내용"),
    "remarks": ("remarks", "notes", "note", "비고"),
    "interpretation": ("interpretation", "통역"),
}
_MODES = (("순차", "consecutive"), ("consecutive", "consecutive"), ("동시", "simultaneous"),
          ("simultaneous", "simultaneous"), ("근접", "whispered"), ("위스퍼", "whispered"),
          ("whisper", "whispered"), ("시통역", "sight"), ("sight", "sight"))
_DAY_OVERVIEW = ("회의실별 일정", "Overview: rooms by time")
"""The title of the day overview sheet that opens the planner's own run sheet workbook."""
_COLUMN = re.compile(r"^[A-Z]{1,3}$")
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>]")
_STRING_TAG = re.compile(rb"<(?:\w+:)?si[\s>]")
_DECLARATIONS = tuple(word.encode(encoding) for word in ("<!ENTITY", "<!DOCTYPE")
                      for encoding in ("ascii", "utf-16-le", "utf-16-be"))
MAX_COLUMNS = 40
"""Columns read from each sheet; a run sheet has three, a venue sheet twelve."""
MAX_STRINGS = 5 * MAX_ROWS
_FAR_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?r=\"(?:[A-Z]{3}|[B-Z][A-Z]|A[O-Z])\d")
"""A cell reference past column AN (the 40th): three letters, or two from AO on."""
_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s>/]")
MAX_CELLS = 10 * MAX_ROWS
_BROKEN = (OSError, KeyError, ValueError, TypeError, AttributeError, IndexError, SyntaxError,
           zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError, zlib.error)
"""What openpyxl and defusedxml raise for a broken or hostile file (an XML parse error is a
SyntaxError; defusedxml's refusals are ValueErrors)."""


@dataclass(frozen=True)
class ColumnMap:
    """Which column (0-based) holds which field of the template, and the header row."""

    columns: dict[str, int] = field(default_factory=dict)
    header_row: int = 1
    """1-based row of the column names; data starts below it."""

    @classmethod
    def parse(cls, text: str, header_row: int = 1) -> ColumnMap:
        """``content=C,start=A,end=B`` (letters or 1-based numbers)."""
        columns: dict[str, int] = {}
        for part in filter(None, (p.strip() for p in text.split(","))):
            name, _, column = part.partition("=")
            name, column = name.strip().lower(), column.strip().upper()
            if name not in FIELDS:
                raise ImportRefused(f"--columns: {name!r} is not one of {', '.join(FIELDS)}")
            if column.isdigit() and int(column) >= 1:
                columns[name] = int(column) - 1
            elif _COLUMN.match(column):
                columns[name] = _column_index(column)
            else:
                raise ImportRefused(f"--columns: {column!r} is not a column (A, B, … or 1, 2, …)")
        return cls(columns, header_row)


# -- reading a workbook safely ----------------------------------------------------------


def check_archive(path: str | os.PathLike[str]) -> None:
    """Refuse a file that is not a workbook, or is too big, or unpacks too far."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRefused(Said("unreadable", path=path, reason=exc.strerror)) from None
    if size > MAX_FILE_BYTES:
        raise ImportRefused(Said("too_big", path=path, mb=size / 1048576,
                                 limit=MAX_FILE_BYTES // 1048576))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise ImportRefused(Said("not_workbook", path=path)) from None
    if len(members) > MAX_MEMBERS:
        raise ImportRefused(Said("too_many_parts", path=path, n=len(members)))
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRefused(Said("unpacks_too_far", path=path, mb=unpacked / 1048576,
                                 limit=MAX_UNPACKED_BYTES // 1048576))
    for member in members:
        if member.file_size and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise ImportRefused(Said("zip_bomb", path=path, part=member.filename,
                                     ratio=MAX_RATIO, size=member.file_size,
                                     packed=member.compress_size))
    try:
        _scan_parts(path, members)
    except _BROKEN as exc:
        raise ImportRefused(Said("broken_workbook", path=path, reason=_reason(exc))) from None


def _scan_parts(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """One streaming pass over every part, whatever its name, before any parser sees it:
    entity declarations are refused (defusedxml would refuse them too), and rows, shared
    strings and cells far to the right are counted, so that a sheet far too long or wide is
    refused without being parsed."""
    rows = strings = cells = 0
    with zipfile.ZipFile(path) as archive:
        for member in members:
            tail = b""
            with archive.open(member) as part:
                while chunk := part.read(1 << 20):
                    window = tail + chunk
                    if any(word in window for word in _DECLARATIONS):
                        raise ImportRefused(Said("entities", path=path, part=member.filename))
                    if _FAR_CELL.search(window):
                        raise ImportRefused(Said("too_wide", path=path, part=member.filename,
                                                 column=_column_letters(MAX_COLUMNS - 1)))
                    rows += len(_ROW_TAG.findall(window, len(tail)))
                    strings += len(_STRING_TAG.findall(window, len(tail)))
                    cells += len(_CELL_TAG.findall(window, len(tail)))
                    tail = chunk[-32:]
            if rows > MAX_ROWS:
                raise ImportRefused(Said("too_many_rows", path=path, limit=MAX_ROWS))
            if cells > MAX_CELLS:
                raise ImportRefused(Said("too_many_cells", path=path, limit=MAX_CELLS))
            if strings > MAX_STRINGS:
                raise ImportRefused(Said("too_many_texts", path=path, limit=MAX_STRINGS))


def read_sheets(path: str | os.PathLike[str]) -> list[tuple[str, list[SourceRow]]]:
    """Every sheet's rows as text cells, after the archive checks; values as Excel saved them."""
    import openpyxl
    import openpyxl.xml

    if not openpyxl.xml.DEFUSEDXML:
        raise ImportRefused(Said("no_defusedxml"))
    check_archive(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except ImportRefused:
        raise
    except _BROKEN as exc:
        raise ImportRefused(Said("broken_workbook", path=path, reason=_reason(exc))) from None
    sheets: list[tuple[str, list[SourceRow]]] = []
    total = 0
    try:
        for sheet in book.worksheets:
            sheet.reset_dimensions()  # the file's dimension tag may lie; read every row
            rows: list[SourceRow] = []
            for number, values in enumerate(
                    sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
                total += 1
                if total > MAX_ROWS:
                    raise ImportRefused(Said("too_many_rows", path=path, limit=MAX_ROWS))
                cells = tuple(_text(v) for v in values)
                if any(cells):
                    rows.append(SourceRow(f"sheet {sheet.title!r} row {number}", cells))
            sheets.append((sheet.title, rows))
    except ImportRefused:
        raise
    except _BROKEN as exc:
        raise ImportRefused(Said("broken_workbook", path=path, reason=_reason(exc))) from None
    finally:
        book.close()
    return sheets


def _reason(exc: BaseException) -> str:
    cause: BaseException | None = exc
    while cause is not None:  # openpyxl wraps what defusedxml refused
        name = type(cause).__name__
        if "Entities" in name or "DTD" in name or "External" in name:
            return "it declares XML entities, which are refused"
        cause = cause.__cause__ or cause.__context__
    return str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.date() == dt.date(1900, 1, 1) and value.time() == dt.time(0):
            return "24:00"  # Excel's 1.0: a time cell of 24:00
        if value.time() == dt.time(0) and value.date() != dt.date(1899, 12, 30):
            return value.date().isoformat()
        return value.strftime("%H:%M")
    if isinstance(value, dt.timedelta):  # a [h]:mm cell
        minutes = round(value.total_seconds() / 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_text(str(value))  # a cell may hold a control character (_x0007_)


# -- what kind of workbook ---------------------------------------------------------------


def parse_workbook(path: str | os.PathLike[str], *, columns: ColumnMap | None = None,
                   language: str | None = None) -> ParsedImport:
    """A workbook's sessions: the planner's run sheet (one sheet per session) or a template."""
    sheets = read_sheets(path)
    source = str(path)
    lang = language or guess_language(row for _, rows in sheets for row in rows)
    if columns is not None:
        return parse_template(sheets, columns, source, language)
    if any(_venue_header(rows) for _, rows in sheets):
        return parse_venue_sheet(sheets, source, lang)
    if any(_is_run_sheet(rows) for _, rows in sheets):
        result = ParsedImport(source, language=lang)
        # The planner's own run sheet names each sheet after its session's key; a sheet
        # of another workbook ("Sheet1") names nothing.
        own = any(row.cells[0] in _DAY_OVERVIEW for _, rows in sheets for row in rows[:3])
        for title, rows in sheets:
            if not _is_run_sheet(rows):
                result.unused.extend(unused_rows(rows))
                continue
            part = parse_rows(rows, source, language=lang, session=ParsedSession(
                f"sheet {title!r}", key=title if own else ""))
            result.sessions.extend(part.sessions)
            result.problems.extend(part.problems)
            result.unused.extend(part.unused)
        return result
    for _, rows in sheets:
        for row in rows[:10]:
            found = header_columns(row.cells)
            if "content" in found and "start" in found:
                number = int(row.where.rsplit(" ", 1)[1])
                return parse_template(sheets, ColumnMap(found, number), source, language)
    raise ImportRefused(Said("unknown_layout", path=source, fields=", ".join(FIELDS)))


def _is_run_sheet(rows: list[SourceRow]) -> bool:
    return any(is_header(row.cells[:3]) for row in rows[:40])


def header_columns(cells: tuple[str, ...]) -> dict[str, int]:
    """Template fields found among a row's cells, by their names in Korean or English."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        word = "".join(cell.split()).lower()
        for name, words in _HEADER_NAMES.items():
            if word in words and name not in found:
                found[name] = index
    return found


def parse_template(sheets: list[tuple[str, list[SourceRow]]], columns: ColumnMap,
                   source: str, language: str | None) -> ParsedImport:
    """One agenda row per spreadsheet row; rows are grouped into sessions by the session
    column (or by date and room when there is none). A row without a start belongs to the
    row above, as in a pasted run sheet."""
    if "content" not in columns.columns or "start" not in columns.columns:
        raise ImportRefused(Said("template_needs", path=source))
    content = columns.columns["content"]
    language = language or guess_language(
        SourceRow(row.where, ("", _cell(row.cells, content))) for _, rows in sheets
        for row in rows)
    result = ParsedImport(source, language=language)
    groups: dict[tuple[str, ...], list[SourceRow]] = {}
    heads: dict[tuple[str, ...], ParsedSession] = {}
    group: tuple[str, ...] | None = None
    for title, rows in sheets:
        for row in rows:
            number = int(row.where.rsplit(" ", 1)[1])
            if number <= columns.header_row:
                continue
            values = {name: _cell(row.cells, index) for name, index in columns.columns.items()}
            if not any(values.values()):
                continue
            where = f"sheet {title!r} row {number}"
            if "start" in columns.columns:  # the time is what is most often at fault
                where += f", cell {_column_letters(columns.columns['start'])}{number}"
            time_text = _time_text(values)
            said = (values.get("session", ""), values.get("date", ""), values.get("room", ""))
            if time_text or group is None or any(said):
                group = said
            if group not in heads:
                heads[group] = _session_head(where, values, result.problems)
            groups.setdefault(group, []).append(SourceRow(
                where, (time_text, values.get("content", ""), values.get("remarks", ""))))
    for key, rows in groups.items():
        part = parse_rows(rows, source, language=language, session=heads[key], table=True)
        result.sessions.extend(part.sessions)
        result.problems.extend(part.problems)
    return result


def _cell(cells: tuple[str, ...], index: int) -> str:
    return cells[index].strip() if index < len(cells) else ""


def _time_text(values: dict[str, str]) -> str:
    """The row's time as a run sheet prints it; "" when it has no start."""
    start, end, minutes = values.get("start", ""), values.get("end", ""), values.get("duration", "")
    if not start:
        return ""
    if end:
        return f"{start}~{end}"
    if minutes:
        return f"{start} ({minutes}분)"
    return start


def _session_head(where: str, values: dict[str, str], problems: list[Problem]) -> ParsedSession:
    name = values.get("session", "")
    head = ParsedSession(where, title=name, room=values.get("room", ""))
    if name and re.fullmatch(r"[a-z0-9][a-z0-9\-_.]*", name):
        head.key, head.title = name, ""
    if values.get("date"):
        try:
            head.date = dt.date.fromisoformat(values["date"][:10])
        except ValueError:
            problems.append(Problem(where, Said("not_a_date", value=values["date"])))
    mode_text = values.get("interpretation", "").lower()
    mode = next((m for word, m in _MODES if word in mode_text), None)
    if mode:
        head.interpretation_mode = mode
        head.interpretation_languages = ("ko", "en")
    return head


def _column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + (ord(letter) - 64)
    return index - 1



# -- the planner's venue sheet -----------------------------------------------------------

_VENUE_COLUMNS = {"room": ("회의실(층)", "room(floor)"), "time": ("시간", "time"),
                  "session": ("세션", "session"), "on_site": ("현장인원", "onsite"),
                  "remote": ("화상참여", "remote"), "interpretation": ("통역", "interpretation")}
_NO_ROOM = ("회의실 미정", "No room yet")
_CLOSED_MARKS = (" (비공개)", " (closed)")


def _venue_header(rows: list[SourceRow]) -> tuple[int, dict[str, int]] | None:
    """(row number, column of each field) of a venue sheet's heading row."""
    for row in rows[:6]:
        words = ["".join(c.split()).lower() for c in row.cells]
        found = {name: words.index(w) for name, forms in _VENUE_COLUMNS.items()
                 for w in forms if w in words}
        if len(found) == len(_VENUE_COLUMNS):
            return int(row.where.rsplit(" ", 1)[1]), found
    return None


def parse_venue_sheet(sheets: list[tuple[str, list[SourceRow]]], source: str,
                      language: str) -> ParsedImport:
    """The planner's venue sheet back: one session per row of each day's sheet (the day is
    the sheet's name), with its room, times, headcounts and interpretation. Who interprets
    is not on a venue sheet, so no interpreter comes back."""
    result = ParsedImport(source, language=language)
    for title, rows in sheets:
        header = _venue_header(rows)
        if header is None:
            result.unused.extend(unused_rows(rows))
            continue
        number, columns = header
        try:
            day = dt.date.fromisoformat(title)
        except ValueError:
            result.problems.append(Problem(f"sheet {title!r}", Said("sheet_not_day")))
            continue
        for row in rows:
            if int(row.where.rsplit(" ", 1)[1]) <= number:
                continue
            values = {name: _cell(row.cells, index) for name, index in columns.items()}
            if not values["time"]:  # the day's totals
                continue
            session = _venue_session(row.where, day, values, result.problems)
            if session is not None:
                result.sessions.append(session)
    return result


def _venue_session(where: str, day: dt.date, values: dict[str, str],
                   problems: list[Problem]) -> ParsedSession | None:
    first_line = values["time"].split("\n")[0]
    try:
        cell = read_time_cell(first_line)
    except TimeCellError as exc:
        problems.append(Problem(where, exc.args[0]))
        return None
    if cell is None or cell.end is None:
        problems.append(Problem(where, Said("not_a_range", cell=first_line)))
        return None
    title = clean(values["session"])
    closed = title.endswith(_CLOSED_MARKS)
    for mark in _CLOSED_MARKS:
        title = title.removesuffix(mark)
    mode, languages = read_interpretation(values["interpretation"])
    counts = []
    for name in ("on_site", "remote"):
        text = values[name] or "0"
        if not text.isdigit():
            problems.append(Problem(where, Said("not_people", value=text)))
            return None
        counts.append(int(text))
    room = "" if values["room"] in _NO_ROOM else values["room"]
    return ParsedSession(where, title=title, closed=closed, date=day, start=cell.start,
                         end=cell.end, room=room, interpretation_mode=mode,
                         interpretation_languages=languages, on_site=counts[0],
                         remote=counts[1])
