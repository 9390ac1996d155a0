"""The main window's extension points, and the window with every installed extension."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from workbench.core.edits import SetFields
from workbench.ui.extensions import EXTENSION_MODULES, install_extensions


def test_add_dock_menus_and_signals(open_window, ws_path, qtbot):
    window = open_window(ws_path)
    panel = QLabel("extension panel")
    dock = window.add_dock(panel, "My panel", Qt.DockWidgetArea.RightDockWidgetArea, "myPanelDock")
    assert dock.widget() is panel and window.docks["myPanelDock"] is dock
    assert dock.toggleViewAction() in window.panels_menu.actions()
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.tools_menu, window.draft_menu):
        assert menu.title()
    chapter = window.current_draft.chapters()[0]
    with qtbot.waitSignal(window.draft_changed) as changed:
        assert window.push_edit(SetFields(chapter.id, {"title": "Renamed by an extension"}))
    draft, change = changed.args
    assert draft is window.current_draft and chapter.id in change.upserted
    with qtbot.waitSignal(window.draft_changed):
        window.undo()
    assert chapter.title != "Renamed by an extension"
    window.add_clauses(["coe-ai-convention/art-1"])
    article = window.current_draft.articles()[0]
    window.outline.select_node(chapter.id)
    with qtbot.waitSignal(window.current_article_changed) as selected:
        assert window.select_article(article.id)
    assert selected.args == [article.id]
    dock.hide()
    window.close()
    again = open_window(ws_path)
    late = again.add_dock(QLabel("again"), "My panel", Qt.DockWidgetArea.RightDockWidgetArea, "myPanelDock")
    assert late.isHidden()                       # a dock added after start-up gets its saved state back


def test_a_broken_extension_is_reported_not_fatal(window):
    problems = install_extensions(window, ["outline_ops"])          # a module without install()
    assert problems and "outline_ops" in problems[0]
    assert install_extensions(window, ["no_such_extension_module"]) == []


def test_the_window_opens_with_every_installed_extension(open_window, ws_path, qtbot):
    window = open_window(ws_path, extensions=None)
    mine = {"libraryDock", "outlineDock", "historyDock"}
    assert window.current_draft is not None
    assert set(window.docks) >= mine
    assert window.extension_problems == []
    assert len(window.docks) > len(mine) or not EXTENSION_MODULES
    window.add_clauses(["coe-ai-convention/art-23"])
    window.undo()
    qtbot.wait(50)
