"""The PDF writer's own layout: line breaking (exports.linebreak), lines inside their cells, and
the page flow (headings kept with what follows, paragraphs and tables split between pages)."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exports.document import Cell, Column, Document, Paragraph, Section, Table
from exports.linebreak import CANNOT_START, FUZZ, CharWidths, break_lines, text_width
from exports.pdf import CELL_FONT_SIZE, FONT, MARGIN, PAD_X, char_widths, register_fonts, write_pdf

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) not installed")

# Ten points a Hangul syllable, five anything else: easy to count by hand.
EVEN = CharWidths(lambda ch: 10.0 if ch >= "\u1100" else 5.0)


@pytest.fixture(scope="module")
def nanum() -> CharWidths:
    register_fonts()
    return char_widths(FONT, CELL_FONT_SIZE)


def ink(text: str) -> str:
    """The characters that print, in order (line breaks and spaces aside)."""
    return re.sub(r"\s", "", text)


# -- by hand ---------------------------------------------------------------------------


def test_a_hangul_word_too_long_for_any_line_is_cut_between_syllables() -> None:
    assert break_lines("가나다라마바사", 35, EVEN) == ["가나다", "라마바", "사"]
    assert break_lines("가나다라마바사", 30, EVEN) == ["가나다", "라마바", "사"]
    assert break_lines("회의 가나다라마바사", 35, EVEN) == ["회의", "가나다", "라마바", "사"]


def test_korean_breaks_at_spaces_between_its_words() -> None:
    # Each word fits on a line: none is cut, as the seed's run sheets print them.
    assert break_lines("국제협력 기반 마련", 45, EVEN) == ["국제협력", "기반 마련"]
    assert break_lines("양국 협력 방향 구체화", 60, EVEN) == ["양국 협력", "방향 구체화"]
    assert break_lines("R&D협력현황 공유", 60, EVEN) == ["R&D협력현황", "공유"]


def test_chinese_and_japanese_still_break_between_characters() -> None:
    assert break_lines("量子技術協力会議", 35, EVEN) == ["量子技", "術協力", "会議"]
    assert break_lines("한국 量子技術", 45, EVEN) == ["한국 量子", "技術"]


def test_latin_words_break_at_spaces_and_stay_whole() -> None:
    assert break_lines("Use-case and more", 45, EVEN) == ["Use-case", "and more"]
    assert break_lines("Use-case 및 산업 응용", 50, EVEN) == ["Use-case", "및 산업", "응용"]


def test_a_latin_word_too_long_for_any_line_is_cut_between_letters() -> None:
    assert break_lines("x" * 20, 42, EVEN) == ["x" * 8, "x" * 8, "x" * 4]
    assert break_lines("한국어 Supercalifragilistic", 60, EVEN) == \
        ["한국어", "Supercalifra", "gilistic"]


def test_closing_punctuation_does_not_begin_a_line() -> None:
    assert break_lines("가나다라.", 40, EVEN) == ["가나다", "라."]
    assert break_lines("量子技術。", 40, EVEN) == ["量子技", "術。"]
    assert break_lines("리셉션 (비공개)", 40, EVEN) == ["리셉션", "(비공개)"]  # nor "(" end one


def test_newlines_are_kept_and_spaces_at_a_break_are_dropped() -> None:
    assert break_lines("첫째 줄\n\n셋째 줄", 100, EVEN) == ["첫째 줄", "", "셋째 줄"]
    assert break_lines("가나다   라마", 30, EVEN) == ["가나다", "라마"]
    assert break_lines("", 100, EVEN) == []
    assert break_lines("\n ", 1, EVEN) == ["", ""]  # a line of spaces too narrow for them


def test_control_characters_print_as_spaces() -> None:
    assert break_lines("\t탭\r캐리지", 100, EVEN) == [" 탭 캐리지"]


def test_a_character_wider_than_the_line_stands_alone() -> None:
    assert break_lines("가나다", 5, EVEN) == ["가", "나", "다"]


def test_indentation_gives_way_to_the_first_word() -> None:
    assert break_lines("    가나", 40, EVEN) == ["    가나"]  # room enough: kept
    assert break_lines(" " * 10 + "가나", 30, EVEN) == ["  가나"]
    assert break_lines(" " * 10 + "가나다라", 30, EVEN) == ["    가", "나다라"]  # too long
    assert break_lines("\t" * 8 + "word more", 30, EVEN) == ["  word", "more"]
    assert break_lines("    가", 5, EVEN) == ["가"]
    assert break_lines("첫 줄\n" + " " * 40 + "abcd", 50, EVEN) == ["첫 줄", " " * 6 + "abcd"]


def test_widths_are_the_fonts_own(nanum: CharWidths) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    text = "한국-캐나다 정부 간 대화 (비공개) Quantum Intelligence, SDT"
    assert text_width(text, nanum) == pytest.approx(stringWidth(text, FONT, CELL_FONT_SIZE))


# -- for any text ----------------------------------------------------------------------

TEXT = st.lists(st.sampled_from(list("가나다라마바사한국어통역 abcdefXYZ-,.()\n\t")
                                + ["Quantum", "회의실", "  ", "SK"]), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=TEXT, width=st.floats(min_value=1, max_value=300))
def test_lines_fit_and_keep_every_character_in_order(nanum: CharWidths, text: str,
                                                     width: float) -> None:
    lines = break_lines(text, width, nanum)
    for line in lines:
        assert text_width(line, nanum) <= width + FUZZ or len(line) == 1, (line, width)
    assert ink("".join(lines)) == ink(text)
    assert len(lines) >= (text.count("\n") + 1 if text else 0)


@settings(max_examples=300, deadline=None)
@given(indent=st.text(alphabet=" \t", min_size=1, max_size=60), text=TEXT,
       width=st.floats(min_value=1, max_value=150))
def test_indentation_never_pushes_text_past_the_edge(nanum: CharWidths, indent: str, text: str,
                                                     width: float) -> None:
    lines = break_lines(indent + text, width, nanum)
    for line in lines:
        assert text_width(line, nanum) <= width + FUZZ or len(line) == 1, (line, width)
    assert ink("".join(lines)) == ink(text)


def assert_words_that_fit_are_whole(nanum: CharWidths, words: list[str], width: float) -> None:
    """Every word no wider than the line is printed whole, on one line."""
    lines = break_lines(" ".join(words), width, nanum)
    printed = [word for line in lines for word in line.split()]
    for word in words:
        if text_width(word, nanum) <= width:
            assert word in printed, (word, lines)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(alphabet="abcdefghijKLMNOP0123-", min_size=1, max_size=12),
                      min_size=1, max_size=12),
       width=st.floats(min_value=10, max_value=200))
def test_latin_words_that_fit_are_never_split(nanum: CharWidths, words: list[str],
                                              width: float) -> None:
    assert_words_that_fit_are_whole(nanum, words, width)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="가나다라마바사아자차카타파하", min_size=1, max_size=60),
       width=st.floats(min_value=10, max_value=200))
def test_hangul_lines_are_filled_before_they_break(nanum: CharWidths, text: str,
                                                   width: float) -> None:
    lines = break_lines(text, width, nanum)
    assert "".join(lines) == text
    for line, following in itertools.pairwise(lines):
        assert text_width(line + following[0], nanum) > width + FUZZ or len(line) == 0


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(alphabet="가나다라마바사한국어통역협력-·()SK", min_size=1,
                              max_size=10), min_size=1, max_size=12),
       width=st.floats(min_value=10, max_value=200))
def test_korean_words_that_fit_are_never_split(nanum: CharWidths, words: list[str],
                                               width: float) -> None:
    assert_words_that_fit_are_whole(nanum, words, width)


def test_closing_punctuation_list_holds_no_letters() -> None:
    assert not any(ch.isalnum() and ch.isascii() for ch in CANNOT_START)


# -- in a PDF table --------------------------------------------------------------------

LONG = ("한국-캐나다 양자 협력 프레임워크 구축을 위한 정부 간 대화 및 후속 조치 논의 "
        "(Canada-Korea Quantum Innovation Forum) Supercalifragilisticexpialidocious 등")


PAGE_WIDTH, PAGE_HEIGHT = 595.2756, 841.8898  # A4 upright, in points


def word_boxes(path: Path) -> list[tuple[float, float, str]]:
    """(left, right, word) of every word above the page's foot (its title and number)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [(float(left), float(right), word) for left, right, bottom, word in
            re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" '
                       r'yMax="([\d.]+)">([^<]*)</word>', html)
            if float(bottom) < PAGE_HEIGHT - MARGIN - 20]


