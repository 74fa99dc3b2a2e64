"""Sharing and importing sessions with their recordings vs copying the same files by hand.

Run: `.venv/bin/python bench/bundle.py [--sessions 10]`. Each session has three 5-minute
48 kHz call recordings (noise: audio that does not compress), 29 MB each, finished the
way the recorder finishes them (their hash kept). The baselines are what a user without
bundles would do: copy the recording files to another folder, plainly, and with each
copy flushed to disk (fsync) as the bundle is before it is renamed into place. Share is
that copying plus zip framing; "share, hashing again" is what it cost before finished
recordings kept their hash; import adds the checks of every byte and the database merge.
Each contender runs in a fresh process (its own peak memory), after `sync` so no one
pays for another's dirty pages. Reported: time against the copy+fsync (the physical
floor of a durable copy). Target: memory that does not grow with the bundle's size
(< 150 MB).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import PEAK, Figure, median_run, print_table, run  # noqa: E402

SHARE = PEAK + """
import json, sqlite3, sys, time
from pathlib import Path
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.sharing import SharingService
data, out, rehash = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "rehash"
db = sqlite3.connect(data / "mysteryshop.db", isolation_level=None)
kept = db.execute("SELECT id, sha256 FROM recordings").fetchall()
if rehash:  # as before finished recordings kept their hash
    db.execute("UPDATE recordings SET sha256 = ''")
start = time.perf_counter()
written = SharingService(DataFolder(data)).share(out, round_label="Round 1 — demo")
seconds = time.perf_counter() - start
db.executemany("UPDATE recordings SET sha256 = ? WHERE id = ?", [(h, i) for i, h in kept])
print(json.dumps({"seconds": seconds, "bytes": out.stat().st_size, "rss_mb": peak_mb()}))
"""

IMPORT = PEAK + """
import json, os, shutil, sys, time
from pathlib import Path
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.sharing import SharingService
bundle, target = Path(sys.argv[1]), Path(sys.argv[2])
shutil.rmtree(target, ignore_errors=True)
target.mkdir()
os.sync()
start = time.perf_counter()
report = SharingService(DataFolder(target)).import_bundle(bundle)
assert report.counts().startswith(sys.argv[3] + " added"), report.counts()
print(json.dumps({"seconds": time.perf_counter() - start, "rss_mb": peak_mb()}))
"""

COPY = PEAK + """
import json, os, shutil, sys, time
from pathlib import Path
source, target, durable = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "fsync"
shutil.rmtree(target, ignore_errors=True)
os.sync()  # the tree just removed is not this run's to write back
start = time.perf_counter()
for wav in sorted(source.rglob("*.wav")):
    copy = target / wav.relative_to(source)
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(wav, copy)
    if durable:
        with copy.open("rb") as f:
            os.fsync(f.fileno())
print(json.dumps({"seconds": time.perf_counter() - start, "rss_mb": peak_mb()}))
"""


def fill(data_dir: Path, sessions: int) -> int:
    """Demo sessions whose three recordings are replaced by 5-minute 48 kHz noise, each
    hashed when written, as the recorder does when a call ends."""
    import numpy as np
    import soundfile

    from mysteryshop.demo import create_demo_session
    from mysteryshop.file_digest import digest_file
    from mysteryshop.storage.repository import Repository

    noise = (np.random.default_rng(3).standard_normal(5 * 60 * 48_000) * 3000).astype("<i2")
    repository = Repository.open(data_dir / "mysteryshop.db")
    total = 0
    for _ in range(sessions):
        for step in create_demo_session(repository, data_dir, as_demo=False).steps:
            for recording in step.recordings:
                path = data_dir / recording.path
                soundfile.write(path, noise, 48_000, subtype="PCM_16")
                repository.set_recording_digest(recording.id, digest_file(path))
                total += path.stat().st_size
    repository.close()
    return total


def measure(sessions: int = 10, runs: int = 3) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        data, work = Path(tmp) / "data", Path(tmp)
        data.mkdir()
        size = fill(data, sessions)
        bundle = work / "s.mshop"
        shares: list[dict[str, float]] = []
        rehashes: list[dict[str, float]] = []
        imports: list[dict[str, float]] = []
        copies: list[dict[str, float]] = []
        durables: list[dict[str, float]] = []
        for _ in range(runs):  # alternating, so a slow spell hits all alike
            for results, code, args in (
                    (copies, COPY, (str(data), str(work / "copy"), "plain")),
                    (durables, COPY, (str(data), str(work / "copy"), "fsync")),
                    (shares, SHARE, (str(data), str(bundle), "kept")),
                    (rehashes, SHARE, (str(data), str(bundle), "rehash")),
                    (imports, IMPORT, (str(bundle), str(work / "imported"), str(sessions)))):
                os.sync()  # each starts with nothing dirty left by the one before
                results.append(run(code, *args))
        share, rehash, received = median_run(shares), median_run(rehashes), median_run(imports)
        copy, durable = median_run(copies), median_run(durables)
    what = f"{sessions} sessions, {size / 1e6:.0f} MB of recordings"
    floor = f"{durable['seconds']:.2f} s copy+fsync ({copy['seconds']:.2f} s plain copy)"

    def rate(seconds: float) -> str:
        return f"{seconds:.2f} s ({size / 1e6 / seconds:.0f} MB/s)"

    return [
        Figure(f"share sessions ({what})", rate(share["seconds"]), floor,
               share["seconds"] / durable["seconds"], "reported", True),
        Figure("share, hashing every recording again (as before)", rate(rehash["seconds"]),
               f"{share['seconds']:.2f} s with the kept hashes",
               rehash["seconds"] / share["seconds"], "kept hashes faster",
               share["seconds"] < rehash["seconds"]),
        Figure(f"import the bundle ({what})", rate(received["seconds"]), floor,
               received["seconds"] / durable["seconds"], "reported", True),
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
