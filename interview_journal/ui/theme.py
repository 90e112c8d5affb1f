"""The app's look: a calm light and a calm dark palette that follow the system's scheme.

The Fusion style draws every platform alike and honours any palette, so the app picks
one of two palettes of its own (the muted blues of the icon) and fills the style sheet
template ``resources/styles/app.qss`` from the same table: ``@message-background`` there
is :func:`colour` ``("message-background")`` here, so nothing is light-only.

Which look is used: ``INTERVIEW_JOURNAL_THEME=light|dark|system`` (default ``system``);
``system`` follows :meth:`QStyleHints.colorScheme` (Qt 6.5+) and its
``colorSchemeChanged`` signal, and falls back to light when the platform does not say
(``Unknown``: offscreen, a bare X11 session). Widgets that paint with these colours read
them at paint time; a theme change sets the application palette (every widget gets a
``PaletteChange`` and repaints) and the style sheet again.

Every pair of text and background colour here keeps at least the 4.5:1 contrast of
WCAG 2.x level AA (https://www.w3.org/TR/WCAG21/#contrast-minimum); the tests check
:data:`READABLE_PAIRS` with :func:`contrast_ratio`.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from interview_journal import APP_ID
from interview_journal.resources_access import read_text_resource, resource_path

__all__ = [
    "READABLE_PAIRS",
    "THEME_ENV",
    "Look",
    "Theme",
    "ThemeController",
    "app_icon",
    "build_palette",
    "colour",
    "contrast_ratio",
    "current_look",
    "install_theme",
    "preference_from_env",
    "style_sheet",
    "theme_controller",
    "theme_for",
]

log = logging.getLogger(__name__)

THEME_ENV = "INTERVIEW_JOURNAL_THEME"
STYLE_NAME = "Fusion"
# Kept on the QApplication, so the look in force is the application's state, not a global.
LOOK_PROPERTY = "interviewJournalLook"
CONTROLLER_NAME = "interviewJournalTheme"
PREFERENCES = ("light", "dark", "system")
STYLES_FOLDER = "styles-folder"


class Look(StrEnum):
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Theme:
    """One look: named colours (``#rrggbb``) for the palette, the style sheet and views."""

    look: Look
    colours: Mapping[str, str]

    def qcolor(self, name: str) -> QColor:
        try:
            return QColor(self.colours[name])
        except KeyError:
            raise KeyError(f"the {self.look} theme has no colour called {name!r}") from None


# Icon blues: #3f6f8f (cover) and #2f5670 (spine); the warm clock is #d98c3f.
LIGHT = Theme(
    Look.LIGHT,
    {
        # palette roles
        "window": "#f3f5f7",
        "window-text": "#1f2a33",
        "base": "#ffffff",
        "alternate-base": "#eef2f5",
        "text": "#1f2a33",
        "button": "#e9edf1",
        "button-text": "#1f2a33",
        "bright-text": "#ffffff",
        "highlight": "#3f6f8f",
        "highlighted-text": "#ffffff",
        "placeholder": "#5f6b75",
        "link": "#2f5670",
        "link-visited": "#5a4a78",
        "tooltip-base": "#fdfbf6",
        "tooltip-text": "#1f2a33",
        "light": "#ffffff",
        "midlight": "#e3e8ec",
        "mid": "#b8c2ca",
        "dark": "#8d99a3",
        "shadow": "#4a545c",
        "accent": "#3f6f8f",
        "disabled-text": "#8d969e",
        "disabled-button": "#eceff2",
        "indicator-border": "#7d8a96",
        # the message bar under the toolbar
        "message-background": "#e8f0e4",
        "message-text": "#26401f",
        "message-border": "#c9d8c2",
        "error-background": "#f7e4df",
        "error-text": "#5c1f14",
        "error-border": "#e5c1b8",
        # views
        "quiet-text": "#5f6b75",
        "quiet-flag-background": "#f4dc9c",
        "quiet-flag-text": "#5c3d00",
        "nudge-text": "#8a5a00",
        "overdue-text": "#b03a2e",
        "invalid-border": "#c62828",
        # matched words in search results: dark on soft yellow, readable on a selected row
        "match-background": "#fde68a",
        "match-text": "#1f2937",
        # the live note pad: warm paper, like the icon's page
        "notepad-background": "#faf8f3",
        "notepad-text": "#1f2a33",
        "notepad-gutter": "#f1eee6",
        "marker-question": "#3b6ea8",
        "marker-answer": "#486f48",
        "marker-follow-up": "#94681b",
        "marker-highlight": "#8a4f9e",
        "marker-did-not-know": "#a34848",
    },
)

DARK = Theme(
    Look.DARK,
    {
        "window": "#1f2429",
        "window-text": "#e3e7eb",
        "base": "#262c32",
        "alternate-base": "#2c3339",
        "text": "#e3e7eb",
        "button": "#272d33",
        "button-text": "#e3e7eb",
        "bright-text": "#ffffff",
        "highlight": "#3f6f8f",
        "highlighted-text": "#ffffff",
        "placeholder": "#9aa5ae",
        "link": "#8cb8d6",
        "link-visited": "#b7a6d9",
        "tooltip-base": "#2f363d",
        "tooltip-text": "#e3e7eb",
        "light": "#3d464f",
        "midlight": "#343c44",
        "mid": "#4f5a64",
        "dark": "#111417",
        "shadow": "#0a0c0e",
        "accent": "#6f9fbf",
        "disabled-text": "#69737c",
        "disabled-button": "#272d33",
        "indicator-border": "#8a96a1",
        "message-background": "#24331f",
        "message-text": "#cfe3c4",
        "message-border": "#35492e",
        "error-background": "#3d2320",
        "error-text": "#f3c7bd",
        "error-border": "#5a332d",
        "quiet-text": "#9aa5ae",
        "quiet-flag-background": "#4a3a17",
        "quiet-flag-text": "#f2d28c",
        "nudge-text": "#e0b35a",
        "overdue-text": "#f09a8f",
        "invalid-border": "#ef7b7b",
        "match-background": "#5c4b14",
        "match-text": "#fbe9b7",
        "notepad-background": "#21262b",
        "notepad-text": "#dde2e6",
        "notepad-gutter": "#1c2125",
        "marker-question": "#87a7c7",
        "marker-answer": "#93b593",
        "marker-follow-up": "#c9a469",
        "marker-highlight": "#b89bc6",
        "marker-did-not-know": "#d39494",
    },
)

THEMES: Mapping[Look, Theme] = {Look.LIGHT: LIGHT, Look.DARK: DARK}

# Text on background: each pair must read at 4.5:1 or better in both looks.
READABLE_PAIRS: tuple[tuple[str, str], ...] = (
    ("window-text", "window"),
    ("text", "base"),
    ("text", "alternate-base"),
    ("button-text", "button"),
    ("highlighted-text", "highlight"),
    ("placeholder", "window"),
    ("placeholder", "base"),
    ("link", "base"),
    ("tooltip-text", "tooltip-base"),
    ("message-text", "message-background"),
    ("error-text", "error-background"),
    ("quiet-text", "window"),
    ("quiet-text", "base"),
    ("quiet-flag-text", "quiet-flag-background"),
    ("nudge-text", "window"),
    ("overdue-text", "base"),
    ("match-text", "match-background"),
    ("notepad-text", "notepad-background"),
    ("placeholder", "notepad-gutter"),
    ("marker-question", "notepad-background"),
    ("marker-answer", "notepad-background"),
    ("marker-follow-up", "notepad-background"),
    ("marker-highlight", "notepad-background"),
    ("marker-did-not-know", "notepad-background"),
)

_ROLES: tuple[tuple[QPalette.ColorRole, str], ...] = (
    (QPalette.ColorRole.Window, "window"),
    (QPalette.ColorRole.WindowText, "window-text"),
    (QPalette.ColorRole.Base, "base"),
    (QPalette.ColorRole.AlternateBase, "alternate-base"),
    (QPalette.ColorRole.Text, "text"),
    (QPalette.ColorRole.Button, "button"),
    (QPalette.ColorRole.ButtonText, "button-text"),
    (QPalette.ColorRole.BrightText, "bright-text"),
    (QPalette.ColorRole.Highlight, "highlight"),
    (QPalette.ColorRole.HighlightedText, "highlighted-text"),
    (QPalette.ColorRole.PlaceholderText, "placeholder"),
    (QPalette.ColorRole.Link, "link"),
    (QPalette.ColorRole.LinkVisited, "link-visited"),
    (QPalette.ColorRole.ToolTipBase, "tooltip-base"),
    (QPalette.ColorRole.ToolTipText, "tooltip-text"),
    (QPalette.ColorRole.Light, "light"),
    (QPalette.ColorRole.Midlight, "midlight"),
    (QPalette.ColorRole.Mid, "mid"),
    (QPalette.ColorRole.Dark, "dark"),
    (QPalette.ColorRole.Shadow, "shadow"),
    (QPalette.ColorRole.Accent, "accent"),
)
_DISABLED: tuple[tuple[QPalette.ColorRole, str], ...] = (
    (QPalette.ColorRole.WindowText, "disabled-text"),
    (QPalette.ColorRole.Text, "disabled-text"),
    (QPalette.ColorRole.ButtonText, "disabled-text"),
    (QPalette.ColorRole.Button, "disabled-button"),
    (QPalette.ColorRole.Highlight, "mid"),
)
_TOKEN = re.compile(r"@([a-z][a-z0-9-]*)")


# ---------------------------------------------------------------- reading the look
def theme_for(look: Look | str) -> Theme:
    return THEMES[Look(look)]


def current_look() -> Look:
    """The look in force: the one installed on the application or, when none was (a
    test building a single view), the one matching the application palette."""
    app = QCoreApplication.instance()
    if app is None:
        return Look.LIGHT
    value = app.property(LOOK_PROPERTY)
    if value in (Look.LIGHT.value, Look.DARK.value):
        return Look(value)
    if isinstance(app, QGuiApplication):
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
        return Look.DARK if window.lightness() < 128 else Look.LIGHT
    return Look.LIGHT


def colour(name: str) -> QColor:
    """The named colour of the look in force, e.g. ``colour("quiet-flag-background")``."""
    return theme_for(current_look()).qcolor(name)


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2.x contrast ratio, 1.0 to 21.0 (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio)."""

    def luminance(value: QColor) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(value.redF())
            + 0.7152 * channel(value.greenF())
            + 0.0722 * channel(value.blueF())
        )

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# ---------------------------------------------------------------- building the look
def build_palette(theme: Theme) -> QPalette:
    palette = QPalette()
    for role, name in _ROLES:
        palette.setColor(role, theme.qcolor(name))
    for role, name in _DISABLED:
        palette.setColor(QPalette.ColorGroup.Disabled, role, theme.qcolor(name))
    return palette


def style_sheet(theme: Theme, template: str | None = None) -> str:
    """The style sheet template with every ``@name`` replaced by the theme's colour, and
    ``@styles-folder`` by the folder of app.qss (Qt reads ``url()`` from the disk).

    An unknown name raises :class:`KeyError`, so a typo in app.qss fails loudly in the
    tests instead of leaving a rule Qt silently ignores.
    """
    text = read_text_resource("styles", "app.qss") if template is None else template
    folder = resource_path("styles").as_posix()

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        return folder if name == STYLES_FOLDER else theme.qcolor(name).name()

    return _TOKEN.sub(fill, text)


# ---------------------------------------------------------------- following the system
def preference_from_env(environ: Mapping[str, str] | None = None) -> str:
    """``light``, ``dark`` or ``system`` from INTERVIEW_JOURNAL_THEME; anything else is
    logged and read as ``system``."""
    value = (os.environ if environ is None else environ).get(THEME_ENV, "").strip().lower()
    if not value:
        return "system"
    if value not in PREFERENCES:
        log.warning("%s=%r is not light, dark or system; following the system", THEME_ENV, value)
        return "system"
    return value


def look_for_scheme(scheme: Qt.ColorScheme) -> Look:
    return Look.DARK if scheme == Qt.ColorScheme.Dark else Look.LIGHT


class ThemeController(QObject):
    """Applies a look to the application and re-applies it when the system's scheme changes."""

    changed = Signal(str)  # the look now in force: "light" or "dark"

    def __init__(self, app: QApplication, preference: str = "system") -> None:
        super().__init__(app)  # lives as long as the application
        self.setObjectName(CONTROLLER_NAME)
        self._app = app
        self._preference = preference if preference in PREFERENCES else "system"
        self._look: Look | None = None
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    @property
    def preference(self) -> str:
        return self._preference

    @property
    def look(self) -> Look:
        return self._look if self._look is not None else self._wanted()

    def set_preference(self, preference: str) -> None:
        if preference not in PREFERENCES:
            raise ValueError(f"the look must be light, dark or system, not {preference!r}")
        self._preference = preference
        hints = self._app.styleHints()
        # Asks the platform for matching window decorations (Qt 6.8+); a no-op offscreen.
        if preference == "system":
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(
                Qt.ColorScheme.Dark if preference == "dark" else Qt.ColorScheme.Light
            )
        self.apply(self._wanted())

    def apply(self, look: Look) -> None:
        """Palette first (every widget repaints), then the style sheet filled for it."""
        theme = theme_for(look)
        self._app.setProperty(LOOK_PROPERTY, theme.look.value)
        self._app.setPalette(build_palette(theme))
        self._app.setStyleSheet(style_sheet(theme))
        self._look = theme.look
        self.changed.emit(theme.look.value)

    def _wanted(self, scheme: Qt.ColorScheme | None = None) -> Look:
        if self._preference != "system":
            return Look(self._preference)
        if scheme is None:
            scheme = self._app.styleHints().colorScheme()
        return look_for_scheme(scheme)

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._preference != "system":
            return
        look = self._wanted(scheme)
        if look != self._look:
            self.apply(look)


def theme_controller(app: QApplication | None = None) -> ThemeController | None:
    target = app if app is not None else QApplication.instance()
    if target is None:
        return None
    found = target.findChild(QObject, CONTROLLER_NAME)
    return found if isinstance(found, ThemeController) else None


def install_theme(app: QApplication, preference: str | None = None) -> ThemeController:
    """Fusion style and the look the user asked for (or the system's); idempotent."""
    controller = theme_controller(app)
    if controller is None:
        # The style first: setting a style resets the palette to its standard one.
        app.setStyle(STYLE_NAME)
        controller = ThemeController(app, preference or preference_from_env())
    elif preference is not None:
        controller.set_preference(preference)
        return controller
    controller.set_preference(controller.preference)
    return controller


# ---------------------------------------------------------------- the icon
def app_icon() -> QIcon:
    """The window icon: the SVG (sharp at any scale) plus the PNG sizes rendered from it, which
    the SVG engine uses when asked for exactly their size. Without Qt's SVG plugin the
    PNGs alone serve."""
    svg = resource_path("icons", "interview-journal.svg")
    pngs = _icon_pngs()
    icon = QIcon(str(svg))
    if icon.isNull():
        icon = QIcon()
    for size, path in pngs:
        icon.addFile(str(path), QSize(size, size))
    return icon


def _icon_pngs() -> list[tuple[int, Path]]:
    root = resource_path("icons", "hicolor")
    found: list[tuple[int, Path]] = []
    for path in sorted(root.glob(f"*/apps/{APP_ID}.png")):
        width, _, height = path.parent.parent.name.partition("x")
        if width.isdigit() and width == height:
            found.append((int(width), path))
    return sorted(found)
