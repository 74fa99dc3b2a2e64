"""One touchpoint: what to do, the prediction, the timer, markers, questions, notes, feeling."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.measures import format_duration
from mysteryshop.model import AnswerValue, MarkerKind, Step, TimerState
from mysteryshop.templates import StepTemplate
from ui.session.carried_panel import CarriedPanel
from ui.session.live_feeling_panel import LiveFeelingPanel
from ui.session.markers_panel import MarkersPanel
from ui.session.questions_form import QuestionsForm
from ui.session.recording_controller import RecordingController
from ui.session.recording_panel import RecordingPanel
from ui.session.session_controller import SessionController
from ui.session.step_parts import parts_for
from ui.session.timer_panel import TimerPanel
from ui.widgets.launch import open_url
from ui.widgets.plurals import PLURALS
from ui.widgets.points import points_text, points_words
from ui.widgets.points_scale import PointsScale
from ui.widgets.step_words import step_title
from ui.widgets.words import marker_text


class StepPage(QWidget):
    """Shows one stored step and turns every edit into a saved change at once."""

    toast = Signal(str)

    def __init__(
        self,
        controller: SessionController,
        step: Step,
        template: StepTemplate | None,
        recorder: RecordingController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.key = step.key
        self.template = template
        self.parts = parts_for(template)
        self.is_call = self.parts.call_tools
        self.helped_label = template.helped_label if template else "Helped"
        self.setObjectName(f"stepPage_{step.key}")
        self.setAccessibleName(self.tr("Step {n}: {title}").format(n=step.position + 1,
                                                                  title=step_title(step)))

        title = QLabel(f"{step.position + 1} · {step_title(step)}", self)
        title.setObjectName("stepTitle")
        header = QVBoxLayout()
        title_row = QHBoxLayout()  # the Record toggle beside the title: no line of its own
        title_row.addWidget(title)
        header.addLayout(title_row)
        self.recording: RecordingPanel | None = None
        if self.is_call and recorder is not None:
            self.recording = RecordingPanel(controller, recorder, step.key, self)
            self.recording.said.connect(self.toast)
            title_row.addWidget(self.recording, 1)
        else:
            title_row.addStretch(1)
        watch: QLabel | None = None
        if template:
            instruction = QLabel(template.instruction, self)
            instruction.setObjectName("stepInstruction")
            instruction.setWordWrap(True)
            header.addWidget(instruction)
            target = self._target_line()
            if target:
                header.addWidget(target)
            watch = QLabel(
                "<b>" + self.tr("Watch for") + "</b><ul style='margin-left: -20px'>"
                + "".join(f"<li>{html.escape(w)}</li>" for w in template.watch_for) + "</ul>",
                self,
            )
            watch.setObjectName("stepWatchFor")
            watch.setWordWrap(True)

        self.prediction = PointsScale(self)
        self.prediction.setObjectName("prediction")
        self.prediction.set_accessible_name(self.tr("My prediction"))
        self.prediction.value_changed.connect(self._on_prediction_value_changed)
        before = QGroupBox(
            template.prediction_prompt if template else self.tr("Before you start, I expect…"),
            self,
        )
        before.setObjectName("beforeBox")
        self.before_box, self._prediction_prompt = before, before.title()
        # Locked once the timer has started (a prediction made after the fact is no
        # prediction); "Change my prediction" unlocks it until pressed again or the page
        # is left, and a change made so is kept on record with what it was before.
        self.prediction_lock = QLabel(self)
        self.prediction_lock.setObjectName("predictionLock")
        self.prediction_lock.setWordWrap(True)
        self.change_prediction = QPushButton(self.tr("Change my prediction…"), self)
        self.change_prediction.setObjectName("changePrediction")
        self.change_prediction.setToolTip(self.tr(
            "The prediction locked when the step started. A change is kept on record, "
            "with what it was before."))
        self.change_prediction.setCheckable(True)
        self.change_prediction.toggled.connect(self._on_change_prediction_toggled)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.prediction_lock, 1)
        lock_row.addWidget(self.change_prediction)
        before_layout = QVBoxLayout(before)
        before_layout.addWidget(self.prediction)
        before_layout.addLayout(lock_row)

        self.timer = TimerPanel(self)
        self.timer.toggle_requested.connect(self.toggle_timer)
        self.timer.stop_requested.connect(self.stop_timer)
        self.live = LiveFeelingPanel(self)
        self.live.nudged.connect(self.nudge_feeling)
        self.timer.ticked.connect(self._on_timer_ticked)
        left = QVBoxLayout()
        left.addWidget(self.timer)
        self.markers: MarkersPanel | None = None
        if self.is_call:
            self.markers = MarkersPanel(self.helped_label, self)
            self.markers.marker_requested.connect(self.stamp)
            self.markers.delete_requested.connect(self._on_markers_delete_requested)
            self.markers.note_text_entered.connect(self._on_markers_note_text_entered)
            left.addWidget(self.markers)
            left.addStretch(1)
            # An open hold grows while the timer runs: refresh the measures with its tick.
            self.timer.ticked.connect(self._refresh_measures)

        right = QVBoxLayout()
        # On a call the marker buttons keep the place under the timer (in view on a
        # 768-pixel screen); the feeling goes over the call log, in view beside them.
        (right if self.is_call else left).addWidget(self.live)
        if self.markers is not None:
            # The call so far (measures and the latest markers) at the top of the other
            # column: in view with the timer and the buttons during the whole call.
            right.addWidget(self.markers.log_panel, 1)
        # What earlier rounds found here: read before the step, answered after it.
        self.carried = CarriedPanel(self)
        self.carried.held_changed.connect(
            lambda finding_id, held: controller.set_held(self.key, finding_id, held))
        right.addWidget(self.carried)
        if watch is not None:
            right.addWidget(watch)
        self.questions: QuestionsForm | None = None
        if template and template.questions:
            box = QGroupBox(self.tr("Guided questions"), self)
            self.questions = QuestionsForm(template.questions, box)
            self.questions.answer_changed.connect(self._on_questions_answer_changed)
            self.questions.comment_changed.connect(self._on_questions_comment_changed)
            QVBoxLayout(box).addWidget(self.questions)
            right.addWidget(box)
        notes_box = QGroupBox(self.tr("Notes (saved as you type)"), self)
        self.notes = QPlainTextEdit(notes_box)
        self.notes.setObjectName("stepNotes")
        self.notes.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.notes.setPlaceholderText(self.tr("What happened, in your own words…"))
        self.notes.setMinimumHeight(90)
        self.notes.textChanged.connect(self._on_notes_text_changed)
        QVBoxLayout(notes_box).addWidget(self.notes)
        # Without call markers the timer column has room for the notes.
        (right if self.is_call else left).addWidget(notes_box, 1)
        if not self.is_call:
            right.addStretch(1)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.feeling = PointsScale(self)
        self.feeling.setObjectName("feeling")
        self.feeling.set_accessible_name(self.tr("How they made me feel"))
        self.feeling.value_changed.connect(self._on_feeling_value_changed)
        feeling_box = QGroupBox(
            template.feeling_prompt if template else self.tr("How did they make me FEEL?"), self
        )
        feeling_box.setObjectName("feelingBox")
        self.feeling_box = feeling_box
        # At the end, where the live feeling ended is offered as the rating; the leader
        # confirms it (or rates otherwise): a rating is never set behind their back.
        self.use_live = QPushButton(self)
        self.use_live.setObjectName("useLiveFeeling")
        self.use_live.setMinimumHeight(44)
        self.use_live.clicked.connect(self._on_use_live_clicked)
        # The experience the team wants here, shown once the leader has rated (never
        # before: it would pull the rating towards it).
        self.wanted = QLabel(self)
        self.wanted.setObjectName("experienceWanted")
        self.wanted.setWordWrap(True)
        self.wanted.setTextFormat(Qt.TextFormat.RichText)
        feeling_rows = QVBoxLayout(feeling_box)
        feeling_row = QHBoxLayout()
        feeling_row.addWidget(self.feeling, 1)
        feeling_row.addWidget(self.use_live)
        feeling_rows.addLayout(feeling_row)
        feeling_rows.addWidget(self.wanted)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(header)
        body_layout.addWidget(before)
        body_layout.addLayout(columns, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setAccessibleName(self.accessibleName())
        if controller.read_only:  # shown as it is; the scroll bars still work
            body.setEnabled(False)
            feeling_box.setEnabled(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        # Outside the scroll area: the question of the step is always in view.
        outer.addWidget(feeling_box)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        controller.step_changed.connect(self._on_controller_step_changed)
        controller.feeling_changed.connect(self._on_controller_feeling_changed)
        self.refresh()

    def _target_line(self) -> QLabel | None:
        """What the leader will visit or call, as given when the session was created."""
        text = self.parts.target(self.controller.session) if self.parts.target else None
        if not text:
            return None
        label = QLabel(text, self)
        label.setObjectName("stepTarget")
        label.linkActivated.connect(lambda link: open_url(self, QUrl(link)))
        label.setToolTip(self.controller.session.website or self.controller.session.phone)
        # Whatever is typed there, the line never sets the page's width.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        return label

    @property
    def step(self) -> Step:
        return self.controller.step(self.key)

    def refresh(self) -> None:
        """Show the stored state of the step (after any change, or after a failed save)."""
        step = self.step
        self.prediction.set_value(step.predicted_points)
        self._show_prediction_lock(step)
        self.feeling.set_value(step.points)
        self._show_live_feeling(step)
        self._show_experience_wanted(step)
        self.carried.show_carried(self.controller.carried(self.key),
                                  bool(step.intervals) or step.points is not None)
        if self.notes.toPlainText() != step.notes:
            self.notes.blockSignals(True)
            self.notes.setPlainText(step.notes)
            self.notes.blockSignals(False)
        if self.questions:
            self.questions.show_answers(step.answers)
        self.timer.bind(lambda: self.controller.elapsed(self.key), step.timer_state)
        if self.markers:
            self.markers.show_state(step.markers, self.controller.live_measures(self.key))

    def _show_live_feeling(self, step: Step) -> None:
        running = step.timer_state is TimerState.RUNNING
        self.live.show_trace(step.feeling_trace, self.controller.elapsed(self.key),
                             running=running)
        live = step.live_feeling
        offer = bool(step.feeling_trace) and not running and step.points != live
        self.use_live.setText(self.tr("Use where my live feeling ended: {n}").format(
            n=points_text(live)))
        self.use_live.setVisible(offer)

    def _show_experience_wanted(self, step: Step) -> None:
        target = self.controller.targets().get(step.key) if step.points is not None else None
        self.wanted.setVisible(target is not None)
        if target is None or step.points is None:
            self.wanted.clear()
            return
        gap = step.points - target.points
        how = (PLURALS.points_short(-gap) if gap < 0 else PLURALS.points_above(gap) if gap
               else self.tr("right on it"))
        wanted = self.tr("The experience we want here: {points}").format(
            points=points_text(target.points))
        if target.experience:
            wanted += f" — {target.experience}"
        self.wanted.setText(f"<b>{html.escape(wanted)}</b><br>" + html.escape(self.tr(
            "You felt {felt}: {how}.").format(felt=points_text(step.points), how=how)))

    @property
    def _changing_prediction(self) -> bool:
        return self.change_prediction.isChecked()

    def _show_prediction_lock(self, step: Step) -> None:
        """Before the start: the scale. After: one line (the step needs the room), and the
        scale again only while the leader changes it on purpose."""
        started = bool(step.intervals)
        changing = self._changing_prediction
        shown = not started or changing
        focused = QApplication.focusWidget()
        if not shown and focused is not None and self.prediction.isAncestorOf(focused):
            self.focus_default()  # a keyboard user's focus must not vanish with the scale
        self.prediction.setEnabled(shown)
        self.prediction.setVisible(shown)
        # Locked, the line says it all; the prompt's title would only take a line.
        self.before_box.setTitle(self._prediction_prompt if not started or changing else "")
        self.change_prediction.setVisible(started)
        self.change_prediction.setText(self.tr("Lock it again") if changing
                                       else self.tr("Change my prediction…"))
        predicted = self.tr("I predicted {n} ({words})").format(
            n=points_text(step.predicted_points), words=points_words(step.predicted_points))
        if changing:
            text = self.tr("Changing the prediction after the step started: it is kept on "
                           "record as changed.")
        elif step.prediction_changed_at is not None:
            text = predicted + " · " + self.tr(
                "changed after the step started (it was {was}).").format(
                was=points_words(step.prediction_before_change))
        elif started:
            text = predicted + " · " + self.tr("locked when the step started.")
        else:
            text = ""
        self.prediction_lock.setText(text)
        self.prediction_lock.setVisible(bool(text))

    def _on_change_prediction_toggled(self, checked: bool) -> None:
        self._show_prediction_lock(self.step)
        if checked:
            self.prediction.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self.change_prediction.setChecked(False)  # leaving the step locks it again
        super().hideEvent(event)

    def _refresh_measures(self) -> None:
        if self.markers:
            self.markers.show_measures(self.controller.live_measures(self.key))

    # -- actions (buttons and the session view's shortcuts) ----------------------------

    def toggle_timer(self) -> None:
        self.controller.toggle_timer(self.key)

    def stop_timer(self) -> None:
        if self.step.timer_state in (TimerState.RUNNING, TimerState.PAUSED):
            self.controller.stop_timer(self.key)

    def stamp(self, kind: MarkerKind) -> None:
        if not self.is_call:
            return
        marker = self.controller.add_marker(self.key, kind)
        if marker is None:
            return
        stamp = format_duration(marker.offset_seconds)
        self.toast.emit(
            self.tr("{what} at {t}").format(what=marker_text(kind, self.helped_label), t=stamp)
        )
        if kind is MarkerKind.NOTE and self.markers:
            self.markers.ask_note(marker, stamp)

    def nudge_feeling(self, steps: int) -> None:
        self.controller.nudge_feeling(self.key, steps)

    def toggle_recording(self) -> None:
        if self.recording is not None:
            self.recording.toggle()

    # -- slots -------------------------------------------------------------------------

    def _on_controller_step_changed(self, key: str) -> None:
        if key == self.key:
            self.refresh()

    def _on_controller_feeling_changed(self, key: str) -> None:
        if key == self.key:
            self._show_live_feeling(self.step)

    def _on_timer_ticked(self) -> None:
        self.live.extend_to(self.controller.elapsed(self.key))

    def _on_use_live_clicked(self) -> None:
        self.controller.set_points(self.key, self.step.live_feeling)

    def _on_prediction_value_changed(self, value: int | None) -> None:
        self.controller.set_prediction(self.key, value,
                                       change_after_start=self._changing_prediction)

    def _on_feeling_value_changed(self, value: int | None) -> None:
        self.controller.set_points(self.key, value)

    def _on_notes_text_changed(self) -> None:
        self.controller.set_notes(self.key, self.notes.toPlainText())

    def _on_questions_answer_changed(self, question_id: str, value: AnswerValue | None) -> None:
        self.controller.set_answer(self.key, question_id, value)

    def _on_questions_comment_changed(self, question_id: str, comment: str) -> None:
        self.controller.set_answer_comment(self.key, question_id, comment)

    def _on_markers_delete_requested(self, marker_id: int) -> None:
        self.controller.delete_marker(self.key, marker_id)

    def _on_markers_note_text_entered(self, marker_id: int, text: str) -> None:
        self.controller.set_marker_text(self.key, marker_id, text)
        self.setFocus()

    def focus_default(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
