"""The app is ready for translation end to end: every text of the views goes through Qt's
translation mechanism (a static scan, and a pseudo-translation shown in the real window),
the committed template is current, the core follows the installed translators, and dates,
times and numbers follow the user's locale.

Run the pseudo-translation alone with ``pytest tests/test_i18n.py -k pseudo``.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from interview_journal.core import i18n as core_i18n
from interview_journal.core.reminders import due_in_words
from interview_journal.core.sample import generate_sample
from interview_journal.core.services import Services
from interview_journal.core.vocabulary import MARKERS, RESEARCH_TOPICS, label
from interview_journal.storage.journal import Journal
from interview_journal.ui.i18n import (
    format_date,
    format_long_date,
    format_moment,
    format_number,
    format_time,
    format_weekday,
    install_translators,
)

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "interview_journal" / "ui"
SCRIPT = ROOT / "scripts" / "update_translations.py"
# lupdate found 1,732 messages when this was written (the core's and most views'); the
# floor is 80 % of that, so a module that loses its tr() calls is noticed.
MESSAGE_FLOOR = 1_385
OPEN, CLOSE = "⟦", "⟧"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def core_hooks() -> Iterator[None]:
    """The core's translator and formats, as they were before the test."""
    translator, formats = core_i18n.installed()
    yield
    core_i18n.install(translator)
    core_i18n.install_formats(formats)


@pytest.fixture
def default_locale() -> Iterator[None]:
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


