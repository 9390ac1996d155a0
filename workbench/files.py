"""Files the workbench writes, and the workspaces it holds open: what nothing may overwrite.

A workspace is an SQLite file plus its companions (``-wal``, ``-shm``, ``-journal``), its
backups (``.backup``, ``.backup.1`` …) and its precedent collection (``.precedents``, a database of
its own with its own companions, see ``precedents_path``). Two rules keep a drafter's work safe:

- While this process has a workspace open, nothing but SQLite may open that file. On POSIX,
  closing *any* descriptor of a file drops every lock the process holds on it; another process
  then believes it is the last user, checkpoints and deletes the write-ahead log while this one
  still writes into it (SQLite, "How To Corrupt An SQLite Database File", 2.2). ``hold`` and
  ``release`` record which files are open; readers of arbitrary files (importers) and writers
  (exports) ask ``refuse_live`` / ``check_target`` first.
- An export never replaces a workspace, its backups, their companions or any SQLite database
  (``check_target``), and it is written atomically (``atomic_write``): the target holds its old
  content or all of the new one, with the old file's permissions; a temporary file left by a
  killed export is removed by the next export to that folder.

Standard library only: storage, export and the window all use it.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import threading
import time
from pathlib import Path

from .core.messages import Message, msg

SQLITE_MAGIC = b"SQLite format 3\x00"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
_BACKUP_NAME = re.compile(r"^(?P<base>.+)\.backup(\.\d+)?(\.partial)?$")
PRECEDENTS_SUFFIX = ".precedents"
_PART_NAME = re.compile(r"^\.(?P<target>.+)\.(?P<pid>\d+)\.[a-z0-9_]+\.part$")
STALE_PART_SECONDS = 24 * 3600

_lock = threading.Lock()
_held: dict[tuple[int, int], list[Path]] = {}      # (device, inode) -> paths open through SQLite


class ProtectedFileError(PermissionError):
    """A file the workbench must not read or replace outside SQLite (a live workspace, a backup …)."""

    def __init__(self, message: Message, path: Path | str):
        super().__init__(errno.EPERM, message)
        self.path = Path(path)

    def __str__(self) -> str:
        return str(self.strerror)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def hold(path: Path | str) -> None:
    """Record that this process has the workspace at ``path`` open through SQLite."""
    path = Path(path)
    key = _identity(path)
    if key is not None:
        with _lock:
            _held.setdefault(key, []).append(path.absolute())


def release(path: Path | str) -> None:
    """Undo one ``hold`` of ``path`` (the connection was closed)."""
    path = Path(path).absolute()
    with _lock:
        for key, paths in list(_held.items()):
            if path in paths:
                paths.remove(path)
                if not paths:
                    del _held[key]
                return


def held_paths() -> list[Path]:
    with _lock:
        return [paths[0] for paths in _held.values()]


def is_held(path: Path | str) -> bool:
    """True when ``path`` is (another name of) a workspace this process has open."""
    key = _identity(Path(path))
    with _lock:
        return key is not None and key in _held


def companions(path: Path | str) -> list[Path]:
    """The files that belong to the workspace at ``path``: its log, shared memory, journal."""
    path = Path(path)
    return [path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _workspace_of(target: Path) -> Path | None:
    """The workspace ``target`` belongs to, by its name (``W-wal``, ``W.backup.2`` …), if ``W`` exists."""
    name = target.name
    for suffix in COMPANION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return target.with_name(name[:-len(suffix)])
    match = _BACKUP_NAME.match(name)
    if match:
        return target.with_name(match.group("base"))
    if name.endswith(PRECEDENTS_SUFFIX) and len(name) > len(PRECEDENTS_SUFFIX):
        return target.with_name(name[:-len(PRECEDENTS_SUFFIX)])
    return None


def precedents_path(workspace: Path | str) -> Path:
    """Where the precedent collection of the workspace at ``workspace`` is kept (``W.precedents``):
    a database of its own beside the workspace, so that importing never slows the drafting one."""
    workspace = Path(workspace)
    return workspace.with_name(workspace.name + PRECEDENTS_SUFFIX)


def refuse_live(path: Path | str, *, action: Message | None = None) -> None:
    """Raise ProtectedFileError if ``path`` is a workspace this process holds open, or one of its
    companions: reading it outside SQLite would drop the process's locks on it."""
    path = Path(path)
    live = is_held(path)
    if not live:
        base = _workspace_of(path)
        live = base is not None and is_held(base) and not _BACKUP_NAME.match(path.name)
    if live:
        raise ProtectedFileError(msg("{path}: this is the open workspace (or part of it); it cannot be used as a "
                                     "document", path=path), path)


