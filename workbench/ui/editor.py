"""The article editor: title and paragraphs in English and Chinese, live cross-references, diff to source.

Typing is never blocked: a field's text is committed when the drafter pauses (a short idle
timer) or leaves the field, as one ``SetFields`` edit through the session; consecutive commits
in one field merge into one undo step until the drafter leaves it.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from ..core.edits import InsertNodes, RemoveNode, SetFields
from ..core.model import Draft, DraftError, Node, NodeKind
from ..core.numbering import Numbering
from ..core.ref_index import ReferenceIndex
from ..core.references import Resolver, targets
from .clause_preview import heading as clause_heading
from .clause_preview import level_text
from .diff_view import compare_html
from .i18n import zh_font
from .ref_text import RefTextEdit, WorkbenchField

IDLE_MS = 500


class TitleEdit(WorkbenchField, QLineEdit):
    focus_entered = Signal()
    focus_left = Signal()


def _value(widget) -> str:
    return widget.value() if isinstance(widget, RefTextEdit) else widget.text()


def _show(widget, value: str) -> None:
    if isinstance(widget, RefTextEdit):
        widget.set_value(value)
    else:
        blocked = widget.blockSignals(True)
        widget.setText(value)
        widget.blockSignals(blocked)


class ArticleEditor(QWidget):
    """Edits the selected node of the outline (an article, a recital, a chapter's titles)."""

    navigate = Signal(str)      # article id to select
    message = Signal(str)
    typing = Signal()           # text typed and not yet committed (Undo must be available)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.draft: Draft | None = None
        self.node_id: str | None = None
        self.lang = "en"                    # the UI language: headings and numbers follow it
        self.focus_key: tuple[str, str] | None = None
        self._fields: dict[tuple[str, str], QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._shown: list[str] = []
        self._pending: set[tuple[str, str]] = set()
        self._group = 0
        self._building = False
        self._resolver: Resolver | None = None     # kept until an edit changes more than words
        self._refs = ReferenceIndex()              # who refers to what, for "Referred to by"
        self._stale = True                          # the form is to be built again (a reload)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(lambda: self.flush(end_group=False))

        self.heading = QLabel(self)
        self.heading.setObjectName("editorHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.linkActivated.connect(self._link)
        self.tabs = QTabWidget(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form = QWidget()
        self.scroll.setWidget(self.form)
        self.diff = QTextBrowser(self)
        self.diff.setOpenLinks(False)
        self.tabs.addTab(self.scroll, "")
        self.tabs.addTab(self.diff, "")
        self.tabs.currentChanged.connect(lambda _i: self._refresh_diff())
        self.add_para_button = QPushButton(self)
        self.add_sub_button = QPushButton(self)
        self.remove_para_button = QPushButton(self)
        self.add_para_button.clicked.connect(lambda: self.add_paragraph(sub=False))
        self.add_sub_button.clicked.connect(lambda: self.add_paragraph(sub=True))
        self.remove_para_button.clicked.connect(self.remove_paragraph)
        buttons = QHBoxLayout()
        for button in (self.add_para_button, self.add_sub_button, self.remove_para_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.info)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        session.draft_changed.connect(self._draft_changed)
        session.draft_reloaded.connect(self._forget)
        session.clause_changed.connect(lambda _cid: self._refresh_info())
        self.retranslate()
        self.show_node(None, None)

    # ----- what is shown ----------------------------------------------------------------------
    def node(self) -> Node | None:
        if self.draft is None or self.node_id is None:
            return None
        try:
            return self.session.find(self.draft, self.node_id)
        except DraftError:
            return None

    def resolver(self) -> Resolver | None:
        if self._resolver is None and self.draft is not None:
            self._resolver = Resolver(self.draft, self.session.numbering(self.draft),
                                      clause_labels=self.session.source_labels(), index=self.session.index(self.draft))
        return self._resolver

    def _forget(self, *_args) -> None:
        """The draft took over another state: numbers and references are worked out again."""
        self._resolver = None
        self._refs.forget()
        self._stale = True                  # the form is built again even for the same element

    def show_node(self, draft: Draft | None, node_id: str | None) -> None:
        """Show ``node_id`` of ``draft`` (None: nothing); pending typing is committed first."""
        self.flush(end_group=True)
        if draft is not self.draft:
            self._forget()
        elif node_id is not None and node_id == self.node_id and not self._stale:
            node = self.node()              # the same element selected again (after a move, a drop):
            if node is not None and [n.id for n in node.walk()] == self._shown:
                return                      # its form already follows every change of the draft
        self.draft, self.node_id = draft, node_id
        self._build()

    def _label_for(self, lang: str):
        def label(target: str, number_only: bool) -> tuple[str, bool]:
            resolver = self.resolver()
            if resolver is None:
                return target, False
            return resolver.render_target(target, lang, number_only), resolver.article_id(target) is not None
        return label

    def _build(self) -> None:
        self._stale = False
        carried = {key: _value(self._fields[key]) for key in self._pending if key in self._fields}
        self._building = True
        old = self.scroll.takeWidget()
        self.form = QWidget()
        self._fields, self._labels = {}, {}
        node = self.node()
        self._shown = [n.id for n in node.walk()] if node is not None else []
        grid = QGridLayout(self.form)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        row = 0
        if node is not None and node.kind not in (NodeKind.RECITAL, NodeKind.CLOSING):
            titles = QFormLayout()
            for field, caption in (("title", self.tr("Title")), ("title_zh", self.tr("Chinese title"))):
                edit = TitleEdit(self.form)
                if field == "title_zh":
                    edit.setFont(zh_font())
                _show(edit, getattr(node, field))
                self._bind(edit, node.id, field)
                titles.addRow(caption, edit)
            grid.addLayout(titles, row, 0, 1, 2)
            row += 1
        if node is not None and node.kind in (NodeKind.ARTICLE, NodeKind.RECITAL, NodeKind.ANNEX, NodeKind.CLOSING):
            items = [(node, 0)] if node.kind is NodeKind.RECITAL else \
                [(n, d) for child in node.children for n, d in self._with_depth(child, 0)
                 if n.kind is not NodeKind.CHAPTER]          # an annex's headings are edited as titles
            for item, depth in items:
                label = QLabel(self.form)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                label.setContentsMargins(depth * 18, 4, 0, 0)
                self._labels[item.id] = label
                grid.addWidget(label, row, 0)
                box = QVBoxLayout()
                box.setSpacing(2)
                for field in ("text", "text_zh"):
                    edit = RefTextEdit(self._label_for("zh" if field == "text_zh" else "en"), self.form)
                    if field == "text_zh":
                        edit.setFont(zh_font())
                        edit.setPlaceholderText(self.tr("Chinese text (中文文本)"))
                    else:
                        edit.setPlaceholderText(self.tr("English text"))
                    edit.set_value(getattr(item, field))
                    edit.reference_activated.connect(self._reference_activated)
                    self._bind(edit, item.id, field)
                    box.addWidget(edit)
                grid.addLayout(box, row, 1)
                row += 1
        grid.setRowStretch(row, 1)
        self.scroll.setWidget(self.form)
        if old is not None:
            old.deleteLater()
        self._building = False
        is_text = node is not None and node.kind is NodeKind.ARTICLE
        for button in (self.add_para_button, self.add_sub_button, self.remove_para_button):
            button.setVisible(is_text)
        self.tabs.setTabEnabled(1, node is not None and node.kind is NodeKind.ARTICLE)
        for key, value in carried.items():      # typing not committed yet survives a rebuild
            if key in self._fields:
                _show(self._fields[key], value)
                self._pending.add(key)
        self._refresh_labels()
        self._refresh_info()
        self._refresh_diff()
        if self.focus_key in self._fields:
            self._fields[self.focus_key].setFocus()

    @staticmethod
    def _with_depth(node: Node, depth: int):
        yield node, depth
        for child in node.children:
            yield from ArticleEditor._with_depth(child, depth + 1)

    def _bind(self, widget, node_id: str, field: str) -> None:
        key = (node_id, field)
        self._fields[key] = widget
        widget.textChanged.connect(lambda *_a, key=key: self._touched(key))
        widget.focus_left.connect(lambda: self.flush(end_group=True))
        widget.focus_entered.connect(lambda key=key: setattr(self, "focus_key", key))

    # ----- committing typing ------------------------------------------------------------------
    def _touched(self, key: tuple[str, str]) -> None:
        if self._building:
            return
        self._pending.add(key)
        self._timer.start()
        self._journal(key)
        self.typing.emit()

    def _journal(self, key: tuple[str, str]) -> None:
        """Keep the field's text in the workspace's typing journal at each keystroke (a kill before the
        commit loses nothing: ``storage.journal``)."""
        widget = self._fields.get(key)
        if widget is None or self.draft is None:
            return
        node_id, field = key
        try:
            base = getattr(self.session.find(self.draft, node_id), field)
        except DraftError:
            return
        self.session.journal.record(self.draft.id, node_id, field, _value(widget), base)

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self, end_group: bool = True) -> None:
        """Commit every field changed since the last commit (one edit per field)."""
        if self._building:
            return
        self._timer.stop()
        pending, self._pending = self._pending, set()
        for key in sorted(pending):
            widget = self._fields.get(key)
            if widget is None or self.draft is None:
                continue
            node_id, field = key
            try:
                node = self.session.find(self.draft, node_id)
            except DraftError:
                continue
            value = _value(widget)
            if getattr(node, field) == value:
                self.session.journal.clear(self.draft.id, node_id, field)
                continue
            change = self.session.push_edit(self.draft, SetFields(node_id, {field: value}, label="Edit text"),
                                            self.tr("Typing"), merge_key=(node_id, field, self._group))
            if change is not None:
                self.session.journal.clear(self.draft.id, node_id, field)
        if end_group:
            self._group += 1

    # ----- following the draft ----------------------------------------------------------------
    def _draft_changed(self, draft: Draft, change) -> None:
        if draft is not self.draft:
            return
        if change.words_only:                       # typing: every number and article stays
            shown = self.node()
            article = shown if shown is not None and shown.kind is NodeKind.ARTICLE else None
            self._refs.changed(draft, change, {n.id: (n, article) for n in article.walk()} if article else None)
        else:
            self._resolver = None
            self._refs.changed(draft, change, index=self.session.index(draft))
        node = self.node()
        if node is None:
            if self.node_id is not None:
                self.node_id = None
                self._build()
            return
        if [n.id for n in node.walk()] != self._shown:
            self._build()
            return
        index = {n.id: n for n in node.walk()}
        for (node_id, field), widget in self._fields.items():
            if node_id in change.upserted and (node_id, field) not in self._pending:
                value = getattr(index[node_id], field)
                if _value(widget) != value:
                    _show(widget, value)
        if change.removed or change.reordered:      # numbers may have changed
            self._refresh_labels()
        self._refresh_info()
        self._refresh_diff()

    def _refresh_labels(self) -> None:
        node = self.node()
        resolver = self.resolver()
        if node is None or resolver is None:
            return
        numbering: Numbering = resolver.numbering
        shown = {n.id: n for n in node.walk()}
        for node_id, label in self._labels.items():
            item = shown.get(node_id) or self.session.find(self.draft, node_id)
            text = numbering.label(item) if item.kind is not NodeKind.RECITAL else ""
            label.setText(text or "·")
        for widget in self._fields.values():
            if isinstance(widget, RefTextEdit):
                widget.refresh_labels()

    def _refresh_info(self) -> None:
        node = self.node()
        resolver = self.resolver()
        if node is None or resolver is None:
            self.heading.setText(self.tr("No article selected"))
            self.info.setText(escape(self.tr("Select an article in the draft outline, or add clauses from the "
                                             "library (drag them, or press Enter or Ctrl+D).")))
            return
        numbering = resolver.numbering
        if node.kind is NodeKind.RECITAL:
            self.heading.setText(self.tr("Recital"))
        else:
            zh = self.lang == "zh"
            label = numbering.label(node, self.lang)
            title = (node.title_zh if zh and node.title_zh else node.title) or \
                (self.tr("Preamble") if node.kind is NodeKind.PREAMBLE else
                 self.tr("Closing formula") if node.kind is NodeKind.CLOSING else "")
            separator = " " if zh else " – "
            self.heading.setText(f"{label}{separator}{title}" if label and title else (label or title))
        parts = []
        if node.derived_from:
            clause = self.session.clause(node.derived_from)
            source = self.session.workspace.sources().get(clause.source) if clause else None
            where = escape(clause_heading(clause, source, self.lang)) if clause else \
                escape(node.derived_from)
            parts.append(self.tr("From the library: {0}").format(f"<b>{where}</b>"))
            parts.extend(self._provenance_html(clause, source))
        if node.kind is NodeKind.ARTICLE:
            parts.append(self._references_html(node, resolver))
        self.info.setText("<br/>".join(p for p in parts if p))

    def _provenance_html(self, clause, source) -> list[str]:
        """What the library text of the article is: a model clause (after which treaty), an unverified
        transcription, a reproduction (from which copy) or the official text; where the official
        texts in two languages differ, how."""
        if clause is None:
            return []

        def tag(text: str, colour: str) -> str:
            return (f'<span style="background-color:{colour};color:#ffffff;font-weight:bold">&nbsp;'
                    f"{escape(text)}&nbsp;</span>")

        parts = []
        level = "model" if (source is not None and source.is_model) else clause.overall_verification
        if level == "model":
            parts.append(tag(self.tr("MODEL CLAUSE drafted by the workbench"), "#5c2d91")
                         + (" " + escape(self.tr("after {0}").format(clause.precedent)) if clause.precedent else ""))
        elif level == "transcription":
            parts.append(tag(self.tr("UNVERIFIED TRANSCRIPTION of the source text"), "#b3261e"))
        elif level == "reproduction":
            lang = "en" if clause.level("en") == "reproduction" and clause.text() else "zh"
            parts.append(tag(self.tr("REPRODUCTION"), "#8a5a00") + " "
                         + escape(level_text("reproduction", clause.copy_of(lang))))
        else:
            parts.append(escape(level_text(level)))
        if clause.divergence:
            parts.append(tag(self.tr("THE OFFICIAL TEXTS DIFFER"), "#0b5cad") + " " + escape(clause.divergence))
        return parts

    def _references_html(self, article: Node, resolver: Resolver) -> str:
        outgoing: list[str] = []
        for item in article.walk():
            for target in targets(item.text) + targets(item.text_zh):
                article_id = resolver.article_id(target)
                shown = escape(resolver.render_target(target, self.lang, False))
                if article_id is not None:
                    link = f'<a href="node:{article_id}">{shown}</a>'
                else:
                    link = f'<span style="color:#a4262c">{shown}</span>'
                if link not in outgoing:
                    outgoing.append(link)
        incoming: list[str] = []
        mine = {article.id} | ({article.derived_from} if article.derived_from else set())
        referring = self._refs.referring(self.draft, mine, index=self.session.index(self.draft))
        holders = {h.id: h for h in map(self._refs.holder, referring) if h is not None}
        for holder in sorted(holders.values(), key=lambda h: resolver.numbering.articles.get(h.id, 0)):
            if holder.id != article.id:
                number = resolver.numbering.label(holder, self.lang)
                link = f'<a href="node:{holder.id}">{escape(number)}</a>'
                if link not in incoming:
                    incoming.append(link)
        lines = []
        if outgoing:
            lines.append(self.tr("Refers to: {0}").format(", ".join(outgoing)))
        if incoming:
            lines.append(self.tr("Referred to by: {0}").format(", ".join(incoming)))
        return "<br/>".join(lines)

    def _refresh_diff(self) -> None:
        node = self.node()
        if self.tabs.currentIndex() != 1 or node is None or node.kind is not NodeKind.ARTICLE:
            return
        clause = self.session.clause(node.derived_from) if node.derived_from else None
        html, _changed = compare_html(self.draft, node, clause, self.session.source_labels())
        self.diff.setHtml(html)

    # ----- navigation and structure -----------------------------------------------------------
    def _link(self, href: str) -> None:
        if href.startswith("node:"):
            self.navigate.emit(href[5:])

    def _reference_activated(self, target: str) -> None:
        resolver = self.resolver()
        article_id = resolver.article_id(target) if resolver else None
        if article_id:
            self.navigate.emit(article_id)
        else:
            self.message.emit(self.tr("That provision is not in this draft"))

    def _focused_paragraph(self) -> Node | None:
        node = self.node()
        if node is None or self.focus_key is None or self.focus_key[0] not in self._shown:
            return None
        item = self.session.find(self.draft, self.focus_key[0])
        return item if item.kind in (NodeKind.PARAGRAPH, NodeKind.SUBPARAGRAPH) else None

    def add_paragraph(self, sub: bool = False) -> None:
        article = self.node()
        if article is None or article.kind is not NodeKind.ARTICLE:
            return
        self.flush(end_group=True)
        focused = self._focused_paragraph()
        if sub:
            if focused is None:
                self.message.emit(self.tr("Click into a paragraph first"))
                return
            new = Node(kind=NodeKind.SUBPARAGRAPH)
            edit = InsertNodes(focused.id, len(focused.children), [new], label="Add sub-paragraph")
        else:
            new = Node(kind=NodeKind.PARAGRAPH)
            top = focused
            while top is not None and top.kind is not NodeKind.PARAGRAPH:
                top = self.draft.parent_of(top.id)
            at = article.children.index(top) + 1 if top is not None else len(article.children)
            edit = InsertNodes(article.id, at, [new], label="Add paragraph")
        self.focus_key = (new.id, "text")
        self.session.push_edit(self.draft, edit, self.tr("Add sub-paragraph") if sub else self.tr("Add paragraph"))

    def remove_paragraph(self) -> None:
        focused = self._focused_paragraph()
        if focused is None:
            self.message.emit(self.tr("Click into the paragraph to remove first"))
            return
        self.flush(end_group=True)
        self.focus_key = None
        self.session.push_edit(self.draft, RemoveNode(focused.id, label="Remove paragraph"),
                               self.tr("Remove paragraph"))

    def field(self, node_id: str, field: str = "text"):
        """The widget editing ``field`` of ``node_id`` (tests and other panels use it)."""
        return self._fields.get((node_id, field))

    # ----- language ---------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._refresh_info()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Text"))
        self.tabs.setTabText(1, self.tr("Compare with source"))
        self.add_para_button.setText(self.tr("Add paragraph"))
        self.add_sub_button.setText(self.tr("Add sub-paragraph"))
        self.remove_para_button.setText(self.tr("Remove paragraph"))
        if self.draft is not None:
            self._build()
        else:
            self._refresh_info()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
