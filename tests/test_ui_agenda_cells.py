"""The agenda's cells as the coordinator edits them: a row's own interpretation and its
languages, a row's details under its title, a block's length said when a row joins it, and
texts not yet in the agenda's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPlainTextEdit, QWidget

from exports.document import Document, Paragraph, Table
from exports.runsheet import build_run_sheet
from ui.i18n import InterfaceLanguage
from ui.main_window import MainWindow
from ui.models.agenda import COLUMN

from .test_ui_window import cell_editor, click_row, type_text

SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def language(qapp) -> Iterator[InterfaceLanguage]:  # noqa: ANN001
    chosen = InterfaceLanguage(qapp)
    yield chosen
    chosen.use("en")


def show(window: MainWindow, key: str) -> None:
    window.select_session(next(s.id for s in window.opened.loaded.sessions if s.key == key))


def row_of(window: MainWindow, title_ko: str) -> int:
    model = window.editor.model
    return next(r for r in range(model.rowCount()) if model.node(r).item.title.get("ko") == title_ko)


def open_cell(qtbot, window: MainWindow, row: int, column: int) -> QWidget:  # noqa: ANN001
    """Click the cell and press F2, as the coordinator does; the editor that opens."""
    table = window.editor.table
    rect = table.visualRect(window.editor.model.index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    return cell_editor(table)


def choose(qtbot, box: QComboBox, data: str) -> None:  # noqa: ANN001
    """Pick an entry of a closed combo box with the arrow keys."""
    target = box.findData(data)
    assert target >= 0, data
    key = Qt.Key.Key_Down if target > box.currentIndex() else Qt.Key.Key_Up
    while box.currentIndex() != target:
        qtbot.keyClick(box, key)
    assert box.isVisible()  # arrow keys on the closed box choose without closing the editor


def enter(qtbot, editor: QWidget) -> None:  # noqa: ANN001
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def sheet_lines(window: MainWindow, key: str) -> list[str]:
    """The run sheet of one session as text: its paragraphs, then its table's cells."""
    doc: Document = build_run_sheet(window.opened.loaded, window.opened.findings, "ko",
                                    session_key=key)
    lines: list[str] = []
    for section in doc.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                lines += [cell.text for row in block.rows for cell in row]
    return lines


def row_findings(window: MainWindow, item_id: int) -> set[str]:
    return {f.code for f in window.opened.findings if item_id in f.items}


# -- a row's own interpretation -----------------------------------------------------------------


