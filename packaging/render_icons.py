"""Render the app icon's PNG sizes (and the Windows .ico) from the one SVG source.

Launchers pick a bitmap of the exact size they draw when one exists, so the hicolor
sizes are committed under ``resources/icons/hicolor``; run this after editing the SVG:
``python packaging/render_icons.py``. Sizes: the Icon Theme Specification's usual
application sizes (https://specifications.freedesktop.org/icon-theme-spec/latest/).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "interview-journal.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # .ico stops at 256 px


def app_id() -> str:
    sys.path.insert(0, str(ROOT))
    from interview_journal import APP_ID

    return APP_ID


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id()}.png"


def render(size: int) -> QImage:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        image = render(size)
        if not image.save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
    ico = render(256)
    # The format follows the suffix. Qt's ico writer stores one image; Windows scales it.
    if not ico.save(str(ICONS / "interview-journal.ico")):
        print("could not write the .ico (Qt's ico image plugin is missing)", file=sys.stderr)
        return 1
    del app
    print(f"rendered {len(SIZES)} PNG sizes and the .ico into {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
