"""The team folder in the app: chosen in Settings, synced while the app runs (at once,
when the folder changes, every minute), and shown in the home list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.team_folder import TeamFolder
from tests.bundles import Laptop
from ui.dialogs.settings_dialog import SettingsDialog
from ui.home.sessions_model import SYNCED
from ui.main_window import MainWindow


def test_a_team_folder_set_in_settings_carries_sessions_both_ways(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    other = Laptop(tmp_path / "other")
    try:
        session = window.services.sessions.create("Ann", "Acme North", "Round 1")
        dialog = SettingsDialog(window, None, window.services)
        qtbot.addWidget(dialog)
        box = dialog.team_box
        assert box is not None and box.folder.text() == "" and box.isEnabled()
        box.folder.setText(str(folder))
        box.keep_audio.setChecked(True)
        dialog.accepted.connect(window.team_sync.restart)
        dialog.accept()
        assert window.services.team_settings() == (str(folder), False)
        qtbot.waitUntil(lambda: any(folder.glob(f"{session.id}.*.mshop")), timeout=10000)
        qtbot.waitUntil(lambda: not window.team_sync.is_running(), timeout=10000)

        # The other laptop reads it, reviews it, and publishes its copy: the app sees the
        # folder change and brings the review in.
        theirs = TeamFolder(DataFolder(other.data_dir), folder, host="laptop-b")
        assert len(theirs.sync().received) == 1
        other.review.add_note(other.session(session.id), "call", 3.0, "Picked up fast")
        assert theirs.sync().published == [session.id]
        messages: list[str] = []
        window.statusBar().messageChanged.connect(messages.append)
        qtbot.waitUntil(lambda: window.services.sessions.open(session.id).step(
            "call").review_notes != [], timeout=15000)
        qtbot.waitUntil(lambda: any("1 session added or updated from other laptops" in m
                                    for m in messages), timeout=5000)
        model = window.home.model
        row = model.row_of(session.id)
        assert row is not None
        assert model.index(row, SYNCED).data().startswith("laptop-b · ")
        assert "came from laptop-b" in model.index(row, SYNCED).data(3)  # its tooltip

        # The folder unplugged: said in the status bar, nothing lost.
        window.services.set_team_settings(str(tmp_path / "unplugged"), True)
        window.team_sync.restart()
        qtbot.waitUntil(lambda: "not there or not usable now" in
                        window.statusBar().currentMessage(), timeout=10000)
        assert window.services.sessions.open(session.id).step("call").review_notes
    finally:
        other.close()
        QSettings().remove("geometry/settings")
