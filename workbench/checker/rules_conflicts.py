"""Conflicts and brackets (F7): two rules for one exclusive function, "no reservations" beside a
reservation clause, conflicting library clauses, open brackets and alternatives."""
from __future__ import annotations

from ..core.plural import counted
from .context import ArticleRef, DraftContext
from .criteria import Criterion
from .registry import Outcome, art_list, register_check


def _only_in_testimonium(ctx: DraftContext, ref: ArticleRef, function: str) -> bool:
    """True when an article of an imported text provides ``function`` only through a testimonium
    the importer left at its end ("Done at …, all texts being equally authentic"): the closing
    formula, not a second rule."""
    start = ctx.closing_start.get(ref.id)
    if start is None or ref.content.derived_from:
        return False
    before = [e for e in ref.content.elements if e.para < start]
    return function not in ctx.library.analyser.reading.functions_of(before)


@register_check("F7")
def conflicts_and_brackets(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Contradicting clauses (library conflicts, two rules for one exclusive function, "no reservations"
    beside a reservation clause) and open alternatives / brackets.

    >>> from workbench.checker.examples import check_texts
    >>> check_texts("F7", "No reservations may be made to this Convention.",
    ...             "Any State may make a reservation; reservations may be made to Article 3.").verdict
    'partial'
    >>> from workbench.checker.examples import draft_of, run
    >>> d = draft_of("Each Party shall act.")
    >>> d.articles()[0].children[0].attrs["alternatives"] = [{"id": "x", "text": "Each Party may act.", "status": "open"}]
    >>> run(d, "F7").details["open_brackets"], run(d, "F7").verdict
    (1, 'partial')
    >>> d.articles()[0].children[0].attrs["alternatives"][0]["status"] = "agreed"
    >>> run(d, "F7").details["open_brackets"], run(d, "F7").verdict
    (0, 'met')
    """
    conflicts: list[tuple[ArticleRef, ArticleRef, str]] = []
    derived = {}
    for ref in ctx.articles:
        if ref.content.derived_from:
            derived.setdefault(ref.content.derived_from, ref)
    clauses = ctx.library.clauses
    seen = set()
    for ref in ctx.articles:
        clause = clauses.get(ref.content.derived_from or "")
        for other_id in (clause.conflicts_with if clause else []):
            other = derived.get(other_id)
            if other is not None and (other.id, ref.id) not in seen:
                seen.add((ref.id, other.id))
                conflicts.append((ref, other, "conflicting clauses (library)"))
        for other_id in (clause.alternative_to if clause else []):
            other = derived.get(other_id)
            if other is not None and (other.id, ref.id) not in seen:
                seen.add((ref.id, other.id))
                conflicts.append((ref, other, "both alternatives are in the draft"))
    for function in ctx.criteria.conflicts.get("exclusive_functions", []):
        by_source: dict[str, ArticleRef] = {}
        for ref in ctx.articles:
            if function in ref.content.provides and not _only_in_testimonium(ctx, ref, function):
                by_source.setdefault(ref.source or ref.id, ref)
        refs = list(by_source.values())
        for other in refs[1:]:
            conflicts.append((refs[0], other, f"two rules on {function.replace('-', ' ')}"))
    banning = [r for r in ctx.articles if r.content.no_reservations]
    for ref in banning:
        for other in ctx.articles:
            if other is not ref and "reservations" in other.content.provides and not other.content.no_reservations \
                    and (other.source or other.id) != (ref.source or ref.id):
                conflicts.append((ref, other, "“no reservations” beside a reservation clause"))
    # Brackets are counted as core.brackets defines them (the same count the status bar shows):
    # a bracket is open while nothing in it is agreed and an alternative is still on the table.
    open_by_article, open_brackets, n_alt = [], 0, 0
    for ref in ctx.articles:
        count = 0
        for node in (ref.node.walk() if ref.node is not None else ()):
            count += _open_brackets(node)
            n_alt += _open_alternatives(node.attrs)
        if count:
            open_by_article.append((ref, count))
            open_brackets += count
    evidence = []
    for first, second, why in conflicts[:6]:
        evidence.append(ctx.article_evidence(first, f"{why}: conflicts with {second.heading()} ({second.title})",
                                             f"与{second.heading('zh')}冲突", problem=True))
    for ref, count in open_by_article[:6]:
        evidence.append(ctx.article_evidence(ref, counted(count, "open bracket", "open brackets"), f"{count}处未决括号", problem=True))
    details = {"conflicts": [{"articles": [a.number, b.number], "why": why} for a, b, why in conflicts],
               "open_alternatives": n_alt, "open_brackets": open_brackets}
    if not conflicts and not open_brackets:
        return Outcome("met", "Met: no conflicting clauses; no open brackets or alternatives.",
                       "已满足：没有冲突条款，也没有未决的括号或备选案文。", evidence, details)
    parts, parts_zh = [], []
    if conflicts:
        parts.append(counted(len(conflicts), "conflict", "conflicts") + ": " + "; ".join(
            f"{a.heading()} and {b.heading()} ({why})" for a, b, why in conflicts[:4]))
        parts_zh.append(f"{len(conflicts)}处冲突")
    if open_brackets:
        parts.append(f"{counted(open_brackets, 'open bracket', 'open brackets')} with "
                     f"{counted(n_alt, 'open alternative', 'open alternatives')} "
                     f"in {art_list([r.number for r, _c in open_by_article])}")
        parts_zh.append(f"{open_brackets}处未决括号，共{n_alt}个未决的备选案文")
    return Outcome("partial", "; ".join(parts).capitalize() + ".", "；".join(parts_zh) + "。", evidence, details)


def _open_brackets(node) -> int:
    """Open brackets of a node per core.brackets (0 if that model is unavailable or unreadable)."""
    try:
        from ..core.brackets import brackets
        return sum(1 for bracket in brackets(node) if bracket.is_open)
    except Exception:  # noqa: BLE001 - read defensively: a malformed entry must not stop a check
        return 0


def _open_alternatives(attrs) -> int:
    """Open alternatives recorded on a node (read defensively: the bracket model may vary)."""
    if not isinstance(attrs, dict):
        return 0
    entries = attrs.get("alternatives")
    if isinstance(entries, dict):
        entries = entries.get("options") or entries.get("alternatives") or list(entries.values())
    if not isinstance(entries, (list, tuple)):
        return 0
    count = 0
    for entry in entries:
        status = entry.get("status") if isinstance(entry, dict) else getattr(entry, "status", None)
        if str(status or "").lower() == "open":
            count += 1
    return count
