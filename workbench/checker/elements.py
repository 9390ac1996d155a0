"""The legal elements of a whole draft: what each article, the preamble and the closing formula do.

Each article's reading (``ArticleContent.elements``, see ``reading``) is gathered here with
where it stands, and the instrument as a whole is profiled: whether it is about AI (its title, or
most of its articles) and what it is (a treaty with final clauses, a resolution, another
instrument). Criteria use elements through aspects written ``elements = ["kind[tag,!tag]"]`` in
resources/criteria.toml; the tag ``ai`` is satisfied by any element of an instrument about AI.

The preamble counts where it does more than recite: a recital that defines or limits the
subject ("which, for the purpose of this resolution, refers to … the non-military domain"), and
a chapeau that guides, commits or reviews ("Organizations should …", "This document will be
reviewed") are read like operative text. Plain recitals ("Recalling …") change no verdict.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .findings import Evidence
from .reading import ElementHit, is_ai

if TYPE_CHECKING:
    from .context import ArticleRef, DraftContext

#: element kinds a plain recital still contributes (it defines or limits the subject)
PREAMBLE_ALWAYS = frozenset({"definitions", "carve-out-scope"})
#: element kinds the rules use but the report does not list (every duty of every provision)
INTERNAL_KINDS = frozenset({"duty"})
FINAL_KINDS = frozenset({"signature", "ratification", "accession", "entry-into-force", "amendment", "reservations",
                         "withdrawal", "depositary", "authentic-texts", "relation-to-other-agreements"})
_OPERATIVE_RECITAL = re.compile(r"\b(?:should|shall|must|will|may|commit(?:s|ted)?\s+to|we\s+(?:call|encourage)|"
                                r"are\s+(?:encouraged|expected))\b|应|将|鼓励|承诺", re.IGNORECASE)
# how a plain recital begins ("Recalling …", "Conscious that …", 忆及, 认识到): it recites
_RECITAL_START = re.compile(
    r"^\s*(?:(?:also|further|deeply|firmly|fully)\s+)?(?:recogni[sz]ing|recalling|considering|noting|conscious|"
    r"concerned|convinced|mindful|affirming|reaffirming|stressing|emphasi[sz]ing|welcoming|desiring|determined|"
    r"aware|taking\s+(?:note|into\s+account)|acknowledging|believing|bearing\s+in\s+mind|having|underlining|"
    r"expressing|seeking|resolved|deploring|guided|aiming|committed|wishing|noting|underscoring|encouraged|"
    r"alarmed|reiterating|endeavouring|highlighting|the\s+(?:general\s+assembly|general\s+conference|parties|"
    r"states\s+parties|government)|have\s+agreed|hereby\s+agree)\b|"
    r"^\s*(?:认识到|忆及|考虑到|注意到|确认|重申|强调|深信|意识到|承认|欢迎|关切|铭记|希望|决心|申明|回顾|注意|鉴于)",
    re.IGNORECASE)
_RESOLUTION_CHAPEAU = re.compile(r"^the\s+(?:general\s+assembly|general\s+conference|conference|assembly|"
                                 r"(?:human\s+rights\s+|security\s+|economic\s+and\s+social\s+)?council)\s*,?\s*$|^大会[，,]?$",
                                 re.IGNORECASE)
from ..core.modality import LEAD_VERB as _LEAD_VERB  # noqa: E402
_SOFT_FORM = re.compile(
    r"\b(?:initiative|declaration|recommendation|code\s+of\s+conduct|guidelines|guiding\s+principles|"
    r"action\s+plan|voluntary\s+guidance|voluntary)\b|倡议|宣言|建议书|行动计划|行为准则|指导原则|自愿", re.IGNORECASE)
_SPEC = re.compile(r"^\s*([\w-]+)\s*(?:\[([^\]]*)\])?\s*$")


@dataclass(frozen=True)
class Occurrence:
    """An element where it stands: the article (or preamble, closing formula) and its reading."""

    ref: "ArticleRef"
    hit: ElementHit
    place: str = "article"          # article | preamble | recital | closing


@dataclass
class Element:
    """A legal element of the draft as the report shows it: kind, where (evidence), what qualifies it."""

    kind: str
    label_en: str
    label_zh: str
    evidence: list[Evidence] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "label": self.label_en, "label_zh": self.label_zh, "tags": list(self.tags),
                "articles": [e.number for e in self.evidence if e.number is not None],
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass
class Profile:
    """What the instrument is: about AI or not; a treaty, a resolution or another instrument; and
    whether it binds (an instrument without final clauses that calls itself a declaration,
    recommendation, code, initiative … or says it is voluntary does not, whatever its "shall" or 应)."""

    ai: bool
    kind: str
    binding: bool = True
    form: str = ""                  # the word that names a non-binding form ("Recommendation", "倡议")


def parse_spec(spec: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """'transparency[ai,!regulatory]' -> ('transparency', ('ai',), ('regulatory',))."""
    match = _SPEC.match(spec)
    if not match:
        raise ValueError(spec)
    tags = [t.strip() for t in (match.group(2) or "").split(",") if t.strip()]
    return match.group(1), tuple(t for t in tags if not t.startswith("!")), tuple(t[1:] for t in tags if t.startswith("!"))


def matches(hit: ElementHit, spec: tuple, profile: Profile) -> bool:
    kind, need, refuse = spec
    if hit.kind != kind:
        return False
    for tag in need:
        if not (hit.has(tag) or (tag == "ai" and profile.ai)):
            return False
    return not any(hit.has(tag) for tag in refuse)


def operative_recital(text: str) -> bool:
    """A paragraph of a preamble or chapeau that guides, commits or reviews rather than recites."""
    return bool(text and not _RECITAL_START.match(text) and _OPERATIVE_RECITAL.search(text))


def occurrences(ctx: "DraftContext") -> list[Occurrence]:
    """Every element of the draft, in document order: preamble, articles, closing formula."""
    memo = ctx.memo
    if "occurrences" not in memo and ctx.base is not ctx:
        removed = ctx.removed_ids
        memo["occurrences"] = [o for o in occurrences(ctx.base) if o.ref.id not in removed] + [
            Occurrence(ref, hit) for ref in ctx.extra for hit in ref.content.elements]
    if "occurrences" not in memo:
        found: list[Occurrence] = []
        pre = ctx.preamble_ref
        if pre is not None:
            for hit in pre.content.elements:
                para = pre.content.paras[hit.para]
                operative = hit.kind in PREAMBLE_ALWAYS or operative_recital(para.text or para.text_zh)
                found.append(Occurrence(pre, hit, "preamble" if operative else "recital"))
        for ref in ctx.articles:
            start = ctx.closing_start.get(ref.id)
            for hit in ref.content.elements:
                place = "closing" if start is not None and hit.para >= start else "article"
                found.append(Occurrence(ref, hit, place))
        if ctx.closing_ref is not None:
            found.extend(Occurrence(ctx.closing_ref, hit, "closing") for hit in ctx.closing_ref.content.elements)
        memo["occurrences"] = found
    return memo["occurrences"]


def profile(ctx: "DraftContext") -> Profile:
    """What the draft is (made once per check; a context extended with suggestions keeps it)."""
    if ctx.base is not ctx:
        return profile(ctx.base)
    memo = ctx.memo
    if "profile" not in memo:
        draft = ctx.draft
        ai = is_ai(draft.title, "en") or is_ai(draft.title_zh, "zh")
        articles = [r for r in ctx.articles if r.node is not None]
        if not ai and articles:
            about = sum(1 for r in articles if r.content.ai_paras)
            ai = about * 2 >= len(articles)
        kinds = {o.hit.kind for o in occurrences(ctx) if o.place != "preamble"}
        first = next((p.text or p.text_zh for p in ctx.preamble_ref.content.paras), "") if ctx.preamble_ref else ""
        leads = sum(1 for r in articles if r.content.paras and _LEAD_VERB.match(r.content.paras[0].text or ""))
        if _RESOLUTION_CHAPEAU.match(first.strip()) or (articles and leads * 2 > len(articles) and not kinds & FINAL_KINDS):
            kind = "resolution"
        elif kinds & {"entry-into-force", "ratification", "signature", "accession"}:
            kind = "treaty"
        else:
            kind = "instrument"
        form = ""
        if kind != "treaty":
            # what the instrument says it is: its title, the first and last paragraphs of its
            # preamble or chapeau (not the recitals between, which recall other instruments)
            heads = [draft.title or "", draft.title_zh or ""]
            if ctx.preamble_ref is not None and ctx.preamble_ref.content.paras:
                paras = ctx.preamble_ref.content.paras
                heads += [p.text or p.text_zh for p in (paras[0], paras[-1])]
            heads += [ref.content.paras[0].text or ref.content.paras[0].text_zh
                      for ref in articles[:1] if ref.content.paras]
            form = next((m.group(0) for text in heads for m in [_SOFT_FORM.search(text or "")] if m), "")
        memo["profile"] = Profile(ai, kind, binding=not (kind == "resolution" or form), form=form or kind)
    return memo["profile"]


_SPECS: dict[str, tuple] = {}


class _Joined(dict):
    """The draft's occurrences by kind, with a suggested clause's after them."""

    def __init__(self, base: dict, extra: dict):
        super().__init__()
        self._base, self._extra = base, extra

    def get(self, kind, default=()):
        found = self._base.get(kind, ())
        more = self._extra.get(kind)
        return (list(found) + more) if more else (found or default)


def by_kind(ctx: "DraftContext") -> dict[str, list[Occurrence]]:
    """The occurrences of the draft by element kind (made once per context)."""
    memo = ctx.memo
    if "by_kind" not in memo:
        if ctx.base is not ctx and not ctx.removed_ids:
            # a suggestion tried: the draft's index, with the clause's elements after it (joined
            # only for the kinds asked for)
            extra: dict[str, list[Occurrence]] = {}
            for ref in ctx.extra:
                for hit in ref.content.elements:
                    extra.setdefault(hit.kind, []).append(Occurrence(ref, hit))
            index = _Joined(by_kind(ctx.base), extra)
        else:
            index = {}
            for occ in occurrences(ctx):
                index.setdefault(occ.hit.kind, []).append(occ)
        memo["by_kind"] = index
    return memo["by_kind"]


def of_kind(ctx: "DraftContext", spec: str, places: tuple[str, ...] = ("article", "preamble", "closing")) -> list[Occurrence]:
    """The occurrences matching ``spec`` ('kind[tag,!tag]')."""
    parsed = _SPECS.get(spec)
    if parsed is None:
        parsed = _SPECS[spec] = parse_spec(spec)
    prof = profile(ctx)
    return [o for o in by_kind(ctx).get(parsed[0], ()) if o.place in places and matches(o.hit, parsed, prof)]


def evidence(ctx: "DraftContext", occ: Occurrence, note: str = "", note_zh: str = "", problem: bool = False,
             light: bool = False) -> Evidence:
    """Evidence for one element: its article (or Preamble / Closing formula), quote and sentence
    (``light``: without the sentence, for the report's list of elements)."""
    from .analysis import Hit
    if light:
        ref = occ.ref
        ev = Evidence(article_id=ref.id if ref.node is not None and not ref.label else None, number=ref.number,
                      heading=ref.heading(), title=ref.title, quote=occ.hit.quote, note=note, note_zh=note_zh,
                      heading_zh=ref.label_zh if ref.label else "")
    else:
        hit = Hit("", occ.hit.kind, occ.hit.kind, occ.hit.quote, occ.hit.para, "", occ.hit.lang, "element")
        ev = ctx.evidence(occ.ref, hit, note, note_zh, problem=problem)
    if occ.place == "closing":
        ev.article_id, ev.number, ev.heading, ev.heading_zh, ev.title = None, None, "Closing formula", "结尾部分", ""
    return ev


def report_elements(ctx: "DraftContext") -> list[Element]:
    """The elements of the draft for the report: one per kind and place (article, preamble, closing)."""
    spec = ctx.library.analyser.reading
    grouped: dict[tuple[str, str], Element] = {}
    prof = profile(ctx)
    for occ in occurrences(ctx):
        if occ.hit.kind in INTERNAL_KINDS:
            continue
        if occ.hit.kind == "obligation-of-result" and (not prof.binding or not (
                "mandatory" in occ.hit.tags or {"commitment", "by-party"} <= set(occ.hit.tags))):
            continue                # a declaration, or a qualified duty, obliges no one to a result
        key = (occ.hit.kind, occ.ref.id if occ.place != "closing" else "closing")
        element = grouped.get(key)
        if element is None:
            rule = spec.rule(occ.hit.kind)
            element = grouped[key] = Element(occ.hit.kind, rule.label("en") if rule else occ.hit.kind,
                                                     rule.label("zh") if rule else occ.hit.kind)
        if len(element.evidence) < 3:
            element.evidence.append(evidence(ctx, occ, light=True))
        element.tags = sorted(set(element.tags) | set(occ.hit.tags))
    return list(grouped.values())
