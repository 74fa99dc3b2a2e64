"""The command line: demo, list, show, and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mysteryshop.cli import main
from tests.conftest import ROOT


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mysteryshop", "--data-dir", str(data_dir), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )


def test_demo_then_list_and_show_as_json(data_dir: Path) -> None:
    assert run(data_dir, "demo").returncode == 0
    listed = run(data_dir, "list", "--json")
    assert listed.returncode == 0
    sessions = json.loads(listed.stdout)
    assert len(sessions) == 1
    shown = run(data_dir, "show", sessions[0]["id"][:8], "--json")
    assert shown.returncode == 0, shown.stderr
    session = json.loads(shown.stdout)
    for field in ("id", "leader", "company", "round", "started_at", "finished_at", "status",
                  "verdict", "steps"):
        assert field in session
    assert session["status"] == "done" and session["demo"] is True and sessions[0]["demo"]
    assert session["verdict"] in ("builds", "erodes")
    assert [s["key"] for s in session["steps"]] == ["website", "call", "buy", "problem",
                                                     "leader"]
    for step in session["steps"]:
        assert -10 <= step["predicted_points"] <= 10
        assert -10 <= step["points"] <= 10
        assert step["elapsed_seconds"] > 0
        assert step["notes"]
        assert step["answers"]
    call = session["steps"][1]
    assert {"offset_seconds", "kind"} <= set(call["markers"][0])
    assert call["measures"]["rings"] == 3
    assert call["measures"]["answer_seconds"] == 14
    assert call["feeling_trace"][:3] == [[10.0, -1], [16.0, 1], [42.0, -1]]
    assert call["feeling_trace"][-1][1] == call["points"]  # the demo's rating is where it ended
    assert session["steps"][0]["feeling_trace"] == []


def test_list_prints_a_table_newest_first(data_dir: Path, capsys: pytest.CaptureFixture[str]
                                           ) -> None:
    assert main(["--data-dir", str(data_dir), "list"]) == 0
    assert "No sessions yet" in capsys.readouterr().out
    main(["--data-dir", str(data_dir), "demo"])
    main(["--data-dir", str(data_dir), "demo"])
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["ID", "DATE", "LEADER"]
    assert len(lines) == 3 and "Acme North" in lines[1]


def test_show_in_words(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--data-dir", str(data_dir), "demo"])
    session_id = capsys.readouterr().out.split()[3]
    assert main(["--data-dir", str(data_dir), "show", session_id]) == 0
    out = capsys.readouterr().out
    assert "2. Call the business" in out and "Answered" in out and "erodes trust" in out
    assert "(demo)" in out.splitlines()[0]
    # The guided answers, in words (they were left out).
    assert sum(line.startswith("   Q: ") for line in out.splitlines()) >= 10


def test_the_demo_stays_out_of_a_whole_export_and_goes_in_one_action(
        data_dir: Path, tmp_path: Path) -> None:
    assert run(data_dir, "demo").returncode == 0
    nothing = run(data_dir, "export", str(tmp_path / "all.xlsx"))
    assert nothing.returncode == 1 and "no sessions to export" in nothing.stderr
    asked = run(data_dir, "export", str(tmp_path / "all.xlsx"), "--include-demo")
    assert asked.returncode == 0 and "(1 session)" in asked.stdout
    assert "--include-demo" in run(data_dir, "export", "--help").stdout
    gone = run(data_dir, "delete", "--demo")
    assert gone.returncode == 0 and gone.stdout.startswith("deleted: ")
    assert json.loads(run(data_dir, "list", "--json").stdout) == []
    again = run(data_dir, "delete", "--demo")
    assert again.returncode == 0 and again.stdout == "No demo sessions to delete.\n"
    assert run(data_dir, "delete").returncode == 2


def test_help_sentences_are_whole() -> None:
    out = subprocess.run([sys.executable, "-m", "mysteryshop", "--help"], cwd=ROOT,
                         capture_output=True, text=True, env={**os.environ, "COLUMNS": "100"}
                         ).stdout
    assert "the default marked" not in out and "(* marks the default)" in " ".join(out.split())


def test_unknown_session_is_one_line_on_stderr(data_dir: Path) -> None:
    result = run(data_dir, "show", "doesnotexist")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "mysteryshop: No session has the id 'doesnotexist'."
    ]
    assert result.stdout == ""


def test_corrupt_database_is_one_line_and_left_alone(data_dir: Path) -> None:
    db = data_dir / "mysteryshop.db"
    db.write_bytes(b"\x00garbage" * 1000)
    result = run(data_dir, "list")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(db) in result.stderr and "Traceback" not in result.stderr
    assert db.read_bytes() == b"\x00garbage" * 1000


def test_data_dir_from_the_environment(tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    result = subprocess.run(
        [sys.executable, "-m", "mysteryshop", "demo"], cwd=ROOT, capture_output=True,
        text=True, env={**os.environ, "MYSTERYSHOP_DATA_DIR": str(folder)},
    )
    assert result.returncode == 0
    assert (folder / "mysteryshop.db").exists()


def test_installed_script_and_main_py_take_the_same_options() -> None:
    script = Path(sys.executable).parent / "mysteryshop"
    for command in ([str(script), "--help"], [sys.executable, "main.py", "--help"]):
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0
        assert "--data-dir" in result.stdout and "demo" in result.stdout


def test_demo_has_call_recordings_that_play(data_dir: Path) -> None:
    import soundfile

    from mysteryshop.storage.repository import Repository

    assert run(data_dir, "demo").returncode == 0
    repository = Repository.open(data_dir / "mysteryshop.db")
    recordings = repository.recordings()
    repository.close()
    assert sorted(r.step_key for r in recordings) == ["call", "leader", "problem"]
    for recording in recordings:
        info = soundfile.info(str(data_dir / recording.path))
        assert info.frames == recording.frames and info.duration > 60
        assert (data_dir / recording.path).stat().st_mode & 0o077 == 0


def test_check_is_quiet_and_zero_when_all_is_well_and_names_a_missing_file(
    data_dir: Path
) -> None:
    run(data_dir, "demo")
    healthy = run(data_dir, "check")
    assert healthy.returncode == 0
    assert [line.split(":")[0] for line in healthy.stdout.splitlines()] == ["ok", "ok"]
    missing = next((data_dir / "recordings").rglob("05-leader-demo.wav"))
    missing.unlink()
    broken = run(data_dir, "check")
    assert broken.returncode == 1
    assert f"problem: Missing recording of 'Ask to speak to a leader' (Acme North): {missing}" in (
        broken.stdout.splitlines())


def test_check_repairs_an_interrupted_recording(data_dir: Path) -> None:
    import soundfile

    from mysteryshop.model import Recording, RecordingStatus
    from mysteryshop.services.session_flow import SessionService
    from mysteryshop.storage.repository import Repository

    repository = Repository.open(data_dir / "mysteryshop.db")
    session = SessionService(repository).create("Ann", "Acme", "R1")
    path = data_dir / "recordings" / "cut.wav"
    path.parent.mkdir()
    soundfile.write(path, [0.1] * 8000, 8000, subtype="PCM_16")
    with path.open("r+b") as f:  # the header as a killed writer leaves it
        f.seek(4)
        f.write((8).to_bytes(4, "little"))
        f.seek(40)
        f.write((0).to_bytes(4, "little"))
    repository.add_recording(Recording(0, session.id, "call", "recordings/cut.wav",
                                       RecordingStatus.RECORDING, 0.0, 0.0, 8000))
    repository.close()
    result = run(data_dir, "check")
    assert result.returncode == 0
    assert "repaired: Recovered 0:01 of the interrupted recording of 'Call the business'" in (
        result.stdout)
    assert soundfile.info(str(path)).frames == 8000


@pytest.mark.audio
def test_devices_lists_inputs_with_the_default_marked(audio_input: str) -> None:
    result = subprocess.run([sys.executable, "-m", "mysteryshop", "devices"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert sum(line.startswith("*") for line in lines) == 1
    assert any(audio_input in line for line in lines)


def test_devices_without_portaudio_is_one_clear_line(tmp_path: Path) -> None:
    # A sounddevice that cannot find its library, as on a machine without libportaudio2.
    fake = tmp_path / "sounddevice.py"
    fake.write_text("raise OSError('PortAudio library not found')\n")
    result = subprocess.run(
        [sys.executable, "-m", "mysteryshop", "devices"], cwd=ROOT, capture_output=True,
        text=True, env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "mysteryshop: Recording is not available: the PortAudio library is missing "
        "(on Debian/Ubuntu: sudo apt-get install libportaudio2).")


def test_bundle_export_then_import_on_another_laptop_and_again(tmp_path: Path) -> None:
    leader, reviewer = tmp_path / "leader", tmp_path / "reviewer"
    assert run(leader, "demo").returncode == 0
    session_id = json.loads(run(leader, "list", "--json").stdout)[0]["id"]
    out = tmp_path / "share"  # the suffix is added
    shared = run(leader, "bundle", "export", str(out), session_id[:8])
    assert shared.returncode == 0, shared.stderr
    assert shared.stdout == f"Wrote {out}.mshop (1 session, 3 recordings).\n"
    first = run(reviewer, "bundle", "import", f"{out}.mshop")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[0].startswith("added: Acme North · A. Rivera (demo) · ")
    assert first.stdout.splitlines()[-1] == "1 added, 0 updated, 0 skipped"
    again = run(reviewer, "bundle", "import", f"{out}.mshop")
    assert again.stdout.splitlines()[0].endswith("(already up to date)")
    assert again.stdout.splitlines()[-1] == "0 added, 0 updated, 1 skipped"
    assert json.loads(run(reviewer, "show", session_id, "--json").stdout) == json.loads(
        run(leader, "show", session_id, "--json").stdout)


def test_bundle_errors_are_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "demo").returncode == 0
    nothing = run(data, "bundle", "export", str(tmp_path / "x.mshop"))
    assert nothing.returncode == 2 and "name the sessions (ID ...) or a round" in nothing.stderr
    empty_round = run(data, "bundle", "export", str(tmp_path / "x.mshop"), "--round", "Nope")
    assert empty_round.returncode == 1
    assert empty_round.stderr == ("mysteryshop: There is no round 'Nope'. Rounds here: "
                                  "'Round 1 — demo'.\n")
    junk = tmp_path / "junk.mshop"
    junk.write_text("hello")
    refused = run(data, "bundle", "import", str(junk))
    assert refused.returncode == 1 and refused.stderr == (
        "mysteryshop: junk.mshop was not imported: it is not a Mystery Shop bundle "
        "(not a zip file). Nothing was changed.\n")


def test_delete_removes_the_named_sessions_and_a_typo_deletes_nothing(data_dir: Path) -> None:
    assert run(data_dir, "demo").returncode == 0
    assert run(data_dir, "demo").returncode == 0
    ids = [s["id"] for s in json.loads(run(data_dir, "list", "--json").stdout)]
    refused = run(data_dir, "delete", ids[0][:8], "nosuchid")
    assert refused.returncode == 1 and "nosuchid" in refused.stderr
    assert len(json.loads(run(data_dir, "list", "--json").stdout)) == 2
    done = run(data_dir, "delete", ids[0][:8])
    assert done.returncode == 0
    assert done.stdout.startswith(f"deleted: {ids[0][:8]} Acme North")
    assert "3 recordings" in done.stdout
    assert [s["id"] for s in json.loads(run(data_dir, "list", "--json").stdout)] == ids[1:]
    assert not (data_dir / "recordings" / ids[0]).exists()
    assert (data_dir / "recordings" / ids[1]).is_dir()


def test_round_status_lists_every_leader_and_target_points_show_in_json(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mysteryshop.model import Verdict
    from mysteryshop.services.app_services import AppServices
    from mysteryshop.services.data_folder import DataFolder

    services = AppServices.open(DataFolder(data_dir))
    ana = services.sessions.create("Ana Rivera", "Acme", "Round 1")
    services.sessions.set_points(ana, "website", 3)
    services.sessions.set_points(ana, "call", -4)
    ben = services.sessions.create("Ben Okafor", "Acme", "Round 1")
    for step in ben.steps:
        services.sessions.set_points(ben, step.key, 1)
    services.sessions.set_verdict(ben, Verdict.BUILDS)
    services.sessions.finish(ben)
    services.rounds.add_leader("Cy Lee")
    services.close()
    argv = ["--data-dir", str(data_dir)]
    assert main([*argv, "round", "target", "Round 1", "call", "7",
                 "Answered by a person within three rings"]) == 0
    assert "Target of call in Round 1: +7" in capsys.readouterr().out
    assert main([*argv, "round", "status"]) == 0  # the round used last
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Round 1: 3 leaders · 1 finished · 1 in progress · 1 not started"
    rows = {line.split("  ")[0]: line for line in lines[3:]}
    assert set(rows) == {"Ana Rivera", "Ben Okafor", "Cy Lee"}
    assert "2/5" in rows["Ana Rivera"] and " no " in rows["Ana Rivera"]
    assert "5/5" in rows["Ben Okafor"] and " yes " in rows["Ben Okafor"]
    assert "0/5" in rows["Cy Lee"] and rows["Cy Lee"].rstrip().endswith("–")
    assert main([*argv, "round", "status", "Round 1", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert (status["finished"], status["in_progress"], status["not_started"]) == (1, 1, 1)
    ana_row = next(p for p in status["leaders"] if p["leader"] == "Ana Rivera")
    assert ana_row["touchpoints"]["call"] == "done" and ana_row["touchpoints"]["buy"] == (
        "not_started")
    assert ana_row["touchpoints_done"] == 2 and ana_row["finished"] is False
    assert main([*argv, "show", ana.id, "--json"]) == 0
    steps = {s["key"]: s for s in json.loads(capsys.readouterr().out)["steps"]}
    assert steps["call"]["target_points"] == 7 and steps["call"]["gap_to_target"] == -11
    assert steps["website"]["target_points"] is None
    assert main([*argv, "round", "status", "Round 9"]) == 1
    assert "No round is called 'Round 9'" in capsys.readouterr().err
    assert main([*argv, "round", "target", "Round 1", "nope", "3"]) == 1
    assert main([*argv, "round", "target", "Round 1", "call", "--clear"]) == 0


def test_findings_and_actions_are_listed_and_show_json_gives_a_sessions_findings(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    from mysteryshop.loop import CoreFactor, Severity
    from mysteryshop.services.app_services import AppServices
    from mysteryshop.services.data_folder import DataFolder

    services = AppServices.open(DataFolder(data_dir))
    session = services.sessions.create("Ana Rivera", "Acme", "Round 1")
    hold = services.loop.add_finding("Round 1", "Put on hold without asking",
                                     touchpoint="call", session_id=session.id,
                                     offset_seconds=150.0, factor=CoreFactor.PROCESS,
                                     severity=Severity.HIGH)
    services.loop.add_finding("Round 2", "Music on hold is too loud", touchpoint="call")
    late = services.loop.add_action("Ask before holding; train the team", (hold.id,),
                                    owner="Ben Okafor", due=date(2020, 1, 31))
    services.loop.add_action("Turn the music down", owner="Cy Lee")
    services.close()
    argv = ["--data-dir", str(data_dir)]
    assert main([*argv, "findings", "list", "--round", "Round 1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[1].startswith(hold.id[:8])
    assert "process" in lines[1] and "high" in lines[1] and "Put on hold" in lines[1]
    assert main([*argv, "findings", "list", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [f["text"] for f in found] == ["Put on hold without asking",
                                          "Music on hold is too loud"]
    assert found[0]["session_id"] == session.id and found[0]["offset_seconds"] == 150.0
    assert main([*argv, "actions", "list", "--overdue", "--json"]) == 0
    overdue = json.loads(capsys.readouterr().out)
    assert [(a["id"], a["overdue"], a["findings"]) for a in overdue] == [
        (late.id, True, [hold.id])]
    assert main([*argv, "actions", "list", "--status", "done"]) == 0
    assert capsys.readouterr().out == "No such actions.\n"
    assert main([*argv, "actions", "list"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert len(table) == 3 and "2020-01-31 !" in table[1] and "Cy Lee" in table[2]
    assert main([*argv, "show", session.id, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [f["id"] for f in shown["findings"]] == [hold.id]


def test_survey_import_maps_remembers_and_refuses_a_bad_row(
        data_dir: Path, tmp_path: Path) -> None:
    survey = tmp_path / "march.csv"
    survey.write_text("Stamp;Q1;Overall experience;Do we deliver excellent service?\n"
                      '1;"Friendly\n- fast";-3;no\n2;Prices;4;ja\n', encoding="utf-8")
    first = run(data_dir, "survey", "import", str(survey), "--round", "Round 1",
                "--group", "customers", "--source", "Survey, March", "--map", "Q1=well")
    assert first.returncode == 0, first.stderr
    assert "Q1" in first.stdout and "→ well" in first.stdout
    assert "Imported 2 customers responses into Round 1 (0 already here" in first.stdout
    again = run(data_dir, "survey", "import", str(survey), "--round", "Round 1",
                "--group", "customers", "--source", "Survey, March")
    assert "as remembered" in again.stdout and "(2 already here" in again.stdout
    listed = json.loads(run(data_dir, "survey", "list", "--json").stdout)
    assert [(r["overall"], r["excellent"], len(r["points"])) for r in listed] == [
        (-3, False, 2), (4, True, 1)]
    overview = json.loads(run(data_dir, "survey", "overview", "--round", "Round 1",
                              "--json").stdout)
    assert overview["groups"]["customers"] == {
        "responses": 2, "overall": 0.5, "excellent_yes": 1, "excellent_asked": 2}
    words = run(data_dir, "survey", "overview", "--round", "Round 1").stdout
    assert "50% of 2 say excellent" in words

    bad = tmp_path / "april.csv"
    bad.write_text("Stamp;Q1;Overall experience;Do we deliver excellent service?\n"
                   "1;Ok;12;no\n", encoding="utf-8")
    refused = run(data_dir, "survey", "import", str(bad), "--round", "Round 2",
                  "--group", "customers")
    assert refused.returncode == 1
    assert refused.stderr.strip().endswith(
        "Row 2, column 'Overall experience': 12 is off the -10..+10 scale.")
    unmapped = tmp_path / "may.csv"
    unmapped.write_text("a,b\n1,x\n", encoding="utf-8")
    hinted = run(data_dir, "survey", "import", str(unmapped), "--round", "R", "--group",
                 "staff")
    assert hinted.returncode == 1 and "--map COLUMN=FIELD" in hinted.stderr
    assert len(json.loads(run(data_dir, "survey", "list", "--json").stdout)) == 2
    nps = tmp_path / "nps.csv"
    nps.write_text("Overall experience\n0\n7\n", encoding="utf-8")
    scaled = run(data_dir, "survey", "import", str(nps), "--round", "Round 3", "--group",
                 "customers", "--scale", "0..10")
    assert "Ratings on the 0..10 scale (mapped onto -10..+10)." in scaled.stdout
    listed = json.loads(run(data_dir, "survey", "list", "--round", "Round 3", "--json").stdout)
    assert [r["overall"] for r in listed] == [-10, 4]


def test_team_set_and_sync_move_sessions_between_two_laptops(tmp_path: Path) -> None:
    from mysteryshop.demo import create_demo_session
    from mysteryshop.storage.repository import Repository

    a, b, folder = tmp_path / "a", tmp_path / "b", tmp_path / "team"
    a.mkdir()
    folder.mkdir()
    repository = Repository.open(a / "mysteryshop.db")
    session = create_demo_session(repository, a, as_demo=False)
    repository.close()
    nothing = run(a, "team", "sync")
    assert nothing.returncode == 1 and "No team folder is set" in nothing.stderr
    assert run(a, "team", "set", str(folder)).stdout == f"The team folder is {folder}.\n"
    first = run(a, "team", "sync")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == ["Published 1 session(s); 0 unchanged.",
                                         "Nothing new from the other laptops."]
    other = run(b, "team", "sync", str(folder))  # a folder named for this pass
    assert other.returncode == 0, other.stderr
    assert other.stdout.splitlines()[1].endswith(": 1 session(s) added or updated.")
    assert json.loads(run(b, "show", session.id, "--json").stdout)["company"] == \
        session.company
    gone = run(b, "team", "sync", str(tmp_path / "unplugged"))
    assert gone.returncode == 1 and "is not there (offline, or moved?)" in gone.stdout


def test_templates_are_listed_exported_imported_and_chosen_per_round(
        tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    listed = run(a, "template", "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith("five-steps v1: Reverse your role: be a customer of "
                                    "your company (5 steps: Website, Call, Buy, Problem, "
                                    "Leader)")
    out = tmp_path / "ours.json"
    assert run(a, "template", "export", "five-steps", str(out)).returncode == 0
    raw = json.loads(out.read_text(encoding="utf-8"))
    raw.update(id="acme", name="Acme, round 2")
    raw["steps"].append({"key": "chat", "title": "Ask in the live chat", "kind": "message",
                         "questions": [{"id": "chat-fast", "text": "Answered fast?"}]})
    out.write_text(json.dumps(raw), encoding="utf-8")
    kept = run(b, "template", "import", str(out))
    assert kept.stdout == "Kept acme v1: Acme, round 2 (6 steps).\n", kept.stderr
    first = run(b, "template", "use", "Round 1", "acme")
    assert first.returncode == 1 and "In round 1, do every step and add none" in first.stderr
    from mysteryshop.services.session_flow import SessionService
    from mysteryshop.storage.repository import Repository

    repository = Repository.open(b / "mysteryshop.db")
    SessionService(repository).create("Ann", "Acme", "Round 1")  # round 1 has begun
    repository.close()
    later = run(b, "template", "use", "Round 2", "acme")
    assert later.stdout == "Round 2 uses acme v1.\n", later.stderr
    out.write_text('{"steps": [{"key": "x", "title": "<img src=x>", "kind": "fax"}]}')
    hostile = run(b, "template", "import", str(out))
    assert hostile.returncode == 1
    assert hostile.stderr == ("mysteryshop: Step 1 (x): unknown kind 'fax' (known: website, "
                              "call, purchase, visit, message).\n")
