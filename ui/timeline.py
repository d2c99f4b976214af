"""The day timeline: rooms as columns, time going down, sessions as blocks to drag and stretch.

A coordinator sees a whole day at once, with each session coloured by how it is
interpreted and marked where the rules found a problem. Dragging a block moves the
session in time or to another room; dragging its bottom edge changes its length. Each
gesture becomes one undoable command when the mouse is released.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (QColor, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QPen,
                           QResizeEvent, QShortcut, QWheelEvent)
from PySide6.QtWidgets import (QApplication, QComboBox, QGraphicsItem, QGraphicsScene,
                               QGraphicsView, QHBoxLayout, QLabel, QStyleOptionGraphicsItem,
                               QToolButton, QVBoxLayout, QWidget)

from db.models import Session
from exports.labels import format_date, label
from planner.rules import Finding
from planner.vocabulary import MODE_LABELS, Mode, Severity
from ui import commands
from ui.context import OpenEvent

MODE_COLOURS: dict[Mode, tuple[str, str]] = {
    Mode.SIMULTANEOUS: ("#d5e3f3", "#3d6fa8"),
    Mode.REMOTE_SIMULTANEOUS: ("#dcd8f0", "#6657a8"),
    Mode.CONSECUTIVE: ("#d6ecdb", "#3e8a57"),
    Mode.WHISPERED: ("#f4e4c8", "#a8772a"),
    Mode.SIGHT: ("#eed8ea", "#92508b"),
    Mode.NONE: ("#e6e6e2", "#7d7d76"),
}
"""Fill and accent of a block, by how the session is interpreted."""
MARK_COLOURS = {Severity.ERROR: QColor("#c62828"), Severity.WARNING: QColor("#e67e00")}
"""The border and badge of a block whose session has errors, or warnings only."""

SNAP_MIN = 5
EDGE_PX = 6.0
AXIS_W, HEADER_H, PAD = 58.0, 56.0, 4.0
MIN_COLUMN_W = 150.0
ZOOM_STEP, MIN_PPM, MAX_PPM, DEFAULT_PPM = 1.25, 0.5, 8.0, 2.0
DAY_END = 24 * 60


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _mode(value: str) -> Mode:
    try:
        return Mode(value)
    except ValueError:
        return Mode.NONE


@dataclass
class _Places:
    """Where minutes and rooms fall in the scene for the day shown."""

    first_min: int
    ppm: float
    """Pixels per minute: the zoom."""
    column_w: float
    rooms: list[int | None]
    """The room of each column; None is the column of sessions without a room."""

    def y(self, minute: float) -> float:
        return HEADER_H + (minute - self.first_min) * self.ppm

    def x(self, column: int) -> float:
        return AXIS_W + column * self.column_w

    def column_at(self, x: float) -> int:
        return min(max(int((x - AXIS_W) // self.column_w), 0), max(len(self.rooms) - 1, 0))

    def block_rect(self, column: int, start: int, end: int, lane: int = 0,
                   lanes: int = 1) -> QRectF:
        width = (self.column_w - 2 * PAD) / lanes
        return QRectF(self.x(column) + PAD + lane * width, self.y(start), width,
                      max((end - start) * self.ppm, 2.0))


def _lanes(sessions: list[Session]) -> dict[int, tuple[int, int]]:
    """Side-by-side places for sessions overlapping in one room: (lane, lanes in the group)."""
    out: dict[int, tuple[int, int]] = {}
    group: list[tuple[int, int]] = []
    ends: list[int] = []
    group_end = -1
    for s in sorted(sessions, key=lambda s: (s.start_min, s.end_min, s.key)):
        if group and s.start_min >= group_end:
            out.update({sid: (lane, len(ends)) for sid, lane in group})
            group, ends = [], []
        lane = next((i for i, end in enumerate(ends) if end <= s.start_min), len(ends))
        ends[lane:lane + 1] = [s.end_min]
        group.append((s.id or 0, lane))
        group_end = max(group_end, s.end_min)
    out.update({sid: (lane, len(ends)) for sid, lane in group})
    return out


class SessionBlock(QGraphicsItem):
    """One session as a block: title, time and mode, marked when the rules found problems."""

    def __init__(self, session: Session, column: int, found: list[Finding]) -> None:
        super().__init__()
        self.session_id = session.id or 0
        self.column, self.start, self.end = column, session.start_min, session.end_min
        self.title = session.title.get("ko") or session.title.get("en", "")
        self.mode = _mode(session.interpretation_mode)
        self.marked = [f for f in found if f.severity in MARK_COLOURS]
        """The findings the block's mark counts: errors and warnings."""
        self.severity: Severity | None = (
            Severity.ERROR if any(f.severity == Severity.ERROR for f in found)
            else Severity.WARNING if self.marked else None)
        self.rect = QRectF()
        lines = [f"<b>{html.escape(self.title)}</b>",
                 f"{_hhmm(self.start)}~{_hhmm(self.end)} · {MODE_LABELS[self.mode]['ko']}"]
        lines += [f"• {html.escape(f.text('ko'))}" for f in found]
        self.setToolTip("<br>".join(lines))

    def place(self, rect: QRectF, start: int | None = None, end: int | None = None) -> None:
        """Put the block at this rectangle, showing these times (while it is dragged)."""
        self.prepareGeometryChange()
        self.rect = rect
        self.start = self.start if start is None else start
        self.end = self.end if end is None else end
        self.update()

    def on_bottom_edge(self, point: QPointF) -> bool:
        return self.rect.contains(point) and \
            point.y() >= self.rect.bottom() - min(EDGE_PX, self.rect.height() / 3)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        fill, accent = (QColor(c) for c in MODE_COLOURS[self.mode])
        mark = MARK_COLOURS.get(self.severity) if self.severity else None
        r = self.rect.adjusted(1, 1, -1, -1)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(mark, 2.5) if mark else QPen(accent.lighter(130), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(r, 4, 4)
        painter.setClipRect(r.adjusted(1, 1, -1, -1))
        painter.fillRect(QRectF(r.left() + 2, r.top() + 2, 4, r.height() - 4), accent)
        font = painter.font()
        badge_w = 0.0
        if mark:
            font.setBold(True)
            painter.setFont(font)
            text = f"! {len(self.marked)}"
            badge_w = painter.fontMetrics().horizontalAdvance(text) + 12
            badge = QRectF(r.right() - badge_w - 3, r.top() + 3, badge_w,
                           painter.fontMetrics().height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
            painter.drawRoundedRect(badge, 7, 7)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        text_r = r.adjusted(11, 3, -5, -2)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1f2328"))
        wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        title_r = text_r.adjusted(0, 0, -badge_w - 4, 0)
        used = painter.boundingRect(title_r, wrap, self.title)
        painter.drawText(title_r, wrap, self.title)
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * 0.92)
        painter.setFont(font)
        painter.setPen(QColor("#474d55"))
        painter.drawText(text_r.adjusted(0, used.height() + 1, 0, 0), wrap,
                         f"{_hhmm(self.start)}~{_hhmm(self.end)} · {MODE_LABELS[self.mode]['ko']}")


class _Backdrop(QGraphicsItem):
    """What lies behind the blocks, or in front of them when pinned: grid, header or time axis."""

    def __init__(self, part: str, rect: QRectF, places: _Places, headings: list[tuple[str, str]],
                 last_min: int) -> None:
        super().__init__()
        self.part, self.rect, self.places = part, rect, places
        self.headings, self.last_min = headings, last_min

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        p, line = self.places, QColor("#c9ced6")
        hours = range(p.first_min, self.last_min + 1, 60)
        if self.part == "grid":
            for i in range(len(p.rooms)):
                shade = QColor("#fafbfc" if i % 2 else "#ffffff")
                painter.fillRect(QRectF(p.x(i), HEADER_H, p.column_w, self.rect.height()), shade)
            if p.ppm * 30 >= 20:
                painter.setPen(QPen(QColor("#e8ebef"), 1, Qt.PenStyle.DashLine))
                for m in hours:
                    painter.drawLine(QPointF(AXIS_W, p.y(m + 30)),
                                     QPointF(self.rect.right(), p.y(m + 30)))
            painter.setPen(QPen(line, 1))
            for m in hours:
                painter.drawLine(QPointF(AXIS_W, p.y(m)), QPointF(self.rect.right(), p.y(m)))
            for i in range(len(p.rooms) + 1):
                painter.drawLine(QPointF(p.x(i), HEADER_H), QPointF(p.x(i), self.rect.bottom()))
            return
        painter.fillRect(self.rect, QColor("#f3f5f8"))
        painter.setPen(QPen(line, 1))
        if self.part == "axis":
            painter.drawLine(self.rect.topRight(), self.rect.bottomRight())
            painter.setPen(QColor("#555b63"))
            for m in hours:
                painter.drawText(QRectF(0, p.y(m) + 2, AXIS_W - 8, 18),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 _hhmm(m))
            return
        painter.drawLine(self.rect.bottomLeft(), self.rect.bottomRight())
        if self.part == "corner":
            painter.drawLine(self.rect.topRight(), self.rect.bottomRight())
            return
        font = painter.font()
        for i, (name, floor) in enumerate(self.headings):
            cell = QRectF(p.x(i) + 8, 5, p.column_w - 16, HEADER_H - 9)
            painter.setPen(QPen(line, 1))
            painter.drawLine(QPointF(p.x(i), 0), QPointF(p.x(i), HEADER_H))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#1f2328"))
            fm = painter.fontMetrics()
            painter.drawText(QRectF(cell.left(), cell.top(), cell.width(), fm.height() * 2 + 1),
                             Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, name)
            font.setBold(False)
            painter.setFont(font)
            painter.setPen(QColor("#5b626b"))
            painter.drawText(cell, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             floor)


@dataclass
class _Drag:
    """A gesture on a block, from press to release."""

    block: SessionBlock
    resizing: bool
    origin: QPointF
    moved: bool = False
    start: int = 0
    end: int = 0
    column: int = 0


class _DayView(QGraphicsView):
    """The scene's view: hands mouse gestures on blocks and Ctrl+wheel to the timeline."""

    def __init__(self, timeline: DayTimeline) -> None:
        super().__init__(timeline.canvas, timeline)
        self.timeline = timeline
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.viewport().setMouseTracking(True)

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        if not self.timeline._press(e):
            super().mousePressEvent(e)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        if not self.timeline._move(e):
            super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        if not self.timeline._release(e):
            super().mouseReleaseEvent(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802
        if e.key() == Qt.Key.Key_Escape and self.timeline._drag is not None:
            self.timeline._drag = None
            self.timeline._redraw()
        else:
            super().keyPressEvent(e)

    def wheelEvent(self, e: QWheelEvent) -> None:  # noqa: N802
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier and e.angleDelta().y():
            (self.timeline.zoom_in if e.angleDelta().y() > 0 else self.timeline.zoom_out)()
            e.accept()
        else:
            super().wheelEvent(e)

    def resizeEvent(self, e: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(e)
        if self.timeline._drag is None:
            self.timeline._redraw()  # columns share the new width


class DayTimeline(QWidget):
    """One day of the programme across its rooms; drag blocks to reschedule sessions."""

    session_activated = Signal(int)
    """A session id: the user clicked its block."""

    def __init__(self, opened: OpenEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.pixels_per_minute = DEFAULT_PPM
        days = opened.loaded.days
        self._day: dt.date | None = days[0] if days else None
        self._blocks: dict[int, SessionBlock] = {}
        self._places = _Places(9 * 60, DEFAULT_PPM, MIN_COLUMN_W, [])
        self._pinned: list[_Backdrop] = []
        self._drag: _Drag | None = None
        self._dirty = False

        self.day_box = QComboBox()
        self.day_box.activated.connect(
            lambda i: self.show_day(dt.date.fromisoformat(self.day_box.itemData(i))))
        self.zoom_out_button, self.zoom_in_button = QToolButton(), QToolButton()
        for button, text, tip, slot in ((self.zoom_out_button, "−", self.tr("Zoom out"),
                                         self.zoom_out),
                                        (self.zoom_in_button, "+", self.tr("Zoom in"),
                                         self.zoom_in)):
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
        legend = [f"<span style='background:{MODE_COLOURS[m][0]}; color:{MODE_COLOURS[m][1]};'>"
                  f"&nbsp;■&nbsp;</span>&nbsp;{MODE_LABELS[m]['ko']}"
                  for m in (Mode.SIMULTANEOUS, Mode.CONSECUTIVE, Mode.WHISPERED, Mode.SIGHT,
                            Mode.NONE)]
        legend += [f"<span style='color:{MARK_COLOURS[sev].name()};'><b>!</b></span>&nbsp;{word}"
                   for sev, word in ((Severity.ERROR, "오류"), (Severity.WARNING, "경고"))]
        self.legend = QLabel("&nbsp;&nbsp;&nbsp;".join(legend))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Day")))
        bar.addWidget(self.day_box)
        bar.addSpacing(12)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addStretch(1)
        bar.addWidget(self.legend)

        self.canvas = QGraphicsScene(self)
        self.view = _DayView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        for key, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                          (QKeySequence.StandardKey.ZoomOut, self.zoom_out)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.view.verticalScrollBar().valueChanged.connect(self._pin_headers)
        self.view.horizontalScrollBar().valueChanged.connect(self._pin_headers)
        opened.sessions_changed.connect(self._schedule_redraw)
        opened.findings_changed.connect(self._schedule_redraw)
        self._redraw()

    # -- public --------------------------------------------------------------------------

    @property
    def day(self) -> dt.date | None:
        return self._day

    @property
    def rooms(self) -> list[int | None]:
        """The room id of each column shown, left to right; None: sessions without a room."""
        self._flush()
        return list(self._places.rooms)

    def show_day(self, day: dt.date) -> None:
        """Show the sessions of this day."""
        self._day = day
        self._redraw()

    def block(self, session_id: int) -> SessionBlock | None:
        """The block of a session on the day shown, or None."""
        self._flush()
        return self._blocks.get(session_id)

    def block_rect(self, session_id: int) -> QRectF:
        """Where a session's block is, in scene coordinates; empty if not on the day shown."""
        found = self.block(session_id)
        return QRectF(found.rect) if found else QRectF()

    def zoom_in(self) -> None:
        self._zoom(self.pixels_per_minute * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self.pixels_per_minute / ZOOM_STEP)

    # -- drawing -------------------------------------------------------------------------

    def _zoom(self, ppm: float) -> None:
        ppm = min(max(ppm, MIN_PPM), MAX_PPM)
        if ppm == self.pixels_per_minute:
            return
        middle = self.view.mapToScene(self.view.viewport().rect().center())
        minute = self._places.first_min + (middle.y() - HEADER_H) / self._places.ppm
        self.pixels_per_minute = ppm
        self._redraw()
        self.view.centerOn(middle.x(), self._places.y(minute))

    def _schedule_redraw(self, *_: object) -> None:
        if not self._dirty:
            self._dirty = True  # sessions_changed and findings_changed come in pairs: draw once
            QTimer.singleShot(0, self._flush)

    def _flush(self) -> None:
        if self._dirty and self._drag is None:
            self._redraw()

    def _redraw(self) -> None:
        self._dirty = False
        loaded = self.opened.loaded
        days = loaded.days
        if days and self._day not in days:
            self._day = next((d for d in days if self._day and d >= self._day), days[-1])
        if [self.day_box.itemData(i) for i in range(self.day_box.count())] != \
                [d.isoformat() for d in days]:
            self.day_box.clear()
            for d in days:
                self.day_box.addItem(format_date(d, "ko"), d.isoformat())
        self.day_box.setCurrentIndex(days.index(self._day) if self._day in days else -1)
        self.zoom_in_button.setEnabled(self.pixels_per_minute < MAX_PPM)
        self.zoom_out_button.setEnabled(self.pixels_per_minute > MIN_PPM)

        sessions = [s for s in loaded.sessions if s.date == self._day]
        used = {s.room_id for s in sessions}
        rooms: list[int | None] = [r.id for r in loaded.rooms if r.id in used]
        rooms += [None] if None in used else []
        first = min((s.start_min for s in sessions), default=9 * 60) // 60 * 60
        last = -(-max((s.end_min for s in sessions), default=18 * 60) // 60) * 60
        port = self.view.viewport()
        ppm = self.pixels_per_minute
        column_w = max(MIN_COLUMN_W, (port.width() - AXIS_W) / max(len(rooms), 1))
        places = self._places = _Places(first, ppm, column_w, rooms)
        width = AXIS_W + column_w * max(len(rooms), 1)
        height = max(HEADER_H + (last - first) * ppm + 1, port.height())
        last = min(DAY_END, first + int((height - HEADER_H) / ppm))

        self.canvas.clear()
        self._blocks = {}
        self.canvas.addItem(_Backdrop("grid", QRectF(0, 0, width, height), places, [], last))
        by_key: dict[str, list[Finding]] = {}
        for f in self.opened.findings:
            for key in f.sessions:
                by_key.setdefault(key, []).append(f)
        for column, room_id in enumerate(rooms):
            here = [s for s in sessions if s.room_id == room_id]
            lanes_of = _lanes(here)
            for s in here:
                lane, lanes = lanes_of[s.id or 0]
                block = SessionBlock(s, column, by_key.get(s.key, []))
                block.place(places.block_rect(column, s.start_min, s.end_min, lane, lanes))
                self.canvas.addItem(block)
                self._blocks[block.session_id] = block
        headings = []
        for room_id in rooms:
            room = loaded.room_by_id.get(room_id) if room_id is not None else None
            headings.append((room.name.get("ko") or room.name.get("en", ""), room.floor)
                            if room else (label("no_room", "ko"), ""))
        self._pinned = [_Backdrop("header", QRectF(0, 0, width, HEADER_H), places, headings, last),
                        _Backdrop("axis", QRectF(0, 0, AXIS_W, height), places, [], last),
                        _Backdrop("corner", QRectF(0, 0, AXIS_W, HEADER_H), places, [], last)]
        for z, item in enumerate(self._pinned):
            item.setZValue(10 + z)
            self.canvas.addItem(item)
        if not sessions:
            note = self.canvas.addText(self.tr("No sessions on this day"))
            note.setPos(AXIS_W + 16, HEADER_H + 16)
        self.canvas.setSceneRect(0, 0, width, height)
        self._pin_headers()

    def _pin_headers(self) -> None:
        """Keep the room names on top and the hours on the left while the day scrolls."""
        if len(self._pinned) == 3:
            corner = self.view.mapToScene(0, 0)
            header, axis, pinned = self._pinned
            header.setY(max(0.0, corner.y()))
            axis.setX(max(0.0, corner.x()))
            pinned.setPos(max(0.0, corner.x()), max(0.0, corner.y()))

    # -- gestures ------------------------------------------------------------------------

    def _block_at(self, pos: QPointF) -> SessionBlock | None:
        if pos.x() < AXIS_W or pos.y() < HEADER_H:  # the pinned header and hours cover it
            return None
        return next((i for i in self.view.items(pos.toPoint()) if isinstance(i, SessionBlock)),
                    None)

    def _press(self, e: QMouseEvent) -> bool:
        block = self._block_at(e.position())
        if e.button() != Qt.MouseButton.LeftButton or block is None:
            return False
        at = self.view.mapToScene(e.position().toPoint())
        self._drag = _Drag(block, block.on_bottom_edge(at), at, start=block.start, end=block.end,
                           column=block.column)
        return True

    def _move(self, e: QMouseEvent) -> bool:
        at = self.view.mapToScene(e.position().toPoint())
        d = self._drag
        if d is None:
            hovered = self._block_at(e.position())
            shape = Qt.CursorShape.ArrowCursor if hovered is None else \
                Qt.CursorShape.PointingHandCursor if self.opened.read_only else \
                Qt.CursorShape.SizeVerCursor if hovered.on_bottom_edge(at) else \
                Qt.CursorShape.OpenHandCursor
            self.view.viewport().setCursor(shape)
            return False
        if not d.moved:
            if self.opened.read_only or \
                    (at - d.origin).manhattanLength() < QApplication.startDragDistance():
                return True
            d.moved = True
            d.block.setZValue(5)
            d.block.setOpacity(0.85)
            self.view.viewport().setCursor(Qt.CursorShape.SizeVerCursor if d.resizing
                                           else Qt.CursorShape.ClosedHandCursor)
        s = self.opened.loaded.session_by_id.get(d.block.session_id)
        if s is None:
            return True
        steps = round((at.y() - d.origin.y()) / self._places.ppm / SNAP_MIN) * SNAP_MIN
        if d.resizing:
            d.start, d.end = s.start_min, min(max(s.end_min + steps, s.start_min + SNAP_MIN),
                                              DAY_END)
        else:
            length = s.end_min - s.start_min
            d.start = min(max(s.start_min + steps, 0), DAY_END - length)
            d.end, d.column = d.start + length, self._places.column_at(at.x())
        d.block.place(self._places.block_rect(d.column, d.start, d.end), d.start, d.end)
        return True

    def _release(self, e: QMouseEvent) -> bool:
        d = self._drag
        if d is None or e.button() != Qt.MouseButton.LeftButton:
            return False
        self._drag = None
        self.view.viewport().unsetCursor()
        s = self.opened.loaded.session_by_id.get(d.block.session_id)
        if not d.moved or s is None:
            self.session_activated.emit(d.block.session_id)
            self._flush()
            return True
        wanted = {"start_min": d.start, "end_min": d.end, "room_id": self._places.rooms[d.column]}
        changes = {k: v for k, v in wanted.items() if getattr(s, k) != v}
        text = self.tr("Resize session") if d.resizing else self.tr("Move session")
        if not changes or not self.opened.push(
                commands.SetSessionFields(self.opened, s.id or 0, text, **changes)):
            self._redraw()  # back where it was
        else:
            self._flush()
        return True
