"""Reading by mechanism (issue 14, twenty-second round): what the first check of six more texts missed or took
wrongly (China–Pakistan 2006, Turkey–Mauritius 2011, Turkey–Morocco 2004, EC–Palestine 1997, Georgia–Russia 1994,
EFTA–Jordan 2001).

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.checker.analysis import Analyser
from workbench.checker.examples import article

from checker_helpers import kind_set


@pytest.mark.parametrize("text, kind", [
    ("Sides to the agreement do not impose customs duties, taxes and charges having equivalent effect.",
     "obligation-of-result"),
    ("Sides will not impose local taxes or charges on goods covered by the present agreement.",
     "obligation-of-result"),
    ("The present agreement may be completed or changed according to negotiations between the Sides.",
     "amendment"),
    ("The present agreement comes into effect from the date of exchange of notifications.", "entry-into-force"),
    ("It comes into effect once the intergovernmental procedures that are necessary for its coming into force are "
     "completed.", "ratification"),
    ("For objectives of this Article, under re-export is considered the export of goods to third countries.",
     "definitions"),
    ("The Protocol on exclusions from the free trade regime is an inherent part of the agreement.",
     "carve-out-scope"),
    ("Anti-dumping measures shall not be subject to Chapter X (Dispute Settlement) of this Agreement.",
     "carve-out-scope"),
    ("Nothing in this Agreement shall be construed to require a Party to furnish confidential information.",
     "exception-general"),
    ("In order to enhance the opportunity for persons to provide comments on proposed measures, each Party shall "
     "publish them.", "stakeholders"),
    ("The dispute shall be submitted, by the choice of the investor, to the competent court or to arbitration.",
     "remedy-for-persons"),
    ("The implementation of this Article shall be regularly reviewed by the Joint Committee.", "review"),
])
def test_mechanism_read(text, kind):
    assert kind in kind_set(text), (kind, sorted(kind_set(text)))


@pytest.mark.parametrize("text, kind", [
    # a mention of the date the treaty enters into force is no entry-into-force clause
    ("Duties shall be abolished on the date this Agreement enters into force.", "entry-into-force"),
    # the risk assessment of sanitary measures is no risk process
    ("Sanitary and phytosanitary measures shall be based on a risk assessment.", "risk-process"),
    # sides in general are no Parties ("on both sides of the border")
    ("Trade on both sides of the border will not impose burdens.", "obligation-of-result"),
])
def test_neighbour_not_read(text, kind):
    assert kind not in kind_set(text), (kind, sorted(kind_set(text)))


def test_the_review_of_one_article_is_no_review_of_the_instrument():
    # it is a review element (the readers list it), tagged "provision", and gives the article no review function
    analysis = Analyser().analyse(article("", "The implementation of this Article shall be regularly reviewed."))
    reviews = [e for e in analysis.elements if e.kind == "review"]
    assert reviews and all("provision" in e.tags for e in reviews)
    assert "review" not in Analyser().reading.functions_of(reviews)
