"""Which paragraphs of a draft refer to what: built once, then kept up to date as words change.

The editor shows, under an article, the articles that refer to it ("Referred to by"). Looking
for reference tokens in every paragraph of a 10,000-article draft after each keystroke's commit
took ~70 ms; this index (of the nodes holding a reference) is built once and, when only words changed
(``Change.words_only``), looks again at the changed nodes alone; after a structural change,
given the draft's id index, at the nodes the change touched.

>>> from workbench.core.model import Draft, Node, NodeKind
>>> a = Node(NodeKind.ARTICLE, children=[Node(NodeKind.PARAGRAPH, text="plain")])
>>> b = Node(NodeKind.ARTICLE, children=[Node(NodeKind.PARAGRAPH, text="see {{ref:" + a.id + "}}")])
>>> index = ReferenceIndex()
>>> [index.holder(n).id for n in index.referring(Draft("T", children=[a, b]), {a.id})] == [b.id]
True
"""
from __future__ import annotations

from .edits import Change
from .model import Draft, Node, NodeKind
from .references import targets


class ReferenceIndex:
    def __init__(self):
        self._draft: Draft | None = None
        self._nodes: dict[str, tuple[Node, Node]] = {}       # node id -> (node, its article)
        self._targets: dict[str, frozenset[str]] = {}         # node id -> what it refers to (if anything)

    def forget(self) -> None:
        self._draft = None

    def _build(self, draft: Draft, index: dict[str, tuple[Node, Node | None]] | None = None) -> None:
        self._draft, self._nodes, self._targets = draft, {}, {}
        if index is not None:               # one pass over the id index, no walk of the draft
            for node, _parent in index.values():
                if "{{ref:" in node.text or "{{ref:" in node.text_zh:
                    article = _article_of(node.id, index)
                    if article is not None:
                        self._nodes[node.id] = (node, article)
                        self._look(node)
            return
        for article in draft.articles():
            for node in article.walk():
                if "{{ref:" in node.text or "{{ref:" in node.text_zh:     # the token's start, cheaply
                    self._nodes[node.id] = (node, article)
                    self._look(node)

    def _look(self, node: Node) -> None:
        found = frozenset(targets(node.text) + targets(node.text_zh))
        if found:
            self._targets[node.id] = found
        else:
            self._targets.pop(node.id, None)

    def changed(self, draft: Draft, change: Change, shown: dict[str, tuple[Node, Node]] | None = None,
                index: dict[str, tuple[Node, Node | None]] | None = None) -> None:
        """``change`` was applied to ``draft``. Words typed (``change.words_only``) into nodes of
        ``shown`` (node id -> (node, its article): the article on screen) are looked at again.
        Given ``index`` (``draft.index()`` as it stands after the change), a structural change
        brings in only the nodes it touched; without it, anything else makes the index start
        again when next asked."""
        if self._draft is not draft:
            return
        if not change.words_only:
            if index is None or change.reloaded or change.foreign:
                self.forget()
            else:
                self._restructured(change, index)
            return
        for node_id in change.upserted:
            entry = self._nodes.get(node_id) or (shown or {}).get(node_id)
            if entry is None:
                self.forget()
                return
            self._nodes[node_id] = entry
            self._look(entry[0])

    def _restructured(self, change: Change, index: dict[str, tuple[Node, Node | None]]) -> None:
        """Follow a structural change: what left the draft goes; what the change added or changed,
        and everything under a parent inside an article whose children moved, is looked at again
        (a paragraph may have moved to another article). The other nodes held keep their article
        and targets: neither their words nor their place inside an article changed (a whole
        article moving keeps its paragraphs)."""
        again: dict[str, Node] = {}
        for node_id in change.upserted:
            entry = index.get(node_id)
            if entry is not None:
                again.update((n.id, n) for n in entry[0].walk())
        for parent_id in change.reordered:
            if parent_id is not None and _article_of(parent_id, index) is not None:
                again.update((n.id, n) for n in index[parent_id][0].walk())
        nodes, targets_of = {}, {}
        for node_id, held in self._nodes.items():
            entry = index.get(node_id)
            if entry is not None and entry[0] is held[0] and node_id not in again:
                nodes[node_id] = held
                if node_id in self._targets:
                    targets_of[node_id] = self._targets[node_id]
        self._nodes, self._targets = nodes, targets_of
        for node_id, node in again.items():
            if "{{ref:" in node.text or "{{ref:" in node.text_zh:
                article = _article_of(node_id, index)
                if article is not None:
                    self._nodes[node_id] = (node, article)
                    self._look(node)

    def referring(self, draft: Draft, wanted: set[str],
                  index: dict[str, tuple[Node, Node | None]] | None = None) -> list[str]:
        """Ids of the nodes (in articles) that refer to any of ``wanted`` (``index``: the draft's id
        index as it stands, if the caller keeps one: the first look then walks no tree)."""
        if self._draft is not draft:
            self._build(draft, index)
        return [node_id for node_id, found in self._targets.items() if found & wanted]

    def holder(self, node_id: str) -> Node | None:
        """The article holding ``node_id`` (as of the last build)."""
        entry = self._nodes.get(node_id)
        return entry[1] if entry is not None and entry[1].kind is NodeKind.ARTICLE else None


def _article_of(node_id: str, index: dict[str, tuple[Node, Node | None]]) -> Node | None:
    """The article holding ``node_id`` (or the article itself), from the id index."""
    entry = index.get(node_id)
    while entry is not None:
        node, parent = entry
        if node.kind is NodeKind.ARTICLE:
            return node
        entry = index.get(parent.id) if parent is not None else None
    return None
