"""Put a checked, staged bundle into the database: rows in one transaction, files moved in.

Nothing here reads the zip: `reader.read_bundle` has checked and unpacked it already.
"""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

from mysteryshop.audio.wav_repair import repair_wav
from mysteryshop.bundle.merge import Outcome, SessionMerge, plan_merge
from mysteryshop.bundle.reader import StagedBundle
from mysteryshop.errors import AudioError, BundleError
from mysteryshop.model import Recording, RecordingStatus, Session
from mysteryshop.paths import ensure_private_dir
from mysteryshop.storage import imports
from mysteryshop.storage.repository import Repository
from mysteryshop.template_file import Template


def merge_staged(repository: Repository, data_dir: Path,
                 staged: StagedBundle) -> list[SessionMerge]:
    """Plan and apply in one write transaction: two imports at once (or the app writing
    meanwhile) take turns, and each plans from what the other has already written."""
    ids = [s.id for s in staged.manifest.sessions]
    moved: list[Path] = []
    try:
        with repository.write_transaction():
            local = {s.id: s for s in repository.load_sessions(
                ids=repository.existing_ids(ids))}
            device = repository.device
            plans = [plan_merge(local.get(s.id), s, lambda r: (data_dir / r.path).is_file(),
                                device=device)
                     for s in staged.manifest.sessions]
            # The plans first: the sessions' checks of findings need the findings, and
            # each finding's link to its session needs the session (linked after).
            _keep_templates(repository, staged.manifest.templates)
            for shared in staged.manifest.targets:  # the newer copy of each wins
                repository.merge_target(shared.target, shared.edited_at)
            for round_label, key, customers, edited_at in staged.manifest.reach:
                repository.merge_reach(round_label, key, customers, edited_at)
            for response in staged.manifest.responses:  # before findings: they link to points
                repository.merge_response(response)
            for finding in staged.manifest.findings:
                repository.merge_finding(finding)
            for action in staged.manifest.actions:
                repository.merge_action(action)
            for plan in plans:
                if plan.outcome is not Outcome.SKIPPED:
                    _apply(repository, data_dir, staged, plan, local.get(plan.incoming.id),
                           moved)
            repository.link_findings_to_sessions(staged.manifest.findings)
            repository.merge_audio_records(staged.manifest.audio)  # their steps are here now
    except BaseException as exc:
        for path in moved:
            path.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise BundleError("Could not put the recordings in place: {reason}. Nothing was "
                              "changed.", reason=exc.strerror or exc) from exc
        raise
    return plans


def _apply(repository: Repository, data_dir: Path, staged: StagedBundle, plan: SessionMerge,
           local: Session | None, moved: list[Path]) -> None:
    session = plan.incoming
    if plan.outcome is Outcome.ADDED:
        imports.insert_session(repository, session)
    else:
        if plan.replace_leader_work and local is not None:
            keys = {s.key for s in session.steps} & {s.key for s in local.steps}
            imports.replace_leader_work(repository, session, keys)
        if plan.reviewer is not None:
            repository.update_session(session.id, reviewer=plan.reviewer)
        for key, points in plan.review_points.items():
            repository.update_step(session.id, key, review_points=points)
        for key, points in plan.blind_review_points.items():
            repository.update_step(session.id, key, blind_review_points=points)
        for key, note in plan.new_notes:
            repository.add_review_note(session.id, key, note.offset_seconds, note.text,
                                       note.created_at)
    for recording in plan.new_recordings:
        relative = _place(data_dir, staged, session.id, recording, moved)
        repository.add_recording(_as_local(recording, relative, data_dir))
    for ours, name in plan.restored:
        _move(staged.files[name], data_dir / ours.path, moved)
    imports.set_stamps(repository, session.id, plan.edited_at, plan.reviewed_at,
                      plan.versions)


def _place(data_dir: Path, staged: StagedBundle, session_id: str, recording: Recording,
           moved: list[Path]) -> str:
    """Move the recording's file in under a name no local file has; its relative path."""
    name = Path(recording.path).name if recording.path else (
        f"{recording.step_key}-{int(recording.started_at)}.wav")
    folder = f"recordings/{session_id}"
    relative = f"{folder}/{name}"
    n = 1
    while (data_dir / relative).exists():
        n += 1
        relative = f"{folder}/{Path(name).stem}-{n}.wav"
    if recording.path:
        _move(staged.files[recording.path], data_dir / relative, moved)
    return relative


def _move(source: Path, target: Path, moved: list[Path]) -> None:
    ensure_private_dir(target.parent)
    if target.exists():  # never overwrite a file of ours
        raise BundleError("{target} appeared during the import; nothing was changed", target=target)
    os.replace(source, target)
    moved.append(target)


def _as_local(recording: Recording, relative: str, data_dir: Path) -> Recording:
    """The row for our database; a copy shared mid-recording is repaired like after a crash."""
    local = replace(recording, path=relative)
    if recording.status is RecordingStatus.RECORDING and recording.path:
        try:
            info = repair_wav(data_dir / relative)
        except AudioError as exc:
            return replace(local, status=RecordingStatus.FAILED, error=str(exc))
        return replace(local, status=RecordingStatus.RECOVERED, frames=info.frames)
    if recording.status is RecordingStatus.RECORDING:
        return replace(local, status=RecordingStatus.FAILED,
                       error="The file was not in the shared copy.")
    return local


def _keep_templates(repository: Repository, templates: list[Template]) -> None:
    """Template versions we did not have (a kept version never changes, so one we have
    stays as it is; the built-in one is every app's own)."""
    from mysteryshop.templates import BUILT_IN_ID, remember

    have = {(t.id, t.version) for t in repository.stored_templates()}
    new = [t for t in templates if t.id != BUILT_IN_ID and (t.id, t.version) not in have]
    for template in new:
        repository.save_template(template, time.time())
    remember(new)
