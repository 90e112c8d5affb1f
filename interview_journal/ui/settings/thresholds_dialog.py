"""Follow-through settings: the thresholds behind "gone quiet", the restraint guard and the
keep-applying nudge, one spin box each, saved with the journal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.core.thresholds import THRESHOLD_SPECS, Thresholds
from interview_journal.ui.feedback import guarded

if TYPE_CHECKING:
    from interview_journal.core.services import Services


INTRO = QT_TRANSLATE_NOOP(
    "ThresholdsDialog",
    "These numbers decide when a process counts as gone quiet, when a status inquiry "
    "would come too soon, and when the app nudges you to keep applying. They are saved "
    "in your journal.",
)


class ThresholdsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdsDialog")
        self.setAccessibleName(self.tr("Follow-through settings"))
        self.setWindowTitle(self.tr("Follow-through settings"))
        self._services = services

        intro = QLabel(QCoreApplication.translate("ThresholdsDialog", INTRO))
        intro.setObjectName("thresholdsIntro")
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.boxes: dict[str, QSpinBox] = {}
        # Every box as wide as the widest value with its unit, in the user's language.
        units = {spec.unit_label for spec in THRESHOLD_SPECS}
        for spec in THRESHOLD_SPECS:
            box = QSpinBox()
            box.setObjectName(f"threshold_{spec.field}")
            box.setAccessibleName(spec.label)
            box.setRange(spec.minimum, spec.maximum)
            box.setSuffix(f" {spec.unit_label}")
            label = QLabel(spec.label)
            label.setBuddy(box)
            metrics = box.fontMetrics()
            widest = max(metrics.horizontalAdvance(f"365 {unit}") for unit in units)
            box.setMinimumWidth(widest + 40)
            form.addRow(label, box)
            self.boxes[spec.field] = box

        buttons = QDialogButtonBox()
        buttons.setObjectName("thresholdsButtons")
        restore = QPushButton(self.tr("&Restore defaults"))
        restore.setObjectName("thresholdsRestore")
        restore.setAccessibleName(self.tr("Restore default thresholds"))
        # Added before Save and Cancel so Tab meets it first: every platform's button
        # order puts a reset button on the left.
        buttons.addButton(restore, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        restore.clicked.connect(lambda: self._show(Thresholds()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        current = guarded(parent or self, services.thresholds.load)
        self._show(current or Thresholds())

    def _show(self, thresholds: Thresholds) -> None:
        for name, box in self.boxes.items():
            box.setValue(getattr(thresholds, name))

    def values(self) -> dict[str, int]:
        return {name: box.value() for name, box in self.boxes.items()}

    def accept(self) -> None:
        values, thresholds = self.values(), self._services.thresholds
        saved = guarded(self.parentWidget() or self, lambda: thresholds.save(**values))
        if saved is not None:
            super().accept()
