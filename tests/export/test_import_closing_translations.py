"""The closing formula as translations print it (issue 14, sixth round): "Performed in <place> on …" (from
Russian), "This Agreement has been drafted in Arabic in <place> on …" (the instrument as the subject of its
own making, as 本协定于…签订); it is the closing part, not the last paragraph of the last article.

Each text is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from workbench.core.closing_forms import EN_CLOSING_RE
from workbench.export.importing import import_file

from .typed import Typed


def _imported(t: Typed, path):
    """The draft the importer reads from what ``t`` typed, saved at ``path``."""
    t.document.save(path)
    return import_file(path).draft


@pytest.mark.parametrize("text", [
    "PERFORMED in Minsk on 3 March 2001 in one copy in the Russian language.",
    "Executed at Lusaka, this fifth day of May 1990, in two originals.",
    "This Agreement has been drafted in Arabic in Cairo on the 10th of June 1975 in one original copy.",
    "The present Convention was signed in Rabat on 2 April 1984.",
    "IN TESTIMONY WHEREOF the undersigned plenipotentiaries have signed this Agreement.",
    "In faith of which the representatives have signed this Agreement.",
    "In confirmation whereof the Contracting States have signed the present Agreement.",
    "Written in Cairo on the third of June 1957 in one copy in the Arabic language.",
    "Issued in Beijing on 20 September 2024.",
    "This Agreement has been written in Cairo on the 3rd of June 1957 in one original.",
    "This Agreement was drawn up in Cairo on the sixth day of June, nineteen hundred and fifty-seven.",
    "This Agreement has been concluded in Rabat on the twenty-first of May in one original.",
    "In evidence whereof the delegates have signed this Agreement.",
    "As evidence thereof the plenipotentiaries have signed this Agreement.",
    "In confirmation of the foregoing, the plenipotentiaries have signed this Agreement.",
    "This Treaty is written in French on 2 May 1975 in one original.",
    # a Community text's closing in its other languages, the Danish first (EEC–Iceland 1972)
    "Udfærdiget i Bruxelles, den toogtyvende juli nitten hundrede og tooghalvfjerds.",
    "Geschehen zu Brüssel am zweiundzwanzigsten Juli neunzehnhundertzweiundsiebzig.",
    "Fait à Bruxelles, le vingt-deux juillet mil neuf cent soixante-douze.",
    # a slip as printed (India–Sri Lanka 1998)
    "In witness where of the undersigned, duly authorised thereto, have signed this Agreement.",
    # a consolidated text's note of its dates (the Equatorial Customs Union 1959)
    "Original text adopted on 23 June 1959",
])
def test_translated_closing_formulas_are_read(text):
    assert EN_CLOSING_RE.match(text)


@pytest.mark.parametrize("text", [
    "Performed in accordance with the rules of procedure, the review shall be completed within a year.",
    "This Agreement has been drafted in accordance with the principles of the Charter.",
    "Executed in good faith, the obligations shall bind each Party.",
    "Written notice of withdrawal shall be given to the depositary.",
    "Issued in accordance with Article 4, the certificate shall state the origin of the goods.",
    "Given the importance of trade, the Parties shall cooperate.",
    "In confirmation of the commitments made, the Parties shall report every year.",
    "This Agreement is applied in Member States on the basis of 3 protocols.",
    "Fait accompli is no ground for withdrawal.",
])
def test_an_article_sentence_is_not_a_closing_formula(text):
    assert not EN_CLOSING_RE.match(text)


def test_the_closing_of_a_translation_is_not_inside_the_last_article(tmp_path):
    t = Typed()
    t.heading("Agreement on Trade")
    t.heading("Article 1")
    t.item("1.", "The Parties shall reduce customs duties.")
    t.heading("Article 2")
    t.line("This Agreement shall enter into force on the date of its signature.")
    t.line("PERFORMED in Minsk on 3 March 2001 in one copy in the Russian language.")
    draft = _imported(t, tmp_path / "closing.docx")
    inside = " ".join(n.text for a in draft.articles() for n in a.walk())
    assert "PERFORMED" not in inside
    assert draft.closing().children[0].text.startswith("PERFORMED in Minsk")


def test_the_checker_and_the_importer_read_one_closing_formula():
    """A closing left in the last article is found by the checker with the importer's own reading, so the
    two agree; a paragraph that opens with 为此 ("to this end") is no testimonium."""
    from workbench.checker import Checker
    from workbench.core.model import Draft, Node, NodeKind

    checker = Checker()

    def last_article(*texts, zh=False):
        paras = [Node(kind=NodeKind.PARAGRAPH, **({"text_zh": t} if zh else {"text": t})) for t in texts]
        return Draft(title="T", children=[Node(kind=NodeKind.ARTICLE, title="Final", children=paras)])

    found = checker.context(last_article("This Agreement shall enter into force on signature.",
                                            "In testimony whereof the undersigned have signed this Agreement."))
    assert list(found.closing_start.values()) == [1]
    therefore = checker.context(last_article("缔约方应当合作。", "为此，缔约方应当定期交换信息。", zh=True))
    assert therefore.closing_start == {}


def test_annexures_labelled_with_quoted_letters_after_the_closing(tmp_path):
    # South Asian treaties print their annexes "Annexure - 'A' – Title" after the signatures
    t = Typed()
    t.heading("Free Trade Agreement")
    t.heading("ARTICLE - I")
    t.line("The Parties shall eliminate tariffs as set out in Annexure 'A'.")
    t.line("In witness where of the undersigned, duly authorised thereto, have signed this Agreement.")
    t.heading("Annexure - 'A' – Concession offered by the first Party")
    t.line("Zero duty access for the listed items.")
    t.heading("Annexure - 'B' – Concession offered by the second Party")
    t.line("A margin of preference of 50%.")
    draft = _imported(t, tmp_path / "annexures.docx")
    assert len(draft.articles()) == 1
    assert [a.title for a in draft.annexes()] == ["Concession offered by the first Party",
                                                   "Concession offered by the second Party"]
    assert draft.closing().children[0].text.startswith("In witness where of")


def test_annexes_listed_in_an_article_are_items_not_annexes(tmp_path):
    # "The Annexes … are as follows:" then one line per annex, typed as plain paragraphs (Tripartite 1967)
    t = Typed()
    t.heading("Agreement")
    t.heading("ARTICLE VII")
    t.line("The Annexes attached to this Agreement will constitute an integral part of it and are as follows:")
    t.line("Annex I Common List")
    t.line("Annex II Rules of Origin of Goods and Schedules A and B thereto.")
    t.heading("ARTICLE VIII")
    t.line("The Member States may agree to the association of any other State with this Agreement.")
    draft = _imported(t, tmp_path / "listed.docx")
    assert len(draft.articles()) == 2 and not draft.annexes()
    assert "Annex I Common List" in [n.text for n in draft.articles()[0].walk()]


def test_a_signatory_with_initials_is_no_division_and_the_closing_stays_whole(tmp_path):
    # "L. J. FRANCIS" read as division "L." kept the closing inside the last article (ANZCERTA 1983)
    t = Typed()
    t.heading("Agreement")
    t.heading("Article 1")
    t.line("This Agreement shall enter into force on 1 January 1983.")
    t.line("IN WITNESS WHEREOF the undersigned, duly authorised, have signed this Agreement.")
    t.line("FOR NEW ZEALAND:")
    t.line("L. J. FRANCIS", bold=True)
    draft = _imported(t, tmp_path / "initials.docx")
    assert draft.closing() is not None and draft.closing().children[0].text.startswith("IN WITNESS WHEREOF")
    assert len(draft.articles()) == 1


def test_signatories_with_an_initial_after_the_last_article_are_no_divisions(tmp_path):
    # "A. PROTOPAPADAKIS", "E. AVEROF-TOSSIZZA" under the closing were read as divisions A and E and kept the
    # whole closing inside the last article (EEC–Greece 1961)
    t = Typed()
    t.heading("Agreement")
    t.heading("Title VI – General and Final Provisions")
    t.heading("Article 77")
    t.line("This Agreement is drawn up in two copies, each of these texts being equally authentic.")
    t.line("In witness whereof, the undersigned Plenipotentiaries have signed this Agreement.")
    t.line("Done at Athens this ninth day of July in the year one thousand nine hundred and sixty-one.")
    t.line("For His Majesty the King of the Hellenes: P. KANELLOPOULOS")
    t.line("A. PROTOPAPADAKIS", bold=True)
    t.line("E. AVEROF-TOSSIZZA", bold=True)
    draft = _imported(t, tmp_path / "signatories.docx")
    assert draft.closing() is not None and draft.closing().children[0].text.startswith("In witness whereof")
    assert [c.title for c in draft.chapters()] == ["General and Final Provisions"]
    assert len(draft.articles()) == 1


def test_an_article_listing_annexes_and_their_parts_keeps_them_as_its_items(tmp_path):
    # Ireland–UK 1965, Article XXVI: "… are the following:" then annexes, their descriptions and "Part I." lines
    t = Typed()
    t.heading("Agreement")
    t.heading("ARTICLE XXVI")
    t.line("The Annexes to this Agreement are an integral part of it and are the following:")
    for line in ("Annex A", "Goods referred to in Article I.", "Annex C",
                 "Part I. Goods and percentages referred to in paragraph 1 of Article II",
                 "Part II. Goods and qualifying processes referred to in paragraph 1 of Article II",
                 "Annex D", "Goods referred to in paragraph 1 of Article VI"):
        t.line(line)
    t.heading("ARTICLE XXVII")
    t.line("This Agreement shall come into force on 1 July 1966.")
    t.line("Signed in duplicate at London this 14th day of December 1965.")
    draft = _imported(t, tmp_path / "parts.docx")
    assert len(draft.articles()) == 2 and not draft.annexes() and not list(draft.chapters())
    assert draft.closing() is not None


def test_numbered_protocols_after_the_signatures_are_annexes(tmp_path):
    # Hoyvík 2005: "PROTOCOL 1" and "PROTOCOL 2 – concerning …" follow the signatures; articles cite "Protocol 1"
    t = Typed()
    t.heading("Agreement")
    t.heading("Article 1")
    t.line("Natural persons, as defined in Protocol 1, enjoy the rights of this Agreement.")
    t.line("Protocol 2 to this Agreement contains the applicable rules of origin.")
    t.line("Done at Hoyvík on 31 August 2005.")
    t.heading("PROTOCOL 1")
    t.line("A natural person is a person of the citizenship of either Party.")
    t.heading("PROTOCOL 2 – concerning the definition of originating products")
    t.line("The rules of origin of the earlier Agreement apply.")
    draft = _imported(t, tmp_path / "protocols.docx")
    assert len(draft.articles()) == 1 and len(draft.annexes()) == 2
    assert [n.text for n in draft.articles()[0].walk() if n.text][:2] == [
        "Natural persons, as defined in Protocol 1, enjoy the rights of this Agreement.",
        "Protocol 2 to this Agreement contains the applicable rules of origin."]


def test_provisions_each_under_a_side_heading_take_it_as_their_title(tmp_path):
    # the Protocol on Trade Negotiations 1971: "Application of Concessions" / "1. The concessions …"
    t = Typed()
    t.heading("Protocol")
    t.line("The participating countries have agreed as follows:")
    for n, head in enumerate(("Application of Concessions", "Schedules of Concessions", "Review"), 1):
        t.heading(head)
        t.line(f"{n}. The participating countries shall do thing number {n}.")
    draft = _imported(t, tmp_path / "side.docx")
    assert [a.title for a in draft.articles()] == ["Application of Concessions", "Schedules of Concessions", "Review"]
    assert not draft.chapters()


def test_headings_over_several_provisions_stay_divisions(tmp_path):
    t = Typed()
    t.heading("Protocol")
    t.line("The participating countries have agreed as follows:")
    n = 0
    for head in ("General Provisions", "Concessions", "Final Provisions"):
        t.heading(head)
        for _ in (1, 2):
            n += 1
            t.line(f"{n}. The participating countries shall do thing number {n}.")
    draft = _imported(t, tmp_path / "groups.docx")
    assert len(draft.chapters()) == 3 and len(draft.articles()) == 6
