"""Reading by mechanism (issue 14, eleventh round): what the first check of five new development texts
missed (Ghana–Upper Volta 1961, MERCOSUR–SACU 2008, Russia–Uzbekistan 1992, India–Bhutan 2006, ASEAN–China
2004; their gold readings were written before the checker ran on them). Each mechanism is a function a
provision performs, put in words other drafters use too, and each has a neighbour it must not be confused
with.

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from checker_helpers import kind_set



@pytest.mark.parametrize("text, kind", [
    # a Party's negated duty to act: "have agreed not to", "neither Party shall permit", "Parties shall not apply"
    ("Both Parties have agreed not to re-export goods of third countries to each other.", "prohibition"),
    ("Neither Contracting Party shall permit the re-export of goods under export control.", "prohibition"),
    ("The Parties shall not apply non-tariff restrictions to products listed in the Annex.", "prohibition"),
    # an article's own exclusions however worded; exceptions to the regime listed in a protocol
    ("The provisions of this Article shall not, however, apply to: advantages granted to neighbouring countries.",
     "carve-out-scope"),
    ("This Article does not apply to frontier trade.", "carve-out-scope"),
    ("A Protocol on exceptions to the free trade regime shall form an integral part of this Agreement.",
     "carve-out-scope"),
    # the wish to end the treaty, notified however phrased
    ("This Agreement shall be renewed every year unless notice to terminate it is given three months before.",
     "withdrawal"),
    ("It shall remain in force until six months after one Party notifies the other of its desire to terminate "
     "its action.", "withdrawal"),
    # consent through each Party's constitutional procedure
    ("This Agreement shall apply once approved in accordance with the constitutional procedures of the Parties.",
     "ratification"),
    # the private sector's participation
    ("The Council shall encourage the active participation of the private sectors in the Parties' trade.",
     "stakeholders"),
    # the languages of the originals, the text that prevails
    ("Done in two originals in the French, Arabic and English languages.", "authentic-texts"),
    ("In case of divergence of interpretation the English text shall prevail.", "authentic-texts"),
    # measures a Party may keep for listed purposes
    ("Notwithstanding the foregoing, either Party may maintain or introduce such measures as are necessary for "
     "the protection of public morals.", "exception-general"),
    # scheduled consultations between the Governments; the process under the treaty evaluated
    ("The two Governments shall hold annual consultations on the flow of goods.", "review"),
    ("The Committee shall evaluate the process of liberalisation established under this Agreement.", "review"),
    # new members incorporated; changes by mutual consent
    ("The incorporation into this Agreement of new members shall be formalised through a protocol.", "accession"),
    ("This Agreement may be renewed by mutual consent with such changes and modifications as may be agreed.",
     "amendment"),
    ("The procedure set out in the Protocol may be modified by mutual agreement.", "amendment"),
    # consultation on difficulties in the implementation, whoever agrees to it
    ("Both Parties have agreed to consult at the request of either to remove difficulties that may arise in "
     "the implementation of this Agreement.", "dispute-settlement"),
    # the Parties' own institutions strengthened
    ("The Parties shall cooperate to strengthen their respective bodies dealing with standardisation.",
     "capacity-building"),
    # a state of trade the treaty establishes; national treatment put as "the same treatment"
    ("There shall, as heretofore, be free trade between the territories of the two Parties.",
     "obligation-of-result"),
    ("Products of either Party shall receive in the territory of the other the same treatment applied to the "
     "national product.", "obligation-of-result"),
    # notice of an investigation a Party opens
    ("The Parties undertake to give notice, within thirty days, of the initiation of anti-dumping "
     "investigations.", "transparency"),
])
def test_mechanism_read(text, kind):
    assert kind in kind_set(text), (kind, sorted(kind_set(text)))


@pytest.mark.parametrize("text, kind", [
    # a negation that limits the treaty, grants no ban
    ("The Parties agree not to be bound by the provisions of Article 5 in respect of frontier trade.", "prohibition"),
    ("This Agreement shall not apply to government procurement.", "prohibition"),
    ("The Parties shall not be required to disclose confidential information.", "prohibition"),
    # regular meetings and consultations are not a review of the treaty
    ("The Parties shall hold regular consultations on questions of mutual interest.", "review"),
    # a notice that ends proceedings, not the treaty
    ("The complaining Party may give notice to terminate the panel proceedings.", "withdrawal"),
    # a text that prevails over the other agreements is no language clause
    ("In case of inconsistency this Agreement shall prevail over other agreements.", "authentic-texts"),
    # measures necessary to comply with the Agreement are not an exception
    ("Each Party shall take such measures as are necessary to implement this Agreement.", "exception-general"),
])
def test_neighbour_not_read(text, kind):
    assert kind not in kind_set(text), (kind, sorted(kind_set(text)))
