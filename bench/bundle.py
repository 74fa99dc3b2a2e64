"""Sharing and importing sessions with their recordings vs copying the same files by hand.

Run: `.venv/bin/python bench/bundle.py [--sessions 10]`. Each session has three 5-minute
48 kHz call recordings (noise: audio that does not compress), 29 MB each. The baseline
is what a user without bundles would do: copy the recording files to another folder.
Share and import each do that copying plus hashing, zip framing and (import) the checks
and the database merge. Each contender runs in a fresh process (its own peak memory).
The bundle is flushed to disk (fsync) before it is renamed into place; the copy is not.
Reported: time against the copy (no target: hashing alone costs about 1.7× a kernel
copy here). Target: memory that does not grow with the bundle's size (< 150 MB).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import PEAK, Figure, median_run, print_table, run  # noqa: E402

SHARE = PEAK + """
import json, sys, time
from pathlib import Path
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.sharing import SharingService
data, out = Path(sys.argv[1]), Path(sys.argv[2])
start = time.perf_counter()
written = SharingService(DataFolder(data)).share(out, round_label="Round 1 — demo")
print(json.dumps({"seconds": time.perf_counter() - start, "bytes": out.stat().st_size,
                  "rss_mb": peak_mb()}))
"""

IMPORT = PEAK + """
import json, shutil, sys, time
from pathlib import Path
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.sharing import SharingService
bundle, target = Path(sys.argv[1]), Path(sys.argv[2])
shutil.rmtree(target, ignore_errors=True)
target.mkdir()
start = time.perf_counter()
report = SharingService(DataFolder(target)).import_bundle(bundle)
assert report.counts().startswith(sys.argv[3] + " added"), report.counts()
print(json.dumps({"seconds": time.perf_counter() - start, "rss_mb": peak_mb()}))
"""

COPY = PEAK + """
import json, shutil, sys, time
from pathlib import Path
source, target = Path(sys.argv[1]), Path(sys.argv[2])
shutil.rmtree(target, ignore_errors=True)
start = time.perf_counter()
for wav in sorted(source.rglob("*.wav")):
    copy = target / wav.relative_to(source)
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(wav, copy)
print(json.dumps({"seconds": time.perf_counter() - start, "rss_mb": peak_mb()}))
"""


def fill(data_dir: Path, sessions: int) -> int:
    """Demo sessions whose three recordings are replaced by 5-minute 48 kHz noise."""
    import numpy as np
    import soundfile

    from mysteryshop.demo import create_demo_session
    from mysteryshop.storage.repository import Repository

    noise = (np.random.default_rng(3).standard_normal(5 * 60 * 48_000) * 3000).astype("<i2")
    repository = Repository.open(data_dir / "mysteryshop.db")
    total = 0
    for _ in range(sessions):
        for step in create_demo_session(repository, data_dir, as_demo=False).steps:
            for recording in step.recordings:
                path = data_dir / recording.path
                soundfile.write(path, noise, 48_000, subtype="PCM_16")
                total += path.stat().st_size
    repository.close()
    return total


def measure(sessions: int = 10, runs: int = 3) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        data, work = Path(tmp) / "data", Path(tmp)
        data.mkdir()
        size = fill(data, sessions)
        bundle = work / "s.mshop"
        shares, imports, copies = [], [], []
        for _ in range(runs):  # alternating, so a slow spell hits all alike
            copies.append(run(COPY, str(data), str(work / "copy")))
            shares.append(run(SHARE, str(data), str(bundle)))
            imports.append(run(IMPORT, str(bundle), str(work / "imported"), str(sessions)))
        share, received, copy = median_run(shares), median_run(imports), median_run(copies)
    what = f"{sessions} sessions, {size / 1e6:.0f} MB of recordings"
    baseline = f"{copy['seconds']:.2f} s copying the files"
    return [
        Figure(f"share sessions ({what})",
               f"{share['seconds']:.2f} s ({size / 1e6 / share['seconds']:.0f} MB/s)", baseline,
               share["seconds"] / copy["seconds"], "reported", True),
        Figure(f"import the bundle ({what})",
               f"{received['seconds']:.2f} s ({size / 1e6 / received['seconds']:.0f} MB/s)",
               baseline, received["seconds"] / copy["seconds"], "reported", True),
        Figure("share / import, peak memory (max RSS)",
               f"{share['rss_mb']:.0f} / {received['rss_mb']:.0f} MB",
               f"{copy['rss_mb']:.0f} MB copying", max(share["rss_mb"], received["rss_mb"])
               / copy["rss_mb"], "flat (< 150 MB)",
               max(share["rss_mb"], received["rss_mb"]) < 150),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print_table(measure(args.sessions, args.runs))


if __name__ == "__main__":
    main()
