"""Suggestions: library clauses that would satisfy an unmet criterion, best first.

Each candidate is tried: the criterion's rule is run again on the draft with the clause added
(no copy of the draft, see ``DraftContext.extended``). Clauses that change the verdict come
first; among equals, verified binding treaty text, then the workbench's model clauses, then
soft law; then the clause that adds more of what is missing.
"""
from __future__ import annotations

from typing import Callable

from .context import ArticleRef, DraftContext
from .criteria import Criterion
from .findings import VERDICT_RANK, Suggestion
from .library_index import PREAMBLE_KINDS
from .registry import SUGGESTERS, Outcome

MAX_TRIED = 10


def candidate_ref(ctx: DraftContext, clause_id: str) -> ArticleRef:
    return ArticleRef(id=f"suggested:{clause_id}", number=None, node=None,
                      content=ctx.library.contents[clause_id], source=ctx.library.summaries[clause_id].source,
                      suggested=clause_id)


def _prescore(ctx: DraftContext, crit: Criterion, clause_id: str, weak: set[str]) -> float:
    """How promising a clause looks for ``crit`` before trying it: its phrases of the criterion,
    strong ones and those of aspects the draft lacks counting more."""
    return sum(base * (2.0 if aspect_id in weak else 1.0)
               for aspect_id, base in ctx.library.aspect_scores(crit).get(clause_id, ()))


def candidates(ctx: DraftContext, crit: Criterion, outcome: Outcome) -> list[str]:
    """Library clauses worth trying for ``crit`` (not already in the draft), most promising first."""
    library = ctx.library
    in_draft = {ref.content.derived_from for ref in ctx.articles if ref.content.derived_from}
    pool: list[str] = []
    details = outcome.details or {}
    for function in details.get("want_functions", []):
        pool.extend(library.providers.get(function, []))
    for term in details.get("want_terms", []):
        pool.extend(library.definers.get(term.lower(), []))
    pool.extend(details.get("want_clauses", []))
    if not pool:
        pool = list(library.by_criterion.get(crit.id, []))
    weak = {a for a, state in (details.get("aspects") or {}).items() if state != "full"}
    wanted = set(details.get("want_clauses", []))
    unique = [c for c in dict.fromkeys(pool) if c not in in_draft and c in library.summaries
              and library.summaries[c].kind not in PREAMBLE_KINDS]
    unique.sort(key=lambda cid: (-_prescore(ctx, crit, cid, weak) - (5 if cid in wanted else 0),
                                 library.rank(cid)[0], library.order.get(cid, 0)))
    return unique


def suggest(ctx: DraftContext, crit: Criterion, outcome: Outcome, evaluate: Callable,
            limit: int = 3) -> list[Suggestion]:
    """Up to ``limit`` suggestions for an unmet criterion, each tried on the draft."""
    if crit.id in SUGGESTERS:
        return SUGGESTERS[crit.id](ctx, crit, outcome, evaluate, limit)
    return try_candidates(ctx, crit, outcome, evaluate, limit)


def try_candidates(ctx: DraftContext, crit: Criterion, outcome: Outcome, evaluate: Callable,
                   limit: int = 3) -> list[Suggestion]:
    """The generic way: try the most promising candidates, keep those that change something."""
    before = VERDICT_RANK.get(outcome.verdict, 0)
    tried = []
    for clause_id in candidates(ctx, crit, outcome)[:MAX_TRIED]:
        after = evaluate(ctx.extended([candidate_ref(ctx, clause_id)]), crit)
        gain = VERDICT_RANK.get(after.verdict, 0) - before
        progress = _progress(outcome, after)
        if gain <= 0 and progress <= 0:
            continue
        tried.append((gain, progress, clause_id, after))
    library = ctx.library
    tried.sort(key=lambda t: (-t[0], -t[1]) + library.rank(t[2])[::-1])
    return [make_suggestion(ctx, crit, clause_id, after, gain, outcome) for gain, _p, clause_id, after in tried[:limit]]


def _progress(before: Outcome, after: Outcome) -> int:
    """How many more aspects are fully present after the addition (0 if unknown)."""
    a = (before.details or {}).get("aspects") or {}
    b = (after.details or {}).get("aspects") or {}
    if a and b:
        return sum(1 for k, v in b.items() if v == "full" and a.get(k) != "full")
    a_missing = (before.details or {}).get("missing") or []
    b_missing = (after.details or {}).get("missing") or []
    if isinstance(a_missing, list) and isinstance(b_missing, list) and len(b_missing) < len(a_missing):
        return len(a_missing) - len(b_missing)
    a_count = (before.details or {}).get("covered_count")
    b_count = (after.details or {}).get("covered_count")
    if a_count is not None and b_count is not None:
        return b_count - a_count
    return 0


def make_suggestion(ctx: DraftContext, crit: Criterion, clause_id: str, after: Outcome, gain: int,
                    before: Outcome, replaces: list[str] | None = None) -> Suggestion:
    library = ctx.library
    clause = library.clauses[clause_id]
    added = []
    already = {k for k, v in ((before.details or {}).get("aspects") or {}).items() if v == "full"}
    for hit in library.contents[clause_id].hits.get(crit.id, ()):
        if hit.aspect in already:
            continue
        try:
            aspect = crit.aspect(hit.aspect)
        except KeyError:
            continue
        if aspect.role in ("helper", "locator") or aspect.role.startswith("carve-out") or aspect.role in (
                "restricted", "exclusion", "deferral"):
            continue
        label = aspect.label("en"), aspect.label("zh")
        if label not in added:
            added.append(label)
    verdict_text = {"met": ("would meet the criterion", "可使本项满足"),
                    "partial": ("would make it partly met", "可使本项部分满足")}
    en, zh = verdict_text.get(after.verdict, ("would bring it closer", "可改进本项"))
    if gain <= 0:
        en, zh = "brings it closer (verdict unchanged alone)", "有所改进（单独加入不改变结论）"
    reason = en + (": adds " + "; ".join(a[0] for a in added[:3]) if added else "")
    reason_zh = zh + ("：增加" + "；".join(a[1] for a in added[:3]) if added else "")
    level = clause.overall_verification
    if library.nature(clause_id) == "workbench-model" or level == "model":
        level = "model"
        if clause.precedent:
            reason += f" (model clause drafted by the workbench, after {clause.precedent}; not treaty text)"
            reason_zh += f"（工作台起草的示范条款，参照{clause.precedent_zh or clause.precedent}；并非条约正式文本）"
        else:
            reason += " (model clause drafted by the workbench, not taken from any treaty)"
            reason_zh += "（工作台起草的示范条款，并非取自任何条约）"
    elif level == "transcription":
        reason += " [unverified transcription]"
        reason_zh += "［未经核实的转录文本］"
    elif level == "reproduction":
        reason += " [reproduction of the official text]"
        reason_zh += "［正式文本的转载］"
    return Suggestion(clause_id=clause_id, heading=library.heading(clause_id),
                      heading_zh=library.heading(clause_id, "zh"), source=library.source_label(clause.source),
                      nature=library.nature(clause_id), verified=level == "official", provenance=level,
                      verdict_after=after.verdict, reason=reason, reason_zh=reason_zh, replaces=list(replaces or []))
