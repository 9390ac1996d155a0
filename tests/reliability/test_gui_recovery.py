"""A damaged workspace in the GUI: a clear message, the application keeps running, the backup kept
when the window last closed is offered and restores the drafter's work.

Verified to fail without its protection (each mutation run on a copy of the tree):
- ``keep_backup`` not called in ``MainWindow.closeEvent``: "no backup was kept when the window closed";
- ``run`` opening with ``open_workspace_file`` instead of ``open_with_recovery`` (as before this
  test): the application shows the error and exits with status 1, no backup is offered;
- ``_recoverable`` always true: a file from a newer version is offered an older backup over it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from workbench.core.assemble import draft_from_source
from workbench.core.edits import SetFields
from workbench.storage import Workspace, WorkspaceError
from workbench.storage.backups import backup_path
from workbench.ui.recovery import open_with_recovery

HERE = Path(__file__).resolve().parent
PAGE = 4096


def _damage(path: Path) -> bytes:
    """Zero the second page (the start of the schema's tables): SQLite then refuses the file."""
    data = bytearray(path.read_bytes())
    data[PAGE:PAGE * 2] = bytes(PAGE)
    path.write_bytes(bytes(data))
    return bytes(data)


_POLLERS: list[dict] = []


@pytest.fixture(autouse=True)
def _stop_pollers():
    """A poller must never outlive its test: it would answer another test's message box."""
    yield
    for poller in _POLLERS:
        poller["stopped"] = True
    _POLLERS.clear()


def _answer(choice: str, seen: list[str]) -> None:
    """When the backup offer appears, note its text and press ``choice`` ("restore" or "cancel")."""
    state = {"stopped": False}
    _POLLERS.append(state)

    def poll() -> None:
        if state["stopped"]:
            return
        box = QApplication.activeModalWidget()
        restore = box.findChild(QPushButton, "restoreBackupButton") if isinstance(box, QMessageBox) else None
        if restore is None:               # not (yet) the backup offer
            QTimer.singleShot(20, poll)
            return
        state["stopped"] = True
        seen.append(box.text() + "\n" + box.informativeText())
        (restore if choice == "restore" else box.button(QMessageBox.StandardButton.Cancel)).click()

    QTimer.singleShot(0, poll)


@pytest.fixture
def session_closed(qtbot, workspace_path):
    """A drafting session in the real window: a draft created, an article retitled, the window closed."""
    from workbench.ui.main import MainWindow

    ws = Workspace.open(workspace_path)
    draft = ws.create_draft(draft_from_source("Recovery test", ws.clauses(source="coe-ai-convention")))
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    window.set_current_draft(draft.id)
    article = window.current_draft.articles()[0]
    assert window.push_edit(SetFields(article.id, {"title": "Kept in the backup"}))
    expected = window.current_draft.to_dict()
    window.close()
    assert backup_path(workspace_path).exists(), "no backup was kept when the window closed"
    return workspace_path, draft.id, expected


@pytest.mark.gui
def test_a_damaged_workspace_offers_the_backup_and_restores_the_work(qtbot, session_closed):
    path, draft_id, expected = session_closed
    damaged = _damage(path)

    seen: list[str] = []
    _answer("cancel", seen)
    with pytest.raises(WorkspaceError):
        open_with_recovery(path)
    assert seen and path.name in seen[0] and "backup" in seen[0].lower()
    assert path.read_bytes() == damaged, "declining changed the damaged file"

    _answer("restore", seen)
    workspace, note = open_with_recovery(path)
    try:
        assert workspace.load_draft(draft_id).to_dict() == expected
    finally:
        workspace.close()
    assert "backup" in note and ".damaged-" in note
    kept = [p for p in path.parent.iterdir() if p.name.startswith(path.name + ".damaged-") and p.suffix != ".treaty-wal"]
    assert any(p.read_bytes() == damaged for p in kept), "the damaged file was not kept"


@pytest.mark.gui
def test_no_backup_is_offered_over_a_file_from_a_newer_version(qtbot, session_closed):
    import sqlite3

    from workbench.storage import schema

    path, _draft_id, _expected = session_closed
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.FORMAT_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    seen: list[str] = []
    _answer("restore", seen)
    with pytest.raises(WorkspaceError, match="newer version"):
        open_with_recovery(path)
    QApplication.processEvents()
    assert seen == [], "a backup was offered over a newer version's file"
    assert path.read_bytes() == before


@pytest.mark.gui
@pytest.mark.slow
def test_the_application_started_on_a_damaged_workspace_keeps_running_with_the_backup(session_closed, tmp_path):
    path, draft_id, expected = session_closed
    _damage(path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TREATY_WORKBENCH_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "share"))
    done = subprocess.run([sys.executable, str(HERE / "gui_child.py"), "restore", str(path)],
                          capture_output=True, text=True, timeout=240, env=env, cwd=HERE.parent.parent)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert "exception" not in report, report["exception"]
    assert any("backup" in m.lower() for m in report["messages"]), report["messages"]
    assert "Recovery test" in report["drafts"]
    assert report["current"] is not None
    with Workspace.open(path, sync_library=False) as ws:
        assert ws.load_draft(draft_id).to_dict() == expected


