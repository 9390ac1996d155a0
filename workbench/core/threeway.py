"""What a proposal changes: its differences from the version it was drafted on, placed in a compilation.

A three-way comparison. Nodes are paired by identity (``attrs["origin"]``, kept by every draft
derived from another, or set when a Word proposal is linked to its base: ``linking``); words are
compared token by token (``textdiff``), cross-references as the article they point to, so a
renumbered reference is never a change. Each change of the proposal (its base → its text) is
then placed in the compilation's text in force: where the compilation still reads as the base
did around it, the change applies there (a *rebase*, whatever else changed since); where the
compilation already reads as the proposal does, the change is *already there*; otherwise it
*conflicts* and is reported, never recorded.
"""
from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass, field

from .messages import msg
from .model import Draft, Node, NodeKind, new_id
from .numbering import Numbering
from .references import TOKEN_RE
from .textdiff import tokens


_PLACEHOLDER = re.compile(r"⟦([^|⟧]+)((?:\|[nd])*)⟧")


def identity(node: Node) -> str:
    return (node.attrs.get("origin") if node.attrs else None) or node.id


@dataclass
class Change:
    """One change of one party, in the compilation's terms (its node ids and text offsets)."""

    kind: str                 # words | delete | insert | title | restructure | delete_article | insert_article
    container: str            # the compilation article (or preamble) it is in; "" for insert_article
    node: str = ""            # words / delete: the compilation node
    field: str = "text"       # words: text | text_zh
    start: int = 0
    end: int = 0
    text: str = ""            # words: the new words for text[start:end]
    nodes: list[Node] = dataclasses.field(default_factory=list)   # insert / insert_article: new nodes (compilation ids)
    parent: str | None = None  # insert / insert_article: where
    after: str | None = None   # insert / insert_article: the sibling it follows (None: first)
    wording: dict | None = None  # title: {"title", "title_zh"}; restructure: the article's whole wording


@dataclass
class Already:
    """A change the compilation already reads as the proposal does."""

    node: str
    field: str
    start: int
    end: int


@dataclass
class ProposalChanges:
    party: str
    changes: list[Change] = field(default_factory=list)
    already: list[Already] = field(default_factory=list)
    report: list[str] = field(default_factory=list)
    conflicts: int = 0


class _Refs:
    """A draft's reference tokens as one-token placeholders naming the article they point to."""

    def __init__(self, draft: Draft):
        self.key_of: dict[str, str] = {}
        self.id_of: dict[str, str] = {}
        for article in draft.articles():
            key = identity(article)
            self.key_of[article.id] = key
            self.id_of.setdefault(key, article.id)
            if article.derived_from:
                self.key_of.setdefault(article.derived_from, key)

    def canon(self, text: str) -> str:
        if "{{" not in text:
            return text
        return TOKEN_RE.sub(lambda m: "⟦%s%s%s⟧" % (self.key_of.get(m.group(1), "?" + m.group(1)),
                                                 "|n" if m.group(2) else "", m.group(3) or ""), text)

    def raw(self, canon: str, extra: dict[str, str]) -> str:
        """Canonical text back as this draft stores it (``extra``: ids of articles being added)."""
        if "⟦" not in canon:
            return canon
        return _PLACEHOLDER.sub(lambda m: self._token(m.group(1), m.group(2), extra), canon)

    def _token(self, key: str, flags: str, extra: dict[str, str]) -> str:
        target = key[1:] if key.startswith("?") else (self.id_of.get(key) or extra.get(key) or key)
        return "{{ref:%s%s}}" % (target, flags)


#: Tokens either side of a change that must read in the compilation as in the base (a word and its space).
CONTEXT = 2


