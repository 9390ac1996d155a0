"""Numbering.after: the numbers of a draft followed through its edits (only the touched articles'
paragraphs numbered again, review F15) equal the numbers worked out afresh, label for label."""
from __future__ import annotations

import random

import pytest

from workbench.core.edits import Change, InsertNodes, MoveNode, RemoveNode, SetFields, follow_index
from workbench.core.model import Draft, DraftError, Node, NodeKind
from workbench.core.numbering import FIXED, Numbering


def _article(rng: random.Random) -> Node:
    paras = []
    for _p in range(rng.randrange(0, 4)):
        subs = [Node(NodeKind.SUBPARAGRAPH, text="s", numbered=rng.random() < 0.8)
                for _s in range(rng.randrange(0, 3))]
        paras.append(Node(NodeKind.PARAGRAPH, text="p", numbered=rng.random() < 0.8, children=subs))
    attrs = {"fixed_number": rng.randrange(1, 30)} if rng.random() < 0.5 else {}
    return Node(NodeKind.ARTICLE, title="A", children=paras, attrs=attrs)


def _draft(rng: random.Random, fixed: bool) -> Draft:
    chapters = [Node(NodeKind.CHAPTER, title="C", children=[_article(rng) for _a in range(4)])
                for _c in range(3)]
    chapters[0].children.insert(0, Node(NodeKind.PARAGRAPH, text="chapeau"))
    annex = Node(NodeKind.ANNEX, title="Annex", children=[
        Node(NodeKind.PARAGRAPH, text="a"), Node(NodeKind.CHAPTER, title="Part", children=[
            Node(NodeKind.PARAGRAPH, text="b"), Node(NodeKind.PARAGRAPH, text="c")])])
    closing = Node(NodeKind.CLOSING, children=[Node(NodeKind.PARAGRAPH, text="Done at")])
    return Draft("T", children=[_article(rng)] + chapters + [annex, closing],
                 meta={FIXED: True} if fixed else {})


def _labels(numbering: Numbering, draft: Draft) -> dict:
    return {n.id: (numbering.label(n, "en"), numbering.label(n, "zh"), numbering.number(n)) for n in draft.walk()}


def _edit(rng: random.Random, draft: Draft):
    articles = draft.articles()
    article = rng.choice(articles)
    paras = [n for n in article.children if n.kind is NodeKind.PARAGRAPH]
    chapters = [n for n in draft.children if n.kind is NodeKind.CHAPTER]
    choice = rng.randrange(9)
    if choice == 0:
        return RemoveNode(article.id)
    if choice == 1:
        chapter = rng.choice(chapters)
        return MoveNode(article.id, chapter.id, rng.randrange(len(chapter.children) + 1))
    if choice == 2 and paras:
        other = rng.choice(articles)
        return MoveNode(rng.choice(paras).id, other.id, rng.randrange(len(other.children) + 1))
    if choice == 3:
        chapter = rng.choice(chapters)
        return InsertNodes(chapter.id, rng.randrange(len(chapter.children) + 1), [_article(rng)])
    if choice == 4 and paras:
        para = rng.choice(paras)
        return SetFields(para.id, {"numbered": not para.numbered})
    if choice == 5 and paras and paras[0].children:
        sub = rng.choice(paras[0].children)
        return RemoveNode(sub.id) if rng.random() < 0.5 else SetFields(sub.id, {"numbered": not sub.numbered})
    if choice == 6 and paras:
        return RemoveNode(rng.choice(paras).id)
    if choice == 7:
        return MoveNode(rng.choice(chapters).id, None, rng.randrange(1, len(draft.children)))
    return InsertNodes(article.id, 0, [Node(NodeKind.PARAGRAPH, text="new")])


@pytest.mark.parametrize("fixed", [False, True])
def test_numbers_followed_through_edits_and_undos_equal_fresh_ones(fixed):
    rng = random.Random(11 if fixed else 5)
    for _round in range(25):
        draft = _draft(rng, fixed)
        numbering, index, done = Numbering.of(draft), draft.index(), []
        pending: Change | None = None
        for _step in range(15):
            edit = _edit(rng, draft) if not done or rng.random() < 0.7 else None
            if edit is None:
                change = done.pop().revert(draft)
            else:
                try:
                    change = edit.apply(draft)
                except DraftError:          # not allowed there, or past the end: not made
                    continue
                done.append(edit)
            assert follow_index(draft, index, change)
            pending = (pending or Change()).merge(change)
            if rng.random() < 0.6:          # asked for after one edit or after several
                numbering, pending = Numbering.after(numbering, draft, pending, index), None
                assert _labels(numbering, draft) == _labels(Numbering.of(draft), draft)


def test_a_reload_or_another_programs_change_numbers_afresh():
    rng = random.Random(2)
    draft = _draft(rng, False)
    old = Numbering.of(draft)
    draft.children.reverse()                 # what another program did, unknown in detail
    after = Numbering.after(old, draft, Change(reloaded=True), draft.index())
    assert _labels(after, draft) == _labels(Numbering.of(draft), draft)
