"""Comparable article texts: cross-references rendered by id, so renumbering never looks like a change.

Each side of a comparison is turned into ``ComparedArticle`` records whose lines hold
references as placeholders ``⟦R:<article id>⟧`` (``⟦R:<id>|n⟧`` for a bare number, ``|d`` for
Arabic digits in Chinese). A file imported from Word or Akoma Ntoso may still have printed
numbers instead of tokens ("Article 12", "第十二条"); those are turned into placeholders for the
article printed with that number in the same file, so both sides speak of articles, not of numbers.

Each article keeps its own side's heading as printed ("Article 13" where a file still says 13
after a move) and can be matched in English or in Chinese (``ComparedSide.use_language``):
Chinese is compared by characters and pairs of characters, so a Chinese-only text aligns with a
bilingual one.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .model import Draft, Node, NodeKind
from .numbering import Numbering, article_heading
from .references import TOKEN_RE, Resolver, find_references
from .structure import closing_blocks
from .textdiff import normalize_space, word_set

PLACEHOLDER_RE = re.compile(r"⟦R:([^|⟧]+)((?:\|[nd])*)⟧")
_LATIN_RE = re.compile(r"[A-Za-z]{2,}[\s,;:]+[A-Za-z]{2,}")
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
_DIGITS_RE = re.compile(r"\d+")
#: Ids the workbench itself makes (``new_id``); other ids (``art_12``) may encode a position.
STABLE_ID_RE = re.compile(r"^[a-z][0-9a-f]{12}$")
_ZH_REF_RE = re.compile(r"(?<!》)第([〇零一二两三四五六七八九十百千]+|\d+)条")
_ZH_VALUES = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}


def parse_chinese_numeral(text: str) -> int | None:
    """十二 -> 12, 一百零五 -> 105, 二十 -> 20; None if ``text`` is not a numeral."""
    if text.isdigit():
        return int(text)
    total, digit = 0, None
    for char in text:
        if char in _ZH_VALUES:
            digit = _ZH_VALUES[char]
        elif char in _ZH_UNITS:
            total += (1 if digit is None else digit) * _ZH_UNITS[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


@dataclass(eq=False)
class ComparedArticle:
    """One article (or the preamble) of one side, ready to be aligned and compared."""

    node: Node
    index: int                      # position among the side's articles, from 0
    number: int                     # 0 for the preamble
    heading: str
    heading_zh: str
    title: str
    title_zh: str
    chapter: str | None             # id of the chapter holding it
    keys: tuple                     # (identity kept across proposals: origin or id, own id)
    lines: list[str]                # canonical English lines (placeholders for references)
    lines_zh: list[str] | None      # canonical Chinese lines, None if the article has no Chinese
    derived_from: str | None = None
    printed: str = ""               # the number it is printed with ("13"), for texts sharing no language
    lang: str = "en"                # the language it is matched in (``ComparedSide.use_language``)
    _match: str | None = field(default=None, repr=False)
    _words: frozenset | None = field(default=None, repr=False)

    @property
    def id(self) -> str:
        return self.node.id

    def use_language(self, lang: str) -> None:
        if lang != self.lang:
            self.lang, self._match, self._words = lang, None, None

    @property
    def match_title(self) -> str:
        return (self.title_zh if self.lang == "zh" else self.title).lower()

    @property
    def match_text(self) -> str:
        """Title and text in the matching language, references neutralised, lower-cased: for hashing
        and similarity."""
        if self._match is None:
            lines = (self.lines_zh or []) if self.lang == "zh" else self.lines
            body = PLACEHOLDER_RE.sub("⟦R⟧", "\n".join(lines))
            self._match = (self.match_title + "\n" + body.lower())
        return self._match

    @property
    def digest(self) -> str:
        return hashlib.blake2b(self.match_text.encode(), digest_size=12).hexdigest()

    @property
    def words(self) -> frozenset:
        if self._words is None:
            self._words = word_set(self.match_text)
        return self._words

    def ref(self) -> dict:
        return {"id": self.node.id, "number": self.number or None, "heading": self.heading,
                "title": self.title}


class ComparedSide:
    """One draft prepared for comparison (a version, a draft, or an imported file)."""

    def __init__(self, draft: Draft, label: str = "", plain_refs: bool = False,
                 clause_labels: dict[str, str] | None = None):
        self.draft, self.label, self.plain_refs = draft, label, plain_refs
        self.numbering = Numbering.of(draft)
        self.resolver = Resolver(draft, self.numbering, clause_labels)
        self.by_number = {n: aid for aid, n in self.numbering.articles.items()}
        chapter_of: dict[str, str] = {}          # article -> the innermost division holding it

        def visit(nodes: list[Node], holder: str | None) -> None:
            for node in nodes:
                if node.kind is NodeKind.CHAPTER:
                    visit(node.children, node.id)
                elif node.kind is NodeKind.ARTICLE and holder:
                    chapter_of[node.id] = holder

        visit(draft.children, None)
        self.chapter_titles = {c.id: normalize_space(c.title) for c in draft.chapters()}
        self.divisions = {c.id: (_keys(c), (normalize_space(c.title) or normalize_space(c.title_zh)).lower(), i)
                          for i, c in enumerate(draft.chapters())}
        self.articles = [self._article(node, i, chapter_of.get(node.id))
                         for i, node in enumerate(draft.articles())]
        self.by_number = {int(a.printed): a.id for a in reversed(self.articles) if a.printed.isdigit()}
        if self.plain_refs:               # printed numbers in the text: read them again with the labels known
            self.articles = [self._article(a.node, a.index, a.chapter) for a in self.articles]
        self.preamble = self._preamble()
        self.parts = self._parts()
        texts = [n for a in self.articles for n in a.node.walk()]
        self.languages = {lang for lang, present in (
            ("en", any(_LATIN_RE.search(n.text) or _LATIN_RE.search(n.title) for n in texts)),
            ("zh", any(_HAN_RE.search(n.text_zh) or _HAN_RE.search(n.title_zh) for n in texts))) if present}

    def use_language(self, lang: str) -> None:
        """Match this side's articles in ``lang`` ("en" or "zh")."""
        for article in self.articles:
            article.use_language(lang)

    # ----- canonical text -----------------------------------------------------------------
    def canon(self, raw: str, lang: str) -> str:
        """``raw`` node text with references as placeholders (tokens, and printed numbers of files)."""
        if not raw:
            return ""
        if "{{" not in raw:
            return self._plain(raw, lang) if self.plain_refs else raw
        out, pos = [], 0
        for match in TOKEN_RE.finditer(raw):
            plain = raw[pos:match.start()]
            out.append(self._plain(plain, lang) if self.plain_refs else plain)
            target, number_only = match.group(1), bool(match.group(2))
            article_id = self.resolver.article_id(target)
            digits = bool(match.group(3)) if match.re.groups >= 3 else False
            if article_id is None:
                out.append(self.resolver.render_target(target, lang, number_only))
            else:
                out.append(f"⟦R:{article_id}{'|n' if number_only else ''}{'|d' if digits else ''}⟧")
            pos = match.end()
        tail = raw[pos:]
        out.append(self._plain(tail, lang) if self.plain_refs else tail)
        return "".join(out)

    def _plain(self, text: str, lang: str) -> str:
        """Printed internal references ("Article 12", "第十二条") as placeholders."""
        if lang == "zh" or "第" in text:
            text = _ZH_REF_RE.sub(self._zh_ref, text)
        if "rticle" not in text:
            return text
        out, pos = [], 0
        for span in find_references(text):
            if not span.number.isdigit() or int(span.number) not in self.by_number:
                continue
            article_id = self.by_number[int(span.number)]
            out.append(text[pos:span.start])
            out.append(f"⟦R:{article_id}{'|n' if span.number_only else ''}⟧")
            pos = span.end
        out.append(text[pos:])
        return "".join(out)

    def _zh_ref(self, match: re.Match) -> str:
        number = parse_chinese_numeral(match.group(1))
        if number is None or number not in self.by_number:
            return match.group(0)
        return f"⟦R:{self.by_number[number]}{'|d' if match.group(1).isdigit() else ''}⟧"

    def _node_lines(self, node: Node, lang: str, out: list[str]) -> None:
        if node.text_zh:
            self._saw_zh = True
        label = self.numbering.label(node, lang)
        raw = node.text_zh if lang == "zh" and node.text_zh else node.text
        body = self.canon(raw, "zh" if lang == "zh" and node.text_zh else "en")
        text = normalize_space(f"{label} {body}" if label else body)
        if text:
            out.extend(text.split("\n"))
        for child in node.children:
            self._node_lines(child, lang, out)

    def _article(self, node: Node, index: int, chapter: str | None) -> ComparedArticle:
        lines: list[str] = []
        self._saw_zh = False
        for child in node.children:
            self._node_lines(child, "en", lines)
        lines_zh = None
        if node.title_zh or self._saw_zh:
            lines_zh = []
            for child in node.children:
                self._node_lines(child, "zh", lines_zh)
        number = self.numbering.articles[node.id]
        heading = self.numbering.label(node, "en") or article_heading(number)
        heading_zh = self.numbering.label(node, "zh") or article_heading(number, "zh")
        printed = _DIGITS_RE.findall(heading)
        return ComparedArticle(
            node=node, index=index, number=number, heading=heading, heading_zh=heading_zh,
            title=normalize_space(node.title), title_zh=normalize_space(node.title_zh), chapter=chapter,
            keys=_keys(node), lines=lines, lines_zh=lines_zh, derived_from=node.derived_from,
            printed=printed[-1] if printed else str(number))

    def _preamble(self) -> ComparedArticle | None:
        preamble = self.draft.preamble()
        if preamble is None or not preamble.children:
            return None
        lines: list[str] = []
        lines_zh: list[str] = []
        for recital in preamble.children:
            self._node_lines(recital, "en", lines)
            if recital.text_zh:
                self._node_lines(recital, "zh", lines_zh)
        return ComparedArticle(node=preamble, index=-1, number=0, heading="Preamble", heading_zh="序言",
                               title="", title_zh="", chapter=None, keys=(preamble.id,), lines=lines,
                               lines_zh=lines_zh or None)

    def _parts(self) -> list[ComparedArticle]:
        """The closing formula and each annex, compared like articles (after them)."""
        parts: list[ComparedArticle] = []
        closing = self.draft.closing()
        legacy = closing is None and (self.draft.meta.get("closing") or self.draft.meta.get("closing_zh"))
        if closing is not None or legacy:
            holder = closing or Node(kind=NodeKind.CLOSING, children=[
                Node(kind=NodeKind.PARAGRAPH, numbered=False, text=en, text_zh=zh)
                for en, zh in closing_blocks(self.draft)])
            parts.append(self._part(holder, "Closing", "结尾", "closing"))
        for annex in self.draft.annexes():
            parts.append(self._part(annex, self.numbering.label(annex), self.numbering.label(annex, "zh"),
                                    "annex:" + normalize_space(self.numbering.label(annex)).lower()))
        return parts

    def _part(self, node: Node, heading: str, heading_zh: str, key: str) -> ComparedArticle:
        lines: list[str] = []
        lines_zh: list[str] = []
        self._saw_zh = False

        def visit(container: Node, lang: str, out: list[str]) -> None:
            for child in container.children:
                if child.kind is NodeKind.CHAPTER:
                    label = self.numbering.label(child, lang)
                    title = child.title_zh if lang == "zh" and child.title_zh else child.title
                    out.append(normalize_space(f"{label} {title}"))
                    visit(child, lang, out)
                else:
                    self._node_lines(child, lang, out)

        visit(node, "en", lines)
        if self._saw_zh or node.title_zh:
            visit(node, "zh", lines_zh)
        return ComparedArticle(node=node, index=-1, number=0, heading=heading, heading_zh=heading_zh,
                               title=normalize_space(node.title), title_zh=normalize_space(node.title_zh),
                               chapter=None, keys=(key,), lines=lines, lines_zh=lines_zh or None)

    # ----- rendering back -----------------------------------------------------------------
    def reference(self, article_id: str, lang: str, flags: str) -> str:
        """How this side prints a reference to one of its articles (``flags``: "|n", "|d" as in tokens)."""
        return self.resolver.render_target(article_id, lang, "|n" in flags, "|d" in flags)


def _keys(node: Node) -> tuple:
    """(identity kept across proposals: origin or id, own id) of a node, for ids the workbench made."""
    own = node.id if STABLE_ID_RE.match(node.id) else None
    origin = node.attrs.get("origin") or own
    return (origin, own) if origin else ()
