"""The agenda table's row edits: insert, delete, pin, paste, indent, outdent, move.

A part of the session editor (its words are in the editor's translation context); it
expects the editor's `opened`, `session_id`, `model`, `table` and `_session()`.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QValidator
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from planner.paste import parse_pasted_rows
from ui import commands
from ui.edit_names import translate
from ui.models.agenda import COLUMN, MAX_ROW_MINUTES


class MinutesBox(QSpinBox):
    """A row's minutes: 1 to a day by the arrow keys. What is typed stays as typed ('2.5',
    '99999'), so the model can refuse it with the reason instead of it silently becoming
    25 or 999."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(1, MAX_ROW_MINUTES)
        self.setFrame(False)

    def validate(self, text: str, pos: int) -> object:  # noqa: D102 - Qt's override
        value = text.strip()
        acceptable = value.isdecimal() and 1 <= int(value) <= MAX_ROW_MINUTES
        state = QValidator.State.Acceptable if acceptable else QValidator.State.Intermediate
        return state, text, pos

    def fixup(self, text: str) -> str:  # noqa: D102 - Qt's override
        return text  # no silent correction: the model says what is wrong

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not self.lineEdit().hasAcceptableInput():
            event.accept()  # QSpinBox would put back its last number; the delegate commits
            return
        super().keyPressEvent(event)


class MinutesDelegate(QStyledItemDelegate):
    """The agenda's minutes column is edited in a MinutesBox; the text typed goes to the
    model, which takes whole minutes from 1 to a day and refuses anything else aloud."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        return MinutesBox(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(int(value) if value else 1)  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        model.setData(index, editor.cleanText(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


class AgendaRowEdits:
    """Every edit of the agenda's rows, each one undoable command."""

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _after_current_row(self) -> tuple[int | None, int]:
        """Where a new row goes: just after the current row at its level, else at the end."""
        row = self.current_row()
        if row < 0:
            return None, len(self.opened.loaded.agenda.get(self.session_id or 0, []))
        item = self.model.node(row).item
        return item.parent_id, item.position + 1

    def insert_row(self) -> None:
        """A new 5-minute row after the current one, at its level (or at the end)."""
        if self.session_id is None:
            return
        parent_id, position = self._after_current_row()
        command = commands.InsertRow(self.opened, self.session_id, parent_id, position)
        if self.opened.push(command) and command.item_id is not None:
            self.select_item(command.item_id, column=COLUMN["content"])

    def insert_marker(self) -> None:
        """A point in time after the current row (a VIP leaving), at the time that row ends."""
        if self.session_id is None:
            return
        row = self.current_row()
        session = self._session()
        if row < 0:
            parent_id = None
            position = len(self.opened.loaded.agenda.get(self.session_id, []))
            at = session.start_min
        else:
            item = self.model.node(row).item
            parent_id, position, at = item.parent_id, item.position + 1, self.model.timed(row).end
        command = commands.InsertRow(self.opened, self.session_id, parent_id, position,
                                     title={"ko": "이석", "en": "Leaves"}, marker_at=at)
        if self.opened.push(command) and command.item_id is not None:
            self.select_item(command.item_id, column=COLUMN["content"])

    def delete_row(self) -> None:
        row = self.current_row()
        if self.session_id is None or row < 0:
            return
        item_id = self.model.node(row).item.id
        self.opened.push(commands.DeleteRow(self.opened, self.session_id, item_id))
        self.select_row(min(row, self.model.rowCount() - 1))

    def toggle_pin(self) -> None:
        """Pin the current row's start where the cascade puts it now, or unpin it."""
        row = self.current_row()
        if self.session_id is None or row < 0:
            return
        item = self.model.node(row).item
        start = None if item.start_min is not None else self.model.timed(row).start
        self.opened.push(commands.PinStart(self.opened, self.session_id, item.id, start))
        self.select_item(item.id)

    def paste_rows(self) -> None:
        """Rows copied from a run sheet, Excel or a word processor (tab-separated) go after the
        current row, blocks with their sub-rows, markers and multi-line cells kept."""
        if self.session_id is None:
            return
        rows = parse_pasted_rows(QGuiApplication.clipboard().text())
        if not rows:
            return
        parent_id, position = self._after_current_row()
        self.opened.push(commands.PasteRows(self.opened, self.session_id, parent_id, position,
                                           rows, self.model.lang))

    def _place(self, row: int) -> tuple[list, int, object | None]:
        """The row's siblings (nodes), its index among them, and its parent node."""
        node = self.model.node(row)
        parent_id = node.item.parent_id
        if parent_id is None:
            return self.opened.loaded.agenda.get(self.session_id or 0, []), \
                self.opened.loaded.agenda.get(self.session_id or 0, []).index(node), None
        parent = next(n for n in self.opened.loaded.walk(self._session()) if n.item.id == parent_id)
        return parent.children, parent.children.index(node), parent

    def _move(self, item_id: int, text: str, parent_id: int | None, position: int,
              make_block: int | None = None) -> None:
        assert self.session_id is not None
        if self.opened.push(commands.MoveRow(self.opened, self.session_id, item_id, text,
                                             parent_id, position, make_block=make_block)):
            self.select_item(item_id)

    def indent_row(self) -> None:
        """Put the row under the row above it (which becomes a block if it was not one)."""
        row = self.current_row()
        if self.session_id is None or row < 0:
            return
        siblings, index, _ = self._place(row)
        item = siblings[index].item
        if index == 0:
            self.opened.edit_refused.emit(translate(
                "SessionEditor", "The first row of a level cannot be indented."))
            return
        above = siblings[index - 1]
        if above.item.marker:
            self.opened.edit_refused.emit(translate("SessionEditor",
                                                     "Rows cannot go under a marker."))
            return
        make_block = above.item.id if not above.children and above.item.duration else None
        self._move(item.id, translate("SessionEditor", "Indent row"), above.item.id,
                   len(above.children), make_block)

    def outdent_row(self) -> None:
        """Take the row out of its block, to just after the block."""
        row = self.current_row()
        if self.session_id is None or row < 0:
            return
        _, _, parent = self._place(row)
        item = self.model.node(row).item
        if parent is None:
            self.opened.edit_refused.emit(translate(
                "SessionEditor", "The row is already at the top level."))
            return
        self._move(item.id, translate("SessionEditor", "Outdent row"), parent.item.parent_id,
                   parent.item.position + 1)

    def move_row(self, step: int) -> None:
        """Move the row up (-1) or down (+1) among the rows of its level."""
        row = self.current_row()
        if self.session_id is None or row < 0:
            return
        siblings, index, _ = self._place(row)
        target = index + step
        if not 0 <= target < len(siblings):
            return
        item = siblings[index].item
        name = translate("SessionEditor", "Move row up") if step < 0 \
            else translate("SessionEditor", "Move row down")
        self._move(item.id, name, item.parent_id, target)

    def select_item(self, item_id: int, column: int = 0) -> None:
        row = self.model.row_of_item(item_id)
        if row >= 0:
            self.select_row(row, column)

    def select_row(self, row: int, column: int = 0) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, column))
