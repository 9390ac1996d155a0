"""Backups of a workspace: a consistent copy of its last good state, offered when the file is damaged.

``write_backup(workspace)`` copies an open workspace to ``<name>.backup`` beside it with SQLite's
online backup API (to a temporary file, checked, then renamed, so a failure never leaves a
half-written backup). When a workspace cannot be opened, ``find_backup(path)`` says whether a
usable backup exists, and ``restore_backup(path)`` puts it in place, keeping the damaged file
(and its write-ahead log) beside it under a new name: nothing is ever deleted.
"""
from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..core.messages import msg
from .workspace import SQLITE_MAGIC, Workspace, WorkspaceError

BACKUP_SUFFIX = ".backup"
_COMPANIONS = ("-wal", "-shm", "-journal")


def backup_path(path: Path | str) -> Path:
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


@dataclass
class Backup:
    path: Path
    modified: _dt.datetime

    def label(self) -> str:
        return self.modified.strftime("%Y-%m-%d %H:%M")


def copy_workspace(workspace: Workspace, target: Path | str) -> Path:
    """Write a complete, checked copy of the open ``workspace`` to ``target`` (it stays open).

    The copy is written to a temporary file beside the target and renamed over it only when
    complete and checked, so a full disk or a failure never leaves a half-written workspace
    behind. File ▸ Save a copy and the backups both use it.
    """
    target = Path(target)
    if target.resolve() == Path(workspace.path).resolve():
        raise WorkspaceError(msg("{path}: this is the open workspace; choose another name for the copy", path=target))
    if not target.parent.is_dir():
        raise WorkspaceError(msg("{folder}: no such folder", folder=target.parent))
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        destination = sqlite3.connect(str(partial))
        try:
            workspace.db.conn.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
            check = destination.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            destination.close()
        if check != "ok":
            partial.unlink(missing_ok=True)
            raise WorkspaceError(msg("{path}: the copy is damaged ({reason})", path=target, reason=check))
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise WorkspaceError(msg("{path}: the copy could not be written ({reason})", path=target,
                                 reason=reason)) from exc
    return target


def write_backup(workspace: Workspace) -> Path:
    """Refresh the backup of ``workspace`` (call it while the workspace is known to be good)."""
    return copy_workspace(workspace, backup_path(workspace.path))


def find_backup(path: Path | str) -> Backup | None:
    """The backup of the workspace at ``path``, if there is one that SQLite reads as intact."""
    candidate = backup_path(path)
    try:
        with candidate.open("rb") as handle:
            if not handle.read(16).startswith(SQLITE_MAGIC):
                return None
        conn = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
                return None
        finally:
            conn.close()
        modified = _dt.datetime.fromtimestamp(candidate.stat().st_mtime)
    except (OSError, sqlite3.Error, ValueError):
        return None
    return Backup(candidate, modified)


def restore_backup(path: Path | str) -> Path:
    """Put the backup in place of the workspace at ``path``; returns where the old file was kept."""
    path = Path(path)
    backup = find_backup(path)
    if backup is None:
        raise WorkspaceError(msg("{path}: there is no usable backup ({backup})", path=path,
                                 backup=backup_path(path).name))
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    try:
        if path.exists():
            os.replace(path, kept)
        for suffix in _COMPANIONS:   # a stale log of the damaged file must not be applied to the backup
            companion = Path(str(path) + suffix)
            if companion.exists():
                os.replace(companion, Path(str(kept) + suffix))
        partial = path.with_name(path.name + ".partial")
        source = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(str(partial))
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        os.replace(partial, path)
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise WorkspaceError(msg("{path}: the backup could not be restored ({reason}); the damaged file is kept "
                                 "as {kept}", path=path, reason=reason, kept=kept.name)) from exc
    return kept
