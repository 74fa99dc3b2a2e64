"""The PDF meeting pack, read back the way a reader meets it: poppler's text and fonts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mysteryshop.errors import ExportCancelledError, ExportError
from mysteryshop.export.dataset import step_title
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.exporting import ExportService
from mysteryshop.services.session_flow import SessionService
from mysteryshop.storage.repository import Repository
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext, pdffonts) is not installed")


def pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")[:-1]


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                         check=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in
                                              out.splitlines() if ":" in line)}


def fonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                         check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_pack_holds_the_round_each_session_and_the_questions(
    filled: Repository, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    result = ExportService(DataFolder(data_dir)).report(out)
    sessions = filled.load_sessions()
    text = pages(out)
    assert result.pages == len(text) == 1 + len(sessions) + 1
    assert "the round at a glance" in text[0]
    assert "Lowest felt touchpoints" in text[0] and "Largest perception gaps" in text[0]
    assert "builds trust" in flat(text[0])
    for page in text:
        assert re.search(rf"Page \d+ of {len(text)}", page)
        assert "Confidential — contains customer call data" in page
    by_company = sorted(sessions, key=lambda s: (s.round, s.started_at))
    for page, session in zip(text[1:-1], by_company, strict=True):
        assert flat(session.company)[:30] in flat(page)
        for step in session.steps:
            assert flat(step_title(step))[:30] in flat(page)  # (a long title wraps)
        if session.surprised:
            assert flat(session.surprised) in flat(page)
        if any(step.feeling_trace for step in session.steps):  # each call's lowest moment
            assert "The live feeling through each call" in page
            assert "Lowest: On hold at 2:30 (-9 at" in flat(page)
    assert "What do we do well?" in text[-1] and "What must we continue, or start?" in text[-1]
    meta = info(out)
    assert meta["Page size"].startswith("841.89 x 595.2")  # A4 landscape
    assert meta["Title"].startswith("Meeting pack")
    assert all(row[-5] == "yes" for row in fonts(out)), "every font embedded"


def test_letter_paper_and_the_command_line(filled: Repository, data_dir: Path,
                                           tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "mysteryshop", "--data-dir", str(data_dir), "report",
         str(tmp_path / "pack"), "--round", "Round 2", "--paper", "letter"],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert re.fullmatch(r"Wrote .*pack\.pdf \(1 session, 3 pages\)\.\n", run.stdout)
    assert info(tmp_path / "pack.pdf")["Page size"] == "792 x 612 pts (letter)"
    missing = subprocess.run(
        [sys.executable, "-m", "mysteryshop", "--data-dir", str(data_dir), "report",
         str(tmp_path / "x.pdf"), "--round", "Round 9"],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert missing.returncode != 0 and "There is no round 'Round 9'" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_typed_text_prints_as_typed_and_long_notes_flow_on(
    repository: Repository, tmp_path: Path
) -> None:
    """Markup characters, control characters and a script Vera cannot draw; a note of
    many pages is printed whole, not cut at the page's end."""
    service = SessionService(repository)
    session = service.create("Жанна <b>Петрова</b> & Co", "Ünïcode\x0b GmbH", "R1")
    long_note = " ".join(f"word{i}" for i in range(6000)) + " THE-END"
    service.set_notes(session, "website", long_note)
    service.set_notes(session, "call", "Line one\nline two\n\nA second paragraph <i>x</i>")
    service.set_points(session, "call", -4)
    out = tmp_path / "hostile.pdf"
    result = ExportService(DataFolder(repository.path.parent)).report(out)
    printed = pages(out)
    text = flat("".join(printed))
    heading = next(page for page in printed if "The leader's notes" in page)
    assert "Check out the website: word0 word1" in flat(heading), "no heading left alone"
    assert "Жанна <b>Петрова</b> & Co" in text
    assert "Ünïcode GmbH" in text
    assert "word5999 THE-END" in text and "word3000" in text
    assert "A second paragraph <i>x</i>" in text
    assert result.pages > 4  # the note needed pages of its own
    assert all(row[-5] == "yes" for row in fonts(out))


def test_no_sessions_a_missing_folder_and_a_cancel_leave_no_file(
    filled: Repository, data_dir: Path, tmp_path: Path
) -> None:
    service = ExportService(DataFolder(data_dir))
    with pytest.raises(ExportError, match="does not exist"):
        service.report(tmp_path / "nowhere" / "p.pdf")
    seen: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelledError):
        service.report(tmp_path / "p.pdf", progress=lambda d, t: seen.append((d, t)),
                       cancelled=lambda: len(seen) >= 1)
    assert seen == [(1, 3)]
    assert list(tmp_path.iterdir()) == [data_dir]
    empty = tmp_path / "empty"
    empty.mkdir()
    Repository.open(empty / "mysteryshop.db").close()
    with pytest.raises(ExportError, match="no sessions"):
        ExportService(DataFolder(empty)).report(tmp_path / "p.pdf")


