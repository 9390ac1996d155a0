"""The real main window in a child process, editing steadily, for the many-process stress test.

``python tests/reliability/stress_window.py WORKSPACE DRAFT_ID FIRST_SEQ`` opens Treaty Workbench's
main window (offscreen, every extension installed: the check panel checks after each edit) on the
draft, then every few milliseconds retitles the next of the draft's original articles to
``w<seq>`` through ``MainWindow.push_edit`` (the path every edit of the window takes) and, once it
returned (the edit is committed), prints ``ack <node id> <seq>``. Every tenth step it types into a
paragraph with real key events and commits the field as leaving it does. A line ``quit`` on stdin
closes the window normally (the backup is written) and it prints ``closed``. It prints ``conflict``
if a collision dialog ever opens (the test's edits never collide, so that is a failure).
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workbench.core.edits import SetFields
from workbench.storage import Workspace
from workbench.ui.main import MainWindow


def main(argv: list[str]) -> int:
    path, draft_id, seq = argv[0], argv[1], int(argv[2])
    app = QApplication([])
    window = MainWindow(Workspace.open(path))
    window.show()
    window.set_current_draft(draft_id)
    originals = [a.id for a in window.current_draft.articles() if (a.derived_from or "").startswith("coe-")]
    state = {"seq": seq}

    def step() -> None:
        if window._closed:
            return
        if window.conflict_dialog is not None:
            print("conflict", flush=True)
        state["seq"] += 1
        n = state["seq"]
        node_id = originals[n % len(originals)]
        if window.push_edit(SetFields(node_id, {"title": f"w{n}"})):
            print(f"ack {node_id} {n}", flush=True)
        if n % 10 == 0:
            article = window.current_draft.find(originals[(n // 10) % len(originals)])
            if article.children:
                window.select_article(article.id)
                field = window.editor.field(article.children[0].id, "text")
                if field is not None:
                    field.setFocus()
                    QTest.keyClicks(field, " t")
                    window.editor.flush()

    timer = QTimer()
    timer.setInterval(15)
    timer.timeout.connect(step)
    timer.start()

    def command() -> None:
        line = sys.stdin.readline()
        if line.strip() == "quit" or not line:
            timer.stop()
            window.close()
            print("closed", flush=True)
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
