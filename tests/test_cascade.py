"""Cascading start times: examples from the seed and properties that hold for any agenda."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from planner.cascade import Cascade, Row, cascade_start_times
from planner.clock import TimeFormatError, format_range, format_time, parse_time


def hm(text: str) -> int:
    return parse_time(text)


def printed(result: Cascade) -> list[str]:
    return [format_range(r.start, r.end) for r in result.rows]


def test_korea_canada_dialogue_as_printed() -> None:
    rows = [Row(2), Row(5, start=hm("09:03")), Row(children=(Row(5), Row(5), Row(10))), Row(2)]
    result = cascade_start_times(rows, hm("09:00"), hm("09:30"))
    assert printed(result) == [
        "09:00~09:02 ('2)", "09:03~09:08 ('5)", "09:08~09:28 ('20)", "09:08~09:13 ('5)",
        "09:13~09:18 ('5)", "09:18~09:28 ('10)", "09:28~09:30 ('2)"]
    assert result.rows[1].gap == 1 and result.overrun == 0


def test_hard_start_exposes_overlap_and_overrun() -> None:
    result = cascade_start_times([Row(30), Row(20, start=hm("09:20"))], hm("09:00"), hm("09:30"))
    assert result.rows[1].overlap == 10
    assert result.rows[1].overrun == 10 and result.overrun == 10
    assert result.end == hm("09:40")


def test_marker_is_a_point_that_moves_nothing() -> None:
    rows = [Row(children=(Row(75), Row(marker=True, start=hm("12:25")), Row(5)))]
    result = cascade_start_times(rows, hm("12:10"), hm("13:30"))
    assert printed(result) == ["12:10~13:30 ('80)", "12:10~13:25 ('75)", "12:25~12:25 ('0)",
                               "13:25~13:30 ('5)"]
    assert result.rows[2].overlap == 0 and result.rows[3].gap == 0


def test_soft_marker_sits_where_the_previous_row_ends() -> None:
    result = cascade_start_times([Row(10), Row(marker=True), Row(5)], 600)
    assert [(r.start, r.end) for r in result.rows] == [(600, 610), (610, 610), (610, 615)]


def test_empty_agenda_ends_at_session_start() -> None:
    result = cascade_start_times([], 540, 600)
    assert result.rows == () and result.end == 540 and result.overrun == 0


@pytest.mark.parametrize("text", ["25:00", "9:60", "09:60", "24:00", "9:00", "", "0900", "ab:cd"])
def test_bad_times_are_refused(text: str) -> None:
    with pytest.raises(TimeFormatError):
        parse_time(text)


def test_times_round_trip() -> None:
    assert all(parse_time(format_time(m)) == m for m in range(0, 24 * 60))


# -- properties --------------------------------------------------------------------

leaf = st.builds(Row, duration=st.integers(1, 90),
                 start=st.one_of(st.none(), st.none(), st.integers(420, 1200)))
marker = st.builds(Row, marker=st.just(True), start=st.one_of(st.none(), st.integers(420, 1200)))
soft_leaf = st.builds(Row, duration=st.integers(1, 90))


def blocks(children: st.SearchStrategy[Row]) -> st.SearchStrategy[Row]:
    return st.builds(Row, start=st.one_of(st.none(), st.integers(420, 1200)),
                     children=st.lists(children, min_size=1, max_size=4).map(tuple))


agendas = st.lists(st.recursive(st.one_of(leaf, marker), blocks, max_leaves=12), max_size=8)
soft_agendas = st.lists(st.recursive(soft_leaf, lambda c: st.builds(
    Row, children=st.lists(c, min_size=1, max_size=4).map(tuple)), max_leaves=12), max_size=8)


def paths(rows: list[Row] | tuple[Row, ...], parent: tuple[int, ...] = ()) -> list[tuple[int, ...]]:
    out: list[tuple[int, ...]] = []
    for i, row in enumerate(rows):
        out.append(parent + (i,))
        out.extend(paths(row.children, parent + (i,)))
    return out


def node_at(rows: list[Row] | tuple[Row, ...], path: tuple[int, ...]) -> Row:
    row = rows[path[0]]
    for i in path[1:]:
        row = row.children[i]
    return row


@settings(max_examples=150, deadline=None)
@given(agendas, st.integers(420, 900))
def test_order_is_kept(rows: list[Row], start: int) -> None:
    result = cascade_start_times(rows, start)
    assert [r.path for r in result.rows] == paths(rows)


@settings(max_examples=150, deadline=None)
@given(soft_agendas, st.integers(420, 900))
def test_soft_rows_follow_each_other_without_gaps(rows: list[Row], start: int) -> None:
    result = cascade_start_times(rows, start)
    leaves = [r for r in result.rows if not node_at(rows, r.path).children]
    assert all(a.end == b.start for a, b in zip(leaves, leaves[1:]))
    assert (leaves[0].start if leaves else start) == start
    assert result.end == start + sum(node_at(rows, r.path).duration or 0 for r in leaves)


@settings(max_examples=150, deadline=None)
@given(agendas, st.integers(420, 900))
def test_a_block_spans_its_children(rows: list[Row], start: int) -> None:
    result = cascade_start_times(rows, start)
    for timed in result.rows:
        row = node_at(rows, timed.path)
        if not row.children:
            continue
        kids = [result.by_path[timed.path + (i,)] for i in range(len(row.children))]
        timed_kids = [k for k, c in zip(kids, row.children) if not c.marker]
        end = timed_kids[-1].end if timed_kids else timed.start
        assert timed.end == end
        if all(c.start is None for c in row.children):
            assert timed.duration == sum(k.duration for k in timed_kids)


@settings(max_examples=150, deadline=None)
@given(agendas, st.integers(420, 900), st.data())
def test_changing_one_duration_moves_only_the_soft_rows_after_it(
        rows: list[Row], start: int, data: st.DataObject) -> None:
    leaves = [p for p in paths(rows) if node_at(rows, p).duration and not node_at(rows, p).marker
              and not node_at(rows, p).children]
    if not leaves:
        return
    target = data.draw(st.sampled_from(leaves))
    delta = data.draw(st.integers(-5, 30).filter(bool))
    old = node_at(rows, target)
    new_duration = max(1, (old.duration or 0) + delta)
    changed = _replace(rows, target, Row(new_duration, old.start, old.marker, old.children))
    before = cascade_start_times(rows, start)
    after = cascade_start_times(changed, start)
    shift = new_duration - (old.duration or 0)
    order = paths(rows)
    at = order.index(target)
    for i, path in enumerate(order):
        a, b = before.by_path[path], after.by_path[path]
        row = node_at(rows, path)
        if i < at and not _contains(path, target):
            assert (a.start, a.end) == (b.start, b.end), "a row before the change moved"
        if i > at and row.start is not None:
            assert b.start == a.start, "a hard start moved"
        if i > at and row.start is None and not row.marker and not _chain_broken(rows, order, at, i):
            assert b.start == a.start + shift, "a soft row after the change did not follow"


def _contains(block: tuple[int, ...], path: tuple[int, ...]) -> bool:
    return path[:len(block)] == block and len(path) > len(block)


def _chain_broken(rows: list[Row], order: list[tuple[int, ...]], at: int, i: int) -> bool:
    """Whether a hard start between the changed row and row i stops the shift from reaching it."""
    target, path = order[at], order[i]
    for p in order[at + 1:i]:
        if node_at(rows, p).start is not None and not node_at(rows, p).marker \
                and not _contains(p, path):
            return True
    # A hard-started block that holds row i also stops the shift, before its own children.
    for depth in range(1, len(path)):
        ancestor = path[:depth]
        if node_at(rows, ancestor).start is not None and not _contains(ancestor, target):
            return True
    return False


def _replace(rows: list[Row] | tuple[Row, ...], path: tuple[int, ...], new: Row) -> list[Row]:
    out = list(rows)
    if len(path) == 1:
        out[path[0]] = new
    else:
        parent = out[path[0]]
        out[path[0]] = Row(parent.duration, parent.start, parent.marker,
                           tuple(_replace(parent.children, path[1:], new)))
    return out
