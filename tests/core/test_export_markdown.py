"""The Markdown export: one interview, one company, the whole journal; escaped, atomic."""

from __future__ import annotations

import io
import os
import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from interview_journal.core.errors import ValidationError
from interview_journal.core.export_markdown import (
    escape_markdown,
    export_markdown,
    round_document_title,
    round_markdown,
    write_company_markdown,
    write_journal_markdown,
    write_round_markdown,
)
from interview_journal.core.sample import generate_sample
from interview_journal.paths import DataPaths
from interview_journal.storage.errors import JournalWriteError, RecordNotFoundError
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import (
    Application,
    Company,
    FitCriterion,
    FitScore,
    FollowUp,
    InterviewRound,
    NoteLine,
    Offer,
    Person,
    PipelineStage,
    PrepItem,
    Question,
    QuestionAsked,
    ResearchNote,
    RoundAttendee,
    new_id,
)

PLUS_ONE = timezone(timedelta(hours=1))
HELD = datetime(2026, 3, 3, 13, 0, tzinfo=UTC)
RTL = "שלום עולם مرحبا"
EMOJI = "🚀👩🏽‍💻"
TRICKY_LINES = ("# not a heading", "| pipe |", "<script>alert(1)</script>", "*stars*")


def make_round(journal: Journal, *, lines: int = 0, company_name: str = "Acme Café") -> str:
    """A held second interview with everything a round can carry; returns its id."""
    stage = journal.add(PipelineStage(name="Interviewing", position=3))
    company = journal.add(Company(name=company_name, website="https://acme.example.com"))
    application = journal.add(
        Application(
            company_id=company.id,
            role="Backend Engineer",
            stage_id=stage.id,
            applied_at=datetime(2026, 2, 10, 9, 0, tzinfo=UTC),
        )
    )
    interview = journal.add(
        InterviewRound(
            application_id=application.id,
            kind="second",
            scheduled_at=HELD,
            started_at=HELD,
            ended_at=HELD + timedelta(minutes=65),
            location="Office, floor 2",
            recruiter_advice="Expect live coding.\nTalk through your thinking.",
            outcome="passed",
            self_review="Went well overall.\n- not a list item\n\nSecond paragraph.",
            energy=4,
            answer_differently="Lead with the outage story.",
            next_step="They decide by Friday.",
        )
    )
    person = journal.add(
        Person(name="Leila Haddad", company_id=company.id, kind="interviewer", title="Tech Lead")
    )
    journal.add(RoundAttendee(round_id=interview.id, person_id=person.id, role_in_round="host"))
    journal.add(PrepItem(round_id=interview.id, text="Re-read the job ad", done=True, position=0))
    journal.add(PrepItem(round_id=interview.id, text="[x] Prepare questions", position=1))
    texts = [
        "Q: How do you test migrations?",
        "A: Described the staging copy.",
        "DK: Kafka consumer groups",
        "H: They need someone for the search rewrite",
        *TRICKY_LINES,
        f"{EMOJI} {RTL}",
        "first line\nsecond line",
    ]
    texts += [f"Filler line {number}" for number in range(lines)]
    journal.bulk_insert(
        NoteLine,
        [
            {
                "id": new_id(),
                "round_id": interview.id,
                "position": float(index),
                "elapsed_ms": index * 61_000,
                "marker": _marker(text),
                "text": text,
            }
            for index, text in enumerate(texts)
        ],
    )
    question = journal.add(Question(text="What does a normal week look like?", category="team"))
    journal.add(
        QuestionAsked(
            question_id=question.id,
            round_id=interview.id,
            asked_at=HELD + timedelta(minutes=50),
            answer_note="Mostly planning on Mondays.",
        )
    )
    journal.add(
        FollowUp(
            application_id=application.id,
            round_id=interview.id,
            recipient="leila@acme.example.com",
            subject="Thank you for today",
            status="sent",
            sent_at=HELD + timedelta(hours=6),
        )
    )
    return interview.id


