"""The words of the field as coordinators type them."""

from __future__ import annotations

import pytest

from planner.vocabulary import Mode, read_mode, read_modes


@pytest.mark.parametrize(("word", "mode"), [
    ("동시", Mode.SIMULTANEOUS), ("동시통역", Mode.SIMULTANEOUS), ("동시 통역", Mode.SIMULTANEOUS),
    ("simul", Mode.SIMULTANEOUS), ("Simultaneous", Mode.SIMULTANEOUS),
    ("순차", Mode.CONSECUTIVE), ("순차 통역", Mode.CONSECUTIVE), ("consec", Mode.CONSECUTIVE),
    ("위스퍼링", Mode.WHISPERED), ("근접", Mode.WHISPERED), ("근접 통역", Mode.WHISPERED),
    ("chuchotage", Mode.WHISPERED), ("whispering", Mode.WHISPERED),
    ("시역", Mode.SIGHT), ("시통역", Mode.SIGHT), ("sight", Mode.SIGHT),
    ("sight translation", Mode.SIGHT),
    ("원격 동시통역", Mode.REMOTE_SIMULTANEOUS), ("remote-simultaneous", Mode.REMOTE_SIMULTANEOUS),
])
def test_the_usual_words_for_each_mode_in_both_languages(word: str, mode: Mode) -> None:
    assert read_mode(word) == mode


def test_a_typed_list_gives_each_mode_once_in_order_and_names_what_it_did_not_understand() -> None:
    assert read_modes("순차, simul; 동시통역 / 시역") == (
        [Mode.CONSECUTIVE, Mode.SIMULTANEOUS, Mode.SIGHT], [])
    assert read_modes("simul consec") == ([Mode.SIMULTANEOUS, Mode.CONSECUTIVE], [])
    assert read_modes("동시, 텔레파시") == ([Mode.SIMULTANEOUS], ["텔레파시"])
    assert read_modes("") == ([], [])
    assert read_mode("통역") is None and read_mode("none") is None
