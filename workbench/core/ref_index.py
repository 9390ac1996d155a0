"""Which paragraphs of a draft refer to what: built once, then kept up to date as words change.

The editor shows, under an article, the articles that refer to it ("Referred to by"). Looking
for reference tokens in every paragraph of a 10,000-article draft after each keystroke's commit
took ~70 ms; this index (of the nodes holding a reference) is built once per structural change
and, when only words changed
(``Change.words_only``), looks again at the changed nodes alone.

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

    def _build(self, draft: Draft) -> None:
        self._draft, self._nodes, self._targets = draft, {}, {}
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

    def changed(self, draft: Draft, change: Change, shown: dict[str, tuple[Node, Node]] | None = None) -> None:
        """``change`` was applied to ``draft``. Words typed (``change.words_only``) into nodes of
        ``shown`` (node id -> (node, its article): the article on screen) are looked at again;
        anything else makes the index start again when next asked."""
        if self._draft is not draft:
            return
        if not change.words_only:
            self.forget()
            return
        for node_id in change.upserted:
            entry = self._nodes.get(node_id) or (shown or {}).get(node_id)
            if entry is None:
                self.forget()
                return
            self._nodes[node_id] = entry
            self._look(entry[0])

    def referring(self, draft: Draft, wanted: set[str]) -> list[str]:
        """Ids of the nodes (in articles) that refer to any of ``wanted``."""
        if self._draft is not draft:
            self._build(draft)
        return [node_id for node_id, found in self._targets.items() if found & wanted]

    def holder(self, node_id: str) -> Node | None:
        """The article holding ``node_id`` (as of the last build)."""
        entry = self._nodes.get(node_id)
        return entry[1] if entry is not None and entry[1].kind is NodeKind.ARTICLE else None
