"""Brackets and alternatives: competing wordings of an article, a paragraph or some words, with positions.

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
      "status": "open",               # open | agreed | ad_referendum | withdrawn
      "superseded": true,             # optional: closed because another option was agreed
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
      "anchor": "original words",     # the bracketed words (Option 1 of the span); "" where an
                                      #   option adds words ("shall [endeavour to] adopt")
      "before": "…", "after": "…",    # up to 24 characters either side, to re-find the place
      "anchor_status": "open",        # Option 1's status (agreed once a wording is chosen)
      "anchor_by": "",                # who proposed the words now in the text ("" = base text)
      "consultations": true,          # optional, on every entry: pending consultations
    }

Option 1's own attribution lives in ``node.attrs``: ``proposer`` ("" or absent: the base
text), ``supporters``, ``opponents``, ``status``, ``option_id``, ``consultations`` and
``previous_option_id`` (the option in force before one was agreed, put back when the bracket is
reopened). A node-level bracket exists while the node has alternatives without a group; it is
*open* while nothing is agreed and some alternative is still on the table. An agreed deletion
keeps the node as an empty shell with ``attrs["deleted"]`` ("[Article 29 — deleted]") and the
bracket's record, until the draft is renumbered for the final text (``negotiation``).

Statuses a Chair uses: an option is ``agreed`` or ``ad_referendum`` (agreed subject to
confirmation by capitals) once chosen; a whole bracket may be *pending consultations* (still
open). Edits are in ``bracket_edits``; ``brackets`` re-exports both modules.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass

from .edits import SetFields
from .messages import msg
from .model import Draft, DraftError, Node, NodeKind, new_id

STATUSES = ("open", "agreed", "ad_referendum", "withdrawn")
AGREED = ("agreed", "ad_referendum")
ATTR = "alternatives"
OWN_KEYS = ("proposer", "supporters", "opponents", "status", "option_id", "base_text", "consultations",
            "previous_option_id")
CONTEXT = 24

#: How each status reads (CLI, compilation notes); the window translates its own copy.
STATUS_WORDS = {
    "open": ("open", "未决"),
    "agreed": ("agreed", "已商定"),
    "ad_referendum": ("agreed ad referendum", "已商定，待核准"),
    "withdrawn": ("withdrawn", "已撤回"),
    "superseded": ("not agreed", "未获商定"),
    "consultations": ("pending consultations", "有待磋商"),
}


def status_word(status: str, lang: str = "en") -> str:
    pair = STATUS_WORDS.get(status)
    return (pair[1] if lang == "zh" else pair[0]) if pair else status


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
    def field(self) -> str:
        return self.options[1].get("field", "text") if self.is_span else ""

    @property
    def kind(self) -> str:
        """article | paragraph | words: the unit the options differ in."""
        if self.is_span:
            return "words"
        return "article" if self.node.kind is NodeKind.ARTICLE else "paragraph"

    @property
    def agreed(self) -> dict | None:
        return next((o for o in self.options if o.get("status") in AGREED), None)

    @property
    def is_open(self) -> bool:
        return self.agreed is None and any(o.get("status", "open") == "open" for o in self.options[1:])

    @property
    def pending(self) -> bool:
        """Open and awaiting consultations."""
        return self.is_open and bool(self.options[0].get("consultations"))

    @property
    def live(self) -> list[dict]:
        """The options still on the table (not withdrawn), in order."""
        return [o for o in self.options if o.get("status", "open") != "withdrawn"]

    @property
    def addition(self) -> tuple[dict, dict] | None:
        """(wording, nothing) when the live options are one wording and the base "nothing" (no
        words, or deleting the element): printed as ``[wording]`` with one note."""
        live = self.live
        if len(live) != 2:
            return None
        empty = [o for o in live if o.get("delete") or (self.is_span and not o.get("text"))]
        if len(empty) != 1:
            return None
        words = live[0] if empty[0] is live[1] else live[1]
        return words, empty[0]

    def wording(self, option: dict, lang: str = "en") -> str:
        if lang == "zh":
            return option.get("text_zh") or option.get("text", "")
        return option.get("text", "")

    def number_of(self, option: dict) -> int:
        return next(i for i, o in enumerate(self.options, start=1) if o.get("id") == option.get("id"))

    def state(self) -> str:
        """open | consultations | agreed | ad_referendum | closed."""
        agreed = self.agreed
        if agreed is not None:
            return agreed["status"]
        if self.pending:
            return "consultations"
        return "open" if self.is_open else "closed"


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
    if attrs.get("consultations"):
        option["consultations"] = True
    if attrs.get("deleted"):
        option["delete"] = True
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
                  "supporters": list(first.get("anchor_supporters", [])),
                  "opponents": list(first.get("anchor_opponents", []))}
        if first.get("consultations"):
            anchor["consultations"] = True
        out.append(Bracket(node, group, [anchor] + options))
    return out


def all_brackets(draft: Draft) -> list[Bracket]:
    return [b for node in draft.walk() if node.attrs.get(ATTR) for b in brackets(node)]


def open_brackets(draft: Draft) -> int:
    """How many brackets of the draft are still open (nothing agreed, an alternative on the table)."""
    return sum(open_brackets_of(node) for node in draft.walk())


def open_brackets_of(node: Node) -> int:
    """How many brackets held by ``node`` itself are still open."""
    return sum(1 for b in brackets(node) if b.is_open) if node.attrs.get(ATTR) else 0


def parties_of(option: dict) -> set[str]:
    return {p for p in [option.get("proposer", "")] + option.get("supporters", []) + option.get("opponents", []) if p}


def attribution(option: dict, lang: str = "en", name=None) -> str:
    """'proposed by China; supported by Brazil; opposed by Canada' (or 'base text', or 'no such
    provision, as in the base text' for the base text's side of a proposed addition).

    ``name(party, lang)`` gives a party's name in ``lang`` (default: as recorded)."""
    zh = lang == "zh"
    name = name or (lambda party, _lang: party)
    names = lambda parties: ("、" if zh else ", ").join(name(p, lang) for p in parties)  # noqa: E731
    parts = []
    if option.get("proposer"):
        who = name(option["proposer"], lang)
        if option.get("delete"):
            parts.append(f"{who}提议删除" if zh else f"deletion proposed by {who}")
        else:
            parts.append(f"由{who}提出" if zh else f"proposed by {who}")
    elif option.get("absent"):          # the base text has no such provision (the others add one)
        parts.append("不设此条款（同基础案文）" if zh else "no such provision, as in the base text")
    elif option.get("base"):
        parts.append("基础案文" if zh else "base text")
    if option.get("supporters"):
        parts.append("支持方：" + names(option["supporters"]) if zh else "supported by " + names(option["supporters"]))
    if option.get("opponents"):
        parts.append("反对方：" + names(option["opponents"]) if zh else "opposed by " + names(option["opponents"]))
    status = option.get("status", "open")
    if option.get("superseded"):
        parts.append(status_word("superseded", lang))
    elif status != "open":
        parts.append(status_word(status, lang))
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
                      own: dict | None = None, attrs_extra: dict | None = None) -> SetFields:
    """SetFields storing ``alts`` (and Option 1's attribution ``own``) on ``node``; ``attrs_extra``
    sets (or, with None, removes) other attrs in the same step."""
    attrs = copy.deepcopy(node.attrs)
    if own is not None:
        for key in OWN_KEYS:
            attrs.pop(key, None)
        attrs.update({k: v for k, v in own.items() if v not in (None, "", [], {}, False)})
    if alts:
        attrs[ATTR] = alts
    else:
        attrs.pop(ATTR, None)
        for key in OWN_KEYS:
            attrs.pop(key, None)
    for key, value in (attrs_extra or {}).items():
        if value is None:
            attrs.pop(key, None)
        else:
            attrs[key] = value
    values = {"attrs": attrs}
    values.update(extra or {})
    return SetFields(node.id, values, label=label or "Edit alternatives")


