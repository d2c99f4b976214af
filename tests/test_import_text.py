"""Pasted run-sheet text: the seed's tables import into sessions that match the demo event."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from db.document import EventDocument, build_new_file
from db.edits import EditError
from db.importing import Target, apply_import, put_back, take_out
from db.interchange import dumps, export_event, import_event
from db.loading import load_event
from planner.imports.model import ProblemKind
from planner.imports.runsheet import parse_text, split_content
from planner.imports.times import TimeCellError, read_time_cell

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "003_a897207029e06c92.txt"
DEMO = json.loads((ROOT / "resources" / "demo" / "quantum-korea-2026.json").read_text("utf-8"))
_HTML = re.compile(r"<[^>]*>")


def _norm(text: str) -> str:
    return " ".join(_HTML.sub(" ", text).replace("\n", " ").split())


@pytest.fixture
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"the seed run sheets are not here: {SEED}")
    return SEED.read_text(encoding="utf-8")


def _event_file(path: Path, *, sessions: bool) -> Path:
    data = copy.deepcopy(DEMO)
    if not sessions:
        data["sessions"] = []
    return build_new_file(path, lambda doc: import_event(doc, data))


@pytest.fixture
def demo_loaded(tmp_path):
    path = _event_file(tmp_path / "demo.agenda", sessions=True)
    with EventDocument.open(path) as doc:
        yield load_event(doc)


def _rows(loaded, session):
    """What a run sheet prints of each row: times, depth, mark, text, remarks."""
    out = []
    for timed, node in zip(loaded.cascade(session).rows, loaded.walk(session), strict=True):
        item = node.item
        printed = None if item.marker else (
            item.stated_duration if item.stated_duration is not None else timed.duration)
        bullet = item.bullet if item.bullet is not None else ("○" if timed.depth == 0 else "-")
        out.append((timed.start, timed.end, timed.depth, item.marker, printed, bullet,
                    _norm(item.title.get("ko", "") + " " + item.details.get("ko", "")),
                    _norm(item.remarks.get("ko", ""))))
    return out


def _tables(seed_text: str) -> list[str]:
    """Each session's 세부 일정 as it is pasted: its tab-separated lines only."""
    tables, current = [], []
    for line in seed_text.splitlines():
        if "행사 개요" in line and current:
            tables.append("\n".join(current))
            current = []
        if "\t" in line and (current or "시 간" in line):
            current.append(line)
    tables.append("\n".join(current))
    return [t for t in tables if "~" in t]


def test_every_seed_table_pasted_alone_matches_its_demo_session(tmp_path, seed_text, demo_loaded):
    tables = _tables(seed_text)
    assert len(tables) == 5
    path = _event_file(tmp_path / "empty.agenda", sessions=False)
    with EventDocument.open(path) as doc:
        for n, table in enumerate(tables):
            parsed = parse_text(table, f"table {n + 1}")
            assert parsed.unread == [], parsed.unread
            assert len(parsed.sessions) == 1
            apply_import(doc, parsed, Target(session_key=f"t{n}", date=dt.date(2026, 7, 1)))
        loaded = load_event(doc)
    for n in range(5):
        imported = next(s for s in loaded.sessions if s.key == f"t{n}")
        demo = next(s for s in demo_loaded.sessions if s.start_min == imported.start_min
                    and s.end_min >= imported.end_min and s.date.day <= 3
                    and _rows(demo_loaded, s)[0][6] == _rows(loaded, imported)[0][6])
        assert _rows(loaded, imported) == _rows(demo_loaded, demo), demo.key


