"""Truncated, damaged, foreign or newer workspace files: a clear WorkspaceError, the file untouched,
and a backup that can be restored.

Verified to fail without their protection (each mutation run on a copy of the tree):
- ``_reads`` in workspace.py made a pass-through: the hypothesis test finds a damaged page that
  passes the check on opening and then raises ``JSONDecodeError`` / ``sqlite3.OperationalError``
  ("Could not decode to UTF-8") when the drafts or clauses are read;
- the header check in ``Workspace._check_header`` removed: the newer-version file opens (its
  ``user_version`` is silently rewritten) and the test of it fails;
- ``restore_backup`` not moving the damaged file's ``-wal`` aside: that log is lost, and (with
  the assertion on it taken out) SQLite replays it over the restored backup, whose draft then
  differs from the backed-up one.
"""
from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core import operations
from workbench.core.assemble import draft_from_source
from workbench.storage import Workspace, WorkspaceError, schema
from workbench.storage.backups import backup_path, find_backup, restore_backup, write_backup

PAGE = 4096


@pytest.fixture(scope="module")
def good_file(library_workspace_file, tmp_path_factory) -> Path:
    """A checkpointed workspace (no -wal) holding the library and one draft with versions."""
    path = tmp_path_factory.mktemp("damaged") / "good.treaty"
    shutil.copyfile(library_workspace_file, path)
    with Workspace.open(path) as ws:
        draft = ws.create_draft(draft_from_source("Damage test", ws.clauses(source="coe-ai-convention")))
        ws.apply(draft, operations.move_article(draft, operations.find_article(draft, "34"), 1))
        ws.save_version(draft, "Rev.1")
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_everything(path: Path) -> None:
    """Open the workspace and read all a window or the CLI shows from it."""
    with Workspace.open(path, sync_library=False) as ws:
        for info in ws.drafts():
            ws.load_draft(info.id)
            ws.versions(info.id)
        ws.clauses()
        ws.sources()
        ws.search("data protection")
        ws.search("数据")
        ws.setting("ui.layout")


def _damage(data: bytearray, how: str, where: int) -> bytearray:
    pages = len(data) // PAGE
    if how == "truncate-header":
        return data[:where % 100]
    if how == "truncate":
        return data[:PAGE * (1 + where % (pages - 1)) + where % 7]
    page = 1 + where % (pages - 1)
    start = page * PAGE
    if how == "zero-page":
        data[start:start + PAGE] = bytes(PAGE)
    elif how == "garbage-page":
        data[start:start + PAGE] = random.Random(where).randbytes(PAGE)
    else:  # bit flips within one page
        rng = random.Random(where)
        for _ in range(8):
            data[start + rng.randrange(PAGE)] ^= 1 << rng.randrange(8)
    return data


def _assert_clear(message: str, path: Path) -> None:
    assert str(path) in message, message
    assert "Traceback" not in message


@pytest.mark.parametrize("how,where", [("truncate-header", 60), ("truncate", 0), ("truncate", 101),
                                       ("zero-page", 0), ("garbage-page", 3), ("garbage-page", 40)])
def test_a_damaged_file_gives_a_clear_error_and_is_left_as_it_was(good_file, tmp_path, how, where):
    path = tmp_path / "damaged.treaty"
    path.write_bytes(bytes(_damage(bytearray(good_file.read_bytes()), how, where)))
    before = _digest(path)
    with pytest.raises(WorkspaceError) as caught:
        _read_everything(path)
    _assert_clear(str(caught.value), path)
    assert _digest(path) == before, "opening a damaged workspace changed it"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(how=st.sampled_from(["truncate", "zero-page", "garbage-page", "flip"]), where=st.integers(0, 10**6))
def test_any_damage_gives_either_the_data_or_a_workspace_error(good_file, tmp_path, how, where):
    path = tmp_path / f"{how}-{where}.treaty"
    path.write_bytes(bytes(_damage(bytearray(good_file.read_bytes()), how, where)))
    try:
        _read_everything(path)
    except WorkspaceError as exc:
        _assert_clear(str(exc), path)
    finally:
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()


def test_a_file_from_a_newer_version_is_refused_untouched(good_file, tmp_path):
    path = tmp_path / "newer.treaty"
    shutil.copyfile(good_file, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.FORMAT_VERSION + 1}")
    conn.close()
    before = _digest(path)
    with pytest.raises(WorkspaceError, match="newer version") as caught:
        Workspace.open(path)
    _assert_clear(str(caught.value), path)
    assert _digest(path) == before


@pytest.mark.parametrize("content", [b"PK\x03\x04 this is a zip, not a workspace", "条约草案".encode() * 50])
def test_a_file_that_is_no_workspace_is_refused_untouched(tmp_path, content):
    path = tmp_path / "other.treaty"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match="not a Treaty Workbench workspace"):
        Workspace.open(path)
    assert path.read_bytes() == content


def test_a_backup_restores_the_last_good_state_and_keeps_the_damaged_file(good_file, tmp_path):
    path = tmp_path / "work.treaty"
    shutil.copyfile(good_file, path)
    with Workspace.open(path, sync_library=False) as ws:
        draft = ws.load_draft(ws.drafts()[0].id)
        ws.apply(draft, operations.remove_node(draft, operations.find_article(draft, "2")))
        expected = draft.to_dict()
        write_backup(ws)
        ws.apply(draft, operations.remove_node(draft, operations.find_article(draft, "2")))
        # the process "crashes": its log stays beside the file, then the file is damaged
        wal = Path(str(path) + "-wal")
        saved_wal = wal.read_bytes()
    wal.write_bytes(saved_wal)
    data = bytearray(path.read_bytes())
    data[PAGE * 2:PAGE * 3] = bytes(PAGE)
    path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError):
        _read_everything(path)

    backup = find_backup(path)
    assert backup is not None and backup.path == backup_path(path)
    kept = restore_backup(path)
    assert kept.read_bytes() == bytes(data), "the damaged file must be kept as it was"
    assert Path(str(kept) + "-wal").read_bytes() == saved_wal
    with Workspace.open(path, sync_library=False) as ws:
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ws.load_draft(draft.id).to_dict() == expected
    _read_everything(path)


def test_no_backup_is_offered_when_there_is_none_or_it_is_damaged(good_file, tmp_path):
    path = tmp_path / "work.treaty"
    shutil.copyfile(good_file, path)
    assert find_backup(path) is None
    backup_path(path).write_bytes(good_file.read_bytes()[:PAGE * 3])
    assert find_backup(path) is None
    with pytest.raises(WorkspaceError, match="no usable backup"):
        restore_backup(path)
    assert path.read_bytes() == good_file.read_bytes()
