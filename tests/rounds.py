"""A round as the participation tests meet it: one leader under way, one finished, one who
has not started."""

from __future__ import annotations

from mysteryshop.model import Session, Verdict
from mysteryshop.services.app_services import AppServices
from tests.conftest import FakeClock


def shop_a_round(services: AppServices, clock: FakeClock, round_label: str
                 ) -> tuple[Session, Session]:
    """Ana rated the website and started the call; Ben rated every step and finished;
    Cy Lee is on the team and has not started. Returns Ana's and Ben's sessions."""
    flow = services.sessions
    services.rounds.add_leader("Cy Lee")
    ana = flow.create("Ana Rivera", "Acme", round_label)
    flow.start_timer(ana, "website")
    clock.advance(60)
    flow.stop_timer(ana, "website")
    flow.set_points(ana, "website", 4)
    flow.start_timer(ana, "call")  # started, not rated
    clock.advance(30)
    flow.pause_timer(ana, "call")
    ben = flow.create("Ben Okafor", "Acme", round_label)
    for step in ben.steps:
        flow.set_points(ben, step.key, -2)
    flow.set_verdict(ben, Verdict.ERODES)
    flow.finish(ben)
    return ana, ben
