"""Reading by mechanism (issue 14, fourth round): final clauses as translations word them, and the
items of an exception read with their chapeau.

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.checker import Checker
from workbench.checker.analysis import Analyser
from workbench.checker.examples import article
from workbench.core.model import Draft, Node, NodeKind


def kinds(node) -> list[tuple[str, int]]:
    return [(e.kind, e.para) for e in Analyser().analyse(node).elements if e.kind != "duty"]


def kind_set(*texts: str) -> set[str]:
    return {k for k, _ in kinds(article("", *texts))}


@pytest.mark.parametrize("text, kind", [
    ("This Agreement becomes effective upon receipt of the last written notice of completion of all intra-state "
     "procedures required for its entry into force.", "entry-into-force"),
    ("This Agreement becomes effective upon receipt of the last written notice of completion of all intra-state "
     "procedures required for its entry into force.", "ratification"),
    ("Done at Minsk in two original copies, each in the Kyrgyz and Russian languages, with all texts equally valid.",
     "authentic-texts"),
    ("The Parties may make amendments and additions to this Agreement upon mutual agreement.", "amendment"),
    ("This Agreement may not be amended without the approval of the Council.", "amendment"),
    ("Signed in the city of Muscat on 31 December.", "signature"),
    ("The Secretariat shall hear and seek to settle amicably any claims brought by any citizen of a Member State "
     "regarding non-implementation of this Agreement.", "remedy-for-persons"),
    ("Committees working under the framework of the Council shall implement this Agreement, each within its "
     "competence.", "treaty-body"),
    ("A Member State may be granted a temporary exclusion from implementing certain provisions of this Agreement.",
     "carve-out-scope"),
    ("No Member State may grant to a non-Member State any preferential treatment exceeding that granted herein.",
     "prohibition"),
    ("Member States shall adopt unified standards and specifications for all products.", "standards-link"),
    ("This Agreement shall be temporarily applied from the date it is signed and shall come into force from the date "
     "of exchanging notifications on the fulfilment of all necessary inner-State procedures.", "entry-into-force"),
    ("This Agreement shall be temporarily applied from the date it is signed and shall come into force from the date "
     "of exchanging notifications on the fulfilment of all necessary inner-State procedures.", "ratification"),
    ("Any Contracting Party may leave this Agreement by sending an official written notification.", "withdrawal"),
    ("This Agreement shall be open to join for any member State of the Community.", "accession"),
    ("For the Government of the Republic of Belarus", "signature"),
    ("The Government of A and the Government of B, hereinafter referred to as the Contracting Parties, have agreed "
     "as follows.", "definitions"),
    ("The Contracting Parties shall declare the following aims for the creation of the union:", "object-purpose"),
    ("The Parties shall inform each other about any changes in the customs tariffs enforced in their countries.",
     "transparency"),
    ("The Secretariat shall hear claims regarding non-implementation of the provisions of this Agreement.",
     "sanction-or-compliance"),
    ("The Council of the Heads of States shall ensure the coordination and management of the establishment and "
     "operation of the union.", "treaty-body"),
    ("To the present Agreement, by mutual agreement of the Parties, amendments and additions may be introduced.",
     "amendment"),
    ("Each Party may secede from the present Agreement by a written notification addressed to the depositary.",
     "withdrawal"),
    ("The present Agreement shall come into force on the day the last notification of the performance of the "
     "inter-state procedures required is received.", "ratification"),
    ("Made at Yalta on 19 September 2003 in one valid copy in the Russian language.", "authentic-texts"),
    ("For the Republic of Belarus", "signature"),
    ("By the Single Economic Space the Parties mean an economic environment that unites their territories.",
     "definitions"),
    ("The Parties shall not apply customs duties or equivalent taxes and fees to the export and import of goods "
     "originating in the other Party.", "obligation-of-result"),
    ("The Parties shall pursue unifying the principles of the design and application of technical regulations and "
     "standards.", "standards-link"),
    ("These policies shall include the implementation of the Long-term Comprehensive Development Strategy of the "
     "Member States.", "soft-law-link"),
])
def test_final_clauses_as_translations_word_them(text, kind):
    assert kind in kind_set(text)


def test_a_clause_dating_something_else_does_not_govern_entry_into_force():
    assert "entry-into-force" not in kind_set(
        "Each Party shall notify the other within one year after this Agreement enters into force.")


def _excepted(chapeau: str, *items: str) -> Node:
    node = Node(kind=NodeKind.ARTICLE, title="")
    para = Node(kind=NodeKind.PARAGRAPH, text=chapeau)
    para.children = [Node(kind=NodeKind.SUBPARAGRAPH, text=item) for item in items]
    node.children = [para]
    return node


def test_the_items_of_an_exception_are_read_with_their_chapeau():
    node = _excepted("Nothing in this Agreement precludes the right of a Party to use any means of state control "
                     "deemed necessary by the Party, if these measures relate to:",
                     "assuring national security;",
                     "trade in arms, technology transfer and military services.")
    found = Analyser().analyse(node)
    security = [e for e in found.elements if e.kind == "exception-security"]
    assert {e.para for e in security} == {1, 2}        # the two items (the chapeau is 0)
    assert all("self-judging" in e.tags for e in security)
    # the technology an exception names is its subject, not a commitment to transfer it
    assert not any(e.kind == "technology-transfer" for e in found.elements)
    assert "D1" not in found.hits


def test_general_exceptions_framed_by_a_chapeau():
    node = _excepted("This Agreement shall not prevent any of the Parties from taking measures generally accepted "
                     "in international practice, if these measures relate to:",
                     "protection of public morals and public order;", "protection of the environment.")
    assert ("exception-general", 1) in kinds(node)
    assert "D3" not in Analyser().analyse(node).hits


@pytest.mark.parametrize("text, criterion", [
    ("Member States shall adopt the policies and mechanisms necessary to protect the environment.", "D3"),
    ("Member States shall develop programmes supporting innovation and invention.", "D4"),
    ("The Parties shall inform each other of changes in their customs tariffs.", "U6"),
])
def test_what_the_criteria_read_in_other_words(text, criterion):
    assert criterion in Analyser().analyse(article("", text)).hits


def test_an_exception_that_leaves_the_rights_of_a_party_unaffected():
    found = kind_set("This Agreement shall not affect the rights of any Contracting Party to take measures necessary "
                     "for the protection of the State security, public order and health.")
    assert {"exception-general", "exception-security"} <= found


def test_a_right_left_to_measures_a_party_deems_necessary_is_a_self_judging_exception():
    node = article("", "Nothing in this Agreement precludes the right of any of the Parties to use any means of "
                       "state control deemed necessary by the Party, if these measures relate to:")
    found = [e for e in Analyser().analyse(node).elements if e.kind == "exception-general"]
    assert found and "self-judging" in found[0].tags


def test_a_term_that_shall_refer_to_is_defined():
    node = article("", 'For the purposes of this Agreement, the term "re-export" shall refer to the export of goods.')
    assert any(term == "re-export" for term, _, _ in Analyser().analyse(node).defines)


def test_regulatory_transparency_between_the_parties_is_not_algorithmic_transparency():
    node = article("", "The Parties shall inform each other about any changes in their laws and regulations.")
    content = Analyser().analyse(node)
    assert any(e.kind == "transparency" for e in content.elements)
    draft = Draft(title="Agreement", children=[node])
    assert Checker().check_one(draft, "R4").verdict == "missing"


def test_what_is_not_a_definition_or_an_instrument_referred_to():
    assert "definitions" not in kind_set("The difference in the pace of integration means that each Party decides.")
    assert "soft-law-link" not in kind_set("The Parties shall design the Main Action Plan for the union.")
    assert "soft-law-link" in kind_set("The Parties shall implement the Main Action Plan for the union.")


def test_entry_into_force_for_an_acceding_state_is_not_the_treatys():
    found = [e for e in Analyser().analyse(article("", "For the acceding state the present Agreement shall come into "
                                                       "force from the date of receipt of the last notification.")).elements
             if e.kind == "entry-into-force"]
    assert found and "for-state" in found[0].tags


def test_a_short_form_after_a_dash_is_a_defined_term():
    node = article("", "The Parties agree on the Single Economic Space (hereinafter – SES).")
    assert any(term == "SES" for term, _, _ in Analyser().analyse(node).defines)


def test_a_document_attached_to_the_agreement_but_not_in_the_draft_is_a_missing_prerequisite():
    from workbench.checker.examples import check_texts
    outcome = check_texts("F6", "The Parties shall take the measures provided for by the Concept, which is attached to "
                                "the present Agreement and is its inseparable part.")
    assert outcome.verdict == "partial" and outcome.details["outside"]


def test_dash_items_kept_as_paragraphs_after_an_exception_chapeau_are_its_items():
    node = article("", "Nothing in this Agreement precludes the right of any of the Parties to use any means of state "
                       "control deemed necessary by the Party, if these measures relate to:",
                   "-assuring national security;", "-trade in arms, military technology and technology transfer;",
                   "The Parties shall exchange information on such measures.")
    found = Analyser().analyse(node)
    assert {e.para for e in found.elements if e.kind == "exception-security"} == {1, 2}
    assert not any(e.kind == "technology-transfer" for e in found.elements)
    assert "D1" not in found.hits
    assert "U6" in found.hits                       # the paragraph after the items is read as ever
