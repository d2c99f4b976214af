"""Small helpers that put plan objects into a finding's words."""

from __future__ import annotations

from planner.clock import format_time


def name(texts: dict[str, str], lang: str) -> str:
    """A text in the wanted language, falling back to the other one."""
    other = "en" if lang == "ko" else "ko"
    return texts.get(lang) or texts.get(other) or next(iter(texts.values()), "")


def span(start: int, end: int) -> str:
    return f"{format_time(start)}~{format_time(end)}"


def langs(codes: list[str] | None) -> str:
    return "/".join(codes or []) or "-"