def _marker(text: str) -> str:
    from interview_journal.core.notes import marker_of

    return marker_of(text)


def _section(markdown: str, heading: str) -> str:
    """The text under ``heading`` up to the next heading."""
    start = markdown.index(heading + "\n")
    rest = markdown[start + len(heading) + 1 :]
    found = re.search(r"^#", rest, flags=re.MULTILINE)
    return rest[: found.start()] if found else rest


# ------------------------------------------------------------------ one round
def test_round_shows_every_part(journal: Journal):
    markdown = round_markdown(journal, make_round(journal), tz=PLUS_ONE)

    assert markdown.startswith("# Acme Café — Second interview\n")
    assert "- **Role:** Backend Engineer" in markdown
    assert "- **Held:** 3 Mar 2026, 14:00–15:05 UTC+01:00 (65 min)" in markdown
    assert "- **Where:** Office, floor 2" in markdown
    assert "- **Leila Haddad** — host, Tech Lead" in _section(markdown, "## People met")
    preparation = _section(markdown, "## Preparation")
    assert "- [x] Re-read the job ad" in preparation
    assert "- [ ] \\[x\\] Prepare questions" in preparation
    assert "Expect live coding.  \nTalk through" in _section(markdown, "## Recruiter's advice")
    notes = _section(markdown, "## Notes (10 lines)")
    assert notes.index("- `0:00` ? Q: How do you test") < notes.index("- `1:01` › A: Described")
    assert "- `2:02` ✎ DK: Kafka consumer groups" in notes
    assert "- `3:03` ★ H: They need someone" in notes
    asked = _section(markdown, "## Questions I asked")
    assert "- What does a normal week look like?  \n  *Their answer:* Mostly planning" in asked
    after = _section(markdown, "## After the interview")
    assert "- **Outcome:** Passed" in after
    assert "- **Energy:** 4 of 5 (good)" in after
    assert "- **I would answer differently:** Lead with the outage story." in after
    assert "- **Next step:** They decide by Friday." in after
    follow_ups = _section(markdown, "## Follow-ups")
    assert "**Thank you for today** — to leila@acme.example.com, sent 3 Mar 2026, 20:00" in (
        follow_ups
    )


def test_elapsed_time_past_an_hour_shows_hours(journal: Journal):
    markdown = round_markdown(journal, make_round(journal, lines=60), tz=UTC)
    assert "- `1:01:00` Filler line 50" in markdown


def test_user_text_cannot_break_the_markdown(journal: Journal):
    notes = _section(round_markdown(journal, make_round(journal), tz=UTC), "## Notes (10 lines)")

    assert "- `4:04` \\# not a heading" in notes
    assert "- `5:05` \\| pipe \\|" in notes
    assert "- `6:06` \\<script>alert(1)\\</script>" in notes
    assert "- `7:07` \\*stars\\*" in notes
    # No line the user typed starts a block of its own.
    for line in notes.splitlines():
        assert line == "" or line.startswith(("- `", "  ")), line


def test_newlines_in_a_field_stay_inside_its_list_item(journal: Journal):
    markdown = round_markdown(journal, make_round(journal), tz=UTC)
    assert "- `9:09` first line  \n  second line\n" in markdown
    review = _section(markdown, "## After the interview")
    assert (
        "- **How it went:** Went well overall.  \n  \\- not a list item\n\n  Second paragraph.\n"
    ) in review


