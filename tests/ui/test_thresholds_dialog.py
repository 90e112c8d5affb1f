from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from interview_journal.core.services import Services
from interview_journal.core.thresholds import THRESHOLD_SPECS, Thresholds
from interview_journal.ui.settings import ThresholdsDialog


def test_dialog_shows_and_saves_every_threshold(qtbot: QtBot, services: Services) -> None:
    services.thresholds.save(quiet_after_days=21)
    dialog = ThresholdsDialog(services)
    qtbot.addWidget(dialog)
    assert set(dialog.boxes) == {spec.field for spec in THRESHOLD_SPECS}
    assert dialog.boxes["quiet_after_days"].value() == 21
    for spec in THRESHOLD_SPECS:
        box = dialog.boxes[spec.field]
        assert (box.minimum(), box.maximum()) == (spec.minimum, spec.maximum)
        assert box.accessibleName() == spec.label
    dialog.boxes["inquiry_min_days_between"].setValue(9)
    dialog.accept()
    assert dialog.result() == ThresholdsDialog.DialogCode.Accepted
    loaded = services.thresholds.load()
    assert (loaded.quiet_after_days, loaded.inquiry_min_days_between) == (21, 9)


def test_restore_defaults_then_cancel_changes_nothing(qtbot: QtBot, services: Services) -> None:
    services.thresholds.save(quiet_after_days=30)
    dialog = ThresholdsDialog(services)
    qtbot.addWidget(dialog)
    restore = dialog.findChild(QPushButton, "thresholdsRestore")
    assert restore is not None
    restore.click()
    assert dialog.values()["quiet_after_days"] == Thresholds().quiet_after_days
    dialog.reject()
    assert services.thresholds.load().quiet_after_days == 30
