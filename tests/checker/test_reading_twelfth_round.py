"""Reading by mechanism (issue 14, twelfth round): what the first check of six more development texts missed
or took wrongly (EC–Morocco 1969, the EU–Mexico Joint Council Decision 2001, Finland–Lithuania 1992,
India–Sri Lanka 1998, Mainland–Macao CEPA 2003, SADC Trade Protocol 1996; gold readings written before the
checker ran on them).

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from checker_helpers import kind_set



@pytest.mark.parametrize("text, kind", [
    # a measure notified to any recipient, in the passive too; Parties informing each other
    ("The Member State concerned shall notify the CMT of any such measures.", "transparency"),
    ("These measures and their implementing rules shall be notified without delay.", "transparency"),
    ("The Parties agree to inform each other of difficulties in applying the rules.", "transparency"),
    # consultations within the joint body at a Party's request
    ("The Parties shall, at the request of either Party, hold consultations within the Joint Commission.",
     "dispute-settlement"),
    ("The Parties agree to consult in the Association Council on any difficulty.", "dispute-settlement"),
    # "The Protocol shall enter into force" with the definite article
    ("The Protocol shall enter into force on the first day of the second month after its signature.",
     "entry-into-force"),
    # each Party's procedures completed, however named
    ("It shall apply once the Parties notify each other that the necessary procedures have been completed.",
     "ratification"),
    ("It shall take effect after the constitutional requirements and procedures have been complied with.",
     "ratification"),
    # plenipotentiaries who attached their signatures; "In faith whereof"
    ("IN FAITH WHEREOF the undersigned plenipotentiaries have attached their signatures below.", "signature"),
    ("In witness where of the undersigned have signed this Agreement.", "signature"),
    # national treatment in the negative passive; trade free of duties; zero tariffs applied
    ("The treatment accorded by either Party to products of the other shall not be less favourable than that "
     "accorded to third countries.", "obligation-of-result"),
    ("The trade between the Parties is conducted free of customs duties.", "obligation-of-result"),
    ("No later than 1 January 2006, the Mainland will apply zero tariff to the listed goods.",
     "obligation-of-result"),
    # the GATT XX form "shall not prevent prohibitions or restrictions"
    ("The provisions of this Agreement shall not prevent prohibitions or restrictions on imports justified on "
     "grounds of public morality.", "exception-general"),
    # customs unions and frontier trade kept outside; preferences not extended
    ("These provisions shall not prevent the maintenance or establishment of customs unions or free trade "
     "areas.", "carve-out-scope"),
    ("A Member State shall not be obliged to extend preferences of another trade arrangement to the others.",
     "carve-out-scope"),
    # equivalent concessions withdrawn; chambers of commerce; information transferred out of the territory
    ("The withdrawal of equivalent concessions may be implemented by the injured Member State.",
     "sanction-or-compliance"),
    ("The Committee shall nominate one apex chamber of trade and industry in each country.", "stakeholders"),
    ("Each Party shall permit a supplier to transfer information into and out of its territory for processing.",
     "cross-border-data"),
    # reservations to the treaty
    ("No reservation may be made in respect of any provision of this Convention.", "reservations"),
    ("This Agreement may not be signed with reservations.", "reservations"),
    ("Any State may, at the time of signature, make a reservation to Article 5.", "reservations"),
])
def test_mechanism_read(text, kind):
    assert kind in kind_set(text), (kind, sorted(kind_set(text)))


@pytest.mark.parametrize("text, kind, title", [
    # the reservations of a services schedule, and consent given "subject to the reservation" of procedures
    ("Each Party may maintain the measures listed in its schedule of reservations in Annex I.", "reservations", ""),
    ("For the Council of the European Communities, subject to the reservation set out in the minutes.",
     "reservations", ""),
    # a heading on another treaty's accession names no accession clause
    ("The two sides shall not apply the special safeguard provisions.", "accession",
     "Non-Application of Specific Provisions in China's WTO Accession"),
    # an amendment's entry into force is not the treaty's
    ("An amendment to the Agreement shall enter into force after its acceptance by all Parties.",
     "entry-into-force", ""),
])
def test_neighbour_not_read(text, kind, title):
    assert kind not in kind_set(text, title=title), (kind, sorted(kind_set(text, title=title)))


def _reported(title: str, *texts: str) -> dict[str, list]:
    from workbench.checker import Checker
    from workbench.checker.examples import article
    from workbench.core.model import Draft
    draft = Draft(title=title, children=[article(f"Article {i}", t) for i, t in enumerate(texts, 1)])
    return {e.kind: [ev.number for ev in e.evidence] for e in Checker().check(draft, suggestions=False).elements}


def test_a_result_a_party_commits_to_in_the_future_tense_is_reported_in_a_treaty():
    # the future tense is how some treaties bind ("the Mainland will apply zero tariff"); the actor is named
    # before "will" as before "shall"
    found = _reported("Trade Arrangement",
                      "From 1 January 2004, the Mainland will apply zero tariff to imports of goods of Macao origin.",
                      "This Arrangement shall enter into force on the date of signature.")
    assert found.get("obligation-of-result") == [1]


def test_a_result_in_the_future_tense_of_a_declaration_obliges_no_one():
    found = _reported("Joint Declaration on Trade", "The Governments will apply zero tariff to imports of goods.")
    assert "obligation-of-result" not in found


def test_a_meeting_in_the_future_tense_is_no_obligation_of_result():
    found = _reported("Trade Agreement", "The Joint Committee will meet once a year.",
                      "This Agreement shall enter into force on the date of signature.")
    assert "obligation-of-result" not in found
