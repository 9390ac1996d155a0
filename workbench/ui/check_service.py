"""The window's side of the checking process (``workbench.checker.service``), used for large
libraries: the check runs in another process, so the window's thread never waits for it."""
from __future__ import annotations

import os
import pickle
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..pipes import read_message, write_frame, write_message

if TYPE_CHECKING:
    import subprocess

# Libraries with at least this many clauses are checked in a separate process; smaller ones
# (the built-in library has about 220) in a thread, which costs nothing to start.
PROCESS_AT_LEAST = 1000


class CheckServiceError(RuntimeError):
    """The checking process could not be started or stopped answering."""


class CheckService:
    """A checking process for the workspace at ``path``, started when first needed."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._process: subprocess.Popen | None = None
        self._errors = None
        self._lock = threading.Lock()
        self._closed = False

    def analyse(self, snapshot):
        """(report, graph) of the draft in ``snapshot`` (a pickle, or a ``core.snapshot``; blocks:
        call it off the GUI thread)."""
        answer = self._ask(snapshot if isinstance(snapshot, bytes) else
                           pickle.dumps(snapshot, protocol=pickle.HIGHEST_PROTOCOL))
        return answer[1], answer[2]

    def impact(self, snapshot, article_id: str, edit):
        """What ``edit`` (removing or moving ``article_id``) would break in the draft of ``snapshot``:
        an ``Impact``, or None when the article keeps its number (blocks: off the GUI thread)."""
        return self._ask(pickle.dumps(("impact", snapshot, article_id, edit),
                                      protocol=pickle.HIGHEST_PROTOCOL))[1]

    def _ask(self, request: bytes):
        with self._lock:
            if self._closed:
                raise CheckServiceError(QCoreApplication.translate("CheckService", "the window is closing"))
            process = self._ensure()
            try:
                write_frame(process.stdin, request)
                answer = read_message(process.stdout)
            except (OSError, EOFError, pickle.UnpicklingError) as exc:
                self._stop()
                raise CheckServiceError(QCoreApplication.translate(
                    "CheckService", "the checking process stopped ({0})").format(self._last_error() or exc)) from exc
        if answer[0] != "ok":
            raise CheckServiceError(answer[1])          # a core Message: message_of translates it
        return answer

    def _ensure(self) -> subprocess.Popen:
        import subprocess          # here, not at start: the first check comes after the window shows
        import tempfile

        if self._process is not None and self._process.poll() is None:
            return self._process
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        self._errors = tempfile.TemporaryFile()
        try:
            self._process = subprocess.Popen([sys.executable, "-m", "workbench.checker.service", str(self.path)],
                                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._errors,
                                             env=env)
        except OSError as exc:
            raise CheckServiceError(QCoreApplication.translate(
                "CheckService", "the checking process could not be started ({0})").format(exc)) from exc
        return self._process

    def _last_error(self) -> str:
        if self._errors is None:
            return ""
        try:
            self._errors.seek(0)
            lines = self._errors.read().decode("utf-8", "replace").strip().splitlines()
        except OSError:
            return ""
        return lines[-1] if lines else ""

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        try:
            write_message(process.stdin, None)
            process.stdin.close()
        except OSError:
            pass
        import subprocess

        try:
            process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        try:
            process.stdout.close()
        except OSError:
            pass

    def close(self) -> None:
        """Stop the process (the window is closing); a check running now is not waited for."""
        self._closed = True
        if self._lock.acquire(timeout=0.1):
            try:
                self._stop()
            finally:
                self._lock.release()
        elif self._process is not None:
            self._process.kill()        # a check is running: the process goes, the worker gets EOF


def service_for(workspace) -> CheckService | None:
    """A checking process for ``workspace`` when its library is large, else None (check in a thread)."""
    try:
        count = workspace.db.execute("SELECT count(*) FROM clauses").fetchone()[0]
    except Exception:  # noqa: BLE001 - a workspace that cannot say is checked in a thread
        return None
    return CheckService(workspace.path) if count >= PROCESS_AT_LEAST else None
