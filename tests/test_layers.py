"""The planning core stays free of Qt and SQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_planner_loads_neither_qt_nor_sql() -> None:
    probe = (
        "import pkgutil, importlib, sys, planner\n"
        "for m in pkgutil.walk_packages(planner.__path__, 'planner.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in "
        "('PySide6', 'shiboken6', 'sqlalchemy', 'sqlmodel', 'sqlite3', '_sqlite3'))\n"
        "print(','.join(bad))\n"
        "print(len([n for n in sys.modules if n.startswith('planner.')]))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.split("\n")
    assert out[0] == "", f"planner pulled in {out[0]}"
    assert int(out[1]) >= 4  # the probe really imported the planner's modules


def test_only_ui_imports_qt() -> None:
    offenders = [str(p.relative_to(ROOT)) for folder in ("planner", "db", "exports")
                 for p in (ROOT / folder).rglob("*.py")
                 if "PySide6" in p.read_text(encoding="utf-8")]
    assert offenders == []
