"""Reading by mechanism (issue 14, twentieth round): what the development texts of the Indian, Pacific and
African families still missed (India–Sri Lanka 1998, India–Afghanistan 2003, India–Thailand 2003, New
Zealand–Australia 1965, the Melanesian Spearhead Group 1993).

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from checker_helpers import kind_set


@pytest.mark.parametrize("text, kind", [
    ("Any dispute that may arise between commercial entities of the Parties shall be referred for amicable "
     "settlement to the chambers. Failing a solution, the matter shall go to an Arbitral Tribunal.",
     "remedy-for-persons"),
    ("Annexure D (Negative Lists of both Parties) forms an integral part of this Agreement.", "carve-out-scope"),
    ("The provisions of Article 4 shall apply only in respect of goods listed in Schedule A.", "carve-out-scope"),
    ("When action has been taken, the Party shall simultaneously notify the other Contracting Party.",
     "transparency"),
    ("Subsidies and dumping shall be understood to have the same meaning as in the General Agreement on Tariff "
     "and Trade.", "standards-link"),
    ("Trade officials of the Parties shall meet annually to jointly review trade among the Parties.", "review"),
    ("The Parties shall promote business sector dialogues.", "stakeholders"),
    ("The Committee may co-opt other members and experts.", "body-powers"),
])
def test_mechanism_read(text, kind):
    assert kind in kind_set(text), (kind, sorted(kind_set(text)))


@pytest.mark.parametrize("text, kind", [
    # a dispute between the Parties is no remedy for persons
    ("Any dispute between the Contracting Parties shall be settled through negotiations.", "remedy-for-persons"),
    # a list of products is no exclusion by itself
    ("The Parties shall exchange lists of products.", "carve-out-scope"),
])
def test_neighbour_not_read(text, kind):
    assert kind not in kind_set(text), (kind, sorted(kind_set(text)))
