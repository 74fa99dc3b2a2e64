"""Sessions to export, made once per module: two demo sessions and a hostile one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mysteryshop.demo import create_demo_session
from mysteryshop.model import AnswerValue, MarkerKind
from mysteryshop.services.review import ReviewService
from mysteryshop.services.session_flow import SessionService
from mysteryshop.storage.repository import Repository

HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2", "@SUM(A1:A9)", "#N/A"]


@pytest.fixture(scope="module")
def filled_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two demo sessions (round 1, with recordings) and a hostile one in round 2, made
    once per module (the demo synthesises its call audio); each test gets a copy."""
    folder = tmp_path_factory.mktemp("filled") / "data"
    folder.mkdir()
    repository = Repository.open(folder / "mysteryshop.db")
    _fill(repository, folder)
    repository.close()
    return folder


@pytest.fixture
def data_dir(filled_template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(filled_template, tmp_path / "data"))


@pytest.fixture
def filled(repository: Repository) -> Repository:
    return repository


def _fill(repository: Repository, data_dir: Path) -> None:
    create_demo_session(repository, data_dir, as_demo=False)
    create_demo_session(repository, data_dir, as_demo=False)
    service = SessionService(repository)
    session = service.create(HOSTILE[0], HOSTILE[1], "Round 2")
    service.set_notes(session, "website", HOSTILE[2])
    service.set_notes(session, "buy", HOSTILE[4])
    service.set_answer(session, "website", "website-about-them", AnswerValue.YES, HOSTILE[3])
    service.set_prediction(session, "website", 5)
    service.set_points(session, "website", 7)
    service.add_marker(session, "call", MarkerKind.NOTE, HOSTILE[0])
    ReviewService(service).set_points(session, "website", 6)
