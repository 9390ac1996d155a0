"""Searching the precedent collection as the library is searched: word prefixes and stems, "quoted
phrases", filters by party, year, region, chapter and language, ranked, with snippets.

Filters are tokens of the FTS5 ``facets`` column (``partychn``, ``y2008``, ``regioneastasia``),
so that a filter narrows the posting lists inside FTS5 instead of joining thousands of rows per
keystroke. Ranking (bm25: heading, chapter, text) is paid only where it is cheap: while at most
``RANK_AT_MOST`` articles match, all are ranked; beyond that, heading matches are listed before
text matches, each newest agreement first (the import stores agreements newest first), so a
one-letter query never waits for 40,000 articles to be scored (bm25 costs about 10 µs a row).
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from .search import light_stem

RANK_AT_MOST = 500
_WORD = re.compile(r"[^\W_][\w.-]*", re.UNICODE)


@dataclass
class SearchOptions:
    party: str | None = None          # ISO 3166 alpha-3 ("CHN")
    year_from: int | None = None
    year_to: int | None = None
    region: str | None = None         # as the WTO names it ("East Asia")
    chapter: str | None = None        # words of the chapter heading ("electronic commerce")
    language: str | None = None       # en | es | fr
    limit: int = 50
    glossary: list[dict] | None = None    # the library's bilingual glossary: Chinese queries in English


@dataclass
class Match:
    """The FTS5 expressions of a query: ``head`` (headings only) and ``body`` (everything)."""

    head: str
    body: str
    terms: list[str]
    short: bool


def _phrase(words: list[str]) -> str:
    return '"' + " ".join(w.replace('"', "") for w in words) + '"'


HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _glossed(han: str, glossary: list[dict]) -> list[list[str]]:
    """The English terms (as word lists) the glossary gives for a Chinese query word."""
    found: list[list[str]] = []
    for entry in glossary:
        key = entry.get("zh", "")
        if key and (key in han or (len(han) >= 2 and han in key)):
            for term in entry.get("en", []):
                words = _WORD.findall(term)
                if words and words not in found:
                    found.append(words)
    return found


def _facet(kind: str, value: str) -> str:
    return kind + "".join(ch for ch in value.lower() if ch.isalnum())


def build_match(text: str, options: SearchOptions, years: list[int]) -> Match | None:
    """The FTS5 expressions for ``text`` with ``options``; None when nothing can match (e.g. a year
    range without agreements)."""
    terms: list[str] = []
    parts: list[str] = []
    short = False
    for phrase in re.findall(r'"([^"]+)"', text):
        words = _WORD.findall(phrase)
        if words:
            parts.append(_phrase(words))
            terms.append(" ".join(words))
    rest = re.sub(r'"[^"]*"', " ", text)
    for han in HAN_RUN.findall(rest):         # the texts are English, Spanish or French: Chinese goes
        english = _glossed(han, options.glossary or [])      # through the library's glossary
        if not english:
            return None
        parts.append("(" + " OR ".join(_phrase(words) for words in english) + ")")
        terms.extend(" ".join(words) for words in english)
    for word in _WORD.findall(HAN_RUN.sub(" ", rest)):
        word = word.strip(".-")
        if word:
            stem = light_stem(word)
            parts.append(_phrase([stem]) + "*")
            terms.append(stem)
            short = short or len(word) < 3
    filters: list[str] = []
    if options.party:
        filters.append("facets : " + _facet("party", options.party))
    if options.region:
        filters.append("facets : " + _facet("region", options.region))
    if options.language:
        filters.append("facets : " + _facet("lang", options.language))
    if options.year_from is not None or options.year_to is not None:
        low = options.year_from if options.year_from is not None else -10**6
        high = options.year_to if options.year_to is not None else 10**6
        chosen = [y for y in years if low <= y <= high]
        if not chosen:
            return None
        if len(chosen) < len(years):
            filters.append("facets : (" + " OR ".join(f"y{y}" for y in chosen) + ")")
    if options.chapter:
        words = _WORD.findall(options.chapter)
        if words:
            filters.append("chapter : " + _phrase(words))
    if not parts and not filters:
        return None
    if not parts:       # filters alone: every article they allow, newest agreement first
        body = " AND ".join(filters)
        return Match("", body, [], True)
    head = " AND ".join(["{heading chapter} : (" + " AND ".join(parts) + ")"] + filters)
    body = " AND ".join(["{heading chapter text} : (" + " AND ".join(parts) + ")"] + filters)
    return Match(head, body, terms, short)


def snippet(text: str, terms: list[str], width: int = 96) -> str:
    """A window of ``text`` around the first query term found, the term in [brackets] (only the
    window is tidied: articles are long, and a keystroke lists a hundred of them)."""
    found = None
    for term in terms:
        hit = re.search(r"\b" + r"\s+".join(map(re.escape, term.split())), text, re.IGNORECASE)
        if hit and (found is None or hit.start() < found.start()):
            found = hit
    if found is None:
        flat = " ".join(text[:width * 2].split())
        return flat[:width] + ("…" if len(text) > width else "")
    end = found.end()
    while end < len(text) and text[end].isalnum():
        end += 1
    start, stop = max(0, found.start() - width // 3), min(len(text), end + width * 2 // 3)
    window = text[start:found.start()] + "[" + text[found.start():end] + "]" + text[end:stop]
    return ("…" if start else "") + " ".join(window.split()) + ("…" if stop < len(text) else "")


class PrecedentHit(dict):
    """One search result (a dict, for the command line's JSON); its snippet is cut on first use."""

    def __missing__(self, key):
        if key == "snippet":
            self["snippet"] = value = snippet(self.pop("_text", ""), self.get("_terms", []))
            self.pop("_terms", None)
            return value
        raise KeyError(key)

    def public(self) -> dict:
        self["snippet"]    # noqa: B018 - cut it now
        return {k: v for k, v in self.items() if not k.startswith("_")}


COLUMNS = ("a.rowid, a.id, a.agreement_id, a.number, a.name, a.heading, a.chapter, a.text, a.damage, "
           "g.name, g.year, g.damaged")


def run_search(conn: sqlite3.Connection, match: Match, options: SearchOptions) -> list[PrecedentHit]:
    limit = options.limit
    hits: dict[int, dict] = {}
    few = not match.short and _count_at_most(conn, match.body, RANK_AT_MOST) <= RANK_AT_MOST
    if few:            # one ranked stage: bm25 weighs headings six times the text
        stages = [(match.body, True)]
    else:              # headings first, then the text, each newest agreement first
        stages = ([(match.head, False)] if match.head else []) + [(match.body, False)]
    for expression, ranked in stages:
        if len(hits) >= limit:
            break
        inner = ("SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?" if ranked
                 else "SELECT rowid, 0 AS rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid LIMIT ?")
        sql = (f"SELECT {COLUMNS}, f.rank FROM ({inner}) f JOIN articles a ON a.rowid = f.rowid "
               "JOIN agreements g ON g.id = a.agreement_id ORDER BY f.rank, a.rowid")
        try:
            rows = conn.execute(sql, [expression, limit + len(hits)]).fetchall()
        except sqlite3.OperationalError as exc:
            if "fts5" not in str(exc):    # every term is quoted: anything else is a bug
                raise
            rows = []
        for row in rows:
            if row[0] in hits or len(hits) >= limit:
                continue
            hits[row[0]] = PrecedentHit(
                rowid=row[0], article_id=row[1], agreement_id=row[2], number=row[3], name=row[4], heading=row[5],
                chapter=row[6], damaged=bool(row[11]) or (row[8] or 0) >= 0.02, agreement=row[9], year=row[10],
                rank=row[12], _text=row[7] or "", _terms=match.terms)
    return list(hits.values())


def _count_at_most(conn: sqlite3.Connection, expression: str, most: int) -> int:
    """How many articles match, counted up to ``most + 1`` (cheap for common words)."""
    try:
        return conn.execute("SELECT count(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                            "LIMIT ?)", [expression, most + 1]).fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "fts5" not in str(exc):
            raise
        return 0
