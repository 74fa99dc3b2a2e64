"""Text anyone types or pastes reaches the workbook legal and whole, or says it was cut.

The database keeps exactly what was typed; only the workbook's copy is changed: Word's
line break becomes a line break, other control characters their Unicode pictures, and a
text longer than an Excel cell holds is cut with a word that says so.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from mysteryshop.export.sheets import CELL_LIMIT
from mysteryshop.model import AnswerValue, MarkerKind
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.exporting import ExportService
from tests.conftest import ROOT

CONTROLS = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]


def fill_every_field(services: AppServices, text: str) -> str:
    """One session with `text` in every field a person can type into."""
    sessions, review = services.sessions, services.review
    session = sessions.create(f"Ann{text}", f"Acme{text}", f"Round{text}",
                              website=f"acme.example/{text}", phone=f"555{text}")
    sessions.set_notes(session, "website", f"Pasted from Word{text}second line")
    sessions.set_answer(session, "website", "website-speaks-to-me", AnswerValue.NO,
                        f"comment{text}")
    marker = sessions.add_marker(session, "call", MarkerKind.NOTE)
    sessions.set_marker_text(session, "call", marker.id, f"marker{text}")
    sessions.set_surprised(session, f"surprised{text}")
    review.set_reviewer(session, f"Rae{text}")
    review.add_note(session, "call", 3.0, f"reviewer note{text}")
    return session.id


def test_every_control_character_in_every_field_exports(services: AppServices,
                                                        tmp_path: Path) -> None:
    ids = [fill_every_field(services, f"<{c}>") for c in CONTROLS]
    result = ExportService(services.folder).export(tmp_path / "all.xlsx")
    assert result.sessions == len(CONTROLS) == 29 and result.cut_cells == 0
    book = openpyxl.load_workbook(result.path)
    cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
             if c.value is not None]
    text = "\n".join(cells)
    assert "Pasted from Word<\n>second line" in text  # \v, Word's line break
    assert "Ann<␇>" in text and "Rae<␀>" in text and "reviewer note<␛>" in text
    assert "comment<␈>" in text and "marker<␟>" in text and "Round<␁>" in text
    # The database still holds what was typed.
    kept = services.library.get(ids[CONTROLS.index("\x0b")])
    assert kept.step("website").notes == "Pasted from Word<\x0b>second line"


def test_a_text_longer_than_a_cell_is_cut_with_a_word_and_reported(services: AppServices,
                                                                   tmp_path: Path) -> None:
    session = services.sessions.create("Ann", "Acme", "Round 1")
    long_note = "".join(f"{i:05d} " for i in range(10_000))  # 60,000 characters
    services.sessions.set_notes(session, "call", long_note)
    result = ExportService(services.folder).export(tmp_path / "long.xlsx")
    assert result.cut_cells == 1 and "1 text was longer than an Excel cell" in result.cut_words()
    steps = openpyxl.load_workbook(result.path)["Steps"]
    notes = next(c.value for row in steps.iter_rows(min_row=2) for c in row
                 if isinstance(c.value, str) and c.value.startswith("00000"))
    assert len(notes) == CELL_LIMIT
    assert notes.endswith("the text has 60,000 characters, more than an Excel cell holds; "
                          "the whole text is in the app]")
    assert services.library.get(session.id).step("call").notes == long_note
    cli = subprocess.run([sys.executable, "-m", "mysteryshop", "--data-dir",
                          str(services.folder.root), "export", str(tmp_path / "cli.xlsx")],
                         cwd=ROOT, capture_output=True, text=True)
    assert cli.returncode == 0 and "warning: 1 text was longer than an Excel cell" in cli.stderr


@pytest.mark.parametrize("half", ["\ud83d", "\udca9"])
def test_half_an_emoji_from_a_bad_paste_exports(services: AppServices, tmp_path: Path,
                                                half: str) -> None:
    session = services.sessions.create("Ann", "Acme", "Round 1")
    services.sessions.set_notes(session, "call", f"great{half}service")
    result = ExportService(services.folder).export(tmp_path / "half.xlsx")
    steps = openpyxl.load_workbook(result.path)["Steps"]
    assert any(c.value == "great\ufffdservice" for row in steps.iter_rows() for c in row)


def test_a_company_name_cannot_drive_the_terminal(services: AppServices,
                                                  tmp_path: Path) -> None:
    hostile = "Acme\x1b]0;pwned\x07\r\x1b[2Kok: all fine\x9b31m"
    session = services.sessions.create("Ann", hostile, "Round 1")
    root = str(services.folder.root)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "mysteryshop", "--data-dir", root, *args],
                              cwd=ROOT, capture_output=True, text=True)

    for args in (("list",), ("show", session.id[:8])):
        out = run(*args).stdout
        assert not any(c in out for c in "\x1b\x07\r\x9b"), args
        assert "Acme\\x1b]0;pwned" in out, args  # shown escaped (list cuts long names)
    shown = run("show", session.id[:8]).stdout
    assert "Acme\\x1b]0;pwned\\x07\\r\\x1b[2Kok: all fine\\x9b31m" in shown
    as_json = run("show", session.id, "--json")
    assert "\x9b" not in as_json.stdout
    assert json.loads(as_json.stdout)["company"] == hostile  # JSON keeps it exactly
    bundle = tmp_path / "x.mshop"
    assert run("bundle", "export", str(bundle), session.id).returncode == 0
    other = tmp_path / "other"
    imported = subprocess.run([sys.executable, "-m", "mysteryshop", "--data-dir", str(other),
                               "bundle", "import", str(bundle)], cwd=ROOT,
                              capture_output=True, text=True)
    assert imported.returncode == 0 and "\x1b" not in imported.stdout
    assert "Acme\\x1b" in imported.stdout
