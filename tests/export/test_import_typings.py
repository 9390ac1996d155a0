"""Typings the typing matrix (benchmarks/eval/typing_matrix.py) found the importer reading wrong, one each:
page numbers and running headers typed into the body, a contents typed by hand, article headings
numbered by Word with nothing typed in them, paragraphs split by manual line breaks."""
from __future__ import annotations

from docx.oxml import parse_xml

from workbench.core.model import NodeKind
from workbench.core.numbering import Numbering
from workbench.export.importing import import_file

from .typed import Typed

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _articles(draft):
    numbering = Numbering.of(draft)
    return [(numbering.label(n), n.title) for n in draft.walk() if n.kind is NodeKind.ARTICLE]


def _texts(draft) -> list[str]:
    return [n.text for n in draft.walk() if n.text]


def _agreement(t: Typed, between=None) -> None:
    """Three titled articles of two paragraphs; ``between(i)`` types lines after the i-th line."""
    lines = [("h", "AGREEMENT ON COOPERATION")]
    for n, title in enumerate(("Objective", "Scope", "Entry into Force"), start=1):
        lines += [("h", f"Article {n}"), ("h", title), ("i", "1.", f"The Parties shall cooperate under Article {n}."),
                  ("i", "2.", "Each Party shall inform the other Party.")]
    for i, line in enumerate(lines):
        if line[0] == "h":
            t.heading(line[1])
        else:
            t.item(line[1], line[2])
        if between is not None:
            between(t, i)


def test_page_numbers_and_running_headers_typed_into_the_body_are_left_out(tmp_path):
    def furniture(t: Typed, i: int) -> None:
        if i in (2, 6, 9, 13):
            t.line(f"- {i // 4 + 2} -", center=True)
            t.line("Agreement on Cooperation – Draft", right=True)
    t = Typed()
    _agreement(t, furniture)
    t.save(tmp_path / "a.docx")
    result = import_file(tmp_path / "a.docx")
    assert _articles(result.draft) == [("Article 1", "Objective"), ("Article 2", "Scope"),
                                       ("Article 3", "Entry into Force")]
    assert not any("Draft" in text or text.startswith("-") for text in _texts(result.draft))
    assert any("page number" in str(e) for e in result.entries)


def test_bare_page_numbers_rising_are_left_out(tmp_path):
    def furniture(t: Typed, i: int) -> None:
        if i in (3, 8, 12):
            t.line(str(i), center=True)
    t = Typed()
    _agreement(t, furniture)
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    assert [title for _label, title in _articles(draft)] == ["Objective", "Scope", "Entry into Force"]
    assert not any(text.strip() in ("3", "8", "12") for text in _texts(draft))


def test_the_one_page_number_of_a_two_page_text_and_its_marking_are_left_out(tmp_path):
    # a short agreement typed from print: page 2's number, centred, and the draft marking beside it
    def furniture(t: Typed, i: int) -> None:
        if i == 6:
            t.line("2", center=True)
            t.line("DRAFT – NOT FOR CIRCULATION", right=True)
    t = Typed()
    _agreement(t, furniture)
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    assert [title for _label, title in _articles(draft)] == ["Objective", "Scope", "Entry into Force"]
    assert not any(text.strip() == "2" or "CIRCULATION" in text for text in _texts(draft))


def test_a_lone_number_typed_bold_or_flush_left_stays_text(tmp_path):
    def furniture(t: Typed, i: int) -> None:
        if i == 6:
            t.line("2")
    t = Typed()
    _agreement(t, furniture)
    t.save(tmp_path / "a.docx")
    assert any(text.strip() == "2" for text in _texts(import_file(tmp_path / "a.docx").draft))


def test_a_contents_typed_by_hand_is_not_read_as_articles(tmp_path):
    t = Typed()
    t.heading("AGREEMENT ON COOPERATION")
    t.heading("TABLE OF CONTENTS")
    t.line("Article 1 Objective ..................\t2")
    t.line("Article 2 Scope\t3")
    t.line("Article 3 Entry into Force .........\t4")
    for n, title in enumerate(("Objective", "Scope", "Entry into Force"), start=1):
        t.heading(f"Article {n}")
        t.heading(title)
        t.item("1.", "The Parties shall cooperate.")
    t.save(tmp_path / "a.docx")
    result = import_file(tmp_path / "a.docx")
    assert result.draft.title == "AGREEMENT ON COOPERATION"
    assert _articles(result.draft) == [("Article 1", "Objective"), ("Article 2", "Scope"),
                                       ("Article 3", "Entry into Force")]
    assert any("table of contents" in str(e) for e in result.entries)


