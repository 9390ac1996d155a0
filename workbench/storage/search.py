"""Full-text search over the library in English (word prefixes and stems) and Chinese (bigrams).

FTS5's tokenizers treat a run of Han characters as one token, so Chinese text is indexed as
overlapping two-character grams in its own column (``zh_grams``): a query of two or more
characters becomes a phrase of grams. Chinese queries
also match the Chinese labels of topics, and a bilingual glossary expands them to English terms,
so 争端 finds dispute-settlement articles whose official text exists only in English. A
one-character query matches a column of the distinct characters (``zh_chars``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[\w][\w.-]*", re.UNICODE)


def zh_grams(text: str) -> str:
    """Space-separated character bigrams of every Han run (single characters kept as they are)."""
    grams: list[str] = []
    for run in _HAN_RUN.findall(text or ""):
        if len(run) == 1:
            grams.append(run)
        else:
            grams.extend(run[i:i + 2] for i in range(len(run) - 1))
    return " ".join(grams)


def _phrase(grams: str) -> str:
    return '"' + grams.replace('"', "") + '"'


@dataclass
class Query:
    """A user's query as two FTS5 MATCH expressions: over headings only, and over everything."""

    head: str                # cite, title, topics (and Chinese): few rows, ranked first
    match: str               # every column
    terms: list[str] = field(default_factory=list)   # what to highlight in snippets
    short: bool = False      # a one- or two-letter prefix: matches most of the library

    @property
    def empty(self) -> bool:
        return not self.match


def zh_chars(text: str) -> str:
    """The distinct Han characters of ``text``, space-separated (one-character queries)."""
    return " ".join(dict.fromkeys(HAN.findall(text or "")))


_SUFFIXES = ("ations", "ation", "itions", "ition", "ments", "ment", "ings", "ing", "ities", "ity",
             "ions", "ion", "ies", "ied", "ers", "es", "ed", "er", "al", "s")


def light_stem(word: str) -> str:
    """The word without a common English ending, used as a prefix: disputes -> disput
    (dispute, disputed), settlement -> settle, mitigating -> mitigat (mitigation)."""
    lower = word.lower()
    for suffix in _SUFFIXES:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 4:
            return lower[: -len(suffix)]
    return lower


#: The most terms (words, phrases, Chinese runs) a query is made of. Each term is one more index
#: look-up for every matching row (a 1,000-word paste took seconds, 20,000 words over a minute):
#: a repeated term is counted once, and terms past this many are left out (a drafter types a few
#: words; a pasted paragraph is searched by its first distinct words, which already narrow it).
MAX_TERMS = 32
#: The most characters of one Chinese run searched for (its phrase of bigrams is matched whole).
MAX_HAN_RUN = 64


def _expression(text: str, glossary: list[dict], body: bool) -> tuple[str, list[str], bool]:
    english = "{cite title text_en topics}" if body else "{title topics}"
    glossed = "{title text_en topics}" if body else "{title topics}"
    parts: list[str] = []
    terms: list[str] = []
    short = False
    seen: set[str] = set()

    def new(term: str) -> bool:
        """True the first time ``term`` is met, while the query has room for it."""
        key = term.lower()
        if key in seen or len(seen) >= MAX_TERMS:
            return False
        seen.add(key)
        return True

    for phrase in re.findall(r'"([^"]+)"', text):
        words = _WORD.findall(phrase)
        if words and not HAN.search(phrase) and new('"' + " ".join(words)):
            parts.append(f"{english} : " + _phrase(" ".join(words)))
            terms.append(" ".join(words))
    rest = re.sub(r'"[^"]*"', " ", text)
    for token in rest.split():
        if len(seen) >= MAX_TERMS:
            break
        han = "".join(_HAN_RUN.findall(token))[:MAX_HAN_RUN]
        latin = _HAN_RUN.sub(" ", token)
        if han and new(han):
            terms.append(han)
            alternatives = ["zh_grams : " + _phrase(zh_grams(han)) if len(han) >= 2
                            else "zh_chars : " + _phrase(han)]
            for entry in glossary:
                key = entry["zh"]
                if key in han or (len(han) >= 2 and han in key):
                    for english_term in entry["en"]:
                        words = _WORD.findall(english_term)
                        if words:
                            alternatives.append(f"{glossed} : " + (_phrase(light_stem(words[0])) + "*"
                                                if len(words) == 1 else _phrase(" ".join(words))))
            parts.append("(" + " OR ".join(dict.fromkeys(alternatives)) + ")")
        for word in _WORD.findall(latin):
            word = word.strip(".-")
            if word and new(light_stem(word)):
                parts.append(f"{english} : " + _phrase(light_stem(word)) + "*")
                terms.append(light_stem(word))
                short = short or len(word) < 3
    return " AND ".join(parts), terms, short


def build_query(text: str, glossary: list[dict]) -> Query:
    """Parse what the drafter typed: words (prefix-matched), "quoted phrases", Chinese runs."""
    match, terms, short = _expression(text, glossary, body=True)
    head, _, _ = _expression(text, glossary, body=False)
    return Query(head, match, terms, short)


def snippet(text: str, terms: list[str], width: int = 72) -> str:
    """A window of ``text`` around the first query term, the term in [brackets]."""
    flat = " ".join(text.split())
    lower = flat.lower()
    found = [(lower.find(t.lower()), t) for t in terms if t and lower.find(t.lower()) >= 0]
    if not found:
        return flat[:width] + ("…" if len(flat) > width else "")
    at, term = min(found)
    end = at + len(term)
    while end < len(flat) and flat[end].isalnum():
        end += 1
    start = max(0, at - width // 3)
    stop = min(len(flat), end + width * 2 // 3)
    return (("…" if start else "") + flat[start:at] + "[" + flat[at:end] + "]" + flat[end:stop]
            + ("…" if stop < len(flat) else ""))


class SearchHit:
    """One search result. The snippet is cut on first use: a keystroke's results are listed
    long before anyone reads a snippet (tooltips, the CLI)."""

    __slots__ = ("clause_id", "source", "number", "title", "chapter", "verification", "rank",
                 "_text", "_terms", "_snippet")

    def __init__(self, clause_id: str, source: str, number: str, title: str, chapter: str,
                 verification: str, snippet: str = "", rank: float = 0.0, *,
                 text: str = "", terms: list[str] | None = None):
        self.clause_id, self.source, self.number, self.title = clause_id, source, number, title
        self.chapter, self.verification, self.rank = chapter, verification, rank
        self._text, self._terms = text, terms or []
        self._snippet = snippet or None

    @property
    def snippet(self) -> str:
        if self._snippet is None:
            self._snippet = snippet(self._text, self._terms)
        return self._snippet

    def to_dict(self) -> dict:
        return {"clause_id": self.clause_id, "source": self.source, "number": self.number,
                "title": self.title, "chapter": self.chapter, "verification": self.verification,
                "snippet": self.snippet, "rank": self.rank}
