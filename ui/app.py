"""Starting the window: the application object, fonts, settings, and offscreen screenshots."""

from __future__ import annotations

import os
import sys
import tempfile
from importlib import resources
from pathlib import Path

VIEWS = ("session", "interpreters", "timeline")
"""Views the --screenshot option can show."""


def run_gui(path: Path | None, *, screenshot: Path | None = None, view: str = "session",
            session_key: str | None = None) -> int:
    """Open the window (on a file, on the most recent one, or empty) and run until it closes.

    With ``screenshot``, render the window offscreen at 1366x768, write the PNG and exit.
    """
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.i18n import SETTING, InterfaceLanguage, interface_language
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Agenda Planner")
    app.setApplicationName("Agenda Planner")
    use_bundled_font(app)
    settings = QSettings()
    if screenshot is not None:
        # The first-run layout, not the panels as this user last left them: screenshots come
        # out the same for everyone (the language chosen still counts).
        scratch_folder = tempfile.TemporaryDirectory()  # goes when the run ends
        scratch = QSettings(str(Path(scratch_folder.name) / "screenshot.ini"),
                            QSettings.Format.IniFormat)
        scratch.setValue(SETTING, interface_language(settings))
        settings = scratch
    language = InterfaceLanguage(app)
    language.use(interface_language(settings))
    window = MainWindow(settings, language=language)
    if path is not None:
        if not window.open_path(path):
            return 2
    elif screenshot is None and window.recent_files() and Path(window.recent_files()[0]).exists():
        window.open_path(window.recent_files()[0])
    if session_key is not None and window.opened is not None:
        match = [s.id for s in window.opened.loaded.sessions if s.key == session_key]
        if not match:
            print(f"agenda-planner: no session with key {session_key!r}", file=sys.stderr)
            return 2
        window.select_session(match[0])
    if window.opened is not None:
        window.show_view(view)
    window.resize(1366, 768)
    window.show()
    if screenshot is not None:
        app.processEvents()
        window.grab().save(str(screenshot), "PNG")
        window.close()
        print(f"wrote {screenshot}")
        return 0
    return app.exec()


def use_bundled_font(app) -> None:  # noqa: ANN001 - a QApplication
    """Every script the event uses, on any machine: the bundled fonts are registered and
    NanumGothic becomes the interface font, with DejaVu Sans and then Droid Sans Fallback
    drawing what it lacks (Japanese and Chinese among them), as the PDFs do, before any font
    of the system is tried."""
    from PySide6.QtGui import QFont, QFontDatabase

    from exports.fonts import BUNDLED, FAMILIES

    fonts = resources.files("resources").joinpath("fonts")
    for bundled in BUNDLED:
        QFontDatabase.addApplicationFontFromData(fonts.joinpath(bundled.file).read_bytes())
    first, *fallbacks = FAMILIES
    QFont.insertSubstitutions(first, fallbacks)  # wherever a font names NanumGothic itself
    font = QFont(first)
    font.setFamilies(list(FAMILIES))
    font.setPointSize(10)
    app.setFont(font)
