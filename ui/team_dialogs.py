"""The window's dialogs for the team's work across sessions: Compare rounds, the round
plan, findings and actions, and the perception check. The base of `MainWindow`, which
fills in the services and the round the home list shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QMainWindow

from mysteryshop.errors import MysteryShopError
from ui.errors import show_error

if TYPE_CHECKING:
    from mysteryshop.services.app_services import AppServices

T = TypeVar("T")


class TeamDialogs(QMainWindow):
    services: AppServices
    _round_filter: str | None  # the round the home list shows (None: all)

    def refresh_home(self) -> None:
        raise NotImplementedError

    def _try(self, call: Callable[[], T]) -> T | None:
        """A service call; an expected failure (a locked or full disk) is shown: None."""
        try:
            return call()
        except MysteryShopError as exc:
            show_error(self, exc)
            return None

    def template_editor(self) -> None:
        from ui.templates.template_editor import TemplateEditor

        rounds = self._try(lambda: self.services.library.rounds(include_demo=False))
        if rounds is None:
            return
        dialog = TemplateEditor(self.services.templates, rounds, self)
        self._template_editor = dialog
        dialog.open()

    def compare_rounds(self) -> None:
        from ui.home.compare_rounds import CompareRoundsDialog

        rows = self._try(self.services.library.compare_rounds)
        targets = self._try(self.services.rounds.all_targets)
        follow_up = self._try(self.services.loop.follow_up)
        reach = self._try(self.services.rounds.reach)
        if rows is None or targets is None or follow_up is None or reach is None:
            return
        dialog = CompareRoundsDialog(rows, self, targets, follow_up, reach)
        self._compare_dialog = dialog
        dialog.open()

    def round_plan(self, round_label: str | None) -> None:
        """Who has done the round, its targets, and the team's leaders."""
        from ui.home.round_plan_dialog import RoundPlanDialog

        rounds = self._try(self.services.library.rounds)
        if rounds is None:
            return
        if not rounds:
            self.statusBar().showMessage(self.tr(
                "No rounds yet: a round begins with its first session."), 6000)
            return
        current = round_label if round_label is not None else self._round_filter
        dialog = RoundPlanDialog(self.services.rounds, self.services.round_progress, rounds,
                                 current, self)
        dialog.changed.connect(self.refresh_home)
        self._plan_dialog = dialog
        dialog.open()

    def findings_and_actions(self) -> None:
        """What the team found and what it will change (View › Findings and actions…)."""
        from datetime import date

        from ui.loop.loop_view import LoopDialog

        rounds = self._try(self.services.library.rounds)
        if rounds is None:
            return
        dialog = LoopDialog(self.services.loop, rounds, date.today, self,
                            read_only=self.services.read_only)
        self._loop_dialog = dialog
        dialog.open()

    def perception_check(self) -> None:
        """What leadership, staff and customers say (View › Perception check…)."""
        from datetime import date

        from ui.home.new_session_dialog import default_round_label
        from ui.perception.perception_view import PerceptionDialog

        rounds = self._try(self.services.perception.rounds)
        if rounds is None:
            return
        current = self._round_filter if self._round_filter is not None else (
            rounds[0] if rounds else default_round_label(date.today()))
        dialog = PerceptionDialog(self.services.perception, self.services.loop,
                                  self.services.import_survey, rounds, current, self,
                                  read_only=self.services.read_only)
        self._perception_dialog = dialog
        dialog.open()
