"""The timeline widget: the day's view with dragging and zoom, and the bar above it."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exports.labels import format_date, label, pick
from planner.rules import Finding
from planner.vocabulary import Mode, Severity
from ui import commands
from ui.context import OpenEvent
from ui.edit_names import translate
from ui.no_sessions import NoSessionsHint
from ui.timeline.scene import (
    AXIS_W,
    DAY_END,
    DEFAULT_PPM,
    HEADER_H,
    MARK_COLOURS,
    MAX_PPM,
    MIN_COLUMN_W,
    MIN_PPM,
    MODE_COLOURS,
    SNAP_MIN,
    ZOOM_STEP,
    SessionBlock,
    _Backdrop,
    _lanes,
    _Places,
)

LEGEND = ((Mode.SIMULTANEOUS, QT_TRANSLATE_NOOP("DayTimeline", "Simultaneous")),
          (Mode.CONSECUTIVE, QT_TRANSLATE_NOOP("DayTimeline", "Consecutive")),
          (Mode.WHISPERED, QT_TRANSLATE_NOOP("DayTimeline", "Whispered")),
          (Mode.SIGHT, QT_TRANSLATE_NOOP("DayTimeline", "Sight translation")),
          (Mode.NONE, QT_TRANSLATE_NOOP("DayTimeline", "No interpretation")))
"""The colours the legend explains, with their names in English (shown translated)."""
LEGEND_MARKS = ((Severity.ERROR, QT_TRANSLATE_NOOP("DayTimeline", "Error")),
                (Severity.WARNING, QT_TRANSLATE_NOOP("DayTimeline", "Warning")))


def _legend_word(name: str) -> str:
    return html.escape(QCoreApplication.translate("DayTimeline", name))


@dataclass
class _Drag:
    """A gesture on a block, from press to release, and where it would put the session."""

    block: SessionBlock
    """The block, showing where the session would go (its start, end and column)."""
    resizing: bool
    origin: QPointF
    moved: bool = False


class _DayView(QGraphicsView):
    """The scene's view: turns presses and drags on blocks into edits, Ctrl+wheel into zoom."""

    def __init__(self, timeline: DayTimeline) -> None:
        super().__init__(timeline.canvas, timeline)
        self.timeline = timeline
        self.drag: _Drag | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.viewport().setMouseTracking(True)

    def block_at(self, pos: QPointF) -> SessionBlock | None:
        if pos.x() < AXIS_W or pos.y() < HEADER_H:  # the pinned header and hours cover it
            return None
        return next((i for i in self.items(pos.toPoint()) if isinstance(i, SessionBlock)), None)

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        block = self.block_at(e.position())
        if e.button() != Qt.MouseButton.LeftButton or block is None:
            return super().mousePressEvent(e)
        at = self.mapToScene(e.position().toPoint())
        self.drag = _Drag(block, block.on_bottom_edge(at), at)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        t, d, at = self.timeline, self.drag, self.mapToScene(e.position().toPoint())
        if d is None:
            hovered = self.block_at(e.position())
            self.viewport().setCursor(
                Qt.CursorShape.ArrowCursor if hovered is None else
                Qt.CursorShape.PointingHandCursor if t.opened.read_only else
                Qt.CursorShape.SizeVerCursor if hovered.on_bottom_edge(at) else
                Qt.CursorShape.OpenHandCursor)
            return super().mouseMoveEvent(e)
        s = t.opened.loaded.session_by_id.get(d.block.session_id)
        if s is None or t.opened.read_only or not d.moved and \
                (at - d.origin).manhattanLength() < QApplication.startDragDistance():
            return
        d.moved = True
        d.block.setZValue(5)
        d.block.setOpacity(0.85)
        self.viewport().setCursor(Qt.CursorShape.SizeVerCursor if d.resizing
                                  else Qt.CursorShape.ClosedHandCursor)
        steps = round((at.y() - d.origin.y()) / t.pixels_per_minute / SNAP_MIN) * SNAP_MIN
        start, end, column = s.start_min, s.end_min, d.block.column
        if d.resizing:
            end = min(max(s.end_min + steps, s.start_min + SNAP_MIN), DAY_END)
        else:
            start = min(max(s.start_min + steps, 0), DAY_END - (s.end_min - s.start_min))
            end, column = start + s.end_min - s.start_min, t.places.column_at(at.x())
        d.block.place(t.places.block_rect(column, start, end), start, end, column)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        t, d = self.timeline, self.drag
        if d is None or e.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(e)
        self.drag = None
        self.viewport().unsetCursor()
        if not d.moved:
            t.session_activated.emit(d.block.session_id)
            t.flush()
        elif d.resizing:
            t.resize_session(d.block.session_id, d.block.end)
        else:
            t.move_session(d.block.session_id, d.block.start, t.places.rooms[d.block.column])

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802
        if e.key() == Qt.Key.Key_Escape and self.drag is not None:
            self.drag = None
            self.timeline.redraw()
        else:
            super().keyPressEvent(e)

    def wheelEvent(self, e: QWheelEvent) -> None:  # noqa: N802
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier and e.angleDelta().y():
            (self.timeline.zoom_in if e.angleDelta().y() > 0 else self.timeline.zoom_out)()
        else:
            super().wheelEvent(e)

    def resizeEvent(self, e: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(e)
        if self.drag is None:
            self.timeline.redraw()  # the columns share the new width


class DayTimeline(QWidget):
    """One day of the programme across its rooms; drag blocks to reschedule sessions."""

    session_activated = Signal(int)
    """A session id: the user clicked its block."""

    def __init__(self, opened: OpenEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self._ppm = DEFAULT_PPM
        days = opened.loaded.days
        self._day: dt.date | None = days[0] if days else None
        self._blocks: dict[int, SessionBlock] = {}
        self.places = _Places(9 * 60, DEFAULT_PPM, MIN_COLUMN_W, [])
        """Where minutes and rooms fall in the scene, as last drawn."""
        self._pinned: list[_Backdrop] = []
        self._dirty = False
        self.live = True
        self.lang = "ko"
        """The language of the event's texts on the blocks (the window's View ▸ Language)."""
        """False while out of sight: edits only mark the day for redrawing."""

        self.day_box = QComboBox()
        self.day_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_box.activated.connect(
            lambda i: self.show_day(dt.date.fromisoformat(self.day_box.itemData(i))))
        self.zoom_out_button = QToolButton(text="−", autoRaise=True, clicked=self.zoom_out)
        self.zoom_in_button = QToolButton(text="+", autoRaise=True, clicked=self.zoom_in)
        self.day_label = QLabel()
        self.legend = QLabel()
        self.legend.setObjectName("timelineLegend")
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        for widget in (self.day_label, self.day_box, self.zoom_out_button,
                       self.zoom_in_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.legend)

        self.hint = NoSessionsHint(opened, titled=True)
        """How to add the first session, while the event has none (the grid stays empty)."""
        self.canvas = QGraphicsScene(self)
        self.view = _DayView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        for key, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                          (QKeySequence.StandardKey.ZoomOut, self.zoom_out)):
            QShortcut(QKeySequence(key), self, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.verticalScrollBar().valueChanged.connect(self._pin_headers)
        self.view.horizontalScrollBar().valueChanged.connect(self._pin_headers)
        opened.sessions_changed.connect(self._schedule_redraw)
        opened.findings_changed.connect(self._schedule_redraw)
        self.retranslate()
        self.redraw()

    def retranslate(self) -> None:
        """Set the bar's labels and the legend again, in the interface language now installed."""
        self.day_label.setText(self.tr("Day"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        legend = [f"<span style='background:{MODE_COLOURS[m][0]}; color:{MODE_COLOURS[m][1]};'>"
                  f"&nbsp;■&nbsp;</span>&nbsp;{_legend_word(name)}" for m, name in LEGEND]
        legend += [f"<b style='color:{MARK_COLOURS[sev].name()};'>!</b>&nbsp;{_legend_word(name)}"
                   for sev, name in LEGEND_MARKS]
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(legend))

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt's override
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    # -- what tests and the window use -------------------------------------------------

    @property
    def day(self) -> dt.date | None:
        return self._day

    @property
    def pixels_per_minute(self) -> float:
        """The zoom: how tall a minute is on screen."""
        return self._ppm

    @property
    def rooms(self) -> list[int | None]:
        """The room id of each column shown, left to right; None: sessions without a room."""
        self.flush()
        return list(self.places.rooms)

    def show_day(self, day: dt.date) -> None:
        """Show the sessions of this day, from its first hour."""
        self._day = day
        self.redraw()
        self.view.verticalScrollBar().setValue(0)

    def move_session(self, session_id: int, start_min: int, room_id: int | None) -> bool:
        """Move a session to this start and room, keeping its length: one undo step."""
        s = self.opened.loaded.session_by_id.get(session_id)
        length = s.end_min - s.start_min if s else 0
        return self._change(session_id, translate("DayTimeline", "Move session"),
                            start_min=start_min, end_min=start_min + length, room_id=room_id)

    def resize_session(self, session_id: int, end_min: int) -> bool:
        """Make a session end at this time: one undo step."""
        return self._change(session_id, translate("DayTimeline", "Resize session"), end_min=end_min)

    def _change(self, session_id: int, text: str, **wanted: object) -> bool:
        """Push the fields that differ; a refused or empty change puts the block back."""
        s = self.opened.loaded.session_by_id.get(session_id)
        changes = {k: v for k, v in wanted.items() if s and getattr(s, k) != v}
        done = bool(changes) and self.opened.push(
            commands.SetSessionFields(self.opened, session_id, text, **changes))
        if done:
            self.flush()
        else:
            self.redraw()
        return done

    def reveal(self, session_id: int) -> None:
        """Show the day of a session and scroll its block into view, its start just below the
        room names pinned on top (a block taller than the view shows its beginning)."""
        session = self.opened.loaded.session_by_id.get(session_id)
        if session is not None:
            self.show_day(session.date)
            rect = self.block_rect(session_id)
            self.view.ensureVisible(rect, 40, 0)
            self.view.verticalScrollBar().setValue(int(rect.top() - HEADER_H - 24))

    def block(self, session_id: int) -> SessionBlock | None:
        """The block of a session on the day shown, or None."""
        self.flush()
        return self._blocks.get(session_id)

    def block_rect(self, session_id: int) -> QRectF:
        """Where a session's block is, in scene coordinates; empty if not on the day shown."""
        found = self.block(session_id)
        return QRectF(found.rect) if found else QRectF()

    def zoom_in(self) -> None:
        self._zoom(self._ppm * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self._ppm / ZOOM_STEP)

    # -- drawing -------------------------------------------------------------------------

    def _zoom(self, ppm: float) -> None:
        """Change the scale, keeping the time in the middle of the view where it is."""
        ppm = min(max(ppm, MIN_PPM), MAX_PPM)
        middle = self.view.mapToScene(self.view.viewport().rect().center())
        minute = self.places.first_min + (middle.y() - HEADER_H) / self.places.ppm
        self._ppm = ppm
        self.redraw()
        self.view.centerOn(middle.x(), self.places.y(minute))

    def _schedule_redraw(self, *_: object) -> None:
        if not self._dirty:
            self._dirty = True  # sessions_changed and findings_changed come in pairs: draw once
            if self.live:
                QTimer.singleShot(0, self.flush)

    def set_live(self, live: bool) -> None:
        """Redraw on every edit only while in sight; catch up when shown again."""
        self.live = live
        if live:
            self.flush()

    def flush(self) -> None:
        """Draw now what changed since the last drawing (unless a block is being dragged)."""
        if self._dirty and self.view.drag is None:
            self.redraw()

    def set_language(self, lang: str) -> None:
        """Show the event's texts (titles, rooms, days, findings) in this language."""
        self.lang = lang
        self.redraw()

    def redraw(self) -> None:
        """Draw the day shown again from the loaded event and its findings."""
        self._dirty = False
        self.hint.refresh()
        loaded = self.opened.loaded
        days = loaded.days
        if days and self._day not in days:
            self._day = next((d for d in days if self._day and d >= self._day), days[-1])
        names = [format_date(d, self.lang) for d in days]
        if [self.day_box.itemText(i) for i in range(self.day_box.count())] != names:
            self.day_box.blockSignals(True)
            self.day_box.clear()
            for d, name in zip(days, names, strict=True):
                self.day_box.addItem(name, d.isoformat())
            self.day_box.blockSignals(False)
        self.day_box.setCurrentIndex(days.index(self._day) if self._day in days else -1)
        self.zoom_in_button.setEnabled(self._ppm < MAX_PPM)
        self.zoom_out_button.setEnabled(self._ppm > MIN_PPM)

        sessions = [s for s in loaded.sessions if s.date == self._day]
        # Every room of the event has its column, empty or not, so a session can be dragged
        # into a room free all day; sessions without a room get one of their own.
        rooms: list[int | None] = [r.id for r in loaded.rooms]
        rooms += [None] if any(s.room_id is None for s in sessions) else []
        first = min((s.start_min for s in sessions), default=9 * 60) // 60 * 60
        last = -(-max((s.end_min for s in sessions), default=18 * 60) // 60) * 60
        port = self.view.viewport()
        column_w = max(MIN_COLUMN_W, (port.width() - AXIS_W) / max(len(rooms), 1))
        places = self.places = _Places(first, self._ppm, column_w, rooms)
        width = AXIS_W + column_w * max(len(rooms), 1)
        height = max(HEADER_H + (last - first) * self._ppm + 1, port.height())
        last = min(DAY_END, first + int((height - HEADER_H) / self._ppm))

        self.canvas.clear()
        self._blocks = {}
        self.canvas.addItem(_Backdrop("grid", QRectF(0, 0, width, height), places, last))
        found: dict[str, list[Finding]] = {}
        for f in self.opened.findings:
            for key in f.sessions:
                found.setdefault(key, []).append(f)
        for column, room_id in enumerate(rooms):
            here = [s for s in sessions if s.room_id == room_id]
            lanes_of = _lanes(here)
            for s in here:
                lane, lanes = lanes_of[s.id or 0]
                block = self._blocks[s.id or 0] = SessionBlock(s, column, found.get(s.key, []),
                                                               self.lang)
                block.place(places.block_rect(column, s.start_min, s.end_min, lane, lanes))
                self.canvas.addItem(block)
        headings = [(pick(r.name, self.lang), r.floor) if r else
                    (label("no_room", self.lang), "") for r in
                    (loaded.room_by_id.get(i) if i is not None else None for i in rooms)]
        self._pinned = [_Backdrop("header", QRectF(0, 0, width, HEADER_H), places, last, headings),
                        _Backdrop("axis", QRectF(0, 0, AXIS_W, height), places, last),
                        _Backdrop("corner", QRectF(0, 0, AXIS_W, HEADER_H), places, last)]
        for z, item in enumerate(self._pinned):
            item.setZValue(10 + z)
            self.canvas.addItem(item)
        self.canvas.setSceneRect(0, 0, width, height)
        self._pin_headers()

    def _pin_headers(self) -> None:
        """Keep the room names on top and the hours on the left while the day scrolls."""
        if self._pinned:
            top_left = self.view.mapToScene(0, 0)
            x, y = max(0.0, top_left.x()), max(0.0, top_left.y())
            header, axis, corner = self._pinned
            header.setY(y)
            axis.setX(x)
            corner.setPos(x, y)
