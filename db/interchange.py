"""The event interchange file: a whole event as one JSON document.

The keys are a contract with other tools (see docs/interchange.md and
resources/schema/event.schema.json). Export is canonical, so that
export -> import -> export gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from db.document import EventDocument
from db.loading import ItemNode, LoadedEvent
from db.models import (AgendaItem, Assignment, Availability, Delegation, Event, Interpreter,
                       Room, Session)
from planner.clock import TimeFormatError, format_time, parse_date, parse_time
from planner.text_clean import unwanted_character

FORMAT = "agenda-planner.event/1"
MAX_NESTING = 64
"""Levels of nesting an event document may have: agenda rows inside rows, some 28 deep."""
MAX_NUMBER = 10**9
"""Larger than any count of people or minutes an event holds; SQLite's integers end at 2**63."""


class InterchangeError(ValueError):
    """An interchange document that cannot be imported: where, and what is wrong."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where = where
        self.problem = problem


# -- reading and writing the JSON text ---------------------------------------------


def read_json(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The document in a JSON file, refused with a one-line reason if it is not ours."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InterchangeError(str(path), "no such file") from None
    except UnicodeDecodeError:
        raise InterchangeError(str(path), "is not UTF-8 text") from None
    except OSError as exc:
        raise InterchangeError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # The decoder's own words end in "at" for some faults ("Unterminated string starting at").
        what = exc.msg.removesuffix(" at")
        raise InterchangeError(str(path), f"is not JSON ({what} at line {exc.lineno}, "
                                          f"column {exc.colno})") from None
    except RecursionError:
        raise InterchangeError(str(path), f"nests deeper than an event document can "
                                          f"(more than {MAX_NESTING} levels)") from None
    except ValueError:  # Python refuses to read a number of thousands of digits
        raise InterchangeError(str(path), "holds a number of thousands of digits, more than "
                                          "any count or length of an event") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise InterchangeError(str(path), f"is not an Agenda Planner event (expected \"format\": "
                                          f"\"{FORMAT}\", found {json.dumps(found)})")
    return data


def dumps(data: dict[str, Any]) -> str:
    """Canonical JSON text: sorted keys, 2-space indent, Hangul unescaped."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# -- validation --------------------------------------------------------------------


@cache
def schema() -> dict[str, Any]:
    text = resources.files("resources").joinpath("schema/event.schema.json").read_text("utf-8")
    return json.loads(text)


def validate(data: Any) -> None:
    """Refuse a malformed document with the path of its first bad value."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    _check_values(data)
    error = best_match(Draft202012Validator(schema()).iter_errors(data))
    if error is not None:
        raise InterchangeError(_path(error.absolute_path), _explain(error))
    _check_meaning(data)


def _check_values(data: Any) -> None:
    """Refuse, with its path, what no event holds and the schema cannot say: nesting deeper
    than the format's, a text with a control character or a lone surrogate, a number too
    large for any count or length. Walked without recursion, before the schema's walk; the
    path is only worked out for a value that is refused."""
    texts: list[str] = []
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        kind = type(value)
        if kind is str:
            texts.append(value)
        elif kind is int:
            if not -MAX_NUMBER <= value <= MAX_NUMBER:
                _refuse(data, lambda v, _d: type(v) is int and v == value)  # noqa: B023
        elif kind is dict or kind is list:
            if depth >= MAX_NESTING:
                _refuse(data, lambda v, d: type(v) in (dict, list) and d >= MAX_NESTING)
            if kind is dict:
                texts.extend(value)  # its keys
                stack.extend((child, depth + 1) for child in value.values())
            else:
                stack.extend((child, depth + 1) for child in value)
    if unwanted_character("".join(texts)) is not None:  # one search over all of them
        _refuse(data, lambda v, _d: bool(
            unwanted_character(v) if type(v) is str else
            type(v) is dict and any(unwanted_character(k) for k in v)))


def _refuse(data: Any, refused: Any) -> None:
    """Say where the first value ``refused(value, depth)`` picks out is, and what is wrong."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        value, parts = stack.pop()
        if refused(value, len(parts)):
            if type(value) in (dict, list) and len(parts) >= MAX_NESTING:
                raise InterchangeError(_path(parts[:6]) + "…",
                                       f"nests deeper than an event document can "
                                       f"(more than {MAX_NESTING} levels)")
            if type(value) is int:
                raise InterchangeError(_path(parts), f"is a number larger than {MAX_NUMBER:,}, "
                                                     "more than any count or length of an event")
            if type(value) is dict:
                key = next(k for k in value if unwanted_character(k) is not None)
                raise InterchangeError(_path(parts), f"the key {key!r} holds "
                                                     f"{unwanted_character(key)}; remove it")
            raise InterchangeError(_path(parts), f"holds {unwanted_character(value)}; remove it")
        if type(value) is dict:
            stack.extend((v, (*parts, k)) for k, v in reversed(value.items()))
        elif type(value) is list:
            stack.extend((v, (*parts, i)) for i, v in reversed(list(enumerate(value))))


