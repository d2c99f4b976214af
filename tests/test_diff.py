"""The structural diff between two plans (planner/diff.py): what it names, matched by identity,
and what each recipient is shown."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.demo import write_demo
from db.document import EventDocument
from db.edits import (delete_item, insert_item, move_item, restore_items, set_item_duration,
                      set_item_text, set_session_fields)
from db.interchange import export_event
from db.loading import load_event
from planner.diff import diff_plans, for_interpreter, for_run_sheet, for_venue


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo(tmp_path_factory.mktemp("demo") / "demo.agenda")


@pytest.fixture(scope="module")
def demo(demo_path: Path) -> dict[str, Any]:
    with EventDocument.open(demo_path, read_only=True) as doc:
        return export_event(load_event(doc))


def session(plan: dict[str, Any], key: str) -> dict[str, Any]:
    return next(s for s in plan["sessions"] if s["key"] == key)


def kinds(diff: Any) -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.session, c.row) for c in diff]


def test_a_plan_against_itself_has_no_change(demo: dict[str, Any]) -> None:
    assert not diff_plans(demo, copy.deepcopy(demo))


def test_a_row_inserted_at_the_top_is_one_change_not_one_per_row(demo: dict[str, Any]) -> None:
    new = copy.deepcopy(demo)
    rows = session(new, "ca-roundtable")["items"]
    rows.insert(0, {"duration": 5, "title": {"ko": "사전 안내"}})
    assert kinds(diff_plans(demo, new)) == [("row-added", "ca-roundtable", "1")]


def test_a_row_removed_and_one_retexted(demo: dict[str, Any]) -> None:
    new = copy.deepcopy(demo)
    rows = session(new, "eu-meeting")["items"]
    del rows[1]
    rows[0]["title"] = {"ko": "개회", "en": "Opening"}
    found = kinds(diff_plans(demo, new))
    assert ("row-retexted", "eu-meeting", "1") in found
    assert ("row-removed", "eu-meeting", "2") in found
    assert len(found) == 2


def test_a_row_moved_to_the_end_is_one_move(demo: dict[str, Any]) -> None:
    new = copy.deepcopy(demo)
    rows = session(new, "ca-roundtable")["items"]
    rows.append(rows.pop(0))
    found = kinds(diff_plans(demo, new))
    assert found == [("row-moved", "ca-roundtable", str(len(rows)))]


def test_a_session_moved_and_an_interpreter_swapped(demo: dict[str, Any]) -> None:
    new = copy.deepcopy(demo)
    moved = session(new, "uk-roundtable")
    moved["start"], moved["end"] = "14:00", "16:00"
    swapped = session(new, "eu-meeting")
    before = swapped["assignments"][0]["interpreter"]
    after = next(i["key"] for i in new["interpreters"] if i["key"] != before)
    swapped["assignments"][0]["interpreter"] = after
    diff = diff_plans(demo, new)
    assert diff.sessions() == {"uk-roundtable", "eu-meeting"}
    move = next(c for c in diff if c.kind == "session-moved")
    assert (move.before["start"], move.after["start"]) == ("16:00", "14:00")

    taken = for_interpreter(diff, demo, new, before)
    given_to = for_interpreter(diff, demo, new, after)
    assert [(c.kind, c.session) for c in taken] == [("assignment-removed", "eu-meeting")]
    # koen-2 also works the roundtable that moved: both reach them.
    assert [(c.kind, c.session) for c in given_to] == [("session-moved", "uk-roundtable"),
                                                       ("assignment-added", "eu-meeting")]
    bystanders = [i["key"] for i in new["interpreters"]
                  if i["key"] not in (before, after) and "uk-roundtable" not in
                  {s["key"] for s in new["sessions"]
                   if any(a["interpreter"] == i["key"] for a in s.get("assignments", []))}]
    for key in bystanders:
        assert not for_interpreter(diff, demo, new, key)
    assert [c.kind for c in for_venue(diff)] == ["session-moved"]
    assert len(for_run_sheet(diff)) == len(diff)


def test_the_venue_sees_headcounts_not_texts(demo: dict[str, Any]) -> None:
    new = copy.deepcopy(demo)
    s = session(new, "reception")
    s["delegations"][0]["on_site"] += 20
    s["items"][0]["title"] = {"ko": "리셉션 1부"}
    diff = diff_plans(demo, new)
    assert [(c.kind, c.subject) for c in for_venue(diff)] == [("session-changed", "delegations")]
    assert {c.kind for c in for_run_sheet(diff)} == {"session-changed", "row-retexted"}


# -- properties over real edits --------------------------------------------------------------

EDITS = st.lists(st.tuples(st.sampled_from(("text", "length", "insert", "delete", "move",
                                            "session-time")),
                           st.integers(0, 10_000)), min_size=1, max_size=4)


def apply_edit(doc: EventDocument, kind: str, pick: int) -> tuple[str, Any]:
    """Make one real edit through db/edits; returns the session it touched and how to undo it."""
    loaded = load_event(doc)
    s = loaded.sessions[pick % len(loaded.sessions)]
    rows = [node.item for node in loaded.walk(s)]
    row = rows[pick % len(rows)]
    if kind == "text":
        old = set_item_text(doc, row.id, "title", "ko", f"바뀐 제목 {pick}")
        return s.key, lambda: set_item_text(doc, row.id, "title", "ko", old)
    if kind == "length" and not row.marker and row.duration is not None:
        old = set_item_duration(doc, row.id, row.duration + 1 + pick % 7)
        return s.key, lambda: set_item_duration(doc, row.id, old)
    if kind == "insert":
        new_id = insert_item(doc, s.id, None, pick % (len(loaded.agenda[s.id]) + 1),
                             duration=3, title={"ko": f"새 행 {pick}"})
        return s.key, lambda: delete_item(doc, new_id)
    if kind == "delete":
        taken = delete_item(doc, row.id)
        return s.key, lambda: restore_items(doc, taken)
    if kind == "move" and row.parent_id is None and len(loaded.agenda[s.id]) > 1:
        top = loaded.agenda[s.id]
        target = (row.position + 1 + pick % (len(top) - 1)) % len(top)
        old_parent, old_position = move_item(doc, row.id, None, target)
        return s.key, lambda: move_item(doc, row.id, old_parent, old_position)
    old_fields = set_session_fields(doc, s.id, start_min=s.start_min + 5, end_min=s.end_min + 5)
    return s.key, lambda: set_session_fields(doc, s.id, **old_fields)


def snapshot(doc: EventDocument) -> dict[str, Any]:
    return export_event(load_event(doc))


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_edits_are_named_by_session_and_undone_to_nothing(
        demo_path: Path, tmp_path: Path, edits: list[tuple[str, int]]) -> None:
    path = tmp_path / "edited.agenda"
    shutil.copy(demo_path, path)
    with EventDocument.open(path) as doc:
        before = snapshot(doc)
        touched, undos = set(), []
        for kind, pick in edits:
            key, undo = apply_edit(doc, kind, pick)
            touched.add(key)
            undos.append(undo)
        after = snapshot(doc)
        # Edits may cancel out (a row inserted, then deleted): the diff names exactly the
        # edited sessions that differ, and nothing else differs.
        was = {s["key"]: s for s in before["sessions"]}
        now = {s["key"]: s for s in after["sessions"]}
        assert all(was[key] == now[key] for key in was.keys() - touched)
        assert diff_plans(before, after).sessions() == {key for key in touched
                                                        if was[key] != now[key]}
        for undo in reversed(undos):
            undo()
        assert not diff_plans(before, snapshot(doc))
