"""The venue sheet: per day and room, what happens when and what must be set up."""

from __future__ import annotations

from collections.abc import Sequence

from db.loading import LoadedEvent
from db.models import Session
from exports.document import Cell, Column, Document, Paragraph, Revision, Section, Table
from exports.labels import draft_label, format_date, language_pair, pick
from planner.clock import format_clock
from planner.rules import Finding
from planner.rules.rooms import booths_needed
from planner.vocabulary import MODE_LABELS, Mode, Role

WORDS: dict[str, dict[str, str]] = {
    "title": {"ko": "회의장 준비표", "en": "Venue sheet"},
    "room": {"ko": "회의실 (층)", "en": "Room (floor)"},
    "time": {"ko": "시간", "en": "Time"},
    "session": {"ko": "세션", "en": "Session"},
    "on_site": {"ko": "현장 인원", "en": "On site"},
    "remote": {"ko": "화상 참여", "en": "Remote"},
    "capacity": {"ko": "수용 인원", "en": "Capacity"},
    "interpretation": {"ko": "통역", "en": "Interpretation"},
    "booths": {"ko": "통역부스 (필요/보유)", "en": "Booths (needed / in room)"},
    "receivers": {"ko": "수신기", "en": "Receivers"},
    "seats": {"ko": "통역사 좌석·마이크", "en": "Interpreter seats & mics"},
    "video": {"ko": "화상 연결", "en": "Video link"},
    "check": {"ko": "점검", "en": "Check"},
    "turnover": {"ko": "정리 ~{t}", "en": "turnover to {t}"},
    "total": {"ko": "합계 ({n}개 세션)", "en": "Total ({n} sessions)"},
    "needed": {"ko": "필요", "en": "needed"},
    "in_room": {"ko": "있음", "en": "in room"},
    "missing": {"ko": "없음", "en": "missing"},
    "ok": {"ko": "이상 없음", "en": "OK"},
    "over": {"ko": "정원 {n}명 초과", "en": "{n} over capacity"},
    "booths_short": {"ko": "부스 {n}개 부족", "en": "{n} booth(s) short"},
    "no_video": {"ko": "화상 연결 없음", "en": "no video link"},
    "clash": {"ko": "회의실 중복", "en": "room double-booked"},
    "no_room": {"ko": "회의실 미정", "en": "No room yet"},
    "closed": {"ko": "(비공개)", "en": "(closed)"},
    "whisper": {"ko": "근접 {n}석", "en": "{n} whisper seat(s)"},
    "consecutive": {"ko": "순차 {n}석·마이크", "en": "{n} consecutive seat(s) & mic(s)"},
    "sight": {"ko": "시통역 마이크 {n}", "en": "{n} sight-translation mic(s)"},
    "none": {"ko": "-", "en": "-"},
}


def word(key: str, lang: str, **values: object) -> str:
    return WORDS[key][lang].format(**values)


def build_venue_sheet(loaded: LoadedEvent, findings: Sequence[Finding],
                      lang: str = "ko", *, revision: Revision | None = None,
                      changed: set[str] | None = None) -> Document:
    """One sheet per day: every session by room and time, the set-up it needs, totals;
    ``revision`` when it is issued (its header says which). ``changed``: the keys of the
    sessions whose room, time, title or counts changed since the previous revision (or whose
    room changed), whose rows are marked, and a day's totals with them."""
    doc = Document(f"{pick(loaded.event.title, lang)} — {word('title', lang)}", lang=lang,
                   landscape=True)
    clashes = {key for f in findings if f.code == "room.double-booked" for key in f.sessions}
    doc.draft = draft_label(findings, lang)
    doc.revision = revision.label() if revision else ""
    turnover = loaded.policy.room_turnover_min
    order = {r.id: i for i, r in enumerate(loaded.rooms)}
    for day in loaded.days:
        sessions = sorted((s for s in loaded.sessions if s.date == day),
                          key=lambda s: (order.get(s.room_id, len(order)), s.start_min, s.key))
        section = doc.add(Section(format_date(day, lang), sheet_name=day.isoformat(),
                                  bookmark=format_date(day, lang)))
        section.add(Paragraph(f"{word('title', lang)} — {format_date(day, lang)}", "title"))
        table = Table([Column(word(k, lang), w, a) for k, w, a in (
            ("room", 2.4, "left"), ("time", 1.5, "center"), ("session", 3.2, "left"),
            ("on_site", 0.9, "right"), ("remote", 0.9, "right"), ("capacity", 0.9, "right"),
            ("interpretation", 1.8, "left"), ("booths", 1.2, "center"),
            ("receivers", 0.9, "right"), ("seats", 1.6, "left"), ("video", 1.1, "center"),
            ("check", 1.8, "left"))])
        totals = {"on_site": 0, "remote": 0, "receivers": 0, "booths": 0, "video": 0}
        if changed is not None:
            table.changed = {n for n, s in enumerate(sessions) if s.key in changed}
            if table.changed:
                table.changed.add(len(sessions))  # the day's totals
        for s in sessions:
            row, counts = _session_row(loaded, s, lang, turnover, s.key in clashes)
            table.add(*row)
            for key, value in counts.items():
                totals[key] += value
        table.add(Cell(word("total", lang, n=len(sessions)), "total"), Cell("", "total"),
                  Cell("", "total"), Cell(str(totals["on_site"]), "total"),
                  Cell(str(totals["remote"]), "total"), Cell("", "total"), Cell("", "total"),
                  Cell(str(totals["booths"]), "total"), Cell(str(totals["receivers"]), "total"),
                  Cell("", "total"), Cell(str(totals["video"]), "total"), Cell("", "total"))
        section.add(table)
    return doc


