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
    "bad_length": {"en": "{cell!r} prints a length of {minutes} minutes; a row lasts 1 to "
                         "1440 minutes",
                   "ko": "{cell!r}: 소요 시간이 {minutes}분으로 적혀 있습니다. 한 행은 1~1440분입니다"},
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
    "counted_members": {
        "en": "no number of people printed for {side}: the {n} name(s) listed are counted as "
              "on site",
        "ko": "{side}: 인원수가 적혀 있지 않아 적힌 이름 {n}개를 현장 참석 인원으로 셉니다"},
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
    "overlaps_rows": {
        "en": "starts at {start}, before the rows already in {session} end ({end}): the "
              "imported rows will overlap them",
        "ko": "{start}에 시작해, {session}에 이미 있는 행이 끝나는 {end}보다 이릅니다: 가져온 행이 "
              "기존 행과 겹칩니다"},
    "outside_session": {
        "en": "runs {start}~{end}, outside the time of {session} ({session_start}~{session_end})",
        "ko": "{start}~{end}로, {session}의 시간({session_start}~{session_end}) 밖에 있습니다"},
    # Whole files refused:
    "unreadable": {"en": "{path}: cannot be read ({reason})",
                   "ko": "{path}: 읽을 수 없습니다 ({reason})"},
    "too_big": {"en": "{path}: {mb:.1f} MB is more than a programme should be ({limit} MB at "
                      "most)",
                "ko": "{path}: {mb:.1f}MB는 일정표로는 너무 큽니다 (최대 {limit}MB)"},
    "not_workbook": {"en": "{path}: is not an Excel workbook (.xlsx)",
                     "ko": "{path}: 엑셀 통합 문서(.xlsx)가 아닙니다"},
    "too_many_parts": {"en": "{path}: holds {n} parts, more than a workbook has",
                       "ko": "{path}: 부분이 {n}개로, 통합 문서치고 너무 많습니다"},
    "unpacks_too_far": {"en": "{path}: would unpack to {mb:.0f} MB ({limit} MB at most)",
                        "ko": "{path}: 풀면 {mb:.0f}MB가 됩니다 (최대 {limit}MB)"},
    "zip_bomb": {
        "en": "{path}: part {part!r} is compressed more than {ratio}:1 ({size} bytes from "
              "{packed}): refused as a possible zip bomb",
        "ko": "{path}: {part!r} 부분이 {ratio}:1보다 더 압축되어 있습니다({packed}바이트에서 "
              "{size}바이트): 압축 폭탄일 수 있어 거부합니다"},
    "broken_workbook": {"en": "{path}: cannot be read as a workbook ({reason})",
                        "ko": "{path}: 통합 문서로 읽을 수 없습니다 ({reason})"},
    "entities": {"en": "{path}: part {part!r} declares XML entities, which are refused",
                 "ko": "{path}: {part!r} 부분에 XML 엔터티 선언이 있어 거부합니다"},
    "too_wide": {"en": "{path}: part {part!r} has cells past column {column}; a programme is "
                       "narrower",
                 "ko": "{path}: {part!r} 부분에 {column}열 너머의 칸이 있습니다. 일정표는 그보다 "
                       "좁습니다"},
    "too_many_rows": {"en": "{path}: has more than {limit:,} rows; a programme has far fewer. "
                            "Nothing was imported",
                      "ko": "{path}: 행이 {limit:,}개를 넘습니다. 일정표는 훨씬 적습니다. 아무것도 "
                            "가져오지 않았습니다"},
    "too_many_timed_rows": {
        "en": "{path}: has more than {limit:,} timed rows; a programme has far fewer. Nothing "
              "was imported",
        "ko": "{path}: 시각이 있는 행이 {limit:,}개를 넘습니다. 일정표는 훨씬 적습니다. 아무것도 "
              "가져오지 않았습니다"},
    "too_many_cells": {"en": "{path}: holds more than {limit:,} cells; a programme has far "
                             "fewer. Nothing was imported",
                       "ko": "{path}: 칸이 {limit:,}개를 넘습니다. 일정표는 훨씬 적습니다. "
                             "아무것도 가져오지 않았습니다"},
    "too_many_texts": {"en": "{path}: holds more than {limit:,} texts; a programme has far "
                             "fewer. Nothing was imported",
                       "ko": "{path}: 글이 {limit:,}개를 넘습니다. 일정표는 훨씬 적습니다. "
                             "아무것도 가져오지 않았습니다"},
    "no_defusedxml": {"en": "defusedxml is not installed: workbooks are not read without it",
                      "ko": "defusedxml이 설치되어 있지 않습니다: 이것 없이는 통합 문서를 읽지 "
                            "않습니다"},
    "unknown_suffix": {"en": "{path}: import reads .json, .txt, .tsv and .xlsx files, not "
                             "{suffix}",
                       "ko": "{path}: .json, .txt, .tsv, .xlsx 파일만 가져올 수 있습니다 "
                             "({suffix}은(는) 안 됩니다)"},
    "not_text": {"en": "{path}: is not a text file", "ko": "{path}: 텍스트 파일이 아닙니다"},
    "not_utf8": {"en": "{path}: is neither UTF-8 nor CP949 text",
                 "ko": "{path}: UTF-8도 CP949도 아닌 텍스트입니다"},
    "unknown_layout": {
        "en": "{path}: neither a run sheet (시 간 · 내 용 · 비 고) nor a programme with columns "
              "named like {fields}; say which column is which (--columns)",
        "ko": "{path}: 운영 계획표(시 간 · 내 용 · 비 고)도, {fields} 같은 이름의 열이 있는 "
              "일정표도 아닙니다. 어느 열이 무엇인지 알려 주세요 (--columns)"},
    "template_needs": {
        "en": "{path}: the content column and the start column are needed (the end or the "
              "minutes are optional)",
        "ko": "{path}: 내용 열과 시작 열이 있어야 합니다 (끝 시각이나 소요 분은 없어도 됩니다)"},
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
