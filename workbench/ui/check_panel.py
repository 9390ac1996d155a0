"""The Check panel: group scores, each criterion's verdict, evidence that jumps to the article,
suggested clauses with "Add to draft"; refreshed in a worker thread after each edit.

The panel knows nothing of the main window: ``ui.checker_install`` (the extension) docks it, with
the Dependency graph and the impact warning before a removal or move.
"""
from __future__ import annotations

import html
import sys
import threading

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTextBrowser,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ..core.messages import Message, message_in
from ..core.model import Draft
from ..core.snapshot import Snapshots, assemble
from ..first_imports import import_checker
from .check_service import CheckServiceError
from .errors import message_of

KIND_ROLE = Qt.ItemDataRole.UserRole
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
VERDICT_COLOURS = {"met": "#c6efce", "partial": "#ffeb9c", "missing": "#ffc7ce", "not-applicable": "#e7e6e6"}
DEBOUNCE_MS = 300
# The interpreter's thread switch interval while a check can run (see CheckPanel.__init__).
SWITCH_INTERVAL = 0.0005


class _Signals(QObject):
    """The worker's way back to the panel.

    It has no Qt parent: the panel and every queued job hold a Python reference, so it outlives
    a panel destroyed while a check runs (the connections to the panel's slots end with the
    panel, and a late result goes nowhere instead of raising "Signal source has been deleted").
    """

    done = Signal(int, object, object)      # generation, report, graph
    failed = Signal(int, str)


class CheckJob(QRunnable):
    """Checks a private copy of the draft off the GUI thread: here, or in the checking process
    (``service``) when the draft came pickled for it."""

    def __init__(self, panel: "CheckPanel", draft: tuple, generation: int, signals: _Signals,
                 stopped: threading.Event):
        super().__init__()
        self.panel, self.draft, self.generation, self.signals = panel, draft, generation, signals
        self.stopped = stopped
        self.checker = panel.ensure_checker       # plain Python: safe even if the panel is gone
        self.service = panel.service

    def run(self) -> None:
        if self.stopped.is_set():
            return
        try:
            import_checker()                       # (the report's classes too, when unpickled)
            if self.service is not None:
                report, graph = self.service.analyse(self.draft)
            else:
                from ..checker.graph import build_graph
                report, ctx = self.checker().analyse(assemble(self.draft))
                graph = build_graph(ctx)
        except Exception as exc:  # noqa: BLE001 - reported in the panel, never a crash
            # a message meant for the drafter as it is; anything else with its kind (a bug to report)
            known = isinstance(exc, CheckServiceError) or isinstance(message_in(exc), Message)
            self._emit(self.signals.failed, self.generation,
                       message_of(exc) if known else f"{type(exc).__name__}: {message_of(exc)}")
            return
        self._emit(self.signals.done, self.generation, report, graph)

    def _emit(self, signal, *args) -> None:
        """Report back unless the panel was shut down (its window closed) meanwhile."""
        if self.stopped.is_set():
            return
        try:
            signal.emit(*args)
        except RuntimeError:        # the panel went away between the check and the emit
            pass


