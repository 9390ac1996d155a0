"""Merging proposals (issue 17 polish): the same new article from two delegations is one bracketed
article with both behind it; the base text's side of an addition is printed as a secretariat
would; the merge report counts in correct English."""
from __future__ import annotations

import pytest

from workbench.core import brackets as br
from workbench.core.bracket_edits import add_alternative, record_position
from workbench.core.compilation import compilation_text
from workbench.core.operations import add_clauses
from workbench.core.proposals import Proposal, derive_draft, merge_proposals, proposal_from_version
from workbench.core.versions import Version


@pytest.fixture
def setting(workspace, coe_draft):
    base = Version.of(coe_draft, "Chair's base text", author="Chair")
    clause = next(c for c in workspace.clauses(source="depa") if c.id == "depa/art-8.4")
    return base, clause


def proposing(base, clause, party, position):
    draft = proposal_from_version(base, party)
    add_clauses(draft, [clause], position=position).apply(draft)
    return draft


def merged(base, *proposals):
    target = derive_draft(base.draft(), "Compilation", {"based_on_version": base.id})
    result = merge_proposals(target, [Proposal(p.meta["party"], p, base.draft(), base.label, base.id)
                                      for p in proposals], target_base=base.id)
    result.edit.apply(target)
    return target, result


@pytest.mark.parametrize("china_at, brazil_at", [(10, 10), (10, 30), (None, 5)])
def test_the_same_new_article_from_two_proposals_is_one_article_with_both_behind_it(setting, china_at, brazil_at):
    base, clause = setting
    target, result = merged(base, proposing(base, clause, "China", china_at), proposing(base, clause, "Brazil", brazil_at))
    added = [a for a in target.articles() if a.derived_from == "depa/art-8.4"]
    assert len(added) == 1
    (bracket,) = br.brackets(added[0])
    assert bracket.options[0]["proposer"] == "China" and bracket.options[0]["supporters"] == ["Brazil"]
    text = compilation_text(target)
    assert text.count("Competition Policy") == 1
    assert "Proposed by China; supported by Brazil" in text
    assert any("Brazil proposes the same new article “Competition Policy” as China" in line for line in result.report)
    assert "China: 1 new option, 0 supports recorded" in result.report
    assert "Brazil: 0 new options, 1 support recorded" in result.report
    assert not any("(s)" in line for line in result.report)


def test_the_base_texts_side_of_an_addition_reads_as_a_sentence(setting):
    base, clause = setting
    target, _result = merged(base, proposing(base, clause, "China", None))
    article = next(a for a in target.articles() if a.derived_from == "depa/art-8.4")
    bracket = br.brackets(article)[0]
    record_position(target, article.id, bracket.options[1]["id"], "Canada", "support").apply(target)
    add_alternative(target, article.id, text="The Parties shall cooperate on competition policy.",
                    proposer="India").apply(target)
    notes = [line for line in compilation_text(target).splitlines() if line.startswith("[^")]
    assert "Option 2: no such provision, as in the base text; supported by Canada" in " ".join(notes)
    assert not any("base text; not in the base text" in n or "not in the base text" in n for n in notes)
    notes_zh = " ".join(line for line in compilation_text(target, "zh").splitlines() if line.startswith("[^"))
    assert "备选案文2：不设此条款（同基础案文）；支持方：加拿大" in notes_zh and "基础案文；" not in notes_zh
