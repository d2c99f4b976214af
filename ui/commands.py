"""Every edit the window makes, as an undoable command that calls db/ edits.

An edit's name (shown as "Undo <name>" in the Edit menu) is in the interface language.

Each command remembers what it needs to undo itself; compound edits (a paste)
are one command made of part commands, one per row.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from db import edits, importing, resource_edits
from db.importing import ImportOutcome, Target
from planner.imports.model import ParsedImport
from planner.paste import PastedRow, count_rows
from ui.context import OpenEvent
from ui.edit_names import translate


class _SessionEdit(QUndoCommand):
    """A command that changes one session; refreshes it after doing and undoing."""

    def __init__(self, event: OpenEvent, session_id: int, text: str,
                 part_of: QUndoCommand | None = None) -> None:
        super().__init__(text)
        self.name = text
        """The edit's name, said again when the interface language changes."""
        self.opened, self.session_id = event, session_id
        self.is_child = part_of is not None
        """A part of a compound edit: the compound refreshes the views once, at its end."""
        self.done_before_push = False

    def redo(self) -> None:
        if self.done_before_push:  # OpenEvent.push did it already, to catch a refusal
            self.done_before_push = False
        else:
            self.do()
        if not self.is_child:
            self.opened.after_edit({self.session_id})

    def undo(self) -> None:
        self.revert()
        if not self.is_child:
            self.opened.after_edit({self.session_id})

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class SetDuration(_SessionEdit):
    def __init__(self, event: OpenEvent, session_id: int, item_id: int, minutes: int) -> None:
        super().__init__(event, session_id, translate(
            "Edit", "Change duration to {0} min").format(minutes))
        self.item_id, self.minutes, self.old = item_id, minutes, 0

    def do(self) -> None:
        self.old = edits.set_item_duration(self.opened.doc, self.item_id, self.minutes)

    def revert(self) -> None:
        edits.set_item_duration(self.opened.doc, self.item_id, self.old)


class PinStart(_SessionEdit):
    def __init__(self, event: OpenEvent, session_id: int, item_id: int,
                 start_min: int | None) -> None:
        super().__init__(event, session_id,
                         translate("Edit", "Unpin start") if start_min is None
                         else translate("Edit", "Pin start"))
        self.item_id, self.start_min, self.old = item_id, start_min, None

    def do(self) -> None:
        self.old = edits.set_item_start(self.opened.doc, self.item_id, self.start_min)

    def revert(self) -> None:
        edits.set_item_start(self.opened.doc, self.item_id, self.old)


class SetRowText(_SessionEdit):
    def __init__(self, event: OpenEvent, session_id: int, item_id: int, field: str, lang: str,
                 text: str, part_of: QUndoCommand | None = None) -> None:
        names = {"title": translate("Edit", "Edit content"),
                 "remarks": translate("Edit", "Edit remarks"),
                 "details": translate("Edit", "Edit details"),
                 "notes": translate("Edit", "Edit notes")}
        super().__init__(event, session_id, names.get(field, field), part_of)
        self.item_id, self.field, self.lang, self.text, self.old = item_id, field, lang, text, ""

    def do(self) -> None:
        self.old = edits.set_item_text(self.opened.doc, self.item_id, self.field, self.lang,
                                       self.text)

    def revert(self) -> None:
        edits.set_item_text(self.opened.doc, self.item_id, self.field, self.lang, self.old)


class SetRowContent(_SessionEdit):
    """A row's 내용 in one language: its title and the details printed on the lines below it
    (① ② points), changed together as one step."""

    def __init__(self, event: OpenEvent, session_id: int, item_id: int, lang: str,
                 texts: dict[str, str]) -> None:
        name = translate("Edit", "Edit details") if set(texts) == {"details"} \
            else translate("Edit", "Edit content")
        super().__init__(event, session_id, name)
        self.item_id, self.lang, self.texts = item_id, lang, texts
        self.old: dict[str, str] = {}

    def do(self) -> None:
        self.old = edits.set_item_texts(self.opened.doc, self.item_id, self.lang, self.texts)

    def revert(self) -> None:
        edits.set_item_texts(self.opened.doc, self.item_id, self.lang, self.old)


