"""Reading by mechanism (issue 14, fifteenth round): what the first check of six more texts missed or took
wrongly (ANZCERTA 1983, Arusha 1969, Borneo Free Trade Area 1961, GUAM 2002, India–Thailand 2003, the
Tripartite Agreement 1967).

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from checker_helpers import kind_set



@pytest.mark.parametrize("text, kind", [
    ("A committee composed of the representatives of the Governments shall be set up.", "treaty-body"),
    ("Ministers of the Member States shall meet annually to review the operation of this Agreement.",
     "treaty-body"),
    ("The coordination shall be carried out by a permanent Working Body.", "treaty-body"),
    ("The Committee shall be responsible for reviewing the working of the agreement.", "review"),
    ("The monitoring of the implementation of this Agreement shall be carried out by the Working Body.", "review"),
    ("The Participating States concerned shall consult among themselves with a view to remedying the situation.",
     "dispute-settlement"),
    ("Any Participating Government may refer the matter to the Economic Committee.", "dispute-settlement"),
    ("The Member States shall, at the written request of either, promptly enter into consultations.",
     "dispute-settlement"),
    ("This Agreement shall come into force upon the approval of the competent authorities in each country.",
     "ratification"),
    ("On behalf of the Government of the Republic of India", "signature"),
    ("For the President of the United Republic of Tanzania,", "signature"),
    ("Before taking action, it shall give prompt written notice to the other Member State.", "transparency"),
    ("The Parties bear in mind the recommendations of the First United Nations Conference on Trade and "
     "Development.", "soft-law-link"),
])
def test_mechanism_read(text, kind):
    assert kind in kind_set(text), (kind, sorted(kind_set(text)))


@pytest.mark.parametrize("text, kind", [
    # coordination before negotiating with others is no dispute settlement
    ("They shall consult among themselves whenever negotiating tariff reduction schemes with other countries.",
     "dispute-settlement"),
    # the Charter's principles are hard law, not soft
    ("Guided by the principles of the Charter of the United Nations, the Parties agree as follows.",
     "soft-law-link"),
    # competition rules name no stakeholders
    ("Agreements between enterprises, decisions by associations of enterprises and concerted practices are "
     "incompatible with this Agreement.", "stakeholders"),
])
def test_neighbour_not_read(text, kind):
    assert kind not in kind_set(text), (kind, sorted(kind_set(text)))


def test_parties_named_with_in_this_agreement_individually():
    from workbench.checker.analysis import DEFINITION_HEREINAFTER
    match = DEFINITION_HEREINAFTER.search('the Governments, hereinafter referred to in this Agreement individually '
                                          'as "the Party" and collectively as "the Parties"')
    assert match and match.group(1) == "the Party"
