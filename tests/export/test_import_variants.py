"""More ways of typing a treaty: heading styles and nested parts, Word's own numbering, a Chinese ministry
draft, and the Chinese text after the English or line by line beside it in one column."""
from __future__ import annotations

from workbench.core import operations
from workbench.core.numbering import Numbering
from workbench.core.references import Resolver
from workbench.export.importing import import_file

from .test_import_roundtrip import exact
from .typed import Typed


def test_heading_styles_nested_parts_word_numbering_and_a_signature_table(tmp_path):
    t = Typed()
    d = t.document
    d.add_paragraph("CONVENTION ON TESTING", style="Title")
    d.add_paragraph("PREAMBLE", style="Heading 1")
    t.line("The States Parties to this Convention,")
    d.add_paragraph("PART I", style="Heading 1")
    d.add_paragraph("GENERAL PROVISIONS", style="Heading 1")
    d.add_paragraph("Chapter 1 – Scope", style="Heading 2")
    d.add_paragraph("Article 1 – Purpose", style="Heading 3")
    t.line("(1) The purpose of this Convention is to test.")
    t.line("(2) The Parties shall:")
    t.line("(a) test;")
    t.line("(b) report.")
    d.add_paragraph("Article 2 – Definitions", style="Heading 3")
    t.line("For the purposes of this Convention:")
    d.add_paragraph("“test” means a trial;", style="List Number")
    d.add_paragraph("“report” means a written account.", style="List Number")
    d.add_paragraph("PART II", style="Heading 1")
    d.add_paragraph("FINAL CLAUSES", style="Heading 1")
    d.add_paragraph("Chapter 2 – Final clauses", style="Heading 2")
    d.add_paragraph("Article 3 – Signature", style="Heading 3")
    t.line("This Convention, as provided in Article 1(2) and Articles 1 and 2, shall be open for signature.")
    t.line("IN WITNESS WHEREOF, the undersigned, being duly authorized, have signed this Convention.")
    t.line("DONE at New York on 1 January 2025.")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "For the Republic of A"
    table.rows[0].cells[1].text = "For the Republic of B"
    d.add_paragraph("ANNEX I", style="Heading 1")
    d.add_paragraph("ARBITRATION", style="Heading 1")
    d.add_paragraph("Article 1", style="Heading 3")
    t.line("The arbitral tribunal shall consist of three members.")
    path = tmp_path / "styled.docx"
    t.save(path)
    result = import_file(path)
    draft = result.draft
    numbering = Numbering.of(draft)
    parts = [n for n in draft.children if n.kind.value == "chapter"]
    assert [(numbering.label(p), p.title) for p in parts] == [("PART I", "GENERAL PROVISIONS"), ("PART II", "FINAL CLAUSES")]
    chapters = [c for p in parts for c in p.children]
    assert [(numbering.label(c), numbering.label(c, "zh"), c.title) for c in chapters] == [
        ("Chapter 1", "第一章", "Scope"), ("Chapter 2", "第二章", "Final clauses")]
    first, second, third = draft.articles()
    assert [numbering.label(p) for p in first.children] == ["(1)", "(2)"]
    assert [numbering.label(s) for s in first.children[1].children] == ["(a)", "(b)"]
    assert [(numbering.label(p), p.text) for p in second.children] == [
        ("", "For the purposes of this Convention:"), ("1.", "“test” means a trial;"),
        ("2.", "“report” means a written account.")]          # Word's automatic numbers, as shown
    assert Resolver(draft).render(third.children[0].text).startswith("This Convention, as provided in Article 1(2) and Articles 1 and 2")
    assert [p.text for p in draft.closing().children][-2:] == ["For the Republic of A", "For the Republic of B"]
    annex = draft.annexes()[0]
    assert (numbering.label(annex), annex.title, numbering.label(annex.children[0])) == ("ANNEX I", "ARBITRATION",
                                                                                         "Article 1")
    assert len(draft.articles()) == 3
    assert result.unmapped == [] and any("cell by cell" in n for n in result.notes)


