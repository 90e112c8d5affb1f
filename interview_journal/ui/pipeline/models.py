"""Item models of the pipeline board: the cards of one stage, and the stages to edit.

Each board column is a plain list model over the frozen cards the service hands out; a
card is dragged between columns as its application id in a private MIME type, and the
drop only *asks* for the move (the view calls the service, then reloads the board).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.ui.i18n import format_date, format_number
from interview_journal.ui.research.models import DetailRole, IdRole

if TYPE_CHECKING:
    from interview_journal.core.pipeline import PipelineCard, Stage

ModelIndex = QModelIndex | QPersistentModelIndex

CardRole = Qt.ItemDataRole.UserRole + 20
QuietRole = Qt.ItemDataRole.UserRole + 21

CARD_MIME_TYPE = "application/x-interview-journal-application"


def quiet_flag(card: PipelineCard) -> str:
    """The flag a gone-quiet card carries, e.g. "Quiet 18 days"; empty otherwise.

    The card paints it on amber; these words are what says it, to everyone."""
    if not card.gone_quiet or card.quiet_days is None:
        return ""
    days = card.quiet_days  # a plain name: lupdate drops a call whose count is an attribute
    return QCoreApplication.translate("PipelineCard", "Quiet %n day(s)", None, days)


def _local_date(moment: datetime) -> str:
    return format_date(moment.astimezone().date())


def card_detail(card: PipelineCard) -> str:
    """The card's last line: what is most useful to know about the process now."""
    if card.closed:
        reason = card.closed_reason or QCoreApplication.translate("PipelineCard", "Closed")
        return QCoreApplication.translate("PipelineCard", "{reason} · {date}").format(
            reason=reason, date=_local_date(card.last_activity)
        )
    if card.round_ahead:
        return QCoreApplication.translate("PipelineCard", "A round is ahead")
    if card.quiet_days is not None and card.applied_at is not None:
        if card.quiet_days == 0:
            return QCoreApplication.translate("PipelineCard", "Last news today")
        days = card.quiet_days  # a plain name, for lupdate
        return QCoreApplication.translate("PipelineCard", "Last news %n day(s) ago", None, days)
    if card.applied_at is not None:
        return QCoreApplication.translate("PipelineCard", "Applied {date}").format(
            date=_local_date(card.applied_at)
        )
    return QCoreApplication.translate("PipelineCard", "Not applied yet")


def card_description(card: PipelineCard) -> str:
    """What a screen reader says for the card."""
    parts = [
        card.company_name,
        card.role or QCoreApplication.translate("PipelineCard", "role not given"),
        quiet_flag(card) or card_detail(card),
    ]
    return ", ".join(parts)


class CardListModel(QAbstractListModel):
    """The cards of one stage; a drop of another stage's card emits ``card_dropped``."""

    card_dropped = Signal(str, str)  # application id, this model's stage id

    def __init__(self, stage_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self._cards: list[PipelineCard] = []

    def set_cards(self, cards: Sequence[PipelineCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def card(self, row: int) -> PipelineCard | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, application_id: str) -> int:
        for number, card in enumerate(self._cards):
            if card.application_id == application_id:
                return number
        return -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return card.company_name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return card_description(card)
        if role == DetailRole:
            return card_detail(card)
        if role == QuietRole:
            return quiet_flag(card)
        if role == IdRole:
            return card.application_id
        if role == CardRole:
            return card
        return None

    # -------------------------------------------------------- drag and drop
    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [str(index.data(IdRole)) for index in indexes if index.isValid()]
        data.setData(CARD_MIME_TYPE, QByteArray("\n".join(ids[:1]).encode()))
        return data

    @staticmethod
    def dropped_id(data: QMimeData) -> str:
        if not data.hasFormat(CARD_MIME_TYPE):
            return ""
        return bytes(data.data(CARD_MIME_TYPE).data()).decode(errors="replace").strip()

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        application_id = self.dropped_id(data)
        # A card dropped on its own column is not a move.
        return bool(application_id) and self.row_of(application_id) < 0

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        self.card_dropped.emit(self.dropped_id(data), self.stage_id)
        # The service moves it and the board reloads; nothing is inserted here, and
        # returning False keeps the source view from removing rows itself.
        return False


# English source texts, translated when shown (see outcome_label).
OUTCOME_LABELS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("StageTableModel", "Open"),
    "offer": QT_TRANSLATE_NOOP("StageTableModel", "Offer"),
    "accepted": QT_TRANSLATE_NOOP("StageTableModel", "Accepted"),
    "closed": QT_TRANSLATE_NOOP("StageTableModel", "Closed"),
}


def outcome_label(outcome: str) -> str:
    """What a stage's outcome is called, in the user's language."""
    source = OUTCOME_LABELS.get(outcome)
    return QCoreApplication.translate("StageTableModel", source) if source else outcome


class StageTableModel(QAbstractTableModel):
    """The stages in order, with their outcome and how many applications each holds."""

    NAME, OUTCOME, COUNT = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("StageTableModel", "Stage"),
        QT_TRANSLATE_NOOP("StageTableModel", "Outcome"),
        QT_TRANSLATE_NOOP("StageTableModel", "Applications"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._stages: list[Stage] = []
        self._counts: dict[str, int] = {}

    def set_stages(self, stages: Sequence[Stage], counts: dict[str, int]) -> None:
        self.beginResetModel()
        self._stages = list(stages)
        self._counts = dict(counts)
        self.endResetModel()

    def stage(self, row: int) -> Stage | None:
        return self._stages[row] if 0 <= row < len(self._stages) else None

    def stages(self) -> list[Stage]:
        return list(self._stages)

    def count_of(self, stage_id: str) -> int:
        return self._counts.get(stage_id, 0)

    def row_of(self, stage_id: str) -> int:
        for number, stage in enumerate(self._stages):
            if stage.id == stage_id:
                return number
        return -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stages)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        stage = self.stage(index.row()) if index.isValid() else None
        if stage is None:
            return None
        column = index.column()
        count = self._counts.get(stage.id, 0)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COUNT:
            # A bare "3" read out of context says nothing.
            return self.tr("{count} application(s)", "", count).format(count=format_number(count))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.NAME:
                return stage.name
            if column == self.OUTCOME:
                return outcome_label(stage.outcome)
            return format_number(count)
        if role == IdRole:
            return stage.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None
