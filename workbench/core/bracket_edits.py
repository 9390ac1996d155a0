"""Edits on brackets: add options, agree one (ad referendum too), reopen, withdraw, record positions.

Every function returns a reversible edit (``core.edits``). Agreeing an option closes the others
of its bracket (``withdrawn`` with ``superseded``: their record is kept) and remembers the option
that was in force, so that ``reopen`` puts it back and opens every option again. Agreeing a
deletion leaves the node as an empty shell marked ``deleted`` (its number stays during the
negotiation; see ``negotiation.renumber_final``), so the bracket and its record survive.
"""
from __future__ import annotations

import copy

from .bracket_model import (AGREED, Bracket, alternatives, alternatives_edit, brackets, find_option, locate,
                            make_option, own_option, span_context)
from .edits import Compound, Edit, InsertNodes, RemoveNode
from .messages import msg
from .model import KIND_NAMES, Draft, DraftError, Node, NodeKind, new_id


def _check_kind(node: Node) -> None:
    if node.kind not in (NodeKind.ARTICLE, NodeKind.PARAGRAPH, NodeKind.SUBPARAGRAPH, NodeKind.RECITAL):
        raise DraftError(msg("{kind} cannot hold alternatives", kind=KIND_NAMES[node.kind]))


def add_alternative(draft: Draft, node_id: str, *, text: str = "", text_zh: str = "",
                    proposer: str = "", supporters=(), opponents=(), title: str | None = None,
                    title_zh: str | None = None, nodes: list[dict] | None = None,
                    delete: bool = False, note: str = "") -> Edit:
    """Edit adding an alternative wording of a whole article or paragraph."""
    node = draft.find(node_id)
    _check_kind(node)
    if not (text or text_zh or nodes or delete or title):
        raise DraftError(msg("an alternative needs a wording (or must propose deletion)"))
    option = make_option(text, text_zh, proposer.strip(), supporters, opponents, title=title, title_zh=title_zh,
                         nodes=copy.deepcopy(nodes), delete=delete, note=note)
    validate_positions(option)
    alts = copy.deepcopy(alternatives(node))
    alts.append(option)
    return alternatives_edit(node, alts, label=f"Add alternative{' by ' + proposer if proposer else ''}")


def add_span_bracket(draft: Draft, node_id: str, start: int, end: int, options: list[dict],
                     field: str = "text") -> Edit:
    """Edit bracketing ``text[start:end]`` of a node (``start == end``: a place where options add
    words): those words are Option 1, ``options`` (dicts with text, proposer, supporters,
    opponents, delete) the others."""
    node = draft.find(node_id)
    if field not in ("text", "text_zh"):
        raise DraftError(msg("cannot bracket the {field} of an element", field=field))
    if not options:
        raise DraftError(msg("a bracket needs at least one alternative wording"))
    text = getattr(node, field)
    if not 0 <= start <= end <= len(text) or (start == end and not any(o.get("text") for o in options)):
        raise DraftError(msg("the words {start}–{end} are outside the text (length {length})", start=start, end=end,
                             length=len(text)))
    for other in brackets(node):
        if other.is_span and other.is_open and other.field == field:
            o_start, o_end = locate(node, other)
            if start < o_end and o_start < end or (start == end and o_start <= start <= o_end):
                raise DraftError(msg("these words overlap a bracket already in the text"))
    span = {"group": new_id("g"), "field": field, **span_context(text, start, end)}
    alts = copy.deepcopy(alternatives(node))
    for opt in options:
        option = {**make_option(opt.get("text", ""), "", opt.get("proposer", ""), opt.get("supporters", ()),
                                opt.get("opponents", ()), delete=opt.get("delete", False),
                                note=opt.get("note", "")), **span}
        validate_positions(option)
        alts.append(option)
    return alternatives_edit(node, alts, label="Bracket words")