def _press(object_name: str, seen: list[str]) -> None:
    """When the backup offer appears, press the button named ``object_name``."""
    state = {"stopped": False}
    _POLLERS.append(state)

    def poll() -> None:
        if state["stopped"]:
            return
        box = QApplication.activeModalWidget()
        button = box.findChild(QPushButton, object_name) if isinstance(box, QMessageBox) else None
        if button is None:
            QTimer.singleShot(20, poll)
            return
        state["stopped"] = True
        seen.append(box.text())
        button.click()

    QTimer.singleShot(0, poll)


@pytest.mark.gui
def test_a_missing_workspace_offers_its_backup_or_a_new_start_never_an_empty_copy_over_it(qtbot, session_closed):
    """The review's F3 in the window: no silent new workspace, and the backup survives starting over."""
    path, draft_id, expected = session_closed
    path.unlink()
    good = backup_path(path).read_bytes()
    seen: list[str] = []
    _press("startNewWorkspaceButton", seen)
    workspace, _note = open_with_recovery(path)
    assert seen and "missing" in seen[0]
    assert workspace.drafts() == []
    from workbench.ui.recovery import keep_backup
    assert keep_backup(workspace) is None            # closing as the window does: the backup is kept
    workspace.close()
    assert backup_path(path).read_bytes() == good
    path.unlink()
    _press("restoreBackupButton", seen)
    workspace, note = open_with_recovery(path)
    try:
        assert workspace.load_draft(draft_id).to_dict() == expected and "missing" in note
    finally:
        workspace.close()


@pytest.mark.gui
def test_closing_a_window_that_met_damage_keeps_the_good_backup(qtbot, session_closed):
    """The review's F4: the window reported damage; closing it must not copy the damage over the backup."""
    import sqlite3

    from workbench.ui.main import MainWindow

    path, draft_id, _expected = session_closed
    good = backup_path(path).read_bytes()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE nodes SET text = CAST(X'4869FF21' AS TEXT) WHERE draft_id = ? AND kind = 'paragraph' "
                 "AND rowid = (SELECT min(rowid) FROM nodes WHERE draft_id = ? AND kind = 'paragraph')",
                 [draft_id, draft_id])
    conn.commit()
    conn.close()
    window = MainWindow(Workspace.open(path))
    qtbot.addWidget(window)
    window.show()
    assert not window.set_current_draft(draft_id)
    assert "damaged" in window.errors[-1]
    window.close()
    assert backup_path(path).read_bytes() == good, "the damaged workspace was copied over the good backup"
    assert any("backup was not refreshed" in e for e in window.errors)
