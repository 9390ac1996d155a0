"""Rules with special logic for universality: openness to all States (U1), the 13 GDC principles (U7)."""
from __future__ import annotations

from .context import DraftContext
from .criteria import Criterion
from .registry import Outcome, art_list, join, register_check


@register_check("U1")
def open_to_all_states(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Signature and accession open to any State, not by invitation or with others' consent.

    >>> from workbench.checker.examples import verdict
    >>> verdict("U1", "This Convention shall be open for accession by any State.")
    'met'
    >>> verdict("U1", "The Committee of Ministers may invite any non-member State to accede to this Convention.")
    'missing'
    >>> verdict("U1", "Each Party shall protect human rights.")
    'missing'
    """
    states = ctx.aspects(crit)
    restricted = {(ref.id, hit.para) for ref, hit in states["restricted"].hits}
    # only the articles that grant accession or signature (not, e.g., the depositary's notifications)
    for aspect_id, function in (("accession", "accession"), ("signature", "signature"), ("open", "")):
        granting = {ref.id for ref in ctx.articles if function and function in ref.content.provides}
        if granting:
            states[aspect_id].hits = [(r, h) for r, h in states[aspect_id].hits if r.id in granting]
    accession = states["accession"].hits
    open_hits = [(ref, hit) for ref, hit in states["open"].hits if (ref.id, hit.para) not in restricted]
    acc_text = [(ref, hit) for ref, hit in accession if hit.via == "text"]
    acc_restricted = [(ref, hit) for ref, hit in acc_text if (ref.id, hit.para) in restricted]
    signature = [(ref, hit) for ref, hit in states["signature"].hits if hit.via == "text"]
    sig_restricted = [(ref, hit) for ref, hit in signature if (ref.id, hit.para) in restricted
                      and not any((ref.id, hit.para) == (r.id, h.para) for r, h in open_hits)]
    open_accession = [(ref, hit) for ref, hit in open_hits]
    restriction_quotes = {}
    for ref, hit in states["restricted"].hits:
        restriction_quotes.setdefault((ref.id, hit.para), []).append(hit.quote)
    evidence = []
    for ref, hit in open_accession[:2]:
        evidence.append(ctx.evidence(ref, hit, "open to all States", "对所有国家开放"))
    for ref, hit in acc_restricted[:2]:
        ev = ctx.evidence(ref, hit, "accession restricted: " + join(restriction_quotes[(ref.id, hit.para)][:3]),
                          "加入受限：" + "、".join(restriction_quotes[(ref.id, hit.para)][:3]), problem=True)
        evidence.append(ev)
    for ref, hit in sig_restricted[:1]:
        evidence.append(ctx.evidence(ref, hit, "signature restricted: " + join(restriction_quotes[(ref.id, hit.para)][:3]),
                                     "签署受限：" + "、".join(restriction_quotes[(ref.id, hit.para)][:3]), problem=True))
    details = {"open": bool(open_accession), "accession_restricted": bool(acc_restricted),
               "signature_restricted": bool(sig_restricted)}
    if open_accession:
        if sig_restricted:
            return Outcome("partial", f"Partial: accession open to all States ({art_list([r.number for r, _ in open_accession])}), "
                           f"but signature restricted ({art_list([r.number for r, _ in sig_restricted])}).",
                           "部分满足：加入对所有国家开放，但签署受限。", evidence, details)
        return Outcome("met", f"Met: open to all States ({art_list([r.number for r, _ in open_accession])}).",
                       f"已满足：对所有国家开放（{art_list([r.number for r, _ in open_accession], 'zh')}）。",
                       evidence, details)
    if acc_restricted:
        quotes = join(sorted({q for r, h in acc_restricted for q in restriction_quotes[(r.id, h.para)]})[:4])
        summary = (f"Accession by invitation only: {art_list([r.number for r, _ in acc_restricted])} ({quotes})"
                   + (f"; signature limited as well ({art_list([r.number for r, _ in sig_restricted])})" if sig_restricted else "")
                   + ". Not open to every State.")
        summary_zh = (f"仅经邀请方可加入：{art_list([r.number for r, _ in acc_restricted], 'zh')}"
                      + ("；签署亦受限" if sig_restricted else "") + "。并非对所有国家开放。")
        return Outcome("missing", summary, summary_zh, evidence, details)
    if acc_text or accession:
        ref, hit = (acc_text or accession)[0]
        evidence.append(ctx.evidence(ref, hit, "accession clause", "加入条款"))
        return Outcome("partial", f"Partial: an accession clause ({art_list([ref.number])}) that does not say it is open to every State.",
                       "部分满足：有加入条款，但未明确对所有国家开放。", evidence, details)
    return Outcome("missing", "Missing: no accession clause; States that did not sign cannot join.",
                   "缺失：没有加入条款，未签署的国家无法加入。", evidence, details)


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
