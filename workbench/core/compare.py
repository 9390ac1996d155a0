"""Structure-aware comparison of two drafts: added, deleted, moved and modified articles.

Articles are aligned in a language both texts have (``core.align``): by the identity a draft
keeps across versions and proposals, then, for drafts read from files, by identical text, title,
library clause and finally text similarity (Chinese by characters). Moves are the fewest that
explain the new order, plus articles now in another division (divisions paired by identity and
title). A moved article that was also edited is reported as moved *and* modified.

Texts are compared with cross-references keyed by the article they point to, so renumbering is
never a change; every text shown keeps its own side's numbers (the old text says "Article 31"
where the new one says "Article 30" for the same article, and that is no difference). Within an
article the diff is word-level for English and character-level for Chinese (``textdiff``).

>>> from .model import Draft, Node, NodeKind
>>> def art(title, text):
...     return Node(NodeKind.ARTICLE, title=title, children=[Node(NodeKind.PARAGRAPH, text=text)])
>>> old = Draft("T", children=[art("A", "Alpha."), art("B", "Beta."), art("C", "Gamma.")])
>>> new = old.copy(); _ = new.children.pop(0); new.children[0].children[0].text = "Beta, revised."
>>> [c.kind for c in compare(old, new).changes]
['deleted', 'modified']
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from .align import align, common_language, division_map, moved_articles, unique_pairs
from .compare_text import PLACEHOLDER_RE, ComparedArticle, ComparedSide
from .labels import labelled
from .model import Draft
from .plural import counted
from .textdiff import containment, diff_lines, jaccard

_KEYED_RE = re.compile(r"⟦([PAB]):([^|⟧]+)((?:\|[nd])*)⟧")


@dataclass
class ArticleChange:
    """One reported change. ``old``/``new`` are the article on each side (None if absent).

    ``diff`` (and ``diff_zh``) are the operations from the old text to the new one, each side's
    references with its own numbers: an ``equal`` operation whose text reads differently on the old
    side (a reference renumbered) carries that reading as ``old``.
    """

    kind: str                                   # added | deleted | moved | modified
    old: ComparedArticle | None
    new: ComparedArticle | None
    diff: list[dict] = field(default_factory=list)
    diff_zh: list[dict] = field(default_factory=list)
    title_changed: bool = False
    text_changed: bool = False
    element: str = "article"                    # article | preamble | closing | annex
    split_from: list[ComparedArticle] = field(default_factory=list)
    split_into: list[ComparedArticle] = field(default_factory=list)
    merged_from: list[ComparedArticle] = field(default_factory=list)
    merged_into: list[ComparedArticle] = field(default_factory=list)

    @property
    def modified(self) -> bool:
        """Whether the wording changed (a moved article may be modified too)."""
        return self.kind == "modified" or (self.kind == "moved" and (self.text_changed or self.title_changed))

    def to_dict(self) -> dict:
        data = {"kind": self.kind, "element": self.element, "modified": self.modified,
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
        self.language = common_language(old, new)
        shared = old.languages & new.languages
        #: languages whose texts both sides have: only differences in these are changes
        self.languages = [lang for lang in ("en", "zh") if lang in shared]
        self.divisions: dict[str, str] = {}
        self.changes: list[ArticleChange] = []
        self.rows: list[Row] = []
        self.part_pairs: list = []

    # ----- text as each side reads it ------------------------------------------------------
    @staticmethod
    def _lines(article: ComparedArticle, lang: str) -> list[str]:
        return article.lines if lang == "en" else (article.lines_zh or [])

    def comparable(self, article: ComparedArticle, side: str, lang: str = "en") -> list[str]:
        """The article's lines with each reference keyed by the article it points to (the same key
        on both sides for paired articles): what is compared."""
        return [PLACEHOLDER_RE.sub(lambda m: self._key(m, side), line) if "⟦" in line else line
                for line in self._lines(article, lang)]

    def _key(self, match, side: str) -> str:
        target, flags = match.group(1), match.group(2) or ""
        if side == "old":
            partner = self.pair_of_old.get(target)
            key = f"P:{partner.id}" if partner else f"A:{target}"
        else:
            key = f"P:{target}" if target in self.pair_of_new else f"B:{target}"
        return f"⟦{key}{flags}⟧"

    def display(self, article: ComparedArticle, side: str, lang: str = "en") -> list[str]:
        """The article's lines as its own text prints them (its own numbers); Chinese falls back to
        the English where the article has no Chinese."""
        lines = article.lines if lang == "en" else (article.lines_zh or article.lines)
        own = self.old_side if side == "old" else self.new_side
        return [PLACEHOLDER_RE.sub(lambda m: own.reference(m.group(1), lang, m.group(2) or ""), line)
                if "⟦" in line else line for line in lines]

    def _render(self, keyed: str, side: str, lang: str) -> str:
        """Keyed text back as ``side`` prints it."""
        if "⟦" not in keyed:
            return keyed

        def number(match) -> str:
            kind, target, flags = match.group(1), match.group(2), match.group(3) or ""
            if kind == "A" or (kind == "P" and side == "old"):
                article_id = target if kind == "A" else self.pair_of_new[target].id
                return self.old_side.reference(article_id, lang, flags)
            return self.new_side.reference(target, lang, flags)

        return _KEYED_RE.sub(number, keyed)

    def text_diff(self, old: ComparedArticle | None, new: ComparedArticle | None, lang: str = "en") -> list[dict]:
        """The diff from ``old`` to ``new`` (either may be None) in ``lang``, each side with its own
        numbers; an article without text in ``lang`` is shown in English."""
        if lang == "zh" and not ((old is None or old.lines_zh) and (new is None or new.lines_zh)):
            lang_old = lang_new = "en"
        else:
            lang_old = lang_new = lang
        a = self.comparable(old, "old", lang_old) if old is not None else []
        b = self.comparable(new, "new", lang_new) if new is not None else []
        ops = []
        for op in diff_lines(a, b):
            if op["op"] == "delete":
                ops.append({"op": "delete", "text": self._render(op["text"], "old", lang)})
            elif op["op"] == "insert":
                ops.append({"op": "insert", "text": self._render(op["text"], "new", lang)})
            else:
                text, before = self._render(op["text"], "new", lang), self._render(op["text"], "old", lang)
                ops.append({"op": "equal", "text": text, **({"old": before} if before != text else {})})
        return ops

    def _changed(self, a: ComparedArticle, b: ComparedArticle) -> tuple[bool, bool, bool]:
        """(title changed, English changed, Chinese changed), in the languages both texts have."""
        title = any((a.title if lang == "en" else a.title_zh) != (b.title if lang == "en" else b.title_zh)
                    for lang in self.languages)
        en = "en" in self.languages and self.comparable(a, "old") != self.comparable(b, "new")
        zh = "zh" in self.languages and bool(a.lines_zh or b.lines_zh) and \
            self.comparable(a, "old", "zh") != self.comparable(b, "new", "zh")
        return title, en, zh

    def place_of(self, article: ComparedArticle, lang: str = "en") -> tuple[ComparedArticle | None, str]:
        """Where ``article`` (new side) stands: the article before it, and the division holding it."""
        before = self.new_side.articles[article.index - 1] if article.index > 0 else None
        division = ""
        if article.chapter:
            node = next((c for c in self.new_side.draft.chapters() if c.id == article.chapter), None)
            if node is not None:
                label = self.new_side.numbering.label(node, lang)
                title = (node.title_zh or node.title) if lang == "zh" else node.title
                division = labelled(label, title, lang)
        return before, division

    def old_place_of(self, article: ComparedArticle) -> ComparedArticle | None:
        """The article before ``article`` (old side) in the old text."""
        return self.old_side.articles[article.index - 1] if article.index > 0 else None

    def old_positions(self, moved: set[str] | None = None) -> dict[str, float]:
        """Where each old article that is not kept in place (deleted, or ``moved`` away: new ids) stands
        among the new text's articles: after its old predecessor where that one is still in the same
        division, else at the start of the division it came from (as the new text has it)."""
        moved = moved or set()
        old_to_new = {old: new for new, old in self.divisions.items()}
        first_in: dict[str, int] = {}
        for b in self.new_side.articles:
            if b.chapter is not None:
                first_in.setdefault(b.chapter, b.index)
        positions, anchor, anchor_chapter = {}, -1, None
        for a in self.old_side.articles:
            b = self.pair_of_old.get(a.id)
            if b is not None and b.id not in moved:
                anchor, anchor_chapter = b.index, a.chapter
                continue
            target = old_to_new.get(a.chapter)
            if anchor >= 0 and anchor_chapter == a.chapter:
                positions[a.id] = anchor + 0.5
            elif target in first_in:
                positions[a.id] = first_in[target] - 0.5
            else:
                positions[a.id] = anchor + 0.5
        return positions

    def new_division_of(self, article: ComparedArticle) -> str | None:
        """The division of the new text that an old article's division became, if any."""
        return next((new for new, old in self.divisions.items() if old == article.chapter), None)

    def division_changed(self, change: "ArticleChange") -> bool:
        """Whether a paired article now stands in another division than before."""
        a, b = change.old, change.new
        return bool(a and b and b.chapter in self.divisions and self.divisions[b.chapter] != a.chapter)

    # ----- summaries ---------------------------------------------------------------------
    @property
    def summary(self) -> dict:
        articles = [c for c in self.changes if c.element == "article"]
        counts = Counter(c.kind for c in articles)
        return {"added": counts["added"], "deleted": counts["deleted"], "moved": counts["moved"],
                "modified": sum(1 for c in articles if c.modified),
                "moved_and_modified": sum(1 for c in articles if c.kind == "moved" and c.modified),
                "split": sum(1 for c in self.changes if c.split_from),
                "merged": sum(1 for c in self.changes if c.merged_into),
                "preamble_changed": any(c.element == "preamble" for c in self.changes),
                "closing_changed": any(c.element == "closing" for c in self.changes),
                "annexes_changed": sum(1 for c in self.changes if c.element == "annex"),
                "unchanged": sum(1 for r in self.rows if r.change is None and r.old and r.new
                                 and r.old.number),
                "chapters": self.chapter_changes(),
                "language": self.language,
                "old_articles": len(self.old_side.articles), "new_articles": len(self.new_side.articles),
                "old_label": self.old_side.label, "new_label": self.new_side.label}

    def chapter_changes(self) -> list[dict]:
        """Divisions added, deleted or renamed."""
        old_titles, new_titles = self.old_side.chapter_titles, self.new_side.chapter_titles
        out = []
        for new_id, title in new_titles.items():
            old_id = self.divisions.get(new_id)
            if old_id is None:
                out.append({"kind": "added", "old": None, "new": title})
            elif old_titles.get(old_id) != title:
                out.append({"kind": "renamed", "old": old_titles.get(old_id), "new": title})
        kept = set(self.divisions.values())
        out += [{"kind": "deleted", "old": title, "new": None}
                for old_id, title in old_titles.items() if old_id not in kept]
        return out

    def to_dict(self) -> dict:
        return {"summary": self.summary, "changes": [c.to_dict() for c in self.changes]}

    def summary_text(self, lang: str = "en") -> str:
        s = self.summary
        both = s["moved_and_modified"]
        if lang == "zh":
            text = (f"新增{s['added']}条，删除{s['deleted']}条，移动{s['moved']}条，修改{s['modified']}条"
                    + (f"（其中{both}条移动并修改）" if both else "")
                    + (f"（拆分{s['split']}条，合并{s['merged']}条）" if s["split"] or s["merged"] else "")
                    + ("；序言有修改" if s["preamble_changed"] else "")
                    + ("；结尾部分有修改" if s["closing_changed"] else "")
                    + (f"；{s['annexes_changed']}个附件有修改" if s["annexes_changed"] else ""))
            return text + ("；两个文本没有共同语言，按条号对应" if self.language is None else "")
        text = (f"{s['added']} added, {s['deleted']} deleted, {s['moved']} moved, "
                f"{s['modified']} modified articles"
                + (f" ({both} moved and modified)" if both else "")
                + (f" ({s['split']} split, {s['merged']} merged)" if s["split"] or s["merged"] else "")
                + ("; the preamble changed" if s["preamble_changed"] else "")
                + ("; the closing changed" if s["closing_changed"] else "")
                + (f"; {counted(s['annexes_changed'], 'annex', 'annexes')} changed" if s["annexes_changed"] else ""))
        return text + ("; the texts share no language: articles paired by number" if self.language is None else "")


