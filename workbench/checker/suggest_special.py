"""Suggestions for criteria where adding a clause is not enough on its own: carve-outs (replace),
structure (which chapter), the preamble."""
from __future__ import annotations

import heapq
import itertools

from .context import DraftContext
from .criteria import Criterion
from .findings import VERDICT_RANK, Suggestion
from .registry import Outcome, register_suggester
from .suggest import MAX_TRIED, candidate_ref, make_suggestion, try_candidates


def _gains(ctx: DraftContext, crit: Criterion, outcome: Outcome, evaluate, limit: int,
           clause_ids: list[str], removed: frozenset = frozenset()) -> list[tuple[int, int, str, Outcome]]:
    """(gain, position, clause id, outcome) of the clauses that improve the verdict, trying them in
    the given order: at most ``MAX_TRIED``, and none after ``limit`` have made the criterion met
    (no later clause could rank before them)."""
    best = VERDICT_RANK["met"] - VERDICT_RANK.get(outcome.verdict, 0)
    found = []
    for position, clause_id in enumerate(clause_ids[:MAX_TRIED]):
        after = evaluate(ctx.extended([candidate_ref(ctx, clause_id)], removed=removed), crit)
        gain = VERDICT_RANK.get(after.verdict, 0) - VERDICT_RANK.get(outcome.verdict, 0)
        if gain > 0:
            found.append((gain, position, clause_id, after))
            if sum(1 for f in found if f[0] >= best) >= limit:
                break
    found.sort(key=lambda t: (-t[0], t[1]))
    return found


def _replacements(ctx: DraftContext, crit: Criterion, outcome: Outcome, evaluate, limit: int,
                  function: str, replaces: list, acceptable) -> list[Suggestion]:
    """Library clauses providing ``function`` whose aspects of ``crit`` are ``acceptable``, proposed in
    place of the articles ``replaces`` names, best gain first (B6 scope without carve-outs, U1 open
    accession); the most authoritative are tried first."""
    library = ctx.library
    in_draft = {ref.content.derived_from for ref in ctx.articles}
    pool = [cid for cid in library.providers.get(function, []) if cid not in in_draft
            and acceptable({aspect for crit_id, aspect, _s in library.summaries[cid].hits if crit_id == crit.id})]
    pool.sort(key=lambda cid: library.rank(cid) + (library.order.get(cid, 0),))
    found = [(gain, cid, after) for gain, _p, cid, after in
             _gains(ctx, crit, outcome, evaluate, limit, pool, frozenset(replaces))]
    out = []
    for gain, clause_id, after in found[:limit]:
        suggestion = make_suggestion(ctx, crit, clause_id, after, gain, outcome, replaces)
        numbers = sorted(ctx.by_id[r].number for r in replaces if r in ctx.by_id)
        if numbers:
            suggestion.reason = f"replacing Art. {', '.join(map(str, numbers))}: " + suggestion.reason
            suggestion.reason_zh = "替换第" + "、".join(map(str, numbers)) + "条：" + suggestion.reason_zh
        out.append(suggestion)
    return out


@register_suggester("B6")
def replace_carve_outs(ctx: DraftContext, crit: Criterion, outcome: Outcome, evaluate, limit: int) -> list[Suggestion]:
    """A scope clause without carve-outs, to replace the articles that hold them."""
    replaces = list(outcome.replaces)
    return _replacements(ctx, crit, outcome, evaluate, limit, "scope", replaces,
                         lambda aspects: "exclusion-words" not in aspects)


