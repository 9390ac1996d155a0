"""A drafter who moves an article while the window's first check is starting (review F15's
threads): the check and the impact analysis each import the checker in a thread of their own, and
two first imports at once handed one of them a half-initialised module ("The check failed:
ImportError: cannot import name 'Impact' from partially initialized module"). Run in fresh
interpreters, where nothing of the checker is imported yet, as when the application starts."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

CHILD = r"""
import json, os, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
app = QApplication([sys.argv[0]])
from workbench.core.assemble import draft_from_source
from workbench.storage import Workspace
from workbench.ui.main import MainWindow
assert "workbench.checker" not in sys.modules
ws = Workspace.open(Path(sys.argv[1]), clauses_dir=Path(sys.argv[2]))
window = MainWindow(ws)
window.show()
window.outline.confirm = lambda _text: True
window.create_draft(draft_from_source("CoE-based draft", ws.clauses(source="coe-ai-convention")))
window.select_article(window.current_draft.articles()[5].id)
panel = window.check_panel
deadline = time.monotonic() + 30
while not panel.pool.activeThreadCount() and time.monotonic() < deadline:
    QTest.qWait(1)                                   # the first check has just started
done = window.session.undo_stack.count()
window.outline.move_selected(-1)                     # its impact is worked out in another thread
while window.impact_guard.wait():
    pass
deadline = time.monotonic() + 60
while (panel.report is None or panel.timer.isActive() or panel.pool.activeThreadCount()) \
        and "failed" not in panel.state.text() and time.monotonic() < deadline:
    QTest.qWait(50)
print(json.dumps({"state": panel.state.text(), "report": panel.report is not None,
                  "moved": window.session.undo_stack.count() == done + 1}), flush=True)
os._exit(0)
"""


@pytest.mark.parametrize("attempt", range(2))
def test_a_move_while_the_first_check_starts(attempt, ws_path, library_dir, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TREATY_WORKBENCH_HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "share"),
               PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    out = subprocess.run([sys.executable, "-c", CHILD, str(ws_path), str(library_dir)], env=env,
                         capture_output=True, text=True, timeout=180)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    assert lines, out.stderr[-2000:]
    result = json.loads(lines[-1])
    assert result["moved"], result
    assert result["report"] and "failed" not in result["state"], result
