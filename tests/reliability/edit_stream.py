"""A deterministic stream of draft edits, shared by writer child processes and the tests checking them.

``step_edit(draft, step)`` depends only on the draft's state and ``step``, so a test can replay
the stream on its own copy of the draft and know exactly what the workspace must hold after any
number of steps. Each edit also records its step in the draft's metadata (``meta["step"]``), in
the same transaction, so the stored draft says how far the stream got.
"""
from __future__ import annotations

import random

from workbench.core.edits import Compound, Edit, InsertNodes, MoveNode, RemoveNode, SetDraftFields, SetFields
from workbench.core.model import Draft, Node, NodeKind


def stored_step(draft: Draft) -> int:
    return int(draft.meta.get("step", 0))


def _article(draft: Draft, step: int) -> Node:
    # Node ids are unique in a workspace (as new_id makes them), so they name the draft.
    prefix = f"{draft.id}-{step}"
    article = Node(kind=NodeKind.ARTICLE, id=prefix + "a", title=f"Article added at step {step}")
    article.children = [Node(kind=NodeKind.PARAGRAPH, id=prefix + "p", text=f"Text written at step {step}."),
                        Node(kind=NodeKind.PARAGRAPH, id=prefix + "q", text=f"Second paragraph of step {step}.")]
    return article


def step_edit(draft: Draft, step: int) -> Edit:
    """The edit number ``step`` of the stream, for ``draft`` in the state after step - 1."""
    rng = random.Random(step)
    articles = draft.articles()
    chapters = draft.chapters()
    kind = rng.choice(["text", "text", "insert", "move", "remove", "title"])
    if kind == "remove" and len(articles) < 5:
        kind = "insert"
    if kind == "text":
        paragraphs = [n for n in draft.walk() if n.kind in (NodeKind.PARAGRAPH, NodeKind.RECITAL)]
        edit: Edit = SetFields(rng.choice(paragraphs).id, {"text": f"Paragraph text set at step {step}."})
    elif kind == "title":
        edit = SetFields(rng.choice(articles).id, {"title": f"Title {step}", "title_zh": f"标题{step}"})
    elif kind == "insert":
        parent = rng.choice(chapters) if chapters else None
        siblings = parent.children if parent else draft.children
        edit = InsertNodes(parent.id if parent else None, rng.randrange(len(siblings) + 1), [_article(draft, step)])
    elif kind == "move":
        article = rng.choice(articles)
        parent = rng.choice(chapters) if chapters else None
        siblings = [n for n in (parent.children if parent else draft.children) if n.id != article.id]
        edit = MoveNode(article.id, parent.id if parent else None, rng.randrange(len(siblings) + 1))
    else:
        edit = RemoveNode(rng.choice(articles).id)
    meta = dict(draft.meta, step=step)
    return Compound([edit, SetDraftFields({"meta": meta})], label=f"step {step}")


def replay(draft: Draft, until: int) -> Draft:
    """Advance ``draft`` (in memory) through the stream up to step ``until``."""
    for step in range(stored_step(draft) + 1, until + 1):
        step_edit(draft, step).apply(draft)
    return draft
