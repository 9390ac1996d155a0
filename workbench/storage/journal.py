"""The typing journal: what a drafter typed and the window has not committed yet, kept at each keystroke.

The window commits typing when the drafter pauses or leaves a field (one undo step per pause);
until then the text lives in the field only. So that a window killed right after typing loses
nothing, each keystroke also writes the field's text to the workspace (one small row, in the
write-ahead log: a kill of the process keeps it), under the window's session. The row is removed
once the text is committed. When the workspace is next opened, rows whose session has ended are
offered back (``orphans``): the window applies those whose field still holds the text the typing
started from, and shows the others beside the stored text for the drafter to choose.
"""
from __future__ import annotations

import os
import socket
import sqlite3
from dataclasses import dataclass

from ..core.versions import now_iso

_HOST = socket.gethostname()


@dataclass
class Typed:
    """Text typed into one field of one node and not committed when its window ended."""

    session: str
    draft_id: str
    node_id: str
    field: str
    value: str
    base: str            # the field's text when the typing started
    at: str


def _alive(session: str) -> bool:
    host, _, rest = session.partition(":")
    pid = rest.partition(":")[0]
    if host != _HOST or not pid.isdigit():
        return True                       # another machine's window: never taken over from here
    if int(pid) == os.getpid():
        return True
    if os.name != "posix":
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


class TypingJournal:
    """The journal of one window's session on a workspace (writing never interrupts typing)."""

    def __init__(self, workspace):
        self.workspace = workspace
        self.session = f"{_HOST}:{os.getpid()}:{os.urandom(4).hex()}"

    def record(self, draft_id: str, node_id: str, field: str, value: str, base: str) -> bool:
        """Keep ``value`` as typed into ``field`` of ``node_id``; False if it could not be written."""
        if self.workspace.read_only or self.workspace.closed:
            return False
        try:
            with self.workspace.db.atomic():
                self.workspace.db.execute(
                    "INSERT INTO typing_journal (session, draft_id, node_id, field, value, base, at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session, draft_id, node_id, field) "
                    "DO UPDATE SET value = excluded.value, at = excluded.at",
                    [self.session, draft_id, node_id, field, value, base, now_iso()])
        except sqlite3.Error:
            return False
        return True

    def clear(self, draft_id: str, node_id: str, field: str) -> None:
        self._delete("draft_id = ? AND node_id = ? AND field = ?", [draft_id, node_id, field])

    def clear_for(self, draft_id: str, edit) -> None:
        """Forget the typing an edit carried (a SetFields of typed text), once it is resolved."""
        node_id, values = getattr(edit, "node_id", None), getattr(edit, "values", None)
        if node_id and values:
            for field in values:
                self.clear(draft_id, node_id, field)

    def clear_session(self) -> None:
        self._delete("1 = 1", [])

    def _delete(self, where: str, params: list) -> None:
        if self.workspace.read_only or self.workspace.closed:
            return
        try:
            with self.workspace.db.atomic():
                self.workspace.db.execute(f"DELETE FROM typing_journal WHERE session = ? AND {where}",
                                          [self.session, *params])
        except sqlite3.Error:
            pass

    def orphans(self) -> list[Typed]:
        """Typing of windows that ended without committing it (their process is gone)."""
        try:
            rows = self.workspace.db.execute("SELECT session, draft_id, node_id, field, value, base, at "
                                             "FROM typing_journal ORDER BY at").fetchall()
        except sqlite3.Error:
            return []
        return [Typed(*row) for row in rows if row[0] != self.session and not _alive(row[0])]

    def forget(self, typed: Typed) -> None:
        """Remove an orphan once it was applied or the drafter chose."""
        if self.workspace.read_only:
            return
        try:
            with self.workspace.db.atomic():
                self.workspace.db.execute("DELETE FROM typing_journal WHERE session = ? AND draft_id = ? AND "
                                          "node_id = ? AND field = ?",
                                          [typed.session, typed.draft_id, typed.node_id, typed.field])
        except sqlite3.Error:
            pass
