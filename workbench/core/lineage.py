"""Lineage of a clause: how near two wordings are, and what the precedents of one say together.

Texts are compared as sets of *shingles*, runs of three consecutive words, lower-cased, numbers
and punctuation left out: renumbering ("Article 14.2" -> "Article 5") and line breaks change
nothing, a changed word changes the three shingles it is in, two swapped words four. The
similarity of two texts is the Jaccard index of their shingle sets (exact; the precedent index
finds the candidates with MinHash, see ``workbench.precedents.signatures``).

Texts damaged by character recognition run words together ("ofthis", "territoryofeachParty").
``run_together`` finds such tokens with a vocabulary of known words, so an import can flag the
damaged texts (they are kept, never dropped), and ``repaired_words`` splits them again, so that a
damaged text's lineage is found from the words it was meant to have.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .messages import msg

SHINGLE = 3
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: A lower-case letter followed by an upper-case one inside a token ("eachParty").
_CAMEL = re.compile(r"[a-z][A-Z]")


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased, without numbers or punctuation."""
    return _WORD.findall((text or "").lower())


def shingles(text_or_words: str | list[str], size: int = SHINGLE) -> set[str]:
    # (a list is taken as words already, e.g. ``repaired_words``)
    """The set of runs of ``size`` consecutive words (a shorter text: its words as one shingle)."""
    w = words(text_or_words) if isinstance(text_or_words, str) else text_or_words
    if len(w) <= size:
        return {" ".join(w)} if w else set()
    return {" ".join(w[i:i + size]) for i in range(len(w) - size + 1)}


_TOKEN = re.compile(r"\w+|[^\w\s]|\n", re.UNICODE)


def closeness_grams(text: str) -> set[str]:
    """Pairs of consecutive tokens as written (case, numbers, punctuation and line breaks kept): to tell apart wordings
    whose shingles are equally near, e.g. two copies of a clause with their own cross-references."""
    tokens = _TOKEN.findall(text or "")
    return {a + " " + b for a, b in zip(tokens, tokens[1:])} or set(tokens)


def jaccard(a: set, b: set) -> float:
    """|a ∩ b| / |a ∪ b| (1.0 for two empty sets)."""
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def similarity(a: str, b: str) -> float:
    """How nearly the same two wordings are (0..1): Jaccard index of their shingles."""
    return jaccard(shingles(a), shingles(b))


# ----- character-recognition damage -----------------------------------------------------------
def _splits(token: str, known: Mapping[str, int] | set[str]) -> bool:
    """Whether ``token`` is two known words run together ("ofthis" = "of" + "this")."""
    for i in range(2, len(token) - 2):
        if token[:i] in known and token[i:] in known:
            return True
    return False


def _damaged(token: str, known: Mapping[str, int] | set[str]) -> bool:
    lower = token.lower()
    if len(lower) < 6 or lower in known or token.isupper():
        return False
    return bool(_CAMEL.search(token)) or _splits(lower, known)


def run_together(text: str, known: Mapping[str, int] | set[str]) -> list[str]:
    """The tokens of ``text`` that look like words run together by character recognition.

    A token counts when it is not a known word and either joins a lower-case letter to an upper-case
    one ("eachParty") or splits into two known words ("ofthis"). ``known`` holds the words seen
    widely in the collection (lower-cased), so that rare words of one text are not mistaken.
    """
    tokens = _WORD.findall(text or "")
    bad = {t for t in set(tokens) if _damaged(t, known)}
    return [t for t in tokens if t in bad] if bad else []


def damage(text: str, known: Mapping[str, int] | set[str]) -> tuple[float, int]:
    """(share of the words of ``text`` that were run together, number of words)."""
    tokens = _WORD.findall(text or "")
    if not tokens:
        return 0.0, 0
    bad = {t for t in set(tokens) if _damaged(t, known)}
    count = sum(1 for t in tokens if t in bad) if bad else 0
    return count / len(tokens), len(tokens)


