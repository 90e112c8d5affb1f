"""The look: calm light and dark palettes that follow the system, readable in both."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
)

from interview_journal import APP_ID
from interview_journal.core.services import Services
from interview_journal.resources_access import read_text_resource, resource_path
from interview_journal.ui import theme
from interview_journal.ui.contacts.view import invalid_style
from interview_journal.ui.live.notepad import NotePad
from interview_journal.ui.pipeline.models import CardRole, QuietRole
from interview_journal.ui.pipeline.view import CardDelegate
from interview_journal.ui.reminders.models import RemindersModel
from interview_journal.ui.reminders.view import ReminderDelegate
from interview_journal.ui.timeline import TimelineView

LOOKS = (theme.Look.LIGHT, theme.Look.DARK)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test application; whatever a test installs is taken off again afterwards, so
    other tests see the style, palette and (empty) style sheet they always had."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    yield qapp
    controller = theme.theme_controller(qapp)
    if controller is not None:
        qapp.styleHints().colorSchemeChanged.disconnect(controller._scheme_changed)
        controller.setParent(None)
        controller.deleteLater()
    qapp.styleHints().unsetColorScheme()
    qapp.setProperty(theme.LOOK_PROPERTY, None)
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    # The ratio to black is (L + 0.05) / 0.05.
    return (theme.contrast_ratio(colour, QColor("black")) - 1) / 20


def window_colours(app: QApplication) -> tuple[QColor, QColor]:
    palette = app.palette()
    return palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)


def count_pixels(image: QImage, colour: QColor) -> int:
    wanted = colour.rgb()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).rgb() == wanted
    )


# ------------------------------------------------------------------ palettes
def test_forcing_dark_gives_a_dark_window_with_light_text(app: QApplication) -> None:
    controller = theme.install_theme(app, "dark")
    window, text = window_colours(app)
    assert controller.look is theme.Look.DARK and theme.current_look() is theme.Look.DARK
    assert luminance(window) < 0.05 and luminance(text) > 0.7
    sheet = app.styleSheet()
    app.setStyleSheet("")  # a style sheet wraps the style, which then reports no name
    assert app.style().name().lower() == "fusion"
    app.setStyleSheet(sheet)
    controller.set_preference("light")
    window, text = window_colours(app)
    assert luminance(window) > 0.85 and luminance(text) < 0.05


def test_the_environment_chooses_the_look(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert theme.preference_from_env({theme.THEME_ENV: " Dark "}) == "dark"
    assert theme.preference_from_env({theme.THEME_ENV: "light"}) == "light"
    assert theme.preference_from_env({}) == "system"
    assert theme.preference_from_env({theme.THEME_ENV: "purple'; DROP TABLE x"}) == "system"
    monkeypatch.setenv(theme.THEME_ENV, "dark")
    assert theme.install_theme(app).look is theme.Look.DARK
    assert luminance(window_colours(app)[0]) < 0.05


def test_unknown_scheme_means_light(app: QApplication) -> None:
    # Offscreen the platform reports no scheme: the light look, not a guess.
    assert app.styleHints().colorScheme() == Qt.ColorScheme.Unknown
    assert theme.install_theme(app, "system").look is theme.Look.LIGHT
    assert theme.look_for_scheme(Qt.ColorScheme.Dark) is theme.Look.DARK
    with pytest.raises(ValueError, match="light, dark or system"):
        theme.theme_controller(app).set_preference("sepia")  # type: ignore[union-attr]


def test_a_scheme_change_reapplies_the_look_live(app: QApplication, qtbot) -> None:
    controller = theme.install_theme(app, "system")
    label = QLabel("Still here")
    qtbot.addWidget(label)
    label.show()
    with qtbot.waitSignal(controller.changed, timeout=2000) as changed:
        app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert changed.args == ["dark"]
    assert luminance(label.palette().color(QPalette.ColorRole.Window)) < 0.05
    assert "#24331f" in app.styleSheet()  # the dark message bar
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert controller.look is theme.Look.LIGHT
    assert luminance(label.palette().color(QPalette.ColorRole.Window)) > 0.85
    # A look the user chose stays when the system changes its mind.
    controller.set_preference("light")
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert controller.look is theme.Look.LIGHT


# ------------------------------------------------------------------ readability
@pytest.mark.parametrize("look", LOOKS)
def test_every_text_colour_reads_on_its_background(look: theme.Look) -> None:
    chosen = theme.theme_for(look)
    weak = [
        (text, ground, round(theme.contrast_ratio(chosen.qcolor(text), chosen.qcolor(ground)), 2))
        for text, ground in theme.READABLE_PAIRS
        if theme.contrast_ratio(chosen.qcolor(text), chosen.qcolor(ground)) < 4.5
    ]
    assert weak == []


def test_the_contrast_formula_matches_wcag() -> None:
    assert theme.contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert theme.contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, 0.01)


@pytest.mark.parametrize("look", LOOKS)
@pytest.mark.parametrize("error", [False, True])
def test_the_message_bar_reads_well(
    app: QApplication, qtbot, look: theme.Look, error: bool
) -> None:
    theme.install_theme(app, look.value)
    bar = QLabel("Backup restored. The journal it replaced is kept.")
    bar.setObjectName("messageBar")
    bar.setProperty("error", error)
    qtbot.addWidget(bar)
    bar.resize(600, 40)
    bar.show()
    image = bar.grab().toImage()
    background = image.pixelColor(2, 2)  # inside the padding: the bar's own colour
    text = bar.palette().color(QPalette.ColorRole.WindowText)
    assert text.name() == theme.colour("error-text" if error else "message-text").name()
    assert count_pixels(image, text) > 20  # the words are painted in that colour
    assert theme.contrast_ratio(text, background) >= 4.5
    assert (luminance(background) < 0.1) == (look is theme.Look.DARK)


# ------------------------------------------------------------------ the style sheet
def test_every_colour_in_the_style_sheet_has_a_light_and_a_dark_value() -> None:
    template = read_text_resource("styles", "app.qss")
    assert not re.findall(r"#[0-9a-fA-F]{3,8}\b|rgba?\(", template)  # no fixed colour
    assert set(theme.LIGHT.colours) == set(theme.DARK.colours)
    light, dark = theme.style_sheet(theme.LIGHT), theme.style_sheet(theme.DARK)
    assert "@" not in light and "@" not in dark and light != dark
    for url in re.findall(r"url\(([^)]+)\)", light):
        assert Path(url).is_file(), url
    with pytest.raises(KeyError, match="no colour called 'nonsense'"):
        theme.style_sheet(theme.LIGHT, "QLabel { color: @nonsense; }")


# ------------------------------------------------------------------ views
def paint_row(delegate: QStyledItemDelegate, item: QStandardItem, size: tuple[int, int]) -> QImage:
    """One row painted by ``delegate`` as a list would, with a large font so the text
    has solid (not antialiased) pixels to find by colour."""
    model = QStandardItemModel()
    model.appendRow(item.clone())  # the model owns what it holds
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, *size)
    option.palette = QApplication.palette()
    option.font = QFont(option.font.family(), 26, QFont.Weight.Bold)
    option.state = QStyle.StateFlag.State_Enabled
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QApplication.palette().color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def test_the_quiet_flag_follows_the_look(app: QApplication) -> None:
    controller = theme.install_theme(app, "light")
    item = QStandardItem("Acme")
    item.setData(None, CardRole)
    item.setData("Quiet 18 days", QuietRole)
    seen = {}
    for look in LOOKS:
        controller.set_preference(look.value)
        image = paint_row(CardDelegate(), item, (520, 200))
        seen[look] = image
        assert count_pixels(image, theme.theme_for(look).qcolor("quiet-flag-background")) > 200
    light_pill = theme.LIGHT.qcolor("quiet-flag-background")
    assert count_pixels(seen[theme.Look.DARK], light_pill) == 0  # no light island


def test_an_overdue_reminder_is_coloured_by_the_look(app: QApplication) -> None:
    controller = theme.install_theme(app, "light")
    item = QStandardItem("Send the follow-up")
    item.setData("Follow-up", RemindersModel.DetailRole)
    item.setData("3 days overdue", RemindersModel.DueRole)
    item.setData(True, RemindersModel.OverdueRole)
    for look in LOOKS:
        controller.set_preference(look.value)
        image = paint_row(ReminderDelegate(), item, (900, 140))
        assert count_pixels(image, theme.theme_for(look).qcolor("overdue-text")) > 20
        other = theme.theme_for(theme.Look.DARK if look is theme.Look.LIGHT else theme.Look.LIGHT)
        assert count_pixels(image, other.qcolor("overdue-text")) == 0


def test_note_markers_change_colour_during_a_session(app: QApplication, qtbot) -> None:
    controller = theme.install_theme(app, "light")
    pad = NotePad()
    qtbot.addWidget(pad)
    pad.resize(500, 300)
    pad.show()
    saves: list[int] = []

    def save(rows: object, _deleted: object) -> bool:
        saves.append(1)
        return True

    pad.bind([], save, lambda: 1_000)
    pad.insertPlainText("Q: How do you test Qt views?")
    written = len(saves)

    def marker_colour() -> str:
        formats = pad.document().firstBlock().layout().formats()
        return formats[0].format.foreground().color().name()

    assert marker_colour() == theme.LIGHT.colours["marker-question"]
    controller.set_preference("dark")
    assert marker_colour() == theme.DARK.colours["marker-question"]
    paper = pad.viewport().grab().toImage()
    background = paper.pixelColor(paper.width() - 3, paper.height() - 3)
    assert background.name() == theme.DARK.colours["notepad-background"]
    assert len(saves) == written  # re-colouring is not an edit: nothing saved again


def test_a_refused_field_border_follows_the_look(app: QApplication) -> None:
    controller = theme.install_theme(app, "light")
    assert theme.LIGHT.colours["invalid-border"] in invalid_style()
    controller.set_preference("dark")
    assert theme.DARK.colours["invalid-border"] in invalid_style()


def test_the_nudge_and_empty_hints_take_their_colour_from_the_look(
    app: QApplication, qtbot
) -> None:
    controller = theme.install_theme(app, "light")
    nudge = QLabel("Nothing sent for 9 days")
    nudge.setObjectName("pipelineNudge")
    qtbot.addWidget(nudge)
    nudge.show()
    for look in LOOKS:
        controller.set_preference(look.value)
        shown = nudge.palette().color(QPalette.ColorRole.WindowText).name()
        assert shown == theme.theme_for(look).colours["nudge-text"]


def held_round(services: Services) -> None:
    session = services.live.start(company_name="Acme", kind="technical")
    services.live.save_lines(session.round.id, [("a", 1.0, 5_000, "Q: How do you test?")])
    services.live.end(session.round.id)


def test_the_timeline_detail_is_written_again_for_the_new_look(
    app: QApplication, qtbot, services: Services
) -> None:
    controller = theme.install_theme(app, "light")
    held_round(services)
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.attach(services)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("round_held"))
    view.table.setCurrentIndex(view.model.index(0, 0))
    body = view.findChild(QTextBrowser, "timelineDetailBody")
    assert body is not None
    assert theme.LIGHT.colours["quiet-text"] in body.toHtml()
    controller.set_preference("dark")
    html = body.toHtml()
    assert theme.DARK.colours["quiet-text"] in html
    assert theme.LIGHT.colours["quiet-text"] not in html
    assert "How do you test?" in body.toPlainText()
    # The pane is the window's colour, not a light box left over from the light look.
    corner = body.viewport().grab().toImage().pixelColor(body.viewport().width() - 3, 3)
    assert corner.name() == theme.DARK.colours["window"]


# ------------------------------------------------------------------ icon and start
def test_the_window_icon_is_sharp_at_every_size(qapp: QApplication) -> None:
    icon = theme.app_icon()
    assert not icon.isNull()
    small = resource_path("icons", "hicolor", "16x16", "apps", f"{APP_ID}.png")
    # Hand-made PNGs serve their exact size; the SVG serves the rest, even very large.
    drawn = icon.pixmap(16, 16).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert drawn == QImage(str(small)).convertToFormat(QImage.Format.Format_ARGB32)
    large = icon.pixmap(1024, 1024)
    assert (large.width(), large.height()) == (1024, 1024) and not large.isNull()


def test_the_application_starts_in_the_look_asked_for(tmp_path: Path) -> None:
    """A fresh process (one QApplication per process): create_qapplication installs it."""
    script = (
        "import json, sys\n"
        "from PySide6.QtGui import QGuiApplication, QPalette\n"
        "from interview_journal.ui.app import create_qapplication\n"
        "from interview_journal.ui import theme\n"
        "from interview_journal.ui.app import install_window_icon\n"
        "app = create_qapplication(sys.argv[:1])\n"
        "icon_before = not app.windowIcon().isNull()\n"
        "install_window_icon()\n"
        "print(json.dumps({'look': theme.current_look().value,\n"
        "  'window': app.palette().color(QPalette.ColorRole.Window).name(),\n"
        "  'sheet': '#3d2320' in app.styleSheet(),\n"
        "  'icon': [icon_before, not app.windowIcon().isNull()],\n"
        "  'rounding': QGuiApplication.highDpiScaleFactorRoundingPolicy().name}))\n"
    )
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", INTERVIEW_JOURNAL_THEME="dark")
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        cwd=tmp_path,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {
        "look": "dark",
        "window": theme.DARK.colours["window"],
        "sheet": True,
        "icon": [False, True],  # set after the first paint, not at start
        "rounding": "PassThrough",
    }


def test_every_named_colour_is_used() -> None:
    """By the palette, the style sheet or a view: no value in the table that nothing reads."""
    sources = read_text_resource("styles", "app.qss")
    for path in Path(theme.__file__).parent.rglob("*.py"):
        # Without the table's own lines ("name": "#rrggbb"), which only define them.
        text = path.read_text(encoding="utf-8")
        sources += re.sub(r'"[a-z-]+": "#[0-9a-f]{6}"', "", text)
    unused = [
        name
        for name in theme.LIGHT.colours
        if f"@{name}" not in sources and f'"{name}"' not in sources
    ]
    assert unused == []
