"""Impact analysis: before an article is removed or moved, what would break.

>>> from workbench.checker.examples import draft_of
>>> d = draft_of("The Conference of the Parties shall be composed of representatives of the Parties.",
...              "Each Party shall provide a report to the Conference of the Parties.")
>>> impact = impact_of_removal(d, d.articles()[0].id)
>>> [(b.kind, b.number) for b in impact.breakages]
[('requires', 2)]
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from ..core.edits import RemoveNode
from ..core.model import Draft, DraftError
from ..core.numbering import Numbering, chinese_numeral
from ..core.operations import move_article
from .findings import VERDICT_RANK
from .graph import build_graph, dependents

_FUNCTION_TEXT = {"treaty-body": ("the treaty body (Conference of the Parties)", "条约机构（缔约方会议）")}


@dataclass
class Breakage:
    """One thing that would break: an article that relies on the one removed or moved."""

    kind: str                 # refers-to | requires | uses | plain-reference | criterion
    article_id: str | None
    number: int | None
    title: str
    detail: str
    detail_zh: str = ""

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Impact:
    """What removing or moving one article would do to the draft."""

    action: str               # remove | move
    article_id: str
    number: int | None
    title: str
    breakages: list[Breakage] = field(default_factory=list)
    criteria: list[tuple[str, str, str]] = field(default_factory=list)   # (criterion, before, after)
    position: int | None = None   # a move: the article's number after it

    @property
    def safe(self) -> bool:
        return not self.breakages and not self.criteria

    @property
    def dependent_articles(self) -> list[int]:
        return sorted({b.number for b in self.breakages if b.number is not None})

    def summary(self, lang: str = "en") -> str:
        if self.safe:
            return "Nothing depends on this article." if lang != "zh" else "没有条款依赖本条。"
        lines = [b.detail_zh if lang == "zh" and b.detail_zh else b.detail for b in self.breakages]
        words = _VERDICT_ZH if lang == "zh" else {}
        for crit, before, after in self.criteria:
            lines.append(f"{crit}{'：' if lang == 'zh' else ': '}{words.get(before, before)} → {words.get(after, after)}")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {"action": self.action, "article_id": self.article_id, "number": self.number, "title": self.title,
                "safe": self.safe, "breakages": [b.to_dict() for b in self.breakages],
                "criteria": [{"id": c, "before": b, "after": a} for c, b, a in self.criteria]}


_VERDICT_ZH = {"met": "满足", "partial": "部分满足", "missing": "缺失", "not-applicable": "不适用"}


def _checker(checker):
    if checker is None:
        from .engine import Checker
        checker = Checker()
    return checker


def _criteria_changes(checker, before: Draft, after: Draft) -> list[tuple[str, str, str]]:
    old = checker.check(before, suggestions=False).verdicts()
    new = checker.check(after, suggestions=False).verdicts()
    return [(cid, old[cid], new[cid]) for cid in old
            if VERDICT_RANK.get(new.get(cid), 3) < VERDICT_RANK.get(old[cid], 3)]


def impact_of_removal(draft: Draft, article_id: str, checker=None, with_criteria: bool = True) -> Impact:
    """What would break if ``article_id`` were removed (the draft itself is not changed)."""
    checker = _checker(checker)
    ctx = checker.context(draft)
    if article_id not in ctx.by_id:
        raise DraftError(f"there is no article {article_id!r} in the draft “{draft.title}”")
    ref = ctx.by_id[article_id]
    graph = build_graph(ctx)
    impact = Impact("remove", article_id, ref.number, ref.title)
    me = f"Article {ref.number}"
    me_zh = f"第{chinese_numeral(ref.number)}条" if ref.number else ""
    for other_id, reasons in sorted(dependents(graph, article_id).items(), key=lambda kv: ctx.by_id[kv[0]].number or 0):
        other = ctx.by_id[other_id]
        head = f"Article {other.number} ({other.title})"
        head_zh = f"第{chinese_numeral(other.number)}条（{other.title}）"
        for kind, what in reasons:
            if kind == "refers-to":
                detail = f"{head} refers to {me}; the reference would point to nothing."
                detail_zh = f"{head_zh}引用了{me_zh}，删除后该引用将失效。"
            elif kind == "requires":
                name, name_zh = _FUNCTION_TEXT.get(what, (what.replace("-", " "), what))
                detail = f"{head} needs {name}, which only {me} provides."
                detail_zh = f"{head_zh}需要{name_zh}，而只有{me_zh}规定了这一点。"
            else:
                detail = f"{head} uses the term “{what}”, defined only in {me}."
                detail_zh = f"{head_zh}使用了仅在{me_zh}中定义的用语“{what}”。"
            impact.breakages.append(Breakage(kind, other_id, other.number, other.title, detail, detail_zh))
    if with_criteria:
        after = draft.copy()
        RemoveNode(article_id).apply(after)
        impact.criteria = _criteria_changes(checker, draft, after)
    return impact


_EN_NUMBER = re.compile(r"(\d+)")
_ZH_NUMBER = re.compile(r"第(.+)条")


def _plain_number(text: str, count: int) -> int | None:
    match = _ZH_NUMBER.match(text)
    if match:
        for n in range(1, count + 1):
            if chinese_numeral(n) == match.group(1) or str(n) == match.group(1):
                return n
        return None
    match = _EN_NUMBER.search(text)
    return int(match.group(1)) if match else None


def impact_of_move(draft: Draft, article_id: str, position: int | None = None, checker=None,
                   with_criteria: bool = True, edit=None) -> Impact:
    """What would break if ``article_id`` became Article ``position`` (or if ``edit``, a move
    made in the outline, were applied).

    References stored as links follow the move; article numbers typed as plain text (and Chinese
    references, which are never linked) would then name another article. Criteria that would get
    worse (structure, chapter balance) are reported too.
    """
    checker = _checker(checker)
    ctx = checker.context(draft)
    if article_id not in ctx.by_id:
        raise DraftError(f"there is no article {article_id!r} in the draft “{draft.title}”")
    ref = ctx.by_id[article_id]
    after = draft.copy()
    if edit is not None:
        copy.deepcopy(edit).apply(after)
    else:
        move_article(after, after.find(article_id), position).apply(after)
    new_numbers = Numbering.of(after).articles
    old_at = {ctx.numbering.articles[a.id]: a.id for a in draft.articles()}
    new_at = {n: a for a, n in new_numbers.items()}
    impact = Impact("move", article_id, ref.number, ref.title, position=new_numbers.get(article_id))
    count = len(old_at)
    for other in ctx.articles:
        if other.node is None:
            continue
        for _para, text in other.content.plain_refs:
            number = _plain_number(text, count)
            if number is None or number not in old_at:
                continue
            meant = old_at[number]
            if new_at.get(number) != meant:
                now = new_numbers.get(meant)
                impact.breakages.append(Breakage(
                    "plain-reference", other.id, new_numbers.get(other.id), other.title,
                    f"Article {other.number} ({other.title}) mentions “{text}” as plain text; after the move that "
                    f"article is Article {now}, but the text would still say {number}.",
                    f"第{chinese_numeral(other.number)}条（{other.title}）以普通文字提及“{text}”；移动后该条将成为"
                    f"第{chinese_numeral(now)}条，但文字仍为原编号。"))
    if with_criteria:
        impact.criteria = _criteria_changes(checker, draft, after)
    return impact


def impact_of_edit(draft: Draft, article_id: str, edit, checker=None) -> Impact | None:
    """What ``edit`` would break: a removal of ``article_id``, or a move that gives it another
    number. None when the edit moves it without changing its number (nothing to ask). Runs where
    the window's thread does not wait for it (a worker, the checking process)."""
    if isinstance(edit, RemoveNode):
        return impact_of_removal(draft, article_id, checker)
    after = draft.copy()
    copy.deepcopy(edit).apply(after)
    old = Numbering.of(draft).articles.get(article_id)
    new = Numbering.of(after).articles.get(article_id)
    if new is None or new == old:
        return None
    return impact_of_move(draft, article_id, new, checker, edit=edit)