def _hunks(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    """Opcodes from ``a`` to ``b`` that change something, those separated only by spaces joined."""
    out: list[list[int]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if out and all(not t.strip() for t in a[out[-1][1]:i1]) and i1 - out[-1][1] <= 1:
            out[-1][1], out[-1][3] = i2, j2
        else:
            out.append([i1, i2, j1, j2])
    return [tuple(h) for h in out]


def rebase(base: str, proposal: str, target: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]], int]:
    """The proposal's changes to ``base`` placed in ``target`` (all canonical texts).

    Returns (changes as (start, end, new words) in ``target`` token offsets, already-made changes
    as (start, end), number of conflicts). A change applies where the words it replaces, and
    ``CONTEXT`` tokens either side, read in ``target`` as in ``base``."""
    b, p, t = tokens(base), tokens(proposal), tokens(target)
    hunks = _hunks(b, p)
    if not hunks:
        return [], [], 0
    if b == t:
        where = {i: i for i in range(len(b))}
    else:
        where = {}
        for block in difflib.SequenceMatcher(None, b, t, autojunk=False).get_matching_blocks():
            for k in range(block.size):
                where[block.a + k] = block.b + k
    applied, already, conflicts = [], [], 0
    joined_t = "".join(t)
    for i1, i2, j1, j2 in hunks:
        span = range(max(i1 - CONTEXT, 0), min(i2 + CONTEXT, len(b)))
        mapped = [where.get(i) for i in span]
        clean = all(m is not None for m in mapped) and all(y == x + 1 for x, y in zip(mapped, mapped[1:]))
        if not b:
            clean = not t
        if clean:
            start = where[i1] if i1 < len(b) else (where[i1 - 1] + 1 if i1 else 0)
            applied.append((start, start + (i2 - i1), "".join(p[j1:j2])))
            continue
        context = "".join(p[max(j1 - 2, 0):j2 + 2])
        found = joined_t.find(context) if context.strip() else -1
        if found >= 0:
            before = len(tokens(joined_t[:found]))
            already.append((before, before + len(tokens(context))))
        else:
            conflicts += 1
    return applied, already, conflicts


