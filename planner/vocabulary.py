"""The words of the field: interpretation modes, team roles, finding severities."""

from __future__ import annotations

from enum import StrEnum


class Mode(StrEnum):
    """How a session or an item is interpreted."""

    SIMULTANEOUS = "simultaneous"
    CONSECUTIVE = "consecutive"
    WHISPERED = "whispered"
    SIGHT = "sight"
    REMOTE_SIMULTANEOUS = "remote-simultaneous"
    NONE = "none"


class Role(StrEnum):
    """What an assigned interpreter does in a session or an item."""

    BOOTH = "booth"
    CONSECUTIVE = "consecutive"
    WHISPER = "whisper"
    RELAY = "relay"
    SIGHT = "sight"


class Severity(StrEnum):
    """How much a finding matters: an error blocks, a warning asks, info tells."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


MODE_LABELS: dict[Mode, dict[str, str]] = {
    Mode.SIMULTANEOUS: {"ko": "동시통역", "en": "simultaneous interpretation"},
    Mode.CONSECUTIVE: {"ko": "순차통역", "en": "consecutive interpretation"},
    Mode.WHISPERED: {"ko": "근접 통역", "en": "whispered interpretation"},
    Mode.SIGHT: {"ko": "시통역", "en": "sight translation"},
    Mode.REMOTE_SIMULTANEOUS: {"ko": "원격 동시통역", "en": "remote simultaneous interpretation"},
    Mode.NONE: {"ko": "통역 없음", "en": "no interpretation"},
}

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "ko": {"ko": "한", "en": "Korean"},
    "en": {"ko": "영", "en": "English"},
    "fr": {"ko": "불", "en": "French"},
    "de": {"ko": "독", "en": "German"},
    "ja": {"ko": "일", "en": "Japanese"},
    "zh": {"ko": "중", "en": "Chinese"},
    "es": {"ko": "서", "en": "Spanish"},
}


def is_language_code(code: object) -> bool:
    """A language as the event writes it: two or three lower-case Latin letters (ko, en, fra)."""
    return isinstance(code, str) and code.isascii() and code.isalpha() and code.islower() \
        and 2 <= len(code) <= 3


def parse_language_codes(text: str) -> list[str] | None:
    """'ko, en' (or 'ko; en', 'ko en') as codes in their order; None if one is not a code."""
    codes = [c for c in text.replace(";", ",").replace(",", " ").split() if c]
    if not all(is_language_code(c) for c in codes):
        return None
    return codes


def directions_for(languages: list[str]) -> list[str]:
    """Every direction a meeting in these languages needs (``ko>en``, ``en>ko``)."""
    return [f"{a}>{b}" for a in languages for b in languages if a != b]


MODE_WORDS: dict[Mode, tuple[str, ...]] = {
    Mode.SIMULTANEOUS: ("simultaneous", "simultaneous interpretation", "simul", "simult",
                        "SI", "booth", "동시", "동시통역", "동통", "부스 통역", "부스통역"),
    Mode.CONSECUTIVE: ("consecutive", "consecutive interpretation", "consec", "CI", "순차",
                       "순차통역", "순통"),
    Mode.WHISPERED: ("whispered", "whispered interpretation", "whisper", "whispering",
                     "chuchotage", "근접", "근접통역", "위스퍼링", "위스퍼링 통역", "귓속말 통역"),
    Mode.SIGHT: ("sight", "sight translation", "sight interpretation", "시역", "시통역",
                 "시역 통역", "문서 통역"),
    Mode.REMOTE_SIMULTANEOUS: ("remote simultaneous", "remote simultaneous interpretation",
                               "remote-simultaneous", "RSI", "원격 동시", "원격 동시통역",
                               "원격통역", "화상 동시통역"),
}
"""The words coordinators write for each mode an interpreter works in, in both languages;
spaces, hyphens and case do not count (동시 통역 is 동시통역, Simul is simul)."""


def _plain(word: str) -> str:
    return "".join(ch for ch in word.casefold() if ch.isalnum())


_MODE_BY_WORD: dict[str, Mode] = {
    _plain(word): mode for mode, words in MODE_WORDS.items()
    for word in (*words, mode.value, *MODE_LABELS[mode].values())}


def read_mode(word: str) -> Mode | None:
    """The mode a typed word names (동시, consec, 위스퍼링, chuchotage, 시역 …); None if none."""
    return _MODE_BY_WORD.get(_plain(word))


def read_modes(text: str) -> tuple[list[Mode], list[str]]:
    """The modes a typed list names, in order and once each ("동시, 순차" or "simul/consec"),
    and the words not understood."""
    modes: list[Mode] = []
    wrong: list[str] = []
    for part in text.replace(";", ",").replace("、", ",").replace("/", ",").replace(
            "·", ",").split(","):
        part = part.strip()
        if not part:
            continue
        whole = read_mode(part)
        pieces = [whole] if whole is not None else [read_mode(w) for w in part.split()]
        if all(p is not None for p in pieces):
            modes += [p for p in pieces if p is not None]
        else:
            wrong.append(part)
    return list(dict.fromkeys(modes)), wrong
