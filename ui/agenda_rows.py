"""The agenda table's row edits: insert, delete, pin, paste, indent, outdent, move.

A part of the session editor (its words are in the editor's translation context); it
expects the editor's `opened`, `session_id`, `model`, `table`, `notice` and `_session()`.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from planner.paste import parse_pasted_rows
from planner.rules.text import name as in_language
from ui import commands
from ui.edit_names import translate
from ui.models.agenda import COLUMN


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
              make_block: int | None = None, block_id: int | None = None) -> None:
        """Move the row; where that makes a block (block_id) longer or shorter, say so."""
        assert self.session_id is not None
        before = self._length_of(block_id)
        if self.opened.push(commands.MoveRow(self.opened, self.session_id, item_id, text,
                                             parent_id, position, make_block=make_block)):
            self.select_item(item_id)
            after = self._length_of(block_id)
            if block_id is not None and None not in (before, after) and before != after:
                row = self.model.row_of_item(block_id)
                title = in_language(self.model.node(row).item.title, self.model.lang)
                self.notice.emit(translate(
                    "SessionEditor", "The block '{0}' now lasts {2} min instead of {1}.").format(
                    title, before, after))

    def _length_of(self, item_id: int | None) -> int | None:
        row = self.model.row_of_item(item_id) if item_id is not None else -1
        return self.model.timed(row).duration if row >= 0 else None

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
                   len(above.children), make_block, block_id=above.item.id)

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
                   parent.item.position + 1, block_id=parent.item.id)

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
