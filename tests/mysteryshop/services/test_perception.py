"""The perception check: responses entered by hand, kept whole, laid beside the sessions."""

from __future__ import annotations

from pathlib import Path

import pytest

from mysteryshop.errors import MysteryShopError
from mysteryshop.loop import CoreFactor
from mysteryshop.perception import Group, PerceptionPoint, Question, Share
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.perception import points_from_lines
from mysteryshop.storage.repository import Repository
from tests.conftest import FakeClock


def _rated_session(services: AppServices, leader: str, predicted: int, felt: int) -> None:
    session = services.sessions.create(leader, "Acme", "Round 1")
    services.sessions.set_prediction(session, "call", predicted)
    services.sessions.set_points(session, "call", felt)


def test_a_workshop_sheet_is_kept_whole_and_its_points_keep_their_ids(
        services: AppServices, clock: FakeClock, db_path: Path) -> None:
    perception = services.perception
    points = points_from_lines([
        (Question.WELL, "- Friendly people on the phone\n\n• Fast delivery  "),
        (Question.IMPROVE, "1. Hold times\nThe website talks about us"),
    ])
    response = perception.add_response(
        "Round 1", Group.STAFF, source="  Staff group 3 —  warehouse ", overall=3,
        excellent=True, ratings={"call": 5, "website": None}, points=points)
    assert response.source == "Staff group 3 — warehouse"
    assert [p.text for p in response.points] == [
        "Friendly people on the phone", "Fast delivery", "Hold times",
        "The website talks about us"]
    assert response.ratings == {"call": 5} and all(p.id for p in response.points)
    reopened = Repository.open(db_path)
    assert reopened.responses("Round 1") == [response]
    reopened.close()

    # Tagging one point and retyping the list keeps the points that stayed.
    hold = response.points[2]
    tagged = perception.update_response(response, points=[
        *response.points[:2],
        PerceptionPoint(hold.id, hold.question, hold.text, "call", CoreFactor.PROCESS,
                        " Hold  times "),
        response.points[3]])
    finding = services.loop.add_finding("Round 1", hold.text, touchpoint="call",
                                        point_id=hold.id)
    retyped = points_from_lines([(Question.WELL, "Fast delivery"),
                                 (Question.IMPROVE, "Hold times\nNobody calls back")],
                                tagged.points)
    clock.advance(5)
    edited = perception.update_response(tagged, points=retyped)
    assert [p.text for p in edited.points] == ["Fast delivery", "Hold times",
                                               "Nobody calls back"]
    kept = edited.points[1]
    assert kept.id == hold.id and kept.theme == "Hold times"
    assert kept.factor is CoreFactor.PROCESS and edited.edited_at == clock.now
    assert services.loop.findings("Round 1")[0].point_id == hold.id
    assert perception.themes_named() == ["Hold times"]
    perception.delete_response(edited.id)  # the finding stays, unlinked
    assert perception.responses() == []
    assert services.loop.findings()[0].point_id is None
    assert services.loop.findings()[0].text == finding.text


def test_bad_entries_are_refused_with_a_reason(services: AppServices) -> None:
    perception = services.perception
    with pytest.raises(MysteryShopError):
        perception.add_response("  ", Group.LEADERSHIP)
    with pytest.raises(ValueError):
        perception.add_response("Round 1", Group.LEADERSHIP, overall=11)
    with pytest.raises(ValueError):
        perception.add_response("Round 1", Group.LEADERSHIP, ratings={"call": -11})
    with pytest.raises(MysteryShopError):
        perception.add_response("Round 1", Group.LEADERSHIP,
                                points=[PerceptionPoint("", Question.WELL, "x" * 501)])
    with pytest.raises(MysteryShopError):
        perception.add_response("Round 1", Group.LEADERSHIP, source="s" * 121)
    with pytest.raises(ValueError):
        perception.add_response("Round 1", "board")  # type: ignore[arg-type]
    assert perception.responses() == []


def test_the_overview_lays_the_three_groups_beside_the_mystery_shop(
        services: AppServices) -> None:
    _rated_session(services, "Ana Rivera", predicted=8, felt=-6)
    _rated_session(services, "Ben Okafor", predicted=6, felt=-2)
    perception = services.perception

    def say(group: Group, excellent: bool | None, call: int | None, overall: int,
            theme: str = "") -> None:
        perception.add_response(
            "Round 1", group, excellent=excellent, overall=overall,
            ratings={} if call is None else {"call": call},
            points=[PerceptionPoint("", Question.IMPROVE, "Hold", theme=theme)])

    say(Group.LEADERSHIP, True, 10, 8, "Hold times")
    for excellent in (True, False, False, False):
        say(Group.STAFF, excellent, 1, 2)
    say(Group.CUSTOMERS, False, -5, -3, "hold  TIMES")
    say(Group.CUSTOMERS, None, None, -1)
    perception.add_response("Round 2", Group.CUSTOMERS, excellent=True)

    view = perception.overview("Round 1")
    assert view.shares == {Group.LEADERSHIP: Share(1, 1), Group.STAFF: Share(1, 4),
                           Group.CUSTOMERS: Share(0, 1)}
    assert view.shares[Group.STAFF].fraction == 0.25
    assert view.overall == {Group.LEADERSHIP: 8.0, Group.STAFF: 2.0, Group.CUSTOMERS: -2.0}
    call = next(t for t in view.touchpoints if t.key == "call")
    assert (call.leadership, call.staff, call.customers, call.felt) == (8.0, 1.0, -5.0, -4.0)
    assert call.gap_to_customers == -13.0
    website = next(t for t in view.touchpoints if t.key == "website")
    assert (website.leadership, website.felt) == (None, None)
    (theme,) = view.themes
    assert theme.name == "Hold times"
    assert theme.counts == {Group.LEADERSHIP: 1, Group.CUSTOMERS: 1}
    assert not theme.agreed(view.groups) and theme.agreed([Group.LEADERSHIP])
    assert perception.rounds() == ["Round 2", "Round 1"]
