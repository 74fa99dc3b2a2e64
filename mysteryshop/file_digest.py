"""A file's SHA-256 with the size and modification time it had when hashed.

Sharing re-sends recordings often (a team folder publishes every change); a recording
does not change after it is finished, so its hash is taken once (when the recorder
closes it, or after a redaction rewrites it) and reused while the file's size and
modification time are the same. Importing still checks every byte it receives.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20


@dataclass(frozen=True)
class FileDigest:
    sha256: str
    size: int
    mtime_ns: int

    def still_matches(self, path: Path) -> bool:
        """Whether the file looks as it did when hashed (same size and time: unchanged,
        short of someone setting its time back on purpose)."""
        try:
            stat = path.stat()
        except OSError:
            return False
        return stat.st_size == self.size and stat.st_mtime_ns == self.mtime_ns


def digest_file(path: Path) -> FileDigest:
    """Hash a file a chunk at a time (raises OSError). A file that changed while it was
    read gets the time it had before, so `still_matches` says no afterwards."""
    before = path.stat()
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return FileDigest(digest.hexdigest(), before.st_size, before.st_mtime_ns)
