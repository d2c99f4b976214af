"""The project's own tests for each class of fault: a process killed mid-commit, a damaged
file, a full disk, read-only files and mounts, hostile JSON and hostile pasted text.

Each fault is met the way a user meets it, through the command line in this process: the
answer is exit 0 (or 1, the plan has errors) or exit 2 with one line on standard error,
never a traceback, and a refused command leaves its target as it was. Seeds are fixed, so
a failure repeats; the whole file runs in well under two minutes.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ui.cli import main

ROOT = Path(__file__).resolve().parents[1]
IS_ROOT = os.geteuid() == 0


def run_cli(*argv: str | Path) -> tuple[int, str, str]:
    """Run one command in this process as a user would, its output captured; a traceback
    (any exception escaping main) fails the test with what was run."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code if isinstance(exc.code, int) else 2
        except BaseException as exc:  # noqa: BLE001 - the fault under test
            pytest.fail(f"{' '.join(map(str, argv))} raised {exc!r}")
    return code, out.getvalue(), err.getvalue()


def assert_answered(code: int, err: str, what: str, allowed: tuple[int, ...] = (0, 1, 2), *,
                    listing: bool = False) -> None:
    """Exit 0, 1 or 2, and a refusal said in exactly one line without a traceback (or, for a
    source whose unreadable lines are listed, one line for each)."""
    assert code in allowed, f"{what}: exit {code}: {err}"
    assert "Traceback" not in err, f"{what}: {err}"
    if code == 2:
        lines = err.strip().splitlines()
        assert listing or len(lines) == 1, f"{what}: refusal in {len(lines)} lines: {err!r}"
        assert lines and all(line.startswith("agenda-planner: ") for line in lines), \
            f"{what}: {err!r}"


