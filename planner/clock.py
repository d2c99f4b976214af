"""Times of day and dates as the run sheets write them."""

from __future__ import annotations

import datetime as dt
import re

MINUTES_PER_DAY = 24 * 60

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class TimeFormatError(ValueError):
    """A text that should be a time of day or a date is not one."""


def parse_time(text: str) -> int:
    """Minutes after midnight for a 24-hour ``HH:MM`` time of day."""
    match = _TIME.match(text) if isinstance(text, str) else None
    if match is None:
        raise TimeFormatError(f"{text!r} is not a time of day (HH:MM, 00:00 to 23:59)")
    return int(match.group(1)) * 60 + int(match.group(2))


def format_time(minutes: int) -> str:
    """``HH:MM`` for minutes after midnight; past midnight keeps counting (24:10)."""
    hours, mins = divmod(minutes, 60)
    return f"{hours:02d}:{mins:02d}"


def format_range(start: int, end: int) -> str:
    """A row's time as printed in the seed's run sheets: ``09:08~09:13 ('5)``."""
    return f"{format_time(start)}~{format_time(end)} ('{end - start})"


def parse_date(text: str) -> dt.date:
    """A ``YYYY-MM-DD`` date."""
    try:
        if not isinstance(text, str) or len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise TimeFormatError(f"{text!r} is not a date (YYYY-MM-DD)") from None
