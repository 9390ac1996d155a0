"""The reading of provisions: legal elements found from what a provision does, not from one phrase.

The cases are those the issue lists (a checker that read like a keyword matcher), in English and
Chinese; each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.checker import Checker
from workbench.checker.analysis import Analyser
from workbench.checker.examples import article, check_texts, draft_of, run, verdict
from workbench.checker.reading import bearer
from workbench.core.model import Draft, Node, NodeKind


def kinds(*texts: str, title: str = "") -> list[tuple[str, tuple]]:
    content = Analyser().analyse(article(title, *texts))
    return [(e.kind, e.tags) for e in content.elements if e.kind != "duty"]


def kind_set(*texts: str) -> set[str]:
    return {k for k, _t in kinds(*texts)}


@pytest.mark.parametrize("text, lang, who", [
    ("Each Party shall ensure that its customs authorities apply the rules.", "en", "party"),
    ("The Joint Committee may adopt amendments to the Annexes.", "en", "body"),
    ("The Director-General of the Organization shall inform the States.", "en", "un"),
    ("Providers of AI systems shall keep technical documentation.", "en", "company"),
    ("Calls upon all Member States to cooperate.", "en", "party"),
    ("The Parties recognise the importance of trade.", "en", ""),
    ("缔约方会议应通过其议事规则。", "zh", "body"),
    ("各缔约方应努力开展合作。", "zh", "party"),
])
def test_the_duty_bearer_is_read_from_the_subject(text, lang, who):
    assert bearer(text, lang) == who


@pytest.mark.parametrize("text", [
    "A Joint Commission is hereby established, composed of representatives of the Parties.",
    "There shall be established a Council of the Parties.",
    "A General Assembly of the States Parties to this Convention shall meet every two years.",
    "An Intergovernmental Committee, called the Heritage Committee, is hereby established.",
    "The Parties hereby establish the Committee on Trade in Goods.",
    "兹设立联合委员会，由缔约双方代表组成。",
])
def test_a_body_established_under_any_name_is_a_treaty_body(text):
    assert "treaty-body" in kind_set(text)
    assert verdict("B8", text) != "missing"


def test_a_body_with_decision_powers_reporting_and_review_meets_b8():
    texts = ("A Committee on Trade is hereby established.",
             "The Committee shall adopt amendments to the Annexes and may issue interpretations of this Agreement.",
             "Each Party shall submit a report to the Committee every two years.",
             "The Committee shall review the implementation of this Agreement every five years.")
    assert verdict("B8", *texts) == "met"
    assert verdict("B8", *texts[:2], texts[3]) == "partial"        # no reporting by the Parties


@pytest.mark.parametrize("text, grade", [
    ("The provisions of GATT 1994, as elaborated and applied by the Dispute Settlement Understanding, "
     "shall apply to consultations and the settlement of disputes under this Agreement.", 3),
    ("Any dispute concerning the interpretation of this Agreement shall be resolved through the procedures "
     "and mechanism as set out in the Agreement on Dispute Settlement Mechanism.", 3),
    ("Any dispute shall be submitted to the International Court of Justice.", 3),
    ("At the request of two States Parties engaged in a dispute, the Organization may extend its good offices.", 2),
    ("In the event of a dispute, the Parties shall seek a settlement through negotiation.", 1),
])
def test_dispute_settlement_is_graded_by_its_mechanism_also_when_incorporated(text, grade):
    outcome = check_texts("B4", text)
    assert outcome.details["grade"] == grade
    assert outcome.verdict == {3: "met", 2: "partial", 1: "missing"}[grade]


def test_incorporation_is_said_in_the_evidence():
    outcome = check_texts("B4", "Any dispute shall be settled in accordance with the Dispute Settlement Understanding.")
    assert outcome.details["incorporated"] and "incorporated by reference" in " ".join(e.note for e in outcome.evidence)


def test_exceptions_by_incorporation_and_self_judging_clauses_are_flagged():
    found = kinds("Article XXI of the GATT 1994 is incorporated into and made part of this Agreement, mutatis mutandis.",
                  "Nothing in this Agreement shall be construed to prevent a Party from taking any action which it "
                  "considers necessary for the protection of its essential security interests.")
    tags = {t for k, ts in found if k == "exception-security" for t in ts}
    assert {"incorporated", "self-judging"} <= tags
    assert verdict("B6", "Article XX of the GATT 1994 and its interpretive notes are incorporated into this Agreement.") == "partial"


def test_a_scope_exclusion_is_a_carve_out():
    outcome = check_texts("B6", "This Chapter shall not apply to government procurement.")
    assert outcome.verdict == "partial" and outcome.details["other_exclusions"] == [1]


def test_acceptance_by_members_of_a_near_universal_organisation_is_an_accession_clause():
    assert verdict("U1", "Any Member of the WTO may accept this Agreement.") == "partial"
    assert verdict("U1", "This Agreement shall enter into force upon signature.") == "missing"


def test_final_clause_functions_are_read_from_what_the_clause_governs():
    outcome = check_texts("F7", "This Convention shall enter into force three months after the deposit of the third instrument.",
                          "Denunciation shall take effect twelve months after the receipt of the instrument.",
                          "An amendment shall enter into force for the Parties that have accepted it.",
                          "In respect of any acceding State, this Convention shall enter into force on the first day of the month.")
    assert outcome.verdict == "met", outcome.summary


@pytest.mark.parametrize("text", [
    "This Convention is drawn up in English, French and Spanish, the three texts being equally authoritative.",
    "Done in duplicate in the Chinese and English languages, each text being authentic.",
    "本协定以中文和英文写成，两种文本同等作准。",
])
def test_authentic_texts_whatever_the_wording(text):
    assert "authentic-texts" in kind_set(text)


def test_without_human_intervention_is_not_human_oversight():
    assert "human-oversight" not in kind_set("Customs shall provide for electronic processing without human intervention.")
    assert "human-oversight" in kind_set("Deployers shall ensure meaningful human oversight of AI systems.")


def test_a_regulators_sanctions_on_companies_are_not_consequences_of_a_partys_breach():
    text = "The regulatory body shall have the power to impose sanctions on suppliers that do not comply with its decisions."
    assert verdict("B3", text) == "missing"
    assert verdict("B3", "If the Party concerned fails to comply with the ruling, the complaining Party may suspend "
                         "concessions or benefits.") == "met"


def test_customs_risk_management_is_not_ai_risk_governance():
    assert verdict("R1", "Each Party shall adopt a risk management approach to customs supporting documentation, "
                         "with risk assessment and monitoring of high-risk goods.") == "missing"


def test_parties_taking_standards_into_account_is_not_a_treaty_body_adopting_guidelines():
    assert verdict("S3", "The Parties shall take into account international standards and guidelines.") == "missing"


def test_a_convention_whose_parties_undertake_has_duty_bearers():
    assert verdict("B2", "The States Parties to this Convention undertake to prohibit the export of cultural property.") == "partial"


def test_technical_assistance_is_capacity_building():
    assert verdict("D1", "The States Parties may call on the technical assistance of the Organization.") == "partial"


@pytest.mark.parametrize("text, strength", [
    ("各缔约方应在可能的范围内尽力防止非法出口。", "hortatory"),
    ("各缔约方应努力开展合作。", "hortatory"),
    ("缔约方可以交流信息。", "permissive"),
    ("鼓励各缔约方分享经验。", "hortatory"),
    ("各缔约方应当禁止社会评分。", "mandatory"),
])
def test_chinese_modality_with_the_same_structure(text, strength):
    content = Analyser().analyse(article("", text))
    assert content.paras[0].strength == strength


def test_the_same_provisions_in_chinese_and_in_english_get_the_same_verdicts():
    en = ["A Joint Committee is hereby established.",
          "Any dispute shall be submitted to arbitration.",
          "This Agreement shall enter into force on the thirtieth day after signature.",
          "This Agreement is done in Chinese and English, both texts being equally authentic."]
    zh = ["兹设立联合委员会。",
          "任何争端均应提交仲裁。",
          "本协定应于签署后第三十日开始生效。",
          "本协定以中文和英文写成，两种文本同等作准。"]
    bilingual = Draft(title="Example draft", children=[
        Node(kind=NodeKind.ARTICLE, children=[Node(kind=NodeKind.PARAGRAPH, text=e, text_zh=z)]) for e, z in zip(en, zh)])
    checker = Checker()
    verdicts = [checker.check(d, suggestions=False).verdicts() for d in (draft_of(*en), draft_of(*zh), bilingual)]
    assert verdicts[0] == verdicts[1] == verdicts[2]
    assert verdicts[0]["B4"] == "met" and verdicts[0]["B8"] == "partial"


def test_a_recommendation_binds_no_one_whatever_its_shall():
    d = draft_of("Each Adherent shall promote trustworthy AI.", "Each Adherent shall protect privacy.",
                 title="Recommendation of the Council on AI")
    assert run(d, "B1").verdict == "missing" and "non-binding" in run(d, "B1").summary
    assert run(draft_of("Each Party shall promote trustworthy AI."), "B1").verdict == "met"


def test_a_definition_or_exclusion_in_a_recital_counts_a_plain_recital_does_not():
    d = Draft(title="Example resolution", children=[
        Node(kind=NodeKind.PREAMBLE, children=[
            Node(kind=NodeKind.RECITAL, text="Recognizing that AI systems, which, for the purpose of this resolution, "
                                             "refers to systems in the non-military domain, can help,"),
            Node(kind=NodeKind.RECITAL, text="Recalling the importance of sustainable development,")]),
        Node(kind=NodeKind.ARTICLE, children=[Node(kind=NodeKind.PARAGRAPH, text="Encourages Member States to cooperate.")])])
    assert run(d, "B6").verdict == "partial"
    assert run(d, "D3").verdict == "missing"


def test_the_report_lists_the_elements_with_their_articles():
    report = Checker().check(draft_of("A Committee is hereby established.",
                                      "Any dispute shall be submitted to arbitration."), suggestions=False)
    listed = {(e.kind, e.evidence[0].number) for e in report.elements}
    assert ("treaty-body", 1) in listed and ("dispute-settlement", 2) in listed
    assert all(e.kind != "duty" for e in report.elements)
    assert report.to_dict()["elements"][0]["label"]


def test_a_draft_treaty_recalling_a_recommendation_still_binds():
    d = Draft(title="Draft convention on AI", children=[
        Node(kind=NodeKind.PREAMBLE, children=[
            Node(kind=NodeKind.RECITAL, text="The Parties to this Convention,"),
            Node(kind=NodeKind.RECITAL, text="Recalling the Recommendation on the Ethics of Artificial Intelligence,"),
            Node(kind=NodeKind.RECITAL, text="Have agreed as follows:")]),
        Node(kind=NodeKind.ARTICLE, children=[Node(kind=NodeKind.PARAGRAPH, text="Each Party shall prohibit social scoring.")])])
    assert run(d, "B1").verdict == "met"


# ----- issue 14, generalisation: mechanisms found on the development instruments -----------------

def test_no_party_shall_have_recourse_excludes_a_chapter_from_dispute_settlement():
    text = "No Party shall have recourse to dispute settlement under Chapter 9 for any matter arising under this Chapter."
    assert "carve-out-scope" in kind_set(text)
    assert verdict("B6", "Each Party shall cooperate.", text) == "partial"


def test_a_failure_to_report_brought_before_the_body_is_a_compliance_procedure_without_consequence():
    texts = ("A Commission is hereby established.",
             "If a Party fails to provide the notification referred to in paragraph 4, the matter shall be placed "
             "on the agenda for the next meeting of the Commission.")
    assert any("follow-up" in tags for kind, tags in kinds(texts[1]) if kind == "sanction-or-compliance")
    assert verdict("B3", *texts) == "partial"


def test_technology_exchanged_is_technology_transfer_and_designation_is_a_result_owed():
    assert "technology-transfer" in kind_set("Cooperation may include the exchange of experts, information and technology.")
    assert "obligation-of-result" in kind_set("Each Party shall designate a contact point for this Chapter.")


@pytest.mark.parametrize("text, kind, present", [
    ("The Parties may agree, in writing, to amend this Agreement.", "amendment", True),
    ("The Depositary shall provide certified copies of this Agreement and of any amendments to this Agreement.",
     "amendment", False),
    ("This Agreement shall enter into force once the Parties have notified the completion of their applicable "
     "legal procedures.", "ratification", True),
    ("It shall enter into force two years after the date of signature of this Agreement.", "signature", False),
    ("The Parties may cooperate on disaster risk management.", "risk-process", False),
])
def test_final_clauses_and_risks_are_read_from_what_the_provision_governs(text, kind, present):
    assert (kind in kind_set(text)) is present


def test_a_ban_only_to_be_assessed_is_a_deferred_prohibition():
    found = [tags for kind, tags in kinds("Each Party shall assess the need for a moratorium or ban on such uses.")
             if kind == "prohibition"]
    assert found and "deferred" in found[0]
    assert verdict("B7", "Each Party shall assess the need for a moratorium or ban on uses of AI systems.") == "partial"


@pytest.mark.parametrize("text, present", [
    ("Governments, including developing countries, should co-operate to advance these principles.", False),
    ("The Parties shall provide technical assistance to developing countries.", True),
    ("各国应兼顾发展中国家利益。", True),
])
def test_developing_countries_count_as_beneficiaries_not_as_actors_named(text, present):
    assert ("development-assistance" in kind_set(text)) is present


def test_a_body_set_up_under_a_short_name_defines_that_name():
    draft = draft_of("The Parties hereby establish a Trans-Pacific Partnership Commission (Commission).",
                     "The Commission shall meet once a year.")
    outcome = run(draft, "F4")
    assert outcome.verdict == "met" and "commission" in outcome.details["defined"]


@pytest.mark.parametrize("text, kind", [
    ("Each Party shall seek to ensure that such questions are considered through public discussion and "
     "multistakeholder consultation.", "stakeholders"),
    ("We welcome governments, international organizations, companies, research institutes, civil organizations, "
     "and individuals to jointly promote governance.", "stakeholders"),
    ("我们欢迎各国政府、国际组织、企业、科研院校、民间机构和公民个人协力促进治理。", "stakeholders"),
    ("We should work together to prevent risks.", "risk-process"),
    ("推动建立风险等级测试评估体系。", "risk-process"),
    ("Mechanisms should be in place to ensure that AI systems can be overridden, repaired or decommissioned.",
     "human-oversight"),
    ("The Parties shall endeavour to take into consideration internationally recognised principles or guidelines.",
     "soft-law-link"),
    ("The Parties acknowledge the benefits of ensuring that such frameworks are internationally aligned.",
     "standards-link"),
    ("Countries should promote AI technologies to benefit humanity, with shared benefits.", "public-good"),
    ("Efforts should be made to bridge the gap in AI and its governance capacity.", "capacity-building"),
    ("Users should be informed when they are interacting with an AI system.", "transparency"),
])
def test_elements_said_in_other_words(text, kind):
    assert kind in kind_set(text)


def test_two_kinds_of_actor_listed_but_one_state_duty_is_not_stakeholder_participation():
    assert "stakeholders" not in kind_set("Each Party shall accord national treatment to the goods of the other Party.")


@pytest.mark.parametrize("en, zh", [
    ("Each Party shall ensure that providers report serious incidents to the competent authority.",
     "各缔约方应确保提供者向主管机构报告严重事件。"),
    ("The Parties shall cooperate with the United Nations and support the central coordinating role of the "
     "United Nations.",
     "各缔约方应与联合国合作，并支持联合国发挥核心协调作用。"),
    ("Providers shall assess and mitigate systemic risks.", "提供者应评估并缓解系统性风险。"),
    ("The Conference of the Parties shall adopt guidelines, protocols and amendments.",
     "缔约方会议应通过指南、议定书和修正案。"),
    ("Nothing in this Article shall prevent a Party from adopting or maintaining measures to achieve a legitimate "
     "public policy objective.", "本条中的任何规定不得阻止一缔约方为实现合法公共政策目标而采取或维持措施。"),
    ("We call on all countries to enhance technological cooperation.", "各国应加强技术合作。"),
])
def test_english_and_chinese_read_to_the_same_elements(en, zh):
    english = {k for k, _t in kinds(en)}
    content = Analyser().analyse(article("", zh))
    chinese = {e.kind for e in content.elements if e.kind != "duty"}
    assert english == chinese, (english ^ chinese)


def test_the_depositarys_list_of_acts_of_consent_is_no_accession_clause_in_either_language():
    assert "accession" not in kind_set("The depositary shall notify all States of any deposit of an instrument of "
                                       "ratification, acceptance, approval or accession.")
    content = Analyser().analyse(article("", "本公约应自第二十份批准书、接受书、核准书或加入书交存之日后第九十天起生效。"))
    assert "accession" not in {e.kind for e in content.elements}


def test_a_chinese_undertaking_binds_as_the_english_one():
    chapeau = Node(kind=NodeKind.PARAGRAPH, numbered=False, text_zh="本公约缔约国承担：")
    chapeau.children.append(Node(kind=NodeKind.SUBPARAGRAPH, text_zh="发放适当证件，说明出口已经过批准；"))
    node = Node(kind=NodeKind.ARTICLE, children=[chapeau])
    found = [e for e in Analyser().analyse(node).elements if e.kind == "obligation-of-result"]
    assert found and "by-party" in found[0].tags and "mandatory" in found[0].tags


def test_a_provision_under_an_article_the_draft_holds_has_its_prerequisite():
    draft = draft_of("A Committee is hereby established.",
                     "Disputes shall be referred to the Committee established under Article 1.",
                     "Each Party shall designate an office to assist a panel established under Chapter 28 (Dispute Settlement).")
    outcome = run(draft, "F6")
    assert outcome.details["outside"] == ["Chapter 28 (Dispute Settlement)"]


@pytest.mark.parametrize("text, kind", [
    ("The World Trade Organization (hereinafter referred to as “the WTO”) shall be consulted.", "definitions"),
    ("No new customs duties on imports or charges having equivalent effect shall be introduced.", "prohibition"),
    ("The implementation of this Agreement shall be supervised and administered by a Joint Committee.", "treaty-body"),
    ("If a Party has failed to fulfil an obligation, the other Party may take provisional rebalancing measures.",
     "sanction-or-compliance"),
    ("This Agreement applies to trade between the Parties, but not to trade between individual EFTA States.",
     "carve-out-scope"),
    ("The Parties shall provide for measures for the enforcement of such rights against infringement.",
     "remedy-for-persons"),
    ("The Parties undertake to review the present Agreement in light of further developments.", "review"),
])
def test_treaty_provisions_in_the_european_free_trade_style(text, kind):
    assert kind in kind_set(text)


@pytest.mark.parametrize("text, kind", [
    ("This Agreement shall not preclude prohibitions or restrictions on imports justified on grounds of public morality.",
     "prohibition"),
    ("If a representative has accepted a decision subject to constitutional requirements, the decision shall enter "
     "into force on the date the lifting of the reservation is notified.", "reservations"),
])
def test_what_an_exception_or_a_conditional_acceptance_does_not_set(text, kind):
    assert kind not in kind_set(text)


def test_a_body_acting_by_common_agreement_decides_by_consensus():
    assert verdict("U4", "A Joint Committee is hereby established.", "The Joint Committee shall act by common agreement.") == "met"


def test_an_acceding_states_entry_into_force_and_deposit_with_the_depositary_conflict_with_nothing():
    texts = ("This Agreement shall enter into force on 1 January 2002 in relation to those Signatories which by then "
             "have deposited their instruments of ratification.",
             "In relation to an acceding State, this Agreement shall enter into force on the first day of the third "
             "month following the deposit of its instrument of accession. The instrument of accession shall be "
             "deposited with the Depositary.",
             "The Government of Norway shall act as Depositary.")
    assert verdict("F7", *texts) == "met"


def test_a_provision_governed_by_an_annex_the_draft_lacks_has_an_unmet_prerequisite():
    outcome = check_texts("F6", "The constitution of the arbitral tribunal shall be governed by Annex VIII.")
    assert outcome.verdict == "partial" and outcome.details["outside"] == ["Annex VIII"]
