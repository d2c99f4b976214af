"""Interpreter sheets and calendars are named after the interpreter, safely."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from db.document import EventDocument, build_new_file
from db.interchange import import_event
from db.loading import load_event
from exports.bundle import export_all
from exports.filenames import MAX_BYTES, distinct_names, file_name_from
from tests.conftest import SMALL_EVENT


@pytest.mark.parametrize(("typed", "named"), [
    ("한영 통역사 1", "한영 통역사 1"),
    ("Dr. Ana Pérez", "Dr. Ana Pérez"),
    ("佐藤 花子", "佐藤 花子"),
    ("e\u0301lodie", "élodie"),  # one é, as the file systems that compose it store it
    ("Kim / Lee", "Kim _ Lee"),
    ("../../etc/passwd", "_.._etc_passwd"),
    ("a\\b:c*d?e\"f<g>h|i", "a_b_c_d_e_f_g_h_i"),
    ("tab\tand\nnew line", "tab and new line"),
    ("nul\x00here", "nul_here"),
    ("\u202eexe.pdf", "exe.pdf"),  # a right-to-left override would disguise the name
    ("  .hidden. ", "hidden"),
    ("-rf", "rf"),
    ("CON", "CON_"),
    ("com1.txt", "com1_.txt"),
    ("...", "fallback-key"),
    ("", "fallback-key"),
])
def test_a_name_becomes_a_file_name_that_reads_as_it(typed: str, named: str) -> None:
    assert file_name_from(typed, "fallback-key") == named


def test_a_long_name_is_cut_between_characters() -> None:
    name = file_name_from("가나다" * 60, "k")
    assert len(name.encode("utf-8")) <= MAX_BYTES and name == ("가나다" * 60)[:MAX_BYTES // 3]


def test_namesakes_stay_distinct_by_their_keys() -> None:
    names = distinct_names([("kim-1", "김민지"), ("kim-2", "김민지"), ("lee", "Lee"),
                            ("lee-2", "LEE"), ("park", "박서준")])
    assert names == {"kim-1": "김민지 (kim-1)", "kim-2": "김민지 (kim-2)", "lee": "Lee (lee)",
                     "lee-2": "LEE (lee-2)", "park": "박서준"}


def test_sheets_and_calendars_are_named_after_each_interpreter(tmp_path: Path) -> None:
    """In the document's language (the other where a name has none); two interpreters of the
    same name get two files; a name that would climb out of the folder stays in it."""
    data = copy.deepcopy(SMALL_EVENT)
    base = data["interpreters"][0]
    data["interpreters"] += [
        {**base, "key": "interpreter-2", "name": {"ko": "김민지", "en": "Kim Minji"}},
        {**base, "key": "interpreter-3", "name": {"ko": "김민지", "en": "Minji Kim"}},
        {**base, "key": "interpreter-4", "name": {"ko": "../비밀/통역사"}},
    ]
    path = build_new_file(tmp_path / "e.agenda", lambda doc: import_event(doc, data))
    doc = EventDocument.open(path)
    try:
        loaded = load_event(doc)
    finally:
        doc.close()
    out = tmp_path / "out"
    written = export_all(loaded, [], out, only=["interpreters", "ics"])
    assert {p.relative_to(out).as_posix() for p in written} == {
        "interpreters-ko.pdf", "roster-ko.xlsx",
        "interpreters-ko/한영 통역사 1.pdf", "interpreters-ko/김민지 (interpreter-2).pdf",
        "interpreters-ko/김민지 (interpreter-3).pdf", "interpreters-ko/_비밀_통역사.pdf",
        "calendars/한영 통역사 1.ics", "calendars/김민지 (interpreter-2).ics",
        "calendars/김민지 (interpreter-3).ics", "calendars/_비밀_통역사.ics"}
    english = export_all(loaded, [], out, lang="en", only=["interpreters"])
    assert {p.name for p in english if p.parent.name == "interpreters-en"} == {
        "KO-EN interpreter 1.pdf", "Kim Minji.pdf", "Minji Kim.pdf", "_비밀_통역사.pdf"}
