"""Reaching files in ``resources/`` the same way from a checkout and an installed wheel.

The folder is installed as the package ``interview_journal.resources`` (see
``[tool.setuptools.package-dir]`` in pyproject.toml); in an editable install the same
mapping applies, so :mod:`importlib.resources` finds it in both cases.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    root = resources.files("interview_journal.resources")
    target = root.joinpath(*parts)
    return Path(str(target))


def read_text_resource(*parts: str) -> str:
    root = resources.files("interview_journal.resources")
    return root.joinpath(*parts).read_text(encoding="utf-8")
