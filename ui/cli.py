"""The ``agenda-planner`` command: headless work on event files (no display needed).

Exit codes: 0 done; 1 the plan has errors (the check command); 2 bad input,
said in one line that names the file and what is wrong.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planner.policy import PRESETS

if TYPE_CHECKING:
    from db.document import EventDocument
    from db.loading import LoadedEvent
    from planner.rules import Finding

EXIT_OK = 0
EXIT_PLAN_HAS_ERRORS = 1
EXIT_BAD_INPUT = 2


class BadInput(Exception):
    """Input the command refuses; its message is the one line the user sees."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        args = parser.parse_args(["gui"])  # no command: the window, as a desktop user expects
    from db.document import DocumentDamaged, DocumentError
    from db.interchange import InterchangeError
    from exports.atomic import ExportError

    try:
        return args.run(args)
    except DocumentDamaged as exc:
        from ui.cli_backups import damaged_offer

        refuse(f"{exc}{damaged_offer(exc.path)}")
        return EXIT_BAD_INPUT
    except (BadInput, DocumentError, InterchangeError, ExportError) as exc:
        refuse(str(exc))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (| head): not our failure
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
        return EXIT_OK
    except Exception as exc:
        # db/ and exports/ say storage failures themselves; one that slipped past them is
        # still the disk's or the file's refusal, said in one line, not a traceback.
        from db.errors import storage_error

        said = storage_error(exc, getattr(exc, "filename", None) or _named_file(args))
        if said is None:
            raise
        refuse(str(said))
        return EXIT_BAD_INPUT


# Everything str.splitlines() breaks at, written as its escape, so that a value quoted in a
# message (a pasted "line\u2028two") cannot turn one refusal into two lines.
_LINE_BREAKS = {code: f"\\u{code:04x}" for code in (0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028,
                                                   0x2029)} | {0x0a: "\\n", 0x0d: "\\r"}


def refuse(message: str) -> None:
    """Say why a command refused, on one line of standard error."""
    print(f"agenda-planner: {message.translate(_LINE_BREAKS)}", file=sys.stderr)


