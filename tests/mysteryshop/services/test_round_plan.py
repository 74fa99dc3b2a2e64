"""The round's plan: the kept list of leaders, target feelings, and who has done what."""

from __future__ import annotations

from pathlib import Path

import pytest

from mysteryshop.errors import MysteryShopError, NotFoundError
from mysteryshop.model import Target
from mysteryshop.participation import TouchpointState
from mysteryshop.services.app_services import AppServices
from mysteryshop.storage.repository import Repository
from tests.conftest import FakeClock
from tests.rounds import shop_a_round


def test_a_leader_typed_once_is_kept_and_found_whatever_the_case(
        services: AppServices) -> None:
    services.sessions.create("Ana Rivera", "Acme", "R1")
    services.sessions.create("  ana   RIVERA ", "Acme", "R1")
    services.sessions.create("Demo Person", "Acme", "R1", demo=True)
    assert services.rounds.leaders() == ["Ana Rivera"]
    assert services.rounds.add_leader("  Ben   Okafor ") == "Ben Okafor"
    assert services.rounds.add_leader("ben okafor") == "Ben Okafor"
    assert services.rounds.leaders() == ["Ana Rivera", "Ben Okafor"]
    with pytest.raises(MysteryShopError):
        services.rounds.add_leader("   ")


def test_renaming_a_leader_merges_two_spellings_of_one_person(
        services: AppServices, db_path: Path) -> None:
    first = services.sessions.create("A. Rivera", "Acme", "R1")
    services.sessions.create("Ana Rivera", "Acme", "R1")
    assert services.rounds.leaders() == ["A. Rivera", "Ana Rivera"]
    before = services.library.get(first.id).versions
    assert services.rounds.rename_leader("A. Rivera", "Ana Rivera") == 1
    assert services.rounds.leaders() == ["Ana Rivera"]
    renamed = services.library.get(first.id)
    assert renamed.leader == "Ana Rivera"
    # A leader edit: a shared copy carries the new name to the other laptops.
    assert sum(renamed.versions.values()) == sum(before.values()) + 1
    progress = services.rounds.progress("R1")
    assert [p.leader for p in progress.leaders] == ["Ana Rivera"]
    assert progress.leaders[0].sessions == 2


def test_the_list_is_filled_from_sessions_already_in_an_older_database(
        db_path: Path) -> None:
    repository = Repository.open(db_path)
    repository.conn.executescript(  # back to schema 7: what migrations 8 and on add goes
        "ALTER TABLE sessions DROP COLUMN template_id; "
        "ALTER TABLE sessions DROP COLUMN template_version; "
        "ALTER TABLE recordings DROP COLUMN sha256; "
        "ALTER TABLE recordings DROP COLUMN hashed_size; "
        "ALTER TABLE recordings DROP COLUMN hashed_mtime_ns; "
        "ALTER TABLE recordings DROP COLUMN deleted_at; "
        "ALTER TABLE recordings DROP COLUMN consent_at; "
        "ALTER TABLE recordings DROP COLUMN consent_text; "
        "DROP TABLE templates; DROP TABLE round_templates; "
        "DROP TABLE team_sessions; DROP TABLE team_files; "
        "DROP TABLE redactions; DROP TABLE call_events; DROP TABLE call_analyses; "
        "DROP TABLE survey_mappings; DROP TABLE perception_points; "
        "DROP TABLE perception_ratings; DROP TABLE perception_responses; "
        "DROP TABLE touchpoint_reach; "
        "DROP TABLE finding_checks; DROP TABLE action_findings; DROP TABLE actions; "
        "DROP TABLE findings; "
        "DROP TABLE leaders; DROP TABLE targets; "
        "DROP TRIGGER sessions_leader_kept_insert; "
        "DROP TRIGGER sessions_leader_kept_update; "
        "PRAGMA user_version = 7;")
    repository.conn.execute(
        "INSERT INTO sessions (id, leader, company, started_at) VALUES "
        "('a', 'Cy Lee ', 'Acme', '2026-01-01T10:00:00+00:00'), "
        "('b', 'cy lee', 'Acme', '2026-01-02T10:00:00+00:00')")
    repository.conn.commit()
    repository.close()
    reopened = Repository.open(db_path)  # migration 8 runs
    assert reopened.leaders() == ["Cy Lee"]
    reopened.close()


