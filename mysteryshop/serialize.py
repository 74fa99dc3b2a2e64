"""Sessions as plain JSON-ready dicts (the `show --json` format, later the bundle manifest)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from mysteryshop.loop import Action, Finding
from mysteryshop.model import Session, SessionSummary, Step, Target, gap_to_target
from mysteryshop.participation import RoundProgress
from mysteryshop.perception import Group, PerceptionOverview, PerceptionResponse


def summary_to_dict(s: SessionSummary) -> dict[str, Any]:
    return {
        "id": s.id,
        "started_at": s.started_at.isoformat(),
        "leader": s.leader,
        "company": s.company,
        "round": s.round,
        "status": s.status.value,
        "felt_points": s.felt_total,
        "predicted_points": s.predicted_total,
        "gap": s.gap_total,
        "verdict": s.verdict.value if s.verdict else None,
        "demo": s.demo,
    }


def session_to_dict(session: Session, now: float,
                    targets: dict[str, Target] | None = None,
                    findings: list[Finding] | None = None) -> dict[str, Any]:
    """`targets`: the round's target feelings by touchpoint key (none: not set);
    `findings`: those seen in this session (`show --json` gives them; a bundle not yet)."""
    targets = targets or {}
    extra = {} if findings is None else {"findings": [finding_to_dict(f) for f in findings]}
    return {
        "id": session.id,
        "leader": session.leader,
        "company": session.company,
        "round": session.round,
        "website": session.website,
        "phone": session.phone,
        "started_at": session.started_at.isoformat(),
        "finished_at": session.finished_at.isoformat() if session.finished_at else None,
        "status": session.status.value,
        "verdict": session.verdict.value if session.verdict else None,
        "surprised": session.surprised,
        "demo": session.demo,
        "template": {"id": session.template_id, "version": session.template_version},
        "felt_points": session.felt_total,
        "predicted_points": session.predicted_total,
        "gap": session.gap_total,
        "steps": [step_to_dict(step, now, targets.get(step.key)) for step in session.steps],
        **extra,
    }


def step_to_dict(step: Step, now: float, target: Target | None = None) -> dict[str, Any]:
    m = step.measures
    return {
        "key": step.key,
        "title": step.title,
        "predicted_points": step.predicted_points,
        # Set when the prediction was changed after the step started: what it was, and when.
        "prediction_before_change": step.prediction_before_change,
        "prediction_changed_at": step.prediction_changed_at,
        "points": step.points,
        "gap": step.gap,
        # The experience the team wants here this round (None: no target set).
        "target_points": target.points if target else None,
        "target_experience": target.experience if target else None,
        "gap_to_target": gap_to_target(step.points, target),
        "elapsed_seconds": round(step.elapsed(now), 3),
        "timer": step.timer_state.value,
        "notes": step.notes,
        "answers": [
            {"question_id": a.question_id, "value": a.value.value if a.value else None,
             "comment": a.comment}
            for a in step.answers.values()
        ],
        "markers": [
            {"offset_seconds": round(mk.offset_seconds, 3), "kind": mk.kind.value,
             "text": mk.text}
            for mk in step.markers
        ],
        # The live feeling's changes while the timer ran: [seconds into the step, points].
        "feeling_trace": [[round(c.offset_seconds, 3), c.points] for c in step.feeling_trace],
        # Each call recording, with when the leader confirmed they may record it, and the
        # words they confirmed ("" for recordings confirmed once for the whole session).
        "recordings": [
            {"path": r.path, "status": r.status.value, "seconds": round(r.seconds, 3),
             "consent_at": _instant(r.consent_at), "consent_text": r.consent_text,
             "deleted_at": _instant(r.deleted_at)}
            for r in step.recordings
        ],
        "measures": {
            "rings": m.rings,
            "answer_seconds": m.answer_seconds,
            "hold_total_seconds": m.hold_total_seconds,
            "hold_longest_seconds": m.hold_longest_seconds,
            "holds": m.holds,
            "transfers": m.transfers,
            "helped_seconds": m.helped_seconds,
            "asked_need": m.asked_need,
            "pitched": m.pitched,
        },
    }


def progress_to_dict(progress: RoundProgress) -> dict[str, Any]:
    """`round status --json`: each leader's touchpoints (done / started / not_started)."""
    return {
        "round": progress.round,
        "leaders_total": len(progress.leaders),
        "finished": progress.finished,
        "in_progress": progress.in_progress,
        "not_started": progress.not_started,
        "touchpoints": [{"key": key, "title": title} for key, title in progress.touchpoints],
        "leaders": [
            {"leader": p.leader, "sessions": p.sessions,
             "touchpoints": {key: p.state(key).value for key, _ in progress.touchpoints},
             "touchpoints_done": p.done, "finished": p.finished,
             "last_activity": (None if p.last_activity is None else
                               datetime.fromtimestamp(p.last_activity, UTC).isoformat())}
            for p in progress.leaders
        ],
    }


def finding_to_dict(f: Finding) -> dict[str, Any]:
    return {
        "id": f.id, "round": f.round, "text": f.text, "touchpoint": f.touchpoint or None,
        "session_id": f.session_id, "offset_seconds": f.offset_seconds,
        "factor": f.factor.value if f.factor else None, "department": f.department or None,
        "trust": f.trust.value if f.trust else None, "severity": f.severity.value,
        "created_at": _instant(f.created_at), "edited_at": _instant(f.edited_at),
        "perception_point_id": f.point_id,
    }


def response_to_dict(r: PerceptionResponse) -> dict[str, Any]:
    """`survey list --json`: one group's (or respondent's) answers."""
    return {
        "id": r.id, "round": r.round, "group": r.group.value, "source": r.source or None,
        "overall": r.overall, "excellent": r.excellent, "ratings": dict(r.ratings),
        "points": [{"id": p.id, "question": p.question.value, "text": p.text,
                    "touchpoint": p.touchpoint or None,
                    "factor": p.factor.value if p.factor else None, "theme": p.theme or None}
                   for p in r.points],
        "created_at": _instant(r.created_at), "edited_at": _instant(r.edited_at),
    }


def overview_to_dict(view: PerceptionOverview) -> dict[str, Any]:
    """`survey overview --json`: the round's three perceptions and the mystery shop."""
    return {
        "round": view.round,
        "responses": len(view.responses),
        "groups": {
            g.value: {"responses": sum(r.group is g for r in view.responses),
                      "overall": view.overall.get(g),
                      "excellent_yes": view.shares[g].yes if g in view.shares else None,
                      "excellent_asked": view.shares[g].asked if g in view.shares else None}
            for g in Group},
        "touchpoints": [
            {"key": t.key, "title": t.title, "leadership": t.leadership, "staff": t.staff,
             "customers": t.customers, "felt": t.felt,
             "customers_minus_leadership": t.gap_to_customers}
            for t in view.touchpoints],
        "themes": [{"name": t.name, "groups": {g.value: n for g, n in t.counts.items()},
                    "agreed": t.agreed(view.groups)} for t in view.themes],
    }


def action_to_dict(a: Action, today: date) -> dict[str, Any]:
    return {
        "id": a.id, "text": a.text, "owner": a.owner or None,
        "due": a.due.isoformat() if a.due else None, "status": a.status.value,
        "overdue": a.overdue(today), "fix": a.fix.value, "findings": list(a.finding_ids),
        "done_at": _instant(a.done_at), "created_at": _instant(a.created_at),
        "edited_at": _instant(a.edited_at),
    }


def _instant(epoch: float | None) -> str | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC).isoformat()
