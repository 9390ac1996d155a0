"""Rendered views of a draft: articles with current numbers and resolved cross-references."""
from __future__ import annotations

from dataclasses import dataclass, field

from .labels import labelled
from .model import Draft, Node, NodeKind
from .negotiation import deleted_label
from .numbering import Numbering
from .references import Resolver, targets
from .structure import closing_text


@dataclass
class RenderedArticle:
    id: str
    number: int
    heading: str
    title: str
    text: str
    chapter: str | None
    chapter_heading: str | None
    derived_from: str | None
    unresolved: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "number": self.number, "heading": self.heading, "title": self.title,
                "text": self.text, "chapter": self.chapter, "chapter_heading": self.chapter_heading,
                "derived_from": self.derived_from, "unresolved_references": self.unresolved}


class Renderer:
    """Renders one state of a draft; build a new one after each edit (it is cheap)."""

    def __init__(self, draft: Draft, clause_labels: dict[str, str] | None = None):
        self.draft = draft
        self.numbering = Numbering.of(draft)
        self.resolver = Resolver(draft, self.numbering, clause_labels)

    def node_text(self, node: Node, lang: str = "en") -> str:
        """The node's text with references rendered; Chinese falls back to the English text."""
        if lang == "zh" and not node.text_zh:
            return self.resolver.render(node.text, "en")
        raw = node.text_zh if lang == "zh" else node.text
        return self.resolver.render(raw, lang)

    def article_lines(self, article: Node, lang: str = "en") -> list[str]:
        """Paragraphs of an article as lines, each with its label ("1. …", "(a) …")."""
        lines: list[str] = []
        for para in article.children:
            self._lines(para, lang, 0, lines)
        return lines

    def _lines(self, node: Node, lang: str, indent: int, lines: list[str]) -> None:
        label = self.numbering.label(node, lang)
        body = self.node_text(node, lang)
        if body or label:
            lines.append("  " * indent + (f"{label} {body}".strip() if label else body))
        for child in node.children:
            self._lines(child, lang, indent + 1, lines)

    def article_text(self, article: Node, lang: str = "en") -> str:
        return "\n\n".join(self.article_lines(article, lang))

    def article(self, article: Node, lang: str = "en", chapters: dict[str, Node] | None = None) -> RenderedArticle:
        chapter = chapters.get(article.id) if chapters is not None else self.draft.chapter_of(article.id)
        unresolved = sorted({t for n in article.walk() for t in targets(n.text) + targets(n.text_zh)
                             if self.resolver.article_id(t) is None})
        title = article.title_zh if lang == "zh" and article.title_zh else article.title
        return RenderedArticle(
            id=article.id, number=self.numbering.articles[article.id],
            heading=self.numbering.label(article, lang), title=title,
            text=self.article_text(article, lang),
            chapter=(chapter.title_zh if lang == "zh" and chapter.title_zh else chapter.title) if chapter else None,
            chapter_heading=self.numbering.label(chapter, lang) if chapter else None,
            derived_from=article.derived_from, unresolved=unresolved)

    def articles(self, lang: str = "en") -> list[RenderedArticle]:
        chapters = self.draft.chapters_of_articles()          # one pass, not one per article
        return [self.article(a, lang, chapters) for a in self.draft.articles()]

    def plain_text(self, lang: str = "en", flags: dict[str, str] | None = None) -> str:
        """The whole draft as plain text (for previews, the CLI and comparisons); ``flags`` gives a
        line said under an article's heading, by article id (what its text is, when unverified)."""
        self._flags = flags or {}
        out = [self.draft.title_zh if lang == "zh" and self.draft.title_zh else self.draft.title, ""]

        def heading(node: Node) -> str:
            title = node.title_zh if lang == "zh" and node.title_zh else node.title
            label = self.numbering.label(node, lang)
            return labelled(label, title, lang)

        def visit(nodes: list[Node]) -> None:
            for node in nodes:
                if node.kind is NodeKind.PREAMBLE:
                    out.append("序言" if lang == "zh" else "Preamble")
                    out.extend(self.node_text(r, lang) for r in node.children)
                    out.append("")
                elif node.kind in (NodeKind.CHAPTER, NodeKind.ANNEX):
                    out.extend([heading(node), ""])
                    visit(node.children)
                elif node.kind is NodeKind.ARTICLE:
                    out.extend(self._article_block(node, lang))
                elif node.kind is NodeKind.CLOSING:
                    out.extend(self.node_text(p, lang) for p in node.children)
                    out.append("")
                elif node.kind is NodeKind.PARAGRAPH:
                    lines: list[str] = []
                    self._lines(node, lang, 0, lines)
                    out.extend(lines + [""])

        visit(self.draft.children)
        if self.draft.closing() is None and self.draft.meta.get("closing"):
            out.append(closing_text(self.draft, lang) or closing_text(self.draft))
        return "\n".join(out).rstrip() + "\n"

    def _article_block(self, article: Node, lang: str) -> list[str]:
        if article.attrs.get("deleted"):         # an agreed deletion, numbered until the final text
            return [deleted_label(article, self.numbering.label(article, lang), lang), ""]
        rendered = self.article(article, lang)
        sep = " " if lang == "zh" else " – "
        head = rendered.heading + (sep + rendered.title if rendered.title else "")
        flag = getattr(self, "_flags", {}).get(article.id)
        return [head] + ([flag] if flag else []) + [rendered.text, ""]
