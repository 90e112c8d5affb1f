from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import interview_journal
from interview_journal.resources_access import read_text_resource, resource_path

ROOT = Path(__file__).parent.parent


def test_every_package_folder_is_listed_for_the_wheel() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "interview_journal").rglob("__init__.py")
    }
    assert on_disk | {"interview_journal.resources"} == listed


def test_version_matches_the_metadata() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert interview_journal.__version__ == pyproject["project"]["version"]


def test_resources_are_reachable_through_the_package() -> None:
    assert "QLabel#messageBar" in read_text_resource("styles", "app.qss")
    assert resource_path("icons", "interview-journal.svg").read_text().startswith("<svg")


def test_window_module_does_not_import_the_database_stack_or_any_view() -> None:
    code = (
        "import sys, interview_journal.ui.main_window, interview_journal.ui.app;"
        "from interview_journal.ui.main_window import VIEW_CLASSES;"
        "views = [module for module, _name in VIEW_CLASSES.values()];"
        "heavy = [m for m in ('sqlmodel', 'sqlalchemy', *views) if m in sys.modules];"
        "print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
