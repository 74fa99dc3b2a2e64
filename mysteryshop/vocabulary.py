"""The words for the app's fixed choices, once: verdicts, answers, markers, step kinds.

The CLI, the workbook and the widgets all name these things; each takes the words from
here. Strings are marked with `_` (Qt's QT_TRANSLATE_NOOP idea): the domain stays free
of Qt, and the UI translates them in the "vocabulary" context (`ui/widgets/words.py`).
"""

from __future__ import annotations

from mysteryshop.call_events import EventStatus
from mysteryshop.loop import ActionStatus, CoreFactor, FixKind, Severity
from mysteryshop.model import AnswerValue, MarkerKind, StepKind, Verdict
from mysteryshop.perception import Group, Question

CONTEXT = "vocabulary"


def _(text: str) -> str:
    """Marks a word for translation; the UI translates it when it shows it."""
    return text


VERDICT_WORDS = {Verdict.BUILDS: _("builds trust"), Verdict.ERODES: _("erodes trust")}
VERDICT_CHOICES = {Verdict.BUILDS: _("Build trust"), Verdict.ERODES: _("Erode trust")}
NO_VERDICT = _("not chosen")

ANSWER_WORDS = {AnswerValue.YES: _("Yes"), AnswerValue.PARTLY: _("Partly"),
                AnswerValue.NO: _("No"), AnswerValue.NA: _("N.A.")}

# Call markers in the order a call happens, then the listening-vs-selling tally.
MARKER_WORDS = {
    MarkerKind.RING: _("Ring"),
    MarkerKind.ANSWERED: _("Answered"),
    MarkerKind.ON_HOLD: _("On hold"),
    MarkerKind.OFF_HOLD: _("Off hold"),
    MarkerKind.TRANSFERRED: _("Transferred"),
    MarkerKind.HELPED: _("Helped"),  # a step may name it better ("Reached a leader")
    MarkerKind.NOTE: _("Note"),
    MarkerKind.ASKED_NEED: _("They asked about my need"),
    MarkerKind.PITCHED: _("They pitched me something"),
}
MARKER_KEYS = {
    MarkerKind.RING: "R", MarkerKind.ANSWERED: "A", MarkerKind.ON_HOLD: "H",
    MarkerKind.OFF_HOLD: "O", MarkerKind.TRANSFERRED: "T", MarkerKind.HELPED: "P",
    MarkerKind.NOTE: "N", MarkerKind.ASKED_NEED: "L", MarkerKind.PITCHED: "S",
}
TALLY = (MarkerKind.ASKED_NEED, MarkerKind.PITCHED)
CALL_MARKERS = tuple(k for k in MARKER_WORDS if k not in TALLY)

STEP_KIND_WORDS = {
    StepKind.WEBSITE: _("Website"), StepKind.CALL: _("Call"), StepKind.PURCHASE: _("Purchase"),
    StepKind.VISIT: _("Visit"), StepKind.MESSAGE: _("Message"),
}


FACTOR_WORDS = {CoreFactor.PEOPLE: _("People"), CoreFactor.PROCESS: _("Process"),
                CoreFactor.TECHNOLOGY: _("Technology"), CoreFactor.CULTURE: _("Culture")}
SEVERITY_WORDS = {Severity.LOW: _("Low"), Severity.MEDIUM: _("Medium"), Severity.HIGH: _("High")}
ACTION_STATUS_WORDS = {ActionStatus.OPEN: _("Open"), ActionStatus.IN_PROGRESS: _("In progress"),
                       ActionStatus.DONE: _("Done"), ActionStatus.DROPPED: _("Dropped")}
FIX_WORDS = {FixKind.PERMANENT: _("Permanent fix"), FixKind.SPOT: _("Spot fix")}
EVENT_STATUS_WORDS = {EventStatus.SUGGESTED: _("suggested"), EventStatus.ACCEPTED: _("accepted"),
                      EventStatus.REJECTED: _("rejected")}
KEYS_WORD = _("Keypad tones")
ENDED_WORD = _("Call ended")
GROUP_WORDS = {Group.LEADERSHIP: _("Leadership"), Group.STAFF: _("Staff"),
               Group.CUSTOMERS: _("Customers")}
QUESTION_WORDS = {
    Question.WELL: _("What do we do well?"),
    Question.IMPROVE: _("What could be improved?"),
    Question.COMPETITION: _("What does our competition do differently, and is that good "
                            "or bad?"),
    Question.CONTINUE: _("What should we continue, or start, to improve it?"),
}
QUESTION_SHORT = {Question.WELL: _("Do well"), Question.IMPROVE: _("Improve"),
                  Question.COMPETITION: _("Competition"), Question.CONTINUE: _("Continue or start")}


def marker_word(kind: MarkerKind, helped_label: str | None = None) -> str:
    """The marker's name; `helped_label` is what the step calls "helped", if it says."""
    if kind is MarkerKind.HELPED and helped_label:
        return helped_label
    return MARKER_WORDS[kind]


def verdict_words(verdict: Verdict | None) -> str:
    return VERDICT_WORDS[verdict] if verdict is not None else NO_VERDICT
