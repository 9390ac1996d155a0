"""Reading by mechanism (issue 14, eighteenth round): what the first check of five more old texts missed or took
wrongly (EC–Malta 1970, EEC–Iceland 1972, EEC–Syria 1977, Yaoundé 1963, Russia–Azerbaijan 1992).

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.checker.analysis import Analyser

from checker_helpers import kind_set, with_items


@pytest.mark.parametrize("text, kind", [
    ("Negotiations are provided for during the eighteen months preceding the expiry of the Agreement.", "review"),
    ("The Council shall periodically study the results of the Association in the light of its objectives.",
     "review"),
    ("The basic duty to which the successive reductions are to be applied shall be the duty applied on 1 January.",
     "definitions"),
    ("(Signatures)", "signature"),
    ("In the name of the Council of the European Communities", "signature"),
    ("Such decisions shall be binding upon the Parties, who shall be under the obligation to take all necessary "
     "measures to carry them out.", "sanction-or-compliance"),
    ("The Council may make recommendations for facilitating contacts between the Parties and the representatives "
     "of the various trades and professions.", "stakeholders"),
    ("The Council shall facilitate contacts between the European Parliament and the Parliament of the other "
     "Party.", "stakeholders"),
    ("Such measures are without prejudice to the obligations of certain Parties by reason of their membership of "
     "GATT.", "standards-link"),
    ("An association agreement may provide for the accession of that State to the present Convention.",
     "accession"),
    ("Functions of the Inter-State Coordination Council shall include the approval of the lists.", "body-powers"),
    ("Either Party shall, on request, provide all relevant information on any agreements it concludes involving "
     "tariff provisions.", "transparency"),
    ("Customs duties on products originating in the other Party other than those listed in Annex II shall be "
     "abolished.", "carve-out-scope"),
    # the instrument named "the Agreement", as old texts name it
    ("The Agreement shall not apply as between the Parties which are members of the Union.", "carve-out-scope"),
])
def test_mechanism_read(text, kind):
    assert kind in kind_set(text), (kind, sorted(kind_set(text)))


def test_a_right_to_take_measures_for_vital_interests_relating_to_arms_is_a_security_exception():
    article = with_items("The Parties have the right to take measures which they consider necessary for protecting "
                         "their vital interests, if these measures relate to:",
                         "trade in arms, munitions and military equipment;", "protection of public morality.")
    assert "exception-security" in {e.kind for e in Analyser().analyse(article).elements}


@pytest.mark.parametrize("text, kind", [
    # a declaration annexed to the treaty is part of it, no soft law
    ("Bananas shall be subject to the terms set out in the Declaration annexed to this Convention.",
     "soft-law-link"),
    # the UN's Economic and Social Council, or contacts in general, are no stakeholders
    ("The Secretary-General shall report to the Economic and Social Council.", "stakeholders"),
    ("The Parties shall maintain contacts between their customs authorities.", "stakeholders"),
    # another agreement named "the Agreement on …" is not the instrument
    ("The Agreement on Safeguards shall not apply as between the Parties.", "carve-out-scope"),
])
def test_neighbour_not_read(text, kind):
    assert kind not in kind_set(text), (kind, sorted(kind_set(text)))