# ----- agreeing and reopening -----------------------------------------------------------------
def choose(draft: Draft, node_id: str, option_id: str, ad_referendum: bool = False) -> Edit:
    """Edit putting an option's wording in force as the agreed one (``ad_referendum``: agreed
    subject to confirmation); the other options are closed, their record kept."""
    node, bracket, option = find_option(draft, node_id, option_id)
    if option.get("status") == "withdrawn" and not option.get("superseded"):
        raise DraftError(msg("a withdrawn alternative cannot be chosen; reopen it first"))
    status = "ad_referendum" if ad_referendum else "agreed"
    alts = copy.deepcopy(alternatives(node))
    for alt in alts:
        if (alt.get("group") or "") == bracket.group and alt.get("id") != option_id:
            if alt.get("status", "open") in ("open",) + AGREED or alt.get("superseded"):
                alt.update(status="withdrawn", superseded=True)
        elif alt.get("id") == option_id:
            alt.pop("superseded", None)
            alt["status"] = "open"
    current = bracket.options[0]["id"]
    if bracket.is_span:
        return _swap_span(node, bracket, option, alts, status, previous=current, label="Agree on the wording")
    if option.get("own"):
        own = _own_attrs(option, status=status, previous_option_id=current)
        return alternatives_edit(node, alts, label="Agree on the wording", own=own)
    return _swap(node, option, alts, status, previous=current, label="Agree on the wording")


def reopen(draft: Draft, node_id: str, group: str = "") -> Edit:
    """Edit reopening a bracket: the wording in force before an option was agreed comes back, and
    every option closed by that agreement (or withdrawn) is on the table again."""
    node = draft.find(node_id)
    bracket = next((b for b in brackets(node) if b.group == group), None)
    if bracket is None:
        raise DraftError(msg("there is no such bracket on this element"))
    if bracket.is_open:
        raise DraftError(msg("this bracket is already open"))
    alts = copy.deepcopy(alternatives(node))
    for alt in alts:
        if (alt.get("group") or "") == group and alt.get("status") != "open":
            alt.pop("superseded", None)
            alt["status"] = "open"
    first = bracket.options[0]
    previous = (node.attrs.get("previous_option_id") if not group
                else next((a.get("previous_id") for a in alternatives(node) if a.get("group") == group), None))
    back = next((a for a in alts if a.get("id") == previous and (a.get("group") or "") == group), None)
    if back is None:                                    # the agreed option was Option 1 already
        if group:
            for alt in alts:
                if alt.get("group") == group:
                    alt["anchor_status"] = "open"
                    alt.pop("previous_id", None)
            return alternatives_edit(node, alts, label="Reopen the bracket")
        return alternatives_edit(node, alts, own=_own_attrs(first, status="open"), label="Reopen the bracket")
    if group:
        return _swap_span(node, bracket, back, alts, "open", previous=None, label="Reopen the bracket")
    return _swap(node, back, alts, "open", previous=None, label="Reopen the bracket")


def _own_attrs(option: dict, **extra) -> dict:
    own = {k: copy.deepcopy(option.get(k)) for k in ("proposer", "supporters", "opponents", "consultations")}
    own.update(option_id=option["id"], base_text=bool(option.get("base")))
    own.update(extra)
    return own


def _swap(node: Node, chosen_stored: dict, alts: list[dict], status: str, previous: str | None,
          label: str) -> Edit:
    """The node takes ``chosen``'s wording; its own wording takes the chosen one's slot."""
    old = own_option(node)
    snapshot = {k: v for k, v in old.items() if k not in ("own", "consultations")}
    if status != "open":
        if old.get("status", "open") in ("open",) + AGREED:
            snapshot.update(status="withdrawn", superseded=True)
    else:
        snapshot["status"] = "open"
    if old.get("delete"):
        snapshot = {k: v for k, v in snapshot.items() if k not in ("nodes", "title", "title_zh", "text", "text_zh")}
    index = next(i for i, a in enumerate(alts) if a.get("id") == chosen_stored["id"])
    chosen = alts[index]
    alts[index] = snapshot
    own = _own_attrs(chosen, status=status, previous_option_id=previous,
                     consultations=node.attrs.get("consultations") if status == "open" else None)
    edits: list[Edit] = []
    if chosen.get("delete"):
        values = {"title": "", "title_zh": ""} if node.kind is NodeKind.ARTICLE else {"text": "", "text_zh": ""}
        edits.append(alternatives_edit(node, alts, values, own=own, attrs_extra={"deleted": True}))
        edits += [RemoveNode(child.id) for child in node.children]
        return Compound(edits, label=label)
    undelete = {"deleted": None}
    if node.kind is NodeKind.ARTICLE:
        values = {"title": chosen.get("title", node.title), "title_zh": chosen.get("title_zh", node.title_zh)}
        edits.append(alternatives_edit(node, alts, values, own=own, attrs_extra=undelete))
        if chosen.get("nodes") is not None:
            edits += [RemoveNode(child.id) for child in node.children]
            edits.append(InsertNodes(node.id, 0, [Node.from_dict(d) for d in chosen["nodes"]]))
        return Compound(edits, label=label)
    values = {"text": chosen.get("text", ""), "text_zh": chosen.get("text_zh", "")}
    return alternatives_edit(node, alts, values, label=label, own=own, attrs_extra=undelete)


