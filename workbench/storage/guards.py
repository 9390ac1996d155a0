"""How the workspace turns what SQLite or a damaged file raises into a WorkspaceError naming the file."""
from __future__ import annotations

import functools
import sqlite3

from .errors import DamagedWorkspaceError, WorkspaceError, reading_error, writing_error


def reads(method):
    """What a damaged file makes SQLite or the JSON decoder raise, as a WorkspaceError naming the file.

    SQLite keeps no checksums: a zeroed or garbled page inside a row's text passes the check made
    on opening and only shows when the row is read (tests/reliability/test_damaged_workspace.py).
    The workspace remembers that it saw damage: its backup is then never refreshed from it.
    """
    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except WorkspaceError:
            raise
        except (sqlite3.DatabaseError, ValueError) as exc:
            error = reading_error(self.path, exc)
            if isinstance(error, DamagedWorkspaceError):
                self.damage_seen = str(error)
            raise error from exc
    return guarded


def writes(method):
    """A write that SQLite refuses (read-only, full disk, locked, damaged) as a WorkspaceError saying
    that nothing was saved."""
    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        if self.read_only:
            raise writing_error(self.path, sqlite3.OperationalError("readonly"), read_only=True)
        try:
            return method(self, *args, **kwargs)
        except WorkspaceError:
            raise
        except sqlite3.DatabaseError as exc:
            error = writing_error(self.path, exc)
            if isinstance(error, DamagedWorkspaceError):
                self.damage_seen = str(error)
            raise error from exc
    return guarded