def _numbered(t: Typed, lvl_text: str, fmt: str = "decimal") -> None:
    """A numbering part whose list 1 shows ``lvl_text`` ("Article %1")."""
    root = t.document.part.numbering_part.element
    for child in list(root):
        root.remove(child)
    root.append(parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                          f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{lvl_text}"/></w:lvl></w:abstractNum>'))
    root.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="1"><w:abstractNumId w:val="1"/></w:num>'))


def _number(paragraph) -> None:
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="1"/>'
                                                   '</w:numPr>'))


def test_article_headings_numbered_by_word_with_nothing_typed_in_them(tmp_path):
    t = Typed()
    _numbered(t, "Article %1")
    t.heading("AGREEMENT ON COOPERATION")
    for n in range(1, 4):
        _number(t.heading(""))                       # Word shows "Article n" on the empty paragraph
        t.line(f"The Parties shall cooperate in the way number {n}.")
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    assert [label for label, _title in _articles(draft)] == ["Article 1", "Article 2", "Article 3"]


def test_chinese_article_headings_numbered_by_word_with_nothing_typed_in_them(tmp_path):
    t = Typed()
    _numbered(t, "第%1条", "chineseCounting")
    t.heading("合作协定")
    for n in range(1, 4):
        _number(t.heading(""))
        t.line("双方应当开展合作。")
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    numbering = Numbering.of(draft)
    assert [numbering.label(n, "zh") for n in draft.walk() if n.kind is NodeKind.ARTICLE] == ["第一条", "第二条", "第三条"]


def test_an_empty_paragraph_of_a_numbered_list_shows_no_bare_number(tmp_path):
    t = Typed()
    _numbered(t, "%1.")
    t.heading("AGREEMENT ON COOPERATION")
    t.heading("Article 1")
    for text in ("The Parties shall cooperate.", "", "Each Party shall inform the other Party."):
        _number(t.line(text))
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    texts = _texts(draft)
    assert "Each Party shall inform the other Party." in texts and not any(t.strip() == "2." for t in texts)


def test_paragraphs_split_by_manual_line_breaks_are_read_as_paragraphs(tmp_path):
    t = Typed()
    t.heading("AGREEMENT ON COOPERATION")
    t.heading("Article 1")
    t.heading("Objective")
    paragraph = t.line("1.\tThe Parties shall cooperate in:")
    for piece in ("(a)\ttrade;", "(b)\tinvestment.", "2.\tEach Party shall inform the other Party of its",
                  "measures."):
        run = paragraph.add_run()
        run.add_break()
        run.add_text(piece)
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    article = next(n for n in draft.walk() if n.kind is NodeKind.ARTICLE)
    paragraphs = [n for n in article.children if n.kind is NodeKind.PARAGRAPH]
    assert [p.text for p in paragraphs] == ["The Parties shall cooperate in:",
                                           "Each Party shall inform the other Party of its measures."]
    assert [s.text for s in paragraphs[0].children] == ["trade;", "investment."]


def test_an_article_title_that_opens_with_an_annex_word_is_its_title(tmp_path):
    t = Typed()
    t.heading("AGREEMENT ON SERVICES")
    t.heading("Article 1")
    t.heading("Schedule of Specific Commitments")
    t.item("1.", "Each Party shall set out in a Schedule the specific commitments it undertakes.")
    t.heading("Article 2")
    t.heading("Domestic Regulation")
    t.item("1.", "Each Party shall administer its measures in a reasonable manner.")
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    assert _articles(draft) == [("Article 1", "Schedule of Specific Commitments"), ("Article 2", "Domestic Regulation")]
    assert not any(n.kind is NodeKind.ANNEX for n in draft.walk())


def test_a_title_beside_two_page_numbers_of_many_is_no_running_header(tmp_path):
    t = Typed()
    t.heading("AGREEMENT ON COOPERATION")
    for n in range(1, 9):
        t.heading(f"Article {n}")
        if n in (2, 6):
            t.line(f"- {n} -", center=True)        # a page ends between the number and the title
        t.heading("Definitions" if n in (2, 6) else f"Title {n}")
        t.item("1.", "The Parties shall cooperate.")
        if n not in (2, 6):
            t.line(f"- {n} -", center=True)
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    titles = [title for _label, title in _articles(draft)]
    assert titles[1] == titles[5] == "Definitions" and len(titles) == 8


