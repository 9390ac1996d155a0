"""Reading by mechanism (issue 14, seventeenth round): what the first check of old texts missed or took wrongly
(EC agreements with Israel 1970, Tunisia 1969 and Lebanon 1977; LAFTA 1960; EC–Spain 1970; EEC–Turkey 1963;
EFTA 1960).

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from checker_helpers import kind_set


@pytest.mark.parametrize("text, kind", [
    ("Where protective measures prove necessary for the industrialization and development needs of a Party, "
     "it may withdraw concessions.", "development-assistance"),
    ("Before the Agreement expires, negotiations may be initiated with a view to the conclusion of a new "
     "agreement on a broader basis.", "review"),
    ("The Parties agree to inform each other and to consult with a view to the proper implementation of this "
     "Agreement.", "reporting"),
    ("A Party may take measures against dumping in accordance with the Agreement on implementation of Article VI "
     "of the General Agreement on Tariffs and Trade.", "standards-link"),
    ("The Parties shall refrain from any measure or practice of an internal fiscal nature.", "prohibition"),
    ("The Agreement shall not preclude prohibitions or restrictions on imports justified on grounds of public "
     "morality.", "exception-general"),
    ("The Parties shall institute cooperation with the aim of contributing to the economic development of the "
     "smaller Party.", "capacity-building"),
    # LAFTA 1960
    ("Products of a Contracting Party shall enjoy in the territory of another Contracting Party treatment no less "
     "favourable than that accorded to similar national products.", "obligation-of-result"),
    ("The organs of the Association are the Conference and the Standing Committee.", "treaty-body"),
    ("The Committee is the permanent organ of the Association. Its duties and responsibilities shall be, inter "
     "alia:", "body-powers"),
    ("The Contracting Parties shall proceed to study the results of the Treaty's implementation.", "review"),
    ("If a Contracting Party considers itself injured, it may appeal to the competent organs of the Association.",
     "dispute-settlement"),
    ("The Parties may authorize a Party at a relatively less advanced stage of economic development to apply the "
     "programme under more favourable conditions.", "development-assistance"),
    ("The Committee shall request the technical advice of the secretariat of the United Nations Economic "
     "Commission for Latin America.", "UN-role"),
    ("The Committee may set up Advisory Commissions composed of representatives of the various sectors of "
     "economic activity.", "stakeholders"),
    ("No Contracting Party shall promote its exports by means of subsidies.", "prohibition"),
    ("No provision of the present Treaty shall be so construed as to constitute an impediment to the adoption of "
     "measures relating to the protection of public morality.", "exception-general"),
    ("No provision of the present Treaty shall be so construed as to constitute an impediment to the adoption of "
     "measures relating to the application of security laws.", "exception-security"),
    # EEC–Turkey 1963, EFTA 1960, EC–Spain 1970
    ("The provisions of the agreement shall not apply to products covered by the Coal and Steel Community.",
     "carve-out-scope"),
    ("Articles 2 and 3 shall not apply to agricultural goods.", "carve-out-scope"),
    ("The provisions of this Chapter shall not apply, so far as any given Member State is concerned, to "
     "activities connected with official authority.", "carve-out-scope"),
    ("Each Party shall be bound to take the steps entailed by the execution of the decision or award.",
     "sanction-or-compliance"),
    ("The award of the tribunal shall be final and binding and shall be complied with promptly.",
     "sanction-or-compliance"),
    ("During the preparatory stage the smaller Party shall strengthen its economy, with the assistance of the "
     "other Party.", "development-assistance"),
    ("The Council shall facilitate contacts between the Assembly and the Economic and Social Committee.",
     "stakeholders"),
    ("The Heads of State have designated as their plenipotentiaries the following persons.", "signature"),
    ("The customs union shall comprise the prohibition as between the Parties of all customs duties.",
     "obligation-of-result"),
])
def test_mechanism_read(text, kind):
    assert kind in kind_set(text), (kind, sorted(kind_set(text)))


@pytest.mark.parametrize("text, kind", [
    # the prohibitions an exception allows are no prohibition the treaty sets
    ("Such prohibitions or restrictions must not constitute a means of arbitrary discrimination.", "prohibition"),
    # a Party's needs in general are no special treatment of a developing Party
    ("The Parties shall take account of the needs of their consumers.", "development-assistance"),
    # negotiations on a dispute are no renegotiation of the treaty
    ("Negotiations shall be entered into to settle the dispute.", "review"),
    # the staff of a body refraining from action is no prohibition the treaty sets on a Party
    ("The Secretariat staff shall refrain from any action which might reflect on their position.", "prohibition"),
    # another agreement that shall not apply is no exclusion from this one
    ("The Agreement on Government Procurement shall not apply to the Parties' relations.", "carve-out-scope"),
    # the rules a protocol defines elsewhere are no definitions in the text (two of four readers list none)
    ("The provisions set forth in the Protocol define the rules of origin applicable to the products.",
     "definitions"),
    # the UN's Economic and Social Council is no stakeholder
    ("The Secretary-General shall report to the Economic and Social Council.", "stakeholders"),
    # a Party's economic policy to keep its balance of payments in equilibrium is no exception
    ("Each Party shall pursue the economic policy necessary to ensure the equilibrium of its overall balance of "
     "payments.", "exception-general"),
])
def test_neighbour_not_read(text, kind):
    assert kind not in kind_set(text), (kind, sorted(kind_set(text)))
