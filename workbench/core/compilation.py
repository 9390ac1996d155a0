"""Compilation texts: a draft with its open brackets as ``[Option 1 | Option 2]`` and attributions.

``compile_blocks`` gives paragraphs as runs (``text``, ``mark`` for brackets and separators,
``note`` for an attribution) so the .docx exporter can turn notes into footnotes; ``compilation_text``
gives the plain-text form with ``[^n]`` markers and the notes at the end.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .brackets import Bracket, attribution, brackets
from .model import Draft, Node, NodeKind
from .numbering import Numbering, paragraph_label, subparagraph_label
from .references import Resolver


@dataclass
class Block:
    """One output paragraph: a style, an indent level and inline runs (kind, text)."""

    style: str                      # title | preamble | recital | chapter | article | paragraph | option
    runs: list[tuple[str, str]] = field(default_factory=list)
    level: int = 0
    node_id: str | None = None

    def plain(self) -> str:
        return "".join(text for kind, text in self.runs if kind != "note")


class Compiler:
    """Builds the compilation blocks of one draft in one language."""

    def __init__(self, draft: Draft, lang: str = "en", clause_labels: dict[str, str] | None = None):
        self.draft, self.lang = draft, lang
        self.numbering = Numbering.of(draft)
        self.resolver = Resolver(draft, self.numbering, clause_labels)
        self.zh = lang == "zh"

    def render(self, raw: str) -> str:
        return self.resolver.render(raw or "", self.lang)

    def _note(self, bracket: Bracket, option: dict) -> tuple[str, str]:
        number = bracket.number_of(option)
        head = f"备选案文{number}" if self.zh else f"Option {number}"
        return ("note", f"{head}：{attribution(option, 'zh')}" if self.zh
                else f"{head}: {attribution(option)}")

    def _delete_word(self) -> str:
        return "删除" if self.zh else "delete"

    def inline(self, node: Node) -> list[tuple[str, str]]:
        """The node's own text as runs, with its paragraph-level and span brackets."""
        own = next((b for b in brackets(node) if not b.is_span and b.is_open), None)
        if own is not None and node.kind is not NodeKind.ARTICLE:
            return self._bracket_runs(own)
        field_name = "text_zh" if self.zh and node.text_zh else "text"
        text = getattr(node, field_name)
        spans = []
        for bracket in brackets(node):
            if bracket.is_span and bracket.is_open and bracket.options[1].get("field", "text") == field_name:
                first = bracket.options[1]
                if text[first.get("start", 0):first.get("end", 0)] == first.get("anchor"):
                    spans.append((first["start"], first["end"], bracket))
                elif first.get("anchor") and first["anchor"] in text:
                    start = text.find(first["anchor"])
                    spans.append((start, start + len(first["anchor"]), bracket))
        runs: list[tuple[str, str]] = []
        pos = 0
        for start, end, bracket in sorted(spans, key=lambda s: s[0]):
            if start < pos:
                continue
            runs.append(("text", self.render(text[pos:start])))
            runs.extend(self._bracket_runs(bracket))
            pos = end
        runs.append(("text", self.render(text[pos:])))
        return [r for r in runs if r[1]]

    def _bracket_runs(self, bracket: Bracket) -> list[tuple[str, str]]:
        runs: list[tuple[str, str]] = [("mark", "[")]
        for i, option in enumerate(bracket.live):
            if i:
                runs.append(("mark", " | "))
            wording = bracket.wording(option, self.lang)
            if option.get("delete"):
                runs.append(("deleted", self._delete_word()))
            else:
                runs.append(("text", self.render(wording)))
            runs.append(self._note(bracket, option))
        runs.append(("mark", "]"))
        return runs

    # ----- structure ---------------------------------------------------------------------
    def blocks(self) -> list[Block]:
        title = self.draft.title_zh if self.zh and self.draft.title_zh else self.draft.title
        out = [Block("title", [("text", title)])]
        self._parts(self.draft.children, out)
        return out

    def _parts(self, nodes: list[Node], out: list[Block]) -> None:
        """Preamble, divisions at any depth, articles, the closing formula and annexes, in order."""
        sep = " " if self.zh else " – "
        for top in nodes:
            if top.kind is NodeKind.PREAMBLE:
                out.append(Block("preamble", [("text", "序言" if self.zh else "Preamble")], node_id=top.id))
                out.extend(Block("recital", self.inline(r), node_id=r.id) for r in top.children)
            elif top.kind in (NodeKind.CHAPTER, NodeKind.ANNEX):
                name = top.title_zh if self.zh and top.title_zh else top.title
                label = self.numbering.label(top, self.lang)
                head = label + (sep + name if name and label else name)
                out.append(Block("chapter", [("text", head)], node_id=top.id))
                self._parts(top.children, out)
            elif top.kind is NodeKind.ARTICLE:
                out.extend(self.article(top))
            elif top.kind is NodeKind.PARAGRAPH:
                out.extend(self._paragraphs(top, 0, self.numbering_label))
            elif top.kind is NodeKind.CLOSING:
                out.extend(Block("closing", self.inline(p), node_id=p.id) for p in top.children)

    def article(self, article: Node) -> list[Block]:
        own = next((b for b in brackets(article) if not b.is_span and b.is_open), None)
        heading = self.numbering.label(article, self.lang)
        sep = " " if self.zh else " – "
        title = article.title_zh if self.zh and article.title_zh else article.title
        if own is None:
            out = [Block("article", [("text", heading + (sep + title if title else ""))], node_id=article.id)]
            for child in article.children:
                out.extend(self._paragraphs(child, 0, self.numbering_label))
            return out
        out = [Block("article", [("text", heading)], node_id=article.id)]
        live = own.live
        for i, option in enumerate(live):
            label = (f"备选案文{own.number_of(option)}" if self.zh else f"Option {own.number_of(option)}")
            runs: list[tuple[str, str]] = [("mark", "[")] if i == 0 else []
            opt_title = (option.get("title_zh") or option.get("title", "")) if self.zh else option.get("title", "")
            runs.append(("text", label + ((sep + opt_title) if opt_title and not option.get("delete") else "")))
            if option.get("delete"):
                runs.append(("text", "：" if self.zh else ": "))
                runs.append(("deleted", self._delete_word()))
            runs.append(self._note(own, option))
            block = Block("option", runs, node_id=article.id)
            out.append(block)
            last = block
            if not option.get("delete"):
                labeller = _OptionLabels(self.lang)
                for child in self._option_nodes(own, option):
                    paras = self._paragraphs(child, 0, labeller)
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

    def numbering_label(self, node: Node, level: int = 0) -> str:
        return self.numbering.label(node, self.lang)

    def _paragraphs(self, node: Node, level: int, labeller) -> list[Block]:
        label = labeller(node, level)
        runs = self.inline(node)
        if label:
            runs = [("text", label + ("" if self.zh else " "))] + runs
        out = [Block("paragraph", runs, level=level, node_id=node.id)]
        for child in node.children:
            out.extend(self._paragraphs(child, level + 1, labeller))
        return out


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
                parts.append(text)
        if block.style in ("chapter", "article", "preamble") and lines:
            lines.append("")
        lines.append("  " * block.level + "".join(parts))
    if notes:
        lines += ["", "---"] + [f"[^{i}]: {note}" for i, note in enumerate(notes, start=1)]
    return "\n".join(lines).rstrip() + "\n"
