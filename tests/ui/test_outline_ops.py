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


def test_moves_of_several_articles_anywhere_agree_with_making_them_on_a_copy():
    """move_nodes works the moves out on id lists (review F15): the same as making each on a copy."""
    import itertools

    from workbench.core.edits import MoveNode

    def on_copy(draft, node_ids, parent, row):         # the former way: each move made on a copy
        nodes = [draft.find(i) for i in node_ids]
        parent_id, index = target_for(draft, nodes[0].kind, parent, row)
        anchor = next((n.id for n in draft.children_of(parent_id)[index:] if n.id not in node_ids), None)
        scratch = draft.copy()
        for node in nodes:
            children = [n for n in scratch.children_of(parent_id) if n.id != node.id]
            at = next((i for i, n in enumerate(children) if n.id == anchor), len(children))
            MoveNode(node.id, parent_id, at).apply(scratch)
        return order(scratch)

    articles = ["a1", "a2", "a3", "a4"]
    for count in (1, 2, 3):
        for ids in itertools.permutations(articles, count):
            for parent_id, row in [("c1", 0), ("c1", 1), ("c1", 2), ("c2", 0), ("c2", 1), (None, 3), (None, 4)]:
                draft = sample()
                parent = draft.find(parent_id) if parent_id else None
                expected = on_copy(draft, list(ids), parent, row)
                edit = move_nodes(draft, list(ids), parent, row)
                if edit is None:
                    assert expected == order(draft)
                else:
                    edit.apply(draft)
                    assert order(draft) == expected
