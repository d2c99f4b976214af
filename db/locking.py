"""Who may change an event file: one writer at a time, while any number of others read it.

SQLite's own locks last only as long as a transaction (the rollback journal in its normal
locking mode), so readers can read between a writer's edits. Which program is the writer is
decided by a lock of our own: an operating-system lock on one byte of the event file that
SQLite never reads, writes or locks (in its lock page, past its own lock bytes). The lock
belongs to the open file, not to a lock file: it goes away with the process, even after a
crash, and leaves nothing behind on disk.

On Linux it is an open file description lock (``F_OFD_SETLK``): unlike a classic POSIX lock it is
not dropped when SQLite unlocks the file or closes another descriptor of it, and a second
opener in the same process is refused like any other. On Windows it is a byte-range lock on
our own handle. Where neither exists, ``SHARED_READING`` is False and the document falls back
to SQLite's exclusive locking mode: the writer keeps the whole file locked, readers included.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

WRITER_BYTE = 0x40000000 + 0x800
"""In SQLite's lock page (which starts at 1 GiB and holds no data), past its pending, reserved
and shared lock bytes (the first 512)."""
READER_BYTE = WRITER_BYTE + 1
"""Shared by every reader holding a copy of the file open; taken whole only to replace the file."""

try:
    import fcntl
    _OFD_SETLK: int | None = getattr(fcntl, "F_OFD_SETLK", None)
except ImportError:  # Windows
    _OFD_SETLK = None

SHARED_READING = _OFD_SETLK is not None or sys.platform == "win32"
"""True where the writer's lock can be held beside SQLite's: readers then read while a writer
has the file open."""


class WriterLock:
    """The right to change one event file, held until released or the process ends."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    @classmethod
    def take(cls, path: Path, *, sole: bool = False) -> WriterLock | None:
        """The file's writer lock, or None when another window or program holds it; ``sole``:
        only when no reader has the file open either (to replace the file whole).

        Raises OSError when the file cannot be opened for writing at all.
        """
        if not SHARED_READING:
            # SQLite's exclusive mode is the lock; a descriptor of ours closed later would
            # drop SQLite's POSIX locks with it.
            return cls(None)
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            held = _lock(fd, WRITER_BYTE) and (not sole or _lock(fd, READER_BYTE))
        except BaseException:
            os.close(fd)
            raise
        if not held:
            os.close(fd)
            return None
        return cls(fd)

    @classmethod
    def take_as_reader(cls, path: Path) -> WriterLock | None:
        """A reader's share of the file, so that it is not replaced while open here; None
        where it cannot be had (the file is being replaced, or the system has no shared
        byte locks): the reader then reads its copy all the same."""
        if _OFD_SETLK is None:
            return None
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return None
        try:
            if _lock(fd, READER_BYTE, shared=True):
                return cls(fd)
        except OSError:
            pass
        os.close(fd)
        return None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd, WRITER_BYTE)
            _unlock(fd, READER_BYTE)
        finally:
            os.close(fd)


def writer_present(path: Path, *, or_reader: bool = False) -> bool:
    """Whether a window or program has the file open to change it (or, ``or_reader``, to read
    it), checked without waiting."""
    if not SHARED_READING:
        return False  # SQLite's exclusive mode refuses every other opener by itself
    try:
        lock = WriterLock.take(path, sole=or_reader)
    except OSError:
        return False  # not writable here, so no one here writes it through us
    if lock is None:
        return True
    lock.release()
    return False


if _OFD_SETLK is not None:
    _F_OFD_SETLK: int = _OFD_SETLK

    def _flock(kind: int, byte: int) -> bytes:
        # struct flock: l_type, l_whence, l_start, l_len, l_pid (0 for OFD locks), padded.
        return struct.pack("hhqqi0q", kind, os.SEEK_SET, byte, 1, 0)

    def _lock(fd: int, byte: int, *, shared: bool = False) -> bool:
        try:
            fcntl.fcntl(fd, _F_OFD_SETLK, _flock(fcntl.F_RDLCK if shared else fcntl.F_WRLCK, byte))
        except (BlockingIOError, PermissionError):  # EAGAIN or EACCES: held by another
            return False
        return True

    def _unlock(fd: int, byte: int) -> None:
        fcntl.fcntl(fd, _F_OFD_SETLK, _flock(fcntl.F_UNLCK, byte))

elif sys.platform == "win32":
    import msvcrt

    def _lock(fd: int, byte: int, *, shared: bool = False) -> bool:
        os.lseek(fd, byte, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True

    def _unlock(fd: int, byte: int) -> None:
        os.lseek(fd, byte, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            pass  # that byte was not locked

else:
    def _lock(fd: int, byte: int, *, shared: bool = False) -> bool:
        return True

    def _unlock(fd: int, byte: int) -> None:
        pass
