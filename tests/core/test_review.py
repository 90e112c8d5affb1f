"""Looking back: past interviews, replay, questions, the study list and its ticks."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from interview_journal.core.pipeline import PipelineService
from interview_journal.core.review import (
    ASKED_BY_ME,
    ASKED_OF_ME,
    MAX_STUDIED_IDS,
    STUDIED_SETTING,
    LineFact,
    PastInterview,
    QuestionOccurrence,
    ReviewService,
    StudyOccurrence,
    answers_by_question,
    filter_interviews,
    format_clock,
    format_elapsed,
    group_questions,
    parse_studied,
    replay_lines,
    study_topics,
    topic_key,
    updated_studied,
)
from interview_journal.core.vocabulary import NO_RESPONSE_REASON
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import (
    Application,
    Company,
    Interaction,
    InterviewRound,
    NoteLine,
    Offer,
    Question,
    QuestionAsked,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


# ----------------------------------------------------------- pure functions
def test_elapsed_times_read_as_minutes_then_hours() -> None:
    assert format_elapsed(0) == "0:00"
    assert format_elapsed(59_999) == "0:59"
    assert format_elapsed(61_000) == "1:01"
    assert format_elapsed(3_599_000) == "59:59"
    assert format_elapsed(3_600_000) == "1:00:00"
    assert format_elapsed(3_661_000) == "1:01:01"
    assert format_elapsed(-5) == "0:00"


def test_replay_orders_lines_skips_blank_ones_and_adds_the_clock() -> None:
    start = at(date(2026, 2, 3), 14, 0)
    lines = [
        NoteLine(id="b", round_id="r", position=2.0, elapsed_ms=95_000, text="Q: why us?"),
        NoteLine(id="a", round_id="r", position=1.0, elapsed_ms=1_000, text="Hello"),
        NoteLine(id="c", round_id="r", position=3.0, elapsed_ms=100_000, text="   "),
    ]
    replayed = replay_lines(lines, start)
    assert [line.id for line in replayed] == ["a", "b"]
    assert replayed[1].clock == start + timedelta(seconds=95)
    assert replayed[1].elapsed_text == "1:35"
    assert format_clock(replayed[1].clock, UTC) == "14:01"
    assert replay_lines(lines, None)[0].clock is None
    assert format_clock(None) == ""


def test_replay_lines_show_their_marker() -> None:
    lines = [
        NoteLine(id="a", round_id="r", position=1.0, marker="did_not_know", text="DK: raft"),
        NoteLine(id="b", round_id="r", position=2.0, marker="", text="plain"),
    ]
    first, second = replay_lines(lines, None)
    assert (first.glyph, first.marker_label) == ("✎", "Did not know")
    assert (second.glyph, second.marker_label) == ("", "")


def test_topic_key_ignores_prefix_case_spacing_asides_and_closing_punctuation() -> None:
    assert topic_key("Q: How do you   ship?") == "how do you ship"
    assert topic_key("q:how do you SHIP (Sam asked; wants specifics)") == "how do you ship"
    assert topic_key("DK: Raft consensus.") == topic_key("dk:  raft CONSENSUS")
    assert topic_key("Q: Ｃafé?") == "café"  # full-width letters fold (NFKC)
    assert topic_key("Q:   ") == ""


def test_answers_are_the_answer_lines_up_to_the_next_question() -> None:
    lines = [
        LineFact("q1", "r1", 1.0, "question", "Q: Tell me about a failure"),
        LineFact("a1", "r1", 2.0, "answer", "A: The rollback"),
        LineFact("d1", "r1", 3.0, "did_not_know", "DK: their deploy tool"),
        LineFact("q2", "r1", 4.0, "question", "Q: Why us?"),
        LineFact("a0", "r2", 0.5, "answer", "A: an answer with no question before it"),
        LineFact("q3", "r2", 1.0, "question", "Q: Salary?"),
    ]
    assert answers_by_question(reversed(lines)) == {
        "q1": "A: The rollback\nDK: their deploy tool",
        "q2": "",
        "q3": "",
    }


def occurrence(round_id: str, company: str, day: int, answer: str = "") -> QuestionOccurrence:
    return QuestionOccurrence(round_id, company, "technical", at(date(2026, 1, day)), answer)


def test_questions_group_by_wording_most_asked_then_most_recent() -> None:
    groups = group_questions(
        [
            ("Q: Why us?", occurrence("r1", "Acme", 5)),
            ("Q: why   US (Sam asked)", occurrence("r2", "Basalt", 9)),
            ("Q: Why us", occurrence("r3", "Acme", 12)),
            ("Q: Tell me about a failure.", occurrence("r4", "Ember", 20)),
            ("Q: How do you test?", occurrence("r5", "Ember", 1)),
            ("Q:", occurrence("r6", "Ember", 1)),
        ],
        ASKED_OF_ME,
    )
    assert [(g.text, g.count) for g in groups] == [
        ("Why us", 3),
        ("Tell me about a failure.", 1),
        ("How do you test?", 1),
    ]
    assert groups[0].companies == ("Acme", "Basalt")
    assert groups[0].last_asked == at(date(2026, 1, 12))
    assert groups[0].asked_by == ASKED_OF_ME


def test_study_topics_merge_repeats_and_are_studied_only_when_every_line_is() -> None:
    def seen(line_id: str, company: str, day: int) -> StudyOccurrence:
        return StudyOccurrence(line_id, f"r{line_id}", company, "technical", at(date(2026, 1, day)))

    items = [
        ("DK: Raft consensus", seen("1", "Acme", 3)),
        ("dk: raft  consensus.", seen("2", "Basalt", 8)),
        ("DK: Bloom filters", seen("3", "Acme", 9)),
    ]
    topics = study_topics(items, studied_ids={"1", "3"})
    assert [(t.text, t.count, t.studied) for t in topics] == [
        ("raft consensus.", 2, False),
        ("Bloom filters", 1, True),
    ]
    assert topics[0].line_ids == ("2", "1")
    assert topics[0].companies == ("Basalt", "Acme")
    assert study_topics(items, {"1", "2", "3"})[0].studied
    assert study_topics([], set()) == []


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("", []),
        ("{", []),
        ('{"a": 1}', []),
        ('[1, "x", null, "", "' + "y" * 100 + '"]', ["x"]),
        ('["a", "b"]', ["a", "b"]),
    ],
)
def test_a_damaged_studied_setting_counts_as_nothing_ticked(
    stored: str, expected: list[str]
) -> None:
    assert parse_studied(stored) == expected


def test_ticks_are_kept_once_in_order_and_bounded() -> None:
    assert updated_studied(["a", "b"], ["c", "a"], True) == ["b", "c", "a"]
    assert updated_studied(["a", "b", "c"], ["b"], False) == ["a", "c"]
    assert updated_studied(["a", "a"], [], True) == ["a"]
    # Past the limit, ticks of lines gone from the journal go first, then the oldest.
    assert updated_studied(["gone", "a", "b"], ["c"], True, existing={"a", "b", "c"}, limit=3) == [
        "a",
        "b",
        "c",
    ]
    assert updated_studied(["a", "b", "c"], ["d"], True, existing=None, limit=3) == ["b", "c", "d"]


def interview(
    round_id: str, company: str, kind: str, role: str = "", review: str = ""
) -> PastInterview:
    return PastInterview(
        round_id, None, f"id-{company}", company, role, kind, "", None, None, None, "", review,
        None, "", "", 0, 0,
    )  # fmt: skip


def test_filter_interviews_by_company_kind_and_words() -> None:
    rows = [
        interview("1", "Café Numérique", "technical", "Backend", "Rushed the design part"),
        interview("2", "Basalt", "technical", "Frontend", "Calm and clear"),
        interview("3", "Basalt", "screening", "Frontend", ""),
    ]
    assert [r.round_id for r in filter_interviews(rows, company_id="id-Basalt")] == ["2", "3"]
    assert [r.round_id for r in filter_interviews(rows, kind="technical")] == ["1", "2"]
    assert [r.round_id for r in filter_interviews(rows, text="cafe design")] == ["1"]
    assert [r.round_id for r in filter_interviews(rows, text="FRONT")] == ["2", "3"]
    assert filter_interviews(rows, text="'; DROP TABLE interview_round; --") == []
    assert len(filter_interviews(rows, text="   ")) == 3


# --------------------------------------------------------------- the service
class Search:
    """A small search written straight into the journal, with known moments."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.acme = journal.add(Company(name="Acme"))
        self.basalt = journal.add(Company(name="Basalt"))
        self.app_acme = journal.add(
            Application(company_id=self.acme.id, role="Backend", applied_at=at(date(2026, 1, 5)))
        )
        self.app_basalt = journal.add(
            Application(
                company_id=self.basalt.id, role="Platform", applied_at=at(date(2026, 1, 12))
            )
        )
        self.screening = self.round(self.app_acme, "screening", at(date(2026, 1, 14), 9), True)
        self.technical = self.round(self.app_acme, "technical", at(date(2026, 2, 2), 14), True)
        self.future = self.round(self.app_acme, "final", at(date(2026, 3, 20), 10), False)
        self.basalt_first = self.round(self.app_basalt, "first", at(date(2026, 2, 10), 11), True)
        self.lines(
            self.screening,
            ["Intro call", "Q: Why us?", "A: Your product", "DK: Raft consensus"],
        )
        self.lines(
            self.technical,
            [
                "Q: why us (asked again)",
                "A: The team",
                "Q: Tell me about a failure",
                "DK: raft consensus.",
            ],
        )
        self.lines(self.basalt_first, ["Q: Why us?", "A: Growth", "DK: Bloom filters", ""])

    def round(
        self, application: Application, kind: str, start: datetime, held: bool
    ) -> InterviewRound:
        return self.journal.add(
            InterviewRound(
                application_id=application.id,
                kind=kind,
                scheduled_at=start,
                started_at=start if held else None,
                ended_at=start + timedelta(minutes=45) if held else None,
                created_at=start - timedelta(days=3),
                outcome="passed" if held else "",
                self_review="Calm.\nGood questions at the end." if held else "",
                energy=4 if held else None,
            )
        )

    def lines(self, interview_round: InterviewRound, texts: list[str]) -> None:
        from interview_journal.core.notes import marker_of

        self.journal.add_all(
            [
                NoteLine(
                    round_id=interview_round.id,
                    position=float(number),
                    elapsed_ms=number * 65_000,
                    marker=marker_of(text),
                    text=text,
                )
                for number, text in enumerate(texts, start=1)
            ]
        )


