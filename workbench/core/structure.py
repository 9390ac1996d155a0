"""The parts of a draft in reading order: preamble, divisions at any depth, articles, closing, annexes.

Views and exporters that print a draft walk ``outline`` instead of assuming "chapters, then
articles"; ``closing_blocks`` reads the closing formula wherever a draft keeps it (the
``CLOSING`` node, or ``meta["closing"]`` in drafts made before the node existed).
"""
from __future__ import annotations

import re
from typing import Iterator

from .model import Draft, Node, NodeKind

_BLOCKS = re.compile(r"\n\s*\n")
#: Kinds that head a part of the draft (what ``outline`` yields).
HEADED = (NodeKind.PREAMBLE, NodeKind.CHAPTER, NodeKind.ARTICLE, NodeKind.ANNEX, NodeKind.CLOSING)


def outline(draft: Draft, annex_content: bool = False) -> Iterator[tuple[Node, int]]:
    """(node, depth) for the preamble, every division, article, the closing and each annex, in
    document order; depth counts the divisions around a node. With ``annex_content`` the
    divisions inside annexes are yielded too (the annex's paragraphs are its children)."""
    def visit(nodes: list[Node], depth: int, in_annex: bool) -> Iterator[tuple[Node, int]]:
        for node in nodes:
            kind = node.kind
            if kind not in HEADED:
                continue
            yield node, depth
            if kind is NodeKind.CHAPTER and (not in_annex or annex_content):
                yield from visit(node.children, depth + 1, in_annex)
            elif kind is NodeKind.ANNEX and annex_content:
                yield from visit(node.children, depth + 1, True)

    yield from visit(draft.children, 0, False)


def in_annex(draft: Draft, node_id: str) -> bool:
    """Whether ``node_id`` stands inside an annex."""
    for annex in draft.annexes():
        if any(n.id == node_id for n in annex.walk()):
            return True
    return False


def closing_blocks(draft: Draft) -> list[tuple[str, str]]:
    """(English, Chinese) of each paragraph of the closing formula and signature block."""
    node = draft.closing()
    if node is not None:
        return [(p.text, p.text_zh) for p in node.children]
    english = [b for b in _BLOCKS.split(str(draft.meta.get("closing", ""))) if b.strip()]
    chinese = [b for b in _BLOCKS.split(str(draft.meta.get("closing_zh", ""))) if b.strip()]
    count = max(len(english), len(chinese))
    return [(english[i] if i < len(english) else "", chinese[i] if i < len(chinese) else "")
            for i in range(count)]


def closing_text(draft: Draft, lang: str = "en") -> str:
    """The closing in one language, paragraphs separated by blank lines."""
    index = 1 if lang == "zh" else 0
    return "\n\n".join(pair[index] for pair in closing_blocks(draft) if pair[index])


def closing_node(blocks: list[tuple[str, str]]) -> Node:
    """A ``CLOSING`` node of one unnumbered paragraph per (English, Chinese) block."""
    return Node(kind=NodeKind.CLOSING, children=[
        Node(kind=NodeKind.PARAGRAPH, numbered=False, text=en, text_zh=zh) for en, zh in blocks])


def notes_of(node: Node, field: str = "text") -> list[dict]:
    """The footnotes attached to ``field`` of ``node`` (see ``model``), in order of their marks."""
    notes = node.attrs.get("notes") if node.attrs else None
    if not notes:
        return []
    return sorted((n for n in notes if isinstance(n, dict) and n.get("field", "text") == field),
                  key=lambda n: n.get("at", 0))


def text_with_notes(node: Node, lang: str = "en") -> str:
    """The node's text followed by the text of its footnotes (what a reader of the page sees)."""
    field = "text_zh" if lang == "zh" else "text"
    own = getattr(node, field)
    extra = [n.get("text", "") for n in notes_of(node, field) + notes_of(node, field.replace("text", "title"))]
    extra = [e for e in extra if e]
    return "\n\n".join([own] + extra) if extra else own
