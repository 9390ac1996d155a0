"""Where dropped and moved outline items go (plain draft logic, no Qt)."""
from __future__ import annotations

import pytest

from workbench.core.model import Draft, DraftError, Node, NodeKind
from workbench.core.numbering import Numbering
from workbench.ui.outline_ops import add_chapter, move_nodes, step, target_for


def sample() -> Draft:
    """Preamble (2 recitals), Chapter I (A1, A2), Chapter II (A3), loose article A4."""
    draft = Draft(title="t")
    preamble = Node(NodeKind.PREAMBLE, id="pre", children=[Node(NodeKind.RECITAL, id="r1"),
                                                           Node(NodeKind.RECITAL, id="r2")])
    one = Node(NodeKind.CHAPTER, id="c1", children=[Node(NodeKind.ARTICLE, id="a1"),
                                                    Node(NodeKind.ARTICLE, id="a2")])
    two = Node(NodeKind.CHAPTER, id="c2", children=[Node(NodeKind.ARTICLE, id="a3")])
    draft.children = [preamble, one, two, Node(NodeKind.ARTICLE, id="a4")]
    return draft


def order(draft: Draft) -> list[str]:
    return [n.id for n in draft.walk()]


def test_targets_for_each_kind():
    draft = sample()
    find = draft.find
    assert target_for(draft, NodeKind.ARTICLE, find("c1"), -1) == ("c1", 2)
    assert target_for(draft, NodeKind.ARTICLE, find("c1"), 0) == ("c1", 0)
    assert target_for(draft, NodeKind.ARTICLE, find("a1"), -1) == ("c1", 1)      # dropped on: after it
    assert target_for(draft, NodeKind.ARTICLE, None, 0) == (None, 1)             # never before the preamble
    assert target_for(draft, NodeKind.ARTICLE, find("r1"), -1) == (None, 1)
    assert target_for(draft, NodeKind.CHAPTER, find("a3"), -1) == (None, 3)      # after its chapter
    assert target_for(draft, NodeKind.RECITAL, find("pre"), 0) == ("pre", 0)
    assert target_for(draft, NodeKind.RECITAL, find("c1"), 0) is None


def test_move_articles_chapters_and_several_at_once():
    draft = sample()
    edit = move_nodes(draft, ["a3"], draft.find("c1"), 0)
    edit.apply(draft)
    assert [n.id for n in draft.find("c1").children] == ["a3", "a1", "a2"]
    assert Numbering.of(draft).articles["a3"] == 1
    edit.revert(draft)
    assert order(draft) == order(sample())
    edit = move_nodes(draft, ["a1", "a2"], draft.find("c2"), 1)
    edit.apply(draft)
    assert [n.id for n in draft.find("c2").children] == ["a3", "a1", "a2"]
    edit.revert(draft)
    edit = move_nodes(draft, ["c2"], None, 1)
    edit.apply(draft)
    assert [n.id for n in draft.children] == ["pre", "c2", "c1", "a4"]
    edit.revert(draft)
    assert order(draft) == order(sample())
    assert move_nodes(draft, ["a1"], draft.find("c1"), 0) is None                # nothing would change
    with pytest.raises(DraftError):
        move_nodes(draft, ["a1", "c2"], None, 0)
    with pytest.raises(DraftError):
        move_nodes(draft, ["r1"], draft.find("c1"), 0)


def test_step_up_and_down_crosses_chapters_for_articles():
    draft = sample()
    step(draft, draft.find("a3"), -1).apply(draft)       # first of Chapter II: the last place of Chapter I
    assert [n.id for n in draft.find("c1").children] == ["a1", "a2", "a3"]
    assert Numbering.of(draft).articles["a3"] == 3
    step(draft, draft.find("a3"), -1).apply(draft)
    assert [n.id for n in draft.find("c1").children] == ["a1", "a3", "a2"]
    step(draft, draft.find("a2"), +1).apply(draft)       # last of Chapter I: the first place of Chapter II
    assert [n.id for n in draft.find("c1").children] == ["a1", "a3"] and draft.find("c2").children[0].id == "a2"
    step(draft, draft.find("a2"), -1).apply(draft)
    assert [n.id for n in draft.find("c1").children] == ["a1", "a3", "a2"]
    step(draft, draft.find("a4"), -1).apply(draft)       # the loose article goes into the chapter before it
    assert [n.id for n in draft.find("c2").children] == ["a4"]
    assert step(draft, draft.find("a4"), +1) is None     # no article stands outside a chapter any more
    assert step(draft, draft.find("a1"), -1) is None
    assert step(draft, draft.find("c1"), -1) is None                              # stays after the preamble
    step(draft, draft.find("c1"), +1).apply(draft)
    assert [n.id for n in draft.children] == ["pre", "c2", "c1"]
    assert step(draft, draft.find("r2"), +1) is None


def test_add_chapter_after_the_selection():
    draft = sample()
    edit, chapter = add_chapter(draft, "New", "新", draft.find("a1"))
    edit.apply(draft)
    assert [n.id for n in draft.children].index(chapter.id) == 2
    edit, last = add_chapter(draft, "Last", "", None)
    edit.apply(draft)
    assert draft.children[-1].id == last.id
