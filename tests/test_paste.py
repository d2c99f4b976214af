"""Rows pasted into an agenda: a run-sheet table keeps its blocks, markers and details."""

from __future__ import annotations

from pathlib import Path

from db.document import EventDocument
from db.importing import paste_rows, put_back, take_rows
from db.interchange import dumps, export_event
from db.loading import load_event
from planner.paste import PastedRow, count_rows, parse_pasted_rows

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "003_a897207029e06c92.txt"
# Copied from the seed's run sheets as a coordinator selects table rows (tab-separated).
DIALOGUE = """09:08~09:28 ('20)\t○ 협력논의\t
09:08~09:13 ('5)\t. 한국 측 발언 ① 한-캐 양자 협력 프레임워크 구축 ② Use-case 및 산업 응용 공동 프로젝트\t(한) 기초원천연구정책관 모두발언
09:13~09:18 ('5)\t. 캐나다 측 발언\t(캐) 혁신과학부국장
09:18~09:28 ('10)\t. 상호 자유토의 및 질의응답\t참석자 전체
09:28~09:30 ('2)\t○ 기념사진 촬영 및 라운드테이블 이동\t"""
RECEPTION = """12:10~13:30 ('80)\t□ 글로벌 네트워킹 리셉션(2부)\t
12:10~13:25 ('75)\t○ 오찬 및 개별 네트워킹\t
(12:25~)\t※ 12:25 차관님 및 주요인사 전시 투어로 이석\t
13:25~13:30 ('05)\t○ 행사 마무리\t오유진 사회자"""


def outline(rows: list[PastedRow], depth: int = 0) -> list[tuple[int, str | None, str, int]]:
    out = []
    for row in rows:
        out.append((depth, row.mark, row.title, row.minutes))
        out.extend(outline(list(row.children), depth + 1))
    return out


def test_the_rows_copied_are_the_seeds_own() -> None:
    if SEED.exists():  # the seeds sit beside the repository
        text = SEED.read_text(encoding="utf-8")
        for line in (DIALOGUE + "\n" + RECEPTION).split("\n"):
            time, content, _ = line.split("\t")
            assert f"{time}\t{content.split(' ①')[0]}" in text


def test_a_pasted_run_sheet_table_keeps_its_blocks_and_sub_rows() -> None:
    rows = parse_pasted_rows(DIALOGUE)
    assert outline(rows) == [(0, None, "협력논의", 20), (1, ".", "한국 측 발언", 5),
                             (1, ".", "캐나다 측 발언", 5), (1, ".", "상호 자유토의 및 질의응답", 10),
                             (0, None, "기념사진 촬영 및 라운드테이블 이동", 2)]
    speech = rows[0].children[0]
    assert speech.details == "① 한-캐 양자 협력 프레임워크 구축\n② Use-case 및 산업 응용 공동 프로젝트"
    assert speech.remarks == "(한) 기초원천연구정책관 모두발언"
    assert count_rows(rows) == 5


def test_a_marker_keeps_its_time_from_the_first_row() -> None:
    rows = parse_pasted_rows(RECEPTION)
    assert outline(rows) == [(0, "□", "글로벌 네트워킹 리셉션(2부)", 80),
                             (1, "○", "오찬 및 개별 네트워킹", 75),
                             (1, "※", "12:25 차관님 및 주요인사 전시 투어로 이석", 0),
                             (1, "○", "행사 마무리", 5)]
    leaving = rows[0].children[1]
    assert leaving.marker and leaving.start == 15  # 12:25, fifteen minutes after 12:10


def test_a_cell_excel_copies_in_quotes_keeps_its_lines() -> None:
    rows = parse_pasted_rows('09:00~09:10\t"○ 개회\n- 인사말"\t"(사회) 김\n(한) 이"\n'
                             "09:10~09:20\t○ 폐회\t")
    assert [(r.title, r.details, r.remarks, r.minutes) for r in rows] == \
        [("개회", "- 인사말", "(사회) 김\n(한) 이", 10), ("폐회", "", "", 10)]


def test_lines_the_run_sheet_reader_would_leave_out_are_read_one_row_each() -> None:
    rows = parse_pasted_rows("10:00~10:10 ('10)\t○ 발표 1\t(한) 발표자\n15\t- 발표 2\n\t토론\t참석자 전체\n")
    assert [(r.minutes, r.title, r.remarks, r.children) for r in rows] == \
        [(10, "발표 1", "(한) 발표자", ()), (15, "발표 2", "", ()), (5, "토론", "참석자 전체", ())]


def test_pasting_puts_the_tree_after_a_row_and_undo_takes_it_out(small_file: Path) -> None:
    with EventDocument.open(small_file) as doc:
        before = dumps(export_event(load_event(doc)))
        # After the opening row (09:00~09:10) of the small session, which starts at 09:00.
        ids = paste_rows(doc, 1, None, 1, parse_pasted_rows(RECEPTION))
        loaded = load_event(doc)
        session = loaded.sessions[0]
        nodes = loaded.agenda[1]
        assert [n.item.title["ko"] for n in nodes][:3] == ["개회", "글로벌 네트워킹 리셉션(2부)", "논의"]
        block = nodes[1]
        assert block.item.id == ids[0] and block.item.duration is None
        assert block.item.bullet == "□"
        assert [(c.item.title["ko"], c.item.duration, c.item.marker, c.item.start_min)
                for c in block.children] == [
            ("오찬 및 개별 네트워킹", 75, False, None),
            ("12:25 차관님 및 주요인사 전시 투어로 이석", None, True, 9 * 60 + 25),
            ("행사 마무리", 5, False, None)]
        timed = {r.source.item.id: r for r in loaded.cascade(session).rows}
        assert (timed[block.item.id].start, timed[block.item.id].end) == (9 * 60 + 10, 10 * 60 + 30)
        assert block.children[2].item.remarks == {"ko": "오유진 사회자"}
        taken = take_rows(doc, ids)
        assert dumps(export_event(load_event(doc))) == before
        put_back(doc, taken)  # redo: the same rows with the same ids
        assert load_event(doc).agenda[1][1].item.id == ids[0]
        assert len(list(load_event(doc).walk(session))) == 10


def test_a_marker_printed_above_the_first_row_counts_from_that_row() -> None:
    rows = parse_pasted_rows("(09:05~)\t※ 이석\t\n09:00~09:10\t○ 하위\t")
    marker, row = rows
    assert marker.marker and marker.start == 5  # five minutes after the row it is printed above
    assert row.start is None or row.start >= 0  # nothing before the place it is pasted at
