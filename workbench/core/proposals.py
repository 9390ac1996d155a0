"""Negotiation texts: parties' proposals from a base version, restoring versions, lineage, merging.

A proposal is a new draft copied from a base version. Its nodes get fresh ids (ids are unique
across a workspace) and remember the id they descend from in ``attrs["origin"]``, so a comparison
still aligns every article with the base by identity, whatever was renumbered, moved or edited.
Merging several parties' proposals onto the base turns every difference into alternatives
(``brackets``) attributed to the parties, as a compilation text does.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field

from . import brackets as br
from .compare import compare
from .edits import Compound, Edit, InsertNodes, RemoveNode, SetDraftFields
from .messages import msg
from .model import Draft, DraftError, Node, NodeKind, new_id
from .references import TOKEN_RE
from .versions import Version


def _remap_refs(text: str, id_map: dict[str, str]) -> str:
    if not text or "{{" not in text:
        return text
    return TOKEN_RE.sub(lambda m: "{{ref:%s%s%s}}" % (id_map.get(m.group(1), m.group(1)),
                                                     "|n" if m.group(2) else "", m.group(3) or ""), text)


def fresh_nodes(nodes: list[Node]) -> tuple[list[Node], dict[str, str]]:
    """Copies of ``nodes`` with fresh ids, each remembering its origin; references follow."""
    copies = [Node.from_dict(n.to_dict()) for n in nodes]
    id_map: dict[str, str] = {}
    for top in copies:
        for node in top.walk():
            old = node.id
            node.id = new_id()
            node.attrs.setdefault("origin", old)
            id_map[old] = node.id
    for top in copies:
        for node in top.walk():
            node.text = _remap_refs(node.text, id_map)
            node.text_zh = _remap_refs(node.text_zh, id_map)
    return copies, id_map


def derive_draft(source: Draft, title: str | None = None, meta: dict | None = None) -> Draft:
    """A new draft with ``source``'s content under fresh ids (origins kept)."""
    draft = Draft(title=title or source.title, title_zh=source.title_zh,
                  meta={**copy.deepcopy(source.meta), **(meta or {})})
    draft.children, _ = fresh_nodes(source.children)
    return draft


def proposal_from_version(version: Version, party: str, title: str | None = None) -> Draft:
    """A party's proposal: a new draft from ``version`` whose meta records the base version."""
    if not party.strip():
        raise DraftError(msg("a proposal needs the name of the party making it"))
    base = version.draft()
    return derive_draft(base, title or f"{base.title} — proposal of {party.strip()}",
                        {"based_on_version": version.id, "based_on_draft": version.draft_id,
                         "party": party.strip()})


def restore_edit(draft: Draft, version: Version) -> Edit:
    """Undoable edit giving ``draft`` the content of ``version`` (its own or another draft's)."""
    snapshot = version.draft()
    if version.draft_id == draft.id:
        nodes = snapshot.children
    else:
        nodes, _ = fresh_nodes(snapshot.children)
    edits: list[Edit] = [RemoveNode(top.id) for top in list(draft.children)]
    edits.append(InsertNodes(None, 0, nodes, label="Restore"))
    if (snapshot.title, snapshot.title_zh) != (draft.title, draft.title_zh):
        edits.append(SetDraftFields({"title": snapshot.title, "title_zh": snapshot.title_zh}))
    return Compound(edits, label=f"Restore version “{version.label}”")


# ----- lineage --------------------------------------------------------------------------------
@dataclass
class LineageNode:
    version: Version
    children: list["LineageNode"] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {**self.version.summary(), "children": [c.to_dict() for c in self.children]}


def lineage_forest(versions: list[Version]) -> list[LineageNode]:
    """All versions as trees: base → proposals → Chair's text → Rev.n, oldest first."""
    nodes = {v.id: LineageNode(v) for v in versions}
    roots: list[LineageNode] = []
    for version in versions:
        parent = nodes.get(version.parent_id) if version.parent_id else None
        if parent is None or parent is nodes[version.id] or _is_ancestor(nodes, version.id, version.parent_id):
            roots.append(nodes[version.id])
        else:
            parent.children.append(nodes[version.id])
    return roots


