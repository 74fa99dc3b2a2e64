"""Findings and actions: saved at once, linked, filtered, overdue, done with a date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mysteryshop.errors import MysteryShopError, NotFoundError
from mysteryshop.loop import ActionFilter, ActionStatus, CoreFactor, FixKind, Severity
from mysteryshop.model import Verdict
from mysteryshop.services.app_services import AppServices
from mysteryshop.storage.repository import Repository
from tests.conftest import FakeClock


def test_a_finding_keeps_where_it_was_seen_and_survives_its_session(
        services: AppServices, clock: FakeClock, db_path: Path) -> None:
    session = services.sessions.create("Ana Rivera", "Acme", "Round 1")
    loop = services.loop
    finding = loop.add_finding(
        "Round 1", "  Put on hold   without asking ", touchpoint="call",
        session_id=session.id, offset_seconds=150.0, factor=CoreFactor.PROCESS,
        department=" Call  centre ", trust=Verdict.ERODES, severity=Severity.HIGH)
    assert finding.text == "Put on hold without asking"
    assert finding.department == "Call centre" and finding.created_at == clock.now
    loop.add_finding("Round 1", "The website talks about itself", touchpoint="website",
                     factor=CoreFactor.CULTURE, department="Marketing")
    loop.add_finding("Round 2", "Fixed hold music", touchpoint="call")
    reopened = Repository.open(db_path)  # saved at once, whole
    assert reopened.findings("Round 1", touchpoint="call") == [finding]
    reopened.close()
    assert [f.text for f in loop.findings("Round 1")] == ["Put on hold without asking",
                                                         "The website talks about itself"]
    assert loop.departments() == ["Call centre", "Marketing"]
    clock.advance(10)
    edited = loop.update_finding(finding, severity=Severity.LOW)
    assert edited.severity is Severity.LOW and edited.edited_at == clock.now
    services.library.delete([session.id])  # the team's finding stays, unlinked
    kept = loop.findings(session_id=None, touchpoint="call", round_label="Round 1")
    assert [f.text for f in kept] == ["Put on hold without asking"]
    assert kept[0].session_id is None and kept[0].offset_seconds == 150.0
    with pytest.raises(MysteryShopError):
        loop.add_finding("Round 1", "   ")
    with pytest.raises(MysteryShopError):
        loop.add_finding("Round 1", "x" * 501)


def test_actions_answer_findings_and_are_filtered_and_overdue(
        services: AppServices, clock: FakeClock) -> None:
    loop = services.loop
    hold = loop.add_finding("Round 1", "Put on hold without asking", touchpoint="call",
                            factor=CoreFactor.PROCESS)
    site = loop.add_finding("Round 1", "The website talks about itself",
                            touchpoint="website", factor=CoreFactor.CULTURE)
    script = loop.add_action("Ask before putting a caller on hold; train the team",
                             (hold.id,), owner="Ben Okafor", due=date(2026, 11, 1))
    rewrite = loop.add_action("Rewrite the home page for customers", (site.id, site.id),
                              owner="ana rivera", due=date(2027, 3, 1), fix=FixKind.SPOT)
    assert rewrite.finding_ids == (site.id,)  # once
    assert [a.id for a in loop.actions()] == [script.id, rewrite.id]
    today = date(2026, 12, 2)
    assert script.overdue(today) and not rewrite.overdue(today)
    assert [a.id for a in loop.actions(ActionFilter(overdue_on=today))] == [script.id]
    assert [a.id for a in loop.actions(ActionFilter(owner="ANA RIVERA"))] == [rewrite.id]
    assert [a.id for a in loop.actions(ActionFilter(factor=CoreFactor.PROCESS))] == [script.id]
    assert [a.id for a in loop.actions(ActionFilter(touchpoint="website"))] == [rewrite.id]
    clock.advance(60)
    done = loop.update_action(script, status=ActionStatus.DONE)
    assert done.done_at == clock.now and not done.overdue(today)
    assert loop.actions(ActionFilter(status=ActionStatus.DONE)) == [done]
    reopened = loop.update_action(done, status=ActionStatus.IN_PROGRESS)
    assert reopened.done_at is None and reopened.overdue(today)
    assert loop.owners() == ["ana rivera", "Ben Okafor"]
    loop.delete_finding(site.id)  # the action stays, answering nothing it knew
    assert loop.actions(ActionFilter(owner="ana rivera"))[0].finding_ids == ()
    with pytest.raises(NotFoundError):
        loop.add_action("Something", ("no-such-finding",))
    with pytest.raises(MysteryShopError):
        loop.update_action(reopened, text="")
    loop.delete_action(script.id)
    assert [a.id for a in loop.actions()] == [rewrite.id]


def test_a_later_round_carries_the_earlier_findings_and_asks_if_the_fix_held(
        services: AppServices, clock: FakeClock) -> None:
    loop, flow = services.loop, services.sessions
    first = flow.create("Ana Rivera", "Acme", "Round 1")
    hold = loop.add_finding("Round 1", "Put on hold without asking", touchpoint="call")
    loop.add_finding("Round 1", "The website talks about itself", touchpoint="website")
    fix = loop.add_action("Ask before holding", (hold.id,), owner="Ben Okafor")
    clock.advance(86400 * 60)
    later = flow.create("Ana Rivera", "Acme", "Round 2")
    loop.add_finding("Round 2", "Still on hold", touchpoint="call")  # this round's own
    carried = loop.carried(later, "call")
    assert [(c.finding.id, [a.id for a in c.actions], c.held) for c in carried] == [
        (hold.id, [fix.id], None)]
    assert loop.carried(first, "call") == []  # nothing came before round 1
    edits = sum(services.library.get(later.id).versions.values())
    loop.set_held(later, hold.id, False)
    assert loop.carried(later, "call")[0].held is False
    assert sum(services.library.get(later.id).versions.values()) == edits + 1  # leader work
    loop.set_held(later, hold.id, True)
    assert loop.carried(later, "call")[0].held is True
    loop.set_held(later, hold.id, None)
    assert loop.carried(later, "call")[0].held is None
    loop.set_held(later, hold.id, False)
    assert services.library.get(later.id).finding_checks[hold.id].held is False

    # Undoing a delete brings the leader's word back with the session.
    deleted = services.library.delete_undoable([later.id])
    assert "call" not in loop.follow_up()
    services.library.undo_delete(deleted)
    assert loop.carried(services.library.get(later.id), "call")[0].held is False
    assert loop.follow_up()["call"].not_held == 1
