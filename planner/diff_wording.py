"""The changes between two plans said in Korean or English, grouped by session, as a
coordinator, an interpreter or the venue reads them in a changes summary."""

from __future__ import annotations

from typing import Any

from planner.diff import Change, PlanDiff, Snapshot

WORDS = {
    "ko": {
        "session-added": "세션 추가: {place}",
        "session-removed": "세션 취소 (원래 {place})",
        "session-moved": "일정 변경: {before} → {after}",
        "session-retitled": "제목 변경: {before} → {after}",
        "session-changed": "{field} 변경",
        "row-added": "{row}행 추가: {title}",
        "row-removed": "{row}행 삭제: {title}",
        "row-moved": "행 이동: {before}행 → {after}행 ({title})",
        "row-retimed": "{row}행 시간 변경: {before} → {after} ({title})",
        "row-retexted": "{row}행 {field} 변경: {title}",
        "row-changed": "{row}행 {field} 변경: {title}",
        "assignment-added": "통역 배정: {who} ({role}){where}",
        "assignment-removed": "통역 배정 해제: {who} ({role}){where}",
        "assignment-changed": "통역 배정 변경: {who} ({role}){where}",
        "room-added": "장소 추가: {subject}",
        "room-removed": "장소 삭제: {subject}",
        "room-changed": "장소 {subject} 변경: {field}",
        "interpreter-added": "통역사 추가: {subject}",
        "interpreter-removed": "통역사 삭제: {subject}",
        "interpreter-changed": "통역사 {subject} 변경: {field}",
        "event-changed": "행사 {field} 변경",
        "row-in": " ({row}행)",
        "no-change": "변경 사항 없음",
        "event": "행사 전체",
        "minutes": "{n}분",
    },
    "en": {
        "session-added": "Session added: {place}",
        "session-removed": "Session cancelled (was {place})",
        "session-moved": "Moved: {before} → {after}",
        "session-retitled": "Retitled: {before} → {after}",
        "session-changed": "{field} changed",
        "row-added": "Row {row} added: {title}",
        "row-removed": "Row {row} removed: {title}",
        "row-moved": "Row moved: {before} → {after} ({title})",
        "row-retimed": "Row {row} time changed: {before} → {after} ({title})",
        "row-retexted": "Row {row} {field} changed: {title}",
        "row-changed": "Row {row} {field} changed: {title}",
        "assignment-added": "Assigned: {who} ({role}){where}",
        "assignment-removed": "No longer assigned: {who} ({role}){where}",
        "assignment-changed": "Assignment changed: {who} ({role}){where}",
        "room-added": "Room added: {subject}",
        "room-removed": "Room removed: {subject}",
        "room-changed": "Room {subject}: {field} changed",
        "interpreter-added": "Interpreter added: {subject}",
        "interpreter-removed": "Interpreter removed: {subject}",
        "interpreter-changed": "Interpreter {subject}: {field} changed",
        "event-changed": "Event {field} changed",
        "row-in": " (row {row})",
        "no-change": "No change",
        "event": "The event",
        "minutes": "{n} min",
    },
}

FIELDS = {
    "ko": {"title": "내용", "details": "세부 내용", "remarks": "비고", "notes": "메모",
           "interpretation": "통역", "assignments": "통역 배정", "delegations": "참석 인원",
           "closed": "비공개 여부", "purpose": "목적", "participants": "참석자",
           "key_points": "주요 내용", "moderator": "사회", "bullet": "기호", "policy": "기준",
           "languages": "언어", "timezone": "시간대", "name": "이름", "floor": "층",
           "capacity": "수용 인원", "booths": "통역 부스", "video": "화상 연결",
           "directions": "통역 방향", "modes": "통역 방식", "available": "가능 시간",
           "contact": "연락처"},
    "en": {"key_points": "key points", "stated_duration": "printed duration"},
}

ROLES = {"ko": {"booth": "부스", "consecutive": "순차", "whisper": "위스퍼링", "relay": "릴레이",
                "sight": "시역"}}


