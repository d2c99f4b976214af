"""The window, driven as a coordinator would: type in cells, press keys, use menus, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from db.document import EventDocument
from db.loading import load_event
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow
from ui.models.agenda import COLUMN


def stored(path: Path) -> dict:
    """What is in the file right now, read by a separate reader after the window lets go."""
    with EventDocument.open(path, read_only=True) as doc:
        loaded = load_event(doc)
    return {s.key: [(n.item.title.get("ko"), n.item.duration) for n in loaded.walk(s)]
            for s in loaded.sessions}


def cell_editor(table: QAbstractItemView) -> QWidget:
    """The editor a view has just opened on a cell."""
    editor = QApplication.focusWidget()
    if editor is None or editor is table:  # the window is not the active one: ask the view
        editors = [w for w in table.viewport().findChildren(QWidget) if w.isVisible()]
        editor = editors[-1] if editors else None
    assert editor is not None and editor is not table
    return editor


def type_text(editor: QWidget, qtbot, text: str) -> None:  # noqa: ANN001
    """Type as a user does: keys for ASCII, Hangul through the input method."""
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # Hangul arrives through the input method, as a committed string
        typed = QInputMethodEvent()
        typed.setCommitString(text)
        QApplication.sendEvent(editor, typed)


def edit_cell(qtbot, window: MainWindow, row: int, column: int, text: str) -> None:  # noqa: ANN001
    table = window.editor.table
    table.setFocus()
    table.setCurrentIndex(window.editor.model.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the standard "edit this cell" key
    editor = cell_editor(table)
    editor.selectAll()
    type_text(editor, qtbot, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view hands the edit to the model once the editor closes


def click_row(qtbot, window: MainWindow, row: int) -> None:  # noqa: ANN001
    """Click a row of the agenda, as the coordinator does before pressing a key on it."""
    table = window.editor.table
    rect = table.visualRect(window.editor.model.index(row, COLUMN["time"]))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert QApplication.focusWidget() is table and window.editor.current_row() == row


def time_column(window: MainWindow) -> list[str]:
    model = window.editor.model
    return [model.index(r, COLUMN["time"]).data() for r in range(model.rowCount())]


def test_typing_a_duration_cascades_and_undo_restores(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    assert window.windowTitle() == "퀀텀 코리아 2026 국제협력 프로그램 — demo.agenda — Agenda Planner"
    assert time_column(window)[:3] == ["09:00~09:02 ('2)", "09:03~09:08 ('5)",
                                       "09:08~09:28 ('20)"]
    edit_cell(qtbot, window, 0, COLUMN["duration"], "4")
    # Row 2 has a pinned start at 09:03, so it now overlaps; row 3.1 onwards follow row 2.
    assert time_column(window)[:2] == ["09:00~09:04 ('4)", "09:03~09:08 ('5)"]
    assert any(f.code == "agenda.overlap" for f in window.opened.findings)
    assert window.undo_action.text() == "&Undo Change duration to 4 min"
    window.undo_action.trigger()
    assert time_column(window)[0] == "09:00~09:02 ('2)"
    assert not any(f.code == "agenda.overlap" for f in window.opened.findings)
    window.redo_action.trigger()
    assert time_column(window)[0] == "09:00~09:04 ('4)"


def test_unpinning_a_start_closes_the_gap(qtbot, window: MainWindow, demo_path: Path) -> None:  # noqa: ANN001
    click_row(qtbot, window, 1)
    qtbot.keyClick(window.editor.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert time_column(window)[1] == "09:02~09:07 ('5)"
    assert time_column(window)[-1] == "09:27~09:29 ('2)"
    gaps = [f for f in window.opened.findings if f.code == "agenda.gap"]
    assert [f.sessions for f in gaps] == [("eu-meeting",)]
    window.undo_action.trigger()
    assert time_column(window)[1] == "09:03~09:08 ('5)"


def test_insert_type_and_delete_rows_with_the_keyboard(qtbot, window: MainWindow,  # noqa: ANN001
                                                       demo_path: Path) -> None:
    click_row(qtbot, window, 6)  # the last row of the dialogue
    qtbot.keyClick(window.editor.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.model.rowCount() == 8
    edit_cell(qtbot, window, 7, COLUMN["content"], "폐회")
    edit_cell(qtbot, window, 7, COLUMN["duration"], "3")
    assert time_column(window)[7] == "09:30~09:33 ('3)"
    assert any(f.code == "agenda.overrun" for f in window.opened.findings)
    window.opened.close()  # let the file go so another reader can look
    assert stored(demo_path)["ca-dialogue"][-1] == ("폐회", 3)


def test_delete_a_block_and_undo_brings_back_its_rows(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    click_row(qtbot, window, 2)  # ○ 협력논의 with three rows under it
    qtbot.keyClick(window.editor.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.model.rowCount() == 3
    assert window.undo_action.text() == "&Undo Delete row"
    window.undo_action.trigger()
    assert window.editor.model.rowCount() == 7
    assert time_column(window)[2:4] == ["09:08~09:28 ('20)", "09:08~09:13 ('5)"]


def test_paste_rows_from_a_spreadsheet_is_one_undo_step(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    QGuiApplication.clipboard().setText("10:00~10:10 ('10)\t○ 발표 1\t(한) 발표자\n"
                                        "15\t- 발표 2\n\t토론\t참석자 전체\n")
    window.editor.select_row(6)
    window.paste_action.trigger()
    model = window.editor.model
    assert model.rowCount() == 10
    assert [model.index(r, COLUMN["content"]).data() for r in range(7, 10)] == \
        ["○ 발표 1", "○ 발표 2", "○ 토론"]
    assert [model.index(r, COLUMN["duration"]).data() for r in range(7, 10)] == ["10", "15", "5"]
    assert model.index(7, COLUMN["remarks"]).data() == "(한) 발표자"
    assert window.undo_action.text() == "&Undo Paste 3 rows"
    window.undo_action.trigger()
    assert model.rowCount() == 7


def test_refused_edits_say_why_and_change_nothing(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    edit_cell(qtbot, window, 0, COLUMN["start"], "25:00")
    assert "not a time of day" in window.statusBar().currentMessage()
    assert time_column(window)[0] == "09:00~09:02 ('2)"
    edit_cell(qtbot, window, 0, COLUMN["duration"], "0")
    assert "at least one minute" in window.statusBar().currentMessage()
    assert not window.opened.undo_stack.count()


def test_header_fields_are_undoable(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    editor.closed.click()
    assert not window.opened.loaded.session_by_id[editor.session_id].closed
    room_index = editor.room.findData(None)
    editor.room.setCurrentIndex(room_index)
    editor.room.activated.emit(room_index)
    assert window.opened.loaded.session_by_id[editor.session_id].room_id is None
    assert any(f.code == "session.no-room" for f in window.opened.findings)
    editor.title_en.setText("Korea-Canada dialogue")
    editor.title_en.editingFinished.emit()
    assert window.opened.loaded.session_by_id[editor.session_id].title["en"] == \
        "Korea-Canada dialogue"
    for _ in range(3):
        window.undo_action.trigger()
    session = window.opened.loaded.session_by_id[editor.session_id]
    assert session.closed and session.room_id is not None
    assert editor.closed.isChecked()


def test_moving_a_session_shows_the_clash_and_a_finding_leads_to_it(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.select_session(window.opened.loaded.sessions[1].id)  # the Canada roundtable
    editor = window.editor
    editor.start.setText("09:10")  # 20 minutes earlier
    editor.start.editingFinished.emit()
    clash = [f for f in window.opened.findings if f.code == "room.double-booked"]
    assert not clash  # different rooms: no room clash, but the interpreter clash grows
    overlap = [f for f in window.opened.findings if f.code == "interpreter.double-booked"]
    assert overlap and "overlap" in overlap[0].text("en")
    row = next(r for r in range(window.findings_model.rowCount())
               if window.findings_model.finding(r).code == "staff.team-size")
    window.go_to_finding(window.findings_model.index(row, 1))
    assert editor.session_id == next(s.id for s in window.opened.loaded.sessions
                                     if s.key == "reception")
    assert window.navigator.currentIndex().data().endswith("◔ 퀀텀 네트워킹 리셉션")


def test_undo_history_survives_switching_sessions(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    edit_cell(qtbot, window, 0, COLUMN["duration"], "3")
    window.select_session(window.opened.loaded.sessions[-1].id)
    edit_cell(qtbot, window, 0, COLUMN["content"], "개회")
    window.select_session(window.opened.loaded.sessions[0].id)
    window.undo_action.trigger()  # the EU rename
    window.undo_action.trigger()  # the dialogue duration, though another session was shown
    assert time_column(window)[0] == "09:00~09:02 ('2)"
    eu = window.opened.loaded.sessions[-1]
    assert window.opened.loaded.agenda[eu.id][0].item.title["ko"] == "개회 및 환영사"


def test_read_only_file_shows_a_banner_and_refuses_edits(qtbot, settings: QSettings,  # noqa: ANN001
                                                          demo_path: Path) -> None:
    demo_path.chmod(0o444)
    win = MainWindow(settings, HeadlessInteraction())
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    assert win.windowTitle() == "퀀텀 코리아 2026 국제협력 프로그램 — demo.agenda [read-only] — Agenda Planner"
    assert win.findChild(type(win.statusBar().parent().centralWidget()), "") is not None
    banner = win.centralWidget().findChild(QLabel, "readOnlyBanner")
    assert banner is not None and "read-only" in banner.text()
    assert not win.editor.model.flags(win.editor.model.index(0, COLUMN["duration"])) & \
        Qt.ItemFlag.ItemIsEditable
    assert not win.insert_row_action.isEnabled()


def test_in_use_file_is_refused_with_the_reason(qtbot, settings: QSettings,  # noqa: ANN001
                                                demo_path: Path) -> None:
    holder = EventDocument.open(demo_path)
    try:
        interaction = HeadlessInteraction()
        win = MainWindow(settings, interaction)
        qtbot.addWidget(win)
        assert not win.open_path(demo_path)
        assert "in use" in interaction.errors[0]
        assert win.windowTitle() == "Agenda Planner"
    finally:
        holder.close()


def test_new_open_recent_and_save_a_copy(qtbot, settings: QSettings, tmp_path: Path) -> None:  # noqa: ANN001
    new, copy = tmp_path / "new.agenda", tmp_path / "copy.agenda"
    interaction = HeadlessInteraction([str(new), None, str(copy)])  # None: settings cancelled
    win = MainWindow(settings, interaction)
    qtbot.addWidget(win)
    win.new_action.trigger()
    assert win.windowTitle() == "new — new.agenda — Agenda Planner"  # titled after its file
    assert win.editor.heading.text() == "No sessions yet"
    win.copy_action.trigger()
    assert copy.exists() and interaction.errors == []
    win.close_action.trigger()
    assert win.windowTitle() == "Agenda Planner"
    assert win.recent_files()[0] == str(new.resolve())
    win.recent_menu.actions()[0].trigger()
    assert win.windowTitle() == "new — new.agenda — Agenda Planner"


def contents(window: MainWindow) -> list[str]:
    model = window.editor.model
    return [model.index(r, COLUMN["content"]).data() for r in range(model.rowCount())]


def test_indent_outdent_and_move_rows_by_keyboard(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    table = window.editor.table
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    click_row(qtbot, window, 1)  # ○ 양국 대표 인사말, under ○ 개회 및 참석자 소개 it goes
    qtbot.keyClick(table, Qt.Key.Key_Right, alt_shift)
    assert contents(window)[:2] == ["○ 개회 및 참석자 소개", "    - 양국 대표 인사말"]
    # The leaf above became a block: it now lasts as long as its one row.
    assert time_column(window)[:2] == ["09:00~09:08 ('8)", "09:03~09:08 ('5)"]
    qtbot.keyClick(table, Qt.Key.Key_Left, alt_shift)
    assert contents(window)[1] == "○ 양국 대표 인사말"
    click_row(qtbot, window, 4)  # . 캐나다 측 발언, the second row of the block
    qtbot.keyClick(table, Qt.Key.Key_Up, alt_shift)
    assert contents(window)[3:5] == ["    . 캐나다 측 발언", "    . 한국 측 발언"]
    assert window.undo_action.text() == "&Undo Move row up"
    for _ in range(3):
        window.undo_action.trigger()
    assert contents(window)[:5] == ["○ 개회 및 참석자 소개", "○ 양국 대표 인사말", "○ 협력논의",
                                    "    . 한국 측 발언", "    . 캐나다 측 발언"]
    assert time_column(window)[0] == "09:00~09:02 ('2)"


def test_add_duplicate_and_delete_sessions(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    loaded = window.opened.loaded
    window.add_session_action.trigger()
    added = loaded.session_by_id[window.editor.session_id]
    assert (added.key, added.start_min, added.end_min) == ("session-1", 570, 630)
    assert any(f.code == "room.double-booked" and added.key in f.sessions
               for f in window.opened.findings) is False  # a new session after the dialogue
    window.select_session(loaded.sessions[0].id)
    window.duplicate_session_action.trigger()
    copy = loaded.session_by_id[window.editor.session_id]
    assert copy.key == "ca-dialogue-1" and len(loaded.walk(copy)) == 7
    assert any(f.code == "room.double-booked" and copy.key in f.sessions
               for f in window.opened.findings)
    window.delete_session_action.trigger()
    assert "ca-dialogue-1" not in {s.key for s in loaded.sessions}
    window.undo_action.trigger()  # the copy comes back, rows and all
    assert len(loaded.walk(next(s for s in loaded.sessions if s.key == "ca-dialogue-1"))) == 7
    for _ in range(2):
        window.undo_action.trigger()
    assert [s.key for s in loaded.sessions] == ["ca-dialogue", "ca-roundtable", "reception",
                                                "uk-roundtable", "eu-meeting"]
    window.redo_action.trigger()
    assert "session-1" in {s.key for s in loaded.sessions}


def test_export_runs_off_the_gui_thread_and_reports(qtbot, settings: QSettings,  # noqa: ANN001
                                                     demo_path: Path, tmp_path: Path) -> None:
    import threading

    from ui.export_dialog import ExportChoice
    from ui.runner import TaskRunner

    folder = tmp_path / "out"
    interaction = HeadlessInteraction([ExportChoice(folder, "en", ("runsheet", "venue"))])
    win = MainWindow(settings, interaction, TaskRunner())
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    threads: list[str] = []
    import exports.bundle as bundle
    original = bundle.export_all

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        threads.append(threading.current_thread().name)
        return original(*args, **kwargs)

    win_module = __import__("ui.window_exchange", fromlist=["export_all"])
    win_module.export_all = spy
    try:
        win.export_action.trigger()
        assert not win.export_action.isEnabled()  # one export at a time
        qtbot.waitUntil(lambda: bool(interaction.said), timeout=30_000)
    finally:
        win_module.export_all = original
    assert threads and threads[0] != threading.main_thread().name
    assert interaction.said == [f"6 files written to {folder}"]
    assert sorted(p.name for p in folder.iterdir()) == [
        "runsheet-en-2026-07-01.pdf", "runsheet-en-2026-07-02.pdf", "runsheet-en-2026-07-03.pdf",
        "runsheet-en.pdf", "runsheet-en.xlsx", "venue-en.xlsx"]
    assert win.export_action.isEnabled()
    assert "Wrote 6 files" in win.statusBar().currentMessage()


def test_export_failure_is_said_and_the_window_carries_on(qtbot, settings: QSettings,  # noqa: ANN001
                                                          demo_path: Path, tmp_path: Path) -> None:
    from ui.export_dialog import ExportChoice
    from ui.runner import SyncRunner

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    interaction = HeadlessInteraction([ExportChoice(blocker, "ko", ("venue",))])
    win = MainWindow(settings, interaction, SyncRunner())
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.export_action.trigger()
    assert interaction.errors == [f"{blocker}: is a file, not a folder."]
    assert win.export_action.isEnabled()


def test_run_sheet_preview_shows_the_pdf(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from PySide6.QtPdf import QPdfDocument

    window.preview_action.trigger()
    preview = window.preview
    qtbot.addWidget(preview)
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.document.pageCount() == 1
    text = preview.document.getAllText(0).text()
    assert "한국-캐나다 정부 간 대화 (비공개)" in text and "09:08~09:28 ('20)" in text
    window.lang = "en"  # View ▸ Language English: the preview prints the English sheet
    window.preview_action.trigger()
    qtbot.addWidget(window.preview)
    english = window.preview.document.getAllText(0).text()
    assert "Korea-Canada government dialogue (closed)" in english


def test_korean_interface_and_language_setting(qtbot, settings: QSettings,  # noqa: ANN001
                                               demo_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import InterfaceLanguage

    language = InterfaceLanguage(QCoreApplication.instance())
    language.use("ko")
    try:
        win = MainWindow(settings, HeadlessInteraction(), language=language)
        qtbot.addWidget(win)
        assert win.open_path(demo_path)
        win.show()
        assert [m.title() for m in (win.file_menu, win.edit_menu, win.session_menu)] == \
            ["파일(&F)", "편집(&E)", "세션(&S)"]
        assert win.editor.model.headerData(0, Qt.Orientation.Horizontal) == "시간"
        edit_cell(qtbot, win, 0, COLUMN["duration"], "3")
        assert win.undo_action.text() == "실행 취소(&U) 소요 시간 3분으로 변경"
        assert win.findings_dock.windowTitle() == "점검 결과: 오류 2, 경고 0, 참고 4"  # gap closed
        english = next(a for a in win.language_menu.actions()
                       if a.data() == "en")
        english.trigger()
        assert settings.value("language") == "en"
        assert [m.title() for m in (win.file_menu, win.edit_menu, win.session_menu)] == \
            ["&File", "&Edit", "&Session"]
        assert win.undo_action.text().startswith("&Undo ")  # the edit keeps the name it was given
        assert win.undo_action.isEnabled()
        assert win.findings_dock.windowTitle() == "Findings: 2 errors, 0 warnings, 4 notes"
        assert win.navigator_model.item(0).child(0).text().startswith(
            "09:00~09:30 ◐ Korea-Canada government dialogue")
        assert win.editor.model.index(0, COLUMN["content"]).data() == \
            "○ Opening and introduction of participants"
    finally:
        language.use("en")


def test_room_capacity_edit_is_checked_at_once_and_undoable(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from ui.models.records import ROOM_COLUMNS

    model = window.rooms_model
    column = next(i for i, c in enumerate(ROOM_COLUMNS) if c.header == "Capacity")
    row = next(r for r in range(model.rowCount()) if model.record(r).key == "video-conf-2f")
    assert model.setData(model.index(row, column), "8")  # the dialogue has 9 people on site
    capacity = [f for f in window.opened.findings if f.code == "room.capacity"]
    assert {f.sessions for f in capacity} == {("ca-dialogue",), ("eu-meeting",)}
    assert not model.setData(model.index(row, column), "eight")
    assert "whole number" in window.statusBar().currentMessage()
    video = next(i for i, c in enumerate(ROOM_COLUMNS) if c.header == "Video link")
    studio = next(r for r in range(model.rowCount()) if model.record(r).key == "video-studio-2f")
    assert model.setData(model.index(studio, video), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert any(f.code == "room.video" for f in window.opened.findings)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert not any(f.code in ("room.video", "room.capacity") for f in window.opened.findings)


def test_interpreter_and_delegation_edits(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from ui.models.records import DELEGATION_COLUMNS, INTERPRETER_COLUMNS

    people = window.interpreters_model
    modes = next(i for i, c in enumerate(INTERPRETER_COLUMNS) if c.header == "Modes")
    assert not people.setData(people.index(0, modes), "consecutive, telepathy")
    assert "telepathy" in window.statusBar().currentMessage()
    assert people.setData(people.index(0, modes), "simultaneous")  # KO-EN 1 stops consecutive
    wrong_mode = [f for f in window.opened.findings if f.code == "interpreter.mode"]
    assert {f.sessions[0] for f in wrong_mode} == {"ca-dialogue", "eu-meeting"}
    editor = window.editor
    sides = editor.delegations_model
    assert sides.rowCount() == 2 and sides.index(0, 0).data() == "한국"
    remote = next(i for i, c in enumerate(DELEGATION_COLUMNS) if c.header == "By video")
    assert sides.setData(sides.index(0, remote), "2")  # the video conference room has video
    on_site = next(i for i, c in enumerate(DELEGATION_COLUMNS) if c.header == "On site")
    assert sides.setData(sides.index(1, on_site), "9")  # 4 + 9 = 13 > 12 seats
    assert any(f.code == "room.capacity" and f.sessions == ("ca-dialogue",)
               for f in window.opened.findings)
    editor.add_delegation()
    assert sides.rowCount() == 3
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert sides.rowCount() == 2 and sides.index(1, on_site).data() == "5"


def test_insert_a_marker_and_move_it_by_typing_its_time(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.editor.select_row(1)  # ○ 양국 대표 인사말, 09:03~09:08
    window.marker_action.trigger()
    assert contents(window)[2] == "○ 이석"
    assert time_column(window)[2] == "(09:08~)"
    assert time_column(window)[3] == "09:08~09:28 ('20)"  # a marker moves nothing
    edit_cell(qtbot, window, 2, COLUMN["start"], "09:15")
    assert time_column(window)[2] == "(09:15~)"
    assert not window.editor.model.flags(window.editor.model.index(2, COLUMN["duration"])) & \
        Qt.ItemFlag.ItemIsEditable
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert len(contents(window)) == 7


def test_drag_a_row_to_another_place(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """What the table view asks of the model when a row is dragged and dropped."""
    model = window.editor.model
    dragged = model.mimeData([model.index(6, 0)])  # ○ 기념사진 촬영 및 라운드테이블 이동
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))
    assert contents(window)[:2] == ["○ 기념사진 촬영 및 라운드테이블 이동", "○ 개회 및 참석자 소개"]
    assert time_column(window)[0] == "09:00~09:02 ('2)"
    # Dropped onto a row inside the block, it joins the block at that place.
    dragged = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, model.index(5, 0))
    assert contents(window)[3:6] == ["    . 한국 측 발언", "    - 기념사진 촬영 및 라운드테이블 이동",
                                     "    . 캐나다 측 발언"]
    assert window.undo_action.text() == "&Undo Move row"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert contents(window)[-1] == "○ 기념사진 촬영 및 라운드테이블 이동"


def test_availability_typed_in_the_interpreters_table(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    model = window.interpreters_model
    column = model.columnCount() - 2  # before the key, which is last
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Availability"
    assert model.index(0, column).data() == ("2026-07-01 08:00-18:00; 2026-07-02 08:00-18:00; "
                                             "2026-07-03 08:00-18:00")
    assert not model.setData(model.index(0, column), "July 1st, mornings")
    assert "2026-07-01 08:00-18:00" in window.statusBar().currentMessage()
    assert not model.setData(model.index(0, column), "2026-07-01 12:00-09:00")
    # KO-EN interpreter 1 can only come at 09:15 on the first day: both sessions flag it.
    assert model.setData(model.index(0, column), "2026-07-01 09:15-18:00; 2026-07-03 08:00-12:00")
    late = [f for f in window.opened.findings if f.code == "interpreter.unavailable"]
    assert [f.sessions for f in late] == [("ca-dialogue",)]
    window.undo_action.trigger()
    assert not [f for f in window.opened.findings if f.code == "interpreter.unavailable"]
    assert model.index(0, column).data().count("08:00-18:00") == 3


def test_views_out_of_sight_catch_up_when_shown(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Only the view in front redraws on every edit; the others are current when shown."""
    assert window.views.currentWidget() is window.editor
    assert not window.timeline.live and not window.staffing.pool_model.live
    dialogue = window.opened.loaded.sessions[0]
    before = window.timeline.block_rect(dialogue.id).height()
    drawn: list[int] = []
    redraw = window.timeline.redraw
    window.timeline.redraw = lambda: (drawn.append(1), redraw())[1]  # type: ignore[method-assign]
    window.editor.end.setText("10:00")  # 09:00-09:30 becomes 09:00-10:00, out of sight
    window.editor.end.editingFinished.emit()
    QApplication.processEvents()
    assert drawn == []  # nothing drawn for a view nobody sees
    window.show_view("timeline")
    assert window.timeline.live and drawn
    assert window.timeline.block_rect(dialogue.id).height() == pytest.approx(2 * before, rel=0.05)
    window.show_view("interpreters")
    assert window.staffing.pool_model.live and not window.staffing.pool_model.stale


