"""The handout preview's PDF, built off the GUI thread while the nurse ticks parts or types.

ReportLab is pure Python (a warm two-page handout takes about 50 ms, the first one of a run
several hundred), so a build on the GUI thread froze the dialog on every refresh. Here one
worker thread builds; the GUI thread only gathers the handout's data (a few SQLite reads:
the content connection belongs to the GUI thread) and shows the finished bytes.

- Coalesced: at most one build runs; a newer request replaces an older one that has not
  started, so a burst of ticks costs one or two builds, not one per tick.
- Never stale: every request gets a generation number; a result is shown only when it is
  the newest request's, so an older PDF never replaces a newer one.
- Exact: ``build_now`` builds the current request on the caller's thread (after any build
  in flight) and makes every build in flight stale; print, save and "Openen in PDF-lezer"
  use it when the preview is not up to date, so they always use the PDF the preview shows.
- Closed cleanly: ``shutdown`` drops what has not started and waits for the running build,
  so no thread outlives the dialog and no result reaches a deleted dialog.

The result is fetched by a short timer on the GUI thread (only while a build is in flight)
rather than a signal emitted from the worker: no Qt object is touched off the GUI thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from opvoedapp.documents.handout_data import HandoutData

POLL_MS = 10
THREAD_NAME = "opvoedapp-handout-preview"
# ReportLab keeps global state (registered fonts, caches): one build at a time, whichever
# thread runs it.
_BUILD_LOCK = threading.Lock()


def _build_locked(build: Callable[[HandoutData], bytes], data: HandoutData,
                  threads: set[threading.Thread] | None = None) -> bytes:
    if threads is not None:
        threads.add(threading.current_thread())
    with _BUILD_LOCK:
        return build(data)


class PreviewBuilder(QObject):
    """Builds PDFs for ``request(data)`` in a worker; ``ready(pdf)`` on the GUI thread."""

    ready = Signal(object)  # bytes (a bytes signal would arrive as a QByteArray)
    busy_changed = Signal(bool)

    def __init__(self, build: Callable[[HandoutData], bytes],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._executor: ThreadPoolExecutor | None = None
        self._running: tuple[int, Future[bytes]] | None = None
        self._pending: tuple[int, HandoutData] | None = None
        self._generation = 0  # of the newest request
        self._shown = 0  # generation of the PDF last handed out by ready / build_now
        self._busy = False
        self._threads: set[threading.Thread] = set()  # the worker threads this one used
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)

    # -- state --------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """The newest request is waiting or being built (a stale build may run on unseen)."""
        return self._pending is not None or (self._running is not None
                                             and self._running[0] == self._generation)

    @property
    def up_to_date(self) -> bool:
        """The PDF last handed out is the newest request's (False after a failed build)."""
        return self._shown == self._generation

    def worker_alive(self) -> bool:
        """A worker thread of this builder still runs (tests: none after ``shutdown``)."""
        return any(t.is_alive() for t in self._threads)

    # -- requests -----------------------------------------------------------------------
    def request(self, data: HandoutData) -> None:
        """Build ``data`` in the background; replaces any request that has not started."""
        self._generation += 1
        self._pending = (self._generation, data)
        self._start_next()
        self._set_busy()

    def build_now(self, data: HandoutData) -> bytes:
        """Build on this thread and return the PDF; whatever is in flight becomes stale."""
        self._generation += 1
        self._pending = None
        pdf = _build_locked(self._build, data)
        self._shown = self._generation
        self._set_busy()
        return pdf

    def shutdown(self) -> None:
        """Drop what has not started, wait for the running build; no thread is left."""
        self._pending = None
        self._generation += 1  # whatever still arrives is stale
        self._poll.stop()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        for thread in self._threads:  # one let go when idle may still be on its way out
            thread.join()
        self._running = None
        self._shown = self._generation
        self._set_busy()

    # -- worker side --------------------------------------------------------------------
    def _start_next(self) -> None:
        if self._running is not None or self._pending is None:
            return
        generation, data = self._pending
        self._pending = None
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=THREAD_NAME)
        self._running = (generation, self._executor.submit(_build_locked, self._build, data,
                                                           self._threads))
        self._poll.start()

    def _collect(self) -> None:
        if self._running is None:
            self._poll.stop()
            return
        generation, future = self._running
        if not future.done():
            return
        self._running = None
        self._poll.stop()
        self._start_next()  # the newest request first, then show (or drop) this result
        if self._running is None and self._executor is not None:
            # Idle: let the thread end rather than wait for the next tick, so no thread is
            # left behind even by a dialog that is deleted without being closed.
            self._executor.shutdown(wait=False)
            self._executor = None
        error = future.exception()
        if error is not None:
            # Our bug: the crash handler logs it (types and places only) and tells the user;
            # the preview keeps the last good PDF.
            sys.excepthook(type(error), error, error.__traceback__)
        elif generation == self._generation:
            self._shown = generation
            self.ready.emit(future.result())
        self._set_busy()

    def _set_busy(self) -> None:
        if self.busy != self._busy:
            self._busy = self.busy
            self.busy_changed.emit(self._busy)
