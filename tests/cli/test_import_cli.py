"""`interview-journal import`: JSON merges and CSV applications, from a subprocess."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import run

CSV = (
    "Company,Position,Date Applied,Status,Link,Notes\n"
    'Acme Robotics,Engineer,2026-03-01,Applied,https://acme.example/1,"Said \'; DROP TABLE--"\n'
    "Café Nordlicht 🚀,Barista-engineer,2026-03-02,Interviewing,,\n"
)


def _csv(tmp_path: Path, text: str = CSV) -> Path:
    path = tmp_path / "tracker.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_dry_run_changes_nothing_then_import_then_nothing_twice(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    path = _csv(tmp_path)
    dry = run("import", str(path), "--dry-run", data_dir=folder)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.strip() == "Would import: 2 applications to add, 2 new companies."
    assert "Acme Robotics" not in run("export", "--format", "csv", data_dir=folder).stdout
    done = run("import", str(path), data_dir=folder)
    assert done.stdout.strip() == "Imported 2 applications from tracker.csv."
    again = run("import", str(path), data_dir=folder)
    assert again.stdout.strip().startswith("Nothing imported: every row")
    exported = run("export", "--format", "csv", data_dir=folder).stdout
    assert exported.count("Acme Robotics") == 1 and "Café Nordlicht 🚀" in exported


def test_a_bad_date_on_line_7_names_line_7_and_imports_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    rows = [f"Company {n},Role,2026-03-0{n}" for n in range(1, 6)] + ["Seventh,Role,31/31/2026"]
    path = _csv(tmp_path, "Company,Role,Date Applied\n" + "\n".join(rows) + "\n")
    result = run("import", str(path), data_dir=folder)
    assert result.returncode == 1
    assert "Line 7" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Company 1" not in run("export", "--format", "csv", data_dir=folder).stdout


def test_json_export_merges_into_another_journal_once(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    assert run("import", str(_csv(tmp_path)), data_dir=first).returncode == 0
    export = tmp_path / "one.json"
    assert run("export", "-o", str(export), data_dir=first).returncode == 0
    merged = run("import", str(export), data_dir=second)
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout.startswith("Imported: ") and " new, 0 updated" in merged.stdout
    again = run("import", str(export), data_dir=second)
    assert again.stdout.startswith("Imported: 0 new, 0 updated, ")
    assert run("export", "--format", "csv", data_dir=second).stdout.count("Acme Robotics") == 1


def test_malformed_files_are_refused_in_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    cases = {
        "empty.json": b"",
        "cut.json": b'{"format":"interview-journal","format_version":1,"tables":{',
        "image.csv": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "list.json": b"[]",
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        result = run("import", str(path), data_dir=folder)
        assert result.returncode == 1, name
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.stderr and name in lines[0], name
    missing = run("import", str(tmp_path / "nope.json"), data_dir=folder)
    assert missing.returncode == 1 and "nope.json" in missing.stderr


def test_dates_option_is_for_csv_only(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("{}", encoding="utf-8")
    result = run("import", str(path), "--dates", "day-first", data_dir=tmp_path / "d")
    assert result.returncode == 1 and "--dates goes with a CSV file" in result.stderr