def test_no_header_field_is_squeezed_at_laptop_size(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QDateTimeEdit, QLineEdit, QPlainTextEdit
    window.resize(1366, 768)
    tabs = window.editor.header_tabs
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        page = tabs.currentWidget()
        fields = [f for f in [*page.findChildren(QLineEdit), *page.findChildren(QPlainTextEdit)]
                  if f.isVisible() and not isinstance(f.parent(), QDateTimeEdit)]
        assert fields or tab == 2  # the delegations' page is a table
        for field in fields:  # a line edit its full height, a text box three lines at least
            wanted = field.sizeHint().height() * 0.9 if isinstance(field, QLineEdit) \
                else field.fontMetrics().lineSpacing() * 3
            assert field.height() >= wanted, (tab, type(field).__name__)


def test_a_closed_panel_comes_back_from_the_view_menu(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panels = window.panel_actions
    assert all(a.isEnabled() and a.isChecked() for a in panels.values())
    assert all(a in window.view_menu.actions() for a in panels.values())
    window.findings_dock.close()  # its title bar's ×
    window.programme_dock.close()
    assert not panels["findings"].isChecked() and not panels["programme"].isChecked()
    panels["findings"].trigger()
    assert window.findings_dock.isVisible() and panels["findings"].isChecked()
    panels["programme"].trigger()
    assert window.programme_dock.isVisible()
    panels["venue"].trigger()  # unticks: the rooms and interpreters panel closes
    assert not window.venue_dock.isVisible() and not panels["venue"].isChecked()
    panels["venue"].trigger()
    assert window.venue_dock.isVisible()  # in front of the findings it shares a place with
    window.close_event_file()
    assert not any(a.isEnabled() for a in panels.values())


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_agenda_header_shows_whole(qtbot, settings, demo_path: Path, lang: str) -> None:  # noqa: ANN001
    from ui.i18n import InterfaceLanguage

    language = InterfaceLanguage(QApplication.instance())
    language.use(lang)
    try:
        win = MainWindow(settings, HeadlessInteraction(), language=language)
        qtbot.addWidget(win)
        assert win.open_path(demo_path)
        win.resize(1366, 768)
        win.show()
        table, model = win.editor.table, win.editor.model
        metrics = table.horizontalHeader().fontMetrics()
        for column in range(model.columnCount()):
            text = model.headerData(column, Qt.Orientation.Horizontal)
            assert table.columnWidth(column) >= metrics.horizontalAdvance(text) + 12, text
    finally:
        language.use("en")


def test_a_cell_being_typed_in_is_kept_when_the_window_closes(qtbot, window: MainWindow,  # noqa: ANN001
                                                               demo_path: Path) -> None:
    table = window.editor.table
    table.setFocus()
    table.setCurrentIndex(window.editor.model.index(0, COLUMN["remarks"]))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = cell_editor(table)
    editor.selectAll()
    type_text(editor, qtbot, "typed, not yet entered")
    window.close()  # no Enter: closing the window keeps it, before the file is let go
    with EventDocument.open(demo_path) as doc:
        loaded = load_event(doc)
    remarks = [text for s in loaded.sessions for node in loaded.walk(s)
               for text in node.item.remarks.values()]
    assert "typed, not yet entered" in remarks
