"""Numbers computed from position, in English and Chinese."""
import pytest

from workbench.core.model import Draft, Node, NodeKind
from workbench.core.numbering import Numbering, chinese_numeral, letter, roman


@pytest.mark.parametrize("n, expected", [
    (1, "一"), (10, "十"), (11, "十一"), (12, "十二"), (20, "二十"), (23, "二十三"),
    (36, "三十六"), (100, "一百"), (101, "一百零一"), (110, "一百一十"), (305, "三百零五"),
    (2000, "二千"), (2015, "二千零一十五"),
])
def test_chinese_numerals(n, expected):
    assert chinese_numeral(n) == expected


def test_roman_and_letters():
    assert [roman(n) for n in (1, 4, 8, 9, 14, 40)] == ["I", "IV", "VIII", "IX", "XIV", "XL"]
    assert [letter(n) for n in (1, 2, 26, 27)] == ["a", "b", "z", "aa"]


def _draft() -> Draft:
    art = lambda title, paras=0: Node(kind=NodeKind.ARTICLE, title=title, children=[
        Node(kind=NodeKind.PARAGRAPH, text=f"p{i}", children=[
            Node(kind=NodeKind.SUBPARAGRAPH, text="s1"), Node(kind=NodeKind.SUBPARAGRAPH, text="s2")])
        for i in range(paras)])
    return Draft(title="T", children=[
        Node(kind=NodeKind.PREAMBLE, children=[Node(kind=NodeKind.RECITAL, text="Recalling")]),
        Node(kind=NodeKind.CHAPTER, title="General", children=[art("A"), art("B", 2)]),
        Node(kind=NodeKind.CHAPTER, title="Final", children=[art("C")]),
        art("D"),
    ])


def test_articles_numbered_across_chapters_in_document_order():
    draft = _draft()
    numbering = Numbering.of(draft)
    titles = {a.title: numbering.articles[a.id] for a in draft.articles()}
    assert titles == {"A": 1, "B": 2, "C": 3, "D": 4}
    chapter_labels = [numbering.label(c) for c in draft.chapters()]
    assert chapter_labels == ["Chapter I", "Chapter II"]
    assert [numbering.label(c, "zh") for c in draft.chapters()] == ["第一章", "第二章"]


def test_paragraph_and_subparagraph_labels():
    draft = _draft()
    numbering = Numbering.of(draft)
    b = draft.articles()[1]
    assert numbering.label(b) == "Article 2"
    assert numbering.label(b, "zh") == "第二条"
    assert [numbering.label(p) for p in b.children] == ["1.", "2."]
    assert [numbering.label(s) for s in b.children[1].children] == ["(a)", "(b)"]
    assert [numbering.label(s, "zh") for s in b.children[1].children] == ["（一）", "（二）"]


def test_unnumbered_paragraph_has_no_label_and_does_not_count():
    article = Node(kind=NodeKind.ARTICLE, children=[
        Node(kind=NodeKind.PARAGRAPH, text="chapeau", numbered=False),
        Node(kind=NodeKind.PARAGRAPH, text="one")])
    numbering = Numbering.of(Draft(title="x", children=[article]))
    assert numbering.label(article.children[0]) == ""
    assert numbering.label(article.children[1]) == "1."
