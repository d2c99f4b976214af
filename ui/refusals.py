"""Why an edit was refused, or the disk or the file refused, said in the interface language.

db/edits.py refuses an edit with a code and its parameters (and an English sentence for the
command line); here each code has its sentence for the window, translated like every other
interface string. A refusal without a code is said as it came.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Refusal"

TEXTS: dict[str, str] = {
    "row-too-short": QT_TRANSLATE_NOOP("Refusal", "A row lasts at least one minute, not {minutes}."),
    "length-of-block-or-marker": QT_TRANSLATE_NOOP(
        "Refusal", "A block lasts as long as its rows and a marker has no length; "
                   "change the rows instead."),
    "marker-has-no-length": QT_TRANSLATE_NOOP(
        "Refusal", "A marker is a point in time and has no length."),
    "start-outside-day": QT_TRANSLATE_NOOP(
        "Refusal", "A start is a time of day between 00:00 and 23:59."),
    "pinned-row-leaves-day": QT_TRANSLATE_NOOP(
        "Refusal", "The session cannot move there: the row pinned at {start} would leave the day."),
    "row-gone": QT_TRANSLATE_NOOP("Refusal", "This row no longer exists."),
    "no-row-text": QT_TRANSLATE_NOOP("Refusal", "A row has no text called '{field}'."),
    "row-other-session": QT_TRANSLATE_NOOP("Refusal", "A row stays in its own session."),
    "row-under-marker": QT_TRANSLATE_NOOP(
        "Refusal", "A marker is a point in time; rows cannot go under it."),
    "row-inside-itself": QT_TRANSLATE_NOOP("Refusal", "A row cannot go inside itself."),
    "rows-not-a-tree": QT_TRANSLATE_NOOP(
        "Refusal", "The saved rows of this session do not form a tree."),
    "session-gone": QT_TRANSLATE_NOOP("Refusal", "This session no longer exists."),
    "no-session-field": QT_TRANSLATE_NOOP("Refusal", "A session has no field called '{field}'."),
    "session-times": QT_TRANSLATE_NOOP(
        "Refusal", "A session ends after it starts, within the day."),
    "session-ends-before-start": QT_TRANSLATE_NOOP(
        "Refusal", "A session ends after it starts: {end} is not after {start}."),
    "session-key-taken": QT_TRANSLATE_NOOP(
        "Refusal", "A session with the key '{key}' exists already."),
    "room-gone": QT_TRANSLATE_NOOP("Refusal", "That room no longer exists."),
    "room-key-taken": QT_TRANSLATE_NOOP("Refusal", "A room with the key '{key}' exists already."),
    "room-in-use": QT_TRANSLATE_NOOP(
        "Refusal", "{count} session(s) use this room; move them first."),
    "interpreter-gone": QT_TRANSLATE_NOOP("Refusal", "That interpreter no longer exists."),
    "interpreter-key-taken": QT_TRANSLATE_NOOP(
        "Refusal", "An interpreter with the key '{key}' exists already."),
    "interpreter-assigned": QT_TRANSLATE_NOOP(
        "Refusal", "This interpreter is assigned; unassign them first."),
    "availability-times": QT_TRANSLATE_NOOP(
        "Refusal", "An availability stretch ends after it starts, within the day."),
    "delegation-gone": QT_TRANSLATE_NOOP("Refusal", "That delegation no longer exists."),
    "assignment-gone": QT_TRANSLATE_NOOP("Refusal", "That assignment no longer exists."),
    "not-a-role": QT_TRANSLATE_NOOP(
        "Refusal", "'{role}' is not a role (booth, consecutive, whisper, relay, sight)."),
    "row-not-in-session": QT_TRANSLATE_NOOP("Refusal", "That row is not in this session."),
    "role-taken": QT_TRANSLATE_NOOP("Refusal", "This interpreter already has that role here."),
    "no-field": QT_TRANSLATE_NOOP("Refusal", "There is no field called '{field}'."),
    "not-a-count": QT_TRANSLATE_NOOP("Refusal", "{field} is a whole number, 0 or more."),
    "event-title": QT_TRANSLATE_NOOP("Refusal", "An event has a title in at least one language."),
    "event-languages": QT_TRANSLATE_NOOP(
        "Refusal", "An event works in two or more languages, written as codes such as ko, en."),
    "event-timezone": QT_TRANSLATE_NOOP(
        "Refusal", "'{zone}' is not a time zone; write one such as Asia/Seoul."),
    "event-policy": QT_TRANSLATE_NOOP(
        "Refusal", "The planning rules cannot take that policy ({problem})."),
}
"""Each refusal code of db.edits.REFUSALS, as the window says it (English source text)."""

NOT_A_TIME = QT_TRANSLATE_NOOP(
    "Refusal", "\"{text}\" is not a time of day: type it as 11:30, 1130 or 9:05.")
"""What a start or end typed as something else is told."""

STORAGE_TEXTS: dict[str, str] = {
    "disk-full": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: cannot be written: the disk is full (or the disk quota is used up). "
                   "Free some space and try again."),
    "io-error": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: cannot be read or written: the disk reported an input/output error. "
                   "Check the drive, or copy the file to another one."),
    "damaged": QT_TRANSLATE_NOOP("Refusal", "{path}: is damaged ({detail}). Open a backup copy."),
    "stored-not-json": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: is damaged: a stored text is not valid JSON. Open a backup copy."),
    "stored-not-utf8": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: is damaged: a stored text is not valid UTF-8. Open a backup copy."),
    "stored-bad-value": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: is damaged: a stored value is not of its kind ({detail}). "
                   "Open a backup copy."),
    "number-too-large": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: cannot store a number that large."),
    "read-only-drive": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: cannot be written: it is on a read-only drive."),
    "not-permitted": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: cannot be written: permission denied (it may be open in another "
                   "program, locked, marked unchangeable, or someone else's)."),
    "not-writable": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: cannot be written: the file or its folder is read-only."),
    "cannot-open": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: cannot be opened or created (its folder may be read-only or "
                   "missing)."),
    "not-a-folder": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: cannot be written: part of the path is a file, not a folder."),
    "is-a-file": QT_TRANSLATE_NOOP("Refusal", "{path}: is a file, not a folder."),
    "is-a-folder": QT_TRANSLATE_NOOP("Refusal", "{path}: is a folder, not a file."),
    "no-folder": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: cannot be written: the folder does not exist."),
    "name-too-long": QT_TRANSLATE_NOOP("Refusal", "{path}: cannot be written: the name is too long."),
    "marked-read-only": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: is marked read-only. Make it writable first, or choose another name."),
    "in-use": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: is in use by another Agenda Planner window or program. "
                   "Close it there first."),
    "os-error": QT_TRANSLATE_NOOP("Refusal", "{path}: cannot be written ({detail})."),
    "database-error": QT_TRANSLATE_NOOP(
        "Refusal", "{path}: cannot be used (the database said: {detail})."),
}
"""Each storage failure of db.errors.REASONS (a full disk, a damaged file, a folder that cannot
be written), as the window says it about the file or folder concerned."""

FIELD_WORDS: dict[str, str] = {
    "capacity": QT_TRANSLATE_NOOP("Refusal", "Capacity"),
    "booths": QT_TRANSLATE_NOOP("Refusal", "Booths"),
    "on site": QT_TRANSLATE_NOOP("Refusal", "On site"),
    "remote": QT_TRANSLATE_NOOP("Refusal", "By video"),
}
"""The counts a 'not-a-count' refusal may name, as the tables head them."""


def not_a_time_text(text: str) -> str:
    """What to tell the user who typed something that is not a time into a time field."""
    return QCoreApplication.translate(CONTEXT, NOT_A_TIME).format(text=text)


def refusal_text(error: BaseException) -> str:
    """What to tell the user about a refused edit or a storage failure (a full disk, a damaged
    file, a folder that cannot be written), in the interface language now installed."""
    code = getattr(error, "code", "")
    template = TEXTS.get(code) or STORAGE_TEXTS.get(code)
    if template is None:
        return str(error)
    params = dict(getattr(error, "params", {}))
    if code == "not-a-count" and params.get("field") in FIELD_WORDS:
        params["field"] = QCoreApplication.translate(CONTEXT, FIELD_WORDS[params["field"]])
    return QCoreApplication.translate(CONTEXT, template).format(**params)
