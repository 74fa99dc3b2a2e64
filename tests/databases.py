"""Databases in the states the fault tests need."""

from __future__ import annotations

from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder


def damaged_after_a_clean_exit(folder: DataFolder) -> None:
    services = AppServices.open(folder)
    with services._repository.atomic():
        for i in range(300):
            services.sessions.create(f"Leader {i}", "Acme " * 30, "R1")
    services.close()
    size = folder.database.stat().st_size
    with folder.database.open("r+b") as f:  # scribble over a page well past the schema
        f.seek(size * 2 // 3 // 4096 * 4096)
        f.write(bytes(range(256)) * 16)
