"""Reading the library of a workspace file from any thread, and keeping the checker's reading of it.

The checker works in a thread (or a process) of its own, next to the window that has the
workspace open; it reads the clauses it needs through short-lived connections of its own (SQLite
lets several readers and one writer share a file in WAL mode). What it stores here, per clause,
is opaque text (JSON made by ``workbench.checker.stored``) valid for one ``version``; the
workspace drops a clause's row itself when the clause changes (triggers of migration 0003).
"""
from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from ..core.library import Clause
from ..core.messages import msg
from .opening import sqlite_connection
from .workspace import WorkspaceError

_ORDER = "ORDER BY (SELECT ord FROM sources WHERE sources.id = c.source), c.ord"
_BATCH = 500


class LibraryReader:
    """Library clauses and stored readings of the workspace file at ``path``."""

    def __init__(self, path: Path | str, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only      # a file on read-only media: read, never store
        self._lock = threading.Lock()

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = sqlite_connection(self.path, self.read_only)
        except sqlite3.Error as exc:
            raise WorkspaceError(msg("{path}: the library cannot be read ({reason})", path=self.path,
                                     reason=exc)) from exc
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            yield conn
        except (sqlite3.Error, ValueError) as exc:
            raise WorkspaceError(msg("{path}: the library could not be read ({reason}); the workspace may be damaged "
                                     "or in use: open a backup or a saved copy", path=self.path, reason=exc)) from exc
        finally:
            conn.close()

    def summaries(self, version: str) -> list[tuple[str, str | None]]:
        """(clause id, stored summary or None) of every clause, in library order."""
        with self._connection() as conn:
            return conn.execute(
                "SELECT c.id, a.summary FROM clauses c LEFT JOIN analysis_cache a "
                f"ON a.clause_id = c.id AND a.version = ? {_ORDER}", [version]).fetchall()

    def clause_data(self, ids: Iterable[str]) -> dict[str, str]:
        """The stored data (JSON text) of the clauses ``ids`` that are in the library."""
        return self._by_id("SELECT id, data FROM clauses WHERE id IN ({})", ids)

    def clauses(self, ids: Iterable[str] | None = None) -> dict[str, Clause]:
        """The clauses ``ids`` (all, in library order, when None); ids not in the library are left out."""
        if ids is None:
            with self._connection() as conn:
                rows = conn.execute(f"SELECT c.id, c.data FROM clauses c {_ORDER}").fetchall()
        else:
            rows = self.clause_data(ids).items()
        return {cid: Clause.from_dict(json.loads(data)) for cid, data in rows}

    def contents(self, version: str, ids: Iterable[str]) -> dict[str, str]:
        """The stored readings (content JSON) of ``ids`` that are valid for ``version``."""
        return self._by_id("SELECT clause_id, content FROM analysis_cache WHERE version = ? "
                           "AND clause_id IN ({})", ids, [version])

    def _by_id(self, sql: str, ids: Iterable[str], params: list | None = None) -> dict[str, str]:
        """{id: value} from ``sql`` (its ``{}`` receives the id placeholders), in batches of ids."""
        out: dict[str, str] = {}
        wanted = list(dict.fromkeys(ids))
        with self._connection() as conn:
            for start in range(0, len(wanted), _BATCH):
                batch = wanted[start:start + _BATCH]
                out.update(conn.execute(sql.format(",".join("?" * len(batch))), [*(params or []), *batch]).fetchall())
        return out

    def store(self, version: str, rows: Iterable[tuple[str, str, str, str]]) -> int:
        """Keep (clause id, clause data as read, summary, content) readings made for ``version``.

        A reading is kept only if the clause is still as it was read (a drafter may have pasted
        verified text in meanwhile). Returns how many were offered; 0 when the file cannot be
        written (a read-only workspace is checked all the same, only not faster next time)."""
        rows = list(rows)
        if not rows or self.read_only:
            return 0
        try:
            with self._lock, self._connection() as conn:
                with conn:
                    conn.executemany(
                        "INSERT OR REPLACE INTO analysis_cache (clause_id, version, summary, content) "
                        "SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM clauses WHERE id = ? AND data = ?)",
                        [(cid, version, summary, content, cid, data) for cid, data, summary, content in rows])
        except WorkspaceError:
            return 0
        return len(rows)
