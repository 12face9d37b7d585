"""The one family of errors the core raises."""

from __future__ import annotations


class SummitcheckError(Exception):
    """Base of every error summitcheck raises on purpose."""


class InputError(SummitcheckError):
    """Something a user gave is wrong: a file, a value or an option.

    ``str()`` gives the one line the CLI prints: ``FILE:LINE: problem``.
    """

    def __init__(self, problem: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.problem}" if where else self.problem


class FigureError(InputError):
    """A figure value that cannot be read as a quantity."""


def shown(text: str, limit: int = 60) -> str:
    """User text quoted for a message, cut short so a runaway value cannot flood the terminal."""
    return repr(text) if len(text) <= limit else repr(text[:limit]) + f"… ({len(text):,} characters)"
