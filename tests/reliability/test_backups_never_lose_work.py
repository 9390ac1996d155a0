"""The review's F3, F4, F7 and F8: a backup is never replaced by an empty, damaged or foreign file;
generations are kept; a file that is not a usable workspace is refused untouched and recoverable.

Verified to fail before the mends:
- F3: opening a missing workspace made a new empty one, and closing copied it over the backup
  ("a new workspace was created" / the backup held 0 drafts);
- F4: a row with invalid UTF-8 passed SQLite's checks and was copied over the good backup;
- F7: random bytes over the header were read as "newer version" or "foreign" (no backup offered);
- F8: another program's SQLite file got the workspace's tables and application id.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from workbench.core.assemble import draft_from_source
from workbench.core.model import Draft
from workbench.files import BACKUP_GENERATIONS, backup_path
from workbench.storage import Workspace, WorkspaceError
from workbench.storage import backups
from workbench.storage.errors import (DamagedWorkspaceError, MissingWorkspaceError, NewerWorkspaceError,
                                      NotAWorkspaceError)


def _digest(path: Path) -> bytes:
    return path.read_bytes()


@pytest.fixture
def with_work(workspace_path):
    """A workspace holding one draft, closed, with a backup written from it."""
    with Workspace.open(workspace_path) as ws:
        ws.create_draft(draft_from_source("Work", ws.clauses(source="coe-ai-convention")))
        backups.write_backup(ws)
    return workspace_path


def _drafts_in(path: Path) -> int:
    conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM drafts").fetchone()[0]
    finally:
        conn.close()


# ----- F3: a missing workspace ----------------------------------------------------------------
def test_a_missing_workspace_with_a_backup_is_not_recreated_empty(with_work):
    path = with_work
    path.unlink()
    before = _digest(backup_path(path))
    with pytest.raises(MissingWorkspaceError) as caught:
        Workspace.open(path)
    assert caught.value.recoverable and backup_path(path).name in str(caught.value)
    assert not path.exists(), "a new workspace was created in place of the missing one"
    assert _digest(backup_path(path)) == before
    kept = backups.restore_backup(path)
    assert kept is None
    with Workspace.open(path) as ws:
        assert [d.title for d in ws.drafts()] == ["Work"]


def test_starting_over_never_replaces_a_backup_that_holds_work(with_work):
    path = with_work
    path.unlink()
    with Workspace.open(path, start_over=True) as ws:     # the drafter chose "Start a new workspace"
        assert ws.drafts() == []
        assert backups.write_backup(ws) is None            # an empty copy never replaces work
    assert _drafts_in(backup_path(path)) == 1


def test_a_restore_killed_half_way_leaves_the_backup_offered(with_work, monkeypatch):
    path = with_work
    real_replace = os.replace

    def interrupted(source, target):
        if Path(target) == path:
            raise OSError(28, "No space left on device")   # the last step fails
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(WorkspaceError):
        backups.restore_backup(path)
    monkeypatch.setattr(os, "replace", real_replace)
    with pytest.raises(MissingWorkspaceError):         # not recreated empty: the backup is offered
        Workspace.open(path)
    assert backups.find_backup(path) is not None
    backups.restore_backup(path)
    assert _drafts_in(path) == 1


# ----- generations ------------------------------------------------------------------------------
def test_earlier_backups_are_kept_as_generations(workspace_path):
    with Workspace.open(workspace_path) as ws:
        for n in range(BACKUP_GENERATIONS + 2):
            ws.create_draft(Draft(title=f"Draft {n}"))
            backups.write_backup(ws)
        backups.write_backup(ws)                           # nothing new: no generation pushed out
    found = backups.list_backups(workspace_path)
    assert [b.generation for b in found] == list(range(BACKUP_GENERATIONS))
    assert [b.drafts for b in found] == [BACKUP_GENERATIONS + 2 - g for g in range(BACKUP_GENERATIONS)]
    backups.restore_backup(workspace_path, found[2])
    assert _drafts_in(workspace_path) == BACKUP_GENERATIONS


# ----- F4: damage seen is never copied over the backup ------------------------------------------
def _bad_utf8_in_a_node(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE nodes SET text = CAST(X'4869FF21' AS TEXT) WHERE rowid = (SELECT min(rowid) FROM nodes)")
    conn.commit()
    conn.close()


def test_a_damaged_row_never_replaces_the_good_backup(with_work):
    path = with_work
    good = _digest(backup_path(path))
    _bad_utf8_in_a_node(path)
    with Workspace.open(path) as ws:               # SQLite's own checks pass: the damage is in a text
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with pytest.raises(WorkspaceError, match="damaged"):
            backups.write_backup(ws)                 # the copy is read back and refused
        with pytest.raises(DamagedWorkspaceError):
            ws.load_draft(ws.drafts()[0].id)         # the drafter meets the damage
        assert ws.damage_seen
        with pytest.raises(WorkspaceError, match="showed damage"):
            backups.write_backup(ws)
    assert _digest(backup_path(path)) == good


# ----- F7 and F8: files that are not (current) workspaces --------------------------------------
@pytest.mark.parametrize("header", [os.urandom(100), b"PK\x03\x04" + bytes(96),
                                    b"SQLite format 3\x00" + os.urandom(84)],
                         ids=["random-bytes", "docx-header", "garbled-sqlite-header"])
def test_an_overwritten_header_is_damage_and_the_backup_is_offered(with_work, header):
    path = with_work
    data = bytearray(path.read_bytes())
    data[:100] = header
    path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(path)
    assert caught.value.recoverable, f"{type(caught.value).__name__}: no backup would be offered"
    assert not isinstance(caught.value, NewerWorkspaceError)
    assert path.read_bytes() == bytes(data)
    assert backups.find_backup(path) is not None


def test_a_newer_workspace_is_not_offered_a_backup(with_work):
    path = with_work
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(NewerWorkspaceError) as caught:
        Workspace.open(path)
    assert not caught.value.recoverable and "newer version" in str(caught.value)


@pytest.mark.parametrize("application_id", [0, 1234])
def test_another_programs_database_is_refused_untouched(tmp_path, application_id):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)")
    conn.execute("INSERT INTO accounts (owner) VALUES ('someone')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAWorkspaceError, match="another program"):
        Workspace.open(path)
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_a_folder_or_a_pipe_is_not_a_workspace(tmp_path):
    folder = tmp_path / "folder.treaty"
    folder.mkdir()
    with pytest.raises(WorkspaceError, match="folder"):
        Workspace.open(folder)
    pipe = tmp_path / "pipe.treaty"
    os.mkfifo(pipe)
    with pytest.raises(NotAWorkspaceError):
        Workspace.open(pipe)
