"""The launcher entry, the AppStream metadata and the icons the desktop uses."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from interview_journal import APP_ID, APP_NAME

ROOT = Path(__file__).parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser


def test_the_desktop_entry_starts_the_app_and_offers_live_notes() -> None:
    entry = _desktop_entry()
    main = entry["Desktop Entry"]
    assert main["Name"] == APP_NAME
    assert main["Exec"] == "interview-journal"
    assert main["Icon"] == APP_ID, "the launcher icon is looked up by the app id"
    assert main["Actions"].rstrip(";").split(";") == ["live-notes"]
    action = entry["Desktop Action live-notes"]
    assert action["Name"] == "Start interview notes"
    assert action["Exec"] == "interview-journal live"


def test_the_metainfo_names_the_desktop_entry_and_the_program() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == APP_NAME
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == "interview-journal"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstreamcli_validates_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_launcher_icon_size_is_there_at_its_size(size: int) -> None:
    image = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel(), "the corners are transparent, not white"
    corner = image.pixelColor(0, 0)
    assert corner.alpha() == 0


def test_the_windows_icon_exists_for_the_bundle() -> None:
    assert (ICONS / "interview-journal.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_the_install_script_puts_entry_metainfo_and_icons_under_the_data_home(
    tmp_path: Path,
) -> None:
    data_home = tmp_path / "share"
    result = subprocess.run(
        ["sh", str(LINUX / "install-desktop-entry.sh"), "/opt/ij/interview-journal"],
        env={"XDG_DATA_HOME": str(data_home), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    installed = (data_home / "applications" / DESKTOP_FILE.name).read_text(encoding="utf-8")
    assert "Exec=/opt/ij/interview-journal\n" in installed
    assert "Exec=/opt/ij/interview-journal live\n" in installed
    assert (data_home / "metainfo" / METAINFO.name).is_file()
    assert (data_home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    for size in ICON_SIZES:
        assert (data_home / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()


def test_render_icons_writes_every_size_and_the_ico(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    # Loaded from its path: a folder named packaging would shadow the PyPI package.
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "packaging" / "render_icons.py"
    )
    assert spec is not None and spec.loader is not None
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)
    monkeypatch.setattr(render_icons, "ICONS", tmp_path)
    assert render_icons.main() == 0
    for size in ICON_SIZES:
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (tmp_path / "interview-journal.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