def test_each_session_page_gives_the_target_and_the_gap_to_it(
        filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    from mysteryshop.services.round_plan import RoundPlan

    demo = filled.load_sessions()[0]
    RoundPlan(filled).set_target(demo.round, "call", 6)
    out = tmp_path / "pack.pdf"
    result = ExportService(DataFolder(data_dir)).report(out, round_label=demo.round)
    text = pages(out)
    assert result.pages == len(text) == 4  # overview, two sessions, questions: one page each
    page = text[1]
    assert "Target" in page and "Felt −" in page
    felt = demo.step("call").points
    assert felt is not None
    call = next(line for line in page.splitlines()
                if re.match(r"\s*2\s+Call the business", line))  # the table's row
    assert re.search(rf"{felt:+d}\s.*\+6\s+{felt - 6:+d}\s", call), call


def test_findings_and_actions_have_a_page_before_the_questions(
        filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    import time
    from datetime import date

    from mysteryshop.loop import CoreFactor, Severity
    from mysteryshop.model import Verdict
    from mysteryshop.services.loop import LoopService

    loop = LoopService(filled, time.time)
    demo = filled.load_sessions()[0]
    hold = loop.add_finding(demo.round, "Put on hold without asking", touchpoint="call",
                            factor=CoreFactor.PROCESS, trust=Verdict.ERODES,
                            severity=Severity.HIGH)
    loop.add_action("Ask before holding; train the team", (hold.id,), owner="Ben Okafor",
                    due=date(2020, 1, 31))
    out = tmp_path / "pack.pdf"
    result = ExportService(DataFolder(data_dir)).report(out, round_label=demo.round)
    text = pages(out)
    assert result.pages == len(text) == 5  # overview, two sessions, this page, questions
    page = flat(text[3])
    assert "What we found, and what we will change" in page
    assert "Put on hold without asking" in page and "Process" in page
    assert "erodes trust" in page and "High" in page
    assert "Ask before holding; train the team" in page and "Ben Okafor" in page
    assert "2020-01-31 (overdue)" in page and "Open" in page and "Permanent fix" in page
    assert "What do we do well?" in text[4]


def test_the_perception_check_has_a_page_with_the_shares_and_themes(
        filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    import time

    from mysteryshop.perception import Group, PerceptionPoint, Question
    from mysteryshop.services.perception import PerceptionService

    perception = PerceptionService(filled, time.time)
    demo = filled.load_sessions()[0]

    def hold() -> list[PerceptionPoint]:
        return [PerceptionPoint("", Question.IMPROVE, "Hold", theme="Waiting on hold")]

    perception.add_response(demo.round, Group.LEADERSHIP, overall=8, excellent=True,
                            ratings={"call": 9}, points=hold())
    for excellent in (True, False, False, False):
        perception.add_response(demo.round, Group.CUSTOMERS, overall=-3, excellent=excellent,
                                ratings={"call": -6}, points=hold())
    out = tmp_path / "pack.pdf"
    result = ExportService(DataFolder(data_dir)).report(out, round_label=demo.round)
    text = pages(out)
    assert result.pages == len(text) == 5  # overview, two sessions, this page, questions
    page = flat(text[3])
    assert "What leadership, staff and customers say" in page
    assert "Leadership 100% (1 of 1) · Customers 25% (1 of 4)" in page
    assert "Overall +8.0 – -3.0 – -11.0" in page
    assert "Call" in page and "-6.0" in page
    assert "Waiting on hold" in page and "every group: they agree" in page
    assert "What do we do well?" in text[4]


def test_each_session_page_sums_up_its_recordings_consent_redactions_and_deletion(
        filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    session = filled.load_sessions()[0]
    recordings = [r for s in session.steps for r in s.recordings]
    assert len(recordings) == 3
    filled.conn.execute("UPDATE recordings SET consent_at = ? WHERE id = ?",
                        (1767261600.0, recordings[0].id))
    for at in (100.0, 130.0):
        filled.add_redaction(recordings[0], at, at + 2.5, "bleep", "Kartennummer", "Rae",
                             1767265200.0)
    filled.add_redaction(recordings[1], 10.0, 12.0, "silence", "", "", 1767265200.0)
    filled.update_recording(recordings[2].id, deleted_at=1767351600.0)
    out = tmp_path / "pack.pdf"
    ExportService(DataFolder(data_dir)).report(out, session_ids=[session.id])
    text = pages(out)
    assert len(text) == 3  # still one page for the session
    assert ("3 recordings · consent confirmed for 1 of 3 · 3 stretches redacted "
            "(Kartennummer) · audio of 1 deleted") in flat(text[1])
    other = filled.load_sessions()[1]  # recorded before consent was asked per call
    ExportService(DataFolder(data_dir)).report(out, session_ids=[other.id])
    assert "3 recordings · consent confirmed for the session" in flat(pages(out)[1])
    assert "redacted" not in flat(pages(out)[1])
