"""Exercise templates a team made, every version, and which one each round uses. Mixed
into `Repository`, which owns the connection."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager

from mysteryshop.errors import TemplateFileError
from mysteryshop.storage.errors import storage_errors
from mysteryshop.template_file import Template, template_from_text, template_to_text


class TemplateStore:
    conn: sqlite3.Connection

    def atomic(self) -> AbstractContextManager[None]:
        raise NotImplementedError  # the repository's

    @storage_errors
    def save_template(self, template: Template, at: float) -> None:
        """Keep a version (a version once kept never changes: a change is a new one); in
        the caller's transaction if there is one (an import lands whole)."""
        with self.atomic():
            self.conn.execute(
                "INSERT INTO templates (id, version, name, body, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (template.id, template.version, template.name, template_to_text(template),
                 at))

    @storage_errors
    def stored_templates(self) -> list[Template]:
        """Every version of every template, by id then version."""
        found = []
        for template_id, version, body in self.conn.execute(
                "SELECT id, version, body FROM templates ORDER BY id, version"):
            try:
                found.append(template_from_text(body, template_id))
            except TemplateFileError:  # a damaged row: the others are still there
                continue
            if (found[-1].id, found[-1].version) != (template_id, version):
                found.pop()  # a row whose body says otherwise is not trusted
        return found

    @storage_errors
    def round_template(self, round_label: str) -> tuple[str, int] | None:
        row = self.conn.execute(
            "SELECT template_id, template_version FROM round_templates WHERE round = ?",
            (round_label,)).fetchone()
        return (str(row[0]), int(row[1])) if row else None

    @storage_errors
    def set_round_template(self, round_label: str, template_id: str, version: int) -> None:
        with self.atomic():
            self.conn.execute(
                "INSERT OR REPLACE INTO round_templates (round, template_id, "
                "template_version) VALUES (?, ?, ?)", (round_label, template_id, version))
