"""Synthetic calls with known truth, for testing and measuring the call analysis.

Two channels at 16 kHz: channel 1 the caller's microphone (me), channel 2 the far end
(them) passed through a telephone's 300-3400 Hz band and µ-law. A call rings on one of
several countries' ringback plans, is answered, the two sides talk (espeak-ng voices when
it is installed, else a voiced babble), with an interruption, hold music with a spoken
announcement in it, keyed digits, the far end leaking into the microphone, and noise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import soundfile

RATE = 16_000
DTMF = {"1": (697, 1209), "2": (697, 1336), "3": (697, 1477), "4": (770, 1209),
        "5": (770, 1336), "6": (770, 1477), "7": (852, 1209), "8": (852, 1336),
        "9": (852, 1477), "0": (941, 1336), "*": (941, 1209), "#": (941, 1477)}
# (tones, [(on, off), ...] per ring)
RING_PLANS = {
    "us": ((440, 480), [(2.0, 4.0)]),
    "uk": ((400, 450), [(0.4, 0.2), (0.4, 2.0)]),
    "eu": ((425,), [(1.0, 4.0)]),
}
LINES = [
    "Good morning, thank you for calling, how can I help you today?",
    "Hi, I ordered a kettle last week and it arrived broken.",
    "I am sorry to hear that. Can I take your order number please?",
    "Yes of course, it is on the email, give me one second.",
    "Thank you. Let me check that for you, it will only take a moment.",
    "Sure, no problem at all, I can wait.",
    "I can see the order here. We will send a new one out today.",
    "That is great, thank you so much for your help.",
    "You are welcome. Is there anything else I can do for you?",
    "No, that is everything, have a lovely day.",
]


@dataclass
class Truth:
    rings: int = 0
    ring_spans: list[tuple[float, float]] = field(default_factory=list)
    answered_at: float | None = None
    holds: list[tuple[float, float]] = field(default_factory=list)
    speech: dict[str, list[tuple[float, float]]] = field(
        default_factory=lambda: {"me": [], "them": []})
    dtmf: list[tuple[float, float, int]] = field(default_factory=list)
    interruption: float | None = None  # when I started talking over them

    def talk_share_them(self) -> float:
        me = sum(e - s for s, e in self.speech["me"])
        them = sum(e - s for s, e in self.speech["them"])
        return them / (me + them)


@dataclass(frozen=True)
class Plan:
    name: str
    ring_plan: str | None = "us"
    rings: int = 3
    hold: float = 0.0  # seconds of hold music after the fourth line (0: none)
    announcement: bool = False  # a recorded voice in the middle of the hold
    digits: str = ""  # keyed by me after the second line
    interruption: bool = True
    noise_db: float = -60.0
    echo_db: float = -30.0
    seed: int = 0


def voice(text: str, rng: np.random.Generator, pitch: int) -> np.ndarray:
    """Speech for `text`: espeak-ng when installed, else a voiced babble as long."""
    if shutil.which("espeak-ng") and not os.environ.get("CALLS_NO_ESPEAK"):
        raw = subprocess.run(["espeak-ng", "--stdout", "-s", "165", "-p", str(pitch), text],
                             capture_output=True, check=True).stdout
        samples = np.frombuffer(raw[44:], dtype="<i2").astype(np.float32) / 32768
        source = np.arange(len(samples)) / 22050
        out = np.interp(np.arange(int(source[-1] * RATE)) / RATE, source, samples)
        nonzero = np.flatnonzero(np.abs(out) > 0.01)
        out = out[nonzero[0]:nonzero[-1] + 1] if len(nonzero) else out
        return np.asarray(0.5 * out / (np.max(np.abs(out)) + 1e-9), dtype=np.float32)
    seconds = 0.075 * len(text)
    t = np.arange(int(seconds * RATE)) / RATE
    f0 = pitch * 1.6 + 30 * np.sin(2 * np.pi * 0.7 * t + rng.uniform(0, 6))
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    voiced = sum(np.sin(k * phase) / k for k in range(1, 8))
    syllables = np.clip(np.sin(2 * np.pi * 3.5 * t + rng.uniform(0, 6)), 0, None) ** 0.7
    return (0.35 * voiced * syllables).astype(np.float32)


def hold_music(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A tune of held notes with a little harmony: what a hold queue plays."""
    t = np.arange(int(seconds * RATE)) / RATE
    scale = np.array([262, 294, 330, 349, 392, 440, 494, 523])
    note_length = rng.uniform(0.3, 0.5)
    notes = scale[rng.integers(0, len(scale), int(seconds / note_length) + 1)]
    pitch = notes[(t / note_length).astype(int)]
    phase = 2 * np.pi * pitch * t
    music = np.sin(phase) + 0.4 * np.sin(2 * phase) + 0.25 * np.sin(1.5 * phase)
    return np.asarray(0.25 * music, dtype=np.float32)


