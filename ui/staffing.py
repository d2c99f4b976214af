"""The interpreters of a session: its team against the policy, and who else could take it.

For the shown session the panel lists the assigned team, then every interpreter of
the pool with whether they could take the session (direction, mode, availability,
no clash) and why not; a candidate is assigned with one action, undoably. The event's
texts follow the panel's language (``set_language``); its labels are the interface's,
translated by Qt and set again when the interface language changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from exports.interpreters import place, session_title
from exports.labels import format_date, language_pair, pick
from planner.candidates import Verdict, team_strength
from planner.clock import format_time
from planner.rules.facts import interpreted
from planner.vocabulary import MODE_LABELS, Mode
from ui import commands
from ui.context import OpenEvent
from ui.elided_label import ElidedLabel
from ui.models.staffing import GREEN, ID_ROLE, RED, PoolModel, SessionTable, TeamModel
from ui.no_sessions import NoSessionsHint, no_sessions_heading


class StaffingPanel(QWidget):
    """The team of one session, the pool with who could join it, and one-action assigning."""

    def __init__(self, opened: OpenEvent, parent: QWidget | None = None,
                 confirm: Callable[[str, str], bool] | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.confirm = confirm
        """Asks before someone the pool marks unavailable at that time is assigned (the
        window's dialog); without it such an assignment is refused."""
        self.lang = "ko"
        """The language of the event's texts: titles, places, names, reasons."""
        self.session_id: int | None = None
        self.team_model = TeamModel(opened, self)
        self.pool_model = PoolModel(opened, self)

        self.heading = ElidedLabel()  # a long title must not widen the window
        self.heading.setObjectName("staffingHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.hint = NoSessionsHint(opened)
        """How to add the first session, while the event has none."""
        self.summary = QLabel()
        self.summary.setObjectName("staffingSummary")
        self.summary.setWordWrap(True)
        self.strength = QLabel()
        self.strength.setObjectName("teamStrength")
        self.strength.setWordWrap(True)

        self.team_table = self._table(self.team_model, "teamTable")
        self.team_table.setWordWrap(True)  # a clash names both sessions: let it take two lines
        rows = self.team_table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.unassign_button = QPushButton()
        self.unassign_button.setObjectName("unassignButton")
        self.pool_table = self._table(self.pool_model, "poolTable")
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("assignButton")
        self.assign_button.setDefault(False)

        self.unassign_hint, self.assign_hint = QLabel(), QLabel()
        self.team_box = QGroupBox()
        self.team_box.setLayout(self._with_buttons(self.team_table, self.unassign_hint,
                                                   self.unassign_button))
        self.pool_box = QGroupBox()
        self.pool_box.setLayout(self._with_buttons(self.pool_table, self.assign_hint,
                                                   self.assign_button))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.team_box)
        splitter.addWidget(self.pool_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.strength)
        layout.addWidget(splitter, 1)

        self.assign_button.clicked.connect(self.assign_selected)
        self.unassign_button.clicked.connect(self.unassign_selected)
        self.pool_table.doubleClicked.connect(lambda index: self.assign_row(index.row()))
        for table in (self.team_table, self.pool_table):
            table.installEventFilter(self)
            table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._keep_selection(self.team_table, self.team_model)
        self._keep_selection(self.pool_table, self.pool_model)
        opened.sessions_changed.connect(self._on_sessions_changed)
        opened.findings_changed.connect(self._fill_header)
        self.retranslate()

    # -- building ------------------------------------------------------------------------

    def _table(self, model: SessionTable, name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        for i, column in enumerate(model.columns):
            table.setColumnWidth(i, column.width)
        table.horizontalHeader().setSectionResizeMode(len(model.columns) - 1,
                                                      QHeaderView.ResizeMode.Stretch)
        return table

    def _with_buttons(self, table: QTableView, label: QLabel,
                      button: QPushButton) -> QHBoxLayout:
        """The table, and beside it (not below: at 1366 × 768 the height is the rows') its
        button with the keys that do the same."""
        label.setStyleSheet("color: #666;")
        label.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(button)
        side.addWidget(label)
        side.addStretch(1)
        box = QHBoxLayout()
        box.addWidget(table, 1)
        box.addLayout(side)
        return box

    def _keep_selection(self, table: QTableView, model: SessionTable) -> None:
        """Keep the chosen interpreter or assignment selected when the table refreshes."""
        kept: list[int | None] = [None]

        def remember() -> None:
            current = table.currentIndex()
            kept[0] = current.data(ID_ROLE) if current.isValid() else None

        def restore() -> None:
            row = model.row_of(kept[0])
            if model is self.pool_model:
                row = self._next_candidate(row)
            if 0 <= row < model.rowCount():
                table.selectionModel().setCurrentIndex(
                    model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            self._update_buttons()
            _fit_columns(table, model)

        model.modelAboutToBeReset.connect(remember)
        model.modelReset.connect(restore)

    def _next_candidate(self, row: int) -> int:
        """Where the pool's selection goes after a refresh: it stays on its person, unless that
        person was just assigned; then the next candidate below (or above) is ready for Enter.
        Rows never move while a session is shown, so nothing else changes under the pointer."""
        pool = self.pool_model
        if row < 0:
            return 0
        if not pool.verdict(row).assigned:
            return row
        below = [r for r in range(row + 1, pool.rowCount()) if pool.verdict(r).possible]
        above = [r for r in range(row - 1, -1, -1) if pool.verdict(r).possible]
        return (below or above or [row])[0]

    # -- showing -------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Show the event's texts in this language ("ko" or "en")."""
        self.lang = self.team_model.lang = self.pool_model.lang = lang
        self.show_session(self.session_id)

    def retranslate(self) -> None:
        """Set every label again, in the interface language now installed."""
        self.team_box.setTitle(self.tr("Assigned team"))
        self.assign_button.setText(self.tr("Assign"))
        self.unassign_button.setText(self.tr("Unassign"))
        self.assign_hint.setText(self.tr("Double-click or Enter: assign"))
        self.unassign_hint.setText(self.tr("Delete: unassign"))
        self.team_model.retranslate()
        self.pool_model.retranslate()
        for table, model in ((self.team_table, self.team_model),
                             (self.pool_table, self.pool_model)):
            _fit_columns(table, model)
        self._fill_header()

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt's override
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def show_session(self, session_id: int | None) -> None:
        """Show the team and the candidates of this session (None: nothing chosen)."""
        self.session_id = session_id if session_id in self.opened.loaded.session_by_id else None
        self.team_model.show_session(self.session_id)
        self.pool_model.show_session(self.session_id)
        self._fill_header()

    def set_live(self, live: bool) -> None:
        """Keep up with every edit only while in sight; catch up when shown again."""
        self.team_model.set_live(live)
        self.pool_model.set_live(live)
        if live:
            self._fill_header()

    def _on_sessions_changed(self, _changed: set[int]) -> None:
        if self.session_id is not None and self.session_id not in self.opened.loaded.session_by_id:
            self.show_session(None)  # the session was deleted
        else:
            self._fill_header()

    def _fill_header(self) -> None:
        loaded = self.opened.loaded
        s = loaded.session_by_id.get(self.session_id) if self.session_id is not None else None
        self.team_box.setEnabled(s is not None)
        self.pool_box.setEnabled(s is not None)
        self.pool_box.setTitle(self.tr("Interpreters — {0} can take it").format(
            self.pool_model.candidate_count()))
        self._update_buttons()
        empty = self.hint.refresh()
        if s is None:
            self.heading.setText(no_sessions_heading() if empty
                                 else self.tr("Choose a session in the programme"))
            self.summary.clear()
            self.strength.clear()
            return
        lang = self.lang
        self.heading.setText(session_title(s, lang))
        when = f"{format_date(s.date, lang)} {format_time(s.start_min)}~{format_time(s.end_min)}"
        room = loaded.room_by_id.get(s.room_id) if s.room_id is not None else None
        self.summary.setText(" · ".join([when, place(room, lang), self.interpretation_line()]))
        strength = team_strength(loaded, s)
        if strength is None:
            self.strength.setText(self.tr("No interpretation: no team to assign"))
            self.strength.setStyleSheet("color: #666; font-size: 12pt;")
            return
        have, need = strength.assigned, strength.need.interpreters
        why = pick(strength.need.reason, lang)
        if strength.met:
            text = self.tr("Assigned {0} / needed {1} ({2})").format(have, need, why)
        else:
            text = self.tr("Assigned {0} / needed {1} ({2}) — {3} short").format(
                have, need, why, need - have)
        self.strength.setText(text)
        self.strength.setProperty("met", strength.met)
        colour = (GREEN if strength.met else RED).name()
        self.strength.setStyleSheet(f"color: {colour}; font-size: 12pt; font-weight: bold;")

    def interpretation_line(self) -> str:
        """The session's interpretation as a coordinator says it: 한영 동시통역 · 120분."""
        s = self.opened.loaded.session_by_id[self.session_id]  # type: ignore[index]
        lang, mode = self.lang, s.interpretation_mode
        minutes = self.tr("{0} min").format(s.end_min - s.start_min)
        if not interpreted(mode):
            return f"{MODE_LABELS[Mode.NONE][lang]} · {minutes}"
        pair = language_pair(list(s.interpretation_languages), lang)
        line = f"{pair} {MODE_LABELS[Mode(mode)][lang]} · {minutes}"
        if mode == Mode.WHISPERED and (s.listeners or pick(s.listener_names, lang)):
            who = pick(s.listener_names, lang)
            count = f"{s.listeners}명" if lang == "ko" else str(s.listeners)
            who = f"{who} ({count})" if who and s.listeners else who or count
            line += " · " + self.tr("listening: {0}").format(who)
        return line

    def _update_buttons(self) -> None:
        writable = not self.opened.read_only and self.session_id is not None
        pool_row = self.pool_table.currentIndex().row()
        verdict = self.pool_model.verdict(pool_row) \
            if 0 <= pool_row < self.pool_model.rowCount() else None
        self.assign_button.setEnabled(
            writable and verdict is not None
            and (verdict.possible or _only_unavailable(verdict) and self.confirm is not None))
        self.unassign_button.setEnabled(writable and
                                        self.team_table.selectionModel().hasSelection())

    # -- assigning -----------------------------------------------------------------------

    def assign_selected(self) -> bool:
        return self.assign_row(self.pool_table.currentIndex().row())

    def assign_row(self, row: int) -> bool:
        """Put the interpreter of this pool row in the team, in the role the mode needs."""
        if self.session_id is None or not 0 <= row < self.pool_model.rowCount():
            return False
        verdict = self.pool_model.verdict(row)
        who = self.pool_model.index(row, 0).data()
        if verdict.role is not None and _only_unavailable(verdict):
            # Availability is what the interpreter said last; the coordinator may know better.
            if self.confirm is None or not self.confirm(
                    self.tr("Assign interpreter"),
                    self.tr("{0} is not available then: {1}. Assign anyway?").format(
                        who, verdict.reason(self.lang))):
                return False
        elif not verdict.possible or verdict.role is None:
            self.opened.edit_refused.emit(self.tr("{0} cannot take it: {1}").format(
                who, verdict.reason(self.lang)))
            return False
        return self.opened.push(commands.Assign(self.opened, self.session_id,
                                                verdict.interpreter.id, verdict.role))

    def unassign_selected(self) -> bool:
        chosen = self.team_table.selectionModel().selectedRows()
        if self.session_id is None or not chosen:
            return False
        assignment_id = chosen[0].data(ID_ROLE)
        return self.opened.push(commands.Unassign(self.opened, self.session_id, assignment_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.team_table and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.unassign_selected()
                return True
            if watched is self.pool_table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.assign_selected()
                return True
        return super().eventFilter(watched, event)


def _only_unavailable(verdict: Verdict) -> bool:
    """Marked unavailable at the session's time, and nothing else stands in the way."""
    return bool(verdict.obstacles) and all(o.code == "unavailable" for o in verdict.obstacles)


def _fit_columns(table: QTableView, model: SessionTable) -> None:
    """Widen a column to its header and the words in sight (English runs longer than Korean);
    the last column takes what is left."""
    header = table.horizontalHeader()
    for i, column in enumerate(model.columns[:-1]):
        table.setColumnWidth(i, max(column.width, header.sectionSizeHint(i),
                                    table.sizeHintForColumn(i)))
