"""A heading's label and title on one line, in both languages (core.labels.labelled)."""
from __future__ import annotations

import pytest

from workbench.core.labels import labelled


@pytest.mark.parametrize("label, title, lang, line", [
    ("Article 3", "Scope", "en", "Article 3 – Scope"),
    ("Chapter II", "General obligations", "en", "Chapter II – General obligations"),
    ("第三条", "适用范围", "zh", "第三条 适用范围"),
    # a label that ends in its own mark takes no dash (EC–Lebanon 1977's "A) Industrial Products")
    ("A)", "Industrial Products", "en", "A) Industrial Products"),
    ("I.", "Trade", "en", "I. Trade"),
    ("一、", "总则", "zh", "一、总则"),
    ("（一）", "货物贸易", "zh", "（一）货物贸易"),
    ("Part I", "", "en", "Part I"),
    ("", "Final Provisions", "en", "Final Provisions"),
    ("", "", "en", ""),
])
def test_label_and_title_on_one_line(label, title, lang, line):
    assert labelled(label, title, lang) == line