def phone_line(audio: np.ndarray) -> np.ndarray:
    """300-3400 Hz and 8-bit µ-law, as the far end reaches a caller."""
    spectrum = np.fft.rfft(audio)
    freqs = np.fft.rfftfreq(len(audio), 1 / RATE)
    spectrum[(freqs < 300) | (freqs > 3400)] = 0
    band = np.fft.irfft(spectrum, len(audio))
    mu = 255.0
    coded = np.sign(band) * np.log1p(mu * np.minimum(np.abs(band), 1)) / np.log1p(mu)
    coded = np.round(coded * 127) / 127
    return np.asarray(np.sign(coded) * (np.power(1 + mu, np.abs(coded)) - 1) / mu,
                      dtype=np.float32)


def synthesize(plan: Plan) -> tuple[np.ndarray, Truth]:
    """The call's two channels and what truly happened in it."""
    rng = np.random.default_rng(plan.seed)
    me: list[np.ndarray] = []
    them: list[np.ndarray] = []
    truth = Truth()
    now = 0.0

    def put(side: str, audio: np.ndarray, speech: bool = True) -> None:
        nonlocal now
        (me if side == "me" else them).append(audio)
        (them if side == "me" else me).append(np.zeros_like(audio))
        if speech:
            truth.speech[side].append((now, now + len(audio) / RATE))
        now += len(audio) / RATE

    def gap(seconds: float) -> None:
        put("me", np.zeros(int(seconds * RATE), np.float32), speech=False)

    gap(0.5 + rng.uniform(0, 0.3))  # nothing lines up with the analysis's frames
    if plan.ring_plan:
        tones, cadence = RING_PLANS[plan.ring_plan]
        for _ in range(plan.rings):
            start = now
            for on, off in cadence:
                t = np.arange(int(on * RATE)) / RATE
                put("them", (0.2 * sum(np.sin(2 * np.pi * f * t) for f in tones)
                             ).astype(np.float32), speech=False)
                ring_end = now
                gap(off)
            truth.ring_spans.append((start, ring_end))
        truth.rings = plan.rings
        # The far end picks up during the silence after the last ring.
        del me[-1], them[-1]
        now = truth.ring_spans[-1][1] + 1.0
        me.append(np.zeros(int(1.0 * RATE), np.float32))
        them.append(np.zeros(int(1.0 * RATE), np.float32))
    gap(rng.uniform(0.1, 0.8))  # picked up: a breath before the first word
    truth.answered_at = now
    for i, line in enumerate(LINES):
        side = "them" if i % 2 == 0 else "me"
        put(side, voice(line, rng, 40 if side == "them" else 70))
        if i == 1 and plan.digits:
            gap(1.0)
            start = now
            for digit in plan.digits:
                low, high = DTMF[digit]
                t = np.arange(int(0.08 * RATE)) / RATE
                put("me", (0.15 * (np.sin(2 * np.pi * low * t) + np.sin(2 * np.pi * high * t))
                           ).astype(np.float32), speech=False)
                gap(0.08)
            truth.dtmf.append((start, now - 0.08, len(plan.digits)))
        if i == 4 and plan.hold:
            gap(0.6)
            start = now
            if plan.announcement:
                put("them", hold_music(plan.hold / 2, rng), speech=False)
                put("them", voice("Your call is important to us, please hold.", rng, 50),
                    speech=False)
                put("them", hold_music(plan.hold / 2, rng), speech=False)
            else:
                put("them", hold_music(plan.hold, rng), speech=False)
            truth.holds.append((start, now))
        gap(rng.uniform(0.4, 1.2))
    me_audio, them_audio = np.concatenate(me), np.concatenate(them)
    if plan.interruption:  # I start talking over the end of their fifth line
        _, e = truth.speech["them"][3] if len(truth.speech["them"]) > 3 else (0, 0)
        words = voice("Sorry, can I just ask", rng, 70)
        at = int((e - 1.0) * RATE)
        me_audio[at:at + len(words)] += words
        truth.interruption = at / RATE
        truth.speech["me"].append((at / RATE, at / RATE + len(words) / RATE))
        truth.speech["me"].sort()
    them_audio = phone_line(them_audio)
    me_audio += them_audio * 10 ** (plan.echo_db / 20)
    for channel in (me_audio, them_audio):
        channel += 10 ** (plan.noise_db / 20) * rng.standard_normal(len(channel)).astype(
            np.float32)
    stereo = np.clip(np.stack([me_audio, them_audio], axis=1), -1, 1)
    return stereo, truth


def write(plan: Plan, folder: Path) -> tuple[Path, Truth]:
    audio, truth = synthesize(plan)
    path = folder / f"{plan.name}.wav"
    soundfile.write(str(path), audio, RATE, subtype="PCM_16")
    return path, truth


PLANS = [
    Plan("us-plain", "us", 3, seed=1),
    Plan("uk-hold", "uk", 4, hold=30.0, seed=2),
    Plan("eu-hold-announcement", "eu", 2, hold=40.0, announcement=True, seed=3),
    Plan("us-card-digits", "us", 2, digits="4111111111111111", seed=4),
    Plan("no-ring-no-hold", None, 0, interruption=False, seed=5),
    Plan("uk-noisy", "uk", 5, hold=20.0, noise_db=-40.0, echo_db=-25.0, seed=6),
]