def _swap_span(node: Node, bracket: Bracket, option: dict, alts: list[dict], status: str,
               previous: str | None, label: str) -> Edit:
    """The chosen words replace the bracketed ones; those take the chosen option's slot."""
    field = bracket.field
    start, end = locate(node, bracket)
    text = getattr(node, field)
    own = bracket.options[0]
    option = copy.deepcopy(option)              # it may be one of ``alts``, changed below
    closing = status != "open"
    if option.get("own"):
        for alt in alts:
            if alt.get("group") == bracket.group:
                alt["anchor_status"] = status
                alt["previous_id"] = previous
        return alternatives_edit(node, alts, label=label)
    wording = "" if option.get("delete") else option.get("text", "")
    shift = len(wording) - (end - start)
    new_text = text[:start] + wording + text[end:]
    for alt in alts:
        if alt.get("group") == bracket.group:
            if alt.get("id") == option.get("id"):      # its slot now holds the old words
                alt.update(text=text[start:end], proposer=own.get("proposer", ""),
                           supporters=list(own.get("supporters", [])), opponents=list(own.get("opponents", [])),
                           status="withdrawn" if closing else "open", id=own["id"])
                if closing:
                    alt["superseded"] = True
                alt.pop("delete", None)
                if own.get("base"):
                    alt["base"] = True
                else:
                    alt.pop("base", None)
            alt.update(span_context(new_text, start, start + len(wording)), anchor_status=status,
                       anchor_by=option.get("proposer", ""), anchor_id=option["id"],
                       anchor_supporters=list(option.get("supporters", [])),
                       anchor_opponents=list(option.get("opponents", [])))
            if previous:
                alt["previous_id"] = previous
            else:
                alt.pop("previous_id", None)
        elif alt.get("group") and alt.get("field", "text") == field and alt.get("start", 0) >= end:
            alt["start"] += shift
            alt["end"] += shift
    return alternatives_edit(node, alts, {field: new_text}, label=label)


# ----- status and positions -------------------------------------------------------------------
def set_status(draft: Draft, node_id: str, option_id: str, status: str) -> Edit:
    """Edit withdrawing or reopening an option (agreeing is ``choose``)."""
    if status not in ("open", "withdrawn"):
        raise DraftError(msg("an alternative is agreed by choosing it; its status can be open or withdrawn"))
    node, bracket, option = find_option(draft, node_id, option_id)
    if option.get("own") and bracket.is_span:
        raise DraftError(msg("the words in the text stand until another alternative is chosen"))
    if option.get("superseded"):
        raise DraftError(msg("this option was closed when another was agreed; reopen the bracket"))
    alts = copy.deepcopy(alternatives(node))
    if option.get("own"):
        own = _own_attrs(option, status=status, previous_option_id=node.attrs.get("previous_option_id"))
        return alternatives_edit(node, alts, own=own, label="Withdraw" if status == "withdrawn" else "Reopen")
    target = next(a for a in alts if a.get("id") == option_id)
    target["status"] = status
    target.pop("superseded", None)
    return alternatives_edit(node, alts, label="Withdraw alternative" if status == "withdrawn" else "Reopen alternative")


def set_consultations(draft: Draft, node_id: str, group: str, pending: bool) -> Edit:
    """Edit marking an open bracket as pending consultations (or no longer)."""
    node = draft.find(node_id)
    bracket = next((b for b in brackets(node) if b.group == group), None)
    if bracket is None:
        raise DraftError(msg("there is no such bracket on this element"))
    if pending and not bracket.is_open:
        raise DraftError(msg("only an open bracket can be pending consultations"))
    alts = copy.deepcopy(alternatives(node))
    label = "Pending consultations" if pending else "Consultations concluded"
    if group:
        for alt in alts:
            if alt.get("group") == group:
                if pending:
                    alt["consultations"] = True
                else:
                    alt.pop("consultations", None)
        return alternatives_edit(node, alts, label=label)
    return alternatives_edit(node, alts, attrs_extra={"consultations": True if pending else None}, label=label)


