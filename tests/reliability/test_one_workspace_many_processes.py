"""The reliability review's F1: a second process must never take the window's write-ahead log away.

On POSIX, closing any descriptor of a file drops every lock the process holds on it. The window
used to read the live workspace's header with a plain ``open()``/``close()`` when it opened the
workspace a second time (for the checker): its SHARED lock went, the next other process to close
the workspace (any CLI command) believed it was the last user, checkpointed and deleted ``-wal``
and ``-shm``, and the window went on committing into an unlinked log that no one else could see.

Verified to fail before the mend (the header read by ``Workspace._check_header``): "the log of the
open workspace was deleted by a command in another process", and the acknowledged edit is missing
after the kill.
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
from workbench.storage import Workspace

ROOT = Path(__file__).resolve().parents[2]


def _cli(path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workbench", "--workspace", str(path), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def _title_seen_by_another_process(path: Path, node_id: str) -> str:
    code = ("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
            "print(c.execute('SELECT title FROM nodes WHERE id=?',[sys.argv[2]]).fetchone()[0])")
    return subprocess.run([sys.executable, "-c", code, str(path), node_id], capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.fixture
def shared(workspace_path):
    with Workspace.open(workspace_path) as ws:
        draft = ws.create_draft(draft_from_source("Shared", ws.clauses(source="coe-ai-convention")))
    return workspace_path, draft.id


def _every_way_the_window_opens_the_file_again(ws: Workspace) -> None:
    """What the window does besides its own connection: the checker's reader, a second window on
    the same file in this process, an import that names the workspace file by mistake."""
    from workbench.export.importing import import_file
    from workbench.files import ProtectedFileError

    ws.open_reader().close()
    Workspace.open(ws.path, create=False, sync_library=False).close()
    with pytest.raises(ProtectedFileError):
        import_file(ws.path)
    with pytest.raises(ProtectedFileError):
        import_file(Path(str(ws.path) + "-wal"))


def test_a_command_in_a_terminal_never_removes_the_log_of_the_open_workspace(shared):
    path, draft_id = shared
    from workbench.core.edits import SetFields

    ws = Workspace.open(path)
    try:
        draft = ws.load_draft(draft_id)
        article = draft.articles()[0]
        ws.apply(draft, SetFields(article.id, {"title": "edit 1"}))
        _every_way_the_window_opens_the_file_again(ws)
        for command in (["draft", "list"], ["draft", "show", draft_id], ["library", "search", "data"]):
            assert _cli(path, *command).returncode == 0
            assert Path(str(path) + "-wal").exists(), "the log of the open workspace was deleted by a command in " \
                                                      "another process"
        ws.apply(draft, SetFields(article.id, {"title": "edit 2 (acknowledged)"}))
        assert _title_seen_by_another_process(path, article.id) == "edit 2 (acknowledged)"
    finally:
        ws.close()
    with Workspace.open(path) as again:
        assert again.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


WINDOW_LIKE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from workbench.core.edits import SetFields
    from workbench.storage import Workspace
    path, draft_id = Path(sys.argv[1]), sys.argv[2]
    ws = Workspace.open(path)
    draft = ws.load_draft(draft_id)
    article = draft.articles()[0]
    ws.open_reader().close()                         # the checker, as the window builds it
    Workspace.open(path, create=False, sync_library=False).close()
    print("ready", flush=True)
    sys.stdin.readline()                             # meanwhile a command runs in a terminal
    ws.apply(draft, SetFields(article.id, {"title": "acknowledged before the kill"}))
    print("ack " + article.id, flush=True)
    sys.stdin.readline()                             # killed here
""")


def test_an_acknowledged_edit_survives_a_kill_after_a_command_in_another_process(shared):
    path, draft_id = shared
    child = subprocess.Popen([sys.executable, "-c", WINDOW_LIKE, str(path), draft_id], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        assert _cli(path, "draft", "list").returncode == 0
        child.stdin.write("\n")
        child.stdin.flush()
        ack = child.stdout.readline().split()
        assert ack[0] == "ack", child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    with Workspace.open(path) as ws:
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ws.load_draft(draft_id).find(ack[1]).title == "acknowledged before the kill"


def test_the_live_workspace_is_never_read_outside_sqlite(shared, monkeypatch):
    """No code path of opening, checking or backing up opens the workspace file with ``open()``."""
    import builtins
    import io

    path, _draft_id = shared
    guarded = {os.path.realpath(path)}
    real_open, real_io_open, real_os_open = builtins.open, io.open, os.open

    def refuse(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and os.path.realpath(file) in guarded:
            raise AssertionError(f"{file} opened outside SQLite")
        return real_open(file, *args, **kwargs)

    def refuse_os(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and os.path.realpath(file) in guarded:
            raise AssertionError(f"{file} opened outside SQLite")
        return real_os_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(io, "open", refuse)
    monkeypatch.setattr(os, "open", refuse_os)
    from workbench.storage.backups import write_backup
    from workbench.storage.check_ahead import check_ahead

    check_ahead(path)
    with Workspace.open(path) as ws:
        ws.open_reader().close()
        write_backup(ws)
    monkeypatch.setattr(builtins, "open", real_open)
    monkeypatch.setattr(io, "open", real_io_open)
    monkeypatch.setattr(os, "open", real_os_open)


def test_a_second_workspace_object_in_one_process_sees_and_keeps_every_edit(shared):
    path, draft_id = shared
    from workbench.core.edits import SetFields

    first = Workspace.open(path)
    second = Workspace.open(path, sync_library=False)
    try:
        draft = first.load_draft(draft_id)
        article = draft.articles()[1]
        first.apply(draft, SetFields(article.id, {"title": "from the first"}))
        second.close()
        assert _cli(path, "draft", "list").returncode == 0
        first.apply(draft, SetFields(article.id, {"title": "after the second closed"}))
        assert _title_seen_by_another_process(path, article.id) == "after the second closed"
    finally:
        first.close()
        if not second.closed:
            second.close()

