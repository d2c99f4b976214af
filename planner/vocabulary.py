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
