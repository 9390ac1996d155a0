"""Start the desktop application, and close it as its Quit does when the system asks it to stop.

A SIGTERM (log-out, shutdown, ``kill``), a SIGHUP (its terminal closed) or a SIGINT (Ctrl+C in
that terminal) closes the window the way File ▸ Quit does: typing not yet committed is committed,
the backup is refreshed, the workspace closed. Python runs a signal handler only between
bytecodes, and the Qt event loop may be idle in C++ for a long time: the signal's byte written to
a socket (``signal.set_wakeup_fd``) wakes the loop through a ``QSocketNotifier``.
"""
from __future__ import annotations

import signal
import socket
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ..storage import LibraryError, WorkspaceError
from . import icons, settings
from .errors import install_exception_hook, message_of
from .i18n import Translations, apply_fonts
from .main import MainWindow
from .recovery import open_with_recovery

#: The signals that close the window as Quit does (those the platform has).
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


class SignalCloser(QObject):
    """Closes ``window`` (then quits) when one of STOP_SIGNALS arrives."""

    def __init__(self, app: QApplication, window) -> None:
        super().__init__(app)
        self.window, self.received = window, []
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno())
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for number in STOP_SIGNALS:
            signal.signal(number, self._received)

    def _drain(self, *_args) -> None:
        try:
            while self._read.recv(64):
                pass
        except OSError:
            pass

    def _received(self, number: int, _frame) -> None:
        self.received.append(number)
        QTimer.singleShot(0, self._close)

    def _close(self) -> None:
        if not getattr(self.window, "_closed", False):
            self.window.close()             # commits typing, refreshes the backup, closes the workspace
        QApplication.quit()


def run(workspace_path: Path | None = None) -> int:
    """Start the application on ``workspace_path`` (the default workspace when None)."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Treaty Workbench")
    app.setOrganizationName("Treaty Workbench")
    app.setWindowIcon(icons.app_icon())
    install_exception_hook()
    apply_fonts(app)
    translations = Translations(app)
    translations.switch(settings.language_setting())
    try:
        workspace, warning = open_with_recovery(workspace_path)   # a damaged file: its backup is offered
    except (WorkspaceError, LibraryError, OSError) as exc:
        QMessageBox.critical(None, app.translate("main", "Treaty Workbench"),
                             app.translate("main", "The workspace cannot be opened:\n{0}").format(message_of(exc)))
        return 1
    settings.add_recent_file(workspace.path)
    window = MainWindow(workspace, translations, defer_extensions=True)   # they follow the first paint
    SignalCloser(app, window)
    window.show()
    if warning:
        window.report(warning)
    return app.exec()
