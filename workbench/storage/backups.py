"""Backups of a workspace: checked copies of its last good states, offered when the file is not usable.

``write_backup(workspace)`` copies an open workspace with SQLite's online backup API into a
temporary file, checks the copy (SQLite's own check, and every text a drafter wrote read back as
UTF-8, which SQLite's checks do not do), and only then puts it in place as ``<name>.backup``. The
previous backup becomes ``<name>.backup.1`` and so on: ``files.BACKUP_GENERATIONS`` generations
are kept. A backup is never replaced by a copy of a workspace that showed damage, by an empty
workspace when the backup holds work, or by anything that is not a sound workspace.

When a workspace cannot be opened, ``find_backup(path)`` / ``list_backups(path)`` say which
backups are usable, and ``restore_backup(path)`` puts one in place: the restored copy is written
completely before the old file (and its log) is renamed aside, so a kill at any moment leaves
either the old file or the restored one, and a backup: nothing is ever deleted.
"""
from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..core.messages import msg
from ..files import BACKUP_GENERATIONS, backup_files, backup_path, check_target, companions, sync_folder
from . import schema
from .private import create_private
from .workspace import Workspace, WorkspaceError

#: The tables that hold what drafters wrote (the library's own clauses can be read again from clauses/).
_DRAFTER_TEXT = ("SELECT * FROM drafts", "SELECT * FROM nodes", "SELECT * FROM versions",
                 "SELECT * FROM meta", "SELECT * FROM clause_history",
                 "SELECT * FROM clauses WHERE user_modified = 1")


@dataclass
class Backup:
    path: Path
    modified: _dt.datetime
    generation: int = 0
    drafts: int = 0
    versions: int = 0

    def label(self) -> str:
        return self.modified.strftime("%Y-%m-%d %H:%M")


def _problem(conn: sqlite3.Connection) -> str | None:
    """Why the database on ``conn`` is not a sound workspace, or None."""
    try:
        check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if check != "ok":
            return check
        if conn.execute("PRAGMA application_id").fetchone()[0] not in (0, schema.APPLICATION_ID):
            return "not a workspace of this program"
        for sql in _DRAFTER_TEXT:
            for _row in conn.execute(sql):
                pass
    except (sqlite3.Error, ValueError) as exc:
        return str(exc)
    return None


def _work(conn: sqlite3.Connection) -> tuple:
    """What a drafter made in the workspace on ``conn``: (draft revisions, versions, clause changes)."""
    drafts = tuple(conn.execute("SELECT id, revision FROM drafts ORDER BY id").fetchall())
    versions = conn.execute("SELECT count(*) FROM versions").fetchone()[0]
    history = conn.execute("SELECT count(*) FROM clause_history").fetchone()[0]
    return drafts, versions, history


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)


def _examine(path: Path, generation: int) -> Backup | None:
    """``path`` as a Backup if it is a sound workspace, else None (read through SQLite only)."""
    try:
        conn = _read_only(path)
        try:
            if _problem(conn) is not None:
                return None
            drafts, versions, _history = _work(conn)
        finally:
            conn.close()
        modified = _dt.datetime.fromtimestamp(path.stat().st_mtime)
    except (OSError, sqlite3.Error, ValueError):
        return None
    return Backup(path, modified, generation, len(drafts), versions)


def copy_workspace(workspace: Workspace, target: Path | str, *, as_backup: bool = False) -> Path:
    """Write a complete, checked copy of the open ``workspace`` to ``target`` (it stays open).

    The copy is written to a temporary file beside the target and renamed over it only when
    complete and checked, so a full disk or a failure never leaves a half-written workspace
    behind. File ▸ Save a copy and the backups both use it; the target may not be the workspace
    or any file of it (``files.check_target``), except its own backups when ``as_backup``.
    """
    target = Path(target)
    if not as_backup:
        check_target(target)
    if not target.parent.is_dir():
        raise WorkspaceError(msg("{folder}: no such folder", folder=target.parent))
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        create_private(partial)
        destination = sqlite3.connect(str(partial))
        try:
            workspace.db.conn.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
            problem = _problem(destination)
        finally:
            destination.close()
        if problem is not None:
            partial.unlink(missing_ok=True)
            raise WorkspaceError(msg("{path}: the copy is damaged ({reason})", path=target, reason=problem))
        os.replace(partial, target)
        sync_folder(target.parent)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise WorkspaceError(msg("{path}: the copy could not be written ({reason})", path=target,
                                 reason=reason)) from exc
    return target


