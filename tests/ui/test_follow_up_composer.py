"""The follow-up composer, driven like a user would."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from interview_journal.core.services import Services
from interview_journal.core.validation import SHORT_TEXT_MAX
from interview_journal.storage.tables import FollowUp, Interaction, Person, TimelineEvent
from interview_journal.ui.follow_up import FollowUpComposer

BERLIN = ZoneInfo("Europe/Berlin")
ENDED = datetime(2026, 11, 20, 15, 0, tzinfo=BERLIN)  # a Friday


class Asked:
    """A stand-in for the confirm box: records what it was asked and answers as told."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.texts: list[str] = []

    def __call__(self, parent: QWidget, title: str, text: str, action: str) -> bool:
        self.texts.append(f"{title}|{text}|{action}")
        return self.answer


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def ended_round(services: Services) -> str:
    session = services.live.start(company_name="Acme", now=ENDED - timedelta(hours=1))
    round_id = session.round.id
    services.live.save_lines(
        round_id,
        [("a", 1.0, 1, "H: shipped the cache rewrite"), ("b", 2.0, 2, "F: send the slides")],
    )
    services.live.add_attendee(round_id, "Ana Sample, recruiter")
    ana = services.journal.records(Person, name="Ana Sample")[0]
    services.journal.update(Person, ana.id, email="ana@example.com")
    services.live.end(round_id, now=ENDED)
    return round_id


@pytest.fixture
def round_id(services: Services) -> str:
    return ended_round(services)


def composer(
    qtbot,
    services: Services,
    round_id: str,
    *,
    at: datetime = ENDED + timedelta(minutes=5),
    answer: bool = True,
    opened: list[str] | None = None,
) -> tuple[FollowUpComposer, Asked, Clock]:
    asked, clock = Asked(answer), Clock(at)
    urls = opened if opened is not None else []

    def opener(url: QUrl) -> bool:
        urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    dialog = FollowUpComposer(
        services, round_id, opener=opener, confirm=asked, clock=clock, tz=BERLIN
    )
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog, asked, clock


def test_round_ending_at_1500_proposes_this_evening_or_tomorrow_morning(
    qtbot, services: Services, round_id: str
) -> None:
    dialog, _, _ = composer(qtbot, services, round_id)
    assert dialog.banner.text() == (
        "Best sent this evening, 18:00–21:00, or tomorrow morning, 08:00–10:30."
    )
    assert dialog.verdict_label.text().startswith("Too soon")
    assert dialog.to_edit.text() == "ana@example.com"
    assert "shipped the cache rewrite" in dialog.body_edit.toPlainText()


def test_marking_sent_at_1520_warns_and_can_be_declined(
    qtbot, services: Services, round_id: str
) -> None:
    dialog, asked, _ = composer(
        qtbot, services, round_id, at=ENDED + timedelta(minutes=20), answer=False
    )
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    assert len(asked.texts) == 1
    assert "20 minutes ago" in asked.texts[0] and "Mark as sent anyway" in asked.texts[0]
    assert services.journal.count(TimelineEvent, kind="follow_up_sent") == 0
    assert dialog.sent_button.isEnabled()


def test_user_can_go_on_and_mark_it_sent_anyway(qtbot, services: Services, round_id: str) -> None:
    dialog, asked, _ = composer(qtbot, services, round_id, at=ENDED + timedelta(minutes=20))
    with qtbot.waitSignal(dialog.sent):
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    assert asked.texts
    assert services.journal.count(TimelineEvent, kind="follow_up_sent") == 1
    assert services.journal.records(Interaction)[0].kind == "follow_up"
    assert not dialog.sent_button.isEnabled()
    assert dialog.verdict_label.text().startswith("Marked as sent on Fri 20 Nov, 15:20")


def test_in_the_evening_it_is_sent_without_asking(qtbot, services: Services, round_id: str) -> None:
    dialog, asked, _ = composer(qtbot, services, round_id, at=ENDED.replace(hour=19))
    assert dialog.verdict_label.text() == "Now is a good time to send it."
    assert dialog.mark_sent()
    assert asked.texts == []


def test_open_in_mail_client_hands_over_an_encoded_mailto(
    qtbot, services: Services, round_id: str
) -> None:
    opened: list[str] = []
    dialog, _, _ = composer(qtbot, services, round_id, opened=opened)
    dialog.subject_edit.setText("Thanks & next steps? #1")
    dialog.body_edit.setPlainText('Line one "quoted" 🎉\nשלום')
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    [url] = opened
    assert url.startswith("mailto:ana@example.com?subject=Thanks%20%26%20next%20steps%3F%20%231")
    assert unquote(url.split("body=")[1]) == 'Line one "quoted" 🎉\r\nשלום'


def test_bad_recipient_is_explained_and_nothing_opened(
    qtbot, services: Services, round_id: str
) -> None:
    opened: list[str] = []
    dialog, _, _ = composer(qtbot, services, round_id, opened=opened)
    dialog.to_edit.setText("Ana Sample")
    assert not dialog.open_in_mail_client()
    assert opened == [] and "email address" in dialog.errors[0]


