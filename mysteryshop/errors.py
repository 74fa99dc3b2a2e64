"""Expected failures: one base class so the UI and CLI catch them in one place."""

from __future__ import annotations

from pathlib import Path


class MysteryShopError(Exception):
    """A failure we expect and can explain to the user in one sentence."""


class StorageError(MysteryShopError):
    """The database could not be read or written."""


class DatabaseUnreadableError(StorageError):
    """The database file is corrupt, not a database, or from a newer app version.

    Carries the path so the UI can name the file and offer to open another or start fresh.
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"The database {path} cannot be opened: {reason}")
        self.path = path
        self.reason = reason


class DatabaseLockedError(StorageError):
    """Another program holds the database; retrying later may work, starting fresh would not."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The database {path} is locked by another program "
            "(is Mystery Shop already running?)."
        )
        self.path = path


class SessionChangedError(MysteryShopError):
    """What this window last read of a session was changed elsewhere (another window or
    process, an import): its edit was not written over the newer value."""


class NotFoundError(MysteryShopError):
    """A session (or other record) the user named does not exist."""


class AudioError(MysteryShopError):
    """Recording or playback failed (no PortAudio, no device, device lost)."""


class ExportError(MysteryShopError):
    """The workbook could not be written."""


class ExportCancelledError(ExportError):
    """The user cancelled an export; nothing was written."""


class BundleError(MysteryShopError):
    """A session bundle could not be written, or was refused on import (nothing changed)."""


class BundleCancelledError(BundleError):
    """The user cancelled sharing or importing; nothing was written."""
