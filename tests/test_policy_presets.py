"""Policy presets: aiic, aiic-canada and korea switch findings as their numbers say, and every
finding names the source of the number it rests on (docs/rules.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.policy import PRESETS, Policy
from tests.test_rules import _scratch, event, run, says, says_ko, session  # noqa: F401
from ui.cli import EXIT_BAD_INPUT, EXIT_OK, main


def test_a_korean_event_follows_korean_practice_by_default() -> None:
    assert Policy.from_mapping({}, ["ko", "en"]).preset == "korea"
    assert Policy.from_mapping({}, ["en", "fr"]).preset == "aiic"
    assert Policy.from_mapping({"preset": "aiic-canada"}, ["ko", "en"]).preset == "aiic-canada"
    with pytest.raises(ValueError, match="unknown policy preset"):
        Policy.from_mapping({"preset": "un"})


def test_every_preset_gives_every_number_a_source() -> None:
    for key, preset in PRESETS.items():
        policy = Policy.of_preset(key)
        assert set(preset.numbers) == set(Policy.names())
        for number in Policy.names():
            assert policy.source(number)["en"] and policy.source(number)["ko"], (key, number)


def _one(mode: str, minutes: int, roles: list[str], listeners: int | None = None,
         preset: str = "korea") -> dict:
    end = 8 * 60 + minutes
    team = tuple((f"i{n}", role) for n, role in enumerate(roles))
    data = event(session("s1", "08:00", f"{end // 60:02d}:{end % 60:02d}", mode=mode,
                         listeners=listeners, roles=team))
    data["event"]["policy"] = {"preset": preset}
    return data


@pytest.mark.parametrize("mode, minutes, roles, short_under, source", [
    # simultaneous for 30 minutes with one interpreter: AIIC Canada allows it up to 40
    ("simultaneous", 30, ["booth"], {"aiic", "korea"},
     {"aiic": "AIIC Professional Standards art. 6", "korea": "Korean practice"}),
    # consecutive for three hours with one: Korean practice allows it up to about four hours
    ("consecutive", 180, ["consecutive"], {"aiic", "aiic-canada"},
     {"aiic": "AIIC Professional Standards art. 6", "aiic-canada": "AIIC Canada"}),
    # whispering for 35 minutes with one: AIIC asks for two always
    ("whispered", 35, ["whisper"], {"aiic"}, {"aiic": "AIIC Professional Standards art. 6"}),
])
def test_presets_switch_team_findings_and_cite_their_source(
        mode: str, minutes: int, roles: list[str], short_under: set[str],
        source: dict[str, str]) -> None:
    for preset in PRESETS:
        checked = run(_one(mode, minutes, roles, 1 if mode == "whispered" else None, preset))
        assert ("staff.team-size" in checked.codes()) is (preset in short_under), preset
        if preset in short_under:
            f = checked.one("staff.team-size")
            says(f, source[preset])
            says_ko(f, Policy.of_preset(preset).source(
                {"simultaneous": "simultaneous_solo_max_min",
                 "consecutive": "consecutive_short_max_min",
                 "whispered": "whisper_short_max_min"}[mode])["ko"])


def test_a_number_set_for_the_event_says_so() -> None:
    data = _one("simultaneous", 30, ["booth"], preset="aiic-canada")
    data["event"]["policy"]["simultaneous_solo_max_min"] = 20
    f = run(data).one("staff.team-size")
    says(f, "set for this event")
    says_ko(f, "이 행사의 설정")


def test_working_time_findings_cite_the_aiic_un_agreement() -> None:
    data = event(session("s1", "09:00", "12:30", mode="simultaneous", staff=["i1", "i2"]))
    data["event"]["policy"] = {"preset": "korea", "call_time_min": 0}
    f = run(data).only("worktime.long-stint")[0]
    says(f, "180 min", "AIIC–UN agreement")
    says_ko(f, "AIIC–UN 협정")


def test_check_with_another_preset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "e.json"
    source.write_text(json.dumps(_one("consecutive", 180, ["consecutive"])), encoding="utf-8")
    assert main(["import", str(source), str(tmp_path / "e.agenda")]) == EXIT_OK
    capsys.readouterr()
    assert main(["check", str(tmp_path / "e.agenda"), "--lang", "en"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Policy: Korean practice (korea)"
    assert main(["check", str(tmp_path / "e.agenda"), "--lang", "en", "--policy",
                 "aiic-canada"]) != EXIT_OK
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Policy: AIIC Canada (aiic-canada)"
    assert "AIIC Canada" in out and "staff.team-size" in out
    with pytest.raises(SystemExit) as bad:
        main(["check", str(tmp_path / "e.agenda"), "--policy", "un"])
    assert bad.value.code == EXIT_BAD_INPUT
    assert "invalid choice: 'un'" in capsys.readouterr().err