def test_chapters_numbered_on_through_parts_keep_their_numbers_and_follow_insertions(tmp_path):
    t = Typed()
    t.heading("AGREEMENT")
    for part, chapters in (("PART I", ("CHAPTER 1", "CHAPTER 2")), ("PART II", ("CHAPTER 3",))):
        t.heading(part)
        for chapter in chapters:
            t.heading(chapter)
            t.heading(f"Article {chapter[-1]}", center=False)
            t.line("Text.")
    path = tmp_path / "parts.docx"
    t.save(path)
    result = import_file(path)
    draft = result.draft
    numbering = Numbering.of(draft)
    assert [numbering.label(c) for c in draft.chapters()] == ["PART I", "CHAPTER 1", "CHAPTER 2", "PART II",
                                                              "CHAPTER 3"]
    assert result.notes == []
    part_one = draft.chapters()[0]
    part_one.children.insert(0, part_one.children[0].clone(fresh_ids=True))     # a new first chapter
    assert [Numbering.of(draft).label(c) for c in draft.chapters()[1:]] == [
        "CHAPTER 1", "CHAPTER 2", "CHAPTER 3", "PART II", "CHAPTER 4"]


def test_a_chinese_ministry_draft(tmp_path):
    t = Typed()
    t.heading("中华人民共和国政府和某国政府关于投资合作的协定")
    t.line("中华人民共和国政府和某国政府（以下简称“双方”），")
    t.line("达成协议如下：")
    t.heading("第一章　总则")
    t.heading("第一条　定义", center=False)
    t.line("就本协定而言：")
    t.item("（一）", "“投资”是指……；")
    t.item("（二）", "“投资者”是指：")
    t.line("1. 自然人；")
    t.line("2. 法人。")
    t.heading("第二条　适用范围", center=False)
    t.line("一、本协定适用于第一条第（一）项所述投资。")
    t.line("二、第一条和第三条不影响双方在其他协定下的权利。")
    t.heading("第二章　争端解决")
    t.heading("第三条　磋商", center=False)
    t.line("双方应当通过磋商解决争端，但第2条另有规定的除外。")
    t.line("本协定于二〇二四年五月一日在北京签订，一式两份，每份均用中文和英文写成，两种文本同等作准。")
    t.line("中华人民共和国政府代表　　某国政府代表")
    path = tmp_path / "zh.docx"
    t.save(path)
    draft = import_file(path).draft
    numbering = Numbering.of(draft)
    assert [(numbering.label(c, "zh"), c.title_zh) for c in draft.chapters()] == [("第一章", "总则"), ("第二章", "争端解决")]
    assert [a.title_zh for a in draft.articles()] == ["定义", "适用范围", "磋商"]
    closing = draft.closing()
    assert closing.children[0].text_zh.startswith("本协定于二〇二四年五月一日在北京签订")
    assert "签订" not in " ".join(n.text_zh for a in draft.articles() for n in a.walk())
    moved = draft.copy()
    operations.move_article(moved, moved.articles()[2], 1).apply(moved)
    resolver = Resolver(moved)
    assert resolver.render(moved.articles()[2].children[1].text_zh, "zh") == "第二条和第一条不影响双方在其他协定下的权利。"
    assert resolver.render(moved.articles()[0].children[0].text_zh, "zh") == "双方应当通过磋商解决争端，但第3条另有规定的除外。"


def _english_then_chinese(t: Typed, interleave: bool) -> None:
    english = [("heading", "AGREEMENT ON TEST"), ("line", "The Parties,"), ("left", "Article 1"),
               ("left", "Purpose"), ("line", "1. The Parties shall cooperate under Article 2."),
               ("line", "2. They shall report."), ("left", "Article 2"), ("left", "Final provisions"),
               ("line", "This Agreement enters into force on signature."),
               ("line", "Done at Beijing on 1 May 2024 in English and Chinese, both texts being equally authentic.")]
    chinese = [("heading", "测试协定"), ("line", "双方，"), ("left", "第一条"), ("left", "目的"),
               ("line", "一、双方应当依照第二条进行合作。"), ("line", "二、双方应当报告。"), ("left", "第二条"),
               ("left", "最后条款"), ("line", "本协定自签署之日起生效。"),
               ("line", "本协定于2024年5月1日在北京签订，一式两份，中文和英文文本同等作准。")]
    order = [x for pair in zip(english, chinese) for x in pair] if interleave else english + chinese
    for kind, text in order:
        if kind == "heading":
            t.heading(text)
        elif kind == "left":
            t.heading(text, center=False)
        else:
            t.line(text)


