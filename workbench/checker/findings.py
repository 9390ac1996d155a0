"""Findings of a check: verdicts with evidence and suggestions, scores per group and overall."""
from __future__ import annotations

from dataclasses import dataclass, field

VERDICT_RANK = {"missing": 0, "partial": 1, "met": 2}
#: What the text quoted as evidence is (Evidence.provenance), in English and Chinese.
PROVENANCE_LABELS = {
    "official": ("official text", "正式文本"),
    "reproduction": ("reproduction of the official text", "正式文本的转载"),
    "transcription": ("unverified transcription", "未经核实的转录文本"),
    "model": ("model clause, not treaty text", "示范条款，并非条约文本"),
    "edited": ("library text edited in the draft", "在草案中修改过的条款库文本"),
}
#: Natures of instruments that bind no one: their strength tags describe wording only.
NON_BINDING = ("resolution", "soft-law", "policy-declaration")


@dataclass
class Evidence:
    """What decided a verdict: an article (with its current number), a quoted phrase, a note."""

    article_id: str | None = None
    number: int | None = None
    heading: str = ""          # "Article 29", "Preamble", "Chapter II", "Closing formula"
    title: str = ""
    quote: str = ""
    context: str = ""
    note: str = ""
    note_zh: str = ""
    problem: bool = False      # this evidence documents a shortcoming (not a strength)
    heading_zh: str = ""       # the heading in Chinese when it is not an article's ("第二章")
    provenance: str = ""       # the library text the article holds: official, reproduction,
                               # transcription, model; "edited" once changed; "" for the drafter's own
    nature: str = ""           # the nature of that text's source ("soft-law", "binding-treaty" …)

    def label(self, lang: str = "en") -> str:
        head = self.heading_zh if lang == "zh" and self.heading_zh else self.heading
        if lang == "zh" and not self.heading_zh and self.number and head.startswith(f"Article {self.number}"):
            from ..core.numbering import article_heading
            head = article_heading(self.number, "zh") + head[len(f"Article {self.number}"):]
        if self.title:
            return f"{head} – {self.title}" if head else self.title
        return head

    def provenance_label(self, lang: str = "en") -> str:
        """'official text', 'model clause, not treaty text; …' — what the quoted text is."""
        zh = lang == "zh"
        parts = [PROVENANCE_LABELS[self.provenance][zh]] if self.provenance in PROVENANCE_LABELS else []
        if self.nature in NON_BINDING:
            parts.append("非约束性文书：义务强度仅描述其措辞" if zh else
                         "non-binding instrument: the strength describes its wording only")
        return ("；" if zh else "; ").join(parts)

    def to_dict(self) -> dict:
        return {"article_id": self.article_id, "number": self.number, "heading": self.heading,
                "title": self.title, "quote": self.quote, "context": self.context,
                "note": self.note, "note_zh": self.note_zh, "problem": self.problem,
                "heading_zh": self.heading_zh, "provenance": self.provenance, "nature": self.nature}


@dataclass
class Suggestion:
    """A library clause that would satisfy (or bring closer) a criterion, best first."""

    clause_id: str
    heading: str
    source: str
    nature: str
    verified: bool
    verdict_after: str
    reason: str = ""
    reason_zh: str = ""
    replaces: list[str] = field(default_factory=list)   # article ids it should replace
    provenance: str = ""       # official | reproduction | transcription | model
    heading_zh: str = ""       # the heading in Chinese: 《区域全面经济伙伴关系协定》第20.8条 – …

    def label(self, lang: str = "en") -> str:
        """The clause as a drafter names it, in ``lang``."""
        return self.heading_zh if lang == "zh" and self.heading_zh else self.heading

    @property
    def model(self) -> bool:
        return self.nature == "workbench-model"

    @property
    def binding(self) -> bool:
        return self.nature in ("binding-treaty", "workbench-model")

    def to_dict(self) -> dict:
        return {"clause_id": self.clause_id, "heading": self.heading, "heading_zh": self.heading_zh, "source": self.source,
                "nature": self.nature, "model_clause": self.model, "binding": self.binding,
                "verified": self.verified, "provenance": self.provenance, "verdict_after": self.verdict_after,
                "reason": self.reason, "reason_zh": self.reason_zh, "replaces": list(self.replaces)}