@pytest.fixture
def search(journal: Journal) -> Search:
    return Search(journal)


@pytest.fixture
def review(journal: Journal) -> ReviewService:
    return ReviewService(journal, clock=lambda: NOW)


def test_past_interviews_are_those_that_happened_newest_first(
    search: Search, review: ReviewService
) -> None:
    rows = review.interviews()
    assert [r.round_id for r in rows] == [
        search.basalt_first.id,
        search.technical.id,
        search.screening.id,
    ]
    first = rows[0]
    assert (first.company_name, first.role, first.kind_label) == (
        "Basalt",
        "Platform",
        "First interview",
    )
    assert (first.note_lines, first.did_not_know) == (4, 1)
    assert first.self_review_summary == "Calm."
    assert first.outcome == "passed" and first.energy == 4


def test_a_scheduled_round_counts_once_its_time_has_passed(
    search: Search, journal: Journal
) -> None:
    later = ReviewService(journal, clock=lambda: datetime(2026, 3, 21, tzinfo=UTC))
    assert search.future.id in [r.round_id for r in later.interviews()]


def test_no_interviews_in_an_empty_journal(review: ReviewService) -> None:
    assert review.interviews() == []
    assert review.questions() == []
    assert review.study_list() == []


def test_replay_of_one_round(search: Search, review: ReviewService, journal: Journal) -> None:
    question = journal.add(Question(text="What is a normal week?"))
    journal.add(
        QuestionAsked(
            question_id=question.id, round_id=search.technical.id, answer_note="Mostly pairing"
        )
    )
    replay = review.replay(search.technical.id)
    assert [line.text for line in replay.lines] == [
        "Q: why us (asked again)",
        "A: The team",
        "Q: Tell me about a failure",
        "DK: raft consensus.",
    ]
    assert [line.elapsed_text for line in replay.lines] == ["1:05", "2:10", "3:15", "4:20"]
    assert replay.lines[0].clock == at(date(2026, 2, 2), 14) + timedelta(seconds=65)
    assert replay.lines[3].marker == "did_not_know"
    assert [(a.text, a.answer_note) for a in replay.asked] == [
        ("What is a normal week?", "Mostly pairing")
    ]
    assert replay.interview.company_name == "Acme"