def test_chinese_after_the_english_or_interleaved_in_one_column(tmp_path):
    drafts = []
    for interleave in (False, True):
        t = Typed()
        _english_then_chinese(t, interleave)
        path = tmp_path / f"mixed-{interleave}.docx"
        t.save(path)
        result = import_file(path)
        assert result.unmapped == []
        drafts.append(result.draft)
    for draft in drafts:
        assert (draft.title, draft.title_zh) == ("AGREEMENT ON TEST", "测试协定")
        assert [(a.title, a.title_zh) for a in draft.articles()] == [("Purpose", "目的"), ("Final provisions", "最后条款")]
        paragraph = draft.articles()[0].children[0]
        resolver = Resolver(draft)
        assert resolver.render(paragraph.text) == "The Parties shall cooperate under Article 2."
        assert resolver.render(paragraph.text_zh, "zh") == "双方应当依照第二条进行合作。"
        assert [p.text_zh for p in draft.closing().children] == ["本协定于2024年5月1日在北京签订，一式两份，中文和英文文本同等作准。"]
    assert exact(drafts[0]) == exact(drafts[1])


def test_articles_numbered_within_their_chapter_keep_that_numbering_through_moves(tmp_path):
    t = Typed()
    t.heading("FREE TRADE AGREEMENT")
    t.line("The Parties,")
    chapters = [("INITIAL PROVISIONS", ["Establishment", "Definitions"]),
                ("TRADE IN GOODS", ["Scope", "National treatment", "Tariffs"])]
    for c, (title, articles) in enumerate(chapters, start=1):
        t.heading(f"CHAPTER {c}")
        t.heading(title)
        for k, name in enumerate(articles, start=1):
            t.heading(f"Article {c}.{k}: {name}", center=False)
            t.line("See Article 2.3 and Articles 1.1 and 2.1.")
    path = tmp_path / "fta.docx"
    t.save(path)
    result = import_file(path)
    draft = result.draft
    numbering = Numbering.of(draft)
    assert [numbering.label(a) for a in draft.articles()] == [
        "Article 1.1", "Article 1.2", "Article 2.1", "Article 2.2", "Article 2.3"]
    assert result.notes == []
    operations.move_article(draft, draft.articles()[4], 3).apply(draft)      # Tariffs becomes Article 2.1
    numbering, resolver = Numbering.of(draft), Resolver(draft)
    assert [(numbering.label(a), a.title) for a in draft.articles()[2:]] == [
        ("Article 2.1", "Tariffs"), ("Article 2.2", "Scope"), ("Article 2.3", "National treatment")]
    assert resolver.render(draft.articles()[0].children[0].text) == "See Article 2.1 and Articles 1.1 and 2.2."


def test_a_heading_without_a_number_between_articles_is_a_division_not_article_text(tmp_path):
    t = Typed()
    t.heading("AGREEMENT")
    t.line("The Parties,")
    t.heading("MODULE 1")
    t.heading("INITIAL PROVISIONS")
    for n, title in ((1, "Scope"), (2, "Definitions")):
        t.heading(f"Article {n}", center=False)
        t.heading(title, center=False)
        t.line(f"Text {n}.")
    t.heading("FINAL CLAUSES")
    for n, title in ((3, "Signature"), (4, "Entry into force")):
        t.heading(f"Article {n}", center=False)
        t.heading(title, center=False)
        t.line(f"Text {n}.")
    path = tmp_path / "unnumbered.docx"
    t.save(path)
    result = import_file(path)
    draft = result.draft
    numbering = Numbering.of(draft)
    assert [(numbering.label(d), d.title) for d in draft.chapters()] == [
        ("MODULE 1", "INITIAL PROVISIONS"), ("", "FINAL CLAUSES")]
    assert [[a.title for a in d.children] for d in draft.chapters()] == [["Scope", "Definitions"],
                                                                        ["Signature", "Entry into force"]]
    assert not any("FINAL CLAUSES" in n.text for n in draft.walk()) and result.unmapped == []


