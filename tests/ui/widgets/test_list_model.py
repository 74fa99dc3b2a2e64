"""Lists of thousands of one-line rows (a step's markers) stay fast and one line each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.list_model import RecordsListModel, uniform_list_view


class Lines(RecordsListModel[str]):
    def display(self, record: str, row: int) -> str:
        return record


def test_rows_are_one_line_and_the_view_measures_one_row(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    model = Lines()
    view = uniform_list_view(model, parent)
    model.set_records(["hold music\nthen silence", "answered"])
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "hold music then silence"
    assert view.uniformItemSizes()


def test_the_same_records_again_do_not_reset_the_view(qtbot: QtBot) -> None:
    model = Lines()
    model.set_records(["a", "b"])
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_records(["a", "b"])
    assert resets == []
    model.set_records(["a", "b", "c"])
    assert resets == [True]
