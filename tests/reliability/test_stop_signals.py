"""A window stopped by the system (log-out, ``kill``, its terminal closed, Ctrl+C) closes as Quit
does: the typing not yet committed is committed, the backup refreshed, the journal emptied.

Verified to fail before ``ui.launch.SignalCloser``: SIGTERM ended the process at once (exit −15),
with the typing left in the journal and no backup written.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbench.core.assemble import draft_from_source
from workbench.files import backup_path
from workbench.storage import Workspace

ROOT = Path(__file__).resolve().parents[2]

TYPIST = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from workbench.storage import Workspace
    from workbench.ui.launch import SignalCloser
    from workbench.ui.main import MainWindow
    app = QApplication([])
    window = MainWindow(Workspace.open(sys.argv[1]), extensions=[])
    closer = SignalCloser(app, window)           # as ui.launch.run installs it
    window.show()
    window.set_current_draft(sys.argv[2])
    window.editor._timer.setInterval(600_000)    # the pause that commits typing never comes
    article = window.current_draft.articles()[0]
    window.select_article(article.id)
    field = window.editor.field(article.children[0].id, "text")
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    QTest.keyClicks(field, " typed before the signal")
    QTimer.singleShot(0, lambda: print("typed " + article.children[0].id, flush=True))
    code = app.exec()
    print("received", closer.received, flush=True)
    sys.exit(code)
""")


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_stop_signal_closes_the_window_as_quit_does(tmp_path, number):
    path = tmp_path / "signals.treaty"
    with Workspace.open(path) as ws:
        draft = ws.create_draft(draft_from_source("Signals", ws.clauses(source="coe-ai-convention")))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TREATY_WORKBENCH_HOME": str(tmp_path / "home")}
    child = subprocess.Popen([sys.executable, "-c", TYPIST, str(path), draft.id], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    try:
        line = child.stdout.readline().split()
        assert line and line[0] == "typed", child.stderr.read()
        with Workspace.open(path, sync_library=False) as ws:
            assert not ws.load_draft(draft.id).find(line[1]).text.endswith("the signal"), "committed already"
        os.kill(child.pid, number)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err
    assert f"received [{int(number)}]" in out
    with Workspace.open(path, sync_library=False) as ws:
        assert ws.load_draft(draft.id).find(line[1]).text.endswith(" typed before the signal"), "the typing was lost"
        assert ws.db.execute("SELECT count(*) FROM typing_journal").fetchone()[0] == 0
    assert backup_path(path).exists(), "no backup written"
    with Workspace.open(backup_path(path), sync_library=False) as backup:
        assert backup.load_draft(draft.id).find(line[1]).text.endswith(" typed before the signal")
