"""Article headings typed at the start of their first paragraph ("第一条　…", "Article 1. …").

Chinese legal texts are typed this way as a rule, older treaties and translations often; read line by
line the whole text was kept as recitals ("no article headings were found"). A sentence that begins by
citing an article stays a sentence.
"""
from __future__ import annotations

import pytest

from workbench.core.numbering import Numbering
from workbench.export.importing import import_file

from .typed import Typed


def _import(tmp_path, lines, name="doc.docx"):
    t = Typed()
    for text in lines:
        if isinstance(text, tuple):
            t.heading(text[0])
        else:
            t.line(text)
    path = tmp_path / name
    t.save(path)
    return import_file(path)


def _articles(result, lang="en"):
    numbering = Numbering.of(result.draft)
    field = "text_zh" if lang == "zh" else "text"
    return [(numbering.label(a, lang), [getattr(p, field) for p in a.children]) for a in result.draft.articles()]


def test_a_chinese_text_typed_as_chinese_laws_are_gives_its_articles_and_paragraphs(tmp_path):
    result = _import(tmp_path, [("合作协定",), "双方，", "达成协议如下：",
                                "第一条　为了促进双方在人工智能领域的合作，制定本协定。",
                                "第二条　双方应当加强信息交流和技术合作。",
                                "双方应当共同做好风险防范。",
                                "第五条规定的措施不适用于本条。",     # a sentence citing an article, no space
                                "第三条　本协定自签署之日起生效。"])
    assert _articles(result, "zh") == [
        ("第一条", ["为了促进双方在人工智能领域的合作，制定本协定。"]),
        ("第二条", ["双方应当加强信息交流和技术合作。", "双方应当共同做好风险防范。", "第五条规定的措施不适用于本条。"]),
        ("第三条", ["本协定自签署之日起生效。"])]
    assert [r.text_zh for r in result.draft.preamble().children] == ["双方，", "达成协议如下："]
    assert any("typed at the start of their first paragraph" in str(e) for e in result.entries)


@pytest.mark.parametrize("label", ["Article {n}. ", "Article {n}: ", "ARTICLE {w}: ", "Art. {n} – ", "Article {n}.\t"])
def test_english_run_in_headings_in_the_forms_translations_print(tmp_path, label):
    words = {1: "ONE", 2: "TWO", 3: "THREE"}
    lines = [("AGREEMENT",), "The Contracting States,", "Have agreed as follows:"]
    texts = {1: "The Contracting States agree to establish an economic unity.",
             2: "The Contracting States shall exchange information on trade.",
             3: "This Agreement shall enter into force on the date of signature."}
    for n, text in texts.items():
        lines.append(label.format(n=n, w=words[n]) + text)
    result = _import(tmp_path, lines)
    assert [paras for _label, paras in _articles(result)] == [[t] for t in texts.values()]
    assert len(result.draft.preamble().children) == 2


def test_a_sentence_citing_an_article_is_not_a_heading(tmp_path):
    result = _import(tmp_path, [("AGREEMENT",), ("Article 1",), "The Parties shall cooperate.",
                                "Article 5 of the Convention shall apply to this cooperation.",
                                ("Article 2",), "This Agreement enters into force on signature."])
    assert _articles(result) == [
        ("Article 1", ["The Parties shall cooperate.", "Article 5 of the Convention shall apply to this cooperation."]),
        ("Article 2", ["This Agreement enters into force on signature."])]


def test_run_in_and_separate_headings_mixed_and_an_extract_that_skips_articles(tmp_path):
    result = _import(tmp_path, [("AGREEMENT",), ("Article 1",), "The Parties shall cooperate.",
                                "Article 2. The Parties shall consult.",
                                "Article 9. The Parties shall report.",          # an extract: 3-8 left out
                                ("Article 10",), "This Agreement enters into force on signature."])
    assert [label for label, _ in _articles(result)] == ["Article 1", "Article 2", "Article 9", "Article 10"]
    assert _articles(result)[2][1] == ["The Parties shall report."]


def test_an_article_numbered_by_word_whose_paragraph_holds_its_text(tmp_path):
    """"第%1条" by Word's numbering, the article's first paragraph in the numbered paragraph itself: the
    sentence is the article's text, not its title, even where the paragraph is centred."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    t = Typed()
    t.heading("合作协定")
    for text in ("双方应当加强合作：", "本协定自签署之日起生效。"):
        para = t.line(text)
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para._p.get_or_add_pPr().append(parse_xml(f'<w:numPr xmlns:w="{w}"><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>'))
    numbering = t.document.part.numbering_part.element
    numbering.append(parse_xml(f'<w:abstractNum xmlns:w="{w}" w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                               f'<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num xmlns:w="{w}" w:numId="7"><w:abstractNumId w:val="7"/></w:num>'))
    path = tmp_path / "numbered.docx"
    t.save(path)
    result = import_file(path)
    assert [(a.title_zh, [p.text_zh for p in a.children]) for a in result.draft.articles()] == [
        ("", ["双方应当加强合作："]), ("", ["本协定自签署之日起生效。"])]


def test_a_chinese_draft_set_as_chinese_legal_texts_are(tmp_path):
    """Chapters spaced out ("第一章　总　则"), articles run into their text, items, a closing."""
    t = Typed()
    t.heading("人工智能国际合作框架协定（草案）")
    for line in ("各缔约方，", "协议如下："):
        t.line(line)
    t.heading("第一章　总　则")
    t.line("第一条　为了促进人工智能领域的国际合作，缔结本协定。")
    t.line("第二条　本协定适用于缔约方在人工智能领域的合作。")
    t.line("本协定不适用于军事领域。")
    t.heading("第二章　合作")
    t.line("第三条　缔约方应当在下列领域开展合作：")
    t.line("（一）能力建设；")
    t.line("（二）技术转让。")
    t.heading("第三章　附　则")
    t.line("第四条　本协定以中文和英文写成，两种文本同等作准。")
    t.line("本协定于2026年12月6日在北京签订，一式两份。")
    path = tmp_path / "zh.docx"
    t.save(path)
    draft = import_file(path).draft
    numbering = Numbering.of(draft)
    assert [(numbering.label(c, "zh"), c.title_zh, len(c.children)) for c in draft.chapters()] == [
        ("第一章", "总则", 2), ("第二章", "合作", 1), ("第三章", "附则", 1)]
    third = draft.articles()[2]
    assert [s.text_zh for s in third.children[0].children] == ["能力建设；", "技术转让。"]
    assert draft.articles()[1].children[1].text_zh == "本协定不适用于军事领域。"
    assert draft.closing().children[0].text_zh.startswith("本协定于2026年12月6日在北京签订")
