"""Numbers computed from position, rendered in English ("Article 12") and Chinese ("第十二条").

Articles are numbered through the whole body; divisions (``CHAPTER`` nodes: parts, chapters,
sections … at any level) among the siblings printed with the same word, annexes among the
annexes, paragraphs within their article (or annex), sub-paragraphs within their parent. How a
label is printed comes from the node's label template (``attrs["label"]`` / ``attrs["label_zh"]``,
see ``labels``), else from the defaults below, which are the workbench's own style.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .labels import chinese_numeral, key, letter, render, roman
from .model import Draft, Node, NodeKind

__all__ = ["Numbering", "article_heading", "chapter_heading", "chinese_numeral", "letter", "roman",
           "paragraph_label", "subparagraph_label", "default_template", "division_templates", "FIXED",
           "latin_suffix", "with_suffix"]

#: During a negotiation (``draft.meta[FIXED]``) articles and their paragraphs keep the numbers
#: stored in ``attrs["fixed_number"]``; one inserted after Article 25 is "Article 25 bis" (第二十五条之二)
#: until the draft is renumbered for the final text (``core.negotiation``).
FIXED = "fixed_numbers"
_LATIN = ("", "", "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies",
          "undecies", "duodecies")
_LAST_DIGITS = re.compile(r"(\d+)(?!.*\d)")


def latin_suffix(k: int) -> str:
    """2 -> bis, 3 -> ter … (the second, third … article bearing one number)."""
    return _LATIN[k] if k < len(_LATIN) else f"{k}"


def with_suffix(label: str, k: int, lang: str) -> str:
    """"Article 25" -> "Article 25 bis", "2." -> "2 bis."; "第二十五条" -> "第二十五条之二", "二、" -> "二之二、"."""
    if lang == "zh":
        tail = "之" + chinese_numeral(k)
        return label[:-1] + tail + label[-1] if label[-1:] in ("、", ".", "．") else label + tail
    word = latin_suffix(k)
    if _LAST_DIGITS.search(label):
        return _LAST_DIGITS.sub(lambda m: f"{m.group(1)} {word}", label, count=1)
    return f"{label} {word}"

#: The workbench's own label of each kind of node, in English and Chinese.
DEFAULTS = {
    NodeKind.ARTICLE: ("Article {1}", "第{一}条"),
    NodeKind.CHAPTER: ("Chapter {I}", "第{一}章"),
    NodeKind.ANNEX: ("Annex {1}", "附件{一}"),
    NodeKind.PARAGRAPH: ("{1}.", "{一}、"),
}
_SUB_DEFAULTS = {1: ("({a})", "（{一}）"), 2: ("({i})", "{1}.")}

#: A division word in one language and the label the other language gives it.
_DIVISION_WORDS = (
    ("part", "Part {I}", "第{一}部分"), ("chapter", "Chapter {I}", "第{一}章"),
    ("subsection", "Sub-section {1}", "第{一}小节"), ("sub-section", "Sub-section {1}", "第{一}小节"),
    ("section", "Section {1}", "第{一}节"), ("title", "Title {I}", "第{一}编"),
    ("book", "Book {I}", "第{一}卷"), ("division", "Division {1}", "第{一}分部"),
    ("subpart", "Sub-part {1}", "第{一}分部分"), ("subdivision", "Sub-division {1}", "第{一}目"),
    ("annex", "Annex {1}", "附件{一}"), ("appendix", "Appendix {1}", "附录{一}"),
    ("schedule", "Schedule {1}", "附表{一}"), ("article", "Article {1}", "第{一}条"),
)
_ZH_DIVISION_WORDS = (("部分", "Part {I}"), ("分编", "Sub-part {1}"), ("编", "Part {I}"), ("章", "Chapter {I}"),
                      ("小节", "Sub-section {1}"), ("节", "Section {1}"), ("目", "Sub-division {1}"),
                      ("卷", "Book {I}"), ("附件", "Annex {1}"), ("附录", "Appendix {1}"), ("附表", "Schedule {1}"),
                      ("条", "Article {1}"))


def division_templates(template: str, lang: str) -> tuple[str, str]:
    """(English, Chinese) templates of a division printed with ``template`` in ``lang``: the
    printed one, and the workbench's label of the same kind of division in the other language."""
    if lang == "zh":
        other = next((en for word, en in _ZH_DIVISION_WORDS if word in template), "")
        if not other:
            other = "{I}." if template.startswith("{") else "Chapter {I}"
        if "{" not in template:
            other = other.split(" {")[0]
        return other, template
    low = template.lower().replace(" ", "")
    other = next((zh for word, _en, zh in _DIVISION_WORDS if low.startswith(word)), "")
    if not other:
        other = "{一}、" if template.startswith("{") else "第{一}章"
    if "{" not in template:                  # printed without a number ("ANNEX"): none in Chinese either
        other = other.replace("第{一}", "").replace("{一}", "")
    return template, other


