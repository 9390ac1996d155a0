"""Puts the checker into the main window: Check and Dependency graph docks, Tools actions, and the
impact warning before an article is removed or moved.

The warning sits in front of ``window.session.push_edit`` (the one path every edit takes: the
outline's Remove, Move up/down and drag-and-drop all use it), so no panel needs to know about
the checker. Undo and redo do not pass through it and are never interrupted.
"""
from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from ..core.edits import Compound, MoveNode, RemoveNode
from ..core.model import Draft, NodeKind
from ..core.numbering import Numbering
from .check_panel import CheckPanel
from .check_service import service_for
from .clause_preview import heading as clause_heading
from .errors import message_of
from .graph_view import GraphPanel
from .impact_dialog import confirm_move, confirm_removal


def moved_article(draft: Draft, edit) -> tuple[str, int] | None:
    """(article id, new number) when ``edit`` moves exactly one article to another number."""
    moves = edit.edits if isinstance(edit, Compound) else [edit]
    if not moves or not all(isinstance(m, MoveNode) for m in moves) or len(moves) != 1:
        return None
    node_id = moves[0].node_id
    try:
        if draft.find(node_id).kind is not NodeKind.ARTICLE:
            return None
    except Exception:  # noqa: BLE001 - an edit naming nothing is refused later by the core
        return None
    after = draft.copy()
    try:
        copy.deepcopy(edit).apply(after)
    except Exception:  # noqa: BLE001 - the real apply reports the problem
        return None
    old = Numbering.of(draft).articles.get(node_id)
    new = Numbering.of(after).articles.get(node_id)
    return (node_id, new) if new is not None and new != old else None


def checker_for(workspace):
    """A checker over the library of the open ``workspace``, read on a read-only connection of its
    own (so that it can be built in the check worker thread while the GUI uses the workspace; SQLite
    shares the process's locks between its connections, so closing it disturbs nothing)."""
    from ..checker import Checker

    reader = workspace.open_reader()
    try:
        return Checker.for_workspace(reader, out_of_process=True)
    finally:
        reader.close()


def clause_heading_of(window, clause_id: str, lang: str) -> str | None:
    """A library clause's heading in ``lang`` ('CoE AI Convention, Article 23 – …'), or None."""
    if getattr(window, "_closed", False):          # the workspace is closed: keep the checker's heading
        return None
    clause = window.session.clause(clause_id)
    if clause is None:
        return None
    return clause_heading(clause, window.session.workspace.sources().get(clause.source), lang)


def structure_guard(window, checker):
    """A check run before each edit: False stops a removal or move the drafter did not confirm.

    ``checker`` is a Checker or a callable returning one (built when first needed)."""

    def allowed(draft: Draft, edit) -> bool:
        nonlocal checker
        if callable(checker) and not hasattr(checker, "check"):
            checker = checker()
        lang = getattr(getattr(window, "translations", None), "lang", "en")
        if isinstance(edit, RemoveNode):
            try:
                node = draft.find(edit.node_id)
            except Exception:  # noqa: BLE001
                return True
            if node.kind is NodeKind.ARTICLE:
                return confirm_removal(window, draft, node.id, checker, lang)
            return True
        moved = moved_article(draft, edit)
        if moved is not None:
            article_id, position = moved
            return confirm_move(window, draft, article_id, position, checker, lang, edit=edit)
        return True

    return allowed


def guard_session(window, checker) -> None:
    """Wrap ``window.session.push_edit`` with the impact warning."""
    session = window.session
    original = session.push_edit
    allowed = structure_guard(window, checker)

    def push_edit(draft, edit, text=None, merge_key=None):
        if not allowed(draft, edit):
            return None
        return original(draft, edit, text, merge_key)

    push_edit.original = original
    session.push_edit = push_edit


