"""Choosing what to export: documents, language and folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

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
    """Documents to write, their language, and the folder they go to."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export documents"))
        self.boxes = {kind: QCheckBox(self.tr(KIND_NAMES[kind])) for kind in KINDS}
        for box in self.boxes.values():
            box.setChecked(True)
        self.lang = QComboBox()
        self.lang.addItem("한국어", "ko")
        self.lang.addItem("English", "en")
        self.folder = QLineEdit(folder)
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
        layout = QVBoxLayout(self)
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def choice(self) -> ExportChoice:
        return ExportChoice(Path(self.folder.text()), self.lang.currentData(),
                            tuple(k for k, box in self.boxes.items() if box.isChecked()))
