"""The Precedents panel: search the trade agreements beside the library, and see a clause's lineage.

Search as you type (like the library) filtered by party, year, region and chapter; the text of
the chosen precedent article; the lineage of the selected draft article, library clause or
precedent article (the precedents nearly the same, with the word diff from each to it and the
earliest occurrence), computed in a thread so typing never waits; and "Add as alternative",
which puts the precedent's wording on the selected draft article as an alternative carrying its
provenance, through the window's undo stack. ToTA's attribution and licence are always shown.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QSplitter,
                               QTabWidget, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ..core import brackets as br
from ..core.model import DraftError, Node, NodeKind
from ..core.precedents import ATTRIBUTION, PrecedentError, provenance_note
from .diff_view import ops_html
from .errors import message_of

SEARCH_LIMIT = 100
ANY_YEAR = 1900
IdRole = Qt.ItemDataRole.UserRole


class HitItem(QTreeWidgetItem):
    """A search result; its snippet (the tooltip) is cut only when a tooltip is asked for, not for
    each of the hundred results of every keystroke."""

    def __init__(self, hit, damaged_note: str):
        super().__init__([hit["agreement"], str(hit["year"] or ""), hit["heading"] or hit["article_id"]])
        self.hit, self.damaged_note = hit, damaged_note
        self.setData(0, IdRole, hit["article_id"])

    def data(self, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0 and self.hit["damaged"]:
                return self.damaged_note
            return self.hit["snippet"]
        return super().data(column, role)


class LineageWorker(QObject):
    """Runs lineage queries in its own thread, on its own read-only connection; only the latest
    request is answered (an older one still queued is dropped)."""

    done = Signal(int, object, str)      # token, Lineage (or None), error message
    _asked = Signal(int, str, str)
    _closing = Signal()

    def __init__(self, store_path):
        super().__init__()
        self.store_path = store_path
        self.latest = 0
        self._finder = None
        self._asked.connect(self._run)
        # closed in its own thread, after the query it may be running (never under its feet)
        self._closing.connect(self._close, Qt.ConnectionType.BlockingQueuedConnection)

    def ask(self, token: int, text: str, exclude: str) -> None:
        self.latest = token
        self._asked.emit(token, text, exclude)

    def _run(self, token: int, text: str, exclude: str) -> None:
        if token != self.latest:
            return
        try:
            if self._finder is None:
                from ..precedents.lineage import LineageFinder
                from ..storage.precedents import PrecedentStore
                self._finder = LineageFinder(PrecedentStore.open(self.store_path, read_only=True))
            self.done.emit(token, self._finder.similar(text, 25, exclude=exclude or None), "")
        except (PrecedentError, OSError) as exc:
            self._finder = None
            self.done.emit(token, None, message_of(exc))

    def close(self) -> None:
        """Close the worker's connection (it is opened again by the next query)."""
        thread = self.thread()
        if thread is not None and thread.isRunning() and thread is not QThread.currentThread():
            self._closing.emit()
        else:
            self._close()

    def _close(self) -> None:
        if self._finder is not None:
            self._finder.store.close()
            self._finder = None


