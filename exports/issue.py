"""Issue a revision of the plan: write the documents of each recipient whose part changed since
the last revision, a changes summary for the coordinator, and record it all in the event file.

Recipients: the run-sheet circle (run sheets), the venue (venue sheet), each interpreter (their
sheet and calendar) and the coordinator (roster, interpreter book, the event's JSON and the
changes summary, every time). The first revision goes to everyone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from db.document import EventDocument
from db.interchange import dumps, export_event
from db.loading import LoadedEvent, load_event
from db.revisions import (IssuedFile, digest_of, next_revision_number, record_revision,
                          revision_snapshot)
from exports.atomic import ExportError, write_atomically
from exports.bundle import export_all
from exports.document import Revision
from exports.runsheet import SheetChanges
from exports.filenames import interpreter_file_names
from planner.diff import PlanDiff, diff_plans, for_interpreters, for_run_sheet, for_venue
from planner.diff_wording import describe
from planner.rules import Finding, check_plan

RUNSHEET, VENUE, COORDINATOR = "runsheet", "venue", "coordinator"
INTERPRETER = "interpreter:"
"""Prefix of an interpreter's recipient name: 'interpreter:koen-1'."""


@dataclass
class IssueReport:
    """What an issue did: its number and folder, the files by recipient, who got nothing."""

    number: int
    folder: Path
    files: dict[str, list[Path]] = field(default_factory=dict)
    unchanged: list[str] = field(default_factory=list)
    changes: int = 0
    """How many changes since the last revision (0 for the first)."""


class NothingToIssue(Exception):
    """The plan is as the last revision issued it."""


def issue_revision(doc: EventDocument, folder: str | Path, *, note: str = "", lang: str = "ko",
                   progress: Callable[[str], None] | None = None) -> IssueReport:
    """Write revision N's documents into FOLDER/rev-NN and record the revision."""
    loaded = load_event(doc)
    findings = check_plan(loaded)
    now = export_event(loaded)
    now_text = dumps(now)  # the recorded snapshot and the coordinator's event.json
    before = revision_snapshot(doc)
    diff = diff_plans(before, now) if before is not None else None
    if diff is not None and not diff:
        raise NothingToIssue(f"{doc.path}: nothing changed since revision "
                             f"{next_revision_number(doc) - 1}; nothing was issued")
    number = next_revision_number(doc)
    issued_at = dt.datetime.now(dt.timezone.utc)
    revision = Revision(number, _local_date(issued_at, loaded.event.timezone))
    target = Path(folder) / f"rev-{number:02d}"
    report = IssueReport(number, target, changes=len(diff) if diff is not None else 0)
    recipients = _recipients(loaded, diff, before or {}, now)
    if target.exists():
        # What was sent stays as it was sent: another history (a restored backup, another
        # event file) never writes over it.
        raise ExportError(f"{target}: already exists (a revision {number} was issued there "
                          "before, perhaps from a restored backup or another event file); "
                          "issue into another folder") from None
    try:
        target.mkdir(parents=True)
    except OSError as exc:
        raise ExportError(f"{target}: cannot be created ({exc.strerror or exc})") from None

    written: list[IssuedFile] = []

    def keep(recipient: str, paths: Sequence[Path]) -> None:
        for path in paths:
            report.files.setdefault(recipient, []).append(path)
            written.append(IssuedFile(recipient, path.relative_to(target).as_posix(),
                                      digest_of(path.read_bytes())))

    def say(what: str) -> None:
        if progress is not None:
            progress(what)

    if recipients[RUNSHEET] and diff is None:
        say(RUNSHEET)
        keep(RUNSHEET, export_all(loaded, findings, target, lang=lang, only=["runsheet"],
                                         revision=revision))
    elif recipients[RUNSHEET]:
        say(RUNSHEET)
        keep(RUNSHEET, _changed_days(loaded, findings, target, lang, for_run_sheet(diff),
                                     before or {}, now, revision))
    else:
        report.unchanged.append(RUNSHEET)
    if recipients[VENUE]:
        say(VENUE)
        if diff is None:
            keep(VENUE, export_all(loaded, findings, target, lang=lang, only=["venue"],
                                   revision=revision))
        else:
            from exports.venue import build_venue_sheet
            from exports.xlsx import write_xlsx

            sheet = build_venue_sheet(loaded, findings, lang, revision=revision,
                                      changed=venue_changes(for_venue(diff), before or {}, now))
            keep(VENUE, [write_xlsx(sheet, target / f"venue-{lang}.xlsx")])
    else:
        report.unchanged.append(VENUE)
    keep_interpreters = [p for p in loaded.interpreters if recipients[INTERPRETER + p.key]]
    report.unchanged += [INTERPRETER + p.key for p in loaded.interpreters
                         if not recipients[INTERPRETER + p.key]]
    views = (for_interpreters(diff, before or {}, now, [p.key for p in keep_interpreters])
             if diff is not None else {})
    said = {key: describe(view, before or {}, now, lang) for key, view in views.items()}
    for recipient, paths in _interpreter_files(loaded, findings, target, lang,
                                               keep_interpreters, say, revision, said,
                                               before or {}, issued_at).items():
        keep(recipient, paths)
    say(COORDINATOR)
    keep(COORDINATOR, _coordinator_files(loaded, findings, target, lang, revision, note, diff,
                                         before or {}, now, now_text, report))
    record_revision(doc, now_text, written, note=note, issued_at=issued_at)
    return report


