"""The Excel export as a service: one call for the CLI and for the app's worker thread."""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mysteryshop.call_events import Redaction
from mysteryshop.errors import ExportError, NotFoundError
from mysteryshop.loop import Action, Finding
from mysteryshop.model import Session, Target
from mysteryshop.participation import RoundProgress
from mysteryshop.perception import PerceptionOverview
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.perception import PerceptionService
from mysteryshop.services.round_plan import RoundPlan

if TYPE_CHECKING:
    from mysteryshop.export.output import Progress

logger = logging.getLogger(__name__)

BATCH_SIZE = 200  # sessions loaded at once by an export (each about 20 kB in memory)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sessions: int
    cut_cells: int = 0  # texts longer than an Excel cell holds, cut with a word saying so
    recordings: Path | None = None  # the folder of copied recordings, when asked for
    copied: int = 0

    def cut_words(self) -> str:
        """What the report adds when texts were cut (empty when none was)."""
        if not self.cut_cells:
            return ""
        which = "1 text was" if self.cut_cells == 1 else f"{self.cut_cells} texts were"
        return (f"{which} longer than an Excel cell holds (32,767 characters) and cut; "
                "each cut cell says so, and the app keeps the whole text.")


@dataclass(frozen=True)
class ReportResult:
    path: Path
    sessions: int
    pages: int


def load_sessions(folder: DataFolder, round_label: str | None = None,
                  ids: Sequence[str] | None = None, *,
                  include_demo: bool = False) -> list[Session]:
    """Whole sessions (all, a round's, or the given ids or id prefixes) through a
    connection of their own: for work on another thread (export, sharing).

    Demo sessions come when named, by id or by their round, or with `include_demo`; "all
    sessions" leaves them out. A round that no session has is an error that names it (a
    typo, not "nothing yet").
    """
    chosen = SessionBatches(folder, round_label, ids, include_demo=include_demo)
    return [session for batch in chosen for session in batch]


class SessionBatches:
    """The chosen sessions (as `load_sessions`), loaded `size` at a time while iterated:
    an export of thousands holds one batch, so its memory does not grow with them."""

    def __init__(self, folder: DataFolder, round_label: str | None = None,
                 ids: Sequence[str] | None = None, *, include_demo: bool = False,
                 size: int = BATCH_SIZE) -> None:
        self.folder, self.size = folder, size
        with folder.connection() as repository:
            if ids:
                resolved = [repository.resolve_id(i) for i in ids]
                self.ids = list(dict.fromkeys(resolved))
                return
            if round_label is not None and round_label not in repository.rounds(
                    include_demo=True):
                raise NotFoundError("There is no round {round!r}. Rounds here: {rounds}.",
                                    round=round_label, rounds=", ".join(
                                        repr(r) for r in repository.rounds(include_demo=True))
                                    or "none yet")
            self.ids = repository.session_ids(
                round_label, include_demo=include_demo or round_label is not None)

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[list[Session]]:
        with self.folder.connection() as repository:
            for start in range(0, len(self.ids), self.size):
                batch = repository.load_sessions(ids=self.ids[start:start + self.size])
                order = {session_id: i for i, session_id in enumerate(self.ids)}
                yield sorted(batch, key=lambda s: order[s.id])


@dataclass(frozen=True)
class _Plans:
    targets: dict[tuple[str, str], Target]
    reach: dict[tuple[str, str], int]
    loop: tuple[list[Finding], list[Action]]
    progress: list[RoundProgress]
    perception: list[PerceptionOverview]
    redactions: dict[tuple[str, str], list[Redaction]]


