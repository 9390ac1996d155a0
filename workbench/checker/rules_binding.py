"""Rules with special logic for binding force: modality (B1), bans decided or deferred (B7)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..core.plural import counted
from .context import ArticleRef, DraftContext
from .criteria import STRENGTH_ORDER, Criterion
from .registry import Outcome, art_list, join, register_check

_STRENGTHS = ("mandatory", "hortatory", "permissive", "declaratory")
_ZH = {"mandatory": "强制性", "hortatory": "倡导性", "permissive": "授权性", "declaratory": "宣示性"}


def _operative(ctx: DraftContext) -> list[ArticleRef]:
    """Articles that carry obligations on conduct (final clauses left out)."""
    final = ctx.criteria.final_functions
    return [ref for ref in ctx.articles if not (ref.content.provides & final)]


@dataclass
class _Stats:
    """Paragraph strengths over the operative articles of a draft (what B1 decides on)."""

    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_STRENGTHS, 0))
    qualified: int = 0
    rows: list[dict] = field(default_factory=list)
    soft: list[ArticleRef] = field(default_factory=list)
    qualified_examples: list[tuple] = field(default_factory=list)
    firm_examples: list[tuple] = field(default_factory=list)

    def add(self, refs: list[ArticleRef]) -> "_Stats":
        for ref in refs:
            tally = ref.content.tally
            counts = tally.counts
            self.qualified_examples.extend((ref, pos, phrase) for pos, phrase in
                                           tally.qualified[:3 - len(self.qualified_examples)])
            self.firm_examples.extend((ref, pos, phrase) for pos, phrase in tally.firm[:2 - len(self.firm_examples)])
            for key in _STRENGTHS:
                self.totals[key] += counts[key]
            self.qualified += len(tally.qualified)
            if counts["mandatory"] + counts["hortatory"] + counts["permissive"]:
                self.rows.append({"id": ref.id, "number": ref.number, "title": ref.title,
                                  **{k: counts[k] for k in _STRENGTHS}, "qualified": len(tally.qualified)})
                if counts["mandatory"] == 0:
                    self.soft.append(ref)
        return self

    def copy(self) -> "_Stats":
        return _Stats(dict(self.totals), self.qualified, list(self.rows), list(self.soft),
                      list(self.qualified_examples), list(self.firm_examples))


def _strength_stats(ctx: DraftContext) -> _Stats:
    """The strengths of ``ctx``'s operative articles; a context extended with a suggestion (and
    nothing removed) adds the suggested article to the counts of the draft, made once per check."""
    memo = ctx.memo
    if "strength_stats" not in memo:
        base = ctx.base
        if base is not ctx and not ctx.removed_ids:
            final = ctx.criteria.final_functions
            memo["strength_stats"] = _strength_stats(base).copy().add(
                [ref for ref in ctx.extra if not (ref.content.provides & final)])
        else:
            memo["strength_stats"] = _Stats().add(_operative(ctx))
    return memo["strength_stats"]


@register_check("B1")
def binding_obligations(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Share of mandatory, hortatory and permissive paragraphs, per article and for the whole draft.

    Paragraphs are read with ``core.modality`` (English and Chinese); a mandatory paragraph that
    also leaves the matter to the Party ("as appropriate", "in accordance with its domestic law")
    counts as qualified. Met when most obligation paragraphs are mandatory and unqualified.

    >>> from workbench.checker.examples import verdict, check_texts
    >>> verdict("B1", "The Parties shall endeavour to cooperate.", "The Parties may exchange information.")
    'missing'
    >>> verdict("B1", "Each Party shall prohibit social scoring.", "各缔约方应当确保人类监督。")
    'met'
    >>> verdict("B1", "各缔约方应努力开展合作。", "缔约方可以交流信息。")
    'missing'
    >>> check_texts("B1", "The Parties shall endeavour to cooperate.").summary.split(":")[0]
    'Hortatory obligations only'
    """
    from .elements import profile
    prof = profile(ctx)
    if not prof.binding:
        what = "a resolution" if prof.kind == "resolution" else f"a non-binding instrument (“{prof.form}”)"
        what_zh = "决议" if prof.kind == "resolution" else f"不具约束力的文书（“{prof.form}”）"
        return Outcome("missing", f"Missing: {what}, with no final clauses; its provisions recommend or propose, "
                       "whatever their wording, and bind no one.",
                       f"缺失：这是{what_zh}，没有最后条款；其条款只是建议或倡议，不论措辞如何，均无约束力。",
                       [], {"binding": False, "form": prof.form})
    min_share = float(ctx.criteria.modality.get("met_share", 0.6))
    stats = _strength_stats(ctx)
    totals, qualified_total, rows = stats.totals, stats.qualified, stats.rows
    soft_articles, qualified_examples, firm_examples = stats.soft, stats.qualified_examples, stats.firm_examples
    obligations = totals["mandatory"] + totals["hortatory"] + totals["permissive"]
    firm = totals["mandatory"] - qualified_total
    share = {k: round(totals[k] / obligations, 3) if obligations else 0.0 for k in ("mandatory", "hortatory", "permissive")}
    share["firm"] = round(firm / obligations, 3) if obligations else 0.0
    details = {"counts": {**totals, "qualified": qualified_total}, "shares": share, "articles": rows}
    evidence = []
    for ref in soft_articles[:5]:
        para = next((p for p in ref.content.paras if p.strength in ("hortatory", "permissive")), None)
        pos = ref.content.paras.index(para) if para else -1
        phrase = next((ph for s, ph in (para.modal if para else []) if s != "declaratory"), "")
        ev = ctx.evidence(ref, None, f"no mandatory obligation; {para.strength if para else ''} only",
                          f"无强制性义务，仅为{_ZH.get(para.strength, '') if para else ''}", para=pos, problem=True)
        ev.quote = phrase
        evidence.append(ev)
    for ref, pos, phrase in qualified_examples:
        ev = ctx.evidence(ref, None, "mandatory but qualified", "强制性但附有限定", para=pos, problem=True)
        ev.quote = phrase
        evidence.append(ev)
    percent = {k: round(100 * v) for k, v in share.items()}
    if not obligations:
        return Outcome("missing", "Missing: the draft has no operative obligations.",
                       "缺失：草案没有任何实体义务。", evidence, details)
    if totals["mandatory"] == 0:
        soft = join(sorted({p for ref in soft_articles for para in ref.content.paras
                            if para.strength in ("hortatory", "permissive")
                            for s, p in para.modal if s == para.strength})[:4])
        head = (f"none of the {obligations} obligation paragraphs is mandatory" if obligations != 1
                else "the one obligation paragraph is not mandatory")
        summary = (f"Hortatory obligations only: {head} "
                   f"({totals['hortatory']} hortatory, {totals['permissive']} permissive"
                   + (f": {soft}" if soft else "") + ").")
        summary_zh = (f"仅有倡导性义务：{obligations}个义务性段落中没有一个是强制性的"
                      f"（倡导性{totals['hortatory']}个，授权性{totals['permissive']}个）。")
        return Outcome("missing", summary, summary_zh, evidence, details)
    if share["firm"] >= min_share:
        for ref, pos, phrase in firm_examples:
            ev = ctx.evidence(ref, None, "mandatory obligation", "强制性义务", para=pos)
            ev.quote = phrase
            evidence.append(ev)
        verdict = "met"
        head, head_zh = "Binding", "具有约束力"
    else:
        verdict = "partial"
        head, head_zh = "Diluted", "义务被稀释"
    summary = (f"{head}: {percent['firm']}% of the {obligations} obligation paragraphs are mandatory and "
               f"unqualified (mandatory {percent['mandatory']}%, of which {qualified_total} qualified; "
               f"hortatory {percent['hortatory']}%, permissive {percent['permissive']}%); "
               f"{counted(len(soft_articles), 'article', 'articles')} without any mandatory obligation"
               + (f" ({art_list([r.number for r in soft_articles])})" if soft_articles else "") + ".")
    summary_zh = (f"{head_zh}：{obligations}个义务性段落中{percent['firm']}%为无限定的强制性义务（强制性"
                  f"{percent['mandatory']}%，其中{qualified_total}个附有限定；倡导性{percent['hortatory']}%，"
                  f"授权性{percent['permissive']}%）；{len(soft_articles)}个条款没有任何强制性义务"
                  + (f"（{art_list([r.number for r in soft_articles], 'zh')}）" if soft_articles else "") + "。")
    return Outcome(verdict, summary, summary_zh, evidence, details)


