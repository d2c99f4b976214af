"""The time column of a run sheet, however a programme writes it.

``09:00~09:02 ('2)``, ``(12:25~)`` (a marker), ``14:00~14:10 (10분)``, ``09:00-09:30``,
``09:00 – 09:30``, full-width ``～``, ``9:00 AM (30 min)``, a start alone (``13.00``,
``13:00``). Printed values are kept as printed; whether they agree is decided later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.imports.messages import Said
from planner.text_clean import MAX_MINUTES

_FULL_WIDTH = str.maketrans({
    **{chr(0xFF10 + d): str(d) for d in range(10)},
    "：": ":", "～": "~", "〜": "~", "–": "~", "—": "~", "‐": "~", "－": "~", "−": "~",
    "’": "'", "‘": "'", "′": "'", "（": "(", "）": ")", "\u00a0": " ", "\u3000": " ",
})
_CLOCK = r"(?:(오전|오후)\s*)?(\d{1,2})\s*[:.]\s*(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?"
_LENGTH = r"\(\s*'?\s*(\d{1,4})\s*(?:'|분|mins?\.?|minutes?|m)?\s*\)"
_CELL = re.compile(
    rf"^(?P<open>\()?\s*{_CLOCK}\s*(?:(?P<dash>[~\-]|to)\s*(?:{_CLOCK})?)?\s*(?P<close>\))?"
    rf"\s*(?:{_LENGTH})?\s*$", re.IGNORECASE)
_LOOKS_LIKE_TIME = re.compile(r"\d{1,2}\s*[:.]\s*\d{2}")
_LEADING = re.compile(
    rf"^\(?\s*{_CLOCK}\s*(?:(?:[~\-]|to)\s*(?:{_CLOCK})?)?\s*\)?\s*(?:{_LENGTH})?(?=\s)",
    re.IGNORECASE)


class TimeCellError(ValueError):
    """A cell that is meant as a time but is not one (25:00, 09:75, an end before its start)."""


@dataclass(frozen=True)
class TimeCell:
    start: int
    end: int | None
    """None for a start alone or a marker."""
    stated: int | None
    """The printed length in minutes."""
    marker: bool = False
    """``(12:25~)``: a point in time, not a row with a length."""


def normalise_time_text(text: str) -> str:
    return text.translate(_FULL_WIDTH).strip()


def looks_like_time(text: str) -> bool:
    return bool(_LOOKS_LIKE_TIME.search(normalise_time_text(text)))


def read_time_cell(text: str) -> TimeCell | None:
    """The times a cell prints; None when the cell is not a time at all.

    Raises TimeCellError when the cell is shaped like a time but names an impossible one.
    """
    cell = normalise_time_text(text)
    match = _CELL.match(cell)
    if match is None:
        return None
    groups = match.groups()
    # groups: open, [pre, h, m, ampm], dash, [pre, h, m, ampm], close, length
    first, second = list(groups[1:5]), list(groups[6:10])
    if second[1] is not None:
        # "2:00 - 3:30 PM", "오후 2:00~3:00": one half of the day said once holds for both.
        if _half(first) and not _half(second):
            second[0], second[3] = first[0], first[3]
            if _clock(second, cell) < _clock(first, cell):  # 11:00 AM - 1:00
                second[0], second[3] = None, "pm"
        elif _half(second) and not _half(first):
            first[0], first[3] = second[0], second[3]
            if _clock(first, cell) > _clock(second, cell):  # 11:00 - 1:00 PM
                first[0], first[3] = None, "am"
    start = _clock(first, cell)
    end = _clock(second, cell) if second[1] is not None else None
    stated = int(groups[11]) if groups[11] is not None else None
    marker = bool(match.group("open") and match.group("close") and match.group("dash")
                  and end is None)
    if end is not None and end < start:
        if start >= 18 * 60 and end <= 6 * 60:
            raise TimeCellError(Said("past_midnight", cell=cell))
        raise TimeCellError(Said("ends_before", cell=cell))
    if end is not None and end == start:
        raise TimeCellError(Said("ends_when", cell=cell))
    if stated is not None and not 1 <= stated <= MAX_MINUTES:
        raise TimeCellError(Said("bad_length", cell=cell, minutes=stated))
    return TimeCell(start, end, stated, marker)


def split_leading_time(text: str) -> tuple[str, str] | None:
    """``09:00-09:30 Opening`` → (``09:00-09:30``, ``Opening``); None without a leading time."""
    line = normalise_time_text(text)
    match = _LEADING.match(line)
    if match is None:
        return None
    return match.group(0), line[match.end():].strip()


def _half(parts: list[str | None]) -> bool:
    return bool(parts[0] or parts[3])


def _clock(parts: tuple[str | None, ...] | list[str | None], cell: str) -> int:
    half_day, hours_text, minutes_text, suffix = parts
    hours, minutes = int(hours_text or 0), int(minutes_text or 0)
    if minutes > 59:
        raise TimeCellError(Said("not_a_time", cell=cell, time=f"{hours}:{minutes:02d}"))
    half = (suffix or "").lower().replace(".", "") or {"오전": "am", "오후": "pm"}.get(
        half_day or "", "")
    if half:
        if not 1 <= hours <= 12:
            raise TimeCellError(Said("not_am_pm", cell=cell, hours=hours))
        hours = hours % 12 + (12 if half == "pm" else 0)
    if hours > 24 or (hours == 24 and minutes):
        raise TimeCellError(Said("not_a_time", cell=cell, time=f"{hours}:{minutes:02d}"))
    return hours * 60 + minutes
