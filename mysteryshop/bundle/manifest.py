"""The bundle manifest: sessions as `show --json` prints them, plus what a merge needs.

Reading is strict because a bundle comes from another machine: every field is checked
for type and range, and the first problem found is named by its place in the manifest
("sessions[0].steps[2].points"), so a refusal can say exactly what was wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from mysteryshop import __version__
from mysteryshop.bundle.audio_records import audio_from, audio_record
from mysteryshop.bundle.fields import (
    OFFSET_MAX,
    SAFE_ID,
    Fields,
    invalid,
    required,
)
from mysteryshop.bundle.limits import Limits
from mysteryshop.bundle.perception_records import response_from, response_record
from mysteryshop.bundle.template_records import (
    session_template,
    templates_from,
    templates_record,
)
from mysteryshop.call_events import AudioRecords
from mysteryshop.errors import BundleError
from mysteryshop.loop import (
    TEXT_MAX,
    Action,
    ActionStatus,
    CoreFactor,
    Finding,
    FixKind,
    Severity,
)
from mysteryshop.model import (
    EXPERIENCE_MAX,
    POINTS_MAX,
    POINTS_MIN,
    REACH_MAX,
    Answer,
    AnswerValue,
    CallMeasures,
    FeelingChange,
    FindingCheck,
    Interval,
    Marker,
    MarkerKind,
    Recording,
    RecordingStatus,
    ReviewNote,
    Session,
    SessionStatus,
    Step,
    Target,
    Verdict,
)
from mysteryshop.perception import PerceptionResponse
from mysteryshop.serialize import session_to_dict
from mysteryshop.template_file import Template

FORMAT = "mysteryshop-bundle"
VERSION = 1
MANIFEST_NAME = "manifest.json"

_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class FileEntry:
    """A file carried in the bundle, and what its bytes must hash to."""

    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class SharedTarget:
    """A round's target feeling as shared: the newer of two copies wins (`edited_at`)."""

    target: Target
    edited_at: float


@dataclass
class Manifest:
    created_at: str
    app_version: str
    sessions: list[Session]
    files: dict[str, FileEntry]
    # The target feelings of the shared sessions' rounds (none in older bundles).
    targets: list[SharedTarget] = field(default_factory=list)
    # Customers a year at those rounds' touchpoints: (round, key, customers, edited_at).
    reach: list[tuple[str, str, int, float]] = field(default_factory=list)
    # The findings of those rounds and the actions answering them (newer copy wins).
    findings: list[Finding] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    # Those rounds' perception checks (newer copy of a response wins).
    responses: list[PerceptionResponse] = field(default_factory=list)
    # What the audio told about the recordings: analyses, found events, redaction logs.
    audio: AudioRecords = field(default_factory=AudioRecords)
    # The team-made exercise templates the sessions were run with.
    templates: list[Template] = field(default_factory=list)


# -- writing -------------------------------------------------------------------------