# ------------------------------------------------------------------ static scan
TEXT_SETTERS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setPlaceholderText",
        "setStatusTip",
        "setWhatsThis",
        "setAccessibleName",
        "setAccessibleDescription",
        "addAction",
        "addMenu",
        "addTab",
        "insertTab",
        "setTabText",
        "setTitle",
        "setLabelText",
    }
)
TEXT_CONSTRUCTORS = frozenset(
    {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton"}
)
MESSAGE_BOXES = frozenset({"information", "warning", "critical", "question", "about"})
_LETTER = re.compile(r"[^\W\d_]")


def _literal_text(node: ast.AST) -> str | None:
    """The first literal with letters in ``node`` that would be shown as it is: a string,
    an f-string's text, either side of ``+``/``or`` or of a conditional; not what a call
    returns, a dictionary key or a comparison."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _LETTER.search(node.value) else None
    if isinstance(node, ast.JoinedStr):
        for part in node.values:
            found = _literal_text(part)
            if found:
                return found
        return None
    children: list[ast.AST] = []
    if isinstance(node, ast.BinOp):
        children = [node.left, node.right]
    elif isinstance(node, ast.BoolOp):
        children = list(node.values)
    elif isinstance(node, ast.IfExp):
        children = [node.body, node.orelse]
    for child in children:
        found = _literal_text(child)
        if found:
            return found
    return None


def _name_of(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def bare_literals(source: str, filename: str) -> list[str]:
    """``file:line: why`` for each user-visible text that skips translation in ``source``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _name_of(node.func)
        arguments: list[ast.expr] = []
        if name in TEXT_SETTERS or name in TEXT_CONSTRUCTORS:
            arguments = list(node.args) + [k.value for k in node.keywords if k.arg == "text"]
        elif (
            name in MESSAGE_BOXES
            and isinstance(node.func, ast.Attribute)
            and _name_of(node.func.value) == "QMessageBox"
        ):
            arguments = list(node.args[1:3])
        elif name in ("tr", "translate") and any(isinstance(a, ast.JoinedStr) for a in node.args):
            found.append(f"{filename}:{node.lineno}: f-string inside {name}()")
            continue
        for argument in arguments:
            text = _literal_text(argument)
            if text:
                found.append(f"{filename}:{node.lineno}: {name}({text!r})")
                break
    return sorted(found, key=lambda line: int(line.split(":")[1]))


def unreadable_calls(source: str, filename: str) -> list[str]:
    """``file:line`` of each translate call lupdate skips without a word: one with keyword
    arguments, or whose count (the fourth argument) is more than a plain name (measured
    with PySide6 6.12's lupdate: ``len(rows)`` or ``card.days`` there loses the string)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call) or _name_of(node.func) != "translate":
            continue
        count = node.args[3] if len(node.args) > 3 else None
        if isinstance(count, ast.UnaryOp):
            count = count.operand
        if node.keywords or (count is not None and not isinstance(count, ast.Name)):
            found.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:90]}")
    return sorted(found, key=lambda line: int(line.split(":")[1]))


def test_lupdate_unreadable_calls_are_found() -> None:
    offenders = unreadable_calls(
        "translate('C', '%n day(s)', '', days)\n"
        "translate('C', '%n day(s)', '', -days)\n"
        "QCoreApplication.translate('C', '%n day(s)', '', len(rows))\n"
        "translate('C', '%n day(s)', n=days)\n",
        "sample.py",
    )
    assert [line.split(": ")[0] for line in offenders] == ["sample.py:3", "sample.py:4"]


def test_lupdate_reads_every_translate_call() -> None:
    offenders: list[str] = []
    for path in sorted((ROOT / "interview_journal").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        offenders += unreadable_calls(path.read_text(encoding="utf-8"), relative)
    assert offenders == [], (
        "lupdate skips these calls (pass the count as a plain variable):\n" + "\n".join(offenders)
    )


def test_the_scan_finds_what_it_should() -> None:
    offenders = bare_literals(
        "label.setText('Saved')\n"
        "button = QPushButton(f'Open {name}')\n"
        "box.setToolTip(self.tr('Fine'))\n"
        "box.setToolTip(self.tr(f'Not {fine}'))\n"
        "QMessageBox.warning(self, 'Oops', text)\n"
        "edit.setPlaceholderText('')\n"
        "tabs.addTab(page, done or 'Done')\n"
        "label.setText(LABELS['some_key'])\n"
        "label.setText(', '.join(names))\n",
        "sample.py",
    )
    assert offenders == [
        "sample.py:1: setText('Saved')",
        "sample.py:2: QPushButton('Open ')",
        "sample.py:4: f-string inside tr()",
        "sample.py:5: warning('Oops')",
        "sample.py:7: addTab('Done')",
    ]


def test_no_view_shows_an_untranslated_literal() -> None:
    offenders: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        offenders += bare_literals(path.read_text(encoding="utf-8"), relative)
    assert offenders == [], "texts shown without tr():\n" + "\n".join(offenders)


# ------------------------------------------------------------------ the template
def test_the_committed_template_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_lupdate_finds_the_apps_strings_and_marks_counts_as_plurals(tmp_path: Path) -> None:
    script = _script()
    template = tmp_path / "interview_journal.ts"
    script.fresh_template(template)
    messages = list(ET.parse(template).iter("message"))
    assert len(messages) >= MESSAGE_FLOOR
    contexts = {context.findtext("name") for context in ET.parse(template).iter("context")}
    assert {"Vocabulary", "Validation", "Reminders", "JournalError"} <= contexts
    plural = {m.findtext("source"): m.get("numerus") for m in messages}
    assert plural["%n day(s) overdue"] == "yes"  # core's translate(..., "", n)


# ------------------------------------------------------------------ locale formats
def test_formatters_follow_the_locale() -> None:
    day, clock = date(2026, 3, 3), time(14, 5)
    french, american, c = QLocale("fr_FR"), QLocale("en_US"), QLocale.c()
    assert format_date(day, french) == "3 mars 2026"
    assert format_long_date(day, french) == "mardi 3 mars 2026"
    assert format_weekday(day, french) == "mardi"
    assert format_time(clock, french) == "14:05"
    assert format_number(1234567, french).replace("\u202f", " ") == "1 234 567"
    assert format_date(day, american) == "3 Mar 2026"
    assert format_long_date(day, american) == "Tuesday, March 3, 2026"
    assert format_time(clock, american).replace("\u202f", " ") == "2:05 PM"
    assert format_number(1234567, american) == "1,234,567"
    # No locale at all: English, day before month (as the core's sentences and the date
    # fields read), and a 24-hour clock.
    assert format_date(day, c) == "3 Mar 2026"
    assert format_long_date(day, c) == "Tuesday, 3 March 2026"
    assert format_time(clock, c) == "14:05"
    moment = datetime(2026, 3, 3, 14, 5, tzinfo=UTC)
    assert re.fullmatch(r"3 Mar 2026, \d\d:\d\d", format_moment(moment, c))


def test_the_cores_sentences_follow_the_default_locale(
    qapp: QApplication, core_hooks: None, default_locale: None
) -> None:
    installed = install_translators(qapp, QLocale.c())
    for translator in installed:
        qapp.removeTranslator(translator)
    zone = timezone(timedelta(hours=1))
    now = datetime(2026, 3, 2, 9, 0, tzinfo=zone)
    thursday = datetime(2026, 3, 5, 18, 30, tzinfo=zone)
    QLocale.setDefault(QLocale.c())  # no locale: the core's own English forms
    assert due_in_words(thursday, now) == "due Thursday 18:30"
    assert core_i18n.number(12345) == "12,345"
    QLocale.setDefault(QLocale("fr_FR"))
    assert due_in_words(thursday, now) == "due jeudi 18:30"
    assert core_i18n.day_text(date(2026, 3, 3)) == "3 mars 2026"
    QLocale.setDefault(QLocale("en_US"))
    assert due_in_words(thursday, now).replace("\u202f", " ") == "due Thursday 6:30 PM"
    assert core_i18n.number(12345) == "12,345"


# ------------------------------------------------------------------ translations
_PLACEHOLDER = re.compile(r"(\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%\d+)")


def pseudo(source: str) -> str:
    """``source`` with each run of its own words wrapped in ⟦…⟧ and the placeholders
    (``{name}``, ``%n``, ``%1``) left outside, so a value put into them is judged on its
    own; ``&`` accelerators stay inside, as they are."""
    return "".join(
        part if _PLACEHOLDER.fullmatch(part) or not _LETTER.search(part) else OPEN + part + CLOSE
        for part in _PLACEHOLDER.split(source)
    )


def test_pseudo_keeps_placeholders_out_of_the_marks() -> None:
    assert pseudo("Saved {name} at %n") == "⟦Saved ⟧{name}⟦ at ⟧%n"
    assert pseudo("{first}, {second}") == "{first}, {second}"
    assert pseudo("&Add stage") == "⟦&Add stage⟧"


def _pseudo_ts(template: Path, target: Path, language: str) -> None:
    """``template`` with every message translated by :func:`pseudo`."""
    tree = ET.parse(template)
    tree.getroot().set("language", language)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                form = ET.SubElement(translation, "numerusform")
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)


@pytest.fixture
def installed_language(qapp: QApplication, tmp_path: Path, core_hooks: None) -> Iterator[list[Any]]:
    """A pseudo-translation (Esperanto, for which Qt ships no strings of its own),
    installed as the app installs translations; removed afterwards."""
    script = _script()
    template = tmp_path / "interview_journal.ts"
    script.fresh_template(template)
    folder = tmp_path / "translations"
    folder.mkdir()
    pseudo = folder / "interview_journal_eo.ts"
    _pseudo_ts(template, pseudo, "eo")
    script.lrelease(pseudo)
    installed = install_translators(qapp, QLocale("eo"), folder=folder)
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


def test_installed_translations_reach_the_core(installed_language: list[Any]) -> None:
    assert len(installed_language) == 2  # English plurals and the app's own
    assert label(RESEARCH_TOPICS, "values") == f"{OPEN}Values{CLOSE}"
    assert QCoreApplication.translate("Reminders", "%n day(s) overdue", "", 3) == (
        f"3{OPEN} day(s) overdue{CLOSE}"
    )


def test_english_loads_no_translation_files(
    qapp: QApplication, tmp_path: Path, core_hooks: None
) -> None:
    """English is the source language: only the plural forms are installed, even when a
    file for the language is there (Qt's probing of file names is skipped at start)."""
    folder = tmp_path / "translations"
    folder.mkdir()
    english = folder / "interview_journal_en.ts"
    english.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="en"><context><name>MainWindow</name>'
        "<message><source>Timeline</source><translation>Time line</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    _script().lrelease(english)
    assert (folder / "interview_journal_en.qm").stat().st_size > 0
    for name in ("en_US", "en_GB", "C"):
        installed = install_translators(qapp, QLocale(name), folder=folder)
        try:
            assert len(installed) == 1, name
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)


def _data_texts(journal: Journal) -> list[str]:
    """Every text the journal holds (shown as data, never translated), longest first."""
    from sqlmodel import SQLModel

    texts: set[str] = set()
    for table in SQLModel.metadata.sorted_tables:
        model = next(
            (m.class_ for m in SQLModel._sa_registry.mappers if m.local_table is table), None
        )
        if model is None:
            continue
        for record in journal.records(model):
            for value in vars(record).values():
                if isinstance(value, str) and len(value.strip()) > 1:
                    texts.add(value.strip())
                    texts.update(line.strip() for line in value.splitlines() if line.strip())
    return sorted(texts, key=len, reverse=True)


# Not the app's words: day and month names (from QLocale), key sequences ("Ctrl+7",
# "Alt+Q") and the note markers' prefixes ("Q:", "DK:"), which are typed as they are.
_NOT_WORDS = re.compile(
    r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(day|sday|nesday|rsday|urday)?\b|"
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
    r"\b((Ctrl|Alt|Shift|Meta)\+)+\S+|"
    + "|".join(rf"(?<!\w){re.escape(marker.prefix)}" for marker in MARKERS)
)


_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")


def _unmarked(text: str, data: list[str]) -> bool:
    """True when ``text`` has words of the app's own that are not translated: what is
    left once the translated runs, the journal's data and day and month names are gone."""
    rest = _MARKED.sub(" ", text.replace("&&", "&"))
    for value in data:
        if value in rest:
            rest = rest.replace(value, " ")
    return bool(_LETTER.search(_NOT_WORDS.sub(" ", rest)))


def _columns(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model: PySide6 keeps its columnCount private
        return 1


def _visible_texts(root: QWidget) -> Iterator[tuple[QWidget, str, str]]:
    """(widget, what, text) for what a user reads on the visible widgets under ``root``."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            yield widget, "label", widget.text()
        elif isinstance(widget, QAbstractButton):
            yield widget, "button", widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget, "group", widget.title()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield widget, f"choice {index}", widget.itemText(index)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield widget, "tab", widget.tabText(index)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(QModelIndex()), 40)):
                for column in range(_columns(model)):
                    cell = model.index(row, column, QModelIndex()).data()
                    if isinstance(cell, str):
                        yield widget, f"cell {row},{column}", cell
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            if not header.isVisible():
                continue
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                if header.isSectionHidden(column):
                    continue
                title = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(title, str):
                    yield widget, "header", title


@pytest.mark.slow
def test_pseudo_translation_marks_every_visible_text(
    qtbot: QtBot, installed_language: list[Any]
) -> None:
    from interview_journal.ui.main_window import VIEW_KEYS, MainWindow

    journal = Journal.in_memory()
    generate_sample(journal, "small", now=datetime.now(UTC))
    data = _data_texts(journal)
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.attach(Services.over(journal))
    window.show()
    unmarked: list[str] = []
    marked = 0
    for action in window.menuBar().actions():
        menu = action.menu()
        entries = [action, *(menu.actions() if isinstance(menu, QMenu) else [])]
        for entry in entries:
            if entry.text() and _unmarked(entry.text(), data):
                unmarked.append(f"menu: {entry.text()!r}")
    for key in VIEW_KEYS:
        window.show_view(key)
        assert window.current_view_key() == key
        for widget, what, text in _visible_texts(window):
            marked += OPEN in text
            if text and _unmarked(text, data):
                where = widget.objectName() or type(widget).__name__
                unmarked.append(f"{key}: {what} {where}: {text!r}")
    window.close()
    journal.close()
    assert marked >= 100, "the views showed too few texts for this check to mean anything"
    assert unmarked == [], f"{len(unmarked)} texts not translated:\n" + "\n".join(
        sorted(set(unmarked))
    )
