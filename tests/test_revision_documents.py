"""Issued documents show their revision and what changed: `Rev. N · date` in every header,
each interpreter's sheet opening with what changed for them, the run sheet's 변경 사항 box and
marked rows, calendars that update in place. Each is read back as a person's program would."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from tests.test_revisions import move_uk_roundtable, run_cli


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.agenda"
    code, _, err = run_cli("demo", path)
    assert code == 0, err
    return path


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
