"""A case's files found once (Case), and a check's knobs as one value (Settings)."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest

from summitcheck import Case, InputError, Settings, check_case, check_files

from helpers import REVIEW, SEED_CASE


@pytest.mark.parametrize("kw", [{"threshold": 101}, {"threshold": -1}, {"threshold": math.nan},
                                {"tolerance": -0.01}, {"tolerance": math.inf}])
def test_settings_refuse_values_out_of_range(kw: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="the t"):
        Settings(**kw)


def test_settings_are_frozen_and_default_to_the_cli_defaults() -> None:
    settings = Settings()
    assert (settings.threshold, settings.tolerance) == (35.0, 0.0)
    with pytest.raises(AttributeError):
        settings.threshold = 50  # type: ignore[misc]


@pytest.fixture
def case(tmp_path: Path) -> Path:
    folder = tmp_path / "case"
    shutil.copytree(SEED_CASE, folder)
    (folder / "review.yaml").write_text(REVIEW, encoding="utf-8")
    return folder


def test_a_case_folder_gives_its_preview_reports_and_review(case: Path) -> None:
    found = Case.find(case)
    assert (found.preview, found.reports, found.review, found.folder) == (
        str(case / "preview.yaml"), (str(case / "report.yaml"),), str(case / "review.yaml"), str(case))
    assert Case.find(case, use_review=False).review is None


def test_a_review_file_not_looked_for_cannot_stop_the_check(case: Path) -> None:
    # --no-review: a review.yaml beside a review.yml is bad input only when the review is read.
    (case / "review.yml").write_text(REVIEW, encoding="utf-8")
    with pytest.raises(InputError, match=r"both review\.yaml and review\.yml"):
        Case.find(case)
    assert check_case(case, use_review=False).overridden == 0


def test_a_case_checks_as_its_folder_and_as_its_files(case: Path) -> None:
    found = Case.find(case)
    by_folder, by_case = check_case(case), check_case(found)
    by_files = check_files(found.preview, found.reports, review=found.review)
    verdicts = [[(e.claim.id, e.verdict) for e in r.expectations] for r in (by_folder, by_case, by_files)]
    assert verdicts[0] == verdicts[1] == verdicts[2]
    assert by_folder.overridden == 2
    assert check_case(found, use_review=False).overridden == 0
    assert check_case(found.reviewed_by(None)).overridden == 0


def test_settings_reach_the_verdicts(case: Path) -> None:
    strict = check_case(case, Settings(threshold=100), use_review=False)
    assert strict.settings.threshold == 100
    # At 100 only a pairing through a shared figure's metric is left (figures pair below the threshold).
    assert all(e.match is None or e.match.via == "figure" for e in strict.expectations)
    assert any(e.match is not None and e.match.via == "terms" for e in check_case(case).expectations)
