"""The window on the large event, measured offscreen: open, edit, move, memory.

    python tests/benchmarks/gui.py [--repeat N] [--json]

Prints medians. Targets (issue: the desktop application): open the large event and
show the first day under 1.5 s; change a duration in a 200-row session (cascade,
re-check, repaint) under 50 ms; move a session on a 20-room timeline under 50 ms;
peak memory with the large event open under 400 MB.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.large_event import large_event  # noqa: E402

TARGETS = {"open_and_show_first_day": 1.5, "duration_edit_in_200_row_session": 0.050,
           "move_session_on_timeline": 0.050}


def event_with_long_session(seed: int) -> dict[str, Any]:
    """The large event plus one session of 200 rows (a long conference day's run sheet)."""
    data = large_event(seed)
    base = copy.deepcopy(data["sessions"][0])
    base.update(key="long-day", start="07:00", end="23:30", assignments=[],
                title={"ko": "200행 세션", "en": "A 200-row session"})
    base["items"] = [{"duration": 4, "title": {"ko": f"발표 {n}", "en": f"Talk {n}"},
                      "remarks": {"ko": f"발표자 {n}"}} for n in range(1, 201)]
    data["sessions"].append(base)
    return data


def peak_rss_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from db.document import build_new_file
    from db.interchange import import_event
    from ui.app import use_bundled_font
    from ui.interaction import HeadlessInteraction
    from ui.main_window import MainWindow
    from ui.models.agenda import COLUMN
    from ui.runner import SyncRunner

    app = QApplication.instance() or QApplication([])
    use_bundled_font(app)
    folder = Path(tempfile.mkdtemp(prefix="agenda-gui-bench-"))
    path = folder / "large.agenda"
    build_new_file(path, lambda doc: import_event(doc, event_with_long_session(args.seed)))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    times: dict[str, list[float]] = {name: [] for name in TARGETS}

    window = None
    first_open_peak = 0.0
    for _ in range(args.repeat):
        if window is not None:
            window.close()
            window.deleteLater()
            app.processEvents()
        start = time.perf_counter()
        window = MainWindow(settings, HeadlessInteraction(), SyncRunner())
        window.resize(1366, 768)
        assert window.open_path(path)
        window.show()
        app.processEvents()
        times["open_and_show_first_day"].append(time.perf_counter() - start)
        if len(times["open_and_show_first_day"]) == 1:
            first_open_peak = peak_rss_mib()  # one window with the large event, as a user has it

    assert window is not None
    long_day = next(s for s in window.opened.loaded.sessions if s.key == "long-day")
    window.select_session(long_day.id)
    app.processEvents()
    model = window.editor.model
    assert model.rowCount() == 200
    for n in range(args.repeat):
        index = model.index(0, COLUMN["duration"])
        start = time.perf_counter()
        assert model.setData(index, 5 if n % 2 == 0 else 4)
        window.editor.table.viewport().repaint()
        app.processEvents()
        times["duration_edit_in_200_row_session"].append(time.perf_counter() - start)
    last = model.index(199, COLUMN["time"]).data()

    timeline = getattr(window, "timeline", None)
    if timeline is not None:
        sessions = [s for s in window.opened.loaded.sessions
                    if s.date == window.opened.loaded.days[0]]
        window.show_view("timeline")  # in front, so every move is drawn, as a user sees it
        timeline.show_day(sessions[0].date)
        app.processEvents()
        moving = sessions[len(sessions) // 2]
        for n in range(args.repeat):
            shift = 5 if n % 2 == 0 else -5
            start = time.perf_counter()
            timeline.move_session(moving.id, moving.start_min + shift, moving.room_id)
            app.processEvents()
            times["move_session_on_timeline"].append(time.perf_counter() - start)
    else:
        del times["move_session_on_timeline"]

    report = {
        "python": sys.version.split()[0], "cpus": os.cpu_count(),
        "last_row_after_edits": last,
        "peak_rss_mib_one_window": round(first_open_peak, 1), "peak_rss_target_mib": 400,
        "peak_rss_mib_whole_run": round(peak_rss_mib(), 1),
        "measurements": {name: {"median_s": statistics.median(values),
                                "min_s": min(values), "max_s": max(values),
                                "repeat": len(values), "target_s": TARGETS[name],
                                "met": statistics.median(values) < TARGETS[name]}
                         for name, values in times.items()},
    }
    window.close()
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for name, m in report["measurements"].items():
            print(f"{name:36} {m['median_s'] * 1000:9.1f} ms  (target {m['target_s'] * 1000:.0f}"
                  f" ms, {'met' if m['met'] else 'MISSED'})")
        print(f"{'peak memory, large event open':36} {report['peak_rss_mib_one_window']:9.1f} MiB"
              f" (target 400 MiB; whole run with {args.repeat} opens: "
              f"{report['peak_rss_mib_whole_run']:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