class SetRowInterpretation(_SessionEdit):
    """A row interpreted otherwise than its session, or as its session again: its mode or the
    languages it is interpreted between."""

    def __init__(self, event: OpenEvent, session_id: int, item_id: int, **changes: object) -> None:
        name = translate("Edit", "Change row languages") \
            if set(changes) == {"interpretation_languages"} \
            else translate("Edit", "Change row interpretation")
        super().__init__(event, session_id, name)
        self.item_id, self.changes = item_id, changes
        self.old: dict[str, object] = {}

    def do(self) -> None:
        self.old = edits.set_item_interpretation(self.opened.doc, self.item_id, **self.changes)

    def revert(self) -> None:
        edits.set_item_interpretation(self.opened.doc, self.item_id, **self.old)


class InsertRow(_SessionEdit):
    def __init__(self, event: OpenEvent, session_id: int, parent_id: int | None, position: int,
                 *, duration: int = 5, title: dict[str, str] | None = None,
                 remarks: dict[str, str] | None = None, marker_at: int | None = None,
                 part_of: QUndoCommand | None = None) -> None:
        text = translate("Edit", "Insert row") if marker_at is None \
            else translate("Edit", "Insert marker")
        super().__init__(event, session_id, text, part_of)
        self.parent_id, self.position = parent_id, position
        self.duration, self.title, self.remarks = duration, title or {}, remarks or {}
        self.marker_at = marker_at
        """A marker's time (a VIP leaving at 12:25): a point, not a row with a length."""
        self.item_id: int | None = None

    def do(self) -> None:
        # The same id on every redo, so later commands that name this row still find it.
        self.item_id = edits.insert_item(self.opened.doc, self.session_id, self.parent_id,
                                         self.position, duration=self.duration, title=self.title,
                                         marker=self.marker_at is not None,
                                         start_min=self.marker_at, item_id=self.item_id)
        for lang, text in self.remarks.items():
            edits.set_item_text(self.opened.doc, self.item_id, "remarks", lang, text)

    def revert(self) -> None:
        assert self.item_id is not None
        edits.delete_item(self.opened.doc, self.item_id)


class DeleteRow(_SessionEdit):
    def __init__(self, event: OpenEvent, session_id: int, item_id: int) -> None:
        super().__init__(event, session_id, translate("Edit", "Delete row"))
        self.item_id = item_id
        self.taken: list[dict[str, object]] = []

    def do(self) -> None:
        self.taken = edits.delete_item(self.opened.doc, self.item_id)

    def revert(self) -> None:
        edits.restore_items(self.opened.doc, self.taken)


class PasteRows(_SessionEdit):
    """Rows pasted from a run sheet, a spreadsheet or a word processor, blocks with their rows
    and markers kept: one undo step for all of them; redo puts back the same rows."""

    def __init__(self, event: OpenEvent, session_id: int, parent_id: int | None, position: int,
                 rows: list[PastedRow], lang: str = "ko") -> None:
        super().__init__(event, session_id, translate(
            "Edit", "Paste {0} rows").format(count_rows(rows)))
        self.parent_id, self.position, self.rows, self.lang = parent_id, position, rows, lang
        self.pasted: list[int] = []
        self.taken: list[tuple[str, object]] | None = None

    def do(self) -> None:
        if self.taken is not None:
            importing.put_back(self.opened.doc, self.taken)
        else:
            self.pasted = importing.paste_rows(self.opened.doc, self.session_id, self.parent_id,
                                               self.position, self.rows, self.lang)

    def revert(self) -> None:
        self.taken = importing.take_rows(self.opened.doc, self.pasted)


class SetSessionFields(_SessionEdit):
    def __init__(self, event: OpenEvent, session_id: int, text: str, **changes: object) -> None:
        super().__init__(event, session_id, text)
        self.changes = changes
        self.old: dict[str, object] = {}

    def do(self) -> None:
        self.old = edits.set_session_fields(self.opened.doc, self.session_id, **self.changes)

    def revert(self) -> None:
        edits.set_session_fields(self.opened.doc, self.session_id, **self.old)


