"""Rules of the live note pad that need no widget: markers and line ordering."""

from __future__ import annotations

import itertools

from interview_journal.core.vocabulary import MARKERS


def marker_of(line: str) -> str:
    """The marker key a line's prefix asks for (``"Q: ..."`` is a question), or ``""``."""
    stripped = line.lstrip()
    upper = stripped[:4].upper()
    # Longest prefixes first so "DK:" is not read as something shorter.
    for marker in sorted(MARKERS, key=lambda m: len(m.prefix), reverse=True):
        if upper.startswith(marker.prefix):
            return marker.key
    return ""


def positions_between(before: float | None, after: float | None, count: int) -> list[float]:
    """``count`` increasing positions strictly between two neighbours (None = open end)."""
    if count <= 0:
        return []
    if before is None and after is None:
        return [float(i + 1) for i in range(count)]
    if after is None:
        assert before is not None
        return [before + i + 1 for i in range(count)]
    if before is None:
        return [after - count + i for i in range(count)]
    step = (after - before) / (count + 1)
    return [before + step * (i + 1) for i in range(count)]


def needs_renumbering(positions: list[float]) -> bool:
    """True when repeated inserts at one spot have worn the gaps too thin for floats."""
    return any(b - a < 1e-6 for a, b in itertools.pairwise(positions))


def format_elapsed(elapsed_ms: int) -> str:
    """``m:ss`` under an hour, ``h:mm:ss`` beyond."""
    seconds = max(0, elapsed_ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
