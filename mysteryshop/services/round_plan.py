"""The round's plan: who the leaders are, the experience wanted at each touchpoint, and
who has done what (participation)."""

from __future__ import annotations

import logging

from mysteryshop.errors import MysteryShopError, NotFoundError
from mysteryshop.model import EXPERIENCE_MAX, REACH_MAX, Target, check_points
from mysteryshop.participation import (
    RoundHeadline,
    RoundProgress,
    round_headline,
    round_progress,
)
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.storage.repository import Repository
from mysteryshop.text import one_line

logger = logging.getLogger(__name__)


class RoundPlan:
    """Leaders, targets and participation, over the connection it is given."""

    def __init__(self, repository: Repository) -> None:
        self._repository = repository

    # -- leaders -----------------------------------------------------------------------

    def leaders(self) -> list[str]:
        return self._repository.leaders()

    def add_leader(self, name: str) -> str:
        """Keep a name (spaces tidied); the name as kept, which may be an earlier spelling
        in another case ("ana rivera" finds "Ana Rivera")."""
        name = one_line(name)
        if not name:
            raise MysteryShopError("A leader needs a name.")
        self._repository.add_leader(name)
        return next(n for n in self._repository.leaders() if n.casefold() == name.casefold())

    def rename_leader(self, old: str, new: str) -> int:
        """Rename a leader in the list and their sessions (merging, if `new` is kept
        already: "A. Rivera" into "Ana Rivera"); how many sessions changed."""
        new = one_line(new)
        if not new:
            raise MysteryShopError("A leader needs a name.")
        changed = self._repository.rename_leader(old, new)
        logger.info("Renamed a leader (%d sessions changed)", changed)
        return changed

    def remove_leader(self, name: str) -> None:
        self._repository.remove_leader(name)

    # -- targets -----------------------------------------------------------------------

    def targets(self, round_label: str) -> dict[str, Target]:
        """The round's targets by touchpoint key."""
        return {t.key: t for t in self._repository.targets(round_label)}

    def all_targets(self) -> dict[tuple[str, str], Target]:
        """Every round's targets by (round, key)."""
        return {(t.round, t.key): t for t in self._repository.targets()}

    def set_target(self, round_label: str, key: str, points: int | None,
                   experience: str = "") -> Target | None:
        """Set (or, with no points, clear) the experience wanted at a touchpoint."""
        if key not in self._touchpoint_keys(round_label):
            raise NotFoundError("No touchpoint is called {key!r}.", key=key)
        if points is None:
            self._repository.clear_target(round_label, key)
            return None
        experience = one_line(experience)
        if len(experience) > EXPERIENCE_MAX:
            raise MysteryShopError(
                "Say the experience in one sentence (at most {limit} characters).",
                limit=EXPERIENCE_MAX)
        target = Target(round_label, key, check_points(points) or 0, experience)
        self._repository.set_target(target)
        return target

    def _touchpoint_keys(self, round_label: str) -> set[str]:
        from mysteryshop.templates import default_templates

        return ({t.key for t in default_templates()}
                | {a.key for a in self._repository.round_activity(round_label)})

    # -- customers a year ---------------------------------------------------------------

    def reach(self, round_label: str | None = None) -> dict[tuple[str, str], int]:
        """Customers a year by (round, step key)."""
        return self._repository.reach(round_label)

    def set_reach(self, round_label: str, key: str, customers: int | None) -> None:
        """How many customers go through this touchpoint a year (None or 0: not known)."""
        if key not in self._touchpoint_keys(round_label):
            raise NotFoundError("No touchpoint is called {key!r}.", key=key)
        if customers is not None and not 0 <= customers <= REACH_MAX:
            raise MysteryShopError("Customers a year: a whole number up to {limit:,}.",
                                   limit=REACH_MAX)
        self._repository.set_reach(round_label, key, customers)

    # -- participation -----------------------------------------------------------------

    def progress(self, round_label: str) -> RoundProgress:
        """Each leader's progress in the round (NotFoundError for a round with no sessions
        that is not one of ours)."""
        from mysteryshop.templates import default_templates

        activity = self._repository.round_activity(round_label)
        if not activity and round_label not in self._repository.rounds(include_demo=False):
            raise NotFoundError("No round is called {round!r}.", round=round_label)
        return round_progress(round_label, self._repository.leaders(), activity,
                              [(t.key, t.title) for t in default_templates()])

    def headline(self, round_label: str | None = None) -> RoundHeadline | None:
        """The round at a glance, for the home screen: the one named, or the newest
        session's; None when it has no sessions (or only demos). One indexed read of
        its sessions (15 ms for a round of 5,000)."""
        label = round_label if round_label is not None else self._repository.latest_round()
        if label is None:
            return None
        headline = round_headline(label, self._repository.leaders(),
                                  self._repository.round_sessions(label))
        return headline if headline.sessions else None


def progress_in_folder(folder: DataFolder, round_label: str) -> RoundProgress:
    """`RoundPlan.progress` on a connection of its own, for a worker thread: it reads every
    step of the round (0.3 s for a round of 5,000 sessions)."""
    with folder.connection() as repository:
        return RoundPlan(repository).progress(round_label)
