"""Interpreter assignment sheets, the combined book, the roster and the calendars, read back.

PDFs go through ``pdftotext -layout`` and ``pdffonts`` (poppler), the roster through
openpyxl, the calendars through ``icalendar.Calendar.from_ical``: what is checked is what
an interpreter or a coordinator would see in the files.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from db.demo import write_demo
from db.document import EventDocument, build_new_file
from db.interchange import import_event
from db.loading import LoadedEvent, load_event
from exports.bundle import export_all
from exports.interpreters import (build_calendar, build_interpreter_book,
                                  build_interpreter_sheet, build_roster)
from exports.pdf import render_pdf
from exports.xlsx import render_xlsx
from planner.rules import check_plan
from tests.conftest import SMALL_EVENT

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdftotext", "pdffonts", "pdfinfo")),
    reason="needs poppler-utils (pdftotext, pdffonts, pdfinfo)")

SEOUL = ZoneInfo("Asia/Seoul")
STAMP = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.timezone.utc)
HOSTILE = '<font color=red>&amp; =HYPERLINK("x")'


# --- helpers -----------------------------------------------------------------------------------

def load(path: Path) -> LoadedEvent:
    with EventDocument.open(path, read_only=True) as doc:
        return load_event(doc)


def interpreter(loaded: LoadedEvent, key: str) -> Any:
    return next(i for i in loaded.interpreters if i.key == key)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def line_with(text: str, *needles: str) -> str:
    """The one printed line that holds every needle (a table row's first line)."""
    lines = [ln for ln in text.splitlines() if all(n in ln for n in needles)]
    assert len(lines) == 1, f"{needles} on {len(lines)} lines of:\n{text}"
    return lines[0]


def pdf_literal(raw: bytes) -> str:
    """A PDF literal string's text: escapes undone, UTF-16 (with its BOM) decoded."""
    out, i = bytearray(), 0
    simple = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
              ord("f"): b"\f"}
    while i < len(raw):
        if raw[i] != 0x5C:
            out.append(raw[i])
            i += 1
            continue
        nxt = raw[i + 1]
        if 0x30 <= nxt <= 0x37:
            digits = re.match(rb"[0-7]{1,3}", raw[i + 1:i + 4]).group(0)  # type: ignore[union-attr]
            out.append(int(digits, 8) & 0xFF)
            i += 1 + len(digits)
        else:
            out += simple.get(nxt, bytes([nxt])) if nxt != 0x0A else b""
            i += 2
    data = bytes(out)
    return data[2:].decode("utf-16-be") if data.startswith(b"\xfe\xff") else data.decode("latin-1")


def outline(pdf: bytes) -> list[tuple[str, int]]:
    """The outline entries of a reportlab PDF: (title, object number of the page it opens)."""
    entries = []
    for obj in re.findall(rb"\d+ 0 obj\s*<<(.*?)>>\s*endobj", pdf, re.S):
        if b"/Parent" in obj and b"/Title" in obj:
            title = re.search(rb"/Title \(((?:\\.|[^\\)])*)\)", obj, re.S)
            dest = re.search(rb"/Dest \[ (\d+) 0 R", obj)
            assert title and dest
            entries.append((pdf_literal(title.group(1)), int(dest.group(1))))
    return entries


def page_objects(pdf: bytes) -> list[int]:
    kids = re.search(rb"/Kids \[([^\]]*)\][^>]*/Type /Pages", pdf)
    assert kids
    return [int(n) for n in re.findall(rb"(\d+) 0 R", kids.group(1))]


def small_file(tmp_path: Path, change: Any = None) -> Path:
    data = copy.deepcopy(SMALL_EVENT)
    if change:
        change(data)
    return build_new_file(tmp_path / "small.agenda", lambda doc: import_event(doc, data))


# --- fixtures ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> LoadedEvent:
    return load(write_demo(tmp_path_factory.mktemp("demo") / "demo.agenda"))


