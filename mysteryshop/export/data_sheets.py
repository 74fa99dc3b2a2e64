"""The data sheets a team pivots: one row per session, per answer, per timed event.

Every row starts with the same keys (the session's id, date, round, leader and company;
for a step, its order and name), so the sheets join on them in a pivot table or a lookup.
Answers carry a score, and one that counts "good" the same way for every question.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from mysteryshop.call_events import Redaction
from mysteryshop.export.dataset import step_title
from mysteryshop.export.recording_notes import consent_lines, redaction_text
from mysteryshop.export.sheets import Column
from mysteryshop.loop import Action, Finding
from mysteryshop.measures import (
    LowestMoment,
    format_duration,
    lowest_moment,
    reviewer_agreement,
)
from mysteryshop.model import AnswerValue, Session, Step, Target, gap_to_target
from mysteryshop.participation import RoundProgress, TouchpointState
from mysteryshop.perception import Group, PerceptionOverview, Share
from mysteryshop.templates import template_for
from mysteryshop.vocabulary import (
    ACTION_STATUS_WORDS,
    ANSWER_WORDS,
    FACTOR_WORDS,
    FIX_WORDS,
    GROUP_WORDS,
    QUESTION_SHORT,
    SEVERITY_WORDS,
    VERDICT_WORDS,
    marker_word,
)

# Every data sheet starts with the same keys, so a pivot table (or a lookup) can join them:
# the session (its id, date, round, leader, company) and, per step, its order and name.
KEY_COLUMNS = (
    Column("Session id", 12), Column("Date", 17, "date"), Column("Round", 16),
    Column("Leader", 16), Column("Company", 18),
)
STEP_KEY_COLUMNS = (*KEY_COLUMNS, Column("#", 4, "number"), Column("Touchpoint", 30, "long"))
SESSIONS_COLUMNS = (
    *KEY_COLUMNS, Column("Status", 8), Column("Website", 30), Column("Phone", 16),
    Column("Predicted", 10, "points"), Column("Felt", 8, "points"), Column("Gap", 8, "points"),
    Column("Verdict", 13), Column("What surprised me", 50, "long"),
    Column("Total time", 11, "duration"), Column("Recordings", 11, "number"),
    Column("Recording consent", 17, "date"), Column("Reviewer", 16),
    Column("Reviewer agreement (mean points apart)", 14, "mean"),
)
ANSWER_COLUMNS = (
    *STEP_KEY_COLUMNS, Column("Question #", 6, "number"), Column("Question", 50, "long"),
    Column("Answer", 9), Column("Score (Yes = 1)", 8, "number"),
    Column("Yes is good", 7), Column("Good (1 = good)", 8, "number"),
    Column("Comment", 50, "long"),
)
TIMELINE_COLUMNS = (
    *STEP_KEY_COLUMNS, Column("Offset", 10, "duration"),
    Column("By", 10), Column("Event", 24), Column("Live feeling", 8, "points"),
    Column("Text", 50, "long"),
)
LIVE_FEELING = "Live feeling"  # the Timeline's event for a change of the live feeling
STEP_COLUMNS = (
    *STEP_KEY_COLUMNS,
    Column("Predicted", 10, "points"), Column("Felt", 8, "points"), Column("Gap", 8, "points"),
    Column("Target", 8, "points"), Column("Felt − target", 9, "points"),
    Column("Prediction before it was changed", 12, "points"),
    Column("Duration", 10, "duration"), Column("Time to answer", 10, "duration"),
    Column("Rings", 7, "number"), Column("Hold time", 10, "duration"),
    Column("Longest hold", 10, "duration"), Column("Transfers", 9, "number"),
    Column("Help reached", 10, "duration"), Column("Asked about my need", 10, "number"),
    Column("Pitched me", 10, "number"), Column("Notes", 50, "long"),
    Column("Reviewer points", 10, "points"), Column("Reviewer blind", 10, "points"),
    Column("Reviewer notes", 40, "long"),
    Column("Recording", 30, "link"),
    Column("Lowest live feeling", 9, "points"), Column("Lowest at", 9, "duration"),
    Column("What was happening then", 40, "long"),
    Column("The experience we want", 40, "long"),
    Column("Customers a year", 11, "number"),
    Column("Recording consent", 30, "long"), Column("Redacted", 30, "long"),
)
# Narrow enough that a team of leaders prints one page wide (a scale of about 75 %).
PARTICIPATION_END = (Column("Status", 12), Column("Done", 7, "number"),
                     Column("Of", 5, "number"), Column("Last activity", 17, "date"))
FINDING_COLUMNS = (
    Column("Finding id", 12), Column("Round", 16), Column("Touchpoint", 14),
    Column("Finding", 50, "long"), Column("Factor", 11), Column("Department", 16),
    Column("Trust", 13), Column("Severity", 9), Column("Session id", 12),
    Column("At", 9, "duration"), Column("Found", 17, "date"),
)
ACTION_COLUMNS = (
    Column("Action id", 12), Column("Action", 50, "long"), Column("Owner", 16),
    Column("Due", 11, "day"), Column("Status", 12), Column("Overdue", 8), Column("Fix", 14),
    Column("Done on", 17, "date"), Column("Touchpoints", 18), Column("Answers", 50, "long"),
)
PERCEPTION_COLUMNS = (
    Column("Round", 16), Column("Touchpoint", 16), Column("Leadership (predicted)", 12, "mean"),
    Column("Staff", 9, "mean"), Column("Customers", 10, "mean"),
    Column("Mystery shop (felt)", 11, "mean"), Column("Customers − leadership", 12, "mean"),
    Column("Leadership: excellent?", 14), Column("Staff: excellent?", 14),
    Column("Customers: excellent?", 14),
)
# Narrow enough to print one page wide (at about 65 %): a point wraps in its cell.
POINT_COLUMNS = (
    Column("Round", 14), Column("Group", 10), Column("Source", 20), Column("Question", 14),
    Column("Point", 42, "long"), Column("Touchpoint", 12), Column("Factor", 10),
    Column("Theme", 18),
)
PARTICIPATION_WORDS = {TouchpointState.DONE: "done", TouchpointState.STARTED: "started",
                       TouchpointState.NOT_STARTED: "–"}
# Yes / Partly / No as a number; N.A. (not applicable) has none.
ANSWER_SCORES = {AnswerValue.YES: 1.0, AnswerValue.PARTLY: 0.5, AnswerValue.NO: 0.0}


def keys(session: Session) -> list[Any]:
    return [session.id, local(session.started_at), session.round, session.leader,
            session.company]


def step_keys(base: list[Any], step: Step) -> list[Any]:
    """`base` is the session's `keys`, worked out once for all its rows."""
    return [*base, step.position + 1, step_title(step)]


