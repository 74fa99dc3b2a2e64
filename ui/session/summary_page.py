"""The last page: steps side by side, the emotion curve, the verdict, and Finish."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.measures import about, format_duration, lowest_moment
from mysteryshop.model import (
    Session,
    SessionStatus,
    Verdict,
    gap_to_target,
    suggested_verdict,
    total_of,
)
from mysteryshop.services.review import ReviewService
from ui.session.session_controller import SessionController
from ui.session.summary_model import SummaryModel
from ui.widgets.buttons import big_button
from ui.widgets.emotion_curve import EmotionCurve
from ui.widgets.points import count_text, points_text, points_words
from ui.widgets.step_words import step_title, template_for
from ui.widgets.table_model import fit_table_height
from ui.widgets.words import marker_text, verdict_choice


class SummaryPage(QWidget):
    finished = Signal()
    export_requested = Signal()
    share_requested = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPage")
        self.controller = controller
        title = QLabel(self.tr("Summary"), self)
        title.setObjectName("stepTitle")
        self.model = SummaryModel(controller.clock, self)
        self.table = QTableView(self)
        self.table.setObjectName("summaryTable")
        self.table.setTabKeyNavigation(False)  # arrows move in it, Tab moves on
        self.table.setAccessibleName(self.tr("Each step: predicted, felt, gap and time"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        # Every row in view (a step each and the total), never an inner scroll bar: its
        # height is set from its rows (see _fit_table); the notes below take what is left.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.curve = EmotionCurve(self)
        # Each call's lowest live feeling and what led there: where the call turned.
        self.lowest = QLabel(self)
        self.lowest.setObjectName("lowestMoments")
        self.lowest.setWordWrap(True)
        # The felt points multiplied out: how many customers a year meet each touchpoint.
        self.reach = QLabel(self)
        self.reach.setObjectName("reachLine")
        self.reach.setWordWrap(True)

        verdict_box = QGroupBox(self.tr("Verdict: does our experience…"), self)
        self.builds = QRadioButton(verdict_choice(Verdict.BUILDS), verdict_box)
        self.builds.setObjectName("verdictBuilds")
        self.erodes = QRadioButton(verdict_choice(Verdict.ERODES), verdict_box)
        self.erodes.setObjectName("verdictErodes")
        for radio in (self.builds, self.erodes):
            radio.setMinimumHeight(40)
            radio.setStyleSheet("font-size: 14pt;")
        self._verdicts = QButtonGroup(self)
        self._verdicts.addButton(self.builds)
        self._verdicts.addButton(self.erodes)
        # Toggled, not clicked: the arrow keys move the choice without a click.
        self._verdicts.buttonToggled.connect(self._on_verdicts_button_toggled)
        self._showing = False
        self.guidance = QLabel(verdict_box)
        self.guidance.setObjectName("verdictGuidance")
        self.guidance.setWordWrap(True)
        verdict_layout = QVBoxLayout(verdict_box)
        choice = QHBoxLayout()
        choice.addWidget(self.builds)
        choice.addWidget(self.erodes)
        choice.addStretch(1)
        verdict_layout.addLayout(choice)
        verdict_layout.addWidget(self.guidance)
        verdict_layout.addStretch(1)

        surprised_box = QGroupBox(self.tr("What surprised me"), self)
        self.surprised = QPlainTextEdit(surprised_box)
        self.surprised.setObjectName("surprisedNotes")
        self.surprised.setTabChangesFocus(True)
        self.surprised.setPlaceholderText(self.tr("Where did the customer's experience differ "
                                                  "most from what you expected?"))
        self.surprised.textChanged.connect(self._on_surprised_text_changed)
        QVBoxLayout(surprised_box).addWidget(self.surprised)

        self.finish_button = QPushButton(self)
        self.finish_button.setObjectName("finishButton")
        self.finish_button.setMinimumHeight(48)
        self.finish_button.clicked.connect(self._on_finish_button_clicked)

        for editor in (verdict_box, surprised_box, self.finish_button):
            editor.setEnabled(not controller.read_only)
        right = QVBoxLayout()
        right.addWidget(verdict_box)
        right.addWidget(surprised_box, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.curve, 1)
        bottom.addLayout(right, 1)
        # The results scroll when the screen is small (1280x720, a longer language); the
        # actions below them stay in view, as the feeling does on a step page.
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(title)
        layout.addWidget(self.table)
        layout.addWidget(self.lowest)
        layout.addWidget(self.reach)
        layout.addLayout(bottom, 1)
        export = big_button(self.tr("Export to Excel…"), "summaryExportButton", 48,
                            self.export_requested, self)
        share = big_button(self.tr("Share session…"), "summaryShareButton", 48,
                           self.share_requested, self, self.tr(
                               "One file with this session, its reviews and recordings, "
                               "for the reviewer's computer"))
        finish_row = QHBoxLayout()
        finish_row.addWidget(export)
        finish_row.addWidget(share)
        finish_row.addStretch(1)
        finish_row.addWidget(self.finish_button)
        finish_row.setContentsMargins(layout.contentsMargins().left(), 0,
                                      layout.contentsMargins().right(),
                                      layout.contentsMargins().bottom())
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(finish_row)
        controller.step_changed.connect(self._on_controller_changed)
        controller.session_changed.connect(self._on_controller_changed)
        self.refresh()

    def _fit_table(self) -> None:
        fit_table_height(self.table)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_table()  # narrower, it may need its horizontal scroll bar

    def _on_controller_changed(self) -> None:
        """Hidden behind a step page, it is redrawn when it is shown (see go_to)."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        session = self.controller.session
        call_keys = {s.key for s in session.steps if (t := template_for(s.key)) and t.is_call}
        targets = self.controller.targets()
        self.model.set_session(session, call_keys, targets)
        self._fit_table()
        self.curve.show_session(session)
        self._show_lowest_moments(session)
        self._show_reach(session)
        self._showing = True  # the stored verdict shown, not chosen again
        self.builds.setChecked(session.verdict is Verdict.BUILDS)
        self.erodes.setChecked(session.verdict is Verdict.ERODES)
        self._showing = False
        total = session.felt_total
        lean = suggested_verdict(total)
        if total is None:
            guidance = self.tr("Rate how each step felt; the total will guide your verdict.")
        elif lean is Verdict.BUILDS:
            guidance = self.tr("Total {t}: the journey leaves a customer up — it leans to "
                               "building trust.").format(t=points_text(total))
        elif lean is Verdict.ERODES:
            guidance = self.tr("Total {t}: the journey leaves a customer down — it leans to "
                               "eroding trust.").format(t=points_text(total))
        else:
            guidance = self.tr("Total 0: there is no neutral — which way did it really go?")
        agreement = ReviewService.agreement(session)
        if agreement.mean_absolute is not None:
            guidance += " " + self.tr(
                "{reviewer} reviewed {n} steps: on average {d:.1f} points from your rating."
            ).format(reviewer=session.reviewer or self.tr("The reviewer"),
                     n=len(agreement.differences), d=agreement.mean_absolute)
        gap = session.gap_total
        if gap is not None:
            guidance += " " + self.tr("Perception gap {g} (felt minus predicted).").format(
                g=points_text(gap)
            )
        to_target = total_of(gap_to_target(s.points, targets.get(s.key))
                             for s in session.steps)
        if to_target is not None:
            guidance += " " + self.tr("Gap to target {g} (felt minus the experience we "
                                      "want).").format(g=points_text(to_target))
        self.guidance.setText(guidance)
        if self.surprised.toPlainText() != session.surprised:
            self.surprised.blockSignals(True)
            self.surprised.setPlainText(session.surprised)
            self.surprised.blockSignals(False)
        done = session.status is SessionStatus.DONE
        self.finish_button.setText(self.tr("✓ Save and close") if done else self.tr("✓ Finish"))
        self.finish_button.setEnabled(session.verdict is not None)
        self.finish_button.setToolTip(
            "" if session.verdict else self.tr("Choose a verdict first")
        )

    def _show_lowest_moments(self, session: Session) -> None:
        lines = []
        for step in session.steps:
            moment = lowest_moment(step)
            if moment is None:
                continue
            template = template_for(step.key)
            low = self.tr("{n} at {t}").format(n=points_text(moment.points),
                                               t=format_duration(moment.offset_seconds))
            if moment.nearest is not None:
                offset, kind, text = moment.nearest
                what = marker_text(kind, template.helped_label if template else None) \
                    if kind is not None else self.tr("Reviewer note")
                low += " · " + self.tr("after “{what}” at {t}").format(
                    what=f"{what}: {text}" if text else what, t=format_duration(offset))
            lines.append(f"<b>{html.escape(step_title(step))}</b>: {html.escape(low)}")
        self.lowest.setText(self.tr("Lowest moment of each call (live feeling): ")
                            + "; ".join(lines) if lines else "")
        self.lowest.setVisible(bool(lines))

    def _show_reach(self, session: Session) -> None:
        reach = self.controller.reach()
        lines = [
            self.tr("About {n} customers a year go through “{touchpoint}”: this one left you "
                    "{how}.").format(n=count_text(about(reach[step.key])),
                                     touchpoint=step_title(step),
                                     how=points_words(step.points))
            for step in session.steps if step.key in reach and step.points is not None]
        self.reach.setText(" ".join(lines))
        self.reach.setVisible(bool(lines))

    def _on_verdicts_button_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked and not self._showing:
            verdict = Verdict.BUILDS if button is self.builds else Verdict.ERODES
            if verdict is not self.controller.session.verdict:
                self.controller.set_verdict(verdict)

    def _on_surprised_text_changed(self) -> None:
        self.controller.set_surprised(self.surprised.toPlainText())

    def _on_finish_button_clicked(self) -> None:
        self.controller.finish()
        if self.controller.session.status is SessionStatus.DONE:
            self.finished.emit()
