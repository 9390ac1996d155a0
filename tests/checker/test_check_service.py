"""A large library is checked in a process of its own: the same report as in the window's
process, failures named in the panel, the process gone with the window."""
from __future__ import annotations

import pickle

import pytest

from workbench.core.assemble import draft_from_source
from workbench.ui import check_service
from workbench.ui.check_service import CheckService, CheckServiceError

pytestmark = pytest.mark.gui


def test_the_process_gives_the_report_the_window_would_make(workspace, workspace_path, checker):
    draft = draft_from_source("CoE", workspace.clauses(source="coe-ai-convention"))
    service = CheckService(workspace_path)
    try:
        report, graph = service.analyse(pickle.dumps(draft))
        again, _graph = service.analyse(pickle.dumps(draft))          # the same process answers again
        process = service._process
    finally:
        service.close()
    here = checker.check(draft)
    assert [(f.id, f.verdict, f.summary) for f in report.findings] == [(f.id, f.verdict, f.summary) for f in here.findings]
    assert [(f.id, f.verdict) for f in again.findings] == [(f.id, f.verdict) for f in here.findings]
    # the legal elements come still pickled, and read as the window's own check reads them
    assert [e.to_dict() for e in report.elements] == [e.to_dict() for e in here.elements]
    graph = graph.load()                       # the graph comes still pickled: unpickled when drawn
    assert graph.number_of_nodes() > 36 and any(d.get("kind") == "article" for _n, d in graph.nodes(data=True))
    assert process.poll() is not None                                 # closed with the service


def test_a_file_that_is_not_a_workspace_is_named(tmp_path, workspace):
    bad = tmp_path / "minutes.treaty"
    bad.write_text("meeting minutes", encoding="utf-8")
    service = CheckService(bad)
    try:
        with pytest.raises(CheckServiceError, match="minutes.treaty"):
            service.analyse(pickle.dumps(draft_from_source("CoE", workspace.clauses(source="coe-ai-convention"))))
    finally:
        service.close()


def test_the_window_checks_a_large_library_in_a_process_and_survives_its_death(qtbot, workspace_path, monkeypatch):
    from workbench.storage import Workspace
    from workbench.ui.main import MainWindow

    monkeypatch.setattr(check_service, "PROCESS_AT_LEAST", 100)     # the built-in library counts as large
    window = MainWindow(Workspace.open(workspace_path))
    qtbot.addWidget(window)
    window.show()
    panel = window.check_panel
    assert panel.service is not None
    draft = draft_from_source("CoE", window.session.workspace.clauses(source="coe-ai-convention"))
    assert window.create_draft(draft)
    qtbot.waitUntil(lambda: panel.report is not None and panel.report.articles == 36, timeout=30000)
    assert panel.report.finding("B4").verdict == "missing"
    process = panel.service._process
    assert process is not None and process.poll() is None

    process.kill()                                                    # the process dies …
    process.wait()
    panel.report = None
    panel.schedule(window.current_draft)                              # … the next check starts another
    qtbot.waitUntil(lambda: panel.report is not None, timeout=30000)
    second = panel.service._process
    assert second is not process and second.poll() is None

    bad = workspace_path.parent / "minutes.treaty"                    # one that cannot even start: named
    bad.write_text("meeting minutes", encoding="utf-8")
    panel.service.path = bad
    second.kill()
    second.wait()
    panel.schedule(window.current_draft)
    qtbot.waitUntil(lambda: "minutes.treaty" in panel.state.text(), timeout=30000)
    assert panel.state.text().startswith("The check failed")
    third = panel.service._process

    window.close()
    qtbot.waitUntil(lambda: third is None or third.poll() is not None, timeout=10000)