def session_rows(sessions: Sequence[Session], now: float) -> Iterator[list[Any]]:
    for session in sessions:
        agreement = reviewer_agreement(session).mean_absolute
        yield [
            *keys(session), session.status.value, session.website or None,
            session.phone or None, session.predicted_total, session.felt_total,
            session.gap_total,
            VERDICT_WORDS.get(session.verdict) if session.verdict else None,
            session.surprised or None, timedelta(seconds=round(session.elapsed_total(now))),
            sum(len(s.recordings) for s in session.steps),
            local_instant(session.recording_consent_at), session.reviewer or None,
            round(agreement, 1) if agreement is not None else None,
        ]


def answer_rows(sessions: Sequence[Session]) -> Iterator[list[Any]]:
    """Answers in the order they were asked (the template's), each with its score, and
    with the score that counts "good" the same way for every question."""
    for session in sessions:
        base = keys(session)
        for step in session.steps:
            template = template_for(step.key)
            questions = {q.id: (i, q) for i, q in enumerate(template.questions, 1)} \
                if template else {}
            asked = sorted(step.answers.values(), key=lambda a: (
                questions[a.question_id][0] if a.question_id in questions else 999,
                a.question_id))
            for answer in asked:
                if answer.value is None and not answer.comment:
                    continue
                number, question = questions.get(answer.question_id, (None, None))
                yes_is_good = question.yes_is_good if question else True
                score = ANSWER_SCORES.get(answer.value) if answer.value else None
                yield [
                    *step_keys(base, step), number,
                    question.text if question else answer.question_id,
                    ANSWER_WORDS.get(answer.value) if answer.value else None,
                    score, "yes" if yes_is_good else "no",
                    None if score is None else score if yes_is_good else 1.0 - score,
                    answer.comment or None,
                ]