class MoveRow(_SessionEdit):
    """Indent, outdent or reorder a row; a leaf that receives a row becomes a block."""

    def __init__(self, event: OpenEvent, session_id: int, item_id: int, text: str,
                 parent_id: int | None, position: int, *, make_block: int | None = None) -> None:
        super().__init__(event, session_id, text)
        self.item_id, self.parent_id, self.position = item_id, parent_id, position
        self.make_block = make_block
        """The id of a leaf that becomes a block by receiving this row."""
        self.old_place: tuple[int | None, int] = (None, 0)
        self.old_length: int | None = None

    def do(self) -> None:
        doc = self.opened.doc
        if self.make_block is not None:
            self.old_length = edits.set_item_length(doc, self.make_block, None)
        try:
            self.old_place = edits.move_item(doc, self.item_id, self.parent_id, self.position)
        except edits.EditError:
            if self.make_block is not None:
                edits.set_item_length(doc, self.make_block, self.old_length)
            raise

    def revert(self) -> None:
        doc = self.opened.doc
        edits.move_item(doc, self.item_id, *self.old_place)
        if self.make_block is not None:
            edits.set_item_length(doc, self.make_block, self.old_length)


class AddSession(_SessionEdit):
    def __init__(self, event: OpenEvent, key: str, title: dict[str, str], date: object,
                 start_min: int, end_min: int, room_id: int | None) -> None:
        super().__init__(event, 0, translate("Edit", "Add session"))
        self.fields = dict(key=key, title=title, date=date, start_min=start_min,
                           end_min=end_min, room_id=room_id)
        self.taken: dict | None = None

    def do(self) -> None:
        if self.taken is not None:  # a redo: the same session, with the same id
            edits.restore_session(self.opened.doc, self.taken)
        else:
            self.session_id = edits.add_session(self.opened.doc, **self.fields)  # type: ignore[arg-type]

    def revert(self) -> None:
        self.taken = edits.delete_session(self.opened.doc, self.session_id)


class DeleteSession(_SessionEdit):
    def __init__(self, event: OpenEvent, session_id: int) -> None:
        super().__init__(event, session_id, translate("Edit", "Delete session"))
        self.taken: dict = {}

    def do(self) -> None:
        self.taken = edits.delete_session(self.opened.doc, self.session_id)

    def revert(self) -> None:
        edits.restore_session(self.opened.doc, self.taken)


class DuplicateSession(_SessionEdit):
    def __init__(self, event: OpenEvent, source_id: int, new_key: str, date: object) -> None:
        super().__init__(event, 0, translate("Edit", "Duplicate session"))
        self.source_id, self.new_key, self.date = source_id, new_key, date
        self.taken: dict | None = None

    def do(self) -> None:
        if self.taken is not None:
            edits.restore_session(self.opened.doc, self.taken)
        else:
            self.session_id = edits.duplicate_session(self.opened.doc, self.source_id,
                                                      self.new_key, self.date)

    def revert(self) -> None:
        self.taken = edits.delete_session(self.opened.doc, self.session_id)


class Assign(_SessionEdit):
    def __init__(self, event: OpenEvent, session_id: int, interpreter_id: int, role: str,
                 item_id: int | None = None) -> None:
        super().__init__(event, session_id, translate("Edit", "Assign interpreter"))
        self.interpreter_id, self.role, self.item_id = interpreter_id, role, item_id
        self.assignment_id: int | None = None

    def do(self) -> None:
        self.assignment_id = resource_edits.assign(self.opened.doc, self.interpreter_id, self.session_id,
                                          self.role, item_id=self.item_id,
                                          assignment_id=self.assignment_id)

    def revert(self) -> None:
        assert self.assignment_id is not None
        resource_edits.unassign(self.opened.doc, self.assignment_id)


class Unassign(_SessionEdit):
    def __init__(self, event: OpenEvent, session_id: int, assignment_id: int) -> None:
        super().__init__(event, session_id, translate("Edit", "Unassign interpreter"))
        self.assignment_id = assignment_id
        self.taken: dict[str, object] = {}

    def do(self) -> None:
        self.taken = resource_edits.unassign(self.opened.doc, self.assignment_id)

    def revert(self) -> None:
        taken = self.taken
        resource_edits.assign(self.opened.doc, taken["interpreter_id"], taken["session_id"],  # type: ignore[arg-type]
                     taken["role"], item_id=taken["item_id"], note=taken["note"],  # type: ignore[arg-type]
                     assignment_id=taken["id"])  # type: ignore[arg-type]


