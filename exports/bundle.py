"""Every document of an event written to a folder: what `agenda-planner export --to` does."""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from db.interchange import dumps, export_event
from db.loading import LoadedEvent
from exports.atomic import ExportError, write_atomically
from exports.document import Revision
from exports.filenames import interpreter_file_names, safe_name
from exports.pdf import shared_layout, write_pdf
from exports.runsheet import build_run_sheet
from exports.venue import build_venue_sheet
from exports.xlsx import write_xlsx
from planner.rules import Finding

KINDS = ("runsheet", "venue", "interpreters", "ics", "json")

Progress = Callable[[int, int, str], None]
"""Called with (done, total, what is being written) as the export goes."""


def export_all(loaded: LoadedEvent, findings: Sequence[Finding], folder: str | Path, *,
               lang: str = "ko", only: Sequence[str] = KINDS, session_key: str | None = None,
               progress: Progress | None = None,
               revision: Revision | None = None) -> list[Path]:
    """Write the chosen documents into a folder; returns the paths written, in order.
    ``revision``: the issued revision the run sheets and the venue sheet belong to."""
    folder = Path(folder)
    unknown = [k for k in only if k not in KINDS]
    if unknown:
        raise ExportError(f"unknown document kind {unknown[0]!r} (choose from {', '.join(KINDS)})")
    if session_key is not None and session_key not in {s.key for s in loaded.sessions}:
        raise ExportError(f"no session with key {session_key!r}")
    made = _writable_folder(folder)
    try:
        return _write_all(loaded, findings, folder, lang, only, session_key, progress, made,
                          revision)
    except BaseException:
        for path in reversed(made):  # the folders this export made, if it left them empty
            try:
                path.rmdir()
            except OSError:
                pass
        raise


def _writable_folder(folder: Path) -> list[Path]:
    """Make the folder (and those above it) if need be and make sure a file can be written in
    it, before any document is; returns the folders made, outermost first."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()][::-1]
    try:
        for path in (folder, *folder.parents):
            if path.exists() and not path.is_dir():
                raise ExportError.of(folder, "is-a-file" if path == folder else "not-a-folder")
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".agenda-planner-") as probe:
            probe.write(bytes(4096))  # a page can be written there (and is gone again)
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        for path in reversed(missing):
            try:
                path.rmdir()
            except OSError:
                pass
        raise ExportError.of_os(exc, folder) from None
    return missing


def _write_all(loaded: LoadedEvent, findings: Sequence[Finding], folder: Path, lang: str,
               only: Sequence[str], session_key: str | None, progress: Progress | None,
               made: list[Path], revision: Revision | None = None) -> list[Path]:
    jobs: list[tuple[str, Callable[[], Path]]] = []

    def job(name: str, write: Callable[[Path], Path], doc_factory: Callable[[], object]) -> None:
        target = folder / name
        jobs.append((name, lambda: write(doc_factory(), target)))  # type: ignore[arg-type]

    if "runsheet" in only:
        if session_key is not None:
            base = f"runsheet-{lang}-{safe_name(session_key)}"
            sheet = cache(lambda: build_run_sheet(loaded, findings, lang, session_key=session_key,
                                                  revision=revision))
            job(f"{base}.pdf", write_pdf, sheet)
            job(f"{base}.xlsx", write_xlsx, sheet)
        else:
            whole = cache(lambda: build_run_sheet(loaded, findings, lang, revision=revision))
            job(f"runsheet-{lang}.pdf", write_pdf, whole)
            job(f"runsheet-{lang}.xlsx", write_xlsx, whole)
            for day in loaded.days:
                one_day = (lambda d: lambda: build_run_sheet(loaded, findings, lang, day=d,
                                                              revision=revision))(day)
                job(f"runsheet-{lang}-{day.isoformat()}.pdf", write_pdf, one_day)
    if "venue" in only:
        job(f"venue-{lang}.xlsx", write_xlsx, lambda: build_venue_sheet(loaded, findings, lang,
                                                                    revision=revision))
    if "interpreters" in only or "ics" in only:
        _interpreter_jobs(loaded, findings, folder, lang, only, jobs, made)
    if "json" in only:
        jobs.append(("event.json", lambda: write_atomically(
            folder / "event.json", dumps(export_event(loaded)).encode("utf-8"))))
    written: list[Path] = []
    # The garbage collector is paused while a document is made and then collects only what
    # that document left: the young generation, since nothing was promoted while it ran. Left
    # running, it makes ever longer full passes over everything the export holds (about a
    # sixth of the time for the large event).
    collecting = gc.isenabled()
    gc.disable()
    try:
        with shared_layout():  # the PDFs repeat each other's texts: lay each out once
            for done, (name, run) in enumerate(jobs):
                if progress is not None:
                    progress(done, len(jobs), name)
                written.append(run())
                gc.collect(0)
    finally:
        if collecting:
            gc.enable()
    if progress is not None:
        progress(len(jobs), len(jobs), "")
    return written


def _interpreter_jobs(loaded: LoadedEvent, findings: Sequence[Finding], folder: Path, lang: str,
                      only: Sequence[str], jobs: list[tuple[str, Callable[[], Path]]],
                      made: list[Path]) -> None:
    from exports.interpreters import (Schedule, build_calendar, build_interpreter_book,
                                      build_interpreter_sheet, build_roster)

    schedule = Schedule(loaded)  # who works when, worked out once for every sheet
    names = interpreter_file_names(loaded.interpreters, lang)  # '한영 통역사 1'

    if "interpreters" in only:
        jobs.append((f"interpreters-{lang}.pdf", lambda: write_pdf(
            build_interpreter_book(loaded, lang, findings=findings),
            folder / f"interpreters-{lang}.pdf")))
        jobs.append((f"roster-{lang}.xlsx", lambda: write_xlsx(
            build_roster(loaded, lang, findings=findings), folder / f"roster-{lang}.xlsx")))
        _subfolder(folder / f"interpreters-{lang}", made)
        for person in loaded.interpreters:
            name = f"interpreters-{lang}/{names[person.key]}.pdf"
            jobs.append((name, (lambda p, n: lambda: write_pdf(
                build_interpreter_sheet(loaded, p, lang, schedule=schedule, findings=findings),
                folder / n))(person, name)))
    if "ics" in only:
        _subfolder(folder / "calendars", made)
        for person in loaded.interpreters:
            name = f"calendars/{names[person.key]}.ics"
            jobs.append((name, (lambda p, n: lambda: write_atomically(
                folder / n, build_calendar(loaded, p, lang, schedule=schedule,
                                           findings=findings)))(person, name)))


def _subfolder(path: Path, made: list[Path]) -> None:
    """A folder for one kind of document, noted in ``made`` when this export makes it."""
    try:
        if path.exists() and not path.is_dir():
            raise ExportError.of(path, "is-a-file")
        if not path.exists():
            path.mkdir()
            made.append(path)
    except OSError as exc:
        raise ExportError.of_os(exc, path) from None
