"""The event open in the window: its file, its loaded data, its findings and its undo history.

Built once per open event in main() and passed down; nothing here is a module-level
singleton. Views listen to two signals and decide for themselves what to refresh.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from db.document import DocumentError, EventDocument
from db.loading import LoadedEvent, load_event, reload_rooms_and_people, reload_session
from exports.fonts import unprintable
from planner.rules import Finding, RuleEngine
from ui.refusals import refusal_text


class OpenEvent(QObject):
    """One open event file with everything the views read."""

    sessions_changed = Signal(object)
    """A set of session ids whose fields, rows or assignments changed; empty: all of them."""
    findings_changed = Signal()
    edit_refused = Signal(str)
    """An edit the event refused, in words for the status bar, in the interface language."""

    def __init__(self, doc: EventDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.loaded: LoadedEvent = load_event(doc)
        self.engine = RuleEngine(self.loaded, unprintable=unprintable)  # the documents' fonts
        self.findings: list[Finding] = self.engine.check_all()
        self.undo_stack = QUndoStack(self)
        self.last_refusal = ""
        """What the last refused edit was told, for a field to say it where it was typed."""
        # The loaded event lives as long as the window: keep the garbage collector from
        # walking it again and again (a full pass over a large event is tens of ms).
        gc.collect()
        gc.freeze()

    @property
    def read_only(self) -> bool:
        return self.doc.read_only

    def push(self, command: QUndoCommand) -> bool:
        """Do an edit and put it on the undo stack; a refused edit leaves no trace."""
        try:
            command.do()  # type: ignore[attr-defined]
        except DocumentError as exc:
            self.last_refusal = refusal_text(exc)
            self.edit_refused.emit(self.last_refusal)
            return False
        command.done_before_push = True  # type: ignore[attr-defined]
        self.undo_stack.push(command)
        return True

    def after_edit(self, session_ids: Iterable[int]) -> None:
        """Bring the loaded data and findings up to date after edits to these sessions."""
        changed = set(session_ids)
        for sid in changed:
            reload_session(self.doc, self.loaded, sid)
        self.findings = self.engine.recheck(changed)
        self.sessions_changed.emit(changed)
        self.findings_changed.emit()

    def after_venue_edit(self, session_ids: Iterable[int] = ()) -> None:
        """After an edit to rooms or interpreters: everything that uses them is checked again
        (and these sessions, whose assignments it changed, read again)."""
        reload_rooms_and_people(self.doc, self.loaded)
        for sid in session_ids:
            reload_session(self.doc, self.loaded, sid)
        self.findings = self.engine.check_all()
        self.sessions_changed.emit(set())
        self.findings_changed.emit()

    def close(self) -> None:
        self.undo_stack.clear()
        self.doc.close()
        gc.unfreeze()