def _session_row(loaded: LoadedEvent, s: Session, lang: str, turnover: int,
                 clash: bool) -> tuple[list[Cell], dict[str, int]]:
    room = loaded.room_by_id.get(s.room_id) if s.room_id is not None else None
    delegations = loaded.delegations_of(s)
    on_site = sum(d.on_site for d in delegations)
    remote = sum(d.remote for d in delegations)
    mode = s.interpretation_mode
    simultaneous = mode == Mode.SIMULTANEOUS
    needed_booths = booths_needed(s.interpretation_languages) if simultaneous else 0
    receivers = on_site if mode in (Mode.SIMULTANEOUS, Mode.REMOTE_SIMULTANEOUS) else 0
    roles = [a.role for a in loaded.assignments if a.session_id == s.id]
    seats = []
    for role, key in ((Role.CONSECUTIVE, "consecutive"), (Role.WHISPER, "whisper"),
                      (Role.SIGHT, "sight")):
        n = roles.count(role)
        if n:
            seats.append(word(key, lang, n=n))
    time = f"{format_clock(s.start_min, lang)}~{format_clock(s.end_min, lang)}"
    if turnover:
        time += "\n" + word("turnover", lang, t=format_clock(s.end_min + turnover, lang))
    interpretation = word("none", lang)
    if mode != Mode.NONE:
        interpretation = (f"{language_pair(list(s.interpretation_languages), lang)} "
                          f"{MODE_LABELS[Mode(mode)][lang]}")
    problems = []
    if room is not None and room.capacity is not None and on_site > room.capacity:
        problems.append(word("over", lang, n=on_site - room.capacity))
    if room is not None and room.booths < needed_booths:
        problems.append(word("booths_short", lang, n=needed_booths - room.booths))
    if remote and (room is None or not room.video):
        problems.append(word("no_video", lang))
    if clash:
        problems.append(word("clash", lang))
    video = word("none", lang)
    if remote:
        video = word("needed", lang) + (f" / {word('in_room' if room.video else 'missing', lang)}"
                                        if room is not None else "")
    title = pick(s.title, lang) + (f" {word('closed', lang)}" if s.closed else "")
    cells = [
        Cell(f"{pick(room.name, lang)} ({room.floor})" if room and room.floor else
             (pick(room.name, lang) if room else word("no_room", lang)), "label"),
        Cell(time, "time"), Cell(title), Cell(str(on_site), "number"),
        Cell(str(remote), "number"),
        Cell(str(room.capacity) if room and room.capacity is not None else "", "number"),
        Cell(interpretation),
        Cell(f"{needed_booths} / {room.booths if room else 0}" if simultaneous else word("none", lang)),
        Cell(str(receivers) if receivers else word("none", lang), "number"),
        Cell("\n".join(seats) or word("none", lang)),
        Cell(video),
        Cell("\n".join(problems), "problem") if problems else Cell(word("ok", lang), "muted"),
    ]
    return cells, {"on_site": on_site, "remote": remote, "receivers": receivers,
                   "booths": needed_booths, "video": 1 if remote else 0}
