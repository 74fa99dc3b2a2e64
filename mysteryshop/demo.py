"""A realistic, completed demo session so a newcomer sees the app with data."""

from __future__ import annotations

import time
from pathlib import Path

from mysteryshop.model import (
    AnswerValue,
    MarkerKind,
    Recording,
    RecordingStatus,
    Session,
    Verdict,
)
from mysteryshop.services.session_flow import SessionService
from mysteryshop.storage.repository import Repository
from mysteryshop.templates import template_for

Y, P, N, NA = AnswerValue.YES, AnswerValue.PARTLY, AnswerValue.NO, AnswerValue.NA
K = MarkerKind

# key: (predicted, felt, answers, notes, [(seconds into the step, marker, text)], duration)
DemoStep = tuple[int, int, list[AnswerValue], str, list[tuple[float, K, str]], float]
DEMO_STEPS: dict[str, DemoStep] = {
    "website": (6, 2, [P, N, Y, P],
                "Home page opens with our founding story and a product grid. Took me three "
                "clicks to find anything about my actual problem.", [], 420),
    "call": (7, -3, [N, P, N, P],
             "Felt like I was interrupting. Nobody asked my name.",
             [(4, K.RING, ""), (8, K.RING, ""), (12, K.RING, ""), (14, K.ANSWERED, ""),
              (40, K.PITCHED, ""), (55, K.ASKED_NEED, ""), (70, K.ON_HOLD, ""),
              (132, K.OFF_HOLD, ""), (140, K.PITCHED, ""),
              (150, K.NOTE, "Music on hold was loud and looped"), (200, K.HELPED, "")], 252),
    "buy": (8, 5, [Y, P, Y, N],
            "Checkout was quick. Delivery options were confusing.", [], 600),
    "problem": (5, -6, [P, N, N, Y],
                "Told twice I would have to check with a supervisor.",
                [(5, K.RING, ""), (10, K.RING, ""), (18, K.ANSWERED, ""),
                 (60, K.ON_HOLD, ""), (105, K.OFF_HOLD, ""), (110, K.TRANSFERRED, ""),
                 (150, K.ON_HOLD, ""), (240, K.OFF_HOLD, ""), (250, K.ASKED_NEED, ""),
                 (300, K.HELPED, "")], 365),
    "leader": (4, -8, [N, N, N, N],
               "Asked for the manager; got voicemail after two transfers.",
               [(6, K.RING, ""), (11, K.ANSWERED, ""), (30, K.TRANSFERRED, ""),
                (60, K.ON_HOLD, ""), (140, K.OFF_HOLD, ""), (150, K.TRANSFERRED, ""),
                (170, K.NOTE, "Voicemail, no call back offered")], 190),
}

# key: the live feeling through the call, [(seconds into the step, where it moved to)].
DEMO_FEELINGS: dict[str, list[tuple[float, int]]] = {
    "call": [(10, -1), (16, 1), (42, -1), (57, 1), (80, -2), (110, -4), (130, -5),
             (135, -4), (205, -2), (240, -3)],
    "problem": [(8, -1), (20, 0), (70, -3), (100, -5), (112, -6), (170, -8), (230, -9),
                (245, -7), (305, -6)],
    "leader": [(12, 1), (35, -1), (90, -4), (130, -6), (155, -7), (175, -8)],
}


def _add_recording(repository: Repository, data_dir: Path, session: Session, key: str,
                   started: float, seconds: float) -> None:
    from mysteryshop.audio.synth import DEMO_SAMPLERATE, synthesize_call, write_private_wav
    from mysteryshop.services.data_folder import RECORDINGS_DIR

    step = session.step(key)
    relative = f"{RECORDINGS_DIR}/{session.id}/{step.position + 1:02d}-{key}-demo.wav"
    audio = synthesize_call(step.markers, seconds, seed=step.position)
    frames = write_private_wav(data_dir / relative, audio, DEMO_SAMPLERATE)
    (data_dir / RECORDINGS_DIR).chmod(0o700)
    repository.update_session(session.id, recording_consent_at=started)
    step.recordings.append(repository.add_recording(Recording(
        id=0, session_id=session.id, step_key=key, path=relative,
        status=RecordingStatus.COMPLETE, started_at=started, timer_offset=0.0,
        samplerate=DEMO_SAMPLERATE, frames=frames,
    )))


class _DemoClock:
    """A clock the demo moves by hand, so timers and markers get believable times."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def create_demo_session(repository: Repository, data_dir: Path | None = None,
                        now: float | None = None, *, as_demo: bool = True) -> Session:
    """Walk a whole session through the real service, as a leader would have done it.

    With a data folder, the call steps also get recordings made from their markers.
    Marked as a demo unless `as_demo` is False (tests and benchmarks that need a
    realistic session standing for real work).
    """
    clock = _DemoClock((now if now is not None else time.time()) - 2 * 3600)
    service = SessionService(repository, clock)
    session = service.create("A. Rivera (demo)", "Acme North", "Round 1 — demo",
                             website="https://acme.example", phone="+1 555 0100",
                             demo=as_demo)
    for key, (predicted, felt, answers, notes, markers, duration) in DEMO_STEPS.items():
        template = template_for(key)
        service.set_prediction(session, key, predicted)
        service.start_timer(session, key)
        start = clock.now
        events: list[tuple[float, K | None, str, int]] = [
            (offset, kind, text, 0) for offset, kind, text in markers]
        events += [(offset, None, "", points) for offset, points in DEMO_FEELINGS.get(key, [])]
        for offset, kind, text, points in sorted(events, key=lambda e: e[0]):
            clock.now = start + offset
            if kind is not None:
                service.add_marker(session, key, kind, text)
            else:
                service.nudge_feeling(session, key, points - session.step(key).live_feeling)
        clock.now = start + duration
        service.stop_timer(session, key)
        if template:
            for question, value in zip(template.questions, answers, strict=False):
                service.set_answer(session, key, question.id, value)
        service.set_notes(session, key, notes)
        service.set_points(session, key, felt)
        if data_dir is not None and template is not None and template.is_call:
            _add_recording(repository, data_dir, session, key, start, duration)
        clock.now += 120
    service.set_surprised(
        session, "I expected the calls to be our strength. They were our weakest moments."
    )
    service.set_verdict(session, Verdict.ERODES)
    service.set_current_page(session, len(session.steps))
    service.finish(session)
    return session
