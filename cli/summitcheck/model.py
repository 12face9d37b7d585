"""The claims of one article, as loaded from a claim file."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InputError, shown
from .figures import Quantity
from .verdicts import EXPECTATION_NAMES

ROLES = ("preview", "report")
# The verdicts an expectation can have (a report claim is "unanticipated" instead).
EXPECTATION_VERDICTS = EXPECTATION_NAMES


@dataclass(frozen=True)
class Figure:
    """A number a claim states: what it measures, its value, and the value it changed from."""

    metric: str
    quantity: Quantity
    line: int | None = None
    baseline: Quantity | None = None  # `from:`: used for direction, never compared as an outcome

    @property
    def written(self) -> str:
        """The value as written, with its baseline: "3.2% (from 3.3%)"."""
        return self.quantity.text + (f" (from {self.baseline.text})" if self.baseline is not None else "")

    @property
    def direction(self) -> str | None:
        """'up', 'down' or 'unchanged' from the baseline to the value; None without a baseline."""
        if self.baseline is None:
            return None
        if self.quantity.agrees(self.baseline):
            return "hold"
        return "up" if self.quantity.value > self.baseline.value else "down"


@dataclass(frozen=True)
class UnreadFigure:
    """A figure whose value (or baseline) the reader could not read: the claim is kept, the figure is
    left out of comparison (its baseline: out of the direction), and the check says so."""

    metric: str
    written: str  # the value as the claim file gives it
    problem: str  # why it was not read, as the figure reader says
    line: int | None = None
    field: str = "value"  # "value", or "from" for a baseline

    def reason(self) -> str:
        """The sentence a verdict's reasons and the warning line carry."""
        what = "figure value" if self.field == "value" else "figure baseline"
        left = "not compared" if self.field == "value" else "its direction not used"
        return f"{what} {shown(self.written)} not read ({self.problem}); {left}"

    def warning(self, path: str | None) -> InputError:
        """The warning as one line, `FILE:LINE: warning: …`."""
        return InputError(f"warning: {self.reason()}", path, self.line)


@dataclass(frozen=True)
class Claim:
    """One check-worthy statement of an article."""

    id: str
    statement: str
    topic: str | None = None
    quote: str | None = None
    negated: bool | None = None
    keywords: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    line: int | None = None
    quote_line: int | None = None
    parts: tuple[Claim, ...] = ()  # sub-claims judged one by one (`parts:`); a part has none
    unread: tuple[UnreadFigure, ...] = ()  # figures left out because their value could not be read


@dataclass(frozen=True)
class Document:
    """An article and its claims; `path` is the claim file it came from."""

    id: str
    role: str
    title: str
    claims: tuple[Claim, ...]
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    text: str | None = None  # the article's text file, resolved against the claim file's folder
    path: str | None = None
    text_line: int | None = None  # where the claim file names the article

    @property
    def unread(self) -> list[tuple[Claim, UnreadFigure]]:
        """Every figure of its claims and their parts that could not be read, in file order."""
        found = [(c, u) for claim in self.claims for c in (claim, *claim.parts) for u in c.unread]
        return sorted(found, key=lambda pair: pair[1].line or 0)

    def warnings(self) -> list[InputError]:
        """One `FILE:LINE: warning: …` line for each figure that could not be read."""
        return [u.warning(self.path) for _, u in self.unread]


@dataclass(frozen=True)
class Override:
    """An editor's correction of one expectation's verdict or pairing, from a review file."""

    expectation: str
    note: str
    by: str
    verdict: str | None = None  # None: the verdict follows from the pairing
    match: str | None = None  # a report claim id to pair with
    unpair: bool = False  # `match: null`: pair with nothing
    line: int | None = None


@dataclass(frozen=True)
class Review:
    """The overrides of a review file, applied after the automatic verdicts."""

    overrides: tuple[Override, ...]
    path: str | None = None
