"""Cross-references: stored as tokens naming an id, rendered with the current article number.

A token is ``{{ref:TARGET}}`` (renders "Article 12" / "第十二条") or ``{{ref:TARGET|n}}``
(renders the number alone, for "Articles 12 and 14"). TARGET is a node id of the draft, or a
library clause id (``coe-ai-convention/art-34``) which resolves to the draft article derived
from that clause. A target absent from the draft is kept and rendered flagged, never dropped.
"""
from __future__ import annotations

import re

from .model import Draft, Node, NodeKind
from .labels import NUMBER_WORD_PATTERN, STYLE_OF_SAMPLE, numeral
from .numbering import Numbering, article_heading, chinese_numeral
from .ref_finder import RefSpan, find_references, find_references_zh

__all__ = ["TOKEN_RE", "RefSpan", "Resolver", "find_references", "find_references_zh", "targets", "tokenize"]

#: ``{{ref:TARGET}}``, ``{{ref:TARGET|n}}`` (the number alone), ``{{ref:TARGET|n|d}}`` (the number
#: alone in Arabic digits inside Chinese text, as "第1条" was printed).
TOKEN_RE = re.compile(r"\{\{ref:([^}|]+)(?:\|(n))?(\|d)?\}\}")


def tokenize(text: str, resolve, lang: str = "en") -> str:
    """Replace internal references in ``text`` by tokens.

    ``resolve(number) -> target or None`` maps a printed article number of the source
    instrument ("12", "12.17") to a target id; numbers it cannot resolve stay plain text. A
    number such as "28.1" that names no article but whose article "28" exists is a paragraph
    of that article: the token stands for "Article 28" and ".1" stays as printed.
    """
    spans = find_references_zh(text) if lang == "zh" else find_references(text)
    out: list[str] = []
    pos = 0
    for span in spans:
        number, end = span.number, span.end
        target = resolve(number)
        while target is None and "." in number:
            head, _, tail = number.rpartition(".")
            number, end = head, end - len(tail) - 1
            target = resolve(number)
        if not target:
            continue
        out.append(text[pos:span.start])
        flags = ("|n" if span.number_only else "") + ("|d" if span.digits and span.number_only else "")
        out.append("{{ref:%s%s}}" % (target, flags))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _printed_number(article, lang: str) -> str | None:
    """The number of an article whose label is kept as printed ("Article 2bis" -> "2bis")."""
    attrs = article.attrs
    if not attrs:
        return None
    for name in (("label_zh", "label") if lang == "zh" else ("label", "label_zh")):
        template = attrs.get(name)
        if template and "{" not in template:
            found = re.search(r"第\s*(.+?)\s*条", template) or re.search(r"(\d[\w.]*)\s*$", template) or \
                re.search(r"(?i:\s(" + NUMBER_WORD_PATTERN + r"))\s*$", template)      # "Article Twenty one"
            if found:
                return found.group(1)
    return None


_WORD_SAMPLE = re.compile(r"\{(ONE|One|one|FIRST|First|first)\}")


def _in_words(template: str | None, number: int, number_only: bool) -> str | None:
    """A reference to an article numbered in words, in running text: "Article Four", "Four"."""
    found = _WORD_SAMPLE.search(template or "")
    if found is None:
        return None
    style = STYLE_OF_SAMPLE[found.group(1)]
    words = numeral(number, "title-" + style.split("-", 1)[1])
    return words if number_only else f"Article {words}"


def targets(text: str) -> list[str]:
    """The target ids of every token in ``text``, in order."""
    return [m.group(1) for m in TOKEN_RE.finditer(text or "")]


class _ArticleNodes:
    """Article id -> node, read from a numbering and the draft's id index (nothing copied)."""

    def __init__(self, articles: dict[str, int], index: dict) -> None:
        self._articles, self._index = articles, index

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._articles

    def __getitem__(self, article_id: str) -> Node:
        return self._index[article_id][0]

    def __iter__(self):
        return iter(self._articles)


