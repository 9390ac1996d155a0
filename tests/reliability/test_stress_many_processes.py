"""Many processes on one workspace, killed at random: nothing acknowledged is lost, nothing is damaged.

For a bounded number of rounds (``STRESS_ROUNDS``, default 6; run it with 60 locally), these run
at once on one workspace file: the real main window in a child process, editing steadily (titles
through its edit path, typing with key events; ``stress_window.py``); command-line processes adding
articles, moving them, saving versions and reading; a checking process (``workbench.checker.service``,
the one the window starts for large libraries) checking the draft. In each round one of them,
picked at random, is killed with SIGKILL at a random moment; the window is restarted, or closed
normally (which writes the backup). At the end: ``PRAGMA integrity_check`` is ok, every edit any
process acknowledged is in the file (or superseded by a later edit of the same process), every
acknowledged version and added article is there, and the backup opens as a sound workspace.

Verified to fail before the mends of issue 12: with the window reading the workspace's header
outside SQLite again (F1), a command reports "database disk image is malformed" within six rounds;
with commands editing a draft outside one write transaction, "changed by another window or
program" for an edit that touched nothing the window changed.
"""
from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from workbench.core.assemble import draft_from_source
from workbench.storage import Workspace
from workbench.storage.backups import find_backup

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ROUNDS = int(os.environ.get("STRESS_ROUNDS", "6"))
ADDED = "rcep/art-12.1"


class Window:
    """The window child: started, read in a thread, killed or closed."""

    def __init__(self, path: Path, draft_id: str, first_seq: int):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.process = subprocess.Popen([sys.executable, str(HERE / "stress_window.py"), str(path), draft_id,
                                         str(first_seq)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
        self.acks: list[tuple[str, int]] = []
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            line = line.strip()
            self.lines.append(line)
            if line == "ready":
                self.ready.set()
            elif line.startswith("ack "):
                _ack, node_id, seq = line.split()
                self.acks.append((node_id, int(seq)))

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self.reader.join(timeout=10)

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.process.stdin.write("quit\n")
                self.process.stdin.flush()
            except OSError:
                pass
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.kill()
        self.reader.join(timeout=10)


def _cli(path: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "workbench", "--workspace", str(path), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)


@pytest.mark.slow
def test_many_processes_killed_at_random_lose_nothing_acknowledged(workspace_path):
    from workbench.ui.check_service import CheckService, CheckServiceError

    rng = random.Random(int(os.environ.get("STRESS_SEED", "12")))
    path = workspace_path
    with Workspace.open(path) as ws:
        draft_id = ws.create_draft(draft_from_source("Stress", ws.clauses(source="coe-ai-convention"))).id
    acked_titles: dict[str, int] = {}
    acked_versions: list[str] = []
    acked_adds = 0
    service = CheckService(path)
    checks = {"ok": 0, "failed": 0}
    windows: list[Window] = []
    commands: list[tuple[str, str, subprocess.Popen]] = []
    try:
        for round_ in range(ROUNDS):
            window = Window(path, draft_id, round_ * 100_000)
            windows.append(window)
            assert window.ready.wait(60), "".join(window.process.stderr.readlines()[-20:])
            deadline = time.monotonic() + rng.uniform(1.5, 3.0)
            victim_at = time.monotonic() + rng.uniform(0.3, 1.4)
            victim = rng.choice(["window", "cli", "checker", "nobody"])
            killed = False
            n = 0
            while time.monotonic() < deadline:
                n += 1
                kind = rng.choice(["add", "version", "move", "show", "list"])
                label = f"stress-{round_}-{n}"
                args = {"add": ["draft", "add", draft_id, ADDED],
                        "version": ["version", "save", draft_id, "--label", label],
                        "move": ["draft", "move", draft_id, str(rng.randint(1, 30)), str(rng.randint(1, 30))],
                        "show": ["draft", "show", draft_id], "list": ["draft", "list"]}[kind]
                commands.append((kind, label, _cli(path, *args)))
                try:
                    with Workspace.open(path, read_only=True) as reader:
                        snapshot = reader.load_draft(draft_id)
                    service.analyse(__import__("pickle").dumps(snapshot))
                    checks["ok"] += 1
                except CheckServiceError:
                    checks["failed"] += 1
                if not killed and time.monotonic() >= victim_at:
                    killed = True
                    if victim == "window":
                        window.kill()
                    elif victim == "cli":
                        running = [p for _k, _l, p in commands if p.poll() is None]
                        if running:
                            os.kill(rng.choice(running).pid, signal.SIGKILL)
                    elif victim == "checker" and service._process is not None:
                        os.kill(service._process.pid, signal.SIGKILL)
                time.sleep(rng.uniform(0.0, 0.15))
            for kind, label, process in commands:
                out, err = process.communicate(timeout=120)
                if process.returncode == 0:
                    if kind == "version":
                        acked_versions.append(label)
                    elif kind == "add":
                        acked_adds += 1
                elif process.returncode != -signal.SIGKILL:
                    assert "Traceback" not in err, err
                    assert "outside" in err or "already at position" in err or "locked" in err, (kind, err)
            commands.clear()
            if window.process.poll() is None:
                window.close() if rng.random() < 0.5 or round_ == ROUNDS - 1 else window.kill()
            assert "conflict" not in window.lines, "an edit that touches nothing else collided"
            for node_id, seq in window.acks:
                acked_titles[node_id] = max(seq, acked_titles.get(node_id, -1))
    finally:
        for window in windows:
            if window.process.poll() is None:
                window.kill()
        for _k, _l, process in commands:
            if process.poll() is None:
                process.kill()
        service.close()

    assert acked_titles and checks["ok"], (acked_titles, checks)
    with Workspace.open(path) as ws:
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        draft = ws.load_draft(draft_id)
        for node_id, seq in acked_titles.items():
            stored = re.fullmatch(r"w(\d+)", draft.find(node_id).title)
            assert stored and int(stored.group(1)) >= seq, f"acknowledged title w{seq} of {node_id} lost"
        labels = {v.label for v in ws.versions(draft_id, snapshots=False)}
        assert set(acked_versions) <= labels, set(acked_versions) - labels
        assert sum(1 for a in draft.articles() if a.derived_from == ADDED) >= acked_adds
    backup = find_backup(path)
    assert backup is not None, "no sound backup after the window closed normally"
    copy = path.with_name("backup-check.treaty")
    copy.write_bytes(backup.path.read_bytes())
    with Workspace.open(copy, sync_library=False) as ws:
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ws.load_draft(draft_id).articles()
