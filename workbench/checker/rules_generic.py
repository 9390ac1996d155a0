"""The generic signal rule: a criterion is met when its required aspects are present, strongly enough.

Used for every criterion without special logic. An aspect is *fully* present when an operative
article says it with at least the aspect's ``min_strength`` (and, if ``with`` is set, together
with that other aspect in the same paragraph); it is *partly* present when it is said only in
weaker terms. The preamble never counts, but is mentioned.

>>> from workbench.checker.examples import verdict
>>> verdict("D3", "Each Party shall assess the environmental impact and energy consumption of AI systems.")
'met'
>>> verdict("D3", "Each Party shall endeavour to promote sustainable development.")
'met'
>>> verdict("D3", "Each Party may promote sustainable development.")
'partial'
>>> verdict("D3", "Each Party shall protect human rights.")
'missing'
"""
from __future__ import annotations

from .context import AspectState, DraftContext
from .criteria import STRENGTH_ORDER, Criterion
from .registry import Outcome, art_list, join

IGNORED_ROLES = ("helper", "locator")

_STRENGTH_ZH = {"mandatory": "强制性", "hortatory": "倡导性", "permissive": "授权性", "declaratory": "宣示性"}


def required_states(crit: Criterion, states: dict[str, AspectState]) -> list[AspectState]:
    counted = [s for s in states.values() if s.aspect.role not in IGNORED_ROLES]
    required = [s for s in counted if s.aspect.required]
    return required or counted


def aspect_verdict(crit: Criterion, states: dict[str, AspectState]) -> str:
    """met / partial / missing from aspect states, by the criterion's ``met_when``."""
    required = required_states(crit, states)
    full = [s.full for s in required]
    met = all(full) if crit.met_when == "all" else any(full)
    if required and met:
        return "met"
    if any(s.any for s in states.values() if s.aspect.role not in IGNORED_ROLES):
        return "partial"
    return "missing"


def signals(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Decide ``crit`` from the phrases, functions and headings listed for its aspects."""
    states = ctx.aspects(crit)
    verdict = aspect_verdict(crit, states)
    required = required_states(crit, states)
    evidence = []
    present, weak, absent = [], [], []
    for state in states.values():
        if state.aspect.role in IGNORED_ROLES:
            continue
        chosen = state.full_hits[:2] or state.hits[:2]
        for ref, hit in chosen:
            note, note_zh = state.aspect.label("en"), state.aspect.label("zh")
            weak_state = not state.full and bool(state.hits)
            if weak_state:
                why, why_zh = weakness(crit, state)
                note, note_zh = f"{note} ({why})", f"{note_zh}（{why_zh}）"
            evidence.append(ctx.evidence(ref, hit, note, note_zh, problem=weak_state))
        if state.full:
            present.append(state)
        elif state.any:
            weak.append(state)
        elif any(state is r for r in required):
            absent.append(state)
    summary, summary_zh = describe(crit, verdict, present, weak, absent, states)
    details = {"aspects": {s.aspect.id: ("full" if s.full else "partial" if s.any else "absent")
                           for s in states.values() if s.aspect.role not in IGNORED_ROLES}}
    return Outcome(verdict, summary, summary_zh, evidence, details)


def weakness(crit: Criterion, state: AspectState) -> tuple[str, str]:
    """Why an aspect that is mentioned does not count in full."""
    aspect = state.aspect
    if aspect.partial_only:
        return "counts as partial at most", "至多部分满足"
    strong = STRENGTH_ORDER.get(state.best, 0) >= STRENGTH_ORDER[aspect.min_strength]
    if strong and aspect.with_:
        other = crit.aspect(aspect.with_)
        return f"not together with {other.label('en')}", f"未与{other.label('zh')}同时出现"
    if strong and aspect.min_distinct > 1:
        return (f"{len({h.phrase for _r, h in state.full_hits})} of {aspect.min_distinct} elements",
                f"仅具备{aspect.min_distinct}项中的{len({h.phrase for _r, h in state.full_hits})}项")
    return f"only {state.best}", f"仅为{_STRENGTH_ZH.get(state.best, state.best)}"


def describe(crit: Criterion, verdict: str, present, weak, absent, states) -> tuple[str, str]:
    def names(group, lang):
        return join([s.aspect.label(lang) for s in group], lang)

    def where(group, lang):
        refs = [ref for s in group for ref, _h in (s.full_hits or s.hits)]
        parts = [art_list([ref.number for ref in refs], lang)]
        parts += list(dict.fromkeys(ref.heading(lang) for ref in refs if ref.number is None and ref.label))
        return ("、" if lang == "zh" else ", ").join(p for p in parts if p)

    parts_en, parts_zh = [], []
    if present:
        parts_en.append(f"{names(present, 'en')} ({where(present, 'en') or 'suggested clause'})")
        parts_zh.append(f"{names(present, 'zh')}（{where(present, 'zh') or '建议条款'}）")
    weak_en = [f"{s.aspect.label('en')}, {weakness(crit, s)[0]} ({where([s], 'en')})" for s in weak]
    weak_zh = [f"{s.aspect.label('zh')}，{weakness(crit, s)[1]}（{where([s], 'zh')}）" for s in weak]
    preamble = [s for s in states.values() if s.preamble and not s.any]
    if verdict == "met":
        en, zh = "Met: " + "; ".join(parts_en) + ".", "已满足：" + "；".join(parts_zh) + "。"
    elif verdict == "partial":
        en = "Partial: " + "; ".join(p for p in [
            ("present: " + "; ".join(parts_en)) if parts_en else "",
            ("weak: " + "; ".join(weak_en)) if weak_en else "",
            ("missing: " + names(absent, "en")) if absent else ""] if p) + "."
        zh = "部分满足：" + "；".join(p for p in [
            ("已有：" + "；".join(parts_zh)) if parts_zh else "",
            ("较弱：" + "；".join(weak_zh)) if weak_zh else "",
            ("缺少：" + names(absent, "zh")) if absent else ""] if p) + "。"
    else:
        en = "Missing: no operative article provides " + (names(absent, "en") or "this") + "."
        zh = "缺失：没有任何实体条款规定" + (names(absent, "zh") or "此项") + "。"
    if preamble:
        en += " Mentioned only in the preamble: " + names(preamble, "en") + "."
        zh += "仅在序言中提及：" + names(preamble, "zh") + "。"
    return en, zh
