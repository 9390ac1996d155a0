"""core.merge: an edit made on an older state of a draft is applied to the newer one only when
nothing it touches was changed there (the window's merge with other programs' changes)."""
from __future__ import annotations

import copy

from workbench.core import operations
from workbench.core.edits import InsertNodes, RemoveNode, SetDraftFields, SetFields
from workbench.core.merge import adopt, changed_nodes, conflict_texts, footprint_unchanged
from workbench.core.model import Node, NodeKind

from test_edits import make_draft


def _touched(edit, draft):
    probe = draft.copy()
    return copy.deepcopy(edit).apply(probe)


def test_an_edit_of_another_article_merges_and_one_of_the_same_does_not():
    mine = make_draft()
    theirs = mine.copy()
    a1, a5 = theirs.articles()[0], theirs.articles()[4]
    SetFields(a5.children[0].id, {"text": "Changed elsewhere."}).apply(theirs)
    operations.move_article(theirs, theirs.articles()[2], 1).apply(theirs)
    typing = SetFields(a1.children[0].id, {"text": "Typed here."})
    assert footprint_unchanged(_touched(typing, mine), mine, theirs)
    clash = SetFields(a5.children[0].id, {"text": "Typed there."})
    assert not footprint_unchanged(_touched(clash, mine), mine, theirs)


def test_structure_changes_collide_on_the_same_parent_or_subtree():
    mine = make_draft()
    theirs = mine.copy()
    chapter = theirs.chapters()[0]
    InsertNodes(chapter.id, 1, [Node(kind=NodeKind.ARTICLE, title="Inserted elsewhere")]).apply(theirs)
    move_in_same_chapter = operations.move_article(mine, mine.articles()[3], 1)
    assert not footprint_unchanged(_touched(move_in_same_chapter, mine), mine, theirs)
    remove_elsewhere = RemoveNode(mine.chapters()[2].children[0].id)
    assert footprint_unchanged(_touched(remove_elsewhere, mine), mine, theirs)
    edited_inside = mine.copy()
    SetFields(edited_inside.chapters()[2].children[0].children[0].id, {"text": "x"}).apply(edited_inside)
    assert not footprint_unchanged(_touched(remove_elsewhere, mine), mine, edited_inside)
    retitle = SetDraftFields({"title": "Mine"})
    renamed = mine.copy()
    renamed.title = "Theirs"
    assert not footprint_unchanged(_touched(retitle, mine), mine, renamed)


def test_adopt_keeps_the_object_and_changed_nodes_names_what_differs():
    mine = make_draft()
    held = mine
    theirs = mine.copy()
    paragraph = theirs.articles()[1].children[0]
    SetFields(paragraph.id, {"text": "New."}).apply(theirs)
    assert changed_nodes(mine, theirs) == {paragraph.id}
    adopt(mine, theirs)
    assert held is mine and mine.find(paragraph.id).text == "New."


def test_conflict_texts_show_each_side_with_its_own_text():
    mine = make_draft()
    theirs = mine.copy()
    paragraph = mine.articles()[1].children[0]
    SetFields(paragraph.id, {"text": "Theirs."}).apply(theirs)
    edit = SetFields(paragraph.id, {"text": "Mine."})
    change = _touched(edit, mine)
    applied = mine.copy()
    edit.apply(applied)
    [(heading, left, right)] = conflict_texts(change, applied, theirs)
    assert heading.startswith("Article 2") and "Mine." in left and "Theirs." in right
