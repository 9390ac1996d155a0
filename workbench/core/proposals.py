"""Negotiation texts: parties' proposals from a base version, restoring versions, lineage, merging.

A proposal is a new draft copied from a base version. Its nodes get fresh ids (ids are unique
across a workspace) and remember the id they descend from in ``attrs["origin"]``, so a comparison
still aligns every article with the base by identity, whatever was renumbered, moved or edited;
its numbers are fixed for the negotiation (``negotiation``). Merging proposals into a compilation
(each against the version it was drafted on) is ``bracketing``.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field

from .edits import Change, Compound, Edit, InsertNodes, RemoveNode, SetDraftFields
from .messages import msg
from .model import Draft, DraftError, Node, new_id
from .negotiation import freeze_in_place
from .parties import party_name
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
    draft = derive_draft(base, title or f"{base.title} — proposal of {party_name(party.strip())}",
                         {"based_on_version": version.id, "based_on_draft": version.draft_id,
                          "party": party.strip()})
    freeze_in_place(draft)
    return draft


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
    return _Restore(edits, label=f"Restore version “{version.label}”")


class _Restore(Compound):
    """The whole content replaced: a version of the same draft brings back elements under the ids they
    have now, in other places and with other children, so the child order of every element holding
    others (before and after) is reported changed, and views rebuild each of them."""

    def apply(self, draft: Draft) -> Change:
        before = _holders(draft)
        change = super().apply(draft)
        return _rebuilt(draft, change, before)

    def revert(self, draft: Draft) -> Change:
        before = _holders(draft)
        change = super().revert(draft)
        return _rebuilt(draft, change, before)


def _rebuilt(draft: Draft, change: Change, before: set[str | None]) -> Change:
    present = {n.id for n in draft.walk()}
    change.reordered |= _holders(draft) | {h for h in before if h is None or h in present}
    return change


def _holders(draft: Draft) -> set[str | None]:
    return {None} | {n.id for n in draft.walk() if n.children}


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
        if v.built_from:
            names = ", ".join(f"{s.get('label') or s.get('party')}" + (f" [{s['version']}]" if s.get("version") else "")
                              for s in v.built_from)
            lines.append("  " * depth + ("  " if depth else "") + f"  ← built from: {names}")
        for child in node.children:
            emit(child, depth + 1)

    for root in forest:
        emit(root, 0)
    return lines


# ----- merging proposals (``bracketing``; kept here for callers) ---------------------------------
from .bracketing import MergeResult, Proposal, merge_proposals  # noqa: E402,F401  (re-export)
