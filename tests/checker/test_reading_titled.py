"""Reading by mechanism (issue 14, eighth round): provisions the census by the drafters' own headings
(``python -m benchmarks.census --by title``) showed the reading passing over. An article ToTA's drafters
titled "General Exceptions", "Entry into Force", "Amendments" or "Definitions" does what its title says;
where the checker found nothing there, the wording was read and the mechanism, not the phrase, added.

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from checker_helpers import kind_set


@pytest.mark.parametrize("text, kind", [
    # a general exception for prohibitions or restrictions justified on listed grounds
    ("This Agreement shall not preclude prohibitions or restrictions on imports or exports justified on grounds "
     "of public morality or the protection of human health.", "exception-general"),
    # the object and purpose, with a clause between subject and verb
    ("The objectives of this Agreement, as elaborated in its rules, are to expand trade between the Parties.",
     "object-purpose"),
    ("The objectives of the two Governments in concluding this Agreement are to strengthen their relations.",
     "object-purpose"),
    ("The objectives of Part IV of this Agreement are: the expansion of trade in goods.", "object-purpose"),
    # signature by the States named, a claim an investor may submit to arbitration
    ("This Agreement shall be signed by all the States mentioned in the Preamble.", "signature"),
    ("Each Party consents to the submission of a claim to arbitration in accordance with this Agreement.",
     "dispute-settlement"),
    # found by the census by chapter headings (census --by chapter): a Transparency chapter's publication duty
    # over a long list of what is published, and bodies established as a list of organs or by another treaty
    ("Each Party shall ensure that its laws, regulations, procedures and administrative rulings of general "
     "application respecting any matter covered by this Agreement, as well as its international agreements, "
     "are promptly published.", "transparency"),
    ("Each Party shall ensure that its measures respecting any matter covered by this Agreement are promptly "
     "published or otherwise made available.", "transparency"),
    ("The institutional mechanisms for the implementation of this Protocol shall comprise the Committee of "
     "Ministers and the Committee of Senior Officials.", "treaty-body"),
    ("There are hereby established as organs of the Community: the Summit; the Council.", "treaty-body"),
    ("The Joint Committee set up by the earlier Agreement on Trade shall perform the duties assigned to it "
     "by this Agreement.", "treaty-body"),
    # candidates of the plain-anchored census: the least developed in a list of the vulnerable, a financial
    # cooperation package, one level of independent review, an exception framed on paragraphs of an article
    ("Particular attention shall be paid to the interests of the least-developed, landlocked and island ACP "
     "States.", "development-assistance"),
    ("A financial cooperation package shall be made available to the partner country.", "development-assistance"),
    ("Each Party shall ensure that importers and exporters have the right to at least one level of independent "
     "administrative review.", "remedy-for-persons"),
    ("Nothing in paragraph 1(b) or (c) shall be construed to prevent a Party from adopting or maintaining "
     "measures necessary to protect human, animal, or plant life or health.", "exception-general"),
    # found among the articles of CIS-family agreements where nothing was found (census --silent --names …)
    ("Provisions of this Agreement shall replace the provisions of agreements concluded earlier by the "
     "Contracting Parties insofar as the latter are incompatible with the former.", "relation-to-other-agreements"),
    ("Nothing in this Agreement shall prevent the Contracting Parties from establishing relationships with "
     "states which are not parties to this Agreement.", "relation-to-other-agreements"),
    ("The Parties shall not directly or indirectly impose on the other Party's goods domestic taxes that exceed "
     "the taxes imposed on like domestic goods.", "obligation-of-result"),
    ("The Sides do not impose customs duties and charges having equivalent effect on imports from each other.",
     "obligation-of-result"),
    ("The Contracting Parties shall in mutual trade refrain from applying discriminatory measures to each other.",
     "obligation-of-result"),
    ("This Agreement may be terminated by either Party by giving notice in writing to the other Party.",
     "withdrawal"),
    ("Each Party shall notify the other Party of an actual or proposed measure that might materially affect the "
     "operation of this Agreement.", "transparency"),
    # found among the South Asian family's articles where nothing was found: a Contracting State's security
    # exception, a Participating State's concessions, duties reduced and eliminated, goods free of duties,
    # consultations on difficulties "as may arise"
    ("Nothing in this Agreement shall be construed to prevent any Contracting State from taking action and "
     "adopting measures which it considers necessary for the protection of its national security.",
     "exception-security"),
    ("Each Participating State shall apply such tariff and non-tariff concessions to the goods of the other "
     "Participating States as are set out in its National List of Concessions.", "obligation-of-result"),
    ("Customs duties in excess of zero percent shall be reduced and where relevant, eliminated by the Parties.",
     "obligation-of-result"),
    ("All exports and imports of the partner country will be free from and not subject to customs duties.",
     "obligation-of-result"),
    ("The two Governments agree to enter into consultations at the request of either side to overcome such "
     "difficulties as may arise in the implementation of this Agreement.", "dispute-settlement"),
    # the Latin American family's: a mediation procedure, a panel reporting to the disputing Parties, treatment
    # no less favourable accorded in the passive to those who suffered losses
    ("The Parties shall participate in the mediation procedure in good faith.", "dispute-settlement"),
    ("The panel shall present a final report to the disputing Parties within 30 days.", "dispute-settlement"),
    ("Investors of one Party who suffer losses owing to war shall be accorded by the other Party treatment no "
     "less favourable than that which it accords to its own investors.", "obligation-of-result"),
    # the ASEAN family's: existing agreements not affected "or nullified", tariffs liberalised by schedule
    ("This Agreement or any action taken under it shall not affect or nullify the rights and obligations of a "
     "Party under the existing agreements to which it is a party.", "relation-to-other-agreements"),
    ("Each Party shall gradually liberalise its applied MFN tariff rates on originating goods in accordance with "
     "its schedule of tariff commitments.", "obligation-of-result"),
    # the scope of a chapter, in any of the verbs that give it
    ("The provisions of this Chapter shall apply with respect to the settlement of disputes between the Parties.",
     "scope"),
    ("This Chapter is applicable to all technical regulations of the Parties.", "scope"),
    ("Except as otherwise provided, this Chapter shall apply: with respect to disputes under this Agreement.",
     "scope"),
    ("The Agreement shall apply: to industrial products originating in the Parties.", "scope"),
    # a review of the instrument or a part of it
    ("The Joint Committee may review this Chapter three years after its entry into force.", "review"),
    ("The provisions of this Chapter shall be reviewed every five years.", "review"),
    # the treaty's entry into force after its ratification, in one sentence or two
    ("This Agreement is subject to ratification and shall enter into force on the first day of the second month "
     "after the exchange of the instruments.", "entry-into-force"),
    ("This Agreement is subject to ratification. It enters into force on the date of the second notification.",
     "entry-into-force"),
    # amendment in the words of modification and addition
    ("The Parties may agree, in writing, on any modification of or addition to this Agreement.", "amendment"),
    ("The Contracting Parties may amend the provisions of this Agreement by mutual consent.", "amendment"),
    # accession offered with signature, or as membership open to any State
    ("This Agreement shall be open for signature, subject to ratification, or accession by the Governments of "
     "the region.", "accession"),
    ("Membership of the Union is open to any State that shares its aims.", "accession"),
    # the right to leave, put as the way the treaty ends
    ("This Agreement shall remain in force unless terminated by either Party on six months' written notice.",
     "withdrawal"),
    ("This Agreement shall remain in force until either Party terminates this Agreement by written notice.",
     "withdrawal"),
    # special treatment of the least developed Parties, however the Parties are called
    ("All Contracting States shall give special regard to the Least Developed Contracting States.",
     "development-assistance"),
    # developing countries under the names the United Nations gives them
    ("Member States should support low- and middle-income countries in building their capacities.",
     "development-assistance"),
    ("Particular attention should be paid to the needs of small island developing States.",
     "development-assistance"),
    ("各国应支持中低收入国家提升能力。", "development-assistance"),
    # the treaty's place among the Parties' other agreements
    ("The Parties confirm the rights and obligations existing under any bilateral or multilateral agreements to "
     "which they are party.", "relation-to-other-agreements"),
    ("Nothing in this Agreement shall derogate from the existing rights and obligations of a Party under the WTO "
     "Agreement.", "relation-to-other-agreements"),
    ("The Trade Agreement signed in 1979 shall terminate on the date of entry into force of this Agreement.",
     "relation-to-other-agreements"),
    # definitions "for purposes of" (without "the"), by a list, or by reference to another treaty
    ("For purposes of this Chapter: customs duty includes any import duty.", "definitions"),
    ("For purposes of this Chapter, the following terms shall be understood as: goods means products.",
     "definitions"),
    ("For purposes of this Chapter, technical regulation and standard have the meanings assigned to those terms "
     "in Annex 1 of the TBT Agreement.", "definitions"),
    # an obligation of result with a qualifying clause before its verb, or a schedule of dismantling
    ("Each Party shall, subject to the reservations in its Schedule, accord to investors of the other Party "
     "treatment no less favourable than it accords to its own investors.", "obligation-of-result"),
    ("Each Party shall dismantle its customs duties on originating goods in accordance with its Schedule.",
     "obligation-of-result"),
    # national treatment on internal taxation, put as a measure the Parties refrain from or a tax goods escape
    ("The Parties shall refrain from any measure or practice of an internal fiscal nature establishing "
     "discrimination between like products of the Parties.", "obligation-of-result"),
    ("Products imported from another Party shall not be subject, directly or indirectly, to internal taxes in "
     "excess of those applied to like domestic products.", "obligation-of-result"),
    # quantitative restrictions that shall be abolished or not introduced, whoever is named
    ("No new quantitative restrictions on exports or measures having equivalent effect shall be introduced in "
     "trade between the Contracting Parties.", "obligation-of-result"),
    ("From the entry into force of this Agreement, the Community shall abolish all quantitative restrictions on "
     "imports of agricultural products.", "obligation-of-result"),
    # national treatment in the other words treaties give it: a measure abolished where existing, Article III
    # of the GATT applied, discrimination refrained from, treatment no less favourable however far from "shall"
    ("The Parties shall refrain from, and abolish where existing, any measure or practice of an internal fiscal "
     "nature establishing discrimination between like products.", "obligation-of-result"),
    ("The Parties shall apply national treatment in accordance with Article III of the GATT 1994.",
     "obligation-of-result"),
    ("The Member States shall refrain from enacting legislation which directly or indirectly discriminates "
     "against like products of other Member States.", "obligation-of-result"),
    ("Each Party shall within its territory accord to investors of the other Party treatment no less favourable "
     "than the treatment which it accords to its own investors.", "obligation-of-result"),
    ("Commitments on national treatment shall be governed by Article XVII of the GATS, which is hereby "
     "incorporated into this Agreement.", "obligation-of-result"),
    # consultations requested, differences settled by consultation
    ("Either Party may request in writing consultations with the other Party with respect to any measure "
     "affecting the operation of this Agreement.", "dispute-settlement"),
    ("Any differences shall, as far as possible, be settled by consultation between the Parties.",
     "dispute-settlement"),
    ("A Party may request, in writing, consultations with the other Party regarding a matter.",
     "dispute-settlement"),
    ("Consultations shall be held at the request of a Party which considers that another Party has taken a "
     "measure creating an obstacle to trade.", "dispute-settlement"),
    ("Each Party shall afford adequate opportunity for consultations regarding such representations as the "
     "other Party may make.", "dispute-settlement"),
    # a review of the instrument put as an act the Parties conduct, or of the progress achieved under it
    ("The Parties shall conduct a review of this Chapter in the fifth year after its entry into force.", "review"),
    ("The Parties shall periodically review in the Joint Committee progress achieved in pursuing the objectives "
     "of this Chapter.", "review"),
    # a chapter kept out of dispute settlement
    ("Chapter 17 (Consultations and Dispute Settlement) shall not apply to any matter arising under this "
     "Chapter.", "carve-out-scope"),
    ("The dispute settlement procedures provided for in Chapter 19 shall not apply to this Chapter.",
     "carve-out-scope"),
    # ninth round, two development instruments (US-Israel 1985, CARICOM 1973): written for the test
    ("Articles XX and XXI of the GATT are incorporated into this Agreement.", "exception-security"),
    ("Article XX and XXI of the GATT shall apply to this Agreement.", "exception-security"),
    ("Neither Party shall impose performance requirements on investments of the other Party.", "prohibition"),
    ("The Member States shall abstain from any measure which could endanger the objectives of this Treaty.",
     "prohibition"),
    ("Each Party shall give prior written notice to the other Party of any new trade measure.", "transparency"),
    ("Once the panel has presented its report, the complaining Party shall be entitled to take any appropriate "
     "measure.", "sanction-or-compliance"),
    ("The adoption of any amendments shall be subject to the constitutional requirements of each Party.",
     "amendment"),
])
def test_read_by_what_the_titled_provision_does(text, kind):
    assert kind in kind_set(text)


@pytest.mark.parametrize("text, kind", [
    # proceedings that end are no withdrawal from the treaty
    ("If the work of the panel has been suspended for more than 12 months, the authority of the panel shall "
     "lapse and the proceedings shall terminate.", "withdrawal"),
    # an amendment's own entry into force is not the treaty's
    ("Such amendment shall enter into force sixty days after the date on which the Parties exchange notes.",
     "entry-into-force"),
    # restrictions a Party must not impose are a duty, not an exception
    ("A Party shall not impose restrictions on capital transactions inconsistently with its commitments.",
     "exception-general"),
    # a measure a Party may adopt (an exception) is no relation to other agreements
    ("Nothing in this Agreement shall prevent a Party from adopting measures to protect public morals.",
     "relation-to-other-agreements"),
    # a chapter's relation to another chapter is no relation to other agreements
    ("In the event of inconsistency between this Chapter and another Chapter, the other Chapter shall prevail.",
     "relation-to-other-agreements"),
    # an opportunity to consult is procedure, not a result owed
    ("Each Party shall accord adequate opportunity for consultations regarding any representations made by the "
     "other Party.", "obligation-of-result"),
    # a party that abstains in a vote prohibits nothing; notice given to the depositary is no transparency
    ("A Member State which abstains from voting shall not be bound by the decision.", "prohibition"),
    ("Each Party may withdraw by giving prior written notice to the depositary.", "transparency"),
])
def test_not_read_into_neighbouring_provisions(text, kind):
    assert kind not in kind_set(text)


def test_the_community_is_a_party_and_the_international_community_is_not():
    from workbench.checker.reading import bearer
    # association agreements name the European Community as a Party; the world at large is no Party
    assert bearer("The Community shall abolish all quantitative restrictions on imports.", "en") == "party"
    assert bearer("The international community should support developing countries.", "en") != "party"


@pytest.mark.parametrize("en, zh", [
    # the same general exception in both languages: an exception, and no prohibition in either
    ("This Agreement shall not preclude prohibitions or restrictions on imports justified on grounds of public "
     "morality or the protection of human health.",
     "本协定不妨碍基于公共道德或保护人类健康而对进口实施的禁止或限制。"),
    # national treatment granted "in accordance with Article III of the GATT" in both languages
    ("Each Party shall accord national treatment to the goods of the other Party in accordance with Article III "
     "of the GATT 1994.",
     "各缔约方应依照1994年关税与贸易总协定第三条，给予另一缔约方的货物国民待遇。"),
])
def test_the_same_provision_in_chinese_gives_the_same_kinds(en, zh):
    assert kind_set(en) == kind_set(zh)


@pytest.mark.parametrize("text", [
    "Singapore shall eliminate its customs duties on goods originating in the GCC Member States.",
    "Upon the entry into force of this Agreement, Colombia shall grant national treatment to services of the EU Party.",
    "Côte d'Ivoire shall eliminate its customs duties on originating goods.",
])
def test_a_party_named_by_its_name_bears_the_duty(text):
    from workbench.checker.reading import bearer
    # bilateral agreements name their Parties ("Singapore shall eliminate …", found among the GCC family's
    # articles where nothing was found); a State's name is case-sensitive, so "china" in a word is no State
    assert bearer(text, "en") == "party"
    assert "obligation-of-result" in kind_set(text)


def test_a_body_named_before_a_state_is_the_body():
    from workbench.checker.reading import bearer
    assert bearer("The Joint Committee of Singapore and Chile shall meet once a year.", "en") == "body"
