"""The window beside other programs (the review's F5, F6, F13): their changes come in, the drafter's
typing is merged or shown side by side, never thrown away.

Verified to fail before the mends: a conflict discarded the typed text and cleared undo ("the
typed text was lost"); after ``draft add`` in a terminal the window still showed the old draft and
a version saved from it lacked the new article; a read-only workspace said nothing until an edit
failed.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QTextBrowser

from workbench.core.edits import SetFields
from workbench.storage import Workspace

COE = "coe-ai-convention"
ROOT = Path(__file__).resolve().parents[2]


def _cli(path: Path, *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "workbench", "--workspace", str(path), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr


def _article(draft, clause_id):
    return next(a for a in draft.articles() if a.derived_from == clause_id)


def _type_into(window, qtbot, node_id: str, text: str) -> None:
    field = window.editor.field(node_id, "text")
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClicks(field, text)


def test_typing_merges_with_a_terminals_change_to_another_article(coe_window, ws_path, qtbot):
    window = coe_window
    draft = window.current_draft
    target = _article(draft, f"{COE}/art-16")
    window.select_article(target.id)
    paragraph = target.children[0]
    _type_into(window, qtbot, paragraph.id, " Typed in the window.")
    _cli(ws_path, "draft", "move", draft.id, "5", "1")         # meanwhile, in a terminal
    window.editor.flush()
    assert not window.errors, window.errors
    with Workspace.open(ws_path) as ws:
        stored = ws.load_draft(draft.id)
    assert stored.find(paragraph.id).text.endswith(" Typed in the window.")
    assert stored.articles()[0].id == draft.articles()[0].id, "the window did not take over the move"
    assert window.current_draft.to_dict() == stored.to_dict()
    assert window.session.undo_stack.canUndo()
    window.undo()
    with Workspace.open(ws_path) as ws:
        again = ws.load_draft(draft.id)
    assert not again.find(paragraph.id).text.endswith("Typed in the window.")
    assert again.articles()[0].id == stored.articles()[0].id, "undo took back the other program's move"


def _conflict(window, qtbot):
    qtbot.waitUntil(lambda: window.conflict_dialog is not None and window.conflict_dialog.isVisible())
    return window.conflict_dialog


def test_typing_into_text_another_program_changed_is_shown_side_by_side(coe_window, ws_path, qtbot):
    window = coe_window
    draft = window.current_draft
    paragraph = _article(draft, f"{COE}/art-16").children[0]
    window.select_article(_article(draft, f"{COE}/art-16").id)
    _type_into(window, qtbot, paragraph.id, " MINE")
    with Workspace.open(ws_path) as other:
        theirs = other.load_draft(draft.id)
        other.apply(theirs, SetFields(paragraph.id, {"text": "Their wording of this paragraph."}))
    window.editor.flush()
    dialog = _conflict(window, qtbot)
    mine, theirs = dialog.findChild(QTextBrowser, "mineText1"), dialog.findChild(QTextBrowser, "theirsText1")
    assert "MINE" in mine.toPlainText() and "Their wording" not in mine.toPlainText()
    assert "Their wording" in theirs.toPlainText() and "MINE" not in theirs.toPlainText()
    qtbot.mouseClick(dialog.findChild(QPushButton, "keepMineButton"), Qt.MouseButton.LeftButton)
    with Workspace.open(ws_path) as ws:
        assert ws.load_draft(draft.id).find(paragraph.id).text.endswith(" MINE")
    assert window.current_draft.find(paragraph.id).text.endswith(" MINE")


def test_keeping_the_other_version_puts_the_typing_on_the_clipboard(coe_window, ws_path, qtbot):
    window = coe_window
    draft = window.current_draft
    article = _article(draft, f"{COE}/art-3")
    window.select_article(article.id)
    _type_into(window, qtbot, article.children[0].id, " kept for later")
    with Workspace.open(ws_path) as other:
        theirs = other.load_draft(draft.id)
        other.apply(theirs, SetFields(article.children[0].id, {"text": "Agreed elsewhere."}))
    window.session.follow_others()                 # the poll: the editor's typing is committed first
    dialog = _conflict(window, qtbot)
    qtbot.mouseClick(dialog.findChild(QPushButton, "keepTheirsButton"), Qt.MouseButton.LeftButton)
    assert "kept for later" in QGuiApplication.clipboard().text()
    assert window.current_draft.find(article.children[0].id).text == "Agreed elsewhere."
    assert window.editor.field(article.children[0].id, "text").value() == "Agreed elsewhere."


def test_the_window_follows_a_command_run_in_a_terminal(coe_window, ws_path, qtbot):
    window = coe_window
    draft = window.current_draft
    before = len(draft.articles())
    _cli(ws_path, "draft", "add", draft.id, "rcep/art-12.1")
    qtbot.waitUntil(lambda: len(window.current_draft.articles()) == before + 1, timeout=5000)
    added = window.current_draft.articles()[-1]
    assert added.derived_from == "rcep/art-12.1"
    assert window.outline.model.index_of(added.id).isValid(), "the outline does not show the added article"
    with Workspace.open(ws_path) as ws:
        stored = ws.load_draft(draft.id)
        assert window.current_draft.to_dict() == stored.to_dict()
    _cli(ws_path, "draft", "new", "Made in a terminal")
    qtbot.waitUntil(lambda: window.outline.drafts.findText("Made in a terminal") >= 0, timeout=5000)


def test_a_read_only_workspace_says_so_when_it_opens(open_window, ws_path, qtbot):
    from workbench.ui.main import MainWindow

    from workbench.core.assemble import draft_from_source

    with Workspace.open(ws_path) as ws:
        made = ws.create_draft(draft_from_source("Kept", ws.clauses(source=COE)))
    workspace = Workspace.open(ws_path, read_only=True)
    window = MainWindow(workspace, extensions=[])
    qtbot.addWidget(window)
    window.show()
    label = window.findChild(type(window.status), "readOnlyLabel")
    assert label is not None and label.isVisible() and "Read-only" in label.text()
    assert window.set_current_draft(made.id)
    assert not window.push_edit(SetFields(window.current_draft.articles()[0].id, {"title": "x"}))
    assert "read-only" in window.errors[-1]
    window.close()


def test_an_error_nobody_caught_reaches_the_drafter_as_a_message(window, qtbot, monkeypatch):
    import threading

    from workbench.paths import user_data_dir
    from workbench.ui.errors import install_exception_hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_exception_hook()
    try:
        raise ValueError("a slot failed")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "a slot failed" in window.errors[-1] and "Your work is saved" in window.errors[-1]
    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: "division by zero" in window.errors[-1])
    log = (user_data_dir() / "errors.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "a slot failed" in log
