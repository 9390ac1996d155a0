"""Draft outline: add clauses by drag and by keyboard, reorder, chapters; numbers and references follow."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from workbench.core.model import NodeKind
from workbench.core.numbering import Numbering
from workbench.core.references import targets
from workbench.ui import impact_dialog
from workbench.ui.outline_model import NodeIdRole

COE = "coe-ai-convention"


def article_from(draft, clause_id):
    return next(a for a in draft.articles() if a.derived_from == clause_id)


def number(draft, node):
    return Numbering.of(draft).articles[node.id]


def send_drop(view, mime, index: QModelIndex, where: str = "on", action=Qt.DropAction.CopyAction) -> None:
    """A real drag-and-drop sequence delivered to the view (no QDrag loop needed)."""
    rect = view.visualRect(index) if index.isValid() else view.viewport().rect()
    point = rect.center() if where == "on" else QPoint(rect.center().x(), rect.top() + 1)
    viewport = view.viewport()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(point).toPoint(), action, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted(), "the outline refuses the drag"
    move = QDragMoveEvent(point, action, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted(), "the outline refuses the drop position"
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), action, mime, buttons, modifiers))


def test_outline_model_passes_the_model_tester_through_edits(coe_window, qtmodeltester):
    window = coe_window
    model = window.outline.model
    qtmodeltester.check(model, force_py=True)          # the tester stays attached and checks every signal below
    draft = window.current_draft
    art34 = article_from(draft, f"{COE}/art-34")
    window.outline.select_node(art34.id)
    for _ in range(3):
        window.outline.move_selected(-1)
        window.impact_guard.wait()                     # a move waits for its impact (off the GUI thread)
    chapter_id = window.outline.add_chapter("Extra", "附加")
    window.add_clauses([f"{COE}/art-1"])
    window.outline.select_node(chapter_id)
    window.outline.confirm = lambda text: True
    window.outline.remove_selected()
    window.impact_guard.wait()
    while window.session.undo_stack.canUndo():
        window.undo()
    qtmodeltester.check(model, force_py=True)
    assert window.current_draft.to_dict()["children"] == draft.to_dict()["children"]


def test_drag_a_clause_from_the_library_into_a_chapter(coe_window):
    window = coe_window
    draft = window.current_draft
    chapter = draft.chapters()[1]
    first_article_number = number(draft, chapter.children[0])
    clause_id = f"{COE}/art-29"
    mime = window.library.model.mimeData([window.library.model.index_of_clause(clause_id)])
    outline = window.outline.model
    assert outline.canDropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, outline.index_of(chapter.id))
    assert outline.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, outline.index_of(chapter.id))
    added = chapter.children[0]
    assert added.derived_from == clause_id
    assert number(draft, added) == first_article_number
    assert outline.index_of(added.id).data() .startswith(f"Article {first_article_number} – ")
    stored = window.session.workspace.load_draft(draft.id)
    assert [a.derived_from for a in stored.articles()] == [a.derived_from for a in draft.articles()]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_real_drop_events_from_the_library_and_within_the_outline(window):
    draft = window.current_draft                      # the starter draft: preamble and chapters
    view = window.outline.view
    chapter = draft.chapters()[0]
    library = window.library
    mime = library.model.mimeData([library.model.index_of_clause(f"{COE}/art-2"),
                                   library.model.index_of_clause(f"{COE}/art-1")])
    send_drop(view, mime, window.outline.model.index_of(chapter.id), "on")
    assert [a.derived_from for a in chapter.children] == [f"{COE}/art-1", f"{COE}/art-2"]
    # move Article 2 above Article 1 by dropping it on the upper edge of Article 1's row
    second = chapter.children[1]
    window.outline.select_node(second.id)
    moving = window.outline.model.mimeData([window.outline.model.index_of(second.id)])
    send_drop(view, moving, window.outline.model.index_of(chapter.children[0].id), "above",
              Qt.DropAction.MoveAction)
    window.impact_guard.wait()                         # a move waits for its impact (off the GUI thread)
    assert [a.derived_from for a in chapter.children] == [f"{COE}/art-2", f"{COE}/art-1"]
    assert window.outline.selected_node().id == second.id      # the selection follows the move
    assert window.outline.model.index_of(second.id).data().startswith("Article 1 – ")


def test_add_clauses_with_the_keyboard(window, qtbot):
    draft = window.current_draft
    chapter = draft.chapters()[0]
    window.outline.select_node(chapter.id)
    library = window.library
    library.select_clause(f"{COE}/art-1")
    library.view.setFocus()
    qtbot.keyClick(library.view, Qt.Key.Key_Return)
    assert [a.derived_from for a in chapter.children] == [f"{COE}/art-1"]
    assert window.current_article_id == chapter.children[0].id        # the new article is selected
    library.select_clause(f"{COE}/art-2")
    window.activateWindow()
    library.view.setFocus()
    qtbot.keyClick(library.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [a.derived_from for a in chapter.children] == [f"{COE}/art-1", f"{COE}/art-2"]
    assert window.outline.model.index_of(chapter.children[1].id).data().startswith("Article 2 – ")


def test_reorder_updates_numbers_and_cross_references_at_once(coe_window, qtbot):
    window = coe_window
    draft = window.current_draft
    art23 = article_from(draft, f"{COE}/art-23")
    art34 = article_from(draft, f"{COE}/art-34")
    ref_para = next(n for n in art23.walk() if f"{COE}/art-34" in targets(n.text))
    start23, start34 = number(draft, art23), number(draft, art34)
    window.select_article(art23.id)
    field = window.editor.field(ref_para.id)
    assert field.handler.labeler(f"{COE}/art-34", False) == (f"Article {start34}", True)
    window.select_article(art34.id)        # move Article 34 up until it stands before Article 23
    window.outline.view.setFocus()
    presses = 0
    while number(draft, art34) != start23 and presses < 2 * (start34 - start23) + 20:
        qtbot.keyClick(window.outline.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        while window.impact_guard.wait():   # a move is made once its impact is worked out
            pass
        presses += 1                        # a chapter boundary takes one press more (its last place)
    new34 = start23
    assert number(draft, art34) == new34 and number(draft, art23) == start23 + 1
    outline = window.outline.model
    assert outline.index_of(art34.id).data().startswith(f"Article {new34} – ")
    assert outline.index_of(art23.id).data().startswith(f"Article {start23 + 1} – ")
    assert outline.index_of(art23.id, 1).data().startswith("第")
    window.select_article(art23.id)
    field = window.editor.field(ref_para.id)
    assert field.handler.labeler(f"{COE}/art-34", False) == (f"Article {new34}", True)
    assert f"Article {new34}" in window.editor.info.text()          # "Refers to: Article …" link
    zh_field = window.editor.field(ref_para.id, "text_zh")
    assert zh_field.handler.labeler(f"{COE}/art-34", False)[0].startswith("第")


def test_add_rename_and_remove_chapters(window):
    draft = window.current_draft
    before = len(draft.chapters())
    window.outline.select_node(draft.chapters()[0].id)
    chapter_id = window.outline.add_chapter("Definitions", "定义")
    assert [c.id for c in draft.chapters()].index(chapter_id) == 1
    index = window.outline.model.index_of(chapter_id)
    assert index.data() == "Chapter II – Definitions"
    assert index.siblingAtColumn(1).data() == "第二章 定义"
    assert window.outline.model.setData(index, "Use of terms")
    assert draft.find(chapter_id).title == "Use of terms"
    assert window.outline.rename(chapter_id, "Use of terms", "用语")
    assert window.outline.model.index_of(chapter_id, 1).data() == "第二章 用语"
    window.add_clauses([f"{COE}/art-2"])
    window.outline.select_node(chapter_id)
    asked = []
    window.outline.confirm = lambda text: asked.append(text) or True
    window.outline.remove_selected()
    assert asked and len(draft.chapters()) == before
    assert window.outline.model.index_of(chapter_id).isValid() is False
    window.undo()
    assert draft.find(chapter_id).children[0].derived_from == f"{COE}/art-2"
    assert window.outline.model.index_of(chapter_id).data(NodeIdRole) == chapter_id


def test_preamble_clauses_go_to_the_preamble(window):
    draft = window.current_draft
    preamble_clause = next(c for c in window.session.workspace.clauses(source=COE) if c.kind == "preamble")
    window.add_clauses([preamble_clause.id])
    preamble = draft.preamble()
    assert preamble is not None and preamble.children
    assert all(n.kind is NodeKind.RECITAL for n in preamble.children)
    index = window.outline.model.index_of(preamble.children[0].id)
    assert index.parent() == window.outline.model.index_of(preamble.id)


def test_unverified_and_model_clauses_stay_marked_in_the_draft(window):
    ws = window.session.workspace
    draft = window.current_draft
    unverified = next(c for c in ws.clauses(verification="unverified") if c.kind != "preamble")
    window.outline.select_node(draft.chapters()[0].id)
    window.add_clauses([unverified.id])
    article = next(a for a in draft.articles() if a.derived_from == unverified.id)
    index = window.outline.model.index_of(article.id)
    assert "UNVERIFIED" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    window.select_article(article.id)
    assert "UNVERIFIED" in window.editor.info.text()
    models = [s.id for s in ws.sources().values() if s.is_model]
    if not models:
        pytest.skip("the library has no workbench model clauses yet")
    model_clause = next(c for c in ws.clauses(source=models[0]) if c.kind != "preamble")
    window.add_clauses([model_clause.id])
    added = next(a for a in draft.articles() if a.derived_from == model_clause.id)
    window.select_article(added.id)
    assert "MODEL CLAUSE" in window.editor.info.text()
    window.library.select_clause(model_clause.id)
    assert "MODEL CLAUSE" in window.library.preview.toPlainText()


def test_an_imported_agreement_shows_its_sections_closing_and_annex_and_keeps_them_in_place(window, tmp_path,
                                                                                            qtmodeltester):
    from tests.export.test_import_typed import wto_style
    from workbench.ui.export_dialog import import_path

    path = tmp_path / "wto.docx"
    wto_style(path)
    assert import_path(window, path)
    model = window.outline.model
    qtmodeltester.check(model, force_py=True)
    top = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert top == ["Preamble", "SECTION A – SCOPE AND GENERAL PRINCIPLES", "SECTION B – TRANSPARENCY",
                   "SECTION C – INSTITUTIONAL ARRANGEMENTS", "SECTION D – FINAL PROVISIONS", "Closing formula",
                   "ANNEX – MODEL PROCEDURES"]
    section_a = model.index(1, 0)
    assert [model.index(r, 0, section_a).data() for r in range(model.rowCount(section_a))] == [
        "Article 1 – Objective", "Article 2 – Scope"]
    assert model.index(6, 1).data() == "附件"          # no Chinese title: the label alone
    # the annex's text is edited in the editor, in its place
    draft = window.current_draft
    annex = draft.annexes()[0]
    window.outline.select_node(annex.id)
    assert window.editor.node_id == annex.id
    assert (annex.children[1].children[0].id, "text") in window.editor._fields
    # a chapter added now goes before the closing formula and the annex, numbered as the sections are
    chapter_id = window.outline.add_chapter("Extra", "附加")
    draft = window.current_draft
    assert [n.kind.value for n in draft.children[-3:]] == ["chapter", "closing", "annex"]
    assert draft.children[-3].id == chapter_id
    assert Numbering.of(draft).label(draft.children[-3]) == "SECTION E"
    window.add_clauses([f"{COE}/art-1"])
    assert window.current_draft.children[-2].kind is NodeKind.CLOSING
    qtmodeltester.check(model, force_py=True)


def test_move_to_position_asks_for_the_article_number(coe_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = coe_window
    draft = window.current_draft
    art34 = article_from(draft, f"{COE}/art-34")
    start = number(draft, art34)
    asked = []

    def answer(parent, title, label, value, low, high, *args):
        asked.append((label, value, low, high))
        return 3, True

    monkeypatch.setattr(QInputDialog, "getInt", answer)
    window.select_article(art34.id)
    window.outline.view.setFocus()
    qtbot.keyClick(window.outline.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert asked and asked[0][1:] == (start, 1, len(draft.articles()))
    monkeypatch.setattr(impact_dialog, "ASK", lambda *args, **kwargs: True)
    assert window.impact_guard.wait()                   # the move waits for its impact (off the GUI thread)
    assert number(draft, art34) == 3
    assert window.outline.selected_node().id == art34.id
    assert window.outline.move_to_action in window.draft_menu.actions()
    window.undo()
    assert number(draft, art34) == start


def test_a_long_draft_opens_folded_and_the_outline_menu_unfolds_and_folds_it(window, monkeypatch):
    """Above FOLD_ABOVE articles chapters open folded (each edit lays out only the unfolded rows,
    review F15); the selected article's chapter unfolds; the menu unfolds or folds them all."""
    from workbench.core.assemble import draft_from_source
    from workbench.ui import outline_view

    monkeypatch.setattr(outline_view, "FOLD_ABOVE", 5)    # the CoE Convention stands for a long draft
    assert window.create_draft(draft_from_source("Long", window.session.workspace.clauses(source=COE)))
    panel, draft = window.outline, window.current_draft
    chapters = [n for n in draft.children if n.kind is NodeKind.CHAPTER]
    unfolded = lambda: {c.id for c in chapters if panel.view.isExpanded(panel.model.index_of(c.id))}  # noqa: E731
    selected = panel.selected_node()
    holder = {a.id: c.id for c in chapters for a in c.children}
    assert unfolded() <= ({holder[selected.id]} if selected is not None and selected.id in holder else set())
    last = chapters[-1].children[-1]
    window.select_article(last.id)
    assert chapters[-1].id in unfolded() and panel.view.visualRect(panel.model.index_of(last.id)).isValid()
    menu_actions = []
    monkeypatch.setattr(outline_view.QMenu, "popup", lambda menu, _point: menu_actions.extend(menu.actions()))
    panel.view.customContextMenuRequested.emit(QPoint(5, 5))
    assert panel.unfold_action in menu_actions and panel.fold_action in menu_actions
    panel.unfold_action.trigger()
    assert unfolded() == {c.id for c in chapters}
    panel.fold_action.trigger()
    assert unfolded() == set()
    assert panel.unfold_action.text() == "Unfold all chapters"


