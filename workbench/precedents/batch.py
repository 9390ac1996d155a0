"""The lineage of every article of a draft, in a process of its own (``python -m workbench.precedents.batch``).

A 300-article draft takes a few seconds of computing; in a separate process it never holds up
the window (no shared interpreter lock). The window (``ui.precedents_panel``) writes the
articles as JSON to the child's standard input and reads one JSON line per article back, as each
is done, then ``{"done": N, "seconds": S}``.

    {"store": "W.precedents", "limit": 3, "items": [{"id": "n1a2…", "text": "…"}, …]}
"""
from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator

from ..core.lineage import summary_line
from ..core.precedents import PrecedentError
from ..storage.precedents import PrecedentStore
from .lineage import LineageFinder


def trace_all(store: PrecedentStore, items: list[dict], limit: int = 3) -> Iterator[dict]:
    """The lineage of each item ({"id", "text"}): how many agreements, since when, the best matches."""
    finder = LineageFinder(store)
    for item in items:
        result = finder.similar(item.get("text", ""), limit, diffs=False)
        yield {"id": item.get("id"), "agreements": result.agreements, "since": result.since,
               "summary": summary_line(result),
               "first": result.first.to_dict() if result.first else None,
               "best": [m.to_dict() for m in result.matches]}


def main() -> int:
    started = time.perf_counter()
    try:
        request = json.load(sys.stdin)
        store = PrecedentStore.open(request["store"], read_only=True)
    except (ValueError, KeyError, PrecedentError) as exc:
        sys.stdout.write(json.dumps({"error": str(exc)}, ensure_ascii=False) + "\n")
        return 1
    count = 0
    with store:
        for line in trace_all(store, request.get("items", []), int(request.get("limit", 3))):
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
            sys.stdout.flush()
            count += 1
    sys.stdout.write(json.dumps({"done": count, "seconds": round(time.perf_counter() - started, 3)}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
