"""The meeting workbook, opened again with openpyxl: sheets, types, formats, charts, safety."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from mysteryshop.errors import ExportCancelledError, ExportError
from mysteryshop.model import MarkerKind
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.exporting import ExportService
from mysteryshop.services.session_flow import SessionService
from mysteryshop.storage.repository import Repository
from tests.conftest import ROOT, small_disk
from tests.mysteryshop.export.conftest import HOSTILE


def export(data_dir: Path, out: Path, **kwargs: object) -> openpyxl.Workbook:
    ExportService(DataFolder(data_dir)).export(out, **kwargs)  # type: ignore[arg-type]
    return openpyxl.load_workbook(out)


def test_sheets_tables_and_row_counts(filled: Repository, data_dir: Path,
                                      tmp_path: Path) -> None:
    wb = export(data_dir, tmp_path / "meeting.xlsx")
    assert wb.sheetnames == ["Summary", "Participation", "Sessions", "Steps", "Answers",
                             "Timeline", "Meeting"]
    summary, sessions, steps, answers, timeline = (
        wb[n] for n in ("Summary", "Sessions", "Steps", "Answers", "Timeline"))
    assert summary.tables["Sessions"].ref == "A23:I26"  # below the first screen
    assert summary.tables["Touchpoints"].ref == "A29:H34"
    assert summary.tables["Rounds"].ref == "A37:G39"
    assert sessions.tables["SessionData"].ref == "A1:R4"  # 3 sessions
    assert steps.tables["Steps"].ref == "A1:AH16"  # 3 sessions × 5 steps
    demo_answers = sum(len(s.answers) for s in filled.load_sessions()[0].steps)
    assert answers.tables["Answers"].ref == f"A1:N{1 + 2 * demo_answers + 1}"
    demo_events = sum(len(s.markers) + len(s.feeling_trace)
                      for s in filled.load_sessions()[0].steps)
    assert timeline.tables["Timeline"].ref == f"A1:L{1 + 2 * demo_events + 1}"
    # Pivot-ready: every data sheet begins with the same keys, the step ones with the step.
    keys = ["Session id", "Date", "Round", "Leader", "Company"]
    assert [c.value for c in sessions[1]][:5] == keys
    for ws in (steps, answers, timeline):
        assert [c.value for c in ws[1]][:7] == [*keys, "#", "Touchpoint"]
    ids = {s.id for s in filled.load_sessions()}
    for ws in (sessions, steps, answers, timeline):
        assert {r[0].value for r in ws.iter_rows(min_row=2)} <= ids
        assert ws.freeze_panes == "A2"
        assert ws.column_dimensions["A"].width > 10
    style = steps.tables["Steps"].tableStyleInfo
    assert style.showRowStripes and steps.tables["Steps"].autoFilter.ref == "A1:AH16"


def test_sessions_sheet_holds_what_the_summary_leaves_out(filled: Repository, data_dir: Path,
                                                          tmp_path: Path) -> None:
    sessions = export(data_dir, tmp_path / "m.xlsx")["Sessions"]
    header = [c.value for c in sessions[1]]
    rows = [dict(zip(header, [c.value for c in r], strict=True))
            for r in sessions.iter_rows(min_row=2)]
    demo = next(r for r in rows if r["Status"] == "done")
    stored = next(s for s in filled.load_sessions() if s.id == demo["Session id"])
    assert demo["What surprised me"] == stored.surprised and stored.surprised
    assert demo["Website"] == (stored.website or None)
    assert isinstance(demo["Recording consent"], datetime)
    reviewed = [r for r in rows if r["Reviewer agreement (mean points apart)"] is not None]
    assert reviewed, "the session a reviewer rated shows how far apart they were"


def test_answers_score_the_same_way_whichever_way_a_question_is_asked(
        filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    """Yes/Partly/No score 1/0.5/0; where "Yes" is the bad answer ("Was most of the page
    about the company rather than about me?") the good score is the other way round; the
    answers come in the order they were asked."""
    answers = export(data_dir, tmp_path / "m.xlsx")["Answers"]
    header = [c.value for c in answers[1]]
    rows = [dict(zip(header, [c.value for c in r], strict=True))
            for r in answers.iter_rows(min_row=2)]
    for row in rows:
        if row["Answer"] in ("Yes", "Partly", "No"):
            assert row["Score (Yes = 1)"] == {"Yes": 1, "Partly": 0.5, "No": 0}[row["Answer"]]
            expected = row["Score (Yes = 1)"] if row["Yes is good"] == "yes" \
                else 1 - row["Score (Yes = 1)"]
            assert row["Good (1 = good)"] == expected
        elif row["Answer"] == "N.A.":
            assert row["Score (Yes = 1)"] is None and row["Good (1 = good)"] is None
    about_them = [r for r in rows if r["Question"].startswith("Was most of the page")]
    assert about_them and all(r["Yes is good"] == "no" for r in about_them)
    per_step: dict[tuple[str, int], list[int]] = {}
    for row in rows:
        per_step.setdefault((row["Session id"], row["#"]), []).append(row["Question #"])
    assert all(numbers == sorted(numbers) for numbers in per_step.values())


def test_values_are_typed_dates_durations_and_points(filled: Repository, data_dir: Path,
                                                     tmp_path: Path) -> None:
    steps = export(data_dir, tmp_path / "m.xlsx")["Steps"]
    call = next(r for r in steps.iter_rows(min_row=2) if r[6].value == "Call the business")
    values = {steps.cell(1, c.column).value: c for c in call}
    assert isinstance(values["Date"].value, datetime)
    assert values["Date"].number_format == "yyyy-mm-dd hh:mm"
    assert values["Duration"].value == timedelta(minutes=4, seconds=12)
    assert values["Duration"].number_format == "[h]:mm:ss"
    assert values["Time to answer"].value == timedelta(seconds=14)
    assert values["Hold time"].value == timedelta(minutes=1, seconds=2)
    assert (values["Predicted"].value, values["Felt"].value, values["Gap"].value) == (7, -3, -10)
    assert values["Rings"].value == 3 and values["Transfers"].value == 0
    assert values["Notes"].alignment.wrap_text


def test_points_carry_a_live_colour_blind_safe_scale(filled: Repository, data_dir: Path,
                                                     tmp_path: Path) -> None:
    """The app's red-brown-to-blue scale (ColorBrewer RdBu), not red-white-green."""
    steps = export(data_dir, tmp_path / "m.xlsx")["Steps"]
    ranges = {str(cf.sqref): cf.rules[0] for cf in steps.conditional_formatting}
    assert set(ranges) == {"H2:H16", "I2:I16", "J2:J16", "K2:K16", "L2:L16", "M2:M16",
                           "X2:X16", "Y2:Y16", "AB2:AB16"}
    scale = ranges["I2:I16"].colorScale
    assert [v.val for v in scale.cfvo] == [-10, 0, 10]
    assert [c.rgb[-6:] for c in scale.color] == ["EF8A62", "F7F7F7", "67A9CF"]
    # Every coloured cell shows its number.
    assert all(isinstance(r[8].value, int) for r in steps.iter_rows(min_row=2)
               if r[8].value is not None)


def test_the_first_screen_holds_the_headline_and_the_emotion_curve(
        filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    """At 100 % on a 1366x768 laptop Excel shows about columns A-J and rows 1-25: the
    headline figures and the round's emotion curve are there, the tables below."""
    summary = export(data_dir, tmp_path / "m.xlsx")["Summary"]
    figures = {summary.cell(r, 1).value: summary.cell(r, 2).value for r in range(4, 9)}
    assert figures["Sessions"] == 3
    assert figures["Say it builds trust"].startswith("0 of 2")  # two erode
    assert isinstance(figures["Mean felt"], float)
    assert isinstance(figures["Mean gap"], float)
    assert figures["Lowest touchpoint"] and "(" in figures["Lowest touchpoint"]
    # Each label fits column A in bold (its figure in B would cut it off).
    assert all(len(label) <= 0.85 * summary.column_dimensions["A"].width for label in figures)
    curve = summary._charts[0]
    assert type(curve).__name__ == "LineChart" and "Emotion curve" in str(
        curve.title.tx.rich.p[0].r[0].t)
    anchor = curve.anchor._from
    assert anchor.row <= 5 and anchor.col <= 3  # in the first screen
    assert len(curve.series) == 3  # predicted, felt and the reviewer's view
    assert summary.row_dimensions[1].height >= 24  # the title is not clipped
    one_round = export(data_dir, tmp_path / "r1.xlsx", round_label="Round 1 — demo")
    assert [type(c).__name__ for c in one_round["Summary"]._charts] == ["LineChart"]


def test_summary_and_touchpoint_figures(filled: Repository, data_dir: Path,
                                        tmp_path: Path) -> None:
    summary = export(data_dir, tmp_path / "m.xlsx")["Summary"]
    header = [c.value for c in summary[23]]
    first = dict(zip(header, [c.value for c in summary[24]], strict=True))
    assert first["Felt"] == -10 and first["Predicted"] == 30 and first["Gap"] == -40
    assert first["Verdict"] == "erodes trust" and "Recordings" not in first  # (Sessions sheet)
    assert first["Total time"] == timedelta(minutes=30, seconds=27)
    website = [c.value for c in summary[30]]
    assert website[:7] == ["Check out the website", 3, 3.67, 2, 7, 5.67, -2.0]


def test_recordings_travel_beside_the_workbook_or_are_not_linked(
        filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    """A link must open on the meeting's laptop: with the recordings copied beside the
    workbook every link reaches its copy (relative, so the folder moves whole); without,
    no cell links to a file that is not there."""
    meeting = tmp_path / "meeting laptop"
    meeting.mkdir()
    out = meeting / "pack.xlsx"
    ExportService(DataFolder(data_dir)).export(out, with_recordings=True)
    steps = openpyxl.load_workbook(out)["Steps"]
    links = [r[26].hyperlink.target for r in steps.iter_rows(min_row=2) if r[26].hyperlink]
    assert len(links) == 6  # two demo sessions × three recorded calls
    for link in links:
        assert link.startswith("pack recordings/") and not os.path.isabs(link)
        assert (meeting / link).is_file()
    moved = tmp_path / "moved"
    meeting.rename(moved)  # copied to another laptop, folder and all
    assert all((moved / link).is_file() for link in links)

    plain = export(data_dir, tmp_path / "plain.xlsx")["Steps"]
    cells = [r[26] for r in plain.iter_rows(min_row=2) if r[26].value]
    assert len(cells) == 6 and not any(c.hyperlink for c in cells)
    assert all("not in this export" in c.value for c in cells)


def test_typed_text_stays_text_and_never_runs(filled: Repository, data_dir: Path,
                                              tmp_path: Path) -> None:
    wb = export(data_dir, tmp_path / "m.xlsx")
    cells = [c for ws in wb for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.value in HOSTILE]
    assert {c.value for c in cells} == set(HOSTILE)
    assert all(c.data_type == "s" for c in cells)
    with_formulas = openpyxl.load_workbook(tmp_path / "m.xlsx", data_only=False)
    assert not any(c.data_type == "f" for ws in with_formulas for row in ws.iter_rows()
                   for c in row)


def test_meeting_sheet_has_the_four_questions_and_the_worst_touchpoints(
    filled: Repository, data_dir: Path, tmp_path: Path
) -> None:
    meeting = export(data_dir, tmp_path / "m.xlsx")["Meeting"]
    text = [c.value for row in meeting.iter_rows() for c in row if c.value]
    for question in ("What do we do well?", "What could be improved?",
                     "What does the competition do differently — and is that good or bad?",
                     "What must we continue, or start?"):
        assert question in text
    lowest = text.index("Start with: the lowest felt touchpoints")
    assert text[lowest + 3] == "Ask to speak to a leader"  # mean felt -8, the lowest


def test_meeting_sheet_prints_on_one_page_with_one_box_per_question(
    filled: Repository, data_dir: Path, tmp_path: Path
) -> None:
    meeting = export(data_dir, tmp_path / "m.xlsx")["Meeting"]
    assert meeting.page_setup.fitToHeight == 1 and meeting.sheet_properties.pageSetUpPr.fitToPage
    question = next(c.row for c in meeting["A"] if c.value == "What do we do well?")
    box = [[meeting.cell(row, column).border for column in (1, 2, 3)]
           for row in range(question + 1, question + 6)]
    inner = box[2][1]
    assert not any((inner.left.style, inner.right.style, inner.top.style, inner.bottom.style))
    assert all(row[0].left.style and row[2].right.style for row in box)
    assert all(b.top.style for b in box[0]) and all(b.bottom.style for b in box[-1])
    assert not any(b.right.style for row in box for b in row[:2])  # no line between columns


def test_properties_are_set(filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    wb = export(data_dir, tmp_path / "m.xlsx")
    assert wb.properties.title == "Mystery Shop — customer experience"
    assert wb.properties.creator
    assert abs((datetime.now() - wb.properties.created).total_seconds()) < 120


def test_selected_sessions_only(filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    first = filled.list_sessions()[-1].id
    steps = export(data_dir, tmp_path / "m.xlsx", session_ids=[first[:8]])["Steps"]
    assert steps.tables["Steps"].ref == "A1:AH6"


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """Read-only for real: a read-only mount as root (who may write anywhere), else 0500."""
    folder = tmp_path / "locked"
    if os.geteuid() == 0:
        with small_disk(folder, "64k", read_only=True):
            yield folder
    else:
        folder.mkdir()
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)


def test_a_read_only_folder_is_a_clear_error_and_leaves_nothing(
    filled: Repository, data_dir: Path, read_only_folder: Path
) -> None:
    with pytest.raises(ExportError, match="read-only"):
        ExportService(DataFolder(data_dir)).export(read_only_folder / "m.xlsx")
    assert list(read_only_folder.iterdir()) == []


def test_a_full_disk_is_a_clear_error_and_the_old_file_stays(
    filled: Repository, data_dir: Path, tmp_path: Path
) -> None:
    with small_disk(tmp_path / "tiny", "24k") as folder:
        old = folder / "m.xlsx"
        old.write_bytes(b"last week's workbook")
        with pytest.raises(ExportError, match="disk is full"):
            ExportService(DataFolder(data_dir)).export(old)
        assert old.read_bytes() == b"last week's workbook"
        assert [p.name for p in folder.iterdir()] == ["m.xlsx"]


def test_cancelling_writes_nothing(filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelledError):
        ExportService(DataFolder(data_dir)).export(
            tmp_path / "m.xlsx", progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 1)
    assert seen == [(0, 3)]
    assert list(tmp_path.glob("*.xlsx*")) == [] and list(tmp_path.glob(".m-*")) == []


def test_cli_export_by_round(filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "round2.xlsx"
    result = subprocess.run(
        [sys.executable, "-m", "mysteryshop", "--data-dir", str(data_dir), "export", str(out),
         "--round", "Round 2"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out} (1 session)."
    assert openpyxl.load_workbook(out)["Steps"].tables["Steps"].ref == "A1:AH6"
    nothing = subprocess.run(
        [sys.executable, "-m", "mysteryshop", "--data-dir", str(data_dir), "export",
         str(tmp_path / "none.xlsx"), "--round", "Round 9"], cwd=ROOT, capture_output=True,
        text=True)
    assert nothing.returncode == 1
    assert nothing.stderr.strip() == ("mysteryshop: There is no round 'Round 9'. Rounds here: "
                                      "'Round 2', 'Round 1 — demo'.")
    assert not (tmp_path / "none.xlsx").exists()


@pytest.mark.libreoffice
def test_libreoffice_opens_and_renders_the_workbook(filled: Repository, data_dir: Path,
                                                    tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice or pdftotext is not installed (.ci/run installs them)")
    export(data_dir, tmp_path / "meeting.xlsx")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(tmp_path / "meeting.xlsx")], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", str(tmp_path / "meeting.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Mystery Shop — how our customers felt" in text
    assert "Call the business" in text and "What do we do well?" in text
    assert HOSTILE[1] in text  # typed text rendered as typed


@pytest.mark.libreoffice
def test_printed_pages_are_legible_and_leave_no_rows_alone(tmp_path: Path) -> None:
    """40 sessions rendered by LibreOffice: every page of a data sheet holds at least three
    rows, the wide Steps sheet prints its session ids on each page across, and the
    Summary's first page keeps its emotion curve and the first rows of its table."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice or pdftotext is not installed (.ci/run installs them)")
    data = tmp_path / "data"
    data.mkdir()
    repository = Repository.open(data / "mysteryshop.db")
    service = SessionService(repository)
    for i in range(40):
        session = service.create(f"Leader {i}", f"Branch {i}", f"Round {i % 2 + 1}")
        for step, points in zip(session.steps, (3, -2, 5, -6, -8), strict=True):
            service.set_points(session, step.key, points)
            service.set_notes(session, step.key, "Felt rushed, and nobody asked my name. "
                              * (i % 4))
        for kind in (MarkerKind.RING, MarkerKind.ANSWERED, MarkerKind.ON_HOLD):
            service.add_marker(session, "call", kind)
    repository.close()
    steps = export(data, tmp_path / "m.xlsx")["Steps"]
    across, bands = len(steps.col_breaks.brk) + 1, len(steps.row_breaks.brk) + 1
    assert across >= 2
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "m.xlsx")],
                   check=True, capture_output=True, timeout=300)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "m.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    ids = re.compile(r"^\s*[0-9a-f]{10,}", re.MULTILINE)  # (cut where its column ends)
    sheets: dict[str, int] = {}
    for page in pages:
        sheet = page.split()[0]
        sheets[sheet] = sheets.get(sheet, 0) + 1
        if sheet in ("Steps", "Timeline", "Sessions"):
            rows = len(ids.findall(page))
            assert rows >= 3, f"a page of {sheet} holds {rows} rows"
    first = pages[0]
    assert "Emotion curve" in first and first.count("Round 1") + first.count("Round 2") >= 3
    # Each band of rows prints across pages (LibreOffice leaves out a page with no text).
    assert 2 * bands <= sheets["Steps"] <= across * bands
    assert sheets["Meeting"] == 1


def test_every_sheet_prints_with_titles_footer_and_rows_tall_enough(
        filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    """On paper: the header row repeats on every page of a data sheet; every page says
    which page of how many, and that it is confidential; a wrapped note's row is as tall
    as its lines (a printed row does not grow by itself and would print over the next)."""
    wb = export(data_dir, tmp_path / "m.xlsx")
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.oddFooter.center.text == "Page &P of &N", ws.title
        assert "Confidential" in (ws.oddFooter.right.text or ""), ws.title
        assert ws.oddHeader.left.text == "&A", ws.title
    for name in ("Sessions", "Steps", "Answers", "Timeline"):
        assert wb[name].print_title_rows == "$1:$1", name
    for ws in wb.worksheets[:-1]:  # all but the Meeting sheet: our scale and breaks
        assert not ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert 65 <= ws.page_setup.scale <= 100, ws.title
    assert wb["Steps"].print_title_cols == "$A:$A"  # the session id on every page across
    assert wb["Steps"].col_breaks.brk, "25 columns do not fit one legible page"
    steps = wb["Steps"]
    notes_column = next(c.column for c in steps[1] if c.value == "Notes")
    width = steps.column_dimensions[steps.cell(1, notes_column).column_letter].width
    checked = 0
    for row in steps.iter_rows(min_row=2):
        text = row[notes_column - 1].value
        if isinstance(text, str) and len(text) > width:
            height = steps.row_dimensions[row[0].row].height
            assert height is not None and height >= 15 * (len(text) // width), row[0].row
            checked += 1
    assert checked, "the demo has notes longer than a line"
    assert steps[1][0].alignment.wrap_text  # headers wrap instead of being cut


def test_a_batch_at_a_time_writes_the_same_workbook(filled: Repository, data_dir: Path,
                                                    tmp_path: Path) -> None:
    """The export holds one batch of sessions at a time (memory flat in their number):
    one session per batch or all in one, the workbook says the same."""
    from mysteryshop.export.workbook import write_workbook
    from mysteryshop.services.exporting import SessionBatches

    folder = DataFolder(data_dir)
    single, whole = SessionBatches(folder, size=1), SessionBatches(folder, size=100)
    assert [len(batch) for batch in single] == [1, 1, 1]
    assert [s.id for batch in single for s in batch] == [s.id for s in next(iter(whole))]
    now = datetime.now().timestamp()
    values = []
    for name, batches in (("single", single), ("whole", whole)):
        write_workbook(iter(batches), tmp_path / f"{name}.xlsx", data_dir, total=len(batches),
                       now=now)
        wb = openpyxl.load_workbook(tmp_path / f"{name}.xlsx")
        values.append({ws.title: [[c.value for c in row] for row in ws.iter_rows()]
                       for ws in wb})
    assert values[0] == values[1]
    assert len(values[0]["Steps"]) == 16


def test_the_live_feeling_is_on_the_timeline_and_each_call_names_its_lowest_moment(
        filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    wb = export(data_dir, tmp_path / "m.xlsx")
    timeline, steps = wb["Timeline"], wb["Steps"]
    head = [c.value for c in timeline[1]]
    rows = [dict(zip(head, (c.value for c in r), strict=True))
            for r in timeline.iter_rows(min_row=2)]
    felt = [(r["Offset"], r["Live feeling"]) for r in rows
            if r["Event"] == "Live feeling" and r["Touchpoint"] == "Call the business"]
    demo = filled.load_sessions()[0].step("call").feeling_trace
    assert len(felt) == 2 * len(demo)  # the two demo sessions
    assert [p for _, p in felt[:len(demo)]] == [c.points for c in demo]
    offsets = [r["Offset"] for r in rows[:40] if r["Touchpoint"] == "Call the business"]
    assert offsets == sorted(offsets)  # changes in time order among the markers
    head = [c.value for c in steps[1]]
    calls = [dict(zip(head, (c.value for c in r), strict=True))
             for r in steps.iter_rows(min_row=2)]
    problem = next(r for r in calls if r["Touchpoint"].startswith("Call with a problem"))
    assert problem["Lowest live feeling"] == -9
    assert problem["What was happening then"] == "On hold at 2:30 (-9 at 3:50)"
    website = next(r for r in calls if r["Touchpoint"] == "Check out the website")
    assert website["Lowest live feeling"] is None and website["What was happening then"] is None
