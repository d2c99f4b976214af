"""The large event of the benchmark: the same every time, valid, and exactly its size."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from db.interchange import validate

GENERATOR = Path(__file__).parent / "benchmarks" / "large_event.py"


def _load_generator() -> ModuleType:
    # Loaded from its path: tests/benchmarks is a script folder, not collected or imported by name.
    spec = importlib.util.spec_from_file_location("large_event_generator", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return _load_generator()


@pytest.fixture(scope="module")
def event(generator: ModuleType) -> dict:
    return generator.large_event()


def test_the_same_seed_gives_the_same_event(generator: ModuleType, event: dict) -> None:
    assert generator.large_event() == event
    assert generator.large_event(seed=7) != event


def test_the_large_event_is_a_valid_interchange_document(event: dict) -> None:
    validate(event)  # raises InterchangeError with the path of the first bad value


def test_the_large_event_has_exactly_the_yardstick_counts(generator: ModuleType,
                                                          event: dict) -> None:
    assert generator.counts(event) == {"days": 5, "rooms": 20, "sessions": 800, "rows": 8000,
                                       "interpreters": 150, "assignments": 1600}


def test_another_seed_keeps_the_counts(generator: ModuleType) -> None:
    assert generator.counts(generator.large_event(seed=7)) == generator.EXPECTED


def test_sessions_fit_the_day_and_never_overlap_in_a_room(event: dict) -> None:
    by_room_day: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for session in event["sessions"]:
        assert "08:00" <= session["start"] < session["end"] <= "19:00"
        by_room_day.setdefault((session["room"], session["date"]), []).append(
            (session["start"], session["end"]))
    assert len(by_room_day) == 20 * 5
    for spans in by_room_day.values():
        spans.sort()
        assert len(spans) == 8
        assert all(end <= next_start
                   for (_, end), (next_start, _) in zip(spans, spans[1:], strict=False))


def test_the_event_mixes_what_the_planner_meets(generator: ModuleType, event: dict) -> None:
    mix = generator.breakdown(event)
    assert {"simultaneous", "consecutive", "whispered", "none"} <= set(mix["modes"])
    assert {"ko/en", "ko/en/fr", "ko/ja", "ko/de"} <= set(mix["languages"])
    assert mix["blocks"] and mix["markers"] and mix["hard_starts"] and mix["item_assignments"]
    floors = {room["floor"] for room in event["rooms"]}
    assert floors == {"1F", "2F", "3F", "4F", "5F"}
    assert all(20 <= room["capacity"] <= 400 and 0 <= room["booths"] <= 3
               for room in event["rooms"])
    booths = {room["key"]: room["booths"] for room in event["rooms"]}
    for session in event["sessions"]:  # booths where simultaneous needs them
        interpretation = session["interpretation"]
        if interpretation["mode"] == "simultaneous":  # a booth per target language, or one two-way
            languages = len(interpretation["languages"])
            assert booths[session["room"]] >= (1 if languages == 2 else languages)
    for session in event["sessions"]:  # titles and rows in both languages
        assert set(session["title"]) == {"ko", "en"}
        assert all(set(item["title"]) == {"ko", "en"} for item in session["items"])
