"""Brackets as a list to read (``brackets list``, the Alternatives panel): where each is, its state,
and for each option the words that differ from Option 1, in their context — never cut so short that
two options look identical.
"""
from __future__ import annotations

from .bracket_model import AGREED, Bracket, all_brackets, attribution, locate, status_word
from .model import Draft, DraftError, Node, NodeKind
from .numbering import Numbering
from .parties import party_name
from .references import Resolver
from .textdiff import diff

CONTEXT_WORDS = 5


def _words(text: str, count: int, tail: bool) -> str:
    parts = text.split(" ")
    if len(parts) <= count + 1:
        return text
    return ("… " + " ".join(parts[-count:])) if tail else (" ".join(parts[:count]) + " …")


def in_context(before: str, words: str, after: str, space_before: bool = False, space_after: bool = False) -> str:
    """"… Each Party shall [endeavour to] adopt or maintain …"."""
    head = _words(before, CONTEXT_WORDS, True).rstrip() + (" " if space_before or before.endswith(" ") else "")
    tail = (" " if space_after or after.startswith(" ") else "") + _words(after, CONTEXT_WORDS, False).lstrip()
    return f"{head.lstrip()}[{words}]{tail.rstrip()}"


def differences(old: str, new: str) -> str:
    """``new`` against ``old``: unchanged stretches shortened, ``[-removed-]`` and ``{+added+}`` in full."""
    out = []
    ops = diff(old, new)
    for i, op in enumerate(ops):
        if op["op"] == "equal":
            text = op["text"]
            if i == 0:
                text = _words(text, CONTEXT_WORDS, True)
            elif i == len(ops) - 1:
                text = _words(text, CONTEXT_WORDS, False)
            elif len(text.split(" ")) > 2 * CONTEXT_WORDS + 1:
                text = _words(text, CONTEXT_WORDS, False) + " " + _words(text, CONTEXT_WORDS, True)[2:]
            out.append(text)
        elif op["op"] == "delete":
            out.append("[-" + op["text"] + "-]")
        else:
            out.append("{+" + op["text"] + "+}")
    return "".join(out).replace("\n", " ")


class Lister:
    def __init__(self, draft: Draft, lang: str = "en"):
        self.draft, self.lang = draft, lang
        self.numbering = Numbering.of(draft)
        self.resolver = Resolver(draft, self.numbering)
        self.index = draft.index()

    def where(self, node: Node) -> tuple[str, str]:
        """(article or "Preamble", the element inside it) as the draft numbers them."""
        inner = ""
        current = node
        while current.kind not in (NodeKind.ARTICLE, NodeKind.PREAMBLE, NodeKind.RECITAL):
            label = self.numbering.label(current, self.lang)
            if label and not inner:
                inner = ("第" + label.rstrip("、") + "款" if self.lang == "zh" else "paragraph " + label.rstrip(".")) \
                    if current.kind is NodeKind.PARAGRAPH else label
            parent = self.index[current.id][1]
            if parent is None:
                break
            current = parent
        if current.kind is NodeKind.RECITAL:
            return ("序言" if self.lang == "zh" else "Preamble"), ("序言段落" if self.lang == "zh" else "a recital")
        return self.numbering.label(current, self.lang) or current.kind.value, inner

    def text(self, raw: str) -> str:
        return self.resolver.render(raw or "", self.lang)

    def shown(self, bracket: Bracket, option: dict) -> str:
        """What the option says, as the reader must see it to tell it from the others."""
        if bracket.is_span:
            node = bracket.node
            try:
                start, end = locate(node, bracket)
            except DraftError:
                return self.text(option.get("text", ""))
            full = getattr(node, bracket.field)
            words = "" if option.get("delete") else option.get("text", "")
            texts = [o.get("text", "") for o in bracket.live if o.get("text")]
            return in_context(self.text(full[:start]), self.text(words).strip() or "—", self.text(full[end:]),
                              any(t[:1].isspace() for t in texts), any(t[-1:].isspace() for t in texts))
        if option.get("delete"):
            return "删除" if self.lang == "zh" else "delete"
        first = bracket.options[0]
        if option is first or option.get("own"):
            text = self.text(bracket.wording(option, self.lang))
            title = option.get("title", "")
            return (title + ": " if title else "") + text.replace("\n", " ")
        old, new = self.text(bracket.wording(first, self.lang)), self.text(bracket.wording(option, self.lang))
        head = ""
        if option.get("title") is not None and option.get("title") != first.get("title"):
            head = f"[{first.get('title', '')} → {option.get('title', '')}] "
        return head + differences(old, new)

    def rows(self) -> list[dict]:
        rows = []
        for bracket in all_brackets(self.draft):
            article, inner = self.where(bracket.node)
            live = bracket.live
            options = []
            for i, option in enumerate(bracket.options, start=1):
                number = next((k for k, o in enumerate(live, start=1) if o.get("id") == option.get("id")), None)
                options.append({"number": number, "position": i, "id": option["id"], "text": option.get("text", ""),
                                "shown": self.shown(bracket, option), "proposer": option.get("proposer", ""),
                                "supporters": option.get("supporters", []), "opponents": option.get("opponents", []),
                                "status": option.get("status", "open"), "superseded": bool(option.get("superseded")),
                                "delete": bool(option.get("delete")), "base": bool(option.get("base")),
                                "attribution": attribution(option, self.lang, party_name if self.lang == "zh" else None)})
            agreed = bracket.agreed
            rows.append({"node": bracket.node.id, "group": bracket.group, "where": article, "label": inner,
                         "kind": bracket.kind, "span": bracket.is_span, "open": bracket.is_open,
                         "state": bracket.state(), "pending": bracket.pending,
                         "agreed": agreed["id"] if agreed is not None and agreed.get("status") in AGREED else None,
                         "options": options})
        return rows


def bracket_rows(draft: Draft, lang: str = "en") -> list[dict]:
    return Lister(draft, lang).rows()


def listing_lines(draft: Draft, lang: str = "en") -> list[str]:
    """The brackets as text lines: a heading per bracket, then one line per option."""
    kinds = {"words": "words", "paragraph": "paragraph", "article": "whole article"}
    lines = []
    for row in bracket_rows(draft, lang):
        head = row["where"] + (", " + row["label"] if row["label"] else "")
        lines.append(f"{head} · {kinds[row['kind']]} — {status_word(row['state'], lang) if row['state'] != 'closed' else 'closed'}")
        for option in row["options"]:
            number = f"{option['number']}." if option["number"] else "–"
            who = option["attribution"]
            lines.append(f"  {number} [{option['id']}] {option['shown']}" + (f"  — {who}" if who else ""))
    return lines
