"""Word files typed as ministries send them import whole: divisions, annexes, closing, labels, references."""
from __future__ import annotations

import pytest

from workbench.core import operations
from workbench.core.numbering import Numbering
from workbench.core.references import Resolver
from workbench.core.render import Renderer
from workbench.export.importing import import_file

from .typed import Typed


def wto_style(path) -> None:
    """An agreement typed in the WTO way: lettered sections with their title on the next line,
    paragraphs "1.1", references "Article 2.1" and "paragraph 2 of Article 4", an annex with
    sub-headings and lettered lists, and a closing formula."""
    t = Typed()
    t.heading("AGREEMENT ON THE FACILITATION OF COOPERATION")
    t.line("Members,")
    t.line("Recognizing the importance of cooperation;")
    t.line("Hereby agree as follows:")
    t.heading("SECTION A")
    t.heading("SCOPE AND GENERAL PRINCIPLES")
    t.heading("Article 1", center=False)
    t.heading("Objective", center=False)
    t.item("1.1", "This Agreement aims to improve cooperation.")
    t.item("1.2", "Each Member shall act in accordance with Article 2.1 and paragraph 2 of Article 4.")
    t.heading("Article 2", center=False)
    t.heading("Scope", center=False)
    t.item("2.1", "This Agreement applies to measures of Members.")
    t.item("2.2", "It does not apply to:")
    t.item("(a)", "government procurement;")
    t.item("(b)", "subsidies.")
    t.heading("SECTION B")
    t.heading("TRANSPARENCY")
    t.heading("Article 3", center=False)
    t.heading("Publication", center=False)
    t.line("Each Member shall publish its measures, consistent with Article 10 of the Agreement on Trade "
           "Facilitation and Article XXI of the GATT 1994.")
    t.heading("SECTION C")
    t.heading("INSTITUTIONAL ARRANGEMENTS")
    t.heading("Article 4", center=False)
    t.heading("Committee", center=False)
    t.item("4.1", "A Committee is hereby established.")
    t.item("4.2", "The Committee shall meet as provided in Articles 1 and 2.")
    t.heading("SECTION D")
    t.heading("FINAL PROVISIONS")
    t.heading("Article 5", center=False)
    t.heading("Entry into force", center=False)
    t.line("This Agreement shall enter into force in accordance with Article 4.2.")
    t.line("Done at Geneva, this first day of June two thousand and twenty-four, in a single copy in the "
           "English, French and Spanish languages, each text being authentic.")
    t.line("For the Members:")
    t.heading("ANNEX")
    t.heading("MODEL PROCEDURES")
    t.heading("Definitions", center=False)
    t.item("1.", "For the purposes of this Annex:")
    t.item("(a)", "“authority” means a competent body;")
    t.item("(b)", "“request” means a written request.")
    t.heading("Procedures", center=False)
    t.item("2.", "A request shall be answered within 30 days.")
    t.item("3.", "An answer shall state:")
    t.item("(a)", "the reasons;")
    t.item("(b)", "the remedies available.")
    t.save(path)


@pytest.fixture(scope="module")
def wto(tmp_path_factory):
    path = tmp_path_factory.mktemp("typed") / "wto.docx"
    wto_style(path)
    return import_file(path)


def test_lettered_sections_are_divisions_with_their_titles(wto):
    draft = wto.draft
    numbering = Numbering.of(draft)
    divisions = draft.chapters()
    assert [numbering.label(d) for d in divisions] == ["SECTION A", "SECTION B", "SECTION C", "SECTION D"]
    assert [d.title for d in divisions] == ["SCOPE AND GENERAL PRINCIPLES", "TRANSPARENCY",
                                            "INSTITUTIONAL ARRANGEMENTS", "FINAL PROVISIONS"]
    assert [[a.title for a in d.children] for d in divisions] == [
        ["Objective", "Scope"], ["Publication"], ["Committee"], ["Entry into force"]]
    # the Chinese label of an English-only division is the workbench's for a section
    assert numbering.label(divisions[2], "zh") == "第三节"


def test_no_heading_closing_or_annex_text_inside_an_article_or_the_preamble(wto):
    draft = wto.draft
    assert [r.text for r in draft.preamble().children] == [
        "Members,", "Recognizing the importance of cooperation;", "Hereby agree as follows:"]
    inside = " ".join(n.text for a in draft.articles() for n in a.walk())
    for stray in ("SECTION", "Done at", "ANNEX", "MODEL PROCEDURES", "authority"):
        assert stray not in inside
    closing = draft.closing()
    assert [p.text for p in closing.children][0].startswith("Done at Geneva")
    assert closing.children[-1].text == "For the Members:"
    assert draft.children[-1] is draft.annexes()[0] and draft.children[-2] is closing


