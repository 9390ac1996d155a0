"""The reference index and the id index follow structural edits without being built again
(review F15) and answer as ones built afresh."""
from __future__ import annotations

import random

from workbench.core.edits import InsertNodes, MoveNode, RemoveNode, SetFields, follow_index
from workbench.core.model import Draft, DraftError, Node, NodeKind
from workbench.core.ref_index import ReferenceIndex


def _draft(rng: random.Random) -> Draft:
    chapters = []
    ids: list[str] = []
    for _c in range(3):
        articles = []
        for _a in range(5):
            paras = [Node(NodeKind.PARAGRAPH, text="plain") for _p in range(3)]
            article = Node(NodeKind.ARTICLE, title="A", children=paras)
            ids.append(article.id)
            articles.append(article)
        chapters.append(Node(NodeKind.CHAPTER, title="C", children=articles))
    draft = Draft("T", children=chapters)
    for article in draft.articles():
        for para in article.children:
            if rng.random() < 0.4:
                para.text = "see {{ref:" + rng.choice(ids) + "}}"
    return draft


def _answers(index: ReferenceIndex, draft: Draft) -> dict:
    out = {}
    for article in draft.articles():
        found = index.referring(draft, {article.id})
        out[article.id] = sorted((n, index.holder(n).id) for n in found)
    return out


def test_structural_edits_kept_in_step_with_a_fresh_index():
    rng = random.Random(3)
    for _round in range(20):
        draft = _draft(rng)
        kept = ReferenceIndex()
        kept.referring(draft, set())                 # built once
        ids = draft.index()                          # followed by follow_index
        done = []
        for _step in range(12):
            articles = draft.articles()
            article = rng.choice(articles)
            choice = rng.randrange(6)
            if choice == 0:
                edit = RemoveNode(article.id)
            elif choice == 1:                        # an article to another chapter
                chapter = rng.choice(draft.children)
                edit = MoveNode(article.id, chapter.id, rng.randrange(len(chapter.children) + 1))
            elif choice == 2 and article.children:   # a paragraph to another article
                other = rng.choice(articles)
                edit = MoveNode(rng.choice(article.children).id, other.id, rng.randrange(len(other.children) + 1))
            elif choice == 3:                        # an article with a reference added
                new = Node(NodeKind.ARTICLE, children=[
                    Node(NodeKind.PARAGRAPH, text="see {{ref:" + rng.choice(articles).id + "}}")])
                chapter = rng.choice(draft.children)
                edit = InsertNodes(chapter.id, 0, [new])
            elif choice == 4 and done:               # undone
                edit = None
            else:                                    # a chapter moved
                edit = MoveNode(rng.choice(draft.children).id, None, rng.randrange(len(draft.children)))
            if edit is None:
                change = done.pop().revert(draft)
            else:
                try:
                    change = edit.apply(draft)
                except DraftError:                   # a position past the end: not made
                    continue
                done.append(edit)
            assert follow_index(draft, ids, change)
            fresh = draft.index()
            assert {k: (id(n), id(p)) for k, (n, p) in ids.items()} == \
                {k: (id(n), id(p)) for k, (n, p) in fresh.items()}
            kept.changed(draft, change, index=ids)
            assert _answers(kept, draft) == _answers(ReferenceIndex(), draft)


def test_typing_and_unindexed_changes_still_followed():
    draft = _draft(random.Random(1))
    kept = ReferenceIndex()
    target = draft.articles()[0]
    para = draft.articles()[1].children[0]
    kept.referring(draft, set())
    edit = SetFields(para.id, {"text": "now {{ref:" + target.id + "}}"})
    change = edit.apply(draft)
    kept.changed(draft, change, {n.id: (n, draft.articles()[1]) for n in draft.articles()[1].walk()})
    assert para.id in kept.referring(draft, {target.id})
    change = RemoveNode(draft.articles()[1].id).apply(draft)
    kept.changed(draft, change)                      # no index: built again when next asked
    assert kept.referring(draft, {target.id}) == ReferenceIndex().referring(draft, {target.id})


def test_built_from_the_id_index_it_answers_as_built_from_a_walk():
    for seed in range(5):
        draft = _draft(random.Random(seed))
        from_index = ReferenceIndex()
        from_index.referring(draft, set(), index=draft.index())
        assert _answers(from_index, draft) == _answers(ReferenceIndex(), draft)
