"""Where the recording settings are kept (QSettings), and what they ask for: read by
Settings, which changes them, and by whatever follows them (the recording controller,
the review's redaction, retention at start)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from mysteryshop.audio.call_routing import CallRoute
    from mysteryshop.call_events import RedactWith
    from mysteryshop.model import Recording
    from mysteryshop.services.app_services import AppServices
    from ui.review.recording_actions import Redact

logger = logging.getLogger(__name__)

TWO_SIDES_SETTING = "audio/twoSides"
ME_SETTING = "audio/meSource"  # the sound server's name of the microphone
THEM_SETTING = "audio/themSource"  # ... and of the call's sound (an output's monitor)


def two_sides_chosen() -> bool:
    return str(QSettings().value(TWO_SIDES_SETTING, "false")).lower() == "true"


def chosen_route() -> CallRoute | None:
    """The route to record both sides through, when Settings asks for one and this
    system can join inputs; None records the chosen input as it is."""
    from mysteryshop.audio.call_routing import CallRoute, routing_available

    me, them = (str(QSettings().value(k, "")) for k in (ME_SETTING, THEM_SETTING))
    if not (two_sides_chosen() and me and them and routing_available()):
        return None
    return CallRoute(me, them)


def remove_stale_route() -> None:
    """At start: a route a crash left loaded keeps the microphone busy; it goes now
    rather than at the next recording (only where both sides are recorded)."""
    from mysteryshop.audio.call_routing import remove_stale_routes, routing_available
    from mysteryshop.errors import AudioError

    if two_sides_chosen() and routing_available():
        try:
            remove_stale_routes()
        except AudioError as exc:
            logger.info("%s", exc)


KEEP_DAYS_SETTING = "recordings/keepDays"  # 0: keep recordings for good
KEEP_ORIGINALS_SETTING = "recordings/keepUnredacted"  # off: redaction replaces the audio


def keep_days() -> int:
    """Days a finished session's recordings are kept (0: for good)."""
    try:
        return max(0, int(str(QSettings().value(KEEP_DAYS_SETTING, 0))))
    except (TypeError, ValueError):
        return 0


def keep_originals() -> bool:
    """Whether redacting keeps the audio as recorded aside on this computer (any thread:
    each QSettings object is its own)."""
    return str(QSettings().value(KEEP_ORIGINALS_SETTING, "false")).lower() == "true"


def redactor(services: AppServices) -> Redact:
    """`services.redact_recording`, keeping an original when the setting says so at the
    moment of redacting."""
    def redact(recording: Recording, start: float, end: float, how: RedactWith, why: str,
               by: str) -> float:
        return services.redact_recording(recording, start, end, how, why, by,
                                         keep_original=keep_originals())
    return redact
