"""Text as the planner keeps it: what a pasted cell, a typed field or an imported file may
carry in and no document can print.

Control characters (U+0000-U+001F but tab and line breaks, and U+007F) come with text
copied from word processors and terminals; lone surrogates (half of a UTF-16 pair) from
broken JSON escapes. Excel refuses both, PDF and calendars cannot show them, and a lone
surrogate cannot even be written out as UTF-8. Word's manual line break (U+000B) and page
break (U+000C) become line breaks; the others are removed. See docs/import.md.
"""

from __future__ import annotations

import re
from typing import Any

MAX_MINUTES = 24 * 60
"""The longest a row or a printed length can be: a day, as the window's agenda allows."""

_UNWANTED = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_AS_LINE_BREAK = {"\x0b": "\n", "\x0c": "\n"}


def clean_text(text: str) -> str:
    """The text without control characters (tab and line breaks kept; U+000B and U+000C
    become line breaks) and without lone surrogates."""
    if _UNWANTED.search(text) is None:
        return text
    return _UNWANTED.sub(lambda m: _AS_LINE_BREAK.get(m.group(), ""), text)


def clean_value(value: Any) -> Any:
    """A stored value (a text, or texts by language, or a list of them) with every text
    cleaned; anything else as it is."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_value(k): clean_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_value(v) for v in value]
    return value


def unwanted_character(text: str) -> str | None:
    """What is wrong with a text that has an unwanted character, in words (English), or None:
    ``the control character U+0007 at character 5``."""
    found = _UNWANTED.search(text)
    if found is None:
        return None
    code = ord(found.group())
    kind = "a lone surrogate" if 0xD800 <= code <= 0xDFFF else "the control character"
    return f"{kind} U+{code:04X} at character {found.start() + 1}"
