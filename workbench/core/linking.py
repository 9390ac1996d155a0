"""A proposal received as a file, linked to the version it was drafted on and to its party.

A Word (or Akoma Ntoso) file read into a new draft knows nothing of the text it answers: its
articles and paragraphs have new ids. ``link_to_base`` pairs them with the base version's (the
comparison engine's alignment for articles: number, title, text; paragraphs by their text within
each article), gives each the base node's identity (``attrs["origin"]``, as a proposal started in
the workbench has), and where a paragraph reads exactly as the base's — references included — gives
it the base's stored wording, so that only what the delegation changed is a change. ``best_base``
finds the version a file most likely answers, when the drafter does not say.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from .compare import compare
from .model import Draft, Node, NodeKind
from .negotiation import freeze_in_place
from .references import TOKEN_RE
from .render import Renderer
from .textdiff import normalize_space
from .threeway import identity


@dataclass
class LinkReport:
    articles: int = 0           # articles paired with the base
    added: int = 0              # articles of the file not in the base
    missing: int = 0            # articles of the base not in the file
    paragraphs: int = 0         # paragraphs paired
    same: int = 0               # paragraphs reading exactly as the base's

    @property
    def share(self) -> float:
        total = self.articles + self.added
        return self.articles / total if total else 0.0

    def to_dict(self) -> dict:
        return {"articles": self.articles, "added": self.added, "missing": self.missing,
                "paragraphs": self.paragraphs, "unchanged_paragraphs": self.same, "share": round(self.share, 3)}


def _article_texts(draft: Draft) -> dict[str, str]:
    renderer = Renderer(draft)
    return {a.id: normalize_space(renderer.article_text(a)) for a in draft.articles()}


def similarity(base: Draft, draft: Draft) -> float:
    """Share of the file's articles whose text is word for word one of the base's (0..1)."""
    mine = list(_article_texts(draft).values())
    if not mine:
        return 0.0
    theirs = set(_article_texts(base).values())
    return sum(1 for text in mine if text in theirs) / len(mine)


def best_base(draft: Draft, candidates: list) -> tuple[object | None, float]:
    """The candidate (objects with a ``draft()`` method: versions) the file most resembles; later
    ones win ties. Returns (candidate or None, its similarity)."""
    best, score = None, 0.0
    for candidate in candidates:
        value = similarity(candidate.draft(), draft)
        if value >= score and value > 0:
            best, score = candidate, value
    return best, score


def link_to_base(draft: Draft, base: Draft, party: str = "", base_version: str = "") -> LinkReport:
    """Link a draft read from a file to its base (in place): identities, unchanged wording, meta."""
    report = LinkReport()
    result = compare(base, draft, new_imported=True)
    b_render, d_render = Renderer(base), Renderer(draft)
    ids: dict[str, str] = {}              # base article id -> this draft's article id
    pairs = [(a.node, b.node) for a, b in result.pairs if a.node.kind is NodeKind.ARTICLE]
    for b_art, d_art in pairs:
        ids[b_art.id] = d_art.id
    report.articles = len(pairs)
    report.added = len(draft.articles()) - len(pairs)
    report.missing = len(base.articles()) - len(pairs)
    # a file in one language says nothing of the other: its Chinese (or English) is the base's
    other = "text_zh" if not any(n.text_zh or n.title_zh for n in draft.walk()) else \
        "text" if not any(n.text or n.title for n in draft.walk()) else ""
    for b_art, d_art in pairs:
        d_art.attrs["origin"] = identity(b_art)
        if b_art.derived_from and not d_art.derived_from:
            d_art.derived_from = b_art.derived_from
        if other:
            name = other.replace("text", "title")
            setattr(d_art, name, getattr(b_art, name))
        _link_children(b_art.children, d_art.children, b_render, d_render, ids, report, other)
    b_pre, d_pre = base.preamble(), draft.preamble()
    if b_pre is not None and d_pre is not None:
        d_pre.attrs["origin"] = identity(b_pre)
        _link_children(b_pre.children, d_pre.children, b_render, d_render, ids, report, other)
    if base_version:
        draft.meta["based_on_version"] = base_version
    if party.strip():
        draft.meta["party"] = party.strip()
    draft.meta["linked"] = report.to_dict()
    freeze_in_place(draft)
    return report


def _key(renderer: Renderer, node: Node) -> str:
    return normalize_space(renderer.node_text(node)).lower()


def _link_children(base: list[Node], mine: list[Node], b_render: Renderer, d_render: Renderer,
                   ids: dict[str, str], report: LinkReport, other: str = "") -> None:
    """Pair paragraphs (and, inside them, sub-paragraphs) by text: identical ones first, then those
    left between two pairs in the same order, then any left that still resemble each other."""
    a_keys = [_key(b_render, n) for n in base]
    b_keys = [_key(d_render, n) for n in mine]
    paired: list[tuple[int, int]] = []
    matcher = difflib.SequenceMatcher(None, a_keys, b_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            paired.extend(zip(range(i1, i2), range(j1, j2)))
        elif tag == "replace":
            used: set[int] = set()
            for i in range(i1, i2):
                best, score = None, 0.5
                for j in range(j1, j2):
                    if j in used:
                        continue
                    value = difflib.SequenceMatcher(None, a_keys[i], b_keys[j], autojunk=False).ratio()
                    if value > score:
                        best, score = j, value
                if best is not None:
                    used.add(best)
                    paired.append((i, best))
    for i, j in paired:
        b_node, d_node = base[i], mine[j]
        if b_node.kind is not d_node.kind:
            continue
        d_node.attrs["origin"] = identity(b_node)
        report.paragraphs += 1
        if other:
            setattr(d_node, other, _in_draft(getattr(b_node, other), ids))
        if a_keys[i] == b_keys[j]:
            report.same += 1
            d_node.text = _in_draft(b_node.text, ids)
            if b_node.text_zh and (not d_node.text_zh or _key_zh(b_render, b_node) == _key_zh(d_render, d_node)):
                d_node.text_zh = _in_draft(b_node.text_zh, ids)
        _link_children(b_node.children, d_node.children, b_render, d_render, ids, report, other)


def _key_zh(renderer: Renderer, node: Node) -> str:
    return normalize_space(renderer.node_text(node, "zh"))


def _in_draft(text: str, ids: dict[str, str]) -> str:
    """The base's wording with its references pointing at this draft's articles."""
    if "{{" not in text:
        return text
    return TOKEN_RE.sub(lambda m: "{{ref:%s%s%s}}" % (ids.get(m.group(1), m.group(1)), "|n" if m.group(2) else "",
                                                       m.group(3) or ""), text)