def digest(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.agenda"
    code, _, err = run_cli("demo", path)
    assert code == 0, err
    return path


@pytest.fixture(scope="module")
def demo_json(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("json") / "demo.json"
    code, _, err = run_cli("export", demo_file, "--json", out)
    assert code == 0, err
    return json.loads(out.read_text(encoding="utf-8"))


# -- kill -9 during real edits --------------------------------------------------------------

# A single-threaded process that has imported the database layer once and then forks one
# editor per kill: each editor opens the file, makes real edits through db/edits and reports
# every commit on its own line after the commit returned. Forking keeps 50 kills fast.
EDITOR_ZYGOTE = r"""
import os, signal, sys
sys.path.insert(0, sys.argv[1])
from db.document import EventDocument
from db.edits import set_item_text, set_session_fields
from db.loading import load_event
signal.signal(signal.SIGCHLD, signal.SIG_IGN)
for line in sys.stdin:
    path, progress, first = line.split()
    pid = os.fork()
    if pid:
        print(pid, flush=True)
        continue
    fd = os.open(progress, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    doc = EventDocument.open(path)
    loaded = load_event(doc)
    session = loaded.sessions[0]
    item = loaded.walk(session)[0].item
    k = int(first)
    while True:
        if k % 2:
            set_item_text(doc, item.id, "title", "ko", f"edit {k}")
        else:
            set_session_fields(doc, session.id, start_min=540 + 10 * ((k // 2) % 3),
                               end_min=600 + 10 * ((k // 2) % 3))
        os.write(fd, f"{k}\n".encode())
        k += 1
"""


def state_after(edits: int, base_title: str, base_start: int) -> tuple[str, int]:
    """The first row's title and the session's start after edits 1..edits of the editor."""
    odd = edits if edits % 2 else edits - 1
    even = edits if edits % 2 == 0 else edits - 1
    title = f"edit {odd}" if odd >= 1 else base_title
    start = 540 + 10 * ((even // 2) % 3) if even >= 2 else base_start
    return title, start


def read_state(path: Path) -> tuple[str, int]:
    from db.document import EventDocument
    from db.loading import load_event

    with EventDocument.open(path, read_only=True) as doc:
        loaded = load_event(doc)
    session = loaded.sessions[0]
    return loaded.walk(session)[0].item.title.get("ko", ""), session.start_min


def test_kill_9_during_edits_loses_no_commit(tmp_path: Path, small_file: Path) -> None:
    path = tmp_path / "killed.agenda"
    shutil.copy(small_file, path)
    base_title, base_start = read_state(path)
    zygote = subprocess.Popen([sys.executable, "-c", EDITOR_ZYGOTE, str(ROOT)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    rng = random.Random(19)
    done = 0
    hot_journals = 0
    try:
        for kill in range(50):
            progress = tmp_path / f"progress-{kill}"
            assert zygote.stdin and zygote.stdout
            zygote.stdin.write(f"{path} {progress} {done + 1}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            # Wait for the editor's first commit, then kill it at a random moment after.
            deadline = time.monotonic() + 20
            while not (progress.exists() and progress.read_text()):
                assert time.monotonic() < deadline, "the editor never committed"
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.08))
            os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ProcessLookupError):
                while True:  # reaped by the zygote
                    os.kill(pid, 0)
                    time.sleep(0.002)
            reported = [int(n) for n in progress.read_text().split()]
            last = reported[-1]
            hot_journals += Path(f"{path}-journal").exists() or Path(f"{path}-wal").exists()

            # Every command that only reads can read the file as the crash left it.
            code, _, err = run_cli("info", path)
            assert_answered(code, err, f"info after kill {kill}", allowed=(0,))
            code, _, err = run_cli("check", path)
            assert_answered(code, err, f"check after kill {kill}", allowed=(0, 1))
            code, _, err = run_cli("export", path, "--json", tmp_path / "after.json")
            assert_answered(code, err, f"export after kill {kill}", allowed=(0,))

            state = read_state(path)
            committed = state_after(last, base_title, base_start)
            in_flight = state_after(last + 1, base_title, base_start)
            assert state in (committed, in_flight), (kill, last, state)
            done = last + (state == in_flight and state != committed)
            with contextlib.closing(sqlite3.connect(path)) as con:
                assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        zygote.kill()
        zygote.wait()
    assert done >= 50  # every editor committed before it was killed


# -- damaged files -------------------------------------------------------------------------


def damaged_variants(source: bytes) -> Iterator[tuple[str, bytes]]:
    rng = random.Random(7)
    page = int.from_bytes(source[16:18], "big")
    pages = len(source) // page
    for cut in (100, page, page + 1, len(source) // 2, len(source) - page):
        yield f"truncated at {cut}", source[:cut]
    for number in sorted(rng.sample(range(1, pages), min(6, pages - 1))):
        yield f"page {number + 1} zeroed", (source[:number * page] + bytes(page)
                                            + source[(number + 1) * page:])
    # Byte flips inside stored texts: JSON columns whose UTF-8 is broken or whose JSON is.
    for needle in ("퀀텀".encode(), "라운드테이블".encode(), b'{"ko"', b'"en"'):
        at = source.find(needle)
        if at < 0:
            continue
        for flip in (0x80, 0xFF, 0x22):
            damaged = bytearray(source)
            damaged[at + 1] = flip
            yield f"byte {at + 1} of {needle!r} set to {flip:#x}", bytes(damaged)
    for _ in range(8):
        damaged = bytearray(source)
        at = rng.randrange(page, len(source))
        damaged[at] ^= 1 << rng.randrange(8)
        yield f"bit flip at {at}", bytes(damaged)


def test_damaged_files_are_refused_in_one_line_or_read(tmp_path: Path, demo_file: Path) -> None:
    source = demo_file.read_bytes()
    for n, (what, content) in enumerate(damaged_variants(source)):
        path = tmp_path / f"damaged-{n}.agenda"
        path.write_bytes(content)
        for argv in (("info", path), ("check", path), ("export", path, "--json", tmp_path / "o.json"),
                     ("export", path, "--to", tmp_path / f"out-{n}", "--only", "runsheet,ics")):
            code, _, err = run_cli(*argv)
            assert_answered(code, err, f"{argv[0]} on {what}")
            if code == 2:
                assert path.read_bytes() == content, f"{argv[0]} on {what} changed the file"


def test_foreign_wal_database_is_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "other.agenda"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE notes (body TEXT)")
    con.execute("INSERT INTO notes VALUES ('another program')")
    con.commit()
    con.close()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    for argv in (("info", path), ("check", path), ("export", path, "--json", tmp_path / "o.json")):
        code, _, err = run_cli(*argv)
        assert_answered(code, err, f"{argv[0]} on a foreign WAL file", allowed=(2,))
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


# -- a full disk, read-only files and mounts ---------------------------------------------


@contextlib.contextmanager
def mounted(target: Path, *options: str) -> Iterator[Path]:
    """A small tmpfs (or a read-only bind) mounted for the test, or a skip with the reason."""
    if not IS_ROOT:
        pytest.skip("mounting a small or read-only file system needs root")
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", *options, str(target)], capture_output=True, text=True,
                          check=False)
    if done.returncode:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


def test_full_disk_refuses_in_one_line_and_keeps_what_was_there(
        tmp_path: Path, demo_file: Path, demo_json: dict[str, Any]) -> None:
    source = tmp_path / "demo.json"
    source.write_text(json.dumps(demo_json, ensure_ascii=False), encoding="utf-8")
    with mounted(tmp_path / "full", "-t", "tmpfs", "-o", "size=96k", "tmpfs") as full:
        code, _, err = run_cli("demo", full / "new.agenda")
        assert_answered(code, err, "demo on a full disk", allowed=(2,))
        assert list(full.iterdir()) == []
        code, _, err = run_cli("import", source, full / "imported.agenda")
        assert_answered(code, err, "import on a full disk", allowed=(2,))
        assert list(full.iterdir()) == []
        code, _, err = run_cli("export", demo_file, "--to", full / "docs")
        assert_answered(code, err, "export on a full disk", allowed=(2,))
        leftovers = [p for p in (full / "docs").rglob("*") if p.name.startswith(".")] \
            if (full / "docs").exists() else []
        assert leftovers == []


def test_read_only_mount_reads_and_refuses_writes(tmp_path: Path, demo_file: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copy(demo_file, folder / "demo.agenda")
    before = (folder / "demo.agenda").read_bytes()
    with mounted(folder, "--bind", str(folder)):
        remount = subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=False,
                                 capture_output=True, text=True)
        if remount.returncode:
            pytest.skip(f"cannot remount read-only here: {remount.stderr.strip()}")
        for argv, allowed in ((("info", folder / "demo.agenda"), (0,)),
                              (("check", folder / "demo.agenda"), (0, 1)),
                              (("export", folder / "demo.agenda", "--json", tmp_path / "o.json"), (0,)),
                              (("demo", folder / "demo.agenda", "--replace"), (2,)),
                              (("demo", folder / "new.agenda"), (2,)),
                              (("export", demo_file, "--to", folder / "docs"), (2,))):
            code, _, err = run_cli(*argv)
            assert_answered(code, err, " ".join(map(str, argv)), allowed=allowed)
        assert (folder / "demo.agenda").read_bytes() == before


def test_read_only_file_refuses_replacing_and_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "kept.agenda"
    code, _, err = run_cli("demo", path)
    assert code == 0, err
    path.chmod(0o444)
    before = path.read_bytes()
    code, _, err = run_cli("demo", path, "--replace")
    assert_answered(code, err, "demo --replace on a 0444 file", allowed=(2,))
    assert path.read_bytes() == before
    assert path.stat().st_mode & 0o777 == 0o444


# -- hostile JSON ----------------------------------------------------------------------------

HOSTILE_VALUES: list[Any] = [
    "\x00", "제목\x07끝", "a\x1bb", "\x7f", "\ud800", "line\u2028two", "\t tab \n line",
    "=HYPERLINK(\"http://x\")", "<b>bold</b>", "x" * 20000, "", " ", "25:00", "23:60", "-1:00",
    "9:5", "2026-02-30", "0000-01-01", 10 ** 20, -10 ** 20, 2 ** 63, -1, 0, 1441, 1440, 1.5,
    float("nan"), True, None, [], {}, [None], {"ko": 5}, {"ko": "\x00"}, {"xx": "y"},
]


DEEP = "\u0000deep:"
"""A marker put in the data where a block nested this deep goes into the JSON text (Python's
own encoder would overflow its stack on it, as a reader's might)."""


def deep_text(depth: int) -> str:
    """Rows nested `depth` blocks deep, as JSON text."""
    opening = '{"title": {"ko": "깊다"}, "children": ['
    return opening * depth + '{"duration": 5, "title": {"ko": "깊다"}}' + "]}" * depth


def with_deep_blocks(text: str) -> str:
    return re.sub(r'"\\u0000deep:(\d+)"', lambda m: deep_text(int(m.group(1))), text)


def paths_of(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield at
    if isinstance(value, dict):
        for key, child in value.items():
            yield from paths_of(child, (*at, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from paths_of(child, (*at, index))


def mutated(base: dict[str, Any], rng: random.Random, paths: list[tuple[Any, ...]]) -> Any:
    data = json.loads(json.dumps(base))
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        path = rng.choice(paths[1:])
        holder = data
        try:
            for key in path[:-1]:
                holder = holder[key]
            old = holder[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue
        roll = rng.random()
        if roll < 0.05:
            holder[path[-1]] = f"{DEEP}{rng.choice((40, 3000))}"
        elif roll < 0.15 and isinstance(old, str) and old:
            cut = rng.randrange(len(old) + 1)
            holder[path[-1]] = old[:cut] + rng.choice(("\x00", "\x0b", "\ud83d", "\x7f", "\x1f")) \
                + old[cut:]
        elif roll < 0.2 and isinstance(holder, dict):
            del holder[path[-1]]
        else:
            holder[path[-1]] = rng.choice(HOSTILE_VALUES)
    return data


def test_hostile_json_is_refused_in_one_line_or_imported_whole(
        tmp_path: Path, demo_json: dict[str, Any]) -> None:
    rng = random.Random(2603)
    paths = list(paths_of(demo_json))
    accepted = 0
    exported = 0
    for n in range(240):
        data = mutated(demo_json, rng, paths)
        source = tmp_path / f"case-{n}.json"
        text = with_deep_blocks(json.dumps(data, ensure_ascii=True, allow_nan=True)
                                if rng.random() < 0.5
                                else json.dumps(data, ensure_ascii=False, allow_nan=True))
        source.write_bytes(text.encode("utf-8", "surrogatepass"))
        target = tmp_path / f"case-{n}.agenda"
        code, _, err = run_cli("import", source, target)
        assert_answered(code, err, f"import of case {n}", allowed=(0, 2))
        if code == 2:
            assert not target.exists(), f"case {n} refused but left {target.name}"
            continue
        accepted += 1
        code, _, err = run_cli("check", target)
        assert_answered(code, err, f"check of case {n}", allowed=(0, 1))
        # Every accepted case writes its documents; the PDF and Excel writers are the slow
        # part, so each case writes one of them in turn and every case its calendars.
        kinds = ("runsheet", "venue", "interpreters")[accepted % 3] + ",ics,json"
        code, _, err = run_cli("export", target, "--to", tmp_path / f"out-{n}", "--only", kinds)
        assert_answered(code, err, f"export of case {n}", allowed=(0,))
        exported += 1
        shutil.rmtree(tmp_path / f"out-{n}")
        target.unlink()
    assert accepted >= 15 and exported == accepted  # the generator also makes good events


# -- hostile pasted run-sheet text -----------------------------------------------------------

RUN_SHEET = """시간\t내용\t비고
09:00~09:02 ('2)\t○ 개회 및 참석자 소개\t(사회) 과기정통부 국장
09:02~09:10 ('8)\t○ 환영사\t(한) 과기정통부 차관
\t- 인사말씀 ① 첫째 ② 둘째\t
(09:30~)\t※ 차관 이석\t
09:10~09:40 ('30)\t○ 자유 토론\t동시통역
09:40~10:00 (20분)\t○ 폐회\t
"""

TEXT_NOISE = ["\x00", "\x08", "\x1b[31m", "\x7f", "\ud800", "\r", "\r\n", "\t\t\t", "99:99~",
              "09:00~08:00", "09:00~09:00 ('900)", "(25:00~)", "('100000000000000000000)",
              "○" * 200, "=cmd|' /C calc'!A0", "\u202e", "①②③④⑤", "  ", "\n\n\n"]


def test_hostile_pasted_text_is_refused_in_one_line_or_imported(
        tmp_path: Path, small_file: Path) -> None:
    rng = random.Random(1130)
    lines = RUN_SHEET.splitlines()
    for n in range(200):
        mutated_lines = list(lines)
        for _ in range(rng.choice((1, 2, 3))):
            at = rng.randrange(len(mutated_lines))
            line = mutated_lines[at]
            cut = rng.randrange(len(line) + 1)
            mutated_lines[at] = line[:cut] + rng.choice(TEXT_NOISE) + line[cut:]
        source = tmp_path / f"paste-{n}.txt"
        source.write_bytes("\n".join(mutated_lines).encode("utf-8", "surrogatepass"))
        target = tmp_path / "target.agenda"
        shutil.copy(small_file, target)
        before = target.read_bytes()
        code, _, err = run_cli("import", source, target, "--date", "2026-07-02")
        assert_answered(code, err, f"import of pasted case {n}", allowed=(0, 2), listing=True)
        if code == 2:
            assert target.read_bytes() == before, f"pasted case {n} refused but changed the file"
            continue
        code, _, err = run_cli("check", target)
        assert_answered(code, err, f"check after pasted case {n}", allowed=(0, 1))
        if n % 10 == 0:
            code, _, err = run_cli("export", target, "--to", tmp_path / "out", "--only",
                                   "runsheet,ics")
            assert_answered(code, err, f"export after pasted case {n}", allowed=(0,))
