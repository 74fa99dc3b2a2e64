"""Which page the window shows: the home list, one open session, or one review."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from mysteryshop import APP_NAME
from mysteryshop.errors import MysteryShopError
from mysteryshop.model import Session
from mysteryshop.services.app_services import AppServices
from ui.home.home_page import HomePage

if TYPE_CHECKING:
    from ui.review.player import Player
    from ui.review.review_view import ReviewView
    from ui.session.recording_controller import RecordingController
    from ui.session.session_view import SessionView

MakePlayer = Callable[[], "Player"]
LAST_OPEN = "lastOpen"


class Navigator(QObject):
    """Opens and closes the session and review pages; at most one of them exists.

    The rest of the window asks it which session is on screen instead of reaching
    into the pages.
    """

    title_changed = Signal(str)
    error = Signal(MysteryShopError)
    home_shown = Signal()
    export_requested = Signal(str)  # session id
    share_requested = Signal(str)  # session id
    session_opened = Signal(object)  # the SessionController of the session now shown

    def __init__(self, services: AppServices, home: HomePage,
                 recorder: Callable[[], RecordingController], make_player: MakePlayer,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._make_player = make_player
        self.services = services
        self.pages = QStackedWidget(parent)
        self.home = home
        self.pages.addWidget(home)
        self._recorder = recorder
        self.session_view: SessionView | None = None
        self.review_view: ReviewView | None = None
        self._spare_player: Player | None = None

    # -- what is on screen -------------------------------------------------------------

    def showing_home(self) -> bool:
        return self.pages.currentWidget() is self.home

    def open_session_id(self) -> str | None:
        """The session shown as a session or a review (None on the home list)."""
        on_screen = self.pages.currentWidget()
        if self.session_view is not None and on_screen is self.session_view:
            return self.session_view.session_id
        if self.review_view is not None and on_screen is self.review_view:
            return self.review_view.session_id
        return None

    def session_on_screen(self) -> str | None:
        """The open session or review, else the one selected on the home list."""
        return self.open_session_id() or self.home.selected_session_id()

    # -- switching ---------------------------------------------------------------------

    def show_home(self) -> None:
        current = self.open_session_id()
        QSettings().remove(LAST_OPEN)  # the leader left the session: start on the list
        self.close_views()
        self.title_changed.emit(APP_NAME)
        self.home_shown.emit()
        self.pages.setCurrentWidget(self.home)
        if current:
            self.home.select_session(current)
        self.home.table.setFocus()

    def open_session(self, session_id: str) -> SessionView | None:
        # The session pages are not needed to show the home list: loaded on first use.
        from ui.session.session_controller import SessionController
        from ui.session.session_view import SessionView

        session = self._load(session_id)
        if session is None:
            return None
        controller = SessionController(self.services.sessions, session, self,
                                       self.services.loop)
        controller.error.connect(self._on_controller_error)
        view = SessionView(controller, self._recorder(), self.pages)
        view.finished.connect(self.show_home)
        view.export_requested.connect(lambda: self.export_requested.emit(session_id))
        view.share_requested.connect(lambda: self.share_requested.emit(session_id))
        self.session_view = view
        self.session_opened.emit(controller)
        self._show(view, self.tr("Session: {company} · {leader} — {app}"), session)
        # Kept until the leader goes back to the list: a crash or a quit mid-session
        # reopens it (at its step, which the database keeps) at the next start.
        settings = QSettings()
        settings.setValue(f"{LAST_OPEN}/folder", str(self.services.folder.root))
        settings.setValue(f"{LAST_OPEN}/session", session_id)
        view.focus_current_page()
        return view

    def open_review(self, session_id: str, step_key: str | None = None) -> ReviewView | None:
        from ui.recording_settings import redactor
        from ui.review.review_view import ReviewView

        session = self._load(session_id)
        if session is None:
            return None
        player, self._spare_player = self._spare_player or self._make_player(), None
        view = ReviewView(session, self.services.review, self.services.folder, player,
                          self.pages, self.services.loop, self.services.call_events,
                          self.services.analyze_recording,
                          None if self.services.read_only else redactor(self.services),
                          None if self.services.read_only else self.services.delete_audio)
        view.error.connect(self.error)
        if step_key is not None:
            view.select_step(step_key)
        self.review_view = view
        self._show(view, self.tr("Review: {company} · {leader} — {app}"), session)
        view.steps.setFocus()
        return view

    def _load(self, session_id: str) -> Session | None:
        """The session from the database, the open page closed; None (said) if it failed."""
        try:
            session = self.services.sessions.open(session_id)
        except MysteryShopError as exc:
            self.error.emit(exc)
            return None
        self.close_views()
        return session

    def _show(self, view: QWidget, title: str, session: Session) -> None:
        self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)
        self.title_changed.emit(title.format(company=session.company, leader=session.leader,
                                             app=APP_NAME))

    def reopen_last(self) -> SessionView | None:
        """The session the leader was in when the app last stopped, if it still exists."""
        settings = QSettings()
        session_id = settings.value(f"{LAST_OPEN}/session")
        if (not isinstance(session_id, str) or not self.showing_home()
                or settings.value(f"{LAST_OPEN}/folder") != str(self.services.folder.root)):
            return None
        try:
            self.services.library.resolve_id(session_id)
        except MysteryShopError:
            settings.remove(LAST_OPEN)  # deleted since, or another database
            return None
        return self.open_session(session_id)

    def prepare_player(self) -> None:
        """Make the first review's player now (while idle): QtMultimedia's first player
        starts its backend, ~15 ms the reviewer would otherwise wait for."""
        if self._spare_player is None:
            self._spare_player = self._make_player()

    def review_current(self) -> None:
        """Review the open session (at its step), or the one selected on the home list."""
        if self.session_view is not None and self.pages.currentWidget() is self.session_view:
            self.open_review(self.session_view.session_id, self.session_view.current_step_key())
        elif (session_id := self.home.selected_session_id()) is not None:
            self.open_review(session_id)

    def reload(self, changed: set[str], recording: bool) -> None:
        """After an import: a changed session on screen is shown again from the database.

        Not while recording: the open session's recorder must keep its page.
        """
        if self.session_view is not None and not recording \
                and self.pages.currentWidget() is self.session_view \
                and self.session_view.session_id in changed:
            self.open_session(self.session_view.session_id)
        elif self.review_view is not None and self.pages.currentWidget() is self.review_view \
                and self.review_view.session_id in changed:
            self.open_review(self.review_view.session_id)

    def close_views(self) -> None:
        if self.review_view is not None:
            review, self.review_view = self.review_view, None
            review.close_player()
            self.pages.removeWidget(review)
            review.deleteLater()
        if self.session_view is not None:
            view, self.session_view = self.session_view, None
            self.pages.removeWidget(view)
            view.controller.deleteLater()
            view.deleteLater()

    def _on_controller_error(self, exc: MysteryShopError) -> None:
        self.error.emit(exc)
        if self.session_view is not None:
            try:
                self.session_view.reload()  # show what is really stored, not what failed
            except MysteryShopError:
                return
