"""Reading by mechanism (issue 14, round 6c): a West/Central Asian regional trade agreement (development
instrument ECOTA 2003) and a chaptered Japanese economic partnership agreement (Japan–Thailand 2007), and
further general forms of the same kinds.

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.checker.analysis import Analyser
from workbench.checker.examples import article, check_texts, run
from workbench.core.model import Draft, Node, NodeKind
from checker_helpers import defined_terms, elements, kind_set


def tags_of(kind: str, *texts: str) -> set[str]:
    return {t for e in elements(*texts) if e.kind == kind for t in e.tags}


@pytest.mark.parametrize("text, kinds", [
    # GATT and GATS exceptions incorporated together, in the plural
    ("Articles XX and XXI of the GATT 1994 shall apply to this Chapter, mutatis mutandis.",
     {"exception-general", "exception-security"}),
    ("For the purposes of Chapter 7, Articles XIV and XIV bis of the GATS are incorporated into this Agreement.",
     {"exception-general", "exception-security"}),
    ("关税与贸易总协定第二十条和第二十一条经必要修改后适用于本章。", {"exception-general", "exception-security"}),
    # domestic procedures for entry into force, named as the Parties' "respective legal procedures"
    ("This Agreement shall enter into force after the Parties inform each other that their respective legal "
     "procedures necessary for entry into force have been completed.", {"ratification"}),
    ("本协定在双方完成各自法律程序后生效。", {"ratification"}),
    # public comment on draft rules; non-governmental entities described by exclusion
    ("Each Party shall provide a reasonable opportunity for comments by the public on draft regulations.",
     {"stakeholders"}),
    ("The Parties shall facilitate cooperation between entities other than the Governments.", {"stakeholders"}),
    ("各缔约方应为公众就法规草案提出意见提供合理机会。", {"stakeholders"}),
    # the instrument named by its short title
    ("The Agreement may be modified or amended by mutual consent.", {"amendment"}),
    # an inclusive definition of a quoted term for the purposes of the instrument
    ("For the purposes of the Treaty, protection of “cultural goods” includes protection of museum collections.",
     {"definitions"}),
    # consequences of a Party's failure to carry out the decision of the organ that settles disputes
    ("If any Contracting Party fails to implement the decisions of the Board, the other Contracting Parties shall have "
     "the right to adopt measures necessary to remedy the situation.", {"sanction-or-compliance"}),
    ("If a Party considers that the other Party has failed to fulfill an obligation, it may take appropriate measures.",
     {"sanction-or-compliance"}),
    ("Failing agreement, the affected Parties shall have the right to withdraw equivalent concessions.",
     {"sanction-or-compliance"}),
])
def test_general_forms(text, kinds):
    assert kinds <= kind_set(text)


def test_failure_to_carry_out_a_decision_is_a_partys_breach():
    text = ("If any Contracting Party fails to implement the decisions of the Board, the other Contracting Parties "
            "shall have the right to adopt measures necessary to remedy the situation.")
    assert "party-breach" in tags_of("sanction-or-compliance", text)
    assert check_texts("B3", text).verdict == "met"
    assert "party-breach" in tags_of("sanction-or-compliance", "如任何缔约方未执行理事会的决定，其他缔约方有权采取必要措施。")


def test_incorporated_exceptions_are_tagged_so():
    text = "Articles XX and XXI of the GATT 1994 shall apply mutatis mutandis."
    assert "incorporated" in tags_of("exception-security", text)
    assert "incorporated" in tags_of("exception-general", text)


@pytest.mark.parametrize("texts", [
    ("Any dispute shall first be settled by consultations.",
     "Failing that, the Council shall settle the dispute by means of a decision."),
    ("Any dispute concerning the interpretation of this Treaty shall be determined by the Conference.",),
    ("The Cooperation Council shall act as the dispute settlement body.",),
])
def test_a_dispute_decided_by_the_parties_own_organ_is_a_third_party_below_arbitration(texts):
    assert "grade-2" in tags_of("dispute-settlement", *texts)
    assert check_texts("B4", *texts).verdict == "partial"


def test_a_dispute_decided_by_an_organ_in_chinese():
    assert "grade-2" in tags_of("dispute-settlement", "理事会应以决定方式裁决争端。")


def test_a_treaty_framework_agreement_is_not_soft_law():
    assert "soft-law-link" not in kind_set("The Parties shall improve transport within the framework of the Transit "
                                           "Transport Framework Agreement.")
    assert "soft-law-link" in kind_set("The Parties shall implement the Regional Cooperation Strategy.")


def test_short_forms_in_brackets_without_quotation_marks_and_inclusive_definitions_are_defined_terms():
    terms = defined_terms("The members of the Organization (hereinafter referred to as ECO) agree as follows.",
                          "The Governments (hereinafter referred to as the Contracting Parties) agree.",
                          "For the purpose of the Agreement, protection of “intellectual property rights” includes "
                          "copyright.")
    assert {"ECO", "Contracting Parties", "intellectual property rights"} <= terms


def test_a_review_and_appeal_heading_is_a_remedy_not_a_review_of_the_treaty():
    remedy = article("Review and Appeal", "Each Party shall maintain tribunals for the correction of administrative "
                                          "actions.")
    review = article("General Review", "The Parties shall meet every ten years.")
    analyser = Analyser()
    assert "review" not in analyser.analyse(remedy).provides
    assert "review" in analyser.analyse(review).provides


def _printed(number: int, text: str) -> Node:
    return Node(kind=NodeKind.ARTICLE, title=f"Title {number}", attrs={"label": f"Article {number}"},
                children=[Node(kind=NodeKind.PARAGRAPH, text=text)])


def test_a_reference_to_an_article_a_text_that_starts_at_article_3_does_not_hold():
    draft = Draft(title="Example", children=[
        _printed(3, "The Parties shall pursue the objectives outlined in Article 2."),
        _printed(4, "The Parties shall apply Article 3."),
    ])
    outcome = run(draft, "F5")
    assert outcome.verdict == "partial"
    whole = Draft(title="Example", children=[
        _printed(1, "The Parties shall apply Article 2."),
        _printed(2, "The Parties shall apply Article 1."),
    ])
    assert run(whole, "F5").verdict == "met"


@pytest.mark.parametrize("text", [
    "The Annexes and Protocols to the Agreement are integral parts of it.",
    "The Annexes and Notes to this Agreement shall form an integral part of this Agreement.",
])
def test_annexes_declared_part_of_the_instrument_but_not_in_the_draft(text):
    outcome = check_texts("F6", text)
    assert outcome.verdict == "partial" and outcome.details["outside"]


# further general forms of the same mechanisms (older typography and spelling, full names, the active voice)

@pytest.mark.parametrize("text, kinds", [
    ("Article XX of the General Agreement on Tariffs and Trade shall apply to this Agreement.", {"exception-general"}),
    ("Articles XX and XXI of the General Agreement on Tariffs and Trade 1994 are incorporated.",
     {"exception-general", "exception-security"}),
    ("Article XIV of the General Agreement on Trade in Services shall apply mutatis mutandis.", {"exception-general"}),
    ("GATT 1994 Articles XX and XXI apply to this Chapter.", {"exception-general", "exception-security"}),
    ("This Agreement shall enter into force once their respective legal requirements have been completed.",
     {"ratification"}),
    ("The Joint Council may recommend amendments to the Agreement.", {"amendment"}),
    ("For the purposes of this Treaty the States listed in Article 2 shall be designated Less Developed Countries.",
     {"definitions"}),
    ("The Parties agree to settle amicably any differences which may arise with respect to the interpretation or "
     "application of this Treaty.", {"dispute-settlement"}),
    ("If agreement cannot be reached, they shall submit the matter to arbitration.", {"dispute-settlement"}),
    ("缔约方之间就本条约的解释或适用产生的分歧，应提交仲裁。", {"dispute-settlement"}),
    ("The Secretariat shall act as depository of this Treaty.", {"depositary"}),
    ("The Secretariat shall send a certified copy to the Secretary-General of the United Nations for registration.",
     {"UN-role"}),
    ("The Treaty shall be registered in compliance with Article 102 of the United Nations Charter.", {"UN-role"}),
    ("If a Party does not comply with the decision of the Council, the other Party may suspend the application of "
     "equivalent concessions.", {"sanction-or-compliance"}),
])
def test_further_general_forms(text, kinds):
    assert kinds <= kind_set(text)


def test_an_arbitration_submitted_in_the_active_voice_is_binding_settlement():
    assert "grade-3" in tags_of("dispute-settlement", "If agreement cannot be reached, they shall submit the matter to "
                                                      "arbitration.")


def test_depository_as_spelt_designates_the_depositary():
    assert "designation" in tags_of("depositary", "The Secretary General shall be the depository of the Agreement.")


@pytest.mark.parametrize("chapeau", ["The principal organs of the Community shall be--",
                                     "Institutions of the Community shall be —"])
def test_a_list_of_organs_introduced_by_a_dash(chapeau):
    node = Node(kind=NodeKind.ARTICLE, title="", children=[Node(kind=NodeKind.PARAGRAPH, text=chapeau)])
    node.children[0].children = [Node(kind=NodeKind.SUBPARAGRAPH, text="(a) the Conference of Heads of Government;")]
    assert any(e.kind == "treaty-body" for e in Analyser().analyse(node).elements)


def test_a_body_of_another_name_exercises_a_power_with_may():
    from workbench.core import modality
    assert modality.classify("The Council may establish such subsidiary committees.") == "permissive"
    assert modality.classify("The Commission may make recommendations to the Parties.") == "permissive"
    assert modality.classify("(a) may establish subsidiary bodies;") == "permissive"
    assert "body-powers" in kind_set("The Council may establish such subsidiary committees as it considers necessary.")
    para = Node(kind=NodeKind.PARAGRAPH, text="The institutions of the Community may regulate their own procedure and--")
    para.children = [Node(kind=NodeKind.SUBPARAGRAPH, text="(a) may establish such subsidiary committees as they "
                                                           "consider necessary; and")]
    node = Node(kind=NodeKind.ARTICLE, title="Functions and Powers", children=[para])
    assert any(e.kind == "body-powers" for e in Analyser().analyse(node).elements)


def test_protection_tied_to_the_standards_of_multilateral_agreements_is_a_standards_link():
    assert "standards-link" in kind_set("Protection shall reach a level corresponding to the substantive standards of "
                                        "the multilateral agreements.")
    assert "standards-link" in kind_set("保护水平应达到多边协定的实质性标准。")
