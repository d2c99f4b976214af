"""Run sheets and venue sheets, read back from the files: PDF text and fonts, Excel cells and print set-up."""

from __future__ import annotations

import copy
import errno
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from db.demo import write_demo
from db.document import EventDocument, build_new_file
from db.interchange import import_event
from db.loading import LoadedEvent, load_event
from exports.atomic import ExportError, write_atomically
from exports.pdf import render_pdf, write_pdf
from exports.runsheet import build_run_sheet
from exports.venue import build_venue_sheet
from exports.xlsx import render_xlsx, write_xlsx
from planner.rules import check_plan
from tests.test_demo_seed import SEED, read_seed

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext, pdffonts) not installed")


def load(path: Path) -> LoadedEvent:
    with EventDocument.open(path, read_only=True) as doc:
        return load_event(doc)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> LoadedEvent:
    return load(write_demo(tmp_path_factory.mktemp("demo") / "demo.agenda"))


def event_from(tmp_path: Path, data: dict[str, Any]) -> LoadedEvent:
    return load(build_new_file(tmp_path / "e.agenda", lambda doc: import_event(doc, data)))


def pdf_text(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def squeeze(text: str) -> str:
    """Without any whitespace: a PDF wraps long Korean lines anywhere."""
    return re.sub(r"\s+", "", text)


# -- run sheet PDF -----------------------------------------------------------------


@needs_poppler
def test_run_sheet_pdf_has_every_seed_row_in_order(demo: LoadedEvent, tmp_path: Path) -> None:
    if not SEED.is_file():
        pytest.skip(f"the seed run sheets are not here: {SEED}")
    path = write_pdf(build_run_sheet(demo, check_plan(demo), "ko"), tmp_path / "rs.pdf")
    text = squeeze(pdf_text(path, "-raw"))
    at = 0
    rows = 0
    for section in sorted(read_seed(SEED), key=lambda s: (s.date, s.start)):  # programme order
        for row in section.rows:
            time = re.sub(r"\('0(\d)\)", r"('\1)", row.time_text)  # the seed's ('05) prints ('5)
            for piece in (time, row.content[:25], row.remark[:20]):
                found = text.find(squeeze(piece), at)
                assert found >= 0, f"{row.where}: {piece!r} not found after offset {at}"
                at = found + len(squeeze(piece)) if piece != row.remark[:20] else at
            rows += 1
    assert rows == 45


@needs_poppler
def test_run_sheet_pdf_fonts_pages_and_draft(demo: LoadedEvent, tmp_path: Path) -> None:
    path = write_pdf(build_run_sheet(demo, check_plan(demo), "ko"), tmp_path / "rs.pdf")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all("NanumGothic" in f and " yes yes " in f for f in fonts), fonts
    pages = pdf_text(path).split("\f")[:-1]
    assert len(pages) == 6  # the overview and one page per session
    for number, page in enumerate(pages, 1):
        assert f"{number}/{len(pages)}" in squeeze(page)
        assert "초안 — 미해결 오류 1건" in page
    assert "한국-캐나다 정부 간 대화 (비공개)" in pages[1]  # Hangul extracts as stored
    assert "※ 한영 순차통역으로 진행" in pages[1]
    assert "※ 한영 동시통역(통역부스)으로 진행" in pages[2]
    assert "- (일시/장소) '26.7.1.(수) 09:00~09:30 / DDP 디자인랩 서울-온 화상회의실(2F)" in pages[1]
    assert "10:40~10:55 ('16)" in pages[5] and "(12:25~)" in pages[3]


NAMES = "Öztürk João Łukasz Ελένη Дмитрий 김상우"


@needs_poppler
def test_run_sheet_prints_names_in_other_scripts(tmp_path: Path,
                                                 small_event: dict[str, Any]) -> None:
    session = small_event["sessions"][0]
    session["title"]["ko"] = f"회의: {NAMES}"
    session["items"][0]["title"]["ko"] = f"개회 — {NAMES}"
    session["items"][0]["remarks"]["ko"] = "(사회) Дмитрий"
    session["delegations"][0]["members"]["ko"] = NAMES
    path = write_pdf(build_run_sheet(event_from(tmp_path, small_event), [], "ko"),
                     tmp_path / "names.pdf")
    text = pdf_text(path)
    assert text.count(f"회의: {NAMES} (비공개)") == 2  # the overview and the session's heading
    assert f"○ 개회 — {NAMES}" in text and "(사회) Дмитрий" in text
    assert f"(총 5명, 화상참여 1명) {NAMES}" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    dejavu = [row.split() for row in fonts if "+DejaVuSans" in row]
    assert sorted(row[0].split("+")[1] for row in dejavu) == ["DejaVuSans", "DejaVuSans-Bold"]
    assert all(row[-5:-3] == ["yes", "yes"] for row in dejavu), fonts  # embedded, subsets


@needs_poppler
def test_clean_plan_is_not_a_draft(tmp_path: Path, small_event: dict[str, Any]) -> None:
    loaded = event_from(tmp_path, small_event)
    text = pdf_text(write_pdf(build_run_sheet(loaded, [], "en"), tmp_path / "x.pdf"))
    assert "DRAFT" not in text and "Meeting (closed)" in text


@needs_poppler
def test_long_schedule_repeats_its_header_and_keeps_rows_whole(
        tmp_path: Path, small_event: dict[str, Any]) -> None:
    session = small_event["sessions"][0]
    session["end"] = "23:00"
    session["items"] = [{"duration": 5, "title": {"ko": f"발표 {n}", "en": f"Talk {n}"},
                         "details": {"ko": "첫째 줄\n둘째 줄\n셋째 줄"},
                         "remarks": {"ko": f"발표자 {n}"}} for n in range(1, 121)]
    loaded = event_from(tmp_path, small_event)
    path = write_pdf(build_run_sheet(loaded, [], "ko", session_key="s1"), tmp_path / "long.pdf")
    pages = pdf_text(path, "-raw").split("\f")[:-1]
    assert len(pages) >= 4
    for page in pages[1:]:
        assert "시 간 내 용 비 고" in page, "the table header is repeated on every page"
    for n in range(1, 121):  # every row whole on one page: its title, details and remark together
        holder = [p for p in pages if re.search(rf"발표 {n}\n", p)]
        assert len(holder) == 1 and "셋째 줄" in holder[0] and f"발표자 {n}" in holder[0]


@needs_poppler
def test_a_schedule_going_on_over_a_page_says_whose_it_is(
        tmp_path: Path, small_event: dict[str, Any]) -> None:
    """A page holding only the rest of a session's schedule begins with the session's title
    and (계속) / (continued) above the repeated header; the first page does not."""
    session = small_event["sessions"][0]
    session["end"] = "23:00"
    session["items"] = [{"duration": 5, "title": {"ko": f"발표 {n}", "en": f"Talk {n}"},
                         "details": {"ko": "첫째 줄\n둘째 줄", "en": "first\nsecond"}}
                        for n in range(1, 81)]
    loaded = event_from(tmp_path, small_event)
    for lang, line, header in (("ko", "회의 (비공개) — 세부 일정 (계속)", "시간"),
                               ("en", "Meeting (closed) — Detailed schedule (continued)", "Time")):
        path = write_pdf(build_run_sheet(loaded, [], lang), tmp_path / f"{lang}.pdf")
        pages = pdf_text(path, "-layout").split("\f")[:-1]
        schedule = [p for p in pages if header in p and "○" in p]
        assert len(schedule) >= 3
        assert line not in schedule[0]
        for page in schedule[1:]:
            lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
            assert lines[0] == line and lines[1].startswith(header), lines[:3]


# -- hostile text ------------------------------------------------------------------

HOSTILE = ['<font color="red">빨강</font> & <b>굵게</b>', "=HYPERLINK(\"http://x\",\"클릭\")",
           "+1+1", "-2", "@SUM(A1)", "\t탭", "\r캐리지", "<para>&amp;</para>"]


@needs_poppler
def test_hostile_text_stays_literal(tmp_path: Path, small_event: dict[str, Any]) -> None:
    items = small_event["sessions"][0]["items"]
    for n, text in enumerate(HOSTILE):
        items.append({"duration": 1, "title": {"ko": text}, "remarks": {"ko": text}})
    small_event["sessions"][0]["end"] = "11:00"
    small_event["sessions"][0]["title"]["ko"] = HOSTILE[0]
    loaded = event_from(tmp_path, small_event)
    doc = build_run_sheet(loaded, [], "ko")
    pdf = pdf_text(write_pdf(doc, tmp_path / "h.pdf"))
    assert '<font color="red">빨강</font> & <b>굵게</b>' in pdf
    assert "<para>&amp;</para>" in pdf and '=HYPERLINK("http://x","클릭")' in pdf
    book = load_workbook(write_xlsx(doc, tmp_path / "h.xlsx"))
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)]
    for written in HOSTILE:
        text = written.replace("\r", "\n")  # XML itself turns a stored CR into LF
        matching = [c for c in cells if c.value == text or c.value == f"- {text}"
                    or c.value == f"○ {text}"]
        assert matching, f"{text!r} is not in the workbook as written"
        for cell in matching:
            assert cell.data_type == "s"
            if cell.value.startswith(("=", "+", "-", "@", "\t", "\r")):
                assert cell.quotePrefix, f"{cell.value!r} could be taken for a formula"
    raw = (tmp_path / "h.xlsx").read_bytes()
    assert b"<f>" not in raw  # no formula element anywhere in the archive's sheets


