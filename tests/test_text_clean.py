"""Inputs cleaned at the door: control characters and lone surrogates in imported, pasted or
typed text; minutes bounded; JSON nested too deep or with numbers too large refused; and the
writers never fail on such text that an older file holds."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from db import edits
from db.document import EventDocument
from db.interchange import dumps, export_event
from db.loading import load_event
from planner.paste import parse_pasted_rows
from planner.text_clean import clean_text, clean_value, unwanted_character
from ui.cli import EXIT_BAD_INPUT, EXIT_OK, main

DIRTY = "개\x07회\x00 \x1b[31m및\x7f 환영\ud800사"
"""What text pasted from a terminal or a broken file may hold."""


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def titles(path: Path) -> list[str]:
    with EventDocument.open(path, read_only=True) as doc:
        loaded = load_event(doc)
    return [n.item.title.get("ko", "") for s in loaded.sessions for n in loaded.walk(s)]


def test_clean_text_keeps_tabs_and_line_breaks_and_takes_out_the_rest() -> None:
    assert clean_text(DIRTY) == "개회 [31m및 환영사"
    assert clean_text("a\tb\nc\r\nd") == "a\tb\nc\r\nd"
    assert clean_text("line\x0bbreak\x0cpage") == "line\nbreak\npage"  # Word's breaks
    assert clean_value({"ko": "a\x07", "en": ["b\x08"]}) == {"ko": "a", "en": ["b"]}
    assert unwanted_character("ab\x07") == "the control character U+0007 at character 3"
    assert unwanted_character("\udc80") == "a lone surrogate U+DC80 at character 1"
    assert unwanted_character("한국 – English\t\n") is None


# -- the interchange JSON ------------------------------------------------------------------


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")  # a lone surrogate as its \u escape
    return path


@pytest.mark.parametrize(("change", "said"), [
    (lambda d: d["sessions"][0]["items"][0]["title"].update(ko="개회\x07"),
     "sessions[0].items[0].title.ko: holds the control character U+0007 at character 3"),
    (lambda d: d["rooms"][1]["name"].update(ko="\ud800라운지"),
     "rooms[1].name.ko: holds a lone surrogate U+D800 at character 1"),
    (lambda d: d["sessions"][0]["items"][0].update(duration=1441),
     "sessions[0].items[0].duration: 1441 is not whole minutes, 1 to 1440 (a day)"),
    (lambda d: d["sessions"][0]["items"][1]["children"][1].update(stated_duration=5000),
     "sessions[0].items[1].children[1].stated_duration: 5000 is not whole minutes, 1 to 1440"),
    (lambda d: d["sessions"][0]["items"][0].update(duration=10**20),
     "sessions[0].items[0].duration: is a number larger than 1,000,000,000"),
    (lambda d: d["rooms"][0].update(capacity=10**20),
     "rooms[0].capacity: is a number larger than 1,000,000,000"),
])
def test_json_with_unwanted_text_or_numbers_is_refused_with_its_path(
        tmp_path: Path, small_event: dict[str, Any], capsys: pytest.CaptureFixture[str],
        change: Any, said: str) -> None:
    change(small_event)
    src = write_json(tmp_path / "in.json", small_event)
    for argv in (("import", src, tmp_path / "new.agenda", "--dry-run"),
                 ("import", src, tmp_path / "new.agenda")):
        code, out, err = run(capsys, *argv)
        assert code == EXIT_BAD_INPUT and out == ""
        assert err.count("\n") == 1 and said in err and "Traceback" not in err
    assert not (tmp_path / "new.agenda").exists()


def test_json_nested_deeper_than_the_format_is_refused(
        tmp_path: Path, small_event: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    row: dict[str, Any] = {"duration": 5, "title": {"ko": "안쪽"}}
    for _ in range(40):
        row = {"title": {"ko": "묶음"}, "children": [row]}
    small_event["sessions"][0]["items"].append(row)
    rows = write_json(tmp_path / "rows.json", small_event)
    text = json.dumps(small_event, ensure_ascii=False)
    brackets = tmp_path / "brackets.json"
    brackets.write_text(text[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
                        encoding="utf-8")
    digits = tmp_path / "digits.json"
    digits.write_text(text.replace('"capacity": 40', '"capacity": ' + "9" * 5000),
                      encoding="utf-8")
    for src, said in ((rows, "sessions[0].items[4].children[0]…: nests deeper than an event "
                             "document can (more than 64 levels)"),
                      (brackets, "nests deeper than an event document can"),
                      (digits, "a number of thousands of digits")):
        code, out, err = run(capsys, "import", src, tmp_path / "new.agenda")
        assert code == EXIT_BAD_INPUT and out == ""
        assert err.count("\n") == 1 and said in err and "Traceback" not in err
    assert not (tmp_path / "new.agenda").exists()


# -- text brought in ------------------------------------------------------------------------


def test_imported_and_pasted_text_leaves_control_characters_at_the_door(
        tmp_path: Path, small_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "table.txt"
    src.write_text("09:00~09:10 ('10)\t○ 개\x07회\x1b\t(사회) 사\x0b회자\n"
                   "09:10~09:20 ('10)\t○ 토\x7f론\t\n", encoding="utf-8")
    code, _, err = run(capsys, "import", src, small_file, "--session", "s1")
    assert (code, err) == (EXIT_OK, "")
    assert titles(small_file)[-2:] == ["개회", "토론"]
    with EventDocument.open(small_file, read_only=True) as doc:
        loaded = load_event(doc)
    remarks = [n.item.remarks.get("ko") for s in loaded.sessions for n in loaded.walk(s)]
    said = [r for r in remarks if r and r.startswith("(사회) 사")]
    assert said and all(unwanted_character(r) is None for r in said)  # U+000B: a line break
    # the clipboard may hand over a lone surrogate, as a broken UTF-16 text holds it
    pasted = parse_pasted_rows("09:00~09:05 ('5)\t인\x08사\ud83d말\t(한) 대\x00표\n")
    assert (pasted[0].title, pasted[0].remarks) == ("인사말", "(한) 대표")


def test_a_printed_length_beyond_a_day_is_refused_with_its_line(
        tmp_path: Path, small_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "table.txt"
    src.write_text("09:00~09:10 ('10)\t○ 개회\t\n09:10 ('9999)\t○ 논의\t\n", encoding="utf-8")
    code, _, err = run(capsys, "import", src, small_file, "--session", "s1")
    assert code == EXIT_BAD_INPUT
    assert "line 2" in err and "9999 minutes; a row lasts 1 to 1440 minutes" in err


def test_typed_text_is_stored_without_control_characters(small_file: Path) -> None:
    with EventDocument.open(small_file) as doc:
        item_id = next(n.item.id for s in load_event(doc).sessions for n in
                       load_event(doc).walk(s))
        edits.set_item_text(doc, item_id, "title", "ko", DIRTY)
        session_id = load_event(doc).sessions[0].id
        edits.set_session_fields(doc, session_id, purpose={"ko": "목\x07적"})
    with EventDocument.open(small_file, read_only=True) as doc:
        loaded = load_event(doc)
    assert loaded.sessions[0].purpose == {"ko": "목적"}
    assert loaded.walk(loaded.sessions[0])[0].item.title["ko"] == "개회 [31m및 환영사"


# -- an older file that holds them ----------------------------------------------------------


def test_an_older_file_with_control_characters_reads_checks_and_exports(
        tmp_path: Path, small_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    con = sqlite3.connect(small_file)
    con.execute("UPDATE agenda_item SET title = ? WHERE id = (SELECT min(id) FROM agenda_item)",
                (json.dumps({"ko": DIRTY}),))  # \ud800 as a JSON escape, as another tool wrote it
    con.execute("UPDATE room SET floor = '2F\x07\x1b'")
    con.execute("UPDATE interpreter SET contact = 'a\x07b'")
    con.commit()
    con.close()
    for command in (("info", small_file), ("check", small_file, "--json"),
                    ("export", small_file, "--json", tmp_path / "out.json"),
                    ("export", small_file, "--to", tmp_path / "docs")):
        code, out, err = run(capsys, *command)
        assert code in (EXIT_OK, 1) and "Traceback" not in err, (command, err)
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["sessions"][0]["items"][0]["title"]["ko"] == "개회 [31m및 환영사"
    workbooks = list((tmp_path / "docs").rglob("*.xlsx"))
    assert workbooks and list((tmp_path / "docs").rglob("*.pdf"))
    for book in workbooks:
        with zipfile.ZipFile(book) as z:
            xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
        assert "\x07" not in xml and "\x1b" not in xml
    pdftotext = shutil.which("pdftotext")
    if pdftotext:  # the floor prints as it would without the characters
        pdfs = sorted((tmp_path / "docs").rglob("runsheet-ko-*.pdf"))
        text = subprocess.run([pdftotext, str(pdfs[0]), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "(2F)" in text and "2F )" not in text  # not even as a blank it drew
    for calendar in (tmp_path / "docs").rglob("*.ics"):
        assert "\x07" not in calendar.read_text(encoding="utf-8")
    assert dumps(data)  # writes out as UTF-8 again


def test_the_excel_writer_leaves_out_what_excel_refuses(tmp_path: Path) -> None:
    from exports.document import Cell, Column, Document, Paragraph, Section, Table
    from exports.xlsx import write_xlsx

    doc = Document("t")
    section = doc.add(Section("s"))
    section.add(Paragraph("제목\x07"))
    table = Table([Column("a", 1)])
    table.add(Cell("칸\x1b\x00"))
    section.add(table)
    out = write_xlsx(doc, tmp_path / "t.xlsx")
    from openpyxl import load_workbook

    values = [c.value for row in load_workbook(out).active.iter_rows() for c in row if c.value]
    assert "제목" in values and "칸" in values