def _headed(tmp_path, emphasise) -> list:
    """Numbered headings of no article word ("1<TAB>Title") over sentences, emphasised by ``emphasise``."""
    t = Typed()
    t.heading("CODE OF CONDUCT FOR DEVELOPERS")
    t.line("Organizations should follow these actions.")
    for n, title in enumerate(("Identify risks across the lifecycle", "Report incidents to the authorities",
                               "Publish the limitations of the systems"), start=1):
        paragraph = t.line(title, tab_label=str(n))
        for run in paragraph.runs:
            emphasise(run)
        t.line("This includes measures taken before and after the system is placed on the market, "
               "and it applies to every organization that develops such systems.")
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    return [n.title for n in draft.walk() if n.kind is NodeKind.ARTICLE]


def test_underlined_headings_are_headings(tmp_path):
    def underline(run):
        run.underline = True
    assert _headed(tmp_path, underline) == ["Identify risks across the lifecycle",
                                            "Report incidents to the authorities",
                                            "Publish the limitations of the systems"]


def test_headings_set_larger_than_the_text_are_headings(tmp_path):
    from docx.shared import Pt

    def larger(run):
        run.font.size = Pt(14)
    assert _headed(tmp_path, larger) == ["Identify risks across the lifecycle", "Report incidents to the authorities",
                                         "Publish the limitations of the systems"]


def test_soft_hyphens_and_zero_width_spaces_typed_in_words_are_dropped(tmp_path):
    t = Typed()
    t.heading("AGREEMENT ON COOPERATION")
    t.heading("Article 1")
    t.item("1.", "The Govern\u00adments shall co\u200boperate in good faith.")
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    assert "The Governments shall cooperate in good faith." in _texts(draft)


def test_an_upper_case_article_title_that_opens_with_an_annex_word_is_its_title(tmp_path):
    t = Typed()
    t.heading("AGREEMENT ON SERVICES")
    for n, title in ((1, "SCHEDULE OF SPECIFIC COMMITMENTS"), (2, "DOMESTIC REGULATION")):
        t.heading(f"ARTICLE {n}")
        t.heading(title)
        t.item("1.", "Each Party shall set out its commitments.")
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    assert [title for _label, title in _articles(draft)] == ["SCHEDULE OF SPECIFIC COMMITMENTS", "DOMESTIC REGULATION"]


def test_a_title_above_the_article_number_that_opens_with_an_annex_word_is_its_title(tmp_path):
    t = Typed()
    t.heading("AGREEMENT ON SERVICES")
    t.line("The Parties have agreed as follows:")
    for n, title in enumerate(("Definitions", "Market Access", "Schedule of Specific Commitments", "Review"), 1):
        t.heading(title)
        t.heading(f"Article {n}")
        t.item("1.", "Each Party shall set out its commitments.")
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    assert [title for _label, title in _articles(draft)] == ["Definitions", "Market Access",
                                                            "Schedule of Specific Commitments", "Review"]
    assert not any(n.kind is NodeKind.ANNEX for n in draft.walk())


def test_labels_in_a_column_of_their_own_number_the_text_beside_them(tmp_path):
    t = Typed()
    t.heading("RECOMMENDATION ON COOPERATION")
    t.heading("Article 1")
    t.line("The Council recommends that Members:")
    table = t.document.add_table(rows=0, cols=2)
    for label, text in (("i.", "promote cooperation;"), ("ii.", "share information;"), ("iii.", "report yearly.")):
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label)
        cells[1].paragraphs[0].add_run(text)
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    texts = _texts(draft)
    assert texts[-3:] == ["promote cooperation;", "share information;", "report yearly."]


def test_chinese_headings_spaced_out_character_by_character(tmp_path):
    t = Typed()
    t.heading("合作协定")
    t.heading("序　言")
    t.line("双方愿意加强合作，")
    t.line("达成协议如下：")
    for n in ("一", "二", "十", "十 一", "十 二"):
        t.heading("第 " + " ".join(n.replace(" ", "")) + " 条")
        t.line("双方应当开展合作。")
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    numbering = Numbering.of(draft)
    assert ["".join(numbering.label(n, "zh").split()) for n in draft.walk() if n.kind is NodeKind.ARTICLE] == \
        ["第一条", "第二条", "第十条", "第十一条", "第十二条"]
    assert any(n.kind is NodeKind.PREAMBLE and len(n.children) == 2 for n in draft.children)


