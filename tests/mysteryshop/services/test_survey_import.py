"""A survey tool's CSV export, imported: columns mapped once and remembered, every bad
file refused with the row and column, and nothing half-imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from mysteryshop.errors import SurveyError
from mysteryshop.perception import Group, Question
from mysteryshop.services.app_services import AppServices
from mysteryshop.survey import MAX_BYTES

HEADER = ("Timestamp,What do we do well?,What could be improved?,"
          "What does our competition do differently?,"
          "What should we continue or start?,Overall experience,"
          "Do we deliver excellent service?,Call the business,Website rating\n")
ROWS = (
    '2026-03-01,"Friendly staff\n- quick answers",Hold music,They call back,Keep the '
    'people,-3,no,-6,2\n'
    "2026-03-02,,,,,,,,\n"
    "2026-03-02,Clear prices,,,,4,Yes,,+5\n"
)


def _write(tmp_path: Path, text: str, name: str = "survey.csv",
           encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding, newline="")
    return path


def _import(services: AppServices, path: Path, **kwargs: str) -> tuple[int, int, int]:
    perception = services.perception
    table = perception.read_survey(path, kwargs.pop("encoding", None))
    mapping, _ = perception.survey_mapping(table, "Round 1")
    result = perception.import_survey(table, mapping, "Round 1", Group.CUSTOMERS,
                                      kwargs.get("source", "Customer survey, March"))
    return result.added, result.already_here, result.empty_rows


def test_a_survey_is_mapped_by_its_headers_and_imported_once(
        services: AppServices, tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER + ROWS)
    perception = services.perception
    table = perception.read_survey(path)
    mapping, remembered = perception.survey_mapping(table, "Round 1")
    assert not remembered
    assert mapping == {
        "What do we do well?": "well", "What could be improved?": "improve",
        "What does our competition do differently?": "competition",
        "What should we continue or start?": "continue",
        "Overall experience": "overall", "Do we deliver excellent service?": "excellent",
        "Call the business": "rating:call", "Website rating": "rating:website"}
    assert _import(services, path) == (2, 0, 1)
    first, second = perception.responses("Round 1")
    assert first.group is Group.CUSTOMERS and first.source == "Customer survey, March"
    assert [(p.question, p.text) for p in first.points] == [
        (Question.WELL, "Friendly staff"), (Question.WELL, "quick answers"),
        (Question.IMPROVE, "Hold music"), (Question.COMPETITION, "They call back"),
        (Question.CONTINUE, "Keep the people")]
    assert (first.overall, first.excellent, first.ratings) == (
        -3, False, {"call": -6, "website": 2})
    assert (second.overall, second.excellent, second.ratings) == (4, True, {"website": 5})
    assert _import(services, path) == (0, 2, 1)  # importing twice changes nothing
    assert len(perception.responses()) == 2


def test_the_mapping_is_remembered_for_the_next_export(
        services: AppServices, tmp_path: Path) -> None:
    header = "Stamp;Q1;Q2;Punkte;Kanal\n"
    path = _write(tmp_path, header + "1;Nett;Warten;7;Telefon\n", "april.csv")
    perception = services.perception
    table = perception.read_survey(path)
    guessed, _ = perception.survey_mapping(table, "Round 1")
    assert guessed == {}  # nothing in these headers says what they hold
    mapping = {"Q1": "well", "Q2": "improve", "Punkte": "overall", "Kanal": "source",
               "Stamp": "ignore"}
    perception.import_survey(table, mapping, "Round 1", Group.CUSTOMERS, "Umfrage")
    (response,) = perception.responses()
    assert response.source == "Umfrage — Telefon" and response.overall == 7
    later = perception.read_survey(_write(tmp_path, "stamp; q1 ;Q2;Punkte;Kanal\n2;A;B;-1;\n",
                                          "may.csv"))
    assert perception.survey_mapping(later, "Round 1") == ({
        "stamp": "ignore", "q1": "well", "Q2": "improve", "Punkte": "overall",
        "Kanal": "source"}, True)


@pytest.mark.parametrize(("text", "message"), [
    (HEADER + "2026,a,b,c,d,14,no,,\n", "Row 2, column 'Overall experience': 14 is off"),
    (HEADER + "2026,a,b,c,d,-3,no,,\n2026,a,b,c,d,3,maybe,,\n",
     "Row 3, column 'Do we deliver excellent service?': 'maybe' is neither yes nor no"),
    (HEADER + "2026,a,b,c,d,good,no,,\n", "'good' is not a whole number"),
    (HEADER + "2026,a,b,c,d,2.5,no,,\n", "'2.5' is not a whole number"),
    (HEADER + "2026,a,b\n", "Row 2 has 3 columns; the header row has 9"),
    (HEADER + "2026," + "x" * 501 + ",,,,,,,\n", "an answer of more than 500 characters"),
    ("\n\n", "is empty"),
])
def test_a_bad_file_names_the_row_and_column_and_imports_nothing(
        services: AppServices, tmp_path: Path, text: str, message: str) -> None:
    perception = services.perception
    good = perception.read_survey(_write(tmp_path, HEADER + ROWS, "good.csv"))
    mapping, _ = perception.survey_mapping(good, "Round 1")
    with pytest.raises(SurveyError, match=message.replace("?", r"\?").replace("(", r"\(")):
        table = perception.read_survey(_write(tmp_path, text))
        perception.import_survey(table, mapping, "Round 1", Group.STAFF)
    assert perception.responses() == []


def test_wrong_encoding_size_and_mapping_are_explained(
        services: AppServices, tmp_path: Path) -> None:
    latin = _write(tmp_path, HEADER + "2026,Größe,b,c,d,1,no,,\n", "excel.csv", "cp1252")
    with pytest.raises(SurveyError, match=r"not utf-8-sig text \(row 2, column 2\).*cp1252"):
        _import(services, latin)
    assert _import(services, latin, encoding="cp1252") == (1, 0, 0)
    assert services.perception.responses()[0].points[0].text == "Größe"
    utf16 = _write(tmp_path, HEADER + "2026,Schön,b,c,d,1,ja,,\n", "u16.csv", "utf-16")
    assert _import(services, utf16) == (1, 0, 0)

    big = tmp_path / "big.csv"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(SurveyError, match="a survey export can be at most 20 MB"):
        _import(services, big)

    perception = services.perception
    table = perception.read_survey(_write(tmp_path, HEADER + ROWS))
    with pytest.raises(SurveyError, match="No column is called 'Score'"):
        perception.import_survey(table, {"Score": "overall"}, "Round 1", Group.STAFF)
    with pytest.raises(SurveyError, match="No column is mapped"):
        perception.import_survey(table, {"Timestamp": "ignore"}, "Round 1", Group.STAFF)
    with pytest.raises(SurveyError, match="both mapped to 'overall'"):
        perception.import_survey(table, {"Overall experience": "overall",
                                         "Website rating": "overall"}, "Round 1", Group.STAFF)
    with pytest.raises(SurveyError, match="not something a column can hold"):
        perception.import_survey(table, {"Overall experience": "rating:nowhere"},
                                 "Round 1", Group.STAFF)
    assert len(perception.responses()) == 2


def test_ratings_on_another_scale_are_mapped_onto_ours_and_the_scale_remembered(
        services: AppServices, tmp_path: Path) -> None:
    from mysteryshop.survey import Scale

    path = _write(tmp_path, "Overall experience,Call the business\n0,10\n5,3\n10,\n",
                  "nps.csv")
    perception = services.perception
    table = perception.read_survey(path)
    mapping, _ = perception.survey_mapping(table, "Round 1")
    assert perception.survey_scale(table) == Scale()  # ours, until told
    perception.import_survey(table, mapping, "Round 1", Group.CUSTOMERS, "NPS",
                             Scale.parse("0..10"))
    assert [(r.overall, dict(r.ratings)) for r in perception.responses()] == [
        (-10, {"call": 10}), (0, {"call": -4}), (10, {})]
    assert perception.survey_scale(perception.read_survey(path)) == Scale(0, 10)
    stars = perception.read_survey(_write(tmp_path, "Overall experience\n1\n2\n3\n5\n",
                                          "stars.csv"))
    perception.import_survey(stars, {"Overall experience": "overall"}, "Round 2",
                             Group.CUSTOMERS, "Stars", Scale(1, 5))
    assert [r.overall for r in perception.responses("Round 2")] == [-10, -5, 0, 10]
    with pytest.raises(SurveyError, match=r"Row 2, column 'Overall experience': 11 is off "
                                          r"the 0\.\.10 scale"):
        perception.import_survey(
            perception.read_survey(_write(tmp_path, "Overall experience\n11\n", "bad.csv")),
            {"Overall experience": "overall"}, "Round 3", Group.STAFF, "", Scale(0, 10))
    with pytest.raises(SurveyError, match=r"A scale is LOW\.\.HIGH"):
        Scale.parse("10..0")
    assert str(Scale()) == "-10..+10" and Scale.parse(" -10..+10 ") == Scale()
