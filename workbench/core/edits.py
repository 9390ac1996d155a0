"""Reversible edits: every change to a draft is one of these, and reverting restores it exactly."""
from __future__ import annotations

import copy
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Iterator

from .messages import msg
from .model import EDITABLE_FIELDS, Draft, DraftError, Node, NodeKind, check_child
from .text import clean_node, clean_values


@dataclass
class Change:
    """What an edit touched, so storage and views refresh only that."""

    upserted: set[str] = field(default_factory=set)    # node ids inserted or changed
    removed: set[str] = field(default_factory=set)     # node ids deleted (whole subtrees)
    reordered: set[str | None] = field(default_factory=set)  # parents whose child order changed
    draft_fields: bool = False                          # title, title_zh or meta changed
    reloaded: bool = False      # the draft first took over another program's changes (views refresh all)
    foreign: set[str] = field(default_factory=set)     # node ids that other program changed ("" = top level)
    texts: set[str] = field(default_factory=set)       # upserted ids whose words alone changed (TEXT_FIELDS)

    def merge(self, other: "Change") -> "Change":
        other_fields = other.upserted - other.texts     # nodes whose other fields changed, in either part
        self.texts = (self.texts | other.texts) - (self.upserted - self.texts) - other_fields
        self.removed -= other.upserted
        self.upserted -= other.removed
        self.upserted |= other.upserted
        self.removed |= other.removed
        # A parent removed by a later part has no child order left to store (undoing "add a
        # preamble with its recitals" reorders the preamble, then removes it).
        self.reordered -= other.removed
        self.reordered |= other.reordered
        self.draft_fields |= other.draft_fields
        self.reloaded |= other.reloaded
        self.foreign |= other.foreign
        return self

    @property
    def structural(self) -> bool:
        return bool(self.removed or self.reordered)

    @property
    def words_only(self) -> bool:
        """Only the words of existing nodes changed (typing): every number and every article stays
        as it was, so views keep what they worked out from them (references typed in the words
        may have changed: they are looked for in the nodes changed)."""
        return (bool(self.upserted) and self.upserted <= self.texts and not self.structural
                and not self.draft_fields and not self.reloaded and not self.foreign)


class Edit:
    """Base class: ``apply`` and ``revert`` each return the Change they made."""

    label = "Edit"

    def apply(self, draft: Draft) -> Change:  # pragma: no cover - interface
        raise NotImplementedError

    def revert(self, draft: Draft) -> Change:  # pragma: no cover - interface
        raise NotImplementedError


#: The id index lent to the edits of one draft (``lending``): (draft, node id -> (node, parent)).
_LENT: ContextVar[tuple[Draft, dict] | None] = ContextVar("treaty_workbench_lent_index", default=None)


@contextmanager
def lending(draft: Draft, index: dict[str, tuple[Node, Node | None]] | None) -> Iterator[None]:
    """Lend ``index`` (``draft.index()`` as the draft stands now, such as the one the window follows
    through every change) to the edits applied to ``draft`` within the block: they find nodes by id,
    and check that inserted ids are new, by looking them up rather than walking the draft (~40,000
    nodes in a 10,000-article draft). The first edit that changes the draft's structure spends it:
    edits after it in the block (the later parts of a Compound, an undo after a failure) walk."""
    token = _LENT.set(None if index is None else (draft, index))
    try:
        yield
    finally:
        _LENT.reset(token)


def _lent(draft: Draft) -> dict[str, tuple[Node, Node | None]] | None:
    entry = _LENT.get()
    return entry[1] if entry is not None and entry[0] is draft else None


def _spend() -> None:
    """The draft's structure changed: a lent index no longer says what is where."""
    _LENT.set(None)


def _entry(draft: Draft, node_id: str) -> tuple[Node, Node | None] | None:
    """(node, parent) from a lent index, None when none is lent; raises when the index lacks it."""
    index = _lent(draft)
    if index is None:
        return None
    entry = index.get(node_id)
    if entry is None:
        raise draft.absent(node_id)
    return entry


def _find(draft: Draft, node_id: str) -> Node:
    entry = _entry(draft, node_id)
    return draft.find(node_id) if entry is None else entry[0]


def _parent_of(draft: Draft, node_id: str) -> Node | None:
    entry = _entry(draft, node_id)
    return draft.parent_of(node_id) if entry is None else entry[1]


def _container(draft: Draft, parent_id: str | None) -> tuple[list[Node], "NodeKind | str"]:
    if parent_id is None:
        return draft.children, "root"
    parent = _find(draft, parent_id)
    return parent.children, parent.kind


