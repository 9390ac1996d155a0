"""Where dropped or moved outline items go, as core edits (plain draft logic; Qt only translates messages)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core import operations
from ..core.assemble import new_chapter
from ..core.edits import Compound, Edit, InsertNodes, MoveNode
from ..core.library import Clause
from ..core.model import ALLOWED_CHILDREN, Draft, DraftError, Node, NodeKind

#: Nodes shown in the outline under each kind of parent ("root" = the draft's top level).
VISIBLE = {"root": None, NodeKind.PREAMBLE: (NodeKind.RECITAL,), NodeKind.CHAPTER: (NodeKind.ARTICLE,)}


def visible_children(draft: Draft, node: Node | None) -> list[Node]:
    if node is None:
        return list(draft.children)
    if node.kind is NodeKind.PREAMBLE:
        return list(node.children)
    if node.kind is NodeKind.CHAPTER:          # divisions and articles (an annex's paragraphs are edited in it)
        return [n for n in node.children if n.kind in (NodeKind.CHAPTER, NodeKind.ARTICLE)]
    return []


def _top_after_preamble(draft: Draft, index: int) -> int:
    """Nothing goes before the preamble."""
    if draft.children and draft.children[0].kind is NodeKind.PREAMBLE and index == 0:
        return 1
    return index


def target_for(draft: Draft, kind: NodeKind, parent: Node | None, row: int,
               index: dict | None = None) -> tuple[str | None, int] | None:
    """Where a node of ``kind`` dropped at ``row`` of ``parent`` goes (row -1: onto the parent).

    Returns (parent id or None for the top level, index) or None when it cannot go there.
    ``index``: ``draft.index()`` as it stands, when the caller has it (a window's session).
    """
    index = draft.index() if index is None else index

    def after(node: Node) -> tuple[str | None, int]:
        holder = index[node.id][1]
        siblings = holder.children if holder else draft.children
        return (holder.id if holder else None), siblings.index(node) + 1

    if kind is NodeKind.RECITAL:
        if parent is None:
            return None
        if parent.kind is NodeKind.PREAMBLE:
            return parent.id, len(parent.children) if row < 0 else row
        if parent.kind is NodeKind.RECITAL:
            return after(parent)
        return None
    if kind is NodeKind.CHAPTER:
        if parent is None:
            end = operations.body_end(draft)
            return None, _top_after_preamble(draft, end if row < 0 else min(row, end))
        top = parent
        while index[top.id][1] is not None:
            top = index[top.id][1]
        return after(top) if top.kind is not NodeKind.PREAMBLE else (None, _top_after_preamble(draft, 0))
    if kind is NodeKind.ARTICLE:
        if parent is None:              # the body ends before the closing formula and the annexes
            end = operations.body_end(draft)
            return None, _top_after_preamble(draft, end if row < 0 else min(row, end))
        if parent.kind is NodeKind.CHAPTER:
            return parent.id, len(parent.children) if row < 0 else row
        if parent.kind is NodeKind.ARTICLE:
            return after(parent)
        if parent.kind in (NodeKind.PREAMBLE, NodeKind.RECITAL):
            preamble = parent if parent.kind is NodeKind.PREAMBLE else index[parent.id][1]
            return None, draft.children.index(preamble) + 1
    return None


def add_clauses_at(draft: Draft, clauses: list[Clause], parent: Node | None, row: int,
                   index: dict | None = None) -> Edit:
    """Add library clauses where they were dropped (recitals always go to the preamble)."""
    where = target_for(draft, NodeKind.ARTICLE, parent, row, index)
    if where is None:
        return operations.add_clauses(draft, clauses)
    return operations.add_clauses(draft, clauses, parent_id=where[0], index=where[1])


def add_clauses_after(draft: Draft, clauses: list[Clause], selected: Node | None,
                      index: dict | None = None) -> Edit:
    """Add clauses after the selected article (into a selected chapter), else at the end."""
    if selected is None:
        return operations.add_clauses(draft, clauses)
    return add_clauses_at(draft, clauses, selected, -1, index)


def _misplaced(kind: NodeKind) -> str:
    """The drafter's message when a dragged or moved element cannot go where it was dropped."""
    texts = {NodeKind.CHAPTER: QCoreApplication.translate("OutlineOps", "A chapter cannot be placed there."),
             NodeKind.ARTICLE: QCoreApplication.translate("OutlineOps", "An article cannot be placed there."),
             NodeKind.RECITAL: QCoreApplication.translate("OutlineOps", "A recital cannot be placed there.")}
    return texts.get(kind, QCoreApplication.translate("OutlineOps", "This element cannot be placed there."))


def move_nodes(draft: Draft, node_ids: list[str], parent: Node | None, row: int,
               index: dict | None = None) -> Edit | None:
    """Edit moving ``node_ids`` (in order) to ``row`` of ``parent``; None if nothing would change."""
    index = draft.index() if index is None else index
    nodes = [index[node_id][0] if node_id in index else draft.find(node_id) for node_id in node_ids]
    if not nodes:
        return None
    kinds = {node.kind for node in nodes}
    if len(kinds) != 1:
        raise DraftError(QCoreApplication.translate(
            "OutlineOps", "Chapters, articles and recitals cannot be moved together."))
    where = target_for(draft, nodes[0].kind, parent, row, index)
    parent_id, at = where if where is not None else (None, 0)
    holder_kind = "root" if parent_id is None else (index[parent_id][0] if parent_id in index
                                                    else draft.find(parent_id)).kind
    if where is None or nodes[0].kind not in ALLOWED_CHILDREN[holder_kind]:
        raise DraftError(_misplaced(nodes[0].kind))
    moving = {node.id for node in nodes}
    siblings = draft.children_of(parent_id)
    anchor = next((n.id for n in siblings[at:] if n.id not in moving), None)
    # the moves made one after the other on the children's ids of the parents concerned (copying a
    # 10,000-article draft to make them on took ~0.25 s)
    def held_by(node: Node) -> str | None:
        entry = index.get(node.id)
        parent = entry[1] if entry is not None else draft.parent_of(node.id)
        return parent.id if parent is not None else None

    def children_of(holder: str | None) -> list[Node]:
        return index[holder][0].children if holder in index else draft.children_of(holder)

    before = {p: [n.id for n in children_of(p)] for p in {parent_id} | {held_by(n) for n in nodes}}
    after = {p: list(ids) for p, ids in before.items()}
    edits: list[Edit] = []
    for node in nodes:
        if parent_id is not None and parent_id in {n.id for n in node.walk()}:
            raise DraftError(QCoreApplication.translate("OutlineOps", "An element cannot be moved into itself."))
        for ids in after.values():
            if node.id in ids:
                ids.remove(node.id)
        children = after[parent_id]
        at = next((i for i, n in enumerate(children) if n == anchor), len(children))
        children.insert(at, node.id)
        edits.append(MoveNode(node.id, parent_id, at, label="Move"))
    # nothing would change when every parent concerned keeps its children in the same order
    if after == before:
        return None
    return edits[0] if len(edits) == 1 else Compound(edits, label="Move")


def _article_places(draft: Draft, moving: Node) -> list[tuple[str | None, int]]:
    """Every place an article can stand in the body, in reading order, as (parent id, index among the
    parent's children once ``moving`` is taken out): before each element of a chapter and at its end
    (so the last place of one chapter and the first of the next are two places), and at the top
    level only when articles stand there."""
    places: list[tuple[str | None, int]] = []

    def walk(parent: Node | None, children: list[Node], lowest: int, highest: int) -> None:
        children = [n for n in children if n.id != moving.id]
        for i, child in enumerate(children):
            if lowest <= i <= highest:
                places.append((parent.id if parent else None, i))
            if child.kind is NodeKind.CHAPTER:
                walk(child, child.children, 0, len(child.children))
        if lowest <= len(children) <= highest:
            places.append((parent.id if parent else None, len(children)))

    top = [n for n in draft.children if n.id != moving.id]
    loose = any(n.kind is NodeKind.ARTICLE for n in draft.children)
    first = 1 if top and top[0].kind is NodeKind.PREAMBLE else 0
    end = next((i for i, n in enumerate(top) if n.kind in (NodeKind.CLOSING, NodeKind.ANNEX)), len(top))
    chapters = [i for i, n in enumerate(top[:end]) if n.kind is NodeKind.CHAPTER]

    def at_top(i: int) -> bool:      # never between two chapters, unless beside a loose article there
        return loose and (not chapters or i <= chapters[0] or i > chapters[-1]
                          or top[i - 1].kind is NodeKind.ARTICLE or top[i].kind is NodeKind.ARTICLE)

    for i, child in enumerate(top[:end]):
        if i >= first and at_top(i):
            places.append((None, i))
        if child.kind is NodeKind.CHAPTER:
            walk(child, child.children, 0, len(child.children))
    if end >= first and at_top(end):
        places.append((None, end))
    walk = None     # noqa: F841 - cuts the recursive closure's reference cycle (it holds ``places``)
    return places


def step(draft: Draft, node: Node, delta: int) -> Edit | None:
    """Move a chapter, article or recital one place up (-1) or down (+1); None at the edge.

    An article first in its chapter goes up to the last place of the previous chapter (its number
    stays), and from there up past that chapter's last article."""
    holder = draft.parent_of(node.id)
    siblings = holder.children if holder else draft.children
    at = siblings.index(node)
    if node.kind is NodeKind.ARTICLE:
        places = _article_places(draft, node)
        here = (holder.id if holder else None, at)
        if here not in places:
            return None
        new = places.index(here) + delta
        if not 0 <= new < len(places):
            return None
        parent_id, index = places[new]
        return MoveNode(node.id, parent_id, index, label="Move")
    new = at + delta
    lowest = 1 if holder is None and siblings and siblings[0].kind is NodeKind.PREAMBLE else 0
    if not lowest <= new < len(siblings) or siblings[new].kind is NodeKind.PREAMBLE:
        return None
    return MoveNode(node.id, holder.id if holder else None, new, label="Move")


def add_chapter(draft: Draft, title: str, title_zh: str, selected: Node | None) -> tuple[Edit, Node]:
    """A new chapter after the selected chapter (or the chapter of the selected article), else last."""
    chapter = new_chapter(title, title_zh)
    index = operations.body_end(draft)
    if selected is not None:
        top = selected
        while (holder := draft.parent_of(top.id)) is not None:
            top = holder
        if top.kind not in (NodeKind.PREAMBLE, NodeKind.CLOSING, NodeKind.ANNEX):
            index = draft.children.index(top) + 1
    before = [n for n in draft.children[:index] if n.kind is NodeKind.CHAPTER]
    if before and before[-1].attrs:          # numbered as the chapters around it are printed
        for name in ("label", "label_zh", "continue"):
            value = before[-1].attrs.get(name)
            if value is not None and (name == "continue" or "{" in str(value)):
                chapter.attrs[name] = value
    return InsertNodes(None, index, [chapter], label="Add chapter"), chapter
