"""Structure-aware comparison of two drafts: added, deleted, moved and modified articles.

Articles are aligned by stable id (or the ``origin`` id a proposal's articles keep), then, for
drafts read from files, by identical text, by title, by the library clause they come from and
finally by text similarity. Texts are compared with cross-references rendered by id, so
renumbering alone is never a change. Moves are the matched articles outside the longest run
kept in order (or that changed chapter); splits and merges are recognised from the words an
added article shares with an old one. Within an article the diff is word-level for English and
character-level for Chinese (see ``textdiff``).

>>> from .model import Draft, Node, NodeKind
>>> def art(title, text):
...     return Node(NodeKind.ARTICLE, title=title, children=[Node(NodeKind.PARAGRAPH, text=text)])
>>> old = Draft("T", children=[art("A", "Alpha."), art("B", "Beta."), art("C", "Gamma.")])
>>> new = old.copy(); _ = new.children.pop(0); new.children[0].children[0].text = "Beta, revised."
>>> [c.kind for c in compare(old, new).changes]
['deleted', 'modified']
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .compare_text import PLACEHOLDER_RE, ComparedArticle, ComparedSide
from .model import Draft
from .textdiff import containment, diff_lines, jaccard, ratio

#: Below this similarity two articles are not the same article.
MATCH_THRESHOLD = 0.45


@dataclass
class ArticleChange:
    """One reported change. ``old``/``new`` are the article on each side (None if absent)."""

    kind: str                                   # added | deleted | moved | modified
    old: ComparedArticle | None
    new: ComparedArticle | None
    diff: list[dict] = field(default_factory=list)
    diff_zh: list[dict] = field(default_factory=list)
    title_changed: bool = False
    text_changed: bool = False
    element: str = "article"                    # article | preamble
    split_from: list[ComparedArticle] = field(default_factory=list)
    split_into: list[ComparedArticle] = field(default_factory=list)
    merged_from: list[ComparedArticle] = field(default_factory=list)
    merged_into: list[ComparedArticle] = field(default_factory=list)

    def to_dict(self) -> dict:
        data = {"kind": self.kind, "element": self.element,
                "old": self.old.ref() if self.old else None,
                "new": self.new.ref() if self.new else None,
                "title_changed": self.title_changed, "text_changed": self.text_changed,
                "diff": self.diff}
        if self.diff_zh:
            data["diff_zh"] = self.diff_zh
        for name in ("split_from", "split_into", "merged_from", "merged_into"):
            related = getattr(self, name)
            if related:
                data[name] = [a.ref() for a in related]
        return data


@dataclass
class Row:
    """One line of a side-by-side view: the old and the new article (either may be None)."""

    old: ComparedArticle | None
    new: ComparedArticle | None
    change: ArticleChange | None


class Comparison:
    """The result of ``compare``: changes, a summary, and aligned rows for views and exports."""

    def __init__(self, old: ComparedSide, new: ComparedSide, pairs: list[tuple[ComparedArticle, ComparedArticle]]):
        self.old_side, self.new_side = old, new
        self.pairs = pairs
        self.pair_of_old = {a.id: b for a, b in pairs}
        self.pair_of_new = {b.id: a for a, b in pairs}
        self.changes: list[ArticleChange] = []
        self.rows: list[Row] = []
        self.part_pairs: list[tuple[ComparedArticle | None, ComparedArticle | None]] = []

    # ----- text as each side reads it, references numbered as in the new text -----------
    def comparable(self, article: ComparedArticle, side: str, lang: str = "en") -> list[str]:
        lines = article.lines if lang == "en" else (article.lines_zh or [])
        return [PLACEHOLDER_RE.sub(lambda m: self._key(m, side), line) if "⟦" in line else line
                for line in lines]

    def _key(self, match, side: str) -> str:
        target, flag = match.group(1), match.group(2) or ""
        if side == "old":
            partner = self.pair_of_old.get(target)
            key = f"P:{partner.id}" if partner else f"A:{target}"
        else:
            key = f"P:{target}" if target in self.pair_of_new else f"B:{target}"
        return f"⟦{key}{flag}⟧"

    def display(self, article: ComparedArticle, side: str, lang: str = "en") -> list[str]:
        """The article's lines with references numbered as the new text numbers them."""
        lines = article.lines if lang == "en" else (article.lines_zh or article.lines)
        return [PLACEHOLDER_RE.sub(lambda m: self._number(m, side, lang), line) if "⟦" in line else line
                for line in lines]

    def _number(self, match, side: str, lang: str) -> str:
        target, number_only = match.group(1), bool(match.group(2))
        new_side = self.new_side
        if side == "old":
            partner = self.pair_of_old.get(target)
            if partner is None:
                number = self.old_side.numbering.articles.get(target, 0)
                return self.old_side.number_text(number, lang, number_only)
            target = partner.id
        return new_side.number_text(new_side.numbering.articles.get(target, 0), lang, number_only)

    # ----- summaries ---------------------------------------------------------------------
    @property
    def summary(self) -> dict:
        counts = Counter(c.kind for c in self.changes if c.element == "article")
        return {"added": counts["added"], "deleted": counts["deleted"], "moved": counts["moved"],
                "modified": counts["modified"],
                "moved_and_modified": sum(1 for c in self.changes if c.kind == "moved" and
                                          (c.text_changed or c.title_changed)),
                "split": sum(1 for c in self.changes if c.split_from),
                "merged": sum(1 for c in self.changes if c.merged_into),
                "preamble_changed": any(c.element == "preamble" for c in self.changes),
                "closing_changed": any(c.element == "closing" for c in self.changes),
                "annexes_changed": sum(1 for c in self.changes if c.element == "annex"),
                "unchanged": sum(1 for r in self.rows if r.change is None and r.old and r.new
                                 and r.old.number),
                "chapters": self.chapter_changes(),
                "old_articles": len(self.old_side.articles), "new_articles": len(self.new_side.articles),
                "old_label": self.old_side.label, "new_label": self.new_side.label}

    def chapter_changes(self) -> list[dict]:
        """Chapters added, deleted or renamed (a chapter is the one most of its articles came from)."""
        mapping = {new: old for new, old in _chapter_map(self.pairs).items() if new and old}
        old_titles, new_titles = self.old_side.chapter_titles, self.new_side.chapter_titles
        out = []
        for new_id, title in new_titles.items():
            old_id = mapping.get(new_id)
            if old_id is None:
                out.append({"kind": "added", "old": None, "new": title})
            elif old_titles.get(old_id) != title:
                out.append({"kind": "renamed", "old": old_titles.get(old_id), "new": title})
        kept = set(mapping.values())
        out += [{"kind": "deleted", "old": title, "new": None}
                for old_id, title in old_titles.items() if old_id not in kept]
        return out

    def to_dict(self) -> dict:
        return {"summary": self.summary, "changes": [c.to_dict() for c in self.changes]}

    def summary_text(self) -> str:
        s = self.summary
        return (f"{s['added']} added, {s['deleted']} deleted, {s['moved']} moved, "
                f"{s['modified']} modified articles"
                + (f" ({s['split']} split, {s['merged']} merged)" if s["split"] or s["merged"] else "")
                + ("; the preamble changed" if s["preamble_changed"] else "")
                + ("; the closing changed" if s["closing_changed"] else "")
                + (f"; {s['annexes_changed']} annex(es) changed" if s["annexes_changed"] else ""))