def _local_date(when: dt.datetime, timezone: str) -> dt.date:
    """The day of an issue where the event takes place (UTC for a zone not known)."""
    try:
        return when.astimezone(ZoneInfo(timezone)).date()
    except (ZoneInfoNotFoundError, ValueError):
        return when.date()


def _recipients(loaded: LoadedEvent, diff: PlanDiff | None, before: dict[str, Any],
                now: dict[str, Any]) -> dict[str, bool]:
    """Whose documents changed: everyone's at the first revision."""
    if diff is None:
        everyone = {RUNSHEET: True, VENUE: True}
        everyone.update({INTERPRETER + p.key: True for p in loaded.interpreters})
        return everyone
    out = {RUNSHEET: bool(for_run_sheet(diff)), VENUE: bool(for_venue(diff))}
    views = for_interpreters(diff, before, now, [p.key for p in loaded.interpreters])
    out.update({INTERPRETER + key: bool(view) for key, view in views.items()})
    return out


def _changed_days(loaded: LoadedEvent, findings: Sequence[Finding], target: Path, lang: str,
                  diff: PlanDiff, before: dict[str, Any], now: dict[str, Any],
                  revision: Revision) -> list[Path]:
    """After the first revision the run-sheet circle gets the day sheets of the days that
    changed (a session moved from one day to another changes both; a change to the event
    itself changes every day), and the whole run sheet in Excel; each opens with a 변경 사항
    box and marks the rows changed."""
    from exports.pdf import write_pdf
    from exports.runsheet import build_run_sheet

    day_of = {s["key"]: s["date"] for s in before.get("sessions", [])}
    day_of_now = {s.key: s.date.isoformat() for s in loaded.sessions}
    days = set()
    for change in diff:
        if change.session is None:
            days |= {d.isoformat() for d in loaded.days}
        else:
            days |= {d for d in (day_of.get(change.session), day_of_now.get(change.session)) if d}
    from exports.xlsx import write_xlsx

    def on(day: str | None) -> PlanDiff:
        return diff.only(c for c in diff if day is None or c.session is None
                         or day in (day_of.get(c.session), day_of_now.get(c.session)))

    paths = [write_xlsx(build_run_sheet(loaded, findings, lang, revision=revision,
                                        changes=sheet_changes(on(None), before, now, lang,
                                                              revision.number - 1)),
                        target / f"runsheet-{lang}.xlsx")]
    for day in loaded.days:
        if day.isoformat() in days:
            marked = sheet_changes(on(day.isoformat()), before, now, lang, revision.number - 1)
            sheet = build_run_sheet(loaded, findings, lang, day=day, revision=revision,
                                    changes=marked)
            paths.append(write_pdf(sheet, target / f"runsheet-{lang}-{day.isoformat()}.pdf"))
    return paths


def venue_changes(diff: PlanDiff, before: dict[str, Any], now: dict[str, Any]) -> set[str]:
    """The sessions the venue sheet marks: those changed for the venue, and those held in a
    room that changed (its name, floor, capacity, booths)."""
    keys = {c.session for c in diff if c.session is not None}
    rooms = {c.subject for c in diff if c.kind.startswith("room-")}
    keys |= {s["key"] for s in now.get("sessions", []) if s.get("room") in rooms}
    return keys


ROW_MARKED = ("row-added", "row-moved", "row-retimed", "row-retexted", "row-changed",
              "assignment-added", "assignment-changed")
"""The changes that mark a row of the run sheet (a removed one is not there to mark)."""


def sheet_changes(diff: PlanDiff, before: dict[str, Any], now: dict[str, Any], lang: str,
                  since: int) -> SheetChanges:
    """What a run sheet says changed: the lines of ``describe`` and the rows to mark."""
    rows: dict[str, set[str]] = {}
    for c in diff:
        if c.session is not None and c.row is not None and c.kind in ROW_MARKED:
            rows.setdefault(c.session, set()).add(c.row)
    whole = {c.session for c in diff if c.kind == "session-added" and c.session}
    return SheetChanges(since, describe(diff, before, now, lang) if diff else [], rows, whole)