_CAMEL_CUT = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _pieces(token: str, known, depth: int = 0, memo: dict | None = None) -> tuple[int, list[str]] | None:
    """``token`` (lower case) as known words run together, or None ("theprovisionsof" -> the,
    provisions, of). Of the ways to split it, the one whose rarest word is most widespread wins
    (``known`` maps words to how many texts use them), so that damage common enough to look like
    a word ("tothe") is split too."""
    memo = {} if memo is None else memo
    if (token, depth) in memo:
        return memo[token, depth]
    weight = known.get if isinstance(known, Mapping) else (lambda w, _d=0: 1 if w in known else 0)
    best = (weight(token, 0), [token]) if token in known else None
    if depth < 4:
        for i in range(1, len(token)):
            head = token[:i]
            if (len(head) > 1 or head == "a") and head in known:
                rest = _pieces(token[i:], known, depth + 1, memo)
                if rest is not None:
                    score = min(weight(head, 0), rest[0])
                    if best is None or score > best[0]:
                        best = (score, [head] + rest[1])
    memo[token, depth] = best
    return best


def repaired_words(text: str, known: Mapping[str, int] | set[str]) -> list[str]:
    """The words of ``text`` (as ``words``), those run together by character recognition split
    again where the collection's words tell how ("territoryofeachParty" -> territory of each party)."""
    out: list[str] = []
    for token in _WORD.findall(text or ""):
        if not _damaged(token, known):
            out.append(token.lower())
            continue
        for part in _CAMEL_CUT.split(token):
            lower = part.lower()
            found = _pieces(lower, known)
            out.extend(found[1] if found else [lower])
    return out


def damage_ratio(text: str, known: Mapping[str, int] | set[str]) -> float:
    """The share of the words of ``text`` that were run together (0 for a text without words)."""
    return damage(text, known)[0]


# ----- what the precedents of a text say together -----------------------------------------------
@dataclass
class Match:
    """One precedent article nearly the same as the text asked about."""

    agreement_id: str
    agreement: str            # the agreement's name
    article_id: str
    article: str              # its number and name ("Article 14.2 Scope")
    year: int | None
    similarity: float
    date: str = ""
    text: str = ""
    extra: dict = field(default_factory=dict)
    detail: float = 0.0       # finer closeness (token order, numbers) to order equally similar ones

    def to_dict(self) -> dict:
        out = {"agreement": self.agreement, "agreement_id": self.agreement_id, "article": self.article,
               "article_id": self.article_id, "year": self.year, "date": self.date,
               "similarity": round(self.similarity, 4)}
        out.update(self.extra)
        return out


@dataclass
class Lineage:
    """The precedents of a text, best first, and the earliest of those that are nearly the same."""

    matches: list[Match]
    agreements: int = 0           # how many agreements hold a nearly identical article
    first: Match | None = None    # the earliest of them (by date of signature)

    @property
    def since(self) -> int | None:
        return self.first.year if self.first else None


#: Similarity from which a precedent counts as "the same clause" in the summary line.
SAME_CLAUSE = 0.6


def lineage(matches: Iterable[Match], limit: int | None = None, same: float = SAME_CLAUSE) -> Lineage:
    """Rank ``matches`` (most similar first; among equals, the earlier agreement first) and find
    how many agreements use the clause and which used it first."""
    # Similarities within a percentage point are equal: the closer wording to the letter decides
    # (shown as percentages, they read the same anyway).
    ranked = sorted(matches, key=lambda m: (-round(m.similarity, 2), -m.detail, m.date or "9999", m.agreement_id,
                                            m.article_id))
    close = [m for m in ranked if m.similarity >= same]
    first = min(close, key=lambda m: (m.date or "9999", -m.similarity)) if close else None
    agreements = len({m.agreement_id for m in close})
    return Lineage(ranked[:limit] if limit else ranked, agreements, first)


def summary_line(result: Lineage) -> str:
    """"in 37 agreements since 2003, first Japan - Singapore, Article 4" (or that none was found)."""
    if result.first is None:
        return msg("no precedent is nearly the same")
    if result.agreements == 1:
        return msg("in one agreement since {year}: {agreement}, {article}", year=result.since or "?",
                   agreement=result.first.agreement, article=result.first.article)
    return msg("in {count} agreements since {year}, first {agreement}, {article}", count=result.agreements,
               year=result.since or "?", agreement=result.first.agreement, article=result.first.article)
