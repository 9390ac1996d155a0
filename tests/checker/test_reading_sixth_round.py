"""Reading by mechanism (issue 14, sixth round): agreements translated from Russian among post-Soviet
States and from Arabic among Arab States (development instruments: the Customs Union and Single Economic
Area agreement of 1999, the Arab trade facilitation agreement of 1981), and further general forms of the
same kinds.

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.checker.analysis import Analyser
from workbench.checker.examples import article, verdict
from workbench.checker.reading import bearer
from checker_helpers import kind_set


@pytest.mark.parametrize("text, kind", [
    # a body named without an article, as translations from Russian write it, bears its powers
    ("Executive Committee shall make decisions on the harmonisation of customs rules.", "body-powers"),
    ("Where the Parties so agree, the Supreme Council has the right to adopt binding acts.", "body-powers"),
    # bodies that carry out the instrument, named in a list
    ("The integration shall be carried out by the following governing bodies:", "treaty-body"),
    # obligations of result stated of the goods, or by the full application of a regime
    ("Industrial products of the Member States shall be exempted from customs duties.", "obligation-of-result"),
    ("All customs duties on trade among the Members shall be abolished by the end of the period.",
     "obligation-of-result"),
    ("The Parties shall ensure full implementation of the customs regime.", "obligation-of-result"),
    # prohibitions on a member-state, however written
    ("No member-state may enact a law contrary to this Agreement.", "prohibition"),
    # a definitions clause by its context formula
    ("In this Treaty, unless otherwise required by the context, the words below have these meanings:",
     "definitions"),
    # special treatment of less-developed members
    ("Less developed Member States shall be granted preferential treatment.", "development-assistance"),
    # final clauses in translated wording
    ("The Treaty shall be deposited with the Secretariat for signature.", "signature"),
    ("The Treaty shall become effective two months after the fifth ratification.", "entry-into-force"),
    ("It shall apply to each acceding State one month after its deposit.", "accession"),
    ("This Convention shall be amended by a decision of three quarters of the Parties.", "amendment"),
    ("Drafted in Arabic and French at Algiers.", "authentic-texts"),
    ("All the texts shall have equal force.", "authentic-texts"),
    ("The depository of this Protocol shall be the Executive Committee.", "depositary"),
    ("This Treaty is subject to registration with the United Nations Secretariat.", "UN-role"),
    # exceptions and exclusions
    ("Nothing shall preclude a Party from applying its legislation on residence.", "exception-general"),
    ("The common tariff does not affect trade in arms and military equipment.", "carve-out-scope"),
    # disputes as translations call them, and settled by an organ
    ("Contentious issues between the Parties shall be resolved by consultations.", "dispute-settlement"),
    ("Questions arising in the interpretation or application of this Protocol shall be settled amicably.",
     "dispute-settlement"),
    # training, free flow of information
    ("The Parties shall organise training and retraining of specialists.", "capacity-building"),
    ("The Parties shall guarantee freedom of dissemination of information between them.", "cross-border-data"),
])
def test_translated_forms_are_read(text, kind):
    assert kind in kind_set(text)


@pytest.mark.parametrize("text, kind", [
    ("除上下文另有要求外，下列用语的含义如下：", "definitions"),
    ("欠发达成员国应享受优惠待遇。", "development-assistance"),
    ("本条约交存秘书处供签署。", "signature"),
    ("本协定对每一加入国在其交存文书一个月后生效。", "accession"),
    ("共同关税不影响武器和军事装备贸易。", "carve-out-scope"),
    ("缔约方保障信息自由交流。", "cross-border-data"),
])
def test_chinese_counterparts(text, kind):
    assert kind in kind_set(text)


def test_a_bare_body_name_bears_the_duty():
    assert bearer("Executive Committee shall make decisions.", "en") == "body"
    assert bearer("The Parties shall inform the Committee.", "en") == "party"
    # a common noun at the start is not a body's name
    assert bearer("each party shall notify the council.", "en") == "party"


@pytest.mark.parametrize("text", [
    # a duty to grant is not a prohibition ("No Member State shall grant …" is: test_reading_second_reading)
    "The Member States shall grant each other more favourable treatment.",
    "The Council shall supervise the performance of the dispute settlement body.",
])
def test_no_new_prohibition_or_grade_where_none_is_set(text):
    assert "prohibition" not in kind_set(text)


def test_disputes_submitted_to_an_organ_for_resolution_are_third_party_settlement():
    assert verdict("B4", "Any dispute on the application of this Agreement shall be submitted to the Council "
                         "for resolution.") == "partial"


def test_members_found_to_be_less_developed_are_developing_countries_for_d1():
    text = "The products of Member States found by the Council to be less developed shall be granted preferential treatment."
    assert "development-assistance" in kind_set(text)
    assert verdict("D1", text) == "partial"


def test_accession_on_conditions_decided_by_an_organ_is_not_open_to_all():
    open_text = "This Agreement shall be open for accession by any State."
    organ = ("This Agreement shall be open for accession by any State. The conditions of accession shall be "
             "determined by a decision of the Supreme Council.")
    assert verdict("U1", open_text) == "met"
    assert verdict("U1", organ) != "met"


def test_a_body_whose_decisions_bind_has_powers():
    assert "body-powers" in kind_set("The Parties shall set up a common regulatory body. Its decisions shall be "
                                     "binding on all the Parties.")


@pytest.mark.parametrize("text, strength", [
    ("Each Party has the right to apply temporary safeguard measures.", "permissive"),
    ("The Member States have the right to request information.", "permissive"),
    ("The Parties undertake the obligation to abolish export duties.", "mandatory"),
    ("Each Party takes the commitment to remove the barriers.", "mandatory"),
])
def test_translated_modal_forms(text, strength):
    from workbench.core import modality
    assert [s for s, _p, _o in modality.find_modal_phrases(text, "en")][:1] == [strength]


def test_has_the_right_to_matches_its_chinese_counterpart():
    from workbench.core import modality
    assert [s for s, _p, _o in modality.find_modal_phrases("各缔约方有权采取临时保障措施。", "zh")][:1] == ["permissive"]


@pytest.mark.parametrize("text, kind", [
    # a battery of general forms written for the purpose (not from any instrument)
    ("Decisions of the Council shall be adopted by a majority of votes.", "body-powers"),
    ("Resolutions of the Board shall be taken by a two-thirds majority of the members.", "body-powers"),
    ("The Council may form permanent committees to assist it.", "body-powers"),
    ("The Member States undertake to carry out the resolutions of the Council.", "body-powers"),
    ("The decisions of the arbitration commission shall be final and binding.", "dispute-settlement"),
    ("The original copy shall be kept in the Executive Secretariat, which shall send certified copies.",
     "depositary"),
    ("理事会的决定应以三分之二多数通过。", "body-powers"),
    ("成员国承诺执行理事会的决议。", "body-powers"),
    ("仲裁委员会的裁决为终局裁决。", "dispute-settlement"),
    ("本协定正本保存于执行秘书处。", "depositary"),
])
def test_battery_of_general_forms(text, kind):
    assert kind in kind_set(text)


@pytest.mark.parametrize("text", ["The Council may form committees.", "The Commission may request information.",
                                  "The Secretariat may invite experts.", "The Board may delegate its powers."])
def test_an_organ_that_may_act_has_a_power(text):
    from workbench.core import modality
    assert [s for s, _p, _o in modality.find_modal_phrases(text, "en")][:1] == ["permissive"]


@pytest.mark.parametrize("text", [
    "The Members shall ensure an equitable sharing of the benefits and burdens of the customs union.",
    "Recognising the need to share the benefits of integration among the Member States in a fair manner;",
])
def test_gains_shared_among_the_members_are_not_a_public_good(text):
    assert "public-good" not in kind_set(text)


def test_benefit_sharing_for_all_is_still_a_public_good():
    assert "public-good" in kind_set("The Parties shall promote benefit-sharing so that AI serves humanity.")


def test_a_body_with_the_right_to_make_acts_decides():
    text = "Where the Parties so agree, the Supreme Council has the right to make:"
    hits = [e for e in Analyser().analyse(article("", text)).elements if e.kind == "body-powers"]
    assert hits and any(e.has("decides") for e in hits)
