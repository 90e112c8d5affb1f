from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from interview_journal.core.follow_up import recommended_window

BERLIN_WINTER = timezone(timedelta(hours=1))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN_WINTER)


def test_morning_interview_gets_that_evening() -> None:
    window = recommended_window(at(20, 11))
    assert (window.start, window.end) == (at(20, 18), at(21, 10, 30))


def test_late_interview_waits_for_next_morning() -> None:
    window = recommended_window(at(20, 17, 15))
    assert (window.start, window.end) == (at(21, 8), at(21, 10, 30))


def test_sending_from_the_car_park_is_too_soon() -> None:
    window = recommended_window(at(20, 11))
    assert window.verdict(at(20, 11, 20)) == "too_soon"
    assert window.verdict(at(20, 19)) == "on_time"
    assert window.verdict(at(23, 9)) == "late"


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        recommended_window(datetime(2026, 11, 20, 11))
