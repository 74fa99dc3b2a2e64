"""The call analysis: accuracy on synthetic calls with known truth, and speed and memory
on a long call against reading the same file.

Run: `.venv/bin/python bench/call_analysis.py [--minutes 60] [--calls 12]`. Needs
espeak-ng for the voices (`bash tests/run` installs it). Targets (issue 16): rings exact;
answered within 0.5 s; hold start and end within 1.5 s; talk share within 5 points; keyed
digits within 0.2 s with the right count; no ring or hold where there is none; the
analysis at most 1/200 of the call's length on one core, memory flat in the length.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.calls import PLANS, Plan, Truth, write
from bench.common import PEAK, Figure, print_table, run
from mysteryshop.audio.call_analysis import CallAnalysis, analyze_file

# More calls than the tests' six: each plan again with other voices' timings, louder
# noise and echo, shorter and longer holds.
HARDER = [replace(p, name=f"{p.name}-hard", seed=p.seed + 100, noise_db=-38.0,
                  echo_db=-22.0, hold=p.hold * 1.5) for p in PLANS]

SPEED = PEAK + """
import json, sys, time
import numpy as np, soundfile
path, what = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if what == "read":
    with soundfile.SoundFile(path) as f:
        while len(f.read(16000 * 60, dtype="float32")):
            pass
else:
    from mysteryshop.audio.call_analysis import analyze_file
    analyze_file(__import__("pathlib").Path(path))
print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": peak_mb()}))
"""


def errors(found: CallAnalysis, truth: Truth) -> dict[str, float | str]:
    def worst(pairs: list[tuple[float, float]]) -> float:
        return max((abs(a - b) for a, b in pairs), default=0.0)

    holds_ok = len(found.holds) == len(truth.holds)
    return {
        "rings": f"{len(found.rings)}/{truth.rings}",
        "answered": abs((found.answered_at or 0) - (truth.answered_at or 0)),
        "hold": (worst([(s, ts) for (s, _), (ts, _) in zip(found.holds, truth.holds,
                                                             strict=False)]
                       + [(e, te) for (_, e), (_, te) in zip(found.holds, truth.holds,
                                                             strict=False)])
                 if holds_ok else float("inf")),
        "holds": f"{len(found.holds)}/{len(truth.holds)}",
        "share": abs((found.talk_share_them or 0) - truth.talk_share_them()) * 100,
        "keys": (worst([(k.start, s) for k, (s, _, _) in zip(found.keys, truth.dtmf,
                                                             strict=False)])
                 if len(found.keys) == len(truth.dtmf) else float("inf")),
        "digits": f"{sum(k.digits for k in found.keys)}/{sum(d for _, _, d in truth.dtmf)}",
    }


def accuracy(plans: list[Plan], folder: Path) -> list[Figure]:
    rows = []
    for plan in plans:
        path, truth = write(plan, folder)
        rows.append((plan.name, errors(analyze_file(path), truth)))
    print(f"{'call':28} {'rings':>6} {'answered s':>10} {'holds':>6} {'hold s':>7} "
          f"{'share pts':>9} {'keys s':>7} {'digits':>7}")
    for name, e in rows:
        print(f"{name:28} {e['rings']:>6} {e['answered']:>10.2f} {e['holds']:>6} "
              f"{e['hold']:>7.2f} {e['share']:>9.1f} {e['keys']:>7.2f} {e['digits']:>7}")
    exact = sum(e["rings"].split("/")[0] == e["rings"].split("/")[1]
                for _, e in rows)
    answered = max(float(e["answered"]) for _, e in rows)
    hold = max(float(e["hold"]) for _, e in rows)
    share = max(float(e["share"]) for _, e in rows)
    keys = max(float(e["keys"]) for _, e in rows)
    n = len(rows)
    return [
        Figure(f"rings counted right ({n} calls)", f"{exact}/{n}", "truth", None, "all",
               exact == n),
        Figure("answered, worst error", f"{answered:.2f} s", "truth", None, "≤ 0.5 s",
               answered <= 0.5),
        Figure("hold start/end, worst error", f"{hold:.2f} s", "truth", None, "≤ 1.5 s",
               hold <= 1.5),
        Figure("talk share, worst error", f"{share:.1f} points", "truth", None, "≤ 5",
               share <= 5),
        Figure("keyed digits, worst span error", f"{keys:.2f} s", "truth", None, "≤ 0.2 s",
               keys <= 0.2),
    ]


def speed(minutes: float, folder: Path) -> list[Figure]:
    """A long call: the synthetic calls one after another, written a call at a time."""
    import numpy as np
    import soundfile

    from bench.calls import RATE, synthesize

    path = folder / "long.wav"
    calls = [synthesize(p)[0] for p in PLANS]
    with soundfile.SoundFile(str(path), "w", RATE, 2, subtype="PCM_16") as f:
        written, i = 0.0, 0
        while written < minutes * 60:
            audio = calls[i % len(calls)]
            f.write(np.asarray(audio, dtype=np.float32))
            written += len(audio) / RATE
            i += 1
    os.sync()  # the file is on the disk; both runs then read it from the page cache
    run(SPEED, str(path), "read")  # warm the cache, so neither pays the disk alone
    read = run(SPEED, str(path), "read")
    ours = run(SPEED, str(path), "analyze")
    short_path = folder / "short.wav"
    with soundfile.SoundFile(str(short_path), "w", RATE, 2, subtype="PCM_16") as f:
        f.write(np.asarray(np.concatenate(calls), dtype=np.float32))
    short = run(SPEED, str(short_path), "analyze")
    limit = written / 200
    return [
        Figure(f"call analysis, {written / 60:.0f}-min two-channel 16 kHz call",
               f"{ours['seconds']:.2f} s", f"{read['seconds']:.2f} s reading the file",
               ours["seconds"] / read["seconds"], f"≤ {limit:.1f} s (1/200 of the call)",
               ours["seconds"] <= limit),
        Figure("call analysis, peak memory: long call vs a 7-min one",
               f"{ours['peak_mb']:.0f} MB", f"{short['peak_mb']:.0f} MB",
               ours["peak_mb"] / short["peak_mb"], "flat (≤ 1.3×)",
               ours["peak_mb"] <= 1.3 * short["peak_mb"]),
    ]


def measure(minutes: float = 60, hard: bool = True) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        figures = accuracy(PLANS + (HARDER if hard else []), folder)
        figures += speed(minutes, folder)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--quick", action="store_true", help="the tests' six calls only")
    args = parser.parse_args()
    print_table(measure(args.minutes, hard=not args.quick))


if __name__ == "__main__":
    main()
