"""A soft-law code's recommendations read by what they do, whoever they address.

Each sentence below was written for the test (no instrument's text): a recommendation in "should"
to Member States, AI actors, governments, developers, all actors or States, for each kind of element
a code of conduct or a recommendation on AI carries. The reading must find the kind whatever the
addressee; in Chinese the same mechanisms; and trade-treaty sentences that only look alike stay
unread.
"""
from __future__ import annotations

import pytest

from checker_helpers import kind_set

BEARERS = ["Member States", "AI actors", "Governments", "Developers of AI systems", "All actors", "States"]

SENTENCES = [
    ("human-oversight", "{B} should ensure that AI systems remain subject to meaningful human control and that final "
                        "decisions affecting individuals are taken by humans."),
    ("human-oversight", "{B} should ensure that humans can always override the decisions of AI systems."),
    ("transparency", "{B} should make information about how AI systems reach their decisions available and "
                     "understandable to the people affected."),
    ("transparency", "{B} should ensure that the outcomes of AI systems can be explained to those affected by them."),
    ("data-protection", "{B} should protect personal data and privacy throughout the life cycle of AI systems."),
    ("stakeholders", "{B} should involve civil society, academia, the private sector and other stakeholders in the "
                     "governance of AI."),
    ("risk-process", "{B} should carry out impact assessments to identify and mitigate the risks of AI systems "
                     "before they are deployed."),
    ("prohibition", "{B} should not use AI systems for mass surveillance or social scoring."),
    ("remedy-for-persons", "{B} should provide effective mechanisms through which persons harmed by AI systems can "
                           "seek redress."),
    ("capacity-building", "{B} should support capacity-building and AI literacy, in particular in developing countries."),
    ("development-assistance", "{B} should help developing countries gain access to AI technologies and close the "
                               "digital divide."),
    ("public-good", "{B} should promote open-source AI and the use of AI for the public good."),
    ("standards-link", "{B} should contribute to the development of international technical standards for AI."),
    ("UN-role", "{B} should support the central role of the United Nations in the global governance of AI."),
    ("reporting", "{B} should report regularly on the measures they have taken to give effect to these principles."),
    ("technology-transfer", "{B} should facilitate the transfer of AI technology on mutually agreed terms."),
]


@pytest.mark.parametrize("kind,sentence", SENTENCES)
@pytest.mark.parametrize("bearer", BEARERS)
def test_a_recommendation_is_read_whoever_it_addresses(kind, sentence, bearer):
    assert kind in kind_set(sentence.format(B=bearer))


@pytest.mark.parametrize("kind,sentence", [
    ("transparency", "各国应确保以可理解的方式向受影响者说明人工智能系统如何作出决定。"),
    ("transparency", "人工智能系统作出的决定应当可以被解释。"),
    ("human-oversight", "各国应确保人类始终能够否决人工智能系统的决定。"),
    ("technology-transfer", "各国应促进人工智能技术转让。"),
])
def test_the_same_mechanisms_in_chinese(kind, sentence):
    assert kind in kind_set(sentence)


@pytest.mark.parametrize("kind,sentence", [
    ("transparency", "The Party shall explain the reasons for its decision to the other Party."),
    ("transparency", "Customs decisions shall be explained in writing."),
    ("human-oversight", "Electronic processing without human intervention shall be encouraged."),
    ("human-oversight", "The importer may stop the procedure at any time."),
])
def test_sentences_that_only_look_alike_are_not_read(kind, sentence):
    assert kind not in kind_set(sentence)
