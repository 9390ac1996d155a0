"""What can go wrong with a workspace file, each kind a class, so that callers decide by kind.

Every error carries a message for the drafter (``core.messages.msg``) naming the file. The window
offers the backup for the kinds marked ``recoverable`` (the file is not a readable current
workspace: damaged, missing, garbled, foreign), never for a file that is only busy, read-only or
from a newer version of the program.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from ..core.messages import msg


class WorkspaceError(RuntimeError):
    """A workspace that cannot be opened or written, with a message naming the problem."""

    #: Whether restoring a backup could help (the window offers it).
    recoverable = False


class ConflictError(WorkspaceError):
    """The draft was changed by another program since it was loaded."""


class EditConflict(ConflictError):
    """An edit touches what another program changed since the draft was loaded: the drafter chooses.

    ``fresh`` is the draft as now stored; ``change`` what the edit touched on the draft as loaded."""

    def __init__(self, message, fresh, change):
        super().__init__(message)
        self.fresh, self.change = fresh, change


class DamagedWorkspaceError(WorkspaceError):
    """The file is an SQLite workspace whose content cannot be read back."""

    recoverable = True


class MissingWorkspaceError(WorkspaceError):
    """There is no workspace file (or an empty one) where one is expected."""

    recoverable = True


class NotAWorkspaceError(WorkspaceError):
    """The file is not a Treaty Workbench workspace: not SQLite, a garbled header, another program's data."""

    recoverable = True


class NewerWorkspaceError(WorkspaceError):
    """The file was written by a newer version of the program."""


class BusyWorkspaceError(WorkspaceError):
    """Another program holds the file locked for longer than the workbench waits."""


class ReadOnlyWorkspaceError(WorkspaceError):
    """The workspace was opened read-only (read-only medium or file): a change was refused."""


class DiskFullError(WorkspaceError):
    """The disk is full: the change was not saved."""


def _reason(exc: BaseException) -> str:
    return str(exc).lower()


def disk_full(path: Path) -> bool:
    """Whether the disk holding ``path`` has (almost) no space left: SQLite then reports an I/O error
    while opening (it cannot make its shared-memory file), which is no damage to the workspace."""
    try:
        return shutil.disk_usage(Path(path).absolute().parent).free < 256 * 1024
    except OSError:
        return False


def reading_error(path: Path, exc: BaseException) -> WorkspaceError:
    """The WorkspaceError for what SQLite (or the decoder) raised while reading ``path``."""
    reason = _reason(exc)
    if "i/o error" in reason and disk_full(path):
        reason = "disk is full"
    if "not a database" in reason:
        return NotAWorkspaceError(msg("{path}: this is not a Treaty Workbench workspace (not an SQLite file, or its "
                                      "header is damaged)", path=path))
    if "locked" in reason or "busy" in reason:
        return BusyWorkspaceError(msg("{path}: the workspace is locked by another program; close it there, or try "
                                      "again in a moment", path=path))
    if "disk is full" in reason or "database or disk is full" in reason:
        return DiskFullError(msg("{path}: the disk is full; free some space and try again (nothing was changed)",
                                 path=path))
    if "unable to open" in reason or "readonly" in reason or "read-only" in reason:
        return WorkspaceError(msg("{path}: the workspace cannot be read ({reason})", path=path, reason=exc))
    return DamagedWorkspaceError(msg("{path}: the workspace could not be read ({reason}); it may be damaged: open a "
                                     "backup or a saved copy", path=path, reason=exc))


def writing_error(path: Path, exc: BaseException, *, read_only: bool = False) -> WorkspaceError:
    """The WorkspaceError for what SQLite raised while writing to ``path`` (nothing was saved)."""
    reason = _reason(exc)
    if "i/o error" in reason and disk_full(path):
        reason = "disk is full"
    if read_only or "readonly" in reason or "read-only" in reason:
        return ReadOnlyWorkspaceError(msg("{path}: the workspace is open read-only (a read-only file, folder or "
                                          "disk); the change was not saved", path=path))
    if "disk is full" in reason or "database or disk is full" in reason:
        return DiskFullError(msg("{path}: the disk is full; free some space and try again (the change was not "
                                 "saved)", path=path))
    if "locked" in reason or "busy" in reason:
        return BusyWorkspaceError(msg("{path}: the workspace is locked by another program; the change was not "
                                      "saved, try again in a moment", path=path))
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return DamagedWorkspaceError(msg("{path}: the change could not be saved ({reason}); the workspace may be "
                                         "damaged: open a backup or a saved copy", path=path, reason=exc))
    return WorkspaceError(msg("{path}: the change could not be saved ({reason})", path=path, reason=exc))
