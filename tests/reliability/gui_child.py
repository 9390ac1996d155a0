"""The real application in a child process, driven from inside by timers, for the reliability tests.

``python tests/reliability/gui_child.py session WORKSPACE OUT_DIR`` starts Treaty Workbench as
``treaty-workbench --workspace WORKSPACE`` does, then, once the main window shows: searches the
library, adds the first hit to the draft, edits an article's title, exports through File ▸
Export (the real dialog, filled in and accepted), undoes the edit and closes the window.

``python tests/reliability/gui_child.py restore WORKSPACE`` starts it on a damaged workspace and
chooses "Restore the backup" in the box that offers it.

Either prints one JSON line (what happened) and exits with the application's status. An audit
hook, installed before anything else is imported, records every network-related event Python
raises (socket creation, connect, name lookups, urllib, http.client); they are in the JSON as
``network`` (a line per event), and non-inet sockets as ``local_sockets``.
"""
from __future__ import annotations

import socket
import sys

NETWORK_EVENTS = {"socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
                  "socket.gethostbyaddr", "socket.getnameinfo", "socket.sendto", "urllib.Request",
                  "http.client.connect", "ftplib.connect", "smtplib.connect", "webbrowser.open"}
network: list[str] = []
local_sockets: list[str] = []


def _audit(event: str, args: tuple) -> None:
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        (network if family in (socket.AF_INET, socket.AF_INET6) else local_sockets).append(f"{event}{args[1:]}")
    elif event in NETWORK_EVENTS:
        network.append(f"{event}{args!r}"[:200])


sys.addaudithook(_audit)

import json  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton  # noqa: E402

report: dict = {"steps": [], "messages": []}


def _main_window():
    from workbench.ui.main import MainWindow
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)


def _answer_modal(choose_restore: bool, out_path: Path | None) -> None:
    """Handle whatever modal box is up: the export dialog, the backup offer, a message."""
    from workbench.ui.export_dialog import ExportDialog

    box = QApplication.activeModalWidget()
    if isinstance(box, ExportDialog) and out_path is not None:
        box.path.setText(str(out_path))
        report["steps"].append("export dialog filled in")
        box.accept()
    elif isinstance(box, QMessageBox):
        report["messages"].append(box.text() + "\n" + box.informativeText())
        restore = box.findChild(QPushButton, "restoreBackupButton") if choose_restore else None
        button = restore or box.button(QMessageBox.StandardButton.Cancel) or box.defaultButton()
        (button or box.buttons()[0]).click()


def session(window, out_dir: Path) -> None:
    from workbench.core.edits import SetFields

    app = QApplication.instance()
    panel = window.library
    panel.search.setText("data protection")
    while panel.searched_text != "data protection":
        app.processEvents()
    from workbench.ui.library_model import ClauseIdRole
    clause_id = panel.model.first_clause_index().data(ClauseIdRole)
    report["search_hit"] = clause_id
    before = len(window.current_draft.articles())
    report["added"] = window.add_clauses([clause_id])
    report["articles"] = [before, len(window.current_draft.articles())]
    article = window.current_draft.articles()[0]
    report["edited"] = window.push_edit(SetFields(article.id, {"title": "Edited in the reliability test"}))
    from workbench.ui.export_dialog import export_current
    out = out_dir / "session.docx"
    QTimer.singleShot(200, lambda: _answer_modal(False, out))
    export_current(window)
    report["exported"] = out.stat().st_size if out.exists() else 0
    window.session.undo_stack.undo()
    report["title_after_undo"] = window.current_draft.articles()[0].title
    report["errors"] = list(window.errors)


def main(argv: list[str]) -> int:
    mode, workspace = argv[0], argv[1]
    out_dir = Path(argv[2]) if len(argv) > 2 else None
    app = QApplication.instance() or QApplication([sys.argv[0]])
    state = {"done": False}

    def tick() -> None:
        if QApplication.activeModalWidget() is not None and not state["done"]:
            _answer_modal(mode == "restore", None)
            return
        window = _main_window()
        if window is None or state["done"]:
            return
        state["done"] = True
        try:
            if mode == "session":
                session(window, out_dir)
            report["title"] = window.windowTitle()
            report["drafts"] = [d.title for d in window.session.draft_infos()]
            if mode == "restore":
                report["current"] = window.current_draft.to_dict() if window.current_draft else None
        except Exception:  # noqa: BLE001 - reported to the test, which fails on it
            import traceback
            report["exception"] = traceback.format_exc()
        finally:
            window.close()
            app.quit()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    from workbench.cli import main as cli_main
    status = cli_main(["--workspace", workspace])
    report.update(status=status, network=network, local_sockets=local_sockets,
                  qt_network_loaded="PySide6.QtNetwork" in sys.modules)
    sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
