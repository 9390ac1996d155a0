"""Undo everything and redo; quit and restart; workspace files; failures reported, never a crash."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from workbench.core.edits import SetFields
from workbench.storage import LibraryError, Workspace
from workbench.ui import settings
from workbench.ui.main import MainWindow

COE = "coe-ai-convention"


def article_from(draft, clause_id):
    return next(a for a in draft.articles() if a.derived_from == clause_id)


def test_undo_everything_back_to_the_start_and_redo(coe_window, qtbot, ime_commit, ws_path, library_dir):
    window = coe_window
    draft = window.current_draft
    start = draft.to_dict()
    chapter = draft.chapters()[0]
    window.outline.select_node(chapter.children[0].id)
    window.library.select_clause(f"{COE}/art-29")
    window.library.view.setFocus()
    qtbot.keyClick(window.library.view, Qt.Key.Key_Return)           # add by keyboard
    mime = window.library.model.mimeData([window.library.model.index_of_clause(f"{COE}/art-2")])
    window.outline.model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0,
                                      window.outline.model.index_of(draft.chapters()[-1].id))
    art34 = article_from(draft, f"{COE}/art-34")
    window.select_article(art34.id)
    window.outline.move_selected(-1)
    window.impact_guard.wait()                         # a move waits for its impact (off the GUI thread)
    field = window.editor.field(art34.children[0].id, "text_zh")
    field.setFocus()
    ime_commit(field, "第一款")
    window.editor.flush()
    window.outline.add_chapter("Extra", "附加")
    window.push_edit(SetFields(art34.id, {"title": "Reservations (revised)"}))
    end = draft.to_dict()
    assert end != start
    steps = window.session.undo_stack.count()
    assert steps >= 6
    while window.session.undo_stack.canUndo():
        window.undo()
    assert draft.to_dict() == start
    with Workspace.open(ws_path, clauses_dir=library_dir) as other:
        assert other.load_draft(draft.id).to_dict() == start
    while window.session.undo_stack.canRedo():
        window.redo()
    assert draft.to_dict() == end
    with Workspace.open(ws_path, clauses_dir=library_dir) as other:
        assert other.load_draft(draft.id).to_dict() == end


def test_quit_and_restart_restores_drafts_layout_and_selection(open_window, ws_path, qtbot, ime_commit):
    window = open_window(ws_path)
    from workbench.core.assemble import draft_from_source
    draft = draft_from_source("Restart test", window.session.workspace.clauses(source=COE))
    window.create_draft(draft)
    article = article_from(draft, f"{COE}/art-23")
    window.select_article(article.id)
    para = article.children[0]
    field = window.editor.field(para.id, "text_zh")
    field.setFocus()
    ime_commit(field, "缔约方会议")
    window.editor.flush()
    window.history_dock.show()
    window.outline_dock.hide()
    expected = draft.to_dict()
    window.close()
    again = open_window(ws_path)
    assert again.current_draft.id == draft.id
    assert again.current_draft.to_dict() == expected
    assert again.current_article_id == article.id
    assert again.editor.field(para.id, "text_zh").value() == para.text_zh + "缔约方会议" or \
        again.editor.field(para.id, "text_zh").value().endswith("缔约方会议")
    assert again.history_dock.isVisibleTo(again) and not again.outline_dock.isVisibleTo(again)
    assert {d.id for d in again.session.draft_infos()} >= {draft.id}
    assert again.session.undo_stack.count() == 0


def test_an_edit_is_in_the_file_at_once(coe_window, ws_path):
    window = coe_window
    article = article_from(window.current_draft, f"{COE}/art-1")
    window.push_edit(SetFields(article.id, {"title_zh": "目的和宗旨"}))
    conn = sqlite3.connect(str(ws_path))         # another process would see it: nothing to save
    try:
        assert conn.execute("SELECT title_zh FROM nodes WHERE id = ?", [article.id]).fetchone()[0] == "目的和宗旨"
    finally:
        conn.close()


def test_save_a_copy_and_open_it_and_recent_files(window, tmp_path, library_dir):
    copy = tmp_path / "copy.treaty"
    window.push_edit(SetFields(window.current_draft.chapters()[0].id, {"title": "Copied chapter"}))
    assert window.save_copy(copy)
    with Workspace.open(copy, clauses_dir=library_dir) as other:
        assert other.load_draft(window.current_draft.id).chapters()[0].title == "Copied chapter"
    assert not window.save_copy(window.session.workspace.path)       # refused, with a message
    assert "open workspace" in window.errors[-1]
    new = window.open_workspace(copy)
    assert isinstance(new, MainWindow) and new is not window
    try:
        assert window._closed
        assert new.current_draft.chapters()[0].title == "Copied chapter"
        assert copy.resolve() in [p.resolve() for p in settings.recent_files()]
    finally:
        new.close()


def test_corrupt_or_missing_workspace_gives_a_message_not_a_crash(window, tmp_path):
    corrupt = tmp_path / "corrupt.treaty"
    corrupt.write_bytes(b"this is not a database" * 10)
    assert window.open_workspace(corrupt) is None
    assert "not a Treaty Workbench workspace" in window.errors[-1]
    assert not window._closed
    assert window.open_workspace(tmp_path / "absent.treaty") is None
    assert "no such workspace" in window.errors[-1]
    folder = tmp_path / "folder.treaty"
    folder.mkdir()
    assert window.open_workspace(folder) is None
    assert window.errors[-1]


def test_unwritable_workspace_reports_and_keeps_the_draft(window, ws_path, monkeypatch):
    draft = window.current_draft
    before = draft.to_dict()
    conn = window.session.workspace.db.conn
    conn.execute("PRAGMA query_only = ON")             # every write now fails, as on a read-only file
    try:
        assert not window.push_edit(SetFields(draft.chapters()[0].id, {"title": "Never stored"}))
    finally:
        conn.execute("PRAGMA query_only = OFF")
    assert draft.to_dict() == before
    assert "read-only" in window.errors[-1] and "not saved" in window.errors[-1]
    assert window.session.undo_stack.count() == 0


def test_a_malformed_clause_file_does_not_stop_the_drafter(ws_path, library_dir, tmp_path):
    import shutil

    from workbench.ui.recovery import open_workspace_file

    broken = tmp_path / "clauses"
    shutil.copytree(library_dir, broken)
    target = sorted(broken.glob("*.toml"))[0]
    target.write_text(target.read_text(encoding="utf-8") + "\n[[clause]\nid = \n", encoding="utf-8")
    workspace, warning = open_workspace_file(ws_path, clauses_dir=broken)
    try:
        assert warning and target.name in warning and "earlier copy" in warning
        assert workspace.sources()                      # the library imported before is still there
    finally:
        workspace.close()
    with pytest.raises(LibraryError):                   # a new workspace has no earlier library
        open_workspace_file(tmp_path / "new.treaty", clauses_dir=broken)
