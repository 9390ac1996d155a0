"""Rules with special logic for binding force: modality (B1), dispute settlement (B4), carve-outs (B6), bans (B7)."""
from __future__ import annotations

from dataclasses import dataclass, field

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
        summary = (f"Hortatory obligations only: none of the {obligations} obligation paragraphs is mandatory "
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
               f"{len(soft_articles)} article(s) without any mandatory obligation"
               + (f" ({art_list([r.number for r in soft_articles])})" if soft_articles else "") + ".")
    summary_zh = (f"{head_zh}：{obligations}个义务性段落中{percent['firm']}%为无限定的强制性义务（强制性"
                  f"{percent['mandatory']}%，其中{qualified_total}个附有限定；倡导性{percent['hortatory']}%，"
                  f"授权性{percent['permissive']}%）；{len(soft_articles)}个条款没有任何强制性义务"
                  + (f"（{art_list([r.number for r in soft_articles], 'zh')}）" if soft_articles else "") + "。")
    return Outcome(verdict, summary, summary_zh, evidence, details)


GRADES = {3: "binding", 2: "third-party", 1: "negotiation", 0: "none"}
_GRADE_TEXT = {3: ("binding arbitration, panel or ICJ", "有约束力的仲裁、专家组或国际法院"),
               2: ("good offices, mediation or conciliation", "斡旋、调停或调解"),
               1: ("negotiation or consultation only", "仅限谈判或磋商"),
               0: ("no dispute settlement", "无争端解决")}


