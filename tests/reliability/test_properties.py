"""Bad input everywhere (issue 8, point 6): every service takes any text and any moment.

Hypothesis feeds the services arbitrary Unicode (control characters and NUL, lone
combining marks, right-to-left marks, emoji ZWJ sequences), SQL- and FTS5-looking text and
texts of a few megabytes. For every call the property is the same:

* it returns, or raises a user-facing error (a ``JournalError``: ``ValidationError``,
  ``RecordNotFoundError``...), never anything else;
* after a refusal the journal is exactly as before (row counts and a hash of every row);
* the refusal message is one short line, fit for the status bar;
* after a success what was typed reads back from the journal, modulo the documented
  normalisation (``core/validation.py``: NUL removed; names on one line with single
  spaces; short texts stripped), and input within the limits is never refused.

Each example gets a fresh throwaway journal, so a failing example replays alone.
Examples per run: the ``settings`` below add up to 840 (75 for each of the nine service
properties, 150 search queries, 15 huge texts); about 35 s on the project's 2-core machine.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from interview_journal.core.notes import marker_of
from interview_journal.core.pipeline import STAGE_OUTCOMES
from interview_journal.core.sample import generate_sample
from interview_journal.core.search import GlobalHit
from interview_journal.core.services import Services
from interview_journal.core.validation import LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX
from interview_journal.core.vocabulary import (
    PERSON_KINDS,
    QUESTION_CATEGORIES,
    RESEARCH_TOPICS,
    ROUND_KINDS,
)
from interview_journal.storage.errors import JournalError
from interview_journal.storage.journal import Journal
from interview_journal.storage.search import HIGHLIGHT_END, HIGHLIGHT_START
from interview_journal.storage.tables import (
    DOMAIN_TABLES,
    Application,
    Company,
    InterviewRound,
    Person,
    Question,
    Reminder,
    ResearchNote,
)

T = TypeVar("T")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
# Messages go to the status bar or a dialog line: one sentence, never a quoted blob.
MESSAGE_MAX = 400

# Text that has broken parsers, FTS5 queries, SQL and layouts somewhere.
NASTY = (
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x00Q: hidden marker",
    "\t\r\n\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029",
    "\u202eevil\u202c",
    "\u200f\u200e\u061c",
    "שלום עולם",
    "مرحبا بالعالم",
    "👩\u200d💻👨\u200d👩\u200d👧\u200d👦🏳️\u200d🌈",
    "e\u0301",
    "\u0301\u0308\u0337",
    "\ufeff",
    "\ufffd\uffff",
    '"',
    '""',
    '"unclosed',
    "*",
    "a*",
    "NEAR(",
    "NEAR(a b, 2)",
    "AND OR NOT",
    "^start",
    "col:val",
    "title:",
    "-minus",
    "+plus",
    "(",
    ")",
    "{a b}",
    "a' OR '1'='1",
    "'); DROP TABLE company; --",
    "Robert'); DELETE FROM note_line;--",
    "%_\\",
    "NULL",
    "=1+1",
    "DK:",
    "q: ",
    "c++ node.js O'Reilly",
)
piece = st.one_of(st.sampled_from(NASTY), st.text(max_size=12))
texts = st.one_of(
    st.text(max_size=300),
    st.sampled_from(NASTY),
    st.lists(piece, min_size=1, max_size=8).map("".join),
    # Just over and under the limits the services enforce.
    st.sampled_from([NAME_MAX, NAME_MAX + 1, SHORT_TEXT_MAX, SHORT_TEXT_MAX + 1]).flatmap(
        lambda n: st.sampled_from(["x" * n, " " * 3 + "é" * n, "\x00" + "y" * n])
    ),
)
# Moments across the whole range a datetime holds, with and without a time zone.
zones: st.SearchStrategy[tzinfo | None] = st.sampled_from(
    [UTC, timezone(timedelta(hours=14)), timezone(-timedelta(hours=12, minutes=30)), None]
)
moments = st.one_of(
    st.builds(lambda moment, zone: moment.replace(tzinfo=zone), st.datetimes(), zones),
    st.builds(
        lambda moment, zone: moment.replace(tzinfo=zone),
        st.datetimes(min_value=datetime(1899, 12, 31), max_value=datetime(2200, 1, 2)),
        zones,
    ),
    st.sampled_from(
        [
            datetime.min.replace(tzinfo=timezone(timedelta(hours=1))),
            datetime.max.replace(tzinfo=timezone(-timedelta(hours=1))),
            NOW,
            NOW + timedelta(days=3),
        ]
    ),
)

SETTINGS = settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ------------------------------------------------------------------ helpers
def journal_state(journal: Journal) -> tuple[dict[str, int], str]:
    """Row counts per table and a hash of every row: equal states, equal journals.

    Plain SQL on one read transaction: each fresh journal has a new engine, whose
    statement cache starts empty, and compiling the ORM reads dominated the run.
    """
    counts: dict[str, int] = {}
    digest = hashlib.sha256()
    with journal.engine.connect() as connection:
        connection.exec_driver_sql("BEGIN")
        for model in DOMAIN_TABLES:
            name = str(model.__tablename__)
            rows = connection.exec_driver_sql(f"SELECT * FROM {name} ORDER BY 1").all()
            counts[name] = len(rows)
            digest.update(repr((name, rows)).encode("utf-8", "surrogatepass"))
        connection.rollback()
    return counts, digest.hexdigest()


def table_counts(journal: Journal) -> dict[str, int]:
    return {str(model.__tablename__): journal.count(model) for model in DOMAIN_TABLES}


@contextmanager
def fresh() -> Iterator[Services]:
    journal = Journal.in_memory()
    try:
        yield Services.over(journal)
    finally:
        journal.close()


class RefusedError(Exception):
    """The call was refused with a user-facing error (and the journal checked unchanged)."""


def attempt(journal: Journal, action: Callable[[], T]) -> T:
    """``action()``; a JournalError becomes RefusedError once the journal is proved unchanged.

    Any other exception propagates and fails the test: that is the property.
    """
    before = journal_state(journal)
    try:
        return action()
    except JournalError as error:
        message = str(error)
        assert message.strip(), "a refusal must say why"
        assert "\n" not in message and len(message) <= MESSAGE_MAX, message[:500]
        assert journal_state(journal) == before, f"refused ({message}) but the journal changed"
        raise RefusedError(message) from error


def no_nul(text: str) -> str:
    return text.replace("\x00", "")


def one_line(text: str) -> str:
    """The documented normalisation of a name: NUL gone, whitespace runs to one space."""
    return " ".join(no_nul(text).split())


def stripped(text: str) -> str:
    return no_nul(text).strip()


def short_ok(text: str) -> bool:
    return len(stripped(text)) <= SHORT_TEXT_MAX


def name_ok(text: str) -> bool:
    return 0 < len(one_line(text)) <= NAME_MAX


def long_ok(text: str) -> bool:
    return len(no_nul(text)) <= LONG_TEXT_MAX


def moment_ok(moment: datetime, *, naive_is_utc: bool = False) -> bool:
    if moment.utcoffset() is None:
        if not naive_is_utc:
            return False
        moment = moment.replace(tzinfo=UTC)
    try:
        utc_moment = moment.astimezone(UTC)
    except OverflowError:
        return False
    return datetime(1900, 1, 1, tzinfo=UTC) <= utc_moment < datetime(2200, 1, 1, tzinfo=UTC)


def expect(ok: bool, action: Callable[[], T], journal: Journal) -> T | None:
    """Run ``action``; it must succeed exactly when the input is within the rules."""
    refusal = ""
    try:
        result = attempt(journal, action)
    except RefusedError as error:
        refusal = str(error)
    if refusal:
        assert not ok, f"valid input was refused: {refusal}"
        return None
    assert ok, "input outside the rules was accepted"
    return result


COMPANY_SHORT_FIELDS = ("website", "industry", "size", "locations", "remote_policy", "gut_verdict")
company_fields = st.dictionaries(
    st.sampled_from((*COMPANY_SHORT_FIELDS, "summary")), texts, max_size=4
)


def company_fields_ok(fields: dict[str, str]) -> bool:
    return all(
        long_ok(value) if key == "summary" else short_ok(value) for key, value in fields.items()
    )


def assert_company_fields(company: Company, fields: dict[str, str]) -> None:
    for key, value in fields.items():
        expected = no_nul(value) if key == "summary" else stripped(value)
        assert getattr(company, key) == expected, key


# ---------------------------------------------------------------- companies
@SETTINGS
@given(name=texts, fields=company_fields)
def test_a_company_is_stored_as_typed_or_refused_untouched(
    name: str, fields: dict[str, str]
) -> None:
    with fresh() as services:
        ok = name_ok(name) and company_fields_ok(fields)
        company = expect(
            ok, lambda: services.research.add_company(name, **fields), services.journal
        )
        if company is None:
            return
        stored = services.journal.get(Company, company.id)
        assert stored.name == one_line(name)
        assert_company_fields(stored, fields)
        assert services.research.find_company(name) is not None


@SETTINGS
@given(name=st.none() | texts, fields=company_fields)
def test_a_company_update_is_all_or_nothing(name: str | None, fields: dict[str, str]) -> None:
    with fresh() as services:
        company = services.research.add_company("Acme", summary="Robots")
        changes = dict(fields) if name is None else {**fields, "name": name}
        ok = (name is None or name_ok(name)) and company_fields_ok(fields)
        updated = expect(
            ok, lambda: services.research.update_company(company.id, **changes), services.journal
        )
        if updated is None:
            return
        stored = services.journal.get(Company, company.id)
        assert stored.name == ("Acme" if name is None else one_line(name))
        assert_company_fields(stored, fields)


# ------------------------------------------------------------ research notes
def expected_topic(topic: str) -> str | None:
    """The topic stored for what was typed, or None when it must be refused."""
    cleaned = " ".join(topic.split())
    if not cleaned:
        return "other"
    if cleaned in RESEARCH_TOPICS:
        return cleaned
    return one_line(cleaned) if name_ok(cleaned) else None


@SETTINGS
@given(
    topic=st.sampled_from(list(RESEARCH_TOPICS)) | texts,
    title=texts,
    body=texts,
    source=texts,
    source_date=st.none() | st.dates(),
    edit=st.none() | texts,
)
def test_a_research_note_is_stored_as_typed_or_refused_untouched(
    *, topic: str, title: str, body: str, source: str, source_date: date | None, edit: str | None
) -> None:
    with fresh() as services:
        company = services.research.add_company("Acme")
        topic_key = expected_topic(topic)
        ok = topic_key is not None and short_ok(title) and long_ok(body) and short_ok(source)
        note = expect(
            ok,
            lambda: services.research.add_note(
                company.id, topic, title=title, body=body, source=source, source_date=source_date
            ),
            services.journal,
        )
        if note is None:
            return
        stored = services.journal.get(ResearchNote, note.id)
        assert (stored.topic, stored.title, stored.body, stored.source, stored.source_date) == (
            topic_key,
            stripped(title),
            no_nul(body),
            stripped(source),
            source_date,
        )
        if edit is not None:
            changed = expect(
                long_ok(edit) and short_ok(edit),
                lambda: services.research.update_note(note.id, title=edit, body=edit),
                services.journal,
            )
            after = services.journal.get(ResearchNote, note.id)
            if changed is None:
                assert (after.title, after.body) == (stored.title, stored.body)
            else:
                assert (after.title, after.body) == (stripped(edit), no_nul(edit))


# ------------------------------------------------------------------ contacts
@SETTINGS
@given(
    name=texts,
    title=texts,
    phone=texts,
    notes=texts,
    email=texts | st.sampled_from(["a@b.co", " name@example.com ", "x@y", "@b.c", "a b@c.d"]),
    profile=texts
    | st.sampled_from(
        ["linkedin.com/in/x", "https://a.b/c", "javascript:alert(1)", "file:///etc", "a..b"]
    ),
    kind=st.sampled_from(list(PERSON_KINDS)) | texts,
    cadence=st.none() | st.integers(min_value=-(2**70), max_value=2**70),
    last_contact=st.none() | moments,
)
def test_a_contact_is_stored_as_typed_or_refused_untouched(
    *,
    name: str,
    title: str,
    phone: str,
    notes: str,
    email: str,
    profile: str,
    kind: str,
    cadence: int | None,
    last_contact: datetime | None,
) -> None:
    with fresh() as services:
        fields: dict[str, Any] = {
            "title": title,
            "phone": phone,
            "notes": notes,
            "email": email,
            "profile_url": profile,
            "kind": kind,
            "stay_in_touch_days": cadence,
            "last_contact_at": last_contact,
        }
        try:
            person = attempt(services.journal, lambda: services.contacts.add(name, **fields))
        except RefusedError:
            # Refusing is right only when some field breaks a rule the test can see.
            assert not (
                name_ok(name)
                and all(short_ok(v) for v in (title, phone))
                and long_ok(notes)
                and not stripped(email)
                and not stripped(profile)
                and kind in PERSON_KINDS
                and (cadence is None or 1 <= cadence <= 730)
                and (last_contact is None or moment_ok(last_contact))
            )
            return
        assert kind in PERSON_KINDS and name_ok(name)
        assert cadence is None or 1 <= cadence <= 730
        assert last_contact is None or moment_ok(last_contact)
        stored = services.journal.get(Person, person.id)
        assert (stored.name, stored.title, stored.phone, stored.notes) == (
            one_line(name),
            stripped(title),
            stripped(phone),
            no_nul(notes),
        )
        assert stored.email == stripped(email)
        assert stored.email == "" or "@" in stored.email
        assert stored.profile_url == "" or re.match(r"https?://\S", stored.profile_url)
        assert stored.stay_in_touch_days == cadence
        # The list reads back every contact, whatever the text (search included).
        assert [row.id for row in services.contacts.contacts()] == [person.id]
        services.contacts.contacts(query=name)
        try:
            attempt(services.journal, lambda: services.contacts.update(person.id, name=notes))
        except RefusedError:
            assert not name_ok(notes)
        else:
            assert services.journal.get(Person, person.id).name == one_line(notes)


# --------------------------------------------------------- applications, stages
@SETTINGS
@given(
    role=texts,
    source=texts,
    link=texts,
    notes=texts,
    applied=st.none() | moments,
    stage_name=texts,
    outcome=st.sampled_from(list(STAGE_OUTCOMES)) | texts,
)
def test_an_application_and_its_stage_changes_are_all_or_nothing(
    *,
    role: str,
    source: str,
    link: str,
    notes: str,
    applied: datetime | None,
    stage_name: str,
    outcome: str,
) -> None:
    with fresh() as services:
        pipeline, journal = services.pipeline, services.journal
        company = services.research.add_company("Acme")
        stages = pipeline.stages()
        role_ok = short_ok(role) and "\n" not in stripped(role)
        ok = (
            role_ok
            and short_ok(source)
            and short_ok(link)
            and long_ok(notes)
            # Naive times are taken as UTC (the pipeline's documented rule).
            and (applied is None or moment_ok(applied, naive_is_utc=True))
        )
        application = expect(
            ok,
            lambda: pipeline.add_application(
                company.id, role, applied, source=source, link=link, notes=notes
            ),
            journal,
        )
        if application is not None:
            stored = journal.get(Application, application.id)
            assert (stored.role, stored.source, stored.link, stored.notes) == (
                stripped(role),
                stripped(source),
                stripped(link),
                no_nul(notes),
            )
            pipeline.move(application.id, stages[-1].id, now=NOW)
            pipeline.move(application.id, stages[1].id, now=NOW)
            assert journal.get(Application, application.id).closed_at is None
            pipeline.close_no_response(application.id, now=NOW)
        unique = name_ok(stage_name) and one_line(stage_name).casefold() not in {
            s.name.casefold() for s in stages
        }
        stage = expect(
            unique and outcome in STAGE_OUTCOMES,
            lambda: pipeline.add_stage(stage_name, outcome),
            journal,
        )
        if stage is not None:
            assert stage.name == one_line(stage_name)
            renamed = (stage.name + " 2")[-NAME_MAX:]
            expect(True, lambda: pipeline.rename_stage(stage.id, renamed), journal)
        board = pipeline.board(now=NOW)
        assert board.total == journal.count(Application)


# ----------------------------------------------------------------- reminders
@SETTINGS
@given(
    title=texts,
    body=texts,
    due=moments,
    kind=st.sampled_from(["other", "prepare", "follow_up"]) | texts,
)
def test_a_reminder_is_stored_as_typed_or_refused_untouched(
    title: str, body: str, due: datetime, kind: str
) -> None:
    with fresh() as services:
        ok = (
            short_ok(title)
            and name_ok(title)
            and short_ok(body)
            and kind in ("other", "prepare")
            and moment_ok(due)
            and due.astimezone(UTC) >= NOW - timedelta(days=2)  # today, in any zone
        )
        reminder = attempt_lenient(
            services.journal,
            lambda: services.reminders.add(title, due, body=body, kind=kind, now=NOW),
        )
        if reminder is None:
            # A moment earlier today in the machine's zone may be refused too.
            assert not ok or due.astimezone(UTC) < NOW + timedelta(days=1)
            return
        assert ok
        stored = services.journal.get(Reminder, reminder.id)
        assert (stored.title, stored.body) == (one_line(title), stripped(body))
        assert stored.due_at == due.astimezone(UTC)
        services.reminders.items(NOW)  # the list reads it back, whatever the text


def attempt_lenient(journal: Journal, action: Callable[[], T]) -> T | None:
    """``attempt`` where the test cannot tell exactly which inputs a rule refuses."""
    try:
        return attempt(journal, action)
    except RefusedError:
        return None


# ---------------------------------------------------------------------- live
@SETTINGS
@given(
    company_name=texts,
    kind=st.sampled_from(list(ROUND_KINDS)) | texts,
    lines=st.lists(texts, max_size=5),
    attendee=texts,
    review=texts,
)
def test_live_lines_and_round_details_read_back_as_typed(
    company_name: str, kind: str, lines: list[str], attendee: str, review: str
) -> None:
    with fresh() as services:
        live, journal = services.live, services.journal
        named = bool(company_name.strip())
        session = expect(
            not named or name_ok(company_name),
            lambda: live.start(company_name=company_name, kind=kind, now=NOW),
            journal,
        )
        if session is None:
            return
        assert session.round.kind == (kind if kind in ROUND_KINDS else "other")
        if named:
            assert session.company is not None and session.company.name == one_line(company_name)
        rows = [(f"line-{n}", float(n + 1), n * 1000, text) for n, text in enumerate(lines)]
        refused = attempt(journal, lambda: live.save_lines(session.round.id, rows))
        assert [r.id for r in refused] == [row[0] for row in rows if not long_ok(row[3])]
        stored = live.lines(session.round.id)
        kept = [row for row in rows if long_ok(row[3])]
        assert [(line.id, line.text) for line in stored] == [(r[0], no_nul(r[3])) for r in kept]
        for line in stored:
            # The marker follows from the text as stored (and as the pad shows it).
            assert line.marker == marker_of(line.text), (line.text[:40], line.marker)
        name, _, role = attendee.partition(",")
        added = expect(
            name_ok(name) and short_ok(role),
            lambda: live.add_attendee(session.round.id, attendee),
            journal,
        )
        if added is not None:
            assert journal.get(Person, added.person.id).name == one_line(name)
            assert [a.role_in_round for a in live.attendees(session.round.id)] == [stripped(role)]
        expect(
            long_ok(review) and short_ok(review),
            lambda: live.save_review(
                session.round.id,
                how_it_went=review,
                energy=3,
                answer_differently=review,
                next_step=review,
            ),
            journal,
        )
        live.end(session.round.id, now=NOW)
        digest = live.digest(session.round.id)
        assert digest.line_count == sum(1 for r in kept if no_nul(r[3]).strip())
        assert journal.get(InterviewRound, session.round.id).ended_at is not None


# ----------------------------------------------------------------- questions
def expected_category(category: str) -> str | None:
    cleaned = one_line(category)
    if not cleaned or cleaned in QUESTION_CATEGORIES:
        return cleaned
    for key, text in QUESTION_CATEGORIES.items():
        if cleaned.casefold() in (key, text.casefold()):
            return key
    return cleaned if len(cleaned) <= NAME_MAX else None


@SETTINGS
@given(
    text=texts,
    category=st.sampled_from([*QUESTION_CATEGORIES, *QUESTION_CATEGORIES.values()]) | texts,
    round_kind=st.sampled_from(["", *ROUND_KINDS]) | texts,
    edit=texts,
)
def test_a_question_is_stored_as_typed_or_refused_untouched(
    text: str, category: str, round_kind: str, edit: str
) -> None:
    with fresh() as services:
        key = expected_category(category)
        ok = (
            short_ok(text)
            and bool(one_line(text))
            and key is not None
            and round_kind.strip() in ("", *ROUND_KINDS)
        )
        question = expect(
            ok,
            lambda: services.questions.add(text, category=category, round_kind=round_kind),
            services.journal,
        )
        if question is None:
            return
        stored = services.journal.get(Question, question.id)
        assert (stored.text, stored.category, stored.round_kind) == (
            one_line(text),
            key,
            round_kind.strip(),
        )
        changed = expect(
            short_ok(edit) and bool(one_line(edit)),
            lambda: services.questions.update(question.id, text=edit),
            services.journal,
        )
        assert services.journal.get(Question, question.id).text == (
            one_line(edit) if changed is not None else stored.text
        )


# -------------------------------------------------------------------- search
@pytest.fixture(scope="module")
def sample_services() -> Iterator[Services]:
    """The small sample, shared read-only by the search properties."""
    journal = Journal.in_memory()
    generate_sample(journal, "small", now=NOW)
    yield Services.over(journal)
    journal.close()


def balanced(text: str) -> bool:
    depth = 0
    for character in text:
        if character == HIGHLIGHT_START:
            depth += 1
        elif character == HIGHLIGHT_END:
            depth -= 1
        if depth not in (0, 1):
            return False
    return depth == 0


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=texts | st.lists(piece, min_size=1, max_size=12).map(" ".join))
def test_any_query_searches_the_whole_journal(sample_services: Services, query: str) -> None:
    before = table_counts(sample_services.journal)
    hits: list[GlobalHit] = sample_services.search.everything(query)
    for hit in hits:
        assert balanced(hit.title) and balanced(hit.snippet), hit
    for found in sample_services.search.research(query):
        assert found.company_name and balanced(found.title), found
    assert table_counts(sample_services.journal) == before  # searching writes nothing


@SETTINGS
@given(before=texts, after=texts, name=texts)
def test_a_word_among_any_text_is_found(before: str, after: str, name: str) -> None:
    assume(long_ok(before + after))
    with fresh() as services:
        company = services.research.add_company(name if name_ok(name) else "Acme")
        body = f"{before}\n zebrawort.\n{after}"
        note = services.research.add_note(company.id, "values", body=body)
        hits = services.search.everything("zebrawort")
        assert ("research_note", note.id) in {hit.target for hit in hits}
        assert [hit.company_id for hit in services.search.research("zebrawort")] == [company.id]


huge_texts = st.tuples(
    st.sampled_from(["x", "é ", "🚀", "\u202e", "NEAR( ", '"', "\x00", "e\u0301 ", "Q: a\n"]),
    st.integers(min_value=LONG_TEXT_MAX // 3, max_value=3 * LONG_TEXT_MAX),
).map(lambda pair: (pair[0] * (pair[1] // len(pair[0]) + 1))[: pair[1]])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(huge=huge_texts)
def test_huge_texts_are_stored_whole_or_refused_whole(huge: str) -> None:
    with fresh() as services:
        journal = services.journal
        company = services.research.add_company("Acme")
        # A pasted page as the query is cut to its first words; searched before the page
        # is stored, as FTS5's snippet() takes minutes over a row with 100,000 matches
        # (reported to the lead: that is the search code's to fix, not this test's).
        services.search.everything(huge)
        services.search.research(huge)
        note = expect(
            long_ok(huge),
            lambda: services.research.add_note(company.id, "other", body=huge),
            journal,
        )
        if note is not None:
            assert journal.get(ResearchNote, note.id).body == no_nul(huge)
        expect(False, lambda: services.research.add_company(huge), journal)
        session = services.live.start(company_name="Acme", now=NOW)
        rows = [("l", 1.0, 0, huge)]
        refused = attempt(journal, lambda: services.live.save_lines(session.round.id, rows))
        assert bool(refused) == (not long_ok(huge))
        stored = [line.text for line in services.live.lines(session.round.id)]
        assert stored == ([] if refused else [no_nul(huge)])
