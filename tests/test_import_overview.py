"""A run sheet's overview imported whole: participants, delegations with members and counts,
interpretation notes in the usual words; and every line not used said, with its number."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from db.document import EventDocument, build_new_file
from db.importing import Target, apply_import
from db.interchange import import_event
from db.loading import load_event
from exports.venue import build_venue_sheet
from planner.imports.model import ProblemKind
from planner.imports.overview import read_counts, read_delegation
from planner.imports.runsheet import parse_text
from planner.rules import check_plan
from ui.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "003_a897207029e06c92.txt"
DEMO = json.loads((ROOT / "resources" / "demo" / "quantum-korea-2026.json").read_text("utf-8"))

FORUM = "\n".join([
    "1-1",                                                             # 1
    "한일 기업 간담회",                                                  # 2
    "□ 행사 개요",                                                      # 3
    "※ 한일 동시 통역으로 진행",                                          # 4
    "- (목적) 배터리 공급망 협력 논의",                                    # 5
    "- (일시/장소) '26.9.10.(목) 10:00~12:30 / 그랜드볼룸(3F)",           # 6
    "- (참석자) 양국 정부 및 기업 관계자 300명 내외",                       # 7
    "  한 국 : 산업통상자원부, 한국배터리산업협회, LG에너지솔루션 (총 150명)",  # 8
    "  일 본 : 경제산업성, JETRO, 파나소닉, 도요타 등 (총 ○명)",             # 9
    "  캐나다 : 주한캐나다대사관 참사관, 상무관 (화상 2명)",                  # 10
    "행사 담당 김○○ 010-1234-5678",                                     # 11
    "□ 세부 일정",                                                      # 12
    "시 간\t내 용\t비 고",                                               # 13
    "10:00~10:10 ('10)\t○ 개회\t(사회) 김사회",                           # 14
    "10:10~12:30 ('140)\t○ 기업 발표 및 토론\t",                          # 15
])


def _forum_event(path: Path, capacity: int = 300) -> Path:
    data = {"format": "agenda-planner.event/1",
            "event": {"title": {"ko": "한일 포럼"}, "timezone": "Asia/Seoul",
                      "languages": ["ko", "ja"]},
            "rooms": [{"key": "ballroom", "name": {"ko": "그랜드볼룸"}, "floor": "3F",
                       "capacity": capacity, "booths": 1}],
            "interpreters": [], "sessions": []}
    return build_new_file(path, lambda doc: import_event(doc, data))


def test_participants_and_delegations_are_read_with_members_and_counts() -> None:
    parsed = parse_text(FORUM, "forum.txt")
    [session] = parsed.sessions
    assert session.title == "한일 기업 간담회" and session.purpose == "배터리 공급망 협력 논의"
    assert session.participants == "양국 정부 및 기업 관계자 300명 내외"
    assert (session.interpretation_mode, session.interpretation_languages) == \
        ("simultaneous", ("ko", "ja"))
    sides = [(d.where, d.side, d.members, d.on_site, d.remote, d.counted)
             for d in session.delegations]
    assert sides == [
        ("line 8", "한국", "산업통상자원부, 한국배터리산업협회, LG에너지솔루션", 150, 0, False),
        ("line 9", "일본", "경제산업성, JETRO, 파나소닉, 도요타 등", 4, 0, True),
        ("line 10", "캐나다", "주한캐나다대사관 참사관, 상무관", 0, 2, False),
    ]
    [counted] = [p for p in parsed.problems if p.where == "line 9"]
    assert counted.kind is ProblemKind.KEPT and "the 4 name(s) listed" in counted.message
    assert [(u.where, u.text) for u in parsed.unused] == [
        ("line 1", "1-1"), ("line 11", "행사 담당 김○○ 010-1234-5678")]


def test_the_venue_sheet_shows_the_people_imported_on_site(tmp_path: Path) -> None:
    path = _forum_event(tmp_path / "forum.agenda", capacity=100)
    with EventDocument.open(path) as doc:
        apply_import(doc, parse_text(FORUM, "forum.txt"), Target())
        loaded = load_event(doc)
    [session] = loaded.sessions
    assert session.participants == {"ko": "양국 정부 및 기업 관계자 300명 내외"}
    sides = [(pick["ko"], d.on_site, d.remote, d.members["ko"])
             for d in loaded.delegations_of(session) for pick in [d.side]]
    assert sides == [("한국", 150, 0, "산업통상자원부, 한국배터리산업협회, LG에너지솔루션"),
                     ("일본", 4, 0, "경제산업성, JETRO, 파나소닉, 도요타 등"),
                     ("캐나다", 0, 2, "주한캐나다대사관 참사관, 상무관")]
    sheet = build_venue_sheet(loaded, check_plan(loaded), "ko")
    cells = [[c.text for c in row] for section in sheet.sections for block in section.blocks
             if hasattr(block, "rows") for row in block.rows]
    row = next(r for r in cells if "한일 기업 간담회" in r)
    assert "154" in row and "2" in row  # on site, and by video
    assert any("54" in c for c in row)  # 154 people in a room for 100: said


@pytest.mark.parametrize(("note", "mode"), [
    ("근접통역", "whispered"), ("근접 통역", "whispered"), ("위스퍼링", "whispered"),
    ("동시 통역", "simultaneous"), ("동시통역(통역부스)", "simultaneous"),
    ("순차통역", "consecutive"), ("순 차 통 역", "consecutive"), ("시역", "sight"),
    ("시 통역", "sight"), ("원격 동시 통역", "remote-simultaneous")])
def test_interpretation_notes_are_read_with_or_without_spaces(note: str, mode: str) -> None:
    text = FORUM.replace("※ 한일 동시 통역으로 진행", f"※ 한일 {note}으로 진행")
    [session] = parse_text(text).sessions
    assert (session.interpretation_mode, session.interpretation_languages) == \
        (mode, ("ko", "ja"))


@pytest.mark.parametrize(("text", "on_site", "remote"), [
    ("(총 12명)", 12, 0), ("(총 21명, 화상 3명)", 18, 3), ("130여명", 130, 0),
    ("10명 내외", 10, 0), ("(현장 5명, 화상참여 2명)", 5, 2), ("(총 ○명)", None, 0),
    ("16개국 대표", None, 0)])
def test_counts_as_run_sheets_print_them(text: str, on_site: int | None, remote: int) -> None:
    counts = read_counts(text)
    assert (counts.on_site, counts.remote) == (on_site, remote)


def test_a_side_is_a_short_name_not_a_sentence_or_a_label() -> None:
    assert read_delegation("line 1", "• (E U) (총 4명) EU DG CNECT").side == "EU"  # type: ignore[union-attr]
    assert read_delegation("line 1", "| • (영 국) (총 10명) | DSIT, NPL |").on_site == 10  # type: ignore[union-attr]
    assert read_delegation("line 1", "(목적) 협력 논의") is None
    assert read_delegation("line 1", "* 각국 대표단, 퀀텀 코리아 국제협력 세션 대표인사 등") is None
    assert read_delegation("line 1", "10:00 : 개회") is None


@pytest.fixture
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"the seed run sheets are not here: {SEED}")
    return SEED.read_text(encoding="utf-8")


def test_the_seed_overviews_give_the_demo_delegations_and_texts(seed_text: str) -> None:
    parsed = parse_text(seed_text, "seed")
    demo = {(s["date"], s["start"]): s for s in DEMO["sessions"]}
    for session in parsed.sessions:
        start = f"{session.start // 60:02d}:{session.start % 60:02d}"  # type: ignore[operator]
        expected = demo[(session.date.isoformat(), start)]  # type: ignore[union-attr]
        assert session.purpose == expected["purpose"]["ko"]
        assert session.participants == expected["participants"]["ko"]
        assert session.key_points == expected.get("key_points", {}).get("ko", "")
        assert session.notes == expected.get("notes", {}).get("ko", "")
        sides = [(d.side, d.members, d.on_site + d.remote) for d in session.delegations]
        assert sides == [(d["side"]["ko"], d["members"]["ko"] if d["side"]["ko"] != "참석자"
                          else sides[0][1], d["on_site"] + d["remote"])
                         for d in expected["delegations"]], expected["key"]


def test_every_line_of_the_seed_is_used_or_listed(seed_text: str) -> None:
    parsed = parse_text(seed_text, "seed")
    lines = seed_text.split("\n")
    listed = {int(u.where.split()[1]): u.text for u in parsed.unused}
    first_sheet = lines.index("1-1") + 1
    with_text = [n for n, line in enumerate(lines[:first_sheet - 1], start=1)
                 if re.search(r"\w", line)]
    assert [n for n in listed if n < first_sheet] == with_text  # the press release, whole
    assert {n: t for n, t in listed.items() if n >= first_sheet} == {first_sheet: "1-1",
                                                                     lines.index("3") + 1: "3"}


def test_the_dry_run_lists_the_delegations_and_every_line_not_used(tmp_path: Path,
                                                                   capsys) -> None:
    source = tmp_path / "forum.txt"
    source.write_text(FORUM, encoding="utf-8")
    path = _forum_event(tmp_path / "forum.agenda")
    assert main(["import", str(source), str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 line(s) not used, listed at the end" in out
    assert "  delegation 한국: 150 on site · 산업통상자원부, 한국배터리산업협회, LG에너지솔루션" in out
    assert "  delegation 일본: 4 on site (names counted) · 경제산업성, JETRO, 파나소닉, 도요타 등" in out
    assert "  delegation 캐나다: 0 on site, 2 by video · 주한캐나다대사관 참사관, 상무관" in out
    assert "kept as printed: line 9: no number of people printed for 일본" in out
    assert out.rstrip().endswith("not used: line 1: 1-1\n"
                                 "not used: line 11: 행사 담당 김○○ 010-1234-5678\n"
                                 "nothing written (--dry-run)")


def test_the_planners_own_run_sheet_gives_its_delegations_back(tmp_path: Path) -> None:
    from db.demo import write_demo
    from exports.runsheet import build_run_sheet
    from exports.xlsx import write_xlsx
    from planner.imports.sources import read_source

    with EventDocument.open(write_demo(tmp_path / "demo.agenda"), read_only=True) as doc:
        loaded = load_event(doc)
    book = write_xlsx(build_run_sheet(loaded, [], "ko"), tmp_path / "runsheet-ko.xlsx")
    parsed = read_source(book)
    for session in parsed.sessions:
        demo = next(s for s in loaded.sessions if s.key == session.key)
        assert [(d.side, d.on_site, d.remote, d.members) for d in session.delegations] == [
            (d.side["ko"], d.on_site, d.remote, d.members["ko"] if d.side["ko"] != "참석자"
             else session.participants.splitlines()[0])
            for d in loaded.delegations_of(demo)], session.key
        assert session.notes == demo.notes.get("ko", "")
        points = demo.key_points.get("ko", "").splitlines()  # printed with a "- " when bare
        assert session.key_points.splitlines() == [p if p.startswith("-") else f"- {p}"
                                                   for p in points]
