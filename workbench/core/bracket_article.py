"""One bracket for a whole article: when an article's options differ in more than words or paragraphs.

An article is bracketed as a whole when a party proposes to delete it, retitle it or rearrange its
paragraphs, or deletes a paragraph another party amends. Then every option in dispute anywhere in
the article becomes one option of the article's bracket (all numbered together): the options of
the paragraph and word brackets already in it, each party's new changes (all of one party's
changes in the article forming one option), and "delete". Records (closed options) are kept.
"""
from __future__ import annotations

import copy

from .bracket_model import (ATTR, OWN_KEYS, alternatives, alternatives_edit, brackets, locate, make_option,
                            own_option)
from .edits import Edit, RemoveNode
from .model import DraftError, Node
from .threeway import Change

POSITION_KEYS = ("id", "proposer", "supporters", "opponents", "status", "superseded", "note", "base")


def apply_words(text: str, changes: list[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, words) replaced, the last first so offsets hold."""
    for start, end, words in sorted(changes, key=lambda c: (c[0], c[1]), reverse=True):
        text = text[:start] + words + text[end:]
    return text


def proposed_insertion(node: Node) -> bool:
    """A node a party proposed to add, in brackets: Option 1 is its wording, the base "delete"."""
    return bool(node.attrs.get("proposer")) and any(
        a.get("base") and a.get("delete") and not a.get("group") for a in alternatives(node))


def nodes_signature(nodes: list[dict]) -> tuple:
    return tuple((d.get("kind"), d.get("numbered", True), d.get("text", ""), d.get("text_zh", ""),
                  nodes_signature(d.get("children", []))) for d in nodes)


def signature(option: dict) -> tuple:
    """What makes two options the same wording (ids and positions aside)."""
    if option.get("delete"):
        return ("delete",)
    if "nodes" in option:
        return (option.get("title", ""), option.get("title_zh", ""), nodes_signature(option.get("nodes") or []))
    return (option.get("text", ""), option.get("text_zh", ""))


def positions_of(option: dict) -> dict:
    return {k: copy.deepcopy(option[k]) for k in POSITION_KEYS if k in option and k != "base"}


def bare(node: Node) -> Node:
    """A copy of ``node`` (same ids) without brackets: what an option holds."""
    twin = Node.from_dict(node.to_dict())
    for n in twin.walk():
        n.attrs.pop(ATTR, None)
        for key in OWN_KEYS:
            n.attrs.pop(key, None)
    return twin


def wording_of(article: Node) -> dict:
    return {"title": article.title, "title_zh": article.title_zh,
            "text": "\n\n".join(n.text for c in article.children for n in c.walk() if n.text),
            "text_zh": "\n\n".join(n.text_zh for c in article.children for n in c.walk() if n.text_zh),
            "nodes": [c.to_dict() for c in article.children]}


def _remove(root: Node, node_id: str) -> None:
    for n in root.walk():
        for i, child in enumerate(n.children):
            if child.id == node_id:
                del n.children[i]
                return


def _find(root: Node, node_id: str) -> Node | None:
    return next((n for n in root.walk() if n.id == node_id), None)


def party_variant(article: Node, changes: list[Change], insertions: list[Node]) -> Node:
    """The article in force with one party's changes made (proposed insertions it did not touch out)."""
    variant = bare(article)
    touched: set[str] = set()
    words: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for change in changes:
        if change.kind == "words":
            words.setdefault((change.node, change.field), []).append((change.start, change.end, change.text))
            touched.add(change.node)
    for (node_id, field), items in words.items():
        node = _find(variant, node_id)
        if node is not None:
            setattr(node, field, apply_words(getattr(node, field), items))
    for change in changes:
        if change.kind == "title" or change.kind == "restructure":
            variant.title = change.wording.get("title", variant.title)
            variant.title_zh = change.wording.get("title_zh", variant.title_zh)
        if change.kind == "restructure":
            variant.children = [bare(n) for n in change.wording["nodes"]]
    for change in changes:
        if change.kind == "insert":
            parent = _find(variant, change.parent) if change.parent != variant.id else variant
            if parent is None:
                continue
            at = next((i + 1 for i, c in enumerate(parent.children) if c.id == change.after), 0)
            parent.children[at:at] = [bare(n) for n in change.nodes]
    for change in changes:
        if change.kind == "delete":
            _remove(variant, change.node)
    for node in insertions:
        if not any(n.id in touched for n in node.walk()):
            _remove(variant, node.id)
    return variant


class ArticleBracket:
    """Rebuilds the brackets of one article as one article-level bracket."""

    def __init__(self, article: Node):
        self.article = article
        self.insertions = [n for n in list(article.walk())[1:] if proposed_insertion(n) and
                           any(b.is_open for b in brackets(n) if not b.is_span)]
        self.base = bare(article)
        for node in self.insertions:
            _remove(self.base, node.id)
        self.alts = copy.deepcopy([a for a in alternatives(article) if not a.get("group")])
        self.spans = [a for a in alternatives(article) if a.get("group")]
        self.own_support: dict[str, list[str]] = {"supporters": [], "opponents": []}
        self.edits: list[Edit] = []

    def gather_existing(self) -> None:
        """The open brackets inside the article, as options of the article's bracket."""
        places = {}
        for parent in self.article.walk():
            for i, child in enumerate(parent.children):
                places[child.id] = (parent.id, i)
        for node in list(self.article.walk())[1:]:
            open_ = [b for b in brackets(node) if b.is_open]
            if not open_:
                continue
            inserted = node in self.insertions
            for bracket in open_:
                for number, option in enumerate(bracket.options):
                    if number == 0 and not inserted:
                        for key in ("supporters", "opponents"):
                            self.own_support[key] += option.get(key, [])
                        continue
                    if inserted and option.get("base") and option.get("delete"):
                        for key in ("supporters", "opponents"):
                            self.own_support[key] += option.get(key, [])
                        continue
                    variant = bare(self.base)
                    if inserted:
                        parent_id, index = places[node.id]
                        parent = variant if parent_id == variant.id else _find(variant, parent_id)
                        if parent is not None:
                            parent.children.insert(min(index, len(parent.children)), bare(node))
                    target = _find(variant, node.id)
                    if target is None:
                        continue
                    if option.get("delete"):
                        _remove(variant, node.id)
                    elif bracket.is_span:
                        try:
                            start, end = locate(node, bracket)
                        except DraftError:
                            continue
                        text = getattr(node, bracket.field)
                        setattr(target, bracket.field, text[:start] + option.get("text", "") + text[end:])
                    elif not option.get("own"):
                        target.text, target.text_zh = option.get("text", ""), option.get("text_zh", "")
                    self.alts.append({**make_option(), **positions_of(option), **wording_of(variant)})
            if inserted:
                self.edits.append(RemoveNode(node.id, label="Bracket the whole article"))
            else:
                kept = [a for a in alternatives(node)
                        if a.get("group") and not any(b.group == a["group"] and b.is_open for b in open_)]
                own = {} if any(b.is_open and not b.is_span for b in open_) else None
                self.edits.append(alternatives_edit(node, kept, own=own, label="Bracket the whole article"))

    def offer(self, party: str, option: dict) -> str:
        """Add one party's option; returns "added", "supported" or "same"."""
        wanted = signature(option)
        candidates = [own_option(self.article)] + self.alts
        for existing in candidates:
            if signature(existing) == wanted or (existing.get("own") and signature(wording_of(self.base)) == wanted):
                if existing.get("status") == "withdrawn" and not existing.get("own"):
                    continue
                if party == existing.get("proposer") or party in existing.get("supporters", []):
                    return "same"
                if party in existing.get("opponents", []):
                    return "same"
                if existing.get("own"):
                    self.own_support["supporters"].append(party)
                else:
                    existing.setdefault("supporters", []).append(party)
                return "supported"
        self.alts.append({**make_option(proposer=party), **option})
        return "added"

    def party_option(self, changes: list[Change]) -> dict:
        if any(c.kind == "delete_article" for c in changes):
            return {"delete": True}
        return wording_of(party_variant(self.article, changes, self.insertions))

    def finish(self) -> list[Edit]:
        own = None
        if self.own_support["supporters"] or self.own_support["opponents"] or self.insertions:
            option = own_option(self.article)
            own = {"proposer": self.article.attrs.get("proposer", ""),
                   "supporters": list(dict.fromkeys(option.get("supporters", []) + self.own_support["supporters"])),
                   "opponents": list(dict.fromkeys(option.get("opponents", []) + self.own_support["opponents"])),
                   "status": self.article.attrs.get("status", "open"), "option_id": option["id"],
                   "base_text": option.get("base")}
        self.edits.append(alternatives_edit(self.article, self.alts + self.spans, own=own,
                                            label="Bracket the whole article"))
        return self.edits


def article_needed(article: Node, by_party: list[tuple[str, list[Change]]]) -> bool:
    """Whether the options for ``article`` differ in more than words and paragraphs."""
    if any(b.is_open and not b.is_span for b in brackets(article)):
        return True
    kinds = {c.kind for _, changes in by_party for c in changes}
    if kinds & {"delete_article", "title", "restructure"}:
        return True
    deleted = {c.node for _, changes in by_party for c in changes if c.kind == "delete"}
    for node in list(article.walk())[1:]:
        if any(b.is_open and any(o.get("delete") for o in b.options) for b in brackets(node) if not b.is_span):
            if not proposed_insertion(node):
                deleted.add(node.id)
    if not deleted:
        return False
    inside: dict[str, set[str]] = {}
    for node in list(article.walk())[1:]:
        if node.id in deleted:
            inside[node.id] = {n.id for n in list(node.walk())[1:]}
    touched = {c.node for _, changes in by_party for c in changes if c.kind == "words"}
    touched |= {c.parent for _, changes in by_party for c in changes if c.kind == "insert"}
    touched |= {n.id for n in article.walk() if any(b.is_open for b in brackets(n))}
    return any(ids & touched for ids in inside.values())