def _bulleted(tmp_path, bullet) -> list[str]:
    """An article whose items are bulleted by ``bullet(paragraph, text)``; the labels read."""
    t = Typed()
    t.heading("AGREEMENT ON COOPERATION")
    t.heading("Article 1")
    t.line("The Parties shall cooperate in:")
    for text in ("trade;", "investment;", "tourism."):
        bullet(t.line(""), text)
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    numbering = Numbering.of(draft)
    article = next(n for n in draft.walk() if n.kind is NodeKind.ARTICLE)
    chapeau = article.children[0]
    return [(numbering.label(n), n.text) for n in article.walk() if n is not article and n is not chapeau]


def test_bullets_of_a_symbol_font_are_bullets(tmp_path):
    def typed(paragraph, text):                  # typed in the Symbol font: a private-use character
        paragraph.add_run("\uf0b7\t" + text)
    def inserted(paragraph, text):               # Insert > Symbol: a w:sym element
        paragraph.add_run()._r.append(parse_xml(f'<w:sym xmlns:w="{W}" w:font="Symbol" w:char="F0B7"/>'))
        paragraph.add_run("\t" + text)
    want = [("•", "trade;"), ("•", "investment;"), ("•", "tourism.")]
    assert _bulleted(tmp_path, typed) == want
    assert _bulleted(tmp_path, inserted) == want


def test_a_word_bullet_list_shows_its_symbol_as_a_bullet(tmp_path):
    t = Typed()
    _numbered(t, "\uf0b7", "bullet")              # Word's bullet: the Symbol font's private-use character
    t.heading("AGREEMENT ON COOPERATION")
    t.heading("Article 1")
    t.line("The Parties shall cooperate in:")
    for text in ("trade;", "investment."):
        paragraph = t.line(text)
        _number(paragraph)
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    numbering = Numbering.of(draft)
    texts = [(numbering.label(n), n.text) for n in draft.walk()
             if n.kind in (NodeKind.PARAGRAPH, NodeKind.SUBPARAGRAPH)]
    assert ("•", "trade;") in texts and ("•", "investment.") in texts


def test_paragraphs_indented_by_a_tab_are_paragraphs_but_a_broken_sentence_is_joined(tmp_path):
    t = Typed()
    t.heading("AGREEMENT ON COOPERATION")
    t.heading("Article 1")
    t.item("1.", "Where imports cause or threaten to cause:")
    t.item("(a)", "serious injury to the domestic industry; or")
    t.item("(b)", "serious disturbances in any sector of the economy,")
    t.line("\tthe importing Party may take appropriate measures.")
    t.item("2.", "Such measures shall not exceed what is necessary to remedy the")
    t.line("\tdifficulties which have arisen.")
    t.line("\tThe Joint Committee shall be informed of every measure.")
    t.save(tmp_path / "a.docx")
    draft = import_file(tmp_path / "a.docx").draft
    article = next(n for n in draft.walk() if n.kind is NodeKind.ARTICLE)
    texts = [n.text for n in article.walk() if n is not article]
    assert "serious disturbances in any sector of the economy," in texts
    assert any(t.startswith("Such measures") and t.endswith("difficulties which have arisen.") for t in texts)
    assert texts[-1] == "The Joint Committee shall be informed of every measure."


def test_a_line_break_after_a_list_item_ends_it(tmp_path):
    t = Typed()
    t.heading("AGREEMENT ON COOPERATION")
    t.heading("Article 1")
    paragraph = t.line("1.\tWhere imports cause:")
    for piece in ("(a)\tserious injury; or", "(b)\tserious disturbances,", "the importing Party may act."):
        run = paragraph.add_run()
        run.add_break()
        run.add_text(piece)
    t.save(tmp_path / "a.docx")
    texts = _texts(import_file(tmp_path / "a.docx").draft)
    assert "serious disturbances," in texts and "the importing Party may act." in texts


def test_only_a_handling_marking_beside_a_page_number_is_page_furniture():
    from workbench.export.docx_noise import _MARKING
    assert _MARKING.match("DRAFT – NOT FOR CIRCULATION") and _MARKING.match("Confidential")
    # a rule of dashes, a title or a draft's own name are not markings
    assert not any(_MARKING.match(t) for t in ("-", "– –", "Definitions", "Draft resolution"))
