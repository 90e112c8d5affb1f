"""Keep the translation files in step with the code.

``python scripts/update_translations.py`` runs ``pyside6-lupdate`` over every module of
``interview_journal/`` into ``resources/translations/interview_journal.ts`` (the
template translators start from, committed), merges the new strings into every
``interview_journal_<lang>.ts`` beside it, and compiles each of those with
``pyside6-lrelease`` into the ``.qm`` the app loads (``ui.i18n.install_translators``).

``--check`` changes nothing: it exits 1 when the committed template is not what lupdate
finds in the code today (a string was added, changed or removed without running this).

The template is written without source locations (``-locations none``) and with its
messages sorted, so it changes only when the strings do, not whenever a line moves.
lupdate reads Python calls named ``self.tr``, ``QCoreApplication.translate``,
``translate`` (``interview_journal.core.i18n``) and ``QT_TRANSLATE_NOOP``; it marks a
``self.tr(..., n)`` as a plural ("numerus") message but not the four-argument
``translate``, so every message whose source holds ``%n`` is marked here.
See https://doc.qt.io/qt-6/linguist-lupdate.html and
https://doc.qt.io/qt-6/i18n-source-translation.html#handle-plural-forms.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "interview_journal"
FOLDER = ROOT / "resources" / "translations"
TEMPLATE = FOLDER / "interview_journal.ts"
LUPDATE_OPTIONS = ("-no-obsolete", "-locations", "none", "-sort-messages", "-silent")


def tool(name: str) -> str:
    """``pyside6-<name>`` next to this Python (a virtual environment's bin), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} was not found; install PySide6-Essentials.")
    return found


def sources(package: Path = PACKAGE) -> list[Path]:
    """Every Python module of the package, in a stable order."""
    return sorted(path for path in package.rglob("*.py") if "__pycache__" not in path.parts)


def lupdate(files: Sequence[Path], target: Path) -> None:
    """Extract (or merge) the messages of ``files`` into ``target``."""
    # lupdate skips Python files when given a folder; a list file names each module.
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "sources.lst"
        listing.write_text("\n".join(str(path) for path in files) + "\n", encoding="utf-8")
        subprocess.run(
            [tool("lupdate"), f"@{listing}", *LUPDATE_OPTIONS, "-ts", str(target)],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
    mark_plurals(target)


def mark_plurals(ts_file: Path) -> None:
    """Mark untranslated messages whose source holds ``%n`` as plural forms, so a
    translator (and lrelease) gives one form per plural of their language."""
    tree = ET.parse(ts_file)
    changed = False
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if "%n" not in source or message.get("numerus") == "yes" or translation is None:
            continue
        if (translation.text or "").strip():
            continue  # a translator's work: left alone
        message.set("numerus", "yes")
        translation.text = None
        ET.SubElement(translation, "numerusform")
        changed = True
    if changed:
        ET.indent(tree, space="    ")
        with ts_file.open("wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
            out.write(b"\n")


def message_count(ts_file: Path) -> int:
    return sum(1 for _ in ET.parse(ts_file).iter("message"))


def lrelease(ts_file: Path, qm_file: Path | None = None) -> Path:
    """Compile ``ts_file`` into a ``.qm`` (beside it by default)."""
    target = qm_file or ts_file.with_suffix(".qm")
    subprocess.run(
        [tool("lrelease"), "-silent", str(ts_file), "-qm", str(target)],
        check=True,
        capture_output=True,
    )
    return target


def languages(folder: Path = FOLDER) -> list[Path]:
    """The ``interview_journal_<lang>.ts`` files (the template has no language)."""
    return sorted(folder.glob("interview_journal_*.ts"))


def fresh_template(target: Path) -> None:
    """What the template would be for the code as it is now."""
    target.unlink(missing_ok=True)
    lupdate(sources(), target)


def check(template: Path = TEMPLATE) -> int:
    """0 when ``template`` is current, else 1 with the differences on stderr."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "interview_journal.ts"
        fresh_template(fresh)
        wanted = fresh.read_text(encoding="utf-8")
    current = template.read_text(encoding="utf-8") if template.exists() else ""
    if current == wanted:
        print(f"{template.relative_to(ROOT)} is up to date.")
        return 0
    diff = difflib.unified_diff(
        current.splitlines(), wanted.splitlines(), "committed", "from the code", lineterm="", n=1
    )
    print("\n".join(list(diff)[:80]), file=sys.stderr)
    print(
        f"{template.relative_to(ROOT)} is out of date: run python scripts/update_translations.py",
        file=sys.stderr,
    )
    return 1


def update() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    fresh_template(TEMPLATE)
    print(f"{TEMPLATE.relative_to(ROOT)}: {message_count(TEMPLATE)} messages")
    files = sources()
    for ts_file in languages():
        lupdate(files, ts_file)
        qm_file = lrelease(ts_file)
        print(f"{qm_file.relative_to(ROOT)} compiled from {ts_file.name}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when the committed template is out of date"
    )
    arguments = parser.parse_args(argv)
    return check() if arguments.check else update()


if __name__ == "__main__":
    sys.exit(main())