def _interpreter_files(loaded: LoadedEvent, findings: Sequence[Finding], target: Path, lang: str,
                       people: list[Any], say: Callable[[str], None],
                       revision: Revision, said: dict[str, list[str]],
                       before: dict[str, Any], issued_at: dt.datetime) -> dict[str, list[Path]]:
    """Each interpreter's sheet and calendar; after the first revision the sheet opens with
    ``said[key]``, what changed for them."""
    from exports.interpreters import Schedule, build_calendar, build_interpreter_sheet
    from exports.pdf import write_pdf

    if not people:
        return {}
    schedule = Schedule(loaded)
    names = interpreter_file_names(loaded.interpreters, lang)
    (target / f"interpreters-{lang}").mkdir(exist_ok=True)
    (target / "calendars").mkdir(exist_ok=True)
    out: dict[str, list[Path]] = {}
    previous = _previous_calendars(before, people, lang) if said else {}
    for person in people:
        say(INTERPRETER + person.key)
        sheet = write_pdf(build_interpreter_sheet(loaded, person, lang, schedule=schedule,
                                                  findings=findings, revision=revision,
                                                  changes=said.get(person.key)),
                          target / f"interpreters-{lang}" / f"{names[person.key]}.pdf")
        calendar = write_atomically(
            target / "calendars" / f"{names[person.key]}.ics",
            build_calendar(loaded, person, lang, schedule=schedule, findings=findings,
                           stamp=issued_at, sequence=revision.number,
                           cancelled=previous.get(person.key, [])))
        out[INTERPRETER + person.key] = [sheet, calendar]
    return out


def _previous_calendars(before: dict[str, Any], people: list[Any],
                        lang: str) -> dict[str, list[Any]]:
    """The entries each of ``people`` had in the previous revision's calendar (by key), made
    again from its snapshot: an entry no longer there is sent as cancelled under its UID."""
    import tempfile

    from icalendar import Calendar

    from db.document import DocumentError
    from db.interchange import InterchangeError, import_event
    from exports.interpreters import Schedule, build_calendar

    wanted = {p.key for p in people}
    try:
        with tempfile.TemporaryDirectory() as folder:
            with EventDocument.create(Path(folder) / "previous.agenda") as doc:
                import_event(doc, before)
                old = load_event(doc)
    except (InterchangeError, DocumentError):
        return {}  # a plan this version no longer reads (an older one's): nothing to cancel
    schedule = Schedule(old)
    out: dict[str, list[Any]] = {}
    for person in old.interpreters:
        if person.key in wanted and schedule.duties_of(person):
            calendar = Calendar.from_ical(build_calendar(old, person, lang, schedule=schedule))
            out[person.key] = list(calendar.walk("VEVENT"))
    return out


def _coordinator_files(loaded: LoadedEvent, findings: Sequence[Finding], target: Path, lang: str,
                       revision: Revision, note: str, diff: PlanDiff | None,
                       before: dict[str, Any], now: dict[str, Any], now_text: str,
                       report: IssueReport) -> list[Path]:
    from exports.interpreters import build_interpreter_book, build_roster
    from exports.pdf import write_pdf
    from exports.xlsx import write_xlsx

    paths = []
    if diff is None:  # later, each interpreter's own sheet carries what changed
        paths.append(write_pdf(build_interpreter_book(loaded, lang, findings=findings,
                                                      revision=revision),
                               target / f"interpreters-{lang}.pdf"))
    paths += [
        write_xlsx(build_roster(loaded, lang, findings=findings, revision=revision),
                   target / f"roster-{lang}.xlsx"),
        write_atomically(target / "event.json", now_text.encode("utf-8")),
    ]
    summary = changes_summary(loaded, revision.number, note, diff, before, now, report, lang)
    paths.append(write_atomically(target / f"changes-{lang}.txt", summary.encode("utf-8")))
    return paths


def changes_summary(loaded: LoadedEvent, number: int, note: str, diff: PlanDiff | None,
                    before: dict[str, Any], now: dict[str, Any], report: IssueReport,
                    lang: str) -> str:
    """The coordinator's page: the revision, its note, every change, then each recipient's."""
    ko = lang == "ko"
    title = loaded.event.title.get(lang) or next(iter(loaded.event.title.values()), "")
    lines = [f"{title} — Rev. {number}"]
    if note:
        lines.append(("메모: " if ko else "Note: ") + note)
    lines.append("")
    if diff is None:
        lines.append("첫 배포: 모든 수신자에게 전체 문서" if ko
                     else "First issue: every recipient gets every document")
        return "\n".join(lines) + "\n"
    lines.append(f"변경 사항 (Rev. {number - 1} 이후)" if ko else f"Changes since Rev. {number - 1}")
    lines += describe(diff, before, now, lang)
    names = {p.key: p.name.get(lang) or next(iter(p.name.values()), p.key)
             for p in loaded.interpreters}
    views = for_interpreters(diff, before, now, [p.key for p in loaded.interpreters])
    for person in loaded.interpreters:
        theirs = views[person.key]
        if theirs:
            lines += ["", (f"받는 사람: {names[person.key]}" if ko else f"For {names[person.key]}")]
            lines += describe(theirs, before, now, lang)
    unchanged = [r for r in report.unchanged if r.startswith(INTERPRETER)]
    if unchanged:
        lines += ["", (f"변경 없음: 통역사 {len(unchanged)}명" if ko
                       else f"Unchanged: {len(unchanged)} interpreter(s)")]
    return "\n".join(lines) + "\n"

