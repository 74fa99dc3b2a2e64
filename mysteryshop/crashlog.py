"""Crashes Python cannot catch (a segfault in Qt or PortAudio) written to a file, and
every thread's uncaught exception sent to one handler.

No Qt here: the window adds its dialog on top (`ui/errors.py`).
"""

from __future__ import annotations

import faulthandler
import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TextIO

logger = logging.getLogger(__name__)

NATIVE_CRASH_NAME = "native-crash.log"
Handler = Callable[[type[BaseException], BaseException, TracebackType | None, str], None]

_native_file: TextIO | None = None  # open for as long as the process lives


def enable_native_crash_log(log_dir: Path) -> Path | None:
    """Have `faulthandler` write a native crash's stacks to a file in `log_dir`.

    Returns the file kept from the last run when that run died this way (renamed with
    its time, so it is reported once), else None. The file stays empty on a clean exit.
    """
    global _native_file
    path = log_dir / NATIVE_CRASH_NAME
    previous: Path | None = None
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.exists() and path.stat().st_size > 0:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            previous = path.with_name(f"native-crash-{stamp}.log")
            path.replace(previous)
            logger.warning("The last run stopped with a native crash: %s", previous)
        if _native_file is not None:
            _native_file.close()
        _native_file = path.open("w", encoding="utf-8")
    except OSError:
        logger.warning("No native crash log in %s", log_dir, exc_info=True)
        return previous
    faulthandler.enable(_native_file, all_threads=True)
    return previous


def install_thread_hook(handler: Handler) -> Callable[[], None]:
    """Send uncaught exceptions of every thread but the main one to `handler`.

    Returns a function that puts the previous hook back.
    """
    previous = threading.excepthook

    def hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a thread"
        handler(args.exc_type, args.exc_value, args.exc_traceback, name)

    threading.excepthook = hook

    def uninstall() -> None:
        threading.excepthook = previous

    return uninstall
