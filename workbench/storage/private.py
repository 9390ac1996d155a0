"""Workspace files are private to their owner: created mode 0600 (the workspace, its copies and
backups; SQLite gives its journal files the workspace's mode), and an existing one readable by
others is tightened when its owner opens it. Drafts under negotiation are confidential.

On systems without POSIX permissions (Windows) nothing is changed: the folder's access rules apply.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE = 0o600


def _posix() -> bool:
    return os.name == "posix" and hasattr(os, "getuid")


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist (then SQLite fills it)."""
    if not _posix():
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    except FileExistsError:
        tighten(path)
        return
    try:
        os.fchmod(fd, PRIVATE)
    finally:
        os.close(fd)


def tighten(*paths: Path) -> None:
    """Take away the group's and others' access to each of ``paths`` that the current user owns
    (a file owned by someone else, or on a read-only medium, is left as it is)."""
    if not _posix():
        return
    for path in paths:
        try:
            info = os.stat(path)
            mode = stat.S_IMODE(info.st_mode)
            if info.st_uid == os.getuid() and stat.S_ISREG(info.st_mode) and mode & 0o077:
                os.chmod(path, mode & 0o700)
        except OSError:
            continue
