"""The integrity check a workspace gets on opening, started ahead in a thread.

Kept apart from ``workspace.py`` and importing nothing of the workbench but ``paths``: the
application starts it first thing, before importing the window code (Qt among it), so that the
check of a large file runs during those imports rather than after them.
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from ..paths import default_workspace


def _file_state(path: Path) -> tuple:
    """What writing the file or its write-ahead log changes: inode, size and time of each (an
    empty log, as a read-only connection leaves behind, is no log)."""
    state = []
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            st = part.stat()
            state.append((st.st_ino, st.st_size, st.st_mtime_ns) if st.st_size or part == path else None)
        except OSError:
            state.append(None)
    return tuple(state)


_checks_ahead: dict[str, tuple[tuple, threading.Thread, list[str]]] = {}


def check_ahead(path: Path | str | None) -> None:
    """Start the integrity check ``Workspace.open(path)`` makes, in a thread, on a read-only connection.

    SQLite checks without holding Python's lock, so the application calls this first and imports
    its window code meanwhile (a 120 MB workspace takes ~0.1 s to check). ``open`` then takes the
    verdict instead of checking again, but only an "ok" for the file as it still is (same inode,
    size and time of the file and its log); otherwise, or if this check could not run, it checks
    the file itself, exactly as without this call.
    """
    path = Path(path) if path else default_workspace()
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return
        key = str(path.resolve())
        uri = path.resolve().as_uri() + "?mode=ro"
    except (OSError, ValueError):
        return
    state, verdict = _file_state(path), []

    def check() -> None:
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=10)
            try:
                verdict.append(conn.execute("PRAGMA quick_check(1)").fetchone()[0])
            finally:
                conn.close()
        except (sqlite3.Error, ValueError):
            pass                          # open() checks the file itself and reports the problem

    thread = threading.Thread(target=check, name="workspace-check", daemon=True)
    thread.start()
    _checks_ahead[key] = (state, thread, verdict)


def checked_ahead(path: Path) -> bool:
    """True when ``check_ahead`` found the file sound and it has not changed since."""
    try:
        entry = _checks_ahead.pop(str(path.resolve()), None)
    except OSError:
        return False
    if entry is None:
        return False
    state, thread, verdict = entry
    thread.join()
    return verdict == ["ok"] and _file_state(path) == state