def _containers(draft: Draft, *parent_ids: str | None) -> list[tuple[list[Node], "NodeKind | str"]]:
    """``_container`` of several parents, found in one walk of the draft (a move needs two)."""
    wanted = {p for p in parent_ids if p is not None}
    found: dict[str, Node] = {}
    if wanted and _lent(draft) is not None:
        found = {p: _find(draft, p) for p in wanted}
    elif wanted:
        for node in draft.by_level():
            if node.id in wanted:
                found[node.id] = node
                if len(found) == len(wanted):
                    break
    out = []
    for parent_id in parent_ids:
        if parent_id is None:
            out.append((draft.children, "root"))
        elif parent_id in found:
            out.append((found[parent_id].children, found[parent_id].kind))
        else:
            out.append(_container(draft, parent_id))   # raises the DraftError naming it
    return out


def _subtree_ids(nodes: list[Node]) -> set[str]:
    return {n.id for node in nodes for n in node.walk()}


class InsertNodes(Edit):
    """Insert new nodes (with their subtrees) under ``parent_id`` at ``index``."""

    def __init__(self, parent_id: str | None, index: int, nodes: list[Node], label: str = "Insert"):
        self.parent_id, self.index, self.label = parent_id, index, label
        self.nodes = [copy.deepcopy(n) for n in nodes]
        for node in self.nodes:
            clean_node(node)

    def apply(self, draft: Draft) -> Change:
        children, kind = _container(draft, self.parent_id)
        for node in self.nodes:
            check_child(kind, node)
        clash = _present(draft, _subtree_ids(self.nodes))
        if clash:
            raise DraftError(msg("element {node_id} is already in the draft", node_id=sorted(clash)[0]))
        if not 0 <= self.index <= len(children):
            raise DraftError(msg("position {position} is outside 1–{last}", position=self.index + 1,
                                 last=len(children) + 1))
        children[self.index:self.index] = [copy.deepcopy(n) for n in self.nodes]
        _spend()
        return Change(upserted=_subtree_ids(self.nodes), reordered={self.parent_id})

    def revert(self, draft: Draft) -> Change:
        children, _ = _container(draft, self.parent_id)
        del children[self.index:self.index + len(self.nodes)]
        _spend()
        return Change(removed=_subtree_ids(self.nodes), reordered={self.parent_id})


def _present(draft: Draft, ids: set[str]) -> set[str]:
    """Which of ``ids`` are already in ``draft`` (no set of every id made)."""
    index = _lent(draft)
    if index is not None:
        return {node_id for node_id in ids if node_id in index}
    return {node.id for node in draft.by_level() if node.id in ids}


class RemoveNode(Edit):
    """Remove a node and its subtree; reverting puts the same subtree back in the same place."""

    def __init__(self, node_id: str, label: str = "Remove"):
        self.node_id, self.label = node_id, label
        self.parent_id: str | None = None
        self.index = -1
        self.removed: Node | None = None

    def apply(self, draft: Draft) -> Change:
        parent = _parent_of(draft, self.node_id)
        self.parent_id = parent.id if parent else None
        children = parent.children if parent else draft.children
        self.index = next(i for i, n in enumerate(children) if n.id == self.node_id)
        self.removed = children.pop(self.index)
        _spend()
        return Change(removed=_subtree_ids([self.removed]), reordered={self.parent_id})

    def revert(self, draft: Draft) -> Change:
        children, _ = _container(draft, self.parent_id)
        children.insert(self.index, copy.deepcopy(self.removed))
        _spend()
        return Change(upserted=_subtree_ids([self.removed]), reordered={self.parent_id})


class MoveNode(Edit):
    """Move a node to ``index`` of ``new_parent_id`` (index counted after taking it out)."""

    def __init__(self, node_id: str, new_parent_id: str | None, index: int, label: str = "Move"):
        self.node_id, self.new_parent_id, self.new_index, self.label = node_id, new_parent_id, index, label
        self.old_parent_id: str | None = None
        self.old_index = -1

    def _move(self, draft: Draft, src: str | None, dst: str | None, index: int) -> Change:
        node = _find(draft, self.node_id)
        if dst is not None and dst in {n.id for n in node.walk()}:
            raise DraftError(msg("an element cannot be moved into itself"))
        (src_children, _), (dst_children, dst_kind) = _containers(draft, src, dst)
        check_child(dst_kind, node)
        at = next(i for i, n in enumerate(src_children) if n.id == self.node_id)
        src_children.pop(at)
        _spend()
        if not 0 <= index <= len(dst_children):
            src_children.insert(at, node)
            raise DraftError(msg("position {position} is outside 1–{last}", position=index + 1,
                                 last=len(dst_children) + 1))
        dst_children.insert(index, node)
        return Change(upserted={self.node_id}, reordered={src, dst})

    def apply(self, draft: Draft) -> Change:
        parent = _parent_of(draft, self.node_id)
        self.old_parent_id = parent.id if parent else None
        siblings = parent.children if parent else draft.children
        self.old_index = next(i for i, n in enumerate(siblings) if n.id == self.node_id)
        return self._move(draft, self.old_parent_id, self.new_parent_id, self.new_index)

    def revert(self, draft: Draft) -> Change:
        return self._move(draft, self.new_parent_id, self.old_parent_id, self.old_index)


