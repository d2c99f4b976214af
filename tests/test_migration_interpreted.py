"""Schema 0003: an event file of schema 0002 opens with its rows interpreted as before, and a
policy that only stored the old defaults follows its preset (docs/rules.md, presets)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config

from db.demo import write_demo
from db.document import SCHEMA_HEAD, EventDocument
from db.loading import load_event

ROOT = Path(__file__).resolve().parents[1]
OLD_DEFAULTS = {
    "changeover_min": 10, "room_turnover_min": 0, "simultaneous_solo_max_min": 40,
    "simultaneous_two_max_min": 240, "simultaneous_three_max_min": 360,
    "simultaneous_four_max_min": 480, "simultaneous_min_per_booth": 2, "relay_booth_min": 3,
    "consecutive_short_max_min": 60, "whisper_short_max_min": 30,
    "whisper_listeners_per_interpreter": 2, "stint_max_min": 180, "stints_per_day_max": 2,
    "stint_gap_min": 30, "break_between_stints_min": 90, "daily_working_max_min": 360,
    "turn_min": 30,
}


def _as_schema_0002(path: Path, policy: dict[str, int]) -> None:
    with EventDocument.open(path) as doc:
        config = Config()
        config.set_main_option("script_location", str(ROOT / "db" / "migrations"))
        with doc.engine.begin() as con:
            config.attributes["connection"] = con
            command.downgrade(config, "0002")
    con = sqlite3.connect(path)
    con.execute("UPDATE event SET policy = ?", (json.dumps(policy),))
    con.commit()
    con.close()


def test_schema_0002_file_opens_with_rows_interpreted_and_its_own_numbers(
        tmp_path: Path) -> None:
    path = write_demo(tmp_path / "old.agenda")
    _as_schema_0002(path, {**OLD_DEFAULTS, "changeover_min": 15})
    with EventDocument.open(path) as doc:
        assert doc.schema_revision() == SCHEMA_HEAD
        loaded = load_event(doc)
    assert loaded.event.policy == {"changeover_min": 15}
    assert loaded.policy.preset == "korea" and loaded.policy.changeover_min == 15
    rows = [node.item for s in loaded.sessions for node in loaded.walk(s)]
    assert rows and all(r.interpreted is None and r.remote is False for r in rows)
    assert all(s.listener_language is None for s in loaded.sessions)
    assert list(tmp_path.glob("old.agenda.*-from-0002.bak"))