def test_the_bracket_count_follows_each_edit_as_a_full_count_would(coe_window, monkeypatch):
    """The status bar's count of open brackets is kept by counting only what each edit touched
    (review F15); through alternatives added, chosen, removed with their article, undone, it
    equals a count of the whole draft."""
    from workbench.core import brackets as br
    from workbench.core.edits import RemoveNode

    window = coe_window
    draft, session = window.current_draft, window.session
    articles = draft.articles()

    def counted() -> bool:
        return window.bracket_count.count == br.open_brackets(draft)

    for article in articles[:3]:
        para = next(n for n in article.walk() if n.kind is NodeKind.PARAGRAPH)
        session.push_edit(draft, br.add_alternative(draft, para.id, text="Other words.", proposer="China"), "alt")
        assert counted()
    assert window.bracket_count.count == 3
    para = next(n for n in articles[0].walk() if n.kind is NodeKind.PARAGRAPH)
    option = br.brackets(para)[0].options[-1]
    session.push_edit(draft, br.choose(draft, para.id, option["id"]), "choose")
    assert counted() and window.bracket_count.count == 2
    held = sum(1 for n in articles[1].walk() for b in br.brackets(n) if b.is_open)
    monkeypatch.setattr(impact_dialog, "ASK", lambda *args, **kwargs: True)
    assert session.push_edit(draft, RemoveNode(articles[1].id), "remove") is not None
    assert window.impact_guard.wait()                   # a removal waits for its impact
    assert counted() and window.bracket_count.count == 2 - held
    for _ in range(2):
        window.undo()
        assert counted()
    assert window.bracket_count.count == 3
