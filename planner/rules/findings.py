"""What the rules report: a finding with a stable code, a severity and bilingual words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from planner.vocabulary import Severity


@dataclass(frozen=True)
class Finding:
    """One thing a coordinator should know about the plan, and what to do about it."""

    code: str
    """Stable identifier, e.g. ``room.double-booked``; scripts may rely on it."""
    severity: Severity
    message: dict[str, str]
    """The finding in Korean and English: ``{"ko": ..., "en": ...}``."""
    day: dt.date | None = None
    sessions: tuple[str, ...] = ()
    """Keys of the sessions involved."""
    items: tuple[int, ...] = ()
    """Ids of the agenda rows involved."""
    rooms: tuple[str, ...] = ()
    interpreters: tuple[str, ...] = ()
    fix: dict[str, str] = field(default_factory=dict)
    """A suggested fix where one is obvious."""

    def text(self, lang: str) -> str:
        return self.message.get(lang) or self.message.get("en") or next(iter(self.message.values()))

    def fix_text(self, lang: str) -> str:
        return self.fix.get(lang) or self.fix.get("en", "")

    def sort_key(self) -> tuple:
        order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
        return (self.day or dt.date.min, self.sessions[:1], order[self.severity], self.code,
                self.sessions, self.interpreters, self.rooms, self.items)


def finding(code: str, severity: Severity, ko: str, en: str, *, fix_ko: str = "", fix_en: str = "",
            **refs: object) -> Finding:
    """A finding from its two messages; refs are day, sessions, items, rooms, interpreters."""
    fix = {"ko": fix_ko, "en": fix_en} if fix_en else {}
    return Finding(code, severity, {"ko": ko, "en": en}, fix=fix, **refs)  # type: ignore[arg-type]
