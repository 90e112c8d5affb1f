"""Around the note pad: who is in the room, the questions to ask, the research at hand.

Quiet by design: no pop-ups; errors go to the message bar through ``guarded``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.vocabulary import RESEARCH_TOPICS, label
from interview_journal.ui.feedback import guarded
from interview_journal.ui.layout import named

if TYPE_CHECKING:
    from interview_journal.core.live import LiveSession
    from interview_journal.core.questions import RoundQuestion
    from interview_journal.core.services import Services

Index = QModelIndex | QPersistentModelIndex


class QuestionChecklistModel(QAbstractListModel):
    """The round's questions as a checklist; ticking records that it was asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[RoundQuestion] = []
        self._asked: list[bool] = []
        self._on_toggle: Any = None

    def set_items(self, items: list[RoundQuestion], on_toggle: Any) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._asked = [item.asked for item in items]
        self._on_toggle = on_toggle
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return item.question.text
        if role == Qt.ItemDataRole.CheckStateRole:
            asked = self._asked[index.row()]
            return Qt.CheckState.Checked if asked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if self._asked[index.row()]:
                return QCoreApplication.translate(
                    "QuestionChecklistModel", "{question} (asked)"
                ).format(question=item.question.text)
            return QCoreApplication.translate(
                "QuestionChecklistModel", "{question} (not asked yet)"
            ).format(question=item.question.text)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        asked = Qt.CheckState(value) == Qt.CheckState.Checked
        row = index.row()
        if self._on_toggle is None or not self._on_toggle(self._items[row].question.id, asked):
            return False
        self._asked[row] = asked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def asked_count(self) -> int:
        return sum(self._asked)


class SessionSidePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveSidePanel")
        self.setAccessibleName(self.tr("Interview helpers"))
        self.setAccessibleDescription(
            self.tr("The people in the room, the questions to ask and your research")
        )
        self._services: Services | None = None
        self._round_id: str | None = None

        room_title = QLabel(self.tr("In the room"))
        room_title.setObjectName("sectionTitle")
        self.attendee_edit = named(
            QLineEdit(), "liveAttendeeEntry", self.tr("Add a person in the room")
        )
        self.attendee_edit.setPlaceholderText(self.tr("Name, role — then Enter"))
        self.attendee_edit.returnPressed.connect(self._add_attendee)
        # No fixed accessible name: a screen reader reads who is in the room.
        self.attendees_label = QLabel()
        self.attendees_label.setObjectName("liveAttendees")
        self.attendees_label.setAccessibleDescription(self.tr("People in the room"))
        self.attendees_label.setWordWrap(True)
        self.attendees_label.setTextFormat(Qt.TextFormat.PlainText)

        questions_title = QLabel(self.tr("Questions to ask"))
        questions_title.setObjectName("sectionTitle")
        self.questions = QuestionChecklistModel(self)
        self.question_list = named(
            QListView(), "liveQuestions", self.tr("Questions to ask, tick when asked")
        )
        self.question_list.setAccessibleDescription(
            self.tr("Space ticks the selected question as asked")
        )
        self.question_list.setModel(self.questions)
        self.question_list.setWordWrap(True)
        self.question_list.setAlternatingRowColors(True)

        research_title = QLabel(self.tr("Research"))
        research_title.setObjectName("sectionTitle")
        self.research = named(
            QTextBrowser(), "liveResearch", self.tr("Research on this company, read-only")
        )
        self.research.setOpenExternalLinks(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(room_title)
        layout.addWidget(self.attendee_edit)
        layout.addWidget(self.attendees_label)
        layout.addSpacing(8)
        layout.addWidget(questions_title)
        layout.addWidget(self.question_list, 3)
        layout.addSpacing(8)
        layout.addWidget(research_title)
        layout.addWidget(self.research, 2)

    def tab_order(self) -> list[QWidget]:
        """The panel's controls in reading order, for the view's tab chain."""
        return [self.attendee_edit, self.question_list, self.research]

    def bind(self, services: Services, session: LiveSession) -> None:
        self._services = services
        self._round_id = session.round.id
        company_id = session.company.id if session.company else None
        guarded(self, services.questions.ensure_starter_bank)
        items = guarded(self, lambda: services.questions.for_round(session.round.id, company_id))
        self.questions.set_items(items or [], self._set_asked)
        self._show_attendees()
        self._show_research(session)

    def _set_asked(self, question_id: str, asked: bool) -> bool:
        services, round_id = self._services, self._round_id
        if services is None or round_id is None:
            return False
        try:
            services.questions.set_asked(question_id, round_id, asked)
        except Exception as error:  # quiet in the room: say it in the message bar
            from interview_journal.ui.feedback import report_error

            report_error(self, str(error))
            return False
        return True

    def _add_attendee(self) -> None:
        services, round_id = self._services, self._round_id
        text = self.attendee_edit.text()
        if services is None or round_id is None or not text.strip():
            return
        if guarded(self, lambda: services.live.add_attendee(round_id, text)) is not None:
            self.attendee_edit.clear()
            self._show_attendees()

    def _show_attendees(self) -> None:
        services, round_id = self._services, self._round_id
        if services is None or round_id is None:
            return
        attendees = guarded(self, lambda: services.live.attendees(round_id)) or []
        lines = [
            self.tr("{name} — {role}").format(name=a.person.name, role=a.role_in_round)
            if a.role_in_round
            else a.person.name
            for a in attendees
        ]
        self.attendees_label.setText("\n".join(lines) if lines else self.tr("Nobody added yet."))

    def _show_research(self, session: LiveSession) -> None:
        services = self._services
        if services is None or session.company is None:
            self.research.setPlainText(self.tr("No company named yet, so no research to show."))
            return
        company = session.company
        notes = guarded(self, lambda: services.research.notes(company.id)) or []
        parts = [f"### {company.name}"]
        if company.gut_verdict:
            parts.append(self.tr("*Gut verdict:* {verdict}").format(verdict=company.gut_verdict))
        for note in notes:
            heading = note.title or label(RESEARCH_TOPICS, note.topic)
            parts.append(f"#### {heading}\n\n{note.body}")
        if not notes:
            parts.append(self.tr("No research notes for this company yet."))
        self.research.setMarkdown("\n\n".join(parts))