def _is_ancestor(nodes: dict, candidate: str, start: str | None) -> bool:
    seen = set()
    current = start
    while current and current not in seen:
        if current == candidate:
            return True
        seen.add(current)
        node = nodes.get(current)
        current = node.version.parent_id if node else None
    return False


def lineage_lines(forest: list[LineageNode]) -> list[str]:
    """The forest as indented text lines for the CLI."""
    lines: list[str] = []

    def emit(node: LineageNode, depth: int) -> None:
        v = node.version
        who = v.party or v.author
        lines.append("  " * depth + ("└ " if depth else "") + f"{v.label}  [{v.id}]  {v.created}"
                     + (f"  ({who})" if who else ""))
        for child in node.children:
            emit(child, depth + 1)

    for root in forest:
        emit(root, 0)
    return lines


# ----- merging proposals onto a base ----------------------------------------------------------
@dataclass
class MergeResult:
    edit: Edit | None
    report: list[str]
    alternatives: int = 0


def _same_shape(a: Node, b: Node, identity_a, identity_b) -> bool:
    if len(a.children) != len(b.children):
        return False
    return all(identity_a(x) == identity_b(y) and x.kind is y.kind and x.numbered == y.numbered
               and _same_shape(x, y, identity_a, identity_b) for x, y in zip(a.children, b.children))


def merge_proposals(base: Draft, proposals: list[tuple[str, Draft]]) -> MergeResult:
    """Edit adding each party's differences from ``base`` as alternatives attributed to it.

    Changed paragraphs become paragraph alternatives; an article whose paragraphs were added,
    removed or retitled becomes an article alternative; a deleted article an alternative
    proposing deletion; an added article is inserted in brackets. The same wording proposed by
    several parties is one alternative, the later parties recorded as supporters.
    """
    merger = _Merger(base)
    for party, proposal in proposals:
        merger.add(party.strip() or proposal.meta.get("party", "") or proposal.title, proposal)
    return merger.result()


