"""The demo event: the Quantum Korea 2026 international programme of the seed run sheets."""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

from db.document import build_new_file
from db.interchange import import_event

DEMO_RESOURCE = "demo/quantum-korea-2026.json"


def demo_document() -> dict[str, Any]:
    """The demo event as an interchange document."""
    return json.loads(resources.files("resources").joinpath(DEMO_RESOURCE).read_text("utf-8"))


def write_demo(path: str | os.PathLike[str], *, replace: bool = False) -> Path:
    """Write the demo event to a new event file."""
    data = demo_document()
    return build_new_file(path, lambda doc: import_event(doc, data), replace=replace)