def _names(values) -> list[str]:
    return [p for p in dict.fromkeys((s or "").strip() for s in values) if p]


def validate_positions(option: dict) -> None:
    """Refuse positions no party can hold: supporting or opposing its own option, or both
    supporting and opposing one option."""
    proposer = option.get("proposer", "")
    supporters, opponents = option.get("supporters", []), option.get("opponents", [])
    if proposer and proposer in supporters:
        raise DraftError(msg("{party} proposed this option; it cannot also be recorded as supporting it",
                             party=proposer))
    if proposer and proposer in opponents:
        raise DraftError(msg("{party} proposed this option; it cannot also oppose it", party=proposer))
    both = [p for p in supporters if p in opponents]
    if both:
        raise DraftError(msg("{party} cannot both support and oppose one option", party=both[0]))


def position_warnings(bracket: Bracket, option: dict) -> list[str]:
    """What a Chair should know about the positions on an option (an agreed one still opposed)."""
    if option.get("status") in AGREED and option.get("opponents"):
        return [msg("option {number} is agreed but still opposed by {parties}", number=bracket.number_of(option),
                    parties=", ".join(option["opponents"]))]
    return []


def set_positions(draft: Draft, node_id: str, option_id: str, supporters=None, opponents=None,
                  proposer: str | None = None) -> Edit:
    """Edit recording which parties propose, support and oppose an option (validated)."""
    node, bracket, option = find_option(draft, node_id, option_id)
    changes = {}
    if supporters is not None:
        changes["supporters"] = _names(supporters)
    if opponents is not None:
        changes["opponents"] = _names(opponents)
    if proposer is not None:
        changes["proposer"] = proposer.strip()
    validate_positions({**option, **changes})
    alts = copy.deepcopy(alternatives(node))
    if option.get("own"):
        if bracket.is_span:
            keys = {"supporters": "anchor_supporters", "opponents": "anchor_opponents", "proposer": "anchor_by"}
            for alt in alts:
                if alt.get("group") == bracket.group:
                    alt.update({keys[k]: v for k, v in changes.items()})
            return alternatives_edit(node, alts, label="Record positions")
        own = _own_attrs({**option, **changes}, status=option.get("status", "open"),
                         previous_option_id=node.attrs.get("previous_option_id"))
        return alternatives_edit(node, alts, own=own, label="Record positions")
    next(a for a in alts if a.get("id") == option_id).update(changes)
    return alternatives_edit(node, alts, label="Record positions")


def record_position(draft: Draft, node_id: str, option_id: str, party: str, stance: str) -> Edit:
    """Edit recording one party's stance on an option: ``support``, ``oppose`` or ``none`` (clear).
    A party already holding the opposite stance must be cleared first (never silently moved)."""
    party = (party or "").strip()
    if not party:
        raise DraftError(msg("a position needs the name of a party"))
    _, _, option = find_option(draft, node_id, option_id)
    supporters, opponents = list(option.get("supporters", [])), list(option.get("opponents", []))
    if stance == "support":
        if party in opponents:
            raise DraftError(msg("{party} is recorded as opposing this option; clear that position first",
                                 party=party))
        supporters.append(party)
    elif stance == "oppose":
        if party in supporters:
            raise DraftError(msg("{party} is recorded as supporting this option; clear that position first",
                                 party=party))
        opponents.append(party)
    elif stance == "none":
        supporters = [p for p in supporters if p != party]
        opponents = [p for p in opponents if p != party]
    else:
        raise DraftError(msg("a position is support, oppose or none, not {stance!r}", stance=stance))
    return set_positions(draft, node_id, option_id, supporters, opponents)


def remove_bracket(draft: Draft, node_id: str, group: str = "") -> Edit:
    """Edit dropping a bracket's alternatives and keeping the wording in force."""
    node = draft.find(node_id)
    alts = [a for a in copy.deepcopy(alternatives(node)) if (a.get("group") or "") != group]
    own = None if group or alts else {}
    if not group and any(not a.get("group") for a in alternatives(node)):
        own = {}
    return alternatives_edit(node, alts, label="Remove bracket", own=own)
