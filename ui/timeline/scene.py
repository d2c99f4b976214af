"""The timeline's scene: where minutes and rooms fall, and the blocks and backdrop drawn there."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import (
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from db.models import Session
from exports.labels import label, language_pair, pick
from planner.rules import Finding
from planner.vocabulary import MODE_LABELS, Mode, Severity

MODE_COLOURS: dict[Mode, tuple[str, str]] = {
    Mode.SIMULTANEOUS: ("#d5e3f3", "#3d6fa8"),
    Mode.REMOTE_SIMULTANEOUS: ("#dcd8f0", "#6657a8"),
    Mode.CONSECUTIVE: ("#d6ecdb", "#3e8a57"),
    Mode.WHISPERED: ("#f4e4c8", "#a8772a"),
    Mode.SIGHT: ("#eed8ea", "#92508b"),
    Mode.NONE: ("#e6e6e2", "#7d7d76"),
}
"""Fill and accent of a block, by how its session is interpreted."""
MARK_COLOURS = {Severity.ERROR: QColor("#c62828"), Severity.WARNING: QColor("#e67e00")}
"""Border and badge of a block whose session has errors, or warnings only."""
SNAP_MIN, EDGE_PX, DAY_END = 5, 6.0, 24 * 60
AXIS_W, HEADER_H, PAD, MIN_COLUMN_W = 58.0, 56.0, 4.0, 150.0
ZOOM_STEP, MIN_PPM, MAX_PPM, DEFAULT_PPM = 1.25, 0.5, 8.0, 2.0
WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


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

    def __init__(self, session: Session, column: int, found: list[Finding],
                 lang: str = "ko") -> None:
        super().__init__()
        self.session_id = session.id or 0
        self.lang = lang
        self.column, self.start, self.end = column, session.start_min, session.end_min
        self.title = pick(session.title, lang) + \
            (f" {label('closed', lang)}" if session.closed else "")
        self.mode = Mode(session.interpretation_mode) \
            if session.interpretation_mode in set(Mode) else Mode.NONE
        pair = "" if self.mode == Mode.NONE else \
            language_pair(session.interpretation_languages, lang)
        self.how = f"{pair} {MODE_LABELS[self.mode][lang]}".strip()
        self.marked = [f for f in found if f.severity in MARK_COLOURS]
        """The findings the block's mark counts: errors and warnings."""
        self.severity = min((f.severity for f in self.marked),
                            key=list(MARK_COLOURS).index, default=None)
        self.rect = QRectF()
        lines = [f"<b>{html.escape(self.title)}</b>", html.escape(self.when())]
        self.setToolTip("<br>".join(lines + [f"• {html.escape(f.text(lang))}" for f in found]))

    def when(self) -> str:
        return f"{_hhmm(self.start)}~{_hhmm(self.end)} · {self.how}"

    def place(self, rect: QRectF, start: int | None = None, end: int | None = None,
              column: int | None = None) -> None:
        """Put the block at this rectangle; while it is dragged, where the session would go."""
        self.prepareGeometryChange()
        self.rect = rect
        if start is not None and end is not None and column is not None:
            self.start, self.end, self.column = start, end, column
        self.update()

    def on_bottom_edge(self, point: QPointF) -> bool:
        """Whether a press here stretches the block rather than moves it."""
        return point.y() >= self.rect.bottom() - min(EDGE_PX, self.rect.height() / 3)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        fill, accent = (QColor(c) for c in MODE_COLOURS[self.mode])
        mark = MARK_COLOURS[self.severity] if self.severity else None
        r = self.rect.adjusted(1, 1, -1, -1)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(mark, 2.5) if mark else QPen(accent.lighter(130), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(r, 4, 4)
        painter.setClipRect(r.adjusted(1, 1, -1, -1))
        painter.fillRect(QRectF(r.left() + 2, r.top() + 2, 4, r.height() - 4), accent)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        badge_w = 0.0
        if mark:
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
        painter.setPen(QColor("#1f2328"))
        bottom = _fit_text(painter, text_r.adjusted(0, 0, -badge_w - 4, 0), self.title, True)
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * 0.92)
        painter.setFont(font)
        painter.setPen(QColor("#474d55"))
        text_r.setTop(bottom + 1)
        text_r.setTop(_fit_text(painter, text_r, self.when()) + 4)
        if mark:  # what is wrong, where the block is tall enough to say it
            painter.setPen(mark.darker(115))
            _fit_text(painter, text_r, "\n".join(f"! {f.text(self.lang)}" for f in self.marked))


