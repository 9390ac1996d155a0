"""Child process of the memory benchmark: open the big workspace and a big draft, report peak RSS.

``python -m benchmarks.memory_probe WORKSPACE DRAFT_ID`` opens the workspace, reads the whole
library into clause objects (as a library list showing every clause would), loads the draft,
renders it, searches, and runs the checker when one exists, then prints one JSON line with the
peak resident set size (``rss.peak_rss_kb``) in MB.
"""
from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> int:
    from workbench.core.render import Renderer
    from workbench.storage import Workspace

    from .operations import checker_call
    from .rss import peak_rss_kb

    workspace_path, draft_id = argv
    with Workspace.open(workspace_path) as ws:
        clauses = ws.clauses()
        draft = ws.load_draft(draft_id)
        renderer = Renderer(draft)
        rendered = renderer.articles()
        hits = ws.search("artificial intelligence")
        hits_zh = ws.search("人工智能")
        check = checker_call(ws)
        findings = check(draft) if check else None
        peak_mb = peak_rss_kb() / 1024
        print(json.dumps({"peak_mb": round(peak_mb, 1), "clauses": len(clauses),
                          "articles": len(rendered), "hits": len(hits) + len(hits_zh),
                          "checked": findings is not None}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