def _named_file(args: argparse.Namespace) -> Path | str:
    """The file a command works on, to name in a message."""
    return getattr(args, "file", None) or getattr(args, "source", None) or "agenda-planner"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agenda-planner",
        description="Plan bilingual international meetings: agendas, rooms and interpretation.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="write the demo event (Quantum Korea 2026) to FILE")
    demo.add_argument("file", type=Path, metavar="FILE")
    demo.add_argument("--replace", action="store_true", help="overwrite FILE if it exists")
    demo.set_defaults(run=_demo)

    info = sub.add_parser("info", help="print a summary of an event file")
    info.add_argument("file", type=Path, metavar="FILE")
    info.set_defaults(run=_info)

    export = sub.add_parser(
        "export", help="write run sheets, venue sheet, interpreter sheets, calendars, JSON")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--json", type=Path, metavar="OUT",
                        help="write the interchange JSON to OUT ('-' for standard output)")
    export.add_argument("--to", type=Path, metavar="DIR", help="write documents into DIR")
    export.add_argument("--lang", choices=("ko", "en"), default="ko",
                        help="language of the documents (default ko)")
    export.add_argument("--only", metavar="KINDS", default="",
                        help="comma-separated: runsheet,venue,interpreters,ics,json (default all)")
    export.add_argument("--session", metavar="KEY", help="only this session's run sheet")
    export.set_defaults(run=_export)

    gui = sub.add_parser("gui", help="open the planner window (on FILE, or the most recent)")
    gui.add_argument("file", type=Path, metavar="FILE", nargs="?")
    gui.add_argument("--screenshot", type=Path, metavar="OUT.png",
                     help="render the window offscreen at 1366x768, write the PNG and exit")
    gui.add_argument("--view", choices=("session", "interpreters", "timeline"), default="session",
                     help="what the screenshot shows")
    gui.add_argument("--session", metavar="KEY", help="show this session")
    gui.set_defaults(run=_gui)

    check = sub.add_parser("check", help="check the plan; exit 1 when it has errors")
    check.add_argument("file", type=Path, metavar="FILE")
    check.add_argument("--json", action="store_true", help="print findings as JSON for scripts")
    check.add_argument("--lang", choices=("ko", "en"), default="ko",
                       help="language of the messages (default ko)")
    check.add_argument("--policy", choices=tuple(PRESETS), metavar="PRESET",
                       help="check by this preset's numbers (aiic, aiic-canada, korea) instead "
                            "of the event's own; the event's changeover and room turnover stay")
    check.set_defaults(run=_check)

    imp = sub.add_parser(
        "import", help="bring a programme in: interchange JSON as a new event file; run-sheet "
        "text (.txt, .tsv) or a workbook (.xlsx) into an event file")
    imp.add_argument("source", type=Path, metavar="SRC")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--session", metavar="KEY",
                     help="put the rows into this session (made when it does not exist)")
    imp.add_argument("--date", metavar="YYYY-MM-DD",
                     help="the day of new sessions when the source does not say it")
    imp.add_argument("--columns", metavar="MAP",
                     help="which workbook column is which: content=C,start=A,end=B,...")
    imp.add_argument("--lang", choices=("ko", "en"),
                     help="language of the imported texts (default: ko when they have Hangul)")
    imp.add_argument("--create-rooms", action="store_true",
                     help="create the rooms the source names that the event does not have")
    imp.add_argument("--dry-run", action="store_true",
                     help="print what would be imported; change nothing")
    imp.add_argument("--replace", action="store_true",
                     help="JSON only: overwrite FILE if it exists")
    imp.set_defaults(run=_import)

    backups = sub.add_parser("backups", help="list an event's backups, newest first")
    backups.add_argument("file", type=Path, metavar="FILE")
    backups.set_defaults(run=_backups)

    restore = sub.add_parser(
        "restore", help="put a backup in the event's place (the file as it is kept as a backup)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("backup", type=Path, metavar="BACKUP",
                         help="the backup's file (its path, or its name as `backups` lists it)")
    restore.set_defaults(run=_restore)

    from ui.cli_revisions import add_revision_commands

    add_revision_commands(sub)
    return parser


def _backups(args: argparse.Namespace) -> int:
    from ui.cli_backups import list_command

    return list_command(args)


def _restore(args: argparse.Namespace) -> int:
    from ui.cli_backups import restore_command

    return restore_command(args)


