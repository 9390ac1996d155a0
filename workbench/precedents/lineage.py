"""The lineage of a text: the precedent articles whose wording is nearly the same, best first.

Candidates come from the MinHash LSH band keys stored with every article (``signatures``): one
indexed look-up returns the articles sharing a band with the text, those sharing most bands
first. They are then re-ranked exactly: the Jaccard index of the shingle sets
(``core.lineage.similarity``), and among equally similar ones the closer wording to the letter
(pairs of tokens with their case and numbers, so a copy keeping its own cross-references wins;
``core.lineage.closeness_grams``), then the earlier agreement. Each result carries the word diff from the precedent to the text asked about.
"""
from __future__ import annotations

from ..core import textdiff
from ..core.lineage import Lineage, Match, closeness_grams, jaccard, lineage, repaired_words, shingles
from ..storage.precedents import PrecedentStore
from .signatures import band_keys, signature

#: Candidates read from the band index per query (those sharing most bands first).
CANDIDATES = 400
#: Below this similarity a candidate is a chance resemblance, not a precedent.
LEAST = 0.2
#: How many of the best are compared token by token to order near-ties.
REFINED = 40
#: Below this best similarity, the articles sharing the text's rarest words are compared as well.
SURE = 0.5
RARE_CANDIDATES = 60


def word_diff(old: str, new: str) -> list[dict]:
    """The word diff from ``old`` to ``new``, aligned line by line first (a long article whose lines
    are mostly unchanged is diffed in a millisecond instead of a tenth of a second)."""
    return textdiff.diff_lines(old.split("\n"), new.split("\n"))


class LineageFinder:
    """Finds the lineage of texts in an open precedent collection."""

    def __init__(self, store: PrecedentStore):
        self.store = store
        self._known: dict[str, int] | None = None

    @property
    def known(self) -> dict[str, int]:
        """The words the collection uses widely (how the import told damage from words)."""
        if self._known is None:
            self._known = self.store.meta("known_words", {}) or {}
        return self._known

    def rare_words(self, own_words: list[str], count: int = 10) -> list[str]:
        """The words of a text the fewest agreements use: what its precedents share with it."""
        known = self.known
        return sorted({w for w in own_words if len(w) > 3}, key=lambda w: (known.get(w, 0), w))[:count]

    def _scored(self, own: set[str], rowids: list[int], exclude: str | None) -> list[Match]:
        matches = []
        for row in self.store.articles(rowids):
            if row["id"] == exclude:
                continue
            score = jaccard(own, shingles(row["words"].split() if row["words"] else row["text"]))
            if score < LEAST:
                continue
            matches.append(Match(row["agreement_id"], row["agreement"], row["id"], row["heading"], row["year"],
                                 score, row["date"], row["text"],
                                 {"chapter": row["chapter"], "damaged": row["damaged"]}))
        return matches

    def similar(self, text: str, limit: int = 10, exclude: str | None = None, diffs: bool = True,
                keys: list[int] | None = None, words: str | None = None) -> Lineage:
        """The precedents of ``text`` (``exclude``: an article id left out, the text's own; ``words``:
        its words as repaired, for a text damaged by character recognition)."""
        # the text's words as the import read the precedents: words run together split again
        own_words = words.split() if words else repaired_words(text, self.known)
        own = shingles(own_words)
        if not own:
            return Lineage([])
        if keys is None:
            keys = band_keys(signature(own))
        found = [rowid for rowid, _hits in self.store.candidates(keys, CANDIDATES)]
        matches = self._scored(own, found, exclude)
        if not matches or max(m.similarity for m in matches) < SURE:
            # LSH finds a text sharing half of its shingles 87 % of the time: when it found nothing
            # sure, the articles sharing the text's rarest words are compared too
            seen = set(found)
            more = [r for r in self.store.sharing_words(self.rare_words(own_words), RARE_CANDIDATES) if r not in seen]
            matches += self._scored(own, more, exclude)
        matches.sort(key=lambda m: -m.similarity)
        if matches:
            fine = closeness_grams(text)
            for match in matches[:REFINED]:
                match.detail = jaccard(fine, closeness_grams(match.text))
        result = lineage(matches, limit)
        for match in result.matches:
            if diffs:
                match.extra["diff"] = word_diff(match.text, text)
        return result

    def of_article(self, article_id: str, limit: int = 10, diffs: bool = True) -> tuple[dict, Lineage] | None:
        """The lineage of a precedent article (itself left out), or None if there is no such article."""
        article = self.store.article(article_id)
        if article is None:
            return None
        keys = self.store.keys(article["rowid"]) or None
        return article, self.similar(article["text"], limit, exclude=article["id"], diffs=diffs, keys=keys,
                                     words=article["words"])
