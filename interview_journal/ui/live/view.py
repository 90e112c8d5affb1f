"""Live interview view: pick or create the round, then type; ending puts it on the timeline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.notes import format_elapsed
from interview_journal.core.validation import LONG_TEXT_MAX
from interview_journal.core.vocabulary import MARKERS, ROUND_KINDS, labels
from interview_journal.ui.feedback import guarded, report_error, report_info
from interview_journal.ui.i18n import format_number, format_time
from interview_journal.ui.layout import centred_column, named, side_by_side, tab_chain
from interview_journal.ui.live.notepad import MARKER_SHORTCUTS, NotePad
from interview_journal.ui.live.side_panel import SessionSidePanel
from interview_journal.ui.live.writer import REFUSED, RETRYING, LineWriter

if TYPE_CHECKING:
    from interview_journal.core.live import LiveSession
    from interview_journal.core.services import Services


REVIEW_PAGE = 3


class LiveView(QWidget):
    """Start page until a session runs; then the note pad with a header and a timer."""

    session_ended = Signal(str)  # round id
    follow_up_requested = Signal(str)  # round id: draft the follow-up of this round

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveView")
        self.setAccessibleName(self.tr("Live interview"))
        self._services: Services | None = None
        self._session: LiveSession | None = None
        self._writer: LineWriter | None = None

        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._build_waiting_page())
        self._pages.addWidget(self._build_start_page())
        self._pages.addWidget(self._build_session_page())
        self._pages.addWidget(self._build_review_page())
        # The pad first: it is where the user is, and the header's buttons are rarely
        # needed (End has its shortcut); then the side panel, top to bottom. Set once the
        # pages are in the view: Qt leaves an order alone while a page is a window of its
        # own (its chain wraps round, so every order already "holds").
        tab_chain(
            [
                self.pad,
                *self.side_panel.tab_order(),
                self._larger_text,
                self._end_button,
            ]
        )
        self._review_round_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)

    # ------------------------------------------------------------------ pages
    def _build_waiting_page(self) -> QWidget:
        page = QLabel(self.tr("Opening your journal…"))
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.setObjectName("liveWaiting")
        return page

    def _build_start_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Start taking notes"))
        title.setObjectName("viewTitle")
        intro = QLabel(
            self.tr(
                "Name the company and the kind of round, or leave them for later, and start. "
                "Everything you type is saved as you type it."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")

        self._company_edit = named(QLineEdit(), "liveCompany", self.tr("Company"))
        self._company_edit.setPlaceholderText(self.tr("Company (optional)"))
        self._company_names = QStringListModel(self)
        completer = QCompleter(self._company_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._company_edit.setCompleter(completer)
        self._company_edit.returnPressed.connect(self.start_new)

        self._kind_combo = named(QComboBox(), "liveRoundKind", self.tr("Kind of round"))
        for key, text in labels(ROUND_KINDS).items():
            self._kind_combo.addItem(text, key)
        self._kind_combo.setCurrentIndex(self._kind_combo.findData("other"))

        self._start_button = named(
            QPushButton(self.tr("Start interview notes")),
            "liveStartButton",
            self.tr("Start interview notes"),
        )
        self._start_button.setDefault(True)
        self._start_button.clicked.connect(self.start_new)

        self._nearest_label = QLabel()
        self._nearest_label.setObjectName("liveNearestRound")
        self._nearest_label.setWordWrap(True)
        self._resume_button = named(
            QPushButton(self.tr("Take notes in this round")),
            "liveUpcomingButton",
            self.tr("Take notes in the upcoming round"),
        )
        self._resume_button.clicked.connect(self._start_nearest)
        self._nearest_id: str | None = None

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Company"), self._company_edit)
        form.addRow(self.tr("Round"), self._kind_combo)

        # The marker labels come from core's vocabulary (translated there).
        markers = self.tr(", ").join(
            self.tr("{prefix} for {label} ({shortcut})").format(
                prefix=m.prefix, label=m.label.lower(), shortcut=MARKER_SHORTCUTS[m.key]
            )
            for m in MARKERS
        )
        legend = QLabel(
            self.tr(
                "While you type, start a line with {markers}. "
                "The time since the start is kept with every line."
            ).format(markers=markers)
        )
        legend.setWordWrap(True)
        legend.setObjectName("hint")

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addWidget(self._nearest_label)
        column.addWidget(self._resume_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addLayout(form)
        column.addWidget(self._start_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(12)
        column.addWidget(legend)
        column.addStretch(1)
        centred_column(page, column, 560)
        return page

    def _build_session_page(self) -> QWidget:
        page = QWidget()
        self._session_title = QLabel()
        self._session_title.setObjectName("liveSessionTitle")
        # The two status labels keep no fixed accessible name: a screen reader then reads
        # their text ("12:34", "Saved"), and the description says what it is.
        self._elapsed_label = QLabel("0:00")
        self._elapsed_label.setObjectName("liveElapsed")
        self._elapsed_label.setAccessibleDescription(self.tr("Elapsed time"))
        self._elapsed_label.setToolTip(self.tr("Time since the interview started"))
        self._save_state = QLabel()
        self._save_state.setObjectName("liveSaveState")
        self._save_state.setAccessibleDescription(self.tr("Save state of your notes"))
        self._show_save_state(self.tr("Saved"), "")
        self._end_button = named(
            QPushButton(self.tr("End interview")), "liveEndButton", self.tr("End interview")
        )
        self._end_button.setShortcut("Ctrl+Shift+E")
        self._end_button.setToolTip(self.tr("End the interview (Ctrl+Shift+E)"))
        self._end_button.clicked.connect(self.end_session)

        self._larger_text = named(
            QPushButton(self.tr("Larger text")), "liveLargerText", self.tr("Larger text")
        )
        self._larger_text.setCheckable(True)
        self._larger_text.setToolTip(self.tr("Make the notes easier to read at a glance"))
        self._larger_text.toggled.connect(self._set_larger_text)

        header = QHBoxLayout()
        header.addWidget(self._session_title, 1)
        header.addWidget(self._larger_text)
        header.addSpacing(12)
        header.addWidget(self._save_state)
        header.addSpacing(12)
        header.addWidget(self._elapsed_label)
        header.addSpacing(12)
        header.addWidget(self._end_button)

        self.pad = NotePad()
        self._base_font = QFont(self.pad.font())
        self._set_larger_text(False)

        self.side_panel = SessionSidePanel()
        splitter = side_by_side(
            "liveSplitter", self.pad, self.side_panel, stretch=(3, 1), sizes=(760, 320)
        )

        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        return page

    def _build_review_page(self) -> QWidget:
        page = QWidget()
        self._review_title = QLabel()
        self._review_title.setObjectName("viewTitle")
        self._review_digest = named(QLabel(), "liveReviewDigest", self.tr("What your notes hold"))
        self._review_digest.setWordWrap(True)
        self._review_digest.setTextFormat(Qt.TextFormat.PlainText)
        self._review_digest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._how_it_went = named(QPlainTextEdit(), "liveReviewHowItWent", self.tr("How it went"))
        self._how_it_went.setTabChangesFocus(True)
        self._how_it_went.setMaximumHeight(90)
        self._energy = named(QComboBox(), "liveReviewEnergy", self.tr("Energy after the interview"))
        self._energy.addItem(self.tr("Not rated"), None)
        energies = (
            self.tr("drained"),
            self.tr("tired"),
            self.tr("steady"),
            self.tr("good"),
            self.tr("energised"),
        )
        for value, text in enumerate(energies, 1):
            self._energy.addItem(
                self.tr("{value} — {energy}").format(value=format_number(value), energy=text),
                value,
            )
        self._answer_differently = named(
            QPlainTextEdit(),
            "liveReviewAnswerDifferently",
            self.tr("What I would answer differently"),
        )
        self._answer_differently.setTabChangesFocus(True)
        self._answer_differently.setMaximumHeight(90)
        self._next_step = named(QLineEdit(), "liveReviewNextStep", self.tr("Next step"))
        self._next_step.setPlaceholderText(
            self.tr("e.g. they decide by Friday; technical round next")
        )
        save = QPushButton(self.tr("Save review"))
        save.setObjectName("liveReviewSave")
        save.setAccessibleName(self.tr("Save review"))
        save.setDefault(True)
        save.clicked.connect(self._save_review)
        draft = QPushButton(self.tr("Draft &follow-up…"))
        draft.setObjectName("liveReviewDraftFollowUp")
        draft.setAccessibleName(self.tr("Draft the follow-up email"))
        draft.setToolTip(
            self.tr("Compose the thank-you email from these notes, and see when to send it")
        )
        draft.clicked.connect(self._request_follow_up)
        later = QPushButton(self.tr("Later"))
        later.setObjectName("liveReviewLater")
        later.setAccessibleName(self.tr("Review later"))
        later.clicked.connect(self._close_review)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("How did it go?"), self._how_it_went)
        form.addRow(self.tr("Energy"), self._energy)
        form.addRow(self.tr("I would answer differently"), self._answer_differently)
        form.addRow(self.tr("Next step"), self._next_step)
        buttons = QHBoxLayout()
        buttons.addWidget(draft)
        buttons.addStretch(1)
        buttons.addWidget(later)
        buttons.addWidget(save)

        column = QVBoxLayout()
        column.addWidget(self._review_title)
        column.addWidget(self._review_digest)
        column.addSpacing(8)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addStretch(1)
        centred_column(page, column, 720)
        return page

    def _set_larger_text(self, larger: bool) -> None:
        pad_font = QFont(self._base_font)
        pad_font.setPointSizeF(self._base_font.pointSizeF() * (1.5 if larger else 1.15))
        self.pad.setFont(pad_font)
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_review(self, round_id: str, title: str) -> None:
        services = self._services
        if services is None:
            return
        digest = guarded(self, lambda: services.live.digest(round_id))
        if digest is None:
            return
        self._review_round_id = round_id
        self._review_title.setText(self.tr("Looking back: {title}").format(title=title))
        sections = (
            (self.tr("Highlights to stress in your follow-up:"), digest.highlights),
            (self.tr("You promised to follow up on:"), digest.follow_ups),
            (self.tr("To study: what you did not know:"), digest.did_not_know),
        )
        parts = [self.tr("%n line(s) of notes.", "", digest.line_count)]
        for heading, items in sections:
            if items:
                parts.append(heading + "\n" + "\n".join(f"  • {item}" for item in items))
        self._review_digest.setText("\n\n".join(parts))
        for editor in (self._how_it_went, self._answer_differently):
            editor.clear()
        self._next_step.clear()
        self._energy.setCurrentIndex(0)
        self._pages.setCurrentIndex(REVIEW_PAGE)
        self._how_it_went.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_review(self) -> None:
        services, round_id = self._services, self._review_round_id
        if services is None or round_id is None:
            return
        energy = self._energy.currentData()
        saved = guarded(
            self,
            lambda: services.live.save_review(
                round_id,
                how_it_went=self._how_it_went.toPlainText(),
                energy=int(energy) if energy is not None else None,
                answer_differently=self._answer_differently.toPlainText(),
                next_step=self._next_step.text(),
            ),
        )
        if saved is not None:
            report_info(self, self.tr("Review saved with the interview."))
            self._close_review()

    def _request_follow_up(self) -> None:
        if self._review_round_id is not None:
            self.follow_up_requested.emit(self._review_round_id)

    def _close_review(self) -> None:
        self._review_round_id = None
        self.refresh()

    @property
    def reviewing(self) -> bool:
        return self._review_round_id is not None

    # --------------------------------------------------------------- contract
    def attach(self, services: Services) -> None:
        self._services = services
        interrupted = guarded(self, services.live.interrupted_round)
        if interrupted is not None:
            self._begin(round_id=interrupted.id)
            report_info(self, self.tr("Your interrupted interview was reopened; nothing was lost."))
        else:
            self.refresh()

    def refresh(self) -> None:
        if self._services is None or self._session is not None or self.reviewing:
            return
        services = self._services
        companies = guarded(self, services.research.companies) or []
        self._company_names.setStringList([summary.company.name for summary in companies])
        nearest = guarded(self, services.live.nearest_scheduled_round)
        self._nearest_id = nearest.id if nearest else None
        if nearest is not None:
            company = services.live.company_of(nearest)
            name = company.name if company else self.tr("a company not named yet")
            kind = labels(ROUND_KINDS).get(nearest.kind) or self.tr("Interview")
            if nearest.scheduled_at is not None:
                text = self.tr("Upcoming: {kind} with {company} at {time}.").format(
                    kind=kind, company=name, time=format_time(nearest.scheduled_at)
                )
            else:
                text = self.tr("Upcoming: {kind} with {company}.").format(kind=kind, company=name)
            self._nearest_label.setText(text)
        self._nearest_label.setVisible(nearest is not None)
        self._resume_button.setVisible(nearest is not None)
        self._pages.setCurrentIndex(1)

    def focus_primary(self) -> None:
        if self._session is not None:
            self.pad.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif self._services is not None:
            self._company_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @property
    def in_session(self) -> bool:
        return self._session is not None

    # ---------------------------------------------------------------- actions
    def start_new(self) -> None:
        self._begin(
            company_name=self._company_edit.text(),
            kind=str(self._kind_combo.currentData()),
        )

    def start_quick(self, company_name: str = "", kind: str = "other") -> None:
        """One step from anywhere: the round scheduled nearest to now, or a new one."""
        if self._session is not None:
            self.focus_primary()
            return
        if self._services is None:
            return
        nearest = (
            None if company_name else guarded(self, self._services.live.nearest_scheduled_round)
        )
        if nearest is not None:
            self._begin(round_id=nearest.id)
        else:
            self._begin(company_name=company_name, kind=kind)

    def _start_nearest(self) -> None:
        if self._nearest_id is not None:
            self._begin(round_id=self._nearest_id)

    def _begin(
        self, *, company_name: str = "", kind: str = "other", round_id: str | None = None
    ) -> None:
        services = self._services
        if services is None or self._session is not None:
            return
        session = guarded(
            self,
            lambda: services.live.start(company_name=company_name, kind=kind, round_id=round_id),
        )
        if session is None:
            return
        lines = guarded(self, lambda: services.live.lines(session.round.id)) or []
        self._session = session
        round_id = session.round.id
        self._writer = LineWriter(
            lambda writes, deletes: [
                (refused.id, refused.reason)
                for refused in services.live.save_lines(round_id, writes, deletes)
            ]
        )
        self._writer.state_changed.connect(self._on_save_state)
        self._session_title.setText(session.title)
        self.pad.bind(
            [(line.id, line.position, line.elapsed_ms, line.text) for line in lines],
            self._save_lines,
            session.elapsed_ms,
        )
        self.side_panel.bind(services, session)
        self._pages.setCurrentIndex(2)
        self._tick()
        self._clock.start()
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_lines(
        self, writes: Sequence[tuple[str, float, int, str]], deletes: Sequence[str]
    ) -> bool:
        if self._writer is None:
            return False
        self._writer.submit(writes, deletes)
        return True

    def _on_save_state(self, state: str, message: str) -> None:
        # Quiet while commits are retried: the header says it; the text stays queued in
        # memory. A refused line will not save however long we wait: the user is told
        # once, with what to do, and the header keeps saying it until the line is fixed.
        if state == RETRYING:
            retrying = self.tr("Not saved yet — retrying")
            if self._save_state.text() != retrying:
                # Once per failure, not per retry: a full disk or a read-only folder
                # needs the user to act, so the message bar says why.
                report_error(
                    self,
                    self.tr(
                        "{reason} Your notes stay in the pad and are saved as soon as it works."
                    ).format(reason=message),
                )
            self._show_save_state(retrying, message)
        elif state == REFUSED:
            refusal = self._refusal()
            if refusal is None:  # fixed (or deleted) meanwhile; the next commit says so
                return
            number, text = refusal
            self._show_save_state(
                self.tr("Line {number} not saved").format(number=format_number(number)), text
            )
            report_error(self, text)
        else:
            self._show_save_state(self.tr("Saved"), "")

    def _show_save_state(self, text: str, why: str) -> None:
        """The header's save state, in words (never a colour alone), with the reason in
        its tooltip; a screen reader reads the same words."""
        self._save_state.setText(text)
        self._save_state.setToolTip(why or self.tr("Every line you typed is saved."))

    def _refusal(self) -> tuple[int, str] | None:
        """The first line refused for good, by number, and the sentence telling what to do."""
        if self._writer is None:
            return None
        numbered = [
            (number, line_id, reason)
            for line_id, reason in self._writer.refused().items()
            if (number := self.pad.line_number(line_id)) is not None
        ]
        if not numbered:
            return None
        number, _, reason = min(numbered)
        return number, self.tr(
            "Line {number} of your notes is not saved. {reason} It stays in the pad; "
            "press Enter inside it to break it into lines under {limit} "
            "characters, or delete part of it."
        ).format(number=format_number(number), reason=reason, limit=format_number(LONG_TEXT_MAX))

    def _point_at_refused_line(self) -> str | None:
        """Put the cursor where the first refused line can be split; what to tell the user."""
        refusal = self._refusal()
        if refusal is None or self._writer is None:
            return None
        number, text = refusal
        line_id = self.pad.line_states()[number - 1].id
        self._pages.setCurrentIndex(2)
        self.pad.put_cursor_in_line(line_id, LONG_TEXT_MAX)
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.tr("{problem} The cursor is where the limit falls: press Enter there.").format(
            problem=text
        )

    def flush(self, timeout: float = 5.0) -> bool:
        """True when every typed line is committed to the journal.

        When a refused line is what stops it, the cursor is put in that line and the user
        is told how to fix it; the sentence is shown after the caller's own (closing the
        window says only that lines are unsaved), so the last word says what to do.
        """
        saved = self._flush(timeout)
        if not saved:
            instruction = self._point_at_refused_line()
            if instruction is not None:
                QTimer.singleShot(0, self, lambda: report_error(self, instruction))
        return saved

    def _flush(self, timeout: float) -> bool:
        if not self.pad.flush():
            return False
        return self._writer is None or self._writer.flush(timeout)

    def end_session(self) -> None:
        services, session = self._services, self._session
        if services is None or session is None:
            return
        if not self._flush(5.0):
            instruction = self._point_at_refused_line()
            report_error(
                self,
                self.tr("Your last lines are not saved yet; the interview stays open.")
                + " "
                + (instruction or self.tr("Try again in a moment.")),
            )
            return
        ended = guarded(self, lambda: services.live.end(session.round.id))
        if ended is None:
            return
        self._clock.stop()
        self._session = None
        self.pad.unbind()
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self._company_edit.clear()
        report_info(
            self,
            self.tr("{title} saved. It is on the timeline, with a follow-up reminder.").format(
                title=session.title
            ),
        )
        self.session_ended.emit(session.round.id)
        self._show_review(session.round.id, session.title)

    def _tick(self) -> None:
        if self._session is not None:
            self._elapsed_label.setText(format_elapsed(self._session.elapsed_ms()))
