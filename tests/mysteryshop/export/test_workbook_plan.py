"""The round's plan in the workbook: targets, who has done each round, findings and
actions, and customers a year multiplied out."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

from mysteryshop.storage.repository import Repository
from tests.mysteryshop.export.conftest import HOSTILE
from tests.mysteryshop.export.test_workbook import export


def test_the_experience_we_want_and_who_has_done_each_round_are_in_the_workbook(
        filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    from mysteryshop.services.round_plan import RoundPlan

    plan = RoundPlan(filled)
    demo_round = filled.load_sessions()[0].round
    plan.set_target(demo_round, "call", 6, "A person answers within three rings")
    plan.set_target("Round 2", "website", 5)
    plan.add_leader("Cy Lee")  # on the team, never started
    wb = export(data_dir, tmp_path / "m.xlsx")
    steps = wb["Steps"]
    head = [c.value for c in steps[1]]
    rows = [dict(zip(head, (c.value for c in r), strict=True))
            for r in steps.iter_rows(min_row=2)]
    calls = [r for r in rows if r["Touchpoint"] == "Call the business"
             and r["Round"] == demo_round]
    assert calls and all(r["Target"] == 6 and r["Felt − target"] == r["Felt"] - 6
                         and r["The experience we want"] == "A person answers within three "
                         "rings" for r in calls)
    hostile_site = next(r for r in rows if r["Round"] == "Round 2"
                        and r["Touchpoint"] == "Check out the website")
    assert (hostile_site["Target"], hostile_site["Felt − target"]) == (5, 2)  # felt +7
    assert all(r["Target"] is None for r in rows if r["Touchpoint"] == "Buy something")
    ws = wb["Participation"]
    head = [c.value for c in ws[1]]
    assert head == ["Round", "Leader", "Website", "Call", "Buy", "Problem", "Leader",
                    "Status", "Done", "Of", "Last activity"]
    table = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert ws.tables["Participation"].ref == f"A1:K{1 + len(table)}"
    by_round: dict[str, list[list[object]]] = {}
    for row in table:
        by_round.setdefault(str(row[0]), []).append(row)
    assert list(by_round) == [demo_round, "Round 2"]  # oldest round first
    cy = next(r for r in by_round["Round 2"] if r[1] == "Cy Lee")
    assert cy[2:10] == ["–"] * 5 + ["not started", 0, 5] and cy[10] is None
    hostile = next(r for r in by_round["Round 2"] if r[1] == HOSTILE[0])
    assert hostile[2] == "done" and hostile[7] == "in progress" and hostile[8] == 1
    assert isinstance(hostile[10], datetime)
    demo = [r for r in by_round[demo_round] if r[1] not in ("Cy Lee", HOSTILE[0])]
    assert demo and demo[0][2:10] == ["done"] * 5 + ["finished", 5, 5]
    summary = wb["Summary"]
    pairs = {r[0].value: r[1].value for r in summary.iter_rows(min_row=4, max_row=12)
             if r[0].value}
    assert pairs["Leaders finished"] == "0 of 3 (Round 2)"


def test_findings_and_actions_have_their_sheets(filled: Repository, data_dir: Path,
                                                tmp_path: Path) -> None:
    from datetime import date

    from mysteryshop.loop import ActionStatus, CoreFactor, Severity
    from mysteryshop.model import Verdict
    from mysteryshop.services.loop import LoopService

    loop = LoopService(filled, time.time)
    demo = filled.load_sessions()[0]
    hold = loop.add_finding(demo.round, "Put on hold without asking", touchpoint="call",
                            session_id=demo.id, offset_seconds=150.0,
                            factor=CoreFactor.PROCESS, department="Call centre",
                            trust=Verdict.ERODES, severity=Severity.HIGH)
    other = loop.add_finding("Round 2", "Music too loud", touchpoint="call")
    late = loop.add_action("Ask before holding; train the team", (hold.id,),
                           owner="Ben Okafor", due=date(2020, 1, 31))
    loop.update_action(loop.add_action("Turn the music down", (other.id,)),
                       status=ActionStatus.DONE)
    loop.add_action("Agree how we measure calls")  # answers nothing yet
    wb = export(data_dir, tmp_path / "all.xlsx")
    assert wb.sheetnames[:4] == ["Summary", "Participation", "Findings", "Actions"]
    findings = [[c.value for c in r] for r in wb["Findings"].iter_rows()]
    assert findings[0][:4] == ["Finding id", "Round", "Touchpoint", "Finding"]
    assert findings[1][:9] == [hold.id[:8], demo.round, "Call", "Put on hold without asking",
                               "Process", "Call centre", "erodes trust", "High", demo.id[:8]]
    assert findings[1][9] == timedelta(seconds=150)
    actions = [[c.value for c in r] for r in wb["Actions"].iter_rows()]
    assert [r[1] for r in actions[1:]] == ["Ask before holding; train the team",
                                           "Turn the music down",
                                           "Agree how we measure calls"]
    assert actions[1][2:7] == ["Ben Okafor", datetime(2020, 1, 31), "Open", "yes",
                               "Permanent fix"]
    assert actions[1][8:] == ["Call", "Put on hold without asking"]
    assert actions[2][4:6] == ["Done", "no"] and isinstance(actions[2][7], datetime)
    assert wb["Actions"].tables["Actions"].ref == "A1:J4"
    one_round = export(data_dir, tmp_path / "round.xlsx", round_label="Round 2")
    assert [r[3].value for r in one_round["Findings"].iter_rows(min_row=2)] == [
        "Music too loud"]
    assert [r[1].value for r in one_round["Actions"].iter_rows(min_row=2)] == [
        "Turn the music down"]
    assert late.id[:8] not in {r[0].value for r in one_round["Actions"].iter_rows()}


def test_customers_a_year_are_on_the_steps_and_multiplied_out_on_the_summary(
        filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    demo = filled.load_sessions()[0]
    filled.set_reach(demo.round, "call", 12_345)
    wb = export(data_dir, tmp_path / "m.xlsx")
    steps = wb["Steps"]
    head = [c.value for c in steps[1]]
    rows = [dict(zip(head, (c.value for c in r), strict=True))
            for r in steps.iter_rows(min_row=2)]
    calls = [r for r in rows if r["Round"] == demo.round and r["Touchpoint"] ==
             "Call the business"]
    assert calls and all(r["Customers a year"] == 12_345 for r in calls)
    assert all(r["Customers a year"] is None for r in rows if r not in calls)
    texts = [r[0].value for r in wb["Summary"].iter_rows() if r and r[0].value]
    label = texts.index("Multiplied out over a year")
    felt = demo.step("call").points
    assert felt is not None
    assert texts[label + 1] == (
        f"{demo.round}: About 12,000 customers a year go through “Call the business”, and "
        f"it leaves them {abs(felt)} points {'down' if felt < 0 else 'up'}.")


def test_the_perception_check_has_its_sheets(filled: Repository, data_dir: Path,
                                             tmp_path: Path) -> None:
    from mysteryshop.loop import CoreFactor
    from mysteryshop.perception import Group, PerceptionPoint, Question
    from mysteryshop.services.perception import PerceptionService

    perception = PerceptionService(filled, time.time)
    demo = filled.load_sessions()[0]
    perception.add_response(demo.round, Group.LEADERSHIP, source="Leadership team",
                            overall=8, excellent=True, ratings={"call": 9}, points=[
                                PerceptionPoint("", Question.WELL, "Our people care",
                                                "call", CoreFactor.PEOPLE, "Care")])
    for excellent, rating in ((False, -6), (True, -2), (False, -4), (None, None)):
        perception.add_response(demo.round, Group.CUSTOMERS, source="Survey, March",
                                overall=-3, excellent=excellent,
                                ratings={} if rating is None else {"call": rating})
    perception.add_response("Round 9", Group.STAFF, overall=1)  # no sessions in it
    wb = export(data_dir, tmp_path / "all.xlsx")
    ws = wb["Perception"]
    head = [c.value for c in ws[1]]
    rows = [dict(zip(head, (c.value for c in r), strict=True))
            for r in ws.iter_rows(min_row=2)]
    overall = next(r for r in rows if r["Round"] == demo.round and r["Touchpoint"] == "Overall")
    assert (overall["Leadership (predicted)"], overall["Customers"],
            overall["Customers − leadership"]) == (8, -3, -11)
    assert overall["Leadership: excellent?"] == "1 of 1 (100%)"
    assert overall["Customers: excellent?"] == "1 of 3 (33%)"
    assert overall["Staff: excellent?"] is None
    call = next(r for r in rows if r["Round"] == demo.round and r["Touchpoint"] == "Call")
    felt = [s.step("call").points for s in filled.load_sessions() if s.round == demo.round]
    predicted = [s.step("call").predicted_points for s in filled.load_sessions()
                 if s.round == demo.round]
    leadership = [v for v in predicted if v is not None] + [9]
    assert call["Leadership (predicted)"] == round(sum(leadership) / len(leadership), 2)
    assert call["Customers"] == -4
    assert call["Mystery shop (felt)"] == round(
        sum(v for v in felt if v is not None) / len([v for v in felt if v is not None]), 2)
    assert any(r["Round"] == "Round 9" and r["Staff"] == 1 for r in rows)
    assert ws.tables["Perception"].ref == f"A1:J{1 + len(rows)}"
    points = [[c.value for c in r] for r in wb["Perception points"].iter_rows()]
    assert points[1] == [demo.round, "Leadership", "Leadership team", "Do well",
                         "Our people care", "Call", "People", "Care"]
    one_round = export(data_dir, tmp_path / "round.xlsx", round_label="Round 2")
    assert "Perception" not in one_round.sheetnames  # Round 2 has no perception check


def test_the_steps_sheet_says_the_consent_and_what_was_redacted(
        filled: Repository, data_dir: Path, tmp_path: Path) -> None:
    demo = filled.load_sessions()[0]
    step = next(s for s in demo.steps if s.recordings)
    recording = step.recordings[0]
    filled.conn.execute("UPDATE recordings SET consent_at = ?, consent_text = ? WHERE id = ?",
                        (1767261600.0, "I confirm that I may record this call.",
                         recording.id))
    filled.add_redaction(recording, 30.0, 35.5, "bleep", "card number", "Rae", 1767265200.0)
    wb = export(data_dir, tmp_path / "m.xlsx")
    steps = wb["Steps"]
    head = [c.value for c in steps[1]]
    rows = [dict(zip(head, (c.value for c in r), strict=True))
            for r in steps.iter_rows(min_row=2)]
    row = next(r for r in rows if r["Session id"] == demo.id
               and r["#"] == step.position + 1)
    assert row["Recording consent"].endswith(": I confirm that I may record this call.")
    assert row["Redacted"].startswith("0:30–0:35 bleep, card number (")
    assert row["Redacted"].endswith(", Rae)")
    others = [r for r in rows if r is not row]
    assert all(r["Redacted"] is None for r in others)
