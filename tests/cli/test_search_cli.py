"""``interview-journal search QUERY`` as a user runs it: a real subprocess, no display."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import run


@pytest.fixture(scope="module")
def sample_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("search") / "journal"
    assert run("sample", "--size", "small", data_dir=folder).returncode == 0
    return folder


def test_finds_a_word_one_tab_separated_match_a_line(sample_folder: Path) -> None:
    result = run("search", "mentoring", "--limit", "100", data_dir=sample_folder)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and result.stderr == ""
    kinds = []
    for line in lines:
        kind, where, snippet = line.split("\t")
        kinds.append(kind)
        assert where and "[mentoring]" in snippet.lower()
        assert "\x02" not in line and "\x03" not in line
    assert "Interview notes" in kinds
    assert kinds == sorted(kinds, key=kinds.index), "grouped by kind"


def test_limit_caps_the_lines(sample_folder: Path) -> None:
    result = run("search", "the", "--limit", "3", data_dir=sample_folder)
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 3


@pytest.mark.parametrize(
    "query", ["c++", "node.js", '"O\'Reilly"', "AND", "*", "🙂", "שלום", "x" * 10_000, '"']
)
def test_tricky_input_exits_zero(sample_folder: Path, query: str) -> None:
    result = run("search", query, data_dir=sample_folder)
    assert result.returncode == 0, result.stderr
    if not result.stdout:
        assert result.stderr.startswith("no matches for") and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("",), "search needs a QUERY"),
        (("  ",), "search needs a QUERY"),
        (("a", "--limit", "0"), "--limit"),
    ],
)
def test_bad_input_is_one_line_and_exit_one(
    sample_folder: Path, args: tuple[str, ...], message: str
) -> None:
    before = (sample_folder / "journal.sqlite3").read_bytes()
    result = run("search", *args, data_dir=sample_folder)
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert (sample_folder / "journal.sqlite3").read_bytes() == before


def test_a_missing_query_is_a_usage_error(sample_folder: Path) -> None:
    assert run("search", data_dir=sample_folder).returncode == 2
