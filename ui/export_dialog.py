"""Choosing what to export: documents, language and folder."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from exports.bundle import KINDS


@dataclass(frozen=True)
class ExportChoice:
    folder: Path
    lang: str
    kinds: tuple[str, ...]


KIND_NAMES = {
    "runsheet": QT_TRANSLATE_NOOP("ExportDialog", "Run sheets (PDF, Excel)"),
    "venue": QT_TRANSLATE_NOOP("ExportDialog", "Venue sheet (Excel)"),
    "interpreters": QT_TRANSLATE_NOOP("ExportDialog", "Interpreter sheets and roster (PDF, Excel)"),
    "ics": QT_TRANSLATE_NOOP("ExportDialog", "Interpreter calendars (.ics)"),
    "json": QT_TRANSLATE_NOOP("ExportDialog", "Event file for other tools (JSON)"),
}
"""The documents' names, in the interface language when the dialog is made."""


class ExportDialog(QDialog):
    """Documents to write, their language, and the folder they go to; before documents are
    written in a language some texts lack, how many of them will print in the other one."""

    def __init__(self, folder: str, parent: QWidget | None = None,
                 last: ExportChoice | None = None, missing: Mapping[str, int] | None = None) -> None:
        super().__init__(parent)
        self.missing = dict(missing or {})
        """How many texts of the event have no text in each language (ko, en)."""
        self.setWindowTitle(self.tr("Export documents"))
        self.default_folder = Path(folder)
        self.boxes = {kind: QCheckBox(self.tr(KIND_NAMES[kind])) for kind in KINDS}
        for kind, box in self.boxes.items():
            box.setChecked(last is None or kind in last.kinds)
            box.toggled.connect(self._check)
        self.lang = QComboBox()
        self.lang.addItem("한국어", "ko")
        self.lang.addItem("English", "en")
        # The documents' language is their own: Korean unless the last export chose English.
        self.lang.setCurrentIndex(max(0, self.lang.findData(last.lang if last else "ko")))
        self.lang.currentIndexChanged.connect(self._say_missing)
        self.folder = QLineEdit(folder)
        self.folder.setCursorPosition(0)  # the start of a long path, where its folders are named
        self.folder.setToolTip(folder)
        self.folder.setMinimumWidth(self.folder.fontMetrics().horizontalAdvance("x" * 48))
        self.folder.textChanged.connect(self._check)
        self.folder.textChanged.connect(self.folder.setToolTip)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Folder"), where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.hint = QLabel()
        self.hint.setObjectName("exportHint")
        self.missing_note = QLabel()
        self.missing_note.setObjectName("exportMissingTexts")
        self.missing_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(self.missing_note)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._check()
        self._say_missing()

    def _say_missing(self) -> None:
        """How many texts the documents in the chosen language print in the other one."""
        lang = self.lang.currentData()
        count = self.missing.get(lang, 0)
        if lang == "en":
            text = self.tr("Texts without English: {0}. The documents print them in Korean, "
                           "marked [in Korean]; the findings list them by session.")
        else:
            text = self.tr("Texts without Korean: {0}. The documents print them in English, "
                           "marked [영문]; the findings list them by session.")
        self.missing_note.setText(text.format(count) if count else "")
        self.missing_note.setVisible(bool(count))

    def _check(self) -> None:
        """OK only when there is something to write and somewhere to write it; the reason shown."""
        if not any(box.isChecked() for box in self.boxes.values()):
            reason = self.tr("Choose at least one document.")
        elif not self.folder.text().strip():
            reason = self.tr("Choose a folder to write to.")
        else:
            reason = ""
        self.hint.setText(reason)
        self.hint.setVisible(bool(reason))
        self.ok.setEnabled(not reason)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def choice(self) -> ExportChoice:
        """What was chosen; a folder typed without a full path is taken beside the event file,
        not wherever the program happened to start."""
        folder = Path(self.folder.text().strip()).expanduser()
        if not folder.is_absolute():
            folder = self.default_folder.parent / folder
        return ExportChoice(folder, self.lang.currentData(),
                            tuple(k for k, box in self.boxes.items() if box.isChecked()))