def _fit_text(painter: QPainter, rect: QRectF, text: str, always: bool = False) -> float:
    """Draw wrapped text in as many whole lines as fit (one elided line at least if always)."""
    if painter.boundingRect(rect, WRAP, text).height() <= rect.height():
        return painter.drawText(rect, WRAP, text).bottom()
    spacing = painter.fontMetrics().lineSpacing()
    lines = int(rect.height() // spacing)
    if lines >= 2:  # no line cut in half
        painter.save()
        painter.setClipRect(QRectF(rect.left(), rect.top(), rect.width(), lines * spacing),
                            Qt.ClipOperation.IntersectClip)
        painter.drawText(rect, WRAP, text)
        painter.restore()
        return rect.top() + lines * spacing
    if lines < 1 and not always:
        return rect.top()
    elided = painter.fontMetrics().elidedText(text.replace("\n", " "),
                                              Qt.TextElideMode.ElideRight, int(rect.width()))
    return painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, elided).bottom()


class _Backdrop(QGraphicsItem):
    """The hour grid behind the blocks, or the room header, hours or corner pinned over them."""

    def __init__(self, part: str, rect: QRectF, places: _Places, last_min: int,
                 headings: list[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.part, self.rect, self.places = part, rect, places
        self.last_min, self.headings = last_min, headings or []

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        p, rect, line = self.places, self.rect, QPen(QColor("#c9ced6"), 1)
        hours = range(p.first_min, self.last_min + 1, 60)
        if self.part == "grid":
            for i in range(1, len(p.rooms), 2):
                painter.fillRect(QRectF(p.x(i), HEADER_H, p.column_w, rect.height()),
                                 QColor("#fafbfc"))
            if p.ppm * 30 >= 20:
                painter.setPen(QPen(QColor("#e8ebef"), 1, Qt.PenStyle.DashLine))
                for m in hours:
                    half = p.y(m + 30)
                    painter.drawLine(QPointF(AXIS_W, half), QPointF(rect.right(), half))
            painter.setPen(line)
            for m in hours:
                painter.drawLine(QPointF(AXIS_W, p.y(m)), QPointF(rect.right(), p.y(m)))
            for i in range(len(p.rooms) + 1):
                painter.drawLine(QPointF(p.x(i), HEADER_H), QPointF(p.x(i), rect.bottom()))
            return
        painter.fillRect(rect, QColor("#f3f5f8"))
        painter.setPen(line)
        painter.drawLine(rect.topRight(), rect.bottomRight())
        if self.part == "axis":
            painter.setPen(QColor("#555b63"))
            for m in hours:
                painter.drawText(QRectF(0, p.y(m) + 2, AXIS_W - 8, 18),
                                 Qt.AlignmentFlag.AlignRight, _hhmm(m))
            return
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        font = painter.font()
        for i, (name, floor) in enumerate(self.headings):
            painter.setPen(line)
            painter.drawLine(QPointF(p.x(i), 0), QPointF(p.x(i), HEADER_H))
            cell = QRectF(p.x(i) + 8, 4, p.column_w - 16, HEADER_H - 8)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#1f2328"))
            painter.drawText(cell.adjusted(0, 0, 0, -14), Qt.AlignmentFlag.AlignCenter
                             | Qt.TextFlag.TextWordWrap, name)
            font.setBold(False)
            painter.setFont(font)
            painter.setPen(QColor("#5b626b"))
            painter.drawText(cell, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             floor)
