"""What the audio told about the shared recordings (analyses, found events and redaction
logs) in a bundle's manifest, checked field by field like everything else."""

from __future__ import annotations

import math
from typing import Any

from mysteryshop.bundle.fields import Fields, invalid, required
from mysteryshop.call_events import (
    AudioRecords,
    CallEvent,
    EventKind,
    EventStatus,
    Redaction,
    RedactWith,
    StoredAnalysis,
)

SHORT = 120


def audio_record(records: AudioRecords) -> dict[str, Any]:
    return {
        "analyses": [{"session_id": a.session_id, "key": a.step_key,
                      "recording_started_at": a.recording_started_at,
                      "analyzed_at": a.analyzed_at, "result": _measures(a.result)}
                     for a in records.analyses],
        "events": [{"session_id": e.session_id, "key": e.step_key,
                    "recording_started_at": e.recording_started_at, "kind": e.kind.value,
                    "offset_seconds": e.offset_seconds, "end_seconds": e.end_seconds,
                    "detail": e.detail, "status": e.status.value, "decided_by": e.decided_by,
                    "decided_at": e.decided_at} for e in records.events],
        "redactions": [{"session_id": r.session_id, "key": r.step_key,
                        "recording_started_at": r.recording_started_at,
                        "start_seconds": r.start_seconds, "end_seconds": r.end_seconds,
                        "how": r.how, "reason": r.reason, "done_by": r.done_by, "at": r.at}
                       for r in records.redactions],
    }


def _measures(result: dict[str, Any]) -> dict[str, Any]:
    """The talk measures a shared analysis carries (the events travel on their own):
    only these, each of its own type, so a hostile value cannot reach a widget."""
    def number(value: Any) -> float | None:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok and math.isfinite(value) and 0 <= value <= 1e6 else None

    monologue = result.get("longest_monologue")
    seconds = number(monologue.get("seconds")) if isinstance(monologue, dict) else None
    side = monologue.get("side") if isinstance(monologue, dict) else None
    interruptions = result.get("interruptions")
    share = number(result.get("talk_share_them"))
    return {
        "talk_share_them": share if share is not None and share <= 1 else None,
        "longest_monologue": ({"side": side, "seconds": seconds}
                              if seconds is not None and side in ("me", "them", "mixed")
                              else None),
        "interruptions": ([{} for _ in interruptions[:10_000]]
                          if isinstance(interruptions, list) else []),
        "pause_before_answer": number(result.get("pause_before_answer")),
    }


def _text(f: Fields, key: str) -> str:
    text = f.text(key, optional=True)
    if len(text) > SHORT:
        raise invalid(f._at(key), f"must be a text of at most {SHORT} characters")
    return text


def audio_from(top: Fields) -> AudioRecords:
    """The manifest's `audio` (absent in older bundles)."""
    if top.data.get("audio") is None:
        return AudioRecords()
    if not isinstance(top.data["audio"], dict):
        raise invalid("audio", "must be an object")
    audio = Fields(top.data["audio"], "audio")
    analyses = []
    for a in audio.items("analyses"):
        result = a.data.get("result")
        if not isinstance(result, dict):
            raise invalid(a._at("result"), "must be an object")
        analyses.append(StoredAnalysis(
            a.ident("session_id").lower(), a.ident("key"),
            required(a.instant("recording_started_at")), required(a.instant("analyzed_at")),
            _measures(result)))
    events = []
    for e in audio.items("events"):
        end = e.offset("end_seconds", optional=True)
        start = required(e.offset("offset_seconds"))
        if end is not None and end < start:
            raise invalid(e._at("end_seconds"), "must not come before offset_seconds")
        events.append(CallEvent(
            0, e.ident("session_id").lower(), e.ident("key"),
            required(e.instant("recording_started_at")),
            required(e.choice("kind", EventKind)), start, end, _text(e, "detail"),
            e.choice("status", EventStatus) or EventStatus.SUGGESTED,
            _text(e, "decided_by"), e.instant("decided_at", optional=True)))
    redactions = []
    for r in audio.items("redactions"):
        start, end = required(r.offset("start_seconds")), required(r.offset("end_seconds"))
        if end <= start:
            raise invalid(r._at("end_seconds"), "must come after start_seconds")
        redactions.append(Redaction(
            0, required(r.instant("recording_started_at")), start, end,
            required(r.choice("how", RedactWith)).value, _text(r, "reason"),
            _text(r, "done_by"), required(r.instant("at")), r.ident("session_id").lower(),
            r.ident("key")))
    return AudioRecords(tuple(analyses), tuple(events), tuple(redactions))
