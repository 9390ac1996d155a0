"""Articles numbered in words, as some treaties print them: "Article One" alone on a line (no
title), "ARTICLE ONE" over its title, "ARTICLE TWENTY-ONE", "Article First". Typed fixtures (the
real instruments are measured by ``python -m benchmarks.evaluate``)."""
from __future__ import annotations

import re

import pytest

from workbench.checker.context import article_number
from workbench.core.labels import number_word_value, number_words, parse_label, render
from workbench.core.numbering import Numbering
from workbench.core.ref_finder import find_references
from workbench.core.references import TOKEN_RE, Resolver
from workbench.export.importing import import_file

from .typed import Typed


def _rendered(draft, text: str) -> str:
    resolver = Resolver(draft)
    return TOKEN_RE.sub(lambda m: resolver.render_target(m.group(1), "en", bool(m.group(2))), text)


def league_agreement(path):
    """Title-case "Article One" alone on its line, no titles, references in words, a closing."""
    t = Typed()
    t.heading("Agreement for Economic Cooperation among the States of the League")
    t.line("The Governments of the States of the League,")
    t.line("Have agreed as follows:")
    t.heading("Article One")
    t.line("Complete economic unity shall be established among the Contracting States.")
    t.item("(a)", "freedom of movement of persons and capital;")
    t.item("(b)", "freedom of exchange of goods.")
    t.heading("Article Two")
    t.line("A Council shall be established, to be called the Council of Economic Unity.")
    t.heading("Article Three")
    t.line("The Council shall take its decisions by a two-thirds majority, subject to Article Two and to "
           "Article Four. Article One of the Charter of the League is not affected.")
    t.heading("Article Four")
    t.item("1.", "This Agreement shall be ratified.")
    t.item("2.", "It shall enter into force one month after the deposit of the third instrument.")
    t.line("Done at Cairo on 3 June 1957, in one copy in the Arabic language.")
    t.save(path)


def test_article_one_alone_on_its_line_is_an_article(tmp_path):
    league_agreement(tmp_path / "league.docx")
    result = import_file(tmp_path / "league.docx")
    draft = result.draft
    articles = draft.articles()
    numbering = Numbering.of(draft)
    assert [numbering.label(a) for a in articles] == ["Article One", "Article Two", "Article Three", "Article Four"]
    assert [a.title for a in articles] == ["", "", "", ""]
    assert [article_number(a, numbering) for a in articles] == [1, 2, 3, 4]
    first = articles[0]
    assert first.children[0].text.startswith("Complete economic unity")
    assert [s.text for s in first.children[0].children] == ["freedom of movement of persons and capital;",
                                                           "freedom of exchange of goods."]
    assert [p.text for p in articles[3].children][0] == "This Agreement shall be ratified."
    assert draft.meta.get("closing") or any(n.kind.value == "closing" for n in draft.children)
    assert not any("Done at Cairo" in (n.text or "") for a in articles for n in a.walk())


def test_references_in_words_are_linked_and_read_as_printed(tmp_path):
    league_agreement(tmp_path / "league.docx")
    draft = import_file(tmp_path / "league.docx").draft
    articles = draft.articles()
    text = articles[2].children[0].text
    assert [m.group(1) for m in TOKEN_RE.finditer(text)] == [articles[1].id, articles[3].id]
    assert "Article One of the Charter" in text              # another instrument's article stays text
    assert _rendered(draft, text) == ("The Council shall take its decisions by a two-thirds majority, subject to "
                                      "Article Two and to Article Four. Article One of the Charter of the League "
                                      "is not affected.")


def test_capital_words_over_titles_within_chapters(tmp_path):
    """"ARTICLE ONE" over its title, one article with no title, numbers up to TWENTY-TWO."""
    t = Typed()
    t.heading("The Economic Agreement between the States")
    t.line("The Member States,")
    t.line("Have hereby agreed as follows:")
    t.heading("Chapter I – Trade")
    for n in range(1, 23):
        t.heading(f"ARTICLE {number_words(n).upper()}")
        if n != 3:
            t.heading(f"Title of article {n}")
        t.line(f"Member States shall do thing number {n}.")
        if n == 11:
            t.heading("Chapter II – Final Provisions")
    t.save(tmp_path / "gcc.docx")
    result = import_file(tmp_path / "gcc.docx")
    draft = result.draft
    numbering = Numbering.of(draft)
    articles = draft.articles()
    assert len(articles) == 22
    assert numbering.label(articles[20]) == "ARTICLE TWENTY-ONE"
    assert articles[20].attrs.get("label") == "ARTICLE {ONE}"     # numbered from its place, in words
    assert articles[2].title == "" and articles[2].children[0].text == "Member States shall do thing number 3."
    assert articles[3].title == "Title of article 4"
    assert [c.title for c in draft.children if c.kind.value == "chapter"] == ["Trade", "Final Provisions"]
    assert [article_number(a, numbering) for a in articles] == list(range(1, 23))


def test_ordinals_and_a_sentence_citing_an_article(tmp_path):
    t = Typed()
    t.heading("Convention")
    t.heading("Article First")
    t.line("Article Second shall apply to the goods listed below.")
    t.heading("Article Second")
    t.line("The goods shall be free of duties.")
    t.save(tmp_path / "ordinal.docx")
    draft = import_file(tmp_path / "ordinal.docx").draft
    numbering = Numbering.of(draft)
    articles = draft.articles()
    assert [numbering.label(a) for a in articles] == ["Article First", "Article Second"]
    assert _rendered(draft, articles[0].children[0].text) == "Article Second shall apply to the goods listed below."
    assert TOKEN_RE.search(articles[0].children[0].text)


