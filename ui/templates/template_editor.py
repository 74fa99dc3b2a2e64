"""View › Exercise templates: the built-in five steps (kept as written: round 1 uses them),
and the templates a team makes from them: add touchpoints, reorder, rename, choose each
step's kind, edit the guided questions (and whether "Yes" is good) and the watch-for
texts. Saving a change makes a new version; sessions keep the version they were run
with. Templates are exported and imported as files, and chosen for a round."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.errors import MysteryShopError
from mysteryshop.model import StepKind
from mysteryshop.template_file import Question, StepTemplate, Template
from mysteryshop.templates import BUILT_IN_ID
from mysteryshop.vocabulary import STEP_KIND_WORDS
from ui.errors import error_text
from ui.widgets.remembered import remember_geometry
from ui.widgets.words import word

if TYPE_CHECKING:
    from mysteryshop.services.templates import TemplateService


def step_kind_text(kind: StepKind) -> str:
    return word(STEP_KIND_WORDS[kind])


def _key_of(title: str, taken: set[str]) -> str:
    """A step key from its title ("Live chat" -> "live-chat"), unique in the template."""
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:32] or "step"
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    return key


class StepForm(QWidget):
    """One step's texts; `step()` reads them back (questions one per line, "-" first
    for a question where "Yes" is the bad answer)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(self)
        self.title.setObjectName("stepTitleEdit")
        self.short_title = QLineEdit(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("stepKind")
        for kind in StepKind:
            self.kind.addItem(step_kind_text(kind), kind)
        self.instruction = QPlainTextEdit(self)
        self.watch_for = QPlainTextEdit(self)
        self.questions = QPlainTextEdit(self)
        self.questions.setObjectName("stepQuestions")
        self.questions.setPlaceholderText(self.tr(
            "One question per line. Start a line with “-” when “Yes” is the bad answer."))
        for box in (self.instruction, self.watch_for, self.questions):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(3 * box.fontMetrics().height() + 10)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("S&hort name"), self.short_title)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&What to do"), self.instruction)
        form.addRow(self.tr("Watch &for"), self.watch_for)
        form.addRow(self.tr("&Questions"), self.questions)
        self._shown: StepTemplate | None = None

    def show_step(self, step: StepTemplate | None, editable: bool) -> None:
        self._shown = step
        self.setEnabled(step is not None)
        for box in (self.title, self.short_title):
            box.setReadOnly(not editable)
        for text in (self.instruction, self.watch_for, self.questions):
            text.setReadOnly(not editable)
        self.kind.setEnabled(editable)
        if step is None:
            for box in (self.title, self.short_title):
                box.clear()
            for text in (self.instruction, self.watch_for, self.questions):
                text.clear()
            return
        self.title.setText(step.title)
        self.short_title.setText(step.short_title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(step.kind)))
        self.instruction.setPlainText(step.instruction)
        self.watch_for.setPlainText("\n".join(step.watch_for))
        self.questions.setPlainText("\n".join(
            q.text if q.yes_is_good else f"- {q.text}" for q in step.questions))

    def step(self) -> StepTemplate | None:
        """The shown step as edited (its questions keep their ids where the text stayed)."""
        shown = self._shown
        if shown is None:
            return None
        ids = {q.text: q.id for q in shown.questions}
        questions: list[Question] = []
        for line in self.questions.toPlainText().splitlines():
            text = line.strip()
            good = not text.startswith("-")
            text = text.lstrip("-").strip()
            if text:
                taken = {q.id for q in questions}
                qid = ids.get(text) or _key_of(f"{shown.key}-{text[:24]}", taken)
                questions.append(Question(qid if qid not in taken else
                                          _key_of(qid, taken), text, good))
        title = self.title.text().strip() or shown.title
        return replace(
            shown, title=title, short_title=self.short_title.text().strip() or title[:24],
            kind=StepKind(self.kind.currentData()),
            instruction=self.instruction.toPlainText().strip(),
            watch_for=tuple(w.strip() for w in self.watch_for.toPlainText().splitlines()
                            if w.strip()),
            questions=tuple(questions))


