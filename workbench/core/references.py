"""Cross-references: stored as tokens naming an id, rendered with the current article number.

A token is ``{{ref:TARGET}}`` (renders "Article 12" / "第十二条") or ``{{ref:TARGET|n}}``
(renders the number alone, for "Articles 12 and 14"). TARGET is a node id of the draft, or a
library clause id (``coe-ai-convention/art-34``) which resolves to the draft article derived
from that clause. A target absent from the draft is kept and rendered flagged, never dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Draft, NodeKind
from .numbering import Numbering, article_heading, chinese_numeral

TOKEN_RE = re.compile(r"\{\{ref:([^}|]+)(?:\|(n))?\}\}")

# "Article 23", "Article 12.17"; not followed by "of the Statute", "of the GATS" …
_NUM = r"(\d+(?:\.\d+)?)"
_EXTERNAL_AFTER = re.compile(
    r"^(?:\.[a-z]\b)?"
    r"(?:,?\s*(?:paragraphs?|para\.|sub-?paragraphs?)\s+[\w()]+"
    r"(?:\s*(?:,|and)\s*(?:sub-?paragraphs?\s+)?[\w()]+)*)?"
    r",?\s+of\s+(?:the\s+)?(?!this\b)[A-Z(]")
_SINGLE_EN = re.compile(r"\bArticle\s+" + _NUM + r"(?![\d.]*\d)")
_PLURAL_EN = re.compile(r"\bArticles\s+" + _NUM + r"((?:\s*(?:,|and|or|to|through)\s*" + _NUM + r")+)")


@dataclass(frozen=True)
class RefSpan:
    """A reference found in plain source text."""

    start: int
    end: int
    number: str
    number_only: bool


def _is_external(text: str, end: int) -> bool:
    return bool(_EXTERNAL_AFTER.match(text[end:end + 80]))


def find_references(text: str) -> list[RefSpan]:
    """Internal article references in English source text ("Article 34", "Articles 13 and 25")."""
    spans: list[RefSpan] = []
    taken: list[tuple[int, int]] = []
    for match in _PLURAL_EN.finditer(text):
        tail_end = match.end()
        if _is_external(text, tail_end):
            continue
        taken.append((match.start(), tail_end))
        spans.append(RefSpan(match.start(1), match.end(1), match.group(1), True))
        tail_start = match.start(2)
        for num in re.finditer(_NUM, match.group(2)):
            spans.append(RefSpan(tail_start + num.start(), tail_start + num.end(), num.group(1), True))
    for match in _SINGLE_EN.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        if _is_external(text, match.end()):
            continue
        spans.append(RefSpan(match.start(), match.end(), match.group(1), False))
    return sorted(spans, key=lambda span: span.start)


def tokenize(text: str, resolve) -> str:
    """Replace internal references in ``text`` by tokens.

    ``resolve(number) -> target or None`` maps a printed article number of the source
    instrument to a target id; numbers it cannot resolve stay plain text.
    """
    out: list[str] = []
    pos = 0
    for span in find_references(text):
        target = resolve(span.number)
        if not target:
            continue
        out.append(text[pos:span.start])
        out.append("{{ref:%s%s}}" % (target, "|n" if span.number_only else ""))
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


def targets(text: str) -> list[str]:
    """The target ids of every token in ``text``, in order."""
    return [m.group(1) for m in TOKEN_RE.finditer(text or "")]


class Resolver:
    """Resolves reference targets of one draft to article nodes and current numbers."""

    def __init__(self, draft: Draft, numbering: Numbering | None = None,
                 clause_labels: dict[str, str] | None = None):
        self.draft = draft
        self.numbering = numbering or Numbering.of(draft)
        self._by_id = {a.id: a for a in draft.articles()}
        self._by_clause: dict[str, str] = {}
        for article in draft.articles():
            if article.derived_from and article.derived_from not in self._by_clause:
                self._by_clause[article.derived_from] = article.id
        self.clause_labels = clause_labels or {}

    def article_id(self, target: str) -> str | None:
        """The draft article a target points to, or None if it is not in the draft."""
        if target in self._by_id:
            return target
        return self._by_clause.get(target)

    def render_target(self, target: str, lang: str, number_only: bool) -> str:
        article_id = self.article_id(target)
        if article_id is not None:
            number = self.numbering.articles[article_id]
            if number_only:
                return str(number) if lang != "zh" else chinese_numeral(number)
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
        return TOKEN_RE.sub(lambda m: self.render_target(m.group(1), lang, bool(m.group(2))), text)

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