def test_emoji_and_right_to_left_text_pass_through(journal: Journal):
    round_id = make_round(journal, company_name=f"{RTL} {EMOJI}")
    markdown = round_markdown(journal, round_id, tz=UTC)
    assert f"- `8:08` {EMOJI} {RTL}" in markdown
    assert markdown.startswith(f"# {RTL} {EMOJI} — Second interview\n")
    assert round_document_title(journal, round_id) == f"{RTL} {EMOJI} — Second interview"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("# title", "\\# title"),
        ("C# and F#", "C# and F#"),
        ("issue #42", "issue \\#42"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("> quote", "\\> quote"),
        ("1. first", "1\\. first"),
        ("2) second", "2\\) second"),
        ("===", "\\==="),
        ("---", "\\---"),
        ("___", "\\_\\_\\_"),
        ("snake_case_name", "snake_case_name"),
        ("_emphasis_", "\\_emphasis\\_"),
        ("`code`", "\\`code\\`"),
        ("[link](https://example.com)", "\\[link\\](https://example.com)"),
        ("~~gone~~", "\\~\\~gone\\~\\~"),
        ("R&D &amp; &#169;", "R&D \\&amp; \\&#169;"),
        ("back\\slash", "back\\\\slash"),
        ("    indented code", "indented code"),
        (
            'O\'Reilly "quoted"; DROP TABLE note_line; --',
            'O\'Reilly "quoted"; DROP TABLE note_line; --',
        ),
        (f"{EMOJI} {RTL}", f"{EMOJI} {RTL}"),
    ],
)
def test_escape_markdown(typed: str, written: str):
    assert escape_markdown(typed) == written


def test_escape_in_the_middle_of_a_line_keeps_leading_signs():
    assert escape_markdown("+1 555 0100", starts_line=False) == "+1 555 0100"
    assert escape_markdown("+1 555 0100") == "\\+1 555 0100"


def test_round_without_company_or_notes(journal: Journal):
    interview = journal.add(InterviewRound(kind="screening"))
    markdown = round_markdown(journal, interview.id, tz=UTC)
    assert markdown == "# Screening call\n"
    assert round_document_title(journal, interview.id) == "Screening call"


def test_write_round_markdown_writes_to_the_stream(journal: Journal):
    round_id = make_round(journal)
    stream = io.StringIO()
    write_round_markdown(journal, round_id, stream, tz=UTC)
    assert stream.getvalue() == round_markdown(journal, round_id, tz=UTC)


def test_times_follow_the_given_time_zone(journal: Journal):
    round_id = make_round(journal)
    utc_text = round_markdown(journal, round_id, tz=UTC)
    assert "- **Scheduled:** 3 Mar 2026, 13:00 UTC" in utc_text
    tokyo = round_markdown(journal, round_id, tz=timezone(timedelta(hours=9)))
    assert "- **Scheduled:** 3 Mar 2026, 22:00 UTC+09:00" in tokyo


# ------------------------------------------------------------------ a company
def _company_with_research(journal: Journal) -> str:
    round_id = make_round(journal)
    company_id = journal.records(Company)[0].id
    journal.add(
        ResearchNote(
            company_id=company_id,
            topic="red_flags",
            title="Quarter-end crunch",
            body="Reviews mention late releases.\n| not | a | table |",
            source="Review site",
            source_date=date(2026, 1, 5),
        )
    )
    journal.add(
        ResearchNote(company_id=company_id, topic="values", title="Open decisions", body="x")
    )
    criterion = journal.add(FitCriterion(name="The people", weight=3, position=0))
    journal.add(
        FitScore(company_id=company_id, criterion_id=criterion.id, score=4, evidence="Kind panel.")
    )
    application_id = journal.records(Application)[0].id
    journal.add(
        Offer(
            application_id=application_id,
            currency="EUR",
            base_salary=72000,
            deadline=date(2026, 3, 20),
        )
    )
    journal.add(Question(text="Could I talk with a future coworker?", company_id=company_id))
    assert round_id
    return company_id


