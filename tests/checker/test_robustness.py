"""Every source instrument, and odd drafts, can be checked without an exception; scores stay in range."""
from __future__ import annotations

import pytest

from workbench.core.assemble import draft_from_source
from workbench.core.model import Draft, Node, NodeKind

SOURCES = ["coe-ai-convention", "depa", "sadea", "rcep", "cn-ai-governance-initiative", "unga-78-311",
           "cn-capacity-building-plan", "shanghai-declaration", "oecd-ai-principles", "unesco-ai-ethics",
           "cptpp-ch14", "uk-sg-dea", "workbench-model", "unga-78-265", "g7-hiroshima-code-of-conduct"]


@pytest.mark.parametrize("source", SOURCES)
def test_every_source_can_be_checked(workspace, checker, source):
    draft = draft_from_source(source, workspace.clauses(source=source))
    report = checker.check(draft)
    assert len(report.findings) == 35
    assert report.score is None or 0 <= report.score <= 100
    for finding in report.findings:
        assert finding.verdict in ("met", "partial", "missing", "not-applicable")
        assert finding.summary and finding.summary_zh
        for evidence in finding.evidence:
            assert evidence.article_id is None or evidence.article_id in {a.id for a in draft.articles()}


def _article(*texts, title="A", text=""):
    return Node(kind=NodeKind.ARTICLE, title=title, text=text,
                children=[Node(kind=NodeKind.PARAGRAPH, text=t) for t in texts])


@pytest.mark.parametrize("draft", [
    Draft(title=""),
    Draft(title="Only a preamble", children=[Node(kind=NodeKind.PREAMBLE, children=[
        Node(kind=NodeKind.RECITAL, text="Recognising the need to act,")])]),
    Draft(title="Empty chapter", children=[Node(kind=NodeKind.CHAPTER, title="General obligations")]),
    Draft(title="Article without paragraphs", children=[_article(title="Scope")]),
    Draft(title="Text on the article itself", children=[_article(text="Each Party shall prohibit social scoring.")]),
    Draft(title="References to nothing", children=[_article("See {{ref:nowhere}} and {{ref:x/art-9|n}}.")]),
    Draft(title="Chinese only", children=[Node(kind=NodeKind.ARTICLE, title="", title_zh="范围", children=[
        Node(kind=NodeKind.PARAGRAPH, text_zh="各缔约方应当禁止社会评分。")])]),
    Draft(title="Malformed alternatives", children=[Node(kind=NodeKind.ARTICLE, children=[
        Node(kind=NodeKind.PARAGRAPH, text="Each Party shall act.",
             attrs={"alternatives": [{"status": "open"}, "junk", None, {"group": "g", "status": "open"}]})])]),
], ids=lambda d: d.title or "untitled")
def test_odd_drafts(checker, draft):
    report = checker.check(draft)
    assert len(report.findings) == 35
    assert report.finding("F2").verdict in ("missing", "partial")


def test_empty_draft_has_no_obligations(checker):
    report = checker.check(Draft(title="Empty"))
    assert report.finding("B1").verdict == "missing"
    assert report.finding("F1").verdict == "not-applicable"
    assert report.finding("B6").verdict == "not-applicable"     # no scope: nothing is carved out of it