class TemplateEditor(QDialog):
    def __init__(self, templates: TemplateService, rounds: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("Exercise templates"))
        self.templates = templates
        self.choice = QComboBox(self)
        self.choice.setObjectName("templateChoice")
        self.choice.currentIndexChanged.connect(lambda _i: self._show_template())
        self.copy_button = QPushButton(self.tr("&Make a copy…"), self)
        self.copy_button.clicked.connect(self.make_copy)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.clicked.connect(self.export_file)
        self.about = QLabel(self)
        self.about.setObjectName("templateAbout")
        self.about.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("templateName")
        self.steps = QListWidget(self)
        self.steps.setObjectName("templateSteps")
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setMinimumWidth(300)
        self.steps.currentRowChanged.connect(self._on_step_chosen)
        self.steps.model().rowsMoved.connect(lambda *_: self._order_changed())
        self.add_button = QPushButton(self.tr("&Add touchpoint"), self)
        self.add_button.clicked.connect(self.add_step)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.form = StepForm(self)
        self.round = QComboBox(self)
        self.round.setObjectName("templateRound")
        self.round.setEditable(True)
        self.round.addItems(rounds)
        self.use_button = QPushButton(self.tr("Use for this r&ound"), self)
        self.use_button.clicked.connect(self.use_for_round)
        self.status = QLabel(self)
        self.status.setObjectName("templateStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save as a new version"),
                                             QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.clicked.connect(self.save)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.choice, 1)
        for button in (self.copy_button, self.import_button, self.export_button):
            top.addWidget(button)
        step_buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.steps, 2)
        middle.addLayout(step_buttons)
        middle.addWidget(self.form, 3)
        use = QHBoxLayout()
        use.addWidget(QLabel(self.tr("Round"), self))
        use.addWidget(self.round, 1)
        use.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.about)
        name_row = QFormLayout()
        name_row.addRow(self.tr("&Name"), self.name)
        layout.addLayout(name_row)
        layout.addLayout(middle, 1)
        layout.addLayout(use)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._steps: list[StepTemplate] = []
        self._row = -1
        self._load(None)
        self.resize(980, 620)
        remember_geometry(self, "templates")

    # -- which template ---------------------------------------------------------------

    def _load(self, select: Template | None) -> None:
        try:
            latest = self.templates.latest()
        except MysteryShopError as exc:
            self.status.setText(error_text(exc))
            return
        self.choice.blockSignals(True)
        self.choice.clear()
        for template in latest:
            self.choice.addItem(self.tr("{name} (version {n})").format(
                name=template.name, n=template.version), template.id)
        self.choice.blockSignals(False)
        index = self.choice.findData(select.id) if select is not None else 0
        self.choice.setCurrentIndex(max(0, index))
        self._show_template()

    def current(self) -> Template:
        return self.templates.get(str(self.choice.currentData()))

    def _show_template(self) -> None:
        template = self.current()
        built_in = template.id == BUILT_IN_ID
        self.about.setText(self.tr(
            "The built-in exercise stays as written. In round 1, do every step and add "
            "none: start basic, and add touchpoints after learning from the first round. "
            "Make a copy to grow it for later rounds.") if built_in else self.tr(
            "Saving makes version {n}; sessions keep the version they were run with.")
            .format(n=template.version + 1))
        self.name.setText(template.name)
        self.name.setReadOnly(built_in)
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button,
                       self.save_button):
            widget.setEnabled(not built_in)
        self._steps = list(template.steps)
        self._row = -1
        self._fill_steps(0)

    def _fill_steps(self, row: int) -> None:
        self.steps.blockSignals(True)
        self.steps.clear()
        for i, step in enumerate(self._steps, start=1):
            self.steps.addItem(f"{i}. {step.title} · {step_kind_text(step.kind)}")
        self.steps.blockSignals(False)
        self._row = -1
        self.steps.setCurrentRow(min(row, len(self._steps) - 1))

    def _editable(self) -> bool:
        return str(self.choice.currentData()) != BUILT_IN_ID

    # -- the steps --------------------------------------------------------------------

    def _keep_form(self) -> None:
        """What the form shows goes back into the step list before another is shown."""
        edited = self.form.step()
        if self._editable() and edited is not None and 0 <= self._row < len(self._steps):
            if self.current().step(edited.key) is None:  # added here: named by its title
                taken = {s.key for i, s in enumerate(self._steps) if i != self._row}
                short = (edited.title[:24] if edited.short_title == self.tr("New touchpoint")
                         else edited.short_title)
                edited = replace(edited, key=_key_of(edited.title, taken), short_title=short)
            self._steps[self._row] = edited

    def _on_step_chosen(self, row: int) -> None:
        self._keep_form()
        self._row = row
        self.form.show_step(self._steps[row] if 0 <= row < len(self._steps) else None,
                            self._editable())

    def add_step(self) -> StepTemplate:
        self._keep_form()
        title = self.tr("New touchpoint")
        step = StepTemplate(_key_of(title, {s.key for s in self._steps}), title[:24], title,
                            StepKind.MESSAGE, "", (), "", self.tr("How did it make me FEEL?"),
                            ())
        self._steps.append(step)
        self._fill_steps(len(self._steps) - 1)
        self.form.title.setFocus()
        self.form.title.selectAll()
        return step

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        if 0 <= row < len(self._steps) and len(self._steps) > 1:
            del self._steps[row]
            self._row = -1
            self._fill_steps(row)

    def move_step(self, by: int) -> None:
        self._keep_form()
        row = self.steps.currentRow()
        to = row + by
        if 0 <= row < len(self._steps) and 0 <= to < len(self._steps):
            self._steps[row], self._steps[to] = self._steps[to], self._steps[row]
            self._fill_steps(to)

    def _order_changed(self) -> None:
        """A drag in the list: read the order back from the rows' texts' numbers."""
        order = [int(self.steps.item(i).text().split(".", 1)[0]) - 1
                 for i in range(self.steps.count())]
        self._steps = [self._steps[i] for i in order]
        self._fill_steps(self.steps.currentRow())

    # -- saving, files, rounds --------------------------------------------------------

    def edited(self) -> Template:
        self._keep_form()
        template = self.current()
        return replace(template, name=self.name.text().strip() or template.name,
                       steps=tuple(self._steps))

    def save(self) -> Template | None:
        try:
            saved = self.templates.save(self.edited())
        except MysteryShopError as exc:
            self.status.setText(error_text(exc))
            return None
        self.status.setText(self.tr("Saved {name}, version {n}.").format(name=saved.name,
                                                                         n=saved.version))
        self._load(saved)
        return saved

    def make_copy(self, name: str | None = None) -> Template | None:
        source = self.edited()
        name = name or self.tr("{name} (our version)").format(name=source.name)
        taken = {t.id for t in self.templates.latest()}
        try:
            copy = self.templates.copy(source, _key_of(name, taken), name)
        except MysteryShopError as exc:
            self.status.setText(error_text(exc))
            return None
        self.status.setText(self.tr("Made {name}: change it, then save.").format(
            name=copy.name))
        self._load(copy)
        return copy

    def use_for_round(self) -> bool:
        round_label = self.round.currentText().strip()
        if not round_label:
            self.status.setText(self.tr("Name the round first."))
            return False
        template = self.current()
        try:
            self.templates.set_for_round(round_label, template)
        except MysteryShopError as exc:
            self.status.setText(error_text(exc))
            return False
        self.status.setText(self.tr("New sessions of {round} use {name}, version {n}.")
                            .format(round=round_label, name=template.name,
                                    n=template.version))
        return True

    def export_file(self, target: Path | None = None) -> Path | None:
        template = self.current()
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export template"), f"{template.id}.json",
                self.tr("Mystery Shop templates (*.json)"))
            if not chosen:
                return None
            target = Path(chosen)
        try:
            written = self.templates.export(template, target)
        except MysteryShopError as exc:
            self.status.setText(error_text(exc))
            return None
        self.status.setText(self.tr("Wrote {path}.").format(path=written))
        return written

    def import_file(self, source: Path | None = None) -> Template | None:
        if source is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import template"), "",
                self.tr("Mystery Shop templates (*.json)"))
            if not chosen:
                return None
            source = Path(chosen)
        try:
            kept = self.templates.import_file(source)
        except MysteryShopError as exc:
            self.status.setText(error_text(exc))
            return None
        self.status.setText(self.tr("Imported {name}, version {n}.").format(
            name=kept.name, n=kept.version))
        self._load(kept)
        return kept

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter in a field must not close the editor with its changes
        super().keyPressEvent(event)
