"""Issued documents show their revision and what changed: `Rev. N · date` in every header,
each interpreter's sheet opening with what changed for them, the run sheet's 변경 사항 box and
marked rows, calendars that update in place. Each is read back as a person's program would."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from db.document import EventDocument
from db.edits import insert_item
from db.loading import load_event
from db.resource_edits import assign, unassign
from tests.test_faults import run_cli
from tests.test_revisions import move_uk_roundtable


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.agenda"
    code, _, err = run_cli("demo", path)
    assert code == 0, err
    return path


def edit_plan(path: Path) -> None:
    """The issue's "done when": the UK roundtable moved to 14:00, a row added to the Canada
    roundtable, and the EU meeting's interpreter swapped for another."""
    move_uk_roundtable(path)
    with EventDocument.open(path) as doc:
        loaded = load_event(doc)
        canada = next(s for s in loaded.sessions if s.key == "ca-roundtable")
        insert_item(doc, canada.id, None, 1, duration=10,
                    title={"ko": "기념 촬영", "en": "Group photo"})
        eu = next(s for s in loaded.sessions if s.key == "eu-meeting")
        taken = next(a for a in loaded.assignments if a.session_id == eu.id)
        other = next(p for p in loaded.interpreters if p.id != taken.interpreter_id)
        unassign(doc, taken.id)
        assign(doc, other.id, eu.id, taken.role, item_id=taken.item_id)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pages_of(path: Path) -> list[str]:
    return pdf_text(path).split("\f")[:-1]


def issue(demo: Path, folder: Path, *more: str) -> Path:
    code, out, err = run_cli("issue", demo, "--to", folder, *more)
    assert code == 0, err
    return sorted(folder.iterdir())[-1]


def sheet_texts(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
            if c.value is not None]


def test_every_issued_document_says_its_revision_and_date(demo: Path, tmp_path: Path) -> None:
    first = issue(demo, tmp_path / "issued")
    rev1 = [p for p in pages_of(first / "runsheet-ko.pdf")]
    assert rev1 and all("Rev. 1 · 20" in page for page in rev1)  # every page's header
    for pdf in [first / "interpreters-ko" / "한영 통역사 1.pdf", first / "interpreters-ko.pdf",
                *first.glob("runsheet-ko-*.pdf")]:
        assert all("Rev. 1 · " in page for page in pages_of(pdf)), pdf
    for xlsx in ["runsheet-ko.xlsx", "venue-ko.xlsx", "roster-ko.xlsx"]:
        book = openpyxl.load_workbook(first / xlsx)
        for ws in book.worksheets:
            assert str(ws["A1"].value).startswith("Rev. 1 · 20"), (xlsx, ws.title)
            assert ws.oddHeader.left.text.startswith("Rev. 1 · ")
    move_uk_roundtable(demo)
    second = issue(demo, tmp_path / "issued")
    assert "Rev. 2 · " in pdf_text(second / "runsheet-ko-2026-07-02.pdf")
    assert "Rev. 2 · " in pdf_text(second / "interpreters-ko" / "한영 통역사 2.pdf")


def test_a_plain_export_says_no_revision(demo: Path, tmp_path: Path) -> None:
    code, _, err = run_cli("export", demo, "--to", tmp_path / "out")
    assert code == 0, err
    assert "Rev." not in pdf_text(tmp_path / "out" / "runsheet-ko.pdf")
    assert not any("Rev." in t for t in sheet_texts(tmp_path / "out" / "venue-ko.xlsx"))
    calendar = (tmp_path / "out" / "calendars" / "한영 통역사 1.ics").read_text(encoding="utf-8")
    assert "SEQUENCE" not in calendar and "LAST-MODIFIED" not in calendar