class CheckPanel(QWidget):
    """Verdicts of the ideal-treaty criteria for the current draft."""

    article_activated = Signal(str)
    add_clause_requested = Signal(str)
    report_ready = Signal(object, object)     # report, dependency graph

    def __init__(self, checker=None, parent=None, checker_factory=None):
        super().__init__(parent)
        self.checker = checker
        self.checker_factory = checker_factory     # builds the checker (off the GUI thread) when first needed
        self.service = None                 # a CheckService: checks run in a process of their own
        self._lock = threading.Lock()
        self.lang = "en"
        self.language_of = None            # callable giving "en"/"zh" (the window's language)
        self.heading_of = None             # callable (clause id, lang) -> the clause's heading, or None
        self.title_zh_of = None            # callable: an article's Chinese title in the draft shown
        self.vocabulary = None             # the library's vocabulary (names of functions)
        self.report = None
        self._keys: dict = {}               # criterion id -> what its rows show (``_key``)
        self._keys_lang = ""
        self._graph = None                 # the dependency graph, perhaps still pickled (pipes.Pickled)
        self.generation = 0
        self._pending: Draft | None = None
        self.snapshots = Snapshots()        # the private copies checks are made on
        self.follows_changes = False        # True: told every change (snapshots.changed), else pickled whole
        self._stopped = threading.Event()   # set by shutdown(): no more checks, no late results
        self._signals = _Signals()
        self._signals.done.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        # The check runs in a thread next to the window's. Every call from Qt into Python code (a
        # model's data(), an event handler) must take the interpreter lock back from it, waiting
        # up to the switch interval each time; 5 ms (the default) adds up to hundreds of ms per
        # keystroke while a large draft is checked. 0.5 ms keeps the window responsive.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._start)

        self.score = QLabel(self)
        self.score.setTextFormat(Qt.TextFormat.RichText)
        self.state = QLabel(self)
        self.recheck = QPushButton(self)
        self.recheck.clicked.connect(lambda: self._pending is not None and self._start())
        top = QHBoxLayout()
        top.addWidget(self.score, 1)
        top.addWidget(self.state)
        top.addWidget(self.recheck)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show_details(item))
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._link)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(splitter)
        self.retranslate()

    @property
    def graph(self):
        """The dependency graph of the last report (unpickled when first asked for)."""
        from ..pipes import loaded
        self._graph = loaded(self._graph)
        return self._graph

    @graph.setter
    def graph(self, value) -> None:
        self._graph = value

    # ----- scheduling -------------------------------------------------------------------------
    def schedule(self, draft: Draft | None) -> None:
        """Check ``draft`` ~300 ms after the last call (typing is never blocked)."""
        if self._stopped.is_set():
            return
        if draft is None:
            self._pending = None
            self.timer.stop()
            self.generation += 1
            self.set_report(None)
            return
        self._pending = draft
        self.state.setText(self.tr("Checking…"))
        self.timer.start()

    def postpone(self) -> None:
        """The drafter is busy elsewhere in the window (typing a library search): a check waiting
        to start waits until ~300 ms after the last keystroke, so that it never competes with it."""
        if self.timer.isActive():
            self.timer.start()

    def ensure_checker(self):
        """The checker, built on first use by ``checker_factory`` (thread-safe)."""
        with self._lock:
            if self.checker is None:
                if self.checker_factory is None:
                    from ..checker import Checker
                    self.checker = Checker()
                else:
                    self.checker = self.checker_factory()
            return self.checker

    def _start(self) -> None:
        if self._pending is None or self._stopped.is_set():
            return
        self.generation += 1
        # the worker never sees the draft being edited: a snapshot, pickled piece by piece
        if not self.follows_changes:
            self.snapshots.forget()
        snapshot = self.snapshots.take(self._pending)
        self.pool.start(CheckJob(self, snapshot, self.generation, self._signals, self._stopped))

    def shutdown(self, msecs: int = 10000) -> bool:
        """Stop checking for good (the window is closing): drop queued checks, let a running one
        finish without reporting, disconnect the worker. True if no check is left running."""
        if not self._stopped.is_set():
            self._stopped.set()
            if self.service is not None:
                self.service.close()
            self.timer.stop()
            self._pending = None
            self.generation += 1
            self.pool.clear()
            for signal in (self._signals.done, self._signals.failed):
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass
        return self.pool.waitForDone(msecs)

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.isWindow():                 # a panel shown on its own; docked, the window shuts it down
            self.shutdown()
        super().closeEvent(event)

    def check_now(self, draft: Draft) -> None:
        """Check synchronously (tests, first display)."""
        from ..checker.graph import build_graph
        self.generation += 1
        report, ctx = self.ensure_checker().analyse(draft.copy())
        self._finished(self.generation, report, build_graph(ctx))

    def _finished(self, generation: int, report, graph) -> None:
        if generation != self.generation:
            return                                # a later edit made this result stale
        self._graph = graph
        self.set_report(report)
        self.report_ready.emit(report, graph)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self.state.setText(self.tr("The check failed: {0}").format(message))

    def wait(self, msecs: int = 10000) -> bool:
        return self.pool.waitForDone(msecs)

    # ----- display -----------------------------------------------------------------------------
    def set_report(self, report) -> None:
        """Show ``report``. A report of the same criteria as the one shown (a check after an edit)
        replaces only the criteria whose verdict or evidence changed: the rest keep their rows,
        their expansion and the selection (rebuilding the tree of a long draft's report froze the
        window ~50 ms after every edit)."""
        old, self.report = self.report, report
        current = self.tree.currentItem()
        keep = (current.data(0, KIND_ROLE), current.data(0, VALUE_ROLE)) if current is not None else None
        if report is None:
            self.tree.clear()
            self._keys = {}
            self.score.setText(self.tr("No draft"))
            self.state.setText("")
            self.details.clear()
            return
        score = f"{report.score:.0f}" if report.score is not None else "–"
        self.score.setText(self.tr("<b>Ideal-treaty score: {0} / 100</b>").format(score))
        self.state.setText(self.tr("%n article(s)", "", report.articles) + f" · {round(report.elapsed_ms)} ms")
        if self._same_shape(old, report):
            self._update(report)
        else:
            self._rebuild(report)
        found = self._find(*keep) if keep is not None else None
        if found is not None and found is not self.tree.currentItem():
            self.tree.setCurrentItem(found)
        elif found is not None:
            self._show_details(found)             # the same row: what it shows may have changed

    def _shape(self, report) -> list:
        return [(g.id, [f.id for f in report.findings if f.group == g.id]) for g in report.groups]

    def _same_shape(self, old, report) -> bool:
        return (old is not None and self._keys_lang == self.lang
                and self.tree.topLevelItemCount() == len(report.groups)
                and self._shape(old) == self._shape(report))

    def _key(self, finding):
        """What a criterion's rows show: the finding, and in Chinese the draft's titles it names."""
        if self.lang != "zh" or not callable(self.title_zh_of):
            return finding
        return finding, tuple(self.title_zh_of(e.article_id) for e in finding.evidence if e.article_id)

    def _rebuild(self, report) -> None:
        self.tree.clear()
        self._keys, self._keys_lang = {}, self.lang
        for group in report.groups:
            gitem = QTreeWidgetItem(self.tree, [f"{group.id}  {group.title(self.lang)}", self._group_score(group)])
            gitem.setData(0, KIND_ROLE, "group")
            gitem.setData(0, VALUE_ROLE, group.id)
            font = gitem.font(0)
            font.setBold(True)
            gitem.setFont(0, font)
            gitem.setFont(1, font)
            for finding in (f for f in report.findings if f.group == group.id):
                self._add_finding(gitem, finding)
            gitem.setExpanded(True)

    def _update(self, report) -> None:
        for row, group in enumerate(report.groups):
            gitem = self.tree.topLevelItem(row)
            gitem.setText(1, self._group_score(group))
            for at, finding in enumerate(f for f in report.findings if f.group == group.id):
                key = self._key(finding)
                if self._keys.get(finding.id) == key:
                    continue
                expanded = gitem.child(at).isExpanded()
                gitem.takeChild(at)
                self._add_finding(gitem, finding, at, key).setExpanded(expanded)

    @staticmethod
    def _group_score(group) -> str:
        return f"{group.score:.0f}" if group.score is not None else "–"

    def _add_finding(self, parent: QTreeWidgetItem, finding, at: int | None = None, key=None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([f"{finding.id}  {finding.title(self.lang)}", self.verdict_text(finding.verdict)])
        parent.insertChild(parent.childCount() if at is None else at, item)
        self._keys[finding.id] = key if key is not None else self._key(finding)
        item.setData(0, KIND_ROLE, "criterion")
        item.setData(0, VALUE_ROLE, finding.id)
        item.setBackground(1, QBrush(QColor(VERDICT_COLOURS.get(finding.verdict, "#ffffff"))))
        item.setToolTip(0, finding.text(self.lang))
        for evidence in finding.evidence:
            quote = self.quote_text(evidence.quote)
            label = self.evidence_label(evidence) + (f" “{quote}”" if quote else "")
            where = self.provenance_text(evidence)
            if evidence.provenance in ("model", "transcription", "reproduction"):
                label += f" [{self.level_word(evidence.provenance)}]"
            child = QTreeWidgetItem(item, [label, self.tr("problem") if evidence.problem else ""])
            child.setData(0, KIND_ROLE, "evidence")
            child.setData(0, VALUE_ROLE, evidence.article_id or "")
            child.setToolTip(0, (evidence.note_zh if self.lang == "zh" and evidence.note_zh else evidence.note)
                             + ("\n" + evidence.context if evidence.context else "")
                             + ("\n" + where if where else ""))
            if evidence.problem:
                child.setForeground(1, QBrush(QColor("#a4262c")))
        for suggestion in finding.suggestions:
            text = self.tr("Suggestion: {0}").format(self.suggestion_heading(suggestion))
            level = suggestion.provenance or ("official" if suggestion.verified else "transcription")
            if level != "official":
                text += f" [{self.level_word(level)}]"
            child = QTreeWidgetItem(item, [text, ""])
            child.setData(0, KIND_ROLE, "suggestion")
            child.setData(0, VALUE_ROLE, suggestion.clause_id)
            child.setToolTip(0, suggestion.reason_zh if self.lang == "zh" else suggestion.reason)
            button = QPushButton(self.tr("Add to draft"), self.tree)
            button.setObjectName(f"add:{finding.id}:{suggestion.clause_id}")
            button.clicked.connect(lambda _checked=False, cid=suggestion.clause_id: self.add_clause_requested.emit(cid))
            self.tree.setItemWidget(child, 1, button)
        return item

    def evidence_label(self, evidence) -> str:
        """'Article 29 – Title' / '第二十九条 – 中文标题' (the article's Chinese title from the draft)."""
        if self.lang == "zh" and not evidence.heading_zh and evidence.heading == "Closing formula":
            return self.tr("Closing formula")
        label = evidence.label(self.lang)
        if self.lang == "zh" and evidence.title and evidence.article_id and label.endswith(evidence.title) \
                and callable(self.title_zh_of):
            title_zh = self.title_zh_of(evidence.article_id)
            if title_zh:
                label = label[:-len(evidence.title)] + title_zh
        return label

    def level_word(self, level: str) -> str:
        """A provenance level in a word or two (the markers after evidence and suggestions)."""
        return {"official": self.tr("official text"), "reproduction": self.tr("reproduction"),
                "transcription": self.tr("unverified transcription"), "model": self.tr("model clause"),
                "edited": self.tr("edited in the draft")}.get(level, level)

    def provenance_text(self, evidence) -> str:
        """What the quoted text is: its provenance level, and for a non-binding instrument that its
        strength tags describe wording only."""
        parts = []
        if evidence.provenance:
            parts.append(self.tr("Text: {0}").format(self.level_word(evidence.provenance)))
        if evidence.nature in ("resolution", "soft-law", "policy-declaration"):
            parts.append(self.tr("from a non-binding instrument: its obligation strength describes the wording only"))
        return "; ".join(parts)

    def quote_text(self, quote: str) -> str:
        """A quoted phrase; a function the article provides is named as the vocabulary names it."""
        functions = getattr(self.vocabulary, "functions", None) or {}
        if quote in functions:
            return self.vocabulary.function_label(quote, self.lang)
        return quote

    def suggestion_heading(self, suggestion) -> str:
        """The suggested clause named in the UI language ('UNESCO …, Paragraph 18 – …' / '…第18段 – …')."""
        if callable(self.heading_of):
            heading = self.heading_of(suggestion.clause_id, self.lang)
            if heading:
                return heading
        return suggestion.heading

    def _find(self, kind, value) -> QTreeWidgetItem | None:
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.data(0, KIND_ROLE) == kind and item.data(0, VALUE_ROLE) == value:
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    def criterion_item(self, criterion_id: str) -> QTreeWidgetItem | None:
        return self._find("criterion", criterion_id)

    def verdict_text(self, verdict: str) -> str:
        return {"met": self.tr("met"), "partial": self.tr("partial"), "missing": self.tr("missing"),
                "not-applicable": self.tr("not applicable")}.get(verdict, verdict)

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND_ROLE) == "evidence" and item.data(0, VALUE_ROLE):
            self.article_activated.emit(item.data(0, VALUE_ROLE))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, value = item.data(0, KIND_ROLE), item.data(0, VALUE_ROLE)
        if kind == "evidence" and value:
            self.article_activated.emit(value)
        elif kind == "suggestion":
            self.add_clause_requested.emit(value)

    def _finding_of(self, item: QTreeWidgetItem | None):
        while item is not None and item.data(0, KIND_ROLE) not in ("criterion",):
            item = item.parent()
        if item is None or self.report is None:
            return None
        try:
            return self.report.finding(item.data(0, VALUE_ROLE))
        except KeyError:
            return None

    def _show_details(self, item: QTreeWidgetItem | None) -> None:
        finding = self._finding_of(item)
        if finding is None:
            self.details.clear()
            return
        esc = html.escape
        zh = self.lang == "zh"
        parts = [f"<h3>{esc(finding.id)} {esc(finding.title(self.lang))} — {esc(self.verdict_text(finding.verdict))}</h3>",
                 f"<p>{esc(finding.text(self.lang))}</p>"]
        if finding.evidence:
            caption = self.tr("Evidence")
            parts.append(f"<p><b>{esc(caption)}</b></p><ul>")
            for e in finding.evidence:
                note = e.note_zh if zh and e.note_zh else e.note
                head = esc(self.evidence_label(e))
                if e.article_id:
                    head = f'<a href="article:{esc(e.article_id)}">{head}</a>'
                quote = f" “{esc(self.quote_text(e.quote))}”" if e.quote else ""
                context = f"<br/><i>{esc(e.context)}</i>" if e.context and e.context != e.quote else ""
                where = self.provenance_text(e)
                where = f"<br/><span style='color:#595959'>{esc(where)}</span>" if where else ""
                parts.append(f"<li>{head}{quote} — {esc(note)}{context}{where}</li>")
            parts.append("</ul>")
        if finding.suggestions:
            caption = self.tr("Suggested clauses")
            parts.append(f"<p><b>{esc(caption)}</b></p><ol>")
            for s in finding.suggestions:
                reason = s.reason_zh if zh and s.reason_zh else s.reason
                parts.append(f'<li><a href="add:{esc(s.clause_id)}">{esc(self.suggestion_heading(s))}</a> → '
                             f"{esc(self.verdict_text(s.verdict_after))}: {esc(reason)}</li>")
            parts.append("</ol>")
        why, grounds = self.tr("Why it matters:"), self.tr("Source:")
        parts.append(f"<p style='color:#595959'><i>{esc(why)} {esc(finding.rationale)}"
                     f"<br/>{esc(grounds)} {esc(finding.grounds(self.lang))}</i></p>")
        self.details.setHtml("".join(parts))

    def _link(self, url) -> None:
        text = url.toString()
        kind, _, value = text.partition(":")
        if kind == "article" and value:
            self.article_activated.emit(value)
        elif kind == "add" and value:
            self.add_clause_requested.emit(value)

    # ----- language ------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.lang = "zh" if lang.startswith("zh") else "en"
        self.set_report(self.report)

    def retranslate(self) -> None:
        if callable(self.language_of):
            self.lang = "zh" if str(self.language_of()).startswith("zh") else "en"
        self.tree.setHeaderLabels([self.tr("Criterion"), self.tr("Verdict")])
        dock = self.parentWidget()
        if dock is not None and dock.objectName() == "checkDock":
            dock.setWindowTitle(self.tr("Ideal-treaty check"))
        self.recheck.setText(self.tr("Check again"))
        self.recheck.setToolTip(self.tr("Run the ideal-treaty check on the current draft now"))
        self.set_report(self.report)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
