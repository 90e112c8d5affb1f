"""The app's fixed vocabularies: research topics, round kinds, note markers, event kinds.

Stored values are the short keys; labels are what the user reads.
"""

from __future__ import annotations

from dataclasses import dataclass

RESEARCH_TOPICS: dict[str, str] = {
    "values": "Values",
    "day_to_day": "Day-to-day work",
    "team": "Team and people",
    "growth": "Growth",
    "work_life": "Work–life balance",
    "compensation": "Compensation",
    "red_flags": "Red flags",
    "green_flags": "Green flags",
    "other": "Other",
}

ROUND_KINDS: dict[str, str] = {
    "screening": "Screening call",
    "first": "First interview",
    "second": "Second interview",
    "technical": "Technical interview",
    "final": "Final interview",
    "other": "Interview",
}

EVENT_KINDS: dict[str, str] = {
    "applied": "Applied",
    "round_scheduled": "Round scheduled",
    "round_started": "Interview started",
    "round_held": "Interview held",
    "follow_up_drafted": "Follow-up drafted",
    "follow_up_sent": "Follow-up sent",
    "contact_in": "Heard from them",
    "contact_out": "Contacted them",
    "status_inquiry": "Status inquiry",
    "stage_changed": "Stage changed",
    "offer": "Offer",
    "rejected": "Rejected",
    "withdrawn": "Withdrew",
    "gone_quiet": "Gone quiet",
    "research": "Research note",
    "company_added": "Company added",
    "note": "Note",
}

# The timeline's date filters: key and label; "custom" uses the user's own from/to days.
DATE_PRESETS: tuple[tuple[str, str], ...] = (
    ("all", "All time"),
    ("7", "Last 7 days"),
    ("30", "Last 30 days"),
    ("90", "Last 90 days"),
    ("year", "This year"),
    ("last_year", "Last year"),
    ("custom", "Custom dates…"),
)

ANY_ROUND_LABEL = "Any round"

# The categories the starter set uses, then a few more; the user may type their own.
# Keys follow the research topics' (day_to_day, work_life) so the sample and the bank agree.
QUESTION_CATEGORIES: dict[str, str] = {
    "day_to_day": "Day-to-day work",
    "team": "Team and people",
    "growth": "Growth",
    "culture": "Culture",
    "values": "Values",
    "coworkers": "Meeting coworkers",
    "technical": "Technical",
    "process": "Next steps",
    "work_life": "Work–life balance",
    "role": "The role",
    "leadership": "Leadership",
    "compensation": "Pay and benefits",
}

PERSON_KINDS: dict[str, str] = {
    "recruiter": "Recruiter",
    "interviewer": "Interviewer",
    "coworker": "Future coworker",
    "hiring_manager": "Hiring manager",
    "other": "Other",
}

# How a contact happened and what it was; stored on Interaction.
INTERACTION_KINDS: dict[str, str] = {
    "message": "Message",
    "call": "Call",
    "status_inquiry": "Status inquiry",
    "follow_up": "Follow-up",
    "decision": "Decision",
    "scheduling": "Scheduling",
    "other": "Other",
}

CHANNELS: dict[str, str] = {
    "email": "Email",
    "phone": "Phone",
    "linkedin": "LinkedIn",
    "video": "Video call",
    "in_person": "In person",
    "other": "Other",
}

DIRECTIONS: dict[str, str] = {"in": "From them", "out": "From me"}

OFFER_STATUSES: dict[str, str] = {
    "received": "Received",
    "negotiating": "Negotiating",
    "accepted": "Accepted",
    "declined": "Declined",
    "expired": "Expired",
}

REMINDER_KINDS: dict[str, str] = {
    "follow_up": "Send a follow-up",
    "prepare": "Prepare a round",
    "offer_deadline": "Offer deadline",
    "stay_in_touch": "Stay in touch",
    "gone_quiet": "Gone quiet",
    "upcoming_round": "Upcoming round",
    "keep_applying": "Keep applying",
    "other": "Reminder",
}

# Why a process ended, as stored in Application.closed_reason when the app closes it.
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
    label: str
    prefix: str
    glyph: str


# A line typed with one of these prefixes carries the marker; the prefix stays in the text
# so editing it changes the marker and nothing is ever hidden from the user.
MARKERS: tuple[Marker, ...] = (
    Marker("question", "Their question", "Q:", "?"),
    Marker("answer", "My answer", "A:", "›"),
    Marker("follow_up", "Follow-up item", "F:", "→"),
    Marker("highlight", "Highlight", "H:", "★"),
    Marker("did_not_know", "Did not know", "DK:", "✎"),
)
MARKERS_BY_KEY: dict[str, Marker] = {marker.key: marker for marker in MARKERS}


def label(vocabulary: dict[str, str], key: str) -> str:
    """The label of ``key``, or the key itself for values a newer version added."""
    return vocabulary.get(key, key.replace("_", " ").capitalize() if key else "")


def category_label(category: str) -> str:
    """What the user reads; research topic keys (used by older journals) read as topics."""
    known = QUESTION_CATEGORIES.get(category) or RESEARCH_TOPICS.get(category)
    if known:
        return known
    text = category.replace("_", " ")
    return text[:1].upper() + text[1:]


def round_label(round_kind: str) -> str:
    return label(ROUND_KINDS, round_kind) if round_kind else ANY_ROUND_LABEL
