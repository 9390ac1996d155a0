"""Negotiation numbering: numbers that do not move under the delegates, until the final text.

While a text is negotiated (a proposal, a compilation, a Chair's text Rev.n) every article and
every paragraph of it keeps the number it had in the base text (``attrs["fixed_number"]``,
``draft.meta["fixed_numbers"]``): an article inserted after Article 25 is "Article 25 bis", one
whose deletion was agreed stays as "[Article 29 — deleted]" (an empty shell keeping its bracket's
record). ``renumber_final`` is the drafter's explicit, undoable step to the final text: shells
are dropped and everything is numbered in sequence again.
"""
from __future__ import annotations

import copy

from .edits import Compound, Edit, RemoveNode, SetDraftFields, SetFields
from .messages import msg
from .model import Draft, DraftError, Node, NodeKind
from .numbering import FIXED, Numbering


def is_frozen(draft: Draft) -> bool:
    return bool(draft.meta.get(FIXED))


def _numbers(draft: Draft) -> dict[str, int]:
    numbering = Numbering.of(draft)
    out = dict(numbering.articles)
    for article in draft.articles():
        for para in article.children:
            if para.id in numbering.paragraphs:
                out[para.id] = numbering.paragraphs[para.id]
    return out


def freeze_in_place(draft: Draft) -> None:
    """Fix the numbers of a draft not yet stored (a new proposal or compilation)."""
    if is_frozen(draft):
        return
    index = {n.id: n for n in draft.walk()}
    for node_id, number in _numbers(draft).items():
        index[node_id].attrs["fixed_number"] = number
    draft.meta[FIXED] = True


def freeze_numbers(draft: Draft) -> Edit | None:
    """Edit fixing the current numbers (None when they are fixed already)."""
    if is_frozen(draft):
        return None
    index = {n.id: n for n in draft.walk()}
    edits: list[Edit] = []
    for node_id, number in _numbers(draft).items():
        attrs = copy.deepcopy(index[node_id].attrs)
        attrs["fixed_number"] = number
        edits.append(SetFields(node_id, {"attrs": attrs}, label="Fix the numbers"))
    edits.append(SetDraftFields({"meta": {**copy.deepcopy(draft.meta), FIXED: True}}))
    return Compound(edits, label="Fix the numbers for the negotiation")


def renumber_final(draft: Draft) -> Edit:
    """Edit giving the final text its numbers: deleted shells removed, "bis" articles numbered in
    sequence, every article and paragraph numbered from its place (undoable)."""
    shells = [n for n in draft.walk() if n.attrs.get("deleted")]
    fixed = [n for n in draft.walk() if "fixed_number" in n.attrs]
    if not shells and not fixed and not is_frozen(draft):
        raise DraftError(msg("the numbers of “{title}” are already those of a final text", title=draft.title))
    inside = {n.id for shell in shells for n in list(shell.walk())[1:]}
    edits: list[Edit] = [RemoveNode(n.id, label="Drop a deleted provision") for n in shells if n.id not in inside]
    gone = {n.id for shell in shells for n in shell.walk()}
    for node in fixed:
        if node.id not in gone:
            attrs = copy.deepcopy(node.attrs)
            attrs.pop("fixed_number", None)
            edits.append(SetFields(node.id, {"attrs": attrs}, label="Renumber"))
    meta = copy.deepcopy(draft.meta)
    meta.pop(FIXED, None)
    edits.append(SetDraftFields({"meta": meta}))
    return Compound(edits, label="Renumber for the final text")


def deleted_label(node: Node, label: str, lang: str) -> str:
    """"[Article 29 — deleted]" / "[第二十九条——已删除]"."""
    if lang == "zh":
        return f"[{label}——已删除]"
    return f"[{label} — deleted]"


def shells(draft: Draft) -> list[Node]:
    """The provisions whose deletion was agreed, still holding their numbers."""
    return [n for n in draft.walk() if n.attrs.get("deleted") and n.kind in (NodeKind.ARTICLE, NodeKind.PARAGRAPH)]
