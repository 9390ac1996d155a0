"""Compilation texts: a draft with its open brackets, each option attributed, as a secretariat prints them.

``compile_blocks`` gives paragraphs as runs (kind, text) — ``text``; ``mark`` for brackets and
separators; ``label`` for "Option 2"; ``note`` for an attribution (a footnote in Word); ``ins`` and
``del`` for the words an option adds to or removes from Option 1; ``aside`` for the compilation's
own remarks ("delete", "as in Option 1"); ``num`` for a paragraph's number — so the .docx exporter
can style each.
``compilation_text`` gives the plain-text form (``[^n]`` markers and notes at the end, additions
``**so**``, deletions ``~~so~~``).

How a bracket prints depends on what is in dispute:

- words: ``shall [endeavour to] adopt`` when one option adds words (or deletes them), else
  ``[appropriate | effective]``; the note names who proposed, supports and opposes each;
- a paragraph: ``[…]`` around a paragraph proposed (or proposed for deletion) by a party, else
  "Option 1: …", "Option 2: …" one under the other, each option marked against Option 1;
- an article: the same, the article's options each under its own heading; in an option only the
  paragraphs that differ from Option 1 are printed.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .bracket_model import Bracket, attribution, brackets, locate
from .model import Draft, DraftError, Node, NodeKind
from .negotiation import deleted_label
from .numbering import Numbering, paragraph_label, subparagraph_label
from .parties import party_name
from .references import Resolver
from .structure import notes_of
from .textdiff import diff


@dataclass
class Block:
    """One output paragraph: a style, an indent level and inline runs (kind, text)."""

    style: str                      # title | preamble | recital | chapter | article | paragraph | option | aside
    runs: list[tuple[str, str]] = field(default_factory=list)
    level: int = 0
    node_id: str | None = None

    def plain(self) -> str:
        return "".join(text for kind, text in self.runs if kind != "note")


WORDS = {
    "en": {"option": "Option {0}", "delete": "delete", "nothing": "no addition", "deleted": "[Deleted]", "as_in": "as in Option {0}",
           "same": "{0}: as in Option 1.", "paragraph": "Paragraph", "paragraphs": "Paragraphs",
           "pending": "pending consultations", "preamble": "Preamble",
           "and": " and ", "sep": ", ", "colon": ": ", "dash": " – ", "end": "."},
    "zh": {"option": "备选案文{0}", "delete": "删除", "nothing": "不增加", "deleted": "[已删除]", "as_in": "同备选案文{0}",
           "same": "{0}：同备选案文1。", "paragraph": "第{0}款", "paragraphs": "第{0}款",
           "pending": "有待磋商", "preamble": "序言",
           "and": "和", "sep": "、", "colon": "：", "dash": " ", "end": "。"},
}


class Compiler:
    """Builds the compilation blocks of one draft in one language."""

    def __init__(self, draft: Draft, lang: str = "en", clause_labels: dict[str, str] | None = None):
        self.draft, self.lang = draft, lang
        self.numbering = Numbering.of(draft)
        self.resolver = Resolver(draft, self.numbering, clause_labels)
        self.zh = lang == "zh"
        self.text_lang = lang
        self.w = WORDS["zh" if self.zh else "en"]

    def render(self, raw: str) -> str:
        """Stored text with its references as the language of that text prints them (English text
        shown in a Chinese compilation for want of a Chinese one keeps "Article 23")."""
        return self.resolver.render(raw or "", self.text_lang)

    def _language_of(self, node: Node | None) -> None:
        self.text_lang = "zh" if self.zh and node is not None and node.text_zh else "en"

    # ----- notes ------------------------------------------------------------------------------------
    def attribution(self, option: dict) -> str:
        return attribution(option, self.lang, party_name)   # (an addition's other side says "as in the base text")

    def _note(self, bracket: Bracket, option: dict, numbered: bool = True) -> tuple[str, str]:
        text = self.attribution(option)
        if option is bracket.options[0] and bracket.pending:
            text += ("；" if self.zh else "; ") + self.w["pending"]
        if numbered:
            head = self.w["option"].format(self.number(bracket, option))
            text = head + self.w["colon"] + text
        return ("note", text[:1].upper() + text[1:] if not self.zh else text)

    def _single_note(self, bracket: Bracket, words: dict, nothing: dict) -> tuple[str, str]:
        """The one note of ``[words]``: who proposed the words (or their deletion), and the others."""
        main, other = (nothing, words) if nothing.get("proposer") and not words.get("proposer") else (words, nothing)
        parts = [attribution(main, self.lang, party_name)]
        if other.get("supporters"):
            names = ("、" if self.zh else ", ").join(party_name(p, self.lang) for p in other["supporters"])
            if other is nothing:
                parts.append(("支持不列入：" if self.zh else "omission supported by ") + names)
            else:
                parts.append(("支持保留：" if self.zh else "retention supported by ") + names)
        if bracket.pending:
            parts.append(self.w["pending"])
        text = ("；" if self.zh else "; ").join(p for p in parts if p)
        return ("note", text if self.zh else text[:1].upper() + text[1:])

    @staticmethod
    def number(bracket: Bracket, option: dict) -> int:
        live = bracket.live
        return next((i for i, o in enumerate(live, start=1) if o.get("id") == option.get("id")),
                    bracket.number_of(option))

    def marked(self, old: str, new: str) -> list[tuple[str, str]]:
        """``new`` as runs, the words it adds to ``old`` as ``ins`` and those it drops as ``del`` (a
        rewrite sharing less than half its words with ``old`` is shown as it reads)."""
        a, b = self.render(old), self.render(new)
        if not a or a == b:
            return [("text", b)]
        ops = diff(a, b)
        if sum(len(o["text"]) for o in ops if o["op"] == "equal") < max(len(a), len(b)) * 0.5:
            return [("text", b)]
        return [({"equal": "text", "insert": "ins", "delete": "del"}[o["op"]], o["text"]) for o in ops]

    # ----- words in a paragraph ---------------------------------------------------------------------
    def inline(self, node: Node) -> list[tuple[str, str]]:
        """The node's own text as runs, with its word brackets (those in the language shown)."""
        field_name = "text_zh" if self.zh and node.text_zh else "text"
        if self.zh and node.text_zh and any(b.is_open and b.is_span and b.field == "text" for b in brackets(node)) \
                and not any(b.is_open and b.is_span and b.field == "text_zh" for b in brackets(node)):
            field_name = "text"         # the options were made in English only: show them in English
        self.text_lang = "zh" if field_name == "text_zh" else "en"
        text = getattr(node, field_name)
        spans = []
        for bracket in brackets(node):
            if bracket.is_span and bracket.is_open and bracket.field == field_name:
                try:
                    start, end = locate(node, bracket)
                except DraftError:
                    continue
                spans.append((start, end, bracket))
        notes = sorted((n.get("at", 0), n.get("text", "")) for n in notes_of(node, field_name) if n.get("text"))
        runs: list[tuple[str, str]] = []
        pos = 0
        for start, end, bracket in sorted(spans, key=lambda s: (s[0], s[1])):
            if start < pos:
                continue
            runs.extend(self._plain(text, pos, start, notes))
            runs.extend(self._word_runs(bracket))
            runs.extend(("note", t) for at, t in notes if start < at <= end)
            notes = [(at, t) for at, t in notes if not start < at <= end]
            pos = end
        runs.extend(self._plain(text, pos, len(text), notes))
        runs.extend(self._ad_referendum(node, span=True))
        return _tidy(runs)

    def _ad_referendum(self, node: Node, span: bool) -> list[tuple[str, str]]:
        """A note for each bracket of ``node`` agreed ad referendum (subject to confirmation)."""
        out = []
        for bracket in brackets(node):
            if bracket.is_span == span and bracket.state() == "ad_referendum":
                who = attribution({**bracket.agreed, "status": "open"}, self.lang, party_name)
                head = "已商定，待核准" if self.zh else "Agreed ad referendum"
                out.append(("note", head + (("（" + who + "）") if self.zh else f" ({who})") if who else head))
        return out

    def _plain(self, text: str, start: int, end: int, notes: list) -> list[tuple[str, str]]:
        """``text[start:end]`` rendered, with the footnotes whose marks stand in it (taken from ``notes``)."""
        out, pos = [], start
        mine = [(at, t) for at, t in notes if at <= end]
        notes[:] = [(at, t) for at, t in notes if at > end]
        for at, note in mine:
            at = max(pos, min(at, end))
            out.append(("text", self.render(text[pos:at])))
            out.append(("note", note))
            pos = at
        out.append(("text", self.render(text[pos:end])))
        return out

    def _word_runs(self, bracket: Bracket) -> list[tuple[str, str]]:
        live = bracket.live
        texts = [bracket.wording(o, self.lang) if not o.get("delete") else "" for o in live]
        lead = min((len(t) - len(t.lstrip()) for t in texts if t), default=0)
        trail = min((len(t) - len(t.rstrip()) for t in texts if t), default=0)
        lead_ws = next((t[:lead] for t in texts if t), "")
        trail_ws = next((t[len(t) - trail:] for t in texts if t), "") if trail else ""
        if any(not t for t in texts):
            lead_ws = next((t[:len(t) - len(t.lstrip())] for t in texts if t and t[0].isspace()), "")
            trail_ws = next((t[len(t.rstrip()):] for t in texts if t and t[-1].isspace()), "")
        core = [t.strip() for t in texts]
        runs: list[tuple[str, str]] = [("text", lead_ws), ("mark", "[")]
        addition = bracket.addition
        if addition is not None:
            words, nothing = addition
            runs.append(("text", self.render(bracket.wording(words, self.lang).strip())))
            runs.append(self._single_note(bracket, words, nothing))
            runs += [("mark", "]"), ("text", trail_ws)]
            return runs
        first = core[0]
        for i, (option, words) in enumerate(zip(live, core)):
            if i:
                runs.append(("mark", " | "))
            if option.get("own") and not words:
                runs.append(("aside", self.w["nothing"]))
            elif option.get("delete") or not words:
                runs.append(("aside", self.w["delete"]))
            elif i:
                runs.extend(self.marked(first, words) if first and len(words.split()) > 3 else
                            [("text", self.render(words))])
            else:
                runs.append(("text", self.render(words)))
            runs.append(self._note(bracket, option))
        runs += [("mark", "]"), ("text", trail_ws)]
        return runs

    # ----- structure --------------------------------------------------------------------------------
    def blocks(self) -> list[Block]:
        title = self.draft.title_zh if self.zh and self.draft.title_zh else self.draft.title
        out = [Block("title", [("text", title)])]
        self._parts(self.draft.children, out)
        return out

    def _parts(self, nodes: list[Node], out: list[Block]) -> None:
        """Preamble, divisions at any depth, articles, the closing formula and annexes, in order."""
        for top in nodes:
            if top.kind is NodeKind.PREAMBLE:
                out.append(Block("preamble", [("text", self.w["preamble"])], node_id=top.id))
                for recital in top.children:
                    out.extend(self._paragraphs(recital, 0, lambda n, level: "", style="recital"))
            elif top.kind in (NodeKind.CHAPTER, NodeKind.ANNEX):
                name = top.title_zh if self.zh and top.title_zh else top.title
                label = self.numbering.label(top, self.lang)
                head = label + (self.w["dash"] + name if name and label else name)
                out.append(Block("chapter", [("text", head)], node_id=top.id))
                self._parts(top.children, out)
            elif top.kind is NodeKind.ARTICLE:
                out.extend(self.article(top))
            elif top.kind is NodeKind.PARAGRAPH:
                out.extend(self._paragraphs(top, 0, self.numbering_label))
            elif top.kind is NodeKind.CLOSING:
                out.extend(Block("closing", self.inline(p), node_id=p.id) for p in top.children)

    def heading(self, article: Node, title: str | None = None) -> str:
        label = self.numbering.label(article, self.lang)
        if title is None:
            title = article.title_zh if self.zh and article.title_zh else article.title
        return label + (self.w["dash"] + title if title else "")

    def article(self, article: Node) -> list[Block]:
        if article.attrs.get("deleted"):
            return [Block("article", [("text", deleted_label(article, self.numbering.label(article, self.lang),
                                                             self.lang))], node_id=article.id)]
        own = next((b for b in brackets(article) if not b.is_span and b.is_open), None)
        if own is None:
            out = [Block("article", [("text", self.heading(article))] + self._ad_referendum(article, False),
                         node_id=article.id)]
            for child in article.children:
                out.extend(self._paragraphs(child, 0, self.numbering_label))
            return out
        addition = own.addition
        if addition is not None and addition[0].get("own"):
            words, nothing = addition           # [Article 25 bis …] or [Article 29 …] for deletion
            out = [Block("article", [("mark", "["), ("text", self.heading(article)),
                                     self._single_note(own, words, nothing)], node_id=article.id)]
            for child in article.children:
                out.extend(self._paragraphs(child, 0, self.numbering_label))
            out[-1].runs.append(("mark", "]"))
            return out
        out = [Block("article", [("text", self.numbering.label(article, self.lang))], node_id=article.id)]
        live = own.live
        first_nodes = self._option_nodes(own, own.options[0])
        first_title = (own.options[0].get("title_zh") or own.options[0].get("title", "")) if self.zh \
            else own.options[0].get("title", "")
        for i, option in enumerate(live):
            runs: list[tuple[str, str]] = [("mark", "[")] if i == 0 else []
            title = (option.get("title_zh") or option.get("title", "")) if self.zh else option.get("title", "")
            runs.append(("label", self.w["option"].format(i + 1)))
            if option.get("delete"):
                runs += [("text", self.w["colon"]), ("aside", self.w["delete"])]
            elif title and (i == 0 or title != first_title):
                runs.append(("text", self.w["dash"] + title))
            runs.append(self._note(own, option))
            block = Block("option", runs, node_id=article.id)
            out.append(block)
            last = block
            if not option.get("delete"):
                paras = self._option_paragraphs(own, option, first_nodes, i == 0)
                out.extend(paras)
                last = paras[-1] if paras else last
            last.runs.append(("mark", " |" if i < len(live) - 1 else "]"))
        return out

    def _option_nodes(self, bracket: Bracket, option: dict) -> list[Node]:
        if option.get("own"):
            return bracket.node.children
        if option.get("nodes"):
            return [Node.from_dict(d) for d in option["nodes"]]
        text = option.get("text_zh") if self.zh and option.get("text_zh") else option.get("text", "")
        return [Node(NodeKind.PARAGRAPH, text=block, numbered=False) for block in text.split("\n\n") if block]

    def _option_paragraphs(self, bracket: Bracket, option: dict, first: list[Node], whole: bool) -> list[Block]:
        """An option's paragraphs: all of Option 1; for the others those that differ, marked."""
        labeller = _OptionLabels(self.lang)
        nodes = self._option_nodes(bracket, option)
        if whole:
            return [b for child in nodes for b in self._paragraphs(child, 0, labeller)]
        ones = {n.id: n for c in first for n in c.walk()}
        same: list[str] = []
        out: list[Block] = []
        for child in nodes:
            label = labeller(child, 0)
            twin = ones.get(child.id)
            if twin is not None and _same_tree(twin, child):
                for sub in list(child.walk())[1:]:
                    labeller(sub, 1)
                same.append(label.rstrip(".、 ") or "—")
                continue
            out.extend(self._marked_paragraphs(child, twin, 0, labeller, label))
        if same and out:
            names = (self.w["sep"]).join(same)
            word = self.w["paragraphs" if len(same) > 1 else "paragraph"]
            head = word.format(names) if self.zh else f"{word} {names}"
            out.append(Block("aside", [("aside", self.w["same"].format(head))], level=0))
        return out

    def _marked_paragraphs(self, node: Node, twin: Node | None, level: int, labeller, label: str) -> list[Block]:
        self._language_of(node)
        text = node.text_zh if self.zh and node.text_zh else node.text
        old = (twin.text_zh if self.zh and twin.text_zh else twin.text) if twin is not None else ""
        runs = self.marked(old, text) if twin is not None else [("ins", self.render(text))]
        if label:
            runs = [("num", label)] + runs
        out = [Block("paragraph", runs, level=level, node_id=None)]
        kids = {c.id: c for c in twin.children} if twin is not None else {}
        for child in node.children:
            out.extend(self._marked_paragraphs(child, kids.get(child.id), level + 1, labeller,
                                               labeller(child, level + 1)))
        return out

    def numbering_label(self, node: Node, level: int = 0) -> str:
        return self.numbering.label(node, self.lang)

    def _paragraphs(self, node: Node, level: int, labeller, style: str = "paragraph") -> list[Block]:
        label = labeller(node, level)
        prefix = [("num", label)] if label else []
        if node.attrs.get("deleted"):
            return [Block(style, prefix + [("aside", self.w["deleted"])], level=level, node_id=node.id)]
        own = next((b for b in brackets(node) if not b.is_span and b.is_open), None)
        if own is None:
            out = [Block(style, prefix + self.inline(node) + self._ad_referendum(node, False), level=level,
                         node_id=node.id)]
        elif own.addition is not None:
            self._language_of(node)
            words, nothing = own.addition
            text = bracket_text = own.wording(words, self.lang)
            runs = [("mark", "[")] + [("text", self.render(bracket_text))] if text else [("mark", "[")]
            runs += [self._single_note(own, words, nothing), ("mark", "]")]
            out = [Block(style, prefix + runs, level=level, node_id=node.id)]
        else:
            out = []
            live = own.live
            self._language_of(node)
            first = own.wording(own.options[0], self.lang)
            for i, option in enumerate(live):
                runs = list(prefix) if i == 0 else []
                runs += [("mark", "[")] if i == 0 else []
                runs += [("label", self.w["option"].format(i + 1)), ("text", self.w["colon"])]
                if option.get("delete"):
                    runs.append(("aside", self.w["delete"]))
                elif i == 0:
                    runs.append(("text", self.render(first)))
                else:
                    runs.extend(self.marked(first, own.wording(option, self.lang)))
                runs.append(self._note(own, option))
                runs.append(("mark", " |" if i < len(live) - 1 else "]"))
                out.append(Block(style if i == 0 else "option-text", runs, level=level, node_id=node.id))
        for child in node.children:
            out.extend(self._paragraphs(child, level + 1, labeller))
        return out


