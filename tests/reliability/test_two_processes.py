"""Two processes on one workspace: no corruption, a clear conflict for a stale writer, consistent reads.

Verified to fail without their protection (each mutation run on a copy of the tree):
- the revision check dropped from ``Workspace._persist`` (``AND (? IS NULL OR revision = ?)``):
  the stale writer's edit is saved over the other process's ("ack 1" instead of an error);
- the busy timeout removed (``timeout=0``, no ``PRAGMA busy_timeout``): a writer fails with
  "database is locked";
- ``load_draft`` reading the draft row and its nodes outside one read transaction (as it did
  before this test found it): "torn read at step 272" (4 runs out of 4).
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.core.assemble import draft_from_source
from workbench.storage import Workspace

from edit_stream import replay, step_edit, stored_step

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def _writer(path: Path, draft_id: str, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(HERE / "writer_child.py"), str(path), draft_id, *extra],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT, text=True)


def test_a_stale_writer_in_another_process_gets_a_conflict(workspace_path):
    with Workspace.open(workspace_path) as ws:
        draft = ws.create_draft(draft_from_source("Shared", ws.clauses(source="coe-ai-convention")))
    stale = _writer(workspace_path, draft.id, "1", "wait")
    try:
        assert stale.stdout.readline().strip() == "loaded", stale.stderr.read()
        with Workspace.open(workspace_path, sync_library=False) as ws:
            mine = ws.load_draft(draft.id)
            ws.apply(mine, step_edit(mine, 1))
        out, err = stale.communicate("go\n", timeout=60)
    finally:
        if stale.poll() is None:
            stale.kill()
            stale.wait()
    assert stale.returncode == 3, (out, err)
    assert out.startswith("error ") and "changed by another window or program" in out, out
    with Workspace.open(workspace_path, sync_library=False) as ws:
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ws.load_draft(draft.id).to_dict() == mine.to_dict()


@pytest.mark.slow
def test_concurrent_writers_and_a_reader_share_the_file_safely(workspace_path):
    steps = 300
    with Workspace.open(workspace_path) as ws:
        clauses = ws.clauses(source="coe-ai-convention")
        first = ws.create_draft(draft_from_source("First", clauses))
        second = ws.create_draft(draft_from_source("Second", clauses))
    mirrors = {first.id: first.copy(), second.id: second.copy()}
    writers = [_writer(workspace_path, first.id, str(steps)), _writer(workspace_path, second.id, str(steps))]
    reads = 0
    try:
        with Workspace.open(workspace_path, sync_library=False) as reader:
            deadline = time.monotonic() + 120
            while any(w.poll() is None for w in writers) and time.monotonic() < deadline:
                for draft_id, mirror in mirrors.items():
                    seen = reader.load_draft(draft_id)
                    assert stored_step(seen) >= stored_step(mirror), "a read went back in time"
                    replay(mirror, stored_step(seen))
                    assert seen.to_dict() == mirror.to_dict(), f"torn read at step {stored_step(seen)}"
                    reads += 1
        results = [w.communicate(timeout=60) for w in writers]
    finally:
        for w in writers:
            if w.poll() is None:
                w.kill()
                w.wait()
    for writer, (out, err) in zip(writers, results):
        assert writer.returncode == 0 and out.rstrip().endswith("done"), (out[-500:], err[-2000:])
    assert reads > 10, "the reader never overlapped the writers"
    with Workspace.open(workspace_path, sync_library=False) as ws:
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for draft_id, mirror in mirrors.items():
            stored = ws.load_draft(draft_id)
            assert stored_step(stored) == steps
            assert stored.to_dict() == replay(mirror, steps).to_dict()