def timeline_rows(sessions: Sequence[Session]) -> Iterator[list[Any]]:
    for session in sessions:
        base = keys(session)
        for step in session.steps:
            events: list[tuple[float, str, str, int | None, str | None]] = [
                (m.offset_seconds, "Leader", marker_word(m.kind, helped_label(step)), None,
                 m.text or None) for m in step.markers
            ]
            events += [(n.offset_seconds, session.reviewer or "Reviewer", "Reviewer note",
                        None, n.text) for n in step.review_notes]
            events += [(c.offset_seconds, "Leader", LIVE_FEELING, c.points, None)
                       for c in step.feeling_trace]
            for offset, by, event, points, text in sorted(events, key=lambda e: e[0]):
                yield [*step_keys(base, step), duration(offset), by, event, points, text]


def lowest_moment_text(step: Step) -> str | None:
    """What was happening at the call's lowest live feeling: "On hold at 1:10 (-6 at
    1:15)"; None without a trace."""
    moment = lowest_moment(step)
    return None if moment is None else moment_text(moment, step)


def moment_text(moment: LowestMoment, step: Step) -> str:
    lowest = f"{moment.points:+d} at {format_duration(moment.offset_seconds)}"
    if moment.nearest is None:
        return lowest
    offset, kind, text = moment.nearest
    what = marker_word(kind, helped_label(step)) if kind is not None else "Reviewer note"
    said = f": {text}" if text else ""
    return f"{what} at {format_duration(offset)}{said} ({lowest})"


def local(moment: datetime) -> datetime:
    """Excel has no time zones: the leader's local time, as they lived it."""
    return moment.astimezone().replace(tzinfo=None)


def local_instant(epoch: float | None) -> datetime | None:
    return None if epoch is None else datetime.fromtimestamp(epoch)


def duration(seconds: float | None) -> timedelta | None:
    return None if seconds is None else timedelta(seconds=round(seconds))


def helped_label(step: Step) -> str | None:
    template = template_for(step.key)
    return template.helped_label if template else None


def is_call(step: Step) -> bool:
    template = template_for(step.key)
    return bool(template and template.is_call)


def step_rows(sessions: Sequence[Session], recordings: Mapping[str, str],
               now: float, targets: Mapping[tuple[str, str], Target] | None = None,
               reach: Mapping[tuple[str, str], int] | None = None,
               redactions: Mapping[tuple[str, str], Sequence[Redaction]] | None = None,
               ) -> Iterator[list[Any]]:
    """`targets`: each round's target feeling by (round, step key); `reach`: its
    customers a year; `redactions`: by (session id, step key), the stretches of its
    recordings that were bleeped or silenced."""
    targets, reach, redactions = targets or {}, reach or {}, redactions or {}
    for session in sessions:
        base = keys(session)
        for step in session.steps:
            m = step.measures
            call = is_call(step)
            target = targets.get((session.round, step.key))
            yield [
                *step_keys(base, step), step.predicted_points, step.points,
                step.gap, target.points if target else None, gap_to_target(step.points, target),
                step.prediction_before_change if step.prediction_changed_at else None,
                timedelta(seconds=round(step.elapsed(now))),
                duration(m.answer_seconds), m.rings if call else None,
                duration(m.hold_total_seconds) if m.holds else None,
                duration(m.hold_longest_seconds) if m.holds else None,
                m.transfers if call else None, duration(m.helped_seconds),
                m.asked_need if call else None,
                m.pitched if call else None, step.notes or None,
                step.review_points, step.blind_review_points,
                "\n".join(f"{format_duration(n.offset_seconds)} {n.text}"
                          for n in step.review_notes) or None,
                _recording_cell(step, recordings),
                *_lowest(step),
                (target.experience or None) if target else None,
                reach.get((session.round, step.key)),
                "\n".join(consent_lines(step)) or None,
                "\n".join(redaction_text(r) for r in redactions.get((session.id, step.key), ()))
                or None,
            ]


def participation_columns(progresses: Sequence[RoundProgress]) -> tuple[Column, ...]:
    """Round and leader, a column per touchpoint (of any of the rounds), then totals."""
    return (Column("Round", 19), Column("Leader", 22),
            *(Column(title, 9) for _, title in _touchpoints_of(progresses)),
            *PARTICIPATION_END)


