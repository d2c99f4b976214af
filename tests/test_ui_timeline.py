"""The day timeline, used as a coordinator would: look at a day, drag blocks, zoom, undo."""

from __future__ import annotations

import datetime as dt
import html
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox

from tests.conftest import write_first_planned_demo
from db.document import EventDocument
from planner.vocabulary import Mode, Severity
from ui.context import OpenEvent
from ui.timeline import MARK_COLOURS, MODE_COLOURS, DayTimeline

JULY_1, JULY_2 = dt.date(2026, 7, 1), dt.date(2026, 7, 2)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_first_planned_demo(tmp_path_factory.mktemp("demo") / "demo.agenda")


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    """A fresh copy of the demo event for each test."""
    return Path(shutil.copy(demo_template, tmp_path / "demo.agenda"))


def open_timeline(qtbot, path: Path) -> Iterator[DayTimeline]:  # noqa: ANN001
    opened = OpenEvent(EventDocument.open(path))
    timeline = DayTimeline(opened)
    qtbot.addWidget(timeline)
    timeline.resize(1366, 768)
    timeline.show()
    qtbot.waitExposed(timeline)
    yield timeline
    opened.close()


@pytest.fixture
def timeline(qtbot, demo_path: Path) -> Iterator[DayTimeline]:  # noqa: ANN001
    yield from open_timeline(qtbot, demo_path)


def sid(timeline: DayTimeline, key: str) -> int:
    return next(s.id for s in timeline.opened.loaded.sessions if s.key == key)


def times(timeline: DayTimeline, key: str) -> tuple[str, str]:
    s = timeline.opened.loaded.session_by_id[sid(timeline, key)]
    return (f"{s.start_min // 60:02d}:{s.start_min % 60:02d}",
            f"{s.end_min // 60:02d}:{s.end_min % 60:02d}")


def on_screen(timeline: DayTimeline, scene_point: QPointF) -> QPoint:
    return timeline.view.mapFromScene(scene_point)


def drag(timeline: DayTimeline, start: QPointF, end: QPointF) -> None:
    """Press at a scene point, move there in a few steps as a hand does, and let go."""
    timeline.view.ensureVisible(QRectF(start, end).normalized(), 0, 0)
    port = timeline.view.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     on_screen(timeline, start))
    for step in range(1, 5):
        QTest.mouseMove(port, on_screen(timeline, start + (end - start) * (step / 4)))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       on_screen(timeline, end))


def pixel(timeline: DayTimeline, scene_point: QPointF) -> QColor:
    """The colour the user sees at a point of the scene, scrolled into view."""
    timeline.view.ensureVisible(QRectF(scene_point, scene_point).adjusted(-1, -1, 1, 1))
    image = timeline.view.viewport().grab().toImage()
    return image.pixelColor(on_screen(timeline, scene_point))


def inside_corner(rect: QRectF) -> QPointF:
    """A point near the bottom-right corner of a block, clear of its text and badge."""
    return rect.bottomRight() - QPointF(12, 8)


def test_a_day_shows_its_rooms_as_columns_and_sessions_as_blocks(timeline: DayTimeline) -> None:
    assert timeline.day == JULY_1
    assert timeline.day_box.currentText() == "'26.7.1.(수)"
    assert [timeline.day_box.itemText(i) for i in range(timeline.day_box.count())] == \
        ["'26.7.1.(수)", "'26.7.2.(목)", "'26.7.3.(금)"]
    loaded = timeline.opened.loaded
    # Every room of the event, the reception's too though it is free this day.
    assert [loaded.room_by_id[r].key for r in timeline.rooms] == \
        ["video-conf-2f", "video-studio-2f", "jandi-sarangbang-4f"]
    dialogue, roundtable = timeline.block(sid(timeline, "ca-dialogue")), \
        timeline.block(sid(timeline, "ca-roundtable"))
    assert dialogue is not None and roundtable is not None
    assert timeline.block(sid(timeline, "reception")) is None  # another day's session
    assert (dialogue.start, dialogue.end, roundtable.start, roundtable.end) == \
        (9 * 60, 9 * 60 + 30, 9 * 60 + 30, 11 * 60 + 30)
    d, r = timeline.block_rect(dialogue.session_id), timeline.block_rect(roundtable.session_id)
    assert d.right() < r.left()  # two columns, side by side
    assert d.bottom() == pytest.approx(r.top())  # 09:30 is where one ends and the other starts
    assert r.height() == pytest.approx(4 * d.height())  # two hours against thirty minutes
    assert "09:00~09:30" in dialogue.toolTip()


