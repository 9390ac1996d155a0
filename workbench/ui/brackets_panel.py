"""The Alternatives panel: brackets of the selected article, with positions; choose, withdraw, add, merge."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ..core import brackets as br
from ..core.model import DraftError, Node, NodeKind
from ..core.numbering import Numbering, chinese_numeral
from ..core.proposals import merge_proposals
from .errors import message_of
from .i18n import zh_font

OPTION_ROLE = Qt.ItemDataRole.UserRole


def _names(text: str) -> list[str]:
    return [p.strip() for p in text.replace("、", ",").replace("，", ",").split(",") if p.strip()]


class AlternativeDialog(QDialog):
    """Wording (English, Chinese) and proposer of a new alternative, or positions on one."""

    def __init__(self, title: str, text: str = "", text_zh: str = "", proposer: str = "",
                 supporters: str = "", opponents: str = "", wording: bool = True, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text, self.text_zh = QPlainTextEdit(text, self), QPlainTextEdit(text_zh, self)
        self.text_zh.setFont(zh_font())
        self.proposer = QLineEdit(proposer, self)
        self.supporters, self.opponents = QLineEdit(supporters, self), QLineEdit(opponents, self)
        form = QFormLayout(self)
        if wording:
            form.addRow(self.tr("Wording (English):"), self.text)
            form.addRow(self.tr("Wording (Chinese):"), self.text_zh)
        form.addRow(self.tr("Proposed by:"), self.proposer)
        form.addRow(self.tr("Supported by:"), self.supporters)
        form.addRow(self.tr("Opposed by:"), self.opponents)
        hint = QLabel(self.tr("Separate several parties with commas."), self)
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class MergeDialog(QDialog):
    """Pick the proposals (drafts or versions) whose differences become alternatives."""

    def __init__(self, workspace, current_id: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge proposals"))
        self.list = QListWidget(self)
        for info in workspace.drafts(count_articles=False):
            if info.id != current_id:
                item = QListWidgetItem(self.tr("Draft: {0}").format(info.title))
                item.setData(OPTION_ROLE, ("draft", info.id))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.list.addItem(item)
        for version in reversed(workspace.versions()):
            who = version.party or version.author
            item = QListWidgetItem(self.tr("Version: {0}").format(version.label) + (f" ({who})" if who else ""))
            item.setData(OPTION_ROLE, ("version", version.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each checked proposal's differences from the current draft become "
                                        "alternatives attributed to its party."), self))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[tuple[str, str]]:
        return [self.list.item(i).data(OPTION_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class BracketsPanel(QWidget):
    """Alternatives of the current article and its paragraphs; every action is an undoable edit."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.article_id: str | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.detail = QTextBrowser(self)
        self.detail.setMaximumHeight(140)
        self.target = QComboBox(self)
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(14)
        self.choose_button, self.withdraw_button = QPushButton(self), QPushButton(self)
        self.reopen_button, self.positions_button = QPushButton(self), QPushButton(self)
        self.add_button, self.merge_button = QPushButton(self), QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.choose_button, self.withdraw_button, self.reopen_button, self.positions_button):
            buttons.addWidget(button)
        adding = QHBoxLayout()
        self.target_caption = QLabel(self)
        for widget in (self.target_caption, self.target, self.add_button, self.merge_button):
            adding.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addLayout(adding)
        self.choose_button.clicked.connect(self.choose_selected)
        self.withdraw_button.clicked.connect(lambda: self.set_status("withdrawn"))
        self.reopen_button.clicked.connect(lambda: self.set_status("open"))
        self.positions_button.clicked.connect(self.edit_positions)
        self.add_button.clicked.connect(self.add_alternative)
        self.merge_button.clicked.connect(self.merge)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    # ----- showing ----------------------------------------------------------------------------------
    @property
    def draft(self):
        return self.window_.current_draft

    def show_article(self, article_id: str | None) -> None:
        self.article_id = article_id
        self.refresh()

    def refresh(self) -> None:
        draft = self.draft
        self.tree.clear()
        self.target.clear()
        article = None
        if draft is not None and self.article_id:
            try:
                article = draft.find(self.article_id)
            except DraftError:
                article = None
        if article is None:
            self.heading.setText(self.tr("Select an article to see its alternatives."))
            self._update_buttons()
            return
        numbering = Numbering.of(draft)
        zh = self.lang == "zh"
        title = (article.title_zh or article.title) if zh else article.title
        label = numbering.label(article, self.lang)
        self.heading.setText(f"<b>{escape(label)}{' ' if zh else ' – '}{escape(title)}</b>" if title
                             else f"<b>{escape(label)}</b>")
        self.target.addItem(self.tr("the whole article"), article.id)
        for node in list(article.walk())[1:]:
            text = (node.text_zh or node.text) if zh else node.text
            self.target.addItem(self._where(numbering, node) + "  " + text[:40], node.id)
        for node in article.walk():
            for bracket in br.brackets(node):
                where = self._where(numbering, node)
                if bracket.is_span:
                    where += " · " + self.tr("words “{0}”").format(bracket.options[0].get("text", "")[:30])
                state = self.tr("open") if bracket.is_open else self.tr("settled")
                top = QTreeWidgetItem([f"{where} — {state}", "", "", "", ""])
                self.tree.addTopLevelItem(top)
                for number, option in enumerate(bracket.options, start=1):
                    wording = self.tr("delete") if option.get("delete") else " ".join(
                        (option.get("title", "") + " " + bracket.wording(option)).split())
                    proposer = option.get("proposer") or (self.tr("base text") if option.get("base") else "")
                    status = {"open": self.tr("open"), "agreed": self.tr("agreed"),
                              "withdrawn": self.tr("withdrawn")}.get(option.get("status", "open"), "")
                    if option.get("superseded"):
                        status = self.tr("not chosen")
                    item = QTreeWidgetItem([f"{number}. {wording}", proposer, ", ".join(option.get("supporters", [])),
                                            ", ".join(option.get("opponents", [])), status])
                    item.setToolTip(0, wording)
                    item.setData(0, OPTION_ROLE, (node.id, option["id"]))
                    top.addChild(item)
                top.setExpanded(True)
        self._update_buttons()

    @property
    def lang(self) -> str:
        translations = getattr(self.window_, "translations", None)
        return "zh" if translations is not None and translations.lang == "zh" else "en"

    def _where(self, numbering: Numbering, node: Node) -> str:
        """'Paragraph 2' / '第二款', 'Sub-paragraph (b)' / '第（二）项', 'The whole article' / '整条'."""
        if node.kind is NodeKind.ARTICLE:
            return self.tr("The whole article")
        if node.id in numbering.paragraphs:
            number = numbering.paragraphs[node.id]
            return self.tr("Paragraph {0}").format(chinese_numeral(number) if self.lang == "zh" else number)
        if node.id in numbering.subparagraphs:
            return self.tr("Sub-paragraph {0}").format(numbering.label(node, self.lang))
        return self.tr("Unnumbered paragraph")

    def selected(self) -> tuple[str, str] | None:
        items = self.tree.selectedItems()
        return items[0].data(0, OPTION_ROLE) if items and items[0].data(0, OPTION_ROLE) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        option = bracket = None
        if chosen and self.draft is not None:
            try:
                _, bracket, option = br.find_option(self.draft, *chosen)
            except DraftError:
                option = None
        self._show_detail(bracket, option)
        status = option.get("status", "open") if option else None
        superseded = bool(option and option.get("superseded"))
        self.choose_button.setEnabled(status == "open" or superseded)
        self.withdraw_button.setEnabled(status == "open")
        self.reopen_button.setEnabled(status == "withdrawn" and not superseded)
        self.positions_button.setEnabled(option is not None)
        self.add_button.setEnabled(self.target.count() > 0)
        self.merge_button.setEnabled(self.draft is not None)

    def _show_detail(self, bracket, option) -> None:
        if option is None:
            self.detail.setPlainText("")
            return
        wording = self.tr("Delete.") if option.get("delete") else bracket.wording(option)
        title = option.get("title") if bracket is not None and not bracket.is_span else ""
        who = br.attribution(option, self.lang)
        self.detail.setHtml((f"<p><b>{escape(title)}</b></p>" if title else "")
                            + "".join(f"<p>{escape(block)}</p>" for block in wording.split("\n\n"))
                            + f"<p><i>{escape(who)}</i></p>")

    # ----- actions (each one core edit through the main window's undo stack) --------------------------
    def _push(self, make) -> bool:
        try:
            edit = make()
        except DraftError as exc:
            self.window_.report(message_of(exc))
            return False
        return self.window_.push_edit(edit, edit.label)

    def choose_selected(self) -> bool:
        chosen = self.selected()
        return bool(chosen) and self._push(lambda: br.choose(self.draft, *chosen))

    def set_status(self, status: str) -> bool:
        chosen = self.selected()
        return bool(chosen) and self._push(lambda: br.set_status(self.draft, chosen[0], chosen[1], status))

    def edit_positions(self) -> bool:
        chosen = self.selected()
        if not chosen:
            return False
        option = br.find_option(self.draft, *chosen)[2]
        dialog = AlternativeDialog(self.tr("Positions"), proposer=option.get("proposer", ""),
                                   supporters=", ".join(option.get("supporters", [])),
                                   opponents=", ".join(option.get("opponents", [])), wording=False, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._push(lambda: br.set_positions(self.draft, chosen[0], chosen[1],
                                                   _names(dialog.supporters.text()), _names(dialog.opponents.text()),
                                                   dialog.proposer.text()))

    def add_alternative(self, dialog: AlternativeDialog | None = None) -> bool:
        node_id = self.target.currentData()
        if node_id is None or self.draft is None:
            return False
        node = self.draft.find(node_id)
        if dialog is None:
            dialog = AlternativeDialog(self.tr("New alternative"), node.text, node.text_zh, parent=self)
            if node.kind is NodeKind.ARTICLE:
                dialog.text.setPlainText(br.node_wording(node)["text"])
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        text, text_zh = dialog.text.toPlainText().strip(), dialog.text_zh.toPlainText().strip()
        extra = {}
        if node.kind is NodeKind.ARTICLE:
            paras = [Node(NodeKind.PARAGRAPH, text=block.strip(), numbered=True).to_dict()
                     for block in text.split("\n\n") if block.strip()]
            extra = {"title": node.title, "title_zh": node.title_zh, "nodes": paras}
        return self._push(lambda: br.add_alternative(
            self.draft, node_id, text=text, text_zh=text_zh, proposer=dialog.proposer.text().strip(),
            supporters=_names(dialog.supporters.text()), opponents=_names(dialog.opponents.text()), **extra))

    def merge(self, chosen: list[tuple[str, str]] | None = None) -> bool:
        if self.draft is None:
            return False
        ws = self.window_.session.workspace
        if chosen is None:
            dialog = MergeDialog(ws, self.draft.id, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            chosen = dialog.chosen()
        proposals = []
        for kind, ref in chosen:
            if kind == "version":
                version = ws.version(ref)
                proposals.append((version.party or version.author or version.label, version.draft()))
            else:
                draft = self.window_.session.draft(ref)
                proposals.append((draft.meta.get("party") or draft.title, draft.copy()))
        result = merge_proposals(self.draft, proposals)
        if result.edit is None:
            self.window_.show_message(self.tr("The proposals do not differ from this draft."))
            return False
        done = self.window_.push_edit(result.edit, self.tr("Merge proposals"))
        if done:
            self.window_.show_message(self.tr("{0} alternative(s) added.").format(result.alternatives)
                                      + (" " + " ".join(result.report) if result.report else ""))
        return done

    # ----- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Option"), self.tr("Proposed by"), self.tr("Supported by"),
                                   self.tr("Opposed by"), self.tr("Status")])
        self.choose_button.setText(self.tr("Choose"))
        self.choose_button.setToolTip(self.tr("Make this the agreed wording (undoable)"))
        self.withdraw_button.setText(self.tr("Withdraw"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.positions_button.setText(self.tr("Positions…"))
        self.target_caption.setText(self.tr("Alternative to:"))
        self.add_button.setText(self.tr("Add alternative…"))
        self.merge_button.setText(self.tr("Merge proposals…"))
        dock = self.parentWidget()
        if dock is not None and dock.objectName() == "bracketsDock":
            dock.setWindowTitle(self.tr("Alternatives"))
        if self.window_ is not None and hasattr(self.window_, "current_draft"):
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
