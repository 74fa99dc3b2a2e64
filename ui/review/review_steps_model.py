"""The review's step list: each step with its recorded time, as a Qt list model."""

from __future__ import annotations

from mysteryshop.measures import format_duration
from mysteryshop.model import Session, Step
from ui.widgets.list_model import RecordsListModel
from ui.widgets.step_words import template_for

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


class ReviewStepsModel(RecordsListModel[Step]):
    def set_session(self, session: Session) -> None:
        self.set_records(session.steps)

    def step(self, row: int) -> Step:
        return self.record(row)

    def row_of(self, key: str) -> int:
        return next((i for i, s in enumerate(self.records()) if s.key == key), 0)

    def display(self, step: Step, row: int) -> str:
        template = template_for(step.key)
        name = template.short_title if template else step.title
        number = CIRCLED[row] if row < len(CIRCLED) else f"{row + 1}."
        if not step.recordings:
            return f"{number} {name}"
        seconds = sum(r.seconds for r in step.recordings)
        rated = " ✓" if step.review_points is not None else ""
        return f"{number} {name}  {format_duration(seconds)} ●{rated}"
