"""Soft law and declarations as they are really typed: provisions without article words.

Chinese initiatives with "——" items after "我们倡议：", "一是…二是…", "一、" parts over "（一）"
headings; a recommendation with "I." and "1.1 Principle" units under "Section 1: …"; declarations
and codes with bulleted or numbered actions, in sections of their own. The texts are short
fixtures (the real instruments are measured by ``python -m benchmarks.evaluate``)."""
from __future__ import annotations

from workbench.core.numbering import Numbering
from workbench.export.importing import import_file

from .typed import Typed


def _articles(draft):
    return [n for n in draft.walk() if n.kind.value == "article"]


def _divisions(draft):
    return [n for n in draft.walk() if n.kind.value == "chapter"]


def initiative_zh(path):
    """An initiative: title, introduction, a chapeau ending with a colon, "——" items."""
    t = Typed()
    t.heading("全球人工智能治理倡议")
    t.line("人工智能是人类发展新领域。")
    t.line("为此，我们倡议：")
    t.line("——发展人工智能应坚持“以人为本”理念，以增进人类共同福祉为目标。")
    t.line("——面向他国提供人工智能产品和服务时，应尊重他国主权，严格遵守他国法律。")
    t.line("——逐步建立健全法律和规章制度，保障人工智能研发和应用中的个人隐私与数据安全。")
    t.save(path)


def recommendation_en(path):
    """A recommendation: "I." alone over its text, "Section 1: …", "1.1. Title" with a) and i. items."""
    t = Typed()
    t.heading("Recommendation of the Council on Artificial Intelligence")
    t.line("THE COUNCIL,")
    t.line("On the proposal of the Digital Policy Committee:")
    t.heading("I.")
    t.line("AGREES that for the purpose of this Recommendation the following terms should be understood as follows:")
    t.item("•", "AI system: a machine-based system.")
    t.heading("Section 1: Principles for responsible stewardship of trustworthy AI")
    t.heading("II.")
    t.line("RECOMMENDS that Adherents promote and implement the following principles.")
    t.heading("1.1. Inclusive growth, sustainable development and well-being")
    t.line("Stakeholders should proactively engage in responsible stewardship of trustworthy AI.")
    t.heading("1.2. Transparency and explainability")
    t.line("AI Actors should commit to transparency. To this end, they should provide meaningful information:")
    t.item("i.", "to foster a general understanding of AI systems,")
    t.item("ii.", "to make stakeholders aware of their interactions with AI systems, and,")
    t.item("iii.", "to provide information that enable those adversely affected to challenge its output.")
    t.heading("Section 2: National policies and international co-operation for trustworthy AI")
    t.heading("2.1. Investing in AI research and development")
    t.item("a)", "Governments should consider long-term public investment.")
    t.item("b)", "Governments should also consider public investment in open-source tools.")
    t.heading("III.")
    t.line("INVITES the Secretary-General and Adherents to disseminate this Recommendation.")
    t.save(path)


def test_chinese_items_after_a_chapeau_are_the_provisions(tmp_path):
    initiative_zh(tmp_path / "zh.docx")
    result = import_file(tmp_path / "zh.docx")
    draft = result.draft
    articles = _articles(draft)
    assert len(articles) == 3 and result.unmapped == []
    assert [a.children[0].text_zh[:6] for a in articles] == ["发展人工智能", "面向他国提供", "逐步建立健全"]
    assert [r.text_zh for r in draft.preamble().children][-1] == "为此，我们倡议："
    assert all(a.attrs.get("label_zh") == "——" for a in articles)
    numbering = Numbering.of(draft)
    assert numbering.label(articles[1], "zh") == "——"


def test_a_recommendation_with_roman_and_dotted_units_under_sections(tmp_path):
    recommendation_en(tmp_path / "oecd.docx")
    draft = import_file(tmp_path / "oecd.docx").draft
    articles = _articles(draft)
    assert [a.title for a in articles] == ["", "", "Inclusive growth, sustainable development and well-being",
                                           "Transparency and explainability", "Investing in AI research and development",
                                           ""]
    assert [d.title for d in _divisions(draft)] == [
        "Principles for responsible stewardship of trustworthy AI",
        "National policies and international co-operation for trustworthy AI"]
    assert articles[0] in draft.children and articles[1] in _divisions(draft)[0].children
    numbering = Numbering.of(draft)
    assert [numbering.label(a) for a in articles] == ["I.", "II.", "1.1.", "1.2.", "2.1.", "III."]
    items = articles[3].children[0].children
    assert [numbering.label(s) for s in items] == ["i.", "ii.", "iii."]
    assert [n.text for n in draft.preamble().children] == ["THE COUNCIL,", "On the proposal of the Digital Policy Committee:"]
    assert articles[0].children[0].text.startswith("AGREES") and articles[0].children[0].children[0].attrs["label"] == "•"


