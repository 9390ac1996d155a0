"""Full-window mode and zoom keys for the panels one reads at length (dependency graph, comparison).

``add_view_tools(panel, zoom_in, zoom_out, zoom_reset)`` gives ``panel`` a "Full window" tool button
(also F11; Esc leaves), and Ctrl++ / Ctrl+- / Ctrl+0. In full-window mode the panel is lifted out of
its dock into a maximised window of its own, and put back when the window is left or closed.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QToolButton, QVBoxLayout, QWidget


class FullWindow(QWidget):
    """The maximised window a panel is shown in; Esc or closing it puts the panel back."""

    def __init__(self, panel: QWidget, dock: QDockWidget):
        super().__init__(None, Qt.WindowType.Window)
        self.panel, self.dock = panel, dock
        self.setObjectName("fullWindow")
        self.setWindowTitle(dock.windowTitle())
        self.placeholder = QLabel(QCoreApplication.translate("ViewTools", "Shown in its own window (Esc brings it back)."), dock)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        dock.setWidget(self.placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panel)
        panel.show()
        self._left = False

    def leave(self) -> None:
        if self._left:
            return
        self._left = True
        self.dock.setWidget(self.panel)
        self.panel.show()
        self.placeholder.deleteLater()
        self.close()
        self.deleteLater()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.leave()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._left:
            self.leave()
        super().closeEvent(event)


def toggle_full_window(panel: QWidget) -> bool:
    """Show ``panel`` in its own maximised window, or put it back in its dock; True when full."""
    current = getattr(panel, "full_window", None)
    if current is not None:
        panel.full_window = None
        current.leave()
        return False
    dock = panel.parentWidget()
    if not isinstance(dock, QDockWidget):
        return False
    window = FullWindow(panel, dock)
    panel.full_window = window
    window.destroyed.connect(lambda *_a: setattr(panel, "full_window", None) if _alive(panel) else None)
    screen = (dock.window().screen() if dock.window() is not None else None)
    if screen is not None:                  # without a window manager "maximised" alone does nothing
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()
    window.activateWindow()
    return True


def _alive(widget) -> bool:
    import shiboken6
    return shiboken6.isValid(widget)


class _Names(QWidget):
    """Keeps the button and action texts in the UI language."""

    def __init__(self, parent, button: QToolButton, actions: dict[str, QAction]):
        super().__init__(parent)
        self.button, self.named = button, actions
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(QCoreApplication.translate("ViewTools", "Full window"))
        self.button.setToolTip(QCoreApplication.translate("ViewTools", "Show this panel in a window of its own (F11; Esc brings it back). "
                                   "Ctrl+wheel, Ctrl++ and Ctrl+- zoom, Ctrl+0 fits."))
        texts = {"full": QCoreApplication.translate("ViewTools", "Full window"), "in": QCoreApplication.translate("ViewTools", "Zoom in"), "out": QCoreApplication.translate("ViewTools", "Zoom out"), "reset": QCoreApplication.translate("ViewTools", "Fit")}
        for key, action in self.named.items():
            action.setText(texts[key])

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def add_view_tools(panel: QWidget, zoom_in: Callable[[], None], zoom_out: Callable[[], None],
                   zoom_reset: Callable[[], None]) -> QToolButton:
    """Full-window button and zoom keys for ``panel``; returns the button (to put in its bar)."""
    panel.full_window = None
    actions: dict[str, QAction] = {}
    for key, keys, slot in (("full", [QKeySequence(Qt.Key.Key_F11)], lambda: toggle_full_window(panel)),
                            ("in", [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
                             zoom_in),
                            ("out", [QKeySequence(QKeySequence.StandardKey.ZoomOut)], zoom_out),
                            ("reset", [QKeySequence("Ctrl+0")], zoom_reset)):
        action = QAction(panel)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        panel.addAction(action)
        actions[key] = action
    button = QToolButton(panel)
    button.setObjectName("fullWindowButton")
    button.clicked.connect(lambda: toggle_full_window(panel))
    panel.view_actions = actions
    panel._view_names = _Names(panel, button, actions)
    return button
