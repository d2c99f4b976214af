"""Bringing a programme in: paste run-sheet text or choose a file, see what was understood
with its problems marked, then import it into new sessions or one existing session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.importing import RoomPlan, Target, event_notes, plan_rooms, refusals, session_keys
from planner.imports.messages import say
from planner.imports.model import ImportRefused, ParsedImport, Problem, ProblemKind
from planner.imports.preview import hhmm
from planner.imports.runsheet import parse_text
from planner.imports.sources import read_source
from planner.imports.spreadsheet import FIELDS, ColumnMap, read_sheets
from planner.rules.text import name as in_language
from planner.text_clean import clean_text
from ui.context import OpenEvent
from ui.import_preview import (
    KEPT_COLOUR,
    NEW_ROOM_COLOUR,
    NOTE,
    UNREAD_COLOUR,
    UNUSED_COLOUR,
    ImportPreview,
)

__all__ = ["KEPT_COLOUR", "NEW_ROOM_COLOUR", "NOTE", "UNREAD_COLOUR", "UNUSED_COLOUR",
           "ImportChoice", "ImportDialog", "ask_import"]

SOURCES = QT_TRANSLATE_NOOP("ImportDialog", "Programmes (*.txt *.tsv *.xlsx)")


@dataclass(frozen=True)
class ImportChoice:
    parsed: ParsedImport
    target: Target


class ImportDialog(QDialog):
    """Source, target and a preview; nothing is written until Import is pressed."""

    def __init__(self, opened: OpenEvent, session_key: str | None = None,
                 parent: QWidget | None = None, lang: str = "ko") -> None:
        super().__init__(parent)
        self.opened = opened
        self.lang = lang
        """The language of what the import says about the source (the window's)."""
        self.parsed: ParsedImport | None = None
        self.notes: list[Problem] = []
        """What the preview found against the event (rooms, rows already there): amber."""
        self.rooms = RoomPlan()
        """The rooms the source names that the event lacks, made if the option is on."""
        self._rooms_chosen = False
        """Whether the user set the option; until then it follows the source."""
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Import programme"))
        self.resize(900, 640)

        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr(
            "Paste rows copied from a run sheet, Excel or a word processor: "
            "time, content and remarks separated by tabs"))
        self.file_label = QLineEdit()
        self.file_label.setReadOnly(True)
        self.file_label.setPlaceholderText(self.tr("or choose a .txt, .tsv or .xlsx file"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose_file)
        source_row = QHBoxLayout()
        source_row.addWidget(self.file_label, 1)
        source_row.addWidget(choose)

        self.columns_box = QGroupBox(self.tr("Which column is which"))
        self.column_combos: dict[str, QComboBox] = {}
        grid = QGridLayout(self.columns_box)
        for n, name in enumerate(FIELDS):
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._schedule)
            self.column_combos[name] = combo
            grid.addWidget(QLabel(self._field_name(name)), n // 3, (n % 3) * 2)
            grid.addWidget(combo, n // 3, (n % 3) * 2 + 1)
        self.columns_box.hide()

        self.target = QComboBox()
        self.target.addItem(self.tr("New session(s)"), None)
        for session in opened.loaded.sessions:
            title = in_language(session.title, lang)
            named = session.key if title in ("", session.key) else f"{session.key} — {title}"
            self.target.addItem(f"{named} ({session.date} {hhmm(session.start_min)})",
                                session.key)
        if session_key is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(session_key)))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        first = self._default_date(session_key)
        self.date.setDate(QDate(first.year, first.month, first.day))
        self._new_day = self.date.date()
        """The day chosen for new sessions, kept while the target is an existing session."""
        self._target_changed()
        self.create_rooms = QCheckBox(self.tr("Create the rooms named in the source"))
        self.create_rooms.setToolTip(self.tr(
            "Rooms the source names that no room of the event matches become rooms of the "
            "event, and the imported sessions take place in them"))
        self.create_rooms.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Import into"), self.target)
        form.addRow(self.tr("Day of new sessions"), self.date)
        form.addRow("", self.create_rooms)

        self.preview = ImportPreview()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(source_row)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.columns_box)
        layout.addLayout(form)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        self.text.textChanged.connect(self._text_changed)
        self.target.currentIndexChanged.connect(self._target_changed)
        self.target.currentIndexChanged.connect(self.refresh)
        self.date.dateChanged.connect(self.refresh)
        self.create_rooms.toggled.connect(self._rooms_toggled)

    # -- the source -----------------------------------------------------------------

    def _choose_file(self) -> None:
        path = QFileDialog.getOpenFileName(self, self.tr("Import programme"), "",
                                           self.tr(SOURCES))[0]
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        """Read this file instead of pasted text."""
        self.path = Path(path)
        self.file_label.setText(str(self.path))
        self.columns_box.hide()
        for combo in self.column_combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.refresh()

    def _text_changed(self) -> None:
        if self.text.toPlainText().strip():
            self.path = None
            self.file_label.clear()
            self.columns_box.hide()
        self._schedule()

    def _schedule(self) -> None:
        self._timer.start()

    def _columns(self) -> ColumnMap | None:
        if self.columns_box.isHidden():
            return None
        chosen = {name: combo.currentData() for name, combo in self.column_combos.items()
                  if combo.currentData() is not None}
        return ColumnMap(chosen)

    def _offer_columns(self) -> None:
        """Fill the column choosers from the first row of the workbook's first sheet."""
        assert self.path is not None
        sheets = read_sheets(self.path)
        first = next((rows[0].cells for _, rows in sheets if rows), ())
        for combo in self.column_combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for index, heading in enumerate(first):
                letter = chr(65 + index) if index < 26 else str(index + 1)
                combo.addItem(f"{letter}: {heading}" if heading else letter, index)
            combo.blockSignals(False)
        self.columns_box.show()

    # -- reading and showing ----------------------------------------------------------

    def refresh(self) -> None:
        """Read the source again and show what would be imported."""
        self._timer.stop()
        self.parsed = None
        self.preview.clear()
        self.import_button.setEnabled(False)
        try:
            if self.path is not None:
                self.parsed = read_source(self.path, columns=self._columns())
            elif self.text.toPlainText().strip():
                self.parsed = parse_text(clean_text(self.text.toPlainText()),
                                         self.tr("pasted text"))
        except ImportRefused as exc:
            if "--columns" in str(exc) and self.columns_box.isHidden():
                try:
                    self._offer_columns()
                except ImportRefused:
                    pass
                self._show_refusal(self.tr("Say which column holds the content and the start "
                                           "time, then the rows appear here."))
            else:
                self._show_refusal(say(exc.args[0], self.lang))
            return
        self._show()

    def _show_refusal(self, message: str) -> None:
        self.preview.clear()
        self.status.setText(message)
        self.status.setStyleSheet("color: #a00000")
        self.import_button.setEnabled(False)

    def _show(self) -> None:
        self.preview.clear()
        self.notes = []
        self.status.setStyleSheet("")
        parsed = self.parsed
        if parsed is None:
            self.status.setText(self.tr("Paste run-sheet rows or choose a file."))
            self.import_button.setEnabled(False)
            return
        existing = {s.key: s.date for s in self.opened.loaded.sessions}
        target = self.choice_target()
        keys = session_keys(parsed, target, existing) if not (
            target.session_key and len(parsed.sessions) > 1) else []
        self.rooms = plan_rooms(parsed, keys, self.opened.loaded.rooms) if keys else RoomPlan()
        self._offer_rooms()
        creating = self.creates_rooms()
        if keys:
            self.notes = event_notes(parsed, keys, self.opened.loaded, creating)
        self.preview.show_import(parsed, keys, target, self.notes, self.lang,
                                 self.rooms if creating else None,
                                 {s.key: s for s in self.opened.loaded.sessions})
        self._status(parsed, keys)

    def _offer_rooms(self) -> None:
        """The option is there when the source names rooms the event lacks; on by default
        then, unless the user has said otherwise."""
        self.create_rooms.blockSignals(True)
        self.create_rooms.setEnabled(bool(self.rooms.rooms))
        if not self._rooms_chosen:
            self.create_rooms.setChecked(bool(self.rooms.rooms))
        self.create_rooms.blockSignals(False)

    def _rooms_toggled(self) -> None:
        self._rooms_chosen = True
        if self.parsed is not None:
            self._show()

    def creates_rooms(self) -> bool:
        """Whether the import will make rooms (the option is on and there are rooms to make)."""
        return self.create_rooms.isChecked() and bool(self.rooms.rooms)

    def _status(self, parsed: ParsedImport, keys: list[tuple[str, bool]]) -> None:
        unread = len(parsed.unread)
        found = [p for p in parsed.problems if p not in self.notes]
        kept = sum(p.kind is ProblemKind.KEPT for p in found)
        adjusted = sum(p.kind is ProblemKind.ADJUSTED for p in found)
        parts = [self.tr("{0} session(s), {1} row(s)").format(len(parsed.sessions),
                                                             parsed.row_count)]
        if parsed.unused:
            parts.append(self.tr("{0} line(s) not used (listed at the end, grey)")
                         .format(len(parsed.unused)))
        if kept:
            parts.append(self.tr("{0} kept as printed although they disagree (amber)")
                         .format(kept))
        if adjusted:
            parts.append(self.tr("{0} adjusted to the event's times (amber)").format(adjusted))
        if self.notes:
            parts.append(self.tr("{0} to check against the event (amber)")
                         .format(len(self.notes)))
        if self.creates_rooms():
            parts.append(self.tr("{0} new room(s) will be created (green)")
                         .format(len(self.rooms.rooms)))
        target = self.choice_target()
        dated = sum(1 for session, (_, there) in zip(parsed.sessions, keys, strict=False)
                    if not there and session.date is not None and session.date != target.date)
        if dated and target.session_key is None:
            parts.append(self.tr("{0} session(s) on the day the source gives, not the day "
                                 "chosen").format(dated))
        if unread:
            parts.append(self.tr("{0} line(s) could not be read (red)").format(unread))
        if target.session_key and len(parsed.sessions) > 1:
            parts.append(self.tr("the text holds several sessions: import them as new "
                                 "sessions"))
        refused = [say(r, self.lang) for r in refusals(parsed, target, keys)] if keys else []
        if unread:
            parts.append(self.tr("correct the red lines in the source first: an import is "
                                 "all or nothing"))
        parts.extend(refused)
        self.status.setText("; ".join(parts))
        self.status.setStyleSheet("color: #a00000" if unread or refused else "")
        self.import_button.setEnabled(bool(parsed.sessions) and bool(keys) and not unread
                                      and not refused)

    def _target_changed(self) -> None:
        """The day is asked for new sessions only: an existing session shows its own."""
        chosen = next((s for s in self.opened.loaded.sessions
                       if s.key == self.target.currentData()), None)
        self.date.blockSignals(True)
        if chosen is None:
            self.date.setDate(self._new_day)
        else:
            if self.date.isEnabled():
                self._new_day = self.date.date()
            self.date.setDate(QDate(chosen.date.year, chosen.date.month, chosen.date.day))
        self.date.setEnabled(chosen is None)
        self.date.blockSignals(False)

    # -- the answer -------------------------------------------------------------------

    def accept(self) -> None:
        """Import what the preview shows; if the text changed a moment ago, show it first."""
        if self._timer.isActive():
            self.refresh()
            return
        if self.import_button.isEnabled():
            super().accept()

    def choice_target(self) -> Target:
        qdate = self.date.date()
        return Target(self.target.currentData(), dt.date(qdate.year(), qdate.month(),
                                                         qdate.day()),
                      create_rooms=self.creates_rooms())

    def choice(self) -> ImportChoice | None:
        if self.parsed is None or not self.parsed.sessions:
            return None
        return ImportChoice(self.parsed, self.choice_target())

    def _default_date(self, session_key: str | None) -> dt.date:
        sessions = self.opened.loaded.sessions
        chosen = next((s for s in sessions if s.key == session_key), None)
        if chosen is not None:
            return chosen.date
        return sessions[0].date if sessions else dt.date.today()

    def _field_name(self, name: str) -> str:
        names = {"date": self.tr("Date"), "start": self.tr("Start"), "end": self.tr("End"),
                 "duration": self.tr("Minutes"), "session": self.tr("Session"),
                 "room": self.tr("Room"), "content": self.tr("Content"),
                 "remarks": self.tr("Remarks"), "interpretation": self.tr("Interpretation")}
        return names[name]


def ask_import(opened: OpenEvent, session_key: str | None, parent: QWidget | None,
               lang: str = "ko") -> ImportChoice | None:
    dialog = ImportDialog(opened, session_key, parent, lang)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()  # what the preview showed, not the source read again

