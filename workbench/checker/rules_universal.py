"""Rules with special logic for universality: openness to all States (U1), consensus (U4), the 13 GDC principles (U7)."""
from __future__ import annotations

import re

from .context import DraftContext
from .criteria import Criterion
from .elements import evidence as element_evidence, of_kind, profile
from .registry import Outcome, art_list, join, register_check


_ADDRESSES_ALL = re.compile(r"\ball\s+(?:member\s+)?states\b|所有(?:会员国|国家)|各会员国", re.IGNORECASE)


@register_check("U1")
def open_to_all_states(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Signature and accession open to any State, not by invitation or with others' consent.

    Read from the accession (or acceptance) clauses themselves: "open for accession by any State"
    or "Any Member of the WTO may accept this Agreement" (open to the members of a near-universal
    organisation, partial), invitation by an organ or the Parties' unanimous consent (the club
    rule Shen & Wu criticise, missing). A resolution of the plenary of all UN Members, addressed
    to all Member States, needs no accession clause.

    >>> from workbench.checker.examples import verdict
    >>> verdict("U1", "This Convention shall be open for accession by any State.")
    'met'
    >>> verdict("U1", "The Committee of Ministers may invite any non-member State to accede to this Convention.")
    'missing'
    >>> verdict("U1", "Any Member of the WTO may accept this Agreement.")
    'partial'
    >>> verdict("U1", "Each Party shall protect human rights.")
    'missing'
    """
    states = ctx.aspects(crit)
    restricted = {(ref.id, hit.para) for ref, hit in states["restricted"].hits}
    granting = {ref.id for ref in ctx.articles if "accession" in ref.content.provides}
    acc_phrases = [(r, h) for r, h in states["accession"].hits if h.via == "text" and r.id in granting]
    open_phrases = [(r, h) for r, h in states["open"].hits if (r.id, h.para) not in restricted]
    clauses = of_kind(ctx, "accession", ("article", "closing"))
    club = [o for o in clauses if o.hit.has("consent")] + [
        o for o in clauses if o.hit.has("invitation") and not o.hit.has("universal-organisation")]
    limited = [o for o in clauses if o not in club and (o.hit.has("invitation") or o.hit.has("universal-organisation"))]
    opened = [o for o in clauses if o.hit.has("open") and o not in club and o not in limited]
    signature = [(ref, hit) for ref, hit in states["signature"].hits if hit.via == "text"]
    sig_restricted = [(ref, hit) for ref, hit in signature if (ref.id, hit.para) in restricted
                      and not any((ref.id, hit.para) == (r.id, h.para) for r, h in open_phrases)]
    # the reading of the clauses decides; listed words only where no accession clause was read
    phrase_club = [] if clauses else [(r, h) for r, h in acc_phrases if (r.id, h.para) in restricted]
    open_phrases = [] if clauses else open_phrases
    quotes: dict = {}
    for ref, hit in states["restricted"].hits:
        quotes.setdefault((ref.id, hit.para), []).append(hit.quote)
    evidence = []
    details = {"open": bool(opened or open_phrases), "accession_restricted": bool(club or phrase_club),
               "signature_restricted": bool(sig_restricted), "limited": bool(limited)}
    profile_ = profile(ctx)
    calls = [o for o in of_kind(ctx, "duty[by-party]", ("article",)) if _ADDRESSES_ALL.search(
        ctx.para_text(o.ref, o.hit.para) or o.hit.quote)] if profile_.kind == "resolution" and not clauses else []
    if calls:
        calls += [o for o in of_kind(ctx, "duty[by-party]", ("article",)) if o not in calls]
        evidence = [element_evidence(ctx, o, "addressed to all Member States", "面向所有会员国") for o in calls[:3]]
        return Outcome("met", "Met: a resolution of the plenary of all Member States, addressed to all of them; "
                       "no accession clause is needed.", "已满足：这是全体会员国全体会议的决议，面向所有会员国，无需加入条款。",
                       evidence, details)
    if opened or open_phrases:
        evidence += [element_evidence(ctx, o, "open to all States", "对所有国家开放") for o in opened[:2]]
        evidence += [ctx.evidence(r, h, "open to all States", "对所有国家开放") for r, h in open_phrases[:2]]
        where = art_list([o.ref.number for o in opened] + [r.number for r, _h in open_phrases])
        if sig_restricted:
            return Outcome("partial", f"Partial: accession open to all States ({where}), but signature restricted "
                           f"({art_list([r.number for r, _ in sig_restricted])}).", "部分满足：加入对所有国家开放，但签署受限。",
                           evidence, details)
        return Outcome("met", f"Met: open to all States ({where}).", f"已满足：对所有国家开放（{art_list([o.ref.number for o in opened] + [r.number for r, _h in open_phrases], 'zh')}）。",
                       evidence, details)
    if club or phrase_club:
        words = sorted({q for r, h in phrase_club for q in quotes.get((r.id, h.para), [])})[:4]
        evidence += [element_evidence(ctx, o, "accession restricted: by invitation or with the Parties' consent",
                                      "加入受限：须经邀请或缔约方同意", problem=True) for o in club[:2]]
        evidence += [ctx.evidence(r, h, "accession restricted: " + join(quotes.get((r.id, h.para), [])[:3]),
                                  "加入受限：" + "、".join(quotes.get((r.id, h.para), [])[:3]), problem=True)
                     for r, h in phrase_club[:2]]
        evidence += [ctx.evidence(r, h, "signature restricted: " + join(quotes.get((r.id, h.para), [])[:3]),
                                  "签署受限：" + "、".join(quotes.get((r.id, h.para), [])[:3]), problem=True)
                     for r, h in sig_restricted[:1]]
        where = art_list([o.ref.number for o in club] + [r.number for r, _h in phrase_club])
        summary = (f"Accession by invitation only: {where}" + (f" ({join(words)})" if words else "")
                   + (f"; signature limited as well ({art_list([r.number for r, _ in sig_restricted])})" if sig_restricted else "")
                   + ". Not open to every State.")
        summary_zh = (f"仅经邀请方可加入：{art_list([o.ref.number for o in club] + [r.number for r, _h in phrase_club], 'zh')}"
                      + ("；签署亦受限" if sig_restricted else "") + "。并非对所有国家开放。")
        return Outcome("missing", summary, summary_zh, evidence, details)
    if limited or clauses or acc_phrases:
        chosen = limited or clauses
        evidence += [element_evidence(ctx, o, "accession limited to members of an organisation or by invitation"
                                      if o in limited else "accession clause",
                                      "加入限于某组织成员或须经邀请" if o in limited else "加入条款", problem=o in limited)
                     for o in chosen[:2]]
        evidence += [ctx.evidence(r, h, "accession clause", "加入条款") for r, h in acc_phrases[:1]]
        ratify = of_kind(ctx, "ratification", ("article",))[:1]
        evidence += [element_evidence(ctx, o, "consent to be bound", "同意受约束") for o in ratify]
        where = art_list([o.ref.number for o in chosen] + [r.number for r, _h in acc_phrases])
        if limited:
            return Outcome("partial", f"Partial: open to the members of an organisation or by invitation of its organ "
                           f"({where}), not to every State; not the club rule of a regional organisation either.",
                           "部分满足：对某组织成员开放或经其机关邀请加入，并非对所有国家开放。", evidence, details)
        return Outcome("partial", f"Partial: an accession clause ({where}) that does not say it is open to every State.",
                       "部分满足：有加入条款，但未明确对所有国家开放。", evidence, details)
    return Outcome("missing", "Missing: no accession clause; States that did not sign cannot join.",
                   "缺失：没有加入条款，未签署的国家无法加入。", evidence, details)


# the decision rule may follow a long subject ("decisions of the Council of the common market and
# the Common Market Group shall be taken by consensus"): the decisions are those taken by consensus
_CONSENSUS_DECISIONS = re.compile(r"\bdecisions?\b[^.;]{0,80}\bconsensus\b|\bconsensus\b[^.;]{0,80}\bdecisions?\b|"
                                  r"\bdecisions?\s+of\s+(?:the\s+)?[^.;]{0,120}?\b(?:shall\s+be|are|is)\s+(?:taken|adopted|made)\s+by\s+consensus\b|"
                                  r"\b(?:act|decide)s?\s+by\s+(?:consensus|common\s+(?:agreement|accord))\b|"
                                  r"决定[^。；]{0,30}协商一致|协商一致[^。；]{0,30}(?:决定|通过)",
                                  re.IGNORECASE)


@register_check("U4")
def consensus(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Decisions of the treaty body by consensus; where every Party must agree ("mutually agreed",
    "by agreement in writing") but no decision rule is written, partial. Consensus that binds an
    arbitral tribunal or names a political aim ("global consensus") is not a decision rule.

    >>> from workbench.checker.examples import verdict
    >>> verdict("U4", "The Conference of the Parties shall adopt its decisions by consensus.")
    'met'
    >>> verdict("U4", "This Agreement may be amended by agreement in writing by the Parties.")
    'partial'
    >>> verdict("U4", "The arbitral tribunal should make its decisions by consensus.")
    'missing'
    """
    states = ctx.aspects(crit)
    ds = {(o.ref.id, o.hit.para) for o in of_kind(ctx, "dispute-settlement")}
    rule = [(r, h) for r, h in states["consensus"].hits if (r.id, h.para) not in ds
            and _CONSENSUS_DECISIONS.search(ctx.para_text(r, h.para, h.lang) if h.para >= 0 else "")]
    mutual = [(r, h) for r, h in states["mutual-agreement"].hits if (r.id, h.para) not in ds]
    details = {"aspects": {"consensus": "full" if rule else "absent", "mutual-agreement": "partial" if mutual else "absent"}}
    if rule:
        evidence = [ctx.evidence(r, h, "decisions by consensus", "以协商一致作出决定") for r, h in rule[:2]]
        return Outcome("met", f"Met: decisions by consensus ({art_list([r.number for r, _h in rule])}).",
                       f"已满足：以协商一致作出决定（{art_list([r.number for r, _h in rule], 'zh')}）。", evidence, details)
    if mutual:
        evidence = [ctx.evidence(r, h, "every Party's agreement needed; no decision rule", "须经全体缔约方同意；无决策规则",
                                 problem=True) for r, h in mutual[:3]]
        where = art_list([r.number for r, _h in mutual])
        return Outcome("partial", f"Partial: decisions need the agreement of every Party ({where}): consensus in effect, "
                       "but no decision rule of a body.", f"部分满足：决定须经全体缔约方同意（{art_list([r.number for r, _h in mutual], 'zh')}），"
                       "实为协商一致，但没有机构的决策规则。", evidence, details)
    return Outcome("missing", "Missing: no decision rule by consensus.", "缺失：没有协商一致的决策规则。", [], details)


