"""Exercise templates: the built-in five steps, and the templates a team makes from it.

A template is versioned: saving a change makes a new version, and sessions keep the
version they were run with. Templates travel as files (exported, imported); an imported
template never overwrites a version kept here. Round 1 of the exercise keeps the built-in
five steps ("in round 1, do every step and add none"); later rounds may use another.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from mysteryshop.atomic import atomic_write, shareable_mode
from mysteryshop.errors import MysteryShopError, NotFoundError, TemplateFileError
from mysteryshop.storage.repository import Repository
from mysteryshop.template_file import (
    MAX_FILE_BYTES,
    Template,
    template_from_text,
    template_to_text,
)
from mysteryshop.templates import BUILT_IN_ID, built_in_template, remember


class TemplateService:
    def __init__(self, repository: Repository,
                 clock: Callable[[], float] = time.time) -> None:
        self._repository = repository
        self.clock = clock
        # The templates of this data folder, and only those, answer for its sessions.
        remember(repository.stored_templates(), only=True)

    def versions(self) -> list[Template]:
        """The built-in template, then every version of every team template."""
        return [built_in_template(), *self._repository.stored_templates()]

    def latest(self) -> list[Template]:
        """Each template once, at its newest version (the built-in one first)."""
        newest: dict[str, Template] = {}
        for template in self.versions():
            newest[template.id] = template
        return list(newest.values())

    def get(self, template_id: str, version: int | None = None) -> Template:
        """A template at `version` (None: its newest)."""
        found = [t for t in self.versions() if t.id == template_id
                 and (version is None or t.version == version)]
        if not found:
            raise NotFoundError(f"There is no template {template_id!r}"
                                + (f" version {version}." if version else "."))
        return found[-1]

    def save(self, template: Template) -> Template:
        """Keep a template made or changed here: a new id starts at version 1, a change to
        a kept one is its next version, and no change keeps what is there."""
        if template.id == BUILT_IN_ID:
            raise TemplateFileError("The built-in exercise stays as it is: save your changes "
                                    "as a template of your own (a copy with its own name).")
        kept = [t for t in self.versions() if t.id == template.id]
        if kept and _same(kept[-1], template):
            return kept[-1]
        saved = replace(template, version=kept[-1].version + 1 if kept else 1)
        self._repository.save_template(saved, self.clock())
        remember([saved])
        return saved

    def copy(self, source: Template, new_id: str, name: str) -> Template:
        """A new template of one's own from `source` (the built-in one, say)."""
        if any(t.id == new_id for t in self.versions()):
            raise TemplateFileError("There is a template {id!r} already: choose another "
                                    "name.", id=new_id)
        return self.save(replace(source, id=new_id, name=name, version=1))

    # -- files -----------------------------------------------------------------------------

    def export(self, template: Template, out: Path) -> Path:
        try:
            with atomic_write(out, mode=shareable_mode()) as file:
                file.write(template_to_text(template).encode("utf-8"))
        except OSError as exc:
            raise MysteryShopError("Could not write {out}: {reason}", out=out,
                                   reason=exc.strerror or exc) from exc
        return out

    def import_file(self, path: Path) -> Template:
        """Read a template file and keep it: the same version again changes nothing; a
        version that differs from the one kept here comes in as the next version (ours
        stays as it was). A hostile or broken file is refused, saying why."""
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise TemplateFileError("The template is larger than a template may be "
                                        "({limit} kB).", limit=MAX_FILE_BYTES // 1000)
            incoming = template_from_text(path.read_bytes())
        except OSError as exc:
            raise MysteryShopError("Could not read {path}: {reason}", path=path,
                                   reason=exc.strerror or exc) from exc
        kept = [t for t in self.versions() if t.id == incoming.id]
        if incoming.id == BUILT_IN_ID:
            if _same(kept[-1], incoming):
                return kept[-1]
            raise TemplateFileError("The file calls itself the built-in exercise but differs "
                                    "from it: give it an id of its own.")
        same = next((t for t in kept if _same(t, incoming)), None)
        if same is not None:
            return same
        newest = kept[-1].version if kept else 0
        stored = replace(incoming, version=max(incoming.version, newest + 1))
        self._repository.save_template(stored, self.clock())
        remember([stored])
        return stored

    # -- rounds ------------------------------------------------------------------------------

    def for_round(self, round_label: str) -> Template:
        """The template a round uses (the built-in one unless another was chosen)."""
        chosen = self._repository.round_template(round_label)
        if chosen is None:
            return built_in_template()
        try:
            return self.get(*chosen)
        except NotFoundError:
            return built_in_template()

    def set_for_round(self, round_label: str, template: Template) -> None:
        if template.id != BUILT_IN_ID and self.is_first_round(round_label):
            raise TemplateFileError("In round 1, do every step and add none: start basic, "
                                    "and add touchpoints after learning from the first "
                                    "round.")
        self._repository.set_round_template(round_label, template.id, template.version)

    def is_first_round(self, round_label: str) -> bool:
        """No other round has sessions yet, or this one began first."""
        rounds = self._repository.rounds(include_demo=False)  # most recent first
        return not rounds or rounds[-1] == round_label


def _same(a: Template, b: Template) -> bool:
    """The same steps under the same name (the version number aside)."""
    return (a.id, a.name, a.steps) == (b.id, b.name, b.steps)