class ExportService:
    def __init__(self, folder: DataFolder) -> None:
        self.folder = folder

    def export(
        self,
        out: Path,
        *,
        round_label: str | None = None,
        session_ids: Sequence[str] | None = None,
        include_demo: bool = False,
        with_recordings: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """Write the workbook for all sessions, one round's, or the given ones (demo
        sessions only when named or with `include_demo`).

        Opens its own connection, so it can run on a worker thread while the UI keeps
        its own.
        """
        from mysteryshop.export.workbook import write_workbook  # openpyxl: ~0.1 s, on use

        chosen = SessionBatches(self.folder, round_label, session_ids,
                                include_demo=include_demo)
        folder = out.resolve().parent / f"{out.stem} recordings" if with_recordings else None
        copies: dict[str, str] = {}

        def batches() -> Generator[list[Session]]:
            for batch in chosen:
                if folder is not None:  # each batch's copies, before its rows link them
                    self._copy_recordings(batch, folder, copies)
                yield batch

        plans = self._plans(round_label, session_ids, progress=True)
        # Closed here when the export stops early (a cancel, a full disk): the batches'
        # connection belongs to this thread.
        with closing(batches()) as feed:
            written = write_workbook(feed, out, self.folder.root, total=len(chosen),
                                     now=time.time(), progress=progress,
                                     cancelled=cancelled,
                                     journal=self.folder.pending_writes, recordings=copies,
                                     targets=plans.targets, participation=plans.progress,
                                     loop=plans.loop, reach=plans.reach,
                                     perception=plans.perception,
                                     redactions=plans.redactions)
        logger.info("Exported %d sessions to %s (%d texts cut to a cell, %d recordings "
                    "beside it)", len(chosen), written.path, written.cut_cells, len(copies))
        return ExportResult(written.path, len(chosen), written.cut_cells, folder,
                            len(copies))

    def report(
        self,
        out: Path,
        *,
        round_label: str | None = None,
        session_ids: Sequence[str] | None = None,
        include_demo: bool = False,
        paper: str = "a4",
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ReportResult:
        """Write the PDF meeting pack for the same choice of sessions as `export`, from a
        connection of its own (a worker thread may call it)."""
        from mysteryshop.export.report import write_report  # reportlab: ~0.2 s, on use

        sessions = load_sessions(self.folder, round_label, session_ids,
                                 include_demo=include_demo)
        plans = self._plans(round_label, session_ids, progress=False)
        written = write_report(sessions, out, now=time.time(), paper=paper,
                               progress=progress, cancelled=cancelled,
                               journal=self.folder.pending_writes, targets=plans.targets,
                               loop=plans.loop, perception=plans.perception,
                               redactions=plans.redactions)
        logger.info("Wrote the meeting pack of %d sessions to %s (%d pages)", len(sessions),
                    written.path, written.pages)
        return ReportResult(written.path, len(sessions), written.pages)

    def _plans(self, round_label: str | None, session_ids: Sequence[str] | None, *,
               progress: bool) -> _Plans:
        """The exported rounds' plans, on one connection: every round's targets and
        customers a year, the findings of the exported rounds (the round asked for, the
        rounds of the sessions named, or every round) and the actions answering them (a
        whole export: every action, one answering nothing included), and, if asked for,
        the rounds' progress, oldest first (it reads every step of a round)."""
        whole = round_label is None and not session_ids
        with self.folder.connection() as repository:
            known = repository.rounds(include_demo=False)
            if round_label is not None:
                rounds = [round_label] if round_label in known else []
            elif session_ids:
                rounds = repository.rounds_of([repository.resolve_id(i) for i in session_ids])
            else:
                rounds = list(reversed(known))
            plan = RoundPlan(repository)
            findings = [f for f in repository.findings() if whole or f.round in rounds]
            ids = {f.id for f in findings}
            actions = [a for a in repository.actions()
                       if (whole and not a.finding_ids) or ids.intersection(a.finding_ids)]
            perception = PerceptionService(repository, time.time)
            checked = set(repository.response_rounds())
            if whole:
                rounds_checked = list(dict.fromkeys([*rounds, *sorted(checked)]))
            else:
                rounds_checked = rounds if round_label is None else [round_label]
            return _Plans(plan.all_targets(), repository.reach(), (findings, actions),
                          [plan.progress(r) for r in rounds] if progress else [],
                          [perception.overview(r) for r in rounds_checked if r in checked],
                          repository.redactions_by_step())

    def _copy_recordings(self, sessions: Sequence[Session], folder: Path,
                         copies: dict[str, str]) -> None:
        """Copy every recording of `sessions` that exists into "<workbook name>
        recordings/<session>/" beside the workbook, so the links open on any laptop the
        folder is copied to; `copies` gains, per stored path, the copy's path relative to
        the workbook. A recording missing on this computer is left out (and named,
        unlinked)."""
        for session in sessions:
            for step in session.steps:
                for recording in step.recordings:
                    source = self.folder.root / recording.path
                    if not source.is_file():
                        continue
                    target = folder / session.id / source.name
                    try:
                        target.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(source, target)
                    except OSError as exc:
                        raise ExportError(
                            "Could not copy the recordings beside the workbook ({reason}). "
                            "Nothing was written.", reason=exc.strerror or exc) from exc
                    copies[recording.path] = f"{folder.name}/{session.id}/{source.name}"