def participation_rows(progresses: Sequence[RoundProgress]) -> Iterator[list[Any]]:
    """A row per leader and round: each touchpoint done, started or not (blank where the
    round has no such touchpoint), how many done, finished or not, last activity."""
    every = _touchpoints_of(progresses)
    for progress in progresses:
        keys_here = {key for key, _ in progress.touchpoints}
        for p in progress.leaders:
            status = ("finished" if p.finished else "not started" if p.not_started
                      else "in progress")
            yield [progress.round or "–", p.leader,
                   *(PARTICIPATION_WORDS[p.state(key)] if key in keys_here else None
                     for key, _ in every),
                   status, p.done, len(progress.touchpoints), local_instant(p.last_activity)]


def _touchpoints_of(progresses: Sequence[RoundProgress]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for progress in progresses:
        for key, title in progress.touchpoints:
            template = template_for(key)
            seen.setdefault(key, template.short_title if template else title)
    return list(seen.items())


def _lowest(step: Step) -> tuple[int | None, timedelta | None, str | None]:
    moment = lowest_moment(step)
    if moment is None:
        return None, None, None
    return moment.points, duration(moment.offset_seconds), moment_text(moment, step)


def _recording_cell(step: Step,
                    recordings: Mapping[str, str]) -> tuple[str, str] | str | None:
    """A link to the copy beside the workbook (relative, so the folder can be zipped or
    moved whole); without a copy, the file's name and why there is no link."""
    if not step.recordings:
        return None
    first = step.recordings[0]
    name = Path(first.path).name
    extra = f" (+{len(step.recordings) - 1})" if len(step.recordings) > 1 else ""
    copy = recordings.get(first.path)
    if copy is None:
        return f"{name}{extra} (not in this export)"
    return copy, f"{name}{extra}"


def finding_rows(findings: Sequence[Finding]) -> Iterator[list[Any]]:
    for f in findings:
        yield [f.id[:8], f.round or "–", _touchpoint(f.touchpoint), f.text,
               FACTOR_WORDS[f.factor] if f.factor else None, f.department or None,
               VERDICT_WORDS[f.trust] if f.trust else None, SEVERITY_WORDS[f.severity],
               f.session_id[:8] if f.session_id else None, duration(f.offset_seconds),
               local_instant(f.created_at)]


def action_rows(actions: Sequence[Action], findings: Sequence[Finding],
                today: date) -> Iterator[list[Any]]:
    """Each action with what it answers (its findings' touchpoints and texts)."""
    by_id = {f.id: f for f in findings}
    for a in actions:
        answered = [by_id[i] for i in a.finding_ids if i in by_id]
        touchpoints = dict.fromkeys(_touchpoint(f.touchpoint) for f in answered)
        yield [a.id[:8], a.text, a.owner or None, a.due, ACTION_STATUS_WORDS[a.status],
               "yes" if a.overdue(today) else "no", FIX_WORDS[a.fix],
               local_instant(a.done_at), ", ".join(touchpoints) or None,
               "\n".join(f.text for f in answered) or None]


def perception_rows(views: Sequence[PerceptionOverview]) -> Iterator[list[Any]]:
    """Per round: the experience as a whole (with each group's "excellent service?" share),
    then each touchpoint, seen by leadership, staff, customers and the mystery shop."""
    for view in views:
        shares = [_share(view.shares.get(g)) for g in Group]
        overall = [view.overall.get(g) for g in Group]
        gap = (None if overall[0] is None or overall[2] is None
               else round(overall[2] - overall[0], 2))
        yield [view.round or "–", "Overall", *overall, None, gap, *shares]
        for t in view.touchpoints:
            if any(v is not None for v in (t.leadership, t.staff, t.customers, t.felt)):
                yield [view.round or "–", _touchpoint(t.key), t.leadership, t.staff,
                       t.customers, t.felt, t.gap_to_customers, None, None, None]


def point_rows(views: Sequence[PerceptionOverview]) -> Iterator[list[Any]]:
    for view in views:
        for r in view.responses:
            for p in r.points:
                yield [view.round or "–", GROUP_WORDS[r.group], r.source or None,
                       QUESTION_SHORT[p.question], p.text,
                       _touchpoint(p.touchpoint) if p.touchpoint else None,
                       FACTOR_WORDS[p.factor] if p.factor else None, p.theme or None]


def _share(share: Share | None) -> str | None:
    if share is None or share.fraction is None:
        return None
    return f"{share.yes} of {share.asked} ({share.fraction:.0%})"


def _touchpoint(key: str) -> str:
    template = template_for(key) if key else None
    return template.short_title if template else (key or "Whole experience")
