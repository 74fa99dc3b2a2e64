"""Two laptops in one test: each its own data folder and database, sharing bundles."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from mysteryshop.bundle.limits import Limits
from mysteryshop.bundle.report import ImportReport
from mysteryshop.bundle.writer import BundleWritten
from mysteryshop.demo import create_demo_session
from mysteryshop.model import Session
from mysteryshop.paths import DATABASE_NAME
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.review import ReviewService
from mysteryshop.services.session_flow import SessionService
from mysteryshop.services.sharing import SharingService
from mysteryshop.storage.repository import Repository


class Laptop:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.data_dir = folder
        self.db_path = folder / DATABASE_NAME
        self.repository = Repository.open(self.db_path)
        self.service = SessionService(self.repository)
        self.review = ReviewService(self.service)
        self.sharing = SharingService(DataFolder(folder))

    def demo(self) -> Session:
        return create_demo_session(self.repository, self.data_dir)

    def session(self, session_id: str) -> Session:
        return self.repository.get_session(session_id)

    def share(self, out: Path, *ids: str, round_label: str | None = None) -> BundleWritten:
        time.sleep(0.01)  # edit stamps are milliseconds: keep "before" and "after" apart
        return self.sharing.share(out, session_ids=list(ids) or None, round_label=round_label)

    @staticmethod
    def share_from(folder: DataFolder, out: Path, *ids: str) -> Path:
        """A bundle from a data folder that is not a Laptop (the app's own, say)."""
        return SharingService(folder).share(out, session_ids=list(ids)).path

    def receive(self, bundle: Path, limits: Limits | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportReport:
        time.sleep(0.01)
        sharing = SharingService(self.sharing.folder, limits) if limits else self.sharing
        return sharing.import_bundle(bundle, cancelled=cancelled)

    def snapshot(self) -> tuple[list[str], dict[str, str]]:
        """Every row of every table, and every file under the data folder with its hash."""
        conn = sqlite3.connect(self.db_path)
        rows = list(conn.iterdump())
        conn.close()
        files = {
            str(p.relative_to(self.data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(self.data_dir.rglob("*"))
            if p.is_file() and not p.name.startswith(DATABASE_NAME) and p.suffix != ".npz"
        }
        return rows, files

    def close(self) -> None:
        self.repository.close()