# -- Excel run sheet and venue sheet --------------------------------------------------


def test_run_sheet_xlsx_cells_and_print_setup(demo: LoadedEvent, tmp_path: Path) -> None:
    book = load_workbook(write_xlsx(build_run_sheet(demo, check_plan(demo), "ko"),
                                    tmp_path / "rs.xlsx"))
    assert book.sheetnames == ["회의실별 일정", "ca-dialogue", "ca-roundtable", "reception",
                               "uk-roundtable", "eu-meeting"]
    ws = book["eu-meeting"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    header = values.index(["시 간", "내 용", "비 고"]) + 1
    assert ws.print_title_rows == f"${header}:${header}"
    assert ws.freeze_panes == f"A{header + 1}"
    assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.fitToWidth == 1  # 9: A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws["A1"].value == "초안 — 미해결 오류 1건"
    assert ["10:40~10:55 ('16)", "- 질의응답 및 자유토론", "참석자 전체"] in values
    row = next(r for r in ws.iter_rows() if r[0].value == "10:15~10:23 ('8)")
    assert row[1].value == "한-EU 정부 대화 주요 논의 진행 안내\n- HE 및 퀀테라 사업 참여 현황"
    assert ws.row_dimensions[row[0].row].height >= 2 * 14.5  # two lines show in full
    assert any(str(m) == "A2:C2" for m in ws.merged_cells.ranges)  # the title spans the table
    widths = [ws.column_dimensions[c].width for c in "ABC"]
    assert widths[1] > widths[2] > widths[0] > 10


def test_english_sheet_says_where_only_korean_exists(tmp_path: Path,
                                                      small_event: dict[str, Any]) -> None:
    loaded = event_from(tmp_path, small_event)
    doc = build_run_sheet(loaded, [], "en")
    texts = [b.text for s in doc.sections for b in s.blocks if hasattr(b, "text")]
    cells = [c.text for s in doc.sections for b in s.blocks if hasattr(b, "rows")
             for row in b.rows for c in row]
    assert "Meeting (closed)" in texts and "□ Detailed schedule" in texts
    assert "○ [in Korean] 개회" in cells  # the row has no English title: said, not left blank
    assert "※ Korean-English consecutive interpretation" in texts


def test_venue_sheet_totals_and_problems(tmp_path: Path, small_event: dict[str, Any]) -> None:
    extra = copy.deepcopy(small_event["sessions"][0])
    extra.update(key="s2", start="13:00", end="14:00", room="lounge",
                 interpretation={"mode": "simultaneous", "languages": ["ko", "en"]},
                 delegations=[{"side": {"ko": "전체"}, "on_site": 120, "remote": 2}],
                 assignments=[])
    for item in extra["items"]:
        item.pop("assignments", None)
    small_event["sessions"].append(extra)
    loaded = event_from(tmp_path, small_event)
    book = load_workbook(write_xlsx(build_venue_sheet(loaded, check_plan(loaded), "en"),
                                    tmp_path / "v.xlsx"))
    ws = book["2026-07-01"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(r for r in rows if r and r[0] == "Room (floor)")
    assert header[:5] == ["Room (floor)", "Time", "Session", "On site", "Remote"]
    hall = next(r for r in rows if r[0] == "대회의실 (2F)" or r[0] == "[in Korean] 대회의실 (2F)" or
                (r[0] or "").startswith("Main hall"))
    assert hall[3:6] == ["4", "1", "40"]
    assert hall[9] == "1 consecutive seat(s) & mic(s)\n1 sight-translation mic(s)"
    lounge = next(r for r in rows if (r[0] or "").endswith("라운지 (4F)"))
    assert lounge[7] == "1 / 0" and lounge[8] == "120"
    assert "20 over capacity" in lounge[11] and "1 booth(s) short" in lounge[11]
    assert "no video link" in lounge[11]
    total = rows[-1]
    assert total[0] == "Total (2 sessions)" and total[3:5] == ["124", "3"] and total[8] == "120"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows


# -- safe writing ------------------------------------------------------------------


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"the previous export")

    def disk_full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ExportError, match="the disk is full"):
        write_atomically(target, b"new content")
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_locked_target_gets_a_clear_message(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """What Windows says when Excel holds the file open, or a folder we may not write."""
    target = tmp_path / "roster.xlsx"
    target.write_bytes(b"open in Excel")

    def locked(*_: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError, match="open in another program"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"open in Excel"
    assert [p.name for p in tmp_path.iterdir()] == ["roster.xlsx"]


def test_target_that_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        write_atomically(tmp_path, b"data")


def test_rendering_is_deterministic_enough_to_compare(demo: LoadedEvent) -> None:
    doc = build_run_sheet(demo, [], "ko", session_key="ca-dialogue")
    assert render_xlsx(doc)[:2] == b"PK" and render_pdf(doc)[:5] == b"%PDF-"


def test_a_row_of_many_lines_goes_on_in_rows_below_with_nothing_hidden(tmp_path: Path) -> None:
    """Excel keeps no row taller than 409 pt: a row whose text needs more (200 lines, or one
    paragraph of thousands of characters) goes on over the rows below, each no taller than
    Excel allows and tall enough for its own lines, every line once and in order; the time
    cell of each row after the first says (계속)."""
    import openpyxl

    from exports.document import Column, Document, Section, Table
    from exports.xlsx import LINE_HEIGHT_PT, MAX_ROW_HEIGHT_PT, wrapped_lines, write_xlsx

    lines = [f"세부 {n}째 줄" for n in range(200)]
    paragraph = " ".join(f"word{n}" for n in range(1500))
    table = Table([Column("시간", 1), Column("내용", 4), Column("비고", 2)])
    table.add("09:00~09:10", "\n".join(lines), "비고 한 줄")
    table.add("09:10~09:20", paragraph, "")
    table.add("09:20~09:30", "다음 행", "")
    path = write_xlsx(Document("긴 행", [Section("긴 행", [table], sheet_name="s")]),
                      tmp_path / "tall.xlsx")
    sheet = openpyxl.load_workbook(path)["s"]
    rows = [[c.value or "" for c in row] for row in sheet.iter_rows(min_row=2)]
    first = [r[0] for r in rows]
    assert first[0] == "09:00~09:10" and first[-1] == "09:20~09:30"
    split = first.index("09:10~09:20")
    assert split >= 8 and set(first[1:split]) == {"(계속)"}
    assert len(first) - split - 2 >= 1 and set(first[split + 1:-1]) == {"(계속)"}
    assert "\n".join(r[1] for r in rows[:split]).split("\n") == lines
    assert " ".join(r[1] for r in rows[split:-1]).split() == paragraph.split()
    assert [r[2] for r in rows[:split]] == ["비고 한 줄"] + [""] * (split - 1)
    width = sheet.column_dimensions["B"].width
    for number, row in enumerate(rows, start=2):
        height = sheet.row_dimensions[number].height
        assert height <= MAX_ROW_HEIGHT_PT
        assert wrapped_lines(row[1], width) * LINE_HEIGHT_PT + 4 <= height, number


def test_the_participants_line_is_printed_once(tmp_path: Path) -> None:
    """The reception's one side is called 참석자: the seed prints one 참석자 line, not two."""
    from db.demo import write_demo
    from db.document import EventDocument
    from db.loading import load_event
    from exports.document import Paragraph
    from exports.runsheet import build_run_sheet

    with EventDocument.open(write_demo(tmp_path / "demo.agenda"), read_only=True) as doc:
        loaded = load_event(doc)
    for lang, word in (("ko", "참석자"), ("en", "Participants")):
        sheet = build_run_sheet(loaded, [], lang, session_key="reception")
        lines = [b.text for section in sheet.sections for b in section.blocks
                 if isinstance(b, Paragraph)]
        assert len([t for t in lines if t.startswith(f"- ({word})")]) == 1, lines


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_no_header_word_of_a_workbook_is_cut(tmp_path: Path, demo: LoadedEvent, lang: str) -> None:
    """Every word of a header fits its column: 'Remote' printed as 'Remot' / 'e' before."""
    from openpyxl import load_workbook

    from exports.xlsx import display_width, write_xlsx

    for name, doc in (("venue", build_venue_sheet(demo, [], lang)),
                      ("runsheet", build_run_sheet(demo, [], lang))):
        path = write_xlsx(doc, tmp_path / f"{name}-{lang}.xlsx")
        for ws in load_workbook(path).worksheets:
            assert ws.oddFooter.right.text == "&P / &N"  # the page apart from the title
            header = next((row for row in ws.iter_rows() if sum(
                1 for c in row if c.value and c.font and c.font.b) > 2), None)
            for cell in header or ():
                width = ws.column_dimensions[cell.column_letter].width
                for word in str(cell.value or "").split():
                    assert display_width(word) + 1.5 <= width, (name, ws.title, word, width)
