"""Reading by mechanism (issue 14, fifth round): preferential agreements of the 1970s, a US free-trade
agreement of the 2000s and an African community treaty (development instruments Bangkok 1975,
US–Bahrain 2004, ECOWAS 1993), and further general forms of the same kinds.

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.checker.analysis import Analyser
from workbench.checker.examples import article, check_texts
from checker_helpers import defined_terms, kind_set, with_items


@pytest.mark.parametrize("text, kind", [
    # obligations of result
    ("The Participating States shall apply the tariff concessions set out in their National Lists.", "obligation-of-result"),
    ("The Member States shall not abrogate or reduce the value of the concessions.", "obligation-of-result"),
    ("Any advantage granted by a Member State to a product of a third country shall be immediately and "
     "unconditionally extended to the like product of the other Member States.", "obligation-of-result"),
    ("The Member States undertake to exempt from customs duties the products of the other Member States.",
     "obligation-of-result"),
    ("The Member States shall refrain from applying export duties.", "obligation-of-result"),
    # exclusions, reporting, dispute settlement, compliance
    ("The provisions of Article 4 shall not apply in relation to preferences granted to third countries.",
     "carve-out-scope"),
    ("Excluded from the scope of this Agreement are services of the armed forces.", "carve-out-scope"),
    ("This Agreement shall not extend to trade in arms.", "carve-out-scope"),
    ("The Member State shall notify the Standing Committee of the measures taken.", "reporting"),
    ("Notice thereof shall immediately be given to the Council.", "reporting"),
    ("The Member States shall inform the Council of the measures taken.", "reporting"),
    ("submission of reports on its activities to the Council;", "reporting"),
    ("If a Member State considers that another Member State is not complying with this Agreement, it may make "
     "representations to it.", "dispute-settlement"),
    ("Any disagreement between the Parties concerning the interpretation of this Agreement shall be settled by "
     "negotiation.", "dispute-settlement"),
    ("Failing this, either party may refer the matter to the Court of the Community.", "dispute-settlement"),
    ("If the Parties fail to agree, the matter shall be submitted to an arbitration commission.", "dispute-settlement"),
    ("The Council may authorise a Member State to suspend, in relation to the non-complying State, the application "
     "of such obligations as it considers appropriate.", "sanction-or-compliance"),
    ("Such noncompliance shall be considered by the Council.", "sanction-or-compliance"),
    # institutions
    ("The institutions of the Community shall be:", "treaty-body"),
    ("An Economic Council shall be formed of the Ministers of Economy of the Member States.", "treaty-body"),
    ("The Council shall have the power to issue binding decisions.", "body-powers"),
    ("The Council shall take decisions by a two-thirds majority.", "body-powers"),
    ("The Commission shall monitor the application of the provisions of this Agreement.", "review"),
    ("The Member States shall evaluate the implementation of this Agreement every two years.", "review"),
    ("The Joint Committee may seek the advice of non-governmental persons.", "stakeholders"),
    ("Each Party shall seek the views of interested parties and other members of the public.", "stakeholders"),
    # final clauses
    ("Any country may agree to become a Party to this Agreement on terms agreed with the Parties.", "accession"),
    ("The original signatory States are those on whose behalf representatives have signed below.", "signature"),
    ("This Treaty and its Protocols shall respectively enter into force upon ratification by nine States.",
     "entry-into-force"),
    ("The Agreement shall enter into force on 1 January 1995.", "entry-into-force"),
    ("Any Member State wishing to withdraw from the Community shall give one year's notice.", "withdrawal"),
    ("Any Member State may withdraw from the Agreement at any time after its entry into force.", "withdrawal"),
    ("The original of this Agreement shall be kept by the Secretariat.", "depositary"),
    ("Amendments and additions may be made to this Agreement with the consent of the Parties.", "amendment"),
    # cooperation
    ("The Parties shall cooperate in the training of personnel.", "capacity-building"),
    ("The Parties shall exchange information on their customs legislation.", "transparency"),
    ("The Parties shall facilitate the exchange of technical know-how.", "technology-transfer"),
    # from the CIS 2011 Treaty's misses
    ("The Parties shall apply technical regulations while being guided by the WTO Agreement on Technical Barriers "
     "to Trade.", "standards-link"),
    ("Provisions of this Article shall not extend to pipeline transport.", "carve-out-scope"),
    ("Provisions of paragraph 1 of this Article shall not be applicable with respect to customs duties.",
     "carve-out-scope"),
    ("By mutual consent of the Parties, amendments and supplements may be introduced into this Treaty.", "amendment"),
    ("The original copy is deposited at the Executive Committee, which shall send its certified copy to each "
     "signatory State.", "depositary"),
    ("If no agreement has been reached, a dispute may be submitted for consideration of the Economic Court.",
     "dispute-settlement"),
])
def test_general_forms(text, kind):
    assert kind in kind_set(text)


def test_what_these_forms_do_not_read():
    # a body's list of "non-governmental bodies" (standardising bodies) is not stakeholder participation
    assert "stakeholders" not in kind_set("Each Party shall ensure that non-governmental bodies comply with this "
                                          "Agreement.")
    # privacy as a ground for withholding information is an exception, not data protection
    assert "data-protection" not in kind_set("Nothing in this Agreement shall be construed to require a Party to "
                                             "furnish information contrary to its law protecting personal privacy.")
    # information flowing among populations is not a cross-border data flow
    assert "cross-border-data" not in kind_set("The Community shall promote the flow of information particularly "
                                               "among rural populations.")


def test_a_court_whose_decision_is_final_is_binding_settlement():
    node = article("", "Any dispute shall be amicably settled through direct agreement.",
                   "Failing this, either party may refer the matter to the Court of the Community whose decision "
                   "shall be final.")
    tags = {t for e in Analyser().analyse(node).elements if e.kind == "dispute-settlement" for t in e.tags}
    assert {"grade-1", "grade-3"} <= tags
    assert check_texts("B4", "Any dispute shall be amicably settled through direct agreement. Failing this, either "
                             "party may refer the matter to the Court of the Community whose decision shall be "
                             "final.").verdict == "met"


def test_a_matter_referred_to_a_body_that_recommends_is_graded_as_conciliation():
    text = ("If a Member State considers that another Member State is not complying with this Agreement, the matter "
            "may be referred to the Standing Committee, which may make recommendations.")
    assert check_texts("B4", text).verdict == "partial"


def test_sanctions_on_a_member_state_that_fails_to_fulfil_its_obligations():
    text = "Where a Member State fails to fulfil its obligations, the Authority may decide to impose sanctions on it."
    found = [e for e in Analyser().analyse(article("", text)).elements if e.kind == "sanction-or-compliance"]
    assert found and "party-breach" in found[0].tags


def test_a_list_of_institutions_under_its_chapeau():
    node = with_items("The institutions of the Community shall be:", "the Council of Ministers;", "the Commission.")
    assert any(e.kind == "treaty-body" for e in Analyser().analyse(node).elements)


def test_short_forms_after_hereinafter_are_defined_terms():
    terms = defined_terms('The Governments, hereinafter referred to as the "Participating States", agree as follows.',
                          'The Parties establish a Committee (hereinafter referred to as the "Committee").',
                          'The two Governments (the "Parties") agree.')
    assert {"Participating States", "Committee", "Parties"} <= terms


def test_entry_into_force_for_an_eligible_acceding_state_is_not_the_treatys():
    found = [e for e in Analyser().analyse(article("", "This Agreement shall come into force for an eligible acceding "
                                                       "State 30 days after the deposit of its instrument.")).elements
             if e.kind == "entry-into-force"]
    assert found and "for-state" in found[0].tags


@pytest.mark.parametrize("text", [
    "The National Lists of Concessions are attached as annex I, which is an integral part of this Agreement.",
    "The goods shall satisfy the conditions of origin set out in annex II.",
    "The composition and powers of the Court shall be as set out in a Protocol relating thereto.",
])
def test_annexes_and_protocols_not_in_the_draft_are_missing_prerequisites(text):
    outcome = check_texts("F6", text)
    assert outcome.verdict == "partial" and outcome.details["outside"]


def test_entry_into_force_for_a_kind_of_state_or_later_parties_is_not_the_treatys():
    for text in ("For the member state, this Treaty shall enter into force 30 days after the receipt of its "
                 "accession document.",
                 "With regard to other Parties that fulfil their procedures later, this Treaty shall enter into force "
                 "30 days after the receipt of their documents."):
        found = [e for e in Analyser().analyse(article("", text)).elements if e.kind == "entry-into-force"]
        assert found and "for-state" in found[0].tags


@pytest.mark.parametrize("text, kind", [
    # from the Ukraine–Uzbekistan misses (a CIS-model bilateral agreement of 1994)
    ("For the purposes of the present Agreement and for its validity period, the goods of the Parties shall mean "
     "the goods identified by the Rules of Origin.", "definitions"),
    ("The two Governments, referred to hereinafter as the Contracting Parties, agree as follows.", "definitions"),
    ("Each Contracting Party shall provide equal relief at law of the rights and legitimate interests of the "
     "business entities of the other Party.", "remedy-for-persons"),
    ("The Parties shall apply the uniform commodity classification based on the Harmonized System of Description "
     "and Coding of Commodities.", "standards-link"),
    ("This Agreement shall remain in force until one of the Parties notifies the other of its intention to terminate "
     "its effect.", "withdrawal"),
    ("In order to draft recommendations for the improvement of trade, the Contracting Parties have agreed to set up "
     "a joint Commission.", "body-powers"),
    ("The Parties have agreed to create a commission for the purpose of developing recommendations.", "body-powers"),
])
def test_forms_of_the_cis_model_of_1994(text, kind):
    assert kind in kind_set(text)


def test_the_harmonized_system_named_in_rules_of_origin_is_not_standards_coordination():
    assert "standards-link" not in kind_set("Goods shall be considered originating if their tariff heading in the "
                                            "Harmonized System changes.")


def test_a_party_adopting_recommendations_is_not_a_body_power():
    assert "body-powers" not in kind_set("The Parties may adopt recommendations on trade.")


def test_the_items_of_a_long_exception_chapeau_name_security_matters():
    chapeau = ("The present Agreement shall not preclude the right of each of the Contracting Parties from taking "
               "unilateral measures generally accepted in international practice in state regulation of foreign "
               "trade relations, which it considers necessary for the protection of its vital interests or which "
               "are undoubtedly necessary for the performance of the international treaties to which it is a party "
               "or intends to be a party, if these measures concern the following:")
    node = article("", chapeau, "- protection of public morals;", "- trade in weapons, ammunition and materiel;")
    found = Analyser().analyse(node).elements
    assert any(e.kind == "exception-security" and e.para == 2 for e in found)