class PrecedentsPanel(QWidget):
    """Search, read, trace and borrow precedent articles."""

    message = Signal(str)
    import_requested = Signal()
    draft_lineage_requested = Signal()

    def __init__(self, window, store_path, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.store_path = store_path
        self.store = None
        self.current: dict | None = None          # the precedent article shown
        self.traced = ("", "", "")                # (what, text, precedent id to leave out)
        self.lineage = None
        self.problem = ""                         # why the collection could not be opened
        self._token = 0
        self.last_search_ms = 0.0

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.party = QComboBox(self)
        self.region = QComboBox(self)
        self.year_from = QSpinBox(self)
        self.chapter = QLineEdit(self)
        for spin in (self.year_from,):
            spin.setRange(ANY_YEAR, 2100)
            spin.setValue(ANY_YEAR)
        self.results = QTreeWidget(self)
        self.results.setRootIsDecorated(False)
        self.results.setColumnCount(3)
        self.results.setMinimumHeight(110)
        self.count_label = QLabel(self)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.lineage_label = QLabel(self)
        self.lineage_label.setWordWrap(True)
        self.matches = QTreeWidget(self)
        self.matches.setRootIsDecorated(False)
        self.matches.setColumnCount(4)
        self.matches.setMinimumHeight(90)
        self.diff = QTextBrowser(self)
        self.draft_table = QTreeWidget(self)
        self.draft_table.setRootIsDecorated(False)
        self.draft_table.setColumnCount(2)
        self.tabs = QTabWidget(self)
        lineage_page = QWidget(self)
        lineage_layout = QVBoxLayout(lineage_page)
        lineage_layout.setContentsMargins(0, 0, 0, 0)
        lineage_layout.addWidget(self.lineage_label)
        split = QSplitter(Qt.Orientation.Vertical, lineage_page)
        split.addWidget(self.matches)
        split.addWidget(self.diff)
        lineage_layout.addWidget(split, 1)
        self.tabs.addTab(self.preview, "")
        self.tabs.addTab(lineage_page, "")
        self.tabs.addTab(self.draft_table, "")
        self.trace_button = QPushButton(self)
        self.add_button = QPushButton(self)
        self.draft_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.attribution = QLabel(self)
        self.attribution.setWordWrap(True)
        self.attribution.setStyleSheet("color:#555; font-size:small")

        filters = QHBoxLayout()
        for widget, stretch in ((self.party, 1), (self.region, 2), (self.year_from, 1), (self.chapter, 2)):
            filters.addWidget(widget, stretch)
        buttons = QHBoxLayout()
        for button in (self.trace_button, self.add_button, self.draft_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.results, 1)
        top_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.attribution)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.chapter.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.party, self.region):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.year_from.valueChanged.connect(lambda _v: self._timer.start())
        self.results.currentItemChanged.connect(self._result_chosen)
        self.matches.currentItemChanged.connect(self._match_chosen)
        self.draft_table.itemDoubleClicked.connect(self._draft_row_chosen)
        self.trace_button.clicked.connect(self.trace_current)
        self.add_button.clicked.connect(self.add_as_alternative)
        self.draft_button.clicked.connect(self.draft_lineage_requested)
        self.import_button.clicked.connect(self.import_requested)

        self.thread = QThread(self)
        self.worker = LineageWorker(store_path)
        self.worker.moveToThread(self.thread)
        self.worker.done.connect(self._lineage_done)
        self.thread.start()
        self.retranslate()
        self.reopen()

    # ----- the collection -----------------------------------------------------------------------
    def reopen(self) -> None:
        """(Re)open the collection (after an import); without one, say how to import it."""
        from ..storage.precedents import PrecedentStore
        if self.store is not None:
            self.store.close()
            self.store = None
        self.worker.close()
        self.problem = ""
        try:
            if self.store_path.exists():
                self.store = PrecedentStore.open(self.store_path, read_only=True)
                if not self.store.counts()["agreements"]:     # made by an import that was cancelled
                    self.store.close()
                    self.store = None
        except PrecedentError as exc:
            self.problem = message_of(exc)
            self.message.emit(self.problem)
        self.current = None
        self._fill_filters()
        self._update_buttons()
        self.run_search()
        if self.store is not None:
            self.show_overview()

    def _fill_filters(self) -> None:
        agreements = self.store.agreements() if self.store is not None else []
        parties = sorted({p for a in agreements for p in a["parties"]})
        regions = sorted({r.strip() for a in agreements for r in (a["region"] or "").split(";") if r.strip()})
        for combo, values, empty in ((self.party, parties, self.tr("Any party")),
                                     (self.region, regions, self.tr("Any region"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(empty, None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    # ----- search -------------------------------------------------------------------------------
    def options(self):
        from ..storage.precedent_search import SearchOptions
        year = self.year_from.value()
        return SearchOptions(party=self.party.currentData(), region=self.region.currentData(),
                             year_from=None if year == ANY_YEAR else year, chapter=self.chapter.text().strip() or None,
                             limit=SEARCH_LIMIT, glossary=self._glossary())

    def _glossary(self) -> list[dict]:
        try:
            return self.window_.session.workspace.vocabulary.glossary
        except Exception:  # noqa: BLE001 - a search without the glossary still works in English
            return []

    def run_search(self) -> None:
        from time import perf_counter
        start = perf_counter()
        self.results.clear()
        if self.store is None:
            self.count_label.setText(self.tr("No precedents imported yet"))
            self.show_hint()
            return
        try:
            hits = self.store.search(self.search.text(), self.options())
        except PrecedentError as exc:
            self.message.emit(message_of(exc))
            hits = []
        note = self.tr("Flagged: damaged by character recognition (words run together)")
        items = [HitItem(hit, note) for hit in hits]
        self.results.addTopLevelItems(items)
        self.count_label.setText(self.tr("%n precedent article(s)", "", len(items)))
        self.last_search_ms = (perf_counter() - start) * 1000

    # ----- reading ------------------------------------------------------------------------------
    def show_hint(self) -> None:
        problem = f"<p style='color:#8e1b1f'>{escape(self.problem)}</p>" if self.problem else ""
        self.preview.setHtml(problem + "<p style='color:#555'>" + escape(self.tr(
            "No precedents have been imported for this workspace. Choose Import precedents… and the folder "
            "holding the ToTA files (pta_N.xml): 450 trade agreements, searchable here beside the library, "
            "with the lineage of every clause.")) + "</p>")

    def show_overview(self) -> None:
        """What the collection holds, and what to do with it (until an article is chosen)."""
        counts = self.store.counts()
        self.preview.setHtml("<p>" + escape(
            self.tr("%n agreement(s)", "", counts["agreements"]) + ", "
            + self.tr("%n article(s)", "", counts["articles"]) + "; "
            + self.tr("%n agreement(s) flagged for damage by character recognition (kept, marked wherever shown).",
                      "", counts["damaged"])) + "</p><p style='color:#555'>" + escape(self.tr(
                "Type words to search the precedents. Select a draft article or a library clause to see its "
                "lineage: the precedents nearly the same, with the words that differ.")) + "</p>")

    def _result_chosen(self, item, _previous=None) -> None:
        if item is not None:
            self.show_article(item.data(0, IdRole))

    def show_article(self, article_id: str) -> None:
        if self.store is None:
            return
        article = self.store.article(article_id)
        self.current = article
        self._update_buttons()
        if article is None:
            self.preview.setHtml("")
            return
        agreement = self.store.agreement(article["agreement_id"]) or {}
        parts = [f"<h3>{escape(article['heading'] or article['id'])}</h3>",
                 f"<p><b>{escape(agreement.get('name', ''))}</b> — {escape(article['chapter'] or '')}<br/>",
                 escape(self.tr("Signed {0}; parties {1}; {2}; WTO RTA id {3}").format(
                     agreement.get("date_signed") or "?", ", ".join(agreement.get("parties", [])),
                     agreement.get("status") or "?", agreement.get("wto_rta_id") or "–")) + "</p>"]
        if article["damaged"]:
            parts.append("<p style='color:#8e1b1f'>" + escape(self.tr(
                "Flagged: this text was damaged by character recognition (words run together); check it "
                "against an official copy before relying on it.")) + "</p>")
        parts += [f"<p>{escape(p)}</p>" for p in article["text"].split("\n") if p.strip()]
        self.preview.setHtml("".join(parts))
        self.tabs.setCurrentIndex(0)

    # ----- lineage ------------------------------------------------------------------------------
    def trace(self, what: str, text: str, exclude: str = "") -> None:
        """Find the lineage of ``text`` (named ``what``) in the background."""
        self.traced = (what, text, exclude)
        self.matches.clear()
        self.diff.setHtml("")
        if self.store is None or not text.strip():
            self.lineage_label.setText(self.tr("Lineage of {0}: no precedents to compare with").format(what))
            return
        self.lineage_label.setText(self.tr("Lineage of {0}: looking…").format(what))
        self._token += 1
        self.worker.ask(self._token, text, exclude)

    def trace_current(self) -> None:
        """Trace the precedent article shown, else the selected draft article."""
        if self.current is not None:
            self.trace(f"{self.current['agreement']}, {self.current['heading']}", self.current["text"],
                       self.current["id"])
        elif self.window_.current_draft is not None and self.window_.current_article_id:
            self.trace_draft_article(self.window_.current_article_id)
        else:
            self.message.emit(self.tr("Choose a precedent article or a draft article first"))
            return
        self.tabs.setCurrentIndex(1)

    def trace_draft_article(self, article_id: str | None) -> None:
        draft = self.window_.current_draft
        if draft is None or article_id is None:
            return
        from ..core.render import Renderer
        lang = getattr(getattr(self.window_, "translations", None), "lang", "en")
        try:
            renderer, node = Renderer(draft), draft.find(article_id)
            rendered = renderer.article(node)
            heading = renderer.article(node, lang).heading if lang != "en" else rendered.heading
        except DraftError:
            return
        self.trace(heading, rendered.text)

    def trace_clause(self, clause_id: str) -> None:
        clause = self.window_.session.clause(clause_id) if clause_id else None
        if clause is not None:
            self.trace(clause.id, clause.text(with_labels=False))

    def _lineage_done(self, token: int, result, error: str) -> None:
        if token != self._token:
            return
        what = self.traced[0]
        if result is None:
            self.lineage_label.setText(self.tr("Lineage of {0}: {1}").format(what, error))
            return
        self.lineage = result
        if result.first is None:
            summary = self.tr("no precedent is nearly the same")
        else:
            summary = self.tr("in %n agreement(s) since {0}, first {1}, {2}", "", result.agreements).format(
                result.since or "?", result.first.agreement, result.first.article)
        self.lineage_label.setText(self.tr("Lineage of {0}: {1}").format(what, summary))
        for match in result.matches:
            item = QTreeWidgetItem([f"{match.similarity:.0%}", match.agreement, str(match.year or ""), match.article])
            item.setData(0, IdRole, match.article_id)
            self.matches.addTopLevelItem(item)
        if result.matches:
            self.matches.setCurrentItem(self.matches.topLevelItem(0))

    def _match_chosen(self, item, _previous=None) -> None:
        if item is None or self.lineage is None:
            return
        match = next((m for m in self.lineage.matches if m.article_id == item.data(0, IdRole)), None)
        if match is None:
            return
        self.current = self.store.article(match.article_id) if self.store is not None else None
        self._update_buttons()
        note = escape(self.tr("Words struck through are the precedent's only; underlined ones, {0}'s only.")
                      .format(self.traced[0]))
        self.diff.setHtml(f"<p style='color:#555'>{note}</p>" + ops_html(match.extra.get("diff", [])))

    def show_draft_lineage(self, rows: list[tuple[str, str, str]]) -> None:
        """Rows (article id, heading, summary) of the lineage of the whole draft; double-click one to
        select the article and see its lineage."""
        self.draft_table.clear()
        items = []
        for article_id, heading, summary in rows:
            item = QTreeWidgetItem([heading, summary])
            item.setData(0, IdRole, article_id)
            items.append(item)
        self.draft_table.addTopLevelItems(items)
        self.tabs.setCurrentIndex(2)

    def _draft_row_chosen(self, item, _column=0) -> None:
        article_id = item.data(0, IdRole) if item is not None else None
        if article_id and self.window_.select_article(article_id):
            self.trace_draft_article(article_id)
            self.tabs.setCurrentIndex(1)

    # ----- borrowing ----------------------------------------------------------------------------
    def add_as_alternative(self) -> bool:
        """Put the precedent article shown on the selected draft article, as an alternative wording
        that names where it comes from (undoable)."""
        window, article = self.window_, self.current
        if article is None:
            self.message.emit(self.tr("Choose a precedent article first"))
            return False
        if window.current_draft is None or window.current_article_id is None:
            self.message.emit(self.tr("Select the draft article the precedent is an alternative to"))
            return False
        agreement = self.store.agreement(article["agreement_id"]) or {"name": article["agreement"]}
        note = provenance_note(agreement, article)
        paras = [Node(NodeKind.PARAGRAPH, text=block.strip(), numbered=False).to_dict()
                 for block in article["text"].split("\n") if block.strip()]
        try:
            edit = br.add_alternative(window.current_draft, window.current_article_id, text=article["text"],
                                      title=article["name"] or article["heading"], nodes=paras, note=note)
        except DraftError as exc:
            window.report(message_of(exc))
            return False
        if not window.push_edit(edit, self.tr("Add precedent as alternative")):
            return False
        self.message.emit(self.tr("Added {0} as an alternative").format(article["heading"] or article["id"]))
        return True

    def _update_buttons(self) -> None:
        has = self.store is not None
        self.trace_button.setEnabled(has)
        self.add_button.setEnabled(has and self.current is not None)
        self.draft_button.setEnabled(has)

    # ----- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the precedents (words, \"phrases\", 中文 via the glossary)…"))
        self.chapter.setPlaceholderText(self.tr("Chapter"))
        self.year_from.setSpecialValueText(self.tr("Any year"))
        self.year_from.setPrefix("")
        self.year_from.setToolTip(self.tr("Agreements signed in or after this year"))
        self.results.setHeaderLabels([self.tr("Agreement"), self.tr("Year"), self.tr("Article")])
        self.matches.setHeaderLabels([self.tr("Similarity"), self.tr("Agreement"), self.tr("Year"), self.tr("Article")])
        for view, widths in ((self.results, (190, 48)), (self.matches, (70, 190, 48)), (self.draft_table, (220,))):
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        self.draft_table.setHeaderLabels([self.tr("Draft article"), self.tr("Lineage")])
        self.tabs.setTabText(0, self.tr("Text"))
        self.tabs.setTabText(1, self.tr("Lineage"))
        self.tabs.setTabText(2, self.tr("Whole draft"))
        self.trace_button.setText(self.tr("Trace lineage"))
        self.trace_button.setToolTip(self.tr("The precedents nearly the same as the article shown (or the selected "
                                             "draft article), with the words that differ"))
        self.add_button.setText(self.tr("Add as alternative"))
        self.add_button.setToolTip(self.tr("Put this precedent's wording on the selected draft article as an "
                                           "alternative, with its provenance"))
        self.draft_button.setText(self.tr("Trace whole draft"))
        self.import_button.setText(self.tr("Import precedents…"))
        licence = self.tr("CC BY-NC 4.0 (attribution, non-commercial use)")
        self.attribution.setText(self.tr("Precedents: ToTA (Alschner, Seiermann, Skougarevskiy; UNCTAD 2017), "
                                         "licence {0}").format(licence))
        self.attribution.setToolTip(self.tr("Precedents: {0}; licence {1}").format(ATTRIBUTION, licence))
        self._fill_filters()
        if self.store is None:
            self.show_hint()
        elif self.current is None:
            self.show_overview()
        self.count_label.setText(self.tr("%n precedent article(s)", "", self.results.topLevelItemCount()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def close_store(self) -> None:
        """Stop the worker thread and close both connections (the window is closing)."""
        self.worker.close()
        self.thread.quit()
        self.thread.wait(5000)
        if self.store is not None:
            self.store.close()
            self.store = None
