"""Texts not yet written in a language the event works in: a document in that language would
print them in the other one ("[in Korean] 한일 기업 간담회"), so the check says so first."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import methodcaller

from planner.rules.facts import SessionFacts, session_facts
from planner.rules.findings import Finding, finding
from planner.rules.plan import DelegationLike, PlanLike
from planner.rules.text import name
from planner.vocabulary import Severity

DOCUMENT_LANGUAGES = ("ko", "en")
"""The languages documents are written in: a text missing in one of these is printed in the other."""
OVERVIEW_TEXTS = ("purpose", "participants", "key_points", "moderator", "notes", "listener_names")
"""The session's texts the run sheet prints in its overview (행사 개요) and notes."""
LANGUAGE_WORDS = {"ko": {"ko": "국문", "en": "Korean"}, "en": {"ko": "영문", "en": "English"}}
ROWS_NAMED = 8
"""Rows named by number in a finding; more are counted, then '…'."""


def lacks(texts: dict[str, str], lang: str) -> bool:
    """Written in some language, but not in this one: what a document in ``lang`` prints in
    another (as ``exports.labels.pick`` does)."""
    return not texts.get(lang) and any(texts.values())


@dataclass(frozen=True)
class Untranslated:
    """What of one session has no text in one language."""

    title: bool = False
    overview: int = 0
    delegations: int = 0
    rows: tuple[str, ...] = ()
    """The numbers of the rows (3, 3.2) whose title or details lack it."""
    remarks: int = 0

    @property
    def total(self) -> int:
        return int(self.title) + self.overview + self.delegations + len(self.rows) + self.remarks


NOTHING_MISSING = Untranslated()


def untranslated(f: SessionFacts, delegations: Iterable[DelegationLike],
                 lang: str) -> Untranslated:
    """The session's title, overview, delegations, rows and remarks that lack ``lang``."""
    return untranslated_by_language(f, delegations, (lang,))[lang]


def untranslated_by_language(f: SessionFacts, delegations: Iterable[DelegationLike],
                             languages: Sequence[str]) -> dict[str, Untranslated]:
    """``untranslated`` for each of these languages, reading every text once: a large event
    has thousands of rows, and nearly every text has every language, so only those without
    one are looked at twice."""
    s = f.session
    overview = [getattr(s, field) for field in OVERVIEW_TEXTS]
    sides = [texts for d in delegations for texts in (d.side, d.members)]
    items = f.items
    titles = [item.title for item in items]
    details = [item.details for item in items]
    remarks = [item.remarks for item in items]
    written = list(filter(None, [s.title, *overview, *sides, *titles, *details, *remarks]))
    if all(sum(map(bool, map(methodcaller("get", lang), written))) == len(written)
           for lang in languages):  # nearly every session: each text in every language
        return {lang: NOTHING_MISSING for lang in languages}
    out = {}
    for lang in languages:
        rows = [i for i, (title, detail) in enumerate(zip(titles, details))
                if lacks(title, lang) or lacks(detail, lang)]
        out[lang] = Untranslated(
            title=lacks(s.title, lang),
            overview=sum(lacks(texts, lang) for texts in overview),
            delegations=sum(lacks(texts, lang) for texts in sides),
            rows=tuple(f.number(items[i].id) for i in rows),
            remarks=sum(lacks(texts, lang) for texts in remarks))
    return out


def count_untranslated(plan: PlanLike,
                       languages: Sequence[str] = DOCUMENT_LANGUAGES) -> dict[str, int]:
    """How many texts of the whole event a document in each language would print in another."""
    counts = dict.fromkeys(languages, 0)
    for s in plan.sessions:
        found = untranslated_by_language(session_facts(plan, s), plan.delegations_of(s), languages)
        for lang, missing in found.items():
            counts[lang] += missing.total
    return counts


def check_translations(f: SessionFacts, delegations: Sequence[DelegationLike],
                       languages: Sequence[str]) -> Iterator[Finding]:
    """One finding per session and language of the event (Korean, English) its texts lack."""
    wanted = [lang for lang in DOCUMENT_LANGUAGES if lang in languages]
    for lang, missing in untranslated_by_language(f, delegations, wanted).items():
        if missing.total:
            yield _finding(f, missing, lang)


def _finding(f: SessionFacts, missing: Untranslated, lang: str) -> Finding:
    s = f.session
    other = "en" if lang == "ko" else "ko"
    word, other_word = LANGUAGE_WORDS[lang], LANGUAGE_WORDS[other]
    numbers = ", ".join(missing.rows[:ROWS_NAMED]) + (", …" if len(missing.rows) > ROWS_NAMED
                                                      else "")
    parts_ko, parts_en = [], []
    if missing.title:
        parts_ko.append("제목")
        parts_en.append("the title")
    for count, ko, en in ((missing.overview, "개요", "overview text"),
                          (missing.delegations, "대표단", "delegation text")):
        if count:
            parts_ko.append(f"{ko} {count}개")
            parts_en.append(f"{count} {en}{'s' if count > 1 else ''}")
    if missing.rows:
        count = len(missing.rows)
        parts_ko.append(f"행 {count}개({numbers})")
        parts_en.append(f"{count} row{'s' if count > 1 else ''} ({numbers})")
    if missing.remarks:
        parts_ko.append(f"비고 {missing.remarks}개")
        parts_en.append(f"{missing.remarks} remark{'s' if missing.remarks > 1 else ''}")
    total = missing.total
    return finding(
        "text.untranslated", Severity.WARNING,
        f"'{name(s.title, 'ko')}'에 {word['ko']}이 없는 텍스트가 {total}개 있습니다"
        f"({', '.join(parts_ko)}). {word['ko']} 문서에는 {other_word['ko']}으로 인쇄됩니다.",
        f"'{name(s.title, 'en')}' has no {word['en']} for {total} text{'s' if total > 1 else ''} "
        f"({', '.join(parts_en)}): {word['en']} documents print "
        f"{'them' if total > 1 else 'it'} in {other_word['en']}.",
        fix_ko=f"{word['ko']}을 입력하거나 {other_word['ko']} 문서를 쓰세요.",
        fix_en=f"Add the {word['en']} texts, or write the documents in {other_word['en']}.",
        day=s.date, sessions=(s.key,))