def manifest_dict(
    sessions: list[Session], files: dict[int, FileEntry], now: float,
    targets: list[SharedTarget] | None = None,
    loop: tuple[list[Finding], list[Action]] = ([], []),
    reach: list[tuple[str, str, int, float]] | None = None,
    responses: list[PerceptionResponse] | None = None,
    audio: AudioRecords | None = None,
    templates: list[Template] | None = None,
) -> dict[str, Any]:
    """The manifest for `sessions`; `files` maps a recording id to the file carried for it;
    `targets`: the target feelings of their rounds."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "created_at": datetime.fromtimestamp(now).astimezone().isoformat(),
        "app_version": __version__,
        "sessions": [_session_record(s, files, now) for s in sessions],
        "files": {f.name: {"sha256": f.sha256, "size": f.size} for f in files.values()},
        "targets": [{"round": t.target.round, "key": t.target.key, "points": t.target.points,
                     "experience": t.target.experience, "edited_at": t.edited_at}
                    for t in targets or []],
        "reach": [{"round": r, "key": k, "customers": n, "edited_at": at}
                  for r, k, n, at in reach or []],
        "findings": [_finding_record(f) for f in loop[0]],
        "actions": [_action_record(a) for a in loop[1]],
        "perception": [response_record(r) for r in responses or []],
        "audio": audio_record(audio or AudioRecords()),
        "templates": templates_record(templates or []),
    }


def _finding_record(f: Finding) -> dict[str, Any]:
    return {"id": f.id, "round": f.round, "text": f.text, "touchpoint": f.touchpoint,
            "session_id": f.session_id, "offset_seconds": f.offset_seconds,
            "factor": f.factor.value if f.factor else None, "department": f.department,
            "trust": f.trust.value if f.trust else None, "severity": f.severity.value,
            "created_at": f.created_at, "edited_at": f.edited_at, "point_id": f.point_id}


def _action_record(a: Action) -> dict[str, Any]:
    return {"id": a.id, "text": a.text, "owner": a.owner,
            "due": a.due.isoformat() if a.due else None, "status": a.status.value,
            "fix": a.fix.value, "findings": list(a.finding_ids), "done_at": a.done_at,
            "created_at": a.created_at, "edited_at": a.edited_at}


def _session_record(session: Session, files: dict[int, FileEntry], now: float) -> dict[str, Any]:
    record = session_to_dict(session, now)
    record.update(
        recording_consent_at=session.recording_consent_at,
        reviewer=session.reviewer,
        edited_at=session.edited_at,
        reviewed_at=session.reviewed_at,
        versions=session.versions,
        finding_checks=[{"finding_id": i, "held": c.held, "at": c.at}
                        for i, c in session.finding_checks.items()],
    )
    for step, step_record in zip(session.steps, record["steps"], strict=True):
        step_record.update(
            position=step.position,
            timer_stopped=step.timer_stopped,
            intervals=[[i.started_at, i.stopped_at] for i in step.intervals],
            # Exact offsets (show --json rounds them) and the wall-clock instant of each.
            markers=[{"offset_seconds": m.offset_seconds, "kind": m.kind.value, "text": m.text,
                      "at": m.at} for m in step.markers],
            # [offset, points, at]: compact, a call can hold thousands of changes.
            feeling_trace=[[c.offset_seconds, c.points, c.at] for c in step.feeling_trace],
            review_points=step.review_points,
            blind_review_points=step.blind_review_points,
            review_notes=[{"offset_seconds": n.offset_seconds, "text": n.text,
                           "created_at": n.created_at} for n in step.review_notes],
            recordings=[_recording_record(r, files.get(r.id)) for r in step.recordings],
        )
    return record


def _recording_record(recording: Recording, file: FileEntry | None) -> dict[str, Any]:
    return {
        "file": file.name if file else None,
        "status": recording.status.value,
        "started_at": recording.started_at,
        "timer_offset": recording.timer_offset,
        "samplerate": recording.samplerate,
        "channels": recording.channels,
        "frames": recording.frames,
        "overflows": recording.overflows,
        "error": recording.error,
        "consent_at": recording.consent_at,
        "consent_text": recording.consent_text,
        "deleted_at": recording.deleted_at,
    }


# -- reading -------------------------------------------------------------------------


def parse_manifest(data: object, limits: Limits | None = None) -> Manifest:
    """Check a decoded manifest and turn it into domain records (BundleError if invalid)."""
    limits = limits or Limits()
    top = Fields(data, "")
    if top.data.get("format") != FORMAT:
        raise BundleError("it is not a Mystery Shop bundle (its manifest names another format)")
    version = top.data.get("version")
    if version != VERSION:
        raise BundleError(
            "it is a bundle of version {version!r}, and this Mystery Shop reads "
            "version {ours} (a newer app may have written it)", version=version, ours=VERSION)
    files: dict[str, FileEntry] = {}
    raw_files = top.data.get("files")
    if not isinstance(raw_files, dict):
        raise invalid("files", "must be an object")
    for name, entry in raw_files.items():
        fields = Fields(entry, f"files[{name!r}]")
        digest = fields.text("sha256")
        if not _SHA256.fullmatch(digest):
            raise invalid(fields._at("sha256"), "must be 64 hexadecimal digits")
        files[name] = FileEntry(name, digest, fields.count("size"))
    raw_sessions = top.items("sessions", optional=False)
    if len(raw_sessions) > limits.sessions:
        raise BundleError("it holds {count} sessions (at most {sessions} make sense in one "
                          "bundle)", count=len(raw_sessions), sessions=limits.sessions)
    sessions = [_session(s, files, limits) for s in raw_sessions]
    ids = [s.id for s in sessions]
    if len(set(ids)) != len(ids):
        raise invalid("sessions", "holds the same session twice")
    used = [r.path for s in sessions for st in s.steps for r in st.recordings if r.path]
    if len(set(used)) != len(used):
        raise invalid("sessions", "give two recordings the same file")
    targets = [_target(t) for t in top.items("targets")]
    if len({(t.target.round, t.target.key) for t in targets}) != len(targets):
        raise invalid("targets", "holds one touchpoint's target twice")
    reach = [_reach(r) for r in top.items("reach")]
    if len({(r[0], r[1]) for r in reach}) != len(reach):
        raise invalid("reach", "holds one touchpoint's customers twice")
    findings = [_finding(f) for f in top.items("findings")]
    actions = [_action(a) for a in top.items("actions")]
    responses = [response_from(r) for r in top.items("perception")]
    for name, records in (("findings", findings), ("actions", actions),
                          ("perception", responses)):
        if len({r.id for r in records}) != len(records):
            raise invalid(name, "holds the same one twice")
    return Manifest(top.text("created_at", optional=True), top.text("app_version", optional=True),
                    sessions, files, targets, reach, findings, actions, responses,
                    audio_from(top), templates_from(top))


def _reach(f: Fields) -> tuple[str, str, int, float]:
    customers = f.integer("customers", 1, REACH_MAX)
    return (f.text("round", optional=True), f.ident("key"), required(customers),
            required(f.instant("edited_at")))


def _short_text(f: Fields, key: str, *, optional: bool = False) -> str:
    text = f.text(key, optional=optional)
    if len(text) > TEXT_MAX or (not optional and not text.strip()):
        raise invalid(f._at(key), "must be a short statement")
    return text


def _finding(f: Fields) -> Finding:
    session_id = f.data.get("session_id")
    return Finding(
        f.ident("id").lower(), f.text("round", optional=True), _short_text(f, "text"),
        f.ident("touchpoint") if f.data.get("touchpoint") else "",
        f.ident("session_id").lower() if session_id is not None else None,
        f.offset("offset_seconds", optional=True),
        f.choice("factor", CoreFactor, optional=True),
        _short_text(f, "department", optional=True),
        f.choice("trust", Verdict, optional=True),
        f.choice("severity", Severity) or Severity.MEDIUM,
        required(f.instant("created_at")), required(f.instant("edited_at")),
        f.ident("point_id").lower() if f.data.get("point_id") is not None else None)


def _action(f: Fields) -> Action:
    due_text = f.text("due", optional=True)
    try:
        due = date.fromisoformat(due_text) if due_text else None
    except ValueError:
        raise invalid(f._at("due"), "must be a date (YYYY-MM-DD)") from None
    links = f.raw_list("findings")
    if not all(isinstance(i, str) and SAFE_ID.fullmatch(i) for i in links):
        raise invalid(f._at("findings"), "must list finding ids")
    return Action(
        f.ident("id").lower(), _short_text(f, "text"), _short_text(f, "owner", optional=True),
        due, f.choice("status", ActionStatus) or ActionStatus.OPEN,
        f.choice("fix", FixKind) or FixKind.PERMANENT,
        tuple(dict.fromkeys(i.lower() for i in links)),
        f.instant("done_at", optional=True), required(f.instant("created_at")),
        required(f.instant("edited_at")))


def _target(f: Fields) -> SharedTarget:
    points, edited_at = f.integer("points", POINTS_MIN, POINTS_MAX), f.instant("edited_at")
    assert points is not None and edited_at is not None
    experience = f.text("experience", optional=True)
    if len(experience) > EXPERIENCE_MAX:
        raise invalid(f._at("experience"), "must be one sentence")
    return SharedTarget(Target(f.text("round", optional=True), f.ident("key"), points,
                               experience), edited_at)


def _session(f: Fields, files: dict[str, FileEntry], limits: Limits) -> Session:
    started_at = f.moment("started_at")
    assert started_at is not None
    session = Session(
        # Ids are compared without case: two that differ only in case are one session (and
        # would share one recordings folder on Windows or macOS).
        id=f.ident("id").lower(), leader=f.text("leader"), company=f.text("company"),
        round=f.text("round", optional=True), started_at=started_at,
        website=f.text("website", optional=True), phone=f.text("phone", optional=True),
        finished_at=f.moment("finished_at", optional=True),
        status=f.choice("status", SessionStatus) or SessionStatus.OPEN,
        verdict=f.choice("verdict", Verdict, optional=True),
        surprised=f.text("surprised", optional=True),
        recording_consent_at=f.instant("recording_consent_at", optional=True),
        reviewer=f.text("reviewer", optional=True),
        demo=f.flag("demo"),
        edited_at=f.instant("edited_at", optional=True),
        reviewed_at=f.instant("reviewed_at", optional=True),
        versions=f.versions("versions"),
    )
    session.template_id, session.template_version = session_template(f)
    session.steps = [_step(s, session.id, files, limits)
                     for s in f.items("steps", optional=False)]
    keys = [s.key for s in session.steps]
    if not keys or len(set(keys)) != len(keys):
        raise invalid(f._at("steps"), "must list each step once")
    for check in f.items("finding_checks"):
        finding_id = check.ident("finding_id").lower()
        if finding_id in session.finding_checks:
            raise invalid(check._at("finding_id"), "is checked twice")
        held = check.data.get("held")
        if not isinstance(held, bool):
            raise invalid(check._at("held"), "must be true or false")
        session.finding_checks[finding_id] = FindingCheck(held, required(check.instant("at")))
    return session


def _step(f: Fields, session_id: str, files: dict[str, FileEntry], limits: Limits) -> Step:
    key = f.ident("key")
    step = Step(
        key=key, position=f.count("position"), title=f.text("title"),
        predicted_points=f.points("predicted_points"), points=f.points("points"),
        notes=f.text("notes", optional=True), timer_stopped=f.flag("timer_stopped"),
        review_points=f.points("review_points"),
        blind_review_points=f.points("blind_review_points"),
        prediction_changed_at=f.instant("prediction_changed_at", optional=True),
        prediction_before_change=f.points("prediction_before_change"),
    )
    for i, pair in enumerate(f.raw_list("intervals")):
        where = f"{f._at('intervals')}[{i}]"
        if not (isinstance(pair, list) and len(pair) == 2):
            raise invalid(where, "must be [started, stopped]")
        span = Fields({"started": pair[0], "stopped": pair[1]}, where)
        started = span.instant("started")
        assert started is not None
        stopped = span.number("stopped", optional=True, low=started,
                              high=started + OFFSET_MAX)
        step.intervals.append(Interval(started, stopped))
    for key_, most in (("markers", limits.markers_per_step),
                       ("review_notes", limits.notes_per_step),
                       ("feeling_trace", limits.feeling_changes_per_step)):
        if len(f.raw_list(key_)) > most:
            raise invalid(f._at(key_), f"holds more than {most} (no call has that many)")
    for m in f.items("markers"):
        kind = m.choice("kind", MarkerKind)
        assert kind is not None
        step.markers.append(Marker(0, kind, required(m.offset("offset_seconds")),
                                   required(m.instant("at")),
                                   m.text("text", optional=True)))
    if "feeling_trace" in f.data:  # (bundles from before the live feeling have none)
        for i, triple in enumerate(f.raw_list("feeling_trace")):
            where = f"{f._at('feeling_trace')}[{i}]"
            if not (isinstance(triple, list) and len(triple) == 3):
                raise invalid(where, "must be [offset, points, at]")
            change = Fields(dict(zip(("offset", "points", "at"), triple, strict=True)), where)
            step.feeling_trace.append(FeelingChange(
                required(change.offset("offset")), required(change.points("points")),
                required(change.instant("at"))))
        step.feeling_trace.sort(key=lambda c: c.offset_seconds)
    for a in f.items("answers"):
        question = a.ident("question_id")
        step.answers[question] = Answer(question, a.choice("value", AnswerValue, optional=True),
                                        a.text("comment", optional=True))
    measures = Fields(f.data.get("measures") or {}, f._at("measures"))
    step.measures = CallMeasures(
        rings=measures.count("rings") if "rings" in measures.data else 0,
        answer_seconds=measures.offset("answer_seconds", optional=True),
        hold_total_seconds=measures.offset("hold_total_seconds", optional=True) or 0.0,
        hold_longest_seconds=measures.offset("hold_longest_seconds", optional=True) or 0.0,
        holds=measures.count("holds") if "holds" in measures.data else 0,
        transfers=measures.count("transfers") if "transfers" in measures.data else 0,
        helped_seconds=measures.offset("helped_seconds", optional=True),
        asked_need=measures.count("asked_need") if "asked_need" in measures.data else 0,
        pitched=measures.count("pitched") if "pitched" in measures.data else 0,
    )
    for n in f.items("review_notes"):
        step.review_notes.append(ReviewNote(0, required(n.offset("offset_seconds")),
                                            n.text("text"), required(n.instant("created_at"))))
    for r in f.items("recordings"):
        step.recordings.append(_recording(r, session_id, key, files))
    return step


def _recording(f: Fields, session_id: str, key: str, files: dict[str, FileEntry]) -> Recording:
    name = f.text("file", optional=True)
    if name and name not in files:
        raise invalid(f._at("file"), "names a file the bundle does not list")
    status = f.choice("status", RecordingStatus)
    samplerate = f.integer("samplerate", 1, 1_000_000)
    channels = f.integer("channels", 1, 64)
    assert status is not None and samplerate is not None and channels is not None
    return Recording(
        id=0, session_id=session_id, step_key=key, path=name, status=status,
        started_at=required(f.instant("started_at")),
        timer_offset=required(f.offset("timer_offset")),
        samplerate=samplerate, channels=channels,
        frames=f.integer("frames", 0, int(samplerate * OFFSET_MAX)) or 0,
        overflows=f.count("overflows"), error=f.text("error", optional=True),
        consent_at=f.instant("consent_at", optional=True),
        consent_text=f.text("consent_text", optional=True),
        deleted_at=f.instant("deleted_at", optional=True),
    )