@register_suggester("F1")
def fill_thin_chapters(ctx: DraftContext, crit: Criterion, outcome: Outcome, evaluate, limit: int) -> list[Suggestion]:
    """Clauses that belong in a thin core chapter (general obligations or remedies)."""
    rows = [r for r in outcome.details.get("chapters", []) if r["core"] and r["articles"] <= int(crit.params.get("thin_max", 2))]
    if not rows:
        return []
    in_draft = {ref.content.derived_from for ref in ctx.articles}
    library = ctx.library
    found = []
    for row in rows:
        title = row["title"].lower()
        function = "remedies" if ("remed" in title or "救济" in title) else "general-obligations"
        for clause_id in library.providers.get(function, []):
            summary = library.summaries[clause_id]
            if clause_id in in_draft or set(summary.provides) & ctx.criteria.final_functions:
                continue
            if summary.mandatory:
                found.append((row, clause_id))
    fixes_all = len(rows) == 1 and not outcome.details.get("declaratory_share", 0) > float(
        crit.params.get("declaratory_max_share", 1 / 3))
    found.sort(key=lambda t: library.rank(t[1]))
    out, used_rows = [], {}
    for row, clause_id in found:
        if used_rows.get(row["id"], 0) >= max(1, limit // len(rows)):
            continue
        used_rows[row["id"]] = used_rows.get(row["id"], 0) + 1
        after = Outcome("met" if fixes_all and row["articles"] + 1 > int(crit.params.get("thin_max", 2)) else outcome.verdict, "")
        suggestion = make_suggestion(ctx, crit, clause_id, after, 1 if after.verdict == "met" else 0, outcome)
        suggestion.reason = f"add to Chapter {row['chapter']} “{row['title']}”: " + suggestion.reason.split(":")[0]
        suggestion.reason_zh = f"加入第{row['chapter']}章“{row['title']}”：" + suggestion.reason_zh.split("：")[0]
        out.append(suggestion)
        if len(out) >= limit:
            break
    return out


@register_suggester("F2")
def missing_parts(ctx: DraftContext, crit: Criterion, outcome: Outcome, evaluate, limit: int) -> list[Suggestion]:
    """A preamble when there is none; otherwise clauses providing the missing parts."""
    out: list[Suggestion] = []
    if "preamble" in outcome.details.get("missing", []):
        library = ctx.library
        preambles = [cid for cid, summary in library.summaries.items() if summary.kind == "preamble"]
        preambles.sort(key=library.rank)
        for clause_id in preambles[:1]:
            rest = [m for m in outcome.details["missing"] if m != "preamble"]
            after = Outcome("met" if not rest else outcome.verdict, "")
            suggestion = make_suggestion(ctx, crit, clause_id, after, 1 if not rest else 0, outcome)
            suggestion.reason = "adds a preamble; " + suggestion.reason
            suggestion.reason_zh = "增加序言；" + suggestion.reason_zh
            out.append(suggestion)
    stripped = Outcome(outcome.verdict, outcome.summary, details={
        k: v for k, v in outcome.details.items() if k not in ("missing",)})
    out += try_candidates(ctx, crit, stripped, evaluate, limit - len(out))
    return out[:limit]


@register_suggester("U1")
def open_final_clauses(ctx: DraftContext, crit: Criterion, outcome: Outcome, evaluate, limit: int) -> list[Suggestion]:
    """Accession (and signature) clauses open to every State, replacing the restrictive ones."""
    replaces = sorted({e.article_id for e in outcome.evidence if e.article_id and "restricted" in e.note})
    return _replacements(ctx, crit, outcome, evaluate, limit, "accession", replaces,
                         lambda aspects: "open" in aspects)


@register_suggester("B1")
def binding_alternatives(ctx: DraftContext, crit: Criterion, outcome: Outcome, evaluate, limit: int) -> list[Suggestion]:
    """Clauses on the same subjects as the hortatory articles, worded as binding obligations."""
    library = ctx.library
    soft = [ctx.by_id[row["id"]] for row in outcome.details.get("articles", [])
            if row["mandatory"] == 0 and row["id"] in ctx.by_id]
    topics = {t for ref in soft for t in ref.content.topics}
    in_draft = {ref.content.derived_from for ref in ctx.articles}
    # clauses on the soft articles' subjects, by share of their topics in common (then strongest,
    # most authoritative first); then, if too few, other binding clauses in that order
    def ranked(clause_ids: list[str], overlap: float):
        for clause_id in clause_ids:
            if clause_id not in in_draft:
                yield (-overlap, -library.summaries[clause_id].firm, library.rank(clause_id), clause_id)

    sharing = [ranked(ids, round(len(topics & own) / max(1, len(own)), 3))
               for own, ids in library.firm_by_topics.items() if topics & own]
    scored = list(itertools.islice(heapq.merge(*sharing), MAX_TRIED))
    if len(scored) < MAX_TRIED:
        taken = {t[3] for t in scored}
        scored += itertools.islice((t for t in ranked(library.firm, 0) if t[3] not in taken), MAX_TRIED - len(scored))
    overlaps = {clause_id: o for o, _f, _r, clause_id in scored}
    found = [(gain, overlaps[cid], cid, after) for gain, _p, cid, after in
             _gains(ctx, crit, outcome, evaluate, limit, [t[3] for t in scored])]
    out = []
    for gain, overlap, clause_id, after in found[:limit]:
        suggestion = make_suggestion(ctx, crit, clause_id, after, gain, outcome)
        shared = sorted(topics & set(library.summaries[clause_id].topics))
        if shared and overlap < 0:
            suggestion.reason = f"binding wording on the same subject ({', '.join(shared[:3])}): " + suggestion.reason
            suggestion.reason_zh = "同一主题的约束性措辞：" + suggestion.reason_zh
        else:
            suggestion.reason = "adds binding obligations: " + suggestion.reason
            suggestion.reason_zh = "增加约束性义务：" + suggestion.reason_zh
        out.append(suggestion)
    return out
