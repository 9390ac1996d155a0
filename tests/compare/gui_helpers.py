"""Driving modal dialogs in GUI tests: a QTimer poller answers the dialog a click opens."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

_ACTIVE: list[dict] = []


def stop_pollers() -> None:
    """A poller must never outlive its test (it would answer another test's dialog)."""
    for state in _ACTIVE:
        state["stopped"] = True
    _ACTIVE.clear()


def answer(qtbot, kind, handler, timeout_ms: int = 10000) -> dict:
    """When a modal widget of class ``kind`` appears, call ``handler(widget)`` (which fills it and
    clicks a button). Returns the poller's state ("done" once answered)."""
    state = {"stopped": False, "done": False, "waited": 0}
    _ACTIVE.append(state)

    def poll() -> None:
        if state["stopped"]:
            return
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            state["waited"] += 20
            if state["waited"] < timeout_ms:
                QTimer.singleShot(20, poll)
            return
        state["stopped"] = state["done"] = True
        handler(widget)

    QTimer.singleShot(0, poll)
    return state


def click(qtbot, button) -> None:
    """A real left click on an enabled, visible button."""
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press(qtbot, dialog: QDialog, which=QDialogButtonBox.StandardButton.Ok) -> None:
    """Click the dialog's OK (or ``which``) in its button box."""
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(which)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_message(qtbot, box: QMessageBox, which=QMessageBox.StandardButton.Ok) -> None:
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def close_message(qtbot, name: str | None = None) -> dict:
    """Answer the next window-modal message box (an information box opened with ``open()``)."""
    return answer(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Ok).click())