def test_number_words_read_and_written():
    assert number_word_value("Twenty-One") == (21, False)
    assert number_word_value("ninety nine") == (99, False)
    assert number_word_value("Thirtieth") == (30, True)
    assert number_word_value("twenty-first") == (21, True)
    assert number_word_value("Oneself") is None and number_word_value("hundred") is None
    assert parse_label("ARTICLE THIRTY-THREE") == ("ARTICLE {ONE}", 33)
    assert parse_label("Article Twenty-Second") == ("Article {First}", 22)
    assert parse_label("Article Twenty-one") == ("Article Twenty-one", 21)    # spelt otherwise: kept as printed
    assert render("ARTICLE {ONE}", 40) == "ARTICLE FORTY"
    assert render("Article {first}", 12) == "Article twelfth"
    spans = find_references("under Article Twenty-Seven, not Article One of the GATT 1994")
    assert [(s.number, s.number_only) for s in spans] == [("27", False)]


def test_an_article_kept_as_printed_in_words_is_cited_by_its_number(tmp_path):
    t = Typed()
    t.heading("Agreement")
    t.heading("Article Twenty-one")
    t.line("The Parties shall consult.")
    t.save(tmp_path / "kept.docx")
    draft = import_file(tmp_path / "kept.docx").draft
    article = draft.articles()[0]
    assert re.fullmatch(r"Article Twenty-one", article.attrs.get("label", ""))
    assert article_number(article, Numbering.of(draft)) == 21


def test_numbers_in_words_past_a_hundred():
    assert number_word_value("One Hundred") == (100, False)
    assert number_word_value("one hundred and five") == (105, False)
    assert number_word_value("ONE HUNDRED TWENTY-ONE") == (121, False)
    assert number_word_value("one hundred and first") == (101, True)
    assert number_word_value("two hundredth") == (200, True)
    assert number_word_value("hundred and one") is None
    assert number_words(105) == "one hundred and five" and number_words(120, True) == "one hundred and twentieth"
    assert render("ARTICLE {ONE}", 105) == "ARTICLE ONE HUNDRED AND FIVE"
    assert parse_label("ARTICLE ONE HUNDRED AND TWO") == ("ARTICLE {ONE}", 102)


def test_a_treaty_of_more_than_a_hundred_articles_in_words(tmp_path):
    t = Typed()
    t.heading("Treaty")
    for n in range(1, 104):
        t.heading(f"ARTICLE {number_words(n).upper()}")
        t.line(f"The Parties shall do thing number {n}.")
    t.save(tmp_path / "long.docx")
    draft = import_file(tmp_path / "long.docx").draft
    numbering = Numbering.of(draft)
    articles = draft.articles()
    assert len(articles) == 103
    assert numbering.label(articles[100]) == "ARTICLE ONE HUNDRED AND ONE"
    assert [article_number(a, numbering) for a in articles] == list(range(1, 104))


@pytest.mark.parametrize("heading", ["Article ({n})", "Article ({w})", "Article No. {n}", "{o} Article",
                                     "Article the {o}", "ARTICLE - {r}", "Article – {r}", "Article - {n}"])
def test_article_headings_as_translations_print_them(tmp_path, heading):
    t = Typed()
    t.heading("Agreement")
    for n in range(1, 4):
        t.heading(heading.format(n=n, w=number_words(n).title(), o=number_words(n, True).title(), r="I" * n))
        t.line(f"The Parties shall do thing number {n}.")
    t.save(tmp_path / "translated.docx")
    draft = import_file(tmp_path / "translated.docx").draft
    numbering = Numbering.of(draft)
    articles = draft.articles()
    assert [a.children[0].text for a in articles] == [f"The Parties shall do thing number {n}." for n in (1, 2, 3)]
    assert [article_number(a, numbering) for a in articles] == [1, 2, 3]


def test_number_words_misspelt_as_translations_print_them():
    assert number_word_value("FOURTY") == (40, False) and number_word_value("Fourty-Two") == (42, False)
    assert number_word_value("Ninteen") == (19, False) and number_word_value("nineth") == (9, True)
    assert number_word_value("twenty nineth") == (29, True) and number_word_value("twelveth") == (12, True)


@pytest.mark.parametrize("division", ["CHAPTER {W}", "{O} CHAPTER", "Chapter the {o}", "CHAPTER ({n})", "Part No. {n}",
                                      "The {o} Part"])
def test_divisions_as_translations_print_them(tmp_path, division):
    t = Typed()
    t.heading("Agreement")
    t.line("The Contracting States have agreed as follows:")
    n = 0
    for d in (1, 2):
        t.heading(division.format(n=d, W=number_words(d).upper(), O=number_words(d, True).upper(),
                                  o=number_words(d, True).title()))
        t.heading("General Provisions" if d == 1 else "Final Provisions")
        for _ in (1, 2):
            n += 1
            t.heading("ARTICLE FOURTY" if n == 4 else f"ARTICLE {number_words(n).upper()}")
            t.line(f"The Contracting States shall do thing number {n}.")
    t.heading("ANNEX ONE")
    t.line("List of goods.")
    t.save(tmp_path / "divisions.docx")
    draft = import_file(tmp_path / "divisions.docx").draft
    assert [(c.title, len(c.children)) for c in draft.chapters()] == [("General Provisions", 2), ("Final Provisions", 2)]
    assert [a.children[0].text[-9:] for a in draft.articles()] == [f"number {n}." for n in (1, 2, 3, 4)]
    annexes = [x for x in draft.walk() if x.kind.value == "annex"]
    assert len(annexes) == 1 and annexes[0].title != "ONE"
