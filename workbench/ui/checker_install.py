"""Puts the checker into the main window: Check and Dependency graph docks, Tools actions, and the
impact warning before an article is removed or moved.

The warning sits in front of ``window.session.push_edit`` (the one path every edit takes: the
outline's Remove, Move up/down and drag-and-drop all use it), so no panel needs to know about
the checker; it is worked out off the window's thread (``ui.impact_guard``). Undo and redo do not
pass through it and are never interrupted.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction

from ..core.model import DraftError
from . import folders
from .check_panel import CheckPanel
from .check_service import service_for
from .clause_preview import heading as clause_heading
from .errors import message_of
from .graph_view import GraphPanel
from .impact_guard import ImpactGuard


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


def title_zh_of(window, node_id: str) -> str:
    """The Chinese title of an element of the draft shown, found through the window's id index
    (a walk of a 10,000-article draft for each of a report's hundreds of evidence lines froze it)."""
    draft = window.current_draft
    if draft is None:
        return ""
    try:
        return window.session.find(draft, node_id).title_zh
    except DraftError:
        return ""


def install_checker(window) -> CheckPanel:
    """Add the checker to ``window``; returns the Check panel."""
    panel = CheckPanel(None, window, checker_factory=lambda: checker_for(window.session.workspace))
    panel.service = service_for(window.session.workspace)     # a large library: checked in a process
    graph = GraphPanel(window)
    translations = getattr(window, "translations", None)
    language_of = (lambda: translations.lang) if translations is not None else None
    panel.language_of = graph.language_of = language_of
    panel.heading_of = lambda clause_id, lang: clause_heading_of(window, clause_id, lang)
    panel.title_zh_of = graph.view.title_zh_of = lambda node_id: title_zh_of(window, node_id)
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
    panel.follows_changes = True         # told of every change: snapshots pickle only what changed
    window.draft_changed.connect(lambda draft, change: (panel.snapshots.changed(draft, change), panel.schedule(draft)))
    window.session.draft_reloaded.connect(lambda _draft: panel.snapshots.forget())
    window.current_draft_changed.connect(panel.schedule)
    window.library.search.textChanged.connect(lambda _text: panel.postpone())
    window.current_article_changed.connect(graph.view.select)
    window.impact_guard = ImpactGuard(window, panel)
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
    path = folders.save_file(
        window, QCoreApplication.translate("CheckPanel", "Export check report"),
        folders.file_name(QCoreApplication.translate("CheckPanel", "Check report {0}").format(
            window.current_draft.title if window.current_draft is not None else ""), ".docx", "check-report"),
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
