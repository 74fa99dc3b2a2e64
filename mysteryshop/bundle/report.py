"""What an import did, session by session: what the CLI prints and the app lists."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mysteryshop.bundle.merge import Outcome, SessionMerge


@dataclass
class ImportReport:
    bundle: Path
    sessions: list[SessionMerge]

    def of(self, outcome: Outcome) -> list[SessionMerge]:
        return [s for s in self.sessions if s.outcome is outcome]

    def changed_ids(self) -> set[str]:
        """Sessions this import added or updated."""
        return {m.incoming.id for m in self.sessions if m.outcome is not Outcome.SKIPPED}

    def added_ids(self) -> list[str]:
        return [m.incoming.id for m in self.of(Outcome.ADDED)]

    def lines(self) -> list[str]:
        """One line per session, then the counts (what the CLI prints, the app lists)."""
        lines = []
        for merge in self.sessions:
            if merge.outcome is Outcome.ADDED:
                line = f"added: {merge.label}"
            elif merge.outcome is Outcome.UPDATED:
                line = f"updated: {merge.label} ({', '.join(merge.changes)})"
            else:
                line = f"skipped: {merge.label} ({merge.reason})"
            lines.append(f"{line}; warning: {merge.warning}" if merge.warning else line)
        lines.append(self.counts())
        return lines

    def counts(self) -> str:
        return (f"{len(self.of(Outcome.ADDED))} added, {len(self.of(Outcome.UPDATED))} updated, "
                f"{len(self.of(Outcome.SKIPPED))} skipped")