def test_the_whole_seed_file_imports_as_the_five_demo_sessions(tmp_path, seed_text,
                                                               demo_loaded):
    parsed = parse_text(seed_text, "seed")
    assert parsed.unread == []
    assert [p.kind for p in parsed.problems] == [ProblemKind.KEPT]  # the EU meeting's ('16)
    assert "('16)" in parsed.problems[0].message
    assert parsed.skipped > 30  # the press release around the run sheets
    path = _event_file(tmp_path / "empty.agenda", sessions=False)
    with EventDocument.open(path) as doc:
        outcome = apply_import(doc, parsed, Target())
        loaded = load_event(doc)
    assert outcome.notes == []  # every room was found among the demo's rooms
    assert len(loaded.sessions) == 5
    for demo in demo_loaded.sessions:
        imported = next(s for s in loaded.sessions
                        if (s.date, s.start_min, s.end_min) == (demo.date, demo.start_min,
                                                                demo.end_min))
        assert imported.room_id == demo.room_id, demo.key
        assert imported.closed == demo.closed, demo.key
        assert imported.interpretation_languages == ["ko", "en"]
        assert _rows(loaded, imported) == _rows(demo_loaded, demo), demo.key
        if imported.title.get("ko") != imported.key:  # the seed prints two titles of five
            assert imported.title["ko"] == demo.title["ko"]
    modes = {s.key: s.interpretation_mode for s in demo_loaded.sessions}
    assert sorted(s.interpretation_mode for s in loaded.sessions) == sorted(modes.values())


def test_a_failed_import_leaves_the_event_exactly_as_it_was(tmp_path, seed_text):
    path = _event_file(tmp_path / "demo.agenda", sessions=True)
    with EventDocument.open(path) as doc:
        before = dumps(export_event(load_event(doc)))
        parsed = parse_text(seed_text, "seed")
        # The fifth session's date is unreadable after parsing: the whole import must fail.
        parsed.sessions[-1].date = None
        with pytest.raises(EditError, match="no date"):
            apply_import(doc, parsed, Target())
        assert dumps(export_event(load_event(doc))) == before


def test_rows_for_an_existing_session_follow_its_last_row_and_undo_redo(tmp_path):
    path = _event_file(tmp_path / "demo.agenda", sessions=True)
    text = "11:30~11:40 ('10)\t○ 추가 발언\t(한) 발표자\n11:45~11:50\t○ 마무리\t"
    with EventDocument.open(path) as doc:
        before = dumps(export_event(load_event(doc)))
        outcome = apply_import(doc, parse_text(text), Target(session_key="ca-roundtable"))
        loaded = load_event(doc)
        session = next(s for s in loaded.sessions if s.key == "ca-roundtable")
        rows = _rows(loaded, session)
        assert rows[-2][:2] == (11 * 60 + 30, 11 * 60 + 40)
        assert rows[-1][:2] == (11 * 60 + 45, 11 * 60 + 50)  # a pinned start: the gap shows
        assert rows[-1][6] == "마무리"
        after = dumps(export_event(loaded))
        taken = take_out(doc, outcome)
        assert dumps(export_event(load_event(doc))) == before
        put_back(doc, taken)
        assert dumps(export_event(load_event(doc))) == after


@pytest.mark.parametrize(("cell", "expected"), [
    ("09:00~09:02 ('2)", (540, 542, 2, False)),
    ("10:40~10:55 ('16)", (640, 655, 16, False)),
    ("(12:25~)", (745, None, None, True)),
    ("14:00~14:10 (10분)", (840, 850, 10, False)),
    ("09:00-09:30", (540, 570, None, False)),
    ("09:00 – 09:30", (540, 570, None, False)),
    ("09:00～09:30", (540, 570, None, False)),
    ("9:00 AM (30 min)", (540, None, 30, False)),
    ("2:15 pm – 3:00 pm", (855, 900, None, False)),
    ("13.00", (780, None, None, False)),
    ("13:00", (780, None, None, False)),
    ("시 간", None),
])
def test_time_cells(cell, expected):
    found = read_time_cell(cell)
    assert (None if found is None else
            (found.start, found.end, found.stated, found.marker)) == expected


@pytest.mark.parametrize("cell", ["25:00", "09:75", "10:00~09:00", "13:00 PM", "09:00~09:00"])
def test_impossible_times_are_refused(cell):
    with pytest.raises(TimeCellError):
        read_time_cell(cell)


