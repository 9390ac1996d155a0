"""Reading by mechanism (issue 14, fourteenth round): what the first check of six older and regional texts
missed or took wrongly (African Common Market 1962, Agadir 2004, Central American Free Trade 1958, GSTP 1988,
Melanesian Spearhead Group 1993, SPARTECA 1980).

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from checker_helpers import kind_set
from workbench.core.closing_forms import EN_CLOSING_RE
from workbench.core.modality import classify



@pytest.mark.parametrize("text, kind", [
    ("No Contracting State shall grant directly or indirectly any export subsidy.", "prohibition"),
    ("A Party which desires that this Agreement be terminated shall give six months' notice.", "withdrawal"),
    ("The Parties may agree to the association of any other member of the Group.", "accession"),
    ("Consultation shall take place between the Parties if a Party considers that a benefit is impaired.",
     "dispute-settlement"),
    ("This agreement has been prepared in the Arabic language in four original copies.", "authentic-texts"),
    ("Copies of the ratified texts shall be deposed with the Secretary General.", "depositary"),
    ("The Council shall carry out the functions and exercise the powers provided in this Treaty.", "body-powers"),
    ("The Unit shall offer advice and technical support on all matters of the Agreement.", "capacity-building"),
    ("Schemes shall promote the transfer and application of technology.", "technology-transfer"),
    ("The Committee shall report annually to the Forum.", "reporting"),
    ("The above treatment shall not, however, be extended to concessions granted under the customs union.",
     "carve-out-scope"),
    ("Acceptance of this Agreement shall not be taken as extending its benefits to third States.",
     "carve-out-scope"),
    ("The schedule appended to this Treaty may be extended by mutual agreement.", "amendment"),
    ("The Member Countries engage themselves to remove immediately all non-customs duties.", "obligation-of-result"),
    ("The aggrieved participant may suspend the application of substantially equivalent concession.",
     "sanction-or-compliance"),
])
def test_mechanism_read(text, kind):
    assert kind in kind_set(text), (kind, sorted(kind_set(text)))


def test_engage_themselves_binds_as_commit_themselves():
    assert classify("The Member Countries engage themselves to remove all non-customs duties.") == "mandatory"


def test_a_closing_that_names_its_language_before_its_place_is_the_closing():
    assert EN_CLOSING_RE.match("This agreement has been prepared in the Arabic language in four original copies, "
                               "signed in Rabat on 25 February 2004.")


@pytest.mark.parametrize("text, kind, title", [
    # a Party's temporary escape from its obligations is a safeguard, not a sanction for breach
    ("A Party may suspend its obligations temporarily after notice.", "sanction-or-compliance",
     "Temporary Suspension of Obligations"),
    # the termination of proceedings is not the treaty's
    ("The panel proceedings shall be terminated upon withdrawal of the request.", "withdrawal", ""),
])
def test_neighbour_not_read(text, kind, title):
    assert kind not in kind_set(text, title=title), (kind, sorted(kind_set(text, title=title)))


@pytest.mark.parametrize("text, kind", [
    # safeguards: the vocabulary has no kind of their own; four independent readers filed them as general exceptions
    ("The Party concerned may apply any safeguard measures necessary to remedy the situation.", "exception-general"),
    ("The Parties can apply preferential safeguard measures under this Agreement.", "exception-general"),
    # notice to the others before a Party acts
    ("A Party may, after giving notice in writing to the other Parties, suspend its obligations.", "transparency"),
    # the Parties' trade conducted by the GATT's or the WTO's rules (three readers)
    ("The Parties undertake to conduct their trade according to the principles of the General Agreement on "
     "Tariffs and Trade.", "standards-link"),
    ("The Parties agree and reaffirm their commitments to abide by the provisions of the WTO rules.",
     "standards-link"),
    ("Subsidies and dumping shall be understood to have the same meaning as in GATT 1994.", "standards-link"),
])
def test_read_across_groups(text, kind):
    assert kind in kind_set(text), (kind, sorted(kind_set(text)))


def test_a_safeguard_named_but_not_applied_is_no_exception():
    assert "exception-general" not in kind_set("The Committee shall review the rules on safeguard measures.")
