"""The session editor: the session's header fields and its agenda, edited like a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMainWindow,
                               QPlainTextEdit, QPushButton, QTableView,
                               QTabWidget, QToolTip, QVBoxLayout, QWidget)

from exports.labels import label
from planner.clock import TimeFormatError
from planner.rules.text import name as in_language
from planner.vocabulary import MODE_LABELS, Mode, parse_language_codes
from ui import commands
from ui.agenda_cells import InterpretationDelegate, MinutesDelegate, TextCellDelegate
from ui.agenda_rows import AgendaRowEdits
from ui.context import OpenEvent
from ui.edit_names import translate
from ui.elided_label import ElidedLabel
from ui.i18n import headers_retranslated
from ui.models.agenda import COLUMN, COLUMNS, AgendaModel
from ui.models.records import delegations_model
from ui.no_sessions import NoSessionsHint, no_sessions_heading
from ui.refusals import not_a_time_text
from ui.time_field import TimeField


class CommittingTextEdit(QPlainTextEdit):
    """A multi-line field that says when the user leaves it, like a line edit's editingFinished."""

    committed = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's override
        self.committed.emit()
        super().focusOutEvent(event)


class SessionEditor(AgendaRowEdits, QWidget):
    """Header fields on top, the 세부 일정 table below; every change is an undoable command."""

    row_selected = Signal(int)
    notice = Signal(str)
    """What an edit changed besides what was asked (a block's length), for the status bar."""

    def __init__(self, event: OpenEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened = event
        self.session_id: int | None = None
        self.model = AgendaModel(event, self)

        self.heading = ElidedLabel()
        self.heading.setObjectName("sessionHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.hint = NoSessionsHint(event)
        """How to add the first session, while the event has none."""
        self.title_ko, self.title_en = QLineEdit(), QLineEdit()
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.start, self.end = TimeField(), TimeField(end_of_day=True)
        self.room = QComboBox()
        self.closed = QCheckBox()
        self.mode = QComboBox()
        for mode in Mode:
            self.mode.addItem(f"{MODE_LABELS[mode]['ko']} / {MODE_LABELS[mode]['en']}", str(mode))

        self.labels = {name: QLabel() for name in (
            "title_ko", "title_en", "when", "from", "to", "room", "interpretation", "languages",
            "purpose", "participants", "key_points", "moderator")}
        """The field labels, named for their field; their texts are set by retranslate()."""
        form = QFormLayout()
        form.addRow(self.labels["title_ko"], self.title_ko)
        form.addRow(self.labels["title_en"], self.title_en)
        when = QHBoxLayout()
        for widget in (self.date, self.labels["from"], self.start, self.labels["to"], self.end):
            when.addWidget(widget)
        when.addStretch(1)
        form.addRow(self.labels["when"], when)
        where = QHBoxLayout()
        where.addWidget(self.room, 1)
        where.addWidget(self.closed)
        form.addRow(self.labels["room"], where)
        self.languages = QLineEdit()
        self.languages.setPlaceholderText("ko, en")
        self.languages.setMaximumWidth(120)
        interpretation = QHBoxLayout()
        interpretation.addWidget(self.mode, 1)
        interpretation.addWidget(self.labels["languages"])
        interpretation.addWidget(self.languages)
        form.addRow(self.labels["interpretation"], interpretation)

        # The overview's other parts (행사 개요): purpose, participants, main points, moderator,
        # delegations; in the language of the interface, the other language's text greyed behind.
        self.purpose = QLineEdit()
        self.participants = QLineEdit()
        self.key_points = CommittingTextEdit()
        self.key_points.setTabChangesFocus(True)  # Tab goes on to the next field, as elsewhere
        self.moderator = QLineEdit()
        about = QFormLayout()
        about.addRow(self.labels["purpose"], self.purpose)
        about.addRow(self.labels["participants"], self.participants)
        about.addRow(self.labels["key_points"], self.key_points)
        about.addRow(self.labels["moderator"], self.moderator)
        self.delegations_model = delegations_model(event, lambda: self.session_id, self)
        self.delegations = QTableView()
        self.delegations.setObjectName("delegationsTable")
        self.delegations.setModel(self.delegations_model)
        for column in (4, 5):  # the members, in Korean and in English, share the width
            self.delegations.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch)
        self.delegations.verticalHeader().hide()
        add_side = QPushButton()
        add_side.clicked.connect(self.add_delegation)
        remove_side = QPushButton()
        remove_side.clicked.connect(self.remove_delegation)
        self.delegation_buttons = (add_side, remove_side)
        buttons = QHBoxLayout()
        buttons.addWidget(add_side)
        buttons.addWidget(remove_side)
        buttons.addStretch(1)
        about_page = QWidget()
        about_page.setLayout(about)
        sides_page = QWidget()
        sides_layout = QVBoxLayout(sides_page)
        sides_layout.addWidget(self.delegations, 1)
        sides_layout.addLayout(buttons)
        overview_page = QWidget()
        overview_page.setLayout(form)
        self.header_tabs = QTabWidget()
        self.header_tabs.addTab(overview_page, "")
        self.header_tabs.addTab(about_page, "")
        self.header_tabs.addTab(sides_page, "")
        # As tall as the overview's fields need and no taller: the agenda below takes the rest
        # (at 1366 × 768 every pixel of it is a row more).
        self.header_tabs.setMaximumHeight(self.header_tabs.tabBar().sizeHint().height()
                                          + overview_page.sizeHint().height() + 8)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("agendaTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(False)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        # One line per row (content and remarks elide; the tooltip and editor show all):
        # fixed heights keep a 200-row agenda quick to redraw after every edit.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for i, spec in enumerate(COLUMNS):
            self.table.setColumnWidth(i, spec.width)
        header.setSectionResizeMode(COLUMN["content"], QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(COLUMN["duration"], MinutesDelegate(self.table))
        texts = TextCellDelegate(self.table)  # Enter keeps, Shift+Enter or Alt+Enter: a new line
        self.table.setItemDelegateForColumn(COLUMN["content"], texts)
        self.table.setItemDelegateForColumn(COLUMN["remarks"], texts)
        self.table.setItemDelegateForColumn(COLUMN["interpretation"],
                                            InterpretationDelegate(self.table))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.header_tabs)
        layout.addWidget(self.table, 1)

        self.title_ko.editingFinished.connect(lambda: self._set_title("ko", self.title_ko))
        self.title_en.editingFinished.connect(lambda: self._set_title("en", self.title_en))
        self.date.editingFinished.connect(self._set_times)
        self.start.editingFinished.connect(self._set_times)
        self.end.editingFinished.connect(self._set_times)
        self._holding = False
        """True while commit_pending() pushes: the header is filled once, after it."""
        self.room.activated.connect(self._set_room)
        self.closed.clicked.connect(self._set_closed)
        self.mode.activated.connect(self._set_mode)
        self.languages.editingFinished.connect(self._set_languages)
        self.purpose.editingFinished.connect(lambda: self._set_text("purpose", self.purpose.text()))
        self.participants.editingFinished.connect(
            lambda: self._set_text("participants", self.participants.text()))
        self.moderator.editingFinished.connect(
            lambda: self._set_text("moderator", self.moderator.text()))
        self.key_points.committed.connect(
            lambda: self._set_text("key_points", self.key_points.toPlainText()))
        event.sessions_changed.connect(self._on_sessions_changed)
        self.notice.connect(self._say)
        self._set_enabled(False)
        self.retranslate()

    def _fit_agenda_headers(self) -> None:
        """Each narrow agenda column at least as wide as its header in this language."""
        metrics = self.table.horizontalHeader().fontMetrics()
        for i, spec in enumerate(COLUMNS):
            if i == COLUMN["content"]:
                continue  # it stretches
            text = str(self.model.headerData(i, Qt.Orientation.Horizontal) or "")
            self.table.setColumnWidth(i, max(spec.width, metrics.horizontalAdvance(text) + 20))

    def retranslate(self) -> None:
        """Set every label again, in the interface language now installed."""
        texts = {"title_ko": self.tr("Title (Korean)"), "title_en": self.tr("Title (English)"),
                 "when": self.tr("Date and time"), "from": self.tr("from"), "to": self.tr("to"),
                 "room": self.tr("Room"), "interpretation": self.tr("Interpretation"),
                 "languages": self.tr("Languages"), "purpose": self.tr("Purpose"),
                 "participants": self.tr("Participants"),
                 "key_points": self.tr("Key points"), "moderator": self.tr("Moderator")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.closed.setText(self.tr("Closed (비공개)"))
        add_side, remove_side = self.delegation_buttons
        add_side.setText(self.tr("Add delegation"))
        remove_side.setText(self.tr("Remove delegation"))
        self.header_tabs.setTabText(0, self.tr("Session"))
        self.header_tabs.setTabText(1, self.tr("Purpose and participants"))
        self.header_tabs.setTabText(2, self.tr("Delegations"))
        if self.room.count() and self.room.itemData(0) is None:
            self.room.setItemText(0, self.tr("(no room)"))
        if self._session() is None:
            self._fill_header()  # says to choose or add one; with one, the fields are left alone
        headers_retranslated(self.model)
        headers_retranslated(self.delegations_model)
        self._fit_agenda_headers()

    def _say(self, text: str) -> None:
        """A note in the status bar of the window the editor is in."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt's override
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    # -- showing ---------------------------------------------------------------------

    def show_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.model.show_session(session_id)
        self._fill_header()

    def _on_sessions_changed(self, changed: set[int]) -> None:
        if self.session_id is not None and self.session_id not in self.opened.loaded.session_by_id:
            self.show_session(None)
        elif not changed or self.session_id in changed:
            self._fill_header()

    def _fill_header(self) -> None:
        if self._holding:
            return
        loaded = self.opened.loaded
        s = loaded.session_by_id.get(self.session_id) if self.session_id else None
        self._set_enabled(s is not None and not self.opened.read_only)
        self._show_blank_times(s is None)
        if s is None:  # nothing of a session that is gone stays on screen
            self.heading.setText(no_sessions_heading() if self.hint.refresh()
                                 else self.tr("Choose a session in the programme"))
            for edit in (self.title_ko, self.title_en, self.languages, self.purpose,
                         self.participants, self.moderator):
                edit.clear()
                edit.setPlaceholderText("")
            self.key_points.clear()
            self.closed.setChecked(False)
            self.room.setCurrentIndex(-1)
            self.mode.setCurrentIndex(-1)
            self.delegations_model.refresh()
            return
        self.hint.refresh()
        lang = self.model.lang
        closed = f" {label('closed', lang)}" if s.closed else ""
        self.heading.setText(in_language(s.title, lang) + closed)
        self.title_ko.setText(s.title.get("ko", ""))
        self.title_en.setText(s.title.get("en", ""))
        self.date.setDate(QDate(s.date.year, s.date.month, s.date.day))
        self.start.set_minutes(s.start_min)
        self.end.set_minutes(s.end_min)
        self.room.clear()
        self.room.addItem(self.tr("(no room)"), None)
        for room in loaded.rooms:
            name = in_language(room.name, lang)
            self.room.addItem(f"{name} ({room.floor})" if room.floor else name, room.id)
        self.room.setCurrentIndex(max(0, self.room.findData(s.room_id)))
        for i in range(self.mode.count()):
            words = MODE_LABELS[Mode(self.mode.itemData(i))][lang]
            self.mode.setItemText(i, words[:1].upper() + words[1:])
        self.closed.setChecked(s.closed)
        self.mode.setCurrentIndex(max(0, self.mode.findData(s.interpretation_mode)))
        self.languages.setText(", ".join(s.interpretation_languages))
        other = "en" if lang == "ko" else "ko"
        for field in ("purpose", "participants", "moderator"):
            texts = getattr(s, field)
            getattr(self, field).setText(texts.get(lang, ""))
            getattr(self, field).setPlaceholderText(texts.get(other, ""))
        if self.key_points.toPlainText() != s.key_points.get(lang, ""):
            self.key_points.setPlainText(s.key_points.get(lang, ""))
        self.key_points.setPlaceholderText(
            s.key_points.get(other) or self.tr("One point per line"))
        self.delegations_model.refresh()

    def _show_blank_times(self, blank: bool) -> None:
        """With no session the date and times show nothing, not a made-up 2000-01-01 00:00:
        the date shows its special (blank) text at its minimum, only while there is no
        session, so a session on that day would still show it."""
        self.date.setSpecialValueText(" " if blank else "")
        if blank:
            self.date.setDate(self.date.minimumDate())
            for edit in (self.start, self.end):
                edit.set_minutes(None)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.title_ko, self.title_en, self.date, self.start, self.end, self.room,
                       self.closed, self.mode, self.languages, self.purpose, self.participants,
                       self.key_points,
                       self.moderator, *self.delegation_buttons):
            widget.setEnabled(enabled)

    # -- header edits ------------------------------------------------------------------

    def _session(self):  # noqa: ANN202 - the loaded Session, or None
        return self.opened.loaded.session_by_id.get(self.session_id) if self.session_id else None

    def commit_pending(self) -> None:
        """Keep what is typed in the header but not yet entered (with Enter, or by leaving
        the field): the window asks before it shows another session, changes language,
        saves, exports or closes, so nothing typed is lost."""
        if self._session() is None or self.opened.read_only:
            return
        self._holding = True  # one field's edit must not refill the others before they are read
        try:
            self._set_title("ko", self.title_ko)
            self._set_title("en", self.title_en)
            self._set_times()
            self._set_languages()
            for field in ("purpose", "participants", "moderator"):
                self._set_text(field, getattr(self, field).text())
            self._set_text("key_points", self.key_points.toPlainText())
        finally:
            self._holding = False
        self._fill_header()

    def _set_title(self, lang: str, edit: QLineEdit) -> None:
        s = self._session()
        if s is None or edit.text() == s.title.get(lang, ""):
            return
        title = {k: v for k, v in {**s.title, lang: edit.text()}.items() if v}
        self.opened.push(commands.SetSessionFields(
            self.opened, s.id, translate("SessionEditor", "Rename session"), title=title))

    def _set_times(self) -> None:
        """The date, start and end as typed: a new start moves the end with it, keeping the
        session's length; what is not a time, or an end not after the start, is refused
        aloud (in the status bar and at the field) and the stored times come back."""
        s = self._session()
        if s is None:
            return
        date = self.date.date().toPython()
        times = []
        for field in (self.start, self.end):
            try:
                times.append(field.minutes())
            except TimeFormatError:
                self._refuse(field, not_a_time_text(field.text().strip()))
                return
        start, end = times
        if end == s.end_min and start != s.start_min:  # the end as shown: not edited
            # A new start moves the end too, so the session keeps its length (to midnight).
            end = min(start + s.end_min - s.start_min, 24 * 60)
        if (date, start, end) == (s.date, s.start_min, s.end_min):
            self.start.set_minutes(s.start_min)  # 9:05 typed for 09:05 reads 09:05 again
            self.end.set_minutes(s.end_min)
            return
        if not self.opened.push(commands.SetSessionFields(
                self.opened, s.id, translate("SessionEditor", "Change session time"), date=date,
                start_min=start, end_min=end)):
            self._refuse(self.end if end != s.end_min else self.start, self.opened.last_refusal,
                         said=True)

    def _refuse(self, field: QWidget, text: str, *, said: bool = False) -> None:
        """Say why at the field (and, unless the event said it, in the status bar), and show
        the stored values again."""
        if not said:
            self.opened.edit_refused.emit(text)
        self._fill_header()
        if field.isVisible():
            QToolTip.showText(field.mapToGlobal(field.rect().bottomLeft()), text, field)

    def _set_room(self) -> None:
        s = self._session()
        room_id = self.room.currentData()
        if s is not None and room_id != s.room_id:
            self.opened.push(commands.SetSessionFields(
                self.opened, s.id, translate("SessionEditor", "Change room"), room_id=room_id))

    def _set_closed(self, checked: bool) -> None:
        s = self._session()
        if s is not None and checked != s.closed:
            self.opened.push(commands.SetSessionFields(
                self.opened, s.id, translate("SessionEditor", "Mark closed") if checked
                else translate("SessionEditor", "Mark open"), closed=checked))

    def _set_mode(self) -> None:
        s = self._session()
        mode = self.mode.currentData()
        if s is not None and mode != s.interpretation_mode:
            changes: dict[str, object] = {"interpretation_mode": mode}
            if mode != Mode.NONE and len(s.interpretation_languages) < 2:
                changes["interpretation_languages"] = list(self.opened.loaded.event.languages)
            self.opened.push(commands.SetSessionFields(
                self.opened, s.id, translate("SessionEditor", "Change interpretation"), **changes))

    def _set_languages(self) -> None:
        s = self._session()
        if s is None:
            return
        codes = parse_language_codes(self.languages.text())
        if codes is None:
            self.opened.edit_refused.emit(self.tr("Languages are codes like ko, en, fr."))
            self._fill_header()
            return
        if codes == list(s.interpretation_languages):
            return
        self.opened.push(commands.SetSessionFields(
            self.opened, s.id, translate("SessionEditor", "Change interpretation"),
            interpretation_languages=codes))

    def _set_text(self, field: str, text: str) -> None:
        """A text of the overview (목적, 참석자, 주요 내용, 사회) in the interface language;
        the other language's text stays as it is."""
        s = self._session()
        lang = self.model.lang
        if s is None or text == getattr(s, field).get(lang, ""):
            return
        value = {k: v for k, v in {**getattr(s, field), lang: text}.items() if v}
        names = {"purpose": translate("SessionEditor", "Edit purpose"),
                 "participants": translate("SessionEditor", "Edit participants"),
                 "key_points": translate("SessionEditor", "Edit key points"),
                 "moderator": translate("SessionEditor", "Edit moderator")}
        self.opened.push(commands.SetSessionFields(self.opened, s.id, names[field],
                                                   **{field: value}))

    def add_delegation(self) -> None:
        if self.session_id is not None:
            self.opened.push(commands.AddDelegation(self.opened, self.session_id,
                                                    {"ko": "새 대표단", "en": "New delegation"}))

    def remove_delegation(self) -> None:
        index = self.delegations.currentIndex()
        if self.session_id is None or not index.isValid():
            return
        record = self.delegations_model.record(index.row())
        self.opened.push(commands.DeleteDelegation(self.opened, self.session_id, record.id))

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's override
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_rows()
            return
        super().keyPressEvent(event)

