"""The one family of errors the core raises."""

from __future__ import annotations

import re

from .lazy import LazyPattern, compiled


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
        where = "<stdin>" if self.path == "-" else visible(self.path or "", keep_lines=False)
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        problem = visible(self.problem, keep_lines=False)
        return f"{where}: {problem}" if where else problem


class InputErrors(InputError):
    """Every problem found in one file, in line order; as one line, the first and how many more."""

    def __init__(self, errors: list[InputError], warnings: list[InputError] | None = None) -> None:
        first, more = errors[0], len(errors) - 1
        counted = f" (and {more} more problem{'s' if more != 1 else ''}; `summitcheck validate` lists them all)"
        super().__init__(first.problem + (counted if more else ""), first.path, first.line)
        self.errors = tuple(errors)
        # what would only have been warned about had the file loaded (a figure value not read): validate lists it
        self.warnings = tuple(warnings or ())


class FigureError(InputError):
    """A figure value that cannot be read as a quantity."""


def shown(text: str, limit: int = 60) -> str:
    """User text quoted for a message, cut short so a runaway value cannot flood the terminal."""
    return repr(text) if len(text) <= limit else repr(text[:limit]) + f"… ({len(text):,} characters)"


# Characters that change how text displays without being seen: control characters (an
# escape sequence can rewrite the terminal), bidirectional overrides and isolates (U+202E
# shows "tnuocca" for "account"), zero-width and other format characters (Unicode's Cf),
# and the lone surrogates that stand for a file name's undecodable bytes.
_INVISIBLE = LazyPattern(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f]"
)
_LINES = compiled("[\n\t]")


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name, as Python's surrogateescape keeps it
        return f"\\x{code - 0xDC00:02x}"
    return {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(char) or (
        f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")


def visible(text: str, keep_lines: bool = True) -> str:
    """text as it may be displayed: every invisible or direction-changing character written as an
    escape (U+202E as \\u202e), so that what is shown is what is there; keep_lines: leave line
    breaks and tabs as they are (a table cell), else escape them too (a one-line message)."""
    if not keep_lines and _LINES.search(text):
        text = _LINES.sub(_escaped, text)
    return _INVISIBLE.sub(_escaped, text) if _INVISIBLE.search(text) else text
