"""Opening a workspace file: what the file is, decided by SQLite alone, and the connection to it.

Nothing here opens the file outside SQLite (``workbench.files`` says why): whether it is a
database, whose, and which format version is read with ``PRAGMA``s on the connection, and a file
that is not a current workspace is refused *before* anything is written to it:

- missing or empty while a backup exists: ``MissingWorkspaceError`` (the backup is offered;
  a new empty workspace is never silently made in its place);
- not SQLite or a garbled header: ``NotAWorkspaceError``; another program's database (another
  application id, or tables of its own and none of ours): ``NotAWorkspaceError``, untouched;
- newer format: ``NewerWorkspaceError``; locked: ``BusyWorkspaceError``;
- a file, folder or disk that cannot be written: opened read-only (``read_only``), not "damaged".
"""
from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from ..core.messages import msg
from ..files import backup_files, companions
from . import schema
from .private import create_private, tighten
from .errors import (DamagedWorkspaceError, MissingWorkspaceError, NewerWorkspaceError, NotAWorkspaceError,
                     WorkspaceError, reading_error)

#: Tables every workspace has; a database with tables of its own and none of these is not one.
WORKSPACE_TABLES = {"meta", "drafts", "nodes"}
BUSY_MS = 10000


@dataclass
class Opened:
    conn: sqlite3.Connection
    existed: bool              # the file held a workspace already (False: new, to be filled)
    read_only: bool
    read_only_reason: str = ""


def _writable(path: Path) -> bool:
    """Whether this process can write ``path`` and make the log and shared-memory files beside it."""
    folder_ok = os.access(path.parent, os.W_OK)
    if path.exists() and not os.access(path, os.W_OK):
        return False
    if folder_ok:
        return True
    return all(c.exists() and os.access(c, os.W_OK) for c in companions(path)[:2])


def _repair_companion_modes(path: Path) -> None:
    """A ``-shm`` or ``-wal`` left read-only by a read-only session keeps a writable workspace
    unwritable: give it the workspace file's permissions again (its content is untouched)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return
    for companion in companions(path)[:2]:
        try:
            own = stat.S_IMODE(companion.stat().st_mode)
            if mode & stat.S_IWUSR and (own & stat.S_IWUSR == 0 or not os.access(companion, os.W_OK)):
                os.chmod(companion, mode)
        except OSError:
            pass


def sqlite_connection(path: Path, read_only: bool) -> sqlite3.Connection:
    """A connection to ``path``; ``read_only`` ones fall back to an immutable read on a read-only disk."""
    if not read_only:
        return sqlite3.connect(str(path), timeout=BUSY_MS / 1000, check_same_thread=False)
    uri = path.absolute().as_uri()
    conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=BUSY_MS / 1000, check_same_thread=False)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError as exc:
        # A write-ahead-log workspace on a read-only disk without its shared-memory file:
        # nobody can be writing it, so it is read as an immutable file.
        if "unable to open" not in str(exc):
            raise
        conn.close()
        conn = sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, timeout=BUSY_MS / 1000,
                               check_same_thread=False)
    return conn


def _inspect(path: Path, checked: bool) -> bool:
    """Raise unless ``path`` holds a sound workspace of this program (or nothing yet); True if it holds one.

    Read on a read-only connection: closing a read-only connection never checkpoints, so a file
    refused here (damaged, foreign) keeps its content and its log exactly as they were.
    """
    try:
        conn = sqlite_connection(path, read_only=True)
    except sqlite3.Error as exc:
        raise reading_error(path, exc) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if not row[0].startswith("sqlite_")}
        if app_id not in (0, schema.APPLICATION_ID) or (app_id == 0 and tables and not WORKSPACE_TABLES <= tables):
            raise NotAWorkspaceError(msg("{path}: this SQLite file belongs to another program; it was left "
                                         "unchanged", path=path))
        if version > schema.FORMAT_VERSION:
            raise NewerWorkspaceError(msg("{path}: written by a newer version of Treaty Workbench (format {format}; "
                                          "this version reads up to {readable}). Update the program to open it.",
                                          path=path, format=version, readable=schema.FORMAT_VERSION))
        if tables and not checked:
            check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if check != "ok":
                raise DamagedWorkspaceError(msg("{path}: the workspace is damaged ({reason})", path=path,
                                                reason=check))
    except (sqlite3.DatabaseError, ValueError) as exc:   # ValueError: a non-UTF-8 message from a garbled file
        raise reading_error(path, exc) from exc
    finally:
        conn.close()
    return bool(tables)


def connect(path: Path, *, create: bool, read_only: bool = False, start_over: bool = False,
            checked: bool = False) -> Opened:
    """A connection to the workspace at ``path``, after making sure the file is one (see the module).

    ``start_over``: the drafter chose to start a new workspace where one is missing although its
    backups exist (they are kept: an empty workspace never replaces a backup holding work).
    ``checked``: the file's integrity was checked just before (``storage.check_ahead``).
    """
    try:
        exists = path.exists()
        if path.is_dir():
            raise WorkspaceError(msg("{path}: this is a folder, not a workspace file", path=path))
        if exists and not path.is_file():
            raise NotAWorkspaceError(msg("{path}: this is not a Treaty Workbench workspace (not a regular file)",
                                         path=path))
        size = path.stat().st_size if exists else 0
    except OSError as exc:
        raise WorkspaceError(msg("{path}: cannot be read ({reason})", path=path, reason=exc.strerror or exc)) from exc
    if size == 0:
        backups = backup_files(path)
        if backups and not start_over:
            raise MissingWorkspaceError(msg("{path}: the workspace file is missing or empty, but its backup {backup} "
                                            "exists: restore the backup (nothing was created)", path=path,
                                            backup=backups[0].name))
        if not create:
            raise MissingWorkspaceError(msg("{path}: no such workspace file", path=path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(msg("{folder}: cannot create the folder ({reason})", folder=path.parent,
                                     reason=exc.strerror)) from exc
        if not read_only:
            try:
                create_private(path)        # (SQLite would create it readable by everyone)
            except OSError:
                pass                        # (SQLite says why the file cannot be made)
    else:
        tighten(path, *companions(path)[:2], *backup_files(path))
    reason = ""
    if not read_only and exists and not _writable(path):
        read_only, reason = True, "medium"
    existed = _inspect(path, checked) if size else False
    if not read_only and exists:
        _repair_companion_modes(path)
    try:
        conn = sqlite_connection(path, read_only)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    except sqlite3.Error as exc:
        raise reading_error(path, exc) from exc
    return Opened(conn, existed, read_only, reason)