def describe(diff: PlanDiff, old: Snapshot, new: Snapshot, lang: str = "ko") -> list[str]:
    """The changes as lines: a heading per session (its title, day and time as they are now),
    then one line per change; the event's, rooms' and interpreters' changes first."""
    if not diff:
        return [WORDS[lang]["no-change"]]
    sessions = {s["key"]: s for s in old.get("sessions", [])}
    sessions.update({s["key"]: s for s in new.get("sessions", [])})
    people = {i["key"]: i for i in old.get("interpreters", [])}
    people.update({i["key"]: i for i in new.get("interpreters", [])})
    rooms = {r["key"]: r for r in old.get("rooms", [])}
    rooms.update({r["key"]: r for r in new.get("rooms", [])})
    old_rows = {s["key"]: _rows_by_place(s.get("items", [])) for s in old.get("sessions", [])}
    new_rows = {s["key"]: _rows_by_place(s.get("items", [])) for s in new.get("sessions", [])}

    lines: list[str] = []
    groups: dict[str | None, list[Change]] = {}
    for change in diff:
        groups.setdefault(change.session, []).append(change)
    for key, changes in groups.items():
        if key is None:
            lines.append(f"■ {WORDS[lang]['event']}")
        else:
            lines.append(f"■ {_title(sessions[key], lang)} ({_place(sessions[key], rooms, lang)})")
        for change in changes:
            rows = old_rows if change.kind == "row-removed" else new_rows
            row = rows.get(change.session or "", {}).get(change.row or "")
            lines.append("  - " + _line(change, lang, people, rooms, row))
    return lines


def _line(change: Change, lang: str, people: dict[str, Any], rooms: dict[str, Any],
          row: dict[str, Any] | None) -> str:
    words = WORDS[lang]
    values: dict[str, Any] = {
        "row": change.row, "subject": change.subject, "title": _text(row.get("title"), lang)
        if row else "", "field": _field(change.subject, lang), "before": "", "after": "",
        "place": "", "who": "", "role": "", "where": ""}
    if change.kind == "session-moved":
        values["before"] = _where(change.before, rooms, lang)
        values["after"] = _where(change.after, rooms, lang)
    elif change.kind in ("session-added", "session-removed"):
        values["place"] = _where(change.after or change.before, rooms, lang)
    elif change.kind == "session-retitled":
        values["before"], values["after"] = _text(change.before, lang), _text(change.after, lang)
    elif change.kind == "row-moved":
        values["before"], values["after"] = change.before, change.after
    elif change.kind == "row-retimed":
        values["before"] = _timing(change.before, lang)
        values["after"] = _timing(change.after, lang)
    elif change.kind.startswith("assignment-"):
        person = people.get(change.interpreter or "", {})
        values["who"] = _text(person.get("name"), lang) or change.interpreter
        values["role"] = ROLES.get(lang, {}).get(change.subject or "", change.subject)
        values["where"] = words["row-in"].format(row=change.row) if change.row else ""
    elif change.kind.startswith("room-"):
        values["subject"] = _text(rooms.get(change.subject or "", {}).get("name"), lang) \
            or change.subject
        values["field"] = ", ".join(_field(k, lang) for k in (change.after or {}))
    elif change.kind.startswith("interpreter-"):
        values["subject"] = _text(people.get(change.subject or "", {}).get("name"), lang) \
            or change.subject
        values["field"] = ", ".join(_field(k, lang) for k in (change.after or {}))
    return words[change.kind].format(**values)


def _rows_by_place(items: list[dict[str, Any]], prefix: str = "") -> dict[str, dict[str, Any]]:
    out = {}
    for number, item in enumerate(items, 1):
        place = f"{prefix}{number}"
        out[place] = item
        out.update(_rows_by_place(item.get("children", []), f"{place}."))
    return out


def _text(value: Any, lang: str) -> str:
    if not isinstance(value, dict):
        return "" if value is None else str(value)
    other = "en" if lang == "ko" else "ko"
    return value.get(lang) or value.get(other) or next(iter(value.values()), "")


def _title(session: dict[str, Any], lang: str) -> str:
    return _text(session.get("title"), lang) or session["key"]


def _where(place: dict[str, Any] | None, rooms: dict[str, Any], lang: str) -> str:
    if not place:
        return ""
    month_day = "/".join(str(int(part)) for part in str(place.get("date", "")).split("-")[1:])
    room = _text(rooms.get(place.get("room") or "", {}).get("name"), lang)
    return f"{month_day} {place.get('start')}~{place.get('end')}" + (f" {room}" if room else "")


def _place(session: dict[str, Any], rooms: dict[str, Any], lang: str) -> str:
    return _where({k: session.get(k) for k in ("date", "start", "end", "room")}, rooms, lang)


def _timing(times: dict[str, Any], lang: str) -> str:
    parts = []
    if times.get("start"):
        parts.append(str(times["start"]))
    if times.get("duration") is not None:
        parts.append(WORDS[lang]["minutes"].format(n=times["duration"]))
    return " ".join(parts) or "-"


def _field(name: str | None, lang: str) -> str:
    if name is None:
        return ""
    return FIELDS.get(lang, {}).get(name, name.replace("_", " "))
