"""The run sheet's overview of rooms by time, read as a timetable: a heading per day, the
sessions that start together on one row, time ranges whole, columns as wide as their content."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from db.document import EventDocument, build_new_file
from db.interchange import import_event
from db.loading import LoadedEvent, load_event
from exports.document import Paragraph, Table, display_width
from exports.pdf import write_pdf
from exports.runsheet import build_run_sheet
from exports.xlsx import write_xlsx

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) not installed")

ROOMS = [("hall-a", "그랜드볼룸 A"), ("hall-b", "그랜드볼룸 B"), ("hall-c", "그랜드볼룸 C"),
         ("lounge", "라운지")]


def _session(key: str, title: str, date: str, start: str, end: str, room: str,
             mode: str = "none") -> dict[str, Any]:
    return {"key": key, "title": {"ko": title}, "date": date, "start": start, "end": end,
            "room": room, "interpretation": {"mode": mode, "languages": ["ko", "ja"]},
            "items": []}


FORUM: dict[str, Any] = {
    "format": "agenda-planner.event/1",
    "event": {"title": {"ko": "한일 포럼"}, "timezone": "Asia/Seoul", "languages": ["ko", "ja"]},
    "rooms": [{"key": k, "name": {"ko": n}, "floor": "3F"} for k, n in ROOMS],
    "interpreters": [],
    "sessions": [
        _session("registration", "등록", "2026-09-10", "08:30", "09:20", "lounge"),
        _session("energy", "에너지 전환과 배터리 공급망에 관한 한일 공동 세션", "2026-09-10",
                 "10:00", "12:30", "hall-a", "simultaneous"),
        _session("ai", "인공지능 세션", "2026-09-10", "10:00", "12:30", "hall-b", "consecutive"),
        _session("bio", "바이오 세션", "2026-09-10", "10:00", "12:00", "hall-c", "consecutive"),
        _session("dinner", "만찬", "2026-09-10", "18:00", "20:00", "lounge"),
        _session("closing", "폐회", "2026-09-11", "09:00", "10:00", "hall-a", "simultaneous"),
    ],
}


@pytest.fixture
def forum(tmp_path: Path) -> LoadedEvent:
    path = build_new_file(tmp_path / "forum.agenda", lambda doc: import_event(doc, FORUM))
    with EventDocument.open(path, read_only=True) as doc:
        return load_event(doc)


def test_the_overview_has_a_heading_per_day_and_a_row_per_start(forum: LoadedEvent) -> None:
    overview = build_run_sheet(forum, [], "ko").sections[0]
    blocks = overview.blocks
    headings = [b.text for b in blocks if isinstance(b, Paragraph) and b.role == "heading"]
    assert headings == ["'26.9.10.(목)", "'26.9.11.(금)"]
    first, second = [b for b in blocks if isinstance(b, Table)]
    assert blocks.index(first) == blocks.index(Paragraph("'26.9.10.(목)", "heading")) + 1
    times = [row[0].text for row in first.rows]
    assert times == ["08:30~09:20", "10:00~12:30", "18:00~20:00"]  # no date in a row
    parallel = [cell.text.split("\n") for cell in first.rows[1][1:]]
    assert parallel[0][0] == "에너지 전환과 배터리 공급망에 관한 한일 공동 세션"
    assert parallel[1][0] == "인공지능 세션"
    assert parallel[2][:2] == ["10:00~12:00", "바이오 세션"]  # ends before the row does
    assert parallel[3] == [""]
    assert [row[0].text for row in second.rows] == ["09:00~10:00"]
    assert first.columns == second.columns  # the days line up
    widths = {c.title: c.width for c in first.columns}
    assert first.columns[0].nowrap
    assert widths["그랜드볼룸 A (3F)"] > widths["그랜드볼룸 B (3F)"] > widths["라운지 (3F)"]


@needs_poppler
def test_the_pdf_overview_keeps_each_time_range_and_date_whole(forum: LoadedEvent,
                                                               tmp_path: Path) -> None:
    pdf = write_pdf(build_run_sheet(forum, [], "ko"), tmp_path / "rs.pdf")
    page = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    lines = page.splitlines()
    for time in ("08:30~09:20", "10:00~12:30", "18:00~20:00", "09:00~10:00"):
        assert any(time in line for line in lines), (time, page)
    assert page.count("'26.9.10.(목)") == 1 and page.count("'26.9.11.(금)") == 1
    # the three parallel sessions are one row: their cells beside its time, not below it
    row = next(n for n, line in enumerate(lines) if "10:00~12:30" in line)
    beside = [n for n, line in enumerate(lines)
              if any(t in line for t in ("에너지", "인공지능 세션", "바이오 세션"))]
    assert len(beside) >= 2 and min(beside) <= row <= max(beside) <= row + 4, page


def test_the_xlsx_overview_sizes_its_columns_to_their_content(forum: LoadedEvent,
                                                              tmp_path: Path) -> None:
    book = load_workbook(write_xlsx(build_run_sheet(forum, [], "ko"), tmp_path / "rs.xlsx"))
    ws = book["회의실별 일정"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert [r[0] for r in values].count("'26.9.10.(목)") == 1
    row = next(r for r in values if r[0] == "10:00~12:30")
    assert all(row[1:4]) and not row[4]
    width = {c: ws.column_dimensions[c].width for c in "ABCDE"}
    assert width["A"] >= display_width("10:00~12:30") + 2
    assert display_width("라운지 (3F)") < width["E"] < width["C"] <= width["B"]