def raw_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@needs_poppler
def test_table_text_stays_inside_its_cells(tmp_path: Path) -> None:
    columns = [Column("시간", 1, "center"), Column("내용", 3), Column("비고", 1.5, "right")]
    table = Table(columns)
    for n in range(30):
        table.add(Cell(f"09:{n:02d}~10:00"), Cell(LONG[: 20 + 5 * n], indent=n % 2),
                  Cell(LONG[n:n + 40], role="problem" if n % 3 == 0 else "text"))
    path = write_pdf(Document("표", [Section("표", [table])]), tmp_path / "t.pdf")
    width = PAGE_WIDTH - 2 * MARGIN
    total = sum(c.width for c in columns)
    edges = [MARGIN]
    for column in columns:
        edges.append(edges[-1] + width * column.width / total)
    boxes = word_boxes(path)
    for left, right, word in boxes:
        column = max(i for i, edge in enumerate(edges[:-1]) if edge <= left)
        assert edges[column] + PAD_X - 0.5 <= left and right <= edges[column + 1] - PAD_X + 0.5, \
            (word, left, right, edges)
    assert len(boxes) > 300
    text = ink(raw_text(path))
    for n in range(30):
        assert ink(LONG[: 20 + 5 * n]) in text and ink(LONG[n:n + 40]) in text


