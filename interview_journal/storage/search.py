"""Turning what a user types into a safe FTS5 query.

FTS5 gives meaning to ``"``, ``*``, ``^``, ``:``, ``+``, parentheses and the words
``AND``/``OR``/``NOT``/``NEAR`` (https://www.sqlite.org/fts5.html#full_text_query_syntax),
so raw input such as ``c++``, ``node.js`` or ``O'Reilly`` fails or means something else.
Every term is therefore quoted as an FTS5 string (inner quotes doubled). Words inside
double quotes stay together as a phrase; a trailing ``*`` asks for a prefix search, on
purpose only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
# Characters FTS5's unicode61 tokenizer would treat as separators or syntax only.
_HAS_WORD = re.compile(r"\w", re.UNICODE)

HIGHLIGHT_START = "\u0002"
HIGHLIGHT_END = "\u0003"


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def build_match_query(user_text: str) -> str | None:
    """An FTS5 MATCH expression that finds rows holding every term, or None if nothing to find."""
    # FTS5 strings end at a NUL ("unterminated string"); control characters never index.
    user_text = _CONTROL.sub(" ", user_text)
    parts: list[str] = []
    seen: set[str] = set()
    for match in _TOKEN.finditer(user_text):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            if _HAS_WORD.search(phrase):
                _add(parts, seen, _quote(" ".join(phrase.split())))
            continue
        assert word is not None
        prefix = word.endswith("*")
        core = word.rstrip("*")
        if not _HAS_WORD.search(core):
            continue
        _add(parts, seen, _quote(core) + ("*" if prefix else ""))
    return " ".join(parts) if parts else None


def _add(parts: list[str], seen: set[str], term: str) -> None:
    # A repeated term finds nothing more (terms are ANDed) but multiplies the work of
    # highlighting: every instance of every term is visited.
    if term.casefold() not in seen:
        seen.add(term.casefold())
        parts.append(term)


# FTS5's snippet() scores every match of a row against every other (fts5_aux.c,
# fts5SnippetFunction): 10,000 matches in one note took 1 s, 56,000 ("the" in a pasted
# 1 MB page) 35 s. A row longer than this gets highlight(), linear, cut here instead.
SNIPPET_ROW_MAX = 20_000
SNIPPET_WORDS = 16


def snippet_of(highlighted: str, words: int = SNIPPET_WORDS) -> str:
    """About ``words`` words of ``highlighted`` around its first match, as snippet() does."""
    start = highlighted.find(HIGHLIGHT_START)
    start = max(start, 0)
    before = highlighted[:start].split()
    after = highlighted[start:].split()
    lead = before[-(words // 4) :] if words // 4 else []
    taken = after[: words - len(lead)]
    text = " ".join([*lead, *taken])
    if text.count(HIGHLIGHT_START) > text.count(HIGHLIGHT_END):
        text += HIGHLIGHT_END
    prefix = "…" if len(lead) < len(before) else ""
    suffix = "…" if len(taken) < len(after) else ""
    return prefix + text + suffix


@dataclass(frozen=True)
class SearchHit:
    """One record that matched; ``snippet`` marks matches with HIGHLIGHT_START/END."""

    source_table: str
    source_id: str
    title: str
    snippet: str
    rank: float
