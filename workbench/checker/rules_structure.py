"""Rules for the form of a treaty: structural balance (F1), essential parts (F2), final clauses (F3)."""
from __future__ import annotations

from ..core.numbering import chapter_heading
from ..core.plural import counted
from .context import ArticleRef, DraftContext
from .criteria import Criterion
from .findings import Evidence
from .registry import Outcome, art_list, join, register_check
from .rules_generic import signals


def _firm(ref: ArticleRef) -> bool:
    return any(p.strength == "mandatory" and not p.qualified for p in ref.content.paras)


@register_check("F1")
def structure_balance(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Thin core chapters (general obligations, remedies) and declaratory chapters over a third.

    >>> from workbench.checker.examples import chapters_draft, run
    >>> d = chapters_draft({"General obligations": ["Each Party shall protect human rights."] * 2,
    ...                     "Other": ["Each Party shall act."] * 4})
    >>> run(d, "F1").verdict
    'partial'
    >>> d = chapters_draft({"General obligations": ["Each Party shall protect human rights."] * 3,
    ...                     "Other": ["Each Party shall act."] * 4})
    >>> run(d, "F1").verdict
    'met'
    """
    if not ctx.chapters:
        return Outcome("not-applicable", "Not applicable: the draft has no chapters.", "不适用：草案未分章。")
    thin_max = int(crit.params.get("thin_max", 2))
    max_share = float(crit.params.get("declaratory_max_share", 1 / 3))
    binding_share = float(crit.params.get("declaratory_binding_share", 0.5))
    final = ctx.criteria.final_functions
    structural = set(crit.params.get("structural_functions", []))
    members: dict[str, list[ArticleRef]] = {}
    for ref in ctx.articles:
        if ref.chapter_id:
            members.setdefault(ref.chapter_id, []).append(ref)
    total = len([r for r in ctx.articles if r.node is not None]) or 1
    thin, declaratory, rows = [], [], []
    for node, number, hits in ctx.chapters:
        refs = members.get(node.id, [])
        roles = {crit.aspect(aspect).role for aspect, _p in hits.get(crit.id, ())}
        finals = sum(1 for r in refs if r.content.provides & final)
        bearing = [r for r in refs if not r.content.provides & (final | structural)]
        firm = sum(1 for r in bearing if _firm(r))
        declared = "declaratory-chapter" in roles
        by_content = (len(bearing) >= 2 and finals * 2 < len(refs) and firm < binding_share * len(bearing))
        row = {"chapter": number, "id": node.id, "title": node.title, "articles": len(refs),
               "core": "core-chapter" in roles, "declaratory": declared or by_content}
        rows.append(row)
        if row["core"] and len(refs) <= thin_max:
            thin.append((node, number, refs))
        if row["declaratory"]:
            declaratory.append((node, number, refs, "heading" if declared else "content"))
    decl_count = sum(len(refs) for _n, _num, refs, _why in declaratory)
    share = decl_count / total
    evidence, issues, issues_zh = [], [], []
    for node, number, refs in thin:
        evidence.append(_chapter_evidence(node, number, refs, f"thin core chapter: {counted(len(refs), 'article', 'articles')}",
                                          f"核心章节单薄：仅{len(refs)}条"))
        issues.append(f"{chapter_heading(number)} “{node.title}” has {counted(len(refs), 'article', 'articles')}"
                      + (f" ({art_list([r.number for r in refs])})" if refs else ""))
        issues_zh.append(f"{chapter_heading(number, 'zh')}“{node.title_zh or node.title}”仅{len(refs)}条")
    if share > max_share:
        names = join([chapter_heading(num) for _n, num, _r, _w in declaratory])
        issues.append(f"declaratory chapters {names} hold {decl_count} of {total} articles ({round(100 * share)}%, over a third)")
        issues_zh.append(f"宣示性章节{'、'.join(chapter_heading(num, 'zh') for _n, num, _r, _w in declaratory)}"
                         f"共{decl_count}条，占全部{total}条的{round(100 * share)}%，超过三分之一")
        for node, number, refs, why in declaratory:
            evidence.append(_chapter_evidence(node, number, refs, f"declaratory chapter ({why}): {counted(len(refs), 'article', 'articles')}",
                                              f"宣示性章节：{len(refs)}条"))
    details = {"chapters": rows, "declaratory_share": round(share, 3), "thin": [n for _x, n, _r in thin],
               "articles": total}
    if not issues:
        return Outcome("met", f"Met: core chapters carry more than {thin_max} articles; declaratory chapters "
                       f"hold {round(100 * share)}% of the body.", f"已满足：核心章节均超过{thin_max}条；宣示性章节占正文"
                       f"{round(100 * share)}%。", evidence, details)
    return Outcome("partial", "Unbalanced: " + "; ".join(issues) + ".", "结构失衡：" + "；".join(issues_zh) + "。",
                   evidence, details)


def _chapter_evidence(node, number, refs, note, note_zh) -> Evidence:
    first = refs[0] if refs else None
    return Evidence(article_id=first.id if first else None, number=first.number if first else None,
                    heading=chapter_heading(number), title=node.title, note=note, note_zh=note_zh, problem=True,
                    heading_zh=chapter_heading(number, "zh"))


@register_check("F2")
def essential_parts(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Title, preamble, object and purpose, definitions, scope, general obligations, implementation,
    institutions, final clauses.

    >>> from workbench.checker.examples import check_texts
    >>> outcome = check_texts("F2", "Each Party shall protect human rights.")
    >>> outcome.verdict, "preamble" in outcome.details["missing"]
    ('missing', True)
    """
    outcome = signals(ctx, crit)
    states = ctx.aspects(crit)
    present = [s.aspect.id for s in states.values() if s.full or s.any]
    missing = [s.aspect.id for s in states.values() if not s.any]
    labels = {s.aspect.id: (s.aspect.label("en"), s.aspect.label("zh")) for s in states.values()}
    if not (ctx.draft.title or "").strip():
        missing.insert(0, "title")
        labels["title"] = ("title", "标题")
    else:
        present.insert(0, "title")
    if ctx.preamble is None:
        missing.insert(1, "preamble")
        labels["preamble"] = ("preamble", "序言")
    else:
        present.insert(1, "preamble")
    total = len(present) + len(missing)
    if not missing:
        verdict = "met"
    elif len(present) < 3:
        verdict = "missing"
    else:
        verdict = "partial"
    summary = f"{len(present)} of {total} essential parts present" + (
        "; missing: " + join([labels[m][0] for m in missing]) if missing else "") + "."
    summary_zh = f"具备{total}个基本构成部分中的{len(present)}个" + (
        "；缺少：" + "、".join(labels[m][1] for m in missing) if missing else "") + "。"
    outcome.details.update({"present": present, "missing": missing})
    return Outcome(verdict, summary, summary_zh, outcome.evidence, outcome.details)


@register_check("F3")
def final_clauses(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Signature, ratification, accession, entry into force, reservations, amendments, denunciation,
    depositary, authentic texts, relation to other agreements (the closing formula counts too).

    >>> from workbench.checker.examples import check_texts
    >>> outcome = check_texts("F3", "This Convention shall enter into force on the thirtieth day.")
    >>> outcome.verdict, outcome.details["present"]
    ('partial', ['entry-into-force'])
    """
    states = ctx.aspects(crit)
    closing = set()
    if ctx.closing is not None:
        closing = {hit.aspect for hit in ctx.closing.hits.get(crit.id, ())}
    present = [a.id for a in crit.aspects if states[a.id].any or a.id in closing]
    missing = [a.id for a in crit.aspects if a.id not in present]
    evidence = []
    for aspect in crit.aspects:
        state = states[aspect.id]
        if state.hits:
            ref, hit = state.hits[0]
            evidence.append(ctx.evidence(ref, hit if hit.para >= 0 else None, aspect.label("en"), aspect.label("zh")))
        elif aspect.id in closing:
            evidence.append(Evidence(heading="Closing formula", note=aspect.label("en"), note_zh=aspect.label("zh")))
    verdict = "met" if not missing else "partial" if present else "missing"
    names = [crit.aspect(m).label("en") for m in missing]
    names_zh = [crit.aspect(m).label("zh") for m in missing]
    summary = f"{len(present)} of {len(crit.aspects)} final clauses present" + (
        "; missing: " + join(names) if missing else "") + "."
    summary_zh = f"具备{len(crit.aspects)}项最后条款中的{len(present)}项" + (
        "；缺少：" + "、".join(names_zh) if missing else "") + "。"
    return Outcome(verdict, summary, summary_zh, evidence, {"present": present, "missing": missing})