@register_check("B7")
def decided_bans(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Bans or moratoria decided in the treaty, not deferred to an assessment of the need for one.

    >>> from workbench.checker.examples import verdict
    >>> verdict("B7", "Each Party shall assess the need for a moratorium or ban on certain uses of AI systems.")
    'partial'
    >>> verdict("B7", "Each Party shall prohibit the use of AI systems for social scoring.")
    'met'
    >>> verdict("B7", "Each Party shall protect privacy.")
    'missing'
    """
    states = ctx.aspects(crit)
    bans = states["ban"].hits
    deferral_paras = {(ref.id, hit.para) for ref, hit in states["deferral"].hits}
    decided = [(ref, hit) for ref, hit in bans if (ref.id, hit.para) not in deferral_paras
               and STRENGTH_ORDER[hit.strength] >= STRENGTH_ORDER["mandatory"]]
    deferred = [(ref, hit) for ref, hit in states["deferral"].hits
                if any((ref.id, hit.para) == (r.id, h.para) for r, h in bans)]
    chosen = {id(hit) for _ref, hit in decided}
    soft = [(ref, hit) for ref, hit in bans if id(hit) not in chosen and (ref.id, hit.para) not in deferral_paras]
    evidence = [ctx.evidence(ref, hit, "binding prohibition", "有约束力的禁止") for ref, hit in decided[:2]]
    evidence += [ctx.evidence(ref, hit, "deferred: only an assessment of the need", "推迟：仅评估是否需要", problem=True)
                 for ref, hit in deferred[:2]]
    evidence += [ctx.evidence(ref, hit, f"prohibition only {hit.strength}", "禁止性规定措辞较弱", problem=True)
                 for ref, hit in soft[:2]]
    details = {"decided": len(decided), "deferred": len(deferred), "weak": len(soft)}
    if decided:
        summary = f"Met: binding prohibition ({art_list([r.number for r, _ in decided])})."
        summary_zh = f"已满足：有约束力的禁止性规定（{art_list([r.number for r, _ in decided], 'zh')}）。"
        if deferred:
            summary += f" Also deferred bans: {art_list([r.number for r, _ in deferred])}."
            summary_zh += f"另有推迟的禁止：{art_list([r.number for r, _ in deferred], 'zh')}。"
        return Outcome("met", summary, summary_zh, evidence, details)
    if deferred or soft:
        where = art_list([r.number for r, _ in deferred + soft])
        quote = deferred[0][1].quote if deferred else soft[0][1].quote
        summary = (f"Deferred: {where} only requires Parties to “{quote}” a moratorium or ban; "
                   "no use of AI is prohibited by the treaty itself.") if deferred else (
            f"Weak: prohibitions only in hortatory or permissive terms ({where}).")
        summary_zh = (f"推迟：{art_list([r.number for r, _ in deferred + soft], 'zh')}仅要求缔约方评估是否需要暂停或禁止，"
                      "条约本身未禁止任何人工智能用途。") if deferred else (
            f"较弱：禁止性规定仅为倡导性或授权性措辞（{art_list([r.number for r, _ in soft], 'zh')}）。")
        return Outcome("partial", summary, summary_zh, evidence, details)
    return Outcome("missing", "Missing: no ban or moratorium on unacceptable uses of AI.",
                   "缺失：没有对不可接受的人工智能用途的禁止或暂停。", evidence, details)