def test_an_interpreters_sheet_opens_with_what_changed_for_them(demo: Path,
                                                                  tmp_path: Path) -> None:
    first = issue(demo, tmp_path / "issued")
    assert "변경 사항" not in pdf_text(first / "interpreters-ko" / "한영 통역사 2.pdf")
    move_uk_roundtable(demo)
    second = issue(demo, tmp_path / "issued")
    page = pages_of(second / "interpreters-ko" / "한영 통역사 2.pdf")[0]
    box = page.index("□ 변경 사항 (Rev. 1 이후)")
    assert page.index("(배정)") < box < page.index("동료 통역사")  # after the facts, before the duties
    said = page[box:]
    assert "한국-영국 라운드테이블" in said
    assert "일정 변경: 7/2 16:00~18:00" in said and "→ 7/2 14:00~16:00" in said


def test_an_interpreter_sheet_says_when_nothing_changed_for_them(demo: Path) -> None:
    import datetime as dt

    from db.document import EventDocument
    from db.loading import load_event
    from exports.document import Revision
    from exports.interpreters import build_interpreter_sheet
    from exports.pdf import render_pdf

    with EventDocument.open(demo, read_only=True) as doc:
        loaded = load_event(doc)
    person = loaded.interpreters[0]
    sheet = build_interpreter_sheet(loaded, person, revision=Revision(3, dt.date(2026, 6, 20)),
                                    changes=["변경 사항 없음"])
    out = demo.with_suffix(".pdf")
    out.write_bytes(render_pdf(sheet))
    text = pdf_text(out)
    assert "□ 변경 사항 (Rev. 2 이후)" in text and "변경 사항 없음" in text
    assert "Rev. 3 · 2026-06-20" in text


