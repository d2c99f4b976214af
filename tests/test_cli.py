"""The command line: demo, info, import and export, and one clear line for bad input."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ui.cli import EXIT_BAD_INPUT, EXIT_OK, main


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_export_round_trip_is_byte_identical(tmp_path: Path, small_event: dict[str, Any],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    source = write_json(tmp_path / "in.json", small_event)
    assert run(capsys, "import", source, tmp_path / "a.agenda")[0] == EXIT_OK
    assert run(capsys, "export", tmp_path / "a.agenda", "--json", tmp_path / "a.json")[0] == 0
    assert run(capsys, "import", tmp_path / "a.json", tmp_path / "b.agenda")[0] == EXIT_OK
    assert run(capsys, "export", tmp_path / "b.agenda", "--json", tmp_path / "b.json")[0] == 0
    first, second = (tmp_path / "a.json").read_bytes(), (tmp_path / "b.json").read_bytes()
    assert first == second
    text = first.decode("utf-8")
    assert "대회의실" in text and "\\u" not in text  # Hangul is written as itself
    exported = json.loads(text)
    session = exported["sessions"][0]
    assert session["items"][1]["children"][1] == {
        "start": "09:35", "duration": 15, "stated_duration": 16, "title": {"ko": "질의응답"}}
    assert session["items"][2] == {"marker": True, "start": "09:40", "title": {"ko": "차관 이석"},
                                   "bullet": "※"}
    assert session["items"][3]["bullet"] == ""
    assert session["items"][3]["assignments"] == [{"interpreter": "koen-1", "role": "sight"}]
    # The preset the event follows (Korean), and no number it sets differently from it.
    assert exported["event"]["policy"] == {"preset": "korea"}


def test_export_to_standard_output(small_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", small_file, "--json", "-")
    assert code == EXIT_OK and json.loads(out)["format"] == "agenda-planner.event/1"


def test_info_summarises_the_event(small_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "info", small_file)
    assert code == EXIT_OK
    assert "days: 1   rooms: 2   sessions: 1   rows: 6 (1 marker)   interpreters: 1   " \
           "assignments: 2" in out
    assert "2026-07-01 (Wed): 1 session\n" in out
    assert "09:00-10:00  회의 [closed]  @ 대회의실 (2F)  consecutive  6 rows" in out


def test_demo_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo", tmp_path / "demo.agenda")[0] == EXIT_OK
    code, out, _ = run(capsys, "info", tmp_path / "demo.agenda")
    assert code == EXIT_OK
    assert "days: 3   rooms: 3   sessions: 5" in out
    assert "한국-캐나다 정부 간 대화 [closed]" in out
    # A second demo into the same file is refused unless asked to replace it.
    code, _, err = run(capsys, "demo", tmp_path / "demo.agenda")
    assert code == EXIT_BAD_INPUT and "already exists" in err
    assert run(capsys, "demo", "--replace", tmp_path / "demo.agenda")[0] == EXIT_OK


def test_demo_json_is_canonical(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The bundled demo is stored exactly as export writes it, so its diffs stay readable."""
    from db.demo import DEMO_RESOURCE
    from importlib import resources

    bundled = resources.files("resources").joinpath(DEMO_RESOURCE).read_bytes()
    run(capsys, "demo", tmp_path / "demo.agenda")
    run(capsys, "export", tmp_path / "demo.agenda", "--json", tmp_path / "demo.json")
    assert (tmp_path / "demo.json").read_bytes() == bundled


def _session(event: dict[str, Any]) -> dict[str, Any]:
    return event["sessions"][0]


BAD_EDITS = {
    "time 25:00": (lambda e: _session(e).update(start="25:00"),
                   "sessions[0].start", "not a time of day"),
    "time 9:60": (lambda e: _session(e)["items"][1]["children"][1].update(start="9:60"),
                  "sessions[0].items[1].children[1].start", "not a time of day"),
    "end before start": (lambda e: _session(e).update(end="08:30"),
                         "sessions[0].end", "not after its start"),
    "zero duration": (lambda e: _session(e)["items"][0].update(duration=0),
                      "sessions[0].items[0].duration", "1 to 1440"),
    "negative duration": (lambda e: _session(e)["items"][0].update(duration=-5),
                          "sessions[0].items[0].duration", "1 to 1440"),
    "unknown room": (lambda e: _session(e).update(room="ballroom"),
                     "sessions[0].room", "no room with key 'ballroom'"),
    "unknown interpreter": (lambda e: _session(e)["assignments"][0].update(interpreter="x"),
                            "sessions[0].assignments[0].interpreter", "no interpreter"),
    "impossible date": (lambda e: _session(e).update(date="2026-02-30"),
                        "sessions[0].date", "not a date"),
    "leaf without duration": (lambda e: _session(e)["items"][0].pop("duration"),
                              "sessions[0].items[0]", "needs a duration"),
    "block with duration": (lambda e: _session(e)["items"][1].update(duration=5),
                            "sessions[0].items[1].duration", "lasts as long as its children"),
    "duplicate key": (lambda e: e["rooms"][1].update(key="hall"), "rooms[1].key", "used twice"),
    "unknown mode": (lambda e: _session(e)["interpretation"].update(mode="telepathy"),
                     "sessions[0].interpretation.mode", "not one of"),
    "misspelt key": (lambda e: _session(e)["items"][0].update(duraton=5),
                     "sessions[0].items[0]", "unknown key 'duraton'"),
    "missing title": (lambda e: _session(e).pop("title"), "sessions[0]", "'title' is missing"),
    "text not text": (lambda e: _session(e).update(title={"ko": 5}), "sessions[0].title.ko",
                      "not of type 'string'"),
}


