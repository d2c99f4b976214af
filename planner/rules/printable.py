"""Texts the documents cannot print whole: characters no bundled font has.

The planner does not read fonts: whoever checks passes in what the fonts lack, as a function
from a text to its characters that no font prints (``exports.fonts.unprintable``). Without
one, nothing is checked here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from operator import attrgetter, methodcaller
from typing import Protocol

from planner.rules.facts import SessionFacts
from planner.rules.findings import Finding, finding
from planner.rules.text import name
from planner.vocabulary import Severity

Unprintable = Callable[[str], str]
"""A text's characters that no font of the documents has, each once ("" when all print)."""


class PrintedSession(Protocol):
    """The texts of a session the run sheet and interpreter sheets print."""

    title: dict[str, str]
    purpose: dict[str, str]
    key_points: dict[str, str]
    participants: dict[str, str]
    moderator: dict[str, str]
    notes: dict[str, str]
    listener_names: dict[str, str]


class PrintedDelegation(Protocol):
    side: dict[str, str]
    members: dict[str, str]


class PrintedItem(Protocol):
    """The texts of an agenda row the run sheet prints."""

    title: dict[str, str]
    details: dict[str, str]
    remarks: dict[str, str]


SESSION_FIELDS = {"title": ("제목", "title"), "purpose": ("목적", "purpose"),
                  "participants": ("참석자", "participants"),
                  "key_points": ("주요 내용", "key points"), "moderator": ("사회", "moderator"),
                  "notes": ("참고", "notes"), "listener_names": ("통역 청취자", "listeners")}
DELEGATION_FIELDS = {"side": ("대표단", "delegation"), "members": ("대표단", "delegation")}
ITEM_FIELDS = {"title": ("내용", "content"), "details": ("세부 내용", "details"),
               "remarks": ("비고", "remarks")}


def check_printable(f: SessionFacts, delegations: Iterable[PrintedDelegation],
                    unprintable: Unprintable) -> Iterator[Finding]:
    """A warning for the session's own texts (title, overview, delegations) and one for each
    agenda row with a character no font has: the documents would print "?" in its place."""
    s: PrintedSession = f.session  # type: ignore[assignment]
    owners: list[tuple[object, dict[str, tuple[str, str]]]] = [(s, SESSION_FIELDS)]
    owners += [(d, DELEGATION_FIELDS) for d in delegations]
    if not unprintable(_all_texts(s, delegations, f.items)):
        return  # nearly every session: all of its texts asked at once
    title_ko, title_en = name(s.title, "ko"), name(s.title, "en")
    refs = {"day": f.date, "sessions": (f.key,)}
    chars, where = _lacking(owners, unprintable)
    if chars:
        yield _finding(chars, where, f"'{title_ko}' 세션", f"Session '{title_en}'", refs)
    for item in f.items:
        chars, where = _lacking([(item, ITEM_FIELDS)], unprintable)
        if chars:
            number = f.number(item.id)
            yield _finding(chars, where, f"'{title_ko}' {number}번 행",
                           f"'{title_en}', row {number}",
                           {**refs, "items": (item.id,) if item.id else ()})


_session_texts = attrgetter(*SESSION_FIELDS)
_delegation_texts = attrgetter(*DELEGATION_FIELDS)
_item_texts = attrgetter(*ITEM_FIELDS)


_values = methodcaller("values")


def _all_texts(s: PrintedSession, delegations: Iterable[PrintedDelegation],
               items: Iterable[PrintedItem]) -> str:
    """Every text of a session, its delegations and rows, in one string (gathered without a
    Python loop per row: this runs over every row of the event in a full check)."""
    fields = chain(_session_texts(s), chain.from_iterable(map(_delegation_texts, delegations)),
                   chain.from_iterable(map(_item_texts, items)))
    return "\n".join(chain.from_iterable(map(_values, fields)))


def _lacking(owners: list[tuple[object, dict[str, tuple[str, str]]]],
             unprintable: Unprintable) -> tuple[str, list[tuple[str, str]]]:
    """The characters no font has in these objects' texts, and the fields they are in."""
    chars = ""
    where: list[tuple[str, str]] = []
    for owner, fields in owners:
        for field, words in fields.items():
            texts: dict[str, str] = getattr(owner, field)
            for text in texts.values():
                lacking = unprintable(text)
                if lacking:
                    chars += "".join(ch for ch in lacking if ch not in chars)
                    if words not in where:
                        where.append(words)
    return chars, where


def _finding(chars: str, where: list[tuple[str, str]], what_ko: str, what_en: str,
             refs: dict) -> Finding:
    shown = ", ".join(f"'{ch}' (U+{ord(ch):04X})" for ch in chars)
    fields_ko = "·".join(ko for ko, _ in where)
    fields_en = ", ".join(en for _, en in where)
    return finding(
        "text.unprintable", Severity.WARNING,
        f"{what_ko}의 {fields_ko}에 인쇄할 글꼴이 없는 문자가 있습니다: {shown}. "
        "PDF에는 ?로 인쇄됩니다.",
        f"{what_en} has characters no bundled font has in its {fields_en}: {shown}. "
        "The PDFs print ? in their place.",
        fix_ko="그 문자를 다른 문자로 바꾸거나 지우세요.",
        fix_en="Replace the characters with others, or remove them.", **refs)
