"""The knobs of a check, defined once: how close a report claim must come to answer an expectation,
and how far two figures of one metric may be apart before they disagree."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """threshold: the lowest pairing score (0–100) at which a report claim answers an expectation
    (down to the band of pairing.GATE under it when the fitted decision takes the closest claim).
    tolerance: a fraction (0.05 = 5 %) by which two figures of one metric may differ beyond their
    stated precision; at 0 their intervals alone decide (see docs/comparison.md).

    ValueError for a value out of range: the CLI refuses those before they get here.
    """

    threshold: float = 35.0
    tolerance: float = 0.0

    def __post_init__(self) -> None:
        if not (math.isfinite(self.threshold) and 0 <= self.threshold <= 100):
            raise ValueError(f"the threshold is a pairing score from 0 to 100, not {self.threshold}")
        if not (math.isfinite(self.tolerance) and self.tolerance >= 0):
            raise ValueError(f"the tolerance is a fraction of at least 0 (0.05 = 5 %), not {self.tolerance}")


DEFAULT_SETTINGS = Settings()
