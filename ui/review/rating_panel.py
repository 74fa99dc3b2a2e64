"""The reviewer's name, their blind rating of the step, and (when allowed) the leader's."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.model import Step
from mysteryshop.services.review import ReviewService
from ui.widgets.points import points_text, points_words
from ui.widgets.points_scale import PointsScale

BLIND_SETTING = "review/blind"


class RatingPanel(QGroupBox):
    """With blind review on, the leader's rating stays hidden until the reviewer has
    confirmed theirs; a rating changed after that is marked, and the blind one counts."""

    reviewer_edited = Signal(str)
    rating_changed = Signal(object)  # int | None
    rating_confirmed = Signal()
    # Whether the leader's rating (and their live feeling) is shown now: blind review
    # hides both until the reviewer has confirmed theirs.
    leader_rating_shown = Signal(bool)

    def __init__(self, reviewer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your rating of this step"))
        self.reviewer = QLineEdit(reviewer, self)
        self.reviewer.setObjectName("reviewerName")
        self.reviewer.setAccessibleName(self.tr("Reviewer's name"))
        self.reviewer.setPlaceholderText(self.tr("Your name"))
        self.reviewer.textEdited.connect(self.reviewer_edited)
        self.rating = PointsScale(self)
        self.rating.setObjectName("reviewRating")
        self.rating.set_accessible_name(self.tr("Your rating of this step"))
        self.rating.value_changed.connect(self.rating_changed)
        self.confirm = QPushButton(self.tr("Confirm my rating"), self)
        self.confirm.setObjectName("confirmRating")
        self.confirm.setToolTip(self.tr("Fix this as your blind rating; then the leader's "
                                        "is shown"))
        self.confirm.clicked.connect(self.rating_confirmed)
        self.leader_rating = QLabel(self)
        self.leader_rating.setObjectName("leaderRating")
        self.leader_rating.setWordWrap(True)
        self.blind = QCheckBox(self.tr("Blind review"), self)
        self.blind.setObjectName("blindReview")
        self.blind.setToolTip(self.tr("Hide the leader's rating of a step until you have "
                                      "rated it, so your opinion is your own"))
        self.blind.setChecked(QSettings().value(BLIND_SETTING, "true") in (True, "true"))
        self.blind.toggled.connect(self._on_blind_toggled)
        self._step: Step | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.rating, 1)
        top.addWidget(self.confirm)
        layout.addLayout(top)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Reviewer"), self))
        row.addWidget(self.reviewer)
        row.addWidget(self.leader_rating, 1)
        row.addWidget(self.blind)
        layout.addLayout(row)

    def show_step(self, step: Step) -> None:
        self._step = step
        self.rating.set_value(step.review_points)
        self.show_leader_rating()

    def leader_work_visible(self) -> bool:
        """Whether the leader's rating, and the live feeling that led to it, may show."""
        return self._step is not None and ReviewService.leader_rating_visible(
            self._step, self.blind.isChecked())

    def show_leader_rating(self) -> None:
        step = self._step
        if step is None:
            return
        blind = self.blind.isChecked()
        visible = ReviewService.leader_rating_visible(step, blind)
        self.confirm.setVisible(blind and step.blind_review_points is None)
        self.confirm.setEnabled(step.review_points is not None)
        self.leader_rating_shown.emit(visible)
        if not visible:
            self.leader_rating.setText(self.tr("Leader's rating: hidden until you confirm "
                                               "yours"))
            return
        text = self.tr("Leader's rating: {n} ({words})").format(
            n=points_text(step.points), words=points_words(step.points))
        if ReviewService.changed_after_reveal(step):
            text += " · " + self.tr("yours changed after seeing it (blind: {n})").format(
                n=points_text(step.blind_review_points))
        self.leader_rating.setText(text)

    def _on_blind_toggled(self, checked: bool) -> None:
        QSettings().setValue(BLIND_SETTING, checked)
        self.show_leader_rating()