def test_questions_across_interviews_with_what_i_answered(
    search: Search, review: ReviewService, journal: Journal
) -> None:
    bank = journal.add(Question(text="How do teams plan?"))
    for interview_round, note in ((search.screening, "Quarterly"), (search.basalt_first, "")):
        journal.add(
            QuestionAsked(question_id=bank.id, round_id=interview_round.id, answer_note=note)
        )
    groups = review.questions()
    assert [(g.text, g.asked_by, g.count) for g in groups] == [
        ("Why us?", ASKED_OF_ME, 3),
        ("How do teams plan?", ASKED_BY_ME, 2),
        ("Tell me about a failure", ASKED_OF_ME, 1),
    ]
    why = groups[0]
    assert why.companies == ("Basalt", "Acme")
    assert why.last_asked == at(date(2026, 2, 10), 11)
    answered = review.with_answers(why.occurrences)
    # A "did not know" after the question is part of how it was answered.
    assert [o.answer for o in answered] == [
        "A: Growth\nDK: Bloom filters",
        "A: The team",
        "A: Your product\nDK: Raft consensus",
    ]
    assert [o.company_name for o in groups[1].occurrences] == ["Basalt", "Acme"]
    assert {o.answer for o in groups[1].occurrences} == {"Quarterly", ""}