def test_choosing_a_day_shows_the_reception_in_its_own_colour(qtbot, timeline: DayTimeline) -> None:  # noqa: ANN001
    timeline.day_box.setFocus()
    qtbot.keyClick(timeline.day_box, Qt.Key.Key_Down)  # the next day, as with the keyboard
    assert timeline.day == JULY_2
    reception, uk = sid(timeline, "reception"), sid(timeline, "uk-roundtable")
    assert timeline.block(reception).mode == Mode.WHISPERED
    assert timeline.block(uk).mode == Mode.SIMULTANEOUS
    seen_reception = pixel(timeline, inside_corner(timeline.block_rect(reception)))
    seen_uk = pixel(timeline, inside_corner(timeline.block_rect(uk)))
    assert seen_reception == QColor(MODE_COLOURS[Mode.WHISPERED][0])
    assert seen_uk == QColor(MODE_COLOURS[Mode.SIMULTANEOUS][0])
    assert seen_reception != seen_uk


def test_interpreter_clash_marks_both_canada_blocks(timeline: DayTimeline) -> None:
    clash = next(f for f in timeline.opened.findings if f.code == "interpreter.double-booked")
    for key in ("ca-dialogue", "ca-roundtable"):
        block = timeline.block(sid(timeline, key))
        assert block.severity == Severity.ERROR and len(block.marked) == 1
        assert html.escape(clash.text("ko")) in block.toolTip()  # the clash, in Korean
        rect = timeline.block_rect(block.session_id)
        border = QPointF(rect.center().x(), rect.bottom() - 1.5)
        assert pixel(timeline, border).red() > 150 > pixel(timeline, border).green()
    timeline.show_day(JULY_2)
    assert timeline.block(sid(timeline, "reception")).severity == Severity.ERROR  # team size
    assert timeline.block(sid(timeline, "uk-roundtable")).severity is None
    assert MARK_COLOURS[Severity.ERROR] != MARK_COLOURS[Severity.WARNING]


def test_dragging_a_block_down_moves_the_session_in_one_undo_step(timeline: DayTimeline) -> None:
    timeline.show_day(JULY_2)
    uk = sid(timeline, "uk-roundtable")
    rect = timeline.block_rect(uk)
    half_hour = 30 * timeline.pixels_per_minute
    drag(timeline, rect.center(), rect.center() + QPointF(0, half_hour + 2))  # snaps to 5 min
    assert times(timeline, "uk-roundtable") == ("16:30", "18:30")
    assert timeline.block_rect(uk).top() == pytest.approx(rect.top() + half_hour)
    stack = timeline.opened.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Move session"
    stack.undo()
    assert times(timeline, "uk-roundtable") == ("16:00", "18:00")
    assert timeline.block_rect(uk) == rect


