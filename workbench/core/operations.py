"""Drafting operations as the CLI and the GUI name them, each built from reversible edits."""
from __future__ import annotations

import re

from .assemble import nodes_for_clause
from .edits import Compound, Edit, InsertNodes, MoveNode, RemoveNode, SetFields
from .library import Clause
from .messages import msg
from .model import Draft, DraftError, Node, NodeKind
from .numbering import Numbering

_ARTICLE_WORD = re.compile(r"^(?:article|art\.?)\s*", re.IGNORECASE)
_ZH_ARTICLE = re.compile(r"^第(.+)条$")


def find_article(draft: Draft, ref: str) -> Node:
    """An article named by current number ("12", "Article 12", "第十二条"), node id or source clause id."""
    ref = ref.strip()
    articles = draft.articles()
    for article in articles:
        if article.id == ref:
            return article
    number_text = _ARTICLE_WORD.sub("", ref)
    zh = _ZH_ARTICLE.match(ref)
    if zh:
        from .numbering import chinese_numeral
        wanted = zh.group(1)
        for i, article in enumerate(articles, start=1):
            if chinese_numeral(i) == wanted or str(i) == wanted:
                return article
    if number_text.isdigit():
        number = int(number_text)
        if 1 <= number <= len(articles):
            return articles[number - 1]
        if len(articles) == 1:
            raise DraftError(msg("the draft has one article; there is no Article {number}", number=number))
        raise DraftError(msg("the draft has {count} articles; there is no Article {number}", count=len(articles),
                             number=number))
    matches = [a for a in articles if a.derived_from == ref]
    if matches:
        return matches[0]
    raise DraftError(msg("no article “{ref}” in the draft (give its number, e.g. 12, or its id)", ref=ref))


def insertion_point(draft: Draft, position: int) -> tuple[str | None, int]:
    """Where a new article goes so that it becomes Article ``position`` (1-based)."""
    articles = draft.articles()
    if position < 1:
        raise DraftError(msg("article positions start at 1"))
    if position <= len(articles):
        anchor = articles[position - 1]
        parent = draft.parent_of(anchor.id)
        siblings = draft.children_of(parent.id if parent else None)
        return (parent.id if parent else None), siblings.index(anchor)
    # After the last article, in the division holding it; else into the last division, else
    # before the closing formula and the annexes.
    if articles:
        parent = draft.parent_of(articles[-1].id)
        siblings = draft.children_of(parent.id if parent else None)
        return (parent.id if parent else None), siblings.index(articles[-1]) + 1
    chapters = draft.chapters()
    if chapters:
        last = chapters[-1]
        return last.id, len(last.children)
    return None, body_end(draft)


def body_end(draft: Draft) -> int:
    """Where the body ends at the top level: before the closing formula and the annexes."""
    return next((i for i, n in enumerate(draft.children) if n.kind in (NodeKind.CLOSING, NodeKind.ANNEX)),
                len(draft.children))


def add_clauses(draft: Draft, clauses: list[Clause], position: int | None = None,
                parent_id: str | None = None, index: int | None = None) -> Edit:
    """Edit adding library clauses: preambles to the preamble, articles at a position or the end."""
    edits: list[Edit] = []
    articles: list[Node] = []
    recitals: list[Node] = []
    closing: list[Node] = []
    for clause in clauses:
        if clause.kind == "closing":
            closing.extend(nodes_for_clause(clause))
            continue
        for node in nodes_for_clause(clause):
            (recitals if node.kind is NodeKind.RECITAL else articles).append(node)
    if closing:                          # the closing formula's paragraphs go to the closing, last
        holder = draft.closing()
        if holder is None:
            holder = Node(kind=NodeKind.CLOSING)
            edits.append(InsertNodes(None, body_end(draft), [holder], label="Add the closing formula"))
        edits.append(InsertNodes(holder.id, len(holder.children), closing, label="Add the closing formula"))
    if recitals:
        preamble = draft.preamble()
        if preamble is None:
            preamble = Node(kind=NodeKind.PREAMBLE, title="Preamble", title_zh="序言")
            edits.append(InsertNodes(None, 0, [preamble], label="Add preamble"))
            edits.append(InsertNodes(preamble.id, 0, recitals, label="Add recitals"))
        else:
            edits.append(InsertNodes(preamble.id, len(preamble.children), recitals, label="Add recitals"))
    if articles:
        needed = (parent_id is None and index is None) or position is not None     # a walk of every element
        total = len(draft.articles()) if needed else 0
        if position is not None and not 1 <= position <= total + 1:
            raise DraftError(msg("position {position} is outside 1–{last}", position=position, last=total + 1))
        if parent_id is not None or index is not None:
            where = (parent_id, len(draft.children_of(parent_id)) if index is None else index)
        else:
            where = insertion_point(draft, total + 1 if position is None else position)
            if not recitals and where[0] is None and draft.preamble() is not None and where[1] == 0:
                where = (None, 1)
        edits.append(InsertNodes(where[0], where[1], articles, label="Add articles"))
    if not edits:
        raise DraftError(msg("nothing to add"))
    names = ", ".join(c.id for c in clauses[:3]) + ("…" if len(clauses) > 3 else "")
    return Compound(edits, label=f"Add {names}")


def move_article(draft: Draft, article: Node, position: int) -> Edit:
    """Edit moving ``article`` so that it becomes Article ``position``."""
    total = len(draft.articles())
    if not 1 <= position <= total:
        raise DraftError(msg("position {position} is outside 1–{last}", position=position, last=total))
    numbers = Numbering.of(draft)
    current = numbers.articles[article.id]
    if current == position:
        raise DraftError(msg("Article {number} is already at position {position}", number=current, position=position))
    others = [a for a in draft.articles() if a.id != article.id]
    if position <= len(others):
        anchor = others[position - 1]
        parent = draft.parent_of(anchor.id)
        siblings = [n for n in draft.children_of(parent.id if parent else None) if n.id != article.id]
        index = siblings.index(anchor)
    else:
        anchor = others[-1]
        parent = draft.parent_of(anchor.id)
        siblings = [n for n in draft.children_of(parent.id if parent else None) if n.id != article.id]
        index = siblings.index(anchor) + 1
    return MoveNode(article.id, parent.id if parent else None, index,
                    label=f"Move Article {current} to position {position}")


def remove_node(draft: Draft, node: Node) -> Edit:
    numbers = Numbering.of(draft)
    label = numbers.label(node) or node.title or node.kind.value
    return RemoveNode(node.id, label=f"Remove {label}")


def edit_text(node: Node, text: str | None = None, text_zh: str | None = None,
              title: str | None = None, title_zh: str | None = None) -> Edit:
    values = {k: v for k, v in (("text", text), ("text_zh", text_zh), ("title", title),
                                 ("title_zh", title_zh)) if v is not None}
    if not values:
        raise DraftError(msg("nothing to change"))
    return SetFields(node.id, values, label="Edit text")