@pytest.fixture(scope="module")
def koen1_ko(demo: LoadedEvent, tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdf = render_pdf(build_interpreter_sheet(demo, interpreter(demo, "koen-1")))
    return write(tmp_path_factory.mktemp("sheet"), "koen-1.pdf", pdf)


@pytest.fixture(scope="module")
def book_ko(demo: LoadedEvent, tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdf = render_pdf(build_interpreter_book(demo, "ko"))
    return write(tmp_path_factory.mktemp("book"), "book.pdf", pdf)


# --- the assignment sheet ----------------------------------------------------------------------

def test_sheet_lists_every_assignment_in_time_order_with_room_session_and_partner(
        koen1_ko: Path) -> None:
    text = pdf_text(koen1_ko)
    assert "통역 배정표 — 한영 통역사 1" in text
    assert "퀀텀 코리아 2026 국제협력 프로그램" in text
    assert "- (방향) 한↔영" in text
    assert "- (배정) 3건, 근무 210분" in text
    dialogue = line_with(text, "09:00~09:30")
    roundtable = line_with(text, "09:30~11:30")
    eu = line_with(text, "10:00~11:00")
    assert text.index(dialogue) < text.index(roundtable) < text.index(eu)
    assert "'26.7.1.(수)" in dialogue and "'26.7.1.(수)" in roundtable
    assert "'26.7.3.(금)" in eu
    for row in (dialogue, roundtable, eu):
        assert "한↔영" in row
    assert "한국-캐나다 정부 간 대화 (비공개)" in dialogue
    assert "순차통역" in dialogue and "역할: 순차" in dialogue
    assert "한국-캐나다 라운드테이블" in roundtable
    assert "동시통역" in roundtable and "역할: 부스" in roundtable
    assert "한영 통역사 2" in roundtable
    assert "한영 통역사 2" not in dialogue and "한영 통역사 2" not in eu
    assert "한국-EU 정부 면담 (비공개)" in eu
    assert text.count("DDP 디자인랩 서울-온 화상회의실") == 2
    assert "DDP 디자인랩 서울-온 화상" in text and "(2F)" in text
    assert "퀀텀 네트워킹 리셉션" not in text  # someone else's session
    # what each session is about, below the table
    assert "○ 한국-캐나다 정부 간 대화 (비공개)" in text
    assert ("- (목적) 정부간 고위급 면담을 통한 양국 양자산업계 지원 방안 및 지속가능한 상호 협력 "
            "방향 논의") in text
    assert "- (사회) K본부 김상우 박사" in text


def test_sheet_names_whispering_listener_and_row_of_sight_translation(
        demo: LoadedEvent, tmp_path: Path) -> None:
    ko = pdf_text(write(tmp_path, "ko.pdf", render_pdf(
        build_interpreter_sheet(demo, interpreter(demo, "koen-3")))))
    whisper = line_with(ko, "11:40~13:30")
    assert "'26.7.2.(목)" in whisper and "퀀텀 네트워킹 리셉션" in whisper
    assert "근접 통역" in whisper and "역할: 근접" in whisper
    assert "근접 통역 대상:" in ko and "차관님 (1명)" in ko
    sight = line_with(ko, "11:45~11:50")  # the welcome speech row's cascaded time
    assert "역할: 시통역" in sight
    assert "시통역:" in ko and "환영 인사 및 건배사" in ko
    assert "DDP 디자인랩 잔디사랑방" in ko and "(4F)" in ko
    en = pdf_text(write(tmp_path, "en.pdf", render_pdf(
        build_interpreter_sheet(demo, interpreter(demo, "koen-3"), "en"))))
    assert "Interpreter assignment sheet — KO-EN interpreter 3" in en
    assert "whispered" in line_with(en, "11:40~13:30")
    assert "Thu 2 Jul 2026" in line_with(en, "11:45~11:50")
    assert "Whispering to:" in en and "Vice Minister (1)" in en
    assert "Welcome address" in en and "Quantum networking" in en
    assert "(Moderator) Oh Yu-jin" in en


def test_english_sheet_says_where_only_korean_exists(tmp_path: Path) -> None:
    loaded = load(small_file(tmp_path))
    doc = build_interpreter_sheet(loaded, loaded.interpreters[0], "en")
    text = pdf_text(write(tmp_path, "en.pdf", render_pdf(doc)))
    assert "Wed 1 Jul 2026" in line_with(text, "09:00~10:00")
    closing = line_with(text, "09:50~10:00")  # the row's time from the cascade, not the session's
    assert "Role: sight" in closing
    assert "sight translation:" in text and "[in Korean] 폐회" in text
    assert "Meeting (closed)" in line_with(text, "09:00~10:00")
    assert "ko⇄en" in closing


def test_sheet_pdf_embeds_only_nanum_gothic(koen1_ko: Path, book_ko: Path) -> None:
    for path in (koen1_ko, book_ko):
        rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                              check=True).stdout.splitlines()[2:]
        assert rows
        for row in rows:
            name, emb = row.split()[0], row.split()[-5]
            assert re.fullmatch(r"[A-Z]{6}\+NanumGothic(Bold)?", name), row
            assert emb == "yes", row


def test_sheet_prints_names_in_other_scripts(tmp_path: Path) -> None:
    names = "Öztürk João Łukasz Ελένη Дмитрий 김상우"

    def rename(data: dict[str, Any]) -> None:
        data["interpreters"][0]["name"]["ko"] = names
        data["sessions"][0]["title"]["ko"] = "Ελένη Öztürk, Дмитрий"

    loaded = load(small_file(tmp_path, rename))
    path = write(tmp_path, "names.pdf",
                 render_pdf(build_interpreter_sheet(loaded, loaded.interpreters[0], "ko")))
    text = pdf_text(path)
    assert f"통역 배정표 — {names}" in text and f"{names} — 통역 배정표" in text  # title, foot
    assert text.count("Ελένη Öztürk, Дмитрий") == 2  # the session, in both of its rows
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    embedded = {row.split()[0].split("+")[1]: row.split()[-5:-3] for row in rows}
    assert embedded == {"NanumGothic": ["yes", "yes"], "NanumGothicBold": ["yes", "yes"],
                        "DejaVuSans": ["yes", "yes"], "DejaVuSans-Bold": ["yes", "yes"]}


# --- the combined book -------------------------------------------------------------------------

def test_book_starts_each_interpreter_on_a_new_page(book_ko: Path) -> None:
    starts = {}
    for page in range(1, page_count(book_ko) + 1):
        first = next(ln for ln in pdf_text(book_ko, page).splitlines() if ln.strip())
        match = re.search(r"통역 배정표 — (한영 통역사 \d)", first)
        if match:
            starts[match.group(1)] = page
    assert list(starts) == ["한영 통역사 1", "한영 통역사 2", "한영 통역사 3", "한영 통역사 4"]


def test_book_has_an_outline_entry_per_interpreter(book_ko: Path) -> None:
    titles = [title for title, _ in outline(book_ko.read_bytes())]
    assert titles == ["한영 통역사 1", "한영 통역사 2", "한영 통역사 3", "한영 통역사 4"]


def test_book_outline_entries_open_their_interpreters_page(book_ko: Path) -> None:
    pdf = book_ko.read_bytes()
    pages = page_objects(pdf)
    opened = [pages.index(obj) + 1 for _, obj in outline(pdf)]
    starts = [page for page in range(1, len(pages) + 1)
              if "통역 배정표 — 한영 통역사" in pdf_text(book_ko, page).lstrip().split("\n")[0]]
    assert opened == starts


def test_english_sheets_of_the_demo_fit_one_page_each(demo: LoadedEvent, tmp_path: Path) -> None:
    """KO-EN interpreter 1's English sheet spilled its last two lines onto a second page that
    named nobody: the room column broke "DDP Design Lab Seoul-On" so every row took four lines."""
    for person in demo.interpreters:
        path = write(tmp_path, f"{person.key}.pdf",
                     render_pdf(build_interpreter_sheet(demo, person, "en")))
        assert page_count(path) == 1, person.key
        if person.key != "koen-3":  # (who works in another room)
            assert "DDP Design Lab Seoul-On" in pdf_text(path)  # the room's first words fit


def test_every_page_of_an_interpreters_part_names_the_interpreter(tmp_path: Path) -> None:
    """A part of the book longer than a page says whose it is at the top of every page after
    its first (the foot gives the book's title, the table header no name)."""
    def busy(data: dict[str, Any]) -> None:
        data["interpreters"].append({"key": "koen-2", "name": {"ko": "한영 통역사 2",
                                                               "en": "KO-EN interpreter 2"},
                                     "languages": ["ko", "en"], "directions": ["ko>en"],
                                     "modes": ["consecutive"]})
        first = data["sessions"][0]
        data["sessions"] = []
        for n in range(36):
            session = copy.deepcopy(first)
            session.update(key=f"s{n}", date=f"2026-07-{1 + n // 9:02d}",
                           start=f"{8 + n % 9:02d}:00", end=f"{8 + n % 9:02d}:50",
                           assignments=[{"interpreter": "koen-1", "role": "consecutive"}])
            session["title"] = {"ko": f"회의 {n}", "en": f"Meeting {n}"}
            data["sessions"].append(session)
        data["sessions"][0]["assignments"].append({"interpreter": "koen-2",
                                                   "role": "consecutive"})
    loaded = load(small_file(tmp_path, busy))
    for lang, names in (("ko", ["한영 통역사 1", "한영 통역사 2"]),
                        ("en", ["KO-EN interpreter 1", "KO-EN interpreter 2"])):
        pdf = write(tmp_path, f"book-{lang}.pdf", render_pdf(build_interpreter_book(loaded, lang)))
        pages = pdf_text(pdf).split("\f")[:-1]
        assert len(pages) >= 4
        # the title says "sheet — NAME", the head of a later page "NAME — sheet (continued)"
        whose = [[n for n in names if f"— {n}" in page or f"{n} —" in page] for page in pages]
        assert whose == [[names[0]]] * (len(pages) - 1) + [[names[1]]], pages
        assert all(f"{names[0]} — " in page for page in pages[1:-1])
        sheet = write(tmp_path, f"sheet-{lang}.pdf", render_pdf(
            build_interpreter_sheet(loaded, loaded.interpreters[0], lang)))
        assert all(names[0] in page for page in pdf_text(sheet).split("\f")[:-1])


def test_book_says_when_an_interpreter_has_no_assignment(tmp_path: Path) -> None:
    def add_idle(data: dict[str, Any]) -> None:
        data["interpreters"].append({"key": "idle", "name": {"ko": "대기 통역사", "en": "Idle"},
                                     "languages": ["ko", "en"], "directions": ["ko>en"],
                                     "modes": ["consecutive"]})
    loaded = load(small_file(tmp_path, add_idle))
    doc = build_interpreter_book(loaded, "ko")
    assert [s.bookmark for s in doc.sections] == ["한영 통역사 1", "대기 통역사"]
    path = write(tmp_path, "book.pdf", render_pdf(doc))
    assert page_count(path) == 2
    idle = pdf_text(path, 2)
    assert "통역 배정표 — 대기 통역사" in idle
    assert "배정된 세션이 없습니다." in idle and "- (방향) 한→영" in idle
    en = pdf_text(write(tmp_path, "en.pdf", render_pdf(build_interpreter_book(loaded, "en"))), 2)
    assert "No assignments." in en and "(Directions) ko→en" in en


# --- the roster --------------------------------------------------------------------------------

def test_roster_reads_back_with_roles_totals_and_team_sizes(demo: LoadedEvent) -> None:
    wb = load_workbook(io.BytesIO(render_xlsx(build_roster(demo, "ko"))))
    assert wb.sheetnames == ["통역사 배정 현황"]
    rows = [list(r) for r in wb.active.iter_rows(values_only=True)]
    assert rows[1] == ["통역사", "07-01 09:00 한국-캐나다 정부 간 대화",
                       "07-01 09:30 한국-캐나다 라운드테이블", "07-02 11:40 퀀텀 네트워킹 리셉션",
                       "07-02 16:00 한국-영국 라운드테이블", "07-03 10:00 한국-EU 정부 면담",
                       "합계 (건 / 분)"]
    assert rows[2:] == [
        ["한영 통역사 1", "순차", "부스", None, None, "순차", "3 / 210"],
        ["한영 통역사 2", None, "부스", None, "부스", None, "2 / 240"],
        ["한영 통역사 3", None, None, "근접, 시통역", None, None, "2 / 110"],  # speech inside
        ["한영 통역사 4", None, None, None, "부스", None, "1 / 120"],
        # assigned / needed, on interpreted time by Korean practice: the reception's
        # whispering lasts 5 minutes before the vice minister's break, one is enough
        ["팀 인원 (배정 / 필요)", "1 / 1", "2 / 2", "1 / 1", "2 / 2", "1 / 1", "8 / 680"],
    ]
    # By AIIC's numbers the whispering needs two: the short team stands out.
    policy, demo.event.policy = demo.event.policy, {"preset": "aiic"}
    try:
        en = load_workbook(io.BytesIO(render_xlsx(build_roster(demo, "en")))).active
    finally:
        demo.event.policy = policy
    assert en.cell(2, 2).value == "07-01 09:00 Korea-Canada government dialogue"
    assert en.cell(5, 4).value == "whisper, sight"
    assert en.cell(7, 1).value == "Team size (assigned / needed)"
    assert en.cell(7, 4).value == "1 / 2"
    short, enough = en.cell(7, 4).font, en.cell(7, 3).font
    assert short.color.rgb.endswith("C00000") and not (enough.color and enough.color.rgb
                                                       and enough.color.rgb.endswith("C00000"))


def test_roster_team_size_counts_a_sessions_own_team_against_its_need(tmp_path: Path) -> None:
    """Two hours of simultaneous need a booth of two (the default policy); a row's own sight translator is no
    part of the session's booth team, and a session interpreted only in its rows shows the
    number assigned."""
    def booth(data: dict[str, Any]) -> None:
        session = data["sessions"][0]
        session.update(start="09:00", end="11:00",
                       interpretation={"mode": "simultaneous", "languages": ["ko", "en"]},
                       assignments=[{"interpreter": "koen-1", "role": "booth"}])
        quiet = copy.deepcopy(session)
        quiet.update(key="s2", date="2026-07-02", interpretation={"mode": "none"},
                     assignments=[])
        data["sessions"].append(quiet)
    loaded = load(small_file(tmp_path, booth))
    rows = list(load_workbook(io.BytesIO(render_xlsx(build_roster(loaded, "en")))).active
                .iter_rows(values_only=True))
    assert rows[-1] == ("Team size (assigned / needed)", "1 / 2", "1", "3 / 130")


# --- the calendar ------------------------------------------------------------------------------

def test_calendar_events_in_seoul_time_with_place_partner_and_stable_uid(
        demo: LoadedEvent) -> None:
    raw = build_calendar(demo, interpreter(demo, "koen-1"), stamp=STAMP)
    assert raw == build_calendar(demo, interpreter(demo, "koen-1"), stamp=STAMP)
    cal = Calendar.from_ical(raw)
    assert str(cal["prodid"]) == "-//Agenda Planner//EN" and str(cal["version"]) == "2.0"
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Seoul"]
    assert b"DTSTART;TZID=Asia/Seoul:20260701T090000" in raw
    events = cal.walk("VEVENT")
    uids = [str(e["uid"]) for e in events]
    tag = uids[0].split("/")[0]
    assert re.fullmatch(r"[0-9a-f]{12}", tag)
    assert uids == [f"{tag}/ca-dialogue/koen-1/consecutive@agenda-planner",
                    f"{tag}/ca-roundtable/koen-1/booth@agenda-planner",
                    f"{tag}/eu-meeting/koen-1/consecutive@agenda-planner"]
    dialogue, roundtable, eu = events
    start = dialogue.decoded("dtstart")
    assert start == dt.datetime(2026, 7, 1, 9, 0, tzinfo=SEOUL)
    assert getattr(start.tzinfo, "key", None) == "Asia/Seoul"
    assert dialogue.decoded("dtend") == dt.datetime(2026, 7, 1, 9, 30, tzinfo=SEOUL)
    assert dialogue.decoded("dtstamp") == STAMP
    assert str(dialogue["summary"]) == "한국-캐나다 정부 간 대화 (비공개) — 순차통역"
    assert str(dialogue["location"]) == "DDP 디자인랩 서울-온 화상회의실, 2F"
    assert "2F" in str(roundtable["location"])
    assert "동료 통역사: 한영 통역사 2" in str(roundtable["description"])
    assert "언어 방향: 한↔영" in str(roundtable["description"])
    assert "역할: 부스" in str(roundtable["description"])
    assert "동료 통역사: -" in str(dialogue["description"])
    assert eu.decoded("dtstart") == dt.datetime(2026, 7, 3, 10, 0, tzinfo=SEOUL)


def test_calendar_uids_outlive_the_file_and_tell_assignments_apart(tmp_path: Path) -> None:
    """Exported again from another file of the same event (its assignments entered in another
    order, so every id differs), each entry keeps its UID: a calendar app updates it rather
    than adding a copy. Different assignments (roles, rows, interpreters) never share one."""
    def staffed(data: dict[str, Any]) -> None:
        data["interpreters"].append({"key": "koen-2", "name": {"ko": "한영 통역사 2"},
                                     "languages": ["ko", "en"], "directions": ["ko>en"],
                                     "modes": ["consecutive", "sight"]})
        session = data["sessions"][0]
        session["assignments"].append({"interpreter": "koen-2", "role": "consecutive"})
        session["items"][0]["assignments"] = [{"interpreter": "koen-1", "role": "sight"}]

    def uids(loaded: LoadedEvent) -> dict[str, list[str]]:
        return {p.key: [str(e["uid"]) for e in Calendar.from_ical(
            build_calendar(loaded, p, stamp=STAMP)).walk("VEVENT")] for p in loaded.interpreters}

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = uids(load(small_file(tmp_path / "a", staffed)))

    def reordered(data: dict[str, Any]) -> None:
        staffed(data)
        session = data["sessions"][0]
        session["assignments"].reverse()
        data["interpreters"].reverse()
    again = load(small_file(tmp_path / "b", reordered))
    assert uids(again) == first
    every = [uid for person in first.values() for uid in person]
    assert len(every) == 4 and len(set(every)) == 4
    assert sorted(u.split("/", 1)[1] for u in first["koen-1"]) == [
        "s1/koen-1/consecutive@agenda-planner", "s1/koen-1/sight/row-1@agenda-planner",
        "s1/koen-1/sight/row-4@agenda-planner"]


def test_calendar_names_whom_to_whisper_to(demo: LoadedEvent) -> None:
    ko = Calendar.from_ical(build_calendar(demo, interpreter(demo, "koen-3"), stamp=STAMP))
    whisper, sight = ko.walk("VEVENT")
    assert "근접 통역 대상: 차관님 (1명)" in str(whisper["description"])
    assert "차관님" not in str(sight["summary"])
    assert str(sight["summary"]) == "퀀텀 네트워킹 리셉션 — 시통역 (환영 인사 및 건배사)"
    assert sight.decoded("dtstart") == dt.datetime(2026, 7, 2, 11, 45, tzinfo=SEOUL)
    assert sight.decoded("dtend") == dt.datetime(2026, 7, 2, 11, 50, tzinfo=SEOUL)
    en = Calendar.from_ical(build_calendar(demo, interpreter(demo, "koen-3"), "en"))
    assert "Whispering to: Vice Minister (1)" in str(en.walk("VEVENT")[0]["description"])
    assert str(en.walk("VEVENT")[0]["location"]) == "DDP Design Lab Jandi Sarangbang, 4F"


# --- drafts ------------------------------------------------------------------------------------

def test_interpreter_documents_say_draft_while_the_plan_has_errors(demo: LoadedEvent,
                                                                    tmp_path: Path) -> None:
    """The demo's error: the reception's welcome speech, read by sight to its guests, has no
    equipment (koen-3's session). Each interpreter's sheet and calendar count those of their
    own sessions; the book and the roster count all of them."""
    written = export_all(demo, check_plan(demo), tmp_path, only=["interpreters", "ics"])
    assert {p.relative_to(tmp_path).as_posix() for p in written} >= {
        "interpreters-ko.pdf", "roster-ko.xlsx", "interpreters-ko/한영 통역사 1.pdf",
        "calendars/한영 통역사 1.ics"}
    book = pdf_text(tmp_path / "interpreters-ko.pdf").split("\f")[:-1]
    assert len(book) == 4 and all("초안 — 미해결 오류 1건" in page for page in book)
    draft = "초안 — 미해결 오류 1건"
    pages = pdf_text(tmp_path / "interpreters-ko/한영 통역사 3.pdf").split("\f")[:-1]
    assert pages and all(draft in page for page in pages)
    events = Calendar.from_ical((tmp_path / "calendars/한영 통역사 3.ics").read_bytes())
    assert all(str(e["description"]).startswith(f"{draft}\n") for e in events.walk("VEVENT"))
    for clean in ("한영 통역사 1", "한영 통역사 4"):
        assert "초안" not in pdf_text(tmp_path / f"interpreters-ko/{clean}.pdf")
        assert all("초안" not in str(e["description"]) for e in Calendar.from_ical(
            (tmp_path / f"calendars/{clean}.ics").read_bytes()).walk("VEVENT"))
    roster = load_workbook(tmp_path / "roster-ko.xlsx").active
    assert roster.cell(1, 1).value == "초안 — 미해결 오류 1건"
    assert roster.oddHeader.right.text == "초안 — 미해결 오류 1건"
    assert roster.cell(3, 1).value == "통역사"  # the table under the title, as before

    en = build_calendar(demo, interpreter(demo, "koen-3"), "en", findings=check_plan(demo))
    assert all(str(e["description"]).startswith("DRAFT — 1 unresolved error\n")
               for e in Calendar.from_ical(en).walk("VEVENT"))


# --- hostile text ------------------------------------------------------------------------------

def test_markup_and_formulas_in_user_text_stay_literal(tmp_path: Path) -> None:
    def hostile(data: dict[str, Any]) -> None:
        data["sessions"][0]["title"] = {"ko": HOSTILE, "en": HOSTILE}
        data["sessions"][0]["purpose"] = {"ko": "a, b; c\\d"}
        data["interpreters"][0]["name"] = {"ko": '=HYPERLINK("y")', "en": '=HYPERLINK("y")'}
    loaded = load(small_file(tmp_path, hostile))
    person = loaded.interpreters[0]
    text = pdf_text(write(tmp_path, "sheet.pdf",
                          render_pdf(build_interpreter_sheet(loaded, person))))
    assert f"○ {HOSTILE} (비공개)" in text
    assert '통역 배정표 — =HYPERLINK("y")' in text
    ws = load_workbook(io.BytesIO(render_xlsx(build_roster(loaded, "ko")))).active
    header = ws.cell(2, 2)
    assert header.value == f"07-01 09:00 {HOSTILE}" and header.data_type == "s"
    name = ws.cell(3, 1)
    assert name.value == '=HYPERLINK("y")' and name.data_type == "s" and name.quotePrefix
    event = Calendar.from_ical(build_calendar(loaded, person, stamp=STAMP)).walk("VEVENT")[0]
    assert str(event["summary"]) == f"{HOSTILE} (비공개) — 순차통역"
    assert "목적: a, b; c\\d" in str(event["description"])


def test_calendar_puts_titles_and_rooms_of_several_lines_on_one_line(tmp_path: Path) -> None:
    def broken(data: dict[str, Any]) -> None:
        data["event"]["title"] = {"ko": "시험\n행사"}
        data["sessions"][0]["title"] = {"ko": "회의\r\n둘째 줄\t끝"}
        data["rooms"][0]["name"] = {"ko": "대회의실\n(본관)"}
        data["interpreters"][0]["name"] = {"ko": "한영\n통역사 1"}
    path = small_file(tmp_path, broken)
    # A control character can no longer be imported or typed; an older file may hold one.
    con = sqlite3.connect(path)
    con.execute("UPDATE session SET purpose = ?", (json.dumps({"ko": "목적\x07 있음"}),))
    con.execute("UPDATE room SET floor = '2F\x07'")
    con.commit()
    con.close()
    loaded = load(path)
    raw = build_calendar(loaded, loaded.interpreters[0], stamp=STAMP)
    cal = Calendar.from_ical(raw)
    assert str(cal["x-wr-calname"]) == "한영 통역사 1 — 시험 행사"
    event = cal.walk("VEVENT")[0]
    assert str(event["summary"]) == "회의 둘째 줄 끝 (비공개) — 순차통역"
    assert str(event["location"]) == "대회의실 (본관), 2F"
    assert "목적: 목적 있음" in str(event["description"])
    assert b"\x07" not in raw
