"""The import dialog's preview: the rows as they will be imported, blocks indented, and
every problem on a line of its own under what it concerns, so that it can be read whole.
Sessions are named as a person knows them (title, day, time), never by their key."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from db.importing import RoomPlan, Target, session_span
from db.models import Room, Session
from planner.imports.messages import Said, place
from planner.imports.model import (
    ParsedDelegation,
    ParsedImport,
    ParsedRow,
    ParsedSession,
    Problem,
    ProblemKind,
)
from planner.imports.preview import hhmm, row_time
from planner.rules.text import name as in_language

UNREAD_COLOUR = QColor("#f8d0d0")
KEPT_COLOUR = QColor("#fbe8b8")
NEW_ROOM_COLOUR = QColor("#d8efd8")
"""A room the import will create: nothing wrong, but something the event gains."""
UNUSED_COLOUR = QColor("#e6e6e6")
"""A line of the source that goes into nothing: shown so that nothing is lost unseen."""
NOTE = Qt.ItemDataRole.UserRole
"""A problem's own line holds its whole text (where and why) here; rows hold nothing."""
COLUMNS = 3

translate = QCoreApplication.translate
"""The preview's words are the dialog's: they stay in its translation context."""


class ImportPreview(QTreeWidget):
    """What an import would bring in, before anything is written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([translate("ImportDialog", "Time"),
                              translate("ImportDialog", "Content"),
                              translate("ImportDialog", "Remarks")])
        self.setColumnWidth(0, 190)
        self.setColumnWidth(1, 400)
        self.lang = "ko"
        """The language problems are said in (the window's)."""
        self._by_where: dict[str, list[Problem]] = {}
        self._notes: list[QTreeWidgetItem] = []
        self._sessions: Mapping[str, Session] = {}

    def show_import(self, parsed: ParsedImport, keys: list[tuple[str, bool]], target: Target,
                    notes: list[Problem], lang: str, rooms: RoomPlan | None = None,
                    sessions: Mapping[str, Session] | None = None) -> None:
        """Each session with its participants and delegations and its rows (and the room
        made for it, when rooms are made), then the lines that could not be read (red), then
        every line of the source not used (grey). ``sessions`` are the event's, by key."""
        self.clear()
        self.lang = lang
        self._sessions = sessions or {}
        amber = [p for p in parsed.problems if p.kind is not ProblemKind.UNREAD] + \
            [n for n in notes if n not in parsed.problems]
        self._by_where = defaultdict(list)
        for problem in amber:
            self._by_where[problem.where].append(problem)
        for n, session in enumerate(parsed.sessions):
            key, there = keys[n] if keys else ("?", False)
            words = self._head(session, key, there, target)
            head = QTreeWidgetItem([" · ".join(filter(None, [words, session.room]))])
            font = QFont(head.font(0))
            font.setBold(True)
            head.setFont(0, font)
            self.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            room = next((p for p in amber if _names_room(p, session)
                         and p in self._by_where[p.where]), None)
            if room is not None:  # said where the source names it, which is no row
                self._by_where[room.where].remove(room)
                self._note(head, room, KEPT_COLOUR)
            if rooms is not None and n in rooms.by_session:
                self._line(head, self._new_room(rooms, n, session), NEW_ROOM_COLOUR)
            self._add_overview(head, session, there)
            self._add_rows(head, session.rows)
        for problem in (p for problems in self._by_where.values() for p in problems):
            self._note(None, problem, KEPT_COLOUR)  # said of no row shown: said on its own
        for problem in parsed.unread:
            self._note(None, problem, UNREAD_COLOUR)
        if parsed.unused:
            unused = QTreeWidgetItem([translate("ImportDialog", "Lines not used: {0}")
                                      .format(len(parsed.unused))])
            font = QFont(unused.font(0))
            font.setBold(True)
            unused.setFont(0, font)
            self.addTopLevelItem(unused)
            unused.setFirstColumnSpanned(True)
            for line in parsed.unused:
                self._line(unused, line.text_in(self.lang), UNUSED_COLOUR)
        self.expandAll()
        self._wrap_notes()

    def clear(self) -> None:
        self._notes = []  # their items go with the tree's
        super().clear()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt names it
        super().resizeEvent(event)
        self._wrap_notes()

    def _wrap_notes(self) -> None:
        """Break each problem's line to the width of the view: a spanned line is not wrapped
        by Qt, and a reason cut off is no reason."""
        metrics = self.fontMetrics()
        for item in self._notes:
            depth, parent = 0, item.parent()
            while parent is not None:
                depth, parent = depth + 1, parent.parent()
            width = self.viewport().width() - self.indentation() * (depth + 1) - 8
            item.setText(0, wrapped(item.data(0, NOTE), metrics, width))

    def _head(self, session: ParsedSession, key: str, there: bool, target: Target) -> str:
        if there:
            existing = self._sessions.get(key)
            named = key if existing is None else " ".join(filter(None, [
                in_language(existing.title, self.lang),
                f"({existing.date} {hhmm(existing.start_min)}~{hhmm(existing.end_min)})"]))
            return translate("ImportDialog", "Rows for the existing session {0}").format(named)
        day: dt.date | str | None = session.date or target.date
        if session.date is not None and target.date is not None and session.date != target.date:
            day = translate("ImportDialog", "{0} (from the source)").format(session.date)
        start, end = session_span(session)
        return translate("ImportDialog", "New session: {0} {1}~{2} {3}").format(
            day or "", hhmm(start), hhmm(end), session.title).strip()

    def _new_room(self, rooms: RoomPlan, n: int, session: ParsedSession) -> str:
        """The room made for this session: made here, or made for a session above."""
        room = rooms.by_session[n]
        where = place(session.room_where or session.where, self.lang)
        if rooms.sessions_in(room)[0] == n:
            said = translate("ImportDialog", "{0}: the room {1} will be created (key {2})")
        else:
            said = translate("ImportDialog", "{0}: in the room {1}, created for a session above")
        return said.format(where, room_label(room, self.lang), room.key)

    def _add_overview(self, head: QTreeWidgetItem, session: ParsedSession, there: bool) -> None:
        """The participants and each delegation a new session gets from its overview, with
        what to check about them (a count made from the names listed) under them."""
        if there:
            if session.participants or session.delegations:
                self._line(head, translate(
                    "ImportDialog", "The overview (participants, delegations) is not imported "
                    "into an existing session: only its rows"), KEPT_COLOUR)
            return
        if session.participants:
            self._line(head, translate("ImportDialog", "Participants: {0}").format(
                session.participants.replace("\n", " ")), None)
        for side in session.delegations:
            item = self._line(head, delegation_text(side), None)
            for problem in self._by_where.pop(side.where, []):
                self._note(item, problem, KEPT_COLOUR)

    def _add_rows(self, parent: QTreeWidgetItem, rows: list[ParsedRow]) -> None:
        for row in rows:
            content = " ".join(filter(None, [row.mark, row.title]))
            if row.details:
                content += "\n" + "\n".join(row.details)
            item = QTreeWidgetItem([row_time(row), content, "\n".join(row.remarks)])
            item.setToolTip(0, place(row.where, self.lang))
            parent.addChild(item)
            problems = self._by_where.pop(row.where, [])
            if problems:
                for column in range(COLUMNS):
                    item.setBackground(column, QBrush(KEPT_COLOUR))
            for problem in problems:
                self._note(item, problem, KEPT_COLOUR)
            self._add_rows(item, row.children)

    def _note(self, parent: QTreeWidgetItem | None, problem: Problem, colour: QColor) -> None:
        """A problem on a line of its own, across the whole width: where, and why in full."""
        self._line(parent, problem.text(self.lang), colour)

    def _line(self, parent: QTreeWidgetItem | None, text: str,
              colour: QColor | None) -> QTreeWidgetItem:
        """A line of its own across the whole width, wrapped to it."""
        item = QTreeWidgetItem([text])
        item.setData(0, NOTE, text)
        item.setToolTip(0, text)
        self._notes.append(item)
        if colour is not None:
            for column in range(COLUMNS):
                item.setBackground(column, QBrush(colour))
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        item.setFirstColumnSpanned(True)
        return item


def delegation_text(side: ParsedDelegation) -> str:
    """A delegation as the preview says it: 한국: 4 on site, 1 by video · 과기정통부, …"""
    counts = translate("ImportDialog", "{0} on site").format(side.on_site)
    if side.remote:
        counts += ", " + translate("ImportDialog", "{0} by video").format(side.remote)
    return f"{side.side}: {counts}" + (f" · {side.members}" if side.members else "")


def room_label(room: Room, lang: str) -> str:
    """A room as the preview names it: 'DDP 디자인랩 잔디사랑방' (4F)."""
    label = repr(in_language(room.name, lang))
    return f"{label} ({room.floor})" if room.floor else label


def _names_room(problem: Problem, session: ParsedSession) -> bool:
    """A note about the room this session names (said at the line that names it)."""
    message = problem.message
    return isinstance(message, Said) and message.key == "no_room" \
        and message.values.get("room") == session.room


def wrapped(text: str, metrics: QFontMetrics, width: int) -> str:
    """The text in lines no wider than ``width`` pixels, broken between words."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)
