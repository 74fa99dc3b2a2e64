"""Whether the process that left something behind (a staging folder, a half-written
file) is still running: only then may it still need it."""

from __future__ import annotations

import os
import sys


def process_alive(pid: int) -> bool:
    if pid == os.getpid() or sys.platform == "win32":  # (os.kill would end it there)
        return True
    try:
        os.kill(pid, 0)  # no signal sent: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists (another user's), or cannot tell: keep what it left
    return True