def test_a_chinese_plan_with_parts_over_titled_provisions(tmp_path):
    t = Typed()
    t.heading("行动计划")
    t.line("为此，提出本计划。")
    t.heading("一、总体目标", center=False)
    t.heading("（一）促进基础设施联通", center=False)
    t.line("完善全球基础设施布局。")
    t.heading("（二）加强人才培养", center=False)
    t.line("开展人才培养和交流。")
    t.heading("二、具体行动", center=False)
    t.heading("（一）开展合作", center=False)
    t.line("推动合作。")
    t.save(tmp_path / "plan.docx")
    draft = import_file(tmp_path / "plan.docx").draft
    assert [d.title_zh for d in _divisions(draft)] == ["总体目标", "具体行动"]
    assert [a.title_zh for a in _articles(draft)] == ["促进基础设施联通", "加强人才培养", "开展合作"]
    assert [len(d.children) for d in _divisions(draft)] == [2, 1]
    numbering = Numbering.of(draft)
    assert [numbering.label(d, "zh") for d in _divisions(draft)] == ["一、", "二、"]


def test_chinese_yi_shi_er_shi_items_are_provisions_and_paragraphs_inside_an_article(tmp_path):
    t = Typed()
    t.heading("工作方案")
    t.line("现就有关工作提出如下意见。")
    t.line("一是加强统筹协调。")
    t.line("二是完善制度规则。")
    t.line("三是强化人才支撑。")
    t.save(tmp_path / "items.docx")
    draft = import_file(tmp_path / "items.docx").draft
    assert [a.children[0].text_zh for a in _articles(draft)] == ["加强统筹协调。", "完善制度规则。", "强化人才支撑。"]
    t = Typed()
    t.heading("第一条")
    t.line("各缔约方应当采取下列措施：")
    t.line("一是加强统筹协调；")
    t.line("二是完善制度规则。")
    t.heading("第二条")
    t.line("本协定自签署之日起生效。")
    t.save(tmp_path / "article.docx")
    draft = import_file(tmp_path / "article.docx").draft
    first = _articles(draft)[0]
    numbering = Numbering.of(draft)
    items = [n for n in first.walk() if n is not first and n.text_zh.endswith(("；", "。")) and n.text_zh != "各缔约方应当采取下列措施："]
    assert [numbering.label(n, "zh") for n in items] == ["一是", "二是"]


def test_a_declaration_with_bulleted_actions_and_a_preamble_list(tmp_path):
    t = Typed()
    t.heading("Declaration on Artificial Intelligence")
    t.line("We, the Ministers,")
    t.line("Recalling:")
    t.item("•", "the Universal Declaration of Human Rights;")
    t.item("•", "the 2030 Agenda for Sustainable Development;")
    t.line("Commit to:")
    t.item("•", "Promote research and development of trustworthy AI.")
    t.item("•", "Share knowledge with developing countries.")
    t.item("•", "Review this Declaration in two years.")
    t.save(tmp_path / "decl.docx")
    draft = import_file(tmp_path / "decl.docx").draft
    articles = _articles(draft)
    assert [a.children[0].text for a in articles] == ["Promote research and development of trustworthy AI.",
                                                     "Share knowledge with developing countries.",
                                                     "Review this Declaration in two years."]
    preamble = draft.preamble()
    assert "Recalling:" in [r.text for r in preamble.children] and not any(
        "Universal Declaration" in n.text for a in articles for n in a.walk())


def test_headings_over_numbered_paragraphs_are_divisions_of_a_resolution(tmp_path):
    t = Typed()
    t.heading("Global Compact")
    t.line("We, the Heads of State and Government,")
    t.heading("Introduction")
    t.item("1.", "Digital technologies are dramatically transforming our world.")
    t.item("2.", "We can only achieve this through strengthened international cooperation.")
    t.heading("Objectives")
    t.item("3.", "We will pursue the following objectives.")
    t.save(tmp_path / "compact.docx")
    draft = import_file(tmp_path / "compact.docx").draft
    assert [d.title for d in _divisions(draft)] == ["Introduction", "Objectives"]
    assert [len([c for c in d.children if c.kind.value == "article"]) for d in _divisions(draft)] == [2, 1]