def test_study_list_merges_topics_and_remembers_ticks(
    search: Search, review: ReviewService, journal: Journal
) -> None:
    topics = review.study_list()
    assert [(t.text, t.count, t.studied) for t in topics] == [
        ("raft consensus.", 2, False),
        ("Bloom filters", 1, False),
    ]
    assert [o.company_name for o in topics[0].occurrences] == ["Acme", "Acme"]
    review.set_studied(topics[0].line_ids, True)
    again = ReviewService(journal, clock=lambda: NOW).study_list()
    assert [(t.text, t.studied) for t in again] == [
        ("raft consensus.", True),
        ("Bloom filters", False),
    ]
    assert json.loads(journal.setting(STUDIED_SETTING)) == list(topics[0].line_ids)
    review.set_studied(topics[0].line_ids, False)
    assert not review.study_list()[0].studied


def test_a_new_did_not_know_on_a_studied_topic_brings_it_back(
    search: Search, review: ReviewService
) -> None:
    topic = review.study_list()[0]
    review.set_studied(topic.line_ids, True)
    search.lines(search.basalt_first, ["DK: Raft consensus"])
    assert review.study_list()[0].studied is False


def test_the_studied_setting_stays_bounded(
    search: Search, review: ReviewService, journal: Journal
) -> None:
    journal.set_setting(STUDIED_SETTING, json.dumps([f"old-{n}" for n in range(MAX_STUDIED_IDS)]))
    topic = review.study_list()[1]
    stored = review.set_studied(topic.line_ids, True)
    assert len(stored) <= MAX_STUDIED_IDS
    assert set(topic.line_ids) <= set(stored)
    assert review.study_list()[1].studied


