"""Slow work (exports, large files) off the GUI thread, with progress and a result callback.

Callbacks always run on the GUI thread. Tests swap in SyncRunner, which does the
work at once on the calling thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress], Any]


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive there queued."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Work, relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            result = self.work(lambda done, total, what: self.relay.progressed.emit(
                done, total, what))
        except Exception as exc:  # handed to the failure callback, which says what went wrong
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)


class TaskRunner(QObject):
    """Runs one piece of work at a time on Qt's thread pool."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(self, work: Work, *, on_done: Callable[[Any], None],
            on_failed: Callable[[Exception], None],
            on_progress: Progress | None = None) -> None:
        relay = _Relay(self)
        self._relays.add(relay)  # kept alive until the work reports back
        if on_progress is not None:
            relay.progressed.connect(on_progress)

        def finish(result: Any) -> None:
            self._relays.discard(relay)
            on_done(result)

        def fail(exc: Exception) -> None:
            self._relays.discard(relay)
            on_failed(exc)

        relay.finished.connect(finish)
        relay.failed.connect(fail)
        self.pool.start(_Job(work, relay))

    def wait(self, msecs: int = 60_000) -> bool:
        return self.pool.waitForDone(msecs)


class SyncRunner:
    """The same interface, doing the work at once: for tests."""

    def run(self, work: Work, *, on_done: Callable[[Any], None],
            on_failed: Callable[[Exception], None],
            on_progress: Progress | None = None) -> None:
        try:
            result = work(on_progress or (lambda *_: None))
        except Exception as exc:
            on_failed(exc)
        else:
            on_done(result)

    def wait(self, msecs: int = 0) -> bool:
        return True