def test_the_styles_of_article_treaties_are_left_as_they_were(tmp_path):
    t = Typed()
    t.heading("AGREEMENT")
    t.heading("Article 1")
    t.heading("Scope")
    t.item("1.", "This Agreement applies to measures of the Parties.")
    t.item("i.", "the first case; and")
    t.item("ii.", "the second case.")
    t.heading("Article 2")
    t.line("Each Party shall cooperate.")
    t.save(tmp_path / "t.docx")
    draft = import_file(tmp_path / "t.docx").draft
    assert [a.title for a in _articles(draft)] == ["Scope", ""]
    numbering = Numbering.of(draft)
    subs = [n for n in _articles(draft)[0].walk() if n.kind.value == "subparagraph"]
    assert [numbering.label(s) for s in subs] == ["i.", "ii."]


def test_a_two_column_table_of_items_and_of_numbered_headings(tmp_path):
    t = Typed()
    t.row("Global Initiative", "全球倡议")
    t.row("Artificial intelligence is a new area of human development.", "人工智能是人类发展新领域。")
    t.row("To this end, we call for:", "为此，我们倡议：")
    t.row("—\tDevelop AI in a people-centred way.", "——发展人工智能应坚持“以人为本”理念。")
    t.row("—\tRespect the sovereignty of other countries.", "——应尊重他国主权。")
    t.save(tmp_path / "items.docx")
    draft = import_file(tmp_path / "items.docx").draft
    articles = _articles(draft)
    assert [(a.children[0].text, a.children[0].text_zh) for a in articles] == [
        ("Develop AI in a people-centred way.", "发展人工智能应坚持“以人为本”理念。"),
        ("Respect the sovereignty of other countries.", "应尊重他国主权。")]
    t = Typed()
    t.row("Plan", "计划")
    t.row("Introduction.", "引言。")
    t.row("I. General", "一、总则")
    t.row("1. Connectivity", "（一）联通")
    t.row("Improve the layout.", "完善布局。")
    t.row("2. Talent", "（二）人才")
    t.row("Train people.", "培养人才。")
    t.document.tables[0].rows[2].cells[0].paragraphs[0].runs[0].bold = True
    for row in list(t.document.tables[0].rows)[2:]:
        for cell in row.cells:
            for run in cell.paragraphs[0].runs:
                run.bold = not run.text.endswith(("。", "."))
    t.save(tmp_path / "heads.docx")
    draft = import_file(tmp_path / "heads.docx").draft
    division = _divisions(draft)[0]
    numbering = Numbering.of(draft)
    assert (division.title, division.title_zh) == ("General", "总则")
    assert (numbering.label(division), numbering.label(division, "zh")) == ("I.", "一、")
    assert [(a.title, a.title_zh) for a in _articles(draft)] == [("Connectivity", "联通"), ("Talent", "人才")]
    assert [numbering.label(a, "zh") for a in _articles(draft)] == ["（一）", "（二）"]


def _roman(t: Typed, label: str, text: str) -> None:
    """A paragraph as the Recommendation prints it: its number in bold, a tab, its text."""
    paragraph = t.document.add_paragraph()
    paragraph.add_run(label).bold = True
    paragraph.add_run("\t" + text)


def test_roman_paragraphs_between_titled_principles_are_provisions(tmp_path):
    """The Recommendation as printed: "I." in bold before its text, beside "1.1" principle headings."""
    t = Typed()
    t.heading("Recommendation of the Council on Artificial Intelligence")
    t.line("THE COUNCIL,")
    _roman(t, "I.", "AGREES that for the purpose of this Recommendation the following terms should be understood:")
    t.heading("Section 1: Principles", center=False)
    _roman(t, "II.", "RECOMMENDS that Adherents promote the following principles.")
    t.heading("1.1. Inclusive growth", center=False)
    t.line("Stakeholders should engage in responsible stewardship.")
    t.heading("1.2. Transparency", center=False)
    t.line("AI Actors should commit to transparency.")
    _roman(t, "III.", "INVITES non-Adherents to adhere to this Recommendation.")
    t.save(tmp_path / "oecd.docx")
    draft = import_file(tmp_path / "oecd.docx").draft
    numbering = Numbering.of(draft)
    assert [numbering.label(a) for a in _articles(draft)] == ["I.", "II.", "1.1.", "1.2.", "III."]
    assert _articles(draft)[1].children[0].text.startswith("RECOMMENDS")


