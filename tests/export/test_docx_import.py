"""Importing Word drafts: one written elsewhere (unstyled headings, tracked changes) and our own."""
from __future__ import annotations

import pytest

from workbench.core.references import TOKEN_RE
from workbench.export import ooxml
from workbench.export.docx_reader import read_docx
from workbench.export.docx_writer import export_docx
from workbench.export.importing import import_file

from .conftest import options_for
from .test_akn import canonical

REV = ooxml.Revisions("Delegation of Ruritania", "2025-03-04T09:30:00Z")


def _add(document, xml: str) -> None:
    body = document.element.body
    body.insert(len(body) - 1, ooxml.fragment(xml))


def _bold(text: str) -> str:
    return ooxml.paragraph(ooxml.run(text, bold=True))


def counterpart_docx(path) -> None:
    """A draft as a counterpart's ministry writes it: no workbench styles, bold headings, revisions."""
    import docx

    document = docx.Document()
    document.add_paragraph("Draft Agreement on Artificial Intelligence Cooperation")
    document.add_paragraph("The Parties to this Agreement,")
    document.add_paragraph("Recognising the importance of international co-operation,")
    document.add_paragraph("Have agreed as follows:")
    _add(document, _bold("CHAPTER I – GENERAL PROVISIONS"))
    _add(document, _bold("Article 1"))
    _add(document, _bold("Purpose"))
    _add(document, ooxml.paragraph(
        ooxml.run("1. The Parties shall ") + REV.insert(ooxml.run("promptly ")) + ooxml.run("cooperate")
        + REV.delete(" as appropriate") + ooxml.run(" in accordance with Article 3.")))
    document.add_paragraph("2. Each Party shall designate a contact point:")
    document.add_paragraph("(a) for technical matters;")
    document.add_paragraph("(b) for legal matters.")
    _add(document, _bold("ARTICLE 2 – DEFINITIONS"))
    document.add_paragraph("For the purposes of this Agreement, “AI system” means a machine-based system.")
    _add(document, ooxml.paragraph(REV.delete("Article 2bis – Withdrawn text"), ))
    _add(document, _bold("CHAPTER II – CO-OPERATION"))
    document.add_paragraph("Art. 3 Exchange of information", style="Heading 2")
    _add(document, ooxml.paragraph(REV.insert(ooxml.run("The Parties shall exchange information."))))
    _add(document, ooxml.paragraph(REV.insert(ooxml.run("Article 4", bold=True))))
    document.add_paragraph("Each Party may request consultations.")
    _add(document, _bold("第五条 争端解决"))
    document.add_paragraph("缔约方应通过协商解决争端。")
    document.save(str(path))


def test_a_counterparts_draft_imports_with_every_article_in_place(tmp_path):
    path = tmp_path / "counterpart.docx"
    counterpart_docx(path)
    result = import_file(path)
    draft = result.draft
    assert draft.title == "Draft Agreement on Artificial Intelligence Cooperation"
    assert [r.text for r in draft.preamble().children] == [
        "The Parties to this Agreement,", "Recognising the importance of international co-operation,",
        "Have agreed as follows:"]
    assert [c.title for c in draft.chapters()] == ["GENERAL PROVISIONS", "CO-OPERATION"]
    articles = draft.articles()
    assert len(articles) == 5
    assert [a.title for a in articles[:4]] == ["Purpose", "DEFINITIONS", "Exchange of information", ""]
    assert articles[4].title_zh == "争端解决" and articles[4].children[0].text_zh == "缔约方应通过协商解决争端。"
    first = articles[0].children[0]
    assert first.numbered
    # tracked changes: the insertion is in, the deletion out (the current text)
    assert "shall promptly cooperate in accordance with" in first.text
    assert "as appropriate" not in first.text
    # "Article 3" became a reference to the third article, by id
    assert [m.group(1) for m in TOKEN_RE.finditer(first.text)] == [articles[2].id]
    para2 = articles[0].children[1]
    assert [s.text for s in para2.children] == ["for technical matters;", "for legal matters."]
    assert articles[2].children[0].text == "The Parties shall exchange information."
    assert articles[3].children[0].text == "Each Party may request consultations."
    assert not any("2bis" in (a.title + a.text) for a in draft.walk())
    assert any("tracked changes" in n for n in result.notes)


def test_python_docx_paragraph_text_would_have_lost_the_insertion(tmp_path):
    """Why the reader parses the XML itself."""
    import docx

    path = tmp_path / "counterpart.docx"
    counterpart_docx(path)
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "The Parties shall exchange information." not in texts
    assert any(a.children and a.children[0].text == "The Parties shall exchange information."
               for a in read_docx(path).draft.articles())


@pytest.mark.parametrize("language", ["en", "both"])
def test_our_own_export_imports_back(coe_draft, library_ws, tmp_path, language):
    path = tmp_path / f"coe-{language}.docx"
    export_docx(coe_draft, path, options_for(library_ws, coe_draft, language=language, footnotes=True,
                                             status="Draft — Rev.2", confidentiality="Restricted"))
    result = read_docx(path)
    expected = coe_draft.copy()
    for node in expected.walk():
        if language == "en":
            node.text_zh = ""
            node.title_zh = node.title_zh if node.kind.value == "preamble" else ""
    expected.meta = {}
    # Word keeps no provenance or strength: compare structure, titles, texts and references
    assert canonical(result.draft, provenance=False) == canonical(expected, provenance=False)