def check_target(path: Path | str, *, allow_backup_of: Path | None = None) -> None:
    """Raise ProtectedFileError unless ``path`` may be replaced by an export or a copy.

    Refused: a workspace this process has open or any file of it (log, shared memory, journal,
    backup), the companions and backups of any workspace beside it, and any existing SQLite
    database (a workspace of another window, another program's data). ``allow_backup_of`` lets
    the backup writer replace the backups of that workspace.
    """
    path = Path(path)
    for live in held_paths():
        if _same_file(path, live) or any(_same_file(path, c) for c in companions(live)):
            raise ProtectedFileError(msg("{path}: this is the open workspace (or part of it); choose another file",
                                         path=path), path)
    base = _workspace_of(path)
    if base is not None and base.exists():
        if allow_backup_of is not None and _BACKUP_NAME.match(path.name) and _same_file(base, allow_backup_of):
            return
        raise ProtectedFileError(msg("{path}: this file belongs to the workspace {workspace}; choose another file",
                                     path=path, workspace=base.name), path)
    if allow_backup_of is None and _starts_with_sqlite(path):
        raise ProtectedFileError(msg("{path}: this file is a database (perhaps a workspace); an export never "
                                     "replaces one: choose another file", path=path), path)


def _starts_with_sqlite(path: Path) -> bool:
    """Whether an existing file (not one this process holds open) begins like an SQLite database."""
    if is_held(path):
        return True
    try:
        if not path.is_file():
            return False
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        return os.read(fd, len(SQLITE_MAGIC)) == SQLITE_MAGIC
    finally:
        os.close(fd)


# ----- atomic writes ------------------------------------------------------------------------------
def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":     # (Windows' os.kill would end the process)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_parts(folder: Path) -> list[Path]:
    """Remove temporary files of exports that never finished (their process is gone, or a day old)."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _PART_NAME.match(entry.name)
        if not match:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_PART_SECONDS
            if old or not _alive(int(match.group("pid"))):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


_umask_lock = threading.Lock()


def _default_mode() -> int:
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


def atomic_write(path: Path | str, data: bytes, *, allow_backup_of: Path | None = None) -> None:
    """Write ``data`` so that ``path`` holds either its old content or all of the new one.

    The target is checked first (``check_target``). A temporary file in the same folder is written,
    flushed, fsynced and checked for size, given the permissions of the file it replaces (or the
    usual ones for a new file), and renamed over the target; on any failure it is removed and the
    original file is untouched.
    """
    path = Path(path)
    check_target(path, allow_backup_of=allow_backup_of)
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale_parts(folder)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = _default_mode()
    try:
        handle = tempfile.NamedTemporaryFile(dir=folder, prefix=f".{path.name}.{os.getpid()}.", suffix=".part",
                                             delete=False)
    except OSError as exc:   # name the file the drafter chose, not the temporary one
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
    tmp = Path(handle.name)
    try:
        with handle:
            view = memoryview(data)
            while view:
                written = handle.write(view)
                if not written:
                    raise OSError(errno.ENOSPC, msg("no space left on device (nothing could be written)"), str(path))
                view = view[written:]
            handle.flush()
            os.fsync(handle.fileno())
            size = os.fstat(handle.fileno()).st_size
        os.chmod(tmp, mode)
        if size != len(data):
            raise OSError(errno.EIO, msg("only {written} of {size} bytes could be written", written=size,
                                         size=len(data)), str(path))
        os.replace(tmp, path)
    except OSError as exc:   # e.g. a full disk: say which file could not be written
        tmp.unlink(missing_ok=True)
        if isinstance(exc, ProtectedFileError):
            raise
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sync_folder(folder)


def sync_folder(folder: Path) -> None:
    """fsync a folder, so that a rename in it survives a power cut (where the system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# ----- backup names -------------------------------------------------------------------------------
BACKUP_SUFFIX = ".backup"
BACKUP_GENERATIONS = 5


def backup_path(path: Path | str, generation: int = 0) -> Path:
    """Where generation ``generation`` of the backups of the workspace at ``path`` is kept
    (0, the newest: ``W.backup``; then ``W.backup.1`` … older)."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX + (f".{generation}" if generation else ""))


def backup_files(path: Path | str) -> list[Path]:
    """The backup files of the workspace at ``path`` that exist, newest generation first."""
    return [candidate for candidate in (backup_path(path, g) for g in range(BACKUP_GENERATIONS))
            if candidate.is_file()]
