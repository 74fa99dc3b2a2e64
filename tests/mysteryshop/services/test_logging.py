"""What the services did is in the log at INFO, each under its own area's name."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from mysteryshop.model import Verdict
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from tests.bundles import Laptop


def test_opening_creating_finishing_and_migrating_are_logged(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        services = AppServices.open(DataFolder(tmp_path))
        session = services.sessions.create("Ann", "Acme", "R1")
        services.sessions.set_verdict(session, Verdict.BUILDS)
        services.sessions.finish(services.sessions.open(session.id))
        services.close()
    areas = {(r.name, r.getMessage().split()[0]) for r in caplog.records}
    assert ("mysteryshop.storage.db", "Migrating") in areas
    assert ("mysteryshop.services.app_services", "Opened") in areas
    assert {("mysteryshop.services.session_flow", word)
            for word in ("Created", "Opened", "Finished")} <= areas


def test_an_import_logs_its_counts(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    leader, reviewer = Laptop(tmp_path / "a"), Laptop(tmp_path / "b")
    bundle = leader.share(tmp_path / "s.mshop", leader.demo().id).path
    with caplog.at_level(logging.INFO, logger="mysteryshop.services.sharing"):
        reviewer.receive(bundle)
    assert "Imported" in caplog.text and "1 added, 0 updated, 0 skipped" in caplog.text
    leader.close()
    reviewer.close()
