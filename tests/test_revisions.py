"""Issued revisions: `issue` records the plan and writes only for the recipients it changed for;
`revisions` lists them; `diff` says what changed since one of them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from db.document import SCHEMA_HEAD, EventDocument
from db.edits import set_session_fields
from db.loading import load_event
from db.revisions import digest_of, list_revisions, revision_snapshot
from tests.test_faults import run_cli


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.agenda"
    code, _, err = run_cli("demo", path)
    assert code == 0, err
    return path


def move_uk_roundtable(path: Path) -> None:
    """The UK roundtable to 14:00-16:00: koen-2 and koen-4 work it; koen-1 and koen-3 do not."""
    with EventDocument.open(path) as doc:
        uk = next(s for s in load_event(doc).sessions if s.key == "uk-roundtable")
        set_session_fields(doc, uk.id, start_min=14 * 60, end_min=16 * 60)


def test_first_issue_goes_to_everyone_and_is_recorded(demo: Path, tmp_path: Path) -> None:
    code, out, err = run_cli("issue", demo, "--to", tmp_path / "issued", "--note", "첫 배포")
    assert code == 0, err
    folder = tmp_path / "issued" / "rev-01"
    assert "issued revision 1" in out
    with EventDocument.open(demo, read_only=True) as doc:
        (revision,) = list_revisions(doc)
        snapshot = revision_snapshot(doc)
    assert revision.number == 1 and revision.note == "첫 배포"
    assert set(revision.recipients) == {"runsheet", "venue", "coordinator", "interpreter:koen-1",
                                        "interpreter:koen-2", "interpreter:koen-3",
                                        "interpreter:koen-4"}
    for issued in revision.files:  # every file recorded is there, with the digest recorded
        assert digest_of((folder / issued.path).read_bytes()) == issued.digest
    assert snapshot == json.loads((folder / "event.json").read_text(encoding="utf-8"))


def test_second_issue_writes_only_for_those_affected(demo: Path, tmp_path: Path) -> None:
    run_cli("issue", demo, "--to", tmp_path / "issued")
    move_uk_roundtable(demo)
    code, out, err = run_cli("issue", demo, "--to", tmp_path / "issued", "--note", "오후로")
    assert code == 0, err
    assert "unchanged: 2 interpreter(s)" in out
    with EventDocument.open(demo, read_only=True) as doc:
        second = list_revisions(doc)[1]
    assert set(second.recipients) == {"runsheet", "venue", "coordinator", "interpreter:koen-2",
                                      "interpreter:koen-4"}
    folder = tmp_path / "issued" / "rev-02"
    # The run-sheet circle gets the day that changed (and the whole sheet in Excel, its changed
    # rows marked); the coordinator no combined book.
    assert [f.path for f in second.files if f.recipient == "runsheet"] == [
        "runsheet-ko.xlsx", "runsheet-ko-2026-07-02.pdf"]
    assert [f.path for f in second.files if f.recipient == "coordinator"] == [
        "roster-ko.xlsx", "event.json", "changes-ko.txt"]
    assert sorted(p.name for p in (folder / "calendars").iterdir()) == [
        "한영 통역사 2.ics", "한영 통역사 4.ics"]
    summary = (folder / "changes-ko.txt").read_text(encoding="utf-8")
    assert "일정 변경: 7/2 16:00~18:00" in summary and "→ 7/2 14:00~16:00" in summary
    assert "받는 사람: 한영 통역사 2" in summary and "받는 사람: 한영 통역사 1" not in summary
    assert "변경 없음: 통역사 2명" in summary


def test_nothing_changed_issues_nothing(demo: Path, tmp_path: Path) -> None:
    run_cli("issue", demo, "--to", tmp_path / "issued")
    code, out, _ = run_cli("issue", demo, "--to", tmp_path / "issued")
    assert code == 0 and "nothing changed since revision 1" in out
    assert not (tmp_path / "issued" / "rev-02").exists()
    with EventDocument.open(demo, read_only=True) as doc:
        assert len(list_revisions(doc)) == 1


def test_export_records_nothing(demo: Path, tmp_path: Path) -> None:
    code, _, err = run_cli("export", demo, "--to", tmp_path / "out", "--only", "venue")
    assert code == 0, err
    code, out, _ = run_cli("revisions", demo)
    assert code == 0 and "no revision issued yet" in out


def test_diff_since_the_last_revision_and_between_two(demo: Path, tmp_path: Path) -> None:
    run_cli("issue", demo, "--to", tmp_path / "issued")
    move_uk_roundtable(demo)
    code, out, _ = run_cli("diff", demo, "--json")
    assert code == 0 and json.loads(out)["sessions"] == ["uk-roundtable"]
    code, out, _ = run_cli("diff", demo, "--for", "koen-1")
    assert code == 0 and out.strip() == "변경 사항 없음"
    code, out, _ = run_cli("diff", demo, "--for", "venue", "--lang", "en")
    assert code == 0 and "Moved: 7/2 16:00~18:00" in out
    run_cli("issue", demo, "--to", tmp_path / "issued")
    code, out, _ = run_cli("diff", demo, "1", "2", "--json")
    assert code == 0 and json.loads(out)["sessions"] == ["uk-roundtable"]
    code, out, _ = run_cli("diff", demo)  # nothing since revision 2
    assert out.strip() == "변경 사항 없음"
    code, out, _ = run_cli("revisions", demo)
    assert [line.split()[:2] for line in out.splitlines()] == [["Rev.", "1"], ["Rev.", "2"]]


@pytest.mark.parametrize("issued, argv, message", [
    (False, ("diff", "{file}"), "no revision issued yet"),
    (True, ("diff", "{file}", "3"), "has no revision 3"),
    (True, ("diff", "{file}", "1", "2", "3"), "at most two revision numbers"),
    (True, ("diff", "{file}", "--for", "nobody"), "no interpreter with key 'nobody'"),
])
def test_diff_refusals_are_one_line(demo: Path, tmp_path: Path, issued: bool,
                                    argv: tuple[str, ...], message: str) -> None:
    if issued:
        run_cli("issue", demo, "--to", tmp_path / "issued")
    code, _, err = run_cli(*(a.format(file=demo) for a in argv))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and message in err


def test_a_file_before_revisions_is_migrated_after_a_backup(demo: Path, tmp_path: Path) -> None:
    con = sqlite3.connect(demo)  # as the schema before revisions left it
    con.execute("DROP TABLE revision_document")
    con.execute("DROP TABLE revision")
    for table, column in (("agenda_item", "interpreted"), ("agenda_item", "remote"),
                          ("session", "listener_language"), ("room", "portable_system"),
                          ("room", "receivers")):  # and what schema 0003 added after it
        con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    con.execute("UPDATE alembic_version SET version_num = '0001'")
    con.commit()
    con.close()
    code, _, err = run_cli("issue", demo, "--to", tmp_path / "issued")
    assert code == 0, err
    assert len(list(demo.parent.glob("demo.agenda.*.bak"))) == 1
    with EventDocument.open(demo, read_only=True) as doc:
        assert doc.schema_revision() == SCHEMA_HEAD
        assert [r.number for r in list_revisions(doc)] == [1]


def test_an_issue_never_writes_over_a_folder_already_sent(demo: Path, tmp_path: Path) -> None:
    run_cli("issue", demo, "--to", tmp_path / "issued")
    sent = (tmp_path / "issued" / "rev-01" / "changes-ko.txt").read_bytes()
    other = tmp_path / "other.agenda"  # another event file (or a restored backup): its rev 1
    run_cli("demo", other)
    code, _, err = run_cli("issue", other, "--to", tmp_path / "issued")
    assert code == 2 and "rev-01: already exists" in err and len(err.splitlines()) == 1
    assert (tmp_path / "issued" / "rev-01" / "changes-ko.txt").read_bytes() == sent
    with EventDocument.open(other, read_only=True) as doc:
        assert list_revisions(doc) == []
