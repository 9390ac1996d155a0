"""Negotiation numbering: numbers that do not move under the delegates, until the final text.

While a text is negotiated (a proposal, a compilation, a Chair's text Rev.n) every article and
every paragraph of it keeps the number it had in the base text (``attrs["fixed_number"]``,
``draft.meta["fixed_numbers"]``): an article inserted after Article 25 is "Article 25 bis", one
whose deletion was agreed stays as "[Article 29 — deleted]" (an empty shell keeping its bracket's
record). ``renumber_final`` is the drafter's explicit, undoable step to the final text: shells
are dropped and everything is numbered in sequence again.
"""
from __future__ import annotations

from .edits import Change, Compound, Edit, RemoveNode
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


class SetNumbers(Edit):
    """Set (a number) or clear (None) ``attrs["fixed_number"]`` of many nodes in one walk of the draft,
    and the draft's ``meta["fixed_numbers"]``: one reversible step however long the draft."""

    def __init__(self, numbers: dict[str, int | None], frozen: bool, label: str):
        self.numbers, self.frozen, self.label = dict(numbers), frozen, label
        self.old: dict[str, int | None] = {}
        self.old_meta = None

    def _set(self, draft: Draft, values: dict[str, int | None], frozen) -> Change:
        for node in draft.walk():
            if node.id in values:
                self.old.setdefault(node.id, node.attrs.get("fixed_number"))
                if values[node.id] is None:
                    node.attrs.pop("fixed_number", None)
                else:
                    node.attrs["fixed_number"] = values[node.id]
        if frozen:
            draft.meta[FIXED] = True
        else:
            draft.meta.pop(FIXED, None)
        return Change(upserted=set(values), draft_fields=True)

    def apply(self, draft: Draft) -> Change:
        self.old, self.old_meta = {}, bool(draft.meta.get(FIXED))
        return self._set(draft, self.numbers, self.frozen)

    def revert(self, draft: Draft) -> Change:
        old = dict(self.old)
        change = self._set(draft, old, self.old_meta)
        self.old = old
        return change


def freeze_numbers(draft: Draft) -> Edit | None:
    """Edit fixing the current numbers (None when they are fixed already)."""
    if is_frozen(draft):
        return None
    return SetNumbers(_numbers(draft), True, "Fix the numbers for the negotiation")


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
    edits.append(SetNumbers({n.id: None for n in fixed if n.id not in gone}, False, "Renumber"))
    return Compound(edits, label="Renumber for the final text")


def deleted_label(node: Node, label: str, lang: str) -> str:
    """"[Article 29 — deleted]" / "[第二十九条——已删除]"."""
    if lang == "zh":
        return f"[{label}——已删除]"
    return f"[{label} — deleted]"


def shells(draft: Draft) -> list[Node]:
    """The provisions whose deletion was agreed, still holding their numbers."""
    return [n for n in draft.walk() if n.attrs.get("deleted") and n.kind in (NodeKind.ARTICLE, NodeKind.PARAGRAPH)]