@needs_poppler
def test_korean_in_a_cell_breaks_between_words(tmp_path: Path) -> None:
    """A cell of Korean words that each fit its width: every word prints whole on one line,
    as the seed's run sheets break it (not 국제협 / 력)."""
    text = ("양국이 보유한 연구·산업 역량을 연계, 실질적인 협력 의제를 발굴하여 지속가능한 "
            "국제협력 기반 마련 및 양국 협력 방향 구체화")
    table = Table([Column("시간", 1.65, "center"), Column("내용", 4.2), Column("비고", 2.3)])
    for n in range(8):
        table.add(Cell(f"09:{n:02d}~10:00"), Cell(text[n * 3:], indent=n % 2), Cell(text))
    path = write_pdf(Document("표", [Section("표", [table])]), tmp_path / "k.pdf")
    printed = [word for _, _, word in word_boxes(path)]
    for word in text.split():
        assert printed.count(word) >= 8, (word, printed)
    assert "국제협" not in printed and "체화" not in printed


@needs_poppler
def test_a_block_heading_never_ends_a_page_without_its_first_sub_row(tmp_path: Path) -> None:
    """However many rows come before it, a ○ block heading goes on to the next page with the
    first of its - rows rather than stand alone at a page's foot."""
    columns = [Column("시간", 1.65, "center"), Column("내용", 4.2), Column("비고", 2.3)]
    moved = 0
    for filler in range(30, 48):
        table = Table(columns)
        for n in range(filler):
            table.add(Cell(f"09:{n % 60:02d}~10:00", "time"), Cell(f"○ 채움 {n}", "block"),
                      Cell(""))
        table.add(Cell("11:00~12:00", "time"), Cell("○ 블록 제목", "block"), Cell(""))
        for n in (1, 2):
            table.add(Cell(f"11:0{n}~11:30", "time"), Cell(f"- 하위 {n}", "sub", indent=1),
                      Cell(""))
        path = write_pdf(Document("표", [Section("표", [table])]), tmp_path / f"b{filler}.pdf")
        pages = raw_text(path).split("\f")
        holder = [p for p in pages if "블록 제목" in p]
        assert len(holder) == 1 and "하위 1" in holder[0], filler
        moved += pages.index(holder[0]) > 0 and f"채움 {filler - 1}" not in holder[0]
    assert moved  # (the heading did fall at a page's foot for some of them)


@needs_poppler
def test_indented_text_stays_inside_its_cell(tmp_path: Path) -> None:
    columns = [Column("시간", 1, "center"), Column("내용", 4), Column("비고", 1, "right")]
    table = Table(columns)
    for depth in (10, 30, 60):
        table.add("\t" * depth + "09:00~10:00", " " * depth + "들여쓴 내용 Quantum",
                  "\t" * depth + "(사회) 김")
    path = write_pdf(Document("표", [Section("표", [table])]), tmp_path / "indent.pdf")
    width = PAGE_WIDTH - 2 * MARGIN
    edges = [MARGIN, MARGIN + width / 6, MARGIN + width * 5 / 6, MARGIN + width]
    boxes = word_boxes(path)
    for left, right, word in boxes:
        column = max(i for i, edge in enumerate(edges[:-1]) if edge <= left)
        assert edges[column] + PAD_X - 0.5 <= left and right <= edges[column + 1] - PAD_X + 0.5, \
            (word, left, right, edges)
    assert ink(raw_text(path)).count(ink("09:00~10:00들여쓴내용Quantum(사회)김")) == 3