def write_backup(workspace: Workspace) -> Path | None:
    """Refresh the backup of ``workspace``, keeping earlier generations; None when nothing was written
    because the workspace holds no work and the backup does (an empty copy never replaces work).

    Raises WorkspaceError when the workspace showed damage in this session or the copy is not
    sound: the backups stay as they were.
    """
    if workspace.damage_seen:
        raise WorkspaceError(msg("{path}: the backup was not refreshed, because the workspace showed damage "
                                 "({reason}); the earlier backups are kept", path=workspace.path,
                                 reason=workspace.damage_seen))
    newest = backup_path(workspace.path)
    staged = newest.with_name(newest.name + ".new")
    copy_workspace(workspace, staged, as_backup=True)
    try:
        current = _examine(newest, 0) if newest.exists() else None
        conn = _read_only(staged)
        try:
            work = _work(conn)
        finally:
            conn.close()
        if current is not None:
            conn = _read_only(newest)
            try:
                previous = _work(conn)
            finally:
                conn.close()
            holds_work = bool(previous[0] or previous[1] or previous[2])
            if not (work[0] or work[1] or work[2]) and holds_work:
                staged.unlink(missing_ok=True)
                return None
            if work != previous:
                _rotate(workspace.path)
        os.replace(staged, newest)
        sync_folder(newest.parent)
    except (sqlite3.Error, OSError) as exc:
        staged.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise WorkspaceError(msg("{path}: the backup could not be written ({reason})", path=newest,
                                 reason=reason)) from exc
    return newest


def _rotate(path: Path) -> None:
    """Shift the backups one generation older (the oldest kept is dropped)."""
    for generation in range(BACKUP_GENERATIONS - 1, 0, -1):
        older, newer = backup_path(path, generation), backup_path(path, generation - 1)
        if newer.exists():
            os.replace(newer, older)


def list_backups(path: Path | str) -> list[Backup]:
    """The usable backups of the workspace at ``path``, newest generation first."""
    path = Path(path)
    found = []
    for candidate in backup_files(path):
        generation = 0 if candidate.name.endswith(".backup") else int(candidate.name.rsplit(".", 1)[1])
        backup = _examine(candidate, generation)
        if backup is not None:
            found.append(backup)
    return found


def find_backup(path: Path | str) -> Backup | None:
    """The newest usable backup of the workspace at ``path``, or None."""
    backups = list_backups(path)
    return backups[0] if backups else None


def restore_backup(path: Path | str, backup: Backup | None = None) -> Path | None:
    """Put ``backup`` (the newest usable one by default) in place of the workspace at ``path``.

    Returns where the file it replaced was kept (None if there was none). The restored copy is
    complete before anything is renamed; the old file and its log are kept beside it.
    """
    path = Path(path)
    backup = backup or find_backup(path)
    if backup is None:
        raise WorkspaceError(msg("{path}: there is no usable backup ({backup})", path=path,
                                 backup=backup_path(path).name))
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    partial = path.with_name(path.name + ".restoring")
    try:
        partial.unlink(missing_ok=True)
        create_private(partial)
        source = _read_only(backup.path)
        try:
            destination = sqlite3.connect(str(partial))
            try:
                source.backup(destination)
                problem = _problem(destination)
            finally:
                destination.close()
        finally:
            source.close()
        if problem is not None:
            raise sqlite3.DatabaseError(problem)
        moved = None
        if path.exists():
            os.replace(path, kept)
            moved = kept
        for companion in companions(path):   # a stale log of the old file must not be applied to the backup
            if companion.exists():
                os.replace(companion, Path(str(kept) + companion.name[len(path.name):]))
        os.replace(partial, path)
        sync_folder(path.parent)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise WorkspaceError(msg("{path}: the backup could not be restored ({reason}); the file that was there is "
                                 "kept as {kept}", path=path, reason=reason, kept=kept.name)) from exc
    return moved
