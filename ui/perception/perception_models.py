"""The perception check as Qt models: the responses, every point (tagged in place), the
four questions side by side per group, and the themes with the groups that raised them."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from mysteryshop.loop import CoreFactor
from mysteryshop.perception import (
    Group,
    PerceptionPoint,
    PerceptionResponse,
    Question,
    Theme,
)
from mysteryshop.vocabulary import FACTOR_WORDS, GROUP_WORDS, QUESTION_SHORT, QUESTION_WORDS
from ui.loop.loop_models import touchpoint_name
from ui.widgets.table_model import QT_TRANSLATE_NOOP, ColumnsTableModel
from ui.widgets.words import word

Index = QModelIndex | QPersistentModelIndex
Display = Qt.ItemDataRole.DisplayRole
ToolTip = Qt.ItemDataRole.ToolTipRole
Edit = Qt.ItemDataRole.EditRole


def _signed(value: int | None) -> str:
    return "–" if value is None else f"{value:+d}" if value else "0"


class ResponsesModel(ColumnsTableModel):
    columns = (
        QT_TRANSLATE_NOOP("ResponsesModel", "Group"),
        QT_TRANSLATE_NOOP("ResponsesModel", "Source"),
        QT_TRANSLATE_NOOP("ResponsesModel", "Overall"),
        QT_TRANSLATE_NOOP("ResponsesModel", "Excellent service?"),
        QT_TRANSLATE_NOOP("ResponsesModel", "Touchpoints rated"),
        QT_TRANSLATE_NOOP("ResponsesModel", "Points"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.responses: list[PerceptionResponse] = []

    def set_responses(self, responses: list[PerceptionResponse]) -> None:
        self.beginResetModel()
        self.responses = responses
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.responses)

    def data(self, index: Index, role: int = Display) -> Any:
        if not index.isValid() or role not in (Display, ToolTip):
            return None
        r = self.responses[index.row()]
        excellent = ("–" if r.excellent is None else
                     self.tr("Yes") if r.excellent else self.tr("No"))
        return (word(GROUP_WORDS[r.group]), r.source or "–", _signed(r.overall), excellent,
                str(len(r.ratings)), str(len(r.points)))[index.column()]


class PointsModel(ColumnsTableModel):
    """Every point of the round; touchpoint, factor and theme are edited in place (F2 or
    typing), and each edit is handed to `save` (which says whether it was kept)."""

    columns = (
        QT_TRANSLATE_NOOP("PointsModel", "Group"),
        QT_TRANSLATE_NOOP("PointsModel", "Question"),
        QT_TRANSLATE_NOOP("PointsModel", "Point"),
        QT_TRANSLATE_NOOP("PointsModel", "Touchpoint"),
        QT_TRANSLATE_NOOP("PointsModel", "Factor"),
        QT_TRANSLATE_NOOP("PointsModel", "Theme"),
    )
    TOUCHPOINT, FACTOR, THEME = 3, 4, 5

    def __init__(self, save: Callable[[PerceptionResponse, PerceptionPoint], bool],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[PerceptionResponse, PerceptionPoint]] = []
        self._save = save
        self.editable = True

    def set_responses(self, responses: list[PerceptionResponse]) -> None:
        self.beginResetModel()
        self.rows = [(r, p) for r in responses for p in r.points]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.column() >= self.TOUCHPOINT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Display) -> Any:
        if not index.isValid():
            return None
        response, p = self.rows[index.row()]
        column = index.column()
        if role == Edit:
            return (p.touchpoint, p.factor.value if p.factor else "", p.theme)[
                column - self.TOUCHPOINT] if column >= self.TOUCHPOINT else None
        if role == ToolTip and column == 1:
            return word(QUESTION_WORDS[p.question])
        if role not in (Display, ToolTip):
            return None
        source = f" · {response.source}" if response.source else ""
        return (word(GROUP_WORDS[response.group]) + source, word(QUESTION_SHORT[p.question]),
                p.text, touchpoint_name(p.touchpoint) or "–",
                word(FACTOR_WORDS[p.factor]) if p.factor else "–", p.theme or "–")[column]

    def setData(self, index: Index, value: Any, role: int = Edit) -> bool:
        if role != Edit or not index.isValid() or index.column() < self.TOUCHPOINT:
            return False
        response, point = self.rows[index.row()]
        column = index.column()
        text = str(value or "")
        changed = (replace(point, touchpoint=text) if column == self.TOUCHPOINT else
                   replace(point, factor=CoreFactor(text) if text else None)
                   if column == self.FACTOR else replace(point, theme=text))
        return self._save(response, changed)


class TagDelegate(QStyledItemDelegate):
    """Editors for the points table: a list of touchpoints or factors, a theme typed with
    the themes named so far suggested."""

    def __init__(self, touchpoints: list[str], themes: Callable[[], list[str]],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._touchpoints = touchpoints
        self._themes = themes

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        if index.column() == PointsModel.THEME:
            edit = QLineEdit(parent)
            completer = QCompleter(self._themes(), edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
            return edit
        combo = QComboBox(parent)
        if index.column() == PointsModel.TOUCHPOINT:
            combo.addItem(self.tr("Whole experience"), "")
            for key in self._touchpoints:
                combo.addItem(touchpoint_name(key), key)
        else:
            combo.addItem("–", "")
            for factor, text in FACTOR_WORDS.items():
                combo.addItem(word(text), factor.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Edit)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        value = (str(editor.currentData() or "") if isinstance(editor, QComboBox)
                 else editor.text() if isinstance(editor, QLineEdit) else "")
        if value != (index.data(Edit) or ""):
            model.setData(index, value, Edit)


class QuestionsModel(ColumnsTableModel):
    """The four questions down, the groups across: each cell the group's points, one a
    line, with their theme in brackets (a point said n times once, "×n")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(GROUP_WORDS[g] for g in Group)
        self._cells: dict[tuple[Question, Group], list[str]] = {}

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Display
                   ) -> Any:
        if role == Display and orientation == Qt.Orientation.Horizontal:
            return word(self.columns[section])
        if role == Display and orientation == Qt.Orientation.Vertical:
            return "\n".join(textwrap.wrap(word(QUESTION_WORDS[list(Question)[section]]), 30))
        return None

    def set_responses(self, responses: list[PerceptionResponse]) -> None:
        self.beginResetModel()
        said: dict[tuple[Question, Group], dict[str, int]] = {}
        for r in responses:
            for p in r.points:
                line = f"• {p.text}" + (f" [{p.theme}]" if p.theme else "")
                cell = said.setdefault((p.question, r.group), {})
                cell[line] = cell.get(line, 0) + 1
        # The same point from several sheets or respondents: once, with how many said it.
        self._cells = {key: [line if n == 1 else f"{line} ×{n}" for line, n in cell.items()]
                       for key, cell in said.items()}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Question)

    def data(self, index: Index, role: int = Display) -> Any:
        if not index.isValid() or role not in (Display, ToolTip):
            return None
        lines = self._cells.get((list(Question)[index.row()], list(Group)[index.column()]))
        return "\n".join(lines) if lines else "–"


