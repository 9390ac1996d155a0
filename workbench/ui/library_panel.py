"""The Library panel: search as you type (English and Chinese), filters, grouped results, preview."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSplitter, QTextBrowser, QTreeView, QVBoxLayout, QWidget)

from .clause_preview import clause_html
from .library_model import ClauseIdRole, LibraryModel

BROWSE_LIMIT = 5000   # an empty query lists the whole library (up to this many clauses) …
BROWSE_FIRST = 200    # … this many at once (its view reads as many again to fill itself), the rest as
                      # the drafter scrolls: the window opens sooner
SEARCH_LIMIT = 150    # per keystroke: more than a screen; narrow the search for the rest


class LibraryView(QTreeView):
    """The result tree: drag clauses out; Enter adds the selected clauses to the draft."""

    add_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_clause_ids():
            self.add_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_clause_ids(self) -> list[str]:
        indexes = sorted(self.selectionModel().selectedIndexes(), key=lambda i: i.internalId()) \
            if self.selectionModel() else []
        ids = [i.data(ClauseIdRole) for i in indexes]
        return [cid for cid in ids if cid]


class SearchField(QLineEdit):
    """The search box; Down moves into the results."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class LibraryPanel(QWidget):
    """Search, filter and preview library clauses; emits requests, never edits a draft itself."""

    add_requested = Signal(list)          # clause ids, in the order shown
    verify_requested = Signal(str)        # clause id
    clause_selected = Signal(str)         # clause id ("" when nothing is selected)
    message = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.lang = "en"
        self.current_clause_id = ""
        self.last_search_ms = 0.0
        self.searched_text: str | None = None     # the query the results shown belong to
        self._expand_all = True                   # results are shown expanded (else sources only)
        self._shown = ""                          # the clause in the preview
        workspace = session.workspace
        self.model = LibraryModel(workspace.sources(), session.clause, self)

        self.search = SearchField(self)
        self.search.setClearButtonEnabled(True)
        self.source_filter = QComboBox(self)
        self.topic_filter = QComboBox(self)
        self.verification_filter = QComboBox(self)
        for combo in (self.source_filter, self.topic_filter, self.verification_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.view = LibraryView(self)
        self.view.setModel(self.model)
        self.count_label = QLabel(self)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.add_button = QPushButton(self)
        self.verify_button = QPushButton(self)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.source_filter, 2)
        filters.addWidget(self.topic_filter, 2)
        filters.addWidget(self.verification_filter, 1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.count_label)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        bottom_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)            # coalesce keystrokes already queued, no delay
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.down_pressed.connect(self.focus_results)
        for combo in (self.source_filter, self.topic_filter, self.verification_filter):
            combo.currentIndexChanged.connect(lambda _i: self.run_search())
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.rowsInserted.connect(self._rows_fetched)
        self.model.listing_grown.connect(self._show_count)
        self.view.add_requested.connect(self.request_add)
        self.view.doubleClicked.connect(lambda index: self.request_add() if index.data(ClauseIdRole) else None)
        self.add_button.clicked.connect(self.request_add)
        self.verify_button.clicked.connect(self._verify_clicked)
        self.preview.anchorClicked.connect(self._link_clicked)
        session.clause_changed.connect(self._clause_changed)
        self._warm = QTimer(self)                 # prepare row labels while the drafter reads
        self._warm.setInterval(0)
        self._warm.timeout.connect(lambda: self.model.warm_labels() or self._warm.stop())
        self._fill_filters()
        self.retranslate()
        self.run_search()
        self._warm.start()

    # ----- filters and search -----------------------------------------------------------------
    def _fill_filters(self) -> None:
        vocab = self.session.workspace.vocabulary
        for combo, entries in (
                (self.source_filter, [(s.label(self.lang), sid) for sid, s in self.model.sources.items()]),
                (self.topic_filter, sorted(((vocab.topic_label(t, self.lang), t) for t in vocab.topics),
                                           key=lambda e: e[0].lower())),
                (self.verification_filter, [(self.tr("Official text"), "official"),
                                            (self.tr("Reproduction"), "reproduction"),
                                            (self.tr("Unverified transcription"), "transcription"),
                                            (self.tr("Model clause"), "model")])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", None)
            for label, value in entries:
                combo.addItem(label, value)
            at = combo.findData(current)
            combo.setCurrentIndex(at if at >= 0 else 0)
            combo.blockSignals(False)
        self.source_filter.setItemText(0, self.tr("All sources"))
        self.topic_filter.setItemText(0, self.tr("All topics"))
        self.verification_filter.setItemText(0, self.tr("Any status"))

    def set_filters(self, source: str | None = None, topic: str | None = None,
                    verification: str | None = None) -> None:
        for combo, value in ((self.source_filter, source), (self.topic_filter, topic),
                             (self.verification_filter, verification)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
            combo.blockSignals(False)
        self.run_search()

    def run_search(self) -> None:
        from time import perf_counter
        start = perf_counter()
        text = self.search.text()
        filters = dict(source=self.source_filter.currentData(), topic=self.topic_filter.currentData(),
                       verification=self.verification_filter.currentData())
        browse = not text.strip()
        hits = self.session.workspace.search(text, **filters, limit=BROWSE_FIRST if browse else SEARCH_LIMIT)
        keep = self.current_clause_id
        more = self._browse_more(filters) if browse and len(hits) == BROWSE_FIRST else None
        self.model.set_hits(hits, more)
        self._expand_all = not browse or (len(hits) <= 60 and more is None)
        if self._expand_all:
            self.view.expandAll()
        else:
            self.view.expandToDepth(0)
        self._show_count()
        index = self.model.index_of_clause(keep, fetch=True) if keep else QModelIndex()
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)
        self.searched_text = text
        self.last_search_ms = (perf_counter() - start) * 1000

    def _browse_more(self, filters: dict):
        """The rest of the listing, read when the view asks (``LibraryModel.fetchMore``): each
        time as many clauses again as the list holds, up to ``BROWSE_LIMIT``."""
        workspace = self.session.workspace

        def more(count: int) -> tuple[list, bool]:
            wanted = min(BROWSE_LIMIT, 2 * count)
            hits = workspace.search("", **filters, limit=wanted) if count < wanted else []
            return hits[count:], len(hits) < wanted or wanted == BROWSE_LIMIT

        return more

    def _rows_fetched(self, parent: QModelIndex, first: int, last: int) -> None:
        """Groups added when the listing grows are expanded as the first ones were."""
        if not parent.isValid():
            for row in range(first, last + 1):
                index = self.model.index(row, 0)
                if self._expand_all:
                    self.view.expandRecursively(index)
                else:
                    self.view.expand(index)

    def _show_count(self) -> None:
        more = "…" if self.model.canFetchMore() else ""     # the listing continues as it is scrolled
        self.count_label.setText(self.tr("%n clause(s)", "", len(self.model.hits)) + more)

    def focus_results(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid():
            first = self.model.first_clause_index()
            if first.isValid():
                self.view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select_clause(self, clause_id: str) -> bool:
        index = self.model.index_of_clause(clause_id, fetch=True)
        if not index.isValid():
            return False
        self.view.scrollTo(index)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    # ----- preview ------------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        clause_id = current.data(ClauseIdRole) if current.isValid() else None
        if clause_id and clause_id != self._shown:
            self.current_clause_id = clause_id
            self.show_clause(clause_id)
            self.clause_selected.emit(clause_id)

    def show_hint(self) -> None:
        self._shown = ""
        self.preview.setHtml("<p style='color:#555'>" + self.tr(
            "Select a clause to read its text, its Chinese text where one exists, and where it comes "
            "from. Drag clauses into the draft outline, or press Enter or Ctrl+D to add them.") + "</p>")
        self.verify_button.setEnabled(False)

    def show_clause(self, clause_id: str) -> None:
        clause = self.session.clause(clause_id)
        self._shown = clause_id
        if clause is None:
            self.preview.setHtml("")
            self.verify_button.setEnabled(False)
            return
        source = self.model.sources.get(clause.source)
        history = self.session.workspace.clause_history(clause_id)
        self.preview.setHtml(clause_html(clause, source, self.session.workspace.vocabulary, history, self.lang,
                                         self._number_of))
        # a transcription or a reproduction can be replaced by the official text; a model clause never
        self.verify_button.setEnabled(clause.overall_verification in ("transcription", "reproduction"))

    def _number_of(self, clause_id: str) -> str | None:
        """The library number of a clause another one refers to ("M27")."""
        clause = self.session.clause(clause_id)
        return clause.number if clause is not None else None

    def _clause_changed(self, clause_id: str) -> None:
        clause = self.session.clause(clause_id)
        if clause is not None:
            self.model.refresh_clause(clause_id, clause.overall_verification)
        if clause_id == self.current_clause_id:
            self.show_clause(clause_id)

    def _link_clicked(self, url: QUrl) -> None:
        """Links are copied, never opened: the workbench makes no network connection."""
        QGuiApplication.clipboard().setText(url.toString())
        self.message.emit(self.tr("Copied the address {0} to the clipboard").format(url.toString()))

    # ----- requests -----------------------------------------------------------------------------
    def selected_clause_ids(self) -> list[str]:
        ids = self.view.selected_clause_ids()
        if not ids and self.current_clause_id and self.model.index_of_clause(self.current_clause_id).isValid():
            ids = [self.current_clause_id]
        return ids

    def request_add(self) -> None:
        ids = self.selected_clause_ids()
        if ids:
            self.add_requested.emit(ids)
        else:
            self.message.emit(self.tr("Select a clause in the library first"))

    def _verify_clicked(self) -> None:
        if self.current_clause_id:
            self.verify_requested.emit(self.current_clause_id)

    # ----- language -----------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return               # nothing to repaint (the window sets the language it opens with)
        self.lang = lang
        self.model.set_language(lang)
        if not self.search.text().strip():
            self._warm.start()
        self._fill_filters()
        if self.current_clause_id:
            self.show_clause(self.current_clause_id)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the library (English or 中文)…"))
        self.search.setToolTip(self.tr("Words are matched as you type; \"quoted phrases\" match exactly"))
        self.add_button.setText(self.tr("Add to draft"))
        self.add_button.setToolTip(self.tr("Add the selected clauses to the draft (Enter, Ctrl+D, or drag)"))
        self.verify_button.setText(self.tr("Paste official text…"))
        self.verify_button.setToolTip(self.tr("Paste the official text over a transcription or a reproduction and "
                                              "record what it was checked against, by whom and when"))
        self.source_filter.setToolTip(self.tr("Show clauses of one source only"))
        self.topic_filter.setToolTip(self.tr("Show clauses on one topic only"))
        self.verification_filter.setToolTip(self.tr("Show only official texts, reproductions, unverified "
                                                    "transcriptions or model clauses"))
        self._fill_filters()
        self._show_count()
        if self.current_clause_id:
            self.show_clause(self.current_clause_id)
        else:
            self.show_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
