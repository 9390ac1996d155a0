"""Responsiveness lines (review F15): the window's thread during edits of a long draft, the CLI's
``draft move`` and ``library search`` of long queries.

    python -m benchmarks.run --only responsiveness           # 10,000 articles, 5,000/20,000 clauses
    python -m benchmarks.run --quick --only responsiveness   # small sizes, seconds

Each GUI line is the real main window driven offscreen by ``benchmarks.edit_probe`` (a child
process): the longest stretch the window's thread spent without returning to its event loop,
from the edit until its consequences were in (a held removal or move made, the check shown).
"""
from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .inputs import assemble_draft, build_workspace
from .stats import Result, Target

ROOT = Path(__file__).resolve().parent.parent
KINDS = ["select", "typing", "move up", "move down", "drag", "remove", "add clause", "undo", "redo"]


@dataclass
class Plan:
    articles: int
    libraries: tuple[int, int]     # the library of the edit lines, the larger one (first edit)
    rounds: int
    queries: tuple[int, ...]


FULL = Plan(10_000, (5_000, 20_000), 3, (10, 1_000, 20_000))
QUICK = Plan(300, (1_000, 2_000), 1, (10, 1_000, 5_000))


def _probe(path: Path, draft_id: str, rounds: int, env: dict, kinds: str | None = None) -> dict:
    args = [sys.executable, "-m", "benchmarks.edit_probe", str(path), draft_id, str(rounds)]
    out = subprocess.run(args + ([kinds] if kinds else []), cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=3600)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode or not lines:
        raise RuntimeError(f"edit probe failed (exit {out.returncode}): {out.stderr[-1500:]}")
    return json.loads(lines[-1])


def _workspace(folder: Path, base, clauses: int, articles: int):
    path = folder / f"responsive-{clauses}.treaty"
    path.unlink(missing_ok=True)
    ws = build_workspace(path, clauses, base)
    draft = ws.create_draft(assemble_draft(base, articles, f"Benchmark draft of {articles} articles"))
    ws.close()
    return path, draft.id


def measure(folder: Path, base, quick: bool, env: dict, log) -> list[Result]:
    plan = QUICK if quick else FULL
    if quick:
        env = dict(env, TREATY_PROBE_SETTLE_S="0.3", TREATY_PROBE_START_S="1.0")
    gui = [Target("p95", 0.100, "worst ≤ 100 ms")]
    out: list[Result] = []
    paths = {}
    for clauses in plan.libraries:
        log(f"responsiveness: {clauses:,}-clause workspace with a {plan.articles:,}-article draft")
        paths[clauses] = _workspace(folder, base, clauses, plan.articles)
    small, large = plan.libraries
    # the first edit after opening, on a fresh copy of each workspace
    for clauses in plan.libraries:
        path, draft_id = paths[clauses]
        fresh = path.with_name(f"first-{clauses}.treaty")
        shutil.copy(path, fresh)
        found = _probe(fresh, draft_id, 1, env, "first")
        out.append(Result(f"GUI thread: first edit after opening ({clauses:,} clauses, {plan.articles:,} articles)",
                          [ms / 1000 for ms in found["first edit"]], targets=gui,
                          note="longest stretch without the event loop"))
    path, draft_id = paths[small]
    work = path.with_name("edits.treaty")
    shutil.copy(path, work)
    found = _probe(work, draft_id, plan.rounds, env)
    for kind in KINDS:
        if kind in found:
            out.append(Result(f"GUI thread: {kind} ({plan.articles:,} articles, {small:,} clauses)",
                              [ms / 1000 for ms in found[kind]], targets=gui,
                              note=f"{len(found[kind])} edit(s); longest stretch without the event loop"))
    out.append(_cli_move(paths[small], plan, env))
    out += _searches(paths[large][0], plan, env)
    return out


def _cli_move(where: tuple[Path, str], plan: Plan, env: dict) -> Result:
    path, draft_id = where
    samples = []
    for i in range(3):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "workbench", "--workspace", str(path), "draft", "move",
                               draft_id, str(plan.articles // 2 + i), str(10 + i)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=600)
        samples.append(time.perf_counter() - start)
        if done.returncode:
            raise RuntimeError(f"draft move failed: {done.stderr[-800:]}")
    return Result(f"CLI draft move ({plan.articles:,} articles)", samples, unit="s",
                  targets=[Target("median", 1.0, "≤ ~1 s")], note="whole command, interpreter start included")


def _searches(path: Path, plan: Plan, env: dict) -> list[Result]:
    from workbench.storage import Workspace

    with Workspace.open(path, sync_library=False) as ws:
        words = " ".join(p.text for c in ws.clauses()[:300] for p in c.paras).split()
        rng = random.Random(5)
        out = []
        for n in plan.queries:
            mixed = " ".join(rng.choice(words) for _ in range(n))
            repeated = " ".join(["data"] * n)
            samples = []
            for query in (mixed, repeated, "数据" * n):
                start = time.perf_counter()
                ws.search(query, limit=150)
                samples.append(time.perf_counter() - start)
            out.append(Result(f"library search of a {n:,}-word query", samples,
                              note="library words, one word repeated, a Chinese run (one run each)"))
    return out
