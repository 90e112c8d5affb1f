"""Logging a contact, and the restraint guard before a status inquiry."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from interview_journal.core.services import Services
from interview_journal.storage.tables import Interaction, TimelineEvent
from interview_journal.ui.follow_up import LogContactDialog

BERLIN = ZoneInfo("Europe/Berlin")
ROUND_END = datetime(2026, 11, 2, 15, 0, tzinfo=BERLIN)
FIRST_ASK = datetime(2026, 11, 10, 10, 0, tzinfo=BERLIN)


class Asked:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.texts: list[str] = []

    def __call__(self, parent: QWidget, title: str, text: str, action: str) -> bool:
        self.texts.append(f"{text}|{action}")
        return self.answer


def process(services: Services) -> str:
    session = services.live.start(company_name="Acme", now=ROUND_END - timedelta(hours=1))
    services.live.add_attendee(session.round.id, "Ana Sample, recruiter")
    services.live.end(session.round.id, now=ROUND_END)
    assert session.round.application_id is not None
    return session.round.application_id


def dialog_at(
    qtbot, services: Services, application_id: str, now: datetime, answer: bool = True
) -> tuple[LogContactDialog, Asked]:
    asked = Asked(answer)
    dialog = LogContactDialog(services, application_id, confirm=asked, clock=lambda: now, tz=BERLIN)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog, asked


def choose(box, key: str) -> None:
    box.setCurrentIndex(box.findData(key))


def ask_first_time(services: Services, application_id: str) -> None:
    services.interactions.log(
        application_id,
        direction="out",
        channel="email",
        kind="status_inquiry",
        summary="Any news?",
        occurred_at=FIRST_ASK,
    )


def test_second_inquiry_two_days_after_the_first_warns_live(qtbot, services: Services) -> None:
    application_id = process(services)
    ask_first_time(services, application_id)
    dialog, asked = dialog_at(
        qtbot, services, application_id, FIRST_ASK + timedelta(days=2), answer=False
    )
    assert dialog.warning.isHidden()
    choose(dialog.kind_box, "status_inquiry")
    assert dialog.warning.isVisible()
    assert "2 days ago; wait at least 7 days" in dialog.warning.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked.texts and asked.texts[0].endswith("|Log it anyway")
    assert services.journal.count(Interaction) == 1 and dialog.isVisible()
    asked.answer = True
    with qtbot.waitSignal(dialog.logged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.journal.count(TimelineEvent, kind="status_inquiry") == 2


def test_moving_the_date_later_clears_the_warning(qtbot, services: Services) -> None:
    application_id = process(services)
    ask_first_time(services, application_id)
    dialog, _ = dialog_at(qtbot, services, application_id, FIRST_ASK + timedelta(days=2))
    choose(dialog.kind_box, "status_inquiry")
    assert dialog.warning.isVisible()
    dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addDays(6))
    assert dialog.warning.isHidden() and dialog.guard.ok


def test_a_reply_from_them_is_not_guarded(qtbot, services: Services) -> None:
    application_id = process(services)
    dialog, asked = dialog_at(qtbot, services, application_id, ROUND_END + timedelta(hours=2))
    choose(dialog.kind_box, "status_inquiry")
    assert dialog.warning.isVisible()  # same day as the interview
    choose(dialog.direction_box, "in")
    assert dialog.warning.isHidden()
    choose(dialog.person_box, dialog.person_box.itemData(1))
    dialog.summary_edit.setPlainText("They will decide next week")
    assert dialog.save() and asked.texts == []
    [event] = services.journal.records(TimelineEvent, kind="contact_in")
    assert event.title == "From Ana Sample — Acme"


def test_an_ordinary_message_saves_directly(qtbot, services: Services) -> None:
    application_id = process(services)
    dialog, asked = dialog_at(qtbot, services, application_id, ROUND_END + timedelta(hours=2))
    dialog.summary_edit.setPlainText("'; DROP TABLE interaction; -- 🎉 مرحبا")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and asked.texts == []
    logged = services.journal.records(Interaction)[0]
    assert logged.summary == "'; DROP TABLE interaction; -- 🎉 مرحبا"
    assert logged.occurred_at == ROUND_END + timedelta(hours=2)


def test_escape_cancels_without_writing(qtbot, services: Services) -> None:
    application_id = process(services)
    dialog, _ = dialog_at(qtbot, services, application_id, ROUND_END)
    dialog.summary_edit.setFocus()
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and services.journal.count(Interaction) == 0


def test_a_huge_paste_is_refused(qtbot, services: Services) -> None:
    application_id = process(services)
    dialog, _ = dialog_at(qtbot, services, application_id, ROUND_END)
    data = QMimeData()
    data.setText("x\n" * 600_000)
    dialog.summary_edit.insertFromMimeData(data)
    assert dialog.summary_edit.toPlainText() == "" and "Nothing was pasted" in dialog.errors[-1]


def test_keyboard_reaches_every_field_in_order(qtbot, services: Services) -> None:
    application_id = process(services)
    dialog, _ = dialog_at(qtbot, services, application_id, ROUND_END)
    fields = [
        dialog.person_box,
        dialog.direction_box,
        dialog.channel_box,
        dialog.kind_box,
        dialog.when_edit,
        dialog.summary_edit,
    ]
    assert all(w.objectName() and w.accessibleName() for w in fields)
    dialog.person_box.setFocus()
    visited: list[object] = []
    # The date edit takes Tab through its own sections (day, month, ...) before leaving.
    for _ in range(12):
        focused = QGuiApplication.focusObject()
        if focused not in visited:
            visited.append(focused)
        if focused is dialog.summary_edit:
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert visited == fields


def test_the_dialog_watches_the_cores_status_inquiry_kind() -> None:
    from interview_journal.core import inquiries
    from interview_journal.ui.follow_up import contact_dialog

    assert contact_dialog.STATUS_INQUIRY == inquiries.STATUS_INQUIRY


def test_the_package_loads_without_the_database_stack() -> None:
    import subprocess
    import sys

    code = (
        "import sys, interview_journal.ui.follow_up;"
        "print('sqlalchemy' in sys.modules or 'sqlmodel' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "False"
