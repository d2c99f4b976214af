"""The interface language: Qt translation files for Korean, and the saved choice.

Source strings are English (``self.tr(...)``); Korean comes from
resources/translations/agenda_planner_ko.ts, compiled to .qm with lrelease
(`python -m ui.i18n` refreshes both from the code). Changing the language swaps the
application's translator; Qt then sends every widget a LanguageChange event, and each
widget sets its texts again in its ``retranslate()``.
"""

from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (QAbstractItemModel, QCoreApplication, QEvent, QLibraryInfo, QSettings,
                            Qt, QTranslator)

LANGUAGES = {"ko": "한국어", "en": "English"}
SETTING = "language"
TS_NAME = "agenda_planner_ko.ts"
QM_NAME = "agenda_planner_ko.qm"
QT_GAPS_NAME = "qtbase_gaps_ko"
"""Qt's own words its Korean catalogue leaves in English (the file dialog's labels)."""


def interface_language(settings: QSettings) -> str:
    """The chosen interface language; Korean, the working language, unless English was chosen."""
    value = settings.value(SETTING, "ko")
    return value if value in LANGUAGES else "ko"


def install_translator(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load the Korean interface into the application: ours, and Qt's own words (the
    standard buttons, the file dialogs) from the qtbase catalogue PySide6 ships, with the
    few it leaves in English from our own. English needs no translator."""
    if lang != "ko":
        return []
    installed = []
    qt_own = QTranslator(app)
    if qt_own.load("qtbase_ko", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    # Installed last, asked first: ours, then the gaps of Qt's catalogue, then the catalogue.
    for name in (f"{QT_GAPS_NAME}.qm", QM_NAME):
        translator = _bundled_translator(app, name)
        if translator is not None:
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _bundled_translator(app: QCoreApplication, name: str) -> QTranslator | None:
    """A compiled translation from resources/translations (None if it does not load)."""
    translator = QTranslator(app)
    data = resources.files("resources").joinpath(f"translations/{name}").read_bytes()
    # QTranslator keeps a pointer into the data: keep the bytes alive with the translator.
    translator.qm_data = data  # type: ignore[attr-defined]
    return translator if translator.load(data) else None


class InterfaceLanguage:
    """The language the running interface speaks: which translator is installed, and changing it."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.lang: str | None = None
        """None until chosen here: the interface then speaks what was installed without us."""
        self._translators: list[QTranslator] = []

    def use(self, lang: str) -> None:
        """Speak this language from now on; every widget is told to retranslate itself."""
        if lang == self.lang:
            return
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = install_translator(self.app, lang)
        self.lang = lang
        # Qt posts LanguageChange to the windows; deliver it now, so the change is done on return.
        self.app.sendPostedEvents(None, QEvent.Type.LanguageChange)


def headers_retranslated(model: QAbstractItemModel) -> None:
    """Tell a model's views that its column headers read differently in the new language."""
    if model.columnCount() > 0:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)


def update_translations(root: Path) -> None:
    """Extract the interface strings into the .ts file and compile it (a developer's step)."""
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    folder = root / "resources" / "translations"
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(folder / TS_NAME)],
                   check=True)
    subprocess.run(["pyside6-lrelease", str(folder / TS_NAME), "-qm", str(folder / QM_NAME)],
                   check=True)
    subprocess.run(["pyside6-lrelease", str(folder / f"{QT_GAPS_NAME}.ts"),
                    "-qm", str(folder / f"{QT_GAPS_NAME}.qm")], check=True)


if __name__ == "__main__":
    update_translations(Path(__file__).resolve().parents[1])
    sys.exit(0)
