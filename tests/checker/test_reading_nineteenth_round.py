"""Reading by mechanism (issue 14, nineteenth round): what the old development texts still missed (Central
American 1958, Equatorial 1959, PTN 1971, Arab 1957), and the first check of six more texts (Armenia–Moldova 1993,
Finland–Estonia 1992, Ukraine–Belarus 1992, EFTA–Turkey 1991, EEC–Andorra 1990, Mainland–Hong Kong CEPA 2003).

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from checker_helpers import kind_set


@pytest.mark.parametrize("text, kind", [
    ("The Management Committee of the Customs Union shall be composed as follows:", "treaty-body"),
    ("It may be modified or denounced by one of the signatory States.", "amendment"),
    ("This Protocol shall be open for acceptance by signature or otherwise by the countries concerned.",
     "signature"),
    ("This Protocol shall be open for acceptance by signature or otherwise by the countries concerned.",
     "ratification"),
    ("A participating country shall not diminish or nullify these concessions.", "prohibition"),
    ("The States undertake to apply and to maintain common legislation on duties.", "obligation-of-result"),
    ("The governments of the Parties undertake not to issue any laws contradictory to this Agreement.",
     "obligation-of-result"),
    ("The concessions exchanged pursuant to this Protocol shall be applicable to all participating countries.",
     "obligation-of-result"),
    ("The States undertake before any modification to consult with the Permanent Secretariat.", "transparency"),
    ("The competent authorities shall collect, classify and publish the statistical data on trade.",
     "transparency"),
    ("Goods shall be exempt from restrictions except for such measures as may be applicable for reasons of public "
     "health, security or police control.", "exception-general"),
    ("The Committee may invite any qualified person to its meetings on a consultative basis.", "stakeholders"),
    ("This Agreement is written in Arabic on 5 June 1957.", "authentic-texts"),
    ("The Parties in their mutual trade shall refrain from discriminatory measures.", "prohibition"),
    ("To achieve the goals of this Agreement and to elaborate recommendations, the Parties have agreed to "
     "establish a joint commission.", "body-powers"),
    ("The Parties have vested the Intergovernmental Mixed Commission with the achievement of the goals of the "
     "present Agreement.", "treaty-body"),
    ("Each Party shall assure in its territory effective means to recognise and enforce arbitration awards.",
     "remedy-for-persons"),
    ("This Article applies only to products which fall within Chapters 25-97 of the Harmonized System.",
     "carve-out-scope"),
    ("When necessary, the Parties may foresee the exclusion from the given trade regime of certain goods.",
     "carve-out-scope"),
    ("Trade shall be conducted in compliance with the principles and rules of the General Agreement on Tariffs "
     "and Trade.", "standards-link"),
    ("The Parties have agreed to use the Harmonized System of Description and Coding of Goods.",
     "standards-link"),
    ("Taking into consideration the Final Act of the Conference on Security and Co-operation in Europe,",
     "soft-law-link"),
    ("In case of failure to comply with this provision, the Party concerned may demand compensation.",
     "sanction-or-compliance"),
    ("The present Agreement shall not preclude the right of any of the Parties from taking measures necessary "
     "for the protection of public morals.", "exception-general"),
    ("The Parties shall exchange information and hold consultations within the Joint Committee.",
     "transparency"),
    ("Products coming from third countries shall be considered to be in free circulation if duties were levied.",
     "definitions"),
    ("The Contracting Parties shall carry out exchanges of information.", "transparency"),
    ("The two Parties shall, if necessary, open negotiations on its amendment.", "amendment"),
    ("It shall enter into force once the Parties have notified the completion of the procedures necessary to "
     "that effect.", "ratification"),
    ("The two sides shall introduce measures on joint personnel training.", "capacity-building"),
    ("Each Party involved in the dispute shall be required to take the measures needed to ensure the application "
     "of the arbitrator's decision.", "sanction-or-compliance"),
])
def test_mechanism_read(text, kind):
    assert kind in kind_set(text), (kind, sorted(kind_set(text)))


@pytest.mark.parametrize("text, kind", [
    # a meeting requested a month ahead is nothing deposited
    ("The Committee shall meet at the request of either Party, to be lodged at least one month before.",
     "depositary"),
    # an undertaking not to seek something is no prohibition (the Arab 1957 and ECOWAS readings)
    ("Each Member State undertakes not to seek reimbursement of the costs.", "prohibition"),
    # exchanges of views are no transparency duty on measures
    ("The Parties shall exchange views on the results of the review.", "transparency"),
])
def test_neighbour_not_read(text, kind):
    assert kind not in kind_set(text), (kind, sorted(kind_set(text)))
