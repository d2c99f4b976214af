"""Shared fixtures: small events built in memory and written to temporary files."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SMALL_EVENT: dict[str, Any] = {
    "format": "agenda-planner.event/1",
    "event": {"title": {"ko": "시험 행사", "en": "Test event"}, "timezone": "Asia/Seoul",
              "languages": ["ko", "en"], "policy": {"changeover_min": 10}},
    "rooms": [
        {"key": "hall", "name": {"ko": "대회의실", "en": "Main hall"}, "floor": "2F",
         "capacity": 40, "booths": 1, "video": True},
        {"key": "lounge", "name": {"ko": "라운지"}, "floor": "4F", "capacity": 100},
    ],
    "interpreters": [
        {"key": "koen-1", "name": {"ko": "한영 통역사 1", "en": "KO-EN interpreter 1"},
         "languages": ["ko", "en"], "directions": ["ko>en", "en>ko"],
         "modes": ["simultaneous", "consecutive"],
         "available": [{"date": "2026-07-01", "start": "08:00", "end": "18:00"}]},
    ],
    "sessions": [
        {"key": "s1", "title": {"ko": "회의", "en": "Meeting"}, "date": "2026-07-01",
         "start": "09:00", "end": "10:00", "room": "hall", "closed": True,
         "interpretation": {"mode": "consecutive", "languages": ["ko", "en"]},
         "delegations": [{"side": {"ko": "한국", "en": "Korea"}, "on_site": 4, "remote": 1,
                          "members": {"ko": "과기정통부, 한국연구재단"}}],
         "items": [
             {"duration": 10, "title": {"ko": "개회"}, "remarks": {"ko": "(사회) 사회자"}},
             {"title": {"ko": "논의"}, "children": [
                 {"duration": 20, "title": {"ko": "발언"}, "details": {"ko": "① 첫째\n② 둘째"}},
                 {"start": "09:35", "duration": 15, "title": {"ko": "질의응답"},
                  "stated_duration": 16},
             ]},
             {"marker": True, "start": "09:40", "title": {"ko": "차관 이석"}, "bullet": "※"},
             {"duration": 10, "title": {"ko": "폐회"}, "bullet": "",
              "interpretation": {"mode": "sight", "languages": ["ko", "en"]},
              "assignments": [{"interpreter": "koen-1", "role": "sight"}]},
         ],
         "assignments": [{"interpreter": "koen-1", "role": "consecutive"}]},
    ],
}


@pytest.fixture
def small_event() -> dict[str, Any]:
    """A one-session event touching every kind of row: leaf, block, hard start, marker."""
    return copy.deepcopy(SMALL_EVENT)


@pytest.fixture
def small_file(tmp_path: Path, small_event: dict[str, Any]) -> Path:
    """The small event written to an event file."""
    from db.document import build_new_file
    from db.interchange import import_event

    return build_new_file(tmp_path / "small.agenda", lambda doc: import_event(doc, small_event))


# -- the window on the demo event, for the GUI tests ------------------------------------------


@pytest.fixture
def settings(tmp_path: Path):  # noqa: ANN201 - a QSettings, imported late (Qt after the env)
    """The window's settings in a file of the test's own, never the user's."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def demo_as_first_planned() -> dict[str, Any]:
    """The demo before its rows said what is interpreted, counted by the numbers it had then:
    KO-EN interpreter 1 due in the roundtable's booth at 09:30, the reception one whisperer
    short. The window's tests act on these two findings (a clash to lead to, a team to
    complete); the reception's room has a portable system, so they are the only errors.
    What the demo really gives is tested in test_check_command.py and docs/rules.md."""
    from db.demo import demo_document

    data = demo_document()
    data["event"]["policy"] = {"preset": "aiic-canada", "consecutive_short_max_min": 60,
                               "whisper_short_max_min": 30, "call_time_min": 0}

    def unmark(items: list[dict[str, Any]]) -> None:
        for item in items:
            item.pop("interpreted", None)
            unmark(item.get("children", []))

    for session in data["sessions"]:
        unmark(session["items"])
    for room in data["rooms"]:
        if room["key"] == "jandi-sarangbang-4f":
            room["portable_system"] = True
    return data


def write_first_planned_demo(path: Path) -> Path:
    """The demo as first planned (above) written to an event file."""
    from db.document import build_new_file
    from db.interchange import import_event

    data = demo_as_first_planned()
    return build_new_file(path, lambda doc: import_event(doc, data))


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """The demo as first planned (above), for the window's tests."""
    return write_first_planned_demo(tmp_path / "demo.agenda")


@pytest.fixture
def window(qtbot, settings, demo_path: Path):  # noqa: ANN001, ANN201
    """The main window, shown, on a fresh copy of the demo event."""
    from ui.interaction import HeadlessInteraction
    from ui.main_window import MainWindow

    win = MainWindow(settings, HeadlessInteraction())
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    return win