class _VenueEdit(QUndoCommand):
    """A command on rooms or interpreters: every session may feel it, so all are re-checked."""

    def __init__(self, event: OpenEvent, text: str) -> None:
        super().__init__(text)
        self.name = text
        self.opened = event
        self.done_before_push = False
        self.sessions: list[int] = []
        """Sessions whose own records the edit changed (assignments), read again after it."""

    def redo(self) -> None:
        if self.done_before_push:
            self.done_before_push = False
        else:
            self.do()
        self.opened.after_venue_edit(self.sessions)

    def undo(self) -> None:
        self.revert()
        self.opened.after_venue_edit(self.sessions)

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class UpdateEvent(_VenueEdit):
    """The event's title, languages or time zone: every document and rule may use them."""

    def __init__(self, event: OpenEvent, **changes: object) -> None:
        super().__init__(event, translate("Edit", "Change event settings"))
        self.changes, self.old = changes, {}

    def do(self) -> None:
        self.old = resource_edits.update_event(self.opened.doc, **self.changes)
        self._show(self.changes)

    def revert(self) -> None:
        resource_edits.update_event(self.opened.doc, **self.old)
        self._show(self.old)

    def _show(self, values: dict[str, object]) -> None:
        for key, value in values.items():  # the loaded event, as after a fresh load
            setattr(self.opened.loaded.event, key, value)


class UpdateRoom(_VenueEdit):
    def __init__(self, event: OpenEvent, room_id: int, **changes: object) -> None:
        super().__init__(event, translate("Edit", "Edit room"))
        self.room_id, self.changes, self.old = room_id, changes, {}

    def do(self) -> None:
        self.old = resource_edits.update_room(self.opened.doc, self.room_id, **self.changes)

    def revert(self) -> None:
        resource_edits.update_room(self.opened.doc, self.room_id, **self.old)


class AddRoom(_VenueEdit):
    def __init__(self, event: OpenEvent, key: str, name: dict[str, str]) -> None:
        super().__init__(event, translate("Edit", "Add room"))
        self.key, self.room_name = key, name  # self.name is the edit's name, said again
        self.room_id: int | None = None

    def do(self) -> None:
        self.room_id = resource_edits.add_room(self.opened.doc, self.key, self.room_name,
                                               room_id=self.room_id)

    def revert(self) -> None:
        assert self.room_id is not None
        resource_edits.delete_room(self.opened.doc, self.room_id)


class DeleteRoom(_VenueEdit):
    def __init__(self, event: OpenEvent, room_id: int) -> None:
        super().__init__(event, translate("Edit", "Delete room"))
        self.room_id = room_id
        self.taken: dict[str, object] = {}

    def do(self) -> None:
        self.taken = resource_edits.delete_room(self.opened.doc, self.room_id)

    def revert(self) -> None:
        resource_edits.restore_room(self.opened.doc, self.taken)


class UpdateInterpreter(_VenueEdit):
    def __init__(self, event: OpenEvent, interpreter_id: int, **changes: object) -> None:
        super().__init__(event, translate("Edit", "Edit interpreter"))
        self.interpreter_id, self.changes, self.old = interpreter_id, changes, {}

    def do(self) -> None:
        self.old = resource_edits.update_interpreter(self.opened.doc, self.interpreter_id, **self.changes)

    def revert(self) -> None:
        resource_edits.update_interpreter(self.opened.doc, self.interpreter_id, **self.old)


class UpdateDelegation(_SessionEdit):
    def __init__(self, event: OpenEvent, session_id: int, delegation_id: int,
                 **changes: object) -> None:
        super().__init__(event, session_id,
                         translate("Edit", "Edit delegation"))
        self.delegation_id, self.changes, self.old = delegation_id, changes, {}

    def do(self) -> None:
        self.old = resource_edits.update_delegation(self.opened.doc, self.delegation_id, **self.changes)

    def revert(self) -> None:
        resource_edits.update_delegation(self.opened.doc, self.delegation_id, **self.old)


class AddDelegation(_SessionEdit):
    def __init__(self, event: OpenEvent, session_id: int, side: dict[str, str]) -> None:
        super().__init__(event, session_id, translate("Edit", "Add delegation"))
        self.side = side
        self.delegation_id: int | None = None

    def do(self) -> None:
        self.delegation_id = resource_edits.add_delegation(self.opened.doc, self.session_id, self.side,
                                                  delegation_id=self.delegation_id)

    def revert(self) -> None:
        assert self.delegation_id is not None
        resource_edits.delete_delegation(self.opened.doc, self.delegation_id)


