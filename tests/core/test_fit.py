from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_journal.core.errors import ValidationError
from interview_journal.core.fit import (
    DEFAULT_CRITERIA,
    ComparisonRow,
    Criterion,
    competition_ranks,
    coverage,
    ranking_key,
    rerank,
    weighted_score,
)
from interview_journal.core.services import Services
from interview_journal.storage.errors import RecordNotFoundError
from interview_journal.storage.tables import FitCriterion, FitScore

# ------------------------------------------------------------------ plain numbers


def test_weighted_score_is_the_weighted_mean_of_scored_criteria() -> None:
    assert weighted_score([(3, 5), (1, 1)]) == 4.0
    assert weighted_score([(2, 4), (5, None)]) == 4.0


def test_weighted_score_is_none_when_nothing_counts() -> None:
    assert weighted_score([]) is None
    assert weighted_score([(3, None), (1, None)]) is None
    assert weighted_score([(0, 5), (0, 2)]) is None


def test_a_weight_of_zero_counts_for_nothing() -> None:
    assert weighted_score([(0, 1), (2, 4)]) == 4.0
    assert coverage([(0, None), (2, 4)]) == 1.0


def test_weighted_score_rounds_to_two_decimals() -> None:
    assert weighted_score([(1, 3), (2, 4)]) == 3.67
    assert weighted_score([(0.1, 4)] * 3) == 4.0


def test_coverage_is_the_scored_share_of_the_weight() -> None:
    assert coverage([(3, 4), (1, None)]) == 0.75
    assert coverage([(3, None)]) == 0.0
    assert coverage([]) == 0.0
    assert coverage([(0, 3)]) == 0.0


def test_ranking_puts_best_first_unscored_last_and_ties_by_name() -> None:
    entries = [("beta", 3.0), ("Zed", None), ("alpha", 3.0), ("Acme", None), ("Top", 4.5)]
    ordered = sorted(entries, key=lambda entry: ranking_key(*entry))
    assert [name for name, _ in ordered] == ["Top", "alpha", "beta", "Acme", "Zed"]
    assert competition_ranks(score for _, score in ordered) == [1, 2, 2, None, None]


def test_rerank_follows_new_weights_without_reading_anything() -> None:
    rows = [
        ComparisonRow("a", "Acme", "", None, 0.0, None, {"work": 5, "people": 1}),
        ComparisonRow("b", "Beta", "", None, 0.0, None, {"work": 1, "people": 5}),
        ComparisonRow("c", "Cove", "", None, 0.0, None, {}),
    ]
    heavy_work = [Criterion("work", "Work", "", 3, 0), Criterion("people", "People", "", 1, 1)]
    ranked = rerank(rows, heavy_work)
    assert [(r.name, r.weighted_score, r.rank) for r in ranked] == [
        ("Acme", 4.0, 1),
        ("Beta", 2.0, 2),
        ("Cove", None, None),
    ]
    heavy_people = [Criterion("work", "Work", "", 0, 0), Criterion("people", "People", "", 1, 1)]
    ranked = rerank(ranked, heavy_people)
    assert [(r.name, r.weighted_score, r.coverage) for r in ranked[:2]] == [
        ("Beta", 5.0, 1.0),
        ("Acme", 1.0, 1.0),
    ]


@given(
    st.lists(
        st.tuples(
            st.floats(min_value=0, max_value=10, allow_nan=False),
            st.one_of(st.none(), st.integers(min_value=1, max_value=5)),
        ),
        max_size=20,
    )
)
def test_any_weighted_score_stays_within_one_and_five(
    pairs: list[tuple[float, int | None]],
) -> None:
    score = weighted_score(pairs)
    assert score is None or 1 <= score <= 5
    assert 0 <= coverage(pairs) <= 1 + 1e-9
    if any(weight > 0 and value is not None for weight, value in pairs):
        assert score is not None


# ------------------------------------------------------------------- criteria


def test_first_use_offers_the_suggested_criteria_once(services: Services) -> None:
    names = [criterion.name for criterion in services.fit.criteria()]
    assert names == [default.name for default in DEFAULT_CRITERIA]
    assert 6 <= len(names) <= 8
    assert services.fit.criteria() == services.fit.criteria()
    assert services.journal.count(FitCriterion) == len(DEFAULT_CRITERIA)


