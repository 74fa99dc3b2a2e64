"""Home: past sessions newest first, the selected session's curve, and a big New session."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.model import Session
from mysteryshop.participation import RoundHeadline
from ui.home.sessions_model import PageLoader, SessionsModel
from ui.widgets.buttons import big_button
from ui.widgets.emotion_curve import EmotionCurve
from ui.widgets.remembered import remember_splitter

ALL_ROUNDS = None
SEARCH_DELAY_MS = 250


class HomePage(QStackedWidget):
    """Page 0: first-start welcome. Page 1: the session list."""

    new_requested = Signal()
    demo_requested = Signal()
    open_requested = Signal(str)  # session id
    delete_requested = Signal(str)  # session id
    review_requested = Signal(str)  # session id
    selection_changed = Signal(object)  # session id or None
    round_changed = Signal(object)  # round label or None for all
    plan_requested = Signal(str)  # round label: who has done it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.addWidget(self._make_welcome())
        self.addWidget(self._make_list())

    def _make_welcome(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("welcomePage")
        title = QLabel(self.tr("Become a customer of your own company for an hour."), page)
        title.setObjectName("welcomeTitle")
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr("Visit the website, call, buy, call with a problem and ask for a leader — "
                    "then see whether the experience builds trust or erodes it, and how far it "
                    "is from what you expected."),
            page,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        start = big_button(self.tr("Start your first session"), "startFirstButton", 64,
                           self.new_requested, page)
        demo = big_button(self.tr("Load a demo session"), "loadDemoButton", 44,
                          self.demo_requested, page)
        layout = QVBoxLayout(page)

        def centered(widget: QWidget) -> None:
            """In the middle half of the page. A wrapped label given its width this way
            gets the height it needs; aligned on its own it is squeezed and cut off."""
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget, 2)
            row.addStretch(1)
            layout.addLayout(row)

        layout.addStretch(1)
        layout.addWidget(title)
        centered(text)
        layout.addSpacing(24)
        centered(start)
        centered(demo)
        layout.addStretch(2)
        return page

    def _make_list(self) -> QWidget:
        page = QWidget(self)
        self.model = SessionsModel(page)
        self.table = QTableView(page)
        self.table.setObjectName("sessionsTable")
        self.table.setTabKeyNavigation(False)  # arrows move in it, Tab moves on
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Uniform rows: with 5,000 sessions the view must not measure every row.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # Names and rounds share the spare width; the short columns keep theirs, so the
        # verdict is never cut at a laptop's width.
        fixed = {0: "2026-12-01 09:30", 4: "Status", 5: "+10.0", 6: "+10.0",
                 7: "erodes trust"}
        metrics = self.table.fontMetrics()
        for column in range(self.model.columnCount()):
            if column in fixed:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(column, metrics.horizontalAdvance(fixed[column]) + 18)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setSortingEnabled(True)  # a header click asks the model (the database)
        self.table.activated.connect(self._on_table_activated)
        # The row's context menu: open, review, delete.
        open_action = QAction(self.tr("&Open session"), self.table)
        open_action.triggered.connect(lambda: self._emit_selected(self.open_requested))
        review_action = QAction(self.tr("&Review recordings"), self.table)
        review_action.triggered.connect(lambda: self._emit_selected(self.review_requested))
        separator = QAction(self.table)
        separator.setSeparator(True)
        self.table.addActions([open_action, review_action, separator])
        # Delete (the key, or the row's context menu) on the list only: never while typing.
        self.delete_action = QAction(self.tr("&Delete session…"), self.table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._on_delete_action_triggered)
        self.table.addAction(self.delete_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.round_combo = QComboBox(page)
        self.round_combo.setObjectName("roundFilter")
        self.round_combo.setMinimumWidth(150)
        self.round_combo.currentIndexChanged.connect(self._on_round_combo_changed)
        new = big_button(self.tr("+ New session   Ctrl+N"), "newSessionButton", 44,
                         self.new_requested, page)
        top = QHBoxLayout()
        top.addWidget(new)
        top.addStretch(1)
        self.search = QLineEdit(page)
        self.search.setObjectName("sessionSearch")
        self.search.setAccessibleName(self.tr("Search sessions"))
        self.search.setPlaceholderText(self.tr("Search leader, company, round, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        # A pause in typing, then one query: not one per keystroke.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        find = QAction(self.search)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: self.search.setFocus())
        page.addAction(find)
        top.addWidget(self.search)
        top.addWidget(QLabel(self.tr("Round:"), page))
        top.addWidget(self.round_combo)
        progress_row = QHBoxLayout()
        self.round_progress = QLabel(page)
        self.round_progress.setObjectName("roundProgress")
        self.round_progress.setWordWrap(True)
        self.round_bar = QProgressBar(page)
        self.round_bar.setObjectName("roundProgressBar")
        self.round_bar.setTextVisible(False)
        self.round_bar.setMaximumWidth(160)
        self.round_bar.setMaximumHeight(12)
        self.who_button = QPushButton(self.tr("Who has done it…"), page)
        self.who_button.setObjectName("whoHasDoneItButton")
        self.who_button.clicked.connect(self._on_who_clicked)
        progress_row.addWidget(self.round_bar)
        progress_row.addWidget(self.round_progress, 1)
        progress_row.addWidget(self.who_button)
        self._headline: RoundHeadline | None = None
        self.show_round_headline(None)
        side = QWidget(page)
        self.detail = QLabel(self.tr("Select a session to see its emotion curve."), side)
        self.detail.setObjectName("sessionDetail")
        self.detail.setWordWrap(True)
        self.curve = EmotionCurve(side)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.detail)
        side_layout.addWidget(self.curve, 1)
        splitter = QSplitter(page)
        splitter.setObjectName("homeSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        remember_splitter(splitter, "home")
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(progress_row)
        layout.addWidget(splitter, 1)
        return page

    def set_sessions(self, load: PageLoader, rounds: list[str], current_round: str | None) -> None:
        """Show the sessions `load` pages in; the welcome page only when there are none."""
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        self.round_combo.addItem(self.tr("All rounds"), ALL_ROUNDS)
        for label in rounds:
            self.round_combo.addItem(label or self.tr("(no round)"), label)
        found = self.round_combo.findData(current_round)
        self.round_combo.setCurrentIndex(max(0, found))
        self.round_combo.blockSignals(False)
        self.model.set_loader(load)
        searching = bool(self.model.search)
        self.setCurrentIndex(1 if self.model.rowCount() or rounds or searching else 0)

    def show_round_headline(self, headline: RoundHeadline | None) -> None:
        """The round's progress at a glance; nothing when there is no round yet."""
        self._headline = headline
        for widget in (self.round_progress, self.round_bar, self.who_button):
            widget.setVisible(headline is not None)
        if headline is None:
            return
        self.round_bar.setRange(0, max(1, headline.leaders))
        self.round_bar.setValue(headline.finished)
        text = self.tr("<b>{round}</b>: {finished} of {leaders} leaders finished · "
                       "{going} in progress · {none} not started").format(
            round=html.escape(headline.round or self.tr("(no round)")),
            finished=headline.finished, leaders=headline.leaders,
            going=headline.in_progress, none=headline.not_started)
        self.round_progress.setText(text)
        self.round_bar.setAccessibleName(self.round_progress.text())

    def _on_who_clicked(self) -> None:
        if self._headline is not None:
            self.plan_requested.emit(self._headline.round)

    def select_session(self, session_id: str) -> None:
        row = self.model.row_of(session_id)
        if row is not None:
            index = self.model.index(row, 0)
            self.table.selectRow(row)
            self.table.scrollTo(index)

    def selected_session_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.session_id(rows[0].row())

    def show_detail(self, session: Session | None) -> None:
        if session is None:
            self.detail.setText(self.tr("Select a session to see its emotion curve."))
            self.curve.set_series([], [], [])
            return
        self.detail.setText(
            f"<b>{html.escape(session.company)}</b> · {html.escape(session.leader)}"
            f"<br>{html.escape(session.round)}"
        )
        self.curve.show_session(session)

    def _on_delete_action_triggered(self) -> None:
        self._emit_selected(self.delete_requested)

    def _emit_selected(self, signal: SignalInstance) -> None:
        session_id = self.selected_session_id()
        if session_id is not None:
            signal.emit(session_id)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.session_id(index.row()))

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection_changed.emit(self.selected_session_id())

    def _on_round_combo_changed(self, _index: int) -> None:
        self.round_changed.emit(self.round_combo.currentData())