class DeleteDelegation(_SessionEdit):
    def __init__(self, event: OpenEvent, session_id: int, delegation_id: int) -> None:
        super().__init__(event, session_id,
                         translate("Edit", "Delete delegation"))
        self.delegation_id = delegation_id
        self.taken: dict[str, object] = {}

    def do(self) -> None:
        self.taken = resource_edits.delete_delegation(self.opened.doc, self.delegation_id)

    def revert(self) -> None:
        resource_edits.restore_delegation(self.opened.doc, self.taken)


class AddInterpreter(_VenueEdit):
    def __init__(self, event: OpenEvent, key: str, name: dict[str, str], languages: list[str],
                 directions: list[str], modes: list[str]) -> None:
        super().__init__(event, translate("Edit", "Add interpreter"))
        self.fields = dict(key=key, name=name, languages=languages, directions=directions,
                           modes=modes)
        self.interpreter_id: int | None = None

    def do(self) -> None:
        self.interpreter_id = resource_edits.add_interpreter(self.opened.doc, **self.fields,  # type: ignore[arg-type]
                                                    interpreter_id=self.interpreter_id)

    def revert(self) -> None:
        assert self.interpreter_id is not None
        resource_edits.delete_interpreter(self.opened.doc, self.interpreter_id)


class RemoveInterpreter(_VenueEdit):
    """An interpreter out of the pool, taken off their sessions; undo puts all of it back."""

    def __init__(self, event: OpenEvent, interpreter_id: int) -> None:
        super().__init__(event, translate("Edit", "Remove interpreter"))
        self.interpreter_id = interpreter_id
        self.taken: dict[str, object] = {}

    def do(self) -> None:
        self.taken = resource_edits.remove_interpreter(self.opened.doc, self.interpreter_id)
        self.sessions = list(self.taken["sessions"])  # type: ignore[call-overload]

    def revert(self) -> None:
        resource_edits.restore_interpreter(self.opened.doc, self.taken)


class SetAvailability(_VenueEdit):
    def __init__(self, event: OpenEvent, interpreter_id: int,
                 slots: list[tuple[object, int, int]]) -> None:
        super().__init__(event, translate("Edit", "Change availability"))
        self.interpreter_id, self.slots = interpreter_id, slots
        self.old: list[tuple[object, int, int]] = []

    def do(self) -> None:
        self.old = resource_edits.set_availability(self.opened.doc, self.interpreter_id, self.slots)

    def revert(self) -> None:
        resource_edits.set_availability(self.opened.doc, self.interpreter_id, self.old)


class ImportProgramme(QUndoCommand):
    """Sessions and rows brought in from run-sheet text or a workbook: one step to undo."""

    def __init__(self, event: OpenEvent, parsed: ParsedImport, target: Target) -> None:
        self.name = translate("Edit", "Import {0} rows").format(parsed.row_count)
        super().__init__(self.name)
        self.opened, self.parsed, self.target = event, parsed, target
        self.outcome: ImportOutcome | None = None
        self.taken: list | None = None
        self.done_before_push = False

    def do(self) -> None:
        if self.taken is not None:  # a redo: the same sessions and rows, with the same ids
            importing.put_back(self.opened.doc, self.taken)
        else:
            self.outcome = importing.apply_import(self.opened.doc, self.parsed, self.target)

    def redo(self) -> None:
        if self.done_before_push:
            self.done_before_push = False
        else:
            self.do()
        self._announce()

    def undo(self) -> None:
        assert self.outcome is not None
        self.taken = importing.take_out(self.opened.doc, self.outcome)
        self._announce()

    def _announce(self) -> None:
        """Rooms made by the import change the venue: the rooms are read again too."""
        if self.outcome is not None and self.outcome.new_rooms:
            self.opened.after_venue_edit(self.touched)
        else:
            self.opened.after_edit(self.touched)

    @property
    def touched(self) -> set[int]:
        if self.outcome is None:
            return set()
        return {*self.outcome.new_sessions, *self.outcome.extended}
