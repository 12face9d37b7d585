"""The verdicts, defined once: every renderer, the schema and the loader read them from here."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    """One verdict: its name (the JSON value), how it is shown, and where it sits on the scale.

    rating: ClaimReview's ratingValue (1 worst); None for a report claim's verdict, which
    reviews no expectation.  style: the terminal's colour; colour: the HTML page's.
    """

    name: str
    label: str  # as an editor reads it: "partly fulfilled"
    style: str
    colour: str
    rating: int | None
    rating_name: str | None
    expectation: bool = True  # False: a report claim's verdict

    def __str__(self) -> str:
        return self.name


FULFILLED = Verdict("fulfilled", "fulfilled", "bold green", "#1a7f37", 4, "Fulfilled")
PARTIAL = Verdict("partial", "partly fulfilled", "bold magenta", "#8a4baf", 3, "Partly fulfilled")
CONTRADICTED = Verdict("contradicted", "contradicted", "bold red", "#c62828", 1, "Contradicted by the report")
ABSENT = Verdict("absent", "absent", "bold yellow", "#9a6700", 2, "Not in the report")
UNANTICIPATED = Verdict("unanticipated", "unanticipated", "bold cyan", "#0b6bcb", None, None, expectation=False)

# In the order every summary lists them.
ALL: tuple[Verdict, ...] = (FULFILLED, PARTIAL, CONTRADICTED, ABSENT, UNANTICIPATED)
BY_NAME: dict[str, Verdict] = {v.name: v for v in ALL}
NAMES: tuple[str, ...] = tuple(v.name for v in ALL)
EXPECTATION_NAMES: tuple[str, ...] = tuple(v.name for v in ALL if v.expectation)
# What check --fail-on and batch --fail-on may name: a verdict, or a figure discrepancy.
FINDINGS: tuple[str, ...] = (*NAMES, "discrepancy")
# ClaimReview's scale: worst and best ratingValue.
WORST_RATING = min(v.rating for v in ALL if v.rating is not None)
BEST_RATING = max(v.rating for v in ALL if v.rating is not None)


def verdict(name: str) -> Verdict:
    """The verdict of that name; KeyError for an unknown one (a bug: names come from the core)."""
    return BY_NAME[name]


def spoken_list(names: tuple[str, ...]) -> str:
    """'fulfilled, partial, contradicted or absent'."""
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else "".join(names)