def test_a_row_is_sight_translated_between_its_own_languages(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    show(window, "ca-roundtable")  # simultaneous, in Korean and English
    model = window.editor.model
    row = row_of(window, "개회 및 환영사 (환영사 후 국장님 이석)")
    item_id = model.node(row).item.id
    title = "개회 및 환영사 (환영사 후 국장님 이석)"
    assert f"※ 한영 시통역으로 진행: {title}" not in sheet_lines(window, "ca-roundtable")

    box = open_cell(qtbot, window, row, COLUMN["interpretation"])
    assert isinstance(box, QComboBox)
    entries = [box.itemText(i) for i in range(box.count())]
    assert entries == ["As the session (동시통역)", "순차통역", "근접 통역", "시통역",
                       "원격 동시통역", "통역 없음"]  # the session's own mode is 'as the session'
    choose(qtbot, box, "sight")
    enter(qtbot, box)
    assert model.index(row, COLUMN["interpretation"]).data() == "시통역"
    assert window.undo_action.text() == "&Undo Change row interpretation"
    # The run sheet says it under the overview, as the seed's welcome speech is said.
    assert f"※ 한영 시통역으로 진행: {title}" in sheet_lines(window, "ca-roundtable")
    # Nobody is assigned to sight-translate it: the findings say so at once, on this row.
    assert "staff.none-assigned" in row_findings(window, item_id)
    # Its languages follow the session's until typed: English into Korean, for this row.
    languages = model.index(row, COLUMN["languages"])
    assert languages.data() == "ko, en"
    assert languages.data(Qt.ItemDataRole.ToolTipRole).startswith("As the session")
    cell = open_cell(qtbot, window, row, COLUMN["languages"])
    cell.selectAll()
    type_text(cell, qtbot, "en, ko")
    enter(qtbot, cell)
    assert languages.data() == "en, ko"
    assert window.undo_action.text() == "&Undo Change row languages"
    assert f"※ 영한 시통역으로 진행: {title}" in sheet_lines(window, "ca-roundtable")
    cell = open_cell(qtbot, window, row, COLUMN["languages"])
    cell.selectAll()
    type_text(cell, qtbot, "korean")
    enter(qtbot, cell)
    assert window.statusBar().currentMessage() == "Languages are codes like ko, en, fr."
    assert languages.data() == "en, ko"

    window.undo_action.trigger()  # the languages
    assert f"※ 한영 시통역으로 진행: {title}" in sheet_lines(window, "ca-roundtable")
    window.undo_action.trigger()  # the mode
    assert model.index(row, COLUMN["interpretation"]).data() == ""
    assert not any(f"진행: {title}" in line for line in sheet_lines(window, "ca-roundtable"))
    assert "staff.none-assigned" not in row_findings(window, item_id)
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert f"※ 영한 시통역으로 진행: {title}" in sheet_lines(window, "ca-roundtable")
    assert "staff.none-assigned" in row_findings(window, item_id)


def test_the_welcome_speech_goes_back_to_the_session_and_a_row_to_none(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    show(window, "reception")  # whispered to the vice minister; the toast sight-translated
    model = window.editor.model
    toast = row_of(window, "환영 인사 및 건배사")
    assert "※ 한영 시통역으로 진행: 환영 인사 및 건배사" in sheet_lines(window, "reception")
    box = open_cell(qtbot, window, toast, COLUMN["interpretation"])
    assert box.currentData() == "sight" and box.itemText(0) == "As the session (근접 통역)"
    choose(qtbot, box, "")
    enter(qtbot, box)
    assert model.index(toast, COLUMN["interpretation"]).data() == ""
    assert not model.flags(model.index(toast, COLUMN["languages"])) & Qt.ItemFlag.ItemIsEditable
    assert not any("시통역으로 진행" in line for line in sheet_lines(window, "reception"))
    # The magic show needs nobody whispering: no interpretation for that row.
    show_row = row_of(window, "Quantum Magic Performance")
    box = open_cell(qtbot, window, show_row, COLUMN["interpretation"])
    choose(qtbot, box, "none")
    enter(qtbot, box)
    assert model.index(show_row, COLUMN["interpretation"]).data() == "통역 없음"
    assert window.opened.undo_stack.count() == 2
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert model.index(toast, COLUMN["interpretation"]).data() == "시통역"
    assert "※ 한영 시통역으로 진행: 환영 인사 및 건배사" in sheet_lines(window, "reception")
    # A marker is a moment: it has no interpretation of its own.
    marker = next(r for r in range(model.rowCount()) if model.node(r).item.marker)
    assert not model.flags(model.index(marker, COLUMN["interpretation"])) \
        & Qt.ItemFlag.ItemIsEditable


def test_a_mode_picked_from_the_list_is_kept_at_once(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    show(window, "ca-roundtable")
    row = row_of(window, "참석자 소개")
    box = open_cell(qtbot, window, row, COLUMN["interpretation"])
    box.showPopup()
    view = box.view()
    index = view.model().index(box.findData("consecutive"), 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    QApplication.processEvents()
    assert window.editor.model.index(row, COLUMN["interpretation"]).data() == "순차통역"
    open_editors = [w for w in window.editor.table.viewport().findChildren(QComboBox)
                    if w.isVisible()]
    assert open_editors == []  # the editor closed with the choice


# -- a row's details ---------------------------------------------------------------------------


def test_details_are_typed_on_the_lines_under_the_title(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    model = window.editor.model
    row = row_of(window, "한국 측 발언")  # ① to ⑤ under it
    item = model.node(row).item
    before = item.details["ko"]
    cell = open_cell(qtbot, window, row, COLUMN["content"])
    assert isinstance(cell, QPlainTextEdit)
    assert cell.toPlainText() == "한국 측 발언\n" + before
    assert cell.height() > window.editor.table.rowHeight(row)  # it shows the lines
    qtbot.keyClick(cell, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(cell, Qt.Key.Key_Return, SHIFT)
    type_text(cell, qtbot, "⑥ 인력 교류")
    qtbot.keyClick(cell, Qt.Key.Key_Return, ALT)
    type_text(cell, qtbot, "⑦ 공동 워크숍")
    enter(qtbot, cell)
    item = model.node(row).item
    assert item.details["ko"] == before + "\n⑥ 인력 교류\n⑦ 공동 워크숍"
    assert item.title["ko"] == "한국 측 발언"
    assert window.undo_action.text() == "&Undo Edit details"
    assert model.index(row, COLUMN["content"]).data() == "    . 한국 측 발언"  # one line a row
    assert "⑦ 공동 워크숍" in model.index(row, COLUMN["content"]).data(Qt.ItemDataRole.ToolTipRole)
    printed = next(t for t in sheet_lines(window, "ca-dialogue") if t.startswith(". 한국 측 발언"))
    assert printed.splitlines()[-2:] == ["⑥ 인력 교류", "⑦ 공동 워크숍"]
    window.undo_action.trigger()
    assert model.node(row).item.details["ko"] == before
    window.redo_action.trigger()
    assert model.node(row).item.details["ko"].endswith("⑦ 공동 워크숍")


def test_a_title_and_its_new_details_are_one_edit(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    model = window.editor.model
    row = row_of(window, "양국 대표 인사말")  # no details yet
    cell = open_cell(qtbot, window, row, COLUMN["content"])
    type_text(cell, qtbot, "양국 대표 인사")  # typing over the cell replaces it
    qtbot.keyClick(cell, Qt.Key.Key_Return, SHIFT)
    type_text(cell, qtbot, "- 한국 측 수석대표")
    enter(qtbot, cell)
    item = model.node(row).item
    assert (item.title["ko"], item.details["ko"]) == ("양국 대표 인사", "- 한국 측 수석대표")
    assert item.title["en"]  # the other language is left as it was
    assert window.opened.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo Edit content"
    assert "○ 양국 대표 인사\n- 한국 측 수석대표" in sheet_lines(window, "ca-dialogue")
    window.undo_action.trigger()
    item = model.node(row).item
    assert (item.title["ko"], item.details) == ("양국 대표 인사말", {})


def test_remarks_keep_their_lines_and_escape_keeps_the_cell(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    model = window.editor.model
    cell = open_cell(qtbot, window, 0, COLUMN["remarks"])
    qtbot.keyClick(cell, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(cell, Qt.Key.Key_Return, SHIFT)
    type_text(cell, qtbot, "(통역) 순차")
    qtbot.keyClick(cell, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert window.opened.undo_stack.count() == 0
    before = model.node(0).item.remarks["ko"]
    cell = open_cell(qtbot, window, 0, COLUMN["remarks"])
    qtbot.keyClick(cell, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(cell, Qt.Key.Key_Return, SHIFT)
    type_text(cell, qtbot, "(통역) 순차")
    enter(qtbot, cell)
    assert model.node(0).item.remarks["ko"] == before + "\n(통역) 순차"
    assert window.undo_action.text() == "&Undo Edit remarks"


# -- a block's length ------------------------------------------------------------------------------


def test_indenting_into_a_block_says_how_its_length_changed(
        qtbot, window: MainWindow, language: InterfaceLanguage) -> None:  # noqa: ANN001
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    table = window.editor.table
    click_row(qtbot, window, 6)  # ○ 기념사진 촬영 … (2 min) after ○ 협력논의 (20 min)
    qtbot.keyClick(table, Qt.Key.Key_Right, alt_shift)
    assert window.statusBar().currentMessage() == \
        "The block '협력논의' now lasts 22 min instead of 20."
    qtbot.keyClick(table, Qt.Key.Key_Left, alt_shift)  # out again: the block is shorter
    assert window.statusBar().currentMessage() == \
        "The block '협력논의' now lasts 20 min instead of 22."
    language.use("ko")
    click_row(qtbot, window, 1)  # ○ 양국 대표 인사말 (09:03~09:08) under ○ 개회 … (09:00~09:02)
    qtbot.keyClick(table, Qt.Key.Key_Right, alt_shift)
    assert window.statusBar().currentMessage() == \
        "'개회 및 참석자 소개' 블록 길이가 2분에서 8분으로 바뀌었습니다."  # its row starts 09:03


def test_moving_a_row_within_its_block_says_nothing_of_length(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    click_row(qtbot, window, 4)  # . 캐나다 측 발언, in ○ 협력논의
    qtbot.keyClick(window.editor.table, Qt.Key.Key_Up,
                   Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "block" not in window.statusBar().currentMessage()


# -- texts not yet in the agenda's language ---------------------------------------------------------


def test_english_agenda_shows_what_is_left_to_translate(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    model = window.editor.model
    click_row(qtbot, window, 6)
    window.insert_row_action.trigger()  # a new row, its content typed in Korean
    new = window.editor.current_row()
    cell = open_cell(qtbot, window, new, COLUMN["content"])
    type_text(cell, qtbot, "폐회 인사")
    enter(qtbot, cell)
    cell = open_cell(qtbot, window, new, COLUMN["remarks"])
    type_text(cell, qtbot, "(한) 국장")
    enter(qtbot, cell)
    english = next(a for a in window.language_menu.actions() if a.data() == "en")
    english.trigger()
    QCoreApplication.processEvents()
    for column, text in ((COLUMN["content"], "○ 폐회 인사"), (COLUMN["remarks"], "(한) 국장")):
        index = model.index(new, column)
        assert index.data() == text  # the Korean, until there is English
        assert index.data(Qt.ItemDataRole.FontRole).italic()
        assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#808080"
        assert "No English text yet" in index.data(Qt.ItemDataRole.ToolTipRole)
    translated = model.index(new - 1, COLUMN["content"])
    assert translated.data(Qt.ItemDataRole.FontRole) is None
    assert translated.data(Qt.ItemDataRole.ForegroundRole) is None
    # Typing the English takes the row off the list.
    cell = open_cell(qtbot, window, new, COLUMN["content"])
    assert cell.toPlainText() == ""
    type_text(cell, qtbot, "Closing remarks")
    enter(qtbot, cell)
    index = model.index(new, COLUMN["content"])
    assert index.data() == "○ Closing remarks"
    assert index.data(Qt.ItemDataRole.FontRole) is None
    assert "No English text yet" not in index.data(Qt.ItemDataRole.ToolTipRole)  # findings stay
    assert model.node(new).item.title == {"ko": "폐회 인사", "en": "Closing remarks"}


def test_a_row_without_interpretation_says_so_on_the_run_sheet(window: MainWindow) -> None:
    from db.edits import set_item_interpretation

    opened = window.opened
    session = next(s for s in opened.loaded.sessions if s.key == "ca-roundtable")
    node = opened.loaded.walk(session)[1]
    title = node.item.title["ko"]
    set_item_interpretation(opened.doc, node.item.id, interpretation_mode="none")
    opened.after_edit({session.id})
    assert f"※ 통역 없이 진행: {title}" in sheet_lines(window, "ca-roundtable")
