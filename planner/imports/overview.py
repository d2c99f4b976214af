"""The lines of a run sheet's 행사 개요 as people write them: labelled lines (목적, 일시/장소,
참석자, 주요내용), the delegations under 참석자 with their counts, and interpretation notes.

``- (한 국) (총 4명) 과기정통부 기초원천연구정책관, 양자혁신기술개발과장`` and ``일 본 : 경제산업성,
JETRO (총 ○명)`` are delegations; ``(총 21명, 화상 3명)`` is 18 on site and 3 by video.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from planner.imports.model import ParsedDelegation

PARTICIPANTS = {"ko": "참석자", "en": "Participants"}
"""The side of the one delegation a 참석자 line with a count and no sides gives."""

LABELS = {
    "purpose": ("목적", "purpose"),
    "when": ("일시/장소", "일시", "일시및장소", "date,time/place", "date/place", "when/where"),
    "participants": ("참석자", "참석", "participants", "attendees"),
    "key_points": ("주요내용", "keypoints"),
    "interpretation": ("통역", "interpretation"),
}
"""What a bracketed label at the start of an overview line names, spaces ignored."""

WHEN_WORDS = ("일시", "Date, time")
"""Words of a line giving the date, time and place even without its label in brackets."""
_WHEN = re.compile(
    r"(?:'(\d{2})|(\d{4}))\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})\.?\s*(?:\([^)]*\))?\s*"
    r"(\d{1,2}:\d{2})\s*[~\-–～]\s*(\d{1,2}:\d{2})(?:\s*/\s*(.+))?")
_WHEN_EN = re.compile(
    r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})\s+(\d{1,2}:\d{2})\s*~\s*(\d{1,2}:\d{2})(?:\s*/\s*(.+))?")
_MONTHS = {m: n for n, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], start=1)}
_LEADING = re.compile(r"^[\s\-–•·▪◦□■○]+")
_LABEL = re.compile(r"^\(([^()]{1,24})\)\s*(.*)$")
_SIDE_PAREN = re.compile(r"^\(([^()]{1,20})\)\s*(.*)$")
_SIDE_COLON = re.compile(r"^([^():：0-9]{1,20}?)\s*[:：]\s*(.*)$")
_PEOPLE = r"(?:명|people|persons|participants|pax)"
_REMOTE = re.compile(
    r"(?:화상|온라인|원격|비대면|video|online|remote)\s*(?:참여|참석|participation)?\s*"
    rf"(\d+)\s*(?:여\s*)?{_PEOPLE}?|(\d+)\s*(?:여\s*)?{_PEOPLE}?\s*(?:화상|온라인|원격|by video"
    r"|online|remote)", re.IGNORECASE)
_ON_SITE = re.compile(
    rf"(?:현장|대면|on site|in person)\s*(?:참여|참석)?\s*(\d+)\s*(?:여\s*)?{_PEOPLE}?"
    rf"|(\d+)\s*(?:여\s*)?{_PEOPLE}?\s*(?:현장|on site|in person)", re.IGNORECASE)
_COUNT = re.compile(rf"(\d+)\s*(?:여\s*)?{_PEOPLE}", re.IGNORECASE)
_TOTAL = re.compile(r"(?:총|total)\s*(\d+)", re.IGNORECASE)
_COUNT_GROUP = re.compile(
    rf"\((?=[^()]*(?:\d|[○◯])\s*(?:여\s*)?{_PEOPLE})[^()]*\)|(?:총|total)\s*(?:\d+|[○◯]+)\s*"
    rf"(?:여\s*)?{_PEOPLE}?", re.IGNORECASE)
_ETC = re.compile(r"\s*(?:등|etc\.?|and others)\s*$", re.IGNORECASE)


def read_when(text: str) -> tuple[dt.date, str, str] | None:
    """(day, ``HH:MM~HH:MM``, room) of ``'26.7.1.(수) 09:00~09:30 / DDP …`` or ``1 July 2026
    09:00~09:30 / …``; None when the line gives none; ValueError for a day that is none."""
    when = _WHEN.search(text)
    if when is not None:
        short_year, year, month, day, start, end, room = when.groups()
        date = dt.date(int(year) if year else 2000 + int(short_year), int(month), int(day))
        return date, f"{start}~{end}", room or ""
    english = _WHEN_EN.search(text)
    if english is None:
        return None
    day, month_name, year, start, end, room = english.groups()
    return dt.date(int(year), _MONTHS.get(month_name, 0), int(day)), f"{start}~{end}", room or ""


def squeeze(text: str) -> str:
    """The text without spaces, lower case: how labels and interpretation words compare."""
    return "".join(text.split()).lower()


def plain(text: str) -> str:
    """An overview line without what only decorates it: table pipes, leading dashes and
    bullets, bold marks (a ``*`` footnote mark stays)."""
    text = " ".join(text.replace("|", " ").replace("**", "").split())
    return _LEADING.sub("", text).strip()


def labelled(text: str) -> tuple[str, str] | None:
    """(what the label names, the rest) of ``(목적) …``, ``(일시/장소) …``, ``(참석자) …``."""
    found = _LABEL.match(plain(text))
    if found is None:
        return None
    word = squeeze(found.group(1))
    name = next((n for n, words in LABELS.items() if word in words), None)
    return (name, found.group(2).strip()) if name else None


@dataclass(frozen=True)
class Counts:
    on_site: int | None
    """None when the text gives no number."""
    remote: int = 0


def read_counts(text: str) -> Counts:
    """How many people a text says come, and how many of them by video: ``(총 21명, 화상 3명)``
    → 18 and 3; ``130여명`` → 130; ``○명`` or no number → unknown."""
    remote_match = _REMOTE.search(text)
    remote = int(next(g for g in remote_match.groups() if g)) if remote_match else 0
    on_site_match = _ON_SITE.search(text)
    if on_site_match:
        return Counts(int(next(g for g in on_site_match.groups() if g)), remote)
    taken = remote_match.span() if remote_match else (-1, -1)
    total = _TOTAL.search(text)
    if total is None:
        total = next((m for m in _COUNT.finditer(text)
                      if not taken[0] <= m.start() < taken[1]), None)
    if total is None:  # (화상 2명) alone: those two take part by video, nobody on site
        return Counts(0 if remote else None, remote)
    people = int(total.group(1))
    return Counts(max(people - remote, 0), min(remote, people))


def names_listed(members: str) -> int:
    """The names a members text lists, between commas (``… 등`` ends the list)."""
    return len([n for n in re.split(r"[,，、;]", _ETC.sub("", members)) if n.strip()])


def read_delegation(where: str, text: str) -> ParsedDelegation | None:
    """A side of the session with its members and counts, or None when the line is not one:
    ``(한 국) (총 4명) 과기정통부, …``, ``캐나다 : ISED, NRC``, ``(E U) (총 ○명) …``."""
    line = plain(text)
    found = _SIDE_PAREN.match(line) or _SIDE_COLON.match(line)
    if found is None:
        return None
    side, rest = found.group(1).strip(), found.group(2).strip()
    if not side or any(ch.isdigit() for ch in side) or labelled(f"({side})") \
            or squeeze(side).startswith(("총", "total", "※")):
        return None
    parts = side.split()
    if all(len(p) == 1 for p in parts):  # 한 국, E U: letters spaced out to line up
        side = "".join(parts)
    counts = read_counts(rest)
    members = " ".join(_COUNT_GROUP.sub(" ", rest).split()).strip(" ,")
    if counts.on_site is None:
        return ParsedDelegation(where, side, members, names_listed(members), counts.remote,
                                counted=True)
    return ParsedDelegation(where, side, members, counts.on_site, counts.remote)


_INTERPRETATION = (("원격동시통역", "remote-simultaneous"),
                   ("remotesimultaneous", "remote-simultaneous"),
                   ("근접통역", "whispered"), ("위스퍼링", "whispered"),
                   ("whispered", "whispered"), ("whispering", "whispered"),
                   ("chuchotage", "whispered"),
                   ("순차통역", "consecutive"), ("consecutive", "consecutive"),
                   ("동시통역", "simultaneous"), ("simultaneous", "simultaneous"),
                   ("시통역", "sight"), ("시역", "sight"), ("sighttranslation", "sight"))
"""The words of each mode, spaces taken out (``동시 통역`` is ``동시통역``), in the order they
are looked for: a whispered note wins over the welcome speech's sight translation on the
same line, as coordinators write it (``한영 동시 시통역으로 진행(차관님 근접 통역 배치)``)."""


def interpretation_mode(text: str) -> str | None:
    """The mode a note names, with or without spaces, in the usual words."""
    squeezed = squeeze(text)
    return next((mode for word, mode in _INTERPRETATION if word in squeezed), None)
