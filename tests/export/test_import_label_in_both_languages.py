"""An English extract keeps its printed numbers ("Chapter II", "Article 2" first): the Chinese column shows
the same numbers ("第二章", "第二条"), not the positions ("第一章" for every chapter, "第一条"), so that the
outline's two columns and a bilingual export name one article alike. A bare "V." among "1.1." items is no
article number to carry over.

Each text is a short example written for the test, not treaty text.
"""
from __future__ import annotations

from workbench.core.numbering import Numbering
from workbench.export.importing import import_file

from .typed import Typed


def _labels(tmp_path, *lines):
    t = Typed()
    for kind, text in lines:
        (t.heading if kind == "h" else t.line)(text)
    path = tmp_path / "extract.docx"
    t.document.save(path)
    draft = import_file(path).draft
    numbering = Numbering.of(draft)
    return [(numbering.label(n, "en"), numbering.label(n, "zh")) for n in draft.walk()
            if n.kind.value in ("chapter", "article")]


def test_an_extract_shows_its_printed_numbers_in_both_languages(tmp_path):
    labels = _labels(tmp_path, ("h", "Treaty of the Community"),
                     ("h", "CHAPTER II"), ("h", "Article 2"), ("p", "The Community is hereby established."),
                     ("h", "Article 3"), ("p", "The Member States shall cooperate."),
                     ("h", "CHAPTER III"), ("h", "Article 6"), ("p", "The institutions shall be the Authority."))
    assert labels == [("CHAPTER II", "第二章"), ("Article 2", "第二条"), ("Article 3", "第三条"),
                      ("CHAPTER III", "第三章"), ("Article 6", "第六条")]


def test_a_text_numbered_from_one_keeps_the_workbench_numbering(tmp_path):
    labels = _labels(tmp_path, ("h", "Agreement"), ("h", "Article 1"), ("p", "The Parties shall cooperate."),
                     ("h", "Article 2"), ("p", "This Agreement shall enter into force on signature."))
    assert labels == [("Article 1", "第一条"), ("Article 2", "第二条")]
