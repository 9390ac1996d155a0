"""Timing helpers and the result table of the benchmark."""
from __future__ import annotations

import gc
import statistics
import time
from dataclasses import dataclass, field
from typing import Callable


def timed(fn: Callable[[], object], runs: int, warmup: int = 1,
          setup: Callable[[], object] | None = None) -> list[float]:
    """Seconds taken by ``fn`` in each of ``runs`` runs (after ``warmup`` untimed ones).

    ``setup`` runs untimed before each call. The garbage collector runs between calls, not in them,
    so one run does not pay for the garbage of the previous one.
    """
    samples = []
    for i in range(warmup + runs):
        if setup is not None:
            setup()
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            fn()
            elapsed = time.perf_counter() - start
        finally:
            gc.enable()
        if i >= warmup:
            samples.append(elapsed)
    return samples


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    """The 95th percentile (nearest rank), the largest sample when there are fewer than 20."""
    ordered = sorted(samples)
    rank = max(1, -(-95 * len(ordered) // 100))
    return ordered[rank - 1]


@dataclass
class Target:
    """A limit on one statistic of a result: ``stat`` is median, p95, value or ratio."""

    stat: str
    limit: float
    text: str


@dataclass
class Result:
    name: str
    samples: list[float] = field(default_factory=list)   # seconds (or one value for memory)
    unit: str = "ms"
    targets: list[Target] = field(default_factory=list)
    ratio: float | None = None
    ratio_text: str = ""
    note: str = ""
    unavailable: str = ""

    def stat(self, name: str) -> float:
        if name == "median":
            return median(self.samples)
        if name == "p95":
            return p95(self.samples)
        if name == "value":
            return self.samples[0]
        if name == "ratio":
            return self.ratio if self.ratio is not None else float("nan")
        raise ValueError(name)

    def scaled(self, seconds: float) -> str:
        if self.unit == "ms":
            return f"{seconds * 1000:.1f} ms"
        if self.unit == "s":
            return f"{seconds:.3f} s"
        return f"{seconds:.1f} {self.unit}"

    def missed(self) -> list[Target]:
        if self.unavailable:
            return []
        return [t for t in self.targets if not self.stat(t.stat) <= t.limit]


def table(results: list[Result], enforce: bool) -> str:
    """The results as aligned text lines; a missed target is marked MISSED (or over, unenforced)."""
    lines = [f"{'operation':<60} {'runs':>4} {'median':>11} {'p95':>11}  target / ratio"]
    for r in results:
        if r.unavailable:
            reason = r.unavailable.splitlines()[0][:150]
            state = reason if reason.startswith(("FAILED", "skipped")) else f"not available yet ({reason})"
            lines.append(f"{r.name:<60} {'-':>4} {'-':>11} {'-':>11}  {state}")
            continue
        if r.unit == "MB":
            med, top, runs = r.scaled(r.samples[0]), "", "1"
        else:
            med, top, runs = r.scaled(median(r.samples)), r.scaled(p95(r.samples)), str(len(r.samples))
        parts = []
        for t in r.targets:
            ok = r.stat(t.stat) <= t.limit
            parts.append(f"{t.text} {'ok' if ok else ('MISSED' if enforce else 'over')}")
        if r.ratio is not None and not any(t.stat == "ratio" for t in r.targets):
            parts.append(f"{r.ratio_text} = {r.ratio:.2f}")
        if r.note:
            parts.append(r.note)
        lines.append(f"{r.name:<60} {runs:>4} {med:>11} {top:>11}  {'; '.join(parts)}")
    return "\n".join(lines)
