"""A treaty that ends in signature blocks with no testimonium before them ("For the Government of Ukraine",
"On behalf of the Republic of Belarus:", "中华人民共和国政府代表"): the blocks are the closing, not the last
paragraphs of the last article. A line that opens the same way inside an article ("For the purposes of …",
"For the acceding State this Agreement shall …") stays where it is.

Each text is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.core.closing_forms import is_closing
from workbench.export.importing import import_file

from .typed import Typed


@pytest.mark.parametrize("text", [
    "For the Government of Ukraine",
    "On behalf of the Republic of Belarus:",
    "For the Council of the European Communities,",
    "For the Swiss Confederation:",
    "中华人民共和国政府代表",
    "代表乌克兰政府：",
])
def test_a_signature_block_opens_the_closing(text):
    assert is_closing(text)


@pytest.mark.parametrize("text", [
    "For the purposes of this Agreement:",
    "For the acceding State this Agreement shall enter into force on the thirtieth day.",
    "For the People's Republic of China, the competent authority is the Ministry of Commerce.",
    "For greater certainty, nothing in this Article applies to services.",
    "代表缔约方的机构应当合作。",
])
def test_an_article_sentence_is_not_a_signature_block(text):
    assert not is_closing(text)


def test_signature_blocks_without_a_testimonium_are_the_closing(tmp_path):
    t = Typed()
    t.heading("Agreement on Trade")
    t.heading("Article 1")
    t.line("For the purposes of this Agreement: goods means products of the Parties.")
    t.heading("Article 2")
    t.line("This Agreement shall enter into force on the date of the last notification.")
    t.line("For the Government of Ukraine")
    t.line("For the Government of the Republic of Belarus")
    path = tmp_path / "blocks.docx"
    t.document.save(path)
    draft = import_file(path).draft
    inside = " ".join(n.text for a in draft.articles() for n in a.walk())
    assert "For the Government" not in inside
    assert "For the purposes of this Agreement" in inside
    assert [n.text for n in draft.closing().children] == ["For the Government of Ukraine",
                                                         "For the Government of the Republic of Belarus"]