def test_a_single_dash_before_chinese_text_is_an_item_mark(tmp_path):
    t = Typed()
    t.heading("倡议")
    t.line("我们倡议：")
    t.line("—发展人工智能应坚持以人为本。")
    t.line("—应尊重他国主权。")
    t.save(tmp_path / "dash.docx")
    assert len(_articles(import_file(tmp_path / "dash.docx").draft)) == 2


def test_an_extract_numbered_from_nine_keeps_its_numbers_and_its_headings(tmp_path):
    """One section of a longer recommendation, circulated on its own: its paragraphs go on from
    "9." and a numbered heading ("II.1 RIGHTS") stands over an unnumbered one over the paragraphs."""
    t = Typed()
    t.heading("Recommendation on Example Matters")
    t.heading("II. RIGHTS AND DUTIES")
    t.item("9.", "The rights set out below should be respected by all actors.")
    t.item("10.", "Rights play a powerful role in shaping policy measures.")
    t.heading("II.1 RIGHTS")
    t.heading("Dignity of the person")
    t.item("11.", "The dignity of every human being should be respected throughout.")
    t.item("12.", "No person should be harmed during any phase of the life cycle.")
    t.heading("Fair treatment")
    t.item("13.", "Actors should promote fairness and non-discrimination.")
    t.save(tmp_path / "extract.docx")
    result = import_file(tmp_path / "extract.docx")
    draft = result.draft
    articles = _articles(draft)
    assert len(articles) == 5 and not any(n.kind.value == "recital" for n in draft.walk())
    numbering = Numbering.of(draft)
    assert [numbering.label(a) for a in articles] == ["9.", "10.", "11.", "12.", "13."]   # as printed
    assert [d.title for d in _divisions(draft)] == ["RIGHTS AND DUTIES", "RIGHTS", "Dignity of the person",
                                                    "Fair treatment"]
    notes = [m for m in result.notes if "kept as printed" in str(m)]
    assert len(notes) == 1 and "(II. … 13.)" in str(notes[0])


def test_a_list_numbered_from_two_alone_is_not_an_extract(tmp_path):
    """Two paragraphs "2." and "3." are not enough to read a file as an extract: they stay text."""
    t = Typed()
    t.heading("Statement")
    t.line("The participants met in Geneva.")
    t.item("2.", "They noted the progress made.")
    t.item("3.", "They agreed to meet again.")
    t.save(tmp_path / "short.docx")
    assert _articles(import_file(tmp_path / "short.docx").draft) == []


def test_a_resolution_whose_operative_paragraphs_are_numbered_in_parentheses(tmp_path):
    """"(1) Resolves …" or "1) Calls upon …": the operative paragraphs are the provisions, as "1." ones are;
    "(a)" items inside them stay items."""
    for first, second in (("(1)", "(2)"), ("1)", "2)")):
        t = Typed()
        t.heading("Resolution on international cooperation")
        t.line("The General Assembly,")
        t.line("Recalling its earlier resolutions,")
        t.item(first, "Resolves to promote safe, secure and trustworthy systems;")
        t.item("(a)", "through capacity-building;")
        t.item(second, "Calls upon all Member States to cooperate.")
        path = tmp_path / f"res{len(first)}.docx"
        t.save(path)
        draft = import_file(path).draft
        provisions = _articles(draft)
        assert [p.children[0].text[:12] for p in provisions] == ["Resolves to ", "Calls upon a"]
        assert [s.text for s in provisions[0].walk() if s.kind.value == "subparagraph"] == ["through capacity-building;"]


def test_an_extract_numbered_from_nine_in_parentheses(tmp_path):
    """The same extract typed "(9)", "(10)" … or "9)", "10)" …: its paragraphs are still the provisions,
    numbered as printed (they came in as nothing: no article, no recital)."""
    for mark in ("({0})", "{0})"):
        t = Typed()
        t.heading("Recommendation on Example Matters")
        t.heading("II. RIGHTS AND DUTIES")
        for n, text in ((9, "The rights set out below should be respected by all actors."),
                        (10, "Rights play a powerful role in shaping policy measures."),
                        (11, "The dignity of every human being should be respected throughout."),
                        (12, "No person should be harmed during any phase of the life cycle.")):
            t.item(mark.format(n), text)
        path = tmp_path / f"extract{len(mark)}.docx"
        t.save(path)
        draft = import_file(path).draft
        articles = _articles(draft)
        assert len(articles) == 4, mark
        assert [Numbering.of(draft).label(a) for a in articles] == [mark.format(n) for n in (9, 10, 11, 12)]
