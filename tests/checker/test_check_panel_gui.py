"""The Check panel and the dependency graph in the GUI (pytest-qt, offscreen): verdicts, evidence
that jumps to the article, "Add to draft", debounced checks off the GUI thread, the impact warning."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from workbench.core.edits import RemoveNode
from workbench.core.operations import find_article

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot, checker):
    from workbench.ui.check_panel import CheckPanel
    widget = CheckPanel(checker)
    qtbot.addWidget(widget)
    widget.resize(560, 800)
    return widget


def test_panel_shows_groups_verdicts_and_scores(panel, coe_draft):
    panel.check_now(coe_draft)
    tree = panel.tree
    assert tree.topLevelItemCount() == 6
    assert sum(tree.topLevelItem(i).childCount() for i in range(6)) == 35
    item = panel.criterion_item("B4")
    assert item.text(1) == "missing"
    assert "42" in panel.score.text() or "41" in panel.score.text()


def test_evidence_jumps_to_the_article(panel, coe_draft, qtbot):
    panel.check_now(coe_draft)
    item = panel.criterion_item("U1")
    evidence = next(item.child(i) for i in range(item.childCount())
                    if item.child(i).data(0, Qt.ItemDataRole.UserRole) == "evidence")
    with qtbot.waitSignal(panel.article_activated) as signal:
        panel.tree.itemClicked.emit(evidence, 0)
    assert signal.args == [find_article(coe_draft, "31").id]


def test_add_to_draft_button_requests_the_clause(panel, coe_draft, qtbot):
    panel.check_now(coe_draft)
    item = panel.criterion_item("B4")
    suggestion = next(item.child(i) for i in range(item.childCount())
                      if item.child(i).data(0, Qt.ItemDataRole.UserRole) == "suggestion")
    button = panel.tree.itemWidget(suggestion, 1)
    assert button.text() == "Add to draft"
    with qtbot.waitSignal(panel.add_clause_requested) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == ["workbench-model/art-dispute-settlement"]


def test_checks_are_debounced_and_stale_results_dropped(panel, coe_draft, qtbot, workspace):
    from workbench.core import operations
    results = []
    panel.report_ready.connect(lambda report, _graph: results.append(report))
    for _ in range(3):                                    # three quick edits: one check
        panel.schedule(coe_draft)
    operations.add_clauses(coe_draft, [workspace.clause("workbench-model/art-dispute-settlement")]).apply(coe_draft)
    panel.schedule(coe_draft)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=10000)
    qtbot.wait(DEBOUNCE_SLACK)
    assert len(results) == 1
    assert results[0].finding("B4").verdict == "met"      # the last state of the draft was checked
    stale = results[0]
    panel._finished(panel.generation - 1, stale, None)    # an older job finishing late changes nothing
    assert len(results) == 1


DEBOUNCE_SLACK = 500


def test_a_copy_is_checked_so_typing_continues(panel, coe_draft, qtbot):
    panel.schedule(coe_draft)
    qtbot.wait(350)                                       # the worker has the snapshot now
    coe_draft.articles()[0].children[0].text = "Changed while the check runs."
    qtbot.waitUntil(lambda: panel.report is not None, timeout=10000)
    assert panel.report.articles == 36


def test_a_due_check_waits_while_the_drafter_types_elsewhere(panel, coe_draft, qtbot):
    panel.schedule(coe_draft)
    for _ in range(8):                                    # a keystroke every 100 ms for 0.8 s
        qtbot.wait(100)
        panel.postpone()
    assert panel.report is None and panel.timer.isActive()
    qtbot.waitUntil(lambda: panel.report is not None, timeout=10000)
    assert panel.report.articles == 36


def test_graph_view_draws_articles_and_broken_dependencies(qtbot, checker, coe_draft):
    from workbench.checker.graph import article_status, build_graph
    from workbench.ui.graph_view import GraphPanel
    RemoveNode(find_article(coe_draft, "23").id).apply(coe_draft)
    report, ctx = checker.analyse(coe_draft)
    panel = GraphPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    panel.show_report(report, build_graph(ctx))
    view = panel.view
    assert len(view.items) == 35
    assert view.broken_items, "the missing treaty body must show in red"
    panel.colour.setCurrentIndex(1)
    status = article_status(report, build_graph(ctx))
    dispute = find_article(coe_draft, "28").id               # Art. 29 before the removal
    assert status[dispute] == "broken"
    item = view.items[dispute]
    assert item.brush().color().name() == "#d62728"
    with qtbot.waitSignal(view.article_activated) as signal:
        point = view.mapFromScene(item.scenePos())
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    assert signal.args == [dispute]


def test_a_hidden_graph_is_drawn_when_shown_and_a_huge_one_leaves_out_dependency_lines(qtbot, checker, coe_draft,
                                                                                       monkeypatch):
    from workbench.checker.graph import build_graph
    from workbench.ui import graph_view
    from workbench.ui.graph_view import GraphPanel
    report, ctx = checker.analyse(coe_draft)
    graph = build_graph(ctx)
    panel = GraphPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show_report(report, graph)                 # not shown: nothing is laid out yet
    assert panel.view.items == {}
    panel.show()
    qtbot.waitUntil(lambda: len(panel.view.items) == 36)
    lines = [i for i in panel.view.scene().items() if i.data(0) == "depends-on"]
    assert lines and panel.view.hidden_edges == 0 and not panel.note.isVisible()

    monkeypatch.setattr(graph_view, "MAX_EDGES", 5)  # as a 2,000-article draft's 18,000 lines would
    panel.view.redraw()
    assert not [i for i in panel.view.scene().items() if i.data(0) == "depends-on"]
    assert [i for i in panel.view.scene().items() if i.data(0) == "refers-to"]
    assert panel.view.hidden_edges >= len(lines)
    assert panel.note.isVisible() and str(panel.view.hidden_edges) in panel.note.text()


def test_installed_in_the_main_window(qtbot, workspace_path, tmp_path):
    from workbench.core.assemble import draft_from_source
    from workbench.storage import Workspace
    from workbench.ui.main import MainWindow

    window = MainWindow(Workspace.open(workspace_path))             # every panel, as a drafter gets it
    qtbot.addWidget(window)
    window.show()
    assert not window.extension_problems
    draft = draft_from_source("CoE", window.session.workspace.clauses(source="coe-ai-convention"))
    assert window.create_draft(draft)
    panel = window.check_panel
    qtbot.waitUntil(lambda: panel.report is not None, timeout=20000)
    assert panel.report.finding("B4").verdict == "missing"

    # evidence -> the article is selected in the draft outline
    art31 = find_article(window.current_draft, "31").id
    panel.article_activated.emit(art31)
    assert window.current_article_id == art31

    # "Add to draft" -> the clause is added, the check refreshes by itself
    panel.add_clause_requested.emit("workbench-model/art-dispute-settlement")
    assert any(a.derived_from == "workbench-model/art-dispute-settlement" for a in window.current_draft.articles())
    qtbot.waitUntil(lambda: panel.report.finding("B4").verdict == "met", timeout=20000)

    # the impact warning before a removal (worked out off the window's thread): refused, then accepted
    asked = []
    window.outline.confirm = lambda text: asked.append(text) or False
    art23 = find_article(window.current_draft, "23")
    window.select_article(art23.id)
    window.outline.remove_selected()
    assert any(a.id == art23.id for a in window.current_draft.articles())    # held until the answer
    assert window.impact_guard.wait()
    assert asked and "Article 29" in asked[0] and "Article 24" in asked[0] and "Article 28" in asked[0]
    assert any(a.id == art23.id for a in window.current_draft.articles())
    window.outline.confirm = lambda text: asked.append(text) or True
    window.outline.remove_selected()
    assert window.impact_guard.wait()
    assert all(a.id != art23.id for a in window.current_draft.articles())
    qtbot.waitUntil(lambda: panel.report.finding("F6").verdict == "partial", timeout=20000)
    window.undo()                                          # undo is never interrupted
    assert any(a.id == art23.id for a in window.current_draft.articles())

    # a move that breaks nothing is not questioned
    asked.clear()
    window.select_article(find_article(window.current_draft, "30").id)
    window.outline.move_selected(+1)
    assert window.impact_guard.wait()
    assert not asked

    window.graph_panel.colour.setCurrentIndex(1)
    shot = tmp_path / "check.png"
    assert window.check_panel.grab().save(str(shot)) and shot.stat().st_size > 1000
    assert window.graph_panel.grab().save(str(tmp_path / "graph.png"))
    window.close()


def test_chinese_ui_text(panel, coe_draft):
    panel.set_language("zh")
    panel.check_now(coe_draft)
    assert panel.criterion_item("B4").text(0).endswith("争端解决")
    panel.tree.setCurrentItem(panel.criterion_item("B4"))
    assert "第" in panel.details.toPlainText()


def test_typing_a_library_search_postpones_the_due_check(qtbot, workspace_path):
    from workbench.storage import Workspace
    from workbench.ui.main import MainWindow

    window = MainWindow(Workspace.open(workspace_path))
    qtbot.addWidget(window)
    window.show()
    panel = window.check_panel
    panel.schedule(window.current_draft)
    qtbot.wait(200)
    before = panel.timer.remainingTime()
    window.library.search.setText("disp")
    assert panel.timer.remainingTime() > before + 100


def _rows(tree) -> list:
    """Every row's texts, tooltips and expansion, in order (what the drafter sees of the tree)."""
    out, stack = [], [(tree.topLevelItem(i), 0) for i in reversed(range(tree.topLevelItemCount()))]
    while stack:
        item, depth = stack.pop()
        button = tree.itemWidget(item, 1)
        out.append((depth, item.text(0), item.text(1), item.toolTip(0), button.text() if button else None))
        stack.extend((item.child(i), depth + 1) for i in reversed(range(item.childCount())))
    return out