def compare(old: Draft, new: Draft, *, old_label: str = "", new_label: str = "",
            old_imported: bool = False, new_imported: bool = False,
            clause_labels: dict[str, str] | None = None) -> Comparison:
    """Compare two drafts; ``*_imported`` marks a side read from a file (printed numbers)."""
    plain = old_imported or new_imported
    a_side = ComparedSide(old, old_label, plain, clause_labels)
    b_side = ComparedSide(new, new_label, plain, clause_labels)
    pairs = align(a_side, b_side)
    result = Comparison(a_side, b_side, pairs)
    result.divisions = division_map(a_side, b_side, pairs)
    _build_changes(result)
    return result


# ----- changes ------------------------------------------------------------------------------
def _build_changes(result: Comparison) -> None:
    a_side, b_side, pairs = result.old_side, result.new_side, result.pairs
    moved = moved_articles(pairs, result.divisions)
    by_new: dict[str, ArticleChange | None] = {}
    for a, b in pairs:
        title_changed, en_changed, zh_changed = result._changed(a, b)
        is_moved = b.id in moved
        if not (is_moved or title_changed or en_changed or zh_changed):
            by_new[b.id] = None
            continue
        change = ArticleChange("moved" if is_moved else "modified", a, b, title_changed=title_changed,
                               text_changed=en_changed or zh_changed)
        if en_changed or (title_changed and "en" in result.languages):
            change.diff = result.text_diff(a, b, "en")
        if zh_changed:
            change.diff_zh = result.text_diff(a, b, "zh")
        if not en_changed and not zh_changed and not title_changed:
            change.diff = []
        by_new[b.id] = change
    whole_lang = result.language or "en"
    added = [ArticleChange("added", None, b, diff=_whole(result.display(b, "new", whole_lang), "insert"),
                           text_changed=True)
             for b in b_side.articles if b.id not in result.pair_of_new]
    deleted = [ArticleChange("deleted", a, None, diff=_whole(result.display(a, "old", whole_lang), "delete"),
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
    positions = result.old_positions()
    for a in a_side.articles:
        if a.id in deleted_by_id:
            rows.append((positions[a.id], a.index + 1, Row(a, None, deleted_by_id[a.id])))
    rows.sort(key=lambda t: (t[0], t[1]))
    result.rows = [r for _, _, r in rows]
    preamble = _preamble_change(result)
    result.changes = ([preamble] if preamble else []) + [r.change for r in result.rows if r.change]
    result.changes += _part_changes(result)


def _whole(lines: list[str], op: str) -> list[dict]:
    text = "\n".join(lines)
    return [{"op": op, "text": text}] if text else []


def _probes(art: ComparedArticle, count: int = 2) -> list[str]:
    """A few distinctive snippets of an article's text, to find where its words went cheaply."""
    lines = sorted((line for line in art.match_text.split("\n")[1:] if len(line) > 40), key=len, reverse=True)
    return [line[len(line) // 2 - 15:len(line) // 2 + 15] for line in lines[:count]]


class _TextIndex:
    """The match texts of one side's articles joined in one string, so that finding which articles
    hold a snippet is one fast substring search per hit, not one per article (a comparison with many
    deleted articles would otherwise grow with the square of the draft)."""

    SEPARATOR = "\x00"

    def __init__(self, articles: list[ComparedArticle]):
        self.articles = articles
        self.starts: list[int] = []
        parts, at = [], 0
        for art in articles:
            self.starts.append(at)
            parts.append(art.match_text)
            at += len(art.match_text) + 1
        self.text = self.SEPARATOR.join(parts)

    def holding(self, probes: list[str]) -> list[ComparedArticle]:
        found: dict[int, ComparedArticle] = {}
        for probe in probes:
            at = self.text.find(probe)
            while at >= 0:
                i = bisect_right(self.starts, at) - 1
                found.setdefault(i, self.articles[i])
                nxt = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
                at = self.text.find(probe, nxt)
        return [found[i] for i in sorted(found)]


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
    index = _TextIndex(others) if changes else None
    for change in changes:
        art = getattr(change, side)
        if len(art.words) < 5:
            continue
        probes = _probes(art)
        for other in index.holding(probes) if probes else []:
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
    pairs = {id(b): a for a, b in unique_pairs(old, new, lambda p: p.keys[0])}
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
        return ArticleChange(kind, a, b, diff=_whole(result.display(art, side, result.language or "en"),
                                                     "insert" if a is None else "delete"),
                             text_changed=True, element=element)
    title, en, zh = result._changed(a, b)
    if not (en or zh or title):
        return None
    change = ArticleChange("modified", a, b, text_changed=en or zh, title_changed=title, element=element)
    if en:
        change.diff = result.text_diff(a, b, "en")
    if zh:
        change.diff_zh = result.text_diff(a, b, "zh")
    return change
