"""Which article of one text is which article of the other, and which of them moved.

Articles are paired in a language both texts have (English if both have it, else Chinese,
compared character by character; see ``ComparedSide.languages``): first by the identity a draft
keeps across its versions and proposals, then by identical text, by title, by the library clause
they come from, and finally by similarity of their text. Two texts that share no language are
paired by their printed numbers.

What moved is the smallest set of articles whose removal leaves the rest in the same order (a
longest increasing run), plus the articles now in another division. Divisions are paired by
identity and title first; the articles they hold decide only for divisions without either, and a
tie goes to the division at the same place, never to whichever article was counted first.

>>> from .compare_text import ComparedSide
>>> from .model import Draft, Node, NodeKind
>>> def art(text):
...     return Node(NodeKind.ARTICLE, children=[Node(NodeKind.PARAGRAPH, text=text)])
>>> old = ComparedSide(Draft("T", children=[art("Alpha one."), art("Beta two."), art("Gamma three.")]))
>>> new = ComparedSide(Draft("T", children=[art("Beta two."), art("Gamma three."), art("Alpha one.")]))
>>> pairs = align(old, new)
>>> [(a.number, b.number) for a, b in pairs]
[(1, 3), (2, 1), (3, 2)]
>>> [a.number for a, b in pairs if b.id in moved_articles(pairs, {})]
[1]
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict

from .compare_text import ComparedArticle, ComparedSide
from .textdiff import jaccard, ratio

#: Below this similarity two articles are not the same article.
MATCH_THRESHOLD = 0.45
Pairs = list[tuple[ComparedArticle, ComparedArticle]]


def common_language(old: ComparedSide, new: ComparedSide) -> str | None:
    """The language the two texts are compared in: English when both have it, else Chinese."""
    shared = old.languages & new.languages
    return "en" if "en" in shared else "zh" if "zh" in shared else None


def align(old: ComparedSide, new: ComparedSide) -> Pairs:
    """Pairs (old article, new article) judged to be the same article, in old order."""
    lang = common_language(old, new)
    for side in (old, new):
        side.use_language(lang or "en")
    pairs: Pairs = []
    left_a, left_b = list(old.articles), list(new.articles)

    def take(found: Pairs) -> None:
        nonlocal left_a, left_b
        if not found:
            return
        pairs.extend(found)
        used_a = {id(a) for a, _ in found}
        used_b = {id(b) for _, b in found}
        left_a = [a for a in left_a if id(a) not in used_a]
        left_b = [b for b in left_b if id(b) not in used_b]

    for slot in range(2):   # the identity kept across proposals (origin or id), then the id
        take(unique_pairs(left_a, left_b, lambda art: art.keys[slot] if len(art.keys) > slot else None))
    if lang is None:        # no language in common: the printed numbers, then the order
        take(unique_pairs(left_a, left_b, lambda art: art.printed))
        take(list(zip(left_a, left_b)))
    else:
        take(unique_pairs(left_a, left_b, lambda art: art.digest if art.match_text.strip() else None,
                          pair_all=True))
        take(unique_pairs(left_a, left_b, lambda art: art.match_title or None,
                          accept=lambda a, b: jaccard(a.words, b.words) >= 0.2))
        take(unique_pairs(left_a, left_b, lambda art: art.derived_from,
                          accept=lambda a, b: jaccard(a.words, b.words) >= 0.3))
        take(_similar(left_a, left_b))
    pairs.sort(key=lambda pair: pair[0].index)
    return pairs


def unique_pairs(left_a, left_b, key, accept=None, pair_all: bool = False) -> Pairs:
    """Pairs whose ``key`` is unique on both sides (``pair_all``: pair equal keys in order)."""
    by_a: dict[str, list] = defaultdict(list)
    for a in left_a:
        k = key(a)
        if k:
            by_a[k].append(a)
    found = []
    seen_b: dict[str, list] = defaultdict(list)
    for b in left_b:
        k = key(b)
        if k:
            seen_b[k].append(b)
    for k, bs in seen_b.items():
        as_ = by_a.get(k)
        if not as_ or not (pair_all or len(as_) == len(bs) == 1):
            continue
        for a, b in zip(as_, bs):
            if accept is None or accept(a, b):
                found.append((a, b))
    return found


def _rare_words(art: ComparedArticle, df: Counter, count: int = 12) -> list[str]:
    words = [w for w in art.words if len(w) > 2 or not w.isascii()]
    return sorted(words, key=lambda w: (df[w], w))[:count]


def _similar(left_a: list[ComparedArticle], left_b: list[ComparedArticle]) -> Pairs:
    """Best-first pairing by similarity; candidates found through the rare words they share."""
    if not left_a or not left_b:
        return []
    df = Counter(w for art in left_a + left_b for w in art.words)
    index: dict[str, list[ComparedArticle]] = defaultdict(list)
    for a in left_a:
        for word in _rare_words(a, df):
            index[word].append(a)
    small = len(left_a) * len(left_b) <= 400
    scored = []
    for b in left_b:
        if small:
            candidates = left_a
        else:
            seen: dict[int, ComparedArticle] = {}
            for word in _rare_words(b, df):
                for a in index.get(word, ()):
                    seen[id(a)] = a
            candidates = list(seen.values())
        ranked = sorted(((jaccard(a.words, b.words), a) for a in candidates), key=lambda t: -t[0])[:5]
        for jac, a in ranked:
            if jac < 0.2:
                continue
            score = 0.4 * jac + 0.6 * ratio(a.match_text, b.match_text)
            if a.match_title and a.match_title == b.match_title:
                score += 0.1
            if a.derived_from and a.derived_from == b.derived_from:
                score += 0.1
            if a.printed and a.printed == b.printed:
                score += 0.02
            if score >= MATCH_THRESHOLD:
                scored.append((score, a.index, b.index, a, b))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    found, used_a, used_b = [], set(), set()
    for _, _, _, a, b in scored:
        if id(a) in used_a or id(b) in used_b:
            continue
        used_a.add(id(a))
        used_b.add(id(b))
        found.append((a, b))
    return found


# ----- divisions and moves ---------------------------------------------------------------------
def division_map(old: ComparedSide, new: ComparedSide, pairs: Pairs) -> dict[str, str]:
    """Each division of the new text -> the division of the old text it is (where one is)."""
    mapping: dict[str, str] = {}
    old_divs, new_divs = old.divisions, new.divisions          # id -> (keys, title, position)
    for slot in range(2):
        by_key = {d[0][slot]: i for i, d in old_divs.items() if len(d[0]) > slot and d[0][slot]}
        for i, d in new_divs.items():
            if i not in mapping and len(d[0]) > slot and d[0][slot] in by_key \
                    and by_key[d[0][slot]] not in mapping.values():
                mapping[i] = by_key[d[0][slot]]
    titles_old = Counter(d[1] for i, d in old_divs.items() if i not in mapping.values() and d[1])
    titles_new = Counter(d[1] for i, d in new_divs.items() if i not in mapping and d[1])
    by_title = {d[1]: i for i, d in old_divs.items() if i not in mapping.values() and d[1]}
    for i, d in new_divs.items():
        if i not in mapping and d[1] and titles_old[d[1]] == 1 and titles_new[d[1]] == 1:
            mapping[i] = by_title[d[1]]
    votes: dict[str, Counter] = defaultdict(Counter)
    for a, b in pairs:
        if b.chapter in new_divs and b.chapter not in mapping and a.chapter in old_divs \
                and a.chapter not in mapping.values():
            votes[b.chapter][a.chapter] += 1
    for i, counter in votes.items():
        best = max(counter.values())
        tied = [o for o, n in counter.items() if n == best and o not in mapping.values()]
        if tied:                              # a tie: the division at the same place
            mapping[i] = min(tied, key=lambda o: abs(old_divs[o][2] - new_divs[i][2]))
    return mapping


def kept_in_order(pairs: Pairs) -> set[int]:
    """Indexes (into ``pairs``, in old order) of a longest run kept in the same order: the fewest
    articles are then reported as moved."""
    seq = [b.index for _, b in pairs]
    tails: list[int] = []
    tail_at: list[int] = []
    back = [-1] * len(seq)
    for i, value in enumerate(seq):
        pos = bisect_left(tails, value)
        if pos == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[pos] = value
            tail_at[pos] = i
        back[i] = tail_at[pos - 1] if pos else -1
    keep: set[int] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        keep.add(i)
        i = back[i]
    return keep


def moved_articles(pairs: Pairs, divisions: dict[str, str]) -> set[str]:
    """Ids (new side) of the paired articles that moved: out of the kept order, or now in a division
    that is another one than the division they were in (an article under a new division heading has
    not moved: the division was added)."""
    kept = kept_in_order(pairs)
    return {b.id for i, (a, b) in enumerate(pairs)
            if i not in kept or (b.chapter in divisions and divisions[b.chapter] != a.chapter)}
