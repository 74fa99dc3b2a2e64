"""The perception check: entering each group's responses, importing a survey, and the
overview that lays leadership, staff, customers and the mystery shop side by side."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from mysteryshop.errors import MysteryShopError
from mysteryshop.model import check_points
from mysteryshop.perception import (
    POINT_MAX,
    SOURCE_MAX,
    THEME_MAX,
    Group,
    PerceptionOverview,
    PerceptionPoint,
    PerceptionResponse,
    SessionMeans,
    excellent_shares,
    group_rating,
    groups_answered,
    themes,
    touchpoint_perceptions,
)
from mysteryshop.storage.repository import Repository
from mysteryshop.survey import (
    Scale,
    SurveyTable,
    check_mapping,
    guess_mapping,
    read_table,
    responses_from,
)
from mysteryshop.text import one_line

logger = logging.getLogger(__name__)

RESPONSE_FIELDS = frozenset({"group", "source", "overall", "excellent", "ratings", "points"})




def _same(header: str) -> str:
    """A column name as the remembered mapping matches it: case and spacing aside."""
    return " ".join(header.split()).casefold()


@dataclass(frozen=True)
class SurveyResult:
    """What `import_survey` did: responses added, found already here, rows with nothing."""

    added: int
    already_here: int
    empty_rows: int


class PerceptionService:
    """Perception responses over the connection it is given."""

    def __init__(self, repository: Repository, clock: Callable[[], float]) -> None:
        self._repository = repository
        self._clock = clock

    def responses(self, round_label: str | None = None) -> list[PerceptionResponse]:
        return self._repository.responses(round_label)

    def add_response(self, round_label: str, group: Group, **fields: Any
                     ) -> PerceptionResponse:
        """A response of the round; `fields` as in `PerceptionResponse` (source, overall,
        excellent, ratings, points: points with no id get one)."""
        if not one_line(round_label):
            raise MysteryShopError("A perception check belongs to a round: name it.")
        now = self._clock()
        response = self._checked(
            PerceptionResponse(uuid.uuid4().hex, one_line(round_label), Group(group),
                               created_at=now, edited_at=now), fields)
        self._repository.save_responses([response])
        logger.info("Added %s response %s (round %r, %d points)", response.group.value,
                    response.id, response.round, len(response.points))
        return response

    def update_response(self, response: PerceptionResponse, **changes: Any
                        ) -> PerceptionResponse:
        changed = replace(self._checked(response, changes), edited_at=self._clock())
        self._repository.save_responses([changed])
        return changed

    def delete_response(self, response_id: str) -> None:
        """The response goes with its points (findings made from them stay, unlinked)."""
        self._repository.delete_response(response_id)

    def themes_named(self) -> list[str]:
        return self._repository.themes_named()

    def sources_named(self) -> list[str]:
        return self._repository.sources_named()

    def _checked(self, response: PerceptionResponse, changes: dict[str, Any]
                 ) -> PerceptionResponse:
        unknown = set(changes) - RESPONSE_FIELDS
        if unknown:
            raise ValueError(f"not response fields: {sorted(unknown)}")
        if "group" in changes:
            changes["group"] = Group(changes["group"])
        if "source" in changes:
            changes["source"] = one_line(changes["source"])
            if len(changes["source"]) > SOURCE_MAX:
                raise MysteryShopError("Name the source in at most {limit} characters.",
                                       limit=SOURCE_MAX)
        if "overall" in changes:
            changes["overall"] = check_points(changes["overall"])
        if "ratings" in changes:
            changes["ratings"] = {str(k): check_points(v) for k, v
                                  in dict(changes["ratings"]).items() if v is not None}
        if "points" in changes:
            changes["points"] = tuple(self._checked_point(p) for p in changes["points"])
        return replace(response, **changes)

    @staticmethod
    def _checked_point(point: PerceptionPoint) -> PerceptionPoint:
        text = one_line(point.text)
        if not text:
            raise MysteryShopError("A point needs a few words.")
        if len(text) > POINT_MAX:
            raise MysteryShopError("Say each point in at most {limit} characters.",
                                   limit=POINT_MAX)
        theme = one_line(point.theme)
        if len(theme) > THEME_MAX:
            raise MysteryShopError("Name a theme in at most {limit} characters.",
                                   limit=THEME_MAX)
        return replace(point, id=point.id or uuid.uuid4().hex, text=text, theme=theme)

    # -- the overview --------------------------------------------------------------------

    def overview(self, round_label: str) -> PerceptionOverview:
        """The round's responses beside its sessions (demos left out)."""
        responses = self._repository.responses(round_label)
        sessions = [SessionMeans(key, title, tuple(predicted), tuple(felt))
                    for key, title, predicted, felt
                    in self._repository.round_touchpoint_means(round_label)]
        if not sessions:
            from mysteryshop.templates import default_templates

            sessions = [SessionMeans(t.key, t.title) for t in default_templates()]
        return PerceptionOverview(
            round_label, tuple(responses),
            tuple(touchpoint_perceptions(sessions, responses)),
            {g: group_rating(responses, g) for g in Group},
            excellent_shares(responses), tuple(themes(responses)),
            tuple(groups_answered(responses)))

    def rounds(self) -> list[str]:
        """Rounds with sessions or responses, newest first."""
        rounds = self._repository.rounds(include_demo=False)
        return [r for r in self._repository.response_rounds() if r not in rounds] + rounds

    # -- surveys -------------------------------------------------------------------------

    def touchpoints(self, round_label: str) -> list[tuple[str, str]]:
        """(key, title) of the touchpoints a survey column can rate: the round's, or the
        standard five."""
        from mysteryshop.templates import default_templates

        found = {key: title for key, title, _, _
                 in self._repository.round_touchpoint_means(round_label)}
        for t in default_templates():
            found.setdefault(t.key, t.title)
        return list(found.items())

    @staticmethod
    def read_survey(path: Path, encoding: str | None = None) -> SurveyTable:
        """Read a survey tool's CSV (no database: any thread). SurveyError names what is
        wrong and where."""
        return read_table(path, encoding)

    def survey_mapping(self, table: SurveyTable, round_label: str) -> tuple[dict[str, str],
                                                                            bool]:
        """The mapping used last time for this header row (True), or a guess (False)."""
        remembered = self._repository.survey_mapping(table.signature)
        if remembered is not None:
            here = {_same(h): h for h in table.headers}
            return {here[_same(h)]: v for h, v in remembered[0].items()
                    if _same(h) in here}, True
        return guess_mapping(table, self.touchpoints(round_label)), False

    def survey_scale(self, table: SurveyTable) -> Scale:
        """The rating scale used last time for this header row; ours (−10..+10) else."""
        remembered = self._repository.survey_mapping(table.signature)
        try:
            return Scale.parse(remembered[1]) if remembered and remembered[1] else Scale()
        except MysteryShopError:
            return Scale()

    def import_survey(self, table: SurveyTable, mapping: dict[str, str], round_label: str,
                      group: Group, source: str = "", scale: Scale | None = None
                      ) -> SurveyResult:
        """Every row with an answer becomes a response, all in one transaction (or none, with
        a SurveyError naming the row and column); rows imported before are left as they
        are. Ratings on another `scale` (0..10, 1..5) are mapped onto −10..+10. The
        mapping and scale are remembered for the next file with this header row."""
        if not one_line(round_label):
            raise MysteryShopError("A perception check belongs to a round: name it.")
        keys = [k for k, _ in self.touchpoints(round_label)]
        used = check_mapping(table, mapping, keys)
        scale = scale or Scale()
        made = responses_from(table, used, one_line(round_label), Group(group), one_line(source),
                              self._clock(), scale)
        here = self._repository.response_ids()
        new = [r for r in made.responses if r.id not in here]
        self._repository.save_responses(new)
        self._repository.remember_survey_mapping(table.signature, mapping, str(scale),
                                                 self._clock())
        logger.info("Imported %d survey responses from %s (%d already here, %d empty rows)",
                    len(new), table.path, len(made.responses) - len(new), made.empty_rows)
        return SurveyResult(len(new), len(made.responses) - len(new), made.empty_rows)


def points_from_lines(question_lines: Iterable[tuple[Any, str]],
                      earlier: Sequence[PerceptionPoint] = ()) -> list[PerceptionPoint]:
    """Points typed one per line under each question; a line that matches an earlier point
    of the same question keeps that point (its id, tags and theme), so editing the list
    keeps findings made from it linked."""
    from mysteryshop.survey import split_points

    pool = list(earlier)
    points: list[PerceptionPoint] = []
    for question, text in question_lines:
        for line in split_points(text):
            match = next((p for p in pool if p.question == question and p.text == line), None)
            if match is not None:
                pool.remove(match)
                points.append(match)
            else:
                points.append(PerceptionPoint("", question, line))
    return points

