"""A bundle is untrusted input: each of these hand-made bundles is refused whole.

Each case starts from a real bundle and breaks one thing. The import must name the
problem, write nothing (database rows and files exactly as before, no staging left)
and create nothing outside the data folder.
"""

from __future__ import annotations

import json
import stat
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mysteryshop.bundle.limits import Limits
from mysteryshop.errors import BundleError
from tests.bundles import Laptop
from tests.conftest import ROOT

Entries = dict[str, bytes]


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Entries:
    """The entries of a real bundle of one demo session with three recordings."""
    folder = tmp_path_factory.mktemp("leader")
    leader = Laptop(folder / "data")
    session = leader.demo()
    path = leader.share(folder / "good.mshop", session.id).path
    leader.close()
    with zipfile.ZipFile(path) as bundle:
        return {name: bundle.read(name) for name in bundle.namelist()}


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Laptop]:
    laptop = Laptop(tmp_path / "data")
    laptop.service.create("Ann", "Acme", "R1")  # something of ours to keep
    yield laptop
    laptop.close()


def make(path: Path, entries: Entries, *, extra: Callable[[zipfile.ZipFile], None] | None = None,
         compression: int = zipfile.ZIP_STORED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as bundle:
        for name, data in entries.items():
            bundle.writestr(name, data)
        if extra:
            extra(bundle)
    return path


def make_with_manifest_packed(path: Path, entries: Entries, method: int) -> Path:
    with zipfile.ZipFile(path, "w") as bundle:
        for name, data in entries.items():
            bundle.writestr(name, data, compress_type=method if name == "manifest.json"
                            else zipfile.ZIP_STORED)
    return path


def manifest_of(entries: Entries) -> dict[str, object]:
    return json.loads(entries["manifest.json"])  # type: ignore[no-any-return]


def with_manifest(entries: Entries, change: Callable[[dict[str, object]], None]) -> Entries:
    manifest = manifest_of(entries)
    change(manifest)
    return {**entries, "manifest.json": json.dumps(manifest).encode()}


def first_recording(entries: Entries) -> str:
    return next(n for n in entries if n.endswith(".wav"))


def listed_as(entries: Entries, name: str, new_name: str) -> Entries:
    """The bundle with one recording renamed, in the zip and in its manifest."""
    text = entries["manifest.json"].decode().replace(json.dumps(name)[1:-1],
                                                     json.dumps(new_name)[1:-1])
    renamed = {(new_name if n == name else n): d for n, d in entries.items()}
    renamed["manifest.json"] = text.encode()
    return renamed


def link_entry(name: str) -> Callable[[zipfile.ZipFile], None]:
    def add(bundle: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo(name)
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        bundle.writestr(info, "/etc/passwd")
    return add


def same_file_twice(manifest: dict[str, object]) -> None:
    steps = manifest["sessions"][0]["steps"]  # type: ignore[index]
    files = [r for s in steps for r in s["recordings"]]
    files[1]["file"] = files[0]["file"]


def set_points(manifest: dict[str, object]) -> None:
    manifest["sessions"][0]["steps"][1]["points"] = 42  # type: ignore[index]


def bad_feeling(manifest: dict[str, object]) -> None:
    manifest["sessions"][0]["steps"][1]["feeling_trace"][2] = [40, -11, 1.7e9]  # type: ignore[index]


def refuse(target: Laptop, bundle: Path, reason: str, tmp_path: Path,
           limits: Limits | None = None) -> None:
    before = target.snapshot()
    outside = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(BundleError, match=reason) as refused:
        target.receive(bundle, limits)
    message = str(refused.value)
    assert message.startswith(f"{bundle.name} was not imported: ")
    assert message.endswith("Nothing was changed.")
    assert target.snapshot() == before
    assert not list(target.data_dir.glob(".import-*"))
    assert sorted(p.name for p in tmp_path.iterdir()) == outside


CASES: dict[str, tuple[Callable[[Entries, Path], Path], str]] = {
    "absolute path": (lambda e, p: make(p, listed_as(e, first_recording(e), "/tmp/evil.wav")),
                      "is an absolute path"),
    "dot-dot": (lambda e, p: make(p, listed_as(e, first_recording(e), "../evil.wav")),
                r"points outside the bundle \('..'\)"),
    "dot-dot inside": (lambda e, p: make(p, listed_as(
        e, first_recording(e), "recordings/../../evil.wav")), "points outside the bundle"),
    "drive letter": (lambda e, p: make(p, listed_as(e, first_recording(e), "C:/evil.wav")),
                     "names a drive"),
    "windows path": (lambda e, p: make(p, {**e, "recordings\\..\\evil.wav": b"x"}),
                     "uses backslashes"),
    "link": (lambda e, p: make(p, e, extra=link_entry("recordings/a/link.wav")), "is a link"),
    "folder entry": (lambda e, p: make(p, {**e, "recordings/x/": b""}), "is a folder"),
    "unknown file": (lambda e, p: make(p, {**e, "run-me.sh": b"rm -rf ~"}),
                     "'run-me.sh', which is not part of a Mystery Shop bundle"),
    "checksum": (lambda e, p: make(p, {**e, first_recording(e): e[first_recording(e)][:-4]
                                       + b"\x01\x02\x03\x04"}),
                 "checksum of .* does not match"),
    "no manifest": (lambda e, p: make(p, {n: d for n, d in e.items() if n != "manifest.json"}),
                    "has no manifest.json: it is not a Mystery Shop bundle"),
    "a word document": (lambda e, p: make(p, {"[Content_Types].xml": b"<Types/>",
                                              "word/document.xml": b"<w:document/>"}),
                        r"it is not a Mystery Shop bundle \(another kind of zip file"),
    "unknown version": (lambda e, p: make(p, with_manifest(e, lambda m: m.update(version=99))),
                        "version 99"),
    "other format": (lambda e, p: make(p, with_manifest(e, lambda m: m.update(format="x"))),
                     "not a Mystery Shop bundle"),
    "manifest not json": (lambda e, p: make(p, {**e, "manifest.json": b"{nope"}),
                          "not valid JSON"),
    "points out of range": (lambda e, p: make(p, with_manifest(e, set_points)),
                            r"sessions\[0\]\.steps\[1\]\.points must be a whole number "
                            "from -10 to 10"),
    "live feeling out of range": (lambda e, p: make(p, with_manifest(e, bad_feeling)),
                                  r"sessions\[0\]\.steps\[1\]\.feeling_trace\[2\]\.points "
                                  "must be a whole number from -10 to 10"),
    "a target of 11": (lambda e, p: make(p, with_manifest(e, lambda m: m.update(targets=[
        {"round": "R", "key": "call", "points": 11, "edited_at": 1.8e9}]))),
        r"targets\[0\]\.points must be a whole number from -10 to 10"),
    "a target's key as a path": (lambda e, p: make(p, with_manifest(e, lambda m: m.update(
        targets=[{"round": "R", "key": "../x", "points": 1, "edited_at": 1.8e9}]))),
        r"targets\[0\]\.key must be letters, digits"),
    "one target twice": (lambda e, p: make(p, with_manifest(e, lambda m: m.update(targets=[
        {"round": "R", "key": "call", "points": 1, "edited_at": 1.8e9}] * 2))),
        "holds one touchpoint's target twice"),
    "a finding of 600 characters": (lambda e, p: make(p, with_manifest(e, lambda m: m.update(
        findings=[{"id": "f1", "round": "R", "text": "x" * 600, "created_at": 1.8e9,
                   "edited_at": 1.8e9}]))), r"findings\[0\]\.text must be a short statement"),
    "an action due on the 45th": (lambda e, p: make(p, with_manifest(e, lambda m: m.update(
        actions=[{"id": "a1", "text": "Fix it", "due": "2026-13-45", "created_at": 1.8e9,
                  "edited_at": 1.8e9}]))), r"actions\[0\]\.due must be a date"),
    "an action answering a path": (lambda e, p: make(p, with_manifest(e, lambda m: m.update(
        actions=[{"id": "a1", "text": "Fix it", "findings": ["../x"], "created_at": 1.8e9,
                  "edited_at": 1.8e9}]))), r"actions\[0\]\.findings must list finding ids"),
    "no customers a year": (lambda e, p: make(p, with_manifest(e, lambda m: m.update(reach=[
        {"round": "R", "key": "call", "customers": 0, "edited_at": 1.8e9}]))),
        r"reach\[0\]\.customers must be a whole number from 1"),
    "one file, two recordings": (lambda e, p: make(p, with_manifest(e, same_file_twice)),
                                 "give two recordings the same file"),
    "listed file missing": (lambda e, p: make(p, {n: d for n, d in e.items()
                                                  if n != first_recording(e)}),
                            "which the bundle does not hold"),
    "unlisted recording": (lambda e, p: make(p, {**e, "recordings/x/extra.wav": b"RIFF"}),
                           "which its manifest does not list"),
    "not a zip": (lambda e, p: (p.write_bytes(b"PK\x03\x04 but not really"), p)[1],
                  "not a zip file"),
    "nested 2,000 deep": (lambda e, p: make(p, {**e, "manifest.json": (
        b'{"format": "mysteryshop-bundle", "version": 1, "x": ' + b"[" * 2000
        + b"]" * 2000 + b"}")}), "nested too deeply"),
    "ids differing only in case": (lambda e, p: make(p, with_manifest(e, twin_in_upper_case)),
                                   "holds the same session twice"),
    "the year 1": (lambda e, p: make(p, with_manifest(e, session_set(
        started_at="0001-01-01T00:00:00+14:00"))), r"started_at must lie between the years"),
    "the year 9999": (lambda e, p: make(p, with_manifest(e, session_set(
        started_at="9999-12-31T23:59:59-12:00"))), r"started_at must lie between the years"),
    "a date without a time zone": (lambda e, p: make(p, with_manifest(e, session_set(
        started_at="2026-11-01T10:00:00"))), "started_at must give its time zone"),
    "an interval of 30 million years": (lambda e, p: make(p, with_manifest(e, step_set(
        intervals=[[0, 1e15]]))), r"intervals\[0\]\.started must be a number from"),
    "a marker 1e300 s into the call": (lambda e, p: make(p, with_manifest(e, step_set(
        markers=[{"kind": "ring", "offset_seconds": 1e300, "at": 1.8e9}]))),
        r"markers\[0\]\.offset_seconds must be a number from 0 to"),
    "a note offset of 1e300": (lambda e, p: make(p, with_manifest(e, step_set(
        review_notes=[{"offset_seconds": 1e300, "text": "x", "created_at": 1.8e9}]))),
        r"review_notes\[0\]\.offset_seconds must be a number"),
    "zip bomb": (lambda e, p: make(p, {**e, "recordings/x/bomb.wav": bytes(50 << 20)},
                                   compression=zipfile.ZIP_DEFLATED),
                 r"is compressed; a bundle stores its recordings as they are \(a zip bomb\?\)"),
    "bzip2 manifest": (lambda e, p: make_with_manifest_packed(p, e, zipfile.ZIP_BZIP2),
                       "is compressed in a way a bundle never is"),
    "an edit count of 1e30": (lambda e, p: make(p, with_manifest(e, session_set(
        versions={"0" * 32: 10**30}))), "versions must map database names to edit counts"),
    "a negative edit count": (lambda e, p: make(p, with_manifest(e, session_set(
        versions={"0" * 32: -1}))), "versions must map database names to edit counts"),
    "an edit count that is text": (lambda e, p: make(p, with_manifest(e, session_set(
        versions={"../../etc": 1}))), "versions must map database names to edit counts"),
}


def session_set(**values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda manifest: manifest["sessions"][0].update(values)


def step_set(**values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda manifest: manifest["sessions"][0]["steps"][1].update(values)


def twin_in_upper_case(manifest: dict[str, Any]) -> None:
    twin = json.loads(json.dumps(manifest["sessions"][0]))
    twin["id"] = twin["id"].upper()
    for step in twin["steps"]:
        step["recordings"] = []
    manifest["sessions"].append(twin)


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_bundle_is_refused_whole(case: str, good: Entries, target: Laptop,
                                           tmp_path: Path) -> None:
    build, reason = CASES[case]
    refuse(target, build(good, tmp_path / f"{case.replace(' ', '-')}.mshop"), reason, tmp_path)


def test_absurd_sizes_are_refused_before_anything_is_unpacked(
        good: Entries, target: Laptop, tmp_path: Path) -> None:
    bundle = make(tmp_path / "big.mshop", good)
    biggest = max(len(d) for n, d in good.items() if n.endswith(".wav"))
    refuse(target, bundle, r"claims \d+ MB", tmp_path, Limits(file_bytes=biggest - 1))
    refuse(target, bundle, r"unpacks to [\d.]+ GB", tmp_path,
           Limits(total_bytes=sum(len(d) for d in good.values()) - 1))
    refuse(target, bundle, "it has 4 entries", tmp_path, Limits(entries=3))


def test_the_good_bundle_itself_imports(good: Entries, target: Laptop, tmp_path: Path) -> None:
    """The cases above fail for the reason they name, not because the base is broken."""
    report = target.receive(make(tmp_path / "good.mshop", good))
    assert report.counts() == "1 added, 0 updated, 0 skipped"


def test_a_stamp_from_the_future_cannot_overwrite_the_leaders_work(
        good: Entries, target: Laptop, tmp_path: Path) -> None:
    """A copy claiming to be edited in 2036 is not 'newer work': ours stays, it is said,
    and a genuinely newer copy later still comes in."""
    assert target.receive(make(tmp_path / "good.mshop", good)).counts().startswith("1 added")
    session_id = str(manifest_of(good)["sessions"][0]["id"])  # type: ignore[index]
    before = target.session(session_id)

    def forge(manifest: dict[str, Any]) -> None:
        session = manifest["sessions"][0]
        session["edited_at"] = time.time() + 10 * 365 * 86400
        session["leader"] = "Mallory"
        session["steps"][0]["notes"] = "overwritten"

    report = target.receive(make(tmp_path / "forged.mshop", with_manifest(good, forge)))
    kept = target.session(session_id)
    assert (kept.leader, kept.step("website").notes) == (before.leader,
                                                         before.step("website").notes)
    line = report.lines()[0]
    assert "warning: its edit times lie in the future" in line
    assert "this computer's copy of the leader's work was kept" in line
    assert kept.edited_at is not None and kept.edited_at <= time.time()

    def genuinely_newer(manifest: dict[str, Any]) -> None:
        session = manifest["sessions"][0]
        session["edited_at"] = time.time()
        session["steps"][0]["notes"] = "the leader's real new notes"
        session["versions"] = {k: v + 1 for k, v in session["versions"].items()}  # an edit

    newer = target.receive(make(tmp_path / "newer.mshop", with_manifest(good, genuinely_newer)))
    assert newer.counts() == "0 added, 1 updated, 0 skipped"
    assert target.session(session_id).step("website").notes == "the leader's real new notes"


def lie_about_size(path: Path, name: str, declared: int) -> None:
    """Patch the zip's central directory so `name` claims `declared` bytes unpacked."""
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at != -1:
        length = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + length].decode() == name:
            data[at + 24:at + 28] = declared.to_bytes(4, "little")
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


READ_AND_MEASURE = """
import sys
from pathlib import Path
from mysteryshop.bundle.reader import read_bundle
from mysteryshop.errors import BundleError
try:
    read_bundle(Path(sys.argv[1]), Path(sys.argv[2]))
    print("accepted")
except BundleError as exc:
    print("refused:", exc)
# The peak of this process's own memory (ru_maxrss would keep the parent's from the fork).
hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(int(hwm.split()[1]) // 1024)
"""


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2])
def test_a_header_that_lies_about_its_size_keeps_memory_flat(good: Entries, tmp_path: Path,
                                                            method: int) -> None:
    """256 MiB of zeros packed into the manifest, declared as 500 bytes: a method we never
    write is refused unread; deflate is read a chunk at a time, never past the declared
    size. Either way the import is refused with little memory (peak < 150 MB)."""
    bomb = tmp_path / "liar.mshop"
    with zipfile.ZipFile(bomb, "w") as bundle:
        for name, data in good.items():
            if name != "manifest.json":
                bundle.writestr(name, data)
        info = zipfile.ZipInfo("manifest.json")
        info.compress_type = method
        with bundle.open(info, "w") as manifest:
            zeros = bytes(1 << 20)
            for _ in range(256):
                manifest.write(zeros)
    lie_about_size(bomb, "manifest.json", 500)
    staging = tmp_path / "staging"
    staging.mkdir()
    out = subprocess.run([sys.executable, "-c", READ_AND_MEASURE, str(bomb), str(staging)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    verdict, peak_mb = out.stdout.strip().splitlines()
    assert verdict.startswith("refused:"), out.stderr
    assert int(peak_mb) < 150, f"peak RSS {peak_mb} MB ({verdict})"