@pytest.mark.parametrize("case", sorted(BAD_EDITS))
def test_bad_json_is_refused_with_its_path(case: str, tmp_path: Path, small_event: dict[str, Any],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    edit, where, why = BAD_EDITS[case]
    edit(small_event)
    source = write_json(tmp_path / "bad.json", small_event)
    target = tmp_path / "event.agenda"
    shutil.copy(_existing_event(tmp_path, capsys), target)
    before = target.read_bytes()
    code, out, err = run(capsys, "import", "--replace", source, target)
    assert code == EXIT_BAD_INPUT
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"bad.json: {where}: " in err and why in err, err
    assert target.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def _existing_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "existing.agenda"
    assert run(capsys, "demo", path)[0] == EXIT_OK
    return path


@pytest.mark.parametrize("content, why", [
    ('{"hello": "world"}', 'is not an Agenda Planner event (expected "format"'),
    ('{"format": "agenda-planner.event/1", "event": ', "is not JSON"),
    ("[1, 2, 3]", "is not an Agenda Planner event"),
    ('{"format": "agenda-planner.event/1"}', "'event' is missing"),
])
def test_json_that_is_not_ours_is_refused(content: str, why: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "x.json"
    source.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "import", source, tmp_path / "new.agenda")
    assert code == EXIT_BAD_INPUT and why in err and err.count("\n") == 1
    assert not (tmp_path / "new.agenda").exists()


def _text_renamed(path: Path) -> None:
    path.write_text("시 간\t내 용\t비 고\n09:00~09:02 ('2)\t○ 개회\n", encoding="utf-8")


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:3000])


def _newer(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("update alembic_version set version_num = '9999'")
    con.commit()
    con.close()


@pytest.mark.parametrize("spoil, why", [
    (_text_renamed, "not an Agenda Planner event file"),
    (_truncated, "truncated"),
    (_newer, "newer Agenda Planner"),
])
@pytest.mark.parametrize("command", ["info", "export"])
def test_bad_event_files_are_refused(spoil: Any, why: str, command: str, small_file: Path,
                                     tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spoil(small_file)
    before = small_file.read_bytes()
    argv = [command, small_file] + (["--json", tmp_path / "out.json"] if command == "export" else [])
    code, _, err = run(capsys, *argv)
    assert code == EXIT_BAD_INPUT and why in err and str(small_file) in err
    assert err.count("\n") == 1
    assert small_file.read_bytes() == before
    assert not (tmp_path / "out.json").exists()


def test_replace_refuses_a_file_that_is_not_an_event(tmp_path: Path, small_event: dict[str, Any],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    precious = tmp_path / "budget.agenda"
    precious.write_text("not ours", encoding="utf-8")
    code, _, err = run(capsys, "import", "--replace", write_json(tmp_path / "e.json", small_event),
                       precious)
    assert code == EXIT_BAD_INPUT and "not an Agenda Planner event file" in err
    assert precious.read_text(encoding="utf-8") == "not ours"


def test_missing_file_and_missing_folder(tmp_path: Path, small_event: dict[str, Any],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "info", tmp_path / "nowhere.agenda")
    assert code == EXIT_BAD_INPUT and "no such file" in err
    code, _, err = run(capsys, "import", write_json(tmp_path / "e.json", small_event),
                       tmp_path / "no" / "such" / "dir" / "e.agenda")
    assert code == EXIT_BAD_INPUT and "does not exist" in err


def test_installed_command_runs_headless_without_traceback(tmp_path: Path) -> None:
    exe = shutil.which("agenda-planner")
    argv = [exe] if exe else [sys.executable, "-m", "ui.cli"]
    bad = tmp_path / "bad.agenda"
    bad.write_text("hello", encoding="utf-8")
    result = subprocess.run(argv + ["info", str(bad)], capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                                 "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stderr.startswith("agenda-planner: ") and "Traceback" not in result.stderr
    probe = subprocess.run(argv + ["demo", str(tmp_path / "d.agenda")], capture_output=True,
                           text=True)
    assert probe.returncode == EXIT_OK