class Resolver:
    """Resolves reference targets of one draft to article nodes and current numbers."""

    def __init__(self, draft: Draft, numbering: Numbering | None = None,
                 clause_labels: dict[str, str] | None = None, index: dict | None = None):
        """``index``: the draft's id index (``Draft.index()``) as it stands, when the caller keeps
        one; with ``numbering`` it spares a walk over every element of a long draft."""
        self.draft = draft
        self.numbering = numbering or Numbering.of(draft)
        self.clause_labels = clause_labels or {}
        self._by_clause: dict[str, str] | None = None     # clause id -> first article from it, when asked
        if index is not None and numbering is not None:
            self._by_id = _ArticleNodes(self.numbering.articles, index)
        else:
            self._by_id = {a.id: a for a in draft.articles()}

    def article_id(self, target: str) -> str | None:
        """The draft article a target points to, or None if it is not in the draft."""
        if target in self._by_id:
            return target
        if self._by_clause is None:
            self._by_clause = {}
            for article_id in self._by_id:
                source = self._by_id[article_id].derived_from
                if source and source not in self._by_clause:
                    self._by_clause[source] = article_id
        return self._by_clause.get(target)

    def render_target(self, target: str, lang: str, number_only: bool, digits: bool = False) -> str:
        article_id = self.article_id(target)
        if article_id is not None:
            number = self.numbering.articles[article_id]
            article = self._by_id[article_id]
            template = article.attrs.get("label") if article.attrs else None
            if template and "{chap}" in template and lang != "zh":      # "Article 12.3"
                shown = self.numbering.label(article)
                return shown.rsplit(" ", 1)[-1] if number_only else shown
            if lang != "zh" and (words := _in_words(template, number, number_only)) is not None:
                return words
            printed = _printed_number(article, lang)
            if printed is not None:          # an article that keeps the label it was printed with
                template = self._by_id[article_id].attrs.get("label_zh" if lang == "zh" else "label")
                if number_only:
                    return printed
                if template and "{" not in template:
                    return template
                return f"第{printed}条" if lang == "zh" else f"Article {printed}"
            suffix = self.numbering.suffixes.get(article_id)
            if suffix:                       # inserted during a negotiation: "Article 25 bis"
                shown = self.numbering.label(article, lang)
                return shown.split(" ", 1)[-1] if number_only and lang != "zh" else shown
            if number_only:
                return str(number) if lang != "zh" or digits else chinese_numeral(number)
            return article_heading(number, lang)
        return "[" + self.absent_label(target, lang) + "]"

    def absent_label(self, target: str, lang: str) -> str:
        """How a reference to something not in the draft reads: its original citation."""
        source, _, local = target.partition("/")
        number = local.split("-", 1)[1] if "-" in local else local
        if not source or not number:
            return "missing provision" if lang != "zh" else "缺失条款"
        name = self.clause_labels.get(source, source)
        if lang == "zh":
            zh_number = chinese_numeral(int(number)) if number.isdigit() else number
            return f"{name}第{zh_number}条，不在本草案中"
        return f"Article {number} of {name}, not in this draft"

    def render(self, text: str, lang: str = "en") -> str:
        """Text with every token rendered."""
        if "{{" not in text:
            return text
        return TOKEN_RE.sub(lambda m: self.render_target(m.group(1), lang, bool(m.group(2)), bool(m.group(3))),
                            text)

    def unresolved(self) -> list[tuple[str, str]]:
        """(node id, target) for every reference whose target is not in the draft."""
        missing = []
        for node in self.draft.walk():
            for field_text in (node.text, node.text_zh):
                for target in targets(field_text):
                    if self.article_id(target) is None:
                        missing.append((node.id, target))
        return missing

    def article_of(self, node_id: str) -> str | None:
        """The id of the article that holds ``node_id`` (itself if it is an article)."""
        index = self.draft.index()
        while node_id in index:
            node, parent = index[node_id]
            if node.kind is NodeKind.ARTICLE:
                return node.id
            if parent is None:
                return None
            node_id = parent.id
        return None
