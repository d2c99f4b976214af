"""Workbooks brought in: the planner's own run sheet back, the template, and hostile files.

Hostile workbooks are built here byte by byte (a workbook is a zip of XML parts), so each
test knows exactly what the file holds. Each must be refused (or read whole) with a reason
within 2 s and 200 MB (measured around the reading, not the building), and an import is
all or nothing.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import struct
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import openpyxl.xml
import pytest

from db.document import EventDocument, build_new_file
from db.importing import Target, apply_import
from db.interchange import dumps, export_event, import_event
from db.loading import load_event
from exports.bundle import export_all
from planner.imports.model import ImportRefused
from planner.imports.spreadsheet import MAX_ROWS, ColumnMap, parse_workbook
from planner.rules import check_plan
from tests.test_import_text import _rows

ROOT = Path(__file__).resolve().parents[1]
DEMO = json.loads((ROOT / "resources" / "demo" / "quantum-korea-2026.json").read_text("utf-8"))

_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
        'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'worksheet+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets><sheet name="Programme" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>'),
}
_HEADER = ("date", "start", "end", "session", "content", "remarks")


def _cell(ref: str, value: str) -> str:
    if value.startswith("<f>") or value.startswith("<v>"):  # a formula or number, raw
        kind = ' t="str"' if "<f>" in value else ""
        return f'<c r="{ref}"{kind}>{value}</c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def sheet_xml(rows: list[tuple[str, ...]], *, dimension: str | None = None,
              prolog: str = "") -> str:
    body = "".join(
        f'<row r="{n}">' + "".join(_cell(f"{chr(65 + i)}{n}", v) for i, v in enumerate(row)
                                   if v) + "</row>"
        for n, row in enumerate(rows, start=1))
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="http://schemas.'
            f'openxmlformats.org/spreadsheetml/2006/main">{dim}<sheetData>{body}</sheetData>'
            f'</worksheet>')


def write_workbook(path: Path, sheet: str, *, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, text in _PARTS.items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def _programme(n: int = 3) -> list[tuple[str, ...]]:
    rows = [_HEADER]
    for i in range(n):
        start = 9 * 60 + 10 * i
        rows.append(("2026-07-01", f"{start // 60:02d}:{start % 60:02d}",
                     f"{(start + 10) // 60:02d}:{(start + 10) % 60:02d}", "forum",
                     f"○ 순서 {i + 1}", f"(한) 발표자 {i + 1}"))
    return rows


def _event_file(path: Path) -> Path:
    data = copy.deepcopy(DEMO)
    data["sessions"] = []
    return build_new_file(path, lambda doc: import_event(doc, data))


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


@contextlib.contextmanager
def within_limits():
    """The work inside finishes in under 2 s and under 200 MB more memory at its peak
    (resident memory, C allocations of the XML parsers included: the peak is reset first)."""
    Path("/proc/self/clear_refs").write_text("5")  # VmHWM := VmRSS
    before = _status_kb("VmRSS")
    started = time.perf_counter()
    yield
    elapsed = time.perf_counter() - started
    grown_mb = (_status_kb("VmHWM") - before) / 1024
    assert elapsed < 2.0, f"{elapsed:.2f} s"
    assert grown_mb < 200, f"{grown_mb:.0f} MB"


@pytest.fixture
def quick():
    return within_limits


# -- the planner's own run sheet, and the template ---------------------------------------


def test_the_run_sheet_workbook_reads_back_to_the_same_rows(tmp_path):
    demo_path = build_new_file(tmp_path / "demo.agenda",
                               lambda doc: import_event(doc, copy.deepcopy(DEMO)))
    with EventDocument.open(demo_path) as doc:
        demo = load_event(doc)
    [book] = [p for p in export_all(demo, check_plan(demo), tmp_path / "out", only=["runsheet"])
              if p.suffix == ".xlsx"]
    parsed = parse_workbook(book)
    assert parsed.unread == []
    assert [s.key for s in parsed.sessions] == [s.key for s in demo.sessions]
    path = _event_file(tmp_path / "empty.agenda")
    with EventDocument.open(path) as doc:
        apply_import(doc, parsed, Target())
        loaded = load_event(doc)
    for original in demo.sessions:
        imported = next(s for s in loaded.sessions if s.key == original.key)
        assert (imported.date, imported.start_min, imported.end_min, imported.room_id,
                imported.closed, imported.interpretation_mode) == (
            original.date, original.start_min, original.end_min, original.room_id,
            original.closed, original.interpretation_mode), original.key
        assert imported.title["ko"] == original.title["ko"]
        assert _rows(loaded, imported) == _rows(demo, original), original.key
    # Exported again, every 세부 일정 table holds the same cells.
    [again] = [p for p in export_all(loaded, check_plan(loaded), tmp_path / "again",
                                     only=["runsheet"]) if p.suffix == ".xlsx"]
    for key in [s.key for s in demo.sessions]:
        assert _schedule_cells(again, key) == _schedule_cells(book, key), key


def _schedule_cells(path: Path, sheet: str) -> list[tuple]:
    rows = list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == "시 간")
    return rows[start:]


def test_the_template_with_its_column_names(tmp_path):
    book = write_workbook(tmp_path / "programme.xlsx", sheet_xml(_programme(3)))
    parsed = parse_workbook(book)
    [session] = parsed.sessions
    assert session.key == "forum" and str(session.date) == "2026-07-01"
    assert [(r.start, r.end, r.title, r.remarks) for r in session.rows] == [
        (540, 550, "순서 1", ["(한) 발표자 1"]), (550, 560, "순서 2", ["(한) 발표자 2"]),
        (560, 570, "순서 3", ["(한) 발표자 3"])]


def test_a_sheet_laid_out_differently_reads_with_a_column_map(tmp_path):
    rows = [("무엇", "언제", "분", "누가"), ("개회사", "10:00", "15", "장관"),
            ("토론", "10:15", "45", "")]
    book = write_workbook(tmp_path / "other.xlsx", sheet_xml(rows))
    with pytest.raises(ImportRefused, match="--columns"):
        parse_workbook(book)
    parsed = parse_workbook(book, columns=ColumnMap.parse("content=A,start=B,duration=C,"
                                                          "remarks=D"))
    [session] = parsed.sessions
    assert [(r.start, r.end, r.title) for r in session.rows] == [
        (600, 615, "개회사"), (615, 660, "토론")]
    with pytest.raises(ImportRefused, match="not one of"):
        ColumnMap.parse("colour=A")


def test_a_bad_time_names_its_cell(tmp_path):
    rows = [*_programme(2), ("2026-07-01", "25:00", "25:30", "forum", "○ 밤", "")]
    parsed = parse_workbook(write_workbook(tmp_path / "bad.xlsx", sheet_xml(rows)))
    [problem] = parsed.unread
    assert problem.where == "sheet 'Programme' row 4, cell B4"
    assert "25:00 is not a time of day" in problem.message


# -- hostile and broken files ------------------------------------------------------------


def test_entity_declarations_are_refused(tmp_path, quick):
    prolog = ('<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;'
              '&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    rows = [*_programme(1), ("2026-07-01", "09:30", "09:40", "forum", "&c;", "")]
    text = sheet_xml(rows, prolog=prolog).replace("&amp;c;", "&c;")
    book = write_workbook(tmp_path / "laughs.xlsx", text)
    with quick(), pytest.raises(ImportRefused, match="entit"):
        parse_workbook(book)
    # Beneath the planner's own scan, openpyxl parses through defusedxml, which refuses too.
    assert openpyxl.xml.DEFUSEDXML
    with quick(), pytest.raises(ValueError, match="(?i)entit"):
        list(openpyxl.load_workbook(book, read_only=True)["Programme"].values)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, quick):
    padding = "<!--" + " " * (40 * 1024 * 1024) + "-->"
    book = write_workbook(tmp_path / "bomb.xlsx", sheet_xml(_programme(1), prolog=padding))
    assert book.stat().st_size < 1024 * 1024
    with quick(), pytest.raises(ImportRefused, match="compressed more than 100:1"):
        parse_workbook(book)


def test_declared_sizes_over_200_mb_are_refused(tmp_path, quick):
    book = write_workbook(tmp_path / "huge.xlsx", sheet_xml(_programme(1)),
                          compression=zipfile.ZIP_STORED)
    data = bytearray(book.read_bytes())
    # Say in the central directory that the sheet unpacks to 250 MB.
    at = data.find(b"PK\x01\x02", data.find(b"xl/worksheets/sheet1.xml") + 1)
    entries = [i for i in range(len(data)) if data.startswith(b"PK\x01\x02", i)]
    sheet_entry = next(i for i in entries
                       if data[i + 46:i + 46 + 24] == b"xl/worksheets/sheet1.xml")
    assert at >= 0
    data[sheet_entry + 24:sheet_entry + 28] = struct.pack("<I", 250 * 1024 * 1024)
    book.write_bytes(bytes(data))
    with quick(), pytest.raises(ImportRefused, match="would unpack to 25\\d MB"):
        parse_workbook(book)


def test_a_file_over_20_mb_is_refused_unread(tmp_path, quick):
    book = tmp_path / "big.xlsx"
    with book.open("wb") as out:
        out.truncate(21 * 1024 * 1024)
    with quick(), pytest.raises(ImportRefused, match="20 MB at most"):
        parse_workbook(book)


def test_not_a_workbook(tmp_path, quick):
    book = tmp_path / "notes.xlsx"
    book.write_text("이것은 엑셀 파일이 아닙니다", encoding="utf-8")
    with quick(), pytest.raises(ImportRefused, match="not an Excel workbook"):
        parse_workbook(book)


def test_formulas_are_read_as_their_saved_values_and_stay_text(tmp_path, quick):
    rows = [_HEADER,
            ("2026-07-01", "09:00", "09:10", "forum", '<f>CONCATENATE("○ 개",\"회\")</f><v>○ 개회</v>', ""),
            ("2026-07-01", "09:10", "09:20", "forum", "=1+2", "+82 2 1234"),
            ("2026-07-01", "09:20", "09:30", "forum", "@SUM(A1)", '<f>A1*2</f>')]
    book = write_workbook(tmp_path / "formulas.xlsx", sheet_xml(rows))
    with quick():
        parsed = parse_workbook(book)
    titles = [(r.title, r.remarks) for _, r in parsed.sessions[0].walk()]
    assert titles == [("개회", []), ("=1+2", ["+82 2 1234"]), ("@SUM(A1)", [])]
    path = _event_file(tmp_path / "event.agenda")
    with EventDocument.open(path) as doc:
        apply_import(doc, parsed, Target())
        loaded = load_event(doc)
    [out] = [p for p in export_all(loaded, check_plan(loaded), tmp_path / "out",
                                   only=["runsheet"]) if p.suffix == ".xlsx"]
    sheet = openpyxl.load_workbook(out)["forum"]
    kinds = {c.value: c.data_type for row in sheet.iter_rows() for c in row if c.value}
    assert [kinds.get(v) for v in ("=1+2", "+82 2 1234", "@SUM(A1)")] == ["s", "s", "s"]


def test_a_wrong_dimension_tag_does_not_drop_rows(tmp_path, quick):
    book = write_workbook(tmp_path / "dimension.xlsx",
                          sheet_xml(_programme(9), dimension="A1:B2"))
    with quick():
        parsed = parse_workbook(book)
    assert parsed.row_count == 9


def test_100000_rows_are_refused_with_a_reason(tmp_path, quick):
    rows = [("start", "content")] + [("09:00", "○ x")] * 100_000
    book = write_workbook(tmp_path / "rows.xlsx", sheet_xml(rows),
                          compression=zipfile.ZIP_STORED)
    assert book.stat().st_size < 20 * 1024 * 1024
    with quick(), pytest.raises(ImportRefused, match=f"more than {MAX_ROWS:,} rows"):
        parse_workbook(book)


def test_a_refused_workbook_leaves_the_event_as_it_was(tmp_path):
    path = _event_file(tmp_path / "event.agenda")
    with EventDocument.open(path) as doc:
        before = dumps(export_event(load_event(doc)))
    rows = [*_programme(2), ("2026-07-01", "25:00", "25:30", "forum", "○ 밤", "")]
    write_workbook(tmp_path / "bad.xlsx", sheet_xml(rows))
    from ui.cli import main

    assert main(["import", str(tmp_path / "bad.xlsx"), str(path)]) == 2
    with EventDocument.open(path) as doc:
        assert dumps(export_event(load_event(doc))) == before


def test_the_venue_sheet_reads_back_to_the_same_rows(tmp_path):
    demo_path = build_new_file(tmp_path / "demo.agenda",
                               lambda doc: import_event(doc, copy.deepcopy(DEMO)))
    with EventDocument.open(demo_path) as doc:
        demo = load_event(doc)
    [book] = export_all(demo, check_plan(demo), tmp_path / "out", only=["venue"])
    parsed = parse_workbook(book)
    assert parsed.problems == [] and len(parsed.sessions) == len(demo.sessions)
    path = _event_file(tmp_path / "empty.agenda")
    with EventDocument.open(path) as doc:
        outcome = apply_import(doc, parsed, Target())
        loaded = load_event(doc)
    assert outcome.notes == []  # every room found
    [again] = export_all(loaded, check_plan(loaded), tmp_path / "again", only=["venue"])
    for day in {s.date.isoformat() for s in demo.sessions}:
        before, after = _venue_cells(book, day), _venue_cells(again, day)
        seats = before[0].index("통역사 좌석·마이크")  # who interprets is not on the sheet
        strip = [tuple(v for i, v in enumerate(row) if i != seats) for row in before]
        assert [tuple(v for i, v in enumerate(row) if i != seats) for row in after] == strip


def _venue_cells(path: Path, sheet: str) -> list[tuple]:
    rows = list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == "회의실 (층)")
    return rows[start:]


def test_the_template_in_resources_reads_as_documented():
    parsed = parse_workbook(ROOT / "resources" / "templates" / "programme-template.xlsx")
    assert parsed.problems == []
    [session] = parsed.sessions
    assert (session.key, str(session.date), session.interpretation_mode) == (
        "eu-meeting", "2026-07-03", "consecutive")
    assert [(depth, r.start, r.end, r.title) for depth, r in session.walk()] == [
        (0, 600, 610, "개회 및 환영사"), (0, 610, 615, "참석자 소개"),
        (0, 615, 655, "R&D 협력 현황 논의(안)"), (1, 615, 623, "한-EU 정부 대화 주요 논의 진행 안내"),
        (1, 623, 655, "질의응답 및 자유토론"), (0, 655, 660, "기념사진 촬영 및 폐회")]


# -- cases found in review ----------------------------------------------------------------


def test_a_bad_start_before_the_first_good_row_is_reported(tmp_path):
    rows = [("start", "content"), ("9시", "○ 개회"), ("9h30", "○ 축사"), ("10:00", "○ 논의")]
    parsed = parse_workbook(write_workbook(tmp_path / "first.xlsx", sheet_xml(rows)))
    assert [p.where for p in parsed.unread] == ["sheet 'Programme' row 2, cell A2",
                                                "sheet 'Programme' row 3, cell A3"]


def test_template_rows_without_a_start_belong_to_the_row_above(tmp_path):
    rows = [("start", "end", "content", "remarks"), ("10:00", "10:30", "○ 세션", ""),
            ("", "", "- 발표 하나", "(한) NRF")]
    parsed = parse_workbook(write_workbook(tmp_path / "cont.xlsx", sheet_xml(rows)))
    [row] = parsed.sessions[0].rows
    assert (row.title, row.details, row.remarks) == ("세션", ["- 발표 하나"], ["(한) NRF"])


def test_a_template_needs_a_start_column(tmp_path):
    rows = [("duration", "content"), ("10", "○ 개회")]
    with pytest.raises(ImportRefused, match="--columns"):
        parse_workbook(write_workbook(tmp_path / "dur.xlsx", sheet_xml(rows)))
    with pytest.raises(ImportRefused, match="start column"):
        parse_workbook(write_workbook(tmp_path / "dur.xlsx", sheet_xml(rows)),
                       columns=ColumnMap.parse("duration=A,content=B"))


def test_the_language_is_that_of_the_content_column(tmp_path):
    rows = [("content", "start", "remarks"), ("○ 개회", "10:00", "Minister")]
    parsed = parse_workbook(write_workbook(tmp_path / "ko.xlsx", sheet_xml(rows)))
    assert parsed.language == "ko"


def test_one_session_name_on_two_days_makes_two_sessions(tmp_path):
    rows = [("date", "start", "end", "session", "content"),
            ("2026-07-01", "10:00", "10:30", "forum", "○ 첫날"),
            ("2026-07-02", "10:00", "10:30", "forum", "○ 둘째 날")]
    parsed = parse_workbook(write_workbook(tmp_path / "days.xlsx", sheet_xml(rows)))
    path = _event_file(tmp_path / "event.agenda")
    with EventDocument.open(path) as doc:
        apply_import(doc, parsed, Target())
        loaded = load_event(doc)
    assert sorted((s.key, str(s.date)) for s in loaded.sessions) == [
        ("forum", "2026-07-01"), ("forum-2", "2026-07-02")]


def test_a_partner_sheet_name_is_not_a_session_key(tmp_path):
    rows = [("시 간", "내 용", "비 고"), ("10:00~10:30", "○ 개회", "")]
    parsed = parse_workbook(write_workbook(tmp_path / "partner.xlsx", sheet_xml(rows)))
    assert parsed.sessions[0].key == ""  # "Programme" is the sheet's name, not a session


def test_cells_far_to_the_right_are_refused_before_parsing(tmp_path, quick):
    body = "".join(f'<row r="{n}"><c r="XFD{n}" t="inlineStr"><is><t>x</t></is></c></row>'
                   for n in range(1, 8001))
    sheet = sheet_xml(_programme(1)).replace("</sheetData>", body + "</sheetData>")
    with quick(), pytest.raises(ImportRefused, match="past column AN"):
        parse_workbook(write_workbook(tmp_path / "wide.xlsx", sheet))


def test_a_flood_of_shared_strings_is_refused_before_parsing(tmp_path, quick):
    book = write_workbook(tmp_path / "strings.xlsx", sheet_xml(_programme(1)))
    strings = "".join(f"<si><t>{n}</t></si>" for n in range(200_000))
    with zipfile.ZipFile(book, "a") as archive:
        archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="x">{strings}</sst>')
    with quick(), pytest.raises(ImportRefused, match="texts"):
        parse_workbook(book)


@pytest.mark.parametrize("name", ["xl/worksheets/sheet1.bin", "xl/extra.XML"])
def test_entities_in_any_part_whatever_its_name(tmp_path, quick, name):
    book = write_workbook(tmp_path / "renamed.xlsx", sheet_xml(_programme(1)))
    with zipfile.ZipFile(book, "a") as archive:
        archive.writestr(name, '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')
    with quick(), pytest.raises(ImportRefused, match="entities"):
        parse_workbook(book)
    utf16 = tmp_path / "utf16.xlsx"
    write_workbook(utf16, sheet_xml(_programme(1), prolog='<!DOCTYPE w [<!ENTITY a "b">]>')
                   .replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-le")
                   .decode("latin-1"))
    with quick(), pytest.raises(ImportRefused, match="entities"):
        parse_workbook(utf16)


def test_a_broken_archive_is_refused_not_a_crash(tmp_path, capsys, quick):
    book = write_workbook(tmp_path / "crc.xlsx", sheet_xml(_programme(3)),
                          compression=zipfile.ZIP_STORED)
    data = bytearray(book.read_bytes())
    at = data.find("○ 순서 2".encode())
    data[at] ^= 0xFF  # the stored bytes no longer match their CRC
    book.write_bytes(bytes(data))
    with quick(), pytest.raises(ImportRefused, match="cannot be read"):
        parse_workbook(book)
    from ui.cli import main

    assert main(["import", str(book), str(_event_file(tmp_path / "e.agenda"))]) == 2


def test_excel_times_of_24_00_and_hour_counts_read_as_times(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["start", "end", "content"])
    sheet.append([dt.timedelta(hours=9), dt.timedelta(hours=9, minutes=30), "○ 개회"])
    sheet.append([dt.time(23, 30), 1.0, "○ 마무리"])
    sheet["B3"].number_format = "hh:mm"
    book.save(tmp_path / "times.xlsx")
    parsed = parse_workbook(tmp_path / "times.xlsx")
    assert parsed.unread == []
    assert sorted((r.start, r.end) for _, r in parsed.sessions[0].walk()) == [
        (540, 570), (1410, 1440)]


def test_a_session_that_cannot_be_made_leaves_the_event_as_it_was(tmp_path):
    """The second session has no day: the first, already added, goes again (rollback)."""
    path = _event_file(tmp_path / "event.agenda")
    with EventDocument.open(path) as doc:
        before = dumps(export_event(load_event(doc)))
    rows = [("date", "start", "end", "session", "content"),
            ("2026-07-01", "10:00", "10:30", "a", "○ 하나"),
            ("", "11:00", "11:30", "b", "○ 둘")]
    parsed = parse_workbook(write_workbook(tmp_path / "two.xlsx", sheet_xml(rows)))
    from db.edits import EditError

    with EventDocument.open(path) as doc:
        with pytest.raises(EditError, match="no date"):
            apply_import(doc, parsed, Target())
        assert dumps(export_event(load_event(doc))) == before


def test_rooms_are_matched_by_their_whole_name_and_floor():
    from db.importing import find_room
    from db.models import Room

    rooms = [Room(key="hall", name={"en": "Hall"}, floor="2F"),
             Room(key="studio", name={"ko": "DDP 디자인랩 서울-온 화상스튜디오"}, floor="2F")]
    found = {text: (r.key if (r := find_room(rooms, text)) else None) for text in (
        "Hall", "Hall (2F)", "Hall B", "DDP 서울-온 화상스튜디오(디자인랩 2F)")}
    assert found == {"Hall": "hall", "Hall (2F)": "hall", "Hall B": None,
                     "DDP 서울-온 화상스튜디오(디자인랩 2F)": "studio"}
