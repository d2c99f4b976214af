"""A row that runs past midnight: an error finding, and documents that print the time honestly
(익일 01:20, next day 01:20), never with an hour of 24 or more."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.demo import write_demo
from db.document import EventDocument
from db.edits import set_item_duration
from db.loading import LoadedEvent, load_event
from exports.bundle import export_all
from planner.rules import check_plan

IMPOSSIBLE = re.compile(r"(?<![\d:])(2[4-9]|[3-9]\d):[0-5]\d")
"""An hour of 24 or more, as 25:20."""


@pytest.fixture(scope="module")
def late(tmp_path_factory: pytest.TempPathFactory) -> LoadedEvent:
    """The demo with the dialogue's second row set to 900 minutes: it ends at 24:08."""
    path = write_demo(tmp_path_factory.mktemp("late") / "demo.agenda")
    with EventDocument.open(path) as doc:
        loaded = load_event(doc)
        dialogue = next(s for s in loaded.sessions if s.key == "uk-roundtable")
        first = loaded.walk(dialogue)[0].item
        set_item_duration(doc, first.id, 900)  # 16:00 + 900 min: 07:00 the next day
    with EventDocument.open(path, read_only=True) as doc:
        return load_event(doc)


def test_the_check_reports_it_as_an_error(late: LoadedEvent) -> None:
    found = [f for f in check_plan(late) if f.code == "agenda.past-midnight"]
    assert [f.sessions for f in found] == [("uk-roundtable",)]
    assert "익일 " in found[0].text("ko") and "next day " in found[0].text("en")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize(("lang", "next_day"), [("ko", "익일"), ("en", "next day")])
def test_no_document_prints_an_hour_of_24_or_more(late: LoadedEvent, tmp_path: Path,
                                                  lang: str, next_day: str) -> None:
    written = export_all(late, check_plan(late), tmp_path, lang=lang,
                         only=["runsheet", "venue", "interpreters"])
    texts = {}
    for path in written:
        if path.suffix == ".pdf":
            texts[path.name] = subprocess.run(["pdftotext", "-raw", str(path), "-"],
                                              capture_output=True, text=True, check=True).stdout
        elif path.suffix == ".xlsx":
            book = load_workbook(path)
            texts[path.name] = "\n".join(str(c.value) for ws in book for r in ws.iter_rows()
                                         for c in r if c.value is not None)
    assert texts
    for name, text in texts.items():
        assert not IMPOSSIBLE.search(text), (name, IMPOSSIBLE.search(text).group(0))
    for name in (f"runsheet-{lang}.pdf", f"runsheet-{lang}.xlsx"):
        text = " ".join(texts[name].split())
        assert f"16:00~{next_day} 07:00 ('900)" in text, name
        assert f"{next_day} 07:00~ {next_day} 07:15 ('15)" in text, name


def test_the_window_shows_it_as_the_run_sheet_does(qtbot, window) -> None:  # noqa: ANN001
    from ui.models.agenda import COLUMN

    from .test_ui_window import edit_cell, time_column

    uk = next(s for s in window.opened.loaded.sessions if s.key == "uk-roundtable")
    window.select_session(uk.id)
    edit_cell(qtbot, window, 0, COLUMN["duration"], "900")
    assert time_column(window)[:2] == ["16:00~익일 07:00 ('900)", "익일 07:00~익일 07:15 ('15)"]
    assert any(f.code == "agenda.past-midnight" and f.sessions == ("uk-roundtable",)
               for f in window.opened.findings)


def test_a_session_ending_at_midnight_goes_through_the_interchange_file(
        tmp_path: Path, small_event: dict) -> None:
    """24:00 is the end of the day a session may end at; the interchange file writes it and
    reads it back (before, it wrote "24:00" and then refused its own file)."""
    import json

    from db.document import build_new_file
    from db.interchange import InterchangeError, export_event, import_event

    small_event["sessions"][0].update(start="23:00", end="24:00")
    small_event["sessions"][0]["items"] = [{"duration": 60, "title": {"ko": "심야 회의"}}]
    small_event["interpreters"][0]["available"][0].update(start="20:00", end="24:00")
    path = build_new_file(tmp_path / "late.agenda", lambda doc: import_event(doc, small_event))
    with EventDocument.open(path, read_only=True) as doc:
        loaded = load_event(doc)
    assert loaded.sessions[0].end_min == 24 * 60
    written = export_event(loaded)
    assert written["sessions"][0]["end"] == "24:00"
    again = build_new_file(tmp_path / "again.agenda", lambda doc: import_event(doc, written))
    with EventDocument.open(again, read_only=True) as doc:
        assert json.dumps(export_event(load_event(doc))) == json.dumps(written)
    for field, value in (("end", "24:01"), ("start", "24:00")):
        bad = json.loads(json.dumps(written))
        bad["sessions"][0][field] = value
        with pytest.raises(InterchangeError, match=f"sessions\\[0\\].{field}"):
            build_new_file(tmp_path / f"bad-{field}.agenda", lambda doc: import_event(doc, bad))
