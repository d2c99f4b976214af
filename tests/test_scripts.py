"""Every script a Korea–Japan or Korea–China event uses prints: Japanese (kana and kanji) and
Chinese (simplified and traditional) in the PDFs, named in the Excel cells, drawn in the
window; and a character no bundled font has is a finding before anything is written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from db.document import EventDocument, build_new_file
from db.interchange import import_event
from db.loading import LoadedEvent, load_event

try:
    from exports.fonts import BUNDLED, CJK, NANUM, covering_family, glyphs, unprintable
except ImportError:
    pass
from exports.pdf.fonts import FONT, FONT_BOLD, runs
from planner.rules import check_plan
from tests.test_pdf_text import embedded_fonts, page_streams
from ui.cli import main

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext, pdffonts) not installed")

JAPANESE = ("開会挨拶「日本の電池戦略」", "(일) 山田太郎 経済産業省")
SIMPLIFIED = ("中国电池产业发展战略", "(중) 王晓明 国家发改委")
TRADITIONAL = ("台灣電池產業戰略與合作", "(대) 張偉 經濟部")
ROWS = (JAPANESE, SIMPLIFIED, TRADITIONAL)
INTERPRETER = "佐藤 花子"


def forum() -> dict[str, Any]:
    """A Korea–Japan–China session whose rows are in Japanese and in both Chinese scripts."""
    return {
        "format": "agenda-planner.event/1",
        "event": {"title": {"ko": "한중일 배터리 포럼", "en": "Battery forum"},
                  "timezone": "Asia/Seoul", "languages": ["ko", "ja", "zh"]},
        "rooms": [{"key": "hall", "name": {"ko": "대회의실"}, "floor": "2F", "capacity": 80}],
        "interpreters": [{"key": "sato", "name": {"ko": INTERPRETER}, "languages": ["ko", "ja"],
                          "directions": ["ko>ja", "ja>ko"], "modes": ["consecutive"],
                          "available": [{"date": "2026-07-01", "start": "08:00",
                                         "end": "18:00"}]}],
        "sessions": [{
            "key": "forum", "title": {"ko": "한중일 배터리 포럼 「日本の電池戦略」"},
            "date": "2026-07-01", "start": "09:00", "end": "10:00", "room": "hall",
            "interpretation": {"mode": "consecutive", "languages": ["ko", "ja"]},
            "items": [{"duration": 20, "title": {"ko": title}, "remarks": {"ko": remarks}}
                      for title, remarks in ROWS],
            "assignments": [{"interpreter": "sato", "role": "consecutive"}]}],
    }


def write_event(path: Path, data: dict[str, Any]) -> Path:
    return build_new_file(path, lambda doc: import_event(doc, data))


def load(path: Path) -> LoadedEvent:
    with EventDocument.open(path, read_only=True) as doc:
        return load_event(doc)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


# -- which font prints what --------------------------------------------------------------


def test_the_bundled_fonts_cover_hangul_kana_and_chinese_characters_in_truetype() -> None:
    every = "".join(t + r for t, r in ROWS) + INTERPRETER + "한중일 배터리 포럼 ひらがな カタカナ"
    assert unprintable(every) == ""
    root = Path(__file__).resolve().parent.parent / "resources" / "fonts"
    for font in BUNDLED:
        data = (root / font.file).read_bytes()
        assert data[:4] == b"\x00\x01\x00\x00", font.file  # TrueType outlines, not CFF (OTTO)
        assert b"glyf" in data[12:12 + 16 * int.from_bytes(data[4:6], "big")], font.file
    assert (root / "LICENSE-DroidSansFallback.txt").read_text().count("Apache License") >= 1
    assert 0xAC00 in glyphs(NANUM) and ord("戦") in glyphs(CJK) and ord("电") in glyphs(CJK)


def test_chinese_characters_and_kana_print_in_one_design_hangul_in_nanum_gothic() -> None:
    for font in (FONT, FONT_BOLD):
        assert runs(font, "「日本の電池戦略」 한일") == (
            (font, "「"), (CJK.name, "日本の電池戦略"), (font, "」 한일"))
        assert runs(font, SIMPLIFIED[0]) == ((CJK.name, SIMPLIFIED[0]),)
        assert runs(font, TRADITIONAL[0]) == ((CJK.name, TRADITIONAL[0]),)


# -- the documents --------------------------------------------------------------------------


@needs_poppler
def test_japanese_and_chinese_rows_print_as_written_with_their_font_embedded(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = write_event(tmp_path / "forum.agenda", forum())
    out = tmp_path / "out"
    assert main(["export", str(event), "--to", str(out), "--only", "runsheet,interpreters"]) == 0
    assert "warning" not in capsys.readouterr().err  # every character prints
    for pdf in (out / "runsheet-ko.pdf", out / "runsheet-ko-2026-07-01.pdf"):
        text = pdf_text(pdf)
        assert "한중일 배터리 포럼 「日本の電池戦略」" in text
        for title, remarks in ROWS:
            assert title in text and remarks in text, (title, remarks)
        assert "?" not in text
        assert "ActualText" not in page_streams(pdf)  # nothing drawn otherwise than written
        fonts = embedded_fonts(pdf)
        assert {"NanumGothic", "NanumGothicBold", "DroidSansFallback"} <= fonts.keys()
        assert set(fonts.values()) == {("yes", "yes")}  # embedded, as subsets
    (sheet,) = (out / "interpreters-ko").glob("*.pdf")  # the one interpreter's sheet
    assert INTERPRETER in pdf_text(sheet) and "DroidSansFallback" in embedded_fonts(sheet)


def test_excel_cells_name_a_font_that_has_their_text(tmp_path: Path) -> None:
    event = write_event(tmp_path / "forum.agenda", forum())
    out = tmp_path / "out"
    assert main(["export", str(event), "--to", str(out), "--only", "runsheet"]) == 0
    sheet = load_workbook(out / "runsheet-ko.xlsx").worksheets[-1]
    fonts = {cell.value: cell.font.name for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, str)}
    for title, _ in ROWS:
        cell = next(v for v in fonts if title in v)
        assert fonts[cell] == CJK.family
    assert fonts["(일) 山田太郎 経済産業省"] == CJK.family  # the font that has most of it
    assert {fonts[v] for v in fonts if v.isascii()} == {NANUM.family}
    assert covering_family("Öztürk") == "DejaVu Sans"


# -- what no font has ----------------------------------------------------------------------


def with_unprintable_row() -> dict[str, Any]:
    data = forum()
    data["sessions"][0]["items"][1]["remarks"]["ko"] = "(중) 王晓明 🎉"
    data["sessions"][0]["items"].append({"duration": 5, "title": {"ko": "폐회 \U00013000"}})
    return data


def test_a_character_no_font_has_is_a_finding_naming_the_session_and_row(
        tmp_path: Path) -> None:
    loaded = load(write_event(tmp_path / "forum.agenda", with_unprintable_row()))
    assert not [f for f in check_plan(loaded, unprintable=unprintable)
                if f.code == "text.unprintable" and "🎉" not in str(f.message)
                and "\U00013000" not in str(f.message)]
    found = [f for f in check_plan(loaded, unprintable=unprintable)
             if f.code == "text.unprintable"]
    rows = [node.item for node in loaded.walk(loaded.sessions[0])]
    assert [(f.sessions, f.items) for f in found] == [(("forum",), (rows[1].id,)),
                                                      (("forum",), (rows[3].id,))]
    assert "row 2" in found[0].text("en") and "'🎉' (U+1F389)" in found[0].text("en")
    assert "remarks" in found[0].text("en") and "2번 행" in found[0].text("ko")
    assert "row 4" in found[1].text("en") and "U+13000" in found[1].text("en")
    assert not [f for f in check_plan(loaded) if f.code == "text.unprintable"]  # no fonts, no check


def test_export_says_so_before_it_writes_and_check_lists_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = write_event(tmp_path / "forum.agenda", with_unprintable_row())
    assert main(["export", str(event), "--to", str(tmp_path / "out"), "--lang", "en",
                 "--only", "runsheet"]) == 0
    out, err = capsys.readouterr()
    warnings = [line for line in err.splitlines() if "no bundled font" in line]
    assert len(warnings) == 2 and "row 2" in warnings[0] and "🎉" in warnings[0]
    assert all(line.startswith("agenda-planner: warning: ") for line in warnings)
    assert "wrote" in out and "wrote" not in err
    main(["check", str(event), "--lang", "en"])
    report = capsys.readouterr().out
    assert report.count("(text.unprintable)") == 2 and "U+13000" in report


def test_the_window_lists_it_among_the_findings(tmp_path: Path, qtbot, settings) -> None:
    from ui.interaction import HeadlessInteraction
    from ui.main_window import MainWindow

    event = write_event(tmp_path / "forum.agenda", with_unprintable_row())
    win = MainWindow(settings, HeadlessInteraction())
    qtbot.addWidget(win)
    assert win.open_path(event)
    model = win.findings_model
    codes = [model.finding(row).code for row in range(model.rowCount())]
    assert codes.count("text.unprintable") == 2


# -- the window ------------------------------------------------------------------------------


BARE_MACHINE = textwrap.dedent("""
    import sys
    from PySide6.QtGui import QFont, QTextLayout
    from PySide6.QtWidgets import QApplication, QLabel
    from ui.app import use_bundled_font

    app = QApplication([])
    use_bundled_font(app)
    for text in sys.argv[1:]:
        for font in (QFont(), QLabel().font(), QFont("NanumGothic")):
            layout = QTextLayout(text, font)
            layout.beginLayout()
            layout.createLine()
            layout.endLayout()
            for run in layout.glyphRuns():
                print(run.rawFont().familyName(), *run.glyphIndexes(), sep="|")
""")


def test_the_window_draws_japanese_and_chinese_with_only_the_bundled_fonts(
        tmp_path: Path) -> None:
    """On a machine with no fonts of its own (fontconfig finds none), 戦 is a glyph of a bundled
    font, never the empty box (glyph 0)."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path / 'cache'}"
                    "</cachedir></fontconfig>")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parent.parent
    texts = ["日本の電池戦略", SIMPLIFIED[0], TRADITIONAL[0], "한일 Öztürk"]
    result = subprocess.run([sys.executable, "-c", BARE_MACHINE, *texts], capture_output=True,
                            text=True, env=env, cwd=root, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    drawn = [line.split("|") for line in result.stdout.splitlines()]
    assert drawn and all(int(glyph) != 0 for _, *glyphs_ in drawn for glyph in glyphs_), drawn
    assert {family for family, *_ in drawn} == {"NanumGothic", "Droid Sans Fallback",
                                                "DejaVu Sans"}