def test_participation_shows_each_leaders_touchpoints_and_who_has_not_started(
        services: AppServices, clock: FakeClock) -> None:
    ana, ben = shop_a_round(services, clock, "R1")
    services.sessions.create("Ana Rivera", "Acme", "R2")  # another round: not counted here
    progress = services.rounds.progress("R1")
    assert [k for k, _ in progress.touchpoints] == [s.key for s in ana.steps]
    by_name = {p.leader: p for p in progress.leaders}
    assert list(by_name) == ["Ana Rivera", "Ben Okafor", "Cy Lee"]
    assert by_name["Ana Rivera"].state("website") is TouchpointState.DONE
    assert by_name["Ana Rivera"].state("call") is TouchpointState.STARTED
    assert by_name["Ana Rivera"].state("buy") is TouchpointState.NOT_STARTED
    assert by_name["Ana Rivera"].done == 1 and not by_name["Ana Rivera"].finished
    assert by_name["Ben Okafor"].done == len(ben.steps) and by_name["Ben Okafor"].finished
    assert by_name["Cy Lee"].not_started and by_name["Cy Lee"].last_activity is None
    assert by_name["Ana Rivera"].last_activity is not None
    assert (progress.finished, progress.in_progress, progress.not_started) == (1, 1, 1)
    headline = services.rounds.headline("R1")
    assert headline is not None
    assert (headline.leaders, headline.finished, headline.in_progress,
            headline.not_started, headline.sessions) == (3, 1, 1, 1, 2)
    latest = services.rounds.headline()  # the newest session's round
    assert latest is not None and latest.round == "R2" and latest.not_started == 2
    assert services.rounds.headline("No such round") is None
    with pytest.raises(NotFoundError):
        services.rounds.progress("No such round")


def test_targets_are_kept_per_round_and_touchpoint(services: AppServices) -> None:
    rounds = services.rounds
    target = rounds.set_target("R1", "call", 7, "  Answered by a person   within three rings ")
    assert target == Target("R1", "call", 7, "Answered by a person within three rings")
    rounds.set_target("R1", "call", 8, "Uses my name")
    rounds.set_target("R2", "call", 9)
    assert rounds.targets("R1") == {"call": Target("R1", "call", 8, "Uses my name")}
    assert set(rounds.all_targets()) == {("R1", "call"), ("R2", "call")}
    assert rounds.set_target("R1", "call", None) is None
    assert rounds.targets("R1") == {}
    with pytest.raises(ValueError):
        rounds.set_target("R1", "call", 11)
    with pytest.raises(MysteryShopError):
        rounds.set_target("R1", "call", 5, "word " * 100)


def test_customers_a_year_are_kept_per_round_and_touchpoint_and_said_in_words(
        services: AppServices) -> None:
    from mysteryshop.measures import about, reach_sentence

    services.rounds.set_reach("R1", "call", 12_345)
    services.rounds.set_reach("R2", "call", 15_000)
    assert services.rounds.reach("R1") == {("R1", "call"): 12_345}
    assert len(services.rounds.reach()) == 2
    services.rounds.set_reach("R1", "call", None)
    assert services.rounds.reach("R1") == {}
    with pytest.raises(MysteryShopError):
        services.rounds.set_reach("R1", "call", -5)
    with pytest.raises(NotFoundError):
        services.rounds.set_reach("R1", "nope", 10)
    assert (about(12_345), about(987), about(42), about(1_049_999)) == (
        12_000, 990, 42, 1_000_000)
    assert reach_sentence(12_345, -5, "Call the business") == (
        "About 12,000 customers a year go through “Call the business”, and it leaves them "
        "5 points down.")
    assert reach_sentence(800, 1, "Buy something").endswith("leaves them 1 point up.")
