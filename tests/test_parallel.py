"""Work done in a second process for large inputs (parallel.py) gives what one process gives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summitcheck import check, pairing, parallel
from summitcheck.load import load_claims
from summitcheck.pairing import Lexicon, pair_claims

CASES = Path(__file__).parent / "cases"
FORKS = hasattr(os, "fork") and parallel.cores() > 1


def test_an_aside_returns_what_its_function_returns() -> None:
    aside = parallel.Aside(lambda: (os.getpid(), [{"a": (1, 2.5)}, frozenset({3})]))
    pid, value = aside.result()
    assert value == [{"a": (1, 2.5)}, frozenset({3})]
    assert (pid != os.getpid()) == FORKS  # computed in a child where there is one


def test_an_error_in_the_child_is_raised_here() -> None:
    calls = []

    def fails() -> None:
        calls.append(os.getpid())
        raise ValueError("no such claim")

    aside = parallel.Aside(fails)
    with pytest.raises(ValueError, match="no such claim"):
        aside.result()
    assert calls == [os.getpid()]  # the child's call is not seen here: this one is the parent's own


def test_a_cancelled_aside_leaves_no_child() -> None:
    aside = parallel.Aside(lambda: b"x" * 10_000_000)  # more than a pipe holds: the child waits on it
    child = aside._pid
    aside.cancel()
    if FORKS:
        with pytest.raises(ChildProcessError):  # stopped and reaped: no such child any more
            os.waitpid(child, os.WNOHANG)


STATEMENTS = [
    "The central bank will raise its policy rate by a quarter point",
    "The bank raised its policy rate to 4.5 per cent",
    "Exports will fall in the third quarter",
    "Exports fell 3 per cent in the third quarter",
    "The government will cut the fuel duty",
    "The fuel duty was left unchanged",
    "Ministers will agree a budget deficit target of 3 per cent",
    "The deficit target was set at 3.5 per cent",
    "Inflation will ease to 2 per cent next year",
    "Inflation eased to 2.1 per cent",
    "The summit will end with a joint statement on trade",
    "Leaders issued no joint statement",
]


def test_pairing_split_over_two_processes_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    # every statement against every other, many times over with a variant word: rivals and the mutual rule apply
    texts = [[f"{s} variant {i % 5}"] for i in range(6) for s in STATEMENTS]
    n = len(texts) // 2
    lexicon = Lexicon(texts)
    whole = pair_claims(lexicon, range(n), range(n, len(texts)), 35.0)
    monkeypatch.setattr(pairing, "ASIDE_PAIRS", 0)
    split = pair_claims(Lexicon(texts), range(n), range(n, len(texts)), 35.0)
    assert split == whole
    assert any(p.best is not None for p in whole) and any(p.runner_up is not None for p in whole)


def test_a_result_handed_over_is_taken_once() -> None:
    read = parallel.Handed(str.upper)
    read.give({"rate": "given"})
    assert [read("rate"), read("rate"), read("cut")] == ["given", "RATE", "CUT"]


def test_what_statements_read_alone_give_is_what_the_lexicon_reads() -> None:
    claims = [c for case in sorted(CASES.iterdir()) if (case / "preview.yaml").is_file()
              for role in ("preview", "report") for c in load_claims(str(case / f"{role}.yaml"), role).claims]
    texts = [pairing.claim_texts(c) for c in claims]
    readings = pairing.read_alone(claims)
    assert all(len(found) > 100 for found in readings)
    assert any(readings[0].values()) and any(readings[1].values()) and any(readings[2].values())  # votes, asides, speakers
    plain = Lexicon(texts)
    pairing.hand_over(readings)
    pairing._models.cache_clear()  # (models are kept once read: the first Lexicon's would be taken instead)
    handed = Lexicon(texts)
    assert all(not reader._given for reader in pairing._ALONE)  # every result handed over was taken
    assert (handed.sets, handed.cue_words, handed.asides, handed.attributed, handed.entities) == \
        (plain.sets, plain.cue_words, plain.asides, plain.attributed, plain.entities)
    # and taken instead of reading the statement again: a vote said by every claim is one term of them all
    pairing.hand_over([{t[0]: "unanimous" for t in texts}, {}, {}, {}])
    assert len(Lexicon(texts).cue_words) >= len({t[0] for t in texts})  # (a statement two claims share: once)


def test_claims_read_as_terms_in_two_processes_give_the_same_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    claims = [c for case in sorted(CASES.iterdir()) if (case / "preview.yaml").is_file()
              for role in ("preview", "report") for c in load_claims(str(case / f"{role}.yaml"), role).claims]
    assert sum(bool(c.figures) for c in claims[len(claims) // 2:]) > 10  # the second half's figure words are left out
    alone = pairing.claims_lexicon(claims)
    forked = []
    monkeypatch.setattr(pairing, "ASIDE_CHARS", 0)
    monkeypatch.setattr(pairing, "Aside", lambda fn: forked.append(fn) or parallel.Aside(fn))
    split = pairing.claims_lexicon(claims)
    assert len(forked) == 1
    assert vars(split).keys() == vars(alone).keys()
    assert all(getattr(split, k) == v for k, v in vars(alone).items())
    # each claim's figures as written are left out of its own terms, in either half
    texts = [[f"{s} at €{135 + i}bn"] for i, s in enumerate(STATEMENTS * 2)]
    values = [[(f"€{135 + i}bn", f"eur:{135 + i}e9")] if i % 3 else [] for i in range(len(texts))]
    forked.clear()
    split = Lexicon(texts, values=values)
    assert len(forked) == 1
    monkeypatch.setattr(pairing, "ASIDE_CHARS", 10**9)
    alone = Lexicon(texts, values=values)
    assert split.sets == alone.sets and split._found == alone._found and split.word == alone.word
    assert sum(any(w.endswith("bn") for _, w in found) for found in alone._found) == len(texts[::3])


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if (p / "preview.yaml").is_file()))
def test_reports_loaded_aside_give_the_same_check(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    alone = check.check_case(str(CASES / case))
    monkeypatch.setattr(check, "ASIDE_BYTES", 0)
    monkeypatch.setattr(pairing, "ASIDE_PAIRS", 0)
    monkeypatch.setattr(pairing, "ASIDE_CHARS", 0)
    assert check.check_case(str(CASES / case)) == alone


def test_a_bad_preview_stops_the_reports_loading_aside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check, "ASIDE_BYTES", 0)
    preview = tmp_path / "preview.yaml"
    preview.write_text("document: {id: p, role: preview, title: P}\nclaims: [1, 2\n", encoding="utf-8")
    report = tmp_path / "report.yaml"
    report.write_text("document: {id: r, role: report, title: R}\nclaims:\n  - {id: a, statement: S}\n", encoding="utf-8")
    with pytest.raises(check.InputError, match=r"preview.yaml:3: malformed YAML"):
        check.check_files(str(preview), str(report))


def test_the_figure_index_failing_stops_the_pairing_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    from summitcheck import verdict

    def fails(*_args: object) -> None:
        raise RuntimeError("index failed")

    monkeypatch.setattr(pairing, "ASIDE_PAIRS", 0)
    monkeypatch.setattr(verdict, "FigureIndex", fails)
    with pytest.raises(RuntimeError, match="index failed"):
        check.check_case(str(CASES / sorted(p.name for p in CASES.iterdir() if (p / "preview.yaml").is_file())[0]))
    with pytest.raises(ChildProcessError):  # the child that scored the pairings was stopped and reaped
        os.waitpid(-1, os.WNOHANG)


@pytest.mark.parametrize("expectations, figures, own", [(3000, 0, 1500), (3000, 1000, 1000), (3000, 5000, 1), (2, 0, 1)])
def test_this_process_scores_fewer_expectations_the_more_figures_it_indexes(expectations: int, figures: int,
                                                                             own: int) -> None:
    assert pairing._own_share(expectations, figures) == own


def test_what_a_failed_check_was_handed_is_not_kept_for_the_next(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `batch` runs many checks in one process: a case whose review file is bad fails after its statements' readings
    # were handed over, before any Lexicon took them; they must not pile up case after case
    from summitcheck.batch import check_batch
    from summitcheck.errors import InputError

    monkeypatch.setattr(check, "ASIDE_BYTES", 0)  # every check reads its statements beside the load
    handed: list[int] = []
    hand_over = pairing.hand_over
    monkeypatch.setattr(pairing, "hand_over", lambda readings: handed.append(len(readings[0])) or hand_over(readings))
    cases = [p for p in sorted(CASES.iterdir()) if (p / "preview.yaml").is_file()][:3]
    for k, case in enumerate(cases):
        copy = tmp_path / f"case{k}"
        copy.mkdir()
        for name in ("preview.yaml", "report.yaml"):
            (copy / name).write_bytes((case / name).read_bytes())
        (copy / "review.yaml").write_text("overrides: [\n", encoding="utf-8")
    with pytest.raises(InputError):
        check.check_case(str(tmp_path / "case0"))
    assert sum(handed) > 0  # readings were handed over before the review file failed
    assert all(not reader._given for reader in pairing._ALONE)
    batch = check_batch([str(tmp_path)], jobs=1)
    assert batch.bad == len(cases)
    assert all(not reader._given for reader in pairing._ALONE)


def test_a_reader_forgets_what_it_was_given() -> None:
    read = parallel.Handed(str.upper)
    read.give({"rate": "given", "cut": "given"})
    assert read("rate") == "given"
    read.forget()
    assert [read("cut"), read("rate")] == ["CUT", "RATE"]