@needs_poppler
def test_paragraph_lines_stay_inside_the_frame(tmp_path: Path) -> None:
    doc = Document("글", [Section("글", [Paragraph(LONG * 3, role)
                                         for role in ("title", "heading", "item", "subitem")])])
    path = write_pdf(doc, tmp_path / "p.pdf")
    frame = (MARGIN + 6, PAGE_WIDTH - MARGIN - 6)  # reportlab's frame padding
    for left, right, word in word_boxes(path):
        assert frame[0] - 0.5 <= left and right <= frame[1] + 0.5, (word, left, right)
    assert raw_text(path).count("Supercalifragilisticexpialidocious") == 4 * 3


# -- the page flow -----------------------------------------------------------------------


def pages_of(path: Path) -> list[str]:
    return raw_text(path).split("\f")[:-1]


@needs_poppler
def test_a_heading_moves_to_the_next_page_with_what_follows_it(tmp_path: Path) -> None:
    # 45 lines of 15.5 pt leave 30 pt of the frame's 728: room for the heading (6 + 16 pt)
    # but not for it and the line after it (3 + 13.5 pt more).
    filler = [Paragraph(f"채우는 줄 {n}", "item") for n in range(45)]
    doc = Document("제목", [Section("제목", [*filler, Paragraph("소제목", "heading"),
                                             Paragraph("소제목 다음 글", "item")])])
    pages = pages_of(write_pdf(doc, tmp_path / "h.pdf"))
    assert len(pages) == 2
    assert "채우는 줄 44" in pages[0] and "소제목" not in pages[0]
    assert "소제목\n소제목 다음 글" in pages[1]


@needs_poppler
def test_a_long_paragraph_continues_on_the_next_page(tmp_path: Path) -> None:
    filler = [Paragraph(f"채우는 줄 {n}", "item") for n in range(40)]
    long = "\n".join(f"긴 글의 {n}째 줄" for n in range(1, 31))
    doc = Document("글", [Section("글", [*filler, Paragraph(long, "note")])])
    pages = pages_of(write_pdf(doc, tmp_path / "p.pdf"))
    assert len(pages) == 2
    assert "긴 글의 1째 줄" in pages[0] and "긴 글의 30째 줄" in pages[1]
    assert ink(pages[0] + pages[1]).count(ink("긴 글의 17째 줄")) == 1


@needs_poppler
def test_many_long_tables_split_under_their_headers(tmp_path: Path) -> None:
    sections = []
    for s in range(12):
        table = Table([Column("번호", 1, "center"), Column("내용", 4)])
        for n in range(70):
            table.add(f"{s}-{n}", "\n".join(["여러 줄의 내용"] * (1 + n % 4)))
        sections.append(Section(f"표 {s}", [Paragraph(f"표 {s}", "heading"), table],
                                bookmark=f"표 {s}"))
    doc = Document("표들", sections)
    path = write_pdf(doc, tmp_path / "t.pdf")
    pages = pages_of(path)
    assert len(pages) > 40
    for page in pages:
        assert "번호 내용" in page  # the header on every page
    text = ink("".join(pages))
    for s in range(12):
        assert all(ink(f"{s}-{n}여러줄의내용") in text for n in range(70))
    assert path.read_bytes() != b""
    assert len(write_pdf(doc, tmp_path / "again.pdf").read_bytes()) == len(path.read_bytes())


@needs_poppler
def test_a_row_taller_than_a_page_goes_on_over_pages_under_its_header(tmp_path: Path) -> None:
    table = Table([Column("시간", 1, "center"), Column("내용", 4), Column("비고", 1.5)])
    table.add("09:00~09:10", "\n".join(f"세부 {n}째 줄" for n in range(1, 151)), "(사회) 김")
    table.add("09:10~09:20", "다음 순서", "")
    doc = Document("긴 행", [Section("긴 행", [Paragraph("□ 세부 일정", "heading"), table])])
    pages = pages_of(write_pdf(doc, tmp_path / "tall.pdf"))
    assert len(pages) >= 3
    assert "세부 1째 줄" in pages[0]  # it starts right away, under the heading
    for page in pages:
        assert "시간 내용 비고" in page  # the header over every part
    text = ink("".join(pages))
    positions = [text.index(ink(f"세부 {n}째 줄\n")) for n in range(1, 151)]
    assert positions == sorted(positions)  # every line once, in order
    assert "다음 순서" in pages[-1]


