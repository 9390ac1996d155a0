"""A reference to a paragraph the article does not have ("paragraph 3 of Article 2" where Article 2 has two
numbered paragraphs) is a broken reference (F5), in a Word file as a ministry types it, in English and in
Chinese; a reference to a paragraph that exists, or to the article alone, is not.

Each text is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.checker import Checker
from workbench.export.importing import import_file

from .typed import Typed


def _f5(tmp_path, citing: str, zh: bool = False):
    t = Typed()
    t.heading("关于贸易的协定" if zh else "Agreement on Trade")
    t.heading("第一条" if zh else "Article 1")
    t.line(citing)
    t.heading("第二条" if zh else "Article 2")
    t.item("1." if not zh else "一、", "缔约方应当合作。" if zh else "The Parties shall cooperate.")
    t.item("2." if not zh else "二、", "委员会应当每年举行会议。" if zh else "The Committee shall meet every year.")
    path = tmp_path / "refs.docx"
    t.document.save(path)
    draft = import_file(path).draft
    return Checker().check(draft, suggestions=False, only=["F5"]).finding("F5")


@pytest.mark.parametrize("citing", [
    "Decisions shall bind the Parties, without prejudice to paragraph 3 of Article 2 of this Agreement.",
    "Decisions shall bind the Parties, without prejudice to Article 2(3).",
    "Decisions shall bind the Parties, without prejudice to Article 2, paragraph 3.",
])
def test_a_paragraph_the_article_does_not_have_is_a_broken_reference(tmp_path, citing):
    finding = _f5(tmp_path, citing)
    assert finding.verdict == "partial", finding.summary
    assert "paragraph 3 of Article 2" in finding.summary
    assert any("which has 2 paragraphs" in e.note for e in finding.evidence)


@pytest.mark.parametrize("citing", [
    "Decisions shall bind the Parties, without prejudice to paragraph 2 of Article 2 of this Agreement.",
    "Decisions shall bind the Parties, without prejudice to Article 2.",
])
def test_a_paragraph_that_exists_resolves(tmp_path, citing):
    assert _f5(tmp_path, citing).verdict == "met"


def test_the_chinese_paragraph_of_an_article(tmp_path):
    assert _f5(tmp_path, "决定对缔约方具有约束力，但不影响第二条第三款的规定。", zh=True).verdict == "partial"
    assert _f5(tmp_path, "决定对缔约方具有约束力，但不影响第二条第二款的规定。", zh=True).verdict == "met"