class ProposalReader:
    """Reads one proposal against its base and places its changes in the compilation ``target``."""

    def __init__(self, target: Draft, numbering: Numbering | None = None):
        self.target = target
        self.index = target.index()
        self.by_key: dict[str, Node] = {}
        for node in target.walk():
            self.by_key.setdefault(identity(node), node)
        self.refs = _Refs(target)
        self.numbering = numbering or Numbering.of(target)
        self.new_ids: dict[str, str] = {}        # identity of an article being added -> its id here

    # ----- places, for the report ---------------------------------------------------------------
    def where(self, node: Node) -> str:
        node_id = node.id
        parts = []
        while node_id in self.index:
            node, parent = self.index[node_id]
            label = self.numbering.label(node)
            if node.kind is NodeKind.ARTICLE:
                parts.insert(0, label)
                break
            if node.kind is NodeKind.PREAMBLE:
                parts.insert(0, "the preamble")
                break
            if label:
                parts.insert(0, ("paragraph " if node.kind is NodeKind.PARAGRAPH else "sub-paragraph ")
                             + label.strip(".()"))
            node_id = parent.id if parent is not None else ""
        return ", ".join(parts) or "the text"

    # ----- reading --------------------------------------------------------------------------------
    def read(self, party: str, base: Draft, proposal: Draft) -> ProposalChanges:
        out = ProposalChanges(party)
        b_refs, p_refs = _Refs(base), _Refs(proposal)
        b_arts = {identity(a): a for a in base.articles()}
        p_arts = {identity(a): a for a in proposal.articles()}
        for key, art in p_arts.items():           # ids for added articles first: references follow
            if key not in b_arts and key not in self.by_key:
                self.new_ids.setdefault(key, new_id())
        self._moves(party, base, proposal, b_arts, p_arts, out)
        for key, art in b_arts.items():
            if key not in p_arts:
                target = self.by_key.get(key)
                if target is None or target.attrs.get("deleted"):
                    out.report.append(msg("{party}: the article “{title}” it deletes is no longer in the text",
                                          party=party, title=art.title))
                else:
                    out.changes.append(Change("delete_article", target.id, node=target.id))
        for key, art in p_arts.items():
            if key in b_arts or key in self.by_key:
                target = self.by_key.get(key)
                if target is None or target.attrs.get("deleted"):
                    out.conflicts += 1
                    out.report.append(msg("{party}: the article “{title}” is no longer in the text; its changes "
                                          "were not merged", party=party, title=art.title))
                    continue
                self._container(b_arts.get(key, target), art, target, b_refs if key in b_arts else self.refs,
                                p_refs, out)
            else:
                out.changes.append(self._added_article(proposal, art, p_refs))
        b_pre, p_pre = base.preamble(), proposal.preamble()
        t_pre = self.target.preamble()
        if b_pre is not None and p_pre is not None and t_pre is not None:
            self._container(b_pre, p_pre, t_pre, b_refs, p_refs, out)
        return out

    def _moves(self, party, base, proposal, b_arts, p_arts, out) -> None:
        common = [k for k in (identity(a) for a in base.articles()) if k in p_arts]
        order = [k for k in (identity(a) for a in proposal.articles()) if k in b_arts]
        kept = set()
        for block in difflib.SequenceMatcher(None, common, order, autojunk=False).get_matching_blocks():
            kept.update(common[block.a:block.a + block.size])
        for key in common:
            if key not in kept and key in self.by_key:
                out.report.append(msg("{party} moves {article}; moves are not merged", party=party,
                                      article=self.where(self.by_key[key])))

    def _added_article(self, proposal: Draft, art: Node, p_refs: _Refs) -> Change:
        copy_ = self._portable(art, p_refs)
        copy_.id = self.new_ids[identity(art)]
        articles = proposal.articles()
        at = next(i for i, a in enumerate(articles) if a.id == art.id)
        after = None
        for previous in reversed(articles[:at]):
            found = self.by_key.get(identity(previous))
            if found is not None:
                after = found.id
                break
            if identity(previous) in self.new_ids:
                after = self.new_ids[identity(previous)]
                break
        return Change("insert_article", "", nodes=[copy_], after=after)

    def _portable(self, node: Node, refs: _Refs) -> Node:
        """A copy of a proposal's node for the compilation: fresh ids, origins kept, references
        pointing at the compilation's articles, no brackets of its own."""
        twin = Node.from_dict(node.to_dict())
        for n in twin.walk():
            n.attrs.setdefault("origin", n.id)
            for key in ("alternatives", "proposer", "supporters", "opponents", "status", "option_id", "base_text",
                        "consultations", "previous_option_id", "fixed_number"):
                n.attrs.pop(key, None)
            n.id = new_id()
            n.text = self.refs.raw(refs.canon(n.text), self.new_ids)
            n.text_zh = self.refs.raw(refs.canon(n.text_zh), self.new_ids)
        return twin

    # ----- one article (or the preamble) ----------------------------------------------------------
    def _container(self, b_art: Node, p_art: Node, t_art: Node, b_refs: _Refs, p_refs: _Refs,
                   out: ProposalChanges) -> None:
        party = out.party
        if p_art.kind is NodeKind.ARTICLE and (b_art.title, b_art.title_zh) != (p_art.title, p_art.title_zh):
            if (t_art.title, t_art.title_zh) == (p_art.title, p_art.title_zh):
                out.report.append(msg("{party}: the title of {article} already reads as it proposes", party=party,
                                      article=self.where(t_art)))
            else:
                out.changes.append(Change("title", t_art.id, node=t_art.id,
                                          wording={"title": p_art.title, "title_zh": p_art.title_zh}))
        b_nodes = _flatten(b_art)
        p_nodes = _flatten(p_art)
        if _restructured(b_nodes, p_nodes):
            wording = {"title": p_art.title, "title_zh": p_art.title_zh,
                       "nodes": [self._portable(c, p_refs) for c in p_art.children]}
            out.changes.append(Change("restructure", t_art.id, node=t_art.id, wording=wording))
            out.report.append(msg("{party} rearranges the paragraphs of {article}: its whole wording is an option",
                                  party=party, article=self.where(t_art)))
            return
        b_keys = {k: v for k, v in b_nodes.items()}
        for key, (node, parent_key) in p_nodes.items():
            if key in b_keys:
                self._texts(b_keys[key][0], node, key, t_art, b_refs, p_refs, out)
        for key, (node, parent_key) in b_nodes.items():
            if key not in p_nodes and (parent_key is None or parent_key in p_nodes):
                target = self.by_key.get(key)
                if target is None or target.attrs.get("deleted"):
                    continue
                out.changes.append(Change("delete", t_art.id, node=target.id))
        self._inserts(b_nodes, p_nodes, p_art, t_art, p_refs, out)

    def _texts(self, b: Node, p: Node, key: str, t_art: Node, b_refs, p_refs, out: ProposalChanges) -> None:
        fields = [f for f in ("text", "text_zh") if getattr(b, f) != getattr(p, f)]
        if not fields:
            return
        target = self.by_key.get(key)
        if target is None or target.attrs.get("deleted"):
            out.conflicts += 1
            out.report.append(msg("{party}: a paragraph it changes is no longer in {article}", party=out.party,
                                  article=self.where(t_art)))
            return
        for name in fields:
            b_text, p_text = b_refs.canon(getattr(b, name)), p_refs.canon(getattr(p, name))
            if b_text == p_text:
                continue
            t_raw = getattr(target, name)
            t_text = self.refs.canon(t_raw)
            applied, already, conflicts = rebase(b_text, p_text, t_text)
            if conflicts:                   # a wording changed in part is never merged in part
                applied, already = [], []
            t_tokens = _raw_tokens(t_text, t_raw)
            offsets = [0]
            for tok in t_tokens:
                offsets.append(offsets[-1] + len(tok))
            for start, end, words in applied:
                out.changes.append(Change("words", t_art.id, node=target.id, field=name, start=offsets[start],
                                          end=offsets[end], text=self.refs.raw(words, self.new_ids)))
            for start, end in already:
                out.already.append(Already(target.id, name, offsets[start], offsets[min(end, len(t_tokens))]))
            if conflicts:
                out.conflicts += conflicts
                out.report.append(msg("{party}: a change to {place} could not be placed: the text there changed "
                                      "since the version it was drafted on", party=out.party,
                                      place=self.where(target)))

    def _inserts(self, b_nodes, p_nodes, p_art: Node, t_art: Node, p_refs, out: ProposalChanges) -> None:
        stack = [p_art]
        while stack:
            parent = stack.pop()
            previous_key = None
            run: list[Node] = []
            for child in parent.children:
                key = identity(child)
                if key in b_nodes:
                    if run:
                        self._insert(run, parent, previous_key, t_art, p_refs, out)
                        run = []
                    previous_key = key
                    stack.append(child)
                else:
                    run.append(child)
            if run:
                self._insert(run, parent, previous_key, t_art, p_refs, out)

    def _insert(self, run: list[Node], parent: Node, previous_key, t_art: Node, p_refs, out) -> None:
        parent_key = identity(parent)
        t_parent = t_art if parent_key == identity(t_art) or parent is None else self.by_key.get(parent_key)
        after = self.by_key.get(previous_key) if previous_key else None
        if t_parent is None or (previous_key and after is None):
            out.conflicts += 1
            out.report.append(msg("{party}: the place of a paragraph it adds to {article} is no longer in the text",
                                  party=out.party, article=self.where(t_art)))
            return
        out.changes.append(Change("insert", t_art.id, nodes=[self._portable(n, p_refs) for n in run],
                                  parent=t_parent.id, after=after.id if after is not None else None))