def test_dragging_a_session_takes_its_pinned_rows_along_in_the_same_step(
        timeline: DayTimeline) -> None:
    loaded, dialogue = timeline.opened.loaded, sid(timeline, "ca-dialogue")

    def greetings() -> int | None:  # the row pinned at 09:03 in the seed
        return next(n.item.start_min for n in loaded.walk(loaded.session_by_id[dialogue])
                    if n.item.title.get("ko") == "양국 대표 인사말")

    def shape() -> list[tuple[int, int, int, int, int]]:  # rows from the session's start
        s = loaded.session_by_id[dialogue]
        return [(r.start - s.start_min, r.end - s.start_min, r.gap, r.overlap, r.overrun)
                for r in loaded.cascade(s).rows]

    assert greetings() == 9 * 60 + 3
    before = shape()
    rect = timeline.block_rect(dialogue)
    drag(timeline, rect.center(), rect.center() + QPointF(0, 60 * timeline.pixels_per_minute))
    assert times(timeline, "ca-dialogue") == ("10:00", "10:30")
    assert greetings() == 10 * 60 + 3
    assert shape() == before  # no row left behind at the old time
    stack = timeline.opened.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert times(timeline, "ca-dialogue") == ("09:00", "09:30")
    assert greetings() == 9 * 60 + 3


def test_dragging_the_bottom_edge_shortens_the_session(timeline: DayTimeline) -> None:
    timeline.show_day(JULY_2)
    uk = sid(timeline, "uk-roundtable")
    rect = timeline.block_rect(uk)
    edge = QPointF(rect.center().x(), rect.bottom() - 2)
    drag(timeline, edge, edge - QPointF(0, 45 * timeline.pixels_per_minute))
    assert times(timeline, "uk-roundtable") == ("16:00", "17:15")
    assert timeline.opened.undo_stack.undoText() == "Resize session"
    # Pushing the edge above the start stops at five minutes.
    rect = timeline.block_rect(uk)
    edge = QPointF(rect.center().x(), rect.bottom() - 2)
    drag(timeline, edge, edge - QPointF(0, 3 * rect.height()))
    assert times(timeline, "uk-roundtable") == ("16:00", "16:05")


def test_dragging_to_the_other_column_changes_the_room(timeline: DayTimeline) -> None:
    timeline.show_day(JULY_2)
    loaded = timeline.opened.loaded
    uk, reception = sid(timeline, "uk-roundtable"), sid(timeline, "reception")
    rect = timeline.block_rect(uk)
    target = QPointF(timeline.block_rect(reception).center().x(), rect.center().y())
    drag(timeline, rect.center(), target)
    moved = loaded.session_by_id[uk]
    assert loaded.room_by_id[moved.room_id].key == "jandi-sarangbang-4f"
    assert times(timeline, "uk-roundtable") == ("16:00", "18:00")
    assert timeline.block(uk).column == timeline.block(reception).column
    timeline.opened.undo_stack.undo()
    assert loaded.room_by_id[loaded.session_by_id[uk].room_id].key == "video-studio-2f"
    assert len(timeline.rooms) == 3


def test_a_session_can_be_dragged_into_a_room_free_all_day(timeline: DayTimeline) -> None:
    loaded = timeline.opened.loaded
    jandi = next(r.id for r in loaded.rooms if r.key == "jandi-sarangbang-4f")
    assert not any(s.room_id == jandi for s in loaded.sessions if s.date == JULY_1)
    column = timeline.rooms.index(jandi)
    roundtable = sid(timeline, "ca-roundtable")
    rect = timeline.block_rect(roundtable)
    target = QPointF(timeline.places.x(column) + timeline.places.column_w / 2, rect.center().y())
    drag(timeline, rect.center(), target)
    assert loaded.session_by_id[roundtable].room_id == jandi
    assert times(timeline, "ca-roundtable") == ("09:30", "11:30")
    assert timeline.block(roundtable).column == column
    assert timeline.opened.undo_stack.count() == 1


def test_move_session_keeps_the_length_in_one_undo_step(timeline: DayTimeline) -> None:
    loaded, uk = timeline.opened.loaded, sid(timeline, "uk-roundtable")
    jandi = next(r.id for r in loaded.rooms if r.key == "jandi-sarangbang-4f")
    assert timeline.move_session(uk, 14 * 60, jandi)
    assert times(timeline, "uk-roundtable") == ("14:00", "16:00")
    assert loaded.session_by_id[uk].room_id == jandi
    assert timeline.opened.undo_stack.count() == 1
    assert not timeline.move_session(uk, 14 * 60, jandi)  # nothing to change: no undo step
    assert timeline.opened.undo_stack.count() == 1


