"""How many interpreters a piece of interpretation needs, by the event's policy.

Sources (defaults in planner.policy, discussed in docs/rules.md): AIIC Canada's
table for a two-language meeting with one two-way booth; AIIC and ISO 23155 for
booth teams, consecutive and whispering.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from planner.policy import Policy
from planner.vocabulary import Mode, Role

ROLES_FOR_MODE: dict[str, frozenset[str]] = {
    Mode.SIMULTANEOUS: frozenset({Role.BOOTH, Role.RELAY}),
    Mode.REMOTE_SIMULTANEOUS: frozenset({Role.BOOTH, Role.RELAY}),
    Mode.CONSECUTIVE: frozenset({Role.CONSECUTIVE}),
    Mode.WHISPERED: frozenset({Role.WHISPER}),
    Mode.SIGHT: frozenset({Role.SIGHT}),
}

MODE_FOR_ROLE: dict[str, str] = {
    Role.BOOTH: Mode.SIMULTANEOUS,
    Role.RELAY: Mode.SIMULTANEOUS,
    Role.CONSECUTIVE: Mode.CONSECUTIVE,
    Role.WHISPER: Mode.WHISPERED,
    Role.SIGHT: Mode.SIGHT,
}


@dataclass(frozen=True)
class TeamNeed:
    """The team a piece of interpretation needs, and the rule that says so."""

    interpreters: int
    reason: dict[str, str]


def required_team(mode: str, languages: list[str], length_min: int, policy: Policy, *,
                  listeners: int | None = None, relay: bool = False) -> TeamNeed:
    """The smallest team the policy accepts for this mode, languages and length."""
    n_lang = len(languages)
    if mode in (Mode.SIMULTANEOUS, Mode.REMOTE_SIMULTANEOUS):
        if n_lang > 2:
            need = n_lang * policy.simultaneous_min_per_booth
            return TeamNeed(need, {
                "ko": f"{n_lang}개 언어: 부스 {n_lang}개 × {policy.simultaneous_min_per_booth}명",
                "en": f"{n_lang} languages: {n_lang} booths × "
                      f"{policy.simultaneous_min_per_booth} interpreters"})
        need = _two_way_booth_team(length_min, policy)
        if relay and need < policy.relay_booth_min:
            return TeamNeed(policy.relay_booth_min, {
                "ko": f"릴레이를 제공하는 양방향 부스: {policy.relay_booth_min}명",
                "en": f"a two-way booth giving relay: {policy.relay_booth_min} interpreters"})
        return TeamNeed(need, {"ko": f"양방향 부스 {length_min}분: {need}명",
                               "en": f"one two-way booth for {length_min} min: {need}"})
    if mode == Mode.CONSECUTIVE:
        if n_lang <= 2 and length_min <= policy.consecutive_short_max_min:
            return TeamNeed(1, {"ko": f"{policy.consecutive_short_max_min}분 이하 순차통역: 1명",
                                "en": f"consecutive up to {policy.consecutive_short_max_min} "
                                      "min: 1"})
        need = max(2, n_lang)
        return TeamNeed(need, {"ko": f"{n_lang}개 언어 순차통역 {length_min}분: {need}명",
                               "en": f"consecutive, {n_lang} languages, {length_min} min: "
                                     f"{need}"})
    if mode == Mode.WHISPERED:
        by_listeners = math.ceil((listeners or 1) / policy.whisper_listeners_per_interpreter)
        by_length = 2 if length_min > policy.whisper_short_max_min else 1
        need = max(by_listeners, by_length)
        if by_length >= by_listeners:
            return TeamNeed(need, {
                "ko": f"근접 통역 {length_min}분"
                      f"({policy.whisper_short_max_min}분 초과 시 2명): {need}명",
                "en": f"whispering for {length_min} min (over "
                      f"{policy.whisper_short_max_min} min needs 2): {need}"})
        return TeamNeed(need, {
            "ko": f"청자 {listeners}명(통역사 1명당 {policy.whisper_listeners_per_interpreter}명): "
                  f"{need}명",
            "en": f"{listeners} listeners ({policy.whisper_listeners_per_interpreter} per "
                  f"interpreter): {need}"})
    if mode == Mode.SIGHT:
        return TeamNeed(1, {"ko": "시통역: 1명", "en": "sight translation: 1"})
    return TeamNeed(0, {"ko": "통역 없음", "en": "no interpretation"})


def _two_way_booth_team(length_min: int, policy: Policy) -> int:
    for limit, team in ((policy.simultaneous_solo_max_min, 1),
                        (policy.simultaneous_two_max_min, 2),
                        (policy.simultaneous_three_max_min, 3),
                        (policy.simultaneous_four_max_min, 4)):
        if length_min <= limit:
            return team
    return 4 + math.ceil((length_min - policy.simultaneous_four_max_min)
                         / max(1, policy.simultaneous_two_max_min // 2))


def directions_needed(role: str, languages: list[str]) -> tuple[list[str], bool]:
    """The directions an interpreter needs for a role, and whether all of them are needed.

    Booth and consecutive work in a two-language meeting go both ways (a retour
    booth); whispering and sight translation go into the listener's language, so
    any one direction between the meeting's languages will do.
    """
    pairs = [f"{a}>{b}" for a in languages for b in languages if a != b]
    both_ways = role in (Role.BOOTH, Role.CONSECUTIVE) and len(languages) == 2
    return pairs, both_ways
