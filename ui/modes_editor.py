"""The modes an interpreter works in, ticked in a list or typed in the usual words.

The interpreters table's Modes cell opens a small editor: a line to type in (동시, 순차,
consec, 위스퍼링, chuchotage, 시역 … as planner.vocabulary knows them) over the list of modes
with a tick box each. Ticking rewrites the line and typing ticks the boxes, so both say the
same; what is kept is handed to the table's model, which refuses, at the cell, a word it does
not know.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.vocabulary import Mode, read_modes
from ui.models.records import MODE_NAMES, mode_word

MODES = list(MODE_NAMES)
"""The modes offered, in the order of the list."""


class ModesEditor(QWidget):
    """A line of typed modes over a list of tick boxes, kept in step with each other."""

    finished = Signal()
    """Focus left the editor for somewhere else: keep what it says and close it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.line = QLineEdit()
        self.line.setObjectName("modesLine")
        self.list = QListWidget()
        self.list.setObjectName("modesList")
        for mode in MODES:
            item = QListWidgetItem(mode_word(mode))
            item.setData(Qt.ItemDataRole.UserRole, mode.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.line)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.line)
        self._syncing = False
        self.list.itemChanged.connect(self._ticked)
        self.line.textEdited.connect(self._typed)
        for part in (self.line, self.list):
            part.installEventFilter(self)

    def wanted_height(self) -> int:
        rows = self.list.sizeHintForRow(0) * self.list.count() + 2 * self.list.frameWidth()
        return self.line.sizeHint().height() + rows

    def set_modes(self, text: str) -> None:
        """Start from what the cell holds (or what was typed and refused, to correct it)."""
        self.line.setText(text)
        self._typed(text)

    def text(self) -> str:
        return self.line.text()

    def ticked(self) -> list[str]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def _ticked(self, _item: QListWidgetItem) -> None:
        if self._syncing:
            return
        self.line.setText(", ".join(mode_word(m) for m in self.ticked()))

    def _typed(self, text: str) -> None:
        """Tick what the words name; while a word is not understood the ticks stay as they
        were and the line says so in red."""
        modes, wrong = read_modes(text)
        self.line.setStyleSheet("color: #b3261e;" if wrong else "")
        if wrong:
            return
        self._syncing = True
        for r in range(self.list.count()):
            item = self.list.item(r)
            on = Mode(item.data(Qt.ItemDataRole.UserRole)) in modes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._syncing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's override
        if event.type() == QEvent.Type.FocusOut:
            focus = QApplication.focusWidget()
            if focus is None or not self.isAncestorOf(focus):
                self.finished.emit()
        elif event.type() == QEvent.Type.KeyPress and watched is self.line \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):  # type: ignore[attr-defined]
            self.list.setFocus()  # on to the tick boxes: Space ticks
            if self.list.currentRow() < 0:
                self.list.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)


class ModesDelegate(QStyledItemDelegate):
    """Opens a ModesEditor on the Modes cell, as tall as its list, inside the table's sight."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        editor = ModesEditor(parent)
        editor.finished.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: ModesEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        editor.set_modes(str(index.data(Qt.ItemDataRole.EditRole) or ""))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: QModelIndex) -> None:
        """Below the cell's top, or above its bottom when the table ends first; never taller
        than the table shows (the list then scrolls)."""
        port = editor.parentWidget().rect() if editor.parentWidget() else option.rect
        cell: QRect = option.rect
        height = min(editor.wanted_height(), port.height())  # type: ignore[attr-defined]
        top = cell.top() if cell.top() + height <= port.bottom() + 1 \
            else max(port.top(), cell.bottom() + 1 - height)
        editor.setGeometry(cell.left(), top, max(cell.width(), 160), height)
