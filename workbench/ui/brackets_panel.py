"""The Alternatives panel: the brackets of the selected article, each option showing how it differs;
agree (ad referendum too), withdraw, reopen, positions, consultations, add, merge, export, renumber.

Every action is one undoable edit through the main window. Buttons are connected through lambdas:
``clicked`` passes a ``checked`` flag that a slot taking an optional argument would take for it.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from . import folders
from ..core import brackets as br
from ..core.bracket_listing import Lister
from ..core.model import DraftError, Node, NodeKind
from ..core.numbering import Numbering, chinese_numeral
from .errors import message_of
from .negotiation_dialogs import AlternativeDialog, CompilationDialog, MergeDialog, PositionsDialog

OPTION_ROLE = Qt.ItemDataRole.UserRole


class BracketsPanel(QWidget):
    """Alternatives of the current article and its paragraphs; every action is an undoable edit."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.article_id: str | None = None
        self.last_report: list[str] = []
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
        names = ("choose", "ad_ref", "withdraw", "reopen", "positions", "consult", "add", "merge", "export",
                 "renumber")
        for name in names:
            button = QPushButton(self)
            button.setObjectName(f"brackets_{name}")
            setattr(self, f"{name}_button", button)
        grid = QGridLayout()
        for i, button in enumerate((self.choose_button, self.ad_ref_button, self.withdraw_button, self.reopen_button,
                                    self.positions_button, self.consult_button)):
            grid.addWidget(button, i // 3, i % 3)
        adding = QHBoxLayout()
        self.target_caption = QLabel(self)
        for widget in (self.target_caption, self.target, self.add_button):
            adding.addWidget(widget)
        whole = QHBoxLayout()
        for button in (self.merge_button, self.export_button, self.renumber_button):
            whole.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(grid)
        layout.addLayout(adding)
        layout.addLayout(whole)
        # ``clicked(bool)`` would arrive as the first argument: every slot is called without it
        self.choose_button.clicked.connect(lambda: self.choose_selected())
        self.ad_ref_button.clicked.connect(lambda: self.choose_selected(ad_referendum=True))
        self.withdraw_button.clicked.connect(lambda: self.set_status("withdrawn"))
        self.reopen_button.clicked.connect(lambda: self.reopen_selected())
        self.positions_button.clicked.connect(lambda: self.edit_positions())
        self.consult_button.clicked.connect(lambda: self.toggle_consultations())
        self.add_button.clicked.connect(lambda: self.add_alternative())
        self.merge_button.clicked.connect(lambda: self.merge())
        self.export_button.clicked.connect(lambda: self.export_compilation())
        self.renumber_button.clicked.connect(lambda: self.renumber())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    # ----- showing ----------------------------------------------------------------------------------
    @property
    def draft(self):
        return self.window_.current_draft

    @property
    def lang(self) -> str:
        translations = getattr(self.window_, "translations", None)
        return "zh" if translations is not None and translations.lang == "zh" else "en"

    def show_article(self, article_id: str | None) -> None:
        self.article_id = article_id
        self.refresh()

    def refresh(self) -> None:
        draft = self.draft
        selected = self.selected()
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
        lister = Lister(draft, self.lang)
        kinds = {"words": self.tr("words"), "paragraph": self.tr("paragraph"), "article": self.tr("whole article")}
        states = {"open": self.tr("open"), "consultations": self.tr("pending consultations"),
                  "agreed": self.tr("agreed"), "ad_referendum": self.tr("agreed ad referendum"),
                  "closed": self.tr("closed")}
        for node in article.walk():
            for bracket in br.brackets(node):
                where = self._where(numbering, node) + " · " + kinds[bracket.kind]
                top = QTreeWidgetItem([f"{where} — {states[bracket.state()]}", "", "", "", ""])
                self.tree.addTopLevelItem(top)
                live = bracket.live
                for option in bracket.options:
                    number = next((i for i, o in enumerate(live, start=1) if o.get("id") == option.get("id")), None)
                    shown = lister.shown(bracket, option)
                    proposer = option.get("proposer") or (self.tr("base text") if option.get("base") else "")
                    status = {"open": self.tr("open"), "agreed": self.tr("agreed"),
                              "ad_referendum": self.tr("agreed ad referendum"),
                              "withdrawn": self.tr("withdrawn")}.get(option.get("status", "open"), "")
                    if option.get("superseded"):
                        status = self.tr("not agreed")
                    item = QTreeWidgetItem([f"{number}. {shown}" if number else f"– {shown}", proposer,
                                            ", ".join(option.get("supporters", [])),
                                            ", ".join(option.get("opponents", [])), status])
                    item.setToolTip(0, shown)
                    item.setData(0, OPTION_ROLE, (node.id, option["id"]))
                    top.addChild(item)
                    if selected == (node.id, option["id"]):
                        item.setSelected(True)
                top.setExpanded(True)
        self._update_buttons()

    def _where(self, numbering: Numbering, node: Node) -> str:
        """'Paragraph 2' / '第二款', 'Sub-paragraph (b)' / '第（二）项', 'The whole article' / '整条'."""
        if node.kind is NodeKind.ARTICLE:
            return self.tr("The whole article")
        if node.id in numbering.paragraphs:
            label = numbering.label(node, self.lang).rstrip(".、")
            number = numbering.paragraphs[node.id]
            if node.id not in numbering.suffixes:
                label = chinese_numeral(number) if self.lang == "zh" else str(number)
            return self.tr("Paragraph {0}").format(label)
        if node.id in numbering.subparagraphs:
            return self.tr("Sub-paragraph {0}").format(numbering.label(node, self.lang))
        return self.tr("Unnumbered paragraph")

    def selected(self) -> tuple[str, str] | None:
        items = self.tree.selectedItems()
        data = items[0].data(0, OPTION_ROLE) if items else None
        return tuple(data) if data else None

    def select_option(self, option_id: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, OPTION_ROLE)[1] == option_id:
                    self.tree.setCurrentItem(top.child(j))
                    return True
        return False

    def _current(self):
        chosen = self.selected()
        if chosen and self.draft is not None:
            try:
                return br.find_option(self.draft, *chosen)
            except DraftError:
                return None
        return None

    def _update_buttons(self) -> None:
        found = self._current()
        node, bracket, option = found if found else (None, None, None)
        self._show_detail(bracket, option)
        status = option.get("status", "open") if option else None
        superseded = bool(option and option.get("superseded"))
        is_open = bool(bracket and bracket.is_open)
        self.choose_button.setEnabled(bool(option) and (status == "open" or superseded))
        self.ad_ref_button.setEnabled(self.choose_button.isEnabled())
        self.withdraw_button.setEnabled(status == "open" and not (option.get("own") and bracket.is_span))
        self.reopen_button.setEnabled(bool(option) and ((status == "withdrawn" and not superseded)
                                                        or (bracket is not None and not is_open)))
        self.positions_button.setEnabled(option is not None)
        self.consult_button.setEnabled(is_open)
        self.consult_button.setText(self.tr("Consultations concluded") if bracket is not None and bracket.pending
                                    else self.tr("Pending consultations"))
        self.add_button.setEnabled(self.target.count() > 0)
        has_draft = self.draft is not None
        for button in (self.merge_button, self.export_button, self.renumber_button):
            button.setEnabled(has_draft)

    def _show_detail(self, bracket, option) -> None:
        if option is None:
            self.detail.setPlainText("")
            return
        wording = self.tr("Delete.") if option.get("delete") else bracket.wording(option, self.lang)
        title = option.get("title") if bracket is not None and not bracket.is_span else ""
        who = br.attribution(option, self.lang)
        self.detail.setHtml((f"<p><b>{escape(title)}</b></p>" if title else "")
                            + "".join(f"<p>{escape(block)}</p>" for block in wording.split("\n\n"))
                            + f"<p><i>{escape(who)}</i></p>")

    # ----- actions (each one core edit through the main window's undo stack) --------------------------
    def _push(self, make, text: str | None = None) -> bool:
        try:
            edit = make()
        except DraftError as exc:
            self.window_.report(message_of(exc))
            return False
        return self.window_.push_edit(edit, text or edit.label)

    def choose_selected(self, ad_referendum: bool = False) -> bool:
        chosen = self.selected()
        if not chosen:
            return False
        done = self._push(lambda: br.choose(self.draft, *chosen, ad_referendum=ad_referendum),
                          self.tr("Agree ad referendum") if ad_referendum else self.tr("Agree on the wording"))
        if done:
            self._warn(chosen)
        return done

    def _warn(self, chosen) -> None:
        try:
            _, bracket, option = br.find_option(self.draft, *chosen)
        except DraftError:
            return
        warnings = br.position_warnings(bracket, option)
        if warnings:
            self.window_.show_message(" ".join(message_of(w) for w in warnings))
            self.last_report = [message_of(w) for w in warnings]

    def set_status(self, status: str) -> bool:
        chosen = self.selected()
        return bool(chosen) and self._push(lambda: br.set_status(self.draft, chosen[0], chosen[1], status))

    def reopen_selected(self) -> bool:
        found = self._current()
        if not found:
            return False
        node, bracket, option = found
        if not bracket.is_open and (bracket.agreed is not None or option.get("superseded")):
            return self._push(lambda: br.reopen(self.draft, node.id, bracket.group), self.tr("Reopen the bracket"))
        return self._push(lambda: br.set_status(self.draft, node.id, option["id"], "open"))

    def toggle_consultations(self) -> bool:
        found = self._current()
        if not found:
            return False
        node, bracket, _ = found
        return self._push(lambda: br.set_consultations(self.draft, node.id, bracket.group, not bracket.pending))

    def _parties(self) -> list[str]:
        from ..core.parties import parties_in
        return parties_in(self.draft) if self.draft is not None else []

    def edit_positions(self, answer=None) -> bool:
        chosen = self.selected()
        if not chosen:
            return False
        option = br.find_option(self.draft, *chosen)[2]
        dialog = PositionsDialog(option, self._parties(), self)
        if answer is not None:
            answer(dialog)
        elif dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        done = self._push(lambda: br.set_positions(self.draft, chosen[0], chosen[1], dialog.supporters(),
                                                   dialog.opponents()), self.tr("Record positions"))
        if done:
            self._warn(chosen)
        return done

    def add_alternative(self, dialog: AlternativeDialog | None = None) -> bool:
        node_id = self.target.currentData()
        if node_id is None or self.draft is None:
            return False
        node = self.draft.find(node_id)
        if dialog is None:
            dialog = AlternativeDialog(self.tr("New alternative"), node.text, node.text_zh, parties=self._parties(),
                                       parent=self)
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
        return self._push(lambda: br.add_alternative(self.draft, node_id, text=text, text_zh=text_zh,
                                                     proposer=dialog.proposer.currentText().strip(), **extra))

    def merge(self, chosen: list[tuple[str, str]] | None = None) -> bool:
        from ..core.proposals import merge_proposals
        from ..storage.proposals import proposal_of

        if self.draft is None:
            return False
        ws = self.window_.session.workspace
        if chosen is None:
            dialog = MergeDialog(ws, self.draft.id, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            chosen = dialog.chosen()
        if not chosen:
            return False
        try:
            proposals = [proposal_of(ws, kind, ref, self.window_.session.draft(ref).copy() if kind == "draft" else None)
                         for kind, ref in chosen]
            result = merge_proposals(self.draft, proposals, self.draft.meta.get("based_on_version", ""),
                                     [p.source for p in proposals])
        except Exception as exc:  # noqa: BLE001 - a refused merge is a message
            self.window_.report(message_of(exc))
            return False
        self.last_report = [message_of(r) for r in result.report]
        if result.edit is None:
            self.window_.show_message(self.tr("Nothing to record: the proposals make no change to this text."))
            self._inform(self.tr("Merge proposals"), self.tr("Nothing was recorded."))
            return False
        done = self.window_.push_edit(result.edit, self.tr("Merge proposals"))
        if done:
            summary = self.tr("{0}, {1}.").format(self.tr("%n option(s) added", "", result.alternatives),
                                                  self.tr("%n support(s) recorded", "", result.supports))
            self.window_.show_message(summary)
            self._inform(self.tr("Merge proposals"), summary)
        return done

    def _inform(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("mergeReport")
        if self.last_report:
            box.setDetailedText("\n".join(self.last_report))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def export_compilation(self, answer=None) -> bool:
        from ..core.edits import SetDraftFields
        from ..export.compilation_docx import write_compilation
        from ..export.compilation_front import CompilationInfo

        draft = self.draft
        if draft is None:
            return False
        info = CompilationInfo.from_meta(draft.meta)
        dialog = CompilationDialog(info, folders.suggested(draft.title, ".docx", "compilation"), self)
        if answer is not None:
            answer(dialog)
        elif dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        info = CompilationInfo.from_meta({}, **dialog.info_values())
        path = dialog.target()
        if not path.parent.is_dir():
            self.window_.report(self.tr("The folder {0} does not exist.").format(path.parent))
            return False
        if dialog.keep.isChecked() and info.to_meta() != draft.meta.get("document"):
            self.window_.push_edit(SetDraftFields({"meta": {**draft.meta, "document": info.to_meta()}}),
                                   self.tr("Document details"))
        try:
            labels = {sid: s.short or s.title for sid, s in self.window_.session.workspace.sources().items()}
            write_compilation(self.draft, path, lang=dialog.language.currentData(), clean=dialog.clean.isChecked(),
                              mark_open=True, info=info, clause_labels=labels)
        except Exception as exc:  # noqa: BLE001 - any failure is reported, no file was changed
            self.window_.report(self.tr("The export failed: {0}\nNo file was changed.").format(message_of(exc)))
            return False
        self.window_.show_message(self.tr("Exported the compilation to {0}").format(path))
        self.last_export = path
        return True

    def renumber(self, confirm: bool | None = None) -> bool:
        from ..core.negotiation import renumber_final

        if self.draft is None:
            return False
        if confirm is None:
            answer = QMessageBox.question(
                self, self.tr("Renumber for the final text"),
                self.tr("Number “{0}” as a final text? Articles whose deletion was agreed are dropped and inserted "
                        "articles (“bis”) are numbered in sequence. Undo brings the negotiation numbers back.")
                .format(self.draft.title))
            confirm = answer == QMessageBox.StandardButton.Yes
        if not confirm:
            return False
        return self._push(lambda: renumber_final(self.draft), self.tr("Renumber for the final text"))

    # ----- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Option"), self.tr("Proposed by"), self.tr("Supported by"),
                                   self.tr("Opposed by"), self.tr("Status")])
        self.choose_button.setText(self.tr("Agree"))
        self.choose_button.setToolTip(self.tr("Make this the agreed wording; the other options close (undoable)"))
        self.ad_ref_button.setText(self.tr("Agree ad referendum"))
        self.ad_ref_button.setToolTip(self.tr("Agreed subject to confirmation by capitals"))
        self.withdraw_button.setText(self.tr("Withdraw"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.reopen_button.setToolTip(self.tr("Reopen an agreed bracket, or a withdrawn option"))
        self.positions_button.setText(self.tr("Positions…"))
        self.target_caption.setText(self.tr("Alternative to:"))
        self.add_button.setText(self.tr("Add alternative…"))
        self.merge_button.setText(self.tr("Merge proposals…"))
        self.export_button.setText(self.tr("Export compilation…"))
        self.renumber_button.setText(self.tr("Renumber for the final text…"))
        dock = self.parentWidget()
        if dock is not None and dock.objectName() == "bracketsDock":
            dock.setWindowTitle(self.tr("Alternatives"))
        if self.window_ is not None and hasattr(self.window_, "current_draft"):
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
