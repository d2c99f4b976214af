"""The Korean interface: every string of the code is in the translation file, translated and compiled."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "agenda_planner_ko.ts"


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="PySide6 tools not on PATH")
def test_every_interface_string_is_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(fresh)], check=True,
                   capture_output=True)
    messages = list(ET.parse(fresh).iter("message"))
    untranslated = [m.find("source").text for m in messages
                    if not (m.find("translation").text or "").strip()
                    or m.find("translation").get("type") == "unfinished"]
    assert len(messages) >= 100
    assert untranslated == [], "run `python -m ui.i18n` and translate the new strings"


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="PySide6 tools not on PATH")
@pytest.mark.parametrize("name", ["agenda_planner_ko", "qtbase_gaps_ko"])
def test_compiled_translations_are_current(tmp_path: Path, name: str) -> None:
    compiled = tmp_path / "ko.qm"
    subprocess.run(["pyside6-lrelease", str(TS.with_name(f"{name}.ts")), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == TS.with_name(f"{name}.qm").read_bytes(), \
        "run `python -m ui.i18n` to recompile"
