"""The exercise templates that travel with shared sessions: each session names the
template version it was run with, and the bundle carries the team-made ones it uses (the
built-in one every app has). A template in a bundle is read as strictly as a template
file; one that is not valid refuses the bundle, naming it."""

from __future__ import annotations

from typing import Any

from mysteryshop.bundle.fields import Fields, invalid
from mysteryshop.errors import TemplateFileError
from mysteryshop.model import BUILT_IN_TEMPLATE
from mysteryshop.template_file import KEY, Template, template_from_dict, template_to_dict

MAX_TEMPLATES = 50


def templates_record(templates: list[Template]) -> list[dict[str, Any]]:
    return [template_to_dict(t) for t in templates]


def templates_from(top: Fields) -> list[Template]:
    raw = top.raw_list("templates")
    if len(raw) > MAX_TEMPLATES:
        raise invalid("templates", f"holds more than {MAX_TEMPLATES}")
    found = []
    for i, item in enumerate(raw):
        try:
            found.append(template_from_dict(item))
        except TemplateFileError as exc:
            raise invalid(f"templates[{i}]", f"is not a valid template ({exc})") from exc
    if len({(t.id, t.version) for t in found}) != len(found):
        raise invalid("templates", "holds one template version twice")
    return found


def session_template(f: Fields) -> tuple[str, int]:
    """The template (id, version) a shared session names; the built-in one if none (a
    bundle from before templates)."""
    raw = f.data.get("template")
    if raw is None:
        return BUILT_IN_TEMPLATE, 1
    where = f._at("template")
    if not isinstance(raw, dict):
        raise invalid(where, "must be an object")
    template_id, version = raw.get("id"), raw.get("version")
    if not isinstance(template_id, str) or not KEY.match(template_id):
        raise invalid(f"{where}.id", "must be a template id")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < 10**6:
        raise invalid(f"{where}.version", "must be a whole number from 1")
    return template_id, version
