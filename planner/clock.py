"""Times of day and dates as the run sheets write them."""

from __future__ import annotations

import datetime as dt
import re

MINUTES_PER_DAY = 24 * 60

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_TYPED = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$|^(\d{1,2})(\d{2})$")
"""A time as people type it: 11:30, 9:05, 11.30, 1130, 905, or an hour alone (9)."""


class TimeFormatError(ValueError):
    """A text that should be a time of day or a date is not one."""


def parse_time(text: str, *, end_of_day: bool = False) -> int:
    """Minutes after midnight for a 24-hour ``HH:MM`` time of day; with ``end_of_day``,
    ``24:00`` too: the midnight a session or an availability stretch may end at."""
    if end_of_day and text == "24:00":
        return MINUTES_PER_DAY
    match = _TIME.match(text) if isinstance(text, str) else None
    if match is None:
        raise TimeFormatError(f"{text!r} is not a time of day (HH:MM, 00:00 to 23:59)")
    return int(match.group(1)) * 60 + int(match.group(2))


def parse_typed_time(text: str, *, end_of_day: bool = False) -> int:
    """Minutes after midnight for a time typed the way people type it: ``11:30``, ``9:05``,
    ``11.30``, ``1130``, ``905`` or an hour alone (``9``). With ``end_of_day``, ``24:00``
    (the midnight a day's last session ends at) is a time too."""
    match = _TYPED.match(text.strip()) if isinstance(text, str) else None
    if match is not None:
        hour = int(match.group(1) or match.group(3))
        minute = int(match.group(2) or match.group(4) or 0)
        minutes = hour * 60 + minute
        if minute < 60 and (minutes < MINUTES_PER_DAY
                            or (end_of_day and minutes == MINUTES_PER_DAY)):
            return minutes
    raise TimeFormatError(f"{text!r} is not a time of day (such as 11:30, 1130 or 9:05)")


def format_time(minutes: int) -> str:
    """``HH:MM`` for minutes after midnight; past midnight keeps counting (24:10)."""
    hours, mins = divmod(minutes, 60)
    return f"{hours:02d}:{mins:02d}"


def format_range(start: int, end: int) -> str:
    """A row's time as printed in the seed's run sheets: ``09:08~09:13 ('5)``."""
    return f"{format_time(start)}~{format_time(end)} ('{end - start})"


NEXT_DAY = {"ko": "익일 ", "en": "next day "}
"""How a document marks a time on the day after: 익일 01:20, next day 01:20."""
LATER_DAY = {"ko": "{days}일 후 ", "en": "{days} days later "}


def format_clock(minutes: int, lang: str) -> str:
    """A time as a document prints it: ``HH:MM`` on a clock that never shows 24 or more.
    A time past midnight (a row that runs on into the night) is the next day's time,
    marked so: ``익일 01:20`` in Korean, ``next day 01:20`` in English."""
    days, minutes = divmod(minutes, MINUTES_PER_DAY)
    if days <= 0:
        return format_time(minutes + days * MINUTES_PER_DAY)
    mark = NEXT_DAY if days == 1 else LATER_DAY
    return mark.get(lang, mark["en"]).format(days=days) + format_time(minutes)


def format_clock_range(start: int, end: int, lang: str) -> str:
    """A row's time as a document prints it: ``09:08~09:13 ('5)``, ``23:40~익일 01:20 ('100)``."""
    return f"{format_clock(start, lang)}~{format_clock(end, lang)} ('{end - start})"


def parse_date(text: str) -> dt.date:
    """A ``YYYY-MM-DD`` date."""
    try:
        if not isinstance(text, str) or len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise TimeFormatError(f"{text!r} is not a date (YYYY-MM-DD)") from None
