"""Two-column tables of a Chinese original with a partial English translation, and rows out of step.

A ministry's bilingual table of a Chinese document (an initiative, an action plan) often carries an
English translation of its first parts only, and the translator's headings print no number, or
another one, than the Chinese "一、" / "（一）". And a column pasted a row off, or a translation that
splits a paragraph the original keeps whole, leaves headings beside body text. Either way the
structure must be the Chinese original's, as the same text typed in Chinese alone gives it.
"""
from __future__ import annotations

import pytest

from workbench.core.numbering import Numbering
from workbench.export.importing import import_file

from .typed import Typed

# (kind, Chinese, English): a Chinese original typed with "一、" and "（一）" headings over unlabelled
# paragraphs; None where the translation stops.
PLAN = [
    ("title", "全球人工智能治理倡议", "Global AI Governance Initiative"),
    ("text", "人工智能是人类发展新领域。当前，全球人工智能技术快速发展，对经济社会发展和人类文明进步产生深远影响。",
     "Artificial intelligence (AI) is a new area of human development."),
    ("text", "为此，我们倡议：", "Therefore, we call for:"),
    ("head", "一、共同愿景", "Common vision"),
    ("text", "我们重申，各国应在人工智能治理中加强信息交流和技术合作，共同做好风险防范。",
     "We reaffirm that countries should strengthen information exchange and technological cooperation."),
    ("head", "（一）以人为本", "(a) People-centred"),
    ("text", "发展人工智能应坚持“以人为本”理念，以增进人类共同福祉为目标。",
     "We should adhere to a people-centered approach in developing AI."),
    ("text", "积极支持以人工智能助力可持续发展，应对气候变化。", None),
    ("head", "（二）智能向善", None),
    ("text", "发展人工智能应坚持“智能向善”的宗旨，遵守适用的国际法。", None),
    ("head", "二、行动", None),
    ("head", "（一）能力建设", None),
    ("text", "各国应加强信息交流和技术合作。", None),
    ("head", "（二）数据安全", None),
    ("text", "各国应共同做好风险防范，形成具有广泛共识的人工智能治理框架和标准规范。", None),
]


def _outline(result) -> list[tuple[str, str]]:
    return [(n.kind.value, n.title_zh) for n in result.draft.walk() if n.kind.value in ("chapter", "article")]


@pytest.fixture(scope="module")
def chinese_alone(tmp_path_factory):
    t = Typed()
    for kind, zh, _en in PLAN:
        t.line(zh, bold=kind != "text", center=kind == "title")
    path = tmp_path_factory.mktemp("plan") / "zh.docx"
    t.save(path)
    return import_file(path)


def _table(path, rows, english_kinds=None) -> None:
    """A two-column table; each cell typed as what it holds (a heading bold, text plain)."""
    t = Typed()
    t.table = t.document.add_table(rows=0, cols=2)
    for i, (kind, zh, en) in enumerate(rows):
        left, right = t.table.add_row().cells
        en_kind = english_kinds[i] if english_kinds else kind
        if en:
            t.line(en, bold=en_kind != "text", center=en_kind == "title", cell=left)
        t.line(zh, bold=kind != "text", center=kind == "title", cell=right)
    t.save(path)


def test_the_chinese_alone_gives_the_outline_the_tables_must_match(chinese_alone):
    assert _outline(chinese_alone) == [
        ("article", "共同愿景"), ("article", "以人为本"), ("article", "智能向善"),
        ("chapter", "行动"), ("article", "能力建设"), ("article", "数据安全")]


def test_a_partial_translation_whose_headings_print_no_chinese_number_keeps_the_chinese_structure(
        tmp_path, chinese_alone):
    path = tmp_path / "table.docx"
    _table(path, PLAN)
    result = import_file(path)
    assert _outline(result) == _outline(chinese_alone)
    first, second = result.draft.articles()[:2]
    assert (first.title, first.title_zh) == ("Common vision", "共同愿景")
    assert (second.title, second.title_zh) == ("People-centred", "以人为本")
    assert [(p.text[:20], p.text_zh[:8]) for p in second.children] == [
        ("We should adhere to ", "发展人工智能应坚"), ("", "积极支持以人工智")]


def test_where_the_english_is_complete_its_numbering_still_leads(tmp_path):
    rows = [("title", "协定", "AGREEMENT"), ("text", "双方，", "The Parties,"),
            ("head", "第一条", "Article 1"), ("text", "双方应当合作。", "The Parties shall cooperate."),
            ("head", "第二条", "Article 2"), ("text", "本协定自签署之日起生效。", "This Agreement enters into force on signature.")]
    path = tmp_path / "complete.docx"
    _table(path, rows)
    result = import_file(path)
    numbering = Numbering.of(result.draft)
    assert [(numbering.label(a), numbering.label(a, "zh")) for a in result.draft.articles()] == [
        ("Article 1", "第一条"), ("Article 2", "第二条")]
    assert [(a.children[0].text, a.children[0].text_zh) for a in result.draft.articles()] == [
        ("The Parties shall cooperate.", "双方应当合作。"),
        ("This Agreement enters into force on signature.", "本协定自签署之日起生效。")]
    assert not [e for e in result.entries if "out of step" in e.what]


def test_rows_out_of_step_are_paired_again_heading_with_heading(tmp_path, chinese_alone):
    english = [(k, en) for k, _zh, en in PLAN if en]
    english.insert(2, ("text", "AI governance bears on the future and destiny of all mankind."))  # a row ahead
    shifted = [(kind, zh, english[i][1] if i < len(english) else None) for i, (kind, zh, _en) in enumerate(PLAN)]
    path = tmp_path / "shifted.docx"
    _table(path, shifted, [english[i][0] if i < len(english) else "text" for i in range(len(PLAN))])
    result = import_file(path)
    assert _outline(result) == _outline(chinese_alone)
    first, second = result.draft.articles()[:2]
    assert (first.title, second.title) == ("Common vision", "People-centred")
    assert first.children[0].text.startswith("We reaffirm") and first.children[0].text_zh.startswith("我们重申")
    assert [e for e in result.entries if e.kind == "moved" and "out of step" in e.what]


def test_an_aligned_table_is_not_taken_for_one_out_of_step(tmp_path):
    path = tmp_path / "aligned.docx"
    _table(path, PLAN)
    result = import_file(path)
    assert not [e for e in result.entries if "out of step" in e.what]
