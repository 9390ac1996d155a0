"""The review's F2, F17 and F18: an export never replaces the workspace, its backups or their companions;
a killed export leaves no debris for long; an export keeps the permissions of the file it replaces.

Verified to fail before the mends: ``export D -o W`` replaced every draft with a .docx and exited 0;
``-o W.backup`` destroyed the backup; a ``.part`` file of a killed export stayed forever; every export
was mode 0600.
"""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core.assemble import draft_from_source
from workbench.files import ProtectedFileError, atomic_write, backup_path
from workbench.storage import Workspace
from workbench.storage.backups import copy_workspace, write_backup

ROOT = Path(__file__).resolve().parents[2]


def _cli(path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workbench", "--workspace", str(path), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


@pytest.fixture
def ready(workspace_path):
    with Workspace.open(workspace_path) as ws:
        draft = ws.create_draft(draft_from_source("Work", ws.clauses(source="coe-ai-convention")))
        ws.set_setting("probe", "still here")   # leaves a log beside the file until closed
        write_backup(ws)
    return workspace_path, draft.id


@pytest.mark.parametrize("target", ["{w}", "{w}.backup", "{w}-wal", "{w}-shm", "{w}.backup.1", "{w}-journal"])
@pytest.mark.parametrize("fmt", ["docx", "akn"])
def test_the_cli_refuses_to_export_over_the_workspace_or_its_files(ready, target, fmt):
    path, draft_id = ready
    target = Path(target.format(w=path))
    if target.name.endswith(".backup.1"):
        shutil.copyfile(backup_path(path), target)
    snapshot = {p: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    done = _cli(path, "export", draft_id, "-o", str(target), "--format", fmt)
    assert done.returncode == 1, done.stdout
    assert "workspace" in done.stderr and "Traceback" not in done.stderr
    for p, content in snapshot.items():
        assert p.read_bytes() == content, f"{p.name} was changed by a refused export"
    with Workspace.open(path) as ws:
        assert [d.title for d in ws.drafts()] == ["Work"]


def test_no_export_replaces_any_database_and_save_a_copy_spares_the_open_file(ready, tmp_path):
    path, _draft_id = ready
    other = tmp_path / "another-window.treaty"
    shutil.copyfile(path, other)
    with pytest.raises(ProtectedFileError, match="database"):
        atomic_write(other, b"PK not a database")
    with Workspace.open(path) as ws:
        for target in (path, Path(str(path) + "-wal"), other):
            with pytest.raises(ProtectedFileError) as caught:
                copy_workspace(ws, target)
            assert "workspace" in str(caught.value) or "database" in str(caught.value)
        copy = copy_workspace(ws, tmp_path / "copy.treaty")
    with Workspace.open(copy) as ws:
        assert [d.title for d in ws.drafts()] == ["Work"]


def test_a_killed_exports_temporary_file_is_removed_by_the_next_export(tmp_path):
    target = tmp_path / "draft.docx"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    debris = tmp_path / f".draft.docx.{dead}.abc123.part"
    debris.write_bytes(b"half an export")
    mine = tmp_path / f".draft.docx.{os.getpid()}.zzz999.part"   # an export of this process, in progress
    mine.write_bytes(b"being written")
    atomic_write(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert not debris.exists(), "the debris of a killed export was kept"
    assert mine.exists()


def test_an_export_keeps_the_permissions_of_the_file_it_replaces(tmp_path):
    target = tmp_path / "shared.docx"
    target.write_bytes(b"old")
    os.chmod(target, 0o664)
    atomic_write(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    fresh = tmp_path / "fresh.docx"
    old_mask = os.umask(0o022)
    try:
        atomic_write(fresh, b"x")
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
