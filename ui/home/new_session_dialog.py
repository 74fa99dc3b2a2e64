"""New session: who is shopping, which company, and which round it belongs to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.remembered import remember_geometry


@dataclass(frozen=True)
class NewSessionValues:
    leader: str
    company: str
    round_label: str
    website: str
    phone: str
    template_id: str = ""  # the steps a new round is to use ("": as the round has them)


def default_round_label(today: date) -> str:
    return f"Round 1 — {today:%b %Y}"


class NewSessionDialog(QDialog):
    def __init__(
        self, rounds: list[str], last_leader: str = "", parent: QWidget | None = None,
        leaders: list[str] | None = None,
        templates: list[tuple[str, str]] | None = None,
        round_template: Callable[[str], str] | None = None,
    ) -> None:
        """`leaders`: the team's kept names, picked from a list (typed once, then picked:
        "A. Rivera" and "Ana Rivera" do not become two people). `templates`: (id, name)
        of the exercise templates, offered for a round that starts with this session;
        `round_template(round)` names the template a round already uses."""
        super().__init__(parent)
        self.setObjectName("newSessionDialog")
        self.setWindowTitle(self.tr("New session"))
        intro = QLabel(
            self.tr("For the next hour you are not a leader: you are a customer of your own "
                    "company. Be honest about how each step makes you feel."),
            self,
        )
        intro.setWordWrap(True)
        self.leader_combo = QComboBox(self)
        self.leader_combo.setObjectName("leaderCombo")
        self.leader_combo.setEditable(True)
        self.leader_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.leader_combo.addItems(leaders or [])
        completer = QCompleter(leaders or [], self.leader_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "rivera" finds Ana Rivera
        self.leader_combo.setCompleter(completer)
        line = self.leader_combo.lineEdit()
        assert line is not None  # editable
        self.leader: QLineEdit = line
        self.leader.setText(last_leader)
        self.leader.setObjectName("leaderEdit")
        self.leader.setPlaceholderText(self.tr("Your name: pick it, or type it once"))
        self.company = QLineEdit(self)
        self.company.setObjectName("companyEdit")
        self.company.setPlaceholderText(self.tr("Company or location you are shopping"))
        self.website = QLineEdit(self)
        self.website.setObjectName("websiteEdit")
        self.website.setPlaceholderText("https://…")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phoneEdit")
        self.phone.setPlaceholderText(self.tr("The number a customer would call"))
        self.round = QComboBox(self)
        self.round.setObjectName("roundCombo")
        self.round.setEditable(True)
        self.round.addItems(rounds or [default_round_label(date.today())])
        self.round.setToolTip(self.tr("Sessions of one round are compared with later rounds"))
        form = QFormLayout()
        form.addRow(self.tr("Your &name"), self.leader_combo)
        form.addRow(self.tr("&Company / location"), self.company)
        form.addRow(self.tr("&Website (optional)"), self.website)
        form.addRow(self.tr("&Phone (optional)"), self.phone)
        form.addRow(self.tr("&Round"), self.round)
        self._rounds = list(rounds)
        self._round_template = round_template
        self.template = QComboBox(self)
        self.template.setObjectName("templateCombo")
        for template_id, name in templates or []:
            self.template.addItem(name, template_id)
        self.template.setToolTip(self.tr(
            "The steps of the round (View › Exercise templates): chosen when a round "
            "starts; its sessions keep them"))
        if templates:
            form.addRow(self.tr("S&teps"), self.template)
        else:
            self.template.hide()
        self.round.currentTextChanged.connect(self._show_round_template)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start session"))
        ok.setObjectName("startSessionButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for edit in (self.leader, self.company):
            edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self._show_round_template(self.round.currentText())
        (self.company if last_leader else self.leader).setFocus()
        self.resize(520, self.sizeHint().height())
        remember_geometry(self, "newSession")

    def _update_ok(self) -> None:
        ready = bool(self.leader.text().strip() and self.company.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def _show_round_template(self, round_label: str) -> None:
        """A round that has sessions keeps its steps; a new one may choose."""
        known = round_label.strip() in self._rounds
        if self._round_template is not None:
            index = self.template.findData(self._round_template(round_label.strip()))
            if index >= 0 and (known or not self.template.isEnabled()):
                self.template.setCurrentIndex(index)
        self.template.setEnabled(not known)

    def values(self) -> NewSessionValues:
        return NewSessionValues(
            leader=self.leader.text(),
            company=self.company.text(),
            round_label=self.round.currentText(),
            website=self.website.text(),
            phone=self.phone.text(),
            template_id="" if not self.template.isEnabled() or self.template.isHidden()
            else str(self.template.currentData() or ""),
        )