def _demo(args: argparse.Namespace) -> int:
    from db.demo import write_demo

    path = write_demo(args.file, replace=args.replace)
    print(f"wrote {path}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    if args.source.suffix.lower() != ".json":
        from ui.cli_import import import_programme

        return import_programme(args)
    from db.document import build_new_file
    from db.interchange import InterchangeError, import_event, read_json, validate

    if args.session or args.date or args.columns:
        raise BadInput(f"{args.source}: --session, --date and --columns are for .txt, .tsv "
                       f"and .xlsx; a JSON file is a whole event")
    data = read_json(args.source)
    try:  # before any file is made: a refused document costs its check, not a new file
        validate(data)
    except InterchangeError as exc:
        raise BadInput(f"{args.source}: {exc}") from None
    if args.dry_run:
        rows = sum(_count_items(s.get("items", [])) for s in data["sessions"])
        print(f"{args.source}: a valid event: {len(data['rooms'])} room(s), "
              f"{len(data['interpreters'])} interpreter(s), {len(data['sessions'])} session(s), "
              f"{rows} agenda row(s); would write {args.file}")
        return EXIT_OK
    try:
        path = build_new_file(args.file, lambda doc: import_event(doc, data),
                              replace=args.replace)
    except InterchangeError as exc:
        raise BadInput(f"{args.source}: {exc}") from None
    print(f"wrote {path}")
    return EXIT_OK


def _count_items(items: list[dict]) -> int:
    return sum(1 + _count_items(item.get("children", [])) for item in items)


def _export(args: argparse.Namespace) -> int:
    from db.interchange import dumps, export_event
    from db.loading import load_event
    from exports.atomic import write_atomically

    if args.json is None and args.to is None:
        raise BadInput("export: say where to write: --to DIR, --json OUT, or both")
    with _open_to_read(args.file) as doc:
        loaded = load_event(doc)
    if args.json is not None:
        text = dumps(export_event(loaded))
        if str(args.json) == "-":
            sys.stdout.write(text)
        else:
            print(f"wrote {write_atomically(args.json, text.encode('utf-8'))}")
    if args.to is not None:
        from exports.bundle import KINDS, export_all
        from exports.fonts import unprintable
        from planner.rules import check_plan

        only = [k.strip() for k in args.only.split(",") if k.strip()] or list(KINDS)
        findings = check_plan(loaded, unprintable=unprintable)
        for f in findings:  # said before anything is written: the PDFs print ? for these
            if f.code == "text.unprintable" and (args.session is None or args.session in f.sessions):
                print(f"agenda-planner: warning: {f.text(args.lang)}", file=sys.stderr)
        for path in export_all(loaded, findings, args.to, lang=args.lang, only=only,
                               session_key=args.session):
            print(f"wrote {path}")
    return EXIT_OK


def _open_to_read(path: Path) -> EventDocument:
    """The event's last committed state, read without waiting for a window editing it; a note
    on the standard error when a crash left it unrepaired in a read-only place."""
    from db.document import EventDocument

    doc = EventDocument.open(path, read_only=True)
    if doc.notice:
        print(f"agenda-planner: {doc.notice}", file=sys.stderr)
    return doc


def _gui(args: argparse.Namespace) -> int:
    from ui.app import run_gui

    return run_gui(args.file, screenshot=args.screenshot, view=args.view,
                   session_key=args.session)


def _check(args: argparse.Namespace) -> int:
    import json

    from db.loading import load_event
    from exports.fonts import unprintable
    from planner.rules import check_plan
    from planner.vocabulary import Severity

    with _open_to_read(args.file) as doc:
        loaded = load_event(doc)
    if args.policy:  # in memory only: the file is open read-only and stays as it is
        loaded.event.policy = loaded.policy.with_preset(args.policy).as_dict()
    findings = check_plan(loaded, unprintable=unprintable)
    rows = {node.item.id: f"{s.key}:{'.'.join(str(i + 1) for i in timed.path)}"
            for s in loaded.sessions
            for node, timed in zip(loaded.walk(s), loaded.cascade(s).rows)}
    if args.json:
        out = [{"code": f.code, "severity": str(f.severity), "message": f.text(args.lang),
                "messages": f.message, "fix": f.fix_text(args.lang),
                "day": f.day.isoformat() if f.day else None, "sessions": list(f.sessions),
                "rows": [rows[i] for i in f.items if i in rows], "rooms": list(f.rooms),
                "interpreters": list(f.interpreters)} for f in findings]
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(_findings_report(loaded, findings, args.lang))
    has_errors = any(f.severity == Severity.ERROR for f in findings)
    return EXIT_PLAN_HAS_ERRORS if has_errors else EXIT_OK


def _findings_report(loaded: LoadedEvent, findings: list[Finding], lang: str) -> str:
    """Findings grouped by day and session in programme order, errors first."""
    from planner.clock import format_time
    from planner.rules.text import name as in_language
    from planner.vocabulary import Severity

    words = {"ko": {Severity.ERROR: "오류", Severity.WARNING: "경고", Severity.INFO: "참고",
                    "none": "문제가 없습니다.", "event": "행사 전체", "policy": "기준",
                    "set": "이 행사에서 바꾼 값 {n}개"},
             "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info",
                    "none": "No findings.", "event": "Whole event", "policy": "Policy",
                    "set": "{n} set for this event"}}[lang]
    rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    by_session: dict[str | None, list[Finding]] = {}
    for f in sorted(findings, key=lambda f: (rank[f.severity], f.code)):
        by_session.setdefault(f.sessions[0] if f.sessions else None, []).append(f)
    policy = loaded.policy
    changed = len(policy.overrides())
    lines = [f"{words['policy']}: {PRESETS[policy.preset].label[lang]} ({policy.preset})"
             + (f", {words['set'].format(n=changed)}" if changed else ""), ""]

    def add(found: list[Finding]) -> None:
        for f in found:
            lines.append(f"    [{words[f.severity]}] {f.text(lang)}  ({f.code})")
            if f.fix_text(lang):
                lines.append(f"        → {f.fix_text(lang)}")

    if None in by_session:
        lines.append(words["event"])
        add(by_session[None])
    for day in loaded.days:
        sessions = [s for s in loaded.sessions if s.date == day and s.key in by_session]
        if not sessions:
            continue
        lines.append(f"{day.isoformat()} ({day.strftime('%a')})")
        for s in sessions:
            lines.append(f"  {format_time(s.start_min)}-{format_time(s.end_min)}  "
                         f"{in_language(s.title, lang)}")
            add(by_session[s.key])
        lines.append("")
    counts = ", ".join(f"{words[sev]} {sum(1 for f in findings if f.severity == sev)}"
                       for sev in Severity)
    lines.append(counts if findings else words["none"])
    return "\n".join(lines)


