"""Reading by mechanism (issue 14, thirteenth round): what the first check of six more development texts missed
or took wrongly (AFTA CEPT 1992, Chile–India 2006, India–Afghanistan 2003, Czech Republic–Israel 1996,
Moldova–Bosnia and Herzegovina 2002, the EAC Treaty of Accession of Rwanda 2007).

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from checker_helpers import kind_set



@pytest.mark.parametrize("text, kind", [
    ("Agricultural products shall be excluded from the Scheme.", "carve-out-scope"),
    ("Measures taken under this Chapter shall not be subject to Article 18.", "carve-out-scope"),
    ("The Contracting Parties undertake to notify the opening of investigations at the earliest opportunity.",
     "transparency"),
    ("Member States shall notify all other Member States and the Secretariat of such arrangements.", "transparency"),
    ("The Parties agree to exchange information on the application of sanitary measures.", "transparency"),
    ("This Agreement shall be effective upon signing.", "entry-into-force"),
    ("The acceding State shall deposit its instruments of ratification with the Secretary General.", "depositary"),
    ("The Partner States shall cooperate in standardisation, quality assurance and metrology.", "standards-link"),
    ("Co-operation in the development of human resources shall be strengthened.", "capacity-building"),
    ("The Parties shall act in the spirit of the recommendations of the Committee on Technical Barriers.",
     "soft-law-link"),
])
def test_mechanism_read(text, kind):
    assert kind in kind_set(text), (kind, sorted(kind_set(text)))


@pytest.mark.parametrize("text, kind", [
    # a dispute over non-compliance is a dispute, not a compliance procedure
    ("Any dispute arising in connection with the interpretation, application or noncompliance with this "
     "Agreement shall be settled by arbitration.", "sanction-or-compliance"),
    # a Member State's own policy for its human resources is not capacity building
    ("Member States shall adopt the policies necessary for the development of human resources.",
     "capacity-building"),
    # goods free of duties are no effective date
    ("This Agreement shall apply to goods imported on or after the date of signing.", "entry-into-force"),
])
def test_neighbour_not_read(text, kind):
    assert kind not in kind_set(text), (kind, sorted(kind_set(text)))