@register_check("B4")
def dispute_settlement(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Grade dispute settlement: none < negotiation < good offices/conciliation < binding arbitration/ICJ.

    Only paragraphs about disputes count (or any paragraph of a dispute-settlement article).
    An exclusion from dispute settlement (RCEP Art. 12.17(3)) caps the verdict at partial.

    >>> from workbench.checker.examples import verdict
    >>> verdict("B4", "In the event of a dispute, the Parties shall seek a settlement through negotiation.")
    'missing'
    >>> verdict("B4", "Any dispute not settled by negotiation shall be submitted to conciliation.")
    'partial'
    >>> verdict("B4", "Any dispute shall, at the request of a party, be submitted to arbitration or to the International Court of Justice.")
    'met'
    """
    states = ctx.aspects(crit)
    locator = states.get("dispute")
    ds_articles = {ref.id for ref, hit in (locator.hits if locator else []) if hit.via in ("function", "title")}
    ds_paras = {(ref.id, hit.para) for ref, hit in (locator.hits if locator else []) if hit.via == "text"}

    def in_scope(ref, hit) -> bool:
        return ref.id in ds_articles or (ref.id, hit.para) in ds_paras

    grade, best = 0, []
    for aspect in crit.aspects:
        if not aspect.role.startswith("grade-"):
            continue
        level = int(aspect.role.split("-")[1])
        found = [(ref, hit) for ref, hit in states[aspect.id].hits if hit.via == "text" and in_scope(ref, hit)
                 and STRENGTH_ORDER[hit.strength] >= STRENGTH_ORDER[aspect.min_strength]]
        if found and level >= grade:
            grade, best = level, found
    exclusions = [(ref, hit) for a in crit.by_role("exclusion") for ref, hit in states[a.id].hits]
    verdicts = crit.params.get("grade_verdicts", {})
    verdict = verdicts.get(GRADES[grade], "met" if grade == 3 else "partial" if grade else "missing")
    if exclusions and verdict == "met":
        verdict = "partial"
    evidence = [ctx.evidence(ref, hit, _GRADE_TEXT[grade][0], _GRADE_TEXT[grade][1], problem=grade < 3)
                for ref, hit in best[:3]]
    evidence += [ctx.evidence(ref, hit, "excluded from dispute settlement", "排除适用争端解决", problem=True)
                 for ref, hit in exclusions[:2]]
    where = art_list([ref.number for ref, _ in best])
    where_zh = art_list([ref.number for ref, _ in best], "zh")
    en, zh = _GRADE_TEXT[grade]
    if grade == 0:
        summary = "Missing: the draft has no dispute-settlement provision."
        summary_zh = "缺失：草案没有争端解决条款。"
    else:
        quotes = join(sorted({f"“{hit.quote}”" for _r, hit in best})[:3])
        summary = f"Grade {grade} of 3, {en} ({where}: {quotes})."
        summary_zh = f"第{grade}级（共3级），{zh}（{where_zh}）。"
        if grade < 3:
            summary += " No binding third-party settlement (arbitration, panel or ICJ)."
            summary_zh += "没有有约束力的第三方争端解决（仲裁、专家组或国际法院）。"
        if grade == 1:
            summary += " The seed counts negotiation alone as no dispute-settlement mechanism."
            summary_zh += "种子文献认为仅靠谈判即等于未约定争端解决机制。"
    if exclusions:
        summary += f" Excluded from dispute settlement: {art_list([r.number for r, _ in exclusions])}."
        summary_zh += f"排除适用争端解决：{art_list([r.number for r, _ in exclusions], 'zh')}。"
    details = {"grade": grade, "grade_name": GRADES[grade],
               "exclusions": [ref.number for ref, _ in exclusions]}
    return Outcome(verdict, summary, summary_zh, evidence, details)


@register_check("B6")
def carve_outs(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Flag blanket exclusions from scope: national security, defence, private sector by declaration, research.

    >>> from workbench.checker.examples import verdict
    >>> verdict("B6", "This Convention shall apply to all activities within the lifecycle of AI systems.")
    'met'
    >>> verdict("B6", "Each Party shall protect human rights.")
    'not-applicable'
    >>> verdict("B6", "Matters relating to national defence do not fall within the scope of this Convention.")
    'partial'
    >>> verdict("B6", "Matters relating to national defence do not fall within the scope of this Convention.",
    ...         "A Party shall not be required to apply this Convention to activities related to its national security interests.")
    'missing'
    """
    states = ctx.aspects(crit)
    found = []
    for aspect in crit.aspects:
        if aspect.role.startswith("carve-out") and states[aspect.id].full:
            found.append((aspect, states[aspect.id].full_hits))
    blanket = [a for a, _ in found if a.role == "carve-out-blanket"]
    missing_at = int(crit.params.get("missing_at", 2))
    verdict = "missing" if len(blanket) >= missing_at else "partial" if found else "met"
    evidence = [ctx.evidence(ref, hit, aspect.label("en"), aspect.label("zh"), problem=True)
                for aspect, hits in found for ref, hit in hits[:1]]
    scope = states.get("scope")
    if not found:
        if scope is not None and scope.any:
            ref, hit = scope.hits[0]
            evidence.append(ctx.evidence(ref, hit, "scope without carve-outs", "适用范围无豁免"))
            return Outcome("met", f"Met: no blanket carve-out in the scope ({art_list([ref.number])}).",
                           f"已满足：适用范围没有概括性豁免（{art_list([ref.number], 'zh')}）。", evidence)
        return Outcome("not-applicable", "Not applicable: the draft has no scope provision and no carve-out (see F2).",
                       "不适用：草案没有适用范围条款，也没有豁免（见F2）。", evidence)
    items = [f"{a.label('en')} ({art_list([r.number for r, _ in hits])})" for a, hits in found]
    items_zh = [f"{a.label('zh')}（{art_list([r.number for r, _ in hits], 'zh')}）" for a, hits in found]
    head = "Blanket carve-outs" if verdict == "missing" else "Carve-out"
    summary = f"{head}: " + "; ".join(items) + "."
    summary_zh = ("概括性豁免：" if verdict == "missing" else "豁免：") + "；".join(items_zh) + "。"
    replaces = sorted({ref.id for _a, hits in found for ref, _h in hits if ref.node is not None})
    details = {"carve_outs": [a.id for a, _ in found], "blanket": [a.id for a in blanket]}
    return Outcome(verdict, summary, summary_zh, evidence, details, replaces=replaces)


@register_check("B7")
def decided_bans(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Bans or moratoria decided in the treaty, not deferred to an assessment of the need for one.

    >>> from workbench.checker.examples import verdict
    >>> verdict("B7", "Each Party shall assess the need for a moratorium or ban on certain uses.")
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

