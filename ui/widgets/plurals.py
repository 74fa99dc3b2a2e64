"""Counted words ("1 session", "2 sessions") for code outside a QObject.

Qt picks a language's plural form from a count ("%n session(s)" with n), but lupdate only
marks a text as counted in a `self.tr(text, "", n)` call: the module functions and plain
classes that count things ask this object instead (context "Plurals")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject


class Plurals(QObject):
    def sessions(self, n: int) -> str:
        return self.tr("%n session(s)", "", n)

    def pages(self, n: int) -> str:
        return self.tr("%n page(s)", "", n)

    def recordings(self, n: int) -> str:
        return self.tr("%n recording(s)", "", n)

    def rings(self, n: int) -> str:
        return self.tr("%n ring(s)", "", n)

    def transfers(self, n: int) -> str:
        return self.tr("%n transfer(s)", "", n)

    def points_up(self, n: int) -> str:
        return self.tr("%n point(s) up", "", n)

    def points_down(self, n: int) -> str:
        return self.tr("%n point(s) down", "", n)

    def points_short(self, n: int) -> str:
        return self.tr("%n point(s) short of it", "", n)

    def points_above(self, n: int) -> str:
        return self.tr("%n point(s) above it", "", n)

    def wrote_sessions(self, path: Path, n: int) -> str:
        return self.tr("Wrote {path} (%n session(s)).", "", n).format(path=path)

    def recordings_copied(self, n: int) -> str:
        return self.tr("%n recording(s) copied to the folder “{folder}” beside it.", "", n)

    def what_goes(self, recordings: int) -> str:
        return self.tr("Its notes, ratings, markers and reviews go, and its %n recording(s).",
                       "", recordings)


PLURALS = Plurals()
