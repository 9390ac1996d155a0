"""A workspace that cannot be opened: its last backup is offered, and the damaged file is kept.

The main window refreshes the backup (``<workspace>.backup``, see ``storage.backups``) each time
it closes a workspace it had open without trouble. When a workspace later fails to open
because the file is damaged, ``open_with_recovery`` offers to restore that backup; the damaged
file is renamed beside it, never deleted. A file from a newer version of the program, or one
another program holds locked, is not damaged: no backup is offered for it.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..paths import default_workspace
from ..storage import Workspace, WorkspaceError, schema
from ..storage.backups import Backup, find_backup, restore_backup, write_backup
from .errors import message_of
from .workspace_files import open_workspace_file


def _recoverable(path: Path, error: WorkspaceError) -> bool:
    """Whether restoring a backup could help: not for a newer version's file or a locked one."""
    text = str(error)
    if "locked" in text or "busy" in text:
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    newer = len(head) >= 64 and int.from_bytes(head[60:64], "big") > schema.FORMAT_VERSION
    foreign = len(head) >= 72 and int.from_bytes(head[68:72], "big") not in (0, schema.APPLICATION_ID)
    return not (newer or foreign)


def ask_restore(parent: QWidget | None, path: Path, error: WorkspaceError, backup: Backup) -> bool:
    """Ask the drafter whether to restore ``backup``; True if they choose to."""
    title = QCoreApplication.translate("Recovery", "Treaty Workbench")
    text = QCoreApplication.translate("Recovery", "The workspace cannot be opened:\n{0}").format(message_of(error))
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("restoreBackupBox")
    box.setInformativeText(QCoreApplication.translate(
        "Recovery", "A backup of {0} from {1} exists. Restore it? The damaged file is kept beside it "
                    "under a new name.").format(path.name, backup.label()))
    label = QCoreApplication.translate("Recovery", "Restore the backup")
    restore = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restoreBackupButton")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def open_with_recovery(path: Path | str | None, create: bool = True,
                       parent: QWidget | None = None) -> tuple[Workspace, str | None]:
    """``open_workspace_file``, offering the backup when the file is damaged.

    Returns the workspace and a message for the drafter (or None); raises the original
    WorkspaceError when there is no backup or the drafter declines.
    """
    try:
        return open_workspace_file(path, create=create)
    except WorkspaceError as error:
        target = Path(path) if path else default_workspace()
        backup = find_backup(target) if _recoverable(target, error) else None
        if backup is None or not ask_restore(parent, target, error, backup):
            raise
    kept = restore_backup(target)
    workspace, warning = open_workspace_file(target, create=False)
    note = QCoreApplication.translate(
        "Recovery", "The workspace could not be opened, so its backup from {0} was restored. The damaged "
                    "file is kept as {1}.").format(backup.label(), kept.name)
    return workspace, note + ("\n" + warning if warning else "")


def keep_backup(workspace: Workspace) -> str | None:
    """Refresh the backup of ``workspace``; a message if it could not be written (never raises)."""
    try:
        write_backup(workspace)
    except WorkspaceError as exc:
        return message_of(exc)
    return None
