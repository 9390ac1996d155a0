"""One check of one draft: its articles analysed and numbered, hits per criterion, aspect states.

Rules read a ``DraftContext``; to predict what adding a library clause would change, the
context is ``extended`` with that clause's analysis (shared state, no copy of the draft).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from ..core.model import Draft, Node, NodeKind
from ..core.closing_forms import is_closing
from ..core.labels import NUMBER_WORD_PATTERN, number_word_value, parse_chinese_numeral
from ..core.numbering import Numbering, article_heading
from ..core.references import Resolver
from ..core.structure import closing_blocks, text_with_notes
from .analysis import ArticleContent, Hit, title_hits
from .criteria import STRENGTH_ORDER, Aspect, Criterion
from .elements import Occurrence, by_kind, matches, operative_recital, parse_spec, profile
from .findings import Evidence
from .library_index import LibraryIndex
from .matcher import normalise


_PRINTED_ARTICLE = re.compile(r"\s*(?:art(?:icle|\.)?\s*(?:no\.?\s*)?(?:the\s+)?(?:\(\s*)?(\d+|" + NUMBER_WORD_PATTERN
                              + r")(?:\s*\))?|(" + NUMBER_WORD_PATTERN + r")\s+article)\s*", re.IGNORECASE)
_PRINTED_ARTICLE_ZH = re.compile(r"\s*第(.+?)条\s*")


def article_number(node: Node, numbering: Numbering) -> int | None:
    """The number an article is cited by: the one printed when the import kept its label as printed
    ("Article 15" after "Article 13": a text that skips a number, an extract), else its position.
    Labels that are templates ("Article {1}") or number within chapters ("Article 12.1") follow the
    position."""
    attrs = node.attrs or {}
    label, label_zh = attrs.get("label") or "", attrs.get("label_zh") or ""
    if label and "{" not in label and (m := _PRINTED_ARTICLE.fullmatch(label)):
        number = m.group(1) or m.group(2)
        if number.isdigit():
            return int(number)
        return number_word_value(number)[0]              # "Article Twenty one", "First Article", as printed
    if label_zh and "{" not in label_zh and (m := _PRINTED_ARTICLE_ZH.fullmatch(label_zh)):
        value = parse_chinese_numeral(m.group(1))
        if value:
            return value
    return numbering.articles.get(node.id)


@dataclass
class ArticleRef:
    """An article of the draft (or a library clause being tried as a suggestion)."""

    id: str
    number: int | None
    node: Node | None
    content: ArticleContent
    chapter_id: str | None = None
    chapter_title: str = ""
    source: str = ""
    suggested: str = ""          # clause id when this is a simulated addition
    label: str = ""              # "Preamble" / "Closing formula" for the parts that are not articles
    label_zh: str = ""

    @property
    def title(self) -> str:
        return self.content.title

    def heading(self, lang: str = "en") -> str:
        if self.number is None:
            if self.label:
                return self.label_zh if lang == "zh" and self.label_zh else self.label
            return self.suggested or "?"
        return article_heading(self.number, lang)


@dataclass
class AspectState:
    """How far one aspect of a criterion is present in the draft."""

    aspect: Aspect
    hits: list[tuple[ArticleRef, Hit]] = field(default_factory=list)
    full_hits: list[tuple[ArticleRef, Hit]] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return bool(self.hits)

    @property
    def full(self) -> bool:
        if self.aspect.partial_only:
            return False
        distinct = {h.phrase for _a, h in self.full_hits}
        return len(distinct) >= self.aspect.min_distinct

    @property
    def best(self) -> str:
        return max((h.strength for _a, h in self.hits), key=STRENGTH_ORDER.get, default="")


#: node kinds that hold articles (a draft model with divisions of several levels reads as chapters)
_CONTAINERS = ("chapter", "part", "section", "division", "subdivision", "title")
#: which hits show best what an article is about: its heading, its function, its text, its chapter's heading
_VIA_RANK = {"title": 0, "function": 1, "element": 2, "text": 3, "chapter": 4}


def _kind(node: Node) -> str:
    return str(getattr(node.kind, "value", node.kind)).lower()


class DraftContext:
    """The articles of a draft read for one check."""

    def __init__(self, draft: Draft, library: LibraryIndex, articles: list[ArticleRef],
                 numbering: Numbering, preamble: ArticleContent | None, closing: ArticleContent | None,
                 chapters: list[tuple[Node, int, dict]], preamble_ref: ArticleRef | None = None,
                 closing_ref: ArticleRef | None = None, closing_start: dict[str, int] | None = None):
        self.draft = draft
        self.library = library
        self.criteria = library.analyser.criteria
        self.articles = articles
        self.numbering = numbering
        self.preamble = preamble
        self.closing = closing
        self.chapters = chapters            # (chapter node, number, title hits)
        self.preamble_ref = preamble_ref    # the preamble read as a provision holder (not an article)
        self.closing_ref = closing_ref      # the closing formula, when the draft keeps it apart
        self.closing_start = closing_start or {}   # article id -> first paragraph of a testimonium left in it
        self._hits: dict[str, list[tuple[ArticleRef, Hit]]] = {}
        self._article_hits: dict[str, list[tuple[ArticleRef, Hit]]] | None = None
        self._base: "DraftContext | None" = None
        self._extra: list[ArticleRef] = []
        self._removed: frozenset = frozenset()
        #: what rules compute once per context (see ``rules_binding._strength_stats``)
        self.memo: dict = {}

    @classmethod
    def build(cls, draft: Draft, library: LibraryIndex) -> "DraftContext":
        analyser = library.analyser
        numbering = Numbering.of(draft)
        articles: list[ArticleRef] = []
        chapters: list[tuple[Node, int, dict]] = []
        preamble = preamble_ref = closing_ref = None
        closing_texts: list[tuple[str, str]] = []

        def add(node: Node, chapter: Node | None) -> None:
            derived = node.derived_from or ""
            articles.append(ArticleRef(
                id=node.id, number=article_number(node, numbering), node=node, content=analyser.analyse(node),
                chapter_id=chapter.id if chapter else None, chapter_title=chapter.title if chapter else "",
                source=derived.split("/", 1)[0] if derived else ""))

        def visit(node: Node, chapter: Node | None) -> None:
            kind = _kind(node)
            if kind == "article":
                add(node, chapter)
            elif kind in _CONTAINERS:
                if node.id in numbering.chapters:
                    chapters.append((node, numbering.chapters[node.id], title_hits(analyser, node.title, node.title_zh)))
                for child in node.children:
                    visit(child, node if node.id in numbering.chapters or chapter is None else chapter)
            elif kind in ("closing", "testimonium"):      # the closing formula, its footnotes included
                closing_texts.extend((text_with_notes(n), text_with_notes(n, "zh")) for n in node.walk()
                                     if n.text or n.text_zh)

        library.prefetch({a.derived_from for a in draft.articles() if a.derived_from})
        for top in draft.children:
            if top.kind is NodeKind.PREAMBLE and top.children:
                holder = Node(kind=NodeKind.ARTICLE, title="", children=[
                    Node(kind=NodeKind.PARAGRAPH, text=r.text, text_zh=r.text_zh, strength=r.strength)
                    for r in top.children])
                preamble = analyser.analyse(holder)
                preamble_ref = ArticleRef(id=top.id, number=None, node=holder, content=preamble,
                                          label="Preamble", label_zh="序言")
            elif top.kind is not NodeKind.PREAMBLE:
                visit(top, None)
        if not closing_texts:                             # drafts made before the closing was a node
            closing_texts += [(en, zh) for en, zh in closing_blocks(draft) if en or zh]
        closing = None
        if closing_texts:
            holder = Node(kind=NodeKind.ARTICLE, title="", children=[
                Node(kind=NodeKind.PARAGRAPH, text=en, text_zh=zh) for en, zh in closing_texts])
            closing = analyser.analyse(holder)
            closing_ref = ArticleRef(id="closing", number=None, node=holder, content=closing,
                                     label="Closing formula", label_zh="结尾部分")
        closing_start = {}
        if closing is None and articles:
            last = articles[-1]
            for pos, para in enumerate(last.content.paras):
                if pos > 0 and is_closing(para.text or para.text_zh or ""):
                    closing_start[last.id] = pos
                    break
        return cls(draft, library, articles, numbering, preamble, closing, chapters, preamble_ref, closing_ref,
                   closing_start)

    def extended(self, extra: list[ArticleRef], removed: frozenset | set = frozenset()) -> "DraftContext":
        """This context with ``extra`` (library clauses being tried) added and ``removed`` left out."""
        removed = frozenset(removed) | self._removed
        view = DraftContext(self.draft, self.library, [a for a in self.articles if a.id not in removed] + extra,
                            self.numbering, self.preamble, self.closing, self.chapters, self.preamble_ref,
                            self.closing_ref, self.closing_start)
        view._base, view._extra, view._removed = self._base or self, self._extra + extra, removed
        if "resolver" in self.__dict__:
            view.__dict__["resolver"] = self.__dict__["resolver"]
        return view

    @cached_property
    def by_id(self) -> dict[str, ArticleRef]:
        """The draft's articles by id (a context extended with suggestions only shares its base's)."""
        if self._base is not None and not self._removed:
            return self._base.by_id
        return {a.id: a for a in self.articles if a.node is not None}

    @property
    def base(self) -> "DraftContext":
        """The context of the draft itself (this one unless it was ``extended``)."""
        return self._base or self

    @property
    def extra(self) -> list[ArticleRef]:
        """The library clauses this (simulated) context adds to the draft."""
        return self._extra

    @property
    def removed_ids(self) -> frozenset:
        """The articles this (simulated) context leaves out."""
        return self._removed

    def removed_node_ids(self) -> set[str]:
        """Ids of every node of the articles this (simulated) context leaves out."""
        if not self._removed or self._base is None:
            return set()
        return {n.id for ref in self._base.articles if ref.id in self._removed and ref.node is not None
                for n in ref.node.walk()}

    # ----- hits ---------------------------------------------------------------------------
    def hits(self, criterion_id: str) -> list[tuple[ArticleRef, Hit]]:
        """Every hit of the criterion in operative articles (and chapter headings)."""
        found = self._hits.get(criterion_id)
        if found is None:
            if self._base is not None:
                found = self._base.hits(criterion_id)
                found = [(ref, h) for ref, h in found if ref.id not in self._removed] if self._removed else list(found)
                extra = [(ref, h) for ref in self._extra for h in ref.content.hits.get(criterion_id, ())]
                extra += self.element_hits(criterion_id, [Occurrence(ref, hit) for ref in self._extra
                                                          for hit in ref.content.elements])
                found += self._qualified(criterion_id, extra)
            else:
                found = []
                if self.preamble_ref is not None:
                    paras = self.preamble_ref.content.paras
                    found.extend((self.preamble_ref, h) for h in self.preamble_ref.content.hits.get(criterion_id, ())
                                 if h.via == "text" and 0 <= h.para < len(paras)
                                 and operative_recital(paras[h.para].text or paras[h.para].text_zh))
                found.extend(self._hits_in_articles().get(criterion_id, ()))
                # a chapter heading's hits count for its articles (ranked after the articles' own: "chapter")
                chapter_hits = {node.id: found_here for node, _n, hits in self.chapters
                                for found_here in [hits.get(criterion_id)] if found_here}
                if chapter_hits:
                    for ref in self.articles:
                        for aspect_id, phrase in chapter_hits.get(ref.chapter_id, ()) if ref.chapter_id else ():
                            found.append((ref, Hit(criterion_id, aspect_id, phrase, phrase, -1,
                                                   ref.content.max_strength, "en", "chapter")))
                found = self._qualified(criterion_id, found + self.element_hits(criterion_id, None))
            # what an article is about (its heading, its function) before what it mentions; the
            # operative articles before a chapeau or preamble
            found.sort(key=lambda rh: (rh[0].label != "", _VIA_RANK.get(rh[1].via, 3)))
            self._hits[criterion_id] = found
        return found

    def _hits_in_articles(self) -> dict[str, list[tuple[ArticleRef, Hit]]]:
        """Every article's hits by criterion, in article order: one pass over the articles for all the
        criteria (each criterion used to walk every article)."""
        if self._article_hits is None:
            by_criterion: dict[str, list[tuple[ArticleRef, Hit]]] = {}
            for ref in self.articles:
                for criterion_id, hits in ref.content.hits.items():
                    if hits:
                        by_criterion.setdefault(criterion_id, []).extend([(ref, h) for h in hits])
            self._article_hits = by_criterion
        return self._article_hits

    def _qualified(self, criterion_id: str, found: list[tuple[ArticleRef, Hit]]) -> list[tuple[ArticleRef, Hit]]:
        """Hits as the instrument qualifies them: only those about AI for an AI-specific criterion
        in an instrument that is not about AI; none binding in a non-binding instrument."""
        crit = self._criterion(criterion_id)
        if crit is not None and crit.params.get("domain") == "ai":
            found = self._about_ai(found)
        if not profile(self).binding:
            # a declaration's or recommendation's provisions propose; none binds, none is mere recital
            found = [(ref, replace(hit, strength="hortatory")) if hit.strength in ("mandatory", "declaratory")
                     else (ref, hit) for ref, hit in found]
        return found

    def _criterion(self, criterion_id: str):
        try:
            return self.criteria[criterion_id]
        except KeyError:
            return None

    def _about_ai(self, found: list[tuple[ArticleRef, Hit]]) -> list[tuple[ArticleRef, Hit]]:
        """The hits that are about AI (criteria with ``domain = "ai"``): all of them in an
        instrument about AI, else those in provisions that are (customs risk management is not)."""
        if profile(self).ai:
            return found
        return [(ref, hit) for ref, hit in found
                if hit.para in ref.content.ai_paras or (hit.para < 0 and ref.content.ai_paras)]

    def element_hits(self, criterion_id: str, occurrences) -> list[tuple[ArticleRef, Hit]]:
        """Hits of the criterion's aspects that name legal elements (``elements = [...]``), among
        ``occurrences``."""
        crit = self._criterion(criterion_id)
        wanted = [(aspect, [parse_spec(s) for s in aspect.elements]) for aspect in (crit.aspects if crit else ())
                  if aspect.elements]
        if not wanted:
            return []
        kinds = {spec[0] for _a, specs in wanted for spec in specs}
        prof = profile(self)
        if occurrences is None:          # the whole draft, through the index by kind
            index = by_kind(self)
            occurrences = [o for kind in kinds for o in index.get(kind, ())]
        out = []
        for occ in occurrences:
            if occ.place == "recital" or occ.hit.kind not in kinds:
                continue
            for aspect, specs in wanted:
                if any(matches(occ.hit, spec, prof) for spec in specs):
                    strength = next((t for t in occ.hit.tags if t in STRENGTH_ORDER), "declaratory")
                    out.append((occ.ref, Hit(criterion_id, aspect.id, f"{occ.hit.kind}:{occ.hit.quote.lower()}",
                                             occ.hit.quote, occ.hit.para, strength, occ.hit.lang,
                                             "title" if occ.hit.para < 0 else "element")))
        return out

    def aspects(self, crit: Criterion) -> dict[str, AspectState]:
        """The state of every aspect of ``crit``: which articles show it, how strongly (made once
        per context and criterion; rules read it and never change it). A context extended with a
        suggested clause adds the clause's hits to the draft's states."""
        key = ("aspects", crit.id)
        found = self.memo.get(key)
        if found is not None:
            return found
        if self._base is not None and not self._removed:
            base = self._base.aspects(crit)
            extra = [(ref, hit) for ref, hit in self.hits(crit.id) if ref.node is None]
            added = self._states(crit, extra)
            found = {aid: AspectState(state.aspect, state.hits + added[aid].hits,
                                      state.full_hits + added[aid].full_hits, state.preamble)
                     for aid, state in base.items()}
        else:
            found = self._states(crit, self.hits(crit.id))
            if self.preamble is not None:
                for hit in self.preamble.hits.get(crit.id, ()):
                    if hit.aspect in found and hit.via == "text":
                        found[hit.aspect].preamble.append(hit.quote)
        self.memo[key] = found
        return found

    @staticmethod
    def _states(crit: Criterion, hits: list[tuple[ArticleRef, Hit]]) -> dict[str, AspectState]:
        states = {a.id: AspectState(a) for a in crit.aspects}
        companions = {a.with_ for a in crit.aspects if a.with_}
        present = {(ref.id, h.para, h.aspect) for ref, h in hits if h.aspect in companions} if companions else set()
        for ref, hit in hits:
            state = states.get(hit.aspect)
            if state is None:
                continue
            aspect = state.aspect
            # "consensus" only counts for decisions, "take into account" only for a named instrument:
            # a phrase away from its companion says nothing about the criterion
            if aspect.with_ and (hit.para < 0 or (ref.id, hit.para, aspect.with_) not in present):
                continue
            state.hits.append((ref, hit))
            if STRENGTH_ORDER[hit.strength] < STRENGTH_ORDER[aspect.min_strength]:
                continue
            state.full_hits.append((ref, hit))
        return states

    # ----- rendering and evidence ----------------------------------------------------------
    @cached_property
    def resolver(self) -> Resolver:
        return Resolver(self.draft, self.numbering, self.library.labels())

    def para_text(self, ref: ArticleRef, para: int, lang: str = "en") -> str:
        if para < 0 or para >= len(ref.content.paras):
            return ""
        info = ref.content.paras[para]
        if ref.node is None:
            return info.text_zh if lang == "zh" else info.text
        nodes = list(ref.node.walk())
        node = nodes[info.index] if info.index < len(nodes) else None
        if node is None:
            return ""
        raw = node.text_zh if lang == "zh" else node.text
        return normalise(self.resolver.render(raw, lang)) if raw else ""

    def evidence(self, ref: ArticleRef, hit: Hit | None = None, note: str = "", note_zh: str = "",
                 para: int | None = None, problem: bool = False) -> Evidence:
        """Evidence pointing at an article, quoting the phrase of ``hit`` in its sentence."""
        quote = hit.quote if hit else ""
        index = hit.para if hit else (para if para is not None else -1)
        context = ""
        if index >= 0:
            text = self.para_text(ref, index, hit.lang if hit else "en")
            context = _sentence(text, quote)
        heading = ref.heading() if ref.number is not None or ref.label else (
            self.library.heading(ref.suggested) if ref.suggested in self.library.clauses else "")
        if index >= 0 and ref.node is not None and not ref.label:
            label = self.para_label(ref, index)
            if label:
                heading = f"{heading}({label})" if label[0].isdigit() else f"{heading}{label}"
        return Evidence(article_id=ref.id if ref.node is not None and not ref.label else None, number=ref.number,
                        heading=heading, title=ref.title, quote=quote, context=context,
                        note=note, note_zh=note_zh, problem=problem,
                        heading_zh=ref.label_zh if ref.label and ref.number is None else "")

    def para_label(self, ref: ArticleRef, para: int) -> str:
        """'2' for a numbered paragraph, '(2)(b)' style labels for sub-paragraphs."""
        info = ref.content.paras[para]
        nodes = list(ref.node.walk()) if ref.node is not None else []
        if info.index >= len(nodes) or info.index == 0:
            return ""
        node = nodes[info.index]
        labels = []
        parents = _parents(ref.node)
        while node is not None and node.kind is not NodeKind.ARTICLE:
            label = self.numbering.label(node).strip(".() ")
            if label:
                labels.append(label)
            node = parents.get(node.id)
        labels.reverse()
        if not labels:
            return ""
        return "(" + ")(".join(labels) + ")"

    def article_evidence(self, ref: ArticleRef, note: str = "", note_zh: str = "", problem: bool = False) -> Evidence:
        return Evidence(article_id=ref.id if ref.node is not None and not ref.label else None, number=ref.number,
                        heading=ref.heading() if ref.number is not None or ref.label else "", title=ref.title,
                        note=note, note_zh=note_zh, problem=problem,
                        heading_zh=ref.label_zh if ref.label and ref.number is None else "")


def _parents(article: Node) -> dict[str, Node]:
    found: dict[str, Node] = {}
    for node in article.walk():
        for child in node.children:
            found[child.id] = node
    return found


def _sentence(text: str, quote: str, width: int = 220) -> str:
    """The sentence of ``text`` holding ``quote`` (shortened around it at word boundaries)."""
    if not text:
        return ""
    at = text.lower().find(quote.lower()) if quote else -1
    if at < 0:
        return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + "…"
    starts = [i + len(sep) for sep in (". ", "; ", "。", "；") if (i := text.rfind(sep, 0, at)) >= 0]
    start = max(starts, default=0)
    ends = [i + 1 for sep in (". ", "; ", "。", "；") if (i := text.find(sep, at + len(quote))) >= 0]
    end = min(ends, default=len(text))
    if end - start > width:
        if at - start > width // 2:
            cut = text.rfind(" ", start, at - width // 2 + 1)
            start = cut + 1 if cut > start else max(start, at - width // 2)
        if end - at > width // 2 + len(quote):
            cut = text.find(" ", at + len(quote) + width // 2)
            end = cut if 0 <= cut < end else end
        return ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")
    return text[start:end].strip()