def span_context(text: str, start: int, end: int) -> dict:
    """The place of words ``text[start:end]``: offsets, the words and some text either side."""
    return {"start": start, "end": end, "anchor": text[start:end],
            "before": text[max(0, start - CONTEXT):start], "after": text[end:end + CONTEXT]}


def locate(node: Node, bracket: Bracket) -> tuple[int, int]:
    """Where a span bracket's words are now (re-found by their anchor and context if the text moved)."""
    first = bracket.options[1]
    text = getattr(node, first.get("field", "text"))
    start, end, anchor = first.get("start", 0), first.get("end", 0), first.get("anchor", "")
    before, after = first.get("before"), first.get("after")
    if 0 <= start <= end <= len(text) and text[start:end] == anchor:
        if anchor or before is None or (text[:start].endswith(before) and text[end:].startswith(after or "")):
            return start, end
    if before is not None:
        found = text.find(before + anchor + (after or ""))
        if found >= 0:
            return found + len(before), found + len(before) + len(anchor)
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


def locate_option(draft: Draft, option_id: str) -> tuple[Node, Bracket, dict] | None:
    """The node, bracket and option with id ``option_id`` anywhere in the draft (None if absent)."""
    for bracket in all_brackets(draft):
        for option in bracket.options:
            if option.get("id") == option_id:
                return bracket.node, bracket, option
    return None
