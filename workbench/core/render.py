"""Rendered views of a draft: articles with current numbers and resolved cross-references."""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Draft, Node, NodeKind
from .numbering import Numbering
from .references import Resolver, targets


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

        def emit(node: Node, indent: int) -> None:
            label = self.numbering.label(node, lang)
            body = self.node_text(node, lang)
            if body or label:
                lines.append("  " * indent + (f"{label} {body}".strip() if label else body))
            for child in node.children:
                emit(child, indent + 1)

        for para in article.children:
            emit(para, 0)
        return lines

    def article_text(self, article: Node, lang: str = "en") -> str:
        return "\n\n".join(self.article_lines(article, lang))

    def article(self, article: Node, lang: str = "en") -> RenderedArticle:
        chapter = self.draft.chapter_of(article.id)
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
        return [self.article(a, lang) for a in self.draft.articles()]

    def plain_text(self, lang: str = "en") -> str:
        """The whole draft as plain text (for previews, the CLI and comparisons)."""
        out = [self.draft.title_zh if lang == "zh" and self.draft.title_zh else self.draft.title, ""]
        for top in self.draft.children:
            if top.kind is NodeKind.PREAMBLE:
                out.append("序言" if lang == "zh" else "Preamble")
                out.extend(self.node_text(r, lang) for r in top.children)
                out.append("")
            elif top.kind is NodeKind.CHAPTER:
                title = top.title_zh if lang == "zh" and top.title_zh else top.title
                sep = " " if lang == "zh" else " – "
                out.append(f"{self.numbering.label(top, lang)}{sep}{title}".rstrip(" –"))
                out.append("")
                for article in top.children:
                    out.extend(self._article_block(article, lang))
            else:
                out.extend(self._article_block(top, lang))
        return "\n".join(out).rstrip() + "\n"

    def _article_block(self, article: Node, lang: str) -> list[str]:
        rendered = self.article(article, lang)
        sep = " " if lang == "zh" else " – "
        head = rendered.heading + (sep + rendered.title if rendered.title else "")
        return [head, rendered.text, ""]
