"""What the application does to show its window sooner, and that nothing is lost by it.

- The extensions (check, export, versions …) are installed right after the first paint when the
  application opens its window (``defer_extensions=True``): their docks, menus and actions then
  work as when installed at once, and their docks go where the saved layout had them.
- The library lists its first clauses at once and the rest as the drafter scrolls
  (``LibraryModel.fetchMore``), grouped as a full listing is.
- The workspace file is checked while the window code loads (``check_ahead``), never less.
- Opening the window does not import the command-line commands.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction

from workbench.storage import Workspace, WorkspaceError
from workbench.storage.check_ahead import check_ahead
from workbench.ui.library_model import ClauseIdRole, KindRole

EXTENSION_DOCKS = {"checkDock", "graphDock", "versionsDock", "bracketsDock", "compareDock"}


@pytest.fixture
def open_deferred(qtbot, library_dir):
    """Open a window as ``workbench.ui.launch.run`` does: extensions after the first paint."""
    from workbench.ui.main import MainWindow

    windows = []

    def opener(path: Path, show: bool = True) -> MainWindow:
        window = MainWindow(Workspace.open(path, clauses_dir=library_dir), defer_extensions=True)
        qtbot.addWidget(window)
        windows.append(window)
        if show:
            with qtbot.waitSignal(window.extensions_installed, timeout=10000):
                window.show()
            qtbot.wait(20)                       # the docks' queued show and the default layout
        return window

    yield opener
    for window in windows:
        if not window._closed:
            window.close()


def _arrangement(window) -> dict[str, tuple]:
    """Each dock: area, shown, floating, and the docks tabbed with it."""
    return {name: (window.dockWidgetArea(dock), dock.isVisibleTo(window), dock.isFloating(),
                   sorted(d.objectName() for d in window.tabifiedDockWidgets(dock)))
            for name, dock in window.docks.items()}


# ----- extensions after the first paint --------------------------------------------------------
def test_extensions_come_after_the_first_paint_with_their_menus_and_actions(open_deferred, ws_path, qtbot):
    window = open_deferred(ws_path, show=False)
    assert window.extensions_pending and not EXTENSION_DOCKS & set(window.docks)
    assert window.library.model.rowCount() and window.current_draft is not None   # usable already
    with qtbot.waitSignal(window.extensions_installed, timeout=10000):
        window.show()
    assert not window.extensions_pending and window.extension_problems == []
    assert EXTENSION_DOCKS <= set(window.docks)
    panels = window.panels_menu.actions()
    assert all(window.docks[name].toggleViewAction() in panels for name in EXTENSION_DOCKS)
    names = {a.objectName() for m in (window.file_menu, window.tools_menu) for a in m.actions()}
    assert {"exportAction", "importAction", "checkNowAction", "exportCheckReportAction"} <= names
    assert all(a in window.draft_menu.actions() for a in window.versions_actions)
    # the actions work on the draft shown: Check now reports on it, Comparison opens its dock
    window.findChild(QAction, "checkNowAction").trigger()
    qtbot.waitUntil(lambda: window.check_panel.report is not None, timeout=30000)
    assert window.check_panel.report.findings
    window.versions_actions[1].trigger()
    assert window.docks["compareDock"].isVisibleTo(window)
    # and the panels follow what the window shows
    from workbench.core.brackets import open_brackets
    assert window.bracket_count.count == open_brackets(window.current_draft)
    assert window.add_clauses(["coe-ai-convention/art-23"])
    assert window.current_article_id is not None and window.brackets_panel is not None


def test_a_first_start_arranges_the_extension_docks_as_when_installed_at_once(open_window, open_deferred,
                                                                            template_workspace, tmp_path,
                                                                            qtbot):
    at_once_path, deferred_path = tmp_path / "at-once.treaty", tmp_path / "deferred.treaty"
    shutil.copyfile(template_workspace, at_once_path)
    shutil.copyfile(template_workspace, deferred_path)
    at_once = open_window(at_once_path)
    qtbot.wait(50)                                # the default layout runs once the window shows
    deferred = open_deferred(deferred_path)
    qtbot.waitUntil(lambda: _arrangement(deferred) == _arrangement(at_once), timeout=3000)
    tabbed = [name for name, (_area, _shown, _floating, tabs) in _arrangement(deferred).items() if tabs]
    assert "checkDock" in tabbed                  # extension docks share one tabbed area


def test_a_saved_layout_puts_deferred_docks_back_where_they_were(open_window, open_deferred, ws_path, qtbot):
    window = open_window(ws_path)
    qtbot.wait(50)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.docks["versionsDock"])
    window.docks["compareDock"].show()            # hidden when its extension installs it
    window.docks["graphDock"].hide()
    window.docks["checkDock"].setFloating(True)
    window.outline_dock.hide()
    qtbot.wait(50)
    saved = _arrangement(window)
    window.close()
    again = open_deferred(ws_path)
    assert _arrangement(again) == saved
    assert again.dockWidgetArea(again.docks["versionsDock"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert again.docks["compareDock"].isVisibleTo(again) and not again.docks["graphDock"].isVisibleTo(again)
    # the panels the saved layout shows are built: Versions alone on the left, Comparison
    qtbot.waitUntil(lambda: None not in (again.built_panel("versions_panel"), again.built_panel("compare_view")),
                    timeout=3000)
    assert again.docks["versionsDock"].widget() is again.versions_panel


def test_a_window_closed_before_its_extensions_came_closes_cleanly(open_deferred, ws_path, qtbot):
    window = open_deferred(ws_path, show=False)
    window.show()
    window.close()                                # before the event loop ran the installation
    qtbot.wait(50)
    assert window._closed and window.extensions_pending and not EXTENSION_DOCKS & set(window.docks)
    window.install_extensions_now()               # too late: nothing happens
    assert not EXTENSION_DOCKS & set(window.docks)


def test_a_window_built_directly_has_its_extensions_at_once(open_window, ws_path):
    window = open_window(ws_path)                 # as tests and File ▸ Open build it
    assert not window.extensions_pending and EXTENSION_DOCKS <= set(window.docks)


LAZY_PANELS = {"versions_panel": "versionsDock", "brackets_panel": "bracketsDock", "compare_view": "compareDock"}


def test_panels_behind_other_tabs_are_built_when_first_shown(open_deferred, ws_path, qtbot):
    window = open_deferred(ws_path)
    qtbot.waitUntil(lambda: window._layout_settled, timeout=3000)
    window.session.workspace.save_version(window.current_draft, "Rev.1", party="China")   # for the panel to list
    for attribute, dock in LAZY_PANELS.items():        # behind the check panel's tab, or hidden
        assert window.docks[dock].visibleRegion().isEmpty() and window.built_panel(attribute) is None, attribute
    assert window.docks["versionsDock"].windowTitle() == "Versions"
    window.docks["versionsDock"].raise_()               # the drafter opens its tab
    qtbot.waitUntil(lambda: window.built_panel("versions_panel") is not None, timeout=3000)
    assert window.docks["versionsDock"].widget() is window.versions_panel
    assert window.versions_panel.tree.topLevelItem(0).text(0) == "Rev.1"
    assert window.built_panel("compare_view") is None
    window.versions_actions[1].trigger()                # Draft ▸ Compare… shows the Comparison dock
    qtbot.waitUntil(lambda: window.built_panel("compare_view") is not None, timeout=3000)
    assert window.compare_view.old_box.count() >= 3     # the draft, the version and a file
    assert window.built_panel("brackets_panel") is None
    assert window.brackets_panel.article_id == window.current_article_id   # asked for by code: built
    assert window.docks["bracketsDock"].widget() is window.brackets_panel


def test_a_lazy_panel_that_fails_to_build_is_reported_and_built_when_asked_again(open_window, ws_path, qtbot):
    from PySide6.QtWidgets import QLabel

    window = open_window(ws_path, extensions=[])
    qtbot.waitUntil(lambda: window._layout_settled, timeout=3000)
    attempts = []

    def build():
        attempts.append(len(attempts))
        if len(attempts) == 1:
            raise RuntimeError("the panel's data is not there")
        return QLabel("built")

    dock = window.add_lazy_dock("trial_panel", build, lambda d: d.setWindowTitle("Trial"),
                                Qt.DockWidgetArea.RightDockWidgetArea, "trialDock")
    qtbot.waitUntil(lambda: bool(attempts), timeout=3000)   # shown on a settled window: built at once
    assert "trial_panel: the panel's data is not there" in window.statusBar().currentMessage()
    assert window.built_panel("trial_panel") is None and dock.windowTitle() == "Trial"
    assert window.trial_panel.text() == "built"
    assert dock.widget() is window.trial_panel and window.built_panel("trial_panel") is window.trial_panel


def test_a_panel_not_built_yet_still_follows_the_language(open_deferred, ws_path, qtbot):
    window = open_deferred(ws_path)
    qtbot.waitUntil(lambda: window._layout_settled, timeout=3000)
    assert window.built_panel("versions_panel") is None
    window.language_actions["zh_CN"].trigger()
    try:
        assert window.docks["versionsDock"].windowTitle() == "版本"
        assert window.docks["bracketsDock"].windowTitle() == "备选案文"
        assert window.versions_actions[0].text() == "保存版本…"
        assert window.built_panel("versions_panel") is None
    finally:
        window.language_actions["en"].trigger()
    assert window.docks["compareDock"].windowTitle() == "Comparison"


# ----- the library: the first clauses at once, the rest on demand ------------------------------
def _tree(model) -> list[tuple]:
    """(depth, kind, clause id or the group's text with its count) of every row, depth first."""
    rows = []

    def visit(parent: QModelIndex, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            kind = index.data(KindRole)
            rows.append((depth, kind, index.data(ClauseIdRole) if kind == "clause" else index.data()))
            visit(index, depth + 1)

    visit(QModelIndex(), 0)
    return rows


def test_the_listing_grows_on_demand_grouped_as_a_full_listing(window, qtmodeltester, monkeypatch):
    from workbench.ui import library_panel
    from workbench.ui.library_model import LibraryModel

    panel, ws = window.library, window.session.workspace
    everything = ws.search("", limit=library_panel.BROWSE_LIMIT)
    full = LibraryModel(ws.sources())
    full.set_hits(everything)
    monkeypatch.setattr(library_panel, "BROWSE_FIRST", 20)
    panel.run_search()                                # the view may read on to fill its height
    listed = [h.clause_id for h in panel.model.hits]
    assert listed == [h.clause_id for h in everything[:len(listed)]]
    assert panel.count_label.text().endswith("…") == panel.model.canFetchMore()
    panel.model.set_hits(everything[:20], panel._browse_more({}))     # the first clauses only
    assert panel.model.canFetchMore() and len(panel.model.hits) < len(everything)
    sources_first = panel.model.rowCount()
    qtmodeltester.check(panel.model, force_py=True)   # stays connected: every insertion is checked
    while panel.model.canFetchMore():                 # as the view asks when scrolled to the end
        panel.model.fetchMore(QModelIndex())
    assert [h.clause_id for h in panel.model.hits] == [h.clause_id for h in everything]
    assert _tree(panel.model) == _tree(full)          # same groups, in order, with complete counts
    assert panel.model.rowCount() > sources_first     # sources that came later are shown expanded
    assert all(panel.view.isExpanded(panel.model.index(row, 0))
               for row in range(sources_first, panel.model.rowCount()))
    assert panel.count_label.text() == panel.tr("%n clause(s)", "", len(everything))


def test_a_clause_beyond_the_first_clauses_can_still_be_selected(window):
    from workbench.ui import library_panel

    panel, ws = window.library, window.session.workspace
    everything = ws.search("", limit=library_panel.BROWSE_LIMIT)
    panel.model.set_hits(everything[:10], panel._browse_more({}))
    last = everything[-1].clause_id
    assert not panel.model.index_of_clause(last).isValid()
    assert panel.select_clause(last)                  # reads on until it is listed
    assert panel.current_clause_id == last
    panel.run_search()                                # kept when the list is read again
    assert panel.view.currentIndex().data(ClauseIdRole) == last


# ----- the workspace file is checked while the window code loads -------------------------------
def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def prepared(monkeypatch):
    """Whether each Workspace.open took the verdict of ``check_ahead`` (True) or checked itself."""
    from workbench.storage import opening, workspace

    seen: list[bool] = []
    original = opening.connect

    def connect(path, **options):
        seen.append(options.get("checked", False))
        return original(path, **options)

    monkeypatch.setattr(workspace, "connect", connect)
    return seen


def test_a_sound_file_checked_ahead_is_not_checked_twice(ws_path, prepared):
    check_ahead(ws_path)
    Workspace.open(ws_path, sync_library=False).close()
    Workspace.open(ws_path, sync_library=False).close()     # the verdict is used once
    assert prepared == [True, False]


def test_a_file_changed_after_its_check_is_checked_again(ws_path, prepared):
    check_ahead(ws_path)
    with Workspace.open(ws_path, sync_library=False) as ws:   # takes the verdict, then writes
        ws.set_setting("ui.started", True)
    check_ahead(ws_path)
    conn = sqlite3.connect(ws_path)                       # another program writes meanwhile
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('other', ?)", ["x" * 200_000])
    conn.commit()
    conn.close()
    Workspace.open(ws_path, sync_library=False).close()
    assert prepared == [True, False]


def test_a_damaged_file_checked_ahead_is_refused_untouched(template_workspace, tmp_path):
    path = tmp_path / "damaged.treaty"
    data = bytearray(template_workspace.read_bytes())    # closed: no log beside it
    data[4096:8192] = bytes(4096)                         # the second page zeroed
    path.write_bytes(bytes(data))
    before = _digest(path)
    check_ahead(path)
    with pytest.raises(WorkspaceError) as caught:
        with Workspace.open(path, sync_library=False) as ws:
            ws.drafts()
            ws.search("")
    assert str(path) in str(caught.value)
    assert _digest(path) == before


@pytest.mark.parametrize("content", [None, b"", b"PK\x03\x04 not a workspace"])
def test_check_ahead_of_no_workspace_changes_nothing(tmp_path, content):
    path = tmp_path / "other.treaty"
    if content is not None:
        path.write_bytes(content)
    check_ahead(path)                   # never raises: opening reports the problem
    if content:
        with pytest.raises(WorkspaceError, match="not a Treaty Workbench workspace"):
            Workspace.open(path)
        assert path.read_bytes() == content
    else:
        Workspace.open(path, sync_library=False).close()  # a new workspace, as without the check


# ----- the window does not wait for the command line -------------------------------------------
def test_opening_the_window_parses_only_the_global_options():
    from workbench.cli import opens_window

    assert opens_window([]) and opens_window(["--workspace", "w.treaty"]) and opens_window(["--workspace=w"])
    assert opens_window(["--json", "--workspace", "w.treaty"])
    for argv in (["library", "search", "x"], ["--help"], ["-h"], ["--workspace"], ["--work", "w"],
                 ["--workspace", "w", "drafts"], ["--version"], ["--workspace", "--json"]):
        assert not opens_window(argv), argv


def test_the_command_modules_are_not_imported_to_open_the_window(tmp_path):
    code = ("import sys, workbench.app as app\n"
            "app.run_gui = lambda workspace: print('window', workspace) or 0\n"
            "from workbench.cli import main\n"
            "status = main(['--workspace', sys.argv[1]])\n"
            "print(sorted(m for m in sys.modules if m.startswith('workbench.cli.')))\n"
            "sys.exit(status)\n")
    env = dict(os.environ, TREATY_WORKBENCH_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "w.treaty")], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"window {tmp_path / 'w.treaty'}", "[]"]
    helped = subprocess.run([sys.executable, "-m", "workbench", "--help"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert "library" in helped.stdout and "drafts" in helped.stdout       # the commands still listed