def tall_row_table(before: int) -> Table:
    """``before`` short rows, one of 150 lines (taller than a page), one short row after."""
    table = Table([Column("시간", 1, "center"), Column("내용", 4), Column("비고", 1.5)])
    for n in range(before):
        table.add(f"09:{n:02d}~09:{n + 1:02d}", f"앞 순서 {n}", "")
    table.add("10:00~10:10", "\n".join(f"세부 {n}째 줄" for n in range(1, 151)), "(사회) 김")
    table.add("10:10~10:20", "다음 순서", "")
    return table


@needs_poppler
@pytest.mark.parametrize("before", [1, 2, 20])
def test_a_tall_row_after_other_rows_goes_on_under_one_header_a_page(tmp_path: Path,
                                                                      before: int) -> None:
    doc = Document("긴 행", [Section("긴 행", [Paragraph("□ 세부 일정", "heading"),
                                               tall_row_table(before)])])
    pages = pages_of(write_pdf(doc, tmp_path / "tall.pdf"))
    assert len(pages) >= 3
    for page in pages:
        assert page.count("시간 내용 비고") == 1, page  # the header once on every page
    assert "세부 1째 줄" in pages[0]  # the tall row starts where the rows before it end
    text = ink("".join(pages))
    positions = [text.index(ink(f"세부 {n}째 줄\n")) for n in range(1, 151)]
    assert positions == sorted(positions)
    assert all("".join(pages).count(f"앞 순서 {n}\n") == 1 for n in range(before))
    assert "다음 순서" in pages[-1]


@needs_poppler
@pytest.mark.parametrize(("lang", "continued"), [("ko", "(계속)"), ("en", "(continued)")])
def test_each_part_of_a_cut_row_says_its_time_and_that_it_goes_on(tmp_path: Path, lang: str,
                                                                   continued: str) -> None:
    doc = Document("긴 행", [Section("긴 행", [tall_row_table(2)])], lang=lang)
    pages = pages_of(write_pdf(doc, tmp_path / "tall.pdf"))
    assert len(pages) == 3
    assert continued not in pages[0]
    for page in pages[1:]:
        assert f"10:00~10:10\n{continued}\n" in page
        assert page.count(continued) == 1


@needs_poppler
def test_a_heading_never_ends_a_page_without_the_start_of_its_table(tmp_path: Path) -> None:
    for lines in range(36, 48):  # the heading at every height near the page's foot
        table = Table([Column("시간", 1, "center"), Column("내용", 4)])
        for n in range(3):
            table.add(f"09:0{n}~09:1{n}", "\n".join([f"{n}번 순서"] * 3))
        filler = [Paragraph(f"채우는 줄 {n}", "item") for n in range(lines)]
        doc = Document("표", [Section("표", [*filler, Paragraph("□ 세부 일정", "heading"),
                                             table])])
        pages = pages_of(write_pdf(doc, tmp_path / f"h{lines}.pdf"))
        holder = next(p for p in pages if "□ 세부 일정" in p)
        assert "시간 내용" in holder and "0번 순서" in holder, (lines, pages)


@needs_poppler
def test_the_last_row_of_a_table_never_goes_on_alone(tmp_path: Path) -> None:
    """A table that overflows its page by one row takes another along to the next page, so
    no page holds a header and a single row."""
    columns = [Column("시간", 1.65, "center"), Column("내용", 4.2), Column("비고", 2.3)]
    for rows in range(30, 50):
        table = Table(columns)
        for n in range(rows):
            table.add(Cell(f"09:{n % 60:02d}~10:00", "time"), Cell(f"○ 행 {n}", "block"),
                      Cell(""))
        path = write_pdf(Document("표", [Section("표", [table])]), tmp_path / f"r{rows}.pdf")
        pages = [p for p in raw_text(path).split("\f") if p.strip()]
        for page in pages[1:]:
            assert len(re.findall(r"○ 행 \d+", page)) != 1, (rows, page)
