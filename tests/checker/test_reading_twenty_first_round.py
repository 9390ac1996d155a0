"""Reading by mechanism (issue 14, twenty-first round): what the first check of six texts of 1993-1998 missed
(Faroe–Switzerland 1994, Kyrgyz–Armenia 1994, the Baltic FTA 1993, Romania–Moldova 1994, Turkey–Israel 1996,
EFTA–Palestine 1998).

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from checker_helpers import kind_set


@pytest.mark.parametrize("text, kind", [
    ("It shall enter into force on the first day of the second month following the notification.",
     "entry-into-force"),
    ("The Parties shall, whenever necessary, exchange information.", "transparency"),
    ("The Parties shall, at request of either Contracting Party, hold consultations.", "dispute-settlement"),
    ("Measures shall be applied only if they are in conformity with the provisions of the General Agreement of "
     "Tariffs and Trade.", "standards-link"),
    ("The Parties shall comply with the substantive provisions of international conventions on property.",
     "standards-link"),
    ("The Parties shall accede to the international treaties on harmonization of customs procedures.",
     "standards-link"),
    ("This Agreement shall apply to products falling within Chapters 25 to 97 of the Harmonized System.",
     "carve-out-scope"),
    ("This Agreement shall apply to industrial products, excluding the products listed in Protocol 1.",
     "carve-out-scope"),
    ("Re-exportation shall mean that goods of one Party are exported by the other Party.", "definitions"),
    ("For the purposes of this Agreement, the protection of intellectual property rights includes copyright.",
     "definitions"),
    ("In the event that this provision is not implemented, a Party may take measures.", "sanction-or-compliance"),
    ("To carry out the objectives hereof and work out recommendations, the Parties have agreed to establish a "
     "joint Commission.", "body-powers"),
    ("This Agreement shall come into force upon the fulfilment of all legal procedures necessary for this.",
     "ratification"),
    ("The Parties shall ensure adequate protection of intellectual property, including effective means of "
     "enforcing such rights.", "remedy-for-persons"),
    ("DONE at Jerusalem, this 14 day of March 1996, in the English language.", "authentic-texts"),
])
def test_mechanism_read(text, kind):
    assert kind in kind_set(text), (kind, sorted(kind_set(text)))


@pytest.mark.parametrize("text, kind", [
    # "it" that is no instrument ("It shall enter into force" is; a decision's effect is read elsewhere)
    ("It shall meet once a year.", "entry-into-force"),
    # a list of products a Party keeps is no exclusion from the treaty
    ("Each Party shall publish the products listed in its tariff.", "carve-out-scope"),
])
def test_neighbour_not_read(text, kind):
    assert kind not in kind_set(text), (kind, sorted(kind_set(text)))
