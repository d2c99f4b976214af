"""Rooms a source names that the event does not have yet: their name, floor and key.

A run sheet names a room as ``DDP 디자인랩 서울-온 화상회의실(2F)``; a room made from it is
called ``DDP 디자인랩 서울-온 화상회의실`` on floor ``2F``, so that the event's own room
matching (name with or without floor) finds it again under the other spellings of the
same run sheet.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_TRAILING_FLOOR = re.compile(
    r"\s*[(（]\s*(?P<floor>b\s*\d+\s*f?|\d+\s*f|지하\s*\d+\s*층|\d+\s*층)\s*[)）]\s*$",
    re.IGNORECASE)
"""A floor in brackets at the end of a room's text: (2F), (B1), (B2F), (4층), (지하1층)."""
_NOT_KEY = re.compile(r"[^\w]+")
KEY_LENGTH = 60
"""A key is read in lists and file names: long enough to tell rooms apart, no longer."""


def split_floor(text: str) -> tuple[str, str]:
    """The room's name and its floor (``2F``, ``B1``, ``4층``; ``""`` when none is printed
    at the end in brackets)."""
    text = " ".join(text.split())
    found = _TRAILING_FLOOR.search(text)
    if found is None or not text[:found.start()].strip():
        return text, ""
    floor = re.sub(r"\s+", "", found.group("floor"))
    if not floor.endswith("층"):
        floor = floor.upper()
    return text[:found.start()].strip(), floor


def room_key(name: str, floor: str, taken: Collection[str]) -> str:
    """A key for a new room, readable (its name's words and floor, lower case, joined by
    hyphens) and unlike every key in ``taken`` (``-2``, ``-3`` … added when needed)."""
    words = _NOT_KEY.sub("-", f"{name} {floor}".lower()).strip("-_")
    base = words[:KEY_LENGTH].strip("-_") or "room"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key