class ThemesModel(ColumnsTableModel):
    """Per theme, how many points each group raised, and whether they agree."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (QT_TRANSLATE_NOOP("ThemesModel", "Theme"),
                        *(GROUP_WORDS[g] for g in Group),
                        QT_TRANSLATE_NOOP("ThemesModel", "Raised by"))
        self.themes: list[Theme] = []
        self._groups: list[Group] = []

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Display
                   ) -> Any:
        if role == Display and orientation == Qt.Orientation.Horizontal and \
                1 <= section <= len(Group):
            return word(self.columns[section])
        return super().headerData(section, orientation, role)

    def set_themes(self, themes: list[Theme], groups: list[Group]) -> None:
        self.beginResetModel()
        self.themes, self._groups = themes, groups
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.themes)

    def data(self, index: Index, role: int = Display) -> Any:
        if not index.isValid() or role not in (Display, ToolTip):
            return None
        theme = self.themes[index.row()]
        column = index.column()
        if column == 0:
            return theme.name
        if column <= len(Group):
            return str(theme.counts.get(list(Group)[column - 1], 0) or "–")
        if theme.agreed(self._groups):
            return self.tr("Every group: they agree")
        raised = [word(GROUP_WORDS[g]) for g in Group if theme.counts.get(g)]
        return self.tr("Only {groups}: they differ").format(groups=", ".join(raised))
