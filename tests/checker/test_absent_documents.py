"""A document the instrument says is part of it, named without a number ("the Schedules "A" and "B" attached
to this Agreement", "the Protocol to this Agreement", "An integral part of this Agreement shall be a Protocol
on exceptions"), is a broken reference (F5) and an unmet dependency (F6) while the draft holds no annex; a
draft that holds its annexes, or a protocol to another treaty, is not.

Each sentence is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.checker.examples import article, check_texts, run
from workbench.core.model import Draft, Node, NodeKind

SENTENCES = [
    'The Parties shall facilitate trade in the goods listed in the Schedules "A" and "B" attached to this Agreement.',
    "The procedure for such imports is detailed in the Protocol to this Agreement.",
    "An integral part of this Agreement shall be a Protocol on exceptions to the free trade regime.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("criterion", ["F5", "F6"])
def test_document_named_but_not_held(sentence, criterion):
    outcome = check_texts(criterion, "The Parties shall eliminate customs duties on originating goods.", sentence)
    assert outcome.verdict == "partial", outcome.summary
    assert any(e.problem and e.number == 2 for e in outcome.evidence)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_document_held_as_an_annex(sentence):
    draft = Draft(title="Trade Agreement", children=[
        article("Article 1", "The Parties shall eliminate customs duties on originating goods."),
        article("Article 2", sentence),
        Node(kind=NodeKind.ANNEX, title="Protocol", children=[Node(kind=NodeKind.PARAGRAPH, text="List of goods.")])])
    assert run(draft, "F5").verdict == "met"


def test_protocol_to_another_treaty_is_no_part_of_this_one():
    outcome = check_texts("F5", "The Parties reaffirm the Protocol to the Convention on Biological Diversity.")
    assert outcome.verdict == "met", outcome.summary
