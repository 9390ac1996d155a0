"""Reading by mechanism (issue 14, twenty-third round): a closing that says where and when the instrument was
done, across groups; and what the first check of EEC–Greece 1961, Lomé I 1975 and the Andean Cartagena Agreement
(as codified in 1997) missed.

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.checker.analysis import Analyser

from checker_helpers import kind_set, with_items


@pytest.mark.parametrize("text, kind", [
    ("Done in Erevan, on 4 July 1994, in two originals.", "signature"),
    ("DONE on Tbilisi, on 3 February 1994, in two copies.", "signature"),
    ('"Levies" are understood to mean the customs duties and any charge with equivalent effect.', "definitions"),
    ("Products originating in a Member Country shall enjoy in the territory of the other treatment that is no "
     "less favorable than that accorded to similar domestic products.", "obligation-of-result"),
    ("The Member Countries commit themselves to implementing a Common External Tariff.", "obligation-of-result"),
    ("The Member Countries shall refrain from changing the levels of the levies.", "prohibition"),
    ("Not included in this concept are the adoption and enforcement of measures for the protection of public "
     "morality.", "exception-general"),
    ("The General Secretariat is the executive body of the Community.", "treaty-body"),
    ("The Council of Ministers is comprised by the Ministers of Foreign Affairs of the Member Countries.",
     "treaty-body"),
    ("The Contracting Parties shall meet in a Council of Association.", "treaty-body"),
    ("The General Secretariat's responsibilities are:", "body-powers"),
    ("The results of such process shall be evaluated periodically.", "review"),
    ("A Member in arrears shall not be able to exercise the right to vote in the Commission.",
     "sanction-or-compliance"),
    ("Each Party to the dispute must take the measures required for the implementation of the arbitrators' "
     "decision.", "sanction-or-compliance"),
    ("The Business Advisory Council and the Labor Advisory Council are the advisory institutions of the System.",
     "stakeholders"),
    ("The Governments AGREE, through their duly authorized plenipotentiary representatives, as follows.",
     "signature"),
    ("A Member Country may list products in order to exempt them from the Tariff Reduction Program.",
     "carve-out-scope"),
    ("Balanced development shall lead to a fair distribution, among the Member Countries, of the benefits of "
     "integration.", "public-good"),
    ("The Parties shall take steps to approximate their provisions laid down by law.", "standards-link"),
    ("The necessary adjustments to this Agreement shall be agreed by the Contracting Parties.", "amendment"),
    ("Nothing in this Convention shall preclude prohibitions or restrictions on imports justified on grounds of "
     "public morality.", "exception-general"),
    ("The most-favoured-nation treatment referred to in subparagraph (a) shall not apply to trade between the "
     "States.", "carve-out-scope"),
])
def test_mechanism_read(text, kind):
    assert kind in kind_set(text), (kind, sorted(kind_set(text)))


def test_items_under_a_not_included_chapeau_are_read_as_exceptions():
    node = with_items("Not included in this concept are the adoption and enforcement of measures for:",
                      "The regulation of arms, ammunition, and other implements of war;",
                      "The protection of human, animal, or plant life and health.")
    kinds = {e.kind for e in Analyser().analyse(node).elements}
    assert {"exception-security", "exception-general"} <= kinds


@pytest.mark.parametrize("text, kind", [
    # copies authenticated by the signatures of a conference's President and an organisation's head (UNESCO 1970)
    ("Done in Paris this seventeenth day of November 1970, in two authentic copies bearing the signature of the "
     "President of the General Conference and of the Director-General.", "signature"),
    # a date of signing recalled in an article is no closing's signature
    ("The Council met in Brussels on 3 May 1977.", "signature"),
    # an arbitrator appointed by the President of the International Court of Justice gives the UN no role (the
    # China–Pakistan reader; the EEC–Greece reader lists one, so it is left out)
    ("The third arbitrator shall be appointed by the President of the International Court of Justice.", "UN-role"),
])
def test_neighbour_not_read(text, kind):
    assert kind not in kind_set(text), (kind, sorted(kind_set(text)))
