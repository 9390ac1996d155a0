"""A whole GUI session (search, add a clause, edit, export, undo, close) opens no network socket.

The session runs the real application in a child process (``gui_child.py``). Two witnesses:
an audit hook installed in the child before anything is imported records every socket Python
creates and every connect, name lookup, urllib or http.client call; and, where ``strace`` is
available, the kernel's view of every ``socket``/``connect`` call of the process and its threads
(so that a connection made by C++ code, e.g. Qt's, is seen too). Local (AF_UNIX) sockets are
allowed, inet ones are not.

Verified to fail when a connection is attempted (each mutation run on a copy of the tree):
- ``socket.create_connection(("127.0.0.1", 9))`` (refused: nothing leaves the machine) added to
  ``MainWindow.__init__``: the audit hook reports getaddrinfo, the AF_INET socket and connect;
- a ``QtNetwork.QTcpSocket`` connecting there instead (C++, invisible to the audit hook): the test
  fails on "QtNetwork was imported", and with that assertion taken out, on strace's log
  (``socket(AF_INET, …)``, ``connect(…, {sa_family=AF_INET, …})``).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
INET = re.compile(r"socket\(AF_INET6?\b|connect\(\d+, \{sa_family=AF_INET6?\b|sendto\(\d+, .*AF_INET6?\b")


def _env(tmp_path: Path) -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", TREATY_WORKBENCH_HOME=str(tmp_path / "data"),
                XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "share"))


def _strace_works() -> bool:
    if not shutil.which("strace"):
        return False
    probe = subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket", "-o", os.devnull, "true"],
                           capture_output=True, timeout=30)
    return probe.returncode == 0


@pytest.mark.gui
@pytest.mark.slow
def test_a_whole_gui_session_opens_no_network_socket(workspace_path, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    log = tmp_path / "strace.log"
    command = [sys.executable, str(HERE / "gui_child.py"), "session", str(workspace_path), str(out)]
    traced = _strace_works()
    if traced:
        command = ["strace", "-f", "-qq", "-e", "trace=socket,connect,sendto", "-o", str(log)] + command
    done = subprocess.run(command, capture_output=True, text=True, timeout=240, env=_env(tmp_path),
                          cwd=HERE.parent.parent)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert "exception" not in report, report["exception"]
    # the session really happened
    assert report["search_hit"] and report["added"] and report["edited"]
    assert report["articles"][1] == report["articles"][0] + 1
    assert report["exported"] > 5000 and (out / "session.docx").exists()
    assert report["title_after_undo"] != "Edited in the reliability test"
    # and nothing reached for the network
    assert report["network"] == [], report["network"]
    assert not report["qt_network_loaded"], "QtNetwork was imported"
    if traced:
        inet = [line for line in log.read_text().splitlines() if INET.search(line)]
        assert inet == [], "\n".join(inet[:10])
