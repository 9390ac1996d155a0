"""Reading by mechanism (issue 14, tenth round): what a second, independent lawyer's reading of the development
texts found that the checker did not: a Party's duty to tell the others (or the body) of a measure it
applies, in whatever words; a prohibition written as "No Member State shall …" or as a standstill on what
was granted; those affected enabled to challenge an output or a decision. Chinese read alike.

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from checker_helpers import elements, kind_set


@pytest.mark.parametrize("text", [
    "Where the Union intends to take a measure which might affect the interests of the partner States, it shall "
    "inform those States of its intentions.",
    "A Member State which finds it necessary to introduce restrictions on imports shall immediately notify the "
    "Committee.",
    "If restrictions are introduced, notice thereof must immediately be given to the Standing Committee.",
    "Such measures shall be promptly notified to the authority responsible for the administration of this Agreement.",
    "Each Party shall in advance inform the other Parties of the reasons for the introduction of such measures.",
    "Lists of such goods shall be exchanged between the customs authorities of the Member States.",
    "采取限制措施的缔约方应当立即通知委员会。",
    "缔约方应事先通知其他缔约方采取该措施的理由。",
])
def test_notice_of_a_measure_to_the_others_is_regulatory_transparency(text):
    found = [e for e in elements(text) if e.kind == "transparency"]
    assert found, text
    # regulatory: it tells the other Parties of a measure; it is not the transparency of an AI system
    assert all("regulatory" in e.tags for e in found), [e.tags for e in found]


@pytest.mark.parametrize("text", [
    # a notice of withdrawal or of a request for consultations is not notice of a measure
    "A Party intending to withdraw from this Agreement shall inform the other States Parties of its intention.",
    "The complaining Party shall notify the other Party in writing of its request for consultations.",
    "Users shall be informed that they are interacting with an AI system.",
])
def test_other_notices_are_not_notice_of_a_measure(text):
    assert not any(e.kind == "transparency" and "regulatory" in e.tags for e in elements(text)), text


@pytest.mark.parametrize("text", [
    "No Member State shall grant any non-member State a preference exceeding that granted herein.",
    "The Participating States shall not abrogate or reduce the value of these concessions after entry into force.",
    "任何成员国不得给予非成员国超过本协定所给予的优惠。",
])
def test_prohibitions_however_the_negation_is_written(text):
    assert "prohibition" in kind_set(text), text


def test_a_rule_that_does_not_prevent_is_not_a_prohibition():
    assert "prohibition" not in kind_set("This Agreement shall not preclude a Party from granting preferences.")


@pytest.mark.parametrize("text", [
    "Actors should provide information that enables those adversely affected by an AI system to challenge its output.",
    "Importers may contest the determination before an independent tribunal.",
    "受人工智能系统不利影响的人应能够质疑其输出结果。",
])
def test_those_affected_enabled_to_challenge_an_output_have_a_remedy(text):
    assert "remedy-for-persons" in kind_set(text), text


def test_a_complaining_party_challenging_a_measure_is_not_a_remedy_for_persons():
    assert "remedy-for-persons" not in kind_set(
        "The complaining Party may challenge the decision of the other Party before a panel.")


@pytest.mark.parametrize("text, kind", [
    # regulatory transparency by its institutions: a contact point for communications, an official journal
    ("Each Party shall designate an overall contact point to facilitate communications between the Parties.",
     "transparency"),
    ("The Secretariat shall publish such decisions in the official notification media of the Member States.",
     "transparency"),
    # an economic and social council: its members represent economic and social life
    ("The Council's composition shall include representatives of the various categories of economic and social "
     "activity.", "stakeholders"),
    # a fund established for development
    ("There is hereby established a Fund for Cooperation, Compensation and Development.", "development-assistance"),
    # practices declared incompatible with the agreement are prohibited; a use opposed is declared unacceptable
    ("Agreements between undertakings which restrict competition shall be considered as incompatible with the "
     "principles of the Single Economic Area.", "prohibition"),
    ("We oppose the use of AI to manipulate public opinion.", "prohibition"),
    ("反对利用人工智能技术操纵舆论。", "prohibition"),
    # the well-being of humanity as the end of the instrument
    ("AI should serve the common well-being of humanity.", "public-good"),
    ("以增进人类共同福祉为目标。", "public-good"),
])
def test_what_the_second_reading_found(text, kind):
    assert kind in kind_set(text), text


@pytest.mark.parametrize("text, kind", [
    # sharing AI knowledge is cooperation, not the transfer of technology (a reading the gold readings do not share)
    ("Governments should foster the sharing of AI knowledge.", "technology-transfer"),
    # a convention done at a place and date and authenticated by the officers of the conference is adopted there,
    # not signed by the Parties (UNESCO 1970, the shared gold); a bare "Done in <place>, on <date>" with no signature
    # block is read as the signature since the twenty-third round (five readers of seven)
    ("Done in Paris this seventeenth day of November 1970, in two authentic copies bearing the signature of the "
     "President of the General Conference and of the Director-General.", "signature"),
    ("Measures incompatible with the WTO Agreement may be challenged.", "prohibition"),
])
def test_what_the_second_reading_found_that_the_readings_do_not_share(text, kind):
    assert kind not in kind_set(text), text


@pytest.mark.parametrize("text, kind", [
    # translated texts: "herein", "must", "vital interests", "Sides"
    ("Nothing herein must prevent a Contracting Party from taking measures which it considers necessary to protect "
     "its vital interests, if these measures concern information affecting the interests of national defence.",
     "exception-security"),
    ("Nothing in this Agreement should prevent any of the Sides from applying measures necessary to protect human "
     "life and health.", "exception-general"),
    ("The Contracting Parties will not use State aid in the form of subsidies to enterprises.", "prohibition"),
    ("The Sides undertake not to permit agreements between enterprises that restrict competition.", "prohibition"),
    ("The Contracting Parties shall inform each other on existing customs tariffs and all exceptions thereto.",
     "transparency"),
    ("The Parties shall on a regular basis exchange all principal information about customs issues.", "transparency"),
    ("Sanitary measures shall be applied in compliance with the WTO Agreement on the Application of Sanitary and "
     "Phytosanitary Measures.", "standards-link"),
])
def test_translated_forms_of_exceptions_prohibitions_and_transparency(text, kind):
    assert kind in kind_set(text), text


def test_a_term_defined_after_the_context_formula_without_quotation_marks():
    from checker_helpers import defined_terms
    assert defined_terms("For the purposes of the present Agreement and for its validity period, the commodities "
                         "dispatched from the territories of the Contracting Parties shall mean the commodities "
                         "identified by the Rules of Origin.") == {
        "commodities dispatched from the territories of the Contracting Parties"}
    assert defined_terms("For the purposes of this Agreement, the term re-export shall mean the export of goods.") == {
        "re-export"}
    # a duty that opens with the formula defines nothing
    assert defined_terms("For the purposes of this Agreement, each Party shall mean its customs territory.") == set()
    assert defined_terms("For the purposes of this Agreement, the Parties shall cooperate.") == set()


def test_short_forms_and_acronyms_in_brackets_are_defined_terms():
    from checker_helpers import defined_terms
    assert defined_terms("The governments of Israel and the United States of America (the Parties), consistent "
                         "with Article XXIV of the General Agreement on Tariffs and Trade (GATT), establish a Free "
                         "Trade Area.") == {"Parties", "GATT"}
    # letters in brackets that are not the initials of the words before them define nothing
    assert defined_terms("The measures listed in Annex Two (NOTE) shall apply.") == set()
    assert "definitions" in kind_set("The governments of Israel and the United States of America (the Parties) "
                                     "establish a Free Trade Area.")


@pytest.mark.parametrize("text", [
    "The Parties may make amendments to this Agreement upon mutual agreement.",
    "The Contracting Parties may, by mutual consent, introduce more precise definitions of the stages.",
    "After that date, upon agreement within the Joint Committee, Israel may introduce new duties.",
])
def test_decisions_taken_by_the_agreement_of_both_parties_are_consensus_in_effect(text):
    from workbench.checker.examples import check_texts
    outcome = check_texts("U4", text)
    assert outcome.verdict == "partial", outcome.summary


@pytest.mark.parametrize("text, kind", [
    # forms of the held-out groups opened in the tenth round (translated final clauses and exceptions)
    ("This Agreement may be supplemented and amended by mutual consent of the Contracting Parties.", "amendment"),
    ("This Agreement shall be open for any Member State of the Community for joining that recognizes its "
     "provisions.", "accession"),
    ("This Agreement is temporarily applied on the day it is signed and shall come into force on the date of the "
     "third notification.", "entry-into-force"),
    ("This Agreement shall not hamper the right of any of the Contracting Parties to accept measures that it "
     "considers necessary for the protection of its vital interests.", "exception-security"),
    ("The provisions of this Agreement shall not affect the rights and advantages provided within the framework "
     "of frontier trade.", "carve-out-scope"),
    ("In the event that any of the Contracting Parties violates the provisions of this Agreement, the other "
     "Contracting Parties may decide on the suspension of its provisions with respect to that Party.",
     "sanction-or-compliance"),
    ("No Contracting Party will permit a non-sanctioned re-exportation of goods.", "prohibition"),
    ("AI systems should not be used for social scoring or mass surveillance purposes.", "prohibition"),
    ("Each Party shall provide recourse against suppliers of unsolicited commercial electronic messages.",
     "remedy-for-persons"),
    ("Support should reach those left behind, particularly in LDCs, LLDCs and SIDS.", "development-assistance"),
    ("Cambodia shall not be obliged to apply this paragraph for a period of five years.", "development-assistance"),
    ("Each Party shall maintain a legal framework taking into account the UNCITRAL Model Law on Electronic "
     "Commerce.", "soft-law-link"),
    ("It shall enter into force upon completion of the formalities by all Contracting States.", "ratification"),
    ("Least developed country means a country designated as such by the United Nations.", "UN-role"),
    ("Member States should ensure that the benefits of AI technologies are shared equitably.", "public-good"),
])
def test_forms_of_the_first_held_out_instruments(text, kind):
    assert kind in kind_set(text), text


def test_a_withdrawal_or_an_amendment_taking_effect_is_not_the_treaty_entering_into_force():
    """The issue's complaint: a denunciation that "takes effect" read as the treaty's entry into force,
    and so as a second, conflicting rule on it (F7)."""
    assert "entry-into-force" not in kind_set(
        "A Party's withdrawal from this Agreement shall take effect six months after the date of the notice.")
    assert "entry-into-force" not in kind_set(
        "An amendment to this Agreement shall enter into force 60 days after the last notification.")
    assert "entry-into-force" in kind_set("This Agreement shall take effect on the date of signature.")


def test_the_depositary_named_in_passing_is_not_a_second_designation():
    found = [e for e in elements("Such withdrawal shall be effective six months after notice is received by the "
                                 "Secretariat, the depositary of this Agreement.") if e.kind == "depositary"]
    assert found and all("designation" not in e.tags for e in found)
    found = [e for e in elements("The Republic of Belarus is the depositary of this Agreement.")
             if e.kind == "depositary"]
    assert found and "designation" in found[0].tags