def _same_tree(a: Node, b: Node) -> bool:
    return (a.text, a.text_zh, a.numbered, len(a.children)) == (b.text, b.text_zh, b.numbered, len(b.children)) \
        and all(_same_tree(x, y) for x, y in zip(a.children, b.children))


def _tidy(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [r for r in runs if r[1]]


class _OptionLabels:
    """Paragraph labels inside one article-level option, counted from its own first paragraph."""

    def __init__(self, lang: str):
        self.lang = lang
        self.paragraphs = 0
        self.subs: dict[int, int] = {}

    def __call__(self, node: Node, level: int) -> str:
        if node.kind is NodeKind.PARAGRAPH:
            self.subs = {}
            if not node.numbered:
                return ""
            self.paragraphs += 1
            return paragraph_label(self.paragraphs, self.lang)
        self.subs = {d: n for d, n in self.subs.items() if d <= level}
        self.subs[level] = self.subs.get(level, 0) + 1
        return subparagraph_label(self.subs[level], level, self.lang)


def compile_blocks(draft: Draft, lang: str = "en", clause_labels: dict[str, str] | None = None) -> list[Block]:
    return Compiler(draft, lang, clause_labels).blocks()


PLAIN = {"ins": "**{0}**", "del": "~~{0}~~"}


def compilation_text(draft: Draft, lang: str = "en", clause_labels: dict[str, str] | None = None) -> str:
    """Plain text: open brackets as ``[a[^1] | b[^2]]``, the attributions listed at the end."""
    lines: list[str] = []
    notes: list[str] = []
    for block in compile_blocks(draft, lang, clause_labels):
        parts = []
        for kind, text in block.runs:
            if kind == "note":
                notes.append(text)
                parts.append(f"[^{len(notes)}]")
            else:
                core = text.strip()
                if kind == "num":
                    parts.append(text + ("" if lang == "zh" else " "))
                elif kind in PLAIN and core:
                    lead, trail = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
                    parts.append(lead + PLAIN[kind].format(core) + trail)
                else:
                    parts.append(text)
        if block.style in ("chapter", "article", "preamble") and lines:
            lines.append("")
        lines.append("  " * block.level + "".join(parts))
    if notes:
        lines += ["", "---"] + [f"[^{i}]: {note}" for i, note in enumerate(notes, start=1)]
    return "\n".join(lines).rstrip() + "\n"