class _Merger:
    def __init__(self, base: Draft):
        self.base = base
        self.base_nodes = {n.id: n for n in base.walk()}
        self.alts: dict[str, list[dict]] = {}
        self.inserts: list[tuple[str | None, int, int, Node]] = []
        self.report: list[str] = []
        self.count = 0

    def options(self, node: Node) -> list[dict]:
        if node.id not in self.alts:
            self.alts[node.id] = copy.deepcopy(br.alternatives(node))
        return self.alts[node.id]

    def offer(self, node: Node, party: str, wording: dict) -> None:
        keys = ("text", "text_zh", "title", "title_zh", "delete")

        def same(option: dict) -> bool:
            return all((option.get(k) or "") == (wording.get(k) or "") for k in keys)

        if same(br.node_wording(node)):
            self.report.append(f"{party} keeps the base text of {_name(node)}")
            return
        for opt in self.options(node):
            if not opt.get("group") and same(opt):
                if party != opt.get("proposer") and party not in opt.get("supporters", []):
                    opt.setdefault("supporters", []).append(party)
                return
        self.options(node).append(br.make_option(proposer=party, **wording))
        self.count += 1

    def add(self, party: str, proposal: Draft) -> None:
        result = compare(self.base, proposal)
        id_map = {b.id: a.id for a, b in result.pairs}
        for node in proposal.walk():
            origin = node.attrs.get("origin")
            if origin in self.base_nodes:
                id_map.setdefault(node.id, origin)
        added = [c for c in result.changes if c.kind == "added" and c.element == "article"]
        copies = {}
        for change in added:                  # new ids first, so references to them follow
            copies[change.new.id] = _portable(change.new.node)
            id_map[change.new.id] = copies[change.new.id].id

        def identity(node: Node) -> str:
            base_node = self.base_nodes.get(id_map.get(node.id, ""))
            return _identity(base_node) if base_node is not None else _identity(node)

        for change in result.changes:
            if change.element != "article":
                self.report.append(f"{party}: changes to the preamble are not merged; compare the texts")
            elif change.kind == "deleted":
                self.offer(change.old.node, party, {"delete": True})
            elif change.kind == "added":
                node = copies[change.new.id]
                _remap_tree(node, id_map)
                node.attrs["proposer"] = party
                node.attrs[br.ATTR] = [br.make_option(base=True, delete=True, note="not in the base text")]
                parent_id, index = _insertion_point(self.base, proposal, change.new.node, id_map)
                self.inserts.append((parent_id, index, len(self.inserts), node))
                self.count += 1
                self.report.append(f"{party} proposes a new article “{node.title}”")
            else:
                if change.kind == "moved":
                    self.report.append(f"{party} moves {_name(change.old.node)}; moves are not merged")
                    if not (change.text_changed or change.title_changed):
                        continue
                self._modified(party, change.old.node, change.new.node, id_map, identity)

    def _modified(self, party, a: Node, b: Node, id_map, identity) -> None:
        if a.title == b.title and a.title_zh == b.title_zh and _same_shape(a, b, _identity, identity):
            for x, y in zip(list(a.walk())[1:], list(b.walk())[1:]):
                y_text, y_zh = _remap_refs(y.text, id_map), _remap_refs(y.text_zh, id_map)
                if (x.text, x.text_zh) != (y_text, y_zh):
                    self.offer(x, party, {"text": y_text, "text_zh": y_zh})
            return
        portable = _portable(b)
        _remap_tree(portable, id_map)
        self.offer(a, party, br.node_wording(portable))

    def result(self) -> MergeResult:
        edits: list[Edit] = []
        for node_id, node_alts in self.alts.items():
            if node_alts != br.alternatives(self.base_nodes[node_id]):
                edits.append(br.alternatives_edit(self.base_nodes[node_id], node_alts, label="Merge proposals"))
        # insert from the back so earlier indexes stay right; equal places keep proposal order
        for parent_id, index, order, node in sorted(self.inserts, key=lambda t: (-t[1], -t[2])):
            edits.append(InsertNodes(parent_id, index, [node], label="Insert proposed article"))
        return MergeResult(Compound(edits, label="Merge proposals") if edits else None,
                           self.report, self.count)


def _identity(node: Node) -> str:
    return node.attrs.get("origin") or node.id


def _portable(node: Node) -> Node:
    """A copy of a proposal's node for the base draft: fresh ids, origins kept, no brackets."""
    twin = Node.from_dict(node.to_dict())
    for n in twin.walk():
        n.attrs.setdefault("origin", n.id)
        n.attrs.pop(br.ATTR, None)
        n.id = new_id()
    return twin


def _remap_tree(node: Node, id_map: dict[str, str]) -> None:
    for n in node.walk():
        n.text = _remap_refs(n.text, id_map)
        n.text_zh = _remap_refs(n.text_zh, id_map)


def _insertion_point(base: Draft, proposal: Draft, node: Node, id_map: dict[str, str]) -> tuple[str | None, int]:
    """Where in ``base`` an article added by a proposal goes: after its predecessor's match."""
    articles = proposal.articles()
    at = next(i for i, a in enumerate(articles) if a.id == node.id)
    for previous in reversed(articles[:at]):
        match = id_map.get(previous.id)
        if match is None:
            continue
        try:
            parent = base.parent_of(match)
        except DraftError:
            continue
        siblings = base.children_of(parent.id if parent else None)
        return (parent.id if parent else None), [s.id for s in siblings].index(match) + 1
    first = base.articles()[0] if base.articles() else None
    if first is None:
        return None, len(base.children)
    parent = base.parent_of(first.id)
    return (parent.id if parent else None), 0


def _name(node: Node) -> str:
    if node.kind is NodeKind.ARTICLE:
        return f"the article “{node.title}”" if node.title else "an article"
    return "a paragraph"