def compare(old: Draft, new: Draft, *, old_label: str = "", new_label: str = "",
            old_imported: bool = False, new_imported: bool = False,
            clause_labels: dict[str, str] | None = None) -> Comparison:
    """Compare two drafts; ``*_imported`` marks a side read from a file (printed numbers)."""
    plain = old_imported or new_imported
    a_side = ComparedSide(old, old_label, plain, clause_labels)
    b_side = ComparedSide(new, new_label, plain, clause_labels)
    pairs = align(a_side.articles, b_side.articles)
    result = Comparison(a_side, b_side, pairs)
    _build_changes(result)
    return result


# ----- alignment ------------------------------------------------------------------------------
def align(old: list[ComparedArticle], new: list[ComparedArticle]) -> list[tuple[ComparedArticle, ComparedArticle]]:
    """Pairs (old article, new article) judged to be the same article."""
    pairs: list[tuple[ComparedArticle, ComparedArticle]] = []
    left_a, left_b = list(old), list(new)

    def take(found: list[tuple[ComparedArticle, ComparedArticle]]) -> None:
        nonlocal left_a, left_b
        if not found:
            return
        pairs.extend(found)
        used_a = {id(a) for a, _ in found}
        used_b = {id(b) for _, b in found}
        left_a = [a for a in left_a if id(a) not in used_a]
        left_b = [b for b in left_b if id(b) not in used_b]

    for slot in range(2):   # the identity kept across proposals (origin or id), then the id
        take(_unique(left_a, left_b, lambda art: art.keys[slot] if len(art.keys) > slot else None))
    take(_unique(left_a, left_b, lambda art: art.digest, pair_all=True))
    take(_unique(left_a, left_b, lambda art: art.title.lower() or None,
                 accept=lambda a, b: jaccard(a.words, b.words) >= 0.2))
    take(_unique(left_a, left_b, lambda art: art.derived_from,
                 accept=lambda a, b: jaccard(a.words, b.words) >= 0.3))
    take(_fuzzy(left_a, left_b))
    pairs.sort(key=lambda pair: pair[0].index)
    return pairs


