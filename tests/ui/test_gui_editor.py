"""Article editor: typing (incl. Chinese through an input method), merged undo, references, diff."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from workbench.core.references import targets

COE = "coe-ai-convention"


def article_from(draft, clause_id):
    return next(a for a in draft.articles() if a.derived_from == clause_id)


def stored_text(path, node_id, field="text"):
    """Read the workspace file through a separate connection, as after a crash."""
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(f"SELECT {field} FROM nodes WHERE id = ?", [node_id]).fetchone()[0]
    finally:
        conn.close()


def put_cursor_at_end(field):
    cursor = field.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    field.setTextCursor(cursor)


def test_typing_english_and_chinese_is_committed_and_undone_as_one_step(coe_window, qtbot, ime_commit, ws_path):
    window = coe_window
    draft = window.current_draft
    article = article_from(draft, f"{COE}/art-1")
    para = article.children[0]
    original, original_zh = para.text, para.text_zh
    window.select_article(article.id)
    field = window.editor.field(para.id)
    field.setFocus()
    put_cursor_at_end(field)
    depth = window.session.undo_stack.count()
    qtbot.keyClicks(field, " Each Party")
    qtbot.waitUntil(lambda: para.text == original + " Each Party", timeout=3000)   # idle commit
    qtbot.keyClicks(field, " shall")
    qtbot.waitUntil(lambda: para.text.endswith("Each Party shall"), timeout=3000)
    assert window.session.undo_stack.count() == depth + 1          # consecutive typing merged
    assert stored_text(ws_path, para.id) == original + " Each Party shall"
    zh_field = window.editor.field(para.id, "text_zh")
    zh_field.setFocus()                                            # leaving the English field ends its step
    put_cursor_at_end(zh_field)
    ime_commit(zh_field, "数据治理")
    qtbot.waitUntil(lambda: para.text_zh == original_zh + "数据治理", timeout=3000)
    assert stored_text(ws_path, para.id, "text_zh") == original_zh + "数据治理"
    assert window.session.undo_stack.count() == depth + 2
    window.undo()
    assert para.text_zh == original_zh and zh_field.value() == original_zh
    window.undo()
    assert para.text == original and window.editor.field(para.id).value() == original
    assert stored_text(ws_path, para.id) == original
    window.redo()
    window.redo()
    assert para.text.endswith("Each Party shall") and para.text_zh.endswith("数据治理")
    assert window.editor.field(para.id, "text_zh").value().endswith("数据治理")


def test_typing_is_not_lost_when_the_undo_shortcut_comes_first(coe_window, qtbot):
    window = coe_window
    article = article_from(window.current_draft, f"{COE}/art-2")
    window.select_article(article.id)
    title = window.editor.field(article.id, "title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " (revised)")
    window.undo()                       # flushes the pending typing first, then undoes it
    assert article.title.endswith("(revised)") is False
    window.redo()
    assert article.title.endswith("(revised)")


def test_ctrl_z_in_a_text_field_uses_the_one_undo_stack(coe_window, qtbot):
    window = coe_window
    article = article_from(window.current_draft, f"{COE}/art-1")
    para = article.children[0]
    original = para.text
    window.select_article(article.id)
    field = window.editor.field(para.id)
    field.setFocus()
    put_cursor_at_end(field)
    qtbot.keyClicks(field, " typed")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert para.text == original and field.value() == original       # committed, then undone
    assert window.session.undo_stack.canRedo()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert para.text == original + " typed"
    title = window.editor.field(article.id, "title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "!")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not article.title.endswith("!") and not title.text().endswith("!")


def test_references_are_live_objects_that_round_trip_and_navigate(coe_window, qtbot):
    window = coe_window
    draft = window.current_draft
    art23 = article_from(draft, f"{COE}/art-23")
    art34 = article_from(draft, f"{COE}/art-34")
    para = next(n for n in art23.walk() if f"{COE}/art-34" in targets(n.text))
    window.select_article(art23.id)
    field = window.editor.field(para.id)
    assert field.value() == para.text                        # tokens survive display and reading back
    assert "{{" not in field.toPlainText()                   # the drafter never sees a token
    # Ctrl+click on the reference object goes to Article 34
    doc = field.document()
    at = field.toPlainText().index("\ufffc")
    cursor = QTextCursor(doc)
    cursor.setPosition(at)
    rect = field.cursorRect(cursor)
    point = QPoint(rect.right() + 4, rect.center().y())
    assert field.reference_at(point) == f"{COE}/art-34"
    with qtbot.waitSignal(window.current_article_changed):
        qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, point)
    assert window.current_article_id == art34.id
    # typing next to a reference keeps it a reference and keeps the typed text plain
    window.select_article(art23.id)
    field = window.editor.field(para.id)
    field.setFocus()
    cursor = field.textCursor()
    cursor.setPosition(at + 1)
    field.setTextCursor(cursor)
    qtbot.keyClicks(field, "X")
    assert field.value() == para.text.replace("{{ref:%s/art-34}}" % COE, "{{ref:%s/art-34}}X" % COE)
    # copy and paste keeps the reference
    cursor.setPosition(at)
    cursor.setPosition(at + 1, QTextCursor.MoveMode.KeepAnchor)
    field.setTextCursor(cursor)
    field.copy()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    field.setTextCursor(cursor)
    field.paste()
    assert field.value().endswith("{{ref:%s/art-34}}" % COE)
    window.editor.flush()
    assert para.text.endswith("{{ref:%s/art-34}}" % COE)


def test_compare_with_source_shows_the_changes(coe_window, qtbot):
    window = coe_window
    article = article_from(window.current_draft, f"{COE}/art-1")
    window.select_article(article.id)
    window.editor.tabs.setCurrentIndex(1)
    assert "unchanged" in window.editor.diff.toPlainText()
    para = article.children[0]
    field = window.editor.field(para.id)
    field.setFocus()
    put_cursor_at_end(field)
    qtbot.keyClicks(field, " NEWWORDS")
    window.editor.flush()
    text = window.editor.diff.toPlainText()
    assert "NEWWORDS" in text and "changed" in text
    html = window.editor.diff.toHtml()
    assert "NEWWORDS" in html.split("text-decoration: underline", 1)[-1] or "underline" in html


def test_paragraphs_can_be_added_and_removed(coe_window, qtbot, ime_commit):
    window = coe_window
    article = article_from(window.current_draft, f"{COE}/art-2")
    window.select_article(article.id)
    count = len(article.children)
    first = article.children[0]
    window.editor.field(first.id).setFocus()
    window.editor.add_paragraph()
    assert len(article.children) == count + 1
    new = article.children[1]
    new_field = window.editor.field(new.id)
    assert new_field is not None and new_field.hasFocus()
    qtbot.keyClicks(new_field, "New paragraph")
    window.editor.flush()
    assert new.text == "New paragraph"
    window.editor.remove_paragraph()
    assert len(article.children) == count
    window.undo()
    window.undo()
    window.undo()
    assert len(article.children) == count
