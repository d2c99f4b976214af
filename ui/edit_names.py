"""An edit's name in the interface language, that can say itself again in another.

`translate` is called as QCoreApplication.translate is (lupdate finds its words the same
way). What it gives back is the translated text, which also keeps its source words, so
the names in the undo history can follow when the coordinator changes the language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack


class EditName(str):
    """A translated name that remembers its context, source words and values."""

    context: str
    source: str
    values: tuple[object, ...]

    def __new__(cls, context: str, source: str, values: tuple[object, ...] = ()) -> EditName:
        text = QCoreApplication.translate(context, source)
        name = super().__new__(cls, text.format(*values) if values else text)
        name.context, name.source, name.values = context, source, values
        return name

    def format(self, *values: object) -> EditName:  # type: ignore[override]
        return EditName(self.context, self.source, values)

    def again(self) -> EditName:
        """The same name in the language installed now."""
        return EditName(self.context, self.source, self.values)


def translate(context: str, source: str) -> EditName:
    return EditName(context, source)


def retranslate_history(stack: QUndoStack) -> None:
    """Give every edit in the history its name in the language installed now."""
    for index in range(stack.count()):
        command = stack.command(index)
        name = getattr(command, "name", None)
        if isinstance(name, EditName):
            command.name = name.again()
            command.setText(command.name)
