"""Child process of the responsiveness benchmark: edits made in the real main window, offscreen.

``python -m benchmarks.edit_probe WORKSPACE DRAFT_ID ROUNDS [KINDS]`` opens the real window (with
its extensions: the checker and its impact warning) on the draft, then makes each kind of edit
``ROUNDS`` times the way a drafter does (an article selected with a click of its own, measured as
"select"; keys typed into the editor, Move up/down, a drag in the
outline, Remove, a library clause added, Undo, Redo). ``KINDS`` (comma-separated) limits the
kinds; ``first`` alone measures the first edit after the window opened.

What is measured is the GUI thread's longest stretch without returning to the event loop: the
call that makes the edit, then every event handled in the following ``SETTLE_S`` seconds (the
idle commit of typing, the check of the edited draft arriving from its worker, repaints). A
stretch over 100 ms is a visible freeze. Confirmation questions (the impact warning) are answered
"yes" at once: the drafter's reading time is not the program's. Prints one JSON object
``{kind: [milliseconds, ...]}`` on stdout.
"""
from __future__ import annotations

import json
import os
import sys
import time

#: Seconds of event handling counted after each edit (the check of the draft comes back in this).
SETTLE_S = float(os.environ.get("TREATY_PROBE_SETTLE_S", "1.5"))
#: Seconds given to the window after it opened, before the first edit (its first check, extensions).
START_S = float(os.environ.get("TREATY_PROBE_START_S", "3.0"))


def main(argv: list[str]) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from workbench.core.model import Node, NodeKind
    from workbench.storage import Workspace
    from workbench.ui.main import MainWindow

    path, draft_id, rounds = argv[0], argv[1], int(argv[2])
    kinds = argv[3].split(",") if len(argv) > 3 else None
    app = QApplication.instance() or QApplication([sys.argv[0]])

    def busy() -> bool:
        """An edit held for its impact, or a check of the draft still to come back."""
        guard = getattr(window, "impact_guard", None)
        panel = window.built_panel("check_panel") if hasattr(window, "built_panel") else None
        return bool((guard is not None and guard.pending is not None)
                    or (panel is not None and (panel.timer.isActive() or panel.pool.activeThreadCount())))

    def settle(seconds: float = SETTLE_S, worst: float = 0.0) -> float:
        """Handle events until the edit's consequences are in (held edit made, check shown), then
        for ``seconds``; the longest single pass (ms), at least ``worst``."""
        end = time.perf_counter() + seconds
        limit = time.perf_counter() + 120
        while time.perf_counter() < end or (busy() and time.perf_counter() < limit):
            start = time.perf_counter()
            profiler = start_profile()
            app.processEvents()
            took = (time.perf_counter() - start) * 1000
            if profiler is not None:
                profiler.disable()
            if took > worst:
                worst = took
                keep_profile(profiler)
            time.sleep(0.002)
        return worst

    profile_to = os.environ.get("TREATY_PROBE_PROFILE")      # a folder: the worst pass of each edit kind
    worst_profile = [None]

    def start_profile():
        if not profile_to:
            return None
        import cProfile
        profiler = cProfile.Profile()
        profiler.enable()
        return profiler

    def keep_profile(profiler) -> None:
        if profiler is not None:
            profiler.disable()
            worst_profile[0] = profiler

    def timed(action, kind: str = "") -> float:
        worst_profile[0] = None
        start = time.perf_counter()
        profiler = start_profile()
        action()
        took = (time.perf_counter() - start) * 1000
        keep_profile(profiler)
        worst = settle(worst=took)
        if worst_profile[0] is not None:
            worst_profile[0].dump_stats(os.path.join(profile_to, f"{kind.replace(' ', '_')}.prof"))
        return worst

    opened = time.perf_counter()
    window = MainWindow(Workspace.open(path))
    window.show()
    window.outline.confirm = lambda _text: True
    window.set_current_draft(draft_id)
    draft = window.current_draft
    results: dict[str, list[float]] = {}
    articles = draft.articles()
    middle = articles[len(articles) // 2]

    def nth_article(fraction: int) -> Node:
        """The article at 1/fraction of the draft (looked up before the clock starts)."""
        found = draft.articles()
        return found[len(found) // fraction]

    typed_in = nth_article(3)               # looked up before any clock starts

    def type_keys() -> None:
        article = typed_in
        window.select_article(article.id)
        para = next(n for n in article.walk() if n.kind is NodeKind.PARAGRAPH)
        field = window.editor.field(para.id, "text")
        field.setFocus()
        field.moveCursor(field.textCursor().MoveOperation.End)
        QTest.keyClicks(field, " x")

    if kinds == ["first"]:
        settle(0.3)                                  # the window's first paint and its queued work
        results["open"] = [(time.perf_counter() - opened) * 1000]
        results["first edit"] = [timed(type_keys, "first edit")]
        print(json.dumps(results), flush=True)
        os._exit(0)

    settle(START_S)                                  # the first check of the draft, extensions
    clause_id = next(c.id for c in window.session.workspace.clauses(source="coe-ai-convention")
                     if c.kind == "article")

    def drag() -> None:
        model = window.outline.model
        article = nth_article(2)
        chapter = draft.parent_of(article.id)
        data = model.mimeData([model.index_of(article.id)])   # what dragging its row carries
        parent = model.index_of(chapter.id)
        model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, parent)

    # (kind, the article the drafter selects first or None, the edit): the selection is a click of
    # its own, measured as "select" (the editor shows the article), the edit is the next event
    plan = [("typing", None, type_keys),
            ("move up", lambda: middle, lambda: window.outline.move_selected(-1)),
            ("move down", lambda: middle, lambda: window.outline.move_selected(1)),
            ("drag", None, drag),
            ("remove", lambda: nth_article(4), window.outline.remove_selected),
            ("add clause", lambda: nth_article(5), lambda: window.add_clauses([clause_id]))]
    for kind, target, action in plan:
        if kinds is not None and kind not in kinds:
            continue
        for _ in range(rounds):
            if target is not None:
                article_id = target().id
                results.setdefault("select", []).append(
                    timed(lambda article_id=article_id: window.select_article(article_id), "select"))
            results.setdefault(kind, []).append(timed(action, kind))
    if kinds is None or "undo" in kinds:
        for _ in range(rounds):
            results.setdefault("undo", []).append(timed(window.undo, "undo"))
        for _ in range(rounds):
            results.setdefault("redo", []).append(timed(window.redo, "redo"))
    print(json.dumps(results), flush=True)
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
