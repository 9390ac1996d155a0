"""The checker: every criterion decided on a draft, with evidence, suggestions and scores.

>>> from workbench.checker.examples import draft_of
>>> report = Checker().check(draft_of("Each Party shall endeavour to cooperate."))
>>> report.finding("B1").verdict, len(report.findings)
('missing', 35)
"""
from __future__ import annotations

import time

from ..core.model import Draft
from . import (rules_binding, rules_conflicts, rules_drafting, rules_enforcement, rules_structure,  # noqa: F401
               rules_universal, suggest_special)  # (registration)
from .context import DraftContext
from .criteria import Criteria, Criterion, default_criteria
from .elements import report_elements
from .findings import Finding, Report, score_findings
from .library_index import LibraryIndex, index_for_workspace
from .registry import CHECKS, Outcome
from .rules_generic import signals
from .suggest import suggest


class Checker:
    """Checks drafts against the ideal-treaty criteria, using one library index."""

    def __init__(self, library: LibraryIndex | None = None, criteria: Criteria | None = None):
        if library is not None:
            criteria = criteria or library.analyser.criteria
        self.criteria = criteria or default_criteria()
        self.library = library or LibraryIndex.empty(self.criteria)

    @classmethod
    def for_workspace(cls, workspace, criteria: Criteria | None = None, out_of_process: bool = False) -> "Checker":
        """A checker over the workspace's library (each clause is read once, the reading kept in
        the workspace; ``out_of_process``: a large unread library is read in a separate process)."""
        return cls(index_for_workspace(workspace, criteria, out_of_process))

    # ----- checking ---------------------------------------------------------------------------
    def context(self, draft: Draft) -> DraftContext:
        return DraftContext.build(draft, self.library)

    @staticmethod
    def evaluate(ctx: DraftContext, crit: Criterion) -> Outcome:
        """The outcome of one criterion (its registered rule, else the generic signal rule)."""
        return CHECKS.get(crit.id, signals)(ctx, crit)

    def check(self, draft: Draft, suggestions: bool = True, only: list[str] | None = None) -> Report:
        """Decide every criterion (or ``only`` those) on ``draft``."""
        return self.analyse(draft, suggestions, only)[0]

    def analyse(self, draft: Draft, suggestions: bool = True,
                only: list[str] | None = None) -> tuple[Report, DraftContext]:
        """The report and the context it was made from (for the dependency graph)."""
        started = time.perf_counter()
        ctx = self.context(draft)
        limit = int(self.criteria.scoring.get("max_suggestions", 3))
        findings = []
        for crit in self.criteria:
            if only is not None and crit.id not in only:
                continue
            outcome = self.evaluate(ctx, crit)
            _mark_provenance(ctx, self.library, outcome.evidence)
            finding = Finding(id=crit.id, group=crit.group, title_en=crit.title_en, title_zh=crit.title_zh,
                              weight=crit.weight, verdict=outcome.verdict, summary=outcome.summary,
                              summary_zh=outcome.summary_zh, evidence=outcome.evidence,
                              details=outcome.details, rationale=crit.rationale,
                              seed=self.criteria.grounds(crit, "en"), seed_zh=self.criteria.grounds(crit, "zh"))
            if suggestions and outcome.verdict in ("partial", "missing") and self.library.clauses:
                finding.suggestions = suggest(ctx, crit, outcome, self.evaluate, limit)
            findings.append(finding)
        score, groups = score_findings(findings, self.criteria.groups, self.criteria.scoring)
        report = Report(draft_id=draft.id, draft_title=draft.title, score=score, groups=groups, findings=findings,
                        articles=len(ctx.articles), elements=report_elements(ctx) if only is None else [],
                        elapsed_ms=round(1000 * (time.perf_counter() - started), 1))
        return report, ctx

    def check_one(self, draft: Draft, criterion_id: str) -> Outcome:
        """The outcome of a single criterion (no suggestions)."""
        return self.evaluate(self.context(draft), self.criteria[criterion_id])


def _mark_provenance(ctx: DraftContext, library: LibraryIndex, evidence: list) -> None:
    """Say on each piece of evidence what text it quotes: the provenance level of the library
    clause the article holds unchanged ("edited" once the drafter changed it) and the nature of
    its source (a strength tag of a non-binding instrument describes its wording only)."""
    refs = {ref.id: ref for ref in ctx.articles if ref.node is not None}
    for item in evidence:
        ref = refs.get(item.article_id or "")
        clause_id = ref.content.derived_from if ref is not None else None
        if not clause_id or item.provenance:
            continue
        level = library.level(clause_id)
        if level:
            item.provenance = "edited" if ref.content.edited else level
            item.nature = library.nature(clause_id)


def check_draft(draft: Draft, workspace=None, suggestions: bool = True) -> Report:
    """Check ``draft`` against the criteria, with the workspace's library for suggestions."""
    checker = Checker.for_workspace(workspace) if workspace is not None else Checker()
    return checker.check(draft, suggestions=suggestions)