def test_statistics_of_a_small_search(journal: Journal) -> None:
    pipeline = PipelineService(journal)
    stages = {s.name: s.id for s in pipeline.stages()}
    acme = journal.add(Company(name="Acme"))
    basalt = journal.add(Company(name="Basalt"))
    ember = journal.add(Company(name="Ember"))
    applied = at(date(2026, 2, 2))
    first = pipeline.add_application(acme.id, "Backend", applied)
    second = pipeline.add_application(basalt.id, "Platform", applied + timedelta(days=8))
    third = pipeline.add_application(ember.id, "Data", applied + timedelta(days=9))
    pipeline.move(first.id, stages["Screening"], now=applied + timedelta(days=3))
    pipeline.move(first.id, stages["Offer"], now=applied + timedelta(days=20))
    journal.add(Offer(application_id=first.id))
    pipeline.close_no_response(third.id, now=applied + timedelta(days=26))
    journal.add(
        Interaction(
            application_id=first.id, direction="in", occurred_at=applied + timedelta(days=2)
        )
    )
    journal.add(
        Interaction(
            application_id=second.id, direction="in", occurred_at=applied + timedelta(days=13)
        )
    )
    screening = journal.add(
        InterviewRound(
            application_id=first.id,
            kind="screening",
            created_at=applied + timedelta(days=2),
            scheduled_at=applied + timedelta(days=5),
            started_at=applied + timedelta(days=5),
            ended_at=applied + timedelta(days=5, hours=1),
        )
    )
    journal.add(
        InterviewRound(
            application_id=first.id,
            kind="technical",
            created_at=applied + timedelta(days=7),
            scheduled_at=applied + timedelta(days=12),
        )
    )
    stats = ReviewService(journal, clock=lambda: NOW).statistics(weeks=6, zone=UTC)
    assert [w.count for w in stats.weeks] == [0, 1, 2, 0, 0, 0]
    assert stats.weeks[-1].monday == date(2026, 3, 2)
    reach = {r.name: r.reached for r in stats.stages}
    assert reach == {
        "Interested": 3,
        "Applied": 3,
        "Screening": 1,
        "Interviewing": 1,
        "Offer": 1,
        "Accepted": 0,
    }
    kinds = {k.kind: (k.held, k.moved_on, k.stopped, k.waiting) for k in stats.round_kinds}
    assert kinds == {"screening": (1, 1, 0, 0), "technical": (1, 1, 0, 0)}
    assert stats.first_response.days == (2, 5)
    assert stats.first_response.median == 3.5
    # After the screening: the technical round was arranged a day and some hours later.
    assert screening.ended_at is not None
    assert stats.after_round.days == (1,)
    answers = stats.answers
    assert (answers.answered, answers.closed_unanswered, answers.waiting) == (2, 1, 0)
    assert answers.closed_no_response == 1
    assert journal.records(Application, id=third.id)[0].closed_reason == NO_RESPONSE_REASON
    assert (stats.applications, stats.rounds_held) == (3, 2)
    assert not stats.empty


def test_statistics_of_an_empty_journal(review: ReviewService) -> None:
    stats = review.statistics(weeks=4)
    assert stats.empty
    assert [w.count for w in stats.weeks] == [0, 0, 0, 0]
    assert stats.stages == () and stats.round_kinds == ()
    assert stats.first_response.median is None and stats.answers.rate is None


def test_unusual_text_is_kept_as_typed(search: Search, review: ReviewService) -> None:
    huge = "DK: " + "x" * 20_000
    search.lines(
        search.basalt_first,
        ["DK: 🙂 مرحبا بالعالم", 'Q: "O\'Reilly"; DROP TABLE note_line; --', huge],
    )
    texts = {t.text for t in review.study_list()}
    assert "🙂 مرحبا بالعالم" in texts
    assert "x" * 20_000 in texts
    keys = {g.key for g in review.questions()}
    assert '"o\'reilly"; drop table note_line; --' in keys
    assert [r.round_id for r in filter_interviews(review.interviews(), text="مرحبا")] == []
