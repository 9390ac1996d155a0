"""When the drafter's change collides with another program's: both versions side by side, one kept.

Nothing the drafter typed is thrown away: the dialog shows, for every article the change touched,
the text with the drafter's change and the text now stored; "Keep my version" applies the change
over the other one, "Keep the other version" keeps what is stored and puts the drafter's text on the
clipboard.
"""
from __future__ import annotations

import copy
from html import escape

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QLabel, QPushButton, QScrollArea,
                               QTextBrowser, QVBoxLayout, QWidget)

from ..core import textdiff
from ..core.merge import conflict_texts

KEEP_MINE, KEEP_THEIRS = 1, 2
_MARK = "background-color:#fff0b3;font-weight:bold"


def _marked(ops: list[dict], shown: str) -> str:
    """One side of a diff as HTML: the words only this side has marked (``shown``: "insert" for the
    new side, "delete" for the old one)."""
    out = []
    for op in ops:
        if op["op"] not in ("equal", shown):
            continue
        text = escape(op["text"]).replace("\n", "<br/>")
        out.append(f'<span style="{_MARK}">{text}</span>' if op["op"] == shown else text)
    return "<p>" + "".join(out) + "</p>"


class ConflictDialog(QDialog):
    """Both versions of what a colliding change touched; ``choice`` is KEEP_MINE or KEEP_THEIRS."""

    def __init__(self, case, clause_labels: dict[str, str] | None = None, lang: str = "en", parent=None):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.case = case
        self.choice = 0
        self.setWindowTitle(self.tr("Changed meanwhile by another program"))
        mine = case.draft.copy()
        try:
            copy.deepcopy(case.edit).apply(mine)
        except Exception:  # noqa: BLE001 - the edit no longer applies: show the draft as the drafter had it
            pass
        self.views = conflict_texts(case.change, mine, case.fresh, clause_labels, lang)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("“{0}”: your change touches text that another window or program changed while you "
                               "were working. Choose the version to keep; nothing is lost until you do.").format(
            case.draft.title), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(self._bold(self.tr("Your version")), 0, 0)
        grid.addWidget(self._bold(self.tr("Now in the workspace")), 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for number, (heading, left, right) in enumerate(self.views, start=1):
            grid.addWidget(self._bold(heading), 2 * number - 1, 0, 1, 2)
            ops = textdiff.diff(right, left)          # what only mine has, what only theirs has
            for column, shown, name in ((0, "insert", "mineText"), (1, "delete", "theirsText")):
                box = QTextBrowser(self)
                box.setObjectName(f"{name}{number}")
                box.setHtml(_marked(ops, shown))
                box.setMinimumHeight(160)
                grid.addWidget(box, 2 * number, column)
        holder = QWidget(self)
        holder.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(self)
        self.keep_mine = QPushButton(self.tr("Keep my version"), self)
        self.keep_mine.setObjectName("keepMineButton")
        self.keep_theirs = QPushButton(self.tr("Keep the other version (mine to the clipboard)"), self)
        self.keep_theirs.setObjectName("keepTheirsButton")
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_theirs, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_mine.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.keep_theirs.clicked.connect(lambda: self._choose(KEEP_THEIRS))
        layout.addWidget(buttons)
        self.resize(900, 420)

    def _bold(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def my_text(self) -> str:
        return "\n\n".join(left for _heading, left, _right in self.views)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        if choice == KEEP_THEIRS:
            clipboard = QGuiApplication.clipboard()
            if clipboard is not None:
                clipboard.setText(self.my_text())
        self.accept()

    def reject(self) -> None:        # Escape or closing the dialog keeps the stored text and mine on the clipboard
        if not self.choice:
            self._choose(KEEP_THEIRS)
            return
        super().reject()
