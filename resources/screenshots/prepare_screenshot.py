"""Prepare the workspace shown in main-window.png (a real draft built from library clauses).

    python resources/screenshots/prepare_screenshot.py /tmp/shot.treaty
    xvfb-run -a -s "-screen 0 1440x900x24" python -m workbench --workspace /tmp/shot.treaty
    import -window root main-window.png          # (imagemagick), with the window open

main-window-zh.png is the same workspace with the interface in Simplified Chinese: before starting,
write ``[ui]`` / ``language=zh_CN`` into ``settings.ini`` in ``$TREATY_WORKBENCH_HOME`` (or choose
View ▸ Language ▸ 简体中文 once).

The draft follows the framework-convention skeleton; every article is a library clause added
as the application adds it. Nothing here writes treaty text.
"""
from __future__ import annotations

import sys
from pathlib import Path

from workbench.core import operations
from workbench.storage import Workspace
from workbench.storage.skeletons import find_skeleton

#: chapter number (1-based, in the skeleton) -> library clauses added to it, in order
PLAN = {
    1: ["coe-ai-convention/art-1", "coe-ai-convention/art-2", "coe-ai-convention/art-3"],
    2: ["coe-ai-convention/art-4", "coe-ai-convention/art-5", "cn-ai-governance-initiative/item-6",
        "cn-ai-governance-initiative/item-7"],
    3: ["coe-ai-convention/art-14"],
    4: ["coe-ai-convention/art-16"],
    5: ["coe-ai-convention/art-20"],
    6: ["coe-ai-convention/art-23", "coe-ai-convention/art-24"],
    7: ["coe-ai-convention/art-29", "coe-ai-convention/art-34"],
}


def main(path: str) -> int:
    target = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    with Workspace.open(target) as ws:
        draft = find_skeleton("framework-convention").draft("Framework Convention on Artificial Intelligence",
                                                             "人工智能框架公约")
        ws.create_draft(draft)
        preamble = next(c for c in ws.clauses(source="coe-ai-convention") if c.kind == "preamble")
        ws.apply(draft, operations.add_clauses(draft, [preamble]))
        for number, clause_ids in PLAN.items():
            chapter = draft.chapters()[number - 1]
            clauses = [ws.clause(cid) for cid in clause_ids]
            ws.apply(draft, operations.add_clauses(draft, clauses, parent_id=chapter.id,
                                                   index=len(chapter.children)))
        shown = next(a for a in draft.articles() if a.derived_from == "cn-ai-governance-initiative/item-7")
        ws.set_setting("ui.started", True)
        ws.set_setting("ui.selection", {"draft": draft.id, "node": shown.id})
        ws.set_setting("ui.library", {"query": "数据", "clause": "cn-ai-governance-initiative/item-6"})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shot.treaty"))
