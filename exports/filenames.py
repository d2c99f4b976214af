"""File names made from what people typed: an interpreter's name, a session's key.

A name may be in any script (Hangul, kana, Cyrillic...) and keeps it; what no file system
takes, or Windows refuses, never reaches a file name: folder separators, control and
invisible format characters, the characters Windows reserves, its device names (CON, NUL,
COM1...), a dot or space at either end, and names longer than a file system allows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from db.models import Interpreter

RESERVED_CHARACTERS = '<>:"/\\|?*'
"""Refused by Windows (and the slash everywhere)."""
DEVICE_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)),
                *(f"LPT{n}" for n in range(10)), "CONIN$", "CONOUT$"}
"""Names Windows takes for devices, whatever the extension after them."""
MAX_BYTES = 120
"""Most file systems allow 255 bytes (in UTF-8 a Hangul syllable is 3): room for a suffix
that tells two namesakes apart and for the extension."""


def safe_name(key: str) -> str:
    """A file name from an author's key: no folders, no hidden files, nothing odd."""
    name = re.sub(r"[^\w.-]+", "_", key, flags=re.UNICODE).strip("._") or "unnamed"
    return name[:80]


def file_name_from(text: str, fallback: str) -> str:
    """A file name (without its extension) that reads as the text: '한영 통역사 1',
    'Dr. Ana Pérez'; the fallback, made safe, when nothing of the text is left."""
    name = unicodedata.normalize("NFC", text)
    name = "".join(" " if ch.isspace() else _kept(ch) for ch in name)
    name = re.sub(r" {2,}", " ", re.sub(r"_{2,}", "_", name)).strip(" .").lstrip("-")
    name = _cut(name).rstrip(" .")
    device, dot, rest = name.partition(".")
    if device.strip().upper() in DEVICE_NAMES:  # 'CON' and 'con.txt' alike
        name = f"{device}_{dot}{rest}"
    return name or safe_name(fallback)


def _kept(ch: str) -> str:
    """The character itself, "_" for one a file name cannot hold, nothing for an invisible
    format character (a zero-width space, a right-to-left override)."""
    category = unicodedata.category(ch)
    if category == "Cf":
        return ""
    if ch in RESERVED_CHARACTERS or category.startswith("C"):
        return "_"
    return ch


def _cut(name: str) -> str:
    """At most MAX_BYTES in UTF-8, cut between characters."""
    data = name.encode("utf-8")
    if len(data) <= MAX_BYTES:
        return name
    return data[:MAX_BYTES].decode("utf-8", errors="ignore")


def distinct_names(named: Sequence[tuple[str, str]]) -> dict[str, str]:
    """File names by key, from (key, name) pairs: names that would be the same file (on a
    file system that ignores case too) each carry their key, '김민지 (kim-2)'."""
    by_file: dict[str, list[str]] = {}
    for key, name in named:
        by_file.setdefault(name.casefold(), []).append(key)
    names = dict(named)
    result = {key: name if len(by_file[name.casefold()]) == 1
              else f"{name} ({safe_name(key)})" for key, name in named}
    taken: set[str] = set()
    for key, _ in named:  # a name that is itself 'X (key)' of another: numbered, stably
        name, n = result[key], 2
        while name.casefold() in taken:
            name, n = f"{names[key]} ({safe_name(key)}-{n})", n + 1
        result[key] = name
        taken.add(name.casefold())
    return result


def interpreter_file_names(interpreters: Iterable[Interpreter], lang: str) -> dict[str, str]:
    """Each interpreter's file name (by key) for their sheet and calendar: their name in the
    document's language (the other one where it has none), else their key."""
    other = "en" if lang == "ko" else "ko"
    return distinct_names([
        (person.key, file_name_from(person.name.get(lang) or person.name.get(other)
                                    or next((t for t in person.name.values() if t), ""),
                                    person.key))
        for person in interpreters])
