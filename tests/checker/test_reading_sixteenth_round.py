"""Reading by mechanism (issue 14, sixteenth round): what the first check of six texts of 1959-2005 missed or
took wrongly (PATCRA 1976, PTN 1971, New Zealand–Australia 1965, the Equatorial Customs Union 1959,
Ireland–United Kingdom 1965, Hoyvík 2005).

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from checker_helpers import kind_set



@pytest.mark.parametrize("text, kind", [
    ("Representatives of the Parties shall meet once a year to review the working of this Agreement.",
     "treaty-body"),
    ("The Parties may by mutual agreement amend any of those provisions.", "amendment"),
    ("The Joint Committee may, by consent, decide to amend Articles 5 and 6.", "amendment"),
    ("Any modification of the arrangements under this Protocol shall require a two-thirds majority.", "amendment"),
    ("The instruments shall be deposited with the depository, the Ministry for Foreign Affairs.", "depositary"),
    ("It shall enter into force when their constitutional and other requirements have been met.",
     "ratification"),
    ("Signed in duplicate at London this 14th day of December 1965.", "signature"),
    ("DONE in duplicate at Wellington this seventeenth day of August 1965.", "authentic-texts"),
    ("DONE in two originals at Port Moresby.", "authentic-texts"),
    ("The provisions of this Agreement concerning investment shall not apply to fisheries.", "carve-out-scope"),
    ("This Protocol shall not apply as between countries accepting this Declaration.", "carve-out-scope"),
    ("The Council shall assess the overall functioning and development of this Agreement.", "review"),
    ("The Joint Committee may refer to the Council any issue giving rise to difficulties.", "dispute-settlement"),
    ("The matter may be referred to the Committee, which shall consult with the countries concerned.",
     "dispute-settlement"),
    ("Any measures shall immediately be notified to the other Party.", "transparency"),
    ("Immediate notice of such action must be given to the Committee.", "transparency"),
    ("The signatory States undertake not to modify unilaterally the common tariff.", "prohibition"),
])
def test_mechanism_read(text, kind):
    assert kind in kind_set(text), (kind, sorted(kind_set(text)))


@pytest.mark.parametrize("text, kind", [
    # one kind of actor named twice is no stakeholders element (a definition of "industry")
    ('"industry" means any industry engaged in the production of goods.', "stakeholders"),
    # a date of signature is no signature clause
    ("Goods in transit on the date of signature of this Agreement shall be treated as originating.",
     "signature"),
    ("The rates applied at the time of signature of this Agreement shall not be increased.", "signature"),
    # an undertaking not to seek something is no prohibition (the Arab 1957 and ECOWAS readings)
    ("Each Member State undertakes not to seek reimbursement of the costs.", "prohibition"),
])
def test_neighbour_not_read(text, kind):
    assert kind not in kind_set(text), (kind, sorted(kind_set(text)))
