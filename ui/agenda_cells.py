"""How the agenda's cells are edited: minutes, texts of several lines, a row's interpretation.

Each delegate hands what was chosen or typed to the agenda model, which turns it into one
undoable command or refuses it aloud.
"""

from __future__ import annotations

from PySide6.QtCore import (QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QPalette, QValidator
from PySide6.QtWidgets import (QAbstractItemDelegate, QApplication, QComboBox, QPlainTextEdit,
                               QSpinBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
                               QWidget)

from planner.vocabulary import MODE_LABELS, Mode
from ui.models.agenda import DETAILS_ROLE, INHERIT, MAX_ROW_MINUTES

Index = QModelIndex | QPersistentModelIndex


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


class CellTextEdit(QPlainTextEdit):
    """A cell's text of several lines: Enter keeps it, Shift+Enter or Alt+Enter starts a new
    line. It grows downwards over the rows below while it holds more lines than the row shows."""

    entered = Signal()
    MAX_LINES = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.top_left = (0, 0)
        self.cell_height = 0
        self.textChanged.connect(self.fit)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & (Qt.KeyboardModifier.ShiftModifier
                                    | Qt.KeyboardModifier.AltModifier):
                self.insertPlainText("\n")
            else:
                self.entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def place(self, rect: QRect) -> None:
        """Sit on the cell, as wide as it; fit() gives the height."""
        self.top_left, self.cell_height = (rect.left(), rect.top()), rect.height()
        self.setFixedWidth(rect.width())
        self.fit()

    def fit(self) -> None:
        lines = max(1, min(self.MAX_LINES, int(self.document().size().height())))
        margins = self.contentsMargins().top() + self.contentsMargins().bottom() \
            + 2 * int(self.document().documentMargin())
        height = max(self.cell_height, lines * self.fontMetrics().lineSpacing() + margins)
        left, top = self.top_left
        room = self.parentWidget().height() if self.parentWidget() is not None else height
        top = max(0, min(top, room - height))  # near the table's foot it grows upwards
        self.setGeometry(left, top, self.width(), height)


class TextCellDelegate(QStyledItemDelegate):
    """The content and remarks cells, edited on several lines. The content cell shows the
    row's details (the ① ② lines printed under it) greyed after its title, on one line."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = CellTextEdit(parent)
        editor.entered.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if editor.toPlainText() != text:  # type: ignore[attr-defined]
            editor.setPlainText(text)  # type: ignore[attr-defined]
        editor.selectAll()  # type: ignore[attr-defined] # typing over a cell replaces it, as in a line

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: Index) -> None:
        editor.place(option.rect)  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        details = index.data(DETAILS_ROLE)
        if not details:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(3, 0, -3, 0)  # the margin Qt's own text keeps
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        metrics = QFontMetrics(opt.font)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, align, shown)
        rest = rect.adjusted(metrics.horizontalAdvance(shown + "   "), 0, 0, 0)
        if rest.width() > 2 * metrics.averageCharWidth():
            painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                             else QPalette.ColorRole.PlaceholderText))
            painter.drawText(rest, align, metrics.elidedText(
                "  ".join(line.strip() for line in str(details).splitlines()),
                Qt.TextElideMode.ElideRight, rest.width()))
        painter.restore()


class ModeBox(QComboBox):
    """The modes a row can be interpreted in; a choice made in its list is kept at once."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._listed = False
        self.activated.connect(self._chosen)

    def showPopup(self) -> None:  # noqa: N802 - Qt's override
        self._listed = True
        super().showPopup()

    def hidePopup(self) -> None:  # noqa: N802 - Qt's override
        super().hidePopup()
        QTimer.singleShot(0, self._unlist)  # after the activated signal a choice sends

    def _unlist(self) -> None:
        self._listed = False

    def _chosen(self) -> None:
        if self._listed:  # an arrow key on the closed box only moves the choice
            self.picked.emit()


class InterpretationDelegate(QStyledItemDelegate):
    """A row's interpretation: as its session, or a mode of its own (no interpretation too),
    in the words of the agenda's language."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        model = index.model()
        lang = getattr(model, "lang", "ko")
        session_mode = model.session_mode()  # type: ignore[attr-defined]
        current = index.data(Qt.ItemDataRole.EditRole)
        box = ModeBox(parent)
        box.addItem(self.tr("As the session ({0})").format(MODE_LABELS[Mode(session_mode)][lang]),
                    INHERIT)
        for mode in Mode:  # the session's own mode is 'as the session'
            if mode != session_mode or mode == current:
                words = MODE_LABELS[mode][lang]
                box.addItem(words[:1].upper() + words[1:], str(mode))
        box.picked.connect(lambda: self._finish(box))
        return box

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        box: QComboBox = editor  # type: ignore[assignment]
        box.setCurrentIndex(max(0, box.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]
