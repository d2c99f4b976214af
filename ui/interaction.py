"""Questions to the user behind a small interface, with a headless version for tests."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

FILTER = "Agenda Planner events (*.agenda)"


class Interaction:
    """Asks with real dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def open_path(self, title: str) -> str:
        return QFileDialog.getOpenFileName(self.parent, title, "", FILTER)[0]

    def save_path(self, title: str, suggested: str = "") -> str:
        return QFileDialog.getSaveFileName(self.parent, title, suggested, FILTER)[0]

    def folder(self, title: str) -> str:
        return QFileDialog.getExistingDirectory(self.parent, title)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self.parent, title, text) == QMessageBox.StandardButton.Yes


class HeadlessInteraction(Interaction):
    """Answers from a script and remembers what was said; never blocks a test."""

    def __init__(self, answers: list[str | bool] | None = None) -> None:
        super().__init__(None)
        self.answers = list(answers or [])
        self.errors: list[str] = []

    def _next(self) -> str | bool:
        return self.answers.pop(0) if self.answers else ""

    def open_path(self, title: str) -> str:
        return str(self._next())

    def save_path(self, title: str, suggested: str = "") -> str:
        return str(self._next())

    def folder(self, title: str) -> str:
        return str(self._next())

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def confirm(self, title: str, text: str) -> bool:
        return bool(self._next())
