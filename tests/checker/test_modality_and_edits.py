"""Obligation strength is read from the text: DEPA Art. 8.2 and SADEA Art. 31 are hortatory only;
edited text (English or Chinese) is analysed, library tags are only a hint."""
from __future__ import annotations

import pytest

from workbench.core.assemble import article_from_clause
from workbench.core.edits import SetFields
from workbench.core.model import Draft


def single(ws, clause_id) -> Draft:
    return Draft(title=clause_id, children=[article_from_clause(ws.clause(clause_id))])


@pytest.mark.parametrize("clause_id", ["depa/art-8.2", "sadea/art-31"])
def test_ai_cooperation_clauses_are_hortatory_only(workspace, checker, clause_id):
    b1 = checker.check(single(workspace, clause_id)).finding("B1")
    assert b1.verdict == "missing"
    assert b1.summary.startswith("Hortatory obligations only")
    counts = b1.details["counts"]
    assert counts["mandatory"] == 0 and counts["hortatory"] >= 2
    assert all(e.quote == "shall endeavour" for e in b1.evidence)
    assert b1.suggestions and all(s.verdict_after == "met" for s in b1.suggestions)


def test_modality_is_reported_per_article_and_for_the_draft(coe_report):
    b1 = coe_report.finding("B1")
    rows = {row["number"]: row for row in b1.details["articles"]}
    # Art. 12 "shall take, as appropriate": a qualified obligation binds (clauses/README.md), counted
    # as mandatory but qualified, so it is not among the firm obligations
    assert rows[12]["mandatory"] == 1 and rows[12]["qualified"] == 1 and rows[12]["hortatory"] == 0
    assert rows[4]["mandatory"] >= 1
    shares = b1.details["shares"]
    assert 0 < shares["firm"] < shares["mandatory"] < 1
    assert b1.verdict == "partial"                                         # "diluted", as the seed says


def _edit(draft, article, text=None, text_zh=None):
    para = article.children[0]
    values = {k: v for k, v in (("text", text), ("text_zh", text_zh)) if v is not None}
    SetFields(para.id, values).apply(draft)
    return para


def test_edited_english_text_is_analysed_not_the_tag(workspace, checker):
    draft = single(workspace, "coe-ai-convention/art-4")
    assert checker.check(draft, suggestions=False).finding("B1").verdict == "met"
    para = _edit(draft, draft.articles()[0], text="Each Party shall endeavour to adopt measures to protect human rights.")
    assert para.strength == "mandatory"                                     # the stale library tag stays on the node
    outcome = checker.check_one(draft, "B1")
    assert outcome.verdict == "missing"
    content = checker.context(draft).articles[0].content
    assert content.edited and content.paras[0].source == "text-en" and content.paras[0].strength == "hortatory"


@pytest.mark.parametrize("text_zh, expected", [
    ("各缔约方应当采取措施保护人权。", "met"),          # 应当: binding
    ("各缔约方应努力采取措施保护人权。", "missing"),     # 努力: hortatory
    ("缔约方可以采取措施保护人权。", "missing"),         # 可以: permissive
    ("各缔约方应酌情采取措施保护人权。", "missing"),     # 酌情: hortatory
])
def test_edited_chinese_text_is_analysed(workspace, checker, text_zh, expected):
    draft = single(workspace, "coe-ai-convention/art-4")
    _edit(draft, draft.articles()[0], text_zh=text_zh)
    assert checker.check_one(draft, "B1").verdict == expected
    assert checker.context(draft).articles[0].content.paras[0].source == "text-zh"


def test_unedited_library_articles_use_the_tags(workspace, checker):
    draft = single(workspace, "coe-ai-convention/art-12")
    para = checker.context(draft).articles[0].content.paras[0]
    # the tag (a qualified obligation binds), not the words' reading (resources/strength-readings.toml)
    assert para.source == "tag" and para.strength == "mandatory" and para.qualified == ["as appropriate"]


def test_edited_text_removes_a_criterion_the_tags_would_claim(workspace, checker):
    draft = single(workspace, "workbench-model/art-sustainability")
    assert checker.check_one(draft, "D3").verdict == "met"
    for para in list(draft.articles()[0].children):
        SetFields(para.id, {"text": "Each Party shall protect human rights.", "text_zh": ""}).apply(draft)
    assert checker.check_one(draft, "D3").verdict == "missing"


def test_a_drafters_own_article_counts(checker, coe_draft):
    from workbench.checker.examples import article
    assert checker.check_one(coe_draft, "D3").verdict == "missing"
    chapter = coe_draft.chapters()[-1]
    chapter.children.append(article("Sustainability", "Each Party shall assess the energy consumption of AI systems."))
    assert checker.check_one(coe_draft, "D3").verdict == "met"
