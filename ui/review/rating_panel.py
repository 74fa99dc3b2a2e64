"""The reviewer's name, their blind rating of the step, and (when allowed) the leader's."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.model import Step
from mysteryshop.services.review import ReviewService
from ui.widgets.points import points_text, points_words
from ui.widgets.points_scale import PointsScale

BLIND_SETTING = "review/blind"


class RatingPanel(QGroupBox):
    """With blind review on, the leader's rating stays hidden until the reviewer rated."""

    reviewer_edited = Signal(str)
    rating_changed = Signal(object)  # int | None

    def __init__(self, reviewer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your rating of this step"))
        self.reviewer = QLineEdit(reviewer, self)
        self.reviewer.setObjectName("reviewerName")
        self.reviewer.setPlaceholderText(self.tr("Your name"))
        self.reviewer.textEdited.connect(self.reviewer_edited)
        self.rating = PointsScale(self)
        self.rating.setObjectName("reviewRating")
        self.rating.value_changed.connect(self.rating_changed)
        self.leader_rating = QLabel(self)
        self.leader_rating.setObjectName("leaderRating")
        self.blind = QCheckBox(self.tr("Blind review"), self)
        self.blind.setObjectName("blindReview")
        self.blind.setToolTip(self.tr("Hide the leader's rating of a step until you have "
                                      "rated it, so your opinion is your own"))
        self.blind.setChecked(QSettings().value(BLIND_SETTING, "true") in (True, "true"))
        self.blind.toggled.connect(self._on_blind_toggled)
        self._step: Step | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.rating)
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

    def show_leader_rating(self) -> None:
        step = self._step
        if step is None:
            return
        if not ReviewService.leader_rating_visible(step, self.blind.isChecked()):
            self.leader_rating.setText(self.tr("Leader's rating: hidden until you rate"))
        else:
            self.leader_rating.setText(self.tr("Leader's rating: {n} ({words})").format(
                n=points_text(step.points), words=points_words(step.points)))

    def _on_blind_toggled(self, checked: bool) -> None:
        QSettings().setValue(BLIND_SETTING, checked)
        self.show_leader_rating()
