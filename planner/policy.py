"""The planning policy of an event: every number a rule uses, with its default.

Numbers live here, never in the rules. Sources: AIIC, AIIC Canada, ISO 23155,
EU DG SCIC (see docs/rules.md); an event may change any of them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass(frozen=True)
class Policy:
    """An event's planning numbers, in minutes or people."""

    changeover_min: int = 10
    """Time an interpreter needs to move between rooms or floors."""
    room_turnover_min: int = 0
    """Time a room needs between two sessions (reset, cleaning, sound check)."""
    simultaneous_solo_max_min: int = 40
    """A two-way booth may be worked alone up to this meeting length (AIIC Canada)."""
    simultaneous_two_max_min: int = 240
    simultaneous_three_max_min: int = 360
    simultaneous_four_max_min: int = 480
    simultaneous_min_per_booth: int = 2
    relay_booth_min: int = 3
    consecutive_short_max_min: int = 60
    """A two-language consecutive meeting this short may have one interpreter."""
    whisper_short_max_min: int = 30
    """Whispering longer than this needs two interpreters."""
    whisper_listeners_per_interpreter: int = 2
    stint_max_min: int = 180
    """One working session of an interpreter: about three hours."""
    stints_per_day_max: int = 2
    stint_gap_min: int = 30
    """A pause shorter than this does not end a working stint."""
    break_between_stints_min: int = 90
    daily_working_max_min: int = 360
    turn_min: int = 30
    """Length of one turn in the booth."""

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    @classmethod
    def from_mapping(cls, values: dict[str, int]) -> Policy:
        """A policy from stored values; names not given keep their defaults."""
        unknown = set(values) - set(cls.names())
        if unknown:
            raise ValueError(f"unknown policy setting {sorted(unknown)[0]!r}")
        return cls(**values)

    def as_dict(self) -> dict[str, int]:
        """Every setting with its value, as the interchange file carries them."""
        return asdict(self)