def test_sessions_overlapping_in_one_room_stay_side_by_side(timeline: DayTimeline) -> None:
    dialogue, roundtable = sid(timeline, "ca-dialogue"), sid(timeline, "ca-roundtable")
    rect = timeline.block_rect(roundtable)
    target = QPointF(timeline.block_rect(dialogue).center().x(),
                     rect.center().y() - 15 * timeline.pixels_per_minute)
    drag(timeline, rect.center(), target)
    assert times(timeline, "ca-roundtable") == ("09:15", "11:15")
    assert timeline.opened.loaded.session_by_id[roundtable].room_id == \
        timeline.opened.loaded.session_by_id[dialogue].room_id
    a, b = timeline.block_rect(dialogue), timeline.block_rect(roundtable)
    assert a.width() > 50 and b.width() > 50 and not a.intersects(b)
    assert any(f.code == "room.double-booked" for f in timeline.opened.findings)
    assert timeline.block(roundtable).severity == Severity.ERROR


def test_a_click_activates_the_session_without_an_edit(qtbot, timeline: DayTimeline) -> None:  # noqa: ANN001
    dialogue = sid(timeline, "ca-dialogue")
    with qtbot.waitSignal(timeline.session_activated) as activated:
        QTest.mouseClick(timeline.view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier,
                         on_screen(timeline, timeline.block_rect(dialogue).center()))
    assert activated.args == [dialogue]
    assert timeline.opened.undo_stack.count() == 0


