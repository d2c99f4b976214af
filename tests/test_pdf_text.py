"""What the PDF writer prints of a text: each character in the font that has it (NanumGothic,
else DejaVu Sans), what neither has, the title at each page's foot, and lines placed by what
shows of them."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.document import Cell, Column, Document, Paragraph, Section, Table
from exports.linebreak import text_width
from exports.pdf import (
    FONT,
    FONT_BOLD,
    MARGIN,
    PAD_X,
    char_widths,
    register_fonts,
    render_pdf,
    shared_layout,
    write_pdf,
)
from exports.pdf.canvas import foot_title
from exports.pdf.fonts import FALLBACK, MISSING, runs
from tests.test_pdf_layout import LONG, PAGE_HEIGHT, PAGE_WIDTH, ink, raw_text, word_boxes

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


def page_streams_of(data: bytes) -> list[bytes]:
    """The pages' operators: every stream reportlab wrote in ASCII85, then compressed."""
    return [zlib.decompress(base64.a85decode(d + b"~>", adobe=True)) for d in
            re.findall(rb"/ASCII85Decode /FlateDecode \].*?stream\r?\n(.*?)~>", data, re.DOTALL)]


def page_streams(path: Path) -> str:
    return "\n".join(s.decode("latin-1") for s in page_streams_of(path.read_bytes()))


def embedded_fonts(path: Path) -> dict[str, tuple[str, str]]:
    """Each font pdffonts lists, without its subset tag: whether it is embedded, and a subset."""
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    fonts = {}
    for row in rows:
        name, *_, emb, sub, _uni, _obj, _gen = row.split()
        tag, _, font = name.partition("+")
        assert re.fullmatch("[A-Z]{6}", tag), row
        fonts[font] = (emb, sub)
    return fonts


NAMES = "Öztürk João Łukasz Ελένη Дмитрий 김상우"
"""Names an international meeting prints: letters NanumGothic lacks (Ö, ã, έ) among its own."""
DEJAVU, DEJAVU_BOLD = FALLBACK[FONT], FALLBACK[FONT_BOLD]


# -- each character in the font that has it ------------------------------------------------


def test_hangul_and_latin_print_in_nanum_gothic_as_they_are() -> None:
    register_fonts()
    hangul = "".join(map(chr, range(0xAC00, 0xD7A4)))
    latin = "".join(map(chr, range(0x20, 0x7F))) + "·•※○□▲①②⑩–—‘’“”…~éöüñçŁ"
    for font in (FONT, FONT_BOLD):
        assert runs(font, hangul) == ((font, hangul),)
        assert runs(font, latin) == ((font, latin),)


def test_letters_nanum_gothic_lacks_print_in_dejavu_sans() -> None:
    register_fonts()
    assert runs(FONT, "João Öztürk") == ((FONT, "Jo"), (DEJAVU, "ã"), (FONT, "o "),
                                          (DEJAVU, "Ö"), (FONT, "ztürk"))
    assert runs(FONT_BOLD, "Ελένη") == ((FONT_BOLD, "Ελ"), (DEJAVU_BOLD, "έ"), (FONT_BOLD, "νη"))
    text = "Ångström Ãã čő Київ Ґ Đorđe Ħ ŉ ẞ"
    assert "".join(part for _, part in runs(FONT, text)) == text  # every letter as it is
    for font, fallback in ((FONT, DEJAVU), (FONT_BOLD, DEJAVU_BOLD)):
        widths = char_widths(font, 9)  # each as wide as the font that prints it makes it
        assert widths["ã"] == stringWidth("ã", fallback, 9) != stringWidth("a", font, 9)
        assert widths["a"] == stringWidth("a", font, 9)
        assert text_width(NAMES, widths) == pytest.approx(
            sum(stringWidth(part, f, 9) for f, part in runs(font, NAMES)))


def test_what_neither_font_has_prints_as_something_visible() -> None:
    register_fonts()
    assert runs(FONT, "회의 🎉 끝") == ((FONT, f"회의 {MISSING} 끝"),)
    assert runs(FONT, "a\u1ab0\U000e0100b") == ((FONT, "ab"),)  # lone marks: left out
    assert runs(FONT, "\u06c0") == ((DEJAVU, "\u06d5"),)  # a letter with a mark: the letter
    widths = char_widths(FONT, 9)
    assert text_width("🎉", widths) == text_width(MISSING, widths)  # laid out as printed


