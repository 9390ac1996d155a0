"""Suggestions: library clauses that would satisfy an unmet criterion, best first; each one, once
added to the draft, changes its criterion's verdict."""
from __future__ import annotations

import pytest

from workbench.core import operations
from workbench.core.edits import RemoveNode
from workbench.checker.findings import VERDICT_RANK

# the criteria the CoE Convention does not meet (U3 it does: multistakeholder consultation, Art. 19, and
# civil society and the private sector in co-operation, Art. 25(2); the seed does not fault it there)
CRITERIA = ["B2", "B3", "B4", "B5", "B7", "R1", "R2", "R3", "R4", "D1", "D2", "D3", "D4", "D5", "U2",
            "U4", "U5", "U7", "S1", "S2", "S3", "S4"]


@pytest.mark.parametrize("criterion", CRITERIA)
def test_each_verdict_changing_suggestion_changes_the_verdict(workspace, checker, coe_draft, coe_report, criterion):
    finding = coe_report.finding(criterion)
    assert finding.verdict != "met"
    changing = [s for s in finding.suggestions if VERDICT_RANK[s.verdict_after] > VERDICT_RANK[finding.verdict]]
    assert changing, f"{criterion}: no suggestion would change the verdict"
    assert finding.suggestions[0] in changing, "the best suggestion comes first"
    for suggestion in changing:
        draft = coe_draft.copy()
        operations.add_clauses(draft, [workspace.clause(suggestion.clause_id)]).apply(draft)
        after = checker.check_one(draft, criterion).verdict
        assert after == suggestion.verdict_after, (criterion, suggestion.clause_id)
        assert VERDICT_RANK[after] > VERDICT_RANK[finding.verdict]


@pytest.mark.parametrize("criterion", ["B6", "U1"])
def test_replacing_suggestions_say_what_to_replace(workspace, checker, coe_draft, coe_report, criterion):
    finding = coe_report.finding(criterion)
    suggestion = finding.suggestions[0]
    assert suggestion.replaces and suggestion.clause_id.startswith("workbench-model/")
    draft = coe_draft.copy()
    for article_id in suggestion.replaces:
        RemoveNode(article_id).apply(draft)
    operations.add_clauses(draft, [workspace.clause(suggestion.clause_id)]).apply(draft)
    assert checker.check_one(draft, criterion).verdict == suggestion.verdict_after == "met"


def test_suggestions_are_labelled_and_ranked(coe_report, workspace):
    sources = workspace.sources()
    for finding in coe_report.findings:
        for suggestion in finding.suggestions:
            clause = workspace.clause(suggestion.clause_id)
            assert suggestion.nature == sources[clause.source].nature
            assert suggestion.provenance == clause.overall_verification
            assert suggestion.verified == (clause.overall_verification == "official")
            if suggestion.model:      # a model clause is labelled as such, never as verified text
                assert suggestion.provenance == "model" and not suggestion.verified
                assert "model clause drafted by the workbench" in suggestion.reason
            if clause.overall_verification == "transcription":
                assert "[unverified transcription]" in suggestion.reason
            if clause.overall_verification == "reproduction":
                assert "[reproduction of the official text]" in suggestion.reason
        ranks = [VERDICT_RANK[s.verdict_after] for s in finding.suggestions]
        assert ranks == sorted(ranks, reverse=True), finding.id


def test_met_criteria_have_no_suggestions(coe_report):
    assert all(not f.suggestions for f in coe_report.findings if f.verdict == "met")


def test_unresolved_reference_suggests_its_target(workspace, checker, coe_draft):
    from workbench.core.operations import find_article
    RemoveNode(find_article(coe_draft, "23").id).apply(coe_draft)
    f5 = checker.check(coe_draft).finding("F5")
    assert f5.verdict == "partial"
    assert "coe-ai-convention/art-23" in f5.details["unresolved"]
    assert "coe-ai-convention/art-23" in [s.clause_id for s in f5.suggestions]
