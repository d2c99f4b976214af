"""Words printed on the sheets, in Korean and English, and how texts fall back between them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from planner.rules import Finding
from planner.vocabulary import LANGUAGE_NAMES, Severity

LABELS: dict[str, dict[str, str]] = {
    "closed": {"ko": "(비공개)", "en": "(closed)"},
    "overview": {"ko": "□ 행사 개요", "en": "□ Overview"},
    "purpose": {"ko": "목적", "en": "Purpose"},
    "when_where": {"ko": "일시/장소", "en": "Date, time / place"},
    "participants": {"ko": "참석자", "en": "Participants"},
    "key_points": {"ko": "□ 주요 내용", "en": "□ Key points"},
    "schedule": {"ko": "□ 세부 일정", "en": "□ Detailed schedule"},
    "time": {"ko": "시 간", "en": "Time"},
    "content": {"ko": "내 용", "en": "Content"},
    "remarks": {"ko": "비 고", "en": "Remarks"},
    "total_people": {"ko": "총 {n}명", "en": "{n} in total"},
    "remote": {"ko": "화상참여 {n}명", "en": "{n} by video"},
    "moderator": {"ko": "사회", "en": "Moderator"},
    "day_overview": {"ko": "회의실별 일정", "en": "Overview: rooms by time"},
    "run_sheet": {"ko": "운영 계획", "en": "Run sheet"},
    "draft": {"ko": "초안 — 미해결 오류 {n}건", "en": "DRAFT — {n} unresolved error{s}"},
    "no_room": {"ko": "회의실 미정", "en": "room to be decided"},
    "ko_only": {"ko": "", "en": "[in Korean] "},
    "en_only": {"ko": "[영문] ", "en": ""},
    "page": {"ko": "{page} / {pages}", "en": "page {page} / {pages}"},
    "room": {"ko": "회의실", "en": "Room"},
    "session": {"ko": "세션", "en": "Session"},
    "interpretation": {"ko": "통역", "en": "Interpretation"},
    "continued": {"ko": "(계속)", "en": "(continued)"},
    "row_without_interpretation": {"ko": "※ 통역 없이 진행", "en": "※ without interpretation"},
}

INTERPRETATION_LINE: dict[str, dict[str, str]] = {
    "consecutive": {"ko": "※ {pair} 순차통역으로 진행", "en": "※ {pair} consecutive interpretation"},
    "simultaneous": {"ko": "※ {pair} 동시통역(통역부스)으로 진행",
                     "en": "※ {pair} simultaneous interpretation (booth)"},
    "remote-simultaneous": {"ko": "※ {pair} 원격 동시통역으로 진행",
                            "en": "※ {pair} remote simultaneous interpretation"},
    "whispered": {"ko": "※ {pair} 근접 통역으로 진행", "en": "※ {pair} whispered interpretation"},
    "sight": {"ko": "※ {pair} 시통역으로 진행", "en": "※ {pair} sight translation"},
}

WEEKDAYS_KO = "월화수목금토일"


def label(key: str, lang: str, **values: object) -> str:
    return LABELS[key][lang].format(**values)


def draft_label(findings: Sequence[Finding], lang: str, *,
                sessions: Collection[str] | None = None,
                interpreter: str | None = None) -> str:
    """"초안 — 미해결 오류 N건" / "DRAFT — N unresolved errors" while the plan has errors, or "".

    With ``sessions`` (keys), only the errors a document covering those sessions must own up
    to are counted: those of any of them, those naming ``interpreter``, and those of no session
    in particular (the whole plan's).
    """
    errors = sum(1 for f in findings if f.severity == Severity.ERROR and (
        sessions is None or not f.sessions or any(k in sessions for k in f.sessions)
        or (interpreter is not None and interpreter in f.interpreters)))
    return label("draft", lang, n=errors, s="s" if errors != 1 else "") if errors else ""


def pick(texts: dict[str, str], lang: str) -> str:
    """A text in the sheet's language; where only the other exists, print it and say so."""
    if texts.get(lang):
        return texts[lang]
    other = "en" if lang == "ko" else "ko"
    if texts.get(other):
        return label(f"{other}_only", lang) + texts[other]
    return next((t for t in texts.values() if t), "")


def language_pair(languages: list[str], lang: str) -> str:
    """한영 in Korean, Korean-English in English."""
    names = [LANGUAGE_NAMES.get(code, {}).get(lang, code) for code in languages]
    return "".join(names) if lang == "ko" else "-".join(names)


def format_date(day: dt.date, lang: str) -> str:
    """'26.7.1.(수) as the seed writes dates; Wed 1 July 2026 in English."""
    if lang == "ko":
        return f"'{day.year % 100:02d}.{day.month}.{day.day}.({WEEKDAYS_KO[day.weekday()]})"
    return f"{day.strftime('%a')} {day.day} {day.strftime('%B %Y')}"
