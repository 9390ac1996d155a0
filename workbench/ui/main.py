"""Application start-up: QApplication, workspace, main window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox


def run(workspace_path: Path | None = None) -> int:
    from ..storage import LibraryError, Workspace, WorkspaceError

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Treaty Workbench")
    app.setOrganizationName("Treaty Workbench")
    try:
        workspace = Workspace.open(workspace_path)
    except (WorkspaceError, LibraryError) as exc:
        QMessageBox.critical(None, app.translate("main", "Treaty Workbench"), str(exc))
        return 1
    window = QMainWindow()
    window.setWindowTitle(app.translate("main", "Treaty Workbench — {0}").format(workspace.path.name))
    window.resize(1280, 800)
    window.show()
    code = app.exec()
    workspace.close()
    return code
