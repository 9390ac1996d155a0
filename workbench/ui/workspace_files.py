"""Workspace files: open another, create one, recent files, save a copy (SQLite backup API)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow

from . import folders
from ..paths import WORKSPACE_SUFFIX
from ..storage import LibraryError, WorkspaceError
from ..storage.backups import copy_workspace
from . import settings
from .errors import message_of
from .recovery import open_with_recovery

_open_windows: list[QMainWindow] = []   # windows opened from File ▸ Open stay alive


class WorkspaceFiles:
    """File ▸ Open workspace, New workspace, Open recent, Save a copy (part of MainWindow)."""

    def _file_filter(self) -> str:
        text = QCoreApplication.translate("MainWindow", "Treaty Workbench workspaces (*{0});;All files (*)")
        return text.format(WORKSPACE_SUFFIX)

    def open_workspace(self, path: Path | str, create: bool = False) -> "QMainWindow | None":
        """Open another workspace in a new window and close this one; None (and a message) on failure."""
        path = Path(path)
        if path.resolve() == Path(self.session.workspace.path).resolve():
            return self
        try:
            workspace, warning = open_with_recovery(path, create=create, parent=self)
        except (WorkspaceError, LibraryError, OSError) as exc:
            self.report(message_of(exc))
            return None
        settings.add_recent_file(path)
        window = type(self)(workspace, self.translations, extensions=self.extensions)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _open_windows.append(window)
        window.destroyed.connect(lambda *_a, w=window: _open_windows.remove(w) if w in _open_windows else None)
        window.show()
        if warning:
            window.report(warning)
        self.close()
        return window

    def open_workspace_dialog(self) -> None:
        caption = QCoreApplication.translate("MainWindow", "Open workspace")
        path = folders.open_file(self, caption, self._file_filter())
        if path:
            self.open_workspace(path)

    def new_workspace_dialog(self) -> None:
        caption = QCoreApplication.translate("MainWindow", "New workspace")
        path = folders.save_file(self, caption, Path(self.session.workspace.path).stem + " copy" + WORKSPACE_SUFFIX
                                 if caption == QCoreApplication.translate("MainWindow", "Save a copy as")
                                 else "workspace" + WORKSPACE_SUFFIX, self._file_filter())
        if path:
            path = Path(path)
            if path.suffix != WORKSPACE_SUFFIX:
                path = path.with_suffix(WORKSPACE_SUFFIX)
            self.open_workspace(path, create=True)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = Path(self.session.workspace.path).resolve()
        for path in settings.recent_files():
            if path.resolve() != current:
                action = self.recent_menu.addAction(str(path))
                action.triggered.connect(lambda _c=False, p=path: self.open_workspace(p))
        if self.recent_menu.isEmpty():
            none = QCoreApplication.translate("MainWindow", "(no other recent workspaces)")
            self.recent_menu.addAction(none).setEnabled(False)

    def save_copy(self, target: Path | str) -> bool:
        self.editor.flush()
        try:
            copy_workspace(self.session.workspace, target)
        except (WorkspaceError, OSError) as exc:
            self.report(message_of(exc))
            return False
        self.show_message(QCoreApplication.translate("MainWindow", "Saved a copy as {0}").format(str(target)))
        return True

    def save_copy_dialog(self) -> None:
        caption = QCoreApplication.translate("MainWindow", "Save a copy as")
        path = folders.save_file(self, caption, Path(self.session.workspace.path).stem + " copy" + WORKSPACE_SUFFIX
                                 if caption == QCoreApplication.translate("MainWindow", "Save a copy as")
                                 else "workspace" + WORKSPACE_SUFFIX, self._file_filter())
        if path:
            path = Path(path)
            self.save_copy(path if path.suffix else path.with_suffix(WORKSPACE_SUFFIX))

