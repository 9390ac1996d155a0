"""Reading by mechanism (issue 14, seventh round): a provision of several sentences read sentence by
sentence, and final clauses read by what they govern whatever their words (found by the census of
ToTA agreements, ``python -m benchmarks.census``, not by an evaluation instrument).

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.checker.analysis import Analyser
from workbench.checker.examples import article
from workbench.checker.reading import _sentences, bearer
from checker_helpers import kind_set


@pytest.fixture(scope="module")
def analyser():
    return Analyser()


def hits(analyser, *paras, title=""):
    return [e for e in analyser.analyse(article(title, *paras)).elements if e.kind != "duty"]


def test_each_sentence_is_read_with_its_own_exclusions(analyser):
    # "shall notify" in the second sentence no longer hides the right to accede in the first
    text = ("A non-Party may accede to this Agreement upon terms to be agreed between the Parties and the "
            "non-Party. The Depositary shall notify the Parties of each instrument of accession.")
    assert "accession" in {e.kind for e in hits(analyser, text)}
    # the notification alone still is no accession clause
    alone = "The Depositary shall notify the Parties of each instrument of accession."
    assert "accession" not in {e.kind for e in hits(analyser, alone)}


def test_each_sentence_has_its_own_duty_bearer(analyser):
    # a body's power in the second sentence of a Party's provision is the body's
    text = ("The Parties shall send representatives to the Council. The Council may adopt decisions "
            "binding on the Parties by a two-thirds majority.")
    powers = [e for e in hits(analyser, text) if e.kind == "body-powers"]
    assert powers and "by-body" in powers[0].tags


def test_a_kind_is_reported_once_per_provision(analyser):
    text = ("This Agreement may be amended by the Parties. Amendments shall enter into force after the "
            "Parties notify each other. Any amendment shall be in writing.")
    kinds = [e.kind for e in hits(analyser, text)]
    assert kinds.count("amendment") == 1


@pytest.mark.parametrize("text, count", [
    ("The Council shall meet twice a year. It may adopt decisions.", 2),
    ("Each Party shall apply Article 3 (a) of the Convention. No sentence follows.", 2),
    ("See Art. 5 of the annex, as amended in 1994.", 1),          # an abbreviation is no sentence end
    ("各缔约方应合作。委员会可以作出决定。", 2),
])
def test_sentences(text, count):
    assert len(_sentences(text, "zh" if "。" in text else "en")) == count


@pytest.mark.parametrize("text, kind", [
    # the right to leave, whatever its words
    ("Each State Party to this Agreement may withdraw therefrom by means of a written notification to the "
     "Depositary.", "withdrawal"),
    ("This Agreement shall remain in force until one Party gives written notice of its intention to terminate "
     "it, in which case this Agreement shall terminate 180 days after the date of the notice.", "withdrawal"),
    ("Either Contracting Party may withdraw by giving twelve months' notice.", "withdrawal"),
    # consent given by a Party's own procedures, wherever the treaty's entry into force turns on it
    ("This Agreement shall enter into force 30 days after the Parties have notified each other that their "
     "respective internal requirements for the entry into force of this Agreement have been fulfilled.",
     "ratification"),
    ("The Parties shall notify each other that the constitutional formalities for the entry into force of "
     "this Agreement are completed.", "ratification"),
    # a term defined in passing, in any article
    ("For the purposes of this Article, “temporary admission” means a customs procedure under which goods "
     "enter free of duties.", "definitions"),
    ("Each Party shall apply its rules; “days” means calendar days.", "definitions"),
    # a duty to publish what applies to others
    ("Each Party shall make publicly available all licensing criteria and the time normally required.",
     "transparency"),
    # special regard for the least developed, however hyphenated
    ("Particular account shall be taken of the situation of the least-developed ACP States.",
     "development-assistance"),
    # review or appeal of a decision, in whatever order the words come
    ("Each Party shall provide affected persons with easily accessible processes of judicial or administrative "
     "review of customs actions.", "remedy-for-persons"),
    ("A supplier affected by a decision of a regulatory authority shall have a right to appeal against that "
     "decision to an independent body.", "remedy-for-persons"),
    # forms the census found in fields of cooperation, stakeholders, scope and assistance
    ("The Parties shall cooperate in the promotion of technology transfers in the energy sector.",
     "technology-transfer"),
    ("Each Party shall hold regular consultations with the business community on customs legislation.",
     "stakeholders"),
    ("The provisions of this Title shall not apply to subsidies granted by the Parties.", "carve-out-scope"),
    ("In order to support the objectives of this Agreement, the partner country shall receive financial "
     "cooperation with the appropriate financial resources.", "development-assistance"),
])
def test_read_by_what_the_provision_does(text, kind):
    assert kind in kind_set(text)


@pytest.mark.parametrize("text, kind", [
    # withdrawing a complaint, a submission or an entity is no withdrawal from the treaty
    ("A complaining Party may withdraw its complaint at any time before the report is issued.", "withdrawal"),
    ("A Party may withdraw its request for consultations.", "withdrawal"),
    # an amendment's own entry into force on internal procedures is not the treaty's ratification
    ("Amendments shall enter into force when the Parties have completed their internal procedures.",
     "ratification"),
])
def test_not_final_clauses(text, kind):
    assert kind not in kind_set(text)


@pytest.mark.parametrize("text, lang, kind", [
    # a Party named by its role in the procedure is still a Party (found by the census of duty-bearers)
    ("The importing Party may apply a bilateral safeguard measure.", "en", "party"),
    ("The complaining Party shall deliver the request in writing.", "en", "party"),
    ("A procuring entity shall publish a notice of intended procurement.", "en", "authority"),
    ("The Sub-Committee shall meet once a year.", "en", "body"),
    # the Parties under other names
    ("Each Country shall eliminate its customs duties on originating goods.", "en", "party"),
    ("The two sides shall strengthen cooperation in customs matters.", "en", "party"),
    ("双方应加强海关合作。", "zh", "party"),
])
def test_duty_bearers_under_other_names(text, lang, kind):
    assert bearer(text, lang) == kind


def test_an_interested_party_is_no_party_to_the_treaty():
    # in a trade-remedy procedure the interested parties are firms and persons, not States
    assert bearer("An interested party may submit evidence.", "en") != "party"


def test_financial_cooperation_as_a_field_is_no_assistance():
    # cooperation between financial sectors is a field of cooperation, not aid to a developing Party
    assert "development-assistance" not in kind_set(
        "The two Parties agree to strengthen cooperation in areas including financial cooperation and customs "
        "cooperation.")