def test_the_run_sheet_opens_with_the_changes_and_marks_the_changed_rows(
        demo: Path, tmp_path: Path) -> None:
    issue(demo, tmp_path / "issued")
    edit_plan(demo)
    second = issue(demo, tmp_path / "issued")
    day = pages_of(second / "runsheet-ko-2026-07-01.pdf")
    assert "변경 사항" in day[0] and "Rev. 1 이후" in day[0]
    assert "한국-캐나다 라운드테이블" in day[0] and "2행 추가: 기념 촬영" in day[0]
    eu_day = pdf_text(second / "runsheet-ko-2026-07-03.pdf")
    assert "통역 배정: 한영 통역사 2" in eu_day and "통역 배정 해제: 한영 통역사 1" in eu_day
    # The bar in the margin: red, left of the table, beside the added row only.
    assert [bar_rows(second / "runsheet-ko-2026-07-01.pdf", n) for n in (1, 2, 3, 4)] == [
        0, 0, 0, 1]
    assert all(bar_rows(second / "runsheet-ko-2026-07-02.pdf", n) == 0 for n in (1, 2, 3))
    # The EU meeting's interpreter is the session's, not a row's: its box says so, no row marked.
    assert bar_rows(second / "runsheet-ko-2026-07-03.pdf", 3) == 0

    book = openpyxl.load_workbook(second / "runsheet-ko.xlsx")
    ws = book["ca-roundtable"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(n for n, row in enumerate(rows) if row[0] == "변경")
    marked = [row[2] for row in rows[header + 1:] if row[0] == "●"]
    assert marked == ["○ 기념 촬영"]
    added = next(n for n, row in enumerate(rows) if row[2] == "○ 기념 촬영") + 1
    assert ws.cell(added, 2).fill.fgColor.rgb.endswith("FFF2CC")
    assert ws.cell(added + 1, 2).fill.fill_type is None
    assert book["변경 사항"]["A1"].value.startswith("Rev. 2 · ")


def bar_rows(pdf: Path, page: int) -> int:
    """How many separate red bars the page has in its left margin (72 dpi, as points)."""
    from PIL import Image

    out = pdf.with_name(f"{pdf.stem}-{page}")
    subprocess.run(["pdftoppm", "-png", "-r", "72", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(out)], check=True)
    image = Image.open(out.with_suffix(".png")).convert("RGB")
    red = [any(image.getpixel((x, y))[0] > 180 and image.getpixel((x, y))[1] < 90
               for x in range(34, 44)) for y in range(image.height)]
    out.with_suffix(".png").unlink()
    return sum(1 for y in range(1, len(red)) if red[y] and not red[y - 1])


def test_calendars_update_in_place_and_cancel_what_was_taken_away(demo: Path,
                                                                   tmp_path: Path) -> None:
    from icalendar import Calendar

    def entries(path: Path) -> dict[str, object]:
        calendar = Calendar.from_ical(path.read_bytes())
        return {str(e["uid"]): e for e in calendar.walk("VEVENT")}

    first = issue(demo, tmp_path / "issued")
    was_1 = entries(first / "calendars" / "한영 통역사 1.ics")
    was_2 = entries(first / "calendars" / "한영 통역사 2.ics")
    assert all(e["sequence"] == 1 and "status" not in e for e in was_1.values())
    edit_plan(demo)
    second = issue(demo, tmp_path / "issued")
    now_1 = entries(second / "calendars" / "한영 통역사 1.ics")
    now_2 = entries(second / "calendars" / "한영 통역사 2.ics")
    # koen-1 lost the EU meeting: the entry they had comes back cancelled, under its UID.
    cancelled = [uid for uid, e in now_1.items() if e.get("status") == "CANCELLED"]
    assert len(cancelled) == 1 and cancelled[0] in was_1 and "/eu-meeting/" in cancelled[0]
    assert "한국-EU 정부 면담" in str(now_1[cancelled[0]]["summary"])
    assert now_1[cancelled[0]].decoded("dtstart") == was_1[cancelled[0]].decoded("dtstart")
    # Their other entries keep their UIDs; every entry is revision 2, modified at the issue.
    assert set(now_1) == set(was_1)
    assert all(e["sequence"] == 2 and "last-modified" in e for e in now_1.values())
    # koen-2's moved roundtable keeps its UID at its new time; the EU meeting is added.
    uk = next(uid for uid in was_2 if "/uk-roundtable/" in uid)
    assert now_2[uk].decoded("dtstart").hour == 14 and was_2[uk].decoded("dtstart").hour == 16
    assert set(now_2) - set(was_2) == {next(u for u in now_2 if "/eu-meeting/" in u)}
    assert not any(e.get("status") == "CANCELLED" for e in now_2.values())


def test_the_venue_sheet_marks_the_sessions_that_changed_for_it(demo: Path,
                                                                 tmp_path: Path) -> None:
    issue(demo, tmp_path / "issued")
    edit_plan(demo)
    second = issue(demo, tmp_path / "issued")
    book = openpyxl.load_workbook(second / "venue-ko.xlsx")

    def marked(day: str) -> list[str]:
        rows = [[c.value for c in row] for row in book[day].iter_rows()]
        header = next(n for n, row in enumerate(rows) if row[0] == "변경")
        return [str(row[3]) for row in rows[header + 1:] if row[0] == "●"]

    # The roundtable moved: its row and the day's totals; a row added elsewhere is not the
    # venue's business, nor an interpreter swapped.
    moved = marked("2026-07-02")
    assert len(moved) == 2 and "한국-영국 라운드테이블" in moved[0]
    assert marked("2026-07-01") == [] and marked("2026-07-03") == []


def test_a_previous_revision_this_version_refuses_still_lets_an_issue_through(
        demo: Path, tmp_path: Path) -> None:
    """A revision recorded by an older version may hold what the interchange now refuses (a
    control character in a text): the calendars are issued without cancellations, not failed."""
    import json

    from db.revisions import record_revision, revision_snapshot

    issue(demo, tmp_path / "issued")
    with EventDocument.open(demo) as doc:
        old = revision_snapshot(doc)
        assert old is not None
        old["sessions"][0]["purpose"] = {"ko": "목적\x07"}
        record_revision(doc, json.dumps(old, ensure_ascii=False), [])
    edit_plan(demo)
    code, out, err = run_cli("issue", demo, "--to", tmp_path / "issued")
    assert code == 0, err
    assert "issued revision 3" in out
