"""Reading by mechanism (issue 14, round r6b): a framework agreement written as what "the two Parties
have agreed", development-cooperation agreements (a Community financing a partner's development, a
convention of principles with joint institutions), and resolution language (a body a resolution decides
to establish, reporting on progress, a high-level review).

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.checker.analysis import Analyser
from workbench.checker.examples import check_texts
from workbench.core.closing_forms import EN_CLOSING_RE, ZH_CLOSING_RE
from checker_helpers import elements, kind_set, with_items


@pytest.mark.parametrize("text, kind", [
    # final clauses written as each Party's own procedures
    ("This Treaty will be approved by the Contracting Parties in accordance with their own procedures.", "ratification"),
    ("After signature, the two Parties shall complete the relevant procedures respectively and notify each other.",
     "ratification"),
    ("各方应各自完成相关程序，并以书面形式通知另一方。", "ratification"),
    ("The present Treaty is signed at Geneva on the first day of May.", "signature"),
    ("本协议于五月一日签署，一式两份。", "signature"),
    # an exception by reference, written as what the Agreement is not to be interpreted to prevent
    ("No provision in this Agreement shall be interpreted to prevent either Party from maintaining measures "
     "consistent with the rules of the WTO.", "exception-general"),
    # development cooperation
    ("The Union shall participate in the financing of projects to promote the partner's development.",
     "development-assistance"),
    ("Measures shall be taken in the fields of technical and financial cooperation.", "development-assistance"),
    ("Measures shall be taken in the fields of technical and financial cooperation.", "capacity-building"),
    ("to facilitate the acquisition on favourable terms of patents held by firms of the other Party;",
     "technology-transfer"),
    ("the licensing of technology to small firms;", "technology-transfer"),
    # information to a body, alleged failures, settlement by a joint body
    ("The Party concerned shall supply the Joint Council with all relevant information.", "reporting"),
    ("If a Party considers that the other Party has failed to fulfil an obligation, it may request consultations.",
     "dispute-settlement"),
    ("Consultations shall be held in the Council where difficulties arise with the interpretation of the Treaty.",
     "dispute-settlement"),
    ("The Council shall deal with problems of interpretation of this Treaty.", "dispute-settlement"),
    ("The Assembly shall consult representatives of economic and social sectors.", "stakeholders"),
    ("The original shall be deposited in the archives of the Secretariat.", "depositary"),
    # developing countries named in regional or UN terms
    ("Special treatment shall enable the least-developed ACP States to overcome obstacles to their development.",
     "development-assistance"),
    ("Support shall be given to small island developing States.", "development-assistance"),
    # resolution language
    ("Decides to establish, within the United Nations, a scientific panel on artificial intelligence.", "treaty-body"),
    ("Decides to establish, within the United Nations, a scientific panel on artificial intelligence.", "UN-role"),
    ("Decides to launch a dialogue on digital cooperation, to be held every year.", "treaty-body"),
    ("Requests the President of the General Assembly to appoint two co-facilitators.", "UN-role"),
    ("Requests the Secretary-General to report annually on the progress made.", "reporting"),
    ("Decides to hold a high-level review of this declaration in 2030.", "review"),
    ("We will review progress at a meeting in 2029.", "review"),
    ("决定启动人工智能治理全球对话。", "treaty-body"),
    ("双方成立经济合作委员会。", "treaty-body"),
])
def test_what_each_provision_does(text, kind):
    assert kind in kind_set(text)


@pytest.mark.parametrize("text, kind", [
    # a sector of cooperation is not assistance; a Framework Agreement is a treaty, not soft law
    ("The Parties shall strengthen cooperation in areas including financial cooperation and customs cooperation.",
     "development-assistance"),
    ("Recalling the Economic Cooperation Framework Agreement signed by the Parties,", "soft-law-link"),
    # a secretary-general of another organisation is not the United Nations
    ("Invites the Secretary-General to report on the implementation of this Recommendation.", "UN-role"),
    ("Requests the Secretary-General of the Association to prepare a study.", "UN-role"),
])
def test_what_a_provision_does_not_do(text, kind):
    assert kind not in kind_set(text)


def test_least_developed_states_of_a_group_are_developing_countries():
    found = [e for e in elements("The least-developed Member States shall benefit from longer transition periods.")
             if e.kind == "development-assistance"]
    assert found and "developing" in found[0].tags


def test_the_grade_of_settlement_by_a_joint_body():
    found = [e for e in elements("Any dispute shall be resolved through consultations by the Parties or in an appropriate "
                                 "manner by the Joint Economic Committee.") if e.kind == "dispute-settlement"]
    assert found and "grade-2" in found[0].tags


def test_an_exception_consistent_with_the_wto_rules_is_incorporated():
    found = [e for e in elements("No provision in this Agreement shall be interpreted to prevent either Party from "
                                 "adopting exception measures consistent with the rules of the World Trade Organization.")
             if e.kind == "exception-general"]
    assert found and "incorporated" in found[0].tags


def test_a_body_responsible_for_matters_under_the_agreement_whoever_the_paragraph_begins_with():
    node = with_items("The Parties shall establish a Joint Committee. The Committee shall be responsible for handling "
                      "matters relating to this Agreement, including:", "interpreting the provisions of this Agreement;")
    kinds = {e.kind for e in Analyser().analyse(node).elements}
    assert {"treaty-body", "body-powers"} <= kinds
    node = with_items("委员会负责处理与本协议相关的事宜，包括：", "（一）解释本协议的规定；", zh=True)
    assert "body-powers" in {e.kind for e in Analyser().analyse(node).elements}


def test_functions_listed_as_gerunds_are_powers_of_the_body():
    node = with_items("The functions of the Joint Committee shall be:", "(a) interpreting the provisions of this Agreement;",
                      "(b) monitoring the implementation of this Agreement;")
    powers = [e for e in Analyser().analyse(node).elements if e.kind == "body-powers"]
    assert any(e.para == 1 and "decides" in e.tags for e in powers)


def test_the_testimonium_as_a_sentence_of_its_own_opens_the_closing():
    assert EN_CLOSING_RE.match("This Agreement is signed in quadruplicate on this 1st day of May with each Party "
                               "retaining two copies.")
    assert not EN_CLOSING_RE.match("This Agreement is drawn up in duplicate in the English and French languages.")
    assert ZH_CLOSING_RE.match("本协议于五月一日签署，一式四份，双方各执两份。")
    assert not ZH_CLOSING_RE.match("本协定于双方签署之日起生效。")


def test_a_numbered_protocol_of_the_instrument_not_in_the_draft_is_flagged():
    outcome = check_texts("F5", "The Community shall participate in the financing under the conditions laid down in "
                                "Protocol 1 on technical and financial cooperation.")
    assert outcome.verdict == "partial"
    outcome = check_texts("F5", "The measures provided for in Protocol 7 to the Act of Accession shall apply.")
    assert outcome.verdict != "partial"
    outcome = check_texts("F6", "The Community shall participate in the financing under the conditions laid down in "
                                "Protocol 1 on technical and financial cooperation.")
    assert outcome.verdict == "partial"


def test_triangular_or_inter_regional_cooperation_reaches_non_parties():
    outcome = check_texts("U6", "The Parties shall step up their co-operation at regional and inter-regional level.")
    assert outcome.verdict == "met"
    outcome = check_texts("U6", "The Parties shall cooperate, account being taken of triangular cooperation.")
    assert outcome.verdict == "met"