#: Fields whose change alters no number and no article (the words).
TEXT_FIELDS = frozenset({"title", "title_zh", "text", "text_zh"})


class SetFields(Edit):
    """Change editable fields of one node (title, text, strength …)."""

    def __init__(self, node_id: str, values: dict, label: str = "Edit"):
        unknown = set(values) - set(EDITABLE_FIELDS)
        if unknown:
            raise DraftError(msg("cannot edit {fields}", fields=", ".join(sorted(unknown))))
        self.node_id, self.values, self.label = node_id, clean_values(copy.deepcopy(values)), label
        self.old: dict | None = None

    def apply(self, draft: Draft) -> Change:
        node = _find(draft, self.node_id)
        self.old = {name: copy.deepcopy(getattr(node, name)) for name in self.values}
        for name, value in self.values.items():
            setattr(node, name, copy.deepcopy(value))
        return self._change()

    def revert(self, draft: Draft) -> Change:
        node = _find(draft, self.node_id)
        for name, value in (self.old or {}).items():
            setattr(node, name, copy.deepcopy(value))
        return self._change()

    def _change(self) -> Change:
        words = set(self.values) <= TEXT_FIELDS
        return Change(upserted={self.node_id}, texts={self.node_id} if words else set())


class SetDraftFields(Edit):
    """Change the draft's own title, Chinese title or metadata."""

    FIELDS = ("title", "title_zh", "meta")

    def __init__(self, values: dict, label: str = "Edit draft"):
        unknown = set(values) - set(self.FIELDS)
        if unknown:
            raise DraftError(msg("cannot edit {fields} of a draft", fields=", ".join(sorted(unknown))))
        values = clean_values(copy.deepcopy(values))
        if "title" in values and not str(values["title"]).strip():
            raise DraftError(msg("a draft needs a title"))
        self.values, self.label = values, label
        self.old: dict = {}

    def apply(self, draft: Draft) -> Change:
        self.old = {name: copy.deepcopy(getattr(draft, name)) for name in self.values}
        for name, value in self.values.items():
            setattr(draft, name, copy.deepcopy(value))
        return Change(draft_fields=True)

    def revert(self, draft: Draft) -> Change:
        for name, value in self.old.items():
            setattr(draft, name, copy.deepcopy(value))
        return Change(draft_fields=True)


class Compound(Edit):
    """Several edits as one undoable step; a failure part-way undoes the parts already made."""

    def __init__(self, edits: list[Edit], label: str = "Edit"):
        self.edits, self.label = list(edits), label

    def apply(self, draft: Draft) -> Change:
        change = Change()
        done: list[Edit] = []
        try:
            for edit in self.edits:
                change.merge(edit.apply(draft))
                done.append(edit)
        except Exception:
            for edit in reversed(done):
                edit.revert(draft)
            raise
        return change

    def revert(self, draft: Draft) -> Change:
        change = Change()
        for edit in reversed(self.edits):
            change.merge(edit.revert(draft))
        return change


def follow_index(draft: Draft, index: dict[str, tuple[Node, Node | None]], change: Change) -> bool:
    """Bring ``index`` (``draft.index()`` from before ``change``) up to ``draft`` as it stands
    after it, touching only what the change touched; False (index untouched) when the change
    cannot be followed so (another program's changes, a reload): build it again then."""
    if change.reloaded or change.foreign:
        return False
    for node_id in change.removed:
        entry = index.pop(node_id, None)
        if entry is not None:
            for node in entry[0].walk():
                index.pop(node.id, None)

    def put(node: Node, parent: Node | None) -> None:     # not recursive: no reference cycle
        stack = [(node, parent)]
        while stack:
            node, parent = stack.pop()
            entry = index.get(node.id)
            if entry is not None and entry[0] is node:
                if entry[1] is not parent:
                    index[node.id] = (node, parent)
                continue
            index[node.id] = (node, parent)      # new here (inserted, or put back as a copy)
            stack.extend((child, node) for child in node.children)

    for parent_id in change.reordered:
        if parent_id is None:
            for top in draft.children:
                put(top, None)
            continue
        entry = index.get(parent_id)
        if entry is None:
            return False
        for child in entry[0].children:
            put(child, entry[0])
    for node_id in change.upserted:          # a changed node stays where it was; any other is under a reordered parent
        if node_id not in index:
            return False
    return True
