"""Expected failures: one base class so the UI and CLI catch them in one place."""

from __future__ import annotations

from pathlib import Path


class MysteryShopError(Exception):
    """A failure we expect and can explain to the user in one sentence.

    The sentence is a template with named values ("Cannot open {path}: {reason}"): str()
    gives it in English; the window translates the template (context "errors", collected
    by packaging/translations.py from every error raised with a literal first argument)
    and fills in the same values, translating a value that is itself such an error.
    """

    def __init__(self, message: str = "", /, **values: object) -> None:
        self.template = message
        self.values = values
        super().__init__(message.format(**values) if values else message)


class StorageError(MysteryShopError):
    """The database could not be read or written."""


class DatabaseUnreadableError(StorageError):
    """The database file is corrupt, not a database, or from a newer app version.

    Carries the path so the UI can name the file and offer to open another or start fresh.
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__("The database {path} cannot be opened: {reason}", path=path,
                         reason=reason)
        self.path = path
        self.reason = reason


class DatabaseLockedError(StorageError):
    """Another program holds the database; retrying later may work, starting fresh would not."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            "The database {path} is locked by another program "
            "(is Mystery Shop already running?).", path=path
        )
        self.path = path


class SessionChangedError(MysteryShopError):
    """What this window last read of a session was changed elsewhere (another window or
    process, an import): its edit was not written over the newer value."""


class SurveyError(MysteryShopError):
    """A survey file cannot be imported as it is; the message says where and why."""


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


class TemplateFileError(MysteryShopError):
    """An exercise template (a file, or one stored) that cannot be used, and why."""
