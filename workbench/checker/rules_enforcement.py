"""Rules for enforcement read from legal elements: duty-bearers (B2), consequences of breach (B3),
dispute settlement graded by its mechanism (B4), carve-outs and exceptions (B6)."""
from __future__ import annotations

from .context import DraftContext
from .criteria import STRENGTH_ORDER, Criterion
from .elements import evidence as element_evidence, of_kind
from .registry import Outcome, art_list, join, register_check
from .rules_generic import signals

_BEARERS = {"by-party": ("the Parties", "缔约方"), "by-authority": ("authorities", "主管机关"),
            "by-company": ("companies and organisations", "企业与组织"), "by-un": ("international organisations", "国际组织"),
            "by-body": ("treaty bodies", "条约机构"), "by-person": ("persons", "个人")}


@register_check("B2")
def duty_bearers(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Who bears the duties (Parties, providers and deployers, other actors) and whether a
    responsibility or liability clause answers for breach.

    >>> from workbench.checker.examples import verdict
    >>> verdict("B2", "Each Party shall require providers of AI systems to assess risks.",
    ...         "A Party shall bear international responsibility for any breach of its obligations.")
    'met'
    >>> verdict("B2", "Each Party shall ensure their observance by regional and local governments.")
    'partial'
    >>> verdict("B2", "The Parties recognise the importance of trade.")
    'missing'
    """
    outcome = signals(ctx, crit)
    evidence = [e for e in outcome.evidence if "duties reaching other actors" not in e.note]
    others = of_kind(ctx, "duty[others]") + [o for tag in ("by-authority", "by-company", "by-un", "by-body")
                                             for o in of_kind(ctx, f"duty[{tag}]")]
    seen, kinds = set(), []
    for occ in others:
        if occ.ref.id in seen or len(seen) >= 3:
            continue
        seen.add(occ.ref.id)
        tag = next((t for t in occ.hit.tags if t in _BEARERS), "")
        who = _BEARERS.get(tag, ("other actors", "其他主体"))
        kinds.append(who)
        evidence.append(element_evidence(ctx, occ, f"duty reaching {who[0]}", f"延及{who[1]}的义务"))
    states = ctx.aspects(crit)
    if not states["liability"].any:
        # responsibility for breach only through dispute settlement or its remedies, if at all
        for occ in (of_kind(ctx, "sanction-or-compliance[party-breach]") or of_kind(ctx, "dispute-settlement[grade-3]"))[:2]:
            evidence.append(element_evidence(ctx, occ, "responsibility for breach only through dispute settlement",
                                             "违约责任仅通过争端解决体现", problem=True))
    summary, summary_zh = outcome.summary, outcome.summary_zh
    if kinds and outcome.verdict != "missing":
        names = list(dict.fromkeys(k[0] for k in kinds))
        summary += f" Duties also reach {join(names)}."
        summary_zh += "义务亦延及" + "、".join(dict.fromkeys(k[1] for k in kinds)) + "。"
    return Outcome(outcome.verdict, summary, summary_zh, evidence, outcome.details)


@register_check("B3")
def consequences_of_breach(ctx: DraftContext, crit: Criterion) -> Outcome:
    """A compliance procedure or sanctions against a Party in breach; binding dispute settlement
    alone gives partial; penalties a Party imposes on persons under its own law do not count.

    >>> from workbench.checker.examples import verdict
    >>> verdict("B3", "Where a Party fails to comply, the complaining Party may suspend concessions or benefits.")
    'met'
    >>> verdict("B3", "Any dispute shall be submitted to an arbitral tribunal whose award shall be final and binding.")
    'partial'
    >>> verdict("B3", "Each Party undertakes to impose penalties on any person responsible for infringing the prohibitions.")
    'missing'
    """
    outcome = signals(ctx, crit)
    domestic = [o for o in of_kind(ctx, "sanction-or-compliance[!party-breach]")]
    summary, summary_zh = outcome.summary, outcome.summary_zh
    if outcome.verdict == "partial" and not any(s.any for a, s in ctx.aspects(crit).items() if a != "binding-settlement"):
        where = art_list([r.number for r, _h in ctx.aspects(crit)["binding-settlement"].hits])
        summary = (f"Partial: no consequence of breach is set in the text; a Party's breach can only be brought "
                   f"to binding dispute settlement ({where}), whose remedies are those of that mechanism.")
        summary_zh = "部分满足：文本未规定违约后果；缔约方违约只能诉诸有约束力的争端解决，其救济取决于该机制。"
    if domestic:
        where = art_list([o.ref.number for o in domestic])
        summary += (f" Penalties that Parties impose on persons under domestic law ({where}) are not consequences "
                    "of a Party's breach.")
        summary_zh += "缔约方依国内法对个人施加的处罚不属于缔约方违约的后果。"
        outcome.evidence += [element_evidence(ctx, o, "domestic penalty on persons, not a consequence of breach",
                                              "对个人的国内处罚，并非违约后果", problem=True) for o in domestic[:2]]
    return Outcome(outcome.verdict, summary, summary_zh, outcome.evidence, outcome.details)


GRADES = {3: "binding", 2: "third-party", 1: "negotiation", 0: "none"}
_GRADE_TEXT = {3: ("binding arbitration, panel or ICJ", "有约束力的仲裁、专家组或国际法院"),
               2: ("good offices, mediation or conciliation", "斡旋、调停或调解"),
               1: ("negotiation or consultation only", "仅限谈判或磋商"),
               0: ("no dispute settlement", "无争端解决")}


def _phrase_grade(ctx: DraftContext, crit: Criterion, states) -> tuple[int, list]:
    locator = states.get("dispute")
    ds_articles = {ref.id for ref, hit in (locator.hits if locator else []) if hit.via in ("function", "title")}
    ds_paras = {(ref.id, hit.para) for ref, hit in (locator.hits if locator else []) if hit.via != "title"}
    grade, best = 0, []
    for aspect in crit.aspects:
        if not aspect.role.startswith("grade-"):
            continue
        level = int(aspect.role.split("-")[1])
        found = [(ref, hit) for ref, hit in states[aspect.id].hits if hit.via == "text"
                 and (ref.id in ds_articles or (ref.id, hit.para) in ds_paras)
                 and STRENGTH_ORDER[hit.strength] >= STRENGTH_ORDER[aspect.min_strength]]
        if found and level >= grade:
            grade, best = level, found
    return grade, best


@register_check("B4")
def dispute_settlement(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Grade dispute settlement: none < negotiation < good offices/conciliation < binding arbitration,
    panel or ICJ, including a mechanism incorporated by reference (the WTO Dispute Settlement
    Understanding, Part XV of UNCLOS, a separate dispute-settlement agreement), graded by what that
    mechanism is. An exclusion of the treaty's matters from dispute settlement (RCEP Art. 12.17(3))
    caps the verdict at partial; exclusions of particular measures are noted.

    >>> from workbench.checker.examples import verdict
    >>> verdict("B4", "In the event of a dispute, the Parties shall seek a settlement through negotiation.")
    'missing'
    >>> verdict("B4", "Any dispute not settled by negotiation shall be submitted to conciliation.")
    'partial'
    >>> verdict("B4", "Any dispute shall, at the request of a party, be submitted to arbitration or to the International Court of Justice.")
    'met'
    >>> verdict("B4", "The provisions of GATT 1994, as elaborated and applied by the Dispute Settlement Understanding, "
    ...         "shall apply to consultations and the settlement of disputes under this Agreement.")
    'met'
    >>> verdict("B4", "Either Party may refer the dispute to a panel. The report of the panel shall be non-binding.")
    'partial'
    """
    states = ctx.aspects(crit)
    grade, best = _phrase_grade(ctx, crit, states)
    by_element = []
    # a panel whose report "shall be non-binding" is a third party without binding force
    non_binding = any(o.hit.has("non-binding") for o in of_kind(ctx, "dispute-settlement"))
    for level in (3, 2, 1):
        found = [o for o in of_kind(ctx, f"dispute-settlement[grade-{level}]") if o.place != "preamble"]
        if level == 3 and non_binding:
            found = [o for o in found if o.hit.has("incorporated")]
            if not found:
                found = [o for o in of_kind(ctx, "dispute-settlement[grade-3]") if o.place != "preamble"]
                by_element = [(2, o) for o in found]
                break
        if found:
            by_element = [(level, o) for o in found]
            break
    incorporated = [o for _l, o in by_element if o.hit.has("incorporated")]
    if by_element and by_element[0][0] > grade:
        grade, best = by_element[0][0], []
    elif non_binding and grade == 3 and not incorporated:
        grade, best = 2, best          # the words say panel or arbitration, the text says its report does not bind
    exclusions = [(ref, hit) for a in crit.by_role("exclusion") for ref, hit in states[a.id].hits]
    noted = [o for o in of_kind(ctx, "dispute-settlement[exclusion]")]
    verdicts = crit.params.get("grade_verdicts", {})
    verdict = verdicts.get(GRADES[grade], "met" if grade == 3 else "partial" if grade else "missing")
    if exclusions and verdict == "met":
        verdict = "partial"
    en, zh = _GRADE_TEXT[grade]
    evidence = [ctx.evidence(ref, hit, en, zh, problem=grade < 3) for ref, hit in best[:3]]
    chosen = [o for level, o in by_element if level == grade]
    chosen = ([o for o in chosen if o.hit.has("incorporated")] + [o for o in chosen if not o.hit.has("incorporated")])[:4]
    evidence += [element_evidence(ctx, o, en + (" (incorporated by reference)" if o.hit.has("incorporated") else ""),
                                  zh + ("（以援引方式纳入）" if o.hit.has("incorporated") else ""), problem=grade < 3)
                 for o in chosen if not best or o.ref.id not in {r.id for r, _h in best}]
    evidence += [ctx.evidence(ref, hit, "excluded from dispute settlement", "排除适用争端解决", problem=True)
                 for ref, hit in exclusions[:2]]
    evidence += [element_evidence(ctx, o, "measures excluded from dispute settlement", "部分措施排除适用争端解决",
                                  problem=True) for o in noted[:2]]
    numbers = [ref.number for ref, _h in best] + [o.ref.number for o in chosen]
    where, where_zh = art_list(numbers), art_list(numbers, "zh")
    # a system of settlement provided for by reference to an instrument the text does not reproduce
    # (an annex, a protocol), with nothing read of its kind: provided for, its grade unknown
    unread = [o for o in of_kind(ctx, "dispute-settlement[incorporated]") if o.place != "preamble"] if grade == 0 else []
    if unread:
        verdict = "partial"
        evidence += [element_evidence(ctx, o, "dispute settlement by reference (its grade not in the text)",
                                      "以援引方式约定的争端解决（文本未载明其等级）", problem=True) for o in unread[:2]]
        where = art_list([o.ref.number for o in unread[:2]])
        summary = (f"Partial: a dispute-settlement system is provided for by reference ({where}); the instrument "
                   "that holds it is not in the text, so its grade cannot be read.")
        summary_zh = f"部分满足：以援引方式约定了争端解决制度（{art_list([o.ref.number for o in unread[:2]], 'zh')}）；载有该制度的文书不在文本中，无法判断其等级。"
    elif grade == 0:
        summary, summary_zh = "Missing: the draft has no dispute-settlement provision.", "缺失：草案没有争端解决条款。"
    else:
        quotes = join(sorted({f"“{hit.quote}”" for _r, hit in best} | {f"“{o.hit.quote}”" for o in chosen})[:3])
        summary = f"Grade {grade} of 3, {en} ({where}: {quotes})."
        summary_zh = f"第{grade}级（共3级），{zh}（{where_zh}）。"
        if grade == 3 and incorporated and not best:
            summary += (" The mechanism is incorporated by reference: its grade is that of the instrument named, "
                        "which the text does not reproduce.")
            summary_zh += "该机制以援引方式纳入：其等级取决于所援引的文书，文本未载明其内容。"
        if grade < 3:
            summary += " No binding third-party settlement (arbitration, panel or ICJ)."
            summary_zh += "没有有约束力的第三方争端解决（仲裁、专家组或国际法院）。"
        if grade == 1:
            summary += (" " + crit.params["negotiation_only_en"]) if crit.params.get("negotiation_only_en") else ""
            summary_zh += crit.params.get("negotiation_only_zh", "")
    if exclusions:
        summary += f" Excluded from dispute settlement: {art_list([r.number for r, _ in exclusions])}."
        summary_zh += f"排除适用争端解决：{art_list([r.number for r, _ in exclusions], 'zh')}。"
    elif noted:
        summary += f" Some measures are excluded from dispute settlement ({art_list([o.ref.number for o in noted])})."
        summary_zh += f"部分措施排除适用争端解决（{art_list([o.ref.number for o in noted], 'zh')}）。"
    if non_binding and grade == 2:
        summary += " The panel's report does not bind."
        summary_zh += "专家组报告不具约束力。"
    details = {"grade": grade, "grade_name": GRADES[grade], "incorporated": bool(incorporated and not best),
               "exclusions": [ref.number for ref, _ in exclusions] + [o.ref.number for o in noted]}
    return Outcome(verdict, summary, summary_zh, evidence, details)


_CARVE_TAGS = (("security", "national-security"), ("defence", "defence"), ("private-sector", "private-sector"),
               ("research", "research"))


@register_check("B6")
def carve_outs(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Flag exclusions from scope (national security, defence, private sector by declaration,
    research, other activities) and exceptions for measures (security exceptions, GATT XX/XXI by
    reference, self-judging clauses). Two blanket scope exclusions make it missing; exceptions
    and other exclusions make it partial; none makes it met. A general exception for legitimate
    objectives that the Party does not judge alone (a necessity test, no arbitrary discrimination:
    CPTPP Art. 14.11(3)) excludes nothing from the treaty's reach and is listed, not held against it.

    >>> from workbench.checker.examples import verdict
    >>> verdict("B6", "This Convention shall apply to all activities within the lifecycle of AI systems.")
    'met'
    >>> verdict("B6", "Each Party shall protect human rights.")
    'met'
    >>> verdict("B6", "Matters relating to national defence do not fall within the scope of this Convention.")
    'partial'
    >>> verdict("B6", "Matters relating to national defence do not fall within the scope of this Convention.",
    ...         "A Party shall not be required to apply this Convention to activities related to its national security interests.")
    'missing'
    >>> verdict("B6", "Nothing in this Agreement shall be construed to prevent a Party from taking any action "
    ...         "which it considers necessary for the protection of its essential security interests.")
    'partial'
    >>> verdict("B6", "Nothing in this Article shall prevent a Party from adopting or maintaining measures inconsistent "
    ...         "with paragraph 2 to achieve a legitimate public policy objective, provided that the measure is not "
    ...         "applied in a manner which would constitute a means of arbitrary or unjustifiable discrimination or a "
    ...         "disguised restriction on trade, and does not impose restrictions on transfers of information greater "
    ...         "than are required to achieve the objective.")
    'met'
    """
    states = ctx.aspects(crit)
    found: dict[str, list] = {}                # aspect id -> [(article ref, evidence)]
    for aspect in crit.aspects:
        if aspect.role.startswith("carve-out") and states[aspect.id].full:
            for ref, hit in states[aspect.id].full_hits[:1]:
                found.setdefault(aspect.id, []).append(
                    (ref, ctx.evidence(ref, hit, aspect.label("en"), aspect.label("zh"), problem=True)))
    other = []
    for occ in of_kind(ctx, "carve-out-scope"):
        tagged = [aspect_id for tag, aspect_id in _CARVE_TAGS if occ.hit.has(tag)]
        for aspect_id in tagged:
            if not any(ref.id == occ.ref.id for ref, _e in found.get(aspect_id, [])):
                aspect = crit.aspect(aspect_id)
                found.setdefault(aspect_id, []).append(
                    (occ.ref, element_evidence(ctx, occ, aspect.label("en"), aspect.label("zh"), problem=True)))
        if not tagged and not occ.hit.has("from-ds"):
            other.append(occ)
    general = of_kind(ctx, "exception-general")
    tested = [o for o in general if not o.hit.has("self-judging") and not o.hit.has("incorporated")]
    exceptions = of_kind(ctx, "exception-security") + [o for o in general if o not in tested]
    blanket = [a for a in found if crit.aspect(a).role == "carve-out-blanket"]
    missing_at = int(crit.params.get("missing_at", 2))
    verdict = "missing" if len(blanket) >= missing_at else "partial" if (found or other or exceptions) else "met"
    evidence = [ev for hits in found.values() for _r, ev in hits]
    evidence += [element_evidence(ctx, o, "exclusion from scope", "适用范围的排除", problem=True) for o in other[:3]]
    for occ in exceptions[:4]:
        kind = "security exception" if occ.hit.kind == "exception-security" else "general exception"
        kind_zh = "安全例外" if occ.hit.kind == "exception-security" else "一般例外"
        extra = [t for t, en in (("self-judging", "self-judging"), ("incorporated", "by reference")) if occ.hit.has(t)]
        note = kind + (" (" + ", ".join(e.replace("incorporated", "by reference") for e in extra) + ")" if extra else "")
        evidence.append(element_evidence(ctx, occ, note, kind_zh, problem=True))
    details = {"carve_outs": list(found), "blanket": blanket, "other_exclusions": [o.ref.number for o in other],
               "exceptions": [o.ref.number for o in exceptions], "tested_exceptions": [o.ref.number for o in tested]}
    replaces = sorted({ref.id for hits in found.values() for ref, _e in hits if ref.node is not None})
    if verdict == "met":
        if not ctx.articles and not of_kind(ctx, "duty"):
            return Outcome("not-applicable", "Not applicable: the draft has no provision whose scope could be "
                           "judged.", "不适用：草案没有可判断适用范围的条款。", [], details)
        scope = [o for kind in ("scope", "definitions") for o in of_kind(ctx, kind)][:3]
        evidence = [element_evidence(ctx, o, "scope without carve-outs", "适用范围无豁免") for o in scope]
        if not scope:          # no scope provision: the opening articles set what the instrument covers
            evidence = [ctx.article_evidence(ref, "scope without carve-outs", "适用范围无豁免")
                        for ref in ctx.articles[:3] if ref.node is not None]
        evidence += [element_evidence(ctx, o, "general exception with a necessity test (no carve-out)",
                                      "附有必要性检验的一般例外（并非豁免）") for o in tested[:2]]
        where = art_list([o.ref.number for o in scope])
        tested_at = art_list([o.ref.number for o in tested])
        return Outcome("met", "Met: no national-security, defence, private-sector or research carve-out, and no "
                       "exception for measures that a Party judges alone" + (f" (scope: {where})" if where else "")
                       + (f"; the general exception of {tested_at} is tied to a necessity test" if tested else "")
                       + ".", "已满足：没有国家安全、国防、私营部门或研究豁免，也没有由缔约方自行判断的措施例外"
                       + (f"；{art_list([o.ref.number for o in tested], 'zh')}的一般例外附有必要性检验" if tested else "")
                       + "。", evidence, details)
    items = [f"{crit.aspect(a).label('en')} ({art_list([r.number for r, _e in hits]) or 'preamble'})" for a, hits in found.items()]
    items_zh = [f"{crit.aspect(a).label('zh')}（{art_list([r.number for r, _e in hits], 'zh') or '序言'}）" for a, hits in found.items()]
    if other:
        items.append(f"other exclusions from scope ({art_list([o.ref.number for o in other])})")
        items_zh.append(f"其他适用范围排除（{art_list([o.ref.number for o in other], 'zh')}）")
    if exceptions:
        items.append(f"exceptions for measures ({art_list([o.ref.number for o in exceptions])}), read as exceptions, "
                     "not as exclusions of activities")
        items_zh.append(f"措施例外（{art_list([o.ref.number for o in exceptions], 'zh')}），视为例外而非排除适用")
    head, head_zh = ("Blanket carve-outs", "概括性豁免") if verdict == "missing" else ("Carve-outs flagged", "存在豁免")
    return Outcome(verdict, f"{head}: " + "; ".join(items) + ".", f"{head_zh}：" + "；".join(items_zh) + "。",
                   evidence, details, replaces=replaces)
