"""What one article says, read from its current text: strengths, criterion phrases, functions, terms.

The analysis of an article depends only on its content (and on the library clause it was
copied from), never on its position, so it is cached by content: after an edit only the
changed article is read again. Library tags are used for an article whose text is unchanged
from its library clause; once the drafter edits a paragraph, that paragraph's obligation
strength is read from the new text (English first, Chinese when only the Chinese changed).

>>> from workbench.checker.examples import article
>>> a = Analyser().analyse(article("Cooperation", "The Parties shall endeavour to cooperate."))
>>> a.paras[0].strength, a.paras[0].modal
('hortatory', [('hortatory', 'shall endeavour')])
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable

from ..core import modality
from ..core.assemble import article_from_clause, source_resolver
from ..core.library import Clause
from ..core.model import Node, NodeKind
from ..core.references import TOKEN_RE, find_references, targets, tokenize
from .criteria import STRENGTH_ORDER, Criteria, default_criteria
from .matcher import PhraseMatcher
from .reading import ElementHit, framed_items, read_provisions
from .reading_spec import ReadingSpec, default_reading

QUALIFIER = ("__qual__",)
DEFINITION_EN = re.compile(
    r"[“\"'‘]([^”\"'’]{2,80})[”\"'’]\s*(?:\([^)]{0,40}\)\s*)?(?:means|refers to|shall refer to|shall mean|is defined as|are defined as|includes|shall include)\b")
DEFINITION_PAREN = re.compile(r"\((?:(?:hereinafter|henceforth)(?: referred to as| called)?\s*)?(?:the\s+)?[“\"]([^”\"]{2,60})[”\"]\)")
# a short form in brackets without quotation marks: "(hereinafter referred to as ECO)", "(hereinafter referred to as
# the Contracting Parties)"
DEFINITION_PAREN_BARE = re.compile(r"\((?:hereinafter|henceforth)\s+(?:referred\s+to\s+as|called)\s+(?:the\s+)?"
                                   r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\)")
# a short form introduced in the sentence, not in brackets: ", hereinafter referred to as the "Participating States","
DEFINITION_HEREINAFTER = re.compile(r"(?<!\()\b(?:hereinafter|henceforth)\s+(?:referred\s+to(?:\s+in\s+this\s+\w+)?(?:\s+(?:individually|collectively|jointly))?\s+as|called)\s+"
                                    r"(?:the\s+)?[“\"]([^”\"]{2,60})[”\"](?!\))")
# a short form after a dash, as translations from Russian write it: "(hereinafter – SES)", ", hereinafter – the Parties,"
DEFINITION_DASH = re.compile(r"\bhereinafter\s*[–—-]\s*(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})")
#: the forms whose first group is the term defined, read in this order
_DEFINITION_TERMS = (DEFINITION_EN, DEFINITION_PAREN, DEFINITION_PAREN_BARE, DEFINITION_HEREINAFTER, DEFINITION_DASH)
# an unquoted term defined one to a paragraph in a definitions article ("AEM means the ASEAN …"),
# or a phrase defined where it is first used ("X – which, for the purpose of this resolution, refers to")
DEFINITION_BARE = re.compile(r"^(?:\(?[a-z]{1,3}\)\s*)?(?:the\s+)?([A-Za-z][\w()/,-]*(?:\s+[\w()/,-]+){0,6}?)\s+(?:means|shall mean)\s+(?!of\b|to\b|by\b|that\b)\w")
DEFINITION_INLINE = re.compile(r"(?:that|,)\s+([\w ,-]{3,80}?)\s+[–—-]\s+which,?\s+for\s+the\s+purposes?\s+of\s+this\s+\w+,?\s+refers\s+to",
                               re.IGNORECASE)
# a glossary line in a definitions article: "AI system: An AI system is a machine-based system …"
DEFINITION_GLOSSARY = re.compile(r"^(?:[-‒–—•]\s*)?([A-Z][\w /-]{1,40}?):\s+\S")
# a body named in full and then by a short name in brackets, where it is set up ("The Parties hereby
# establish a Trans-Pacific Partnership Commission (Commission)"): the short name is a defined term
DEFINITION_SHORT = re.compile(r"\b(?:establish(?:es|ed)?|designate[sd]?|set\s+up|create[sd]?)\s+(?:a|an|the)\s+"
                              r"((?:[A-Z][\w’'-]*\s+(?:(?:on|of|for|and)\s+)*){1,10})\(([A-Z][\w-]*(?:\s[\w-]+){0,2})\)")
DEFINITION_ZH = re.compile(r"“([^”]{1,30})”(?:一词)?(?:是指|系指|指)")
# a short form in brackets after the names it stands for: "(the Parties)", "(the Contracting Parties)",
# and an acronym whose letters are the initials of the words before it: "General Agreement on Tariffs and
# Trade (GATT)"
DEFINITION_PARTIES = re.compile(r"\((?:the\s+)?((?:High\s+)?Contracting\s+Parties|Parties|Sides|Member\s+States|Participating\s+States)\)")
DEFINITION_ACRONYM = re.compile(r"((?:[A-Z][\w-]*\s+(?:(?:of|on|and|for|the|in)\s+)*){2,9})\(([A-Z]{2,8})\)")
_MINOR_WORDS = {"of", "on", "and", "for", "the", "in"}


def _acronyms(text: str) -> list[str]:
    """Acronyms defined in brackets after the words they abbreviate ("… on Tariffs and Trade (GATT)")."""
    found = []
    for match in DEFINITION_ACRONYM.finditer(text):
        acronym = match.group(2)
        initials = "".join(w[0] for w in match.group(1).split() if w.lower() not in _MINOR_WORDS)
        if len(acronym) >= 2 and initials.upper().endswith(acronym):
            found.append(acronym)
    return found


# an unquoted term defined after the context formula, as translated agreements write it: "For the purposes of
# the present Agreement and for its validity period, the commodities dispatched from the territories of the
# Contracting Parties shall mean the commodities identified by …"
DEFINITION_CONTEXT = re.compile(r"^(?:\(?[\w.]{1,4}\)?\s*)?for\s+the\s+purposes?\s+of\s+(?:this|the\s+present)\s+\w+[^,;:.]{0,80},\s*"
                                r"(?:the\s+)?(?:term\s+|expression\s+)?([A-Za-z][\w-]*(?:\s+[\w-]+){0,10}?)\s+"
                                r"(?:shall\s+mean|means|shall\s+be\s+understood\s+as)\s+(?!of\b|to\b|by\b|that\b)\w", re.IGNORECASE)
ZH_ARTICLE_REF = re.compile(r"第[一二三四五六七八九十百零〇\d]+条")


@dataclass
class Hit:
    """A criterion phrase found in one paragraph of an article."""

    criterion: str
    aspect: str
    phrase: str
    quote: str
    para: int               # index into ArticleContent.paras; -1 = the article heading
    strength: str
    lang: str = "en"
    via: str = "text"       # text | title | function


@dataclass
class ParaInfo:
    """One text-bearing node of an article (the article's own text, a paragraph, a sub-paragraph)."""

    index: int              # position among the article's nodes in document order (0 = article)
    depth: int
    text: str
    text_zh: str
    strength: str           # effective strength (inherits a binding chapeau)
    own: str                # strength read from this node alone
    source: str             # tag | text-en | text-zh
    modal: list[tuple[str, str]] = field(default_factory=list)
    qualified: list[str] = field(default_factory=list)
    edited: bool = False


@dataclass
class StrengthTally:
    """How many paragraphs of an article are of each strength; the qualified mandatory ones and
    the firm (unqualified) mandatory ones as (paragraph position, phrase)."""

    counts: dict[str, int]
    qualified: list[tuple[int, str]]
    firm: list[tuple[int, str]]


@dataclass
class ArticleContent:
    """Everything read from an article's content (independent of its id and position)."""

    title: str
    title_zh: str
    derived_from: str | None
    known_clause: bool
    edited: bool
    paras: list[ParaInfo]
    hits: dict[str, list[Hit]]
    provides: set[str]
    requires: set[str]
    mentions: dict[str, str]              # function -> phrase that shows the dependency
    defines: list[tuple[str, int, str]]   # (term, para index, definition text)
    uses: set[str]
    topics: list[str]
    refs: list[tuple[int, str]]           # (para index, token target)
    plain_refs: list[tuple[int, str]]     # (para index, "Article 12" / "第十二条") not linked
    max_strength: str
    no_reservations: bool = False
    elements: list[ElementHit] = field(default_factory=list)
    ai_paras: frozenset = frozenset()       # positions of the paragraphs about AI (see reading)

    @cached_property
    def tally(self) -> "StrengthTally":
        """Paragraph strengths counted once per content (a check of a 300-article draft asks this
        for every article, again for every suggestion tried)."""
        counts = dict.fromkeys(STRENGTH_ORDER, 0)
        qualified: list[tuple[int, str]] = []
        firm: list[tuple[int, str]] = []
        for pos, para in enumerate(self.paras):
            if not (para.text or para.text_zh):
                continue
            counts[para.strength] += 1
            if para.qualified:
                qualified.append((pos, para.qualified[0]))
            elif para.strength == "mandatory":
                firm.append((pos, next((p for s, p in para.modal if s == "mandatory"), "")))
        return StrengthTally(counts, qualified, firm)

    def strength_counts(self) -> dict[str, int]:
        counts = {s: 0 for s in STRENGTH_ORDER}
        for para in self.paras:
            if para.text or para.text_zh:
                counts[para.strength] += 1
        return counts


def _clean(text: str) -> str:
    """Text for phrase matching: reference tokens become a neutral word."""
    return TOKEN_RE.sub(" Article ", text) if "{{" in (text or "") else (text or "")


class Analyser:
    """Reads articles (and library clauses) against one set of criteria; caches by content."""

    def __init__(self, criteria: Criteria | None = None, clauses: dict[str, Clause] | None = None,
                 term_aliases: dict[str, str] | None = None, cache_size: int = 50000,
                 reading: ReadingSpec | None = None):
        self.criteria = criteria or default_criteria()
        self.reading = reading or default_reading()
        self.clauses = clauses or {}
        self.term_aliases = {k.lower(): v for k, v in (term_aliases or {}).items()}
        self._cache: dict[tuple, ArticleContent] = {}
        self._cache_size = cache_size
        self._clause_texts: dict[str, list[tuple[str, str, str]]] = {}
        self._clause_keys: dict[str, tuple] = {}
        #: clause id -> its stored reading when already loaded (see ``_known_reading``)
        self.known: Callable[[str], ArticleContent | None] | None = None
        self._build_matchers()

    # ----- matchers -------------------------------------------------------------------------
    def _build_matchers(self) -> None:
        body: dict[str, dict[str, list]] = {"en": {}, "zh": {}}
        titles: dict[str, dict[str, list]] = {"en": {}, "zh": {}}
        for crit in self.criteria:
            for aspect in crit.aspects:
                key = (crit.id, aspect.id)
                for phrase in aspect.en:
                    body["en"].setdefault(phrase, []).append(key)
                for phrase in aspect.zh:
                    body["zh"].setdefault(phrase, []).append(key)
                for phrase in aspect.titles_en:
                    titles["en"].setdefault(phrase, []).append(key)
                for phrase in aspect.titles_zh:
                    titles["zh"].setdefault(phrase, []).append(key)
        for fid, signals in self.criteria.functions.items():
            for lang, provide, mention in (("en", signals.en, signals.mentions_en),
                                           ("zh", signals.zh, signals.mentions_zh)):
                for phrase in provide:
                    body[lang].setdefault(phrase, []).append(("__fn__", fid, "provides"))
                for phrase in mention:
                    body[lang].setdefault(phrase, []).append(("__fn__", fid, "mentions"))
            for phrase in signals.titles_en:
                titles["en"].setdefault(phrase, []).append(("__fn__", fid, "provides"))
            for phrase in signals.titles_zh:
                titles["zh"].setdefault(phrase, []).append(("__fn__", fid, "provides"))
        for phrase in self.criteria.modality.get("qualifiers_en", []):
            body["en"].setdefault(phrase.lower(), []).append(QUALIFIER)
        for phrase in self.criteria.modality.get("qualifiers_zh", []):
            body["zh"].setdefault(phrase, []).append(QUALIFIER)
        for lang, key in (("en", "no_reservations_en"), ("zh", "no_reservations_zh")):
            for phrase in self.criteria.conflicts.get(key, []):
                body[lang].setdefault(phrase.lower() if lang == "en" else phrase, []).append(("__noreserv__",))
        self.body = PhraseMatcher(body)
        self.titles = PhraseMatcher(titles)
        self._detected_functions = {fid for fid, s in self.criteria.functions.items()
                                    if s.en or s.zh or s.titles_en or s.titles_zh}

    def _title_denies(self, function: str, title: str, lang: str) -> bool:
        """A heading that names the function's word in another sense ("Review and Appeal": a remedy against
        administrative action, not a review of the treaty) does not give the function."""
        signals = self.criteria.functions.get(function)
        phrases = (signals.not_titles_zh if lang == "zh" else signals.not_titles_en) if signals else []
        if not phrases:
            return False
        text = title if lang == "zh" else " ".join(re.findall(r"[\w-]+", (title or "").lower()))
        return any((p in text) if lang == "zh" else re.search(r"\b" + re.escape(p) + r"\b", text) for p in phrases)

    # ----- library clauses ------------------------------------------------------------------
    def clause_texts(self, clause: Clause) -> list[tuple[str, str, str]]:
        """(text as assembled, zh, strength) of every paragraph node an article of ``clause`` has."""
        cached = self._clause_texts.get(clause.id)
        if cached is None:
            resolve = source_resolver(clause)
            cached = []

            def visit(para) -> None:
                cached.append((tokenize(para.text, resolve), para.zh, para.strength))
                for sub in para.subs:
                    visit(sub)

            for para in clause.paras:
                visit(para)
            self._clause_texts[clause.id] = cached
        return cached

    # ----- analysis -------------------------------------------------------------------------
    @staticmethod
    def content_key(article: Node) -> tuple:
        nodes = tuple((n.text, n.text_zh, n.strength) for n in article.walk())
        depths = tuple(_depths(article))
        return (article.derived_from, article.title, article.title_zh, nodes, depths)

    def analyse(self, article: Node, clause: Clause | None = None) -> ArticleContent:
        """What ``article`` says (``clause``: the library clause it was copied from, if already at
        hand; else looked up by ``article.derived_from``)."""
        key = self.content_key(article)
        found = self._cache.get(key)
        if found is None:
            found = self._known_reading(article, key) or self._analyse(article, clause)
            if len(self._cache) >= self._cache_size:
                self._cache.clear()
            self._cache[key] = found
        return found

    def _known_reading(self, article: Node, key: tuple) -> ArticleContent | None:
        """The stored reading of the library clause ``article`` was copied from, when the article
        is still exactly as the clause (``known`` is set by a workspace's library index)."""
        if self.known is None or not article.derived_from:
            return None
        stored = self.known(article.derived_from)
        if stored is None:
            return None
        clause_key = self._clause_keys.get(article.derived_from)
        if clause_key is None:
            clause = self.clauses.get(article.derived_from)
            if clause is None:
                return None
            clause_key = self._clause_keys[article.derived_from] = self.content_key(article_from_clause(clause))
        return stored if clause_key == key else None

    def _analyse(self, article: Node, clause: Clause | None = None) -> ArticleContent:
        clause = clause or self.clauses.get(article.derived_from or "")
        nodes = list(article.walk())
        depths = _depths(article)
        expected = self.clause_texts(clause) if clause else None
        # the article node itself holds text only when a drafter typed it there
        body_nodes = nodes[1:]
        structure_same = expected is not None and len(expected) == len(body_nodes)
        paras: list[ParaInfo] = []
        parent_strength: dict[int, str] = {}
        lead_at: dict[int, str] = {}           # depth -> strength of a resolution's leading verb there
        any_edited = expected is not None and not structure_same
        for index, (node, depth) in enumerate(zip(nodes, depths)):
            if index == 0 and not (node.text or node.text_zh):
                continue
            lib = expected[index - 1] if structure_same and index > 0 else None
            en_edited = lib is None or node.text != lib[0]
            zh_edited = lib is None or node.text_zh != lib[1]
            edited = clause is not None and (lib is None or en_edited or zh_edited)
            any_edited = any_edited or edited
            text, text_zh = _clean(node.text), node.text_zh or ""
            modal_lang, modal_text = ("zh", text_zh) if (not text or (lib is not None and zh_edited
                                                                       and not en_edited)) else ("en", text)
            phrases = _modal_phrases(modal_text, modal_lang) if modal_text else []
            found = {strength for strength, _p, _o in phrases}
            # as modality.classify does, without reading the text a second time
            own_text = next((s for s in modality.RANKING if s in found), modality.DECLARATORY)
            lead = modality.lead_strength(modal_text, modal_lang) if modal_text else None
            governed = next((lead_at[d] for d in range(depth - 1, 0, -1) if d in lead_at), None)
            for deeper in [d for d in lead_at if d >= depth]:
                del lead_at[deeper]
            if lead is not None:
                own_text = lead
                lead_at[depth] = lead
            elif governed is not None:
                own_text = governed            # a resolution's sub-paragraph: its chapeau's verb governs
            if lib is not None and not en_edited and not zh_edited and (node.strength or lib[2]):
                own, source = node.strength or lib[2], "tag"
            else:
                own, source = own_text, f"text-{modal_lang}"
            inherited = parent_strength.get(depth - 1)
            strength = own
            if own == "declaratory" and inherited and inherited != "declaratory" and depth > 1:
                strength = inherited
            parent_strength[depth] = strength
            paras.append(ParaInfo(index=index, depth=depth, text=text, text_zh=text_zh, strength=strength,
                                  own=own, source=source, modal=[(s, p) for s, p, _ in phrases],
                                  edited=edited))
        return self._read(article, clause, paras, any_edited)

    def _read(self, article: Node, clause: Clause | None, paras: list[ParaInfo], edited: bool) -> ArticleContent:
        hits: dict[str, list[Hit]] = {}
        detected: set[str] = set()
        mentions: dict[str, str] = {}
        no_reservations = False
        defines: list[tuple[str, int, str]] = []
        bare_defs: list[tuple[str, int, str]] = []
        refs: list[tuple[int, str]] = []
        plain: list[tuple[int, str]] = []
        nodes = list(article.walk())
        for pos, para in enumerate(paras):
            node = nodes[para.index]
            for lang, text in (("en", para.text), ("zh", para.text_zh)):
                for hit in self.body.find(text, lang):
                    for key in hit.keys:
                        if key[0] == "__fn__":
                            if key[2] == "provides":
                                detected.add(key[1])
                            else:
                                mentions.setdefault(key[1], hit.quote)
                        elif key == QUALIFIER:
                            if para.strength == "mandatory":
                                para.qualified.append(hit.quote)
                        elif key == ("__noreserv__",):
                            no_reservations = True
                        else:
                            hits.setdefault(key[0], []).append(
                                Hit(key[0], key[1], hit.phrase, hit.quote, pos, para.strength, lang))
            for pattern in _DEFINITION_TERMS:
                for match in pattern.finditer(para.text):
                    defines.append((match.group(1).strip(), pos, para.text))
            for match in DEFINITION_SHORT.finditer(para.text):
                if set(match.group(2).lower().split()) <= set(match.group(1).lower().split()):
                    defines.append((match.group(2).strip(), pos, para.text))
            for match in DEFINITION_INLINE.finditer(para.text):
                defines.append((match.group(1).strip(" ,"), pos, para.text))
            glossary = DEFINITION_GLOSSARY.match(para.text)
            if glossary:
                bare_defs.append((glossary.group(1).strip(), pos, para.text))
            match = DEFINITION_BARE.match(para.text)
            if match and match.group(1).split()[0].lower() not in ("this", "it", "which", "such", "that", "each", "to"):
                bare_defs.append((match.group(1).strip(" ,"), pos, para.text))
            for match in DEFINITION_PARTIES.finditer(para.text or ""):
                defines.append((match.group(1), pos, para.text))
            for term in _acronyms(para.text or ""):
                defines.append((term, pos, para.text))
            match = DEFINITION_CONTEXT.match(para.text or "")
            if match and match.group(1).split()[0].lower() not in ("this", "it", "which", "such", "that", "each"):
                defines.append((match.group(1).strip(" ,"), pos, para.text))
            for match in DEFINITION_ZH.finditer(para.text_zh):
                defines.append((match.group(1).strip(), pos, para.text_zh))
            refs.extend((pos, target) for target in targets(node.text) + targets(node.text_zh))
            bare = TOKEN_RE.sub(" ", node.text or "")
            plain.extend((pos, bare[s.start:s.end]) for s in find_references(bare) if not s.number_only)
            for match in ZH_ARTICLE_REF.finditer(node.text_zh or ""):
                before = (node.text_zh or "")[max(0, match.start() - 12):match.start()]
                if "》" not in before and "协定" not in before[-4:]:
                    plain.append((pos, match.group(0)))
        max_strength = max((p.strength for p in paras), key=STRENGTH_ORDER.get, default="declaratory")
        for lang, title in (("en", article.title), ("zh", article.title_zh)):
            for hit in self.titles.find(title, lang):
                for key in hit.keys:
                    if key[0] == "__fn__":
                        if not self._title_denies(key[1], title, lang):
                            detected.add(key[1])
                    else:
                        hits.setdefault(key[0], []).append(
                            Hit(key[0], key[1], hit.phrase, hit.quote, -1, max_strength, lang, "title"))
        elements, ai_paras = read_provisions(paras, article.title, article.title_zh, self.reading)
        framed = framed_items(paras, self.reading)
        if framed:                    # an exception's items name its subject, not commitments
            keep = self.reading.exception_criteria
            hits = {crit: kept for crit, found in hits.items()
                    if (kept := [h for h in found if h.para not in framed or crit in keep])}
        detected |= self.reading.functions_of(elements)
        if "definitions" in detected:            # unquoted terms count only in a definitions article
            defines.extend(bare_defs)
        provides, requires, uses, topics = set(), set(), set(), []
        if clause is not None:
            topics = list(clause.topics)
            uses = {self._term(t) for t in clause.uses}
            requires = set(clause.requires)
            if not edited:
                provides = set(clause.provides)
                defines.extend((t, -1, "") for t in clause.defines if not any(
                    self._term(t).lower() == self._term(d[0]).lower() for d in defines))
            else:
                # edited: a tag survives only if the text still shows it (or it cannot be read)
                provides = {f for f in clause.provides if f in detected or f not in self._detected_functions}
                provides |= detected
        else:
            provides = detected
        if no_reservations:
            provides.add("reservations")
        for fid in list(mentions):
            if fid in provides:
                del mentions[fid]
        requires |= set(mentions)
        requires -= provides
        for fid in provides:
            for crit in self.criteria:
                for aspect in crit.aspects:
                    if fid in aspect.functions:
                        hits.setdefault(crit.id, []).append(
                            Hit(crit.id, aspect.id, fid, fid, -1, max_strength, "en", "function"))
        content = ArticleContent(
            title=article.title, title_zh=article.title_zh, derived_from=article.derived_from,
            known_clause=clause is not None, edited=edited, paras=paras, hits=hits, provides=provides,
            requires=requires, mentions=mentions, defines=[(self._term(t), p, d) for t, p, d in defines],
            uses=uses, topics=topics, refs=refs, plain_refs=plain, max_strength=max_strength,
            no_reservations=no_reservations, elements=elements, ai_paras=ai_paras)
        return content

    def _term(self, term: str) -> str:
        """The canonical form of a term (aliases of the vocabulary folded in); compare lower-cased."""
        clean = " ".join(term.split())
        return self.term_aliases.get(clean.lower(), clean)


_MODAL_CACHE: dict[tuple[str, str], list] = {}


def _modal_phrases(text: str, lang: str) -> list:
    """``modality.find_modal_phrases``, remembered per paragraph text (the same sentences recur)."""
    key = (text, lang)
    found = _MODAL_CACHE.get(key)
    if found is None:
        if len(_MODAL_CACHE) > 100000:
            _MODAL_CACHE.clear()
        found = _MODAL_CACHE[key] = modality.find_modal_phrases(text, lang)
    return found


def _depths(article: Node) -> list[int]:
    out: list[int] = []

    def visit(node: Node, depth: int) -> None:
        out.append(depth)
        for child in node.children:
            visit(child, depth + 1)

    visit(article, 0)
    return out


def title_hits(analyser: Analyser, title: str, title_zh: str = "") -> dict[str, list[tuple[str, str]]]:
    """Criterion aspects a heading (a chapter's) names: criterion -> [(aspect, phrase)]."""
    found: dict[str, list[tuple[str, str]]] = {}
    for lang, text in (("en", title), ("zh", title_zh)):
        for hit in analyser.titles.find(text, lang):
            for key in hit.keys:
                if key[0] != "__fn__":
                    found.setdefault(key[0], []).append((key[1], hit.quote))
    return found


def article_from_text(title: str, *paragraphs: str, kind: NodeKind = NodeKind.PARAGRAPH) -> Node:
    """A free-text article (no library source), one paragraph per string."""
    return Node(kind=NodeKind.ARTICLE, title=title,
                children=[Node(kind=kind, text=text) for text in paragraphs])
