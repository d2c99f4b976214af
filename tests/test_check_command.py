"""`agenda-planner check`: what a coordinator reads, what a script parses, and the exit code."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ui.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_PLAN_HAS_ERRORS, main


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(capsys, "demo", tmp_path / "demo.agenda")[0] == EXIT_OK
    return tmp_path / "demo.agenda"


def test_demo_findings_make_sense(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", demo_file, "--json", "--lang", "en")
    findings = json.loads(out)
    assert code == EXIT_PLAN_HAS_ERRORS
    by_code = {}
    for f in findings:
        by_code.setdefault(f["code"], []).append(f)
        assert {"code", "severity", "message", "sessions", "interpreters", "rooms"} <= set(f)
    # The roundtable's booth starts after its 10 minutes of registration (09:40): KO-EN
    # interpreter 1 walks over from the dialogue within the changeover, no clash.
    assert "interpreter.double-booked" not in by_code
    # The reception's whispering lasts until the vice minister's first break (5 minutes
    # interpreted): one whisperer is enough by Korean practice.
    assert "staff.team-size" not in by_code
    # The welcome speech is read by sight while it is given, to some 130 guests, in a room
    # with no booth and no portable system: the one real error.
    [equipment] = by_code["room.equipment"]
    assert equipment["sessions"] == ["reception"] and equipment["rows"] == ["reception:1.2"]
    assert [f["severity"] for f in findings].count("error") == 1
    # The seed's own inconsistencies are reported, not hidden.
    assert sorted(f["rows"][0] for f in by_code["agenda.gap"]) == ["ca-dialogue:2", "eu-meeting:3.4"]
    assert by_code["agenda.stated-duration"][0]["rows"] == ["eu-meeting:3.4"]
    assert {f["severity"] for f in findings} <= {"error", "warning", "info"}
    # AIIC's numbers ask for two consecutive interpreters and two whisperers, and say so.
    code, out, _ = run(capsys, "check", demo_file, "--json", "--lang", "en", "--policy", "aiic")
    short = [f for f in json.loads(out) if f["code"] == "staff.team-size"]
    assert code == EXIT_PLAN_HAS_ERRORS
    assert sorted(f["sessions"][0] for f in short) == ["ca-dialogue", "eu-meeting", "reception"]
    assert all("AIIC Professional Standards art. 6" in f["message"] for f in short)


def test_report_for_people_is_grouped_by_day_and_session(
        demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", demo_file)
    assert code == EXIT_PLAN_HAS_ERRORS
    lines = out.splitlines()
    assert lines[0] == "기준: 국내 관행 (korea)"
    assert lines[2] == "2026-07-01 (Wed)"
    assert lines[3] == "  09:00-09:30  한국-캐나다 정부 간 대화"
    assert lines[4].startswith("    [참고] '한국-캐나다 정부 간 대화'")
    assert "  11:40-13:30  퀀텀 네트워킹 리셉션" in lines
    assert lines[-1] == "오류 1, 경고 0, 참고 5"
    _, out_en, _ = run(capsys, "check", demo_file, "--lang", "en", "--policy", "aiic")
    assert out_en.splitlines()[-1] == "error 4, warning 0, info 5"
    assert out_en.splitlines()[4].startswith(
        "    [error] 'Korea-Canada government dialogue': consecutive")


DELIBERATE: dict[str, Any] = {
    "format": "agenda-planner.event/1",
    "event": {"title": {"en": "Clashes"}, "timezone": "Asia/Seoul", "languages": ["ko", "en"]},
    "rooms": [{"key": "hall", "name": {"en": "Hall"}, "floor": "1F", "capacity": 50, "booths": 1},
              {"key": "annex", "name": {"en": "Annex"}, "floor": "3F", "capacity": 50,
               "booths": 1}],
    "interpreters": [
        {"key": f"i{n}", "name": {"en": f"Interpreter {n}"}, "languages": ["ko", "en"],
         "directions": ["ko>en", "en>ko"], "modes": ["simultaneous", "consecutive"],
         "available": [{"date": "2026-07-01", "start": "08:00", "end": "18:00"}]}
        for n in (1, 2, 3)],
    "sessions": [
        {"key": "a", "title": {"en": "A"}, "date": "2026-07-01", "start": "10:00",
         "end": "11:00", "room": "hall",
         "interpretation": {"mode": "simultaneous", "languages": ["ko", "en"]},
         "items": [{"duration": 60, "title": {"en": "Talk"}}],
         "assignments": [{"interpreter": "i1", "role": "booth"},
                         {"interpreter": "i2", "role": "booth"}]},
        {"key": "b", "title": {"en": "B"}, "date": "2026-07-01", "start": "10:30",
         "end": "11:30", "room": "hall",
         "interpretation": {"mode": "simultaneous", "languages": ["ko", "en"]},
         "items": [{"duration": 60, "title": {"en": "Talk"}}],
         "assignments": [{"interpreter": "i3", "role": "booth"}]},
        {"key": "c", "title": {"en": "C"}, "date": "2026-07-01", "start": "11:05",
         "end": "12:00", "room": "annex",
         "interpretation": {"mode": "simultaneous", "languages": ["ko", "en"]},
         "items": [{"duration": 55, "title": {"en": "Talk"}}],
         "assignments": [{"interpreter": "i1", "role": "booth"},
                         {"interpreter": "i2", "role": "booth"}]},
    ],
}


def test_deliberate_clashes_are_all_reported(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "clashes.json"
    source.write_text(json.dumps(DELIBERATE), encoding="utf-8")
    assert run(capsys, "import", source, tmp_path / "c.agenda")[0] == EXIT_OK
    code, out, _ = run(capsys, "check", tmp_path / "c.agenda", "--json")
    assert code == EXIT_PLAN_HAS_ERRORS
    found = {(f["code"], tuple(f["sessions"]), tuple(f["interpreters"]), tuple(f["rooms"]))
             for f in json.loads(out) if f["severity"] == "error"}
    assert found == {
        ("room.double-booked", ("a", "b"), (), ("hall",)),
        ("interpreter.double-booked", ("a", "c"), ("i1",), ()),
        ("interpreter.double-booked", ("a", "c"), ("i2",), ()),
        ("staff.team-size", ("b",), ("i3",), ()),
    }


def test_clean_plan_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = json.loads(json.dumps(DELIBERATE))
    clean["sessions"] = clean["sessions"][:1]
    clean["sessions"][0]["title"]["ko"] = "가"  # in both languages: nothing untranslated
    clean["sessions"][0]["items"][0]["title"]["ko"] = "발표"
    source = tmp_path / "clean.json"
    source.write_text(json.dumps(clean), encoding="utf-8")
    run(capsys, "import", source, tmp_path / "ok.agenda")
    code, out, _ = run(capsys, "check", tmp_path / "ok.agenda", "--lang", "en")
    assert code == EXIT_OK and out.splitlines()[-1] == "No findings."


def test_check_of_a_bad_file_is_bad_input(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.agenda"
    bad.write_text("hello", encoding="utf-8")
    code, _, err = run(capsys, "check", bad)
    assert code == EXIT_BAD_INPUT and "not an Agenda Planner event file" in err
