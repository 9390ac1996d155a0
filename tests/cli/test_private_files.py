"""Workspace files are private (issue 17 polish): a new workspace, its backups and copies are
created mode 0600, and an existing workspace readable by others is tightened when its owner opens
it; the real command line runs on a real workspace."""
from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def cli(workspace, *args, umask: int = 0o022) -> subprocess.CompletedProcess:
    code = (f"import os, sys; os.umask({umask}); from workbench.cli import main; "
            f"sys.exit(main({[str(a) for a in ('--workspace', workspace, *args)]!r}))")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180)


def test_a_new_workspace_is_created_mode_0600_under_a_permissive_umask(tmp_path):
    path = tmp_path / "new.treaty"
    result = cli(path, "draft", "new", "Secret")
    assert result.returncode == 0, result.stderr
    assert mode(path) == 0o600
    for companion in (tmp_path / "new.treaty-wal", tmp_path / "new.treaty-shm"):
        if companion.exists():
            assert mode(companion) & 0o077 == 0, companion


def test_an_existing_workspace_readable_by_others_is_tightened_on_open(workspace_path):
    os.chmod(workspace_path, 0o644)
    result = cli(workspace_path, "draft", "list")
    assert result.returncode == 0, result.stderr
    assert mode(workspace_path) == 0o600


def test_backups_and_copies_are_created_mode_0600(workspace_path, tmp_path):
    from workbench.storage import Workspace
    from workbench.storage.backups import copy_workspace, write_backup
    old = os.umask(0o022)
    try:
        with Workspace.open(workspace_path) as ws:
            from workbench.core.model import Draft
            ws.create_draft(Draft(title="Work"))
            backup = write_backup(ws)
            copy = copy_workspace(ws, tmp_path / "copy.treaty")
    finally:
        os.umask(old)
    assert backup is not None and mode(backup) == 0o600
    assert mode(copy) == 0o600


def test_an_old_backup_readable_by_others_is_tightened_on_open(workspace_path):
    from workbench.files import backup_path
    old_backup = backup_path(workspace_path)
    old_backup.write_bytes(workspace_path.read_bytes())
    os.chmod(old_backup, 0o664)
    assert cli(workspace_path, "draft", "list").returncode == 0
    assert mode(old_backup) == 0o600
