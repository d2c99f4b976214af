"""The planning policy of an event: every number a rule uses, where it comes from.

Numbers live here, never in the rules. An event starts from a preset of
practice (``aiic``, ``aiic-canada``, ``korea``; a Korean event takes ``korea``)
and may change any number; each number knows its source, so a finding can say
why it asks what it asks (docs/rules.md lists them all).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields, replace

Texts = dict[str, str]

AIIC_STANDARDS: Texts = {"ko": "AIIC 직업 기준 제6조", "en": "AIIC Professional Standards art. 6"}
AIIC_UN: Texts = {"ko": "AIIC–UN 협정", "en": "AIIC–UN agreement"}
AIIC_GUIDANCE: Texts = {"ko": "AIIC 주최자 안내", "en": "AIIC guidance for organisers"}
AIIC_CANADA: Texts = {"ko": "AIIC 캐나다 기준", "en": "AIIC Canada"}
KOREAN_PRACTICE: Texts = {"ko": "국내 통역 관행", "en": "Korean practice"}
HOUSE_RULE: Texts = {"ko": "자체 기준", "en": "house rule"}
EVENT_SETTING: Texts = {"ko": "이 행사의 설정", "en": "set for this event"}


@dataclass(frozen=True)
class Policy:
    """An event's planning numbers, in minutes or people, and the preset they start from."""

    changeover_min: int = 10
    """Time an interpreter needs to move between rooms or floors."""
    room_turnover_min: int = 0
    """Time a room needs between two sessions (reset, cleaning, sound check)."""
    simultaneous_solo_max_min: int = 0
    """A two-way booth may be worked alone up to this much interpreted time."""
    simultaneous_two_max_min: int = 360
    simultaneous_three_max_min: int = 480
    simultaneous_four_max_min: int = 600
    simultaneous_min_per_booth: int = 2
    relay_booth_min: int = 3
    consecutive_short_max_min: int = 0
    """Two-language consecutive with one interpreter up to this much interpreted time."""
    whisper_short_max_min: int = 0
    """Whispering longer than this needs two interpreters."""
    whisper_listeners_per_interpreter: int = 2
    """The most listeners whispering serves; more need equipment (the key keeps its old name)."""
    stint_max_min: int = 180
    """One working session of an interpreter: about three hours."""
    stints_per_day_max: int = 2
    stint_gap_min: int = 30
    """A pause shorter than this does not end a working stint."""
    break_between_stints_min: int = 90
    daily_working_max_min: int = 360
    turn_min: int = 30
    """Length of one turn in the booth."""
    call_time_min: int = 30
    """Interpreters are called this long before booth work: it counts as working time."""
    interpreted_break_min: int = 15
    """A stretch this long without interpretation inside a session is a break."""
    preset: str = "aiic"
    """The practice the numbers start from: a key of PRESETS."""

    @classmethod
    def names(cls) -> list[str]:
        """The numbers' names (the preset is not a number)."""
        return [f.name for f in fields(cls) if f.name != "preset"]

    @classmethod
    def of_preset(cls, preset: str) -> Policy:
        """The numbers of a preset as they are, nothing changed for the event."""
        if preset not in PRESETS:
            raise ValueError(f"unknown policy preset {preset!r} (known: {', '.join(PRESETS)})")
        return cls(**PRESETS[preset].numbers, preset=preset)

    @classmethod
    def from_mapping(cls, values: Mapping[str, object],
                     languages: Iterable[str] = ()) -> Policy:
        """A policy from stored values: the preset named (or the default for the languages),
        with the numbers the event sets over it."""
        numbers = dict(values)
        preset = numbers.pop("preset", None) or default_preset(languages)
        if not isinstance(preset, str):
            raise ValueError(f"policy preset must be a name, not {preset!r}")
        unknown = set(numbers) - set(cls.names())
        if unknown:
            raise ValueError(f"unknown policy setting {sorted(unknown)[0]!r}")
        return replace(cls.of_preset(preset), **numbers)  # type: ignore[arg-type]

    def as_dict(self) -> dict[str, int | str]:
        """The preset and every number, as the interchange file carries them."""
        return asdict(self)

    def numbers(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if k != "preset"}

    def overrides(self) -> dict[str, int]:
        """The numbers this event sets differently from its preset."""
        base = PRESETS[self.preset].numbers
        return {k: v for k, v in self.numbers().items() if base.get(k, v) != v}

    def with_preset(self, preset: str) -> Policy:
        """Another preset's numbers, keeping this event's venue times (changeover, turnover)."""
        return replace(Policy.of_preset(preset), changeover_min=self.changeover_min,
                       room_turnover_min=self.room_turnover_min)

    def source(self, name: str) -> Texts:
        """Where a number comes from: its preset's source, or the event when changed there."""
        preset = PRESETS[self.preset]
        if preset.numbers.get(name) != getattr(self, name):
            return EVENT_SETTING
        return preset.sources.get(name, HOUSE_RULE)

    def cite(self, name: str, lang: str) -> str:
        """'AIIC Canada' or '국내 통역 관행' for a number, in a finding's words."""
        return self.source(name)[lang]


