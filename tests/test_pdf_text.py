"""What the PDF writer prints of a text: characters its font lacks, the title at each page's
foot, and lines placed by what shows of them."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from exports.document import Cell, Column, Document, Paragraph, Section, Table
from exports.linebreak import text_width
from exports.pdf import FONT, FONT_BOLD, MARGIN, char_widths, register_fonts, write_pdf
from exports.pdf.canvas import foot_title
from exports.pdf.fonts import MISSING, printable
from tests.test_pdf_layout import LONG, PAGE_HEIGHT, PAGE_WIDTH, raw_text

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) not installed")

Box = tuple[float, float, float, str]
"""A word as pdftotext -bbox finds it: left, right, top, text."""


def boxes(path: Path) -> list[Box]:
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [(float(left), float(right), float(top), word) for left, top, right, word in
            re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                       r'yMax="[\d.]+">([^<]*)</word>', html)]


def foot(path: Path) -> list[Box]:
    """The words at the foot of the first page: its title and "page X / Y"."""
    return [b for b in boxes(path) if b[2] > PAGE_HEIGHT - MARGIN][:100]


def page_streams(path: Path) -> str:
    """The pages' operators: every stream reportlab wrote in ASCII85, then compressed."""
    out = []
    for data in re.findall(rb"/ASCII85Decode /FlateDecode \].*?stream\r?\n(.*?)~>",
                           path.read_bytes(), re.DOTALL):
        out.append(zlib.decompress(base64.a85decode(data + b"~>", adobe=True)).decode("latin-1"))
    return "\n".join(out)


# -- characters the font lacks -----------------------------------------------------------


def test_hangul_and_latin_print_as_they_are() -> None:
    register_fonts()
    for font in (FONT, FONT_BOLD):
        shown = printable(font)
        hangul = "".join(map(chr, range(0xAC00, 0xD7A4)))
        latin = "".join(map(chr, range(0x20, 0x7F))) + "·•※○□▲①②⑩–—‘’“”…~"
        assert hangul.translate(shown) == hangul
        assert latin.translate(shown) == latin


def test_what_the_font_lacks_prints_as_something_visible() -> None:
    register_fonts()
    shown = printable(FONT)
    assert "회의 😀 끝".translate(shown) == f"회의 {MISSING} 끝"
    assert "João Ãlvaro".translate(shown) == "Joao Alvaro"  # an accent it lacks: the letter
    assert "e\u0301 ❤\ufe0f".translate(shown) == f"e {MISSING}"  # marks on their own: left out
    widths = char_widths(FONT, 9)
    assert text_width("😀", widths) == text_width(MISSING, widths)  # laid out as printed


@needs_poppler
def test_text_with_characters_the_font_lacks_reads_back_as_written(tmp_path: Path) -> None:
    text = "회의 😀 João Müller Ãe\u0301 끝"
    table = Table([Column("내용", 1)])
    table.add(Cell(text))
    doc = Document("제목", [Section("제목", [Paragraph(text, "item"), table])])
    path = write_pdf(doc, tmp_path / "glyphs.pdf")
    assert raw_text(path).count(text) == 2  # copying gives back the text as stored
    streams = page_streams(path)
    actual = "FEFF" + text.encode("utf-16-be").hex().upper()
    assert streams.count(f"/Span <</ActualText <{actual}>>> BDC BT") == 2
    assert streams.count("ET EMC") == 2
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all("NanumGothic" in f for f in fonts)


# -- the page's foot ---------------------------------------------------------------------


@needs_poppler
def test_a_long_title_at_the_foot_stops_short_of_the_page_number(tmp_path: Path) -> None:
    title = f"{LONG}\n둘째 줄\t{LONG}"
    path = write_pdf(Document(title, [Section("본문", [Paragraph("본문", "item")])]),
                     tmp_path / "foot.pdf")
    words = foot(path)
    number = [b for b in words if b[3] in ("1", "/")]
    named = [b for b in words if b not in number]
    assert named and len(number) == 3
    assert max(right for _, right, _, _ in named) < min(left for left, _, _, _ in number) - 10
    assert len({top for _, _, top, _ in words}) == 1  # one line
    assert named[-1][3].endswith("…")
    assert named[0][3] == "한국-캐나다"


@needs_poppler
def test_a_title_of_several_lines_is_one_line_at_the_foot(tmp_path: Path) -> None:
    register_fonts()
    assert foot_title("첫 줄\r\n둘째\t줄\x07", 500, FONT, 8) == "첫 줄 둘째 줄 "
    assert foot_title("😀 행사", 500, FONT, 8) == f"{MISSING} 행사"
    path = write_pdf(Document("첫 줄\n둘째\t줄", [Section("본문", [Paragraph("본문", "item")])]),
                     tmp_path / "foot.pdf")
    assert [b[3] for b in foot(path)] == ["첫", "줄", "둘째", "줄", "1", "/", "1"]
    assert len({top for _, _, top, _ in foot(path)}) == 1


# -- lines placed by what shows ------------------------------------------------------------


@needs_poppler
def test_trailing_spaces_do_not_move_a_centred_line(tmp_path: Path) -> None:
    columns = [Column("시간", 1, "center"), Column("비고", 1, "right")]
    table = Table(columns)
    table.add(Cell("09:00~10:00" + " " * 12), Cell("김철수" + " " * 12))
    doc = Document("제목", [Section("제목", [Paragraph("가운데 제목" + " " * 20, "title"),
                                             table])])
    words = [b for b in boxes(write_pdf(doc, tmp_path / "centre.pdf"))
             if b[2] < PAGE_HEIGHT - MARGIN]
    title = [b for b in words if b[3] in ("가운데", "제목")]
    middle = (title[0][0] + title[-1][1]) / 2
    assert middle == pytest.approx(PAGE_WIDTH / 2, abs=0.5)
    half = (PAGE_WIDTH - 2 * MARGIN) / 2
    time = next(b for b in words if b[3] == "09:00~10:00")
    assert (time[0] + time[1]) / 2 == pytest.approx(MARGIN + half / 2, abs=0.5)
    name = next(b for b in words if b[3] == "김철수")
    assert name[1] == pytest.approx(MARGIN + 2 * half - 6, abs=0.5)  # the cell's padding
