"""Timeline date presets: local days turned into UTC bounds."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from interview_journal.core.timeline import date_bounds

TOKYO = ZoneInfo("Asia/Tokyo")
TODAY = date(2026, 11, 22)


def test_last_30_days_in_tokyo() -> None:
    since, until = date_bounds("30", TODAY, TOKYO)
    assert since == datetime(2026, 10, 23, 15, 0, tzinfo=UTC)  # 24 Oct 00:00 in Tokyo
    assert until == datetime(2026, 11, 22, 15, 0, tzinfo=UTC)  # end of 22 Nov in Tokyo


def test_this_year_last_year_all_and_custom() -> None:
    assert date_bounds("all", TODAY, UTC) == (None, None)
    assert date_bounds("year", TODAY, UTC)[0] == datetime(2026, 1, 1, tzinfo=UTC)
    assert date_bounds("last_year", TODAY, UTC) == (
        datetime(2025, 1, 1, tzinfo=UTC),
        datetime(2026, 1, 1, tzinfo=UTC),
    )
    # Days given the wrong way round are swapped; the last day is included.
    assert date_bounds("custom", TODAY, UTC, (date(2026, 3, 5), date(2026, 3, 1))) == (
        datetime(2026, 3, 1, tzinfo=UTC),
        datetime(2026, 3, 6, tzinfo=UTC),
    )