@dataclass(frozen=True)
class Preset:
    """A body of practice: its numbers and the source of each."""

    label: Texts
    numbers: dict[str, int]
    sources: dict[str, Texts]


_COMMON_NUMBERS = {f.name: f.default for f in fields(Policy) if f.name != "preset"}
_COMMON_SOURCES: dict[str, Texts] = {
    "simultaneous_min_per_booth": AIIC_STANDARDS,
    "relay_booth_min": AIIC_GUIDANCE,
    "whisper_listeners_per_interpreter": AIIC_STANDARDS,
    "stint_max_min": AIIC_UN,
    "stints_per_day_max": AIIC_UN,
    "break_between_stints_min": AIIC_UN,
    "daily_working_max_min": AIIC_UN,
    "turn_min": AIIC_GUIDANCE,
    "call_time_min": KOREAN_PRACTICE,
}


def _preset(label: Texts, numbers: dict[str, int], sources: dict[str, Texts]) -> Preset:
    return Preset(label, {**_COMMON_NUMBERS, **numbers}, {**_COMMON_SOURCES, **sources})


PRESETS: dict[str, Preset] = {
    "aiic": _preset(
        {"ko": "AIIC", "en": "AIIC"},
        {"simultaneous_solo_max_min": 0, "simultaneous_two_max_min": 360,
         "simultaneous_three_max_min": 480, "simultaneous_four_max_min": 600,
         "consecutive_short_max_min": 0, "whisper_short_max_min": 0},
        {"simultaneous_solo_max_min": AIIC_STANDARDS, "simultaneous_two_max_min": AIIC_UN,
         "consecutive_short_max_min": AIIC_STANDARDS, "whisper_short_max_min": AIIC_STANDARDS}),
    "aiic-canada": _preset(
        {"ko": "AIIC 캐나다", "en": "AIIC Canada"},
        {"simultaneous_solo_max_min": 40, "simultaneous_two_max_min": 240,
         "simultaneous_three_max_min": 360, "simultaneous_four_max_min": 480,
         "consecutive_short_max_min": 0, "whisper_short_max_min": 40},
        {"simultaneous_solo_max_min": AIIC_CANADA, "simultaneous_two_max_min": AIIC_CANADA,
         "simultaneous_three_max_min": AIIC_CANADA, "simultaneous_four_max_min": AIIC_CANADA,
         "consecutive_short_max_min": AIIC_CANADA, "whisper_short_max_min": AIIC_CANADA}),
    "korea": _preset(
        {"ko": "국내 관행", "en": "Korean practice"},
        {"simultaneous_solo_max_min": 0, "simultaneous_two_max_min": 360,
         "simultaneous_three_max_min": 480, "simultaneous_four_max_min": 600,
         "consecutive_short_max_min": 240, "whisper_short_max_min": 40},
        {"simultaneous_solo_max_min": KOREAN_PRACTICE,
         "simultaneous_two_max_min": KOREAN_PRACTICE,
         "consecutive_short_max_min": KOREAN_PRACTICE}),
}
"""The presets of practice; docs/rules.md gives each number with its source."""


def default_preset(languages: Iterable[str]) -> str:
    """A Korean event (Korean among its languages) follows Korean practice; others AIIC."""
    return "korea" if "ko" in languages else "aiic"
