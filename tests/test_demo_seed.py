"""The demo event is a faithful transcription of the seed run sheets.

Every timed row of the five 세부 일정 tables in the seed
(``../shared/seeds/003_a897207029e06c92.txt``) is checked, in order, against the
demo event built into an event file: the printed start and end, the ('N)
duration, the row's text and mark, and its 비고. Untimed continuation lines (a
line starting with a tab under a timed row) must be in that row's details and
remarks; ``(12:25~)`` is a marker at 12:25.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from db.demo import write_demo
from db.document import EventDocument
from db.loading import load_event

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "003_a897207029e06c92.txt"

ROW_MARKS = "○□-.※•"
_LEADING_MARK = re.compile(rf"^([{re.escape(ROW_MARKS)}])(?:\s+|$)")
_TIMED = re.compile(r"^(\d{2}:\d{2})~(\d{2}:\d{2}) \('(\d+)\)$")
_MARKER = re.compile(r"^\((\d{2}:\d{2})~\)$")
_WHEN = re.compile(r"'(\d{2})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?\s*\([^)]*\)\s*"
                   r"(\d{2}:\d{2})\s*~\s*(\d{2}:\d{2})")
_HTML = re.compile(r"<[^>]*>")
_SECTION_NUMBER = re.compile(r"^[\d-]+$")
_DEFAULT_BULLET = {0: "○"}
"""The mark a row prints when its item gives none: ○ at the top level, - below."""

# The interpretation line of an overview, most specific wording first.
_INTERPRETATION_WORDS = (("근접 통역", "whispered"), ("순차통역", "consecutive"),
                         ("동시통역", "simultaneous"))


def normalise(text: str) -> str:
    """Whitespace collapsed to single spaces, html tags dropped."""
    return " ".join(_HTML.sub(" ", text).split())


def minutes(hhmm: str) -> int:
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


@dataclass
class SeedRow:
    line_no: int
    time_text: str
    start: int
    end: int | None
    """None for a marker."""
    duration: int | None
    """The printed ('N); None for a marker."""
    mark: str
    """The printed row mark, "" when the row has none."""
    content: str
    """The 내용 column without its leading mark."""
    remark: str
    continuation_contents: list[str] = field(default_factory=list)
    continuation_remarks: list[str] = field(default_factory=list)

    @property
    def marker(self) -> bool:
        return self.end is None

    @property
    def where(self) -> str:
        return f"seed line {self.line_no} ({self.time_text} {self.content[:30]!r})"


@dataclass
class SeedSection:
    line_no: int
    title: str | None
    closed: bool
    date: dt.date
    start: int
    end: int
    interpretation: str | None
    rows: list[SeedRow]


def _split_mark(content: str) -> tuple[str, str]:
    content = normalise(content)
    match = _LEADING_MARK.match(content)
    if not match:
        return "", content
    return match.group(1), content[match.end():]


def read_seed(path: Path) -> list[SeedSection]:
    """The run-sheet sections of the seed (the press release before them is skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    starts = [i for i, line in enumerate(lines) if "행사 개요" in line]
    sections = []
    for n, begin in enumerate(starts):
        finish = starts[n + 1] if n + 1 < len(starts) else len(lines)
        sections.append(_read_section(lines, begin, finish))
    return sections


def _read_section(lines: list[str], begin: int, finish: int) -> SeedSection:
    # The title and (비공개) are printed just above the overview, after the previous table.
    preamble: list[str] = []
    i = begin - 1
    while i >= 0 and "\t" not in lines[i]:
        if lines[i].strip():
            preamble.insert(0, lines[i].strip())
        i -= 1
    closed = any("비공개" in line for line in preamble)
    title_lines = [line.replace("(비공개)", "").strip() for line in preamble
                   if not _SECTION_NUMBER.match(line)]
    title = normalise(" ".join(t for t in title_lines if t)) or None

    when = None
    interpretation = None
    rows: list[SeedRow] = []
    for line_no in range(begin, finish):
        line = lines[line_no]
        if when is None and "일시/장소" in line:
            when = _WHEN.search(line)
        if interpretation is None and "※ 한영" in line and not rows:
            interpretation = next((mode for word, mode in _INTERPRETATION_WORDS if word in line),
                                  None)
        if "\t" not in line:
            continue
        cells = line.split("\t") + ["", ""]
        time_cell, content, remark = cells[0].strip(), cells[1], cells[2]
        if normalise(line) == "시 간 내 용 비 고":
            continue
        if time_cell == "":  # an untimed line continuing the row above
            assert rows, f"seed line {line_no + 1}: a continuation line before any timed row"
            rows[-1].continuation_contents.append(normalise(content))
            if normalise(remark):
                rows[-1].continuation_remarks.append(normalise(remark))
            continue
        mark, text = _split_mark(content)
        timed = _TIMED.match(time_cell)
        marker = _MARKER.match(time_cell)
        assert timed or marker, f"seed line {line_no + 1}: unreadable time {time_cell!r}"
        if timed:
            row = SeedRow(line_no + 1, time_cell, minutes(timed.group(1)),
                          minutes(timed.group(2)), int(timed.group(3)), mark, text,
                          normalise(remark))
        else:
            row = SeedRow(line_no + 1, time_cell, minutes(marker.group(1)), None, None, mark,
                          text, normalise(remark))
        rows.append(row)
    assert when is not None, f"seed line {begin + 1}: the overview has no (일시/장소) line"
    year, month, day, start, end = when.groups()
    return SeedSection(begin + 1, title, closed, dt.date(2000 + int(year), int(month), int(day)),
                       minutes(start), minutes(end), interpretation, rows)


# -- fixtures ------------------------------------------------------------------------


@pytest.fixture
def seed_sections() -> list[SeedSection]:
    if not SEED.is_file():
        pytest.skip(f"the seed run sheets are not here: {SEED} (the shared seeds folder sits "
                    f"next to the repository)")
    sections = read_seed(SEED)
    assert len(sections) == 5, "the seed has five sessions"
    assert [len(s.rows) for s in sections] == [7, 13, 8, 8, 9], "rows per seed session"
    return sections


@pytest.fixture
def loaded(tmp_path):
    path = write_demo(tmp_path / "demo.agenda")
    with EventDocument.open(path) as doc:
        yield load_event(doc)


def _session_for(loaded, section: SeedSection):
    matches = [s for s in loaded.sessions
               if (s.date, s.start_min, s.end_min) == (section.date, section.start, section.end)]
    programme = [f"{s.key} {s.date} {_hhmm(s.start_min)}~{_hhmm(s.end_min)}"
                 for s in loaded.sessions]
    assert len(matches) == 1, (
        f"seed line {section.line_no}: expected one session on {section.date} "
        f"{_hhmm(section.start)}~{_hhmm(section.end)}, found {[s.key for s in matches]} "
        f"in {programme}")
    return matches[0]


def _hhmm(value: int | None) -> str:
    return "--:--" if value is None else f"{value // 60:02d}:{value % 60:02d}"


# -- tests ---------------------------------------------------------------------------


def test_every_seed_session_is_a_demo_session(seed_sections, loaded):
    assert len(loaded.sessions) == len(seed_sections)
    keys = {_session_for(loaded, section).key for section in seed_sections}
    assert len(keys) == len(seed_sections)
    for section in seed_sections:
        session = _session_for(loaded, section)
        assert session.closed == section.closed, f"{session.key}: 비공개 is {section.closed}"
        if section.title is not None:
            assert session.title.get("ko") == section.title, session.key
        if section.interpretation is not None:
            assert session.interpretation_mode == section.interpretation, session.key
            assert list(session.interpretation_languages) == ["ko", "en"], session.key


def test_every_timed_row_matches_the_seed(seed_sections, loaded):
    for section in seed_sections:
        session = _session_for(loaded, section)
        cascade = loaded.cascade(session)
        nodes = loaded.walk(session)
        assert len(cascade.rows) == len(nodes)
        assert len(nodes) == len(section.rows), (
            f"{session.key}: {len(nodes)} rows in the demo, {len(section.rows)} in the seed")
        for seed, timed, node in zip(section.rows, cascade.rows, nodes, strict=True):
            item = node.item
            where = f"{session.key}: {seed.where}"
            assert _hhmm(timed.start) == _hhmm(seed.start), f"{where}: start"
            if seed.marker:
                assert item.marker, f"{where}: should be a marker"
                assert timed.end == timed.start, f"{where}: a marker has no length"
            else:
                assert not item.marker, f"{where}: should not be a marker"
                assert _hhmm(timed.end) == _hhmm(seed.end), f"{where}: end"
                printed = (item.stated_duration if item.stated_duration is not None
                           else timed.end - timed.start)
                assert printed == seed.duration, f"{where}: printed duration ('N)"

            title = item.title.get("ko", "")
            details = item.details.get("ko", "")
            assert normalise(title), f"{where}: no Korean title"
            assert normalise(f"{title} {details}") == normalise(
                " ".join([seed.content, *seed.continuation_contents])), f"{where}: text"
            for continuation in seed.continuation_contents:
                assert continuation in normalise(details), (
                    f"{where}: continuation line {continuation!r} not in the details")

            remarks = normalise(item.remarks.get("ko", ""))
            assert remarks == normalise(" ".join([seed.remark, *seed.continuation_remarks])), (
                f"{where}: 비고")
            for continuation in seed.continuation_remarks:
                assert continuation in remarks, (
                    f"{where}: continuation 비고 {continuation!r} not in the remarks")


def test_every_row_prints_the_seed_mark(seed_sections, loaded):
    for section in seed_sections:
        session = _session_for(loaded, section)
        cascade = loaded.cascade(session)
        for seed, timed, node in zip(section.rows, cascade.rows, loaded.walk(session),
                                     strict=True):
            bullet = node.item.bullet
            if bullet is None:
                bullet = _DEFAULT_BULLET.get(timed.depth, "-")
            assert bullet == seed.mark, f"{session.key}: {seed.where}: row mark"


def test_every_row_text_has_korean_and_english(seed_sections, loaded):
    for section in seed_sections:
        session = _session_for(loaded, section)
        for node in loaded.walk(session):
            item = node.item
            for name in ("title", "details", "remarks"):
                texts = getattr(item, name)
                if name == "title" or texts:
                    assert normalise(texts.get("ko", "")) and normalise(texts.get("en", "")), (
                        f"{session.key}: {item.title.get('ko')!r} {name} needs ko and en")
