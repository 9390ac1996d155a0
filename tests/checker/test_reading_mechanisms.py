"""Reading by mechanism (issue 14, third round): what a provision does, whatever its wording.

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.checker import Checker
from workbench.checker.context import article_number
from workbench.checker.examples import verdict
from workbench.checker.reading import bearer
from workbench.core.model import Draft
from workbench.core.numbering import Numbering
from checker_helpers import kind_set


@pytest.mark.parametrize("text", [
    "The administration of this Agreement shall be entrusted to the following organs: a Council and an Executive Group.",
    "The Council shall be the highest organ of the union, with responsibility for its political direction.",
])
def test_organs_entrusted_with_the_instrument_are_treaty_bodies(text):
    assert "treaty-body" in kind_set(text)


def test_a_named_group_bears_the_powers_it_is_given():
    assert bearer("The Trade Policy Group shall have powers of initiative.", "en") == "body"
    assert "body-powers" in kind_set("The Trade Policy Group shall have powers of initiative.")


@pytest.mark.parametrize("text, kind", [
    ("The governments shall keep their parliaments informed of the progress of the union.", "reporting"),
    ("This Treaty shall be of indefinite duration and shall enter into force 60 days after the second ratification.",
     "entry-into-force"),
    ("However, vessels used only on inland waters are excluded.", "carve-out-scope"),
    ("A Member State may be temporarily exempted from applying such provisions as local conditions require.",
     "carve-out-scope"),
    ("The Members shall carry out joint programs for vocational and professional training.", "capacity-building"),
    ("The Members shall coordinate their development aid to third countries.", "development-assistance"),
    ("The Members shall standardize their industrial regulations.", "standards-link"),
    ('The Republic of A and the Kingdom of B, hereinafter referred to as the "Parties", agree as follows.', "definitions"),
])
def test_what_a_provision_does_is_read_whatever_its_wording(text, kind):
    assert kind in kind_set(text)


def test_dispute_settlement_provided_for_in_an_annex_not_in_the_text_is_partial():
    text = "The Parties shall adopt a system for the settlement of disputes as contained in Annex III to this Treaty."
    assert verdict("B4", text) == "partial"
    assert verdict("B4", "The Parties shall cooperate in good faith.") == "missing"


def test_a_decision_rule_after_a_long_subject_is_consensus():
    assert verdict("U4", "During the first stage, decisions of the Council of the union and of the Executive Group "
                         "of the union shall be taken by consensus.") == "met"


def test_articles_are_cited_by_the_number_printed_when_the_text_skips_one():
    from workbench.checker.examples import article as make
    first, second = make("Article 1", "The Parties shall cooperate."), make("Article 2", "The Parties shall meet.")
    second.attrs["label"] = "Article 3"            # as the importer keeps a label that skips a number
    draft = Draft(title="Example", children=[first, second])
    numbering = Numbering.of(draft)
    assert article_number(first, numbering) == 1
    assert article_number(second, numbering) == 3
    templated = make("Article 2", "The Parties shall meet.")
    templated.attrs["label"] = "Article {1}"
    assert article_number(templated, Numbering.of(Draft(title="E", children=[first, templated]))) == 2
    cited = {ev.number for f in Checker().check(draft, suggestions=False).findings for ev in f.evidence}
    assert 3 in cited and 2 not in cited


@pytest.mark.parametrize("text", [
    "The Parties shall apply the schedule of tariff cuts (Annex II).",
    "The Group shall start with the working groups mentioned in Annex IV.",
])
def test_an_annex_named_as_holding_the_matter_is_a_prerequisite(text):
    from workbench.checker.examples import check_texts
    outcome = check_texts("F6", text)
    assert outcome.verdict == "partial" and outcome.details["outside"]


@pytest.mark.parametrize("text, kind", [
    ("本条约的管理和执行委托下列机构：理事会和执行小组。", "treaty-body"),
    ("理事会为共同市场的最高决策机构。", "treaty-body"),
    ("各成员国政府应随时向本国议会通报共同市场的进展情况。", "reporting"),
    ("成员国应协调其对外发展援助政策。", "development-assistance"),
    ("成员国应实施协调一致的职业培训计划。", "capacity-building"),
    ("成员国因特殊情况可暂时免于适用本协定的有关规定。", "carve-out-scope"),
])
def test_the_same_mechanisms_in_chinese(text, kind):
    assert kind in kind_set(text)


def test_dispute_settlement_by_an_annex_and_a_long_decision_rule_in_chinese():
    assert verdict("B4", "缔约方应采用争端解决制度，具体规则载于附件三。") == "partial"
    assert verdict("U4", "在过渡期内，共同市场理事会和共同市场小组的决定应以协商一致方式作出。") == "met"
