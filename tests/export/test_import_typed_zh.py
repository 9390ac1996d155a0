"""Chinese and bilingual Word files: 一、/（一）/1. labels as printed, 第十五条第三款 references, two columns."""
from __future__ import annotations

import pytest

from workbench.core import operations
from workbench.core.numbering import Numbering
from workbench.core.references import Resolver
from workbench.export.importing import import_file

from .typed import Typed


def chinese_style(path) -> None:
    t = Typed()
    t.heading("保护文化遗产公约")
    t.line("缔约各国，")
    t.line("考虑到文化遗产日益受到破坏的威胁，")
    t.line("兹协议如下：")
    t.heading("一、文化遗产的定义")
    t.heading("第一条", center=False)
    t.line("在本公约中，以下各项为“文化遗产”：")
    t.item("（一）", "文物：从历史角度具有价值的建筑物；")
    t.item("（二）", "建筑群：")
    t.line("1.其他国家；")                       # typed without a space, as Chinese typesetting does
    t.line("2.国际组织；")
    t.item("（三）", "遗址：人类工程；")
    t.item("（四）", "考古地址；")
    t.item("（五）", "其他遗产。")
    t.heading("第二条", center=False)
    t.line("依照第1条和第2条，各缔约国应当确定文化遗产。")
    t.heading("二、国家保护和国际保护")
    t.heading("第三条　保护义务", center=False)
    t.item("一、", "各缔约国承认保护文化遗产的义务。")
    t.item("二、", "本条第一款所述义务，依照第一条第二款履行，并适用第四条第二款。")
    t.heading("第四条", center=False)
    t.item("一、", "各缔约国应当合作。")
    t.item("二、", "《联合国宪章》第一百零二条所述的登记不受影响；框架协定第5.3条亦然。")
    t.line("1972年11月23日订于巴黎，正本两份，均有大会主席和总干事的签字。")
    t.line("大会主席")
    t.line("总干事")
    t.heading("附件一")
    t.heading("保护措施清单")
    t.item("一、", "登记；")
    t.item("二、", "监测。")
    t.save(path)


@pytest.fixture(scope="module")
def chinese(tmp_path_factory):
    path = tmp_path_factory.mktemp("typed") / "zh.docx"
    chinese_style(path)
    return import_file(path)


def test_chinese_structure_is_recovered(chinese):
    draft = chinese.draft
    numbering = Numbering.of(draft)
    assert draft.title == draft.title_zh == "保护文化遗产公约"
    assert [r.text_zh for r in draft.preamble().children] == ["缔约各国，", "考虑到文化遗产日益受到破坏的威胁，",
                                                               "兹协议如下："]
    divisions = draft.chapters()
    assert [(numbering.label(d, "zh"), d.title_zh) for d in divisions] == [
        ("一、", "文化遗产的定义"), ("二、", "国家保护和国际保护")]
    assert [len(d.children) for d in divisions] == [2, 2]
    assert [a.title_zh for a in draft.articles()] == ["", "", "保护义务", ""]
    closing = draft.closing()
    assert [p.text_zh for p in closing.children] == [
        "1972年11月23日订于巴黎，正本两份，均有大会主席和总干事的签字。", "大会主席", "总干事"]
    annex = draft.annexes()[0]
    assert (numbering.label(annex, "zh"), annex.title_zh) == ("附件一", "保护措施清单")
    assert [numbering.label(p, "zh") for p in annex.children] == ["一、", "二、"]
    assert chinese.unmapped == []


def test_sub_items_typed_without_a_space_are_items_and_later_items_keep_their_numbers(chinese):
    article = chinese.draft.articles()[0]
    numbering = Numbering.of(chinese.draft)
    chapeau = article.children[0]
    assert chapeau.text_zh.startswith("在本公约中")
    assert [numbering.label(s, "zh") for s in chapeau.children] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    second = chapeau.children[1]
    assert [(numbering.label(s, "zh"), s.text_zh) for s in second.children] == [("1.", "其他国家；"), ("2.", "国际组织；")]


def test_chinese_references_follow_the_articles_they_cite(chinese):
    draft = chinese.draft
    second = draft.articles()[1].children[0].text_zh
    third = draft.articles()[2].children[1].text_zh
    fourth = draft.articles()[3].children[1].text_zh
    assert second.count("{{ref:") == 2 and third.count("{{ref:") == 2
    assert "{{ref:" not in fourth                 # the Charter and another agreement stay text
    moved = draft.copy()
    operations.move_article(moved, moved.articles()[0], 4).apply(moved)    # 第一条 becomes 第四条
    resolver = Resolver(moved)
    assert resolver.render(moved.articles()[0].children[0].text_zh, "zh") == "依照第4条和第1条，各缔约国应当确定文化遗产。"
    assert resolver.render(moved.articles()[1].children[1].text_zh, "zh") == (
        "本条第一款所述义务，依照第四条第二款履行，并适用第三条第二款。")