def test_copy_puts_subject_and_body_on_the_clipboard(
    qtbot, services: Services, round_id: str
) -> None:
    dialog, _, _ = composer(qtbot, services, round_id)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(dialog.subject_edit.text()) and "send the slides" in copied


def test_edits_are_saved_on_escape_and_come_back(qtbot, services: Services, round_id: str) -> None:
    dialog, _, _ = composer(qtbot, services, round_id)
    dialog.body_edit.setPlainText("My own words")
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert services.journal.records(FollowUp)[0].body == "My own words"
    again, _, _ = composer(qtbot, services, round_id)
    assert again.body_edit.toPlainText() == "My own words"
    assert services.journal.count(TimelineEvent, kind="follow_up_drafted") == 1


def test_unedited_draft_is_not_saved_on_close(qtbot, services: Services, round_id: str) -> None:
    dialog, _, _ = composer(qtbot, services, round_id)
    dialog.reject()
    assert services.journal.count(FollowUp) == 0


def test_a_refused_save_keeps_the_dialog_and_the_text(
    qtbot, services: Services, round_id: str
) -> None:
    dialog, _, _ = composer(qtbot, services, round_id)
    long_subject = "s" * (SHORT_TEXT_MAX + 1)
    dialog.subject_edit.setText(long_subject)
    dialog.reject()
    assert dialog.isVisible() and "limit" in dialog.errors[-1]
    assert services.journal.count(FollowUp) == 0
    assert dialog.subject_edit.text() == long_subject


def test_a_10_mb_paste_is_refused_and_the_body_kept(
    qtbot, services: Services, round_id: str
) -> None:
    dialog, _, _ = composer(qtbot, services, round_id)
    before = dialog.body_edit.toPlainText()
    data = QMimeData()
    data.setText("line of text\n" * 800_000)
    dialog.body_edit.insertFromMimeData(data)
    assert dialog.body_edit.toPlainText() == before
    assert "Nothing was pasted" in dialog.errors[-1]


def test_redraft_with_qualities_asks_before_replacing_edits(
    qtbot, services: Services, round_id: str
) -> None:
    dialog, asked, _ = composer(qtbot, services, round_id, answer=False)
    dialog.body_edit.setPlainText("Carefully edited")
    dialog.qualities_edit.setText("patient mentoring")
    qtbot.mouseClick(dialog.redraft_button, Qt.MouseButton.LeftButton)
    assert asked.texts and dialog.body_edit.toPlainText() == "Carefully edited"
    asked.answer = True
    assert dialog.redraft()
    assert "patient mentoring" in dialog.body_edit.toPlainText()
    assert services.follow_ups.qualities() == "patient mentoring"


def test_redraft_of_an_untouched_draft_needs_no_question(
    qtbot, services: Services, round_id: str
) -> None:
    dialog, asked, _ = composer(qtbot, services, round_id, answer=False)
    dialog.qualities_edit.setText("clear writing")
    assert dialog.redraft() and asked.texts == []
    assert "clear writing" in dialog.body_edit.toPlainText()


def test_round_not_ended_and_without_company(qtbot, services: Services) -> None:
    session = services.live.start(now=ENDED)
    dialog, _, _ = composer(qtbot, services, session.round.id)
    assert "not ended" in dialog.banner.text()
    assert dialog.body_edit.toPlainText().startswith("Hello,")


def test_every_control_has_names_and_tab_reaches_them(
    qtbot, services: Services, round_id: str
) -> None:
    dialog, _, _ = composer(qtbot, services, round_id)
    controls = [
        dialog.to_edit,
        dialog.subject_edit,
        dialog.qualities_edit,
        dialog.redraft_button,
        dialog.body_edit,
        dialog.open_button,
        dialog.copy_button,
        dialog.save_button,
        dialog.sent_button,
        dialog.close_button,
    ]
    assert all(w.objectName() and w.accessibleName() for w in controls)
    dialog.to_edit.setFocus()
    visited = []
    for _ in controls:
        visited.append(QGuiApplication.focusObject())
        qtbot.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Tab)
    assert visited == controls


def test_a_sent_follow_up_is_read_only_and_enter_never_redrafts(
    qtbot, services: Services, round_id: str
) -> None:
    dialog, _, _ = composer(qtbot, services, round_id, at=ENDED.replace(hour=19))
    assert not dialog.redraft_button.autoDefault()
    assert not dialog.body_edit.isReadOnly()
    assert dialog.mark_sent()
    assert dialog.body_edit.isReadOnly() and dialog.subject_edit.isReadOnly()
    assert dialog.to_edit.isReadOnly()
    assert not dialog.redraft_button.isEnabled() and not dialog.save_button.isEnabled()


def test_a_very_long_mailto_says_to_check_it_arrived_whole(
    qtbot, services: Services, round_id: str
) -> None:
    opened: list[str] = []
    dialog, _, _ = composer(qtbot, services, round_id, opened=opened)
    dialog.body_edit.setPlainText("A long recap. " * 1_000)
    assert dialog.open_in_mail_client()
    assert len(opened) == 1 and len(opened[0]) > 8_000
    assert "check that it arrived whole" in dialog.messages[-1][0]
