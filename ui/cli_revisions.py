"""The command line's issued revisions: `issue`, `revisions` and `diff`."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

EXIT_OK = 0


def add_revision_commands(sub: Any) -> None:
    """Register the three commands on the main parser's subcommands."""
    issue = sub.add_parser(
        "issue", help="issue a revision: write the documents of each recipient whose part "
        "changed since the last revision into DIR/rev-NN, and record it in FILE")
    issue.add_argument("file", type=Path, metavar="FILE")
    issue.add_argument("--to", type=Path, metavar="DIR", required=True,
                       help="the folder that holds the revisions' folders")
    issue.add_argument("--note", default="", metavar="TEXT", help="why it is issued")
    issue.add_argument("--lang", choices=("ko", "en"), default="ko",
                       help="language of the documents (default ko)")
    issue.set_defaults(run=_issue)

    revisions = sub.add_parser("revisions", help="list the revisions issued from FILE")
    revisions.add_argument("file", type=Path, metavar="FILE")
    revisions.set_defaults(run=_revisions)

    diff = sub.add_parser(
        "diff", help="what changed: since the last revision (no REV), since REV, or between "
        "two revisions")
    diff.add_argument("file", type=Path, metavar="FILE")
    diff.add_argument("revs", type=int, nargs="*", metavar="REV")
    diff.add_argument("--json", action="store_true", help="the changes as JSON for scripts")
    diff.add_argument("--for", dest="recipient", metavar="INTERPRETER|venue",
                      help="only what changed for one interpreter (their key) or the venue")
    diff.add_argument("--lang", choices=("ko", "en"), default="ko",
                      help="language of the lines (default ko)")
    diff.set_defaults(run=_diff)


def _issue(args: argparse.Namespace) -> int:
    from db.document import EventDocument
    from exports.issue import INTERPRETER, NothingToIssue, issue_revision
    from ui.cli import BadInput

    with EventDocument.open(args.file) as doc:
        if doc.read_only:
            raise BadInput(f"{args.file}: is read-only; an issue is recorded in the file")
        try:
            report = issue_revision(doc, args.to, note=args.note, lang=args.lang)
        except NothingToIssue as exc:
            print(exc)
            return EXIT_OK
    print(f"issued revision {report.number} into {report.folder}"
          + (f" ({report.changes} change(s) since revision {report.number - 1})"
             if report.number > 1 else ""))
    for recipient, paths in report.files.items():
        for path in paths:
            print(f"  {recipient}: {path.relative_to(report.folder).as_posix()}")
    unchanged_people = [r for r in report.unchanged if r.startswith(INTERPRETER)]
    others = [r for r in report.unchanged if not r.startswith(INTERPRETER)]
    if unchanged_people or others:
        print("unchanged: " + ", ".join(
            others + ([f"{len(unchanged_people)} interpreter(s)"] if unchanged_people else [])))
    return EXIT_OK


def _revisions(args: argparse.Namespace) -> int:
    from db.document import EventDocument
    from db.revisions import list_revisions

    with EventDocument.open(args.file, read_only=True) as doc:
        revisions = list_revisions(doc)
    if not revisions:
        print(f"{args.file}: no revision issued yet")
    for r in revisions:
        recipients = r.recipients
        people = sum(1 for name in recipients if name.startswith("interpreter:"))
        others = [name for name in recipients if not name.startswith("interpreter:")]
        print(f"Rev. {r.number}  {r.issued_at}  {len(r.files)} file(s) for "
              + ", ".join(others + ([f"{people} interpreter(s)"] if people else []))
              + (f"  — {r.note}" if r.note else ""))
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from db.document import EventDocument
    from db.interchange import export_event
    from db.loading import load_event
    from db.revisions import revision_snapshot
    from planner.diff import diff_plans, for_interpreter, for_venue
    from planner.diff_wording import describe
    from ui.cli import BadInput

    if len(args.revs) > 2:
        raise BadInput("diff: give at most two revision numbers")
    with EventDocument.open(args.file, read_only=True) as doc:
        if args.revs:
            old = revision_snapshot(doc, args.revs[0])
        else:
            old = revision_snapshot(doc)
            if old is None:
                raise BadInput(f"{args.file}: no revision issued yet; issue one first")
        new = revision_snapshot(doc, args.revs[1]) if len(args.revs) == 2 \
            else export_event(load_event(doc))
    assert old is not None and new is not None
    diff = diff_plans(old, new)
    if args.recipient == "venue":
        diff = for_venue(diff)
    elif args.recipient:
        if args.recipient not in {i["key"] for i in (*old["interpreters"], *new["interpreters"])}:
            raise BadInput(f"{args.file}: no interpreter with key {args.recipient!r} "
                           "(or say 'venue')")
        diff = for_interpreter(diff, old, new, args.recipient)
    if args.json:
        print(json.dumps({"sessions": sorted(diff.sessions()),
                          "changes": [asdict(c) for c in diff]}, ensure_ascii=False, indent=2))
    else:
        print("\n".join(describe(diff, old, new, args.lang)))
    return EXIT_OK