def bilingual_table(path) -> None:
    t = Typed()
    t.row("AGREEMENT ON COOPERATION", "合作协定", bold=True, center=True)
    t.row("The Parties,", "双方，")
    t.row("Have agreed as follows:", "达成协议如下：")
    t.row("SECTION A", "第一节", bold=True, center=True)
    t.row("GENERAL PROVISIONS", "总则", bold=True, center=True)
    t.row("Article 1", "第一条", bold=True)
    t.row("Objective", "目标", bold=True)
    t.row("1.\tThe Parties shall cooperate.", "一、\t双方应当合作。")
    t.row("2.\tThe Parties shall consult in accordance with Article 2.", "二、\t双方应当依照第二条进行磋商。")
    t.row("(a)\tin writing;", "（一）\t以书面形式；")
    t.row("(b)\torally.", "（二）\t以口头形式。")
    t.row("SECTION B", "第二节", bold=True, center=True)
    t.row("FINAL PROVISIONS", "最后条款", bold=True, center=True)
    t.row("Article 2", "第二条", bold=True)
    t.row("Entry into force", "生效", bold=True)
    t.row("This Agreement enters into force on signature, subject to paragraph 2 of Article 1.",
          "本协定自签署之日起生效，但须遵守第一条第二款。")
    t.row("IN WITNESS WHEREOF the undersigned have signed this Agreement.", "下列签署人经正式授权，签署本协定，以昭信守。")
    t.row("Done at Beijing in duplicate in the English and Chinese languages, both texts being equally authentic.",
          "本协定于北京签订，一式两份，每份均用英文和中文写成，两种文本同等作准。")
    t.save(path)


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory):
    path = tmp_path_factory.mktemp("typed") / "both.docx"
    bilingual_table(path)
    return import_file(path)


def test_a_two_column_table_gives_both_titles_headings_and_paragraphs(bilingual):
    draft = bilingual.draft
    numbering = Numbering.of(draft)
    assert (draft.title, draft.title_zh) == ("AGREEMENT ON COOPERATION", "合作协定")
    assert [(numbering.label(d), numbering.label(d, "zh"), d.title, d.title_zh) for d in draft.chapters()] == [
        ("SECTION A", "第一节", "GENERAL PROVISIONS", "总则"), ("SECTION B", "第二节", "FINAL PROVISIONS", "最后条款")]
    first, second = draft.articles()
    assert (first.title, first.title_zh, second.title, second.title_zh) == ("Objective", "目标", "Entry into force", "生效")
    para = first.children[1]
    assert [(s.text, s.text_zh) for s in para.children] == [("in writing;", "以书面形式；"), ("orally.", "以口头形式。")]
    closing = draft.closing()
    assert [(p.text[:12], p.text_zh[:6]) for p in closing.children] == [
        ("IN WITNESS W", "下列签署人经"), ("Done at Beij", "本协定于北京")]
    assert bilingual.unmapped == []


def test_references_in_both_columns_follow_a_move(bilingual):
    draft = bilingual.draft.copy()
    operations.move_article(draft, draft.articles()[1], 1).apply(draft)
    resolver = Resolver(draft)
    old_first = draft.articles()[1]
    assert resolver.render(old_first.children[1].text) == "The Parties shall consult in accordance with Article 1."
    assert resolver.render(old_first.children[1].text_zh, "zh") == "双方应当依照第一条进行磋商。"
    moved = draft.articles()[0].children[0]
    assert resolver.render(moved.text).endswith("subject to paragraph 2 of Article 2.")
    assert resolver.render(moved.text_zh, "zh") == "本协定自签署之日起生效，但须遵守第二条第二款。"


def test_a_two_column_table_with_merged_heading_rows_is_still_read_in_parallel(tmp_path):
    t = Typed()
    t.row("AGREEMENT", "协定", bold=True, center=True)
    t.row("The Parties,", "双方，")
    t.row("Article 1", "第一条", bold=True)
    t.row("1.\tThe Parties shall cooperate.", "一、\t双方应当合作。")
    merged = t.table.add_row().cells
    merged[0].merge(merged[1])
    merged[0].paragraphs[0].add_run("CHAPTER II – FINAL PROVISIONS / 第二章 最后条款").bold = True
    t.row("Article 2", "第二条", bold=True)
    t.row("This Agreement enters into force on signature.", "本协定自签署之日起生效。")
    path = tmp_path / "merged.docx"
    t.save(path)
    result = import_file(path)
    draft = result.draft
    assert [(a.children[0].text, a.children[0].text_zh) for a in draft.articles()] == [
        ("The Parties shall cooperate.", "双方应当合作。"),
        ("This Agreement enters into force on signature.", "本协定自签署之日起生效。")]
    assert draft.chapters()[0].children == [draft.articles()[1]]
