"""Edits given the window's followed id index (``edits.lending``) look nodes up instead of walking
a long draft (review F15); they must do exactly what they do without it, refuse the same
impossible edits, and stop trusting the index once the draft's structure changed under it."""
from __future__ import annotations

import copy
import random

import pytest

from workbench.core.edits import Compound, InsertNodes, MoveNode, RemoveNode, follow_index, lending
from workbench.core.model import DraftError, Node, NodeKind

from test_numbering_follow import _draft, _edit


def test_edits_with_a_lent_index_do_what_they_do_without_it():
    rng = random.Random(7)
    for _round in range(20):
        plain = _draft(rng, False)
        lent = copy.deepcopy(plain)
        index = lent.index()
        done: list[tuple] = []                   # (edit on the plain draft, its twin on the lent one)
        for _step in range(20):
            undo = bool(done) and rng.random() < 0.3
            if undo:
                edit, twin = done.pop()
                do_plain, do_lent = edit.revert, twin.revert
            else:
                edit = _edit(rng, plain)
                twin = copy.deepcopy(edit)
                do_plain, do_lent = edit.apply, twin.apply
            try:
                do_plain(plain)
            except DraftError:
                with pytest.raises(DraftError), lending(lent, index):
                    do_lent(lent)
                continue
            with lending(lent, index):
                change = do_lent(lent)
            assert follow_index(lent, index, change)
            assert index == lent.index()
            assert lent.to_dict() == plain.to_dict()
            if not undo:
                done.append((edit, twin))


def test_an_inserted_id_already_in_the_draft_is_refused_through_the_index():
    draft = _draft(random.Random(3), False)
    article = draft.articles()[2]
    again = InsertNodes(None, 0, [copy.deepcopy(article)])
    with pytest.raises(DraftError, match=article.id), lending(draft, draft.index()):
        again.apply(draft)
    with pytest.raises(DraftError, match="no element"), lending(draft, draft.index()):
        RemoveNode("not-there").apply(draft)


def test_the_parts_after_a_structural_change_walk_the_draft():
    """An index lent for a Compound says where things were before its first part: the second part
    (moving the article the first inserted) must not be looked up in it."""
    draft = _draft(random.Random(4), False)
    chapter = next(n for n in draft.children if n.kind is NodeKind.CHAPTER)
    new = Node(NodeKind.ARTICLE, title="New", children=[Node(NodeKind.PARAGRAPH, text="x")])
    both = Compound([InsertNodes(chapter.id, 0, [new]), MoveNode(new.id, None, 0),
                     RemoveNode(new.children[0].id)])
    index = draft.index()
    with lending(draft, index):
        change = both.apply(draft)
    assert draft.children[0].id == new.id and not draft.children[0].children
    if follow_index(draft, index, change):         # else the window builds its index again
        assert index == draft.index()


def test_an_index_lent_for_one_draft_says_nothing_of_another():
    one, other = _draft(random.Random(5), False), _draft(random.Random(6), False)
    article = other.articles()[0]
    with lending(one, one.index()):
        RemoveNode(article.id).apply(other)
    assert article.id not in other.index()