def test_deleting_every_criterion_does_not_bring_the_defaults_back(services: Services) -> None:
    for criterion in services.fit.criteria():
        services.fit.delete_criterion(criterion.id)
    assert services.fit.criteria() == []
    assert services.fit.restore_defaults() == len(DEFAULT_CRITERIA)
    assert len(services.fit.criteria()) == len(DEFAULT_CRITERIA)


def test_a_journal_that_already_has_criteria_is_not_seeded(services: Services) -> None:
    services.journal.add(FitCriterion(name="Mine", weight=2))
    assert [c.name for c in services.fit.criteria()] == ["Mine"]


def test_restore_defaults_adds_only_the_missing_ones_at_the_end(services: Services) -> None:
    first, second, *_ = services.fit.criteria()
    services.fit.delete_criterion(first.id)
    services.fit.add_criterion("Mission", weight=4)
    assert services.fit.restore_defaults() == 1
    names = [c.name for c in services.fit.criteria()]
    assert names[0] == second.name and names[-2:] == ["Mission", first.name]
    assert services.fit.restore_defaults() == 0


def test_criteria_are_added_updated_and_validated(services: Services) -> None:
    added = services.fit.add_criterion("  Team   size ", weight=2.5, description="Small teams")
    assert (added.name, added.weight) == ("Team size", 2.5)
    assert services.fit.criteria()[-1] == added
    changed = services.fit.update_criterion(added.id, weight=0, description="Any size")
    assert (changed.weight, changed.description) == (0, "Any size")
    cases = [
        ({"weight": 11}, "A weight goes from 0 (counts for nothing) to 10; 11 is outside that."),
        ({"weight": -1}, "A weight goes from 0 (counts for nothing) to 10; -1 is outside that."),
        ({"weight": math.nan}, "A weight is a number from 0 to 10."),
        ({"name": " "}, "The criterion needs a name."),
        ({"name": "the people"}, "There is already a criterion called “The people”."),
    ]
    for changes, message in cases:
        with pytest.raises(ValidationError) as caught:
            services.fit.update_criterion(added.id, **changes)  # type: ignore[arg-type]
        assert str(caught.value) == message
    assert services.fit.criteria()[-1] == changed


def test_renaming_a_criterion_to_its_own_name_in_other_case_is_fine(services: Services) -> None:
    criterion = services.fit.criteria()[0]
    renamed = services.fit.update_criterion(criterion.id, name=criterion.name.upper())
    assert renamed.name == criterion.name.upper()


def test_moving_criteria_reorders_and_stops_at_the_ends(services: Services) -> None:
    first, second, third, *_ = services.fit.criteria()
    moved = services.fit.move_criterion(third.id, -1)
    assert [c.id for c in moved[:3]] == [first.id, third.id, second.id]
    assert [c.position for c in moved] == list(range(len(moved)))
    services.fit.move_criterion(first.id, -5)
    services.fit.move_criterion(second.id, 99)
    ids = [c.id for c in services.fit.criteria()]
    assert ids[0] == first.id and ids[-1] == second.id


def test_moving_a_deleted_criterion_says_it_is_gone(services: Services) -> None:
    criterion = services.fit.criteria()[0]
    services.fit.delete_criterion(criterion.id)
    with pytest.raises(RecordNotFoundError):
        services.fit.move_criterion(criterion.id, 1)


# --------------------------------------------------------------------- scores


def test_a_scorecard_lists_every_criterion_with_its_score(services: Services) -> None:
    company = services.research.add_company("Acme", gut_verdict="Yes, gladly")
    work, people, *_ = services.fit.criteria()
    services.fit.set_score(company.id, work.id, 5, "Loved the demo")
    card = services.fit.set_score(company.id, people.id, 3)
    assert card.company_name == "Acme" and card.gut_verdict == "Yes, gladly"
    assert [(r.score, r.evidence) for r in card.rows[:3]] == [
        (5, "Loved the demo"),
        (3, ""),
        (None, ""),
    ]
    assert card.weighted_score == 4.0
    total = sum(c.weight for c in services.fit.criteria())
    assert card.coverage == pytest.approx((work.weight + people.weight) / total)


def test_an_unscored_company_has_no_fit(services: Services) -> None:
    company = services.research.add_company("Acme")
    card = services.fit.scorecard(company.id)
    assert card.weighted_score is None and card.coverage == 0.0
    assert all(row.score is None for row in card.rows)