class _WindowWatcher(QObject):
    """Follows the main window: re-translates the checker's menu actions when the language
    changes (the panels re-translate themselves and their dock titles) and stops the check
    worker when the window closes, so that no result arrives for a panel being destroyed."""

    def __init__(self, window, panel: CheckPanel, actions: tuple[QAction, ...]):
        super().__init__(window)
        self.panel, self.actions = panel, actions
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        texts = (QCoreApplication.translate("CheckPanel", "Check the draft now"),
                 QCoreApplication.translate("CheckPanel", "Export check report (.docx)…"))
        for action, text in zip(self.actions, texts):
            action.setText(text)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.Close:
            self.panel.shutdown()
        return False


def install_checker(window) -> CheckPanel:
    """Add the checker to ``window``; returns the Check panel."""
    panel = CheckPanel(None, window, checker_factory=lambda: checker_for(window.session.workspace))
    panel.service = service_for(window.session.workspace)     # a large library: checked in a process
    graph = GraphPanel(window)
    translations = getattr(window, "translations", None)
    language_of = (lambda: translations.lang) if translations is not None else None
    panel.language_of = graph.language_of = language_of
    panel.heading_of = lambda clause_id, lang: clause_heading_of(window, clause_id, lang)
    panel.draft_of = lambda: window.current_draft
    panel.vocabulary = graph.view.vocabulary = window.session.workspace.vocabulary
    graph.view.draft_of = lambda: window.current_draft
    graph.view.clause_labels = window.session.source_labels()
    window.check_panel, window.graph_panel = panel, graph
    window.add_dock(panel, QCoreApplication.translate("CheckPanel", "Ideal-treaty check"),
                    Qt.DockWidgetArea.RightDockWidgetArea, "checkDock")
    window.add_dock(graph, QCoreApplication.translate("GraphPanel", "Dependency graph"),
                    Qt.DockWidgetArea.BottomDockWidgetArea, "graphDock")
    panel.retranslate()                  # now docked: the dock titles follow the language too
    graph.retranslate()
    panel.report_ready.connect(graph.show_report)
    panel.article_activated.connect(window.select_article)
    graph.article_activated.connect(window.select_article)
    panel.add_clause_requested.connect(lambda clause_id: window.add_clauses([clause_id]))
    window.draft_changed.connect(lambda draft, _change: panel.schedule(draft))
    window.current_draft_changed.connect(panel.schedule)
    window.library.search.textChanged.connect(lambda _text: panel.postpone())
    window.current_article_changed.connect(graph.view.select)
    guard_session(window, panel.ensure_checker)
    check_now = QAction(window)
    check_now.setObjectName("checkNowAction")
    check_now.triggered.connect(lambda: window.current_draft is not None and panel.check_now(window.current_draft))
    export = QAction(window)
    export.setObjectName("exportCheckReportAction")
    export.triggered.connect(lambda: export_report(window, panel))
    menu = getattr(window, "tools_menu", None)
    if menu is not None:
        menu.addSeparator()
        menu.addAction(check_now)
        menu.addAction(export)
    window._checker_actions = (check_now, export)
    window._checker_watcher = _WindowWatcher(window, panel, window._checker_actions)
    if getattr(window, "current_draft", None) is not None:
        panel.schedule(window.current_draft)
    return panel


def export_report(window, panel: CheckPanel) -> None:
    """Write the current report as a Word document chosen by the drafter."""
    if panel.report is None:
        window.report(QCoreApplication.translate("CheckPanel", "There is no check report yet."))
        return
    path, _filter = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("CheckPanel", "Export check report"), "check-report.docx",
        QCoreApplication.translate("CheckPanel", "Word documents (*.docx)"))
    if not path:
        return
    from ..export.check_report import ExportError, write_check_report
    try:
        write_check_report(panel.report, path, lang=panel.lang)
    except (ExportError, OSError) as exc:
        window.report(message_of(exc))
        return
    window.show_message(QCoreApplication.translate("CheckPanel", "Check report written to {0}").format(path))


install = install_checker          # as ``ui.extensions`` expects
