"""The session flow: every change a leader makes, applied to the session and saved at once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from mysteryshop.errors import MysteryShopError, SessionChangedError
from mysteryshop.measures import MarkerTally, tally_markers
from mysteryshop.model import (
    POINTS_MAX,
    POINTS_MIN,
    Answer,
    AnswerValue,
    CallMeasures,
    FeelingChange,
    Interval,
    Marker,
    MarkerKind,
    Session,
    SessionStatus,
    Step,
    Target,
    TimerState,
    Verdict,
    check_points,
)
from mysteryshop.steady_clock import SteadyClock
from mysteryshop.storage.repository import Repository
from mysteryshop.text import storable
from mysteryshop.vocabulary import verdict_words

if TYPE_CHECKING:
    from mysteryshop.templates import Template

Clock = Callable[[], float]
logger = logging.getLogger(__name__)


class SessionService:
    """Applies a leader's actions to a `Session` in memory and in the database together.

    The in-memory session is what the UI shows; the database is the truth after a crash.
    Each method writes first and changes memory only when the write succeeded, so a failed
    save (disk full) never shows the user something that is not stored.
    """

    def __init__(self, repository: Repository, clock: Clock | None = None) -> None:
        """`clock`: epoch seconds; by default a SteadyClock, held while a step is timed
        so that a change of the computer's clock does not change a step's time."""
        self.repository = repository
        self.clock: Clock = clock if clock is not None else SteadyClock()
        # Called after a step timer starts, pauses or stops: the recorder follows the timer.
        self.timer_listeners: list[Callable[[Session, Step], None]] = []
        # Per step key, the last markers added up, by their ids (unique in the database).
        self._tallies: dict[str, tuple[tuple[int, ...], MarkerTally]] = {}

    def _hold_while_timing(self, session: Session) -> None:
        """Steady time while a step of `session` runs; the wall clock otherwise."""
        if isinstance(self.clock, SteadyClock):
            if any(_running(s) for s in session.steps):
                self.clock.hold()
            else:
                self.clock.release()

    def _notify_timer(self, session: Session, key: str) -> None:
        self._hold_while_timing(session)
        step = session.step(key)
        for listener in self.timer_listeners:
            listener(session, step)

    # -- sessions ----------------------------------------------------------------------

    def create(
        self,
        leader: str,
        company: str,
        round_label: str,
        website: str = "",
        phone: str = "",
        template: Template | None = None,
        *,
        demo: bool = False,
    ) -> Session:
        """A new session with the steps of `template` (the round's; default the built-in
        five), which it keeps by id and version."""
        leader, company = storable(leader.strip()), storable(company.strip())
        round_label, website, phone = (storable(round_label), storable(website),
                                       storable(phone))
        if not leader or not company:
            raise MysteryShopError("A session needs the leader's name and the company shopped.")
        leader = self._kept_spelling(leader)
        # Imported here: ~10 ms that the home screen at start-up does not need.
        import uuid

        from mysteryshop.templates import built_in_template

        template = template or built_in_template()
        session = Session(
            id=uuid.uuid4().hex,
            leader=leader,
            company=company,
            round=round_label.strip(),
            website=website.strip(),
            phone=phone.strip(),
            started_at=datetime.fromtimestamp(self.clock(), UTC),
            steps=[Step(t.key, i, t.title) for i, t in enumerate(template.steps)],
            demo=demo,
            template_id=template.id,
            template_version=template.version,
        )
        self.repository.add_session(session)
        logger.info("Created session %s (%d steps, round %r)", session.id, len(session.steps),
                    session.round)
        return session

    def targets(self, session: Session) -> dict[str, Target]:
        """The experience the team wants at each step of the session's round (by key)."""
        return {t.key: t for t in self.repository.targets(session.round)}

    def reach(self, session: Session) -> dict[str, int]:
        """Customers a year at each step of the session's round (by key; where known)."""
        return {key: n for (_, key), n in self.repository.reach(session.round).items()}

    def _kept_spelling(self, leader: str) -> str:
        """A name the team keeps, as it keeps it: "ana  rivera" is Ana Rivera, so one
        person's sessions are not split over two spellings."""
        leader = " ".join(leader.split())
        same = leader.casefold()
        return next((n for n in self.repository.leaders() if n.casefold() == same), leader)

    def open(self, session_id: str) -> Session:
        session = self.repository.get_session(session_id)
        self._hold_while_timing(session)
        logger.info("Opened session %s", session_id)
        return session

    @property
    def read_only(self) -> bool:
        return self.repository.read_only

    def set_current_page(self, session: Session, page: int) -> None:
        """Where the session reopens (a convenience: a read-only database keeps it in
        memory only, rather than fail a page turn)."""
        page = max(0, min(page, len(session.steps)))
        if not self.read_only:
            self.repository.update_session(session.id, current_page=page)
        session.current_page = page

    def set_verdict(self, session: Session, verdict: Verdict | None) -> None:
        self._write_session(session, "verdict", verdict)

    def set_surprised(self, session: Session, text: str) -> None:
        self._write_session(session, "surprised", storable(text))

    # -- writes that never go over someone else's ----------------------------------------
    # Another window on the same folder, or an import, may have changed a field since this
    # session was read. Each write states what it last read; if the database holds
    # something else, nothing is written and SessionChangedError says so (the window then
    # shows what is stored). A field written from a stale copy would lose committed work.

    def _write_session(self, session: Session, field: str, value: object) -> None:
        old = getattr(session, field)
        if value == old:
            return
        if not self.repository.update_session_if(session.id, {field: old}, **{field: value}):
            raise _changed_elsewhere(session)
        setattr(session, field, value)

    def _write_step(self, session: Session, key: str, **fields: object) -> None:
        step = session.step(key)
        expected = {name: getattr(step, name) for name in fields}
        if expected == fields:
            return
        if not self.repository.update_step_if(session.id, key, expected, **fields):
            raise _changed_elsewhere(session)
        for name, value in fields.items():
            setattr(step, name, value)

    def _sync_timeline(self, session: Session, step: Step) -> None:
        """The step's intervals and markers as stored (another window may have added)."""
        step.intervals, step.markers = self.repository.step_timeline(session.id, step.key)

    def finish(self, session: Session) -> None:
        """Mark the session complete; running timers stop so no time keeps counting."""
        if session.verdict is None:
            raise MysteryShopError(
                "Choose a verdict first: does the experience build or erode trust?"
            )
        now = self.clock()
        for step in session.steps:
            if step.timer_state is TimerState.RUNNING:
                self.stop_timer(session, step.key)
        finished = datetime.fromtimestamp(now, UTC)
        self.repository.update_session(
            session.id, status=SessionStatus.DONE, finished_at=finished
        )
        session.status = SessionStatus.DONE
        session.finished_at = finished
        logger.info("Finished session %s: %s, felt %s", session.id, verdict_words(
            session.verdict), session.felt_total)

    # -- ratings, notes, answers -------------------------------------------------------

    def set_prediction(self, session: Session, key: str, points: int | None, *,
                       change_after_start: bool = False) -> None:
        """The leader's prediction for a step, made before doing it.

        Once the step's timer has started the prediction is locked: changing it then
        would quietly erase the perception gap. The leader may still change it on
        purpose (`change_after_start`), and the first such change keeps what the
        prediction was and when it changed, so the gap is shown as from a changed one.
        """
        points = check_points(points)
        step = session.step(key)
        if points == step.predicted_points:
            return
        if not step.intervals:
            self._write_step(session, key, predicted_points=points)
            return
        if not change_after_start:
            raise MysteryShopError(
                "The prediction is locked once the step has started: it is what you "
                "expected before. Use \"Change my prediction\" to change it on the record.")
        fields: dict[str, object] = {"predicted_points": points,
                                     "prediction_changed_at": self.clock()}
        if step.prediction_changed_at is None:
            fields["prediction_before_change"] = step.predicted_points
        self._write_step(session, key, **fields)
        logger.info("Prediction of %s/%s changed after the step started", session.id, key)

    def set_points(self, session: Session, key: str, points: int | None) -> None:
        self._write_step(session, key, points=check_points(points))

    def set_notes(self, session: Session, key: str, text: str) -> None:
        self._write_step(session, key, notes=storable(text))

    def set_answer(
        self, session: Session, key: str, question_id: str, value: AnswerValue | None,
        comment: str | None = None,
    ) -> None:
        step = session.step(key)
        previous = step.answers.get(question_id)
        if comment is None:
            comment = previous.comment if previous else ""
        answer = Answer(question_id, value, storable(comment))
        self.repository.set_answer(session.id, key, answer)
        step.answers[question_id] = answer

    def set_answer_comment(
        self, session: Session, key: str, question_id: str, comment: str
    ) -> None:
        previous = session.step(key).answers.get(question_id)
        self.set_answer(session, key, question_id, previous.value if previous else None, comment)

    # -- the step timer ----------------------------------------------------------------

    def start_timer(self, session: Session, key: str) -> None:
        """Start or resume a step's timer; any other running step timer pauses first."""
        step = session.step(key)
        if step.timer_state is TimerState.RUNNING:
            return
        for other in session.steps:
            if other.key != key and other.timer_state is TimerState.RUNNING:
                self.pause_timer(session, other.key)
        with self.repository.write_transaction():
            self._sync_timeline(session, step)
            if not _running(step):  # not started elsewhere already
                now = self.clock()
                self.repository.open_interval(session.id, key, now)
                step.intervals.append(Interval(now))
            step.timer_stopped = False
        self._notify_timer(session, key)

    def pause_timer(self, session: Session, key: str) -> None:
        self._close_timer(session, key, stop=False)

    def stop_timer(self, session: Session, key: str) -> None:
        self._close_timer(session, key, stop=True)

    def toggle_timer(self, session: Session, key: str) -> None:
        if session.step(key).timer_state is TimerState.RUNNING:
            self.pause_timer(session, key)
        else:
            self.start_timer(session, key)

    def _close_timer(self, session: Session, key: str, *, stop: bool) -> None:
        step = session.step(key)
        if step.timer_state is TimerState.IDLE and not stop:
            return
        with self.repository.write_transaction():
            now = self.clock()
            self.repository.close_intervals(session.id, key, now, stop=stop)
            self._sync_timeline(session, step)
            step.timer_stopped = stop
            self._save_measures(session, step)
        self._notify_timer(session, key)

    def elapsed(self, step: Step) -> float:
        return step.elapsed(self.clock())

    # -- the live feeling --------------------------------------------------------------

    def nudge_feeling(self, session: Session, key: str, steps: int) -> FeelingChange | None:
        """Move the step's live feeling by `steps` points (up is positive) at the timer's
        time, and store the change at once (a crash keeps every change). Only while the
        timer runs: the feeling traces the call as it happens. None when nothing moved
        (the timer is not running, or the feeling is already at the end of the scale).

        Not an undoable edit: a nudge the wrong way is put right by the next nudge, and
        the trace keeps both, as a dial-testing trace does.
        """
        step = session.step(key)
        if step.timer_state is not TimerState.RUNNING:
            return None
        with self.repository.write_transaction():
            self._sync_timeline(session, step)
            step.feeling_trace = self.repository.feeling_trace(session.id, key)
            if not _running(step):
                return None
            points = max(POINTS_MIN, min(POINTS_MAX, step.live_feeling + steps))
            if points == step.live_feeling:
                return None
            now = self.clock()
            change = FeelingChange(step.elapsed(now), points, now)
            self.repository.add_feeling_change(session.id, key, change)
            step.feeling_trace.append(change)
        return change

    # -- markers -----------------------------------------------------------------------

    def add_marker(self, session: Session, key: str, kind: MarkerKind, text: str = "") -> Marker:
        """Stamp a marker at the step timer's time; the first stamp starts the timer."""
        step = session.step(key)
        if step.timer_state is not TimerState.RUNNING:
            self.start_timer(session, key)
        with self.repository.write_transaction():
            self._sync_timeline(session, step)  # the time and the count as stored
            now = self.clock()
            marker = self.repository.add_marker(session.id, key, kind, step.elapsed(now), now,
                                                text)
            step.markers.append(marker)
            self._save_measures(session, step)
        return marker

    def restore_marker(self, session: Session, key: str, marker: Marker) -> Marker:
        """Put a removed marker back where it was on the timeline (an undone removal, or a
        redone stamp): same kind, time and text; a new id."""
        step = session.step(key)
        with self.repository.write_transaction():
            self._sync_timeline(session, step)
            restored = self.repository.add_marker(session.id, key, marker.kind,
                                                  marker.offset_seconds, marker.at, marker.text)
            step.markers.append(restored)
            self._save_measures(session, step)
        return restored

    def set_marker_text(self, session: Session, key: str, marker_id: int, text: str) -> None:
        text = storable(text)
        step = session.step(key)
        self.repository.update_marker_text(marker_id, text)
        step.markers = [
            Marker(m.id, m.kind, m.offset_seconds, m.at, text) if m.id == marker_id else m
            for m in step.markers
        ]

    def delete_marker(self, session: Session, key: str, marker_id: int) -> None:
        step = session.step(key)
        with self.repository.write_transaction():
            self.repository.delete_marker(marker_id)
            self._sync_timeline(session, step)
            self._save_measures(session, step)

    def live_measures(self, step: Step) -> CallMeasures:
        """Measures as of now: an open hold keeps growing while the leader waits."""
        return self._tally(step).at(step.elapsed(self.clock()))

    def _tally(self, step: Step) -> MarkerTally:
        """The step's markers added up once per change, not on every tick of its timer."""
        signature = tuple(m.id for m in step.markers)
        cached = self._tallies.get(step.key)
        if cached is None or cached[0] != signature:
            cached = (signature, tally_markers(step.markers))
            self._tallies[step.key] = cached
        return cached[1]

    def _save_measures(self, session: Session, step: Step) -> None:
        measures = self.live_measures(step)
        self.repository.save_measures(session.id, step.key, measures)
        step.measures = measures


def _changed_elsewhere(session: Session) -> SessionChangedError:
    logger.warning("Session %s was changed elsewhere; a stale edit was not written", session.id)
    return SessionChangedError(
        "This session was changed elsewhere (in another Mystery Shop window, or by an "
        "import) after it was opened here. It is shown again as stored; your last change "
        "was not written over the newer one, so do it again if it still applies.")


def _running(step: Step) -> bool:
    """(A function: the state is read again after a sync, which a type checker cannot see.)"""
    return step.timer_state is TimerState.RUNNING