def _path(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(document)"


def _explain(error: Any) -> str:
    value = json.dumps(error.instance, ensure_ascii=False)
    if len(value) > 60:
        value = value[:57] + "..."
    description = error.schema.get("description") if isinstance(error.schema, dict) else None
    if error.validator == "required":
        return error.message.replace("is a required property", "is missing")
    if error.validator == "additionalProperties":
        unknown = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return f"unknown key {', '.join(map(repr, unknown))}"
    if error.validator in ("pattern", "minimum", "maximum", "minLength") and description:
        return f"{value} is not {description}"
    if error.validator == "enum":
        return f"{value} is not one of {', '.join(map(str, error.validator_value))}"
    if error.validator == "const":
        return f"should be {json.dumps(error.validator_value)}, not {value}"
    return error.message


def _check_meaning(data: dict[str, Any]) -> None:
    """What the schema cannot say: real dates, ends after starts, keys that exist."""
    room_keys = _unique_keys(data["rooms"], "rooms")
    interpreter_keys = _unique_keys(data["interpreters"], "interpreters")
    _unique_keys(data["sessions"], "sessions")
    for i, interpreter in enumerate(data["interpreters"]):
        for j, slot in enumerate(interpreter.get("available", [])):
            where = f"interpreters[{i}].available[{j}]"
            _date(slot["date"], f"{where}.date")
            _span(slot, where)
    for i, session in enumerate(data["sessions"]):
        where = f"sessions[{i}]"
        _date(session["date"], f"{where}.date")
        _span(session, where)
        room = session.get("room")
        if room is not None and room not in room_keys:
            raise InterchangeError(f"{where}.room", f"no room with key {room!r}")
        _check_assignments(session.get("assignments", []), interpreter_keys, where)
        item_keys: set[str] = set()
        for j, item in enumerate(session.get("items", [])):
            _check_item(item, f"{where}.items[{j}]", interpreter_keys, item_keys)


def _unique_keys(entries: list[dict[str, Any]], where: str) -> set[str]:
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        if entry["key"] in seen:
            raise InterchangeError(f"{where}[{i}].key", f"{entry['key']!r} is used twice")
        seen.add(entry["key"])
    return seen


def _date(text: str, where: str) -> None:
    try:
        parse_date(text)
    except TimeFormatError as exc:
        raise InterchangeError(where, str(exc)) from None


def _span(entry: dict[str, Any], where: str) -> None:
    if parse_time(entry["end"], end_of_day=True) <= parse_time(entry["start"]):
        raise InterchangeError(f"{where}.end", f"ends at {entry['end']}, not after its start "
                                               f"at {entry['start']}")


def _check_assignments(assignments: list[dict[str, Any]], interpreter_keys: set[str],
                       where: str) -> None:
    for k, assignment in enumerate(assignments):
        if assignment["interpreter"] not in interpreter_keys:
            raise InterchangeError(f"{where}.assignments[{k}].interpreter",
                                   f"no interpreter with key {assignment['interpreter']!r}")


def _check_item(item: dict[str, Any], where: str, interpreter_keys: set[str],
                item_keys: set[str]) -> None:
    if "key" in item:
        if item["key"] in item_keys:
            raise InterchangeError(f"{where}.key", f"{item['key']!r} is used twice in this session")
        item_keys.add(item["key"])
    if item.get("marker"):
        if "duration" in item or "children" in item:
            raise InterchangeError(where, "a marker is a point in time: it has no duration "
                                          "and no children")
    elif "children" in item:
        if "duration" in item:
            raise InterchangeError(f"{where}.duration", "a block lasts as long as its children; "
                                                        "give durations to the children")
    elif "duration" not in item:
        raise InterchangeError(where, "needs a duration (minutes), children, or \"marker\": true")
    _check_assignments(item.get("assignments", []), interpreter_keys, where)
    for j, child in enumerate(item.get("children", [])):
        _check_item(child, f"{where}.children[{j}]", interpreter_keys, item_keys)


# -- import ------------------------------------------------------------------------


def import_event(doc: EventDocument, data: dict[str, Any]) -> None:
    """Write a validated document into an empty event file, in one transaction."""
    validate(data)
    tables: dict[type, list[dict[str, Any]]] = {t: [] for t in (
        Event, Room, Interpreter, Availability, Session, Delegation, AgendaItem, Assignment)}
    ids = _Ids()
    info = data["event"]
    event_id = ids.next(Event)
    tables[Event].append(dict(id=event_id, title=info["title"], timezone=info["timezone"],
                              languages=info["languages"], policy=info.get("policy", {})))
    room_ids: dict[str, int] = {}
    for position, room in enumerate(data["rooms"]):
        room_ids[room["key"]] = ids.next(Room)
        tables[Room].append(dict(
            id=room_ids[room["key"]], event_id=event_id, position=position, key=room["key"],
            name=room["name"], floor=room.get("floor", ""), capacity=room.get("capacity"),
            booths=room.get("booths", 0), video=room.get("video", False),
            portable_system=room.get("portable_system", False),
            receivers=room.get("receivers")))
    interpreter_ids: dict[str, int] = {}
    for position, person in enumerate(data["interpreters"]):
        person_id = interpreter_ids[person["key"]] = ids.next(Interpreter)
        tables[Interpreter].append(dict(
            id=person_id, event_id=event_id, position=position, key=person["key"],
            name=person["name"], languages=person.get("languages", []),
            directions=person.get("directions", []), modes=person.get("modes", []),
            contact=person.get("contact", "")))
        for slot in person.get("available", []):
            tables[Availability].append(dict(
                id=ids.next(Availability), interpreter_id=person_id,
                date=dt.date.fromisoformat(slot["date"]), start_min=parse_time(slot["start"]),
                end_min=parse_time(slot["end"], end_of_day=True)))
    for session in data["sessions"]:
        session_id = ids.next(Session)
        interpretation = session.get("interpretation", {})
        tables[Session].append(dict(
            id=session_id, event_id=event_id, key=session["key"], title=session["title"],
            date=dt.date.fromisoformat(session["date"]), start_min=parse_time(session["start"]),
            end_min=parse_time(session["end"], end_of_day=True),
            room_id=room_ids[session["room"]] if session.get("room") is not None else None,
            closed=session.get("closed", False),
            **{name: session.get(name, {}) for name in _SESSION_TEXTS},
            interpretation_mode=interpretation.get("mode", "none"),
            interpretation_languages=interpretation.get("languages", []),
            listeners=interpretation.get("listeners"),
            listener_names=interpretation.get("listener_names", {}),
            listener_language=interpretation.get("listener_language")))
        for position, side in enumerate(session.get("delegations", [])):
            tables[Delegation].append(dict(
                id=ids.next(Delegation), session_id=session_id, position=position,
                side=side["side"], on_site=side.get("on_site", 0), remote=side.get("remote", 0),
                members=side.get("members", {})))
        _add_assignments(tables, ids, session.get("assignments", []), interpreter_ids,
                         session_id, None)
        for position, item in enumerate(session.get("items", [])):
            _add_item(tables, ids, item, session_id, None, position, interpreter_ids)
    with doc.transaction() as s:
        for table, rows in tables.items():
            if rows:
                s.execute(insert(table), rows)


_SESSION_TEXTS = ("purpose", "key_points", "participants", "moderator", "notes")
_ITEM_TEXTS = ("title", "details", "remarks", "notes")


class _Ids:
    """Primary keys handed out in advance, so a whole event goes in with bulk inserts."""

    def __init__(self) -> None:
        self._last: dict[type, int] = {}

    def next(self, table: type) -> int:
        self._last[table] = self._last.get(table, 0) + 1
        return self._last[table]


def _add_item(tables: dict[type, list[dict[str, Any]]], ids: _Ids, item: dict[str, Any],
              session_id: int, parent_id: int | None, position: int,
              interpreter_ids: dict[str, int]) -> None:
    item_id = ids.next(AgendaItem)
    interpretation = item.get("interpretation")
    tables[AgendaItem].append(dict(
        id=item_id, session_id=session_id, parent_id=parent_id, position=position,
        key=item.get("key"),
        start_min=parse_time(item["start"]) if "start" in item else None,
        duration=item.get("duration"), marker=item.get("marker", False),
        stated_duration=item.get("stated_duration"), bullet=item.get("bullet"),
        interpreted=item.get("interpreted"), remote=item.get("remote", False),
        **{name: item.get(name, {}) for name in _ITEM_TEXTS},
        interpretation_mode=interpretation["mode"] if interpretation else None,
        interpretation_languages=interpretation.get("languages", []) if interpretation else None))
    _add_assignments(tables, ids, item.get("assignments", []), interpreter_ids, session_id,
                     item_id)
    for child_position, child in enumerate(item.get("children", [])):
        _add_item(tables, ids, child, session_id, item_id, child_position, interpreter_ids)


def _add_assignments(tables: dict[type, list[dict[str, Any]]], ids: _Ids,
                     assignments: list[dict[str, Any]], interpreter_ids: dict[str, int],
                     session_id: int, item_id: int | None) -> None:
    for assignment in assignments:
        tables[Assignment].append(dict(
            id=ids.next(Assignment), interpreter_id=interpreter_ids[assignment["interpreter"]],
            session_id=session_id, item_id=item_id, role=assignment["role"],
            note=assignment.get("note", "")))


# -- export ------------------------------------------------------------------------


def export_event(loaded: LoadedEvent) -> dict[str, Any]:
    """The whole event as an interchange document (canonical once passed to dumps)."""
    event = loaded.event
    by_session: dict[int, list[Assignment]] = {}
    by_item: dict[int, list[Assignment]] = {}
    for assignment in loaded.assignments:
        if assignment.item_id is None:
            by_session.setdefault(assignment.session_id, []).append(assignment)
        else:
            by_item.setdefault(assignment.item_id, []).append(assignment)
    interpreter_key = {i.id: i.key for i in loaded.interpreters}

    def assignments(entries: list[Assignment]) -> list[dict[str, Any]]:
        return [_drop_empty({"interpreter": interpreter_key[a.interpreter_id], "role": a.role,
                             "note": a.note}) for a in entries]

    def item(node: ItemNode) -> dict[str, Any]:
        it = node.item
        out: dict[str, Any] = {"title": _texts(it.title)}
        out.update({"key": it.key, "stated_duration": it.stated_duration})
        if it.start_min is not None:
            out["start"] = format_time(it.start_min)
        if it.marker:
            out["marker"] = True
        elif it.duration is not None:
            out["duration"] = it.duration
        else:
            out["children"] = [item(child) for child in node.children]
        for name in _ITEM_TEXTS[1:]:
            out[name] = _texts(getattr(it, name))
        if it.interpretation_mode is not None:
            out["interpretation"] = {"mode": it.interpretation_mode,
                                     "languages": list(it.interpretation_languages or [])}
        out["assignments"] = assignments(by_item.get(it.id or 0, []))
        if it.interpreted is not None:
            out["interpreted"] = it.interpreted
        if it.remote:
            out["remote"] = True
        out = _drop_empty(out, keep=("children", "title"))
        if it.bullet is not None:  # "" is meaningful: a row printed with no mark
            out["bullet"] = it.bullet
        return out

    def session(s: Session) -> dict[str, Any]:
        room = loaded.room_by_id.get(s.room_id) if s.room_id is not None else None
        interpretation = _drop_empty({
            "mode": s.interpretation_mode, "languages": list(s.interpretation_languages),
            "listeners": s.listeners, "listener_names": _texts(s.listener_names),
            "listener_language": s.listener_language},
            keep=("languages",))
        out: dict[str, Any] = {
            "key": s.key, "title": _texts(s.title), "date": s.date.isoformat(),
            "start": format_time(s.start_min), "end": format_time(s.end_min),
            "room": room.key if room else None, "closed": s.closed,
            "interpretation": interpretation,
            "delegations": [_drop_empty({"side": _texts(d.side), "on_site": d.on_site,
                                         "remote": d.remote, "members": _texts(d.members)},
                                        keep=("side", "on_site", "remote"))
                            for d in loaded.delegations.get(s.id or 0, [])],
            "items": [item(node) for node in loaded.agenda.get(s.id or 0, [])],
            "assignments": assignments(by_session.get(s.id or 0, [])),
        }
        out.update({name: _texts(getattr(s, name)) for name in _SESSION_TEXTS})
        return _drop_empty(out, keep=("title", "room", "delegations", "items", "assignments"))

    return {
        "format": FORMAT,
        "event": {"title": _texts(event.title), "timezone": event.timezone,
                  "languages": list(event.languages), "policy": _policy(loaded)},
        "rooms": [{"key": r.key, "name": _texts(r.name), "floor": r.floor,
                   "capacity": r.capacity, "booths": r.booths, "video": r.video,
                   **({"portable_system": True} if r.portable_system else {}),
                   **({"receivers": r.receivers} if r.receivers is not None else {})}
                  for r in loaded.rooms],
        "interpreters": [_drop_empty({
            "key": i.key, "name": _texts(i.name), "languages": list(i.languages),
            "directions": list(i.directions), "modes": list(i.modes), "contact": i.contact,
            "available": [{"date": a.date.isoformat(), "start": format_time(a.start_min),
                           "end": format_time(a.end_min)}
                          for a in loaded.availability.get(i.id or 0, [])]},
            keep=("languages", "directions", "modes", "available"))
            for i in loaded.interpreters],
        "sessions": [session(s) for s in loaded.sessions],
    }


def _policy(loaded: LoadedEvent) -> dict[str, object]:
    """The preset the event follows and the numbers it sets over it, as the author said."""
    policy = loaded.policy
    return {"preset": policy.preset, **policy.overrides()}


def _texts(value: dict[str, str]) -> dict[str, str]:
    return {lang: text for lang, text in value.items() if text}


def _drop_empty(entry: dict[str, Any], keep: tuple[str, ...] = ()) -> dict[str, Any]:
    """Leave out what is unset, so the file says only what the author said."""
    return {k: v for k, v in entry.items()
            if k in keep or not (v is None or v == "" or v == {} or v == [])}



def empty_event(title: str) -> dict[str, Any]:
    """The interchange document of a new event with nothing in it yet."""
    return {"format": FORMAT, "event": {"title": {"ko": title}, "timezone": "Asia/Seoul",
                                        "languages": ["ko", "en"]},
            "rooms": [], "interpreters": [], "sessions": []}