def _flatten(container: Node) -> dict[str, tuple[Node, str | None]]:
    """Every node under ``container`` by identity, with its parent's identity (None: the container)."""
    out: dict[str, tuple[Node, str | None]] = {}
    stack = [(c, None) for c in reversed(container.children)]
    while stack:
        node, parent_key = stack.pop()
        key = identity(node)
        out[key] = (node, parent_key)
        stack.extend((c, key) for c in reversed(node.children))
    return out


def _restructured(b_nodes: dict, p_nodes: dict) -> bool:
    """Whether paragraphs kept by the proposal changed parent, kind, numbering or order."""
    order_b: dict[str | None, list[str]] = {}
    order_p: dict[str | None, list[str]] = {}
    for key, (node, parent_key) in b_nodes.items():
        if key in p_nodes:
            other, other_parent = p_nodes[key]
            if other_parent != parent_key or other.kind is not node.kind or other.numbered != node.numbered:
                return True
            order_b.setdefault(parent_key, []).append(key)
    for key, (node, parent_key) in p_nodes.items():
        if key in b_nodes:
            order_p.setdefault(parent_key, []).append(key)
    return order_b != order_p


def _raw_tokens(canon: str, raw: str) -> list[str]:
    """The tokens of ``canon`` as ``raw`` spells them (placeholders back to reference tokens)."""
    out = tokens(canon)
    if "⟦" not in canon:
        return out
    raws = iter(m.group(0) for m in TOKEN_RE.finditer(raw))
    return [next(raws, tok) if tok.startswith("⟦") else tok for tok in out]
