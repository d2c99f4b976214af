"""The detailed schedule of one session: rows that overrun, leave gaps, overlap or misstate."""

from __future__ import annotations

import re
from collections.abc import Iterator

from planner.clock import MINUTES_PER_DAY, format_clock, format_range, format_time
from planner.rules.facts import SessionFacts
from planner.rules.findings import Finding, finding
from planner.rules.text import name
from planner.vocabulary import Mode, Severity

SPEAKING = re.compile(r"발언|인사말|환영사|축사|기조|발표|연설|모두발언|speech|remarks|address|"
                      r"presentation|welcome|keynote|statement", re.IGNORECASE)
"""Words that mark a row where someone speaks (and, in consecutive, is then interpreted)."""


def check_agenda(f: SessionFacts) -> Iterator[Finding]:
    s = f.session
    past_midnight = []
    for item, timed in zip(f.items, f.cascade.rows):
        if timed.end > MINUTES_PER_DAY or timed.start >= MINUTES_PER_DAY:
            past_midnight.append((item, timed))
        if not (timed.gap or timed.overlap or timed.overrun or item.stated_duration is not None):
            continue  # nearly every row: nothing to say, and nothing to spend on words
        number = f.number(item.id or 0)
        title_ko, title_en = name(s.title, "ko"), name(s.title, "en")
        refs = dict(day=s.date, sessions=(s.key,), items=(item.id,) if item.id else ())
        row_ko, row_en = f"'{title_ko}' {number}번 행", f"'{title_en}', row {number}"
        if timed.gap:
            yield finding(
                "agenda.gap", Severity.INFO,
                f"{row_ko} 앞에 {timed.gap}분 공백이 있습니다 "
                f"({format_time(timed.start - timed.gap)}~{format_time(timed.start)}).",
                f"{row_en} starts {timed.gap} min after the row before ends "
                f"({format_time(timed.start - timed.gap)}~{format_time(timed.start)}).",
                fix_ko="고정 시작 시각을 풀면 앞 행에 이어집니다.",
                fix_en="Unpin its start to follow the row before.", **refs)
        if timed.overlap:
            yield finding(
                "agenda.overlap", Severity.WARNING,
                f"{row_ko}이(가) 앞 행과 {timed.overlap}분 겹칩니다.",
                f"{row_en} overlaps the row before by {timed.overlap} min.",
                fix_ko="고정 시작 시각을 늦추거나 앞 행을 줄이세요.",
                fix_en="Pin it later, or shorten the row before.", **refs)
        if timed.overrun and timed.depth == 0:
            yield finding(
                "agenda.overrun", Severity.WARNING,
                f"{row_ko}이(가) 세션 종료({format_time(s.end_min)}) 후 {timed.overrun}분까지 "
                "이어집니다.",
                f"{row_en} runs {timed.overrun} min past the session end "
                f"({format_time(s.end_min)}).",
                fix_ko="행을 줄이거나 세션 종료 시각을 늦추세요.",
                fix_en="Shorten the rows or end the session later.", **refs)
        if item.stated_duration is not None and item.stated_duration != timed.duration:
            yield finding(
                "agenda.stated-duration", Severity.INFO,
                f"{row_ko}: 표기된 ('{item.stated_duration})와 시간 "
                f"{format_range(timed.start, timed.end)}이(가) 다릅니다.",
                f"{row_en}: the printed ('{item.stated_duration}) disagrees with its time "
                f"{format_range(timed.start, timed.end)}.",
                fix_ko="시간 또는 표기를 바로잡으세요.",
                fix_en="Correct the time or the printed duration.", **refs)
    if past_midnight or s.end_min > MINUTES_PER_DAY:
        yield _past_midnight(f, past_midnight)
    last = latest_end(f)
    if last is not None and last < s.end_min:
        title_ko, title_en = name(s.title, "ko"), name(s.title, "en")
        idle = s.end_min - last
        yield finding(
            "agenda.ends-early", Severity.INFO,
            f"'{title_ko}' 세부 일정이 세션 종료보다 {idle}분 일찍 끝납니다 "
            f"({format_time(last)}).",
            f"The rows of '{title_en}' end {idle} min before the session does "
            f"({format_time(last)}).",
            day=s.date, sessions=(s.key,))
    yield from _consecutive_time(f)


def _past_midnight(f: SessionFacts, rows: list) -> Finding:
    """A day's programme ends by midnight: a row (or a session) that runs on into the next
    day is an impossible time the documents cannot print as such (25:20)."""
    s = f.session
    ends = [t.end for _, t in rows] + [s.end_min]
    last = max(ends)
    numbers = [f.number(item.id) for item, _ in rows if item.id is not None]
    listed = ", ".join(numbers[:5]) + (", …" if len(numbers) > 5 else "")
    title_ko, title_en = name(s.title, "ko"), name(s.title, "en")
    if numbers:
        ko = (f"'{title_ko}' {listed}번 행이 자정을 넘겨 {format_clock(last, 'ko')}까지 "
              "이어집니다. 하루 일정은 자정 전에 끝나야 합니다.")
        en = (f"'{title_en}', row{'s' if len(numbers) > 1 else ''} {listed} "
              f"run{'' if len(numbers) > 1 else 's'} past midnight, to "
              f"{format_clock(last, 'en')}; a day's programme ends by midnight.")
    else:
        ko = (f"'{title_ko}'이(가) 자정을 넘겨 {format_clock(last, 'ko')}에 끝납니다. "
              "하루 일정은 자정 전에 끝나야 합니다.")
        en = (f"'{title_en}' runs past midnight, to {format_clock(last, 'en')}; a day's "
              "programme ends by midnight.")
    return finding(
        "agenda.past-midnight", Severity.ERROR, ko, en,
        fix_ko="행을 줄이거나 일부를 다음 날 세션으로 옮기세요.",
        fix_en="Shorten the rows, or move some to a session on the next day.",
        day=s.date, sessions=(s.key,), items=tuple(i.id for i, _ in rows if i.id is not None))


def latest_end(f: SessionFacts) -> int | None:
    """When the last of the session's rows ends (a row pinned early may end before another)."""
    return f.cascade.latest_end if f.cascade.rows else None


def _consecutive_time(f: SessionFacts) -> Iterator[Finding]:
    """Advice: consecutive roughly doubles speaking time, so a full agenda of speeches is tight."""
    s = f.session
    last = latest_end(f)
    if s.interpretation_mode != Mode.CONSECUTIVE or last is None or last < s.end_min:
        return
    speaking = [(item, timed) for item, timed in zip(f.items, f.cascade.rows)
                if not item.marker and item.duration and item.interpretation_mode is None
                and any(SPEAKING.search(text) for text in item.title.values())]
    if not speaking:
        return
    minutes = sum(t.duration for _, t in speaking)
    yield finding(
        "agenda.consecutive-time", Severity.INFO,
        f"'{name(s.title, 'ko')}'은(는) 순차통역인데 발언 {len(speaking)}건({minutes}분)에 통역 "
        f"시간이 따로 없습니다: 실제 발언은 약 {minutes // 2}분입니다.",
        f"'{name(s.title, 'en')}' is consecutive, and its speaking rows ({len(speaking)}, "
        f"{minutes} min) leave no time for the interpretation: about {minutes // 2} min of "
        "actual speech.",
        fix_ko="발언자에게 통역 시간을 포함한 분량을 안내하거나 시간을 늘리세요.",
        fix_en="Tell speakers their time includes interpretation, or allow more time.",
        day=s.date, sessions=(s.key,),
        items=tuple(i.id for i, _ in speaking if i.id is not None))
