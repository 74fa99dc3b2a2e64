"""Load what the first click will need while the leader is still reading the home list."""

from __future__ import annotations

import importlib
import logging
import threading

logger = logging.getLogger(__name__)

# sqlite-utils (the first write) pulls in numpy (~0.2 s); the session flow and the audio
# modules follow. Importing them on a thread holds the GIL only in short bursts.
DOMAIN_MODULES = ("sqlite_utils", "numpy", "mysteryshop.demo", "mysteryshop.audio.waveform",
                  "mysteryshop.services.recording")


def warm_up_in_background(extra: tuple[str, ...] = ()) -> threading.Thread:
    """Import `DOMAIN_MODULES` and `extra` on a daemon thread; a failure only costs time."""

    def work() -> None:
        for name in (*DOMAIN_MODULES, *extra):
            try:
                importlib.import_module(name)
            except Exception:  # e.g. no PortAudio: the feature says so when it is used
                logger.info("Could not preload %s", name, exc_info=True)

    thread = threading.Thread(target=work, name="warm-up", daemon=True)
    thread.start()
    return thread
