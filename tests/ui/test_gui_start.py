"""Start the application as a newcomer does (``python -m workbench --workspace FILE``), then kill it."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from workbench.storage import Workspace


def _started(path) -> bool:
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'ui.started'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None


def test_the_application_starts_on_a_new_workspace_and_survives_a_kill(tmp_path):
    path = tmp_path / "first.treaty"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TREATY_WORKBENCH_HOME=str(tmp_path / "home"))
    process = subprocess.Popen([sys.executable, "-m", "workbench", "--workspace", str(path)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not _started(path) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert process.poll() is None, process.stderr.read().decode(errors="replace")
        assert _started(path)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    with Workspace.open(path, sync_library=False) as ws:
        drafts = ws.drafts()
        assert len(drafts) == 1 and drafts[0].title == "Draft AI treaty"
        assert ws.load_draft(drafts[0].id).chapters()
        assert ws.sources()
