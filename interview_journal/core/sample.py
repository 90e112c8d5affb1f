"""A realistic sample journal, to explore the app and to benchmark it at the scale it promises.

``generate_sample(journal, "small")`` writes a few months of one job search;
``"heavy"`` writes the scale of PRODUCT.md (300 companies, 1,000 applications, 3,000 rounds,
100,000 note lines, 20,000 timeline events). Everything comes from one ``random.Random(seed)``
and a "today" given by the caller (by default the fixed :data:`SAMPLE_NOW`, never the
clock), so the same size, seed and today give the same rows, ids included. The app passes
the real today, so the sample it opens has follow-ups due and processes going quiet now.
Every text is composed from the phrase banks below.

The timeline holds what the services would have recorded for the same history (applied,
rounds scheduled and held, follow-ups, contacts, stage changes, offers, rejections, silence,
research notes, companies added); one event per fact, so a held round shows once as
"Interview held" rather than also as "Interview started".
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, time, timedelta
from typing import Any, Literal

from sqlmodel import SQLModel

from interview_journal.core.errors import ValidationError
from interview_journal.core.notes import marker_of
from interview_journal.core.vocabulary import (
    DEFAULT_PIPELINE_STAGES,
    RESEARCH_TOPICS,
    ROUND_KINDS,
    english_label,
)
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import (
    DOMAIN_TABLES,
    Application,
    Company,
    NoteLine,
)

__all__ = ["SAMPLE_NOW", "SampleCounts", "SampleSize", "generate_sample"]

Row = dict[str, Any]
Progress = Callable[[str, int], None]

# The sample's "today": data runs up to here, a few rounds and deadlines lie after it.
SAMPLE_NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BATCH_ROWS = 10_000
QUIET_AFTER_DAYS = 21


@dataclass(frozen=True)
class SampleSize:
    companies: int
    applications: int
    rounds: int
    note_lines: int
    timeline_events: int
    span_days: int
    notes_per_company: tuple[int, int]
    offers: int
    accepted_offers: int


SIZES: dict[str, SampleSize] = {
    "small": SampleSize(8, 12, 25, 600, 150, 182, (2, 4), 2, 0),
    "heavy": SampleSize(300, 1_000, 3_000, 100_000, 20_000, 3 * 365, (3, 7), 70, 3),
}


@dataclass(frozen=True)
class SampleCounts:
    """Rows written per table (field names are the table names)."""

    company: int = 0
    research_note: int = 0
    fit_criterion: int = 0
    fit_score: int = 0
    pipeline_stage: int = 0
    application: int = 0
    interview_round: int = 0
    prep_item: int = 0
    person: int = 0
    round_attendee: int = 0
    note_line: int = 0
    question: int = 0
    question_asked: int = 0
    follow_up: int = 0
    interaction: int = 0
    offer: int = 0
    reminder: int = 0
    timeline_event: int = 0
    setting: int = 0

    def by_table(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @property
    def total(self) -> int:
        return sum(self.by_table().values())


# --------------------------------------------------------------------- phrase banks
COMPANY_WORDS = (
    "Amberline",
    "Basalt",
    "Cobalt",
    "Driftwood",
    "Ember",
    "Fjordic",
    "Granite",
    "Harborlight",
    "Juniper",
    "Kestrel",
    "Lumen",
    "Meadowlark",
    "Nimbus",
    "Orchard",
    "Quillon",
    "Riverbend",
    "Saffron",
    "Tidewater",
    "Umber",
    "Vantage",
    "Willow",
    "Yarrow",
    "Zephyr",
    "Alder",
    "Bramble",
    "Cinder",
    "Dovetail",
    "Estuary",
    "Foxglove",
    "Glasshouse",
    "Heron",
    "Inkwell",
)
COMPANY_KINDS: tuple[tuple[str, str], ...] = (
    ("Labs", "Developer tools"),
    ("Health", "Healthcare software"),
    ("Logistics", "Logistics"),
    ("Robotics", "Industrial robotics"),
    ("Studio", "Game development"),
    ("Analytics", "Data and analytics"),
    ("Energy", "Renewable energy"),
    ("Foods", "Food delivery"),
    ("Finance", "Fintech"),
    ("Bio", "Biotech"),
    ("Learning", "Education technology"),
    ("Mobility", "Urban mobility"),
    ("Security", "Cybersecurity"),
    ("Media", "Digital media"),
    ("Insurance", "Insurance"),
    ("Retail", "E-commerce"),
    ("Climate", "Climate data"),
    ("Civic", "Public-sector software"),
)
# A few names that exercise accents, ampersands and apostrophes in search and export.
SPECIAL_COMPANIES: tuple[tuple[str, str], ...] = (
    ("Café Numérique", "Hospitality software"),
    ("Søndergaard & Hale", "Consulting"),
    ("O'Rourke Data Co-op", "Data and analytics"),
)
SIZES_TEXT = ("1–10", "11–50", "51–200", "201–1,000", "1,001–5,000", "5,000+")
CITIES = (
    "Lisbon",
    "Berlin",
    "Toronto",
    "Nairobi",
    "Melbourne",
    "Montréal",
    "Bengaluru",
    "Austin",
    "Kraków",
    "Amsterdam",
    "Dublin",
    "São Paulo",
    "Tallinn",
    "Zürich",
    "Seoul",
    "Cape Town",
    "Edinburgh",
    "Copenhagen",
    "Mexico City",
    "Singapore",
)
REMOTE_POLICIES = (
    "Fully remote",
    "Remote within European time zones",
    "Hybrid, two office days a week",
    "Hybrid, office on Tuesdays and Thursdays",
    "Office first, remote Fridays",
    "On site",
)
SUMMARY_OPENERS = (
    "Builds {what} for {who}.",
    "Makes {what} used by {who}.",
    "Small product company selling {what} to {who}.",
    "Grew out of a university project; now sells {what} to {who}.",
)
SUMMARY_WHAT = (
    "scheduling software",
    "route planning tools",
    "a payments API",
    "lab automation",
    "an online course platform",
    "fleet telemetry",
    "a privacy toolkit",
    "warehouse robots",
    "a grid-balancing service",
    "a design system as a service",
    "booking software",
    "claims processing",
    "a mobile banking app",
    "a data catalogue",
)
SUMMARY_WHO = (
    "mid-sized clinics",
    "city councils",
    "independent shops",
    "hospital labs",
    "regional carriers",
    "secondary schools",
    "energy co-ops",
    "insurers",
    "restaurant groups",
    "research teams",
    "other developers",
)
GUT_VERDICTS = (
    "Curious about them; the team sounds kind.",
    "Good product, unsure about the pace.",
    "Would take it if the role is really hands-on.",
    "Feels like a place where people stay for years.",
    "Too much process for my taste.",
    "Exciting, but the hours worry me.",
    "Solid and calm. Not thrilling.",
    "",
)
ROLES = (
    "Backend Engineer",
    "Senior Backend Engineer",
    "Full-stack Developer",
    "Data Engineer",
    "Platform Engineer",
    "Software Engineer, Payments",
    "Staff Engineer",
    "Python Developer",
    "Engineering Manager",
    "Site Reliability Engineer",
    "Developer Advocate",
    "Software Engineer, Mobile",
    "Machine Learning Engineer",
)
APPLICATION_SOURCES = (
    "Company careers page",
    "Referral from a former colleague",
    "Job board",
    "Recruiter reached out",
    "Meetup conversation",
    "Community Slack job channel",
)
RESEARCH_SOURCES = (
    "Company careers page",
    "Engineering blog",
    "Conversation with a former employee",
    "Anonymous employee review site",
    "Podcast episode with the CTO",
    "Annual report",
    "Conference talk by their staff",
    "Recruiter call",
    "Public job description",
    "Their open-source repositories",
)
RESEARCH_LINES: dict[str, tuple[str, ...]] = {
    "values": (
        "They publish their decision records, which says a lot about how open they are.",
        "Leadership talks about 'calm growth' and seems to mean it: no hockey-stick slides.",
        "Customer trust comes up in every post; they turned down a lucrative ad deal once.",
    ),
    "day_to_day": (
        "Engineers own features from design to support; a weekly rota answers customer tickets.",
        "Most work happens in small squads of four or five with a shared planning board.",
        "Deploys are several times a day; reviews are expected within one working day.",
    ),
    "team": (
        "The team I would join has {n} people, two of them joined in the last quarter.",
        "Manager has been there five years and came up through support.",
        "Several people moved teams internally, which suggests they let people grow.",
    ),
    "growth": (
        "There is a written career ladder with an individual-contributor track up to principal.",
        "Conference budget and one learning day a month, according to two sources.",
        "Promotions happen twice a year; feedback says the criteria are clear.",
    ),
    "work_life": (
        "On-call is one week in {weeks}, with a day off after a rough night.",
        "Reviews mention late releases at quarter end; worth asking about.",
        "Core hours 10–15, otherwise flexible; parents speak well of it.",
    ),
    "compensation": (
        "Salary bands are published per level; the band for this role looks fair.",
        "Equity is options with a four-year vesting and a one-year cliff.",
        "Bonus is team-based, not individual, which I like.",
    ),
    "red_flags": (
        "Three heads of engineering in two years.",
        "Several reviews mention surprise reorganisations.",
        "The job ad asks for ten years in a tool that is six years old.",
    ),
    "green_flags": (
        "They answered my application within two days, with a named person.",
        "Interview process is described up front, with what each step covers.",
        "Their incident write-ups are blameless and public.",
    ),
    "other": (
        "Office is a ten-minute walk from the station, bike parking in the basement.",
        "They sponsor a local coding club for teenagers.",
        "Funding round closed last spring; runway looks comfortable.",
    ),
}
RESEARCH_TITLES: dict[str, tuple[str, ...]] = {
    "values": ("What they say they value", "Values in practice"),
    "day_to_day": ("A normal week there", "How work flows"),
    "team": ("The team", "Who I would work with"),
    "growth": ("Career paths", "Learning budget"),
    "work_life": ("Hours and on-call", "Flexibility"),
    "compensation": ("Pay and equity", "Salary bands"),
    "red_flags": ("Things that worry me", "Caution"),
    "green_flags": ("Good signs", "Encouraging"),
    "other": ("Practical details", "Odds and ends"),
}
FIT_CRITERIA: tuple[tuple[str, str, float], ...] = (
    ("Day-to-day work", "Would I enjoy the actual tasks most days?", 3.0),
    ("People", "Would I like spending my working day with this team?", 2.5),
    ("Growth", "Will I learn and have room to take on more?", 2.0),
    ("Work–life balance", "Sustainable hours, sane on-call, flexibility.", 2.0),
    ("Compensation", "Pay, equity and benefits against my target.", 1.5),
    ("Commute and remote", "Time spent getting there, or remote that really works.", 1.0),
)
# Per criterion (same order as FIT_CRITERIA): a line for a good score, one for a poor
# score, and "" to leave the line empty.
FIT_EVIDENCE: tuple[tuple[str, ...], ...] = (
    (
        "The team lead described a typical sprint in detail.",
        "Mostly maintenance for the first year, by their own account.",
        "",
    ),
    (
        "Based on the call with the hiring manager.",
        "The panel listened and asked good follow-up questions.",
        "",
    ),
    (
        "Clear levels and a yearly learning budget.",
        "Nobody on the team was promoted in two years.",
        "",
    ),
    (
        "From two reviews and the careers page.",
        "On-call every fourth week, paid.",
        "",
    ),
    (
        "Salary band published; slightly below my target.",
        "Above my target, equity on top.",
        "",
    ),
    (
        "Office is far, but two remote days are guaranteed.",
        "Fully remote within two hours of my time zone.",
        "",
    ),
)
FIRST_NAMES = (
    "Amara",
    "Ben",
    "Chiara",
    "Dmitri",
    "Elif",
    "Farah",
    "Gustavo",
    "Hana",
    "Ines",
    "Jonas",
    "Kwame",
    "Leila",
    "Mateo",
    "Nadia",
    "Oskar",
    "Priya",
    "Quentin",
    "Rosa",
    "Sven",
    "Tomás",
    "Uma",
    "Viktor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoë",
    "Łukasz",
    "Søren",
    "Aoife",
    "Thu",
)
LAST_NAMES = (
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Alvarez",
    "Kowalczyk",
    "Haddad",
    "Nguyen",
    "Brennan",
    "Fischer",
    "Mensah",
    "Rossi",
    "Sato",
    "Petrov",
    "Gallagher",
    "Nakamura",
    "Oliveira",
    "Schmidt",
    "Yilmaz",
    "Dubois",
    "Kaur",
    "Johansson",
    "Ibáñez",
    "Ó Briain",
)
PERSON_TITLES: dict[str, tuple[str, ...]] = {
    "recruiter": ("Talent Partner", "Technical Recruiter", "People Operations"),
    "interviewer": ("Senior Engineer", "Staff Engineer", "Product Manager", "Tech Lead"),
    "coworker": ("Software Engineer", "Data Engineer", "Designer"),
    "hiring_manager": ("Engineering Manager", "Head of Engineering", "Director of Platform"),
    "other": ("Agency Recruiter",),
}
ROUND_PLAN: tuple[str, ...] = ("screening", "first", "second", "technical", "final")
ROUND_MINUTES: dict[str, tuple[int, int]] = {
    "screening": (25, 35),
    "first": (45, 60),
    "second": (50, 75),
    "technical": (60, 90),
    "final": (45, 60),
    "other": (30, 60),
}
RECRUITER_ADVICE = (
    "They like concrete examples with numbers; keep answers under two minutes.",
    "The panel will ask about a project you are proud of, end to end.",
    "Expect live coding in a shared editor; talking through your thinking matters more.",
    "The manager values honesty about gaps over polished answers.",
    "Ask about the roadmap; the team is proud of it.",
)
SELF_REVIEWS = (
    "Good rhythm; I listened more than I talked, which felt right.",
    "Rushed the system design part, but recovered with the trade-offs.",
    "Felt nervous at the start, then it became a real conversation.",
    "Strong on the past project, weak on the estimation question.",
    "Said I did not know the caching detail instead of bluffing; they seemed fine with it.",
    "Too long on my first answer; keep it shorter next time.",
)
ANSWER_DIFFERENTLY = (
    "Lead with the outcome, then the story.",
    "Ask a clarifying question before diving into the design.",
    "Mention the on-call improvements earlier.",
    "",
    "",
)
NEXT_STEPS = (
    "They will get back within a week.",
    "Recruiter to send the next round's invitation.",
    "Waiting for the team's decision after the debrief.",
    "Take-home task to arrive by email.",
    "",
)
PREP_ITEMS: dict[str, tuple[str, ...]] = {
    "screening": (
        "Re-read the job description",
        "Two-sentence pitch about why this company",
        "Check salary expectations and notice period",
    ),
    "first": (
        "Prepare a story about a hard trade-off",
        "Read their latest engineering posts",
        "List three questions about the team",
    ),
    "second": (
        "Ask whether I could speak with a future teammate",
        "Revise the notes from the first round",
        "Prepare an example of disagreeing well",
    ),
    "technical": (
        "Practise a design problem out loud",
        "Refresh SQL window functions",
        "Test camera, microphone and screen sharing",
    ),
    "final": (
        "Think through start date and notice period",
        "Questions for leadership about the next two years",
        "Have the offer comparison sheet ready",
    ),
    "other": ("Skim my notes from earlier rounds", "Charge the laptop"),
}
TOPICS = (
    "the billing migration",
    "their on-call rotation",
    "the design system",
    "data retention",
    "flaky integration tests",
    "a database upgrade",
    "accessibility work",
    "feature flags",
    "the mobile release train",
    "incident reviews",
    "pair programming",
    "code review speed",
    "next year's hiring plan",
    "customer interviews",
    "latency budgets",
    "splitting the monolith",
    "offline sync",
    "deletion requests",
    "internal tooling",
    "the search rewrite",
    "event-driven pipelines",
    "cost monitoring",
    "the partner API",
    "onboarding of new hires",
)
TECH_DETAILS = (
    "consistent hashing",
    "the isolation levels of their database",
    "Kafka consumer groups",
    "Python's garbage collector",
    "B-tree page splits",
    "TLS session resumption",
    "CRDT merge rules",
    "the CAP trade-offs in their setup",
    "Bloom filter sizing",
    "HTTP/2 prioritisation",
    "Kubernetes pod eviction",
)
QUESTION_LINES = (
    "Q: How would you approach {topic} in your first month here?",
    "Q: Tell us about a time you disagreed with a technical decision around {topic}.",
    "Q: What would you measure first if {topic} started to slow everyone down?",
    "Q: Walk me through the biggest system you have owned, and where it broke.",
    "Q: How do you keep a team informed when {topic} slips by a few weeks?",
    "Q: Which part of {topic} would you simplify, and what would you leave alone?",
    "Q: How do you decide when code is good enough to ship?",
    "Q: What do you look for when you review a colleague's change?",
    "Q: How do you handle being on call for something you did not build?",
    "Q: Why are you looking now, and why us in particular?",
)
ANSWER_LINES = (
    "A: Started from the user pain, then sketched two options for {topic} and their costs.",
    "A: Told the story of the queue rewrite: {pct}% fewer timeouts after six weeks.",
    "A: Said I would pair with whoever owns {topic} before changing anything.",
    "A: Explained how I wrote the runbook and cut paging at night by half.",
    "A: Gave the example of mentoring two juniors through their first releases.",
    "A: Described measuring before optimising; the slow part was never where we guessed.",
    "A: Said I prefer small reversible steps and showed how we did that with {topic}.",
    "A: Admitted the first attempt failed, then what we learned from the rollback.",
)
PLAIN_LINES = (
    "{person} says the team is {n} people, spread over three time zones.",
    "{person} mentions deploys happen several times a day, behind feature flags.",
    "They are halfway through {topic}; sounds like the hard part is still ahead.",
    "Planning is two-weekly; engineers write the tickets themselves.",
    "{person} has been there {years} years and still sounds enthusiastic.",
    "Interesting: support tickets are read by engineers every Monday.",
    "Camera froze for a minute; {person} was patient about it.",
    "Office has a quiet floor, people book focus days.",
    "They asked about my notice period; said {weeks} weeks.",
    "Remote people get a yearly budget for their home office.",
)
HIGHLIGHT_LINES = (
    "They need someone to untangle {topic}; my last two years were exactly that.",
    "{person} reacted well to the story about mentoring; mention it again.",
    "Shared values on shipping small and often; say so in the follow-up.",
    "They struggle with {topic} and I have fixed the same problem before.",
    "My calm incident handling matters to them; they had a rough quarter.",
)
FOLLOW_UP_ITEMS = (
    "send the link to my write-up on {topic}",
    "share the small example repository about {topic}",
    "confirm my availability for the next round",
    "send the reference contact they asked for",
    "answer the open question about {topic} properly",
)
DID_NOT_KNOW_LINES = (
    "DK: Could not explain {tech} in detail; said so and how I would find out.",
    "DK: Unsure about {tech}; read up before the next round.",
    "DK: Did not know their framework's approach to {topic}; look it up.",
)
QUESTION_BANK: tuple[tuple[str, str, str], ...] = (
    # (text, category, round kind or "" for any round)
    ("What does a normal week look like for someone in this role?", "day_to_day", ""),
    ("How is work planned, and who decides what gets built next?", "day_to_day", "first"),
    ("What would success look like after three months, and after a year?", "growth", ""),
    ("How do people here learn new things on the job?", "growth", "first"),
    ("How is the team organised, and who would I work with most?", "team", "screening"),
    (
        "Would it be possible to have a short chat with someone who would be my teammate, "
        "to hear how their days actually go?",
        "team",
        "second",
    ),
    ("What do you enjoy most about working with this team?", "team", "second"),
    ("How are disagreements about technical direction settled?", "team", "technical"),
    ("How does on-call work, and how often is it rough?", "work_life", "technical"),
    ("What does the team do when a deadline and quality pull in different ways?", "values", ""),
    (
        "What are the next steps in the process, and when should I expect to hear back?",
        "process",
        "screening",
    ),
    ("Is there anything about my background you would like me to clarify?", "process", "final"),
    ("What is the biggest challenge the team faces this year?", "team", "final"),
    ("How do you support people who work remotely?", "work_life", ""),
    ("How is the code reviewed and released?", "day_to_day", "technical"),
    ("What made the last person in this role successful?", "growth", "second"),
    ("Where do you see the product in two years?", "values", "final"),
    ("How are salary reviews and promotions decided?", "compensation", "final"),
)
COMPANY_QUESTIONS = (
    "How did the last reorganisation change this team's work?",
    "What did the team learn from the outage mentioned on your blog?",
    "How will the new funding change the roadmap for this team?",
    "Which parts of the product are you most proud of, and which would you rewrite?",
)
ANSWER_NOTES = (
    "Clear answer, with an example from last month.",
    "A bit vague; ask again in the next round.",
    "They offered to set up the call next week.",
    "Honest: things are busy until the release.",
    "",
)
IN_MESSAGES = (
    "Recruiter confirmed they received my application.",
    "Recruiter shared the agenda for the next conversation.",
    "Hiring manager sent a short article about their architecture.",
    "They asked for two possible time slots next week.",
    "Quick update: the team is still meeting other candidates.",
)
OUT_MESSAGES = (
    "Sent the portfolio link they asked for.",
    "Confirmed the time of the next conversation.",
    "Asked whether the role can be done four days a week.",
    "Thanked the recruiter for the preparation tips.",
    "Shared my updated CV with the new project.",
)
CALL_SUMMARIES = (
    "Call with the recruiter about salary range and timing.",
    "Short call to reschedule; they were apologetic.",
    "Recruiter called to give feedback from the panel.",
)
# Ordinary contacts that fill the timeline: (roll below, direction, channel, kind, summary
# or a bank to pick one from).
FILLER_CONTACTS: tuple[tuple[float, str, str, str, str | tuple[str, ...]], ...] = (
    (0.4, "in", "email", "message", IN_MESSAGES),
    (0.75, "out", "email", "message", OUT_MESSAGES),
    (0.9, "in", "phone", "call", CALL_SUMMARIES),
    (1.01, "out", "linkedin", "message", "Thanked them on LinkedIn and connected."),
)
REJECTION_SUMMARIES = (
    "They went with a candidate with more domain experience; kind email, door left open.",
    "Decided not to continue after the technical round; offered feedback on request.",
    "Position filled internally.",
)
WITHDRAWAL_SUMMARIES = (
    "Withdrew: the role turned out to be mostly maintenance.",
    "Withdrew after accepting to continue elsewhere.",
    "Withdrew: on-call load did not fit my situation.",
)
BENEFITS = (
    "30 days holiday, pension matched to 5%, learning budget",
    "Health insurance for the family, 4-day week in summer, home-office budget",
    "25 days holiday, sabbatical after four years, bike lease",
    "Private health cover, parental leave topped up to 6 months",
)
NEGOTIATION_NOTES = (
    "Asked for 6% more base citing the other process; they will check with finance.",
    "Equity is negotiable, base is not. Ask for a signing bonus instead.",
    "Accepted the first number; the fit score mattered more than pay.",
    "Requested a later start date to finish my notice period.",
    "",
)
CURRENCIES = ("EUR", "EUR", "GBP", "USD", "CAD", "CHF")


# ------------------------------------------------------------------- plans
@dataclass
class _RoundPlan:
    row: Row
    company: Row
    app: _AppPlan
    held: bool
    minutes: int
    highlights: list[str] = field(default_factory=list)
    follow_items: list[str] = field(default_factory=list)
    note_count: int = 0
    note_seed: int = 0
    attendees: list[Row] = field(default_factory=list)


@dataclass
class _AppPlan:
    row: Row
    company: Row
    interested: bool
    max_rounds: int
    round_count: int = 0
    rounds: list[_RoundPlan] = field(default_factory=list)
    outcome: str = "open"  # open, offer, accepted, declined, rejected, withdrawn, gone_quiet
    window_end: datetime = SAMPLE_NOW


class _Builder:
    def __init__(self, size_name: str, seed: int, now: datetime = SAMPLE_NOW) -> None:
        self.size_name = size_name
        self.size = size = SIZES[size_name]
        self.rng = random.Random(seed)
        # Ids come from their own stream so adding a text never reshuffles every id.
        self.id_rng = random.Random(seed * 7919 + 17)
        self.now = now
        self.start = now - timedelta(days=size.span_days)
        self.rows: dict[str, list[Row]] = {_name(m): [] for m in DOMAIN_TABLES}
        self.stages: dict[str, Row] = {}
        self.people_by_company: dict[str, list[Row]] = {}
        self.apps: list[_AppPlan] = []
        self.rounds: list[_RoundPlan] = []
        self.structural_events = 0

    # ------------------------------------------------------------- helpers
    def new_id(self) -> str:
        return str(uuid.UUID(int=self.id_rng.getrandbits(128), version=4))

    def record(
        self, table: str, created: datetime, updated: datetime | None = None, **values: Any
    ) -> Row:
        row: Row = {"id": self.new_id(), "created_at": created, "updated_at": updated or created}
        row.update(values)
        self.rows[table].append(row)
        return row

    def pick(self, options: Sequence[Any]) -> Any:
        return options[self.rng.randrange(len(options))]

    def fill(self, template: str, person: str = "") -> str:
        rng = self.rng
        return template.format(
            topic=self.pick(TOPICS),
            tech=self.pick(TECH_DETAILS),
            n=rng.randint(4, 30),
            weeks=rng.randint(2, 12),
            years=rng.randint(1, 12),
            pct=rng.randint(10, 60),
            person=person or self.pick(FIRST_NAMES),
        )

    def work_time(self, moment: datetime, first_hour: int = 8, last_hour: int = 16) -> datetime:
        """The same day (or the next weekday) at a working hour, UTC."""
        day = moment.date()
        while day.weekday() >= 5:
            day += timedelta(days=1)
        hour = self.rng.randint(first_hour, last_hour)
        minute = self.rng.choice((0, 0, 15, 30, 30, 45))
        return datetime.combine(day, time(hour, minute), tzinfo=UTC)

    def between(self, low: datetime, high: datetime) -> datetime:
        if high <= low:
            return low
        span = int((high - low).total_seconds())
        return low + timedelta(seconds=self.rng.randint(0, span))

    def event(
        self,
        kind: str,
        when: datetime,
        title: str,
        *,
        detail: str = "",
        company_id: str | None = None,
        application_id: str | None = None,
        subject_table: str = "",
        subject_id: str = "",
    ) -> None:
        self.record(
            "timeline_event",
            when,
            occurred_at=when,
            kind=kind,
            title=title,
            detail=detail,
            company_id=company_id,
            application_id=application_id,
            subject_table=subject_table,
            subject_id=subject_id,
        )

    # ------------------------------------------------------------- building
    def build(self) -> None:
        self.build_settings_and_stages()
        self.build_criteria()
        companies = self.build_companies()
        self.build_applications(companies)
        self.build_people(companies)
        self.build_rounds()
        self.finish_applications()
        self.build_research(companies)
        self.build_fit_scores(companies)
        self.build_questions(companies)
        self.build_follow_ups()
        self.build_offers()
        self.build_interactions()
        self.build_reminders()
        self.rows["timeline_event"].sort(key=lambda r: (r["occurred_at"], r["id"]))

    def build_settings_and_stages(self) -> None:
        for position, (name, outcome) in enumerate(DEFAULT_PIPELINE_STAGES):
            self.stages[name] = self.record(
                "pipeline_stage", self.start, name=name, position=position, outcome=outcome
            )
        settings = {
            "quiet_after_days": str(QUIET_AFTER_DAYS),
            "status_inquiry_min_days": "7",
            "follow_up_window": "evening-or-next-morning",
            "pipeline_nudge_days": "10",
            "sample.size": self.size_name,
        }
        for key, value in settings.items():
            self.rows["setting"].append({"key": key, "value": value, "updated_at": self.start})

    def build_criteria(self) -> None:
        for position, (name, description, weight) in enumerate(FIT_CRITERIA):
            self.record(
                "fit_criterion",
                self.start,
                name=name,
                description=description,
                weight=weight,
                position=position,
            )

    def build_companies(self) -> list[Row]:
        names: list[tuple[str, str]] = [
            (f"{word} {kind}", industry)
            for word in COMPANY_WORDS
            for kind, industry in COMPANY_KINDS
        ]
        self.rng.shuffle(names)
        chosen = list(SPECIAL_COMPANIES[: max(1, self.size.companies // 8)])
        chosen += names[: self.size.companies - len(chosen)]
        self.rng.shuffle(chosen)
        companies = []
        for name, industry in chosen:
            slug = "".join(c for c in name.lower() if c.isascii() and c.isalnum()) or "company"
            domain = f"{slug}.example.com" if self.rng.random() < 0.7 else f"{slug}.test"
            opener = self.pick(SUMMARY_OPENERS).format(
                what=self.pick(SUMMARY_WHAT), who=self.pick(SUMMARY_WHO)
            )
            cities = self.rng.sample(CITIES, self.rng.randint(1, 3))
            companies.append(
                self.record(
                    "company",
                    self.start,
                    name=name,
                    website=f"https://www.{domain}",
                    industry=industry,
                    size=self.pick(SIZES_TEXT),
                    locations=", ".join(cities),
                    remote_policy=self.pick(REMOTE_POLICIES),
                    summary=f"{opener} Offices in {cities[0]}.",
                    gut_verdict=self.pick(GUT_VERDICTS),
                    archived=False,
                )
            )
            companies[-1]["_domain"] = domain
        return companies

    def build_applications(self, companies: list[Row]) -> None:
        size, rng = self.size, self.rng
        interested = max(1, size.applications // 50)
        applied_count = size.applications - interested
        owners = list(companies[: min(len(companies), size.applications)])
        owners += [self.pick(companies) for _ in range(size.applications - len(owners))]
        rng.shuffle(owners)
        span = (self.now - timedelta(days=2)) - (self.start + timedelta(days=3))
        moments = sorted(
            # Density grows towards "today", so several processes are still running.
            self.work_time(self.start + timedelta(days=3) + span * rng.random() ** 0.6, 7, 21)
            for _ in range(applied_count)
        )
        for index, company in enumerate(owners):
            is_interested = index >= applied_count
            applied = None if is_interested else min(moments[index], self.now - timedelta(hours=1))
            created = applied or self.now - timedelta(days=rng.randint(1, 10), hours=3)
            room = (self.now + timedelta(days=14) - created).days
            max_rounds = 0 if is_interested else max(0, min(7, room // 6))
            role = self.pick(ROLES)
            row = self.record(
                "application",
                created,
                company_id=company["id"],
                role=role,
                stage_id=None,
                applied_at=applied,
                source=self.pick(APPLICATION_SOURCES),
                link=f"https://jobs.example.com/{company['_domain'].split('.')[0]}/{index + 1}",
                notes=""
                if rng.random() < 0.6
                else f"Salary range in the ad; {self.pick(GUT_VERDICTS)}",
                closed_at=None,
                closed_reason="",
            )
            self.apps.append(_AppPlan(row, company, is_interested, max_rounds, window_end=self.now))
        # Exactly size.rounds rounds, spread with a realistic shape.
        eligible = [app for app in self.apps if app.max_rounds > 0]
        weights = (10, 14, 20, 22, 18, 11, 5, 2)
        recently = self.now - timedelta(days=21)
        for app in eligible:
            app.round_count = min(app.max_rounds, rng.choices(range(8), weights)[0])
            if app.row["applied_at"] > recently:
                app.round_count = max(app.round_count, 1)  # something coming up soon
        total = sum(app.round_count for app in eligible)
        while total != size.rounds:
            app = self.pick(eligible)
            if total < size.rounds and app.round_count < app.max_rounds:
                app.round_count += 1
                total += 1
            elif total > size.rounds and app.round_count > 0:
                app.round_count -= 1
                total -= 1

    def build_people(self, companies: list[Row]) -> None:
        rng = self.rng
        used: dict[str, int] = {}

        def person(company: Row | None, kind: str) -> Row:
            first, last = self.pick(FIRST_NAMES), self.pick(LAST_NAMES)
            name = f"{first} {last}"
            used[name] = used.get(name, 0) + 1
            handle = "".join(
                c for c in f"{first}-{last}".lower() if c.isascii() and (c.isalnum() or c == "-")
            )
            handle = f"{handle}-{used[name]}" if used[name] > 1 else handle
            domain = company["_domain"] if company else "talentbridge.example.com"
            created = company["created_at"] if company else self.start
            return self.record(
                "person",
                created,
                name=name,
                company_id=company["id"] if company else None,
                kind=kind,
                title=self.pick(PERSON_TITLES[kind]),
                email=f"{handle.replace('-', '.')}@{domain}",
                phone="" if rng.random() < 0.7 else f"+1 555 01{rng.randint(10, 99)}",
                profile_url=f"https://profiles.example.com/in/{handle}",
                connected=rng.random() < 0.45,
                last_contact_at=None,
                stay_in_touch_days=rng.choice((30, 60, 90, 180)) if rng.random() < 0.3 else None,
                notes=""
                if rng.random() < 0.7
                else "Friendly; happy to stay in touch after the process.",
            )

        for company in companies:
            staff = [person(company, "recruiter"), person(company, "hiring_manager")]
            staff += [person(company, "interviewer") for _ in range(rng.randint(1, 3))]
            if rng.random() < 0.5:
                staff.append(person(company, "coworker"))
            self.people_by_company[company["id"]] = staff
        for _ in range(max(1, len(companies) // 20)):
            person(None, "other")

    def build_rounds(self) -> None:
        rng = self.rng
        # The latest processes have a round still ahead of "today".
        with_rounds = [app for app in self.apps if app.round_count]
        with_rounds.sort(key=lambda app: app.row["applied_at"])
        ahead = {id(app) for app in with_rounds[-max(2, len(self.apps) // 40) :]}
        for app in self.apps:
            if not app.round_count:
                continue
            applied = app.row["applied_at"]
            kinds = list(ROUND_PLAN[: app.round_count])
            while len(kinds) < app.round_count:
                kinds.insert(-1, rng.choice(("technical", "other")))
            if len(kinds) >= 4 and rng.random() < 0.3:
                kinds[2], kinds[3] = kinds[3], kinds[2]
            offsets = [rng.randint(6, 18)] + [rng.randint(4, 12) for _ in kinds[1:]]
            limit = (self.now + timedelta(days=14) - applied).total_seconds() / 86400
            scale = min(1.0, limit / sum(offsets))
            if id(app) in ahead:
                last_day = (self.now + timedelta(days=rng.uniform(1, 10)) - applied).days
                scale = max(last_day, 1) / sum(offsets)
            day = 0.0
            previous_end = applied
            staff = self.people_by_company[app.company["id"]]
            for position, kind in enumerate(kinds):
                day += offsets[position] * scale
                scheduled = self.work_time(applied + timedelta(days=day))
                if scheduled <= previous_end + timedelta(hours=2):
                    scheduled = previous_end + timedelta(hours=rng.randint(20, 30))
                held = scheduled + timedelta(hours=2) < self.now
                minutes = rng.randint(*ROUND_MINUTES[kind])
                invited = min(
                    max(
                        scheduled - timedelta(days=rng.randint(2, 8)),
                        previous_end + timedelta(hours=1),
                    ),
                    scheduled - timedelta(hours=1),
                )
                # A later round ahead was still planned before "today", like every fact.
                invited = min(invited, self.now - timedelta(hours=1))
                started = scheduled + timedelta(minutes=rng.randint(0, 4)) if held else None
                ended = started + timedelta(minutes=minutes) if started else None
                video = rng.random() < 0.7 or kind == "screening"
                location = (
                    f"https://meet.example.com/{self.new_id()[:8]}"
                    if video
                    else f"Office in {app.company['locations'].split(', ')[0]}, "
                    f"floor {rng.randint(1, 6)}"
                )
                row = self.record(
                    "interview_round",
                    invited,
                    ended or invited,
                    application_id=app.row["id"],
                    kind=kind,
                    title=f"{english_label(ROUND_KINDS, kind)} — {app.row['role']}",
                    scheduled_at=scheduled,
                    started_at=started,
                    ended_at=ended,
                    location=location,
                    recruiter_advice=self.pick(RECRUITER_ADVICE) if rng.random() < 0.3 else "",
                    outcome="passed" if held else "",
                    self_review=self.pick(SELF_REVIEWS) if held else "",
                    energy=rng.randint(1, 5) if held else None,
                    answer_differently=self.pick(ANSWER_DIFFERENTLY) if held else "",
                    next_step=self.pick(NEXT_STEPS) if held else "",
                )
                plan = _RoundPlan(row, app.company, app, held, minutes)
                app.rounds.append(plan)
                self.rounds.append(plan)
                previous_end = ended or scheduled + timedelta(minutes=minutes)
                # Who is in the room.
                if kind == "screening":
                    attendees = [staff[0]]
                else:
                    pool = staff[1:]
                    attendees = rng.sample(pool, rng.randint(1, min(2, len(pool))))
                    coworkers = [p for p in staff if p["kind"] == "coworker"]
                    if kind == "second" and coworkers and coworkers[0] not in attendees:
                        attendees.append(coworkers[0])
                plan.attendees = attendees
                for person in attendees:
                    self.record(
                        "round_attendee",
                        invited,
                        round_id=row["id"],
                        person_id=person["id"],
                        role_in_round="host" if person is attendees[0] else "panel",
                    )
                for item_position, text in enumerate(
                    rng.sample(PREP_ITEMS[kind], rng.randint(1, len(PREP_ITEMS[kind])))
                ):
                    self.record(
                        "prep_item",
                        invited,
                        round_id=row["id"],
                        text=text,
                        done=held or rng.random() < 0.3,
                        position=item_position,
                    )
                company_id, app_id = app.company["id"], app.row["id"]
                self.event(
                    "round_scheduled",
                    invited,
                    f"{english_label(ROUND_KINDS, kind)} — {app.company['name']}",
                    detail=f"{scheduled:%a %d %b %Y, %H:%M} UTC",
                    company_id=company_id,
                    application_id=app_id,
                    subject_table="interview_round",
                    subject_id=row["id"],
                )
        self.plan_note_lines()

    def plan_note_lines(self) -> None:
        held = [plan for plan in self.rounds if plan.held]
        if not held:
            return
        rng = self.rng
        total = self.size.note_lines
        weights = [plan.minutes * rng.uniform(0.6, 1.4) for plan in held]
        scale = total / sum(weights)
        for plan, weight in zip(held, weights, strict=True):
            plan.note_count = max(3, int(weight * scale))
        diff = total - sum(plan.note_count for plan in held)
        while diff:
            plan = self.pick(held)
            step = 1 if diff > 0 else -1
            if plan.note_count + step >= 3:
                plan.note_count += step
                diff -= step
        for plan in held:
            plan.note_seed = rng.getrandbits(64)
            person = plan.attendees[0]["name"].split()[0]
            plan.highlights = [
                self.fill(self.pick(HIGHLIGHT_LINES), person) for _ in range(rng.randint(1, 2))
            ]
            plan.follow_items = [
                self.fill(self.pick(FOLLOW_UP_ITEMS)) for _ in range(rng.randint(0, 2))
            ]

    def finish_applications(self) -> None:
        """Decide how each process ended and write its stage changes and closing events."""
        rng, size = self.rng, self.size
        candidates = [
            app
            for app in self.apps
            if len(app.rounds) >= 3
            and all(r.held for r in app.rounds)
            and app.rounds[-1].row["ended_at"] < self.now - timedelta(days=3)
        ]
        offer_apps = rng.sample(candidates, min(size.offers, len(candidates)))
        offer_ids = {id(app) for app in offer_apps}
        old_offers = sorted(
            (a for a in offer_apps if a.rounds[-1].row["ended_at"] < self.now - timedelta(days=60)),
            key=lambda a: a.rounds[-1].row["ended_at"],
        )
        step = max(1, len(old_offers) // max(1, size.accepted_offers))
        accepted_ids = {id(app) for app in old_offers[::step][: size.accepted_offers]}
        for app in self.apps:
            row, company = app.row, app.company
            ids = {"company_id": company["id"], "application_id": row["id"]}
            if app.interested:
                row["stage_id"] = self.stages["Interested"]["id"]
                continue
            applied = row["applied_at"]
            self.event(
                "applied",
                applied,
                f"Applied — {company['name']}",
                detail=row["role"],
                subject_table="application",
                subject_id=row["id"],
                **ids,
            )
            stage = "Applied"
            last_activity = applied

            for plan in app.rounds:
                target = "Screening" if plan.row["kind"] == "screening" else "Interviewing"
                if target != stage and not (stage == "Interviewing" and target == "Screening"):
                    stage = self.move(app, stage, target, plan.row["created_at"])
                if plan.held:
                    last_activity = plan.row["ended_at"]
                    self.event(
                        "round_held",
                        plan.row["ended_at"],
                        f"{english_label(ROUND_KINDS, plan.row['kind'])} — {company['name']}",
                        detail=f"{plan.note_count} note lines",
                        subject_table="interview_round",
                        subject_id=plan.row["id"],
                        **ids,
                    )
            upcoming = any(not plan.held for plan in app.rounds)
            recent = last_activity > self.now - timedelta(days=12)
            if id(app) in offer_ids:
                app.outcome = "accepted" if id(app) in accepted_ids else "offer"
            elif upcoming or recent:
                app.outcome = "open"
            else:
                app.outcome = rng.choices(
                    ("rejected", "gone_quiet", "withdrawn"),
                    (55, 30, 15) if app.rounds else (50, 42, 8),
                )[0]
            if app.outcome == "gone_quiet" and (
                last_activity + timedelta(days=QUIET_AFTER_DAYS + 1) > self.now
            ):
                app.outcome = "open"  # still inside the silence window: waiting
            if app.rounds and app.outcome == "open" and not upcoming:
                app.rounds[-1].row["outcome"] = "pending"
            if app.outcome in ("open", "offer", "accepted"):
                row["stage_id"] = self.stages[stage]["id"]
                app.window_end = self.now
                app.row["_stage"] = stage
                app.row["_last"] = last_activity
                continue
            if app.outcome == "gone_quiet":
                quiet = last_activity + timedelta(days=QUIET_AFTER_DAYS)
                self.event(
                    "gone_quiet",
                    quiet,
                    f"No news from {company['name']}",
                    detail=f"Nothing heard for {QUIET_AFTER_DAYS} days.",
                    subject_table="application",
                    subject_id=row["id"],
                    **ids,
                )
                closed = min(quiet + timedelta(days=rng.randint(0, 10), hours=2), self.now)
                reason = "No reply after the last contact; moved on."
                if app.rounds:
                    app.rounds[-1].row["outcome"] = "pending"
            else:
                closed = self.work_time(last_activity + timedelta(days=rng.randint(2, 20)), 8, 17)
                closed = min(closed, self.now - timedelta(hours=1))
                rejected = app.outcome == "rejected"
                summary = self.pick(REJECTION_SUMMARIES if rejected else WITHDRAWAL_SUMMARIES)
                reason = "Rejected by the company." if rejected else summary.split(": ")[-1]
                if app.rounds and rejected:
                    app.rounds[-1].row["outcome"] = "rejected"
                    app.rounds[-1].row["next_step"] = ""
                recruiter = self.people_by_company[company["id"]][0]
                contact = self.record(
                    "interaction",
                    closed,
                    application_id=row["id"],
                    person_id=recruiter["id"],
                    direction="in" if rejected else "out",
                    channel="email",
                    kind="decision",
                    occurred_at=closed,
                    summary=summary,
                )
                self.event(
                    "rejected" if rejected else "withdrawn",
                    closed,
                    f"{'Rejected' if rejected else 'Withdrew'} — {company['name']}",
                    detail=summary,
                    subject_table="interaction",
                    subject_id=contact["id"],
                    **ids,
                )
            stage = self.move(app, stage, "Closed", closed)
            row["stage_id"] = self.stages["Closed"]["id"]
            row["closed_at"] = closed
            row["closed_reason"] = reason
            row["updated_at"] = closed
            app.window_end = closed
            app.row["_last"] = last_activity
            app.row["_stage"] = stage
        # Companies are added shortly before their first application, and archived when
        # every process with them ended long ago.
        by_company: dict[str, list[_AppPlan]] = {}
        for app in self.apps:
            by_company.setdefault(app.company["id"], []).append(app)
        for company in self.rows["company"]:
            apps = by_company.get(company["id"], [])
            first = min((a.row["created_at"] for a in apps), default=self.start)
            added = max(self.start - timedelta(days=7), first - timedelta(days=rng.randint(1, 12)))
            company["created_at"] = company["updated_at"] = added
            company["archived"] = bool(apps) and all(
                a.row["closed_at"] is not None
                and a.row["closed_at"] < self.now - timedelta(days=365)
                for a in apps
            )
            self.event(
                "company_added",
                added,
                company["name"],
                detail=company["industry"],
                company_id=company["id"],
                subject_table="company",
                subject_id=company["id"],
            )
            for person in self.people_by_company[company["id"]]:
                person["created_at"] = person["updated_at"] = added

    def move(self, app: _AppPlan, current: str, to: str, when: datetime) -> str:
        """Record a stage change of ``app`` on the timeline; returns the new stage."""
        self.event(
            "stage_changed",
            when,
            f"{to} — {app.company['name']}",
            detail=f"{current} → {to}",
            company_id=app.company["id"],
            application_id=app.row["id"],
            subject_table="application",
            subject_id=app.row["id"],
        )
        return to

    def build_research(self, companies: list[Row]) -> None:
        rng = self.rng
        topics = list(RESEARCH_TOPICS)
        low, high = self.size.notes_per_company
        for company in companies:
            for topic in rng.sample(topics, rng.randint(low, high)):
                written = company["created_at"] + timedelta(hours=rng.randint(1, 72))
                sentences = rng.sample(RESEARCH_LINES[topic], rng.randint(1, 3))
                title = self.pick(RESEARCH_TITLES[topic])
                note = self.record(
                    "research_note",
                    written,
                    company_id=company["id"],
                    topic=topic,
                    title=title,
                    body=" ".join(self.fill(s) for s in sentences),
                    source=self.pick(RESEARCH_SOURCES),
                    source_date=(written - timedelta(days=rng.randint(0, 400))).date(),
                )
                self.event(
                    "research",
                    written,
                    f"{english_label(RESEARCH_TOPICS, topic)}: {title} — {company['name']}",
                    company_id=company["id"],
                    subject_table="research_note",
                    subject_id=note["id"],
                )

    def build_fit_scores(self, companies: list[Row]) -> None:
        rng = self.rng
        for company in companies:
            if rng.random() < 0.15:
                continue
            criteria = self.rows["fit_criterion"]
            for criterion in criteria if rng.random() < 0.7 else rng.sample(criteria, 3):
                good, poor, blank = FIT_EVIDENCE[criterion["position"] % len(FIT_EVIDENCE)]
                self.record(
                    "fit_score",
                    company["created_at"] + timedelta(days=rng.randint(1, 10)),
                    company_id=company["id"],
                    criterion_id=criterion["id"],
                    score=(score := rng.choices((1, 2, 3, 4, 5), (1, 3, 5, 5, 2))[0]),
                    # The line agrees with the score: praise for a 4, doubt for a 2.
                    evidence=self.pick((good, blank) if score >= 4 else (poor, blank)),
                )

    def build_questions(self, companies: list[Row]) -> None:
        rng = self.rng
        bank = [
            self.record(
                "question",
                self.start,
                text=text,
                category=category,
                round_kind=kind,
                company_id=None,
            )
            for text, category, kind in QUESTION_BANK
        ]
        own: dict[str, list[Row]] = {}
        for company in companies:
            if rng.random() < 0.4:
                own[company["id"]] = [
                    self.record(
                        "question",
                        company["created_at"] + timedelta(days=1),
                        text=self.pick(COMPANY_QUESTIONS),
                        category="company",
                        round_kind="",
                        company_id=company["id"],
                    )
                ]
        for plan in self.rounds:
            if not plan.held:
                continue
            kind = plan.row["kind"]
            fitting = [q for q in bank if q["round_kind"] in ("", kind)]
            fitting += own.get(plan.company["id"], [])
            for question in rng.sample(fitting, min(len(fitting), rng.randint(1, 3))):
                asked = plan.row["started_at"] + timedelta(
                    minutes=rng.randint(plan.minutes * 2 // 3, plan.minutes - 1)
                )
                self.record(
                    "question_asked",
                    asked,
                    question_id=question["id"],
                    round_id=plan.row["id"],
                    asked_at=asked,
                    answer_note=self.pick(ANSWER_NOTES),
                )

    def build_follow_ups(self) -> None:
        rng = self.rng
        for plan in self.rounds:
            if not plan.held or (plan.row["kind"] == "screening" and rng.random() < 0.6):
                continue
            ended: datetime = plan.row["ended_at"]
            to = plan.attendees[0]
            kind_label = english_label(ROUND_KINDS, plan.row["kind"])
            first_name = to["name"].split()[0]
            app = plan.app
            recap = " ".join(
                f"I especially enjoyed our exchange: {h[0].lower()}{h[1:]}"
                for h in plan.highlights[:1]
            )
            promised = "".join(f"\n\nAs promised, I will {item}." for item in plan.follow_items)
            body = (
                f"Hi {first_name},\n\nThank you for taking the time today to talk about the "
                f"{app.row['role']} role at {plan.company['name']}. {recap}{promised}\n\n"
                "Our conversation made me more confident that I can help the team, and I would "
                "be glad to continue.\n\nKind regards,\nAlex"
            )
            evening = datetime.combine(
                ended.date(), time(rng.randint(17, 20), rng.randint(0, 59)), tzinfo=UTC
            )
            morning = datetime.combine(
                ended.date() + timedelta(days=1),
                time(rng.randint(7, 9), rng.randint(0, 59)),
                tzinfo=UTC,
            )
            send_at = max(evening if rng.random() < 0.55 else morning, ended + timedelta(hours=3))
            drafted = ended + timedelta(minutes=rng.randint(20, 120))
            is_draft = send_at > self.now or rng.random() < 0.08
            row = self.record(
                "follow_up",
                drafted,
                drafted if is_draft else send_at,
                application_id=app.row["id"],
                round_id=plan.row["id"],
                recipient=to["email"],
                subject=f"Thank you — {kind_label.lower()} on {ended:%d %B}",
                body=body,
                status="draft" if is_draft else "sent",
                sent_at=None if is_draft else send_at,
            )
            ids = {"company_id": plan.company["id"], "application_id": app.row["id"]}
            if is_draft:
                self.event(
                    "follow_up_drafted",
                    drafted,
                    f"Follow-up drafted — {plan.company['name']}",
                    detail=row["subject"],
                    subject_table="follow_up",
                    subject_id=row["id"],
                    **ids,
                )
            else:
                self.event(
                    "follow_up_sent",
                    send_at,
                    f"Follow-up sent — {plan.company['name']}",
                    detail=f"To {to['name']}",
                    subject_table="follow_up",
                    subject_id=row["id"],
                    **ids,
                )
                if rng.random() < 0.5:
                    self.record(
                        "reminder",
                        ended,
                        send_at,
                        kind="follow_up",
                        title=f"Send the follow-up to {to['name']}",
                        body="Best sent this evening or tomorrow morning.",
                        due_at=max(evening, ended + timedelta(hours=3)),
                        done_at=send_at,
                        application_id=app.row["id"],
                        person_id=to["id"],
                        round_id=plan.row["id"],
                    )

    def build_offers(self) -> None:
        rng = self.rng
        for app in self.apps:
            if app.outcome not in ("offer", "accepted"):
                continue
            company = app.company
            received = self.work_time(
                app.rounds[-1].row["ended_at"] + timedelta(days=rng.randint(2, 7))
            )
            received = min(received, self.now - timedelta(hours=2))
            deadline = (received + timedelta(days=rng.randint(7, 14))).date()
            if app.outcome == "accepted":
                status = "accepted"
            elif deadline >= self.now.date():
                status = rng.choice(("received", "negotiating"))
            else:
                status = rng.choice(("declined", "declined", "expired"))
            currency = self.pick(CURRENCIES)
            offer = self.record(
                "offer",
                received,
                currency=currency,
                application_id=app.row["id"],
                base_salary=float(rng.randrange(55_000, 140_000, 500)),
                bonus=rng.choice(("", "10% target", "Team bonus up to 8%", "Signing bonus 5,000")),
                equity=rng.choice(
                    ("", "0.05% in options, 4-year vesting", "2,000 RSUs over 4 years")
                ),
                benefits=self.pick(BENEFITS),
                start_date=deadline + timedelta(days=rng.randint(30, 90)),
                deadline=deadline,
                status=status,
                negotiation_notes=self.pick(NEGOTIATION_NOTES),
                # Derived, not drawn, so adding the field reshuffled no other sample value.
                location=f"{company['locations'].split(', ')[0]}; {company['remote_policy']}",
            )
            ids = {"company_id": company["id"], "application_id": app.row["id"]}
            self.event(
                "offer",
                received,
                f"Offer — {company['name']}",
                detail=f"{offer['base_salary']:,.0f} {currency}",
                subject_table="offer",
                subject_id=offer["id"],
                **ids,
            )
            self.event(
                "stage_changed",
                received,
                f"Offer — {company['name']}",
                detail=f"{app.row['_stage']} → Offer",
                subject_table="application",
                subject_id=app.row["id"],
                **ids,
            )
            stage = "Offer"
            if deadline < self.now.date():
                decided = datetime.combine(deadline, time(16, 0), tzinfo=UTC)
                stage = "Accepted" if status == "accepted" else "Closed"
                app.row["closed_at"] = decided
                app.row["closed_reason"] = {
                    "accepted": "Accepted the offer.",
                    "declined": "Declined the offer.",
                }.get(status, "Offer expired.")
                app.row["updated_at"] = decided
                app.window_end = decided
                self.event(
                    "stage_changed",
                    decided,
                    f"{stage} — {company['name']}",
                    detail=f"Offer → {stage}",
                    subject_table="application",
                    subject_id=app.row["id"],
                    **ids,
                )
            else:
                self.record(
                    "reminder",
                    received,
                    kind="offer_deadline",
                    title=f"Answer the offer from {company['name']}",
                    body="Compare it side by side with the others first.",
                    due_at=datetime.combine(deadline - timedelta(days=2), time(9, 0), tzinfo=UTC),
                    done_at=None,
                    application_id=app.row["id"],
                    person_id=None,
                    round_id=None,
                )
            app.row["stage_id"] = self.stages[stage]["id"]

    def build_interactions(self) -> None:
        """Status inquiries where they fit, then ordinary contacts up to the event target."""
        rng = self.rng
        active = [app for app in self.apps if not app.interested]
        for app in active:
            held = [plan for plan in app.rounds if plan.held]
            if not held or rng.random() < 0.5:
                continue
            asked = held[-1].row["ended_at"] + timedelta(days=rng.randint(8, 12))
            if asked < app.window_end and asked < self.now:
                self.contact(
                    app,
                    asked,
                    direction="out",
                    channel="email",
                    kind="status_inquiry",
                    summary="Asked politely whether there is news after the last round.",
                )
        target = self.size.timeline_events
        # At least one ordinary contact per process, even when that overshoots a small target.
        remaining = max(target - len(self.rows["timeline_event"]), len(active))
        weights = [1 + len(app.rounds) for app in active]
        for app in rng.choices(active, weights, k=max(0, remaining)):
            end = min(app.window_end, self.now - timedelta(hours=1))
            when = self.between(app.row["applied_at"] + timedelta(hours=2), end)
            roll = rng.random()
            direction, channel, kind, summary = next(
                (d, c, k, t) for upper, d, c, k, t in FILLER_CONTACTS if roll < upper
            )
            self.contact(
                app,
                when,
                direction=direction,
                channel=channel,
                kind=kind,
                summary=summary if isinstance(summary, str) else self.pick(summary),
            )
        # Each person's last contact, and the stay-in-touch reminders that follow from it.
        last: dict[str, datetime] = {}
        for contact in self.rows["interaction"]:
            person_id = contact["person_id"]
            if person_id and contact["occurred_at"] > last.get(
                person_id, self.start - timedelta(days=999)
            ):
                last[person_id] = contact["occurred_at"]
        for plan in self.rounds:
            for person in plan.attendees:
                ended = plan.row["ended_at"]
                if ended and ended > last.get(person["id"], self.start - timedelta(days=999)):
                    last[person["id"]] = ended
        for person in self.rows["person"]:
            person["last_contact_at"] = last.get(person["id"])
            days = person["stay_in_touch_days"]
            if days and not person["last_contact_at"]:
                person["stay_in_touch_days"] = None  # never met: nobody to stay in touch with
            if days and person["last_contact_at"]:
                due = person["last_contact_at"] + timedelta(days=days)
                done = (
                    due + timedelta(days=rng.randint(0, 5))
                    if due < self.now - timedelta(days=7)
                    else None
                )
                # The user kept up the cadence ever since, each hello being the last
                # contact, so the derived reminder falls due on time rather than years
                # overdue. A per-person stream leaves the shared one, and every later
                # value of the sample, unchanged.
                cadence = random.Random(person["id"])
                while done is not None:
                    person["last_contact_at"] = done
                    next_due = done + timedelta(days=days)
                    if next_due >= self.now - timedelta(days=7):
                        break
                    due, done = next_due, next_due + timedelta(days=cadence.randint(0, 5))
                self.record(
                    "reminder",
                    person["last_contact_at"],
                    done or person["last_contact_at"],
                    kind="stay_in_touch",
                    title=f"Say hello to {person['name']}",
                    body="A short note: how are things, what I am working on.",
                    due_at=due,
                    done_at=done,
                    application_id=None,
                    person_id=person["id"],
                    round_id=None,
                )

    def contact(
        self,
        app: _AppPlan,
        when: datetime,
        *,
        direction: str,
        channel: str,
        kind: str,
        summary: str,
    ) -> None:
        staff = self.people_by_company[app.company["id"]]
        person = staff[0] if self.rng.random() < 0.7 else self.pick(staff)
        row = self.record(
            "interaction",
            when,
            application_id=app.row["id"],
            person_id=person["id"],
            direction=direction,
            channel=channel,
            kind=kind,
            occurred_at=when,
            summary=summary,
        )
        event_kind = "status_inquiry" if kind == "status_inquiry" else f"contact_{direction}"
        self.event(
            event_kind,
            when,
            f"{'From' if direction == 'in' else 'To'} {person['name']} — {app.company['name']}",
            detail=summary,
            company_id=app.company["id"],
            application_id=app.row["id"],
            subject_table="interaction",
            subject_id=row["id"],
        )

    def build_reminders(self) -> None:
        for plan in self.rounds:
            if plan.held:
                continue
            scheduled = plan.row["scheduled_at"]
            self.record(
                "reminder",
                plan.row["created_at"],
                kind="prepare",
                title=f"Prepare: {plan.row['title']}",
                body="Go through the checklist and the research notes.",
                due_at=scheduled - timedelta(days=1),
                done_at=None,
                application_id=plan.app.row["id"],
                person_id=None,
                round_id=plan.row["id"],
            )

    # ------------------------------------------------------------ note lines
    def note_lines(self) -> Iterator[Row]:
        for plan in self.rounds:
            if plan.held:
                yield from self._script(plan)

    def _script(self, plan: _RoundPlan) -> Iterator[Row]:
        rng = random.Random(plan.note_seed)
        count = plan.note_count
        people = [p["name"].split()[0] for p in plan.attendees]
        technical = plan.row["kind"] in ("technical", "second")
        planned = [f"H: {text}" for text in plan.highlights]
        planned += [f"F: {item[0].upper()}{item[1:]}." for item in plan.follow_items]
        slots = rng.sample(range(1, count), min(len(planned), count - 1)) if count > 1 else []
        fixed = dict(zip(slots, planned, strict=False))
        texts: list[str] = [
            f"{people[0]} and I, {english_label(ROUND_KINDS, plan.row['kind']).lower()}; "
            f"{'video' if plan.row['location'].startswith('https') else 'on site'}."
        ]
        previous = ""
        for index in range(1, count):
            if index in fixed:
                text = fixed[index]
            else:
                text = self._next_line(rng, previous, people, technical)
            texts.append(text)
            previous = text
        started: datetime = plan.row["started_at"]
        duration_ms = plan.minutes * 60_000
        round_id = plan.row["id"]
        for index, text in enumerate(texts):
            elapsed = int(duration_ms * (index + rng.random()) / count)
            moment = started + timedelta(milliseconds=elapsed)
            yield {
                "id": self.new_id(),
                "created_at": moment,
                "updated_at": moment,
                "round_id": round_id,
                "position": float(index + 1),
                "elapsed_ms": elapsed,
                "marker": marker_of(text),
                "text": text,
            }

    @staticmethod
    def _next_line(rng: random.Random, previous: str, people: list[str], technical: bool) -> str:
        def fill(template: str) -> str:
            return template.format(
                topic=TOPICS[rng.randrange(len(TOPICS))],
                tech=TECH_DETAILS[rng.randrange(len(TECH_DETAILS))],
                n=rng.randint(4, 30),
                weeks=rng.randint(2, 12),
                years=rng.randint(1, 12),
                pct=rng.randint(10, 60),
                person=people[rng.randrange(len(people))],
            )

        roll = rng.random()
        if previous.startswith("Q:"):
            if roll < (0.15 if technical else 0.07):
                return fill(DID_NOT_KNOW_LINES[rng.randrange(len(DID_NOT_KNOW_LINES))])
            bank = ANSWER_LINES if roll < 0.85 else PLAIN_LINES
        elif previous.startswith("A:"):
            bank = QUESTION_LINES if roll < 0.45 else PLAIN_LINES if roll < 0.8 else ANSWER_LINES
        else:
            bank = QUESTION_LINES if roll < 0.55 else PLAIN_LINES
        text = fill(bank[rng.randrange(len(bank))])
        if text.startswith("Q:"):
            if rng.random() < 0.5:
                text += f" ({people[rng.randrange(len(people))]} asked; wants specifics)"
        elif rng.random() < 0.7:
            extra = fill(PLAIN_LINES[rng.randrange(len(PLAIN_LINES))])
            if extra not in text:
                text += " " + extra
        if text.startswith("DK:") and rng.random() < 0.2:
            text = "dk:" + text[3:]
        return text


def _name(model: type[SQLModel]) -> str:
    return str(model.__table__.name)  # type: ignore[attr-defined]


def _columns(model: type[SQLModel]) -> list[str]:
    return [column.name for column in model.__table__.columns]  # type: ignore[attr-defined]


def _insert(
    journal: Journal,
    model: type[SQLModel],
    rows: Iterator[Row] | list[Row],
    progress: Progress | None,
) -> int:
    """Insert ``rows`` in batches, keeping only the table's own columns."""
    name = _name(model)
    columns = _columns(model)
    batch: list[Row] = []
    written = 0
    for row in rows:
        batch.append({column: row[column] for column in columns})
        if len(batch) >= BATCH_ROWS:
            journal.bulk_insert(model, batch)
            written += len(batch)
            batch = []
            if progress is not None:
                progress(name, written)
    if batch:
        journal.bulk_insert(model, batch)
        written += len(batch)
    if progress is not None:
        progress(name, written)
    return written


def generate_sample(
    journal: Journal,
    size: Literal["small", "heavy"],
    *,
    seed: int = 2026,
    progress: Progress | None = None,
    now: datetime = SAMPLE_NOW,
) -> SampleCounts:
    """Fill an empty journal with a realistic, reproducible job search.

    ``progress(table_name, rows_written_so_far)`` is called after each batch. ``now`` is
    the sample's "today": the search ends there, with rounds ahead and reminders due.
    Raises :class:`ValidationError` if the journal already holds companies, so sample data
    is never mixed with the user's own.
    """
    if size not in SIZES:
        raise ValidationError(f"Unknown sample size {size!r}; choose small or heavy.")
    if journal.count(Company) or journal.count(Application):
        raise ValidationError(
            "This journal already holds companies; the sample only fills an empty journal, "
            "so open a new data folder for it."
        )
    builder = _Builder(size, seed, now.astimezone(UTC))
    builder.build()
    counts: dict[str, int] = {}
    for model in DOMAIN_TABLES:
        name = _name(model)
        rows: Iterator[Row] | list[Row] = (
            builder.note_lines() if model is NoteLine else builder.rows[name]
        )
        counts[name] = _insert(journal, model, rows, progress)
    return SampleCounts(**counts)