def test_other_ways_programmes_write_times():
    text = "\n".join([
        "Time\tProgramme\tRemarks",
        "9:00 AM (30 min)\tRegistration\t",
        "09:30 – 10:00\tOpening remarks\tMinister",
        "10:00\tPanel\t",
        "\t- first speaker\t(KR) NRF",
        "10:45\tLunch\t",
        "14:00~14:10 (10분)\t· Closing\t",
        "25:00\tNot a time\t",
        "10:00~09:00\tBackwards\t",
        "soon\tNo time at all\t",
    ])
    parsed = parse_text(text, "paste")
    assert parsed.language == "en"
    [session] = parsed.sessions
    rows = [(r.start, r.end, r.title) for _, r in session.walk()]
    assert rows == [(540, 570, "Registration"), (570, 600, "Opening remarks"),
                    (600, 645, "Panel"), (645, 840, "Lunch"), (840, 850, "Closing")]
    panel = session.rows[2]
    assert panel.details == ["- first speaker"] and panel.remarks == ["(KR) NRF"]
    assert [(p.where, p.kind) for p in parsed.problems] == [
        ("line 8", ProblemKind.UNREAD), ("line 9", ProblemKind.UNREAD),
        ("line 10", ProblemKind.UNREAD)]
    assert "25:00 is not a time of day" in parsed.problems[0].message
    assert "ends before it starts" in parsed.problems[1].message
    assert "'soon'" in parsed.problems[2].message


def test_a_start_alone_at_the_end_gets_a_default_length_and_says_so():
    parsed = parse_text("13:00\t오찬\t")
    [row] = parsed.sessions[0].rows
    assert (row.start, row.end) == (780, 785)
    assert parsed.problems[0].kind is ProblemKind.KEPT


def test_lines_written_without_tabs():
    parsed = parse_text("09:00-09:30 Opening\n09:30-10:00 Keynote")
    assert [(r.start, r.end, r.title) for r in parsed.sessions[0].rows] == [
        (540, 570, "Opening"), (570, 600, "Keynote")]


@pytest.mark.parametrize(("content", "expected"), [
    ("○ 협력논의", ("○", "협력논의", [])),
    (". 한국 측 발언 ① 프레임워크 구축 ② 공동 프로젝트",
     (".", "한국 측 발언", ["① 프레임워크 구축", "② 공동 프로젝트"])),
    ("○ ① 정부 간 정책 발표 세션 - 그랜드 제조 챌린지",
     ("○", "① 정부 간 정책 발표 세션", ["- 그랜드 제조 챌린지"])),
    ("· 개회 및 환영사 (환영사 후 국장님 이석)", ("·", "개회 및 환영사 (환영사 후 국장님 이석)", [])),
    ("Lunch at Ltd. Co", ("", "Lunch at Ltd. Co", [])),
    ("○ 행사 안내\n- 첫째\n- 둘째", ("○", "행사 안내", ["- 첫째", "- 둘째"])),
])
def test_contents_split_into_mark_title_and_details(content, expected):
    assert split_content(content) == expected


# -- cases found in review ----------------------------------------------------------------


@pytest.mark.parametrize(("cell", "expected"), [
    ("2:00 - 3:30 PM", (840, 930)), ("1:00 - 2:00 PM", (780, 840)),
    ("오후 2:00~3:00", (840, 900)), ("11:00 - 1:00 PM", (660, 780)),
    ("11:00 AM - 1:00", (660, 780)), ("12:00 - 1:00 PM", (720, 780)),
])
def test_one_half_of_the_day_said_once_holds_for_both_times(cell, expected):
    found = read_time_cell(cell)
    assert found is not None and (found.start, found.end) == expected


def test_a_time_whose_content_is_on_the_next_line():
    parsed = parse_text("09:00~09:10\t○ 개회\t\n09:10~09:20\t\t\n\t○ 축사\t(한) 장관")
    rows = [(r.start, r.end, r.mark, r.title, r.remarks) for r in parsed.sessions[0].rows]
    assert rows == [(540, 550, "○", "개회", []), (550, 560, "○", "축사", ["(한) 장관"])]
    assert parsed.unread == []
    lonely = parse_text("09:00~09:10\t○ 개회\t\n09:10~09:20\t\t")
    assert [p.where for p in lonely.unread] == ["line 2"]
    assert "without any content" in lonely.unread[0].message