@dataclass
class Finding:
    """The verdict on one criterion."""

    id: str
    group: str
    title_en: str
    title_zh: str
    weight: float
    verdict: str
    summary: str
    summary_zh: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    details: dict = field(default_factory=dict)
    rationale: str = ""
    seed: str = ""             # where the source articles ground it: "Shen & Wu 2025, section 3(2)"
    seed_zh: str = ""          # the same in Chinese: "沈伟、吴柄萱（2025），第三部分（二）"

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" and self.title_zh else self.title_en

    def grounds(self, lang: str = "en") -> str:
        """Where the source articles ground this criterion, in ``lang``."""
        return self.seed_zh if lang == "zh" and self.seed_zh else self.seed

    def text(self, lang: str = "en") -> str:
        return self.summary_zh if lang == "zh" and self.summary_zh else self.summary

    @property
    def met(self) -> bool:
        return self.verdict == "met"

    def to_dict(self) -> dict:
        return {"id": self.id, "group": self.group, "title": self.title_en, "title_zh": self.title_zh,
                "weight": self.weight, "verdict": self.verdict, "summary": self.summary,
                "summary_zh": self.summary_zh, "evidence": [e.to_dict() for e in self.evidence],
                "suggestions": [s.to_dict() for s in self.suggestions], "details": self.details,
                "rationale": self.rationale, "grounds": self.seed, "grounds_zh": self.seed_zh,
                "seed": self.seed}     # (the former key, for scripts written before)


@dataclass
class GroupScore:
    id: str
    title_en: str
    title_zh: str
    weight: float
    score: float | None          # 0–100, None when every criterion is not applicable
    counts: dict[str, int]

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" and self.title_zh else self.title_en

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title_en, "title_zh": self.title_zh, "weight": self.weight,
                "score": self.score, "counts": dict(self.counts)}


@dataclass
class Report:
    """A whole check of one draft."""

    draft_id: str
    draft_title: str
    score: float | None
    groups: list[GroupScore]
    findings: list[Finding]
    articles: int = 0
    elapsed_ms: float = 0.0
    #: the legal elements the check read in the draft (``elements.Element``), in document order
    elements: list = field(default_factory=list)

    def finding(self, criterion_id: str) -> Finding:
        for finding in self.findings:
            if finding.id == criterion_id:
                return finding
        raise KeyError(criterion_id)

    def verdicts(self) -> dict[str, str]:
        return {f.id: f.verdict for f in self.findings}

    def to_dict(self) -> dict:
        return {"draft": {"id": self.draft_id, "title": self.draft_title, "articles": self.articles},
                "score": self.score, "groups": [g.to_dict() for g in self.groups],
                "criteria": [f.to_dict() for f in self.findings],
                "elements": [e.to_dict() for e in self.elements]}


def score_findings(findings: list[Finding], groups, scoring: dict) -> tuple[float | None, list[GroupScore]]:
    """Weighted score (0–100) of each group and overall; not-applicable verdicts are left out."""
    values = {v: float(scoring.get(v, d)) for v, d in (("met", 1.0), ("partial", 0.5), ("missing", 0.0))}
    out: list[GroupScore] = []
    total = weight_sum = 0.0
    for group in groups:
        mine = [f for f in findings if f.group == group.id]
        counts = {v: sum(1 for f in mine if f.verdict == v) for v in ("met", "partial", "missing", "not-applicable")}
        scored = [f for f in mine if f.verdict in values]
        weights = sum(f.weight for f in scored)
        score = None
        if scored and weights > 0:
            score = round(100.0 * sum(values[f.verdict] * f.weight for f in scored) / weights, 1)
            total += score * group.weight
            weight_sum += group.weight
        out.append(GroupScore(group.id, group.title_en, group.title_zh, group.weight, score, counts))
    overall = round(total / weight_sum, 1) if weight_sum else None
    return overall, out
