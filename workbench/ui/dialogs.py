"""Dialogs: new draft (empty, skeleton, whole source), titles (chapter, draft), paste official text."""
from __future__ import annotations

import copy
import getpass
import re

from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QScrollArea,
                               QVBoxLayout, QWidget)

from ..core.assemble import draft_from_source
from ..core.library import Clause
from ..core.model import Draft
from ..core.versions import now_iso
from ..storage.skeletons import SkeletonError, list_skeletons
from .errors import message_of
from .i18n import zh_font
from .settings import app_settings


class NewDraftDialog(QDialog):
    """Title, Chinese title, and what the draft starts from."""

    def __init__(self, session, lang: str = "en", parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("New draft"))
        self.title = QLineEdit(self)
        self.title.setText(self.tr("Draft treaty on artificial intelligence"))
        self.title.selectAll()
        self.title_zh = QLineEdit(self)
        self.title_zh.setFont(zh_font())
        self.title_zh.setPlaceholderText(self.tr("optional"))
        self.empty = QRadioButton(self.tr("Empty draft"), self)
        self.from_skeleton = QRadioButton(self.tr("From a treaty skeleton:"), self)
        self.from_source = QRadioButton(self.tr("From a whole source instrument:"), self)
        self.choice = QButtonGroup(self)
        for button in (self.empty, self.from_skeleton, self.from_source):
            self.choice.addButton(button)
        self.skeletons = QComboBox(self)
        self.sources = QComboBox(self)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4262c")
        self.lang = lang
        try:
            for skeleton in list_skeletons():
                self.skeletons.addItem(skeleton.label(lang), skeleton)
        except SkeletonError as exc:
            self.problem.setText(message_of(exc))
        for source_id, source in session.workspace.sources().items():
            self.sources.addItem(source.label(lang), source_id)
        self.from_skeleton.setEnabled(self.skeletons.count() > 0)
        self.from_source.setEnabled(self.sources.count() > 0)
        (self.from_skeleton if self.skeletons.count() else self.empty).setChecked(True)
        self.skeletons.currentIndexChanged.connect(self._describe)
        self.choice.buttonToggled.connect(lambda *_a: self._describe())
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Chinese title"), self.title_zh)
        grid = QGridLayout()
        grid.addWidget(self.empty, 0, 0, 1, 2)
        grid.addWidget(self.from_skeleton, 1, 0)
        grid.addWidget(self.skeletons, 1, 1)
        grid.addWidget(self.from_source, 2, 0)
        grid.addWidget(self.sources, 2, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(self.description)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._describe()
        self.resize(560, self.sizeHint().height())

    def _describe(self) -> None:
        skeleton = self.skeletons.currentData()
        if self.from_skeleton.isChecked() and skeleton is not None:
            text = skeleton.description_zh if self.lang == "zh" and skeleton.description_zh else skeleton.description
            self.description.setText(text)
        elif self.from_source.isChecked():
            self.description.setText(self.tr("The draft reproduces the instrument's preamble, chapters and "
                                             "articles as they are in the library."))
        else:
            self.description.setText(self.tr("The draft starts with no text; add clauses from the library."))

    def make_draft(self) -> Draft:
        """The draft the drafter asked for (not yet stored)."""
        title = self.title.text().strip() or self.tr("Untitled draft")
        title_zh = self.title_zh.text().strip()
        if self.from_skeleton.isChecked() and self.skeletons.currentData() is not None:
            return self.skeletons.currentData().draft(title, title_zh)
        if self.from_source.isChecked() and self.sources.currentData():
            source_id = self.sources.currentData()
            draft = draft_from_source(title, self.session.workspace.clauses(source=source_id))
            draft.title_zh = title_zh
            draft.meta["from_source"] = source_id
            return draft
        return Draft(title=title, title_zh=title_zh)


class TitlesDialog(QDialog):
    """English and Chinese title of a chapter, an article or the draft."""

    def __init__(self, caption: str, title: str = "", title_zh: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(caption)
        self.title = QLineEdit(title, self)
        self.title_zh = QLineEdit(title_zh, self)
        self.title_zh.setFont(zh_font())
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Chinese title"), self.title_zh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def values(self) -> tuple[str, str]:
        return self.title.text().strip(), self.title_zh.text().strip()


def _clean(text: str) -> str:
    """Pasted text as the library stores it: spaces collapsed, blank lines between blocks kept."""
    blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text.strip())]
    return "\n\n".join(block for block in blocks if block)


