"""The review's F16: killing the window right after typing loses nothing.

The window commits typing when the drafter pauses (half a second) or leaves the field; a kill in
between used to lose it. Each keystroke now also goes to the workspace's typing journal; the next
window puts it back, or shows it beside the stored text when that changed meanwhile.

Verified to fail before the mend (no journal): "the typing was lost".
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from workbench.core.assemble import draft_from_source
from workbench.core.edits import SetFields
from workbench.storage import Workspace

ROOT = Path(__file__).resolve().parents[2]

TYPIST = textwrap.dedent("""
    import sys
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from workbench.storage import Workspace
    from workbench.ui.main import MainWindow
    app = QApplication([])
    window = MainWindow(Workspace.open(sys.argv[1]), extensions=[])
    window.show()
    window.set_current_draft(sys.argv[2])
    article = window.current_draft.articles()[0]
    window.select_article(article.id)
    field = window.editor.field(article.children[0].id, "text")
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    QTest.keyClicks(field, " typed just before the kill")
    print("typed " + article.children[0].id, flush=True)
    sys.stdin.readline()
""")


@pytest.fixture
def open_window(qtbot):
    from workbench.ui.main import MainWindow

    windows = []

    def opener(path: Path, extensions=None):
        window = MainWindow(Workspace.open(path), extensions=extensions)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield opener
    for window in windows:
        if not window._closed:
            window.close()


@pytest.fixture
def typed_then_killed(workspace_path):
    with Workspace.open(workspace_path) as ws:
        draft = ws.create_draft(draft_from_source("Typing", ws.clauses(source="coe-ai-convention")))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", TYPIST, str(workspace_path), draft.id], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    try:
        line = child.stdout.readline().split()
        assert line and line[0] == "typed", child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)         # well within the half second before the commit
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    return workspace_path, draft.id, line[1]


def test_typing_of_a_killed_window_is_put_back(typed_then_killed, open_window, qtbot):
    path, draft_id, node_id = typed_then_killed
    with Workspace.open(path) as ws:
        assert not ws.load_draft(draft_id).find(node_id).text.endswith("the kill"), "committed before the kill"
    window = open_window(path, extensions=[])
    qtbot.waitUntil(lambda: any("put back" in e for e in window.errors), timeout=5000)
    with Workspace.open(path) as ws:
        assert ws.load_draft(draft_id).find(node_id).text.endswith(" typed just before the kill"), \
            "the typing was lost"
        assert ws.db.execute("SELECT count(*) FROM typing_journal").fetchone()[0] == 0
    window.undo()                                  # putting it back is one undoable step
    with Workspace.open(path) as ws:
        assert not ws.load_draft(draft_id).find(node_id).text.endswith("the kill")


def test_typing_of_a_killed_window_is_shown_beside_a_later_change(typed_then_killed, open_window, qtbot):
    path, draft_id, node_id = typed_then_killed
    with Workspace.open(path) as ws:              # someone changed the paragraph before the window reopened
        draft = ws.load_draft(draft_id)
        ws.apply(draft, SetFields(node_id, {"text": "Changed by a command meanwhile."}))
    window = open_window(path, extensions=[])
    qtbot.waitUntil(lambda: window.conflict_dialog is not None and window.conflict_dialog.isVisible(), timeout=5000)
    dialog = window.conflict_dialog
    qtbot.mouseClick(dialog.findChild(QPushButton, "keepMineButton"), Qt.MouseButton.LeftButton)
    with Workspace.open(path) as ws:
        assert ws.load_draft(draft_id).find(node_id).text.endswith(" typed just before the kill")
        assert ws.db.execute("SELECT count(*) FROM typing_journal").fetchone()[0] == 0
