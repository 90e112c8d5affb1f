"""The app's fixed vocabularies: research topics, round kinds, note markers, event kinds.

Stored values are the short keys; labels are what the user reads. The tables hold the
English labels, marked for translation; :func:`label` and its siblings return them in the
user's language (exports, which are data, use :func:`english_label`).
"""

from __future__ import annotations

from dataclasses import dataclass

from interview_journal.core.i18n import QT_TRANSLATE_NOOP, translate

RESEARCH_TOPICS: dict[str, str] = {
    "values": QT_TRANSLATE_NOOP("Vocabulary", "Values"),
    "day_to_day": QT_TRANSLATE_NOOP("Vocabulary", "Day-to-day work"),
    "team": QT_TRANSLATE_NOOP("Vocabulary", "Team and people"),
    "growth": QT_TRANSLATE_NOOP("Vocabulary", "Growth"),
    "work_life": QT_TRANSLATE_NOOP("Vocabulary", "Work–life balance"),
    "compensation": QT_TRANSLATE_NOOP("Vocabulary", "Compensation"),
    "red_flags": QT_TRANSLATE_NOOP("Vocabulary", "Red flags"),
    "green_flags": QT_TRANSLATE_NOOP("Vocabulary", "Green flags"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

ROUND_KINDS: dict[str, str] = {
    "screening": QT_TRANSLATE_NOOP("Vocabulary", "Screening call"),
    "first": QT_TRANSLATE_NOOP("Vocabulary", "First interview"),
    "second": QT_TRANSLATE_NOOP("Vocabulary", "Second interview"),
    "technical": QT_TRANSLATE_NOOP("Vocabulary", "Technical interview"),
    "final": QT_TRANSLATE_NOOP("Vocabulary", "Final interview"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Interview"),
}

EVENT_KINDS: dict[str, str] = {
    "applied": QT_TRANSLATE_NOOP("Vocabulary", "Applied"),
    "round_scheduled": QT_TRANSLATE_NOOP("Vocabulary", "Round scheduled"),
    "round_started": QT_TRANSLATE_NOOP("Vocabulary", "Interview started"),
    "round_held": QT_TRANSLATE_NOOP("Vocabulary", "Interview held"),
    "follow_up_drafted": QT_TRANSLATE_NOOP("Vocabulary", "Follow-up drafted"),
    "follow_up_sent": QT_TRANSLATE_NOOP("Vocabulary", "Follow-up sent"),
    "contact_in": QT_TRANSLATE_NOOP("Vocabulary", "Heard from them"),
    "contact_out": QT_TRANSLATE_NOOP("Vocabulary", "Contacted them"),
    "status_inquiry": QT_TRANSLATE_NOOP("Vocabulary", "Status inquiry"),
    "stage_changed": QT_TRANSLATE_NOOP("Vocabulary", "Stage changed"),
    "offer": QT_TRANSLATE_NOOP("Vocabulary", "Offer"),
    "rejected": QT_TRANSLATE_NOOP("Vocabulary", "Rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("Vocabulary", "Withdrew"),
    "gone_quiet": QT_TRANSLATE_NOOP("Vocabulary", "Gone quiet"),
    "research": QT_TRANSLATE_NOOP("Vocabulary", "Research note"),
    "company_added": QT_TRANSLATE_NOOP("Vocabulary", "Company added"),
    "note": QT_TRANSLATE_NOOP("Vocabulary", "Note"),
}

# The timeline's date filters: key and label; "custom" uses the user's own from/to days.
DATE_PRESETS: tuple[tuple[str, str], ...] = (
    ("all", QT_TRANSLATE_NOOP("Vocabulary", "All time")),
    ("7", QT_TRANSLATE_NOOP("Vocabulary", "Last 7 days")),
    ("30", QT_TRANSLATE_NOOP("Vocabulary", "Last 30 days")),
    ("90", QT_TRANSLATE_NOOP("Vocabulary", "Last 90 days")),
    ("year", QT_TRANSLATE_NOOP("Vocabulary", "This year")),
    ("last_year", QT_TRANSLATE_NOOP("Vocabulary", "Last year")),
    ("custom", QT_TRANSLATE_NOOP("Vocabulary", "Custom dates…")),
)

ANY_ROUND_LABEL = QT_TRANSLATE_NOOP("Vocabulary", "Any round")

# The categories the starter set uses, then a few more; the user may type their own.
# Keys follow the research topics' (day_to_day, work_life) so the sample and the bank agree.
QUESTION_CATEGORIES: dict[str, str] = {
    "day_to_day": QT_TRANSLATE_NOOP("Vocabulary", "Day-to-day work"),
    "team": QT_TRANSLATE_NOOP("Vocabulary", "Team and people"),
    "growth": QT_TRANSLATE_NOOP("Vocabulary", "Growth"),
    "culture": QT_TRANSLATE_NOOP("Vocabulary", "Culture"),
    "values": QT_TRANSLATE_NOOP("Vocabulary", "Values"),
    "coworkers": QT_TRANSLATE_NOOP("Vocabulary", "Meeting coworkers"),
    "technical": QT_TRANSLATE_NOOP("Vocabulary", "Technical"),
    "process": QT_TRANSLATE_NOOP("Vocabulary", "Next steps"),
    "work_life": QT_TRANSLATE_NOOP("Vocabulary", "Work–life balance"),
    "role": QT_TRANSLATE_NOOP("Vocabulary", "The role"),
    "leadership": QT_TRANSLATE_NOOP("Vocabulary", "Leadership"),
    "compensation": QT_TRANSLATE_NOOP("Vocabulary", "Pay and benefits"),
}

PERSON_KINDS: dict[str, str] = {
    "recruiter": QT_TRANSLATE_NOOP("Vocabulary", "Recruiter"),
    "interviewer": QT_TRANSLATE_NOOP("Vocabulary", "Interviewer"),
    "coworker": QT_TRANSLATE_NOOP("Vocabulary", "Future coworker"),
    "hiring_manager": QT_TRANSLATE_NOOP("Vocabulary", "Hiring manager"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

# How a contact happened and what it was; stored on Interaction.
INTERACTION_KINDS: dict[str, str] = {
    "message": QT_TRANSLATE_NOOP("Vocabulary", "Message"),
    "call": QT_TRANSLATE_NOOP("Vocabulary", "Call"),
    "status_inquiry": QT_TRANSLATE_NOOP("Vocabulary", "Status inquiry"),
    "follow_up": QT_TRANSLATE_NOOP("Vocabulary", "Follow-up"),
    "decision": QT_TRANSLATE_NOOP("Vocabulary", "Decision"),
    "scheduling": QT_TRANSLATE_NOOP("Vocabulary", "Scheduling"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

CHANNELS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("Vocabulary", "Email"),
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    "linkedin": QT_TRANSLATE_NOOP("Vocabulary", "LinkedIn"),
    "video": QT_TRANSLATE_NOOP("Vocabulary", "Video call"),
    "in_person": QT_TRANSLATE_NOOP("Vocabulary", "In person"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

DIRECTIONS: dict[str, str] = {
    "in": QT_TRANSLATE_NOOP("Vocabulary", "From them"),
    "out": QT_TRANSLATE_NOOP("Vocabulary", "From me"),
}

OFFER_STATUSES: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("Vocabulary", "Received"),
    "negotiating": QT_TRANSLATE_NOOP("Vocabulary", "Negotiating"),
    "accepted": QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Vocabulary", "Declined"),
    "expired": QT_TRANSLATE_NOOP("Vocabulary", "Expired"),
}

REMINDER_KINDS: dict[str, str] = {
    "follow_up": QT_TRANSLATE_NOOP("Vocabulary", "Send a follow-up"),
    "prepare": QT_TRANSLATE_NOOP("Vocabulary", "Prepare a round"),
    "offer_deadline": QT_TRANSLATE_NOOP("Vocabulary", "Offer deadline"),
    "stay_in_touch": QT_TRANSLATE_NOOP("Vocabulary", "Stay in touch"),
    "gone_quiet": QT_TRANSLATE_NOOP("Vocabulary", "Gone quiet"),
    "upcoming_round": QT_TRANSLATE_NOOP("Vocabulary", "Upcoming round"),
    "keep_applying": QT_TRANSLATE_NOOP("Vocabulary", "Keep applying"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Reminder"),
}

# Why a process ended, as stored in Application.closed_reason when the app closes it.
# Stored data, hence not translated (nor are the default stage names below, which become
# the user's own once the journal is created).
NO_RESPONSE_REASON = "No response"

DEFAULT_PIPELINE_STAGES: tuple[tuple[str, str], ...] = (
    ("Interested", "open"),
    ("Applied", "open"),
    ("Screening", "open"),
    ("Interviewing", "open"),
    ("Offer", "offer"),
    ("Accepted", "accepted"),
    ("Closed", "closed"),
)


@dataclass(frozen=True)
class Marker:
    key: str
    english_label: str
    prefix: str
    glyph: str

    @property
    def label(self) -> str:
        """The marker's name in the user's language."""
        return vocabulary_text(self.english_label)


# A line typed with one of these prefixes carries the marker; the prefix stays in the text
# so editing it changes the marker and nothing is ever hidden from the user.
MARKERS: tuple[Marker, ...] = (
    Marker("question", QT_TRANSLATE_NOOP("Vocabulary", "Their question"), "Q:", "?"),
    Marker("answer", QT_TRANSLATE_NOOP("Vocabulary", "My answer"), "A:", "›"),
    Marker("follow_up", QT_TRANSLATE_NOOP("Vocabulary", "Follow-up item"), "F:", "→"),
    Marker("highlight", QT_TRANSLATE_NOOP("Vocabulary", "Highlight"), "H:", "★"),
    Marker("did_not_know", QT_TRANSLATE_NOOP("Vocabulary", "Did not know"), "DK:", "✎"),
)
MARKERS_BY_KEY: dict[str, Marker] = {marker.key: marker for marker in MARKERS}


VOCABULARY_CONTEXT = "Vocabulary"


def vocabulary_text(english: str) -> str:
    """One of this module's marked labels in the user's language (a text that is not one
    of them, such as a key a newer version added, comes back as it is)."""
    context = VOCABULARY_CONTEXT  # a name, not a literal: lupdate extracts the marks above
    return translate(context, english)


def english_label(vocabulary: dict[str, str], key: str) -> str:
    """The English label of ``key``, or the key itself for values a newer version added:
    for exports and stored text, which are data and do not follow the user's language."""
    return vocabulary.get(key, key.replace("_", " ").capitalize() if key else "")


def label(vocabulary: dict[str, str], key: str) -> str:
    """The label of ``key`` in the user's language, or the key itself for values a newer
    version added."""
    return vocabulary_text(english_label(vocabulary, key))


def labels(vocabulary: dict[str, str]) -> dict[str, str]:
    """Every key of ``vocabulary`` with its label in the user's language (for choices)."""
    return {key: vocabulary_text(text) for key, text in vocabulary.items()}


def date_presets() -> tuple[tuple[str, str], ...]:
    """:data:`DATE_PRESETS` with the labels in the user's language."""
    return tuple((key, vocabulary_text(text)) for key, text in DATE_PRESETS)


def category_label(category: str, *, english: bool = False) -> str:
    """What the user reads; research topic keys (used by older journals) read as topics.
    ``english``: the English label, for exports."""
    known = QUESTION_CATEGORIES.get(category) or RESEARCH_TOPICS.get(category)
    if known:
        return known if english else vocabulary_text(known)
    text = category.replace("_", " ")
    return text[:1].upper() + text[1:]


def round_label(round_kind: str) -> str:
    return label(ROUND_KINDS, round_kind) if round_kind else vocabulary_text(ANY_ROUND_LABEL)