@register_check("U7")
def gdc_principles(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Coverage of the 13 principles of the Global Digital Compact, x/13, the missing ones named.

    >>> from workbench.checker.examples import check_texts
    >>> outcome = check_texts("U7", "Each Party shall protect human rights and promote innovation.")
    >>> outcome.verdict, outcome.details["covered_count"]
    ('partial', 2)
    """
    states = ctx.aspects(crit)
    principles = [a for a in crit.aspects if a.id.startswith("gdc-")]
    covered = [a for a in principles if states[a.id].full]
    missing = [a for a in principles if not states[a.id].full]
    count, total = len(covered), len(principles)
    met_min = int(crit.params.get("met_min", total))
    partial_min = int(crit.params.get("partial_min", 1))
    verdict = "met" if count >= met_min else "partial" if count >= partial_min else "missing"
    evidence = []
    for aspect in covered:
        ref, hit = states[aspect.id].full_hits[0]
        evidence.append(ctx.evidence(ref, hit, aspect.label("en"), aspect.label("zh")))
    def strip(label):
        return label.split(". ", 1)[-1]

    summary = f"{count} of {total} principles of the Global Digital Compact covered"
    summary_zh = f"涵盖《全球数字契约》{total}项原则中的{count}项"
    if missing:
        summary += "; missing: " + join([strip(a.label("en")) for a in missing])
        summary_zh += "；缺少：" + "、".join(strip(a.label("zh")) for a in missing)
    preamble = [a for a in missing if states[a.id].preamble]
    if preamble:
        summary += " (mentioned only in the preamble: " + join([strip(a.label("en")) for a in preamble]) + ")"
        summary_zh += "（仅在序言中提及：" + "、".join(strip(a.label("zh")) for a in preamble) + "）"
    details = {"covered_count": count, "total": total, "covered": [a.id for a in covered],
               "missing": [a.id for a in missing], "missing_labels": [strip(a.label_en) for a in missing]}
    return Outcome(verdict, summary + ".", summary_zh + "。", evidence, details)
