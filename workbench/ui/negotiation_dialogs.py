"""Dialogs of the negotiation panels: an alternative's wording, positions, proposals to merge, the
compilation document's details, a proposal received as a file.

Parties are picked from a list (the draft's parties first, then the UN list, ``core.parties``) or
typed; a name is never split at its commas ("Korea, Republic of").
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout)

from . import folders
from ..core.parties import known_parties
from .i18n import zh_font

ROLE = Qt.ItemDataRole.UserRole


def party_box(parent, parties: list[str], current: str = "") -> QComboBox:
    """An editable list of parties (those of the draft first), completing what is typed."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    names = list(dict.fromkeys([p for p in parties if p] + known_parties()))
    box.addItems(names)
    completer = QCompleter(names, box)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    box.setCompleter(completer)
    box.setCurrentText(current)
    return box


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class AlternativeDialog(QDialog):
    """The wording (English, Chinese) of a new alternative and the party proposing it."""

    def __init__(self, title: str, text: str = "", text_zh: str = "", proposer: str = "",
                 parties: list[str] = (), parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text, self.text_zh = QPlainTextEdit(text, self), QPlainTextEdit(text_zh, self)
        self.text_zh.setFont(zh_font())
        self.proposer = party_box(self, list(parties), proposer)
        form = QFormLayout(self)
        form.addRow(self.tr("Wording (English):"), self.text)
        form.addRow(self.tr("Wording (Chinese):"), self.text_zh)
        form.addRow(self.tr("Proposed by:"), self.proposer)
        self.buttons = _buttons(self)
        form.addRow(self.buttons)


class PositionsDialog(QDialog):
    """Who proposes, supports and opposes one option: parties picked from the list, one at a time."""

    def __init__(self, option: dict, parties: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Positions"))
        self.proposer_name = option.get("proposer", "")
        self.stances: dict[str, str] = {p: "support" for p in option.get("supporters", [])}
        self.stances.update({p: "oppose" for p in option.get("opponents", [])})
        self.party = party_box(self, parties)
        self.support_button, self.oppose_button = QPushButton(self.tr("Supports"), self), QPushButton(self.tr("Opposes"), self)
        self.clear_button = QPushButton(self.tr("No position"), self)
        self.support_button.clicked.connect(lambda: self.set_stance("support"))
        self.oppose_button.clicked.connect(lambda: self.set_stance("oppose"))
        self.clear_button.clicked.connect(lambda: self.set_stance("none"))
        self.list = QListWidget(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a4262c")
        self.problem.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (self.party, self.support_button, self.oppose_button, self.clear_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        who = option.get("proposer") or self.tr("the base text")
        layout.addWidget(QLabel(self.tr("Proposed by: {0}").format(who), self))
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problem)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        self._fill()

    def set_stance(self, stance: str, party: str | None = None) -> bool:
        name = (party if party is not None else self.party.currentText()).strip()
        self.problem.setText("")
        if not name:
            self.problem.setText(self.tr("Choose or type the name of a party."))
            return False
        if name == self.proposer_name and stance != "none":
            self.problem.setText(self.tr("{0} proposed this option: it cannot also support or oppose it.").format(name))
            return False
        if stance == "none":
            self.stances.pop(name, None)
        else:
            self.stances[name] = stance          # a party holds one stance on an option, never both
        self._fill()
        return True

    def _fill(self) -> None:
        self.list.clear()
        for party, stance in self.stances.items():
            text = self.tr("{0} — supports").format(party) if stance == "support" else \
                self.tr("{0} — opposes").format(party)
            item = QListWidgetItem(text)
            item.setData(ROLE, party)
            self.list.addItem(item)

    def supporters(self) -> list[str]:
        return [p for p, s in self.stances.items() if s == "support"]

    def opponents(self) -> list[str]:
        return [p for p, s in self.stances.items() if s == "oppose"]


class MergeDialog(QDialog):
    """Pick the proposals (drafts or versions) whose own changes become options."""

    def __init__(self, workspace, current_id: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge proposals"))
        self.list = QListWidget(self)
        labels = {v.id: v.label for v in workspace.versions(snapshots=False)}
        for info in workspace.drafts(count_articles=False):
            if info.id == current_id:
                continue
            draft = workspace.load_draft(info.id)
            party, base = draft.meta.get("party", ""), labels.get(draft.meta.get("based_on_version", ""), "")
            text = self.tr("Draft: {0}").format(info.title)
            if party:
                text += " — " + (self.tr("{0}, on “{1}”").format(party, base) if base else party)
            self._add(text, ("draft", info.id))
        for version in reversed(workspace.versions(snapshots=False)):
            if version.draft_id == current_id:
                continue
            who = version.party or version.author
            self._add(self.tr("Version: {0}").format(version.label) + (f" ({who})" if who else ""),
                      ("version", version.id))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each checked proposal is compared with the version it was drafted on; "
                                        "only its own changes become options, attributed to its party."), self))
        layout.addWidget(self.list)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)

    def _add(self, text: str, data) -> None:
        item = QListWidgetItem(text)
        item.setData(ROLE, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def check(self, kind: str, ref: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ROLE) == (kind, ref):
                self.list.item(i).setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[tuple[str, str]]:
        return [tuple(self.list.item(i).data(ROLE)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class _PathRow(QHBoxLayout):
    def __init__(self, dialog: QDialog, path: str, save: bool, filters: str, browse: str):
        super().__init__()
        self.dialog, self.save, self.filters = dialog, save, filters
        self.edit = QLineEdit(path, dialog)
        self.browse = QPushButton(browse, dialog)
        self.browse.clicked.connect(lambda: self.choose())
        self.addWidget(self.edit, 1)
        self.addWidget(self.browse)

    def choose(self) -> None:
        if self.save:
            path = folders.save_file(self.dialog, self.dialog.windowTitle(), self.edit.text(), self.filters)
        else:
            path = folders.open_file(self.dialog, self.dialog.windowTitle(), self.filters, self.edit.text())
        if path:
            self.edit.setText(path)


class CompilationDialog(QDialog):
    """The compilation document's details (kept with the draft) and where to write it."""

    def __init__(self, info, path: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export compilation"))
        self.symbol, self.body, self.session = QLineEdit(info.symbol, self), QLineEdit(info.body, self), \
            QLineEdit(info.session, self)
        self.subtitle = QLineEdit(info.subtitle, self)
        self.revision = QSpinBox(self)
        self.revision.setRange(0, 99)
        self.revision.setValue(info.revision)
        self.revision.setSpecialValueText(self.tr("none"))
        self.distribution = QComboBox(self)
        for value in ("General", "Limited", "Restricted"):
            self.distribution.addItem(value, value)
        self.distribution.setCurrentIndex(max(0, self.distribution.findData(info.distribution)))
        self.original = QComboBox(self)
        for value in ("English", "Chinese", "French", "Spanish", "Russian", "Arabic"):
            self.original.addItem(value, value)
        self.original.setCurrentIndex(max(0, self.original.findData(info.original)))
        self.date = QDateEdit(QDate.fromString(info.day().isoformat(), "yyyy-MM-dd"), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.language = QComboBox(self)
        for code, name in (("en", self.tr("English")), ("zh", self.tr("Chinese")), ("both", self.tr("English and Chinese"))):
            self.language.addItem(name, code)
        self.clean = QCheckBox(self.tr("Clean text (agreed wording; open provisions marked as not agreed)"), self)
        self.keep = QCheckBox(self.tr("Keep these details with the draft"), self)
        self.keep.setChecked(True)
        self.path = _PathRow(self, path, True, self.tr("Word documents (*.docx)"), self.tr("Choose…"))
        form = QFormLayout(self)
        for label, widget in ((self.tr("Symbol:"), self.symbol), (self.tr("Revision:"), self.revision),
                              (self.tr("Distribution:"), self.distribution), (self.tr("Date:"), self.date),
                              (self.tr("Original:"), self.original), (self.tr("Issuing body:"), self.body),
                              (self.tr("Session:"), self.session), (self.tr("Note under the title:"), self.subtitle),
                              (self.tr("Language:"), self.language)):
            form.addRow(label, widget)
        form.addRow("", self.clean)
        form.addRow("", self.keep)
        form.addRow(self.tr("File:"), self.path)
        self.buttons = _buttons(self)
        form.addRow(self.buttons)

    def info_values(self) -> dict:
        return {"symbol": self.symbol.text().strip(), "revision": self.revision.value(),
                "distribution": self.distribution.currentData(), "date": self.date.date().toString("yyyy-MM-dd"),
                "original": self.original.currentData(), "body": self.body.text().strip(),
                "session": self.session.text().strip(), "subtitle": self.subtitle.text().strip()}

    def target(self) -> Path:
        text = self.path.edit.text().strip()
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".docx" else path.with_suffix(".docx")


class ImportProposalDialog(QDialog):
    """A proposal received as a file: the file, the party, the version it answers."""

    def __init__(self, versions: list, parties: list[str], selected: str | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a proposal"))
        self.path = _PathRow(self, "", False, self.tr("Proposals (*.docx *.xml *.akn)"), self.tr("Choose…"))
        self.party = party_box(self, parties)
        self.base = QComboBox(self)
        self.base.addItem(self.tr("The saved version it most resembles"), None)
        for version in reversed(versions):
            self.base.addItem(version.label + f"  [{version.id}]", version.id)
        if selected:
            self.base.setCurrentIndex(max(0, self.base.findData(selected)))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a4262c")
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), self.path)
        form.addRow(self.tr("Party:"), self.party)
        form.addRow(self.tr("Drafted on:"), self.base)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _accept(self) -> None:
        if not Path(self.path.edit.text().strip()).expanduser().is_file():
            self.problem.setText(self.tr("Choose the file of the proposal."))
            return
        if not self.party.currentText().strip():
            self.problem.setText(self.tr("Name the party making the proposal."))
            return
        self.accept()
