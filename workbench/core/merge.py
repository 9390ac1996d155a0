"""Two programs on one draft: whether an edit made on an older state can be applied to the newer one.

A window holds a draft as it was loaded; another window or a command in a terminal may change the
stored draft meanwhile. An edit the drafter makes then is not thrown away: if everything it touches
(the nodes it changes, the subtrees it removes, the child order it rewrites, the draft's own
fields) is the same in the stored draft as in the one the drafter saw, it is applied to the stored
draft (``footprint_unchanged``), which the window takes over in place (``adopt``) so that its undo
commands keep pointing at the same object. Otherwise the edit collides with the other change, and
the drafter chooses (the window shows both side by side).
"""
from __future__ import annotations

from .edits import Change
from .labels import labelled
from .messages import msg
from .model import EDITABLE_FIELDS, Draft, DraftError, Node


def _nodes(draft: Draft) -> dict[str, Node]:
    return {node.id: node for node in draft.walk()}


def _own(node: Node) -> tuple:
    return (node.kind, *(getattr(node, name) for name in EDITABLE_FIELDS))


def _children(draft: Draft, parent_id: str | None, index: dict[str, Node]) -> list[str] | None:
    if parent_id is None:
        return [n.id for n in draft.children]
    node = index.get(parent_id)
    return [n.id for n in node.children] if node is not None else None


def footprint_unchanged(change: Change, base: Draft, current: Draft) -> bool:
    """Whether everything ``change`` (made on ``base``) touches is the same in ``current``.

    ``base`` is the draft before the edit; the nodes the edit inserts are new and compared by their
    parent's child order only.
    """
    before, after = _nodes(base), _nodes(current)
    for node_id in change.upserted:
        old = before.get(node_id)
        if old is None:
            continue                        # inserted by this edit
        new = after.get(node_id)
        if new is None or _own(new) != _own(old):
            return False
    for node_id in change.removed:
        old = before.get(node_id)
        new = after.get(node_id)
        if old is None:
            continue
        if new is None or new.to_dict() != old.to_dict():
            return False
    for parent_id in change.reordered:
        if _children(base, parent_id, before) != _children(current, parent_id, after):
            return False
    if change.draft_fields and (base.title, base.title_zh, base.meta) != (current.title, current.title_zh,
                                                                          current.meta):
        return False
    return True


def adopt(draft: Draft, fresh: Draft) -> None:
    """Make ``draft`` hold what ``fresh`` holds (same id), keeping the ``draft`` object itself."""
    if draft.id != fresh.id:
        raise DraftError(msg("a draft can only take over the state of the same draft"))
    draft.title, draft.title_zh, draft.meta, draft.children = fresh.title, fresh.title_zh, fresh.meta, fresh.children


def changed_nodes(old: Draft, new: Draft) -> set[str]:
    """The ids of nodes that differ between two states of a draft: changed fields, a new child order,
    added or removed (for the window: which undo steps another program's change has made unsafe)."""
    before, after = _nodes(old), _nodes(new)
    changed = set(before) ^ set(after)
    for node_id in set(before) & set(after):
        a, b = before[node_id], after[node_id]
        if _own(a) != _own(b) or [c.id for c in a.children] != [c.id for c in b.children]:
            changed.add(node_id)
    if [n.id for n in old.children] != [n.id for n in new.children]:
        changed.add("")                     # the top level (recorded as the root's "id")
    return changed


def touches(change: Change) -> set[str]:
    """The node ids a change touched (the top level as "")."""
    return set(change.upserted) | set(change.removed) | {p or "" for p in change.reordered}


def _shown_element(draft: Draft, node_id: str) -> Node | None:
    """The article holding ``node_id`` (or the node itself when it is no part of an article)."""
    from .model import NodeKind

    index = draft.index()
    entry = index.get(node_id)
    while entry is not None:
        node, parent = entry
        if node.kind is NodeKind.ARTICLE or parent is None:
            return node
        entry = index.get(parent.id)
    return None


def conflict_texts(change: Change, mine: Draft, theirs: Draft, clause_labels: dict[str, str] | None = None,
                   lang: str = "en") -> list[tuple[str, str, str]]:
    """(heading, text with the drafter's change, text now stored) of each element the change touched:
    what the window shows side by side when the drafter must choose."""
    from .render import Renderer

    renderers = (Renderer(mine, clause_labels), Renderer(theirs, clause_labels))

    def heading(element: Node, renderer) -> str:
        label = renderer.numbering.label(element, lang) or ""
        title = element.title_zh if lang == "zh" and element.title_zh else element.title
        return labelled(label, title, lang)

    def body(element: Node | None, renderer) -> str:
        if element is None:
            return ""
        return renderer.article_text(element, lang) if element.children else renderer.node_text(element, lang)

    views, seen = [], set()
    for node_id in sorted(touches(change) - {""}):
        shown = [_shown_element(draft, node_id) for draft in (mine, theirs)]
        first = next(((e, r) for e, r in zip(shown, renderers) if e is not None), None)
        if first is None or first[0].id in seen:
            continue
        seen.add(first[0].id)
        views.append((heading(*first), body(shown[0], renderers[0]), body(shown[1], renderers[1])))
    return views
