"""PySide6 6.12.0 on CPython 3.11 aborts after ~5,000 calls returning None (ENGINEERING.md)."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

import pytest

LOOP = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(20_000):
    label.setText(str(i))
print("done", label.text())
"""


@pytest.mark.slow
def test_twenty_thousand_settext_calls_exit_cleanly() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LOOP],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done 19999"


def test_metadata_keeps_python_311_off_pyside_612() -> None:
    requirements = metadata.requires("interview-journal") or []
    guarded = [r for r in requirements if r.startswith("PySide6-Essentials") and "3.12" in r]
    assert any("!=6.12.*" in r and 'python_version < "3.12"' in r for r in guarded), guarded


def test_installed_pyside_is_not_the_aborting_combination() -> None:
    version = metadata.version("PySide6-Essentials")
    assert not (sys.version_info[:2] == (3, 11) and version.startswith("6.12."))