def test_company_holds_research_fit_applications_rounds_people_offers(journal: Journal):
    company_id = _company_with_research(journal)
    stream = io.StringIO()
    write_company_markdown(journal, company_id, stream, tz=UTC)
    markdown = stream.getvalue()

    assert markdown.startswith("# Acme Café\n")
    research = _section(markdown, "## Research")
    assert research == "\n"  # the topics follow as subsections
    assert markdown.index("### Values") < markdown.index("### Red flags")
    red_flags = _section(markdown, "### Red flags")
    assert "- **Quarter-end crunch**  \n  Reviews mention late releases.  \n" in red_flags
    assert "\\| not \\| a \\| table \\|" in red_flags
    assert "*Source:* Review site, 5 Jan 2026" in red_flags
    fit = _section(markdown, "## Fit")
    assert "Weighted fit **4.00 of 5**" in fit
    assert "- **The people** (weight 3): 4 of 5  \n  Kind panel." in fit
    table = _section(markdown, "## Applications")
    assert "| Backend Engineer | Interviewing | 10 Feb 2026 | 1 |" in table
    assert "### Backend Engineer — Interviewing" in markdown
    assert "#### Second interview · 3 Mar 2026" in markdown
    assert "##### Notes (10 lines)" in markdown
    assert "- **Leila Haddad** — Tech Lead, Interviewer" in _section(markdown, "## People")
    offers = _section(markdown, "## Offers")
    assert "- **Backend Engineer** — Received" in offers
    assert "- **Base salary:** EUR 72,000" in offers
    assert "- **Answer by:** 20 Mar 2026" in offers
    assert "Could I talk with a future coworker?" in _section(markdown, "## Questions to ask here")


def test_exporting_a_company_reads_without_writing(journal: Journal):
    company_id = _company_with_research(journal)
    before = journal.setting("fit.criteria_seeded")
    write_company_markdown(journal, company_id, io.StringIO())
    assert journal.setting("fit.criteria_seeded") == before
    assert journal.count(FitCriterion) == 1


