"""A bold lettered heading standing alone between articles ("A) Industrial Products", EC–Lebanon 1977) is a
division of the text, not item (A) of the article before it (issue 14, seventeenth round).

Each text is a short example written for the test, not treaty text.
"""
from __future__ import annotations

from workbench.core.render import Renderer
from workbench.export.importing import import_file

from .typed import Typed


def _saved(t: Typed, path):
    t.document.save(path)
    return path


def _imported(t: Typed, path):
    return import_file(_saved(t, path)).draft


def _texts(node) -> list[str]:
    return [n.text for n in node.walk() if n.text]


def _three_articles_under_lettered_headings(t: Typed) -> None:
    """Articles 8 to 10, the last two under bold "A) Industrial Products" and "B) Agricultural Products"."""
    t.heading("Article 8")
    t.line("The object of this Agreement is to promote trade between the Parties.")
    t.line("A) Industrial Products", bold=True)
    t.heading("Article 9")
    t.line("Customs duties on imports of industrial products shall be abolished.")
    t.line("B) Agricultural Products", bold=True)
    t.heading("Article 10")
    t.line("Customs duties on imports of citrus fruit shall be reduced by 40 %.")


def test_a_bold_lettered_heading_before_an_article_is_a_division(tmp_path):
    t = Typed()
    t.heading("Agreement")
    t.heading("Title I – Trade")
    _three_articles_under_lettered_headings(t)
    draft = _imported(t, tmp_path / "lettered.docx")
    titles = [c.title for c in draft.walk() if c.kind.value == "chapter"]
    assert "Industrial Products" in titles and "Agricultural Products" in titles, titles
    assert len(draft.articles()) == 3
    assert not any("Industrial Products" in text for text in _texts(draft.articles()[0]))
    # printed as the text prints it, with no dash after the label's own bracket
    assert "A) Industrial Products" in Renderer(draft).plain_text()


def test_a_lettered_item_stays_an_item(tmp_path):
    # not bold, or bold but followed by the article's own text: items of a list
    t = Typed()
    t.heading("Agreement")
    t.heading("Article 1")
    t.line("The following products are covered:")
    t.line("A) Industrial Products")
    t.heading("Article 2")
    t.line("The Parties shall consult:")
    t.line("A) Industrial Products", bold=True)
    t.line("on any difficulty arising in their trade.")
    t.heading("Article 3")
    t.line("This Agreement shall enter into force on 1 July 1977.")
    draft = _imported(t, tmp_path / "items.docx")
    assert not [c for c in draft.walk() if c.kind.value == "chapter"]
    assert len(draft.articles()) == 3
    assert any("Industrial Products" in text for text in _texts(draft.articles()[0]))
    assert any("Industrial Products" in text for text in _texts(draft.articles()[1]))


def test_a_lettered_heading_in_a_typed_contents_is_left_out_with_it(tmp_path):
    # "A) Industrial Products ...... 5" stopped the contents at its label (EC–Lebanon typed with a contents)
    t = Typed()
    t.heading("Agreement")
    t.line("TABLE OF CONTENTS")
    for line, page in (("Article 8", 2), ("A) Industrial Products", 3), ("Article 9", 3), ("B) Agricultural Products", 3),
                       ("Article 10", 4)):
        t.line(f"{line} ....................\t{page}")
    _three_articles_under_lettered_headings(t)
    result = import_file(_saved(t, tmp_path / "contents.docx"))
    assert result.draft.preamble() is None or not _texts(result.draft.preamble())
    assert len(result.draft.articles()) == 3
    assert any("table of contents" in str(e) for e in result.entries)


def test_section_i_after_section_h_is_the_ninth_letter(tmp_path):
    # the Andean Cartagena Agreement's Sections A to J: "Section I" read as Roman one made "Section J" print as "I"
    t = Typed()
    t.heading("Agreement")
    for n, letter in enumerate("ABCDEFGHIJ", start=1):
        t.heading(f"Section {letter} – Body {n}")
        t.heading(f"Article {n}")
        t.line("The body shall meet once a year.")
    result = import_file(_saved(t, tmp_path / "sections.docx"))
    headings = [result.heading(node, "en") for node in result.draft.chapters()]
    assert headings[8:] == ["Section I – Body 9", "Section J – Body 10"], headings


def test_a_roman_part_i_stays_roman(tmp_path):
    t = Typed()
    t.heading("Agreement")
    for n, numeral in enumerate(("I", "II"), start=1):
        t.heading(f"Part {numeral} – Part {n}")
        t.heading(f"Article {n}")
        t.line("The Parties shall cooperate.")
    result = import_file(_saved(t, tmp_path / "parts.docx"))
    assert [result.heading(node, "en") for node in result.draft.chapters()] == ["Part I – Part 1", "Part II – Part 2"]
