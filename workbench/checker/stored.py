"""The checker's reading of library clauses, kept in the workspace so it is done once per clause.

Reading a clause (modal phrases, criterion phrases, functions, terms) costs about a millisecond;
a 20,000-clause library would take half a minute at every start, and the tens of thousands of
objects it makes would slow the whole program down. So each clause is read once, and two things
are kept in the workspace (``storage.analysis``): a small **summary** (which criteria and
functions it touches, its topics and strengths: what choosing suggestions needs, for every
clause) and the full **content** (what a check needs, only for the clauses a draft uses or a
suggestion tries, loaded on demand). Both are JSON, never pickle: a workspace may come from
someone else.

A stored reading is valid for one ``reading_version``: a digest of the criteria, the term
aliases and the source of the code that reads. Any change to those makes every clause be read
again; a change to one clause (verified text pasted in) drops that clause's reading in the
workspace itself (SQL triggers).

>>> from workbench.checker.examples import article
>>> from workbench.checker.analysis import Analyser
>>> content = Analyser().analyse(article("Cooperation", "The Parties shall endeavour to cooperate."))
>>> content_from_json(content_to_json(content)) == content
True
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .analysis import ArticleContent, Hit, ParaInfo
from .criteria import Criteria
from .reading import ElementHit
from .reading_spec import READING_FILE

#: The modules whose code decides what a reading holds (their source is part of the version).
_READING_CODE = ("analysis.py", "matcher.py", "stored.py", "reading.py", "reading_spec.py", "reading_keys.py", "../core/modality.py",
                 "../core/references.py", "../core/assemble.py")


@dataclass(frozen=True, slots=True)
class Summary:
    """What choosing suggestions needs to know about one library clause (kept for every clause)."""

    kind: str
    source: str
    level: str                                  # provenance level (core.library.LEVELS)
    hits: tuple[tuple[str, str, str], ...]      # (criterion, aspect, strength), distinct
    provides: tuple[str, ...]
    defines: tuple[str, ...]                    # terms, lower-cased
    topics: tuple[str, ...]
    paras: int                                  # paragraphs with text
    mandatory: int                              # of which mandatory
    firm: int                                   # of which mandatory and not qualified

    def to_json(self) -> str:
        return json.dumps([self.kind, self.source, self.level, self.hits, self.provides, self.defines,
                           self.topics, self.paras, self.mandatory, self.firm], ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Summary":
        return cls.from_list(json.loads(text))

    @classmethod
    def from_list(cls, data: list) -> "Summary":
        kind, source, level, hits, provides, defines, topics, paras, mandatory, firm = data
        return cls(kind, source, str(level), tuple(map(tuple, hits)), tuple(provides),
                   tuple(defines), tuple(topics), int(paras), int(mandatory), int(firm))

    @classmethod
    def many_from_json(cls, texts: list[str]) -> list["Summary"]:
        """Summaries of many clauses, decoded in one pass (20,000 separate decodes cost 0.3 s)."""
        return [cls.from_list(data) for data in json.loads("[" + ",".join(texts) + "]")]

    @classmethod
    def of(cls, clause, content: ArticleContent) -> "Summary":
        hits = tuple(dict.fromkeys((h.criterion, h.aspect, h.strength)
                                   for found in content.hits.values() for h in found))
        paras = [p for p in content.paras if p.text or p.text_zh]
        return cls(kind=clause.kind, source=clause.source,
                   level=clause.overall_verification, hits=hits,
                   provides=tuple(sorted(content.provides)),
                   defines=tuple(dict.fromkeys(t.lower() for t, _p, _d in content.defines)),
                   topics=tuple(content.topics), paras=len(paras),
                   mandatory=sum(1 for p in paras if p.strength == "mandatory"),
                   firm=sum(1 for p in paras if p.strength == "mandatory" and not p.qualified))


def reading_version(criteria: Criteria, term_aliases: dict[str, str]) -> str:
    """The digest that says whether a stored reading is still the one this program would make."""
    digest = hashlib.sha256()
    for name in _READING_CODE:
        digest.update((Path(__file__).parent / name).read_bytes())
    digest.update(READING_FILE.read_bytes())
    digest.update(repr((criteria.criteria, criteria.functions, criteria.modality, criteria.conflicts)).encode())
    digest.update(json.dumps(sorted(term_aliases.items()), ensure_ascii=False).encode())
    return digest.hexdigest()[:20]


def content_to_json(content: ArticleContent) -> str:
    paras = [[p.index, p.depth, p.text, p.text_zh, p.strength, p.own, p.source, p.modal, p.qualified, p.edited]
             for p in content.paras]
    hits = {crit: [[h.aspect, h.phrase, h.quote, h.para, h.strength, h.lang, h.via] for h in found]
            for crit, found in content.hits.items()}
    return json.dumps({
        "title": content.title, "title_zh": content.title_zh, "derived_from": content.derived_from,
        "known_clause": content.known_clause, "edited": content.edited, "paras": paras, "hits": hits,
        "provides": sorted(content.provides), "requires": sorted(content.requires),
        "mentions": content.mentions, "defines": content.defines, "uses": sorted(content.uses),
        "topics": content.topics, "refs": content.refs, "plain_refs": content.plain_refs,
        "max_strength": content.max_strength, "no_reservations": content.no_reservations,
        "elements": [[e.kind, e.para, e.quote, list(e.tags), e.lang] for e in content.elements],
        "ai_paras": sorted(content.ai_paras),
    }, ensure_ascii=False)


def content_from_json(text: str) -> ArticleContent:
    data = json.loads(text)
    paras = [ParaInfo(index=i, depth=d, text=t, text_zh=z, strength=s, own=o, source=src,
                      modal=[tuple(m) for m in modal], qualified=list(q), edited=e)
             for i, d, t, z, s, o, src, modal, q, e in data["paras"]]
    hits = {crit: [Hit(crit, a, p, q, i, s, lang, via) for a, p, q, i, s, lang, via in found]
            for crit, found in data["hits"].items()}
    return ArticleContent(
        title=data["title"], title_zh=data["title_zh"], derived_from=data["derived_from"],
        known_clause=data["known_clause"], edited=data["edited"], paras=paras, hits=hits,
        provides=set(data["provides"]), requires=set(data["requires"]), mentions=dict(data["mentions"]),
        defines=[tuple(d) for d in data["defines"]], uses=set(data["uses"]), topics=list(data["topics"]),
        refs=[tuple(r) for r in data["refs"]], plain_refs=[tuple(r) for r in data["plain_refs"]],
        max_strength=data["max_strength"], no_reservations=data["no_reservations"],
        elements=[ElementHit(k, p, q, tuple(t), lang) for k, p, q, t, lang in data.get("elements", [])],
        ai_paras=frozenset(data.get("ai_paras", ())))
