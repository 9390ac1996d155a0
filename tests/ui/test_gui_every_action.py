"""Every action works from the window (issue 17): each QAction of the main window's menus and
toolbars and each QPushButton/QToolButton of every panel is triggered through the real widget.

Modal dialogs are answered by a poller (a QTimer): in one pass it cancels them, in the other it
accepts them (a save dialog gets a file name in the test's folder). pytest-qt's exception capture is
the exception hook: an exception Qt would only print on the terminal (as the ``clicked(bool)`` that
arrived as a file path did) fails the test, named with the action or button that raised it.
"""
from __future__ import annotations

import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox, QFileDialog, QLineEdit,
                               QMenu, QMessageBox, QPushButton, QToolBar, QToolButton)

COE = "coe-ai-convention"

#: Actions that replace the workspace or end the window: triggered last, in the cancelling pass only.
LAST = ("&Quit",)
#: Switch the window to another workspace when their dialog is accepted.
NOT_ACCEPTED = ("New &workspace…", "&Open workspace…")


class Answerer:
    """Answers every modal dialog, popup menu and window-modal message box that appears."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.accept = False
        self.answered: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(40)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            popup.close()
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            dialog = next((w for w in QApplication.topLevelWidgets()
                           if isinstance(w, QDialog) and w.isVisible() and w.isModal()), None)
        if not isinstance(dialog, QDialog):
            return
        self.answered.append(f"{type(dialog).__name__}: {dialog.windowTitle()}")
        if isinstance(dialog, QFileDialog):
            if self.accept and dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
                suffix = ".docx" if "docx" in " ".join(dialog.nameFilters()) else ".treaty"
                dialog.findChild(QLineEdit, "fileNameEdit").setText(
                    str(self.folder / f"answer{len(self.answered)}{suffix}"))
                dialog.accept()
                if dialog.isVisible():
                    dialog.reject()
            else:
                dialog.reject()
        elif isinstance(dialog, QMessageBox):
            button = self._message_button(dialog)
            if button is not None:
                button.click()
            else:
                dialog.done(0)
        elif self.accept:
            box = dialog.findChild(QDialogButtonBox)
            ok = box.button(QDialogButtonBox.StandardButton.Ok) if box is not None else None
            if ok is not None and ok.isEnabled():
                ok.click()
            if dialog.isVisible():
                dialog.reject()            # nothing to accept with (an empty required field): cancelled
        else:
            dialog.reject()

    def _message_button(self, box: QMessageBox) -> QAbstractButton | None:
        if self.accept:
            for role in (QMessageBox.ButtonRole.YesRole, QMessageBox.ButtonRole.AcceptRole):
                for button in box.buttons():
                    if box.buttonRole(button) == role:
                        return button
        return box.escapeButton() or box.button(QMessageBox.StandardButton.No) \
            or box.button(QMessageBox.StandardButton.Cancel) or box.button(QMessageBox.StandardButton.Ok)

    def stop(self) -> None:
        self.timer.stop()


def menu_actions(window):
    """(path, action) of every action in the menus (sub-menus opened) and the toolbars."""
    found = []

    def walk(menu, path):
        menu.aboutToShow.emit()              # as opening it does: fills "Open recent"
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                walk(action.menu(), path + [action.menu().title()])
            else:
                found.append((" ▸ ".join(path + [action.text()]), action))

    for top in window.menuBar().actions():
        walk(top.menu(), [top.text()])
    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            if not action.isSeparator() and action not in [a for _, a in found]:
                found.append((f"{bar.objectName() or 'toolbar'} ▸ {action.text()}", action))
    return found


def panel_buttons(window):
    """(path, button) of every push and tool button of every dock."""
    found = []
    for name, dock in window.docks.items():
        for button in dock.findChildren(QPushButton) + dock.findChildren(QToolButton):
            action = button.defaultAction() if isinstance(button, QToolButton) else None
            label = action.text() if action is not None else (button.text() or button.toolTip()
                                                             or button.objectName())
            found.append((f"{name} ▸ {label}", button))
    return found


def prepare(window, qtbot):
    """A draft with versions, a selected article and the panels built: most buttons can act."""
    for attribute in list(window._lazy_panels):
        getattr(window, attribute)
    for dock in window.docks.values():
        dock.show()
    if window.current_draft is None or not window.current_draft.articles():   # a new or deleted draft
        from workbench.core.assemble import draft_from_source

        window.create_draft(draft_from_source("again", window.session.workspace.clauses(source=COE)))
    draft = window.current_draft
    article = draft.articles()[min(3, len(draft.articles()) - 1)]
    window.select_article(article.id)
    versions = window.versions_panel
    first = versions.save_version("Rev.1", "tester", "", "")
    second = versions.save_version("Rev.2", "tester", "", "")
    assert first is not None and second is not None
    versions.select(first.id)
    assert window.compare_view is not None
    versions.compare_selected()
    qtbot.wait(50)
    return first, second


def trigger(window, qtbot, answerer, name, thing, problems) -> bool:
    """Trigger an action or click a button; an exception anywhere names it."""
    if window._closed or not shiboken6.isValid(thing):     # a panel rebuilt its rows' buttons
        return False
    enabled = thing.isEnabled()
    if not enabled:
        return False
    if os.environ.get("EVERY_ACTION_LOG"):          # which one hangs, when one does
        with open(os.environ["EVERY_ACTION_LOG"], "a") as log:
            log.write(f"{name}\n")
    with qtbot.capture_exceptions() as raised:
        if isinstance(thing, QAbstractButton):
            thing.click()
        else:
            thing.trigger()
        qtbot.wait(20)
        for _ in range(50):                   # dialogs left open by the action are answered
            if QApplication.activeModalWidget() is None:
                break
            qtbot.wait(40)
    for kind, value, _tb in raised:
        problems.append(f"{name}: {kind.__name__}: {value}")
    return True


def test_every_action_and_button_works_from_the_window(coe_window, qtbot, tmp_path):
    window = coe_window
    prepare(window, qtbot)
    answerer = Answerer(tmp_path)
    problems: list[str] = []
    triggered: set[str] = set()
    try:
        for accept in (False, True):
            answerer.accept = accept
            for name, action in menu_actions(window):
                if action.text() in LAST or (accept and action.text() in NOT_ACCEPTED):
                    continue
                if "&Language" in name and accept:
                    continue
                if trigger(window, qtbot, answerer, name, action, problems):
                    triggered.add(name)
                if window.translations.code != "en" and "&Language" not in name:
                    window.set_language("en")
            window.set_language("en")
            first, _second = prepare(window, qtbot)
            for name, button in panel_buttons(window):
                if name.startswith("versionsDock") and shiboken6.isValid(button):
                    window.versions_panel.all_drafts.setChecked(True)      # Rev.1 may be another draft's now
                    window.versions_panel.select(first.id)
                if trigger(window, qtbot, answerer, name, button, problems):
                    triggered.add(name)
                if window.current_draft is None or not window.current_draft.articles():
                    first, _second = prepare(window, qtbot)
        quit_action = next(a for n, a in menu_actions(window) if a.text() in LAST)
        trigger(window, qtbot, answerer, "Quit", quit_action, problems)
    finally:
        answerer.stop()
    assert not problems, "\n".join(problems)
    assert window._closed
    must = ["versionsDock ▸ Restore into current draft", "compareDock ▸ Redline .docx…",
            "compareDock ▸ Table .docx…", "&Draft ▸ Move to position…", "versionsDock ▸ Compare"]
    assert not [m for m in must if m not in triggered], sorted(triggered)
    assert answerer.answered, "no dialog was ever answered"
    written = [p.name for p in tmp_path.iterdir() if p.suffix == ".docx"]
    assert written, f"accepting the export dialogs wrote no file ({answerer.answered})"
