from __future__ import annotations

from dataclasses import fields

import pytest

from interview_journal.core.errors import ValidationError
from interview_journal.core.services import Services
from interview_journal.core.thresholds import THRESHOLD_SPECS, Thresholds


def test_every_threshold_has_one_spec() -> None:
    assert [spec.field for spec in THRESHOLD_SPECS] == [f.name for f in fields(Thresholds)]
    assert len({spec.setting_key for spec in THRESHOLD_SPECS}) == len(THRESHOLD_SPECS)


def test_new_journal_starts_with_the_defaults(services: Services) -> None:
    loaded = services.thresholds.load()
    assert loaded == Thresholds()
    assert loaded.quiet_after_days == 14


def test_saved_thresholds_are_read_back(services: Services) -> None:
    saved = services.thresholds.save(quiet_after_days=21, inquiry_min_days_between=10)
    assert (saved.quiet_after_days, saved.inquiry_min_days_between) == (21, 10)
    assert services.thresholds.load() == saved
    assert services.journal.setting("status_inquiry_min_days") == "10"


@pytest.mark.parametrize("bad", [0, 366, -3])
def test_out_of_range_changes_nothing(services: Services, bad: int) -> None:
    services.thresholds.save(inquiry_min_days_between=9)
    with pytest.raises(ValidationError, match="between 1 and 365"):
        services.thresholds.save(inquiry_min_days_between=3, quiet_after_days=bad)
    assert services.thresholds.load().inquiry_min_days_between == 9
    assert services.thresholds.load().quiet_after_days == 14


def test_unknown_or_unreadable_values_fall_back(services: Services) -> None:
    with pytest.raises(ValidationError, match="no threshold"):
        services.thresholds.save(patience=3)
    services.journal.set_setting("quiet_after_days", "'; DROP TABLE setting; --")
    assert services.thresholds.load().quiet_after_days == 14
    services.thresholds.save(quiet_after_days=30)
    assert services.thresholds.restore_defaults() == Thresholds()