def test_lines_under_an_unreadable_row_do_not_join_the_row_above():
    parsed = parse_text("09:00~09:10\t○ 개회\t\n25:00~25:10\t○ 밤\t\n\t- 세부\t(한) 누구")
    assert [p.where for p in parsed.unread] == ["line 2", "line 3"]
    assert parsed.sessions[0].rows[0].details == [] and parsed.sessions[0].rows[0].remarks == []


def test_a_block_longer_than_its_rows_is_said_to_be_adjusted():
    parsed = parse_text("09:00~10:00\t○ 세션\t\n09:00~09:20\t- 가\t\n09:20~09:40\t- 나\t")
    [problem] = parsed.problems
    assert problem.kind is ProblemKind.ADJUSTED and "09:40" in problem.message


def test_a_marker_does_not_end_the_row_printed_with_a_start_alone():
    parsed = parse_text("12:00\t○ 오찬\t\n(12:25~)\t※ 차관님 이석\t\n13:00~13:10\t○ 마무리\t")
    lunch, marker, _ = parsed.sessions[0].rows
    assert (lunch.start, lunch.end) == (720, 780)
    assert marker.marker and marker.start == 745  # beside the lunch, as in the demo reception


def test_a_programme_past_midnight_is_refused_with_a_reason():
    parsed = parse_text("23:30~24:00\t○ 야간 행사\t\n00:00~00:30\t○ 이어서\t")
    [problem] = parsed.unread
    assert problem.where == "line 2" and "next day" in problem.message
    with pytest.raises(TimeCellError, match="past midnight"):
        read_time_cell("23:30~00:30")


def test_prose_that_starts_with_a_number_is_not_a_row():
    parsed = parse_text("3.14 million people attended the forum.\n09:00~09:10\t○ 개회\t")
    assert parsed.row_count == 1 and parsed.skipped == 1


def test_a_long_text_is_read_in_linear_time_and_too_many_rows_are_refused():
    import time

    from planner.imports.model import ImportRefused
    from planner.imports.runsheet import MAX_TEXT_ROWS

    def rows(count: int) -> str:
        return "\n".join(f"{9 + i // 60 % 12:02d}:{i % 60:02d}\t○ 순서 {i}\t" for i in range(count))

    def fastest(text: str) -> float:
        # The collector paused: in a long test run its passes cost as much as the heap the
        # earlier tests left, not as the text read, and a pass inside the large reading
        # alone doubled its time.
        import gc

        times = []
        for _ in range(3):
            gc.collect()
            gc.disable()
            try:
                started = time.perf_counter()
                parse_text(text)
                times.append(time.perf_counter() - started)
            finally:
                gc.enable()
        return min(times)

    # Five times the rows take about five times as long (a quadratic reading: 25 times),
    # whatever else the machine is doing: a ratio in one run, not a time limit.
    small, large = rows(3_000), rows(15_000)
    assert fastest(large) / fastest(small) < 12
    too_many = "\n".join("09:00~09:01\t○ x\t" for _ in range(MAX_TEXT_ROWS + 1))
    with pytest.raises(ImportRefused, match="timed rows"):
        parse_text(too_many)


def test_the_editors_paste_reads_time_cells_as_the_import_does():
    from planner.paste import PastedRow, parse_pasted_rows

    text = "09:00~09:02 ('2)\t○ 개회\t(사회) 김\n2:00 - 3:30 PM\tPanel\n15\t- 질의응답\nLunch 12:00-13:00"
    assert parse_pasted_rows(text) == [
        PastedRow(2, "개회", "(사회) 김"), PastedRow(90, "Panel", ""),
        PastedRow(15, "질의응답", ""), PastedRow(5, "Lunch 12:00-13:00", "")]


def test_every_import_message_reads_in_both_languages_with_the_same_values():
    import re as regex

    from planner.imports.messages import MESSAGES, place

    for key, texts in MESSAGES.items():
        assert set(texts) == {"en", "ko"}, key
        names = [set(regex.findall(r"{(\w+)", texts[lang])) for lang in ("en", "ko")]
        assert names[0] == names[1], key
    assert place("line 12", "ko") == "12번째 줄"
    assert place("sheet 'Programme' row 4, cell B4", "ko") == "시트 'Programme' 4행, B4 셀"
    assert place("line 12", "en") == "line 12"
