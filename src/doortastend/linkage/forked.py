"""A forked helper process for the batch: it runs one function on a copy of this process (fork: the batch's
records are shared copy-on-write, nothing is sent to it) and sends its results back over a pipe, one pickled
object after another, so that this process can take the first result while the helper works on the next.

Used to split normalising (batch.normalize_many) and to block and compare first names while this process codes
the records (batch.deduplicate). A helper that fails, or a machine without fork, never loses work: the caller
gets :data:`FAILED` and does the work itself. While this process waits for a result it can do other work that
it needs later anyway, in small steps (``idle``).
"""

from __future__ import annotations

import os
import pickle
import select
import signal
from collections.abc import Callable, Iterator

__all__ = ["FAILED", "Helper", "can_fork"]

FAILED = object()  # what Helper.get returns when the helper sent no (more) complete result
_DONE = object()


def can_fork(workers: int | None) -> bool:
    """Whether a helper process is worth starting: fork exists and more than one CPU (or ``workers`` > 1)."""
    return hasattr(os, "fork") and (workers or min(os.cpu_count() or 1, 2)) > 1


class Helper:
    """``Helper(work, *args)`` forks a process that calls ``work(send, *args)``; each ``send(obj)`` there is one
    ``get()`` here, in order. The helper ends with os._exit: no atexit handlers, no flushing of this process's
    buffers twice.

    ``idle``: work this process needs later anyway, as an iterator that does one small step (a few
    milliseconds) per item. ``get()`` takes steps while the pipe holds nothing from the helper, and reads as
    soon as it does: a helper whose result fills the pipe waits at most one step. Steps left over stay for
    the caller (the iterator is simply not finished)."""

    def __init__(self, work: Callable[..., None], *args: object, idle: Iterator[object] | None = None) -> None:
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the helper: never returns into the caller's code
            code = 1
            try:
                os.close(r)
                with os.fdopen(w, "wb") as fh:

                    def send(obj: object) -> None:
                        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
                        fh.flush()

                    work(send, *args)
                code = 0
            finally:
                os._exit(code)
        os.close(w)
        self.pid: int | None = pid
        self.fh = os.fdopen(r, "rb")
        self.idle = idle

    def get(self) -> object:
        """The helper's next result, waiting for it; FAILED when the helper ended without sending it whole."""
        if self.fh.closed:
            return FAILED
        self._idle_while_empty()
        try:
            return pickle.load(self.fh)
        except Exception:  # noqa: BLE001 - ended early or crashed: the caller does the work itself
            self.close()
            return FAILED

    def _idle_while_empty(self) -> None:
        """Steps of the idle work while the pipe is empty (the helper still working, its next result not begun;
        a helper that ended makes the pipe readable too)."""
        if self.idle is None:
            return
        fd = self.fh.fileno()
        while not select.select([fd], [], [], 0)[0]:
            if next(self.idle, _DONE) is _DONE:
                self.idle = None
                return

    def close(self) -> None:
        """Stop the helper if it still runs (a caller that needs no more results) and collect it."""
        if not self.fh.closed:
            self.fh.close()
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(self.pid, 0)
            self.pid = None