def _info(args: argparse.Namespace) -> int:
    from db.loading import load_event
    from planner.clock import format_time
    from planner.rules.text import name as in_language

    with _open_to_read(args.file) as doc:
        loaded = load_event(doc)
    event = loaded.event
    rows = [node for s in loaded.sessions for node in loaded.walk(s)]
    markers = sum(1 for node in rows if node.item.marker)
    title = event.title.get("en") or event.title.get("ko", "")
    lines = [title]
    if event.title.get("ko") and event.title.get("ko") != title:
        lines.append(event.title["ko"])
    lines += [
        f"file: {args.file}",
        f"languages: {', '.join(event.languages)}   time zone: {event.timezone}",
        f"days: {len(loaded.days)}   rooms: {len(loaded.rooms)}   "
        f"sessions: {len(loaded.sessions)}   "
        f"rows: {len(rows)} ({markers} marker{'' if markers == 1 else 's'})   "
        f"interpreters: {len(loaded.interpreters)}   assignments: {len(loaded.assignments)}",
    ]
    sessions_by_day = Counter(s.date for s in loaded.sessions)
    for day in loaded.days:
        count = sessions_by_day[day]
        lines.append(f"{day.isoformat()} ({day.strftime('%a')}): {count} "
                     f"session{'' if count == 1 else 's'}")
        for s in (s for s in loaded.sessions if s.date == day):
            room = loaded.room_by_id.get(s.room_id) if s.room_id is not None else None
            where = f"{in_language(room.name, 'ko')} ({room.floor})" if room else "no room"
            closed = " [closed]" if s.closed else ""
            mode = s.interpretation_mode if s.interpretation_mode != "none" else "no interpretation"
            rows = len(loaded.walk(s))
            lines.append(f"  {format_time(s.start_min)}-{format_time(s.end_min)}  "
                         f"{in_language(s.title, 'ko')}"
                         f"{closed}  @ {where}  {mode}  {rows} row{'' if rows == 1 else 's'}")
    print("\n".join(lines))
    return EXIT_OK


if __name__ == "__main__":
    # Run the imported module's main, not this __main__ copy: the subcommands' modules raise
    # ui.cli.BadInput, which must be the class main() catches.
    from ui.cli import main as cli_main

    sys.exit(cli_main())
