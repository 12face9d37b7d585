"""Work done in a second process while this one does its own part, for large inputs only.

A check of two long claim files spends most of its time in a few loops over claims (loading
each file, scoring each expectation's candidates); on a machine with a second core, a forked
child does one part and sends its result back, pickled, through a pipe.  Where there is no
fork (Windows) or one core, or when the child sends nothing back (it failed, or its result
does not pickle), the part is done in this process when its result is asked for: the result
is the same either way, and so is any error (raised again here, where it is raised as usual).
"""

from __future__ import annotations

import gc
import os
import signal
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Aside(Generic[T]):
    """fn() computed in a forked child while the caller goes on; result() waits for it.

    Call result() or cancel() once: a child left alone would wait on its pipe until this process ends.
    """

    def __init__(self, fn: Callable[[], T]) -> None:
        self._fn = fn
        self._pid = 0
        self._fd = -1
        if not hasattr(os, "fork") or cores() < 2:
            return
        import pickle  # here: most checks never fork, and start without it

        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: it leaves with os._exit, so neither buffered output nor exit handlers run twice
            try:
                os.close(read)
                # The child ends when fn() does, and its memory with it: the collector's passes over what fn()
                # builds (a large check's terms and scores) would only cost time.
                gc.disable()
                try:
                    data = pickle.dumps(fn(), pickle.HIGHEST_PROTOCOL)
                except BaseException:  # noqa: BLE001 - the parent does the part again and raises the error itself
                    data = b""
                with open(write, "wb") as pipe:
                    pipe.write(data)
            finally:
                os._exit(0)
        os.close(write)
        self._pid, self._fd = pid, read

    def result(self) -> T:
        """What fn() returned (or raised), from the child or computed here."""
        if self._pid:
            pid, self._pid = self._pid, 0
            try:
                with open(self._fd, "rb") as pipe:
                    data = pipe.read()
            finally:  # reaped even when the read is interrupted
                _, status = os.waitpid(pid, 0)
            if data and status == 0:
                import pickle

                try:
                    value: T = pickle.loads(data)
                    return value
                except Exception:  # noqa: BLE001 - a child killed mid-write: the part is done here instead
                    pass
        return self._fn()

    def cancel(self) -> None:
        """Stop the child (the caller failed before it needed the result)."""
        if self._pid:
            os.kill(self._pid, signal.SIGKILL)
            os.close(self._fd)
            os.waitpid(self._pid, 0)
            self._pid = 0


class Handed(Generic[R]):
    """A function of one text whose results for some texts were worked out beforehand, here or in a second
    process (Aside), and handed over with give(): each is taken once, when the text is first asked for, and
    any other text is read as usual.  For readers of claims that depend on nothing else (the text read
    alone), so a result handed over is the one the call would give."""

    def __init__(self, fn: Callable[[str], R]) -> None:
        self.read = fn
        self._given: dict[str, R] = {}
        self.__doc__, self.__name__, self.__wrapped__ = fn.__doc__, fn.__name__, fn

    def __call__(self, text: str) -> R:
        given = self._given
        return given.pop(text) if text in given else self.read(text)

    def give(self, results: dict[str, R]) -> None:
        """Results worked out beforehand, by text."""
        self._given.update(results)

    def forget(self) -> None:
        """Drop the results given and not taken."""
        self._given.clear()