def _unique(left_a, left_b, key, accept=None, pair_all: bool = False):
    """Pairs whose ``key`` is unique on both sides (``pair_all``: pair equal keys in order)."""
    by_a: dict[str, list] = defaultdict(list)
    for a in left_a:
        k = key(a)
        if k:
            by_a[k].append(a)
    by_b: dict[str, list] = defaultdict(list)
    for b in left_b:
        k = key(b)
        if k:
            by_b[k].append(b)
    found = []
    seen_a, seen_b = set(), set()
    for k, bs in by_b.items():
        as_ = by_a.get(k)
        if not as_:
            continue
        if len(as_) == 1 and len(bs) == 1 or pair_all:
            for a, b in zip(as_, bs):
                if id(a) in seen_a or id(b) in seen_b:
                    continue
                if accept is None or accept(a, b):
                    found.append((a, b))
                    seen_a.add(id(a))
                    seen_b.add(id(b))
    return found


def _rare_words(art: ComparedArticle, df: Counter, count: int = 10) -> list[str]:
    words = [w for w in art.words if len(w) > 2 or not w.isascii()]
    return sorted(words, key=lambda w: (df[w], w))[:count]


def _fuzzy(left_a: list[ComparedArticle], left_b: list[ComparedArticle]):
    """Greedy best-first pairing by similarity, candidates found through shared rare words."""
    if not left_a or not left_b:
        return []
    df = Counter(w for art in left_a + left_b for w in art.words)
    index: dict[str, list[ComparedArticle]] = defaultdict(list)
    for a in left_a:
        for word in _rare_words(a, df):
            index[word].append(a)
    scored = []
    small = len(left_a) * len(left_b) <= 400
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
            if a.title and a.title.lower() == b.title.lower():
                score += 0.1
            if a.derived_from and a.derived_from == b.derived_from:
                score += 0.1
            if a.number == b.number:
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


def _in_order(pairs: list[tuple[ComparedArticle, ComparedArticle]]) -> set[int]:
    """Indexes (into ``pairs``, sorted by old position) of a longest run kept in the same order."""
    seq = [b.index for _, b in pairs]
    tails: list[int] = []        # smallest tail value of an increasing run of each length
    tail_at: list[int] = []      # index into seq of that tail
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


