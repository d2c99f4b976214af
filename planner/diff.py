"""What changed between two issues of a plan: sessions moved, rows added, people reassigned.

Works on two interchange snapshots (the plain dicts `export --json` writes), so a revision
stored long ago compares with the plan of today. Sessions, rooms and interpreters are matched
by key. Agenda rows are matched by their key where both sides have one and otherwise by
aligning each block's rows on their content, so a row inserted above forty others is one
change, not forty; a row taken from one place and put in another is one move.

Each change says which session (and row) it concerns, so a recipient's view is a filter:
`for_interpreter`, `for_venue`, `for_run_sheet`.
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

Snapshot = dict[str, Any]

SESSION_PLACE = ("date", "start", "end", "room")
"""The fields that say where and when a session is: a change to any is a move."""
ROW_TEXTS = ("title", "details", "remarks", "notes")
ROW_TIMES = ("start", "duration", "marker", "stated_duration")
ROW_LIKENESS = 0.6
"""How alike (0 to 1, difflib's ratio of their texts and times) two unkeyed rows must be to be
taken for one row edited, when rows were also added or removed beside it."""


@dataclass(frozen=True)
class Change:
    """One difference: its kind, what it concerns, and the values before and after."""

    kind: str
    """session-added, session-removed, session-moved, session-retitled, session-changed,
    row-added, row-removed, row-moved, row-retimed, row-retexted, row-changed,
    assignment-added, assignment-removed, room-*, interpreter-*, event-changed."""
    session: str | None = None
    """The session's key, for every change inside a session."""
    row: str | None = None
    """The row's place, '3.2' (the third row's second sub-row), as it is now (before, when removed)."""
    subject: str | None = None
    """The field changed, or the room's or interpreter's key."""
    before: Any = None
    after: Any = None
    interpreter: str | None = None
    """For an assignment, whose it is."""


@dataclass(frozen=True)
class PlanDiff:
    """The changes from one snapshot to another, in the order of the newer plan."""

    changes: tuple[Change, ...] = field(default_factory=tuple)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def sessions(self) -> set[str]:
        """The keys of the sessions any change concerns."""
        return {c.session for c in self.changes if c.session is not None}

    def only(self, keep: Iterable[Change]) -> PlanDiff:
        kept = set(map(id, keep))
        return PlanDiff(tuple(c for c in self.changes if id(c) in kept))


def diff_plans(old: Snapshot, new: Snapshot) -> PlanDiff:
    """Every change from `old` to `new`; empty when the plans are the same."""
    changes: list[Change] = []
    changes += _event_changes(old.get("event", {}), new.get("event", {}))
    changes += _keyed_changes("room", old.get("rooms", []), new.get("rooms", []))
    changes += _keyed_changes("interpreter", old.get("interpreters", []),
                              new.get("interpreters", []))
    old_sessions = {s["key"]: s for s in old.get("sessions", [])}
    new_keys = {s["key"] for s in new.get("sessions", [])}
    for session in new.get("sessions", []):
        before = old_sessions.get(session["key"])
        if before == session:
            continue  # most sessions: one comparison in C, not a walk through their rows
        if before is None:
            changes.append(Change("session-added", session["key"], after=_place(session)))
            changes += _assignment_changes(session["key"], None, [], _assignments(session))
        else:
            changes += _session_changes(before, session)
    for key, session in old_sessions.items():
        if key not in new_keys:
            changes.append(Change("session-removed", key, before=_place(session)))
            changes += _assignment_changes(key, None, _assignments(session), [])
    return PlanDiff(tuple(changes))


# -- projections ---------------------------------------------------------------------------

INTERPRETER_SESSION_FIELDS = {"interpretation", "closed", "items"}


def for_interpreter(diff: PlanDiff, old: Snapshot, new: Snapshot, interpreter: str) -> PlanDiff:
    """What changed for one interpreter: their sessions (added to them, taken from them,
    moved, retitled, interpreted otherwise), their partners and roles, the rooms they work
    in, and their own entry (availability, languages)."""
    return for_interpreters(diff, old, new, [interpreter])[interpreter]


def for_interpreters(diff: PlanDiff, old: Snapshot, new: Snapshot,
                     keys: Iterable[str] | None = None) -> dict[str, PlanDiff]:
    """for_interpreter for many (every interpreter of either plan when keys is None), the
    plans read once for all of them."""
    was_by, now_by = _sessions_by_interpreter(old), _sessions_by_interpreter(new)
    room_was = {s["key"]: s.get("room") for s in old.get("sessions", [])}
    room_now = {s["key"]: s.get("room") for s in new.get("sessions", [])}
    if keys is None:
        keys = [i["key"] for i in new.get("interpreters", [])]
        keys += [i["key"] for i in old.get("interpreters", []) if i["key"] not in set(keys)]
    views = {}
    for key in keys:
        was, now = was_by.get(key, set()), now_by.get(key, set())
        rooms = {room_was[k] for k in was} | {room_now[k] for k in now}
        views[key] = diff.only(c for c in diff if _concerns_interpreter(c, key, was, now, rooms))
    return views


def _concerns_interpreter(c: Change, interpreter: str, was: set[str], now: set[str],
                          rooms: set[str | None]) -> bool:
    if c.kind.startswith("interpreter-"):
        return c.subject == interpreter
    if c.kind.startswith("room-"):
        return c.subject in rooms
    if c.kind.startswith("assignment-"):
        # Their own assignments; their partners' only where they stay on the session.
        return c.interpreter == interpreter or c.session in was & now
    if c.kind == "session-removed":
        return c.session in was
    if c.session not in now:
        return False  # a session they no longer work is told by its assignment-removed
    if c.kind.startswith("session-"):
        return c.kind != "session-changed" or c.subject in INTERPRETER_SESSION_FIELDS
    # Rows matter to an interpreter where they are interpreted otherwise than the session.
    return c.kind == "row-changed" and c.subject in ("interpretation", "assignments")


VENUE_SESSION_FIELDS = {"interpretation", "delegations", "closed"}


def for_venue(diff: PlanDiff) -> PlanDiff:
    """What changed for the venue: rooms, and sessions coming, going, moving, or needing
    other equipment or seats (interpretation, headcounts)."""
    def concerns(c: Change) -> bool:
        if c.kind.startswith("room-"):
            return True
        if c.kind in ("session-added", "session-removed", "session-moved", "session-retitled"):
            return True
        return c.kind == "session-changed" and c.subject in VENUE_SESSION_FIELDS
    return diff.only(c for c in diff if concerns(c))


def for_run_sheet(diff: PlanDiff) -> PlanDiff:
    """What changed on the run sheet: everything in the sessions and the event's title;
    not the interpreters' own entries, which it does not print."""
    return diff.only(c for c in diff if not c.kind.startswith("interpreter-"))


# -- the pieces ----------------------------------------------------------------------------


def _event_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    return [Change("event-changed", subject=name, before=old.get(name), after=new.get(name))
            for name in sorted(set(old) | set(new)) if old.get(name) != new.get(name)]


def _keyed_changes(what: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[Change]:
    before = {entry["key"]: entry for entry in old}
    after_keys = {entry["key"] for entry in new}
    changes = []
    for entry in new:
        previous = before.get(entry["key"])
        if previous is None:
            changes.append(Change(f"{what}-added", subject=entry["key"], after=entry))
            continue
        for name in sorted(set(previous) | set(entry)):
            if previous.get(name) != entry.get(name):
                changes.append(Change(f"{what}-changed", subject=entry["key"],
                                      before={name: previous.get(name)},
                                      after={name: entry.get(name)}))
    changes += [Change(f"{what}-removed", subject=key, before=entry)
                for key, entry in before.items() if key not in after_keys]
    return changes


def _place(session: dict[str, Any]) -> dict[str, Any]:
    return {name: session.get(name) for name in SESSION_PLACE}


def _session_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    key = new["key"]
    changes = []
    if _place(old) != _place(new):
        changes.append(Change("session-moved", key, before=_place(old), after=_place(new)))
    if old.get("title") != new.get("title"):
        changes.append(Change("session-retitled", key, before=old.get("title"),
                              after=new.get("title")))
    skip = {"key", "title", "items", "assignments", *SESSION_PLACE}
    for name in sorted((set(old) | set(new)) - skip):
        if old.get(name) != new.get(name):
            changes.append(Change("session-changed", key, subject=name, before=old.get(name),
                                  after=new.get(name)))
    changes += _row_changes(key, old.get("items", []), new.get("items", []))
    changes += _assignment_changes(key, None, old.get("assignments", []),
                                   new.get("assignments", []))
    return changes


# Rows ---------------------------------------------------------------------------------------


@dataclass
class _Row:
    item: dict[str, Any]
    place: str
    parent: str | None
    """The place of the block holding it (None at the top)."""


def _rows(items: list[dict[str, Any]], prefix: str = "", parent: str | None = None) -> list[_Row]:
    """Every row of an agenda with its place ('2.1'), depth first as the run sheet prints."""
    out = []
    for number, item in enumerate(items, 1):
        place = f"{prefix}{number}"
        out.append(_Row(item, place, parent))
        out += _rows(item.get("children", []), f"{place}.", place)
    return out


def _signature(item: dict[str, Any]) -> str:
    """What makes a row the same row when it has no key: its texts and times."""
    own = {k: v for k, v in item.items() if k != "children"}
    return repr(sorted(own.items()))


def _title_of(item: dict[str, Any]) -> str:
    return repr(sorted(item.get("title", {}).items()))


def _row_changes(session: str, old_items: list[dict[str, Any]],
                 new_items: list[dict[str, Any]]) -> list[Change]:
    old_rows, new_rows = _rows(old_items), _rows(new_items)
    pairs = _match_rows(old_rows, new_rows)
    matched_old = {id(o) for o, _ in pairs}
    matched_new = {id(n) for _, n in pairs}
    removed = [r for r in old_rows if id(r) not in matched_old]
    added = [r for r in new_rows if id(r) not in matched_new]

    # A row taken away here and put back there, unchanged, is one move.
    moves: list[tuple[_Row, _Row]] = []
    for row in list(added):
        same = next((r for r in removed if _signature(r.item) == _signature(row.item)), None)
        if same is not None:
            removed.remove(same)
            added.remove(row)
            moves.append((same, row))

    order = {id(r): n for n, r in enumerate(new_rows)}
    changes: list[tuple[float, Change]] = []
    moved = _moved_pairs(pairs, old_rows)
    for o, n in pairs:
        for change in _compared_rows(session, o, n, moved=id(n) in moved):
            changes.append((order[id(n)], change))
    for o, n in moves:
        changes.append((order[id(n)], Change("row-moved", session, n.place, before=o.place,
                                             after=n.place)))
    for row in added:
        changes.append((order[id(row)], Change("row-added", session, row.place,
                                               after=_own(row.item))))
        changes += [(order[id(row)], c) for c in _assignment_changes(
            session, row.place, [], row.item.get("assignments", []))]
    for row in removed:
        # Removed rows sort where they stood, by their old place, after what now stands there.
        at = _old_position(row, pairs, order)
        changes.append((at, Change("row-removed", session, row.place, before=_own(row.item))))
        changes += [(at, c) for c in _assignment_changes(
            session, row.place, row.item.get("assignments", []), [])]
    changes.sort(key=lambda pair: pair[0])
    return [change for _, change in changes]


def _match_rows(old_rows: list[_Row], new_rows: list[_Row]) -> list[tuple[_Row, _Row]]:
    """Pairs of rows that are the same row: by key, then by aligning what is left."""
    pairs: list[tuple[_Row, _Row]] = []
    old_by_key = {r.item["key"]: r for r in old_rows if r.item.get("key")}
    keyed_new = []
    for row in new_rows:
        twin = old_by_key.pop(row.item.get("key"), None) if row.item.get("key") else None
        if twin is not None:
            pairs.append((twin, row))
            keyed_new.append(row)
    taken_old = {id(o) for o, _ in pairs}
    taken_new = {id(n) for n in keyed_new}
    rest_old = [r for r in old_rows if id(r) not in taken_old and not r.item.get("key")]
    rest_new = [r for r in new_rows if id(r) not in taken_new and not r.item.get("key")]
    # Align on the whole row first (an untouched row is certainly itself), then pair what lies
    # between two aligned stretches by title, then by position: a row edited in place.
    matcher = difflib.SequenceMatcher(None, [_signature(r.item) for r in rest_old],
                                      [_signature(r.item) for r in rest_new], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        olds, news = rest_old[i1:i2], rest_new[j1:j2]
        if tag == "equal":
            pairs += zip(olds, news)
        elif tag == "replace":
            pairs += _pair_edited(olds, news)
    return pairs


def _pair_edited(olds: list[_Row], news: list[_Row]) -> list[tuple[_Row, _Row]]:
    pairs = []
    titled = difflib.SequenceMatcher(None, [_title_of(r.item) for r in olds],
                                     [_title_of(r.item) for r in news], autojunk=False)
    left_old, left_new = [], []
    for tag, i1, i2, j1, j2 in titled.get_opcodes():
        if tag == "equal":
            pairs += zip(olds[i1:i2], news[j1:j2])
        else:
            left_old += olds[i1:i2]
            left_new += news[j1:j2]
    # Same number of rows left on both sides: each was edited where it stands (retexted).
    if len(left_old) == len(left_new):
        return pairs + list(zip(left_old, left_new))
    # Otherwise a row edited beside one added or removed: pair, in order, the rows that are
    # still mostly alike; the rest were added or removed.
    after = 0
    for row in left_new:
        for k in range(after, len(left_old)):
            likeness = difflib.SequenceMatcher(None, _signature(left_old[k].item),
                                               _signature(row.item)).ratio()
            if likeness >= ROW_LIKENESS:
                pairs.append((left_old[k], row))
                after = k + 1
                break
    return pairs


def _own(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in ("children", "assignments")}


def _compared_rows(session: str, old: _Row, new: _Row, *, moved: bool) -> list[Change]:
    a, b = old.item, new.item
    changes = []
    if moved:
        changes.append(Change("row-moved", session, new.place, before=old.place, after=new.place))
    times_a = {k: a.get(k) for k in ROW_TIMES}
    times_b = {k: b.get(k) for k in ROW_TIMES}
    if times_a != times_b:
        changes.append(Change("row-retimed", session, new.place, before=times_a, after=times_b))
    for name in ROW_TEXTS:
        if a.get(name) != b.get(name):
            changes.append(Change("row-retexted", session, new.place, subject=name,
                                  before=a.get(name), after=b.get(name)))
    skip = {"children", "key", "assignments", *ROW_TIMES, *ROW_TEXTS}
    for name in sorted((set(a) | set(b)) - skip):
        if a.get(name) != b.get(name):
            changes.append(Change("row-changed", session, new.place, subject=name,
                                  before=a.get(name), after=b.get(name)))
    changes += _assignment_changes(session, new.place, a.get("assignments", []),
                                   b.get("assignments", []))
    return changes


def _moved_pairs(pairs: list[tuple[_Row, _Row]], old_rows: list[_Row]) -> set[int]:
    """The new rows of the pairs that changed block, or changed order among the rows that stayed
    (a row renumbered because another was added above it has not moved)."""
    new_place = {o.place: n.place for o, n in pairs}
    old_order = {id(r): k for k, r in enumerate(old_rows)}
    moved = {id(n) for o, n in pairs
             if (new_place.get(o.parent) if o.parent else None) != n.parent}
    # Rows in the old order whose new order does not follow the longest increasing run moved.
    by_old = sorted(pairs, key=lambda pair: old_order[id(pair[0])])
    ranks = [_place_key(n.place) for _, n in by_old]
    keep = _longest_increasing(ranks)
    moved |= {id(n) for k, (_, n) in enumerate(by_old) if k not in keep}
    return moved


def _longest_increasing(values: list[tuple[int, ...]]) -> set[int]:
    """The indexes of one longest strictly increasing subsequence (patience sorting)."""
    tails: list[tuple[int, ...]] = []
    tail_index: list[int] = []
    before: list[int] = [-1] * len(values)
    for k, value in enumerate(values):
        at = bisect.bisect_left(tails, value)
        if at == len(tails):
            tails.append(value)
            tail_index.append(k)
        else:
            tails[at] = value
            tail_index[at] = k
        before[k] = tail_index[at - 1] if at else -1
    keep: set[int] = set()
    k = tail_index[-1] if tail_index else -1
    while k >= 0:
        keep.add(k)
        k = before[k]
    return keep


def _old_position(row: _Row, pairs: list[tuple[_Row, _Row]], order: dict[int, int]) -> float:
    """Where a removed row would sort among the new rows: just after its old predecessor."""
    best = -1.0
    for o, n in pairs:
        if _place_key(o.place) < _place_key(row.place):
            best = max(best, order[id(n)])
    return best + 0.5


def _place_key(place: str) -> tuple[int, ...]:
    return tuple(int(part) for part in place.split("."))


# Assignments ------------------------------------------------------------------------------


def _assignments(session: dict[str, Any]) -> list[dict[str, Any]]:
    return session.get("assignments", [])


def _assignment_changes(session: str, row: str | None, old: list[dict[str, Any]],
                        new: list[dict[str, Any]]) -> list[Change]:
    def key(a: dict[str, Any]) -> tuple[str, str]:
        return a["interpreter"], a.get("role", "")
    before = {key(a): a for a in old}
    after = {key(a): a for a in new}
    changes = [Change("assignment-added", session, row, subject=role, after=a, interpreter=who)
               for (who, role), a in after.items() if (who, role) not in before]
    changes += [Change("assignment-removed", session, row, subject=role, before=a,
                       interpreter=who)
                for (who, role), a in before.items() if (who, role) not in after]
    changes += [Change("assignment-changed", session, row, subject=role, before=before[k],
                       after=after[k], interpreter=k[0])
                for k in after if k in before and before[k] != after[k]]
    return changes


def _sessions_by_interpreter(snapshot: Snapshot) -> dict[str, set[str]]:
    """Each interpreter's sessions: those they are assigned to, as a whole or in one row."""
    out: dict[str, set[str]] = {}

    def walk(session: str, items: list[dict[str, Any]]) -> None:
        for item in items:
            for a in item.get("assignments", []):
                out.setdefault(a["interpreter"], set()).add(session)
            walk(session, item.get("children", []))

    for s in snapshot.get("sessions", []):
        for a in s.get("assignments", []):
            out.setdefault(a["interpreter"], set()).add(s["key"])
        walk(s["key"], s.get("items", []))
    return out
