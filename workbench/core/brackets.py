"""Brackets and alternatives: competing wordings of an article, a paragraph or a span, with positions.

Storage format (read by the checker's F7 and by the exporters). A node's own wording (its
``text``/``text_zh``; for an article its title and paragraphs) is always the wording in force and
is **Option 1** of the node's bracket; ``node.attrs["alternatives"]`` lists the other options::

    {
      "id": "a3f9c0d1e2b4a",          # stable id of the alternative
      "text": "...",                  # English wording (may hold {{ref:…}} tokens); for an
                                      #   article: its paragraphs' texts joined by blank lines
      "text_zh": "...",               # Chinese wording, "" if none
      "proposer": "China",            # party proposing it; "" for the base text
      "supporters": ["Brazil"],       # parties supporting it
      "opponents": ["Canada"],        # parties opposing it
      "status": "open",               # open | agreed | withdrawn
      "superseded": true,             # optional: withdrawn because another option was chosen
      "base": true,                   # optional: this is the base text the others answer
      "delete": false,                # optional: proposes deleting the element (or the words)
      "note": "",                     # optional free text
      # article-level only:
      "title": "...", "title_zh": "...",
      "nodes": [ {Node.to_dict()}, ... ],   # the article's paragraphs, put in place when chosen
      # span-level only (a bracket around words inside the node's text; readers that do not
      # handle spans must skip entries that have a "group"):
      "group": "g1c2d3e4f5a6b",       # entries with one group form one bracket
      "field": "text",                # text | text_zh: which text the words are in
      "start": 10, "end": 25,         # offsets of the bracketed words in that text
      "anchor": "original words",     # the bracketed words (Option 1 of the span), to re-find them
      "anchor_status": "open",        # Option 1's status (agreed once a wording is chosen)
      "anchor_by": "",                # who proposed the words now in the text ("" = base text)
    }

Option 1's own attribution lives in ``node.attrs``: ``proposer`` ("" or absent: the base
text), ``supporters``, ``opponents``, ``status`` and ``option_id``. A node-level bracket exists
while the node has alternatives without a group; it is *open* while nothing is agreed and some
alternative is still on the table (not withdrawn). ``open_brackets(draft)`` counts open brackets
(node-level and span brackets; the checker's F7 uses it). ``choose`` (a reversible edit) puts
the chosen wording in force: the node takes it, its old wording becomes an alternative, and the
node's ``status`` is ``agreed``; the other options become ``withdrawn`` with ``superseded``
(so counting alternatives whose status is ``open`` counts only undecided ones). A compilation text (``compilation``) renders open brackets as
``[Option 1 | Option 2]`` with attributions; ``clean_draft`` gives the agreed text, no brackets.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass

from .edits import Compound, Edit, InsertNodes, RemoveNode, SetFields
from .messages import msg
from .model import KIND_NAMES, Draft, DraftError, Node, NodeKind, new_id

STATUSES = ("open", "agreed", "withdrawn")
ATTR = "alternatives"
OWN_KEYS = ("proposer", "supporters", "opponents", "status", "option_id", "base_text")


@dataclass
class Bracket:
    """One bracket of a node: its own (``group == ""``; Option 1 is the node's wording) or a span."""

    node: Node
    group: str
    options: list[dict]         # Option 1 first (for the node's own bracket: synthesised from the node)

    @property
    def is_span(self) -> bool:
        return bool(self.group)

    @property
    def agreed(self) -> dict | None:
        return next((o for o in self.options if o.get("status") == "agreed"), None)

    @property
    def is_open(self) -> bool:
        return self.agreed is None and any(o.get("status", "open") == "open" for o in self.options[1:])

    @property
    def live(self) -> list[dict]:
        """The options still on the table (not withdrawn), in order."""
        return [o for o in self.options if o.get("status", "open") != "withdrawn"]

    def wording(self, option: dict, lang: str = "en") -> str:
        if lang == "zh":
            return option.get("text_zh") or option.get("text", "")
        return option.get("text", "")

    def number_of(self, option: dict) -> int:
        return next(i for i, o in enumerate(self.options, start=1) if o.get("id") == option.get("id"))


def alternatives(node: Node) -> list[dict]:
    """The stored alternatives of a node (Option 1, the node's own wording, not included)."""
    return node.attrs.get(ATTR) or []


def own_option(node: Node) -> dict:
    """Option 1 of the node's own bracket: the node's wording with its attribution."""
    attrs = node.attrs
    option = {"id": attrs.get("option_id") or f"{node.id}:own", "own": True,
              "proposer": attrs.get("proposer", ""), "supporters": list(attrs.get("supporters", [])),
              "opponents": list(attrs.get("opponents", [])), "status": attrs.get("status", "open"),
              "base": attrs.get("base_text", not attrs.get("proposer"))}
    option.update(node_wording(node))
    return option


def brackets(node: Node) -> list[Bracket]:
    """The node's brackets: its own first, then its spans in text order."""
    own: list[dict] = []
    spans: dict[str, list[dict]] = {}
    for alt in alternatives(node):
        if alt.get("group"):
            spans.setdefault(alt["group"], []).append(alt)
        else:
            own.append(alt)
    out = [Bracket(node, "", [own_option(node)] + own)] if own else []
    for group, options in sorted(spans.items(), key=lambda item: item[1][0].get("start", 0)):
        first = options[0]
        anchor = {"id": first.get("anchor_id") or f"{group}:own", "own": True,
                  "base": not first.get("anchor_by"), "status": first.get("anchor_status", "open"),
                  "text": first.get("anchor", ""), "proposer": first.get("anchor_by", ""),
                  "supporters": [], "opponents": []}
        out.append(Bracket(node, group, [anchor] + options))
    return out


def all_brackets(draft: Draft) -> list[Bracket]:
    return [b for node in draft.walk() if node.attrs.get(ATTR) for b in brackets(node)]


def open_brackets(draft: Draft) -> int:
    """How many brackets of the draft are still open (nothing agreed, an alternative on the table)."""
    return sum(1 for b in all_brackets(draft) if b.is_open)


def attribution(option: dict, lang: str = "en") -> str:
    """'proposed by China; supported by Brazil; opposed by Canada' (or 'base text')."""
    zh = lang == "zh"
    parts = []
    if option.get("proposer"):
        parts.append(("由" + option["proposer"] + "提出") if zh else "proposed by " + option["proposer"])
    elif option.get("base"):
        parts.append("基础案文" if zh else "base text")
    if option.get("supporters"):
        parts.append("支持方：" + "、".join(option["supporters"]) if zh
                     else "supported by " + ", ".join(option["supporters"]))
    if option.get("opponents"):
        parts.append("反对方：" + "、".join(option["opponents"]) if zh
                     else "opposed by " + ", ".join(option["opponents"]))
    if option.get("status") in ("withdrawn", "agreed"):
        parts.append({"withdrawn": "已撤回", "agreed": "已商定"}[option["status"]] if zh else option["status"])
    if option.get("note"):
        parts.append(option["note"])
    return ("；" if zh else "; ").join(parts)


# ----- building options -------------------------------------------------------------------------
def make_option(text: str = "", text_zh: str = "", proposer: str = "", supporters=(), opponents=(),
                **extra) -> dict:
    option = {"id": new_id("a"), "text": text, "text_zh": text_zh, "proposer": proposer,
              "supporters": list(supporters), "opponents": list(opponents), "status": "open"}
    option.update({k: v for k, v in extra.items() if v not in (None, "", False)})
    return option


def node_wording(node: Node) -> dict:
    """The node's wording as option fields (an article keeps its title and paragraphs)."""
    if node.kind is NodeKind.ARTICLE:
        return {"title": node.title, "title_zh": node.title_zh,
                "text": "\n\n".join(n.text for c in node.children for n in c.walk() if n.text),
                "text_zh": "\n\n".join(n.text_zh for c in node.children for n in c.walk() if n.text_zh),
                "nodes": [c.to_dict() for c in node.children]}
    return {"text": node.text, "text_zh": node.text_zh}


def alternatives_edit(node: Node, alts: list[dict], extra: dict | None = None, label: str = "",
                      own: dict | None = None) -> SetFields:
    """SetFields storing ``alts`` (and Option 1's attribution ``own``) on ``node``."""
    attrs = copy.deepcopy(node.attrs)
    if own is not None:
        for key in OWN_KEYS:
            attrs.pop(key, None)
        attrs.update({k: v for k, v in own.items() if v not in (None, "", [], {})})
    if alts:
        attrs[ATTR] = alts
    else:
        attrs.pop(ATTR, None)
        for key in OWN_KEYS:
            attrs.pop(key, None)
    values = {"attrs": attrs}
    values.update(extra or {})
    return SetFields(node.id, values, label=label or "Edit alternatives")


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
    alts = copy.deepcopy(alternatives(node))
    alts.append(make_option(text, text_zh, proposer, supporters, opponents, title=title,
                            title_zh=title_zh, nodes=copy.deepcopy(nodes), delete=delete, note=note))
    return alternatives_edit(node, alts, label=f"Add alternative{' by ' + proposer if proposer else ''}")


def add_span_bracket(draft: Draft, node_id: str, start: int, end: int, options: list[dict],
                     field: str = "text") -> Edit:
    """Edit bracketing ``text[start:end]`` of a node: those words are Option 1, ``options``
    (dicts with text, proposer, supporters, opponents, delete) the others."""
    node = draft.find(node_id)
    if field not in ("text", "text_zh"):
        raise DraftError(msg("cannot bracket the {field} of an element", field=field))
    if not options:
        raise DraftError(msg("a bracket needs at least one alternative wording"))
    text = getattr(node, field)
    if not 0 <= start < end <= len(text):
        raise DraftError(msg("the words {start}–{end} are outside the text (length {length})", start=start, end=end,
                             length=len(text)))
    for other in brackets(node):
        if other.is_span and other.options[1].get("field", "text") == field:
            o_start, o_end = locate(node, other)
            if start < o_end and o_start < end:
                raise DraftError(msg("these words overlap a bracket already in the text"))
    span = {"group": new_id("g"), "field": field, "start": start, "end": end, "anchor": text[start:end]}
    alts = copy.deepcopy(alternatives(node))
    for opt in options:
        alts.append({**make_option(opt.get("text", ""), "", opt.get("proposer", ""), opt.get("supporters", ()),
                                   opt.get("opponents", ()), delete=opt.get("delete", False),
                                   note=opt.get("note", "")), **span})
    return alternatives_edit(node, alts, label="Bracket words")


def locate(node: Node, bracket: Bracket) -> tuple[int, int]:
    """Where a span bracket's words are now (re-found by their anchor if the text moved)."""
    first = bracket.options[1]
    text = getattr(node, first.get("field", "text"))
    start, end, anchor = first.get("start", 0), first.get("end", 0), first.get("anchor", "")
    if text[start:end] == anchor:
        return start, end
    found = text.find(anchor) if anchor else -1
    if found < 0:
        raise DraftError(msg("the bracketed words are no longer in the text; bracket them again"))
    return found, found + len(anchor)


def find_option(draft: Draft, node_id: str, option_id: str) -> tuple[Node, Bracket, dict]:
    node = draft.find(node_id)
    for bracket in brackets(node):
        for option in bracket.options:
            if option.get("id") == option_id:
                return node, bracket, option
    raise DraftError(msg("there is no alternative {option_id!r} on this element", option_id=option_id))


# ----- choosing, withdrawing, positions -------------------------------------------------------
def choose(draft: Draft, node_id: str, option_id: str) -> Edit:
    """Edit putting an option's wording in force as the agreed one (undo restores the bracket)."""
    node, bracket, option = find_option(draft, node_id, option_id)
    if option.get("status") == "withdrawn" and not option.get("superseded"):
        raise DraftError(msg("a withdrawn alternative cannot be chosen; reopen it first"))
    alts = copy.deepcopy(alternatives(node))
    # the other options of the bracket are set aside (undo, or choosing one of them, brings them back)
    for alt in alts:
        if (alt.get("group") or "") == bracket.group and alt.get("id") != option_id:
            if alt.get("status", "open") in ("open", "agreed") or alt.get("superseded"):
                alt.update(status="withdrawn", superseded=True)
        elif alt.get("id") == option_id:
            alt.pop("superseded", None)
            alt["status"] = "open"
    if bracket.is_span:
        return _choose_span(node, bracket, option, alts)
    if option.get("own"):
        own = {k: option.get(k) for k in ("proposer", "supporters", "opponents")}
        own.update(status="agreed", option_id=option["id"], base_text=option.get("base"))
        return alternatives_edit(node, alts, label="Agree on the wording", own=own)
    # swap: the chosen wording goes into the node, the old wording becomes an alternative
    old = own_option(node)
    snapshot = {k: v for k, v in old.items() if k != "own"}
    if old.get("status", "open") in ("open", "agreed"):
        snapshot.update(status="withdrawn", superseded=True)
    index = next(i for i, a in enumerate(alts) if a.get("id") == option_id)
    chosen = alts[index]
    alts[index] = snapshot
    own = {"proposer": chosen.get("proposer", ""), "supporters": chosen.get("supporters", []),
           "opponents": chosen.get("opponents", []), "status": "agreed", "option_id": chosen["id"],
           "base_text": bool(chosen.get("base"))}
    if chosen.get("delete"):
        return Compound([alternatives_edit(node, alts, own=own), RemoveNode(node.id)],
                        label="Agree to delete")
    if node.kind is NodeKind.ARTICLE:
        values = {"title": chosen.get("title", node.title), "title_zh": chosen.get("title_zh", node.title_zh)}
        edits: list[Edit] = [alternatives_edit(node, alts, values, own=own)]
        if chosen.get("nodes") is not None:
            edits += [RemoveNode(child.id) for child in node.children]
            edits.append(InsertNodes(node.id, 0, [Node.from_dict(d) for d in chosen["nodes"]]))
        return Compound(edits, label="Choose alternative")
    values = {"text": chosen.get("text", ""), "text_zh": chosen.get("text_zh", "")}
    return alternatives_edit(node, alts, values, label="Choose alternative", own=own)


def _choose_span(node: Node, bracket: Bracket, option: dict, alts: list[dict]) -> Edit:
    field = bracket.options[1].get("field", "text")
    start, end = locate(node, bracket)
    text = getattr(node, field)
    own = bracket.options[0]
    if option.get("own"):
        for alt in alts:
            if alt.get("group") == bracket.group:
                alt["anchor_status"] = "agreed"
        return alternatives_edit(node, alts, label="Agree on the wording")
    wording = "" if option.get("delete") else option.get("text", "")
    shift = len(wording) - (end - start)
    for alt in alts:
        if alt.get("group") == bracket.group:
            if alt.get("id") == option.get("id"):      # its slot now holds the old words
                alt.update(text=text[start:end], proposer=own.get("proposer", ""), supporters=[],
                           opponents=[], status="withdrawn", superseded=True, id=own["id"])
                alt.pop("delete", None)
                if own.get("base"):
                    alt["base"] = True
                else:
                    alt.pop("base", None)
            alt.update(start=start, end=start + len(wording), anchor=wording, anchor_status="agreed",
                       anchor_by=option.get("proposer", ""), anchor_id=option["id"])
        elif alt.get("group") and alt.get("field", "text") == field and alt.get("start", 0) >= end:
            alt["start"] += shift
            alt["end"] += shift
    return alternatives_edit(node, alts, {field: text[:start] + wording + text[end:]},
                             label="Choose alternative")


def set_status(draft: Draft, node_id: str, option_id: str, status: str) -> Edit:
    """Edit withdrawing or reopening an option (agreeing is ``choose``)."""
    if status not in ("open", "withdrawn"):
        raise DraftError(msg("an alternative is agreed by choosing it; its status can be open or withdrawn"))
    node, bracket, option = find_option(draft, node_id, option_id)
    if option.get("own") and bracket.is_span:
        raise DraftError(msg("the words in the text stand until another alternative is chosen"))
    alts = copy.deepcopy(alternatives(node))
    if option.get("own"):
        own = {k: option.get(k) for k in ("proposer", "supporters", "opponents")}
        own.update(status=status, option_id=option["id"], base_text=option.get("base"))
        return alternatives_edit(node, alts, own=own, label="Withdraw" if status == "withdrawn" else "Reopen")
    target = next(a for a in alts if a.get("id") == option_id)
    target["status"] = status
    target.pop("superseded", None)
    return alternatives_edit(node, alts, label="Withdraw alternative" if status == "withdrawn" else "Reopen alternative")


def set_positions(draft: Draft, node_id: str, option_id: str, supporters=None, opponents=None,
                  proposer: str | None = None) -> Edit:
    """Edit recording which parties propose, support and oppose an option."""
    node, bracket, option = find_option(draft, node_id, option_id)

    def names(values) -> list[str]:
        return [p for p in dict.fromkeys(s.strip() for s in values) if p]

    changes = {}
    if supporters is not None:
        changes["supporters"] = names(supporters)
    if opponents is not None:
        changes["opponents"] = names(opponents)
    if proposer is not None:
        changes["proposer"] = proposer.strip()
    alts = copy.deepcopy(alternatives(node))
    if option.get("own"):
        if bracket.is_span:
            raise DraftError(msg("the words in the text are the base text of this bracket"))
        own = {k: option.get(k) for k in ("proposer", "supporters", "opponents", "status")}
        own.update(changes, option_id=option["id"], base_text=option.get("base"))
        return alternatives_edit(node, alts, own=own, label="Record positions")
    next(a for a in alts if a.get("id") == option_id).update(changes)
    return alternatives_edit(node, alts, label="Record positions")


def remove_bracket(draft: Draft, node_id: str, group: str = "") -> Edit:
    """Edit dropping a bracket's alternatives and keeping the wording in force."""
    node = draft.find(node_id)
    alts = [a for a in copy.deepcopy(alternatives(node)) if (a.get("group") or "") != group]
    own = None if group or alts else {}
    if not group and any(not a.get("group") for a in alternatives(node)):
        own = {}
    return alternatives_edit(node, alts, label="Remove bracket", own=own)


# ----- clean text ---------------------------------------------------------------------------
def clean_draft(draft: Draft) -> Draft:
    """A copy with the agreed wordings in force and no alternatives left (open brackets keep
    Option 1, the wording in force)."""
    clean = draft.copy()
    for node in list(clean.walk()):
        for bracket in brackets(node):
            agreed = bracket.agreed
            if agreed is not None and not agreed.get("own"):
                try:
                    choose(clean, node.id, agreed["id"]).apply(clean)
                except DraftError:
                    continue
    for node in clean.walk():
        node.attrs.pop(ATTR, None)
        for key in OWN_KEYS:
            node.attrs.pop(key, None)
    return clean