# ----- changes ------------------------------------------------------------------------------
def _build_changes(result: Comparison) -> None:
    a_side, b_side, pairs = result.old_side, result.new_side, result.pairs
    kept = _in_order(pairs)
    chapter_map = _chapter_map(pairs)
    by_new: dict[str, ArticleChange | None] = {}
    for i, (a, b) in enumerate(pairs):
        title_changed = a.title != b.title or (a.title_zh and b.title_zh and a.title_zh != b.title_zh)
        old_lines, new_lines = result.comparable(a, "old"), result.comparable(b, "new")
        en_changed = old_lines != new_lines
        zh_changed = bool(a.lines_zh and b.lines_zh and
                          result.comparable(a, "old", "zh") != result.comparable(b, "new", "zh"))
        moved = i not in kept or chapter_map.get(b.chapter, b.chapter) != a.chapter
        if not (moved or title_changed or en_changed or zh_changed):
            by_new[b.id] = None
            continue
        change = ArticleChange("moved" if moved else "modified", a, b, title_changed=bool(title_changed),
                               text_changed=en_changed or zh_changed)
        if en_changed:
            change.diff = diff_lines(result.display(a, "old"), result.display(b, "new"))
        if zh_changed:
            change.diff_zh = diff_lines(result.display(a, "old", "zh"),
                                  result.display(b, "new", "zh"))
        by_new[b.id] = change
    added = [ArticleChange("added", None, b, diff=_whole(result.display(b, "new"), "insert"),
                           text_changed=True)
             for b in b_side.articles if b.id not in result.pair_of_new]
    deleted = [ArticleChange("deleted", a, None, diff=_whole(result.display(a, "old"), "delete"),
                             text_changed=True)
               for a in a_side.articles if a.id not in result.pair_of_old]
    _splits_and_merges(result, added, deleted, by_new)
    for change in added:
        by_new[change.new.id] = change
    # rows in the new order, each deleted article after the new place of its old predecessor
    rows: list[tuple[float, int, Row]] = []
    for b in b_side.articles:
        partner = result.pair_of_new.get(b.id)
        rows.append((b.index, 0, Row(partner, b, by_new.get(b.id))))
    deleted_by_id = {c.old.id: c for c in deleted}
    anchor = -1
    for a in a_side.articles:
        partner = result.pair_of_old.get(a.id)
        if partner is not None:
            anchor = partner.index
        else:
            rows.append((anchor + 0.5, a.index + 1, Row(a, None, deleted_by_id[a.id])))
    rows.sort(key=lambda t: (t[0], t[1]))
    result.rows = [r for _, _, r in rows]
    preamble = _preamble_change(result)
    result.changes = ([preamble] if preamble else []) + [r.change for r in result.rows if r.change]
    result.changes += _part_changes(result)


def _whole(lines: list[str], op: str) -> list[dict]:
    text = "\n".join(lines)
    return [{"op": op, "text": text}] if text else []


def _chapter_map(pairs) -> dict[str | None, str | None]:
    """Each new chapter -> the old chapter most of its articles come from."""
    votes: dict[str | None, Counter] = defaultdict(Counter)
    for a, b in pairs:
        votes[b.chapter][a.chapter] += 1
    return {chapter: counter.most_common(1)[0][0] for chapter, counter in votes.items()}


