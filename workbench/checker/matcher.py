"""One pass over a paragraph finds every phrase of every criterion (a trie compiled to a regex).

English phrases match whole words, case-insensitively, on text whose whitespace is collapsed; a
phrase ending in ``*`` matches any word ending. Chinese phrases match as written. Because the
regex is built from a trie, the cost of a search grows with the text, not with the number of
phrases, so hundreds of criteria phrases cost one scan per paragraph.

>>> m = PhraseMatcher({"en": {"shall": ["k1"], "shall endeavour": ["k2"], "sustainab*": ["k3"]}})
>>> [(h.phrase, h.keys) for h in m.find("The Parties shall endeavour to act sustainably.", "en")]
[('shall endeavour', ('k2',)), ('shall', ('k1',)), ('sustainab*', ('k3',))]
>>> [h.quote for h in m.find("They shall act SUSTAINABLY.", "en")]
['shall', 'SUSTAINABLY']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_WORD_CHAR = "a-z0-9"


@dataclass(frozen=True)
class PhraseHit:
    """A phrase found in a text: the phrase as listed, its keys, and the words quoted."""

    phrase: str
    keys: tuple
    start: int
    end: int
    quote: str


def normalise(text: str) -> str:
    """Collapse whitespace and unify quotes and dashes, keeping letter case."""
    text = (text or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2011", "-")
    return " ".join(text.split())


def _trie_regex(phrases: list[str], lang: str) -> str:
    trie: dict = {}
    for phrase in phrases:
        node = trie
        prefix = phrase.endswith("*")
        body = phrase[:-1] if prefix else phrase
        for char in body:
            node = node.setdefault(char, {})
        node.setdefault("", set()).add(prefix)

    def emit(node: dict) -> str:
        alternatives = []
        for char in sorted(k for k in node if k):
            alternatives.append(re.escape(char) + emit(node[char]))
        ends = node.get("", set())
        if ends:
            if lang == "en":
                # longer words first, then the end of this phrase: a boundary unless it is a prefix
                alternatives.append("" if True in ends else f"(?![{_WORD_CHAR}])")
            else:
                alternatives.append("")
        if not alternatives:
            return ""
        if len(alternatives) == 1:
            return alternatives[0] if not alternatives[0] or len(node) == 1 else f"(?:{alternatives[0]})"
        return "(?:" + "|".join(alternatives) + ")"

    body = emit(trie)
    return (f"(?<![{_WORD_CHAR}])" + body) if lang == "en" else body


class PhraseMatcher:
    """Finds listed phrases (per language) and reports the keys each phrase was listed under."""

    def __init__(self, phrases: dict[str, dict[str, list]]):
        self._keys: dict[str, dict[str, tuple]] = {}
        self._regex: dict[str, re.Pattern | None] = {}
        for lang, table in phrases.items():
            keys = {}
            for phrase, owners in table.items():
                text = phrase.lower() if lang == "en" else phrase
                keys[text] = tuple(dict.fromkeys(tuple(keys.get(text, ())) + tuple(owners)))
            self._keys[lang] = keys
            self._regex[lang] = re.compile(_trie_regex(sorted(keys), lang)) if keys else None
        # phrase text as matched -> listed phrases (prefix phrases are stored without their star; an
        # exact phrase and a prefix phrase may share a stem: "general obligation", "general obligation*")
        self._lookup: dict[str, dict[str, tuple]] = {}
        for lang, keys in self._keys.items():
            table: dict[str, tuple] = {}
            for p in keys:
                stem = p[:-1] if p.endswith("*") else p
                table[stem] = table.get(stem, ()) + (p,)
            self._lookup[lang] = table

    def find(self, text: str, lang: str) -> list[PhraseHit]:
        """Every listed phrase in ``text`` (already normalised or not), left to right."""
        regex = self._regex.get(lang)
        if regex is None or not text:
            return []
        norm = normalise(text)
        low = norm.lower() if lang == "en" else norm
        if len(low) != len(norm):  # a rare letter whose lower case is longer: quote the lower case
            norm = low
        hits = []
        lookup = self._lookup[lang]
        pos = 0
        # Phrases may overlap ("each party shall" and "shall prohibit"): search again from the
        # next position, and report every shorter listed phrase that starts where a longer one does.
        while True:
            match = regex.search(low, pos)
            if match is None:
                break
            start, matched = match.start(), match.group(0)
            for cut in range(len(matched), 0, -1):
                for phrase in lookup.get(matched[:cut], ()):
                    end = start + cut
                    if lang == "en" and not phrase.endswith("*") and \
                            (low[end].isalnum() if end < len(low) else False):
                        continue
                    quote_end = end
                    if phrase.endswith("*") and lang == "en":
                        while quote_end < len(low) and (low[quote_end].isalnum() or low[quote_end] == "-"):
                            quote_end += 1
                    hits.append(PhraseHit(phrase, self._keys[lang][phrase], start, end, norm[start:quote_end]))
            pos = start + 1
        return hits
