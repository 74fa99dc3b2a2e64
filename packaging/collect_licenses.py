"""Gather the licence texts of everything the app ships into resources/licenses/.

Run: `.venv/bin/python packaging/collect_licenses.py resources/licenses` after a change
of dependencies (the files it makes are committed, and shown from Help › About ›
Licences). Python packages bring their own licence files (found through their
metadata, following the app's dependencies); the native libraries that come with them
(Qt, its FFmpeg, PortAudio, libsndfile) and Python itself are added by name, their texts
taken from this machine (Debian's common-licenses, the installed libraries' own files).
"""

from __future__ import annotations

import re
import shutil
import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

LICENSE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)[^/]*$", re.IGNORECASE)
COMMON = Path("/usr/share/common-licenses")
NOT_SHIPPED = {"mysteryshop", "pip", "setuptools"}

# Native parts with no Python metadata of their own: (name, licence, where its source is,
# text files to ship, from where).
NATIVE = [
    ("Qt 6 (through PySide6 and Shiboken6)", "LGPL-3.0-only",
     "https://code.qt.io",
     [("LGPL-3.0.txt", COMMON / "LGPL-3"), ("GPL-3.0.txt", COMMON / "GPL-3")]),
    ("FFmpeg (Qt Multimedia's media backend)", "LGPL-2.1-or-later",
     "https://ffmpeg.org/download.html", [("LGPL-2.1.txt", COMMON / "LGPL-2.1")]),
    ("PortAudio (through sounddevice)", "MIT", "https://www.portaudio.com",
     [("PortAudio.txt", Path("/usr/share/doc/libportaudio2/copyright"))]),
    ("libsndfile (through soundfile)", "LGPL-2.1-or-later", "https://libsndfile.github.io",
     [("LGPL-2.1.txt", COMMON / "LGPL-2.1")]),
    ("Python", "PSF-2.0", "https://www.python.org",
     [("Python.txt", Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}."
       f"{sys.version_info.minor}" / "LICENSE.txt")]),
]


def dependencies(root: str) -> list[str]:
    """Every distribution `root` needs at run time, `root` left out."""
    seen: dict[str, str] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        seen[key] = dist.metadata["Name"]
        for requirement in dist.requires or []:
            if "extra ==" not in requirement:
                todo.append(re.split(r"[ ;<>=!\[(~]", requirement)[0])
    return sorted(v for k, v in seen.items() if k not in NOT_SHIPPED)


def main() -> None:
    out = Path(sys.argv[1])
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    lines = ["Mystery Shop ships these components. Each keeps its own licence; the full",
             "texts are in this folder. The LGPL libraries (Qt, FFmpeg, libsndfile) stay",
             "separate shared libraries in the app's folder, so they can be replaced by",
             "other builds of the same version; their sources are where each entry says.",
             ""]
    for name, licence, source, texts in NATIVE:
        for file_name, origin in texts:
            shutil.copyfile(origin, out / file_name)
        files = ", ".join(f for f, _ in texts)
        lines.append(f"{name} — {licence} — source: {source} — text: {files}")
    for name in dependencies("mysteryshop"):
        dist = distribution(name)
        meta = dist.metadata
        licence = (meta["License-Expression"] or meta["License"] or "see its text"
                   ).splitlines()[0]
        copied = []
        for file in dist.files or []:
            if LICENSE_FILE.search(str(file)) and (path := Path(str(file.locate()))).is_file():
                # Named by its whole path: numpy alone ships five files called LICENSE.md.
                inside = re.sub(r"^[^/]*\.dist-info/(licenses/)?", "", str(file))
                target = f"{name}-{inside.replace('/', '_')}"
                shutil.copyfile(path, out / target)
                copied.append(target)
        copied = list(dict.fromkeys(copied))  # a file listed in two places, once
        if not copied and "LGPL-3.0" in licence:  # PySide6 and Shiboken6: Qt's texts
            copied = ["LGPL-3.0.txt", "GPL-3.0.txt"]
        home = meta["Home-page"] or next(
            (u.split(", ", 1)[1] for u in meta.get_all("Project-URL") or [] if ", " in u), "")
        lines.append(f"{name} {dist.version} — {licence} — source: {home or 'PyPI'} — "
                     f"text: {', '.join(copied) or 'the licence named (no file shipped)'}")
    (out / "NOTICE.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
