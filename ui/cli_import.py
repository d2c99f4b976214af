"""``agenda-planner import`` for programmes: run-sheet text and workbooks into an event file.

Everything is read and checked first; a line or cell that cannot be read stops the import
with its place and reason (exit 2), and nothing is written. ``--dry-run`` prints what
would be imported; with ``--create-rooms``, the rooms the import would create too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from db.document import EventDocument, build_new_file
from db.importing import (
    ImportOutcome,
    RoomPlan,
    Target,
    apply_import,
    existing_rooms,
    existing_sessions,
    plan_rooms,
    refusals,
    session_keys,
)
from db.interchange import empty_event, import_event
from db.models import Room
from planner.imports.model import ImportRefused, ParsedImport, ProblemKind
from planner.imports.preview import PROBLEM_TAGS, describe
from planner.imports.sources import read_source
from planner.imports.spreadsheet import ColumnMap
from ui.cli import EXIT_BAD_INPUT, EXIT_OK, BadInput, refuse


def import_programme(args: argparse.Namespace) -> int:
    target = Target(args.session, _date(args.date), create_rooms=args.create_rooms)
    try:
        columns = ColumnMap.parse(args.columns) if args.columns else None
        parsed = read_source(args.source, columns=columns, language=args.lang)
    except ImportRefused as exc:
        raise BadInput(str(exc)) from None
    if not parsed.sessions:
        first = f" ({parsed.problems[0]})" if parsed.problems else ""
        raise BadInput(f"{args.source}: no agenda rows found{first}")
    existing: dict[str, dt.date] = {}
    rooms: list[Room] = []
    if args.file.exists():
        with EventDocument.open(args.file, read_only=True) as doc:
            existing = existing_sessions(doc)
            rooms = existing_rooms(doc)
    unread = parsed.unread
    keys = session_keys(parsed, target, existing)
    refused = refusals(parsed, target, keys)
    plan = plan_rooms(parsed, keys, rooms) if target.create_rooms else RoomPlan()
    if args.dry_run:
        if not refused:
            print("\n".join(describe(parsed, keys, target.date)
                            + _rooms_made(plan, keys, "would create")))
        for reason in refused:
            print(f"would be refused: {reason}")
        print(f"nothing written (--dry-run); {len(unread)} line(s) could not be read"
              if unread else "nothing written (--dry-run)")
        return EXIT_BAD_INPUT if unread or refused else EXIT_OK
    if refused:
        source = f"{args.source}: "  # the line it names is a line of this file
        raise BadInput(refused[0] if refused[0].startswith(source) else source + refused[0])
    if unread:
        for problem in unread:
            refuse(f"{args.source}: {problem}")
        print(f"agenda-planner: {args.source}: {len(unread)} line(s) could not be read; "
              f"nothing was imported", file=sys.stderr)
        return EXIT_BAD_INPUT
    outcome = _apply(args, parsed, target)
    _report(args, parsed, outcome, keys, plan)
    return EXIT_OK


def _apply(args: argparse.Namespace, parsed: ParsedImport, target: Target) -> ImportOutcome:
    if args.file.exists():
        with EventDocument.open(args.file) as doc:
            return apply_import(doc, parsed, target)
    done: list[ImportOutcome] = []

    def fill(doc: EventDocument) -> None:
        import_event(doc, empty_event(args.file.stem))
        done.append(apply_import(doc, parsed, target))

    build_new_file(args.file, fill)
    print(f"wrote {args.file}")
    return done[0]


def _report(args: argparse.Namespace, parsed: ParsedImport, outcome: ImportOutcome,
            keys: list[tuple[str, bool]], plan: RoomPlan) -> None:
    print(f"imported {outcome.rows} row(s) from {args.source} into {args.file}")
    for session, (key, existing) in zip(parsed.sessions, keys, strict=True):
        print(f"  {key}: {session.row_count} row(s) "
              + ("after its last row" if existing else "in a new session"))
    for note in outcome.notes:
        print(f"note: {note}")
    if outcome.new_rooms:  # the plan the import followed, made from the same rooms
        print("\n".join(_rooms_made(plan, keys, "created")))
    for problem in parsed.problems:
        if problem.kind is not ProblemKind.UNREAD:
            print(f"{PROBLEM_TAGS[problem.kind]}: {problem}")


def _rooms_made(plan: RoomPlan, keys: list[tuple[str, bool]], verb: str) -> list[str]:
    """A line for each room made for the source: its key, name, floor, where the source
    names it and the sessions that go into it."""
    lines = []
    for room in plan.rooms:
        name = next(iter(room.name.values()))
        floor = f", floor {room.floor}" if room.floor else ""
        sessions = ", ".join(keys[n][0] for n in plan.sessions_in(room))
        lines.append(f"{verb} room {room.key}: {name!r}{floor} ({plan.named_at[room.key]}) "
                     f"for {sessions}")
    return lines


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"--date: {text!r} is not a date (YYYY-MM-DD)") from None
