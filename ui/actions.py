"""The window's actions, with their shortcuts, and the menus and toolbar that show them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar

Slot = Callable[[], object]


@dataclass(frozen=True)
class Slots:
    """What each action does: the window's own methods, named here once."""

    new_session: Slot
    open_selected: Slot
    load_demo: Slot
    remove_demo: Slot
    undo_delete: Slot
    export: Slot
    meeting_pack: Slot
    share: Slot
    import_bundle: Slot
    review: Slot
    compare: Slot
    round_plan: Slot
    loop: Slot
    perception: Slot
    templates: Slot
    home: Slot
    settings: Slot
    quit: Slot
    open_data_folder: Slot
    about: Slot


class WindowActions(QObject):
    """Every action once, reachable by name (tests and the toolbar use the same objects)."""

    def __init__(self, window: QMainWindow, slots: Slots) -> None:
        super().__init__(window)
        self.window = window

        def make(text: str, slot: Slot, keys: str | QKeySequence.StandardKey | None = None,
                 tip: str = "") -> QAction:
            action = QAction(text, window)
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
            if tip:
                action.setStatusTip(tip)
            action.triggered.connect(lambda _checked=False: slot())
            return action

        self.new = make(self.tr("&New session…"), slots.new_session, QKeySequence.StandardKey.New)
        self.open = make(self.tr("&Open selected session"), slots.open_selected, "Ctrl+O")
        self.demo = make(self.tr("Load a &demo session"), slots.load_demo)
        self.remove_demo = make(self.tr("&Remove demo sessions"), slots.remove_demo,
                                tip=self.tr("Delete every demo session (undo possible until "
                                            "you quit)"))
        # Edit › Undo / Redo act on the open session's edits (each session has its stack).
        self.undo_group = QUndoGroup(window)
        self.undo = self.undo_group.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo = self.undo_group.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self.undo_delete = make(self.tr("&Undo delete"), slots.undo_delete,
                                tip=self.tr("Bring back the sessions deleted last"))
        self.export = make(self.tr("&Export to Excel…"), slots.export, "Ctrl+E")
        self.meeting_pack = make(
            self.tr("&Meeting pack (PDF)…"), slots.meeting_pack, "Ctrl+Shift+E",
            self.tr("The round at a glance, a page per session and the meeting's questions, "
                    "ready to print"))
        self.share = make(self.tr("&Share sessions…"), slots.share, "Ctrl+Shift+S", self.tr(
            "Write sessions, reviews and recordings to one file for another computer"))
        self.import_ = make(self.tr("&Import sessions…"), slots.import_bundle, "Ctrl+I",
                            self.tr("Merge a shared .mshop file into this computer"))
        self.review = make(self.tr("&Review recordings"), slots.review, "Ctrl+R")
        self.compare = make(self.tr("&Compare rounds"), slots.compare, "Ctrl+Shift+C")
        self.loop = make(
            self.tr("&Findings and actions…"), slots.loop, "Ctrl+Shift+A",
            self.tr("What the team found, what it will change, who owns it, what is overdue"))
        self.perception = make(
            self.tr("Perc&eption check…"), slots.perception, "Ctrl+Shift+K",
            self.tr("What leadership, staff and customers say of the experience, side by "
                    "side with what the mystery shop felt"))
        self.templates = make(
            self.tr("E&xercise templates…"), slots.templates, None,
            self.tr("The five built-in steps, and the touchpoints your team adds in later "
                    "rounds"))
        self.round_plan = make(
            self.tr("Round &plan…"), slots.round_plan, "Ctrl+Shift+P",
            self.tr("Who has done the round, the experience we want at each touchpoint, and "
                    "the team's leaders"))
        # Not Ctrl+H: on macOS that is Cmd+H, which hides the app. Alt+Home, as a browser's.
        self.home = make(self.tr("&All sessions"), slots.home, "Alt+Home")
        self.quit = make(self.tr("&Quit"), slots.quit, QKeySequence.StandardKey.Quit)
        self.settings = make(self.tr("&Settings…"), slots.settings)
        # The system's own key for preferences (Cmd+, on macOS); Ctrl+, where it has none.
        self.settings.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")])
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)  # the app menu on macOS
        self.open_data_folder = make(self.tr("Open &data folder"), slots.open_data_folder)
        self.about = make(self.tr("&About Mystery Shop"), slots.about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self._make_menus()
        self._make_toolbar()

    def _make_menus(self) -> None:
        bar = self.window.menuBar()
        sections = {
            self.tr("&File"): [[self.new, self.open, self.demo, self.remove_demo],
                               [self.export, self.meeting_pack, self.share, self.import_],
                               [self.settings], [self.quit]],
            self.tr("&Edit"): [[self.undo, self.redo], [self.undo_delete]],
            self.tr("&View"): [[self.home, self.review, self.compare, self.round_plan,
                                self.loop, self.perception], [self.templates]],
            self.tr("&Help"): [[self.open_data_folder, self.about]],
        }
        for title, groups in sections.items():
            menu = bar.addMenu(title)
            for i, group in enumerate(groups):
                if i:
                    menu.addSeparator()
                for action in group:
                    menu.addAction(action)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main"), self.window)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        style = self.window.style()
        pixmaps = QStyle.StandardPixmap
        # The desktop's own icon theme where there is one, Qt's built-in icons otherwise.
        for action, theme, fallback in (
                (self.home, "go-home", pixmaps.SP_DirHomeIcon),
                (self.new, "document-new", pixmaps.SP_FileIcon),
                (self.review, "media-playback-start", pixmaps.SP_MediaPlay),
                (self.export, "x-office-spreadsheet", pixmaps.SP_DialogSaveButton)):
            action.setIcon(QIcon.fromTheme(theme, style.standardIcon(fallback)))
            toolbar.addAction(action)
        self.window.addToolBar(toolbar)