def _probes(art: ComparedArticle, count: int = 2) -> list[str]:
    """A few distinctive snippets of an article's text, to find where its words went cheaply."""
    lines = sorted((line for line in art.match_text.split("\n")[1:] if len(line) > 40), key=len, reverse=True)
    return [line[len(line) // 2 - 15:len(line) // 2 + 15] for line in lines[:count]]


def _holding(probes: list[str], articles: list[ComparedArticle]) -> list[ComparedArticle]:
    return [art for art in articles if any(p in art.match_text for p in probes)] if probes else []


def _splits_and_merges(result: Comparison, added: list[ArticleChange], deleted: list[ArticleChange],
                       by_new: dict) -> None:
    """An added article whose words come from one old article was split from it; and vice versa."""
    if not added and not deleted:
        return

    def old_change(a, partner):         # the change that reports old article ``a``
        source = by_new.get(partner.id) if partner is not None else None
        return source or next((d for d in deleted if d.old is a), None)

    def new_change(b, partner):         # the change that reports new article ``b``
        return by_new.get(b.id) or next((c for c in added if c.new is b), None)

    _words_gone_to(added, "new", result.old_side.articles, result.pair_of_old,
                   ("split_from", "split_into"), old_change)
    _words_gone_to(deleted, "old", result.new_side.articles, result.pair_of_new,
                   ("merged_into", "merged_from"), new_change)


def _words_gone_to(changes: list[ArticleChange], side: str, others: list[ComparedArticle],
                   pair_of: dict, links: tuple[str, str], change_of) -> None:
    """Link each change's article (its ``side``) to the one article of ``others`` holding nearly all its
    words but not the same text: ``links`` names the list on this change and the one on the other's change
    (found by ``change_of(other, other's partner)``). An ``other`` whose partner still holds the words is
    a copy, not a split or merge."""
    here, there = links
    for change in changes:
        art = getattr(change, side)
        if len(art.words) < 5:
            continue
        for other in _holding(_probes(art), others):
            if containment(art.words, other.words) < 0.8 or jaccard(art.words, other.words) > 0.9:
                continue
            partner = pair_of.get(other.id)
            if partner is not None and containment(art.words, partner.words) >= 0.6:
                continue        # the text is still all there on the other side: a copy
            getattr(change, here).append(other)
            target = change_of(other, partner)
            if target is not None:
                getattr(target, there).append(art)
            break


def _part_changes(result: Comparison) -> list[ArticleChange]:
    """The closing formula and the annexes: paired by name (the closing; "Annex 2"), else in order."""
    old, new = result.old_side.parts, result.new_side.parts
    pairs = {id(b): a for a, b in _unique(old, new, lambda p: p.keys[0])}
    rest_old = [a for a in old if all(a is not p for p in pairs.values())]
    for b in new:
        if id(b) not in pairs and rest_old and b.keys[0].startswith("annex") and rest_old[0].keys[0].startswith("annex"):
            pairs[id(b)] = rest_old.pop(0)
    result.part_pairs = [(pairs.get(id(b)), b) for b in new] + [(a, None) for a in rest_old]
    changes = []
    for a, b in result.part_pairs:
        element = (b or a).keys[0].split(":")[0]
        change = _preamble_change(result, a, b, element)
        if change is not None:
            changes.append(change)
    return changes


def _preamble_change(result: Comparison, a=None, b=None, element: str = "preamble") -> ArticleChange | None:
    if element == "preamble":
        a, b = result.old_side.preamble, result.new_side.preamble
    if a is None and b is None:
        return None
    if a is None or b is None:
        kind = "added" if a is None else "deleted"
        art = b or a
        side = "new" if a is None else "old"
        return ArticleChange(kind, a, b, diff=_whole(result.display(art, side), "insert" if a is None else "delete"),
                             text_changed=True, element=element)
    en = result.comparable(a, "old") != result.comparable(b, "new")
    zh = bool(a.lines_zh and b.lines_zh and
              result.comparable(a, "old", "zh") != result.comparable(b, "new", "zh"))
    title = a.title != b.title or a.title_zh != b.title_zh
    if not (en or zh or title):
        return None
    change = ArticleChange("modified", a, b, text_changed=en or zh, title_changed=title, element=element)
    if en:
        change.diff = diff_lines(result.display(a, "old"), result.display(b, "new"))
    if zh:
        change.diff_zh = diff_lines(result.display(a, "old", "zh"), result.display(b, "new", "zh"))
    return change