def test_a_score_is_replaced_and_cleared(services: Services) -> None:
    company = services.research.add_company("Acme")
    criterion = services.fit.criteria()[0]
    services.fit.set_score(company.id, criterion.id, 2, "First look")
    services.fit.set_score(company.id, criterion.id, 4, "After the call")
    [record] = services.journal.records(FitScore)
    assert (record.score, record.evidence) == (4, "After the call")
    card = services.fit.set_score(company.id, criterion.id, None, "ignored")
    assert services.journal.count(FitScore) == 0
    assert card.weighted_score is None


@pytest.mark.parametrize("bad", [0, 6, -1, 2.5, True])
def test_a_score_outside_one_to_five_changes_nothing(services: Services, bad: object) -> None:
    company = services.research.add_company("Acme")
    criterion = services.fit.criteria()[0]
    services.fit.set_score(company.id, criterion.id, 3, "kept")
    with pytest.raises(ValidationError, match="A score is a whole number from 1 to 5"):
        services.fit.set_score(company.id, criterion.id, bad, "new")  # type: ignore[arg-type]
    [record] = services.journal.records(FitScore)
    assert (record.score, record.evidence) == (3, "kept")


def test_long_evidence_is_refused(services: Services) -> None:
    company = services.research.add_company("Acme")
    criterion = services.fit.criteria()[0]
    with pytest.raises(ValidationError, match="The evidence is 2,001 characters long"):
        services.fit.set_score(company.id, criterion.id, 3, "x" * 2001)
    assert services.journal.count(FitScore) == 0


def test_scores_go_with_their_company_or_criterion(services: Services) -> None:
    acme = services.research.add_company("Acme")
    beta = services.research.add_company("Beta")
    first, second, *_ = services.fit.criteria()
    for company in (acme, beta):
        services.fit.set_score(company.id, first.id, 4)
        services.fit.set_score(company.id, second.id, 2)
    services.research.delete_company(acme.id)
    assert {r.company_id for r in services.journal.records(FitScore)} == {beta.id}
    services.fit.delete_criterion(first.id)
    [left] = services.journal.records(FitScore)
    assert left.criterion_id == second.id
    assert services.fit.scorecard(beta.id).weighted_score == 2.0


def test_scoring_a_missing_company_says_so(services: Services) -> None:
    criterion = services.fit.criteria()[0]
    with pytest.raises(RecordNotFoundError):
        services.fit.set_score("nope", criterion.id, 3)


# ----------------------------------------------------------------- comparison


def _two_companies(services: Services) -> tuple[str, str, str, str]:
    work, people, *_ = services.fit.criteria()
    acme = services.research.add_company("Acme")
    beta = services.research.add_company("Beta")
    services.fit.set_score(acme.id, work.id, 5)
    services.fit.set_score(acme.id, people.id, 2)
    services.fit.set_score(beta.id, work.id, 2)
    services.fit.set_score(beta.id, people.id, 5)
    return acme.id, beta.id, work.id, people.id


def test_comparison_ranks_by_fit_and_follows_the_weights(services: Services) -> None:
    acme, beta, work, people = _two_companies(services)
    services.research.add_company("Unscored")
    services.fit.update_criterion(work, weight=4)
    services.fit.update_criterion(people, weight=1)
    rows = services.fit.comparison()
    assert [(r.name, r.rank) for r in rows] == [("Acme", 1), ("Beta", 2), ("Unscored", None)]
    assert rows[0].weighted_score == 4.4 and rows[0].scores == {work: 5, people: 2}
    services.fit.update_criterion(people, weight=9)
    assert [r.company_id for r in services.fit.comparison()[:2]] == [beta, acme]


def test_comparison_leaves_out_archived_companies(services: Services) -> None:
    acme, beta, *_ = _two_companies(services)
    services.journal.update(type(services.research.company(acme)), acme, archived=True)
    assert [r.company_id for r in services.fit.comparison()] == [beta]


def test_equal_fits_share_a_rank_and_order_by_name(services: Services) -> None:
    _, _, work, people = _two_companies(services)
    services.fit.update_criterion(work, weight=1)
    services.fit.update_criterion(people, weight=1)
    rows = services.fit.comparison()
    assert [(r.name, r.rank, r.weighted_score) for r in rows] == [
        ("Acme", 1, 3.5),
        ("Beta", 1, 3.5),
    ]


def test_weighted_scores_cover_every_company(services: Services) -> None:
    acme, beta, *_ = _two_companies(services)
    other = services.research.add_company("Other")
    scores = services.fit.weighted_scores()
    assert scores[other.id] is None
    assert scores[acme] == services.fit.scorecard(acme).weighted_score
    assert set(scores) == {acme, beta, other.id}