# ------------------------------------------------------------- whole journal
class CountingStream(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


def test_whole_journal_streams_every_company_in_name_order(journal: Journal):
    generate_sample(journal, "small")
    loose = journal.add(Person(name="Quentin Haddad", title="Independent recruiter"))
    stream = CountingStream()
    written = write_journal_markdown(
        journal, stream, tz=UTC, now=datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    )
    markdown = stream.getvalue()

    names = sorted((c.name for c in journal.records(Company)), key=str.casefold)
    positions = [markdown.index(f"\n## {escape_markdown(name)}\n") for name in names]
    assert positions == sorted(positions)
    assert markdown.startswith("# Interview Journal\n\nExported 2 Mar 2026, 09:00 UTC;")
    assert f"- **{loose.name}** — Independent recruiter" in _section(
        markdown, "## People at no company"
    )
    global_questions = journal.records(Question, company_id=None)
    assert global_questions
    anywhere = _section(markdown, "## Questions to ask anywhere")
    assert all(escape_markdown(q.text) in anywhere for q in global_questions)
    # Written piece by piece, never as one string.
    assert stream.writes > 1000
    assert written >= journal.count(NoteLine) + journal.count(Company)


def test_whole_journal_of_an_empty_journal(journal: Journal):
    stream = io.StringIO()
    assert write_journal_markdown(journal, stream, tz=UTC) == 0
    assert "0 companies" in stream.getvalue()


def test_whole_journal_includes_rounds_tied_to_no_company(journal: Journal):
    journal.add(InterviewRound(kind="technical", scheduled_at=HELD))
    stream = io.StringIO()
    write_journal_markdown(journal, stream, tz=UTC)
    markdown = stream.getvalue()
    assert "## Interviews not tied to a company\n\n### Technical interview · 3 Mar 2026\n" in (
        markdown
    )


# ---------------------------------------------------------------- the file
def test_export_markdown_writes_the_file_atomically(journal: Journal, tmp_path: Path):
    round_id = make_round(journal)
    target = tmp_path / "round.md"
    summary = export_markdown(journal, target, round_id=round_id, tz=UTC)
    assert target.read_text(encoding="utf-8") == round_markdown(journal, round_id, tz=UTC)
    assert summary.path == target
    assert summary.bytes == target.stat().st_size
    assert summary.rows_per_table["note_line"] == 10
    assert os.listdir(tmp_path) == ["round.md"]


def test_export_markdown_of_a_company_and_of_everything(journal: Journal, tmp_path: Path):
    company_id = _company_with_research(journal)
    one = export_markdown(journal, tmp_path / "company.md", company_id=company_id)
    everything = export_markdown(journal, tmp_path / "all.md")
    assert one.rows_per_table["company"] == 1
    assert everything.rows_per_table["research_note"] == 2
    assert "## Acme Café" in (tmp_path / "all.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("which", ["round_id", "company_id"])
def test_unknown_id_is_refused_and_writes_nothing(journal: Journal, tmp_path: Path, which: str):
    target = tmp_path / "out.md"
    with pytest.raises(RecordNotFoundError, match="no-such-id"):
        export_markdown(journal, target, **{which: "no-such-id"})  # type: ignore[arg-type]
    assert os.listdir(tmp_path) == []
    with pytest.raises(RecordNotFoundError):
        round_markdown(journal, "no-such-id")
    with pytest.raises(RecordNotFoundError):
        write_company_markdown(journal, "no-such-id", io.StringIO())


def test_round_and_company_together_are_refused(journal: Journal, tmp_path: Path):
    with pytest.raises(ValidationError):
        export_markdown(journal, tmp_path / "out.md", round_id="a", company_id="b")


def test_missing_folder_gives_a_clear_error_and_no_file(journal: Journal, tmp_path: Path):
    round_id = make_round(journal)
    target = tmp_path / "missing" / "round.md"
    with pytest.raises(JournalWriteError, match=r"round\.md: the folder .* does not exist"):
        export_markdown(journal, target, round_id=round_id)
    assert list(tmp_path.iterdir()) == []


def test_failed_replace_leaves_no_temporary_file(journal: Journal, tmp_path: Path):
    round_id = make_round(journal)
    in_the_way = tmp_path / "round.md"
    (in_the_way / "inside").mkdir(parents=True)
    with pytest.raises(JournalWriteError, match="folder of that name is in the way"):
        export_markdown(journal, in_the_way, round_id=round_id)
    assert os.listdir(tmp_path) == ["round.md"]
    assert os.listdir(in_the_way) == ["inside"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_read_only_folder_keeps_the_old_file_and_leaves_no_temp(journal: Journal, tmp_path: Path):
    round_id = make_round(journal)
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "round.md"
    target.write_text("previous export", encoding="utf-8")
    folder.chmod(0o500)
    try:
        with pytest.raises(JournalWriteError, match="read-only"):
            export_markdown(journal, target, round_id=round_id)
    finally:
        folder.chmod(0o700)
    assert os.listdir(folder) == ["round.md"]
    assert target.read_text(encoding="utf-8") == "previous export"


class MeasuringStream(io.StringIO):
    """Keeps no text: only how much came, the largest single write and the headings."""

    def __init__(self) -> None:
        super().__init__()
        self.total = 0
        self.largest = 0
        self.headings: list[str] = []

    def write(self, text: str) -> int:
        self.total += len(text)
        self.largest = max(self.largest, len(text))
        if text.startswith("## "):
            self.headings.append(text[3:].rstrip("\n"))
        return len(text)


@pytest.mark.slow
def test_heavy_journal_streams_in_small_pieces(copy_of_heavy: Path):
    heavy = Journal.open(DataPaths(copy_of_heavy))
    try:
        stream = MeasuringStream()
        written = write_journal_markdown(heavy, stream, tz=UTC)
        companies = heavy.records(Company)
        lines = heavy.count(NoteLine)
    finally:
        heavy.close()
    assert stream.total > 10_000_000
    assert stream.largest < 10_000
    assert written > lines
    names = [escape_markdown(c.name) for c in sorted(companies, key=lambda c: c.name.casefold())]
    assert stream.headings[: len(names)] == names