def test_a_new_report_replaces_only_the_criteria_that_changed(panel, coe_draft, qtbot):
    """After an edit the check comes back with a report of the same criteria: the rows of the
    criteria whose finding is unchanged stay (the same rows, expanded, selected), the changed ones
    are rebuilt in place, and the tree reads as one built afresh from the new report."""
    from workbench.ui.check_panel import CheckPanel
    panel.check_now(coe_draft)
    before = panel.report
    rows = {f.id: panel.criterion_item(f.id) for f in before.findings}
    for item in rows.values():
        item.setExpanded(True)
    RemoveNode(find_article(coe_draft, "31").id).apply(coe_draft)     # U1's evidence article gone
    panel.tree.setCurrentItem(rows["U1"])
    panel.check_now(coe_draft)
    after = panel.report
    changed = {f.id for f in after.findings if f != before.finding(f.id)}
    assert "U1" in changed and len(changed) < len(after.findings)
    for finding in after.findings:
        item = panel.criterion_item(finding.id)
        assert (item is rows[finding.id]) == (finding.id not in changed), finding.id
        assert item.isExpanded()                                # kept open, rebuilt or not
    assert panel.tree.currentItem() is panel.criterion_item("U1")
    fresh = CheckPanel(panel.checker)
    qtbot.addWidget(fresh)
    fresh.set_report(after)
    for finding in after.findings:
        fresh.criterion_item(finding.id).setExpanded(True)
    assert _rows(panel.tree) == _rows(fresh.tree)
