"""The check panel's background worker and the window's life: closing or destroying never lets a
late result reach a deleted panel (once "Signal source has been deleted" after the window closed)."""
from __future__ import annotations


def test_closing_the_window_while_a_check_runs_is_quiet(open_window, ws_path, qtbot):
    """The check worker is stopped when the window closes: no result arrives for a panel being
    destroyed (once "Signal source has been deleted"), and nothing is checked afterwards."""
    window = open_window(ws_path)
    panel = window.check_panel
    results = []
    panel.report_ready.connect(lambda report, _graph: results.append(report))
    panel.schedule(window.current_draft)
    panel.timer.stop()
    panel._start()                                  # a check is running in the worker now
    assert panel.pool.activeThreadCount() == 1
    window.close()
    assert panel.stopped and panel.pool.activeThreadCount() == 0
    panel.schedule(window.current_draft)            # a late edit signal starts nothing
    assert not panel.timer.isActive()
    qtbot.wait(50)
    assert results == []


def test_a_panel_destroyed_during_a_check_is_quiet(qtbot, ws_path):
    """A Check panel deleted while its worker runs (without being closed first) drops the result."""
    import shiboken6

    from workbench.core.assemble import draft_from_source
    from workbench.storage import Workspace
    from workbench.ui.check_panel import CheckPanel
    from workbench.ui.checker_install import checker_for

    workspace = Workspace.open(ws_path)
    draft = draft_from_source("CoE", workspace.clauses(source="coe-ai-convention"))
    panel = CheckPanel(checker_factory=lambda: checker_for(workspace))
    panel.schedule(draft)
    panel.timer.stop()
    panel._start()
    assert panel.pool.activeThreadCount() == 1
    shiboken6.delete(panel)                     # destroyed now; its thread pool waits for the worker
    qtbot.wait(50)                              # a late result would be reported now
    workspace.close()
