"""What each kind of step shows on its page, in one place.

A new kind of touchpoint is one `StepKind` value and one entry here (plus a widget if it
needs a part no kind has yet). The step page asks `parts_for` and builds what it is told.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from mysteryshop.model import Session, StepKind
from mysteryshop.templates import StepTemplate

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


Target = Callable[[Session], str | None]  # rich text naming what to visit or call



def website_link(session: Session) -> str | None:
    if not session.website:
        return None
    url = session.website if "://" in session.website else f"https://{session.website}"
    return translate("step_parts", "Website: <a href='{url}'>{shown}</a>").format(
        url=html.escape(url, quote=True), shown=html.escape(shortened(session.website)))


def shortened(text: str, limit: int = 70) -> str:
    """A long address (a tracking link) shown with its middle left out: the page keeps
    its width; the link itself is whole."""
    if len(text) <= limit:
        return text
    keep = (limit - 1) // 2
    return text[:keep] + "…" + text[-keep:]


def number_to_call(session: Session) -> str | None:
    if not session.phone:
        return None
    return translate("step_parts", "Number to call: <b>{phone}</b>").format(
        phone=html.escape(shortened(session.phone)))


@dataclass(frozen=True)
class KindParts:
    call_tools: bool  # recording, one-key markers, the listening tally, call measures
    target: Target | None = None  # a line naming what to visit or call


PARTS: dict[StepKind, KindParts] = {
    StepKind.WEBSITE: KindParts(call_tools=False, target=website_link),
    StepKind.CALL: KindParts(call_tools=True, target=number_to_call),
    StepKind.PURCHASE: KindParts(call_tools=False),
    StepKind.VISIT: KindParts(call_tools=False),
    StepKind.MESSAGE: KindParts(call_tools=False),
}
NO_TEMPLATE = KindParts(call_tools=False)  # a step a later step file dropped


def parts_for(template: StepTemplate | None) -> KindParts:
    return PARTS[template.kind] if template else NO_TEMPLATE
