"""Times of day as people type them and as documents print them."""

from __future__ import annotations

import pytest

from planner.clock import TimeFormatError, format_clock, format_clock_range, parse_typed_time


@pytest.mark.parametrize(("typed", "minutes"), [
    ("11:30", 690), ("1130", 690), ("9:05", 545), ("905", 545), ("09:05", 545), ("11.30", 690),
    ("9", 540), ("0", 0), ("00:00", 0), ("23:59", 1439), (" 7:45 ", 465)])
def test_a_time_typed_the_way_people_type_it(typed: str, minutes: int) -> None:
    assert parse_typed_time(typed) == minutes


@pytest.mark.parametrize("typed", ["", "24:00", "2400", "12:60", "1260", "9:5", "12345",
                                   "ten", "-1:00", "25"])
def test_what_is_not_a_time_of_day_is_refused(typed: str) -> None:
    with pytest.raises(TimeFormatError):
        parse_typed_time(typed)


def test_an_end_may_be_the_midnight_the_day_ends_at() -> None:
    assert parse_typed_time("24:00", end_of_day=True) == 1440
    assert parse_typed_time("2400", end_of_day=True) == 1440
    with pytest.raises(TimeFormatError):
        parse_typed_time("24:01", end_of_day=True)


def test_documents_never_print_an_hour_of_24_or_more() -> None:
    assert format_clock(9 * 60 + 5, "ko") == format_clock(9 * 60 + 5, "en") == "09:05"
    assert format_clock(25 * 60 + 20, "ko") == "익일 01:20"
    assert format_clock(25 * 60 + 20, "en") == "next day 01:20"
    assert format_clock(24 * 60, "ko") == "익일 00:00"
    assert format_clock(2 * 24 * 60 + 30, "ko") == "2일 후 00:30"
    assert format_clock(2 * 24 * 60 + 30, "en") == "2 days later 00:30"
    assert format_clock_range(10 * 60 + 20, 25 * 60 + 20, "ko") == "10:20~익일 01:20 ('900)"
    assert format_clock_range(10 * 60 + 20, 25 * 60 + 20, "en") == "10:20~next day 01:20 ('900)"