def test_a_refused_edit_snaps_the_block_back(qtbot, timeline: DayTimeline,  # noqa: ANN001
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from db import edits

    def refuse(*args: object, **changes: object) -> dict[str, object]:
        raise edits.EditError("the room is being changed by someone else")

    timeline.show_day(JULY_2)
    uk = sid(timeline, "uk-roundtable")
    rect = timeline.block_rect(uk)
    monkeypatch.setattr(edits, "set_session_fields", refuse)
    with qtbot.waitSignal(timeline.opened.edit_refused):
        drag(timeline, rect.center(), rect.center() + QPointF(0, 60))
    assert timeline.block_rect(uk) == rect
    assert times(timeline, "uk-roundtable") == ("16:00", "18:00")


def test_zoom_changes_the_scale(qtbot, timeline: DayTimeline) -> None:  # noqa: ANN001
    dialogue = sid(timeline, "ca-dialogue")
    scale, height = timeline.pixels_per_minute, timeline.block_rect(dialogue).height()
    qtbot.mouseClick(timeline.zoom_in_button, Qt.MouseButton.LeftButton)
    assert timeline.pixels_per_minute > scale
    assert timeline.block_rect(dialogue).height() == pytest.approx(
        height * timeline.pixels_per_minute / scale)
    timeline.view.setFocus()
    qtbot.keyClick(timeline.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert timeline.pixels_per_minute == pytest.approx(scale)
    port = timeline.view.viewport()
    wheel = QWheelEvent(QPointF(port.rect().center()), QPointF(port.mapToGlobal(
        port.rect().center())), QPoint(), QPoint(0, -120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(port, wheel)
    assert timeline.pixels_per_minute < scale
    for _ in range(20):
        timeline.zoom_out()
    assert not timeline.zoom_out_button.isEnabled()
    assert timeline.block_rect(dialogue).height() > 0


def test_a_read_only_file_cannot_be_dragged(qtbot, demo_path: Path) -> None:  # noqa: ANN001
    demo_path.chmod(0o444)
    for timeline in open_timeline(qtbot, demo_path):
        assert timeline.opened.read_only
        timeline.show_day(JULY_2)
        uk = sid(timeline, "uk-roundtable")
        rect = timeline.block_rect(uk)
        with qtbot.waitSignal(timeline.session_activated):  # a look is still a click
            drag(timeline, rect.center(), rect.center() + QPointF(0, 60))
        assert timeline.block_rect(uk) == rect
        assert times(timeline, "uk-roundtable") == ("16:00", "18:00")
        assert timeline.opened.undo_stack.count() == 0


def test_edits_made_elsewhere_redraw_the_day(qtbot, timeline: DayTimeline) -> None:  # noqa: ANN001
    from ui import commands

    opened, dialogue = timeline.opened, sid(timeline, "ca-dialogue")
    before = timeline.block_rect(dialogue)
    opened.push(commands.SetSessionFields(opened, dialogue, "Edit", start_min=10 * 60,
                                          end_min=10 * 60 + 30))
    qtbot.waitUntil(lambda: timeline.block_rect(dialogue).top() > before.top())
    assert timeline.block_rect(dialogue).top() == pytest.approx(
        before.top() + 60 * timeline.pixels_per_minute)
    eu = sid(timeline, "eu-meeting")
    opened.push(commands.SetSessionFields(opened, eu, "Edit", room_id=None))
    timeline.reveal(eu)
    assert timeline.day == dt.date(2026, 7, 3) and timeline.day_box.currentText() == \
        "'26.7.3.(금)"
    assert timeline.rooms[-1] is None  # the "room to be decided" column, after the rooms
    assert len(timeline.rooms) == len(opened.loaded.rooms) + 1
    assert timeline.view.viewport().rect().intersects(
        timeline.view.mapFromScene(timeline.block_rect(eu)).boundingRect())


def test_renders_the_first_day_at_laptop_size(timeline: DayTimeline, tmp_path: Path) -> None:
    out = tmp_path / "timeline.png"
    assert timeline.grab().save(str(out))
    image = timeline.grab().toImage()
    assert (image.width(), image.height()) == (1366, 768)
    assert out.stat().st_size > 10_000


def test_the_blocks_follow_the_language_of_the_event_texts(timeline: DayTimeline) -> None:
    dialogue = timeline.block(sid(timeline, "ca-dialogue"))
    assert dialogue is not None and dialogue.title == "한국-캐나다 정부 간 대화 (비공개)"
    assert "순차통역" in dialogue.how
    timeline.set_language("en")
    dialogue = timeline.block(sid(timeline, "ca-dialogue"))
    assert dialogue is not None
    assert dialogue.title == "Korea-Canada government dialogue (closed)"
    assert dialogue.how == "Korean-English consecutive interpretation"
    assert timeline.day_box.currentText() == "Wed 1 July 2026"
    timeline.set_language("ko")
    assert timeline.day_box.currentText() == "'26.7.1.(수)"


def test_a_tall_block_writes_its_findings_in_the_interface_language(
        timeline: DayTimeline, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.timeline import scene
    drawn: list[str] = []
    fit = scene._fit_text

    def record(painter, rect, text, always=False):  # noqa: ANN001, ANN202 - the painter's own
        drawn.append(text)
        return fit(painter, rect, text, always)

    monkeypatch.setattr(scene, "_fit_text", record)
    clash = next(f for f in timeline.opened.findings if f.code == "interpreter.double-booked")
    timeline.set_language("en")
    timeline.grab()
    assert any(f"! {clash.text('en')}" in text for text in drawn)
    assert not any(clash.text("ko") in text for text in drawn)


def test_the_day_list_is_wide_enough_for_its_longest_day(timeline: DayTimeline) -> None:
    timeline.set_language("en")
    QApplication.processEvents()  # the layout gives the box its new width
    box = timeline.day_box
    longest = max(box.fontMetrics().horizontalAdvance(box.itemText(i))
                  for i in range(box.count()))
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                       QStyle.SubControl.SC_ComboBoxEditField, box)
    assert field.width() >= longest  # the text field, without the arrow, holds it