def default_template(node: Node, lang: str, depth: int = 0) -> str:
    zh = lang == "zh"
    if node.kind is NodeKind.SUBPARAGRAPH:
        return _SUB_DEFAULTS[min(depth, 2) or 1][zh]
    pair = DEFAULTS.get(node.kind)
    return pair[zh] if pair else ""


def template_of(node: Node, lang: str, depth: int = 0) -> str:
    """The label template of ``node`` in ``lang`` (its own, else the default)."""
    attrs = node.attrs
    if attrs:
        own = attrs.get("label_zh" if lang == "zh" else "label")
        if own is not None:
            return own
    return default_template(node, lang, depth)


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


#: The elements whose paragraphs are numbered among themselves.
_CONTAINERS = (NodeKind.ARTICLE, NodeKind.CHAPTER, NodeKind.ANNEX, NodeKind.CLOSING)


@dataclass(frozen=True)
class Numbering:
    """The computed numbers of every numbered node of a draft (a value, recomputed after edits)."""

    articles: dict[str, int]
    chapters: dict[str, int]            # every division, numbered among its same-named siblings
    paragraphs: dict[str, int]          # numbered paragraphs only
    subparagraphs: dict[str, tuple[int, int]]  # id -> (number, depth)
    annexes: dict[str, int] = field(default_factory=dict)
    holder: dict[str, str] = field(default_factory=dict)   # paragraph id -> its article's id
    place: dict[str, tuple[int, int]] = field(default_factory=dict)  # article -> (its division's number, rank in it)
    suffixes: dict[str, int] = field(default_factory=dict)  # inserted during a negotiation: 2 = bis, 3 = ter …

    @classmethod
    def of(cls, draft: Draft) -> "Numbering":
        return cls._work_out(draft)

    @classmethod
    def after(cls, old: "Numbering", draft: Draft, change, index: dict) -> "Numbering":
        """The numbering of ``draft`` after ``change`` (a ``core.edits.Change``), worked out from
        ``old`` (its numbering before): articles, divisions and annexes are numbered again, the
        paragraphs only of the articles the change touched. ``index`` is the draft's id index as
        it stands (``Draft.index()``). Equal, on every element of the draft, to ``of(draft)``
        (entries of elements no longer in the draft may stay behind)."""
        if change.reloaded or change.foreign or change.draft_fields:
            return cls.of(draft)
        touched: set[str] = set()            # (a removal reorders the parent it left)
        for node_id in change.upserted | change.reordered:
            if node_id is None:
                continue
            while True:                         # up to the article (or other container) holding it
                entry = index.get(node_id)
                if entry is None:
                    return cls.of(draft)
                node, parent = entry
                if node.kind in _CONTAINERS or parent is None:
                    touched.add(node.id)
                    break
                node_id = parent.id
        return cls._work_out(draft, old, touched)

    @classmethod
    def _work_out(cls, draft: Draft, old: "Numbering | None" = None,
                  touched: set[str] | None = None) -> "Numbering":
        """Number the draft; with ``old``, an article not in ``touched`` keeps its paragraphs' numbers."""
        articles: dict[str, int] = {}
        chapters: dict[str, int] = {}
        paragraphs: dict[str, int] = dict(old.paragraphs) if old else {}
        subs: dict[str, tuple[int, int]] = dict(old.subparagraphs) if old else {}
        annexes: dict[str, int] = {}
        holder: dict[str, str] = dict(old.holder) if old else {}
        place: dict[str, tuple[int, int]] = {}
        suffixes: dict[str, int] = {}
        if old:                                 # paragraphs' suffixes kept; articles' given again
            suffixes = {k: v for k, v in old.suffixes.items() if k not in old.articles}
        fixed = bool(draft.meta.get(FIXED))
        last_article = [0, 1]               # negotiation numbering: last fixed number, its next suffix
        in_division: dict[str, int] = {}
        running: dict[tuple[int, str], int] = {}     # (depth, key) -> last number, for "continue"

        def forget(container: Node, whole: bool = False) -> None:
            """Drop the numbers kept for ``container``'s paragraphs (about to be given again)."""
            if old is None:
                return
            for child in container.children:
                if whole or child.kind is NodeKind.PARAGRAPH:
                    for node in child.walk():
                        paragraphs.pop(node.id, None)
                        subs.pop(node.id, None)
                        holder.pop(node.id, None)
                        suffixes.pop(node.id, None)

        def number_subs(node: Node, depth: int) -> None:
            count = 0
            for sub in node.children:
                if sub.numbered:         # an unnumbered one is text closing the list above it
                    count += 1
                    subs[sub.id] = (count, depth)
                if sub.children:
                    number_subs(sub, depth + 1)

        def number_paragraphs(container: Node, article: str | None, start: int = 0, frozen: bool = False) -> int:
            forget(container)
            count, suffix = start, 1
            for para in container.children:
                if para.kind is not NodeKind.PARAGRAPH:
                    continue
                if para.numbered:
                    own = para.attrs.get("fixed_number") if frozen and para.attrs else None
                    if own:
                        count, suffix = own, 1
                    elif frozen:
                        suffix += 1
                        suffixes[para.id] = suffix
                    else:
                        count += 1
                    paragraphs[para.id] = count
                if article is not None:
                    holder[para.id] = article
                if para.children:
                    number_subs(para, 1)
            return count

        annex_paragraphs = [0]              # paragraphs run on through an annex's divisions

        def walk(nodes: list[Node], depth: int, in_annex: bool = False, division: Node | None = None) -> None:
            counts: dict[str, int] = {}
            for node in nodes:
                kind = node.kind
                if kind is NodeKind.ARTICLE:
                    again = old is None or in_annex or node.id in touched
                    if fixed:
                        own = node.attrs.get("fixed_number") if node.attrs else None
                        if own:
                            last_article[:] = [own, 1]
                        else:
                            last_article[1] += 1
                            suffixes[node.id] = last_article[1]
                        articles[node.id] = last_article[0]
                        if again:
                            number_paragraphs(node, node.id, frozen=bool(own))
                    else:
                        articles[node.id] = len(articles) + 1
                        if again:
                            number_paragraphs(node, node.id)
                    if division is not None:
                        in_division[division.id] = in_division.get(division.id, 0) + 1
                        place[node.id] = (chapters.get(division.id, 0), in_division[division.id])
                elif kind is NodeKind.CHAPTER or kind is NodeKind.ANNEX:
                    attrs = node.attrs
                    word = key(attrs.get("label") or attrs.get("label_zh") or "") if attrs else ""
                    counts[word] = counts.get(word, 0) + 1
                    number = counts[word]
                    if attrs and attrs.get("continue"):
                        number = running.get((depth, word), 0) + 1
                    running[(depth, word)] = number
                    (chapters if kind is NodeKind.CHAPTER else annexes)[node.id] = number
                    if kind is NodeKind.ANNEX:
                        annex_paragraphs[0] = 0
                        forget(node, whole=True)
                    inside = in_annex or kind is NodeKind.ANNEX
                    walk(node.children, depth + 1, inside, node if kind is NodeKind.CHAPTER else None)
                    if not inside:
                        number_paragraphs(node, None)
                elif kind is NodeKind.PARAGRAPH and in_annex:
                    if node.numbered:
                        annex_paragraphs[0] += 1
                        paragraphs[node.id] = annex_paragraphs[0]
                    if node.children:
                        number_subs(node, 1)
                elif kind is NodeKind.CLOSING:
                    number_paragraphs(node, None)

        walk(draft.children, 0)
        # The nested functions refer to one another (and walk to itself) through closure cells: a
        # reference cycle that would keep every table above alive until the cyclic collector's
        # next full pass, whose cost on a long draft was felt (review F15). Cut it.
        walk = number_paragraphs = number_subs = forget = None  # noqa: F811, F841
        return cls(articles, chapters, paragraphs, subs, annexes, holder, place, suffixes)

    def number(self, node: Node) -> int | None:
        """The computed number of ``node`` (None when it has none)."""
        for table in (self.articles, self.chapters, self.paragraphs, self.annexes):
            if node.id in table:
                return table[node.id]
        if node.id in self.subparagraphs:
            return self.subparagraphs[node.id][0]
        return None

    def label(self, node: Node, lang: str = "en") -> str:
        """The label a reader sees for ``node`` ("Article 3", "Chapter II", "SECTION A", "2.", "(b)")."""
        depth = 0
        if node.id in self.subparagraphs:
            number, depth = self.subparagraphs[node.id]
        else:
            number = self.number(node)
            if number is None:
                return ""
        template = template_of(node, lang, depth)
        if "{chap}" in template and node.id in self.place:         # "Article 12.3": numbered in its chapter
            chapter, number = self.place[node.id]
            return render(template, number, chapter=chapter)
        label = render(template, number, self.articles.get(self.holder.get(node.id, "")))
        suffix = self.suffixes.get(node.id) if self.suffixes else None
        return with_suffix(label, suffix, lang) if suffix and label else label
