"""Opening a workspace in the window: a file that is not a usable workspace gets its backup offered.

The main window refreshes the backup (``<workspace>.backup``, earlier generations kept, see
``storage.backups``) each time it closes a workspace it had open without trouble. When a
workspace later cannot be opened because it is not a readable current workspace (damaged,
garbled, another program's file, missing while a backup exists), ``open_with_recovery`` offers
to restore a backup; the file that was there is renamed beside it, never deleted. A file from a
newer version of the program, a locked one or a read-only one is not damaged: no backup is
offered for it. A missing workspace can also be started anew (its backups stay).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ..paths import CLAUSES_DIR, default_workspace
from ..storage import Workspace, WorkspaceError
from ..storage.backups import Backup, list_backups, restore_backup, write_backup
from ..storage.errors import MissingWorkspaceError
from .errors import message_of

RESTORE, START_NEW = "restore", "new"


def open_workspace_file(path: Path | str | None, create: bool = True, clauses_dir: Path = CLAUSES_DIR,
                        start_over: bool = False) -> tuple[Workspace, str | None]:
    """Open a workspace; a malformed clause file does not stop the drafter from working.

    Returns the workspace and a message for the drafter, or None: why the library could not be
    refreshed from ``clauses_dir`` (the workspace keeps the library it had), or that the file is
    open read-only. Raises WorkspaceError (or LibraryError for a new workspace, which has no
    library yet).
    """
    workspace = Workspace.open(path, create=create, clauses_dir=clauses_dir, keep_library_on_error=True,
                               start_over=start_over)
    notes = []
    if workspace.library_problem is not None:
        notes.append(QCoreApplication.translate(
            "MainWindow", "The clause library could not be updated; the workspace keeps its earlier copy.")
            + "\n" + message_of(workspace.library_problem))
    if workspace.read_only:
        notes.append(read_only_note(workspace))
    return workspace, "\n".join(notes) or None


def read_only_note(workspace: Workspace) -> str:
    return QCoreApplication.translate(
        "MainWindow", "{0} is open read-only (the file, its folder or the disk cannot be written): you can read, "
                      "search, check and export, but changes cannot be saved. Save a copy elsewhere to edit it."
    ).format(workspace.path.name)


def ask_restore(parent: QWidget | None, path: Path, error: WorkspaceError, backups: list[Backup]
                ) -> tuple[str, Backup | None]:
    """Ask the drafter what to do: (RESTORE, the backup chosen), (START_NEW, None), or ("", None)."""
    title = QCoreApplication.translate("Recovery", "Treaty Workbench")
    text = QCoreApplication.translate("Recovery", "The workspace cannot be opened:\n{0}").format(message_of(error))
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("restoreBackupBox")
    newest = backups[0]
    box.setInformativeText(QCoreApplication.translate(
        "Recovery", "A backup of {0} from {1} exists ({2} drafts). Restore it? The file that is there now is "
                    "kept beside it under a new name.").format(path.name, newest.label(), newest.drafts))
    restore = box.addButton(QCoreApplication.translate("Recovery", "Restore the backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restoreBackupButton")
    older = None
    if len(backups) > 1:
        older = box.addButton(QCoreApplication.translate("Recovery", "Choose an older backup…"),
                              QMessageBox.ButtonRole.ActionRole)
        older.setObjectName("olderBackupButton")
    start_new = None
    if isinstance(error, MissingWorkspaceError):
        start_new = box.addButton(QCoreApplication.translate("Recovery", "Start a new workspace"),
                                  QMessageBox.ButtonRole.DestructiveRole)
        start_new.setObjectName("startNewWorkspaceButton")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return RESTORE, newest
    if start_new is not None and clicked is start_new:
        return START_NEW, None
    if older is not None and clicked is older:
        labels = []
        for b in backups:
            n_drafts, n_versions = b.drafts, b.versions          # lupdate reads plain names only
            drafts = QCoreApplication.translate("Recovery", "%n draft(s)", "", n_drafts)
            versions = QCoreApplication.translate("Recovery", "%n version(s)", "", n_versions)
            labels.append(QCoreApplication.translate("Recovery", "{0} ({1}, {2})").format(b.label(), drafts, versions))
        choice, ok = QInputDialog.getItem(parent, title, QCoreApplication.translate("Recovery", "Backup to restore:"),
                                          labels, 0, False)
        if ok and choice in labels:
            return RESTORE, backups[labels.index(choice)]
    return "", None


def open_with_recovery(path: Path | str | None, create: bool = True,
                       parent: QWidget | None = None) -> tuple[Workspace, str | None]:
    """``open_workspace_file``, offering a backup when the file is not a usable workspace.

    Returns the workspace and a message for the drafter (or None); raises the original
    WorkspaceError when there is no backup or the drafter declines.
    """
    target = Path(path) if path else default_workspace()
    try:
        return open_workspace_file(target, create=create)
    except WorkspaceError as error:
        backups = list_backups(target) if error.recoverable else []
        if not backups:
            raise
        action, backup = ask_restore(parent, target, error, backups)
        if action == START_NEW:
            return open_workspace_file(target, create=True, start_over=True)
        if action != RESTORE:
            raise
    kept = restore_backup(target, backup)
    workspace, warning = open_workspace_file(target, create=False)
    if kept is None:
        note = QCoreApplication.translate(
            "Recovery", "The workspace file was missing, so its backup from {0} was restored.").format(backup.label())
    else:
        note = QCoreApplication.translate(
            "Recovery", "The workspace could not be opened, so its backup from {0} was restored. The file that was "
                        "there is kept as {1}.").format(backup.label(), kept.name)
    return workspace, note + ("\n" + warning if warning else "")


def keep_backup(workspace: Workspace) -> str | None:
    """Refresh the backup of ``workspace``; a message if it could not be written (never raises)."""
    if workspace.read_only:
        return None
    try:
        write_backup(workspace)
    except WorkspaceError as exc:
        return message_of(exc)
    return None