def test_titles_printed_above_the_article_number_are_the_articles_titles(tmp_path):
    t = Typed()
    t.heading("AGREEMENT")
    t.line("The Parties,")
    for n, title in enumerate(["Scope", "Definitions", "Signature", "Entry into force"], start=1):
        t.heading(title, center=False)
        t.heading(f"Article {n}", center=False)
        t.line(f"Text {n}.")
    path = tmp_path / "above.docx"
    t.save(path)
    draft = import_file(path).draft
    assert [a.title for a in draft.articles()] == ["Scope", "Definitions", "Signature", "Entry into force"]
    assert [r.text for r in draft.preamble().children] == ["The Parties,"] and draft.chapters() == []


def test_letter_labels_typed_with_a_space_are_labels(tmp_path):
    """"a. Each Party …" typed with a space, not a tab (US texts of the 1980s): items, their letters kept
    as labels, not words of the text; "p. 12" at a line's start is no label."""
    t = Typed()
    t.heading("AGREEMENT")
    t.heading("Article 1")
    t.line("The Parties shall:")
    t.line("a. eliminate all duties on trade between them;")
    t.line("b. not introduce new restrictions.")
    t.line("p. 12 of the report is annexed.")
    t.save(tmp_path / "letters.docx")
    draft = import_file(tmp_path / "letters.docx").draft
    numbering = Numbering.of(draft)
    article = draft.articles()[0]
    subs = [n for n in article.walk() if n.kind.value == "subparagraph"]
    assert [(numbering.label(s), s.text) for s in subs] == [
        ("a.", "eliminate all duties on trade between them;"), ("b.", "not introduce new restrictions.")]
    assert any(n.text == "p. 12 of the report is annexed." for n in article.walk())


def test_a_list_typed_line_by_line_with_manual_breaks_keeps_its_lines(tmp_path):
    """Short lines before a capital are a list typed with Shift+Enter; a sentence wrapped at the margin
    (a line ending on "the", or going on in lower case) stays one paragraph."""
    t = Typed()
    t.heading("AGREEMENT")
    t.heading("Article 1")
    t.line("Citizens of the Member States shall be accorded the same treatment in the following fields:\n"
           "Movement and residence\nWork in private jobs\nReal estate ownership\n"
           "Engagement in all economic, investment and service activities\nCapital movement")
    t.heading("Article 2")
    t.line("This Agreement is concluded between the Government of the\nUnited States and the Government of\n"
           "Israel for an unlimited period.")
    t.save(tmp_path / "breaks.docx")
    first, second = import_file(tmp_path / "breaks.docx").draft.articles()
    assert [p.text for p in first.children] == [
        "Citizens of the Member States shall be accorded the same treatment in the following fields:",
        "Movement and residence", "Work in private jobs", "Real estate ownership",
        "Engagement in all economic, investment and service activities", "Capital movement"]
    assert [p.text for p in second.children] == [
        "This Agreement is concluded between the Government of the United States and the Government of Israel "
        "for an unlimited period."]


def test_definitions_typed_with_manual_breaks_split_after_a_closing_and(tmp_path):
    """"WTO means …; and" ends an item of a list of definitions: the next line is the next definition,
    though neither carries a label."""
    t = Typed()
    t.heading("AGREEMENT")
    t.heading("Article 1")
    t.line("For the purposes of this Agreement:\nParty means a signatory of this Agreement;\n"
           "WTO means the World Trade Organization; and\nWTO Agreement means the Marrakesh Agreement.")
    t.save(tmp_path / "definitions.docx")
    article = import_file(tmp_path / "definitions.docx").draft.articles()[0]
    assert [p.text for p in article.children] == [
        "For the purposes of this Agreement:", "Party means a signatory of this Agreement;",
        "WTO means the World Trade Organization; and", "WTO Agreement means the Marrakesh Agreement."]
