"""How many interpreters a piece of interpretation needs, by the event's policy.

The numbers and their sources are the event's policy (planner.policy: the presets
aiic, aiic-canada and korea, discussed in docs/rules.md).
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
    """The smallest team the policy accepts for this mode, languages and interpreted time;
    the reason names the number and its source (AIIC, AIIC Canada, Korean practice...).

    Whispering is sized by its length alone: more listeners than whispering serves need
    equipment, not more whisperers (``interpretation.whisper-listeners``).
    """
    n_lang = len(languages)
    if mode in (Mode.SIMULTANEOUS, Mode.REMOTE_SIMULTANEOUS):
        if n_lang > 2:
            need = n_lang * policy.simultaneous_min_per_booth
            return TeamNeed(need, _cited(policy, "simultaneous_min_per_booth", {
                "ko": f"{n_lang}개 언어: 부스 {n_lang}개 × {policy.simultaneous_min_per_booth}명",
                "en": f"{n_lang} languages: {n_lang} booths × "
                      f"{policy.simultaneous_min_per_booth} interpreters"}))
        need, rule = _two_way_booth_team(length_min, policy)
        if relay and need < policy.relay_booth_min:
            return TeamNeed(policy.relay_booth_min, _cited(policy, "relay_booth_min", {
                "ko": f"릴레이를 제공하는 양방향 부스: {policy.relay_booth_min}명",
                "en": f"a two-way booth giving relay: {policy.relay_booth_min} interpreters"}))
        return TeamNeed(need, _cited(policy, rule, {
            "ko": f"양방향 부스, 통역 {length_min}분: {need}명",
            "en": f"one two-way booth, {length_min} min interpreted: {need}"}))
    if mode == Mode.CONSECUTIVE:
        limit = policy.consecutive_short_max_min
        if n_lang <= 2 and length_min <= limit:
            return TeamNeed(1, _cited(policy, "consecutive_short_max_min", {
                "ko": f"순차통역 {limit}분 이하: 1명", "en": f"consecutive up to {limit} min: 1"}))
        need = max(2, n_lang)
        within = f"{limit}분 초과" if limit else "항상 2명"
        within_en = f"over {limit} min" if limit else "always 2"
        return TeamNeed(need, _cited(policy, "consecutive_short_max_min", {
            "ko": f"{n_lang}개 언어 순차통역 {length_min}분({within}): {need}명",
            "en": f"consecutive, {n_lang} languages, {length_min} min ({within_en}): {need}"}))
    if mode == Mode.WHISPERED:
        limit = policy.whisper_short_max_min
        need = 2 if length_min > limit else 1
        when_ko = f"{limit}분 초과 시 2명" if limit else "항상 2명"
        when_en = f"over {limit} min needs 2" if limit else "always 2"
        return TeamNeed(need, _cited(policy, "whisper_short_max_min", {
            "ko": f"근접 통역 {length_min}분({when_ko}): {need}명",
            "en": f"whispering for {length_min} min ({when_en}): {need}"}))
    if mode == Mode.SIGHT:
        return TeamNeed(1, {"ko": "시통역: 1명", "en": "sight translation: 1"})
    return TeamNeed(0, {"ko": "통역 없음", "en": "no interpretation"})


def _cited(policy: Policy, number: str, reason: dict[str, str]) -> dict[str, str]:
    """A reason with the source of the number it rests on: '...: 2; AIIC Canada'."""
    return {lang: f"{text}; {policy.cite(number, lang)}" for lang, text in reason.items()}


def _two_way_booth_team(length_min: int, policy: Policy) -> tuple[int, str]:
    """The team of one two-way booth, and the policy number that decides it: the length a
    smaller team may work, which this one is past (or the solo limit for one)."""
    passed = "simultaneous_solo_max_min"
    for number, team in (("simultaneous_solo_max_min", 1), ("simultaneous_two_max_min", 2),
                         ("simultaneous_three_max_min", 3), ("simultaneous_four_max_min", 4)):
        if length_min <= getattr(policy, number):
            return team, passed
        passed = number
    return 4 + math.ceil((length_min - policy.simultaneous_four_max_min)
                         / max(1, policy.simultaneous_two_max_min // 2)), \
        "simultaneous_four_max_min"


def directions_needed(role: str, languages: list[str],
                      listener_language: str | None = None) -> tuple[list[str], bool]:
    """The directions an interpreter needs for a role, and whether all of them are needed.

    Booth and consecutive work in a two-language meeting go both ways (a retour
    booth); whispering goes into the listener's language (any of the others into it),
    or, where that language is not recorded, any one direction will do, as for sight
    translation.
    """
    if role == Role.WHISPER and listener_language in languages:
        return [f"{a}>{listener_language}" for a in languages if a != listener_language], False
    pairs = [f"{a}>{b}" for a in languages for b in languages if a != b]
    both_ways = role in (Role.BOOTH, Role.CONSECUTIVE) and len(languages) == 2
    return pairs, both_ways
