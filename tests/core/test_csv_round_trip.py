"""The app's own applications CSV reads back through the CSV import."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from interview_journal.core.export_csv import export_csv
from interview_journal.core.import_csv import import_csv
from interview_journal.core.services import Services
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import Application, Company


def test_exported_applications_import_into_an_empty_journal(tmp_path: Path) -> None:
    source = Journal.in_memory()
    target = Journal.in_memory()
    try:
        services = Services.over(source)
        acme = services.research.add_company("Café Nordlicht 🚀")
        other = services.research.add_company("شركة المستقبل")
        applied = datetime(2026, 3, 5, 12, tzinfo=UTC)
        first = services.pipeline.add_application(acme.id, '=HYPERLINK("x")', applied)
        source.update(Application, first.id, notes='+1 555 0100, "quoted"\nsecond line')
        services.pipeline.add_application(other.id, "Engineer, backend", applied)
        path = tmp_path / "applications.csv"
        export_csv(source, path, "applications", tz=UTC)

        preview, added = import_csv(target, path, dry_run=False)
        assert preview.ok and added == 2
        companies = sorted(company.name for company in target.records(Company))
        assert companies == ["Café Nordlicht 🚀", "شركة المستقبل"]
        roles = sorted(application.role for application in target.records(Application))
        assert roles == ['=HYPERLINK("x")', "Engineer, backend"]
        notes = {a.role: a.notes for a in target.records(Application)}
        assert notes['=HYPERLINK("x")'].startswith('+1 555 0100, "quoted"')

        _preview, again = import_csv(target, path, dry_run=False)
        assert again == 0 and target.count(Application) == 2
    finally:
        source.close()
        target.close()
