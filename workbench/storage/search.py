"""Full-text search over the library in English (porter stems) and Chinese (character bigrams).

FTS5's tokenizers treat a run of Han characters as one token, so Chinese text is indexed as
overlapping two-character grams in its own column (``zh_grams``): a query of two or more
characters becomes a phrase of grams, a one-character query falls back to LIKE. Chinese queries
also match the Chinese labels of topics, and a bilingual glossary expands them to English terms,
so 争端 finds dispute-settlement articles whose official text exists only in English.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

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
    """A user's query turned into an FTS5 MATCH expression, plus LIKE fallbacks."""

    match: str
    like: list[str]

    @property
    def empty(self) -> bool:
        return not self.match and not self.like


def build_query(text: str, glossary: list[dict]) -> Query:
    """Parse what the drafter typed: words (prefix-matched), "quoted phrases", Chinese runs."""
    parts: list[str] = []
    like: list[str] = []
    for phrase in re.findall(r'"([^"]+)"', text):
        words = _WORD.findall(phrase)
        if words and not HAN.search(phrase):
            parts.append("{cite title text_en topics} : " + _phrase(" ".join(words)))
    rest = re.sub(r'"[^"]*"', " ", text)
    for token in rest.split():
        han = "".join(_HAN_RUN.findall(token))
        latin = _HAN_RUN.sub(" ", token)
        if han:
            alternatives = []
            if len(han) >= 2:
                alternatives.append("zh_grams : " + _phrase(zh_grams(han)))
            else:
                like.append(han)
            for entry in glossary:
                key = entry["zh"]
                if key in han or (len(han) >= 2 and han in key):
                    for english in entry["en"]:
                        words = _WORD.findall(english)
                        if words:
                            alternatives.append("{title text_en topics} : "
                                                + _phrase(" ".join(words)) + ("*" if len(words) == 1 else ""))
            if alternatives:
                parts.append("(" + " OR ".join(dict.fromkeys(alternatives)) + ")")
        for word in _WORD.findall(latin):
            word = word.strip(".-")
            if word:
                parts.append("{cite title text_en topics} : " + _phrase(word) + "*")
    return Query(" AND ".join(parts), like)


@dataclass
class SearchHit:
    clause_id: str
    source: str
    number: str
    title: str
    chapter: str
    verification: str
    snippet: str
    rank: float

    def to_dict(self) -> dict:
        return dict(self.__dict__)