class VerifyDialog(QDialog):
    """Paste the official text over a clause's text, paragraph by paragraph, and record its provenance:
    the official publication (level "official") or a named copy of it ("reproduction"), who and when."""

    def __init__(self, clause: Clause, parent=None):
        super().__init__(parent)
        self.clause = clause
        self.setWindowTitle(self.tr("Paste official text — {0}").format(clause.id))
        self.english = QRadioButton(self.tr("English text"), self)
        self.chinese = QRadioButton(self.tr("Chinese text"), self)
        weak = ("transcription", "reproduction")
        zh_unverified = bool(clause.text_zh()) and clause.level("zh") in weak
        en_unverified = bool(clause.text()) and clause.verification in weak
        (self.chinese if zh_unverified and not en_unverified else self.english).setChecked(True)
        self.english.toggled.connect(lambda _on: self._fill())
        self.paras = [p for para in clause.paras for p in para.walk()]
        self.fields: list[QPlainTextEdit] = []
        body = QWidget()
        grid = QGridLayout(body)
        for row, para in enumerate(self.paras):
            grid.addWidget(QLabel(para.label or "·", body), row, 0)
            field = QPlainTextEdit(body)
            field.setMinimumHeight(70)
            grid.addWidget(field, row, 1)
            self.fields.append(field)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        settings = app_settings()
        self.who = QLineEdit(str(settings.value("verify/who", "") or _user()), self)
        self.official = QRadioButton(self.tr("Official text: compared with the depositary's or the parties' own "
                                             "publication"), self)
        self.reproduction = QRadioButton(self.tr("Reproduction: compared with a copy of the official text"), self)
        self.official.setChecked(True)
        self.levels = QButtonGroup(self)
        for button in (self.official, self.reproduction):
            self.levels.addButton(button)
        self.copy = QLineEdit(self)
        self.copy.setPlaceholderText(self.tr("the copy used, e.g. the text printed in a national treaty series"))
        self.copy.setEnabled(False)
        self.reproduction.toggled.connect(self.copy.setEnabled)
        self.checked = QCheckBox(self.tr("I have compared this text word for word with the publication named above"),
                                 self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a4262c")
        self.problem.setWordWrap(True)
        hint = QLabel(self.tr("Paste the official text of each paragraph and say what you checked it against. "
                              "The clause records that level, your name and the time; the change can be undone "
                              "and stays in the clause's history."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.official)
        form.addRow(self.reproduction)
        form.addRow(self.tr("Copy"), self.copy)
        form.addRow(self.tr("Checked by"), self.who)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        row = QGridLayout()
        row.addWidget(self.english, 0, 0)
        row.addWidget(self.chinese, 0, 1)
        layout.addLayout(row)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addWidget(self.checked)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._fill()
        self.resize(720, 560)

    @property
    def lang(self) -> str:
        return "zh" if self.chinese.isChecked() else "en"

    def _fill(self) -> None:
        for para, field in zip(self.paras, self.fields):
            field.setFont(zh_font() if self.lang == "zh" else self.font())
            field.setPlainText(para.zh if self.lang == "zh" else para.text)

    @property
    def level(self) -> str:
        return "reproduction" if self.reproduction.isChecked() else "official"

    def verified_clause(self) -> Clause:
        """The clause with the pasted text and its provenance level, who and when; raises ValueError
        naming a problem (a model clause is never official text)."""
        if self.clause.verification == "model":
            raise ValueError(self.tr("A model clause is drafted by the workbench: it is never official treaty text."))
        if self.level == "reproduction" and not self.copy.text().strip():
            raise ValueError(self.tr("Name the copy of the official text you compared the text with."))
        if not self.checked.isChecked():
            raise ValueError(self.tr("Confirm that you compared the text with the publication named."))
        who = self.who.text().strip()
        if not who:
            raise ValueError(self.tr("Give the name of the person who checked the text."))
        new = copy.deepcopy(self.clause)
        paras = [p for para in new.paras for p in para.walk()]
        texts = [_clean(field.toPlainText()) for field in self.fields]
        if not any(texts):
            raise ValueError(self.tr("Paste the official text first."))
        for para, text in zip(paras, texts):
            if self.lang == "zh":
                para.zh = text
            else:
                para.text = text
        if new.text_zh() and not new.verification_zh:
            new.verification_zh = self.clause.verification   # keep the Chinese status as it was
            new.copy_zh = new.copy_zh or self.clause.copy
        copy_used = " ".join(self.copy.text().split()) if self.level == "reproduction" else ""
        if self.lang == "zh":
            new.verification_zh, new.copy_zh = self.level, copy_used
        else:
            new.verification, new.copy = self.level, copy_used
        new.verified_by, new.verified_at = who, now_iso()
        return new

    def _accept(self) -> None:
        try:
            self.result_clause = self.verified_clause()
        except ValueError as exc:
            self.problem.setText(message_of(exc))
            return
        settings = app_settings()
        settings.setValue("verify/who", self.who.text().strip())
        self.accept()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
