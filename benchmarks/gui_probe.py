"""Child process of the cold-start benchmark: start the real app (or a bare window), report first paint.

``python -m benchmarks.gui_probe app WORKSPACE`` starts Treaty Workbench exactly as the
``treaty-workbench --workspace WORKSPACE`` command does (``workbench.cli.main``);
``python -m benchmarks.gui_probe bare`` shows an empty ``QMainWindow``, the baseline.
``python -m benchmarks.gui_probe search WORKSPACE QUERY…`` opens the real main window and types
each query into the library's search box, printing the milliseconds from the text change until
the results are shown and painted, as a JSON list.

An application-wide event filter notices the first paint of the main window, then waits until
the event loop has nothing left to do (so work the window queued for right after showing itself,
such as filling the library list, is counted), prints ``painted <seconds since start>
<peak RSS in kB> <library rows shown or -1>`` on stdout and quits. The parent measures from the
moment it started this process, so interpreter start-up and imports are counted too. Nothing in
the application is changed for this: the probe only watches.

In ``app`` mode the probe imports Qt only where the application itself does (when the command
line has been read and ``workbench.app.run_gui`` is reached): importing it first would change the
order of the application's start, e.g. run the workspace check ``check_ahead`` starts after Qt's
import instead of during it.
"""
from __future__ import annotations

import os
import sys
import time

START = time.perf_counter()

from benchmarks.rss import peak_rss_kb  # noqa: E402


def first_paint_watcher():
    """A started QApplication with the first-paint watcher installed (imports Qt)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow

    class FirstPaint(QObject):
        """Reports once, when a visible main window has painted and the event queue is empty."""

        def __init__(self, app: QApplication):
            super().__init__()
            self.app = app
            self.seen = False

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if (not self.seen and event.type() == QEvent.Type.Paint and hasattr(watched, "window")
                    and isinstance(watched.window(), QMainWindow) and watched.window().isVisible()):
                self.seen = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            self.app.processEvents()
            rows = -1
            for window in self.app.topLevelWidgets():
                if isinstance(window, QMainWindow) and window.isVisible():
                    for view in window.findChildren(QAbstractItemView):
                        model = view.model()
                        if model is not None and view.isVisible():
                            rows = max(rows, model.rowCount())
            rss_kb = peak_rss_kb()
            sys.stdout.write(f"painted {time.perf_counter() - START:.4f} {rss_kb} {rows}\n")
            sys.stdout.flush()
            if os.environ.get("TREATY_WORKBENCH_PROBE_STAY") != "1":
                os._exit(0)  # the parent has what it needs; skip tear-down

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.probe = FirstPaint(app)
    app.installEventFilter(app.probe)
    return app


def type_queries(path: str, queries: list[str]) -> int:
    """Time each query typed into the real library panel, up to the repaint of its results."""
    import json

    from PySide6.QtWidgets import QApplication

    from workbench.storage import Workspace
    from workbench.ui.main import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = MainWindow(Workspace.open(path))
    window.show()
    panel = window.library
    for _ in range(50):
        app.processEvents()
    samples = []
    for query in queries:
        start = time.perf_counter()
        panel.search.setText(query)
        deadline = start + 10
        while panel.searched_text != query and time.perf_counter() < deadline:
            app.processEvents()
        app.processEvents()   # the repaint the new results asked for
        samples.append((time.perf_counter() - start) * 1000)
        if panel.searched_text != query:
            raise SystemExit(f"the library panel never searched for {query!r}")
    sys.stdout.write(json.dumps(samples) + "\n")
    sys.stdout.flush()
    os._exit(0)


def main(argv: list[str]) -> int:
    if argv[:1] == ["search"] and len(argv) > 2:
        return type_queries(argv[1], argv[2:])
    if argv[:1] == ["bare"]:
        from PySide6.QtWidgets import QMainWindow

        app = first_paint_watcher()
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1280, 800)
        window.show()
        return app.exec()
    if argv[:1] == ["app"] and len(argv) == 2:
        import workbench.app
        from workbench.cli import main as cli_main

        run_gui = workbench.app.run_gui

        def watched_run_gui(workspace):
            first_paint_watcher()
            return run_gui(workspace)

        workbench.app.run_gui = watched_run_gui
        return cli_main(["--workspace", argv[1]])
    sys.stderr.write("usage: python -m benchmarks.gui_probe app WORKSPACE | bare | search WORKSPACE QUERY...\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