def test_paragraphs_numbered_28_1_keep_their_labels_and_follow_their_article(wto):
    draft = wto.draft
    numbering = Numbering.of(draft)
    first = draft.articles()[0]
    assert [numbering.label(p) for p in first.children] == ["1.1", "1.2"]
    second = draft.articles()[1]
    assert [numbering.label(p) for p in second.children] == ["2.1", "2.2"]
    assert [numbering.label(s) for s in second.children[1].children] == ["(a)", "(b)"]
    operations.move_article(draft.copy(), first, 2)         # a copy: the module's draft stays as read
    moved = draft.copy()
    operations.move_article(moved, moved.articles()[0], 2).apply(moved)
    numbering = Numbering.of(moved)
    assert [numbering.label(p) for p in moved.articles()[1].children] == ["2.1", "2.2"]
    assert [numbering.label(p) for p in moved.articles()[0].children] == ["1.1", "1.2"]


def test_internal_references_become_links_and_other_treaties_stay_text(wto):
    draft = wto.draft
    resolver = Resolver(draft)
    text = draft.articles()[0].children[1].text
    assert "{{ref:" in text
    assert resolver.render(text) == "Each Member shall act in accordance with Article 2.1 and paragraph 2 of Article 4."
    publication = draft.articles()[2].children[0].text
    assert "{{ref:" not in publication          # Article 10 of the TFA, Article XXI of the GATT
    moved = draft.copy()
    operations.move_article(moved, moved.articles()[3], 1).apply(moved)   # Article 4 becomes Article 1
    renderer = Renderer(moved)
    assert renderer.resolver.render(moved.articles()[1].children[1].text) == (
        "Each Member shall act in accordance with Article 3.1 and paragraph 2 of Article 1.")
    assert renderer.resolver.render(moved.articles()[0].children[1].text) == (
        "The Committee shall meet as provided in Articles 2 and 3.")
    assert renderer.resolver.render(moved.articles()[4].children[0].text).endswith("with Article 1.2.")


def test_the_annex_keeps_its_headings_paragraphs_and_lists(wto):
    annex = wto.draft.annexes()[0]
    numbering = Numbering.of(wto.draft)
    assert numbering.label(annex) == "ANNEX" and annex.title == "MODEL PROCEDURES"
    assert [d.title for d in annex.children] == ["Definitions", "Procedures"]
    definitions, procedures = annex.children
    assert [numbering.label(p) for p in procedures.children] == ["2.", "3."]
    assert [s.text for s in procedures.children[1].children] == ["the reasons;", "the remedies available."]
    assert [numbering.label(s) for s in definitions.children[0].children] == ["(a)", "(b)"]
    assert len(wto.draft.articles()) == 5


def test_the_report_says_everything_was_mapped_only_when_it_was(wto, tmp_path):
    assert wto.unmapped == [] and "Everything in the file was mapped." in wto.report()
    t = Typed()
    t.heading("AGREEMENT")
    t.line("The Parties,")
    t.heading("Article 1", center=False)
    t.line("Text of the article.")
    t.heading("General remarks", center=False)        # looks like a heading, is none
    t.line("More text.")
    path = tmp_path / "odd.docx"
    t.save(path)
    result = import_file(path)
    assert [(e.kind, str(e.where)) for e in result.entries] == [("as-text", "paragraph 5")]
    assert "General remarks" in result.unmapped[0] and "Everything" not in result.report()


def test_bad_input_gets_a_clear_message_and_no_draft(tmp_path):
    from workbench.export.importing import ImportFailure
    import docx

    empty = tmp_path / "empty.docx"
    docx.Document().save(str(empty))
    with pytest.raises(ImportFailure, match="empty.docx: the file holds no text to import"):
        import_file(empty)
    text = tmp_path / "notes.docx"
    text.write_text("Article 1\nThe Parties shall cooperate.", encoding="utf-8")
    with pytest.raises(ImportFailure, match="not a Word"):
        import_file(text)


def test_footnotes_stay_where_their_marks_stood_and_survive_export(tmp_path):
    from workbench.export.akn_reader import read_akn
    from workbench.export.akn_writer import akn_bytes
    from workbench.export.common import ExportOptions
    from workbench.export.docx_writer import export_docx

    from .test_import_roundtrip import exact

    t = Typed()
    t.heading("AGREEMENT")
    t.line("The Parties^,", note="Including the customs territories.")
    t.heading("Article 1", center=False)
    t.line("1.\tEach Party^ shall act in accordance with Article 2.", note="Other than the Party concerned.")
    t.heading("Article 2", center=False)
    t.line("Nothing shall prevent action.")
    t.line("IN WITNESS WHEREOF, the undersigned have signed this Agreement.^",
           note="Thailand may sign this Agreement at a later date.")
    path = tmp_path / "notes.docx"
    t.save(path)
    draft = import_file(path).draft
    para = draft.articles()[0].children[0]
    assert para.text.startswith("Each Party shall act in accordance with {{ref:")
    assert para.attrs["notes"] == [{"text": "Other than the Party concerned.", "field": "text", "at": 10}]
    assert draft.preamble().children[0].attrs["notes"][0]["at"] == len("The Parties")
    closing = draft.closing().children[0]
    assert closing.attrs["notes"][0]["text"] == "Thailand may sign this Agreement at a later date."
    again = tmp_path / "again.docx"
    export_docx(draft, again, ExportOptions())
    assert exact(import_file(again).draft) == exact(draft)
    assert exact(read_akn(akn_bytes(draft, ExportOptions())).draft) == exact(draft)