@needs_poppler
def test_names_in_other_scripts_read_back_as_written(tmp_path: Path) -> None:
    table = Table([Column("이름", 1)])
    table.add(Cell(NAMES))
    table.add(Cell(NAMES, "total"))
    doc = Document(NAMES, [Section(NAMES, [Paragraph(NAMES, "title"), Paragraph(NAMES, "item"),
                                           table])])
    path = write_pdf(doc, tmp_path / "names.pdf")
    assert raw_text(path).count(NAMES) == 5  # title, paragraph, both cells, the page's foot
    assert "ActualText" not in page_streams(path)  # every letter prints as it is
    fonts = embedded_fonts(path)
    assert fonts.keys() == {FONT, "NanumGothicBold", DEJAVU, DEJAVU_BOLD}
    assert set(fonts.values()) == {("yes", "yes")}  # embedded, as subsets


@needs_poppler
def test_what_neither_font_has_reads_back_as_written(tmp_path: Path) -> None:
    text = "회의 🎉 João 👍 끝"
    table = Table([Column("내용", 1)])
    table.add(Cell(text))
    doc = Document("제목", [Section("제목", [Paragraph(text, "item"), table])])
    path = write_pdf(doc, tmp_path / "glyphs.pdf")
    assert raw_text(path).count(text) == 2  # copying gives back the text as stored
    streams = page_streams(path)
    actual = "FEFF" + text.encode("utf-16-be").hex().upper()
    assert streams.count(f"/Span <</ActualText <{actual}>>> BDC BT") == 2
    assert streams.count("ET EMC") == 2
    assert embedded_fonts(path).keys() == {FONT, "NanumGothicBold", DEJAVU}


@needs_poppler
def test_names_wrap_inside_their_cells(tmp_path: Path) -> None:
    columns = [Column("이름", 1), Column("소속", 1, "center"), Column("비고", 1, "right")]
    table = Table(columns)
    for n in range(1, 8):
        table.add(Cell(" ".join([NAMES] * n)), Cell(f"Ångström {NAMES}"[: 5 * n]),
                  Cell(f"{NAMES} Ååå"[-6 * n:], "total"))
    path = write_pdf(Document("표", [Section("표", [table])]), tmp_path / "names.pdf")
    edges = [MARGIN + n * (PAGE_WIDTH - 2 * MARGIN) / 3 for n in range(4)]
    boxes = word_boxes(path)
    for left, right, word in boxes:
        column = max(i for i, edge in enumerate(edges[:-1]) if edge <= left)
        assert edges[column] + PAD_X - 0.5 <= left and right <= edges[column + 1] - PAD_X + 0.5, \
            (word, left, right, edges)
    ends = [right for left, right, _ in boxes if left > edges[2]]
    assert ends and max(ends) == pytest.approx(edges[3] - PAD_X, abs=0.5)  # placed as printed
    assert len([b for b in boxes if b[0] < edges[1]]) > 28 * 6  # the names, over many lines
    assert ink(raw_text(path)).count(ink(NAMES)) >= 28


def test_a_section_drawn_again_is_drawn_as_it_was(tmp_path: Path) -> None:
    def section(title: str) -> Section:
        table = Table([Column("시간", 1), Column("내용", 3)])
        for n in range(60):
            table.add(Cell(f"09:{n:02d}"), Cell(f"{NAMES} 🎉 {n}" if n % 3 else f"회의 {n}"))
        return Section(title, [Paragraph(title, "title"), Paragraph(NAMES, "heading"), table],
                       bookmark=title)

    single = Document("한 장", [section("Ελένη")])
    alone = render_pdf(single)
    with shared_layout():  # the book first: the single sheet is drawn from its recorded pages
        render_pdf(Document("책", [section("김상우"), section("Ελένη"), section("Öztürk")]))
        again = render_pdf(single)
    assert page_streams_of(again) == page_streams_of(alone)
    assert len(page_streams_of(alone)) == 2


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
    assert foot_title("🎉 행사", 500, FONT, 8) == "🎉 행사"  # printed as draw_line prints it
    short = foot_title(NAMES * 4, 200, FONT, 8)
    assert short.endswith("…") and 190 < text_width(short, char_widths(FONT, 8)) <= 200
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
