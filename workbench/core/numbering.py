"""Numbers computed from position, rendered in English ("Article 12") and Chinese ("第十二条")."""
from __future__ import annotations

from dataclasses import dataclass

from .model import Draft, Node, NodeKind

_ZH_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """Chinese numeral as used in treaty headings: 12 -> 十二, 20 -> 二十, 105 -> 一百零五."""
    if n < 0:
        raise ValueError("negative numbers are not numbered")
    if n < 10:
        return _ZH_DIGITS[n]
    if n < 20:
        return "十" + (_ZH_DIGITS[n - 10] if n % 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return _ZH_DIGITS[tens] + "十" + (_ZH_DIGITS[ones] if ones else "")
    if n < 10000:
        parts = []
        units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
        zero_pending = False
        started = False
        for value, name in units:
            digit = (n // value) % 10
            if digit == 0:
                zero_pending = started
                continue
            if zero_pending:
                parts.append("零")
                zero_pending = False
            parts.append(_ZH_DIGITS[digit] + name)
            started = True
        return "".join(parts)
    return str(n)


def roman(n: int) -> str:
    """Upper-case roman numeral (chapter numbers)."""
    if n <= 0:
        return str(n)
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for value, letters in table:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def letter(n: int) -> str:
    """a, b, … z, aa, bb … (sub-paragraph letters as treaties print them)."""
    if n <= 0:
        return str(n)
    base = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return base * ((n - 1) // 26 + 1)


def article_heading(number: int, lang: str = "en") -> str:
    return f"第{chinese_numeral(number)}条" if lang == "zh" else f"Article {number}"


def chapter_heading(number: int, lang: str = "en") -> str:
    return f"第{chinese_numeral(number)}章" if lang == "zh" else f"Chapter {roman(number)}"


def paragraph_label(number: int, lang: str = "en") -> str:
    return f"{number}." if lang != "zh" else f"{chinese_numeral(number)}、"


def subparagraph_label(number: int, depth: int, lang: str = "en") -> str:
    """Depth 1: (a) / （一）; depth 2: (i) / 1."""
    if depth <= 1:
        return f"（{chinese_numeral(number)}）" if lang == "zh" else f"({letter(number)})"
    return f"{number}." if lang == "zh" else f"({roman(number).lower()})"


@dataclass(frozen=True)
class Numbering:
    """The computed numbers of every numbered node of a draft (a value, recomputed after edits)."""

    articles: dict[str, int]
    chapters: dict[str, int]
    paragraphs: dict[str, int]          # numbered paragraphs only
    subparagraphs: dict[str, tuple[int, int]]  # id -> (number, depth)

    @classmethod
    def of(cls, draft: Draft) -> "Numbering":
        articles: dict[str, int] = {}
        chapters: dict[str, int] = {}
        paragraphs: dict[str, int] = {}
        subs: dict[str, tuple[int, int]] = {}

        def number_subs(node: Node, depth: int) -> None:
            for i, sub in enumerate(node.children, start=1):
                subs[sub.id] = (i, depth)
                number_subs(sub, depth + 1)

        def number_article(article: Node) -> None:
            articles[article.id] = len(articles) + 1
            count = 0
            for para in article.children:
                if para.numbered:
                    count += 1
                    paragraphs[para.id] = count
                number_subs(para, 1)

        for top in draft.children:
            if top.kind is NodeKind.CHAPTER:
                chapters[top.id] = len(chapters) + 1
                for article in top.children:
                    number_article(article)
            elif top.kind is NodeKind.ARTICLE:
                number_article(top)
        return cls(articles, chapters, paragraphs, subs)

    def label(self, node: Node, lang: str = "en") -> str:
        """The label a reader sees for ``node`` ("Article 3", "Chapter II", "2.", "(b)")."""
        if node.id in self.articles:
            return article_heading(self.articles[node.id], lang)
        if node.id in self.chapters:
            return chapter_heading(self.chapters[node.id], lang)
        if node.id in self.paragraphs:
            return paragraph_label(self.paragraphs[node.id], lang)
        if node.id in self.subparagraphs:
            number, depth = self.subparagraphs[node.id]
            return subparagraph_label(number, depth, lang)
        return ""
