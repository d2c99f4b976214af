"""What an import says about its source, in English and Korean.

A message is made once, by its key and values; it reads as English wherever a string is
expected (the command line, tests), and ``text("ko")`` gives it in Korean for the window.
"""

from __future__ import annotations

import re

MESSAGES: dict[str, dict[str, str]] = {
    "past_midnight": {
        "en": "{cell!r} runs past midnight; put what comes after midnight on the next day",
        "ko": "{cell!r}: 자정을 넘깁니다. 자정 이후는 다음 날에 넣으세요"},
    "ends_before": {"en": "{cell!r} ends before it starts",
                    "ko": "{cell!r}: 끝나는 시각이 시작 시각보다 이릅니다"},
    "ends_when": {"en": "{cell!r} ends when it starts",
                  "ko": "{cell!r}: 시작과 끝이 같은 시각입니다"},
    "bad_length": {"en": "{cell!r} prints a length of {minutes} minutes",
                   "ko": "{cell!r}: 소요 시간이 {minutes}분으로 적혀 있습니다"},
    "not_a_time": {"en": "{cell!r}: {time} is not a time of day",
                   "ko": "{cell!r}: {time}은(는) 하루 중의 시각이 아닙니다"},
    "not_am_pm": {"en": "{cell!r}: {hours} o'clock is not a time with am or pm",
                  "ko": "{cell!r}: {hours}시는 오전·오후로 쓸 수 없는 시각입니다"},
    "no_time": {"en": "no readable time: {cell!r} is not a time",
                "ko": "시각을 읽을 수 없습니다: {cell!r}은(는) 시각이 아닙니다"},
    "no_time_first": {"en": "no readable time: {cell!r} is not a time in the first column",
                      "ko": "시각을 읽을 수 없습니다: 첫 칸의 {cell!r}은(는) 시각이 아닙니다"},
    "before_midnight_row": {
        "en": "starts at {start}, long before the row above ({above}): a programme past "
              "midnight goes on the next day",
        "ko": "{start}에 시작해 위 행({above})보다 훨씬 이릅니다: 자정을 넘기는 일정은 다음 날에 "
              "넣으세요"},
    "under_unread": {"en": "belongs to the row above, which could not be read",
                     "ko": "위 행에 딸린 줄인데, 위 행을 읽을 수 없었습니다"},
    "untimed_first": {"en": "a line without a time before any timed row",
                      "ko": "시각이 있는 행보다 앞에 시각 없는 줄이 있습니다"},
    "overview_when": {"en": "the overview's date and time: {reason}",
                      "ko": "행사 개요의 일시: {reason}"},
    "no_content": {"en": "a time without any content", "ko": "시각만 있고 내용이 없습니다"},
    "default_length": {"en": "no end and no length printed: {minutes} minutes assumed",
                       "ko": "끝 시각도 소요 시간도 없어 {minutes}분으로 보았습니다"},
    "stated_differs": {
        "en": "the printed length ('{stated}) disagrees with the range ({minutes} minutes): "
              "both kept",
        "ko": "적힌 소요 시간('{stated})이 시간 범위({minutes}분)와 다릅니다: 둘 다 그대로 둡니다"},
    "block_longer": {
        "en": "the block is printed until {printed} but its rows end at {end}: it will last as "
              "long as its rows",
        "ko": "묶음이 {printed}까지로 적혀 있지만 안의 행은 {end}에 끝납니다: 행들이 끝나는 "
              "시각까지로 합니다"},
    "not_a_date": {"en": "{value!r} is not a date (YYYY-MM-DD)",
                   "ko": "{value!r}은(는) 날짜(YYYY-MM-DD)가 아닙니다"},
    "sheet_not_day": {"en": "the sheet's name is not its day (YYYY-MM-DD)",
                      "ko": "시트 이름이 그 날짜(YYYY-MM-DD)가 아닙니다"},
    "not_a_range": {"en": "{cell!r} is not a time range",
                    "ko": "{cell!r}은(는) 시간 범위가 아닙니다"},
    "not_people": {"en": "{value!r} is not a number of people",
                   "ko": "{value!r}은(는) 인원수가 아닙니다"},
    "no_room": {"en": "no room of the event is {room!r}: the session has no room yet",
                "ko": "행사에 {room!r} 회의실이 없습니다: 세션의 회의실은 아직 비어 있습니다"},
}


class Said(str):
    """A message by key and values: English as a string, Korean on request."""

    key: str
    values: dict[str, object]

    def __new__(cls, key: str, **values: object) -> Said:  # noqa: PYI034 - always a Said
        said = super().__new__(cls, MESSAGES[key]["en"].format(**values))
        said.key, said.values = key, values
        return said

    def text(self, lang: str) -> str:
        return MESSAGES[self.key].get(lang, MESSAGES[self.key]["en"]).format(**self.values)

    def __reduce__(self) -> tuple[object, ...]:  # copies and pickles keep key and values
        return _said, (self.key, self.values)


def _said(key: str, values: dict[str, object]) -> Said:
    return Said(key, **values)


def say(message: str, lang: str) -> str:
    """A message in this language (as it is, when it was not made by key)."""
    return message.text(lang) if isinstance(message, Said) else message


_LINE = re.compile(r"^line (\d+)$")
_SHEET_ROW = re.compile(r"^sheet (.+) row (\d+)(?:, cell ([A-Z]+\d+))?$")


def place(where: str, lang: str) -> str:
    """Where a problem is, in this language: ``line 12`` → ``12번째 줄``."""
    if lang != "ko":
        return where
    if found := _LINE.match(where):
        return f"{found.group(1)}번째 줄"
    if found := _SHEET_ROW.match(where):
        sheet, row, cell = found.groups()
        return f"시트 {sheet} {row}행" + (f", {cell} 셀" if cell else "")
    if where.startswith("sheet "):
        return "시트 " + where[len("sheet "):]
    return where
