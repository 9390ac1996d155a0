"""Reversible edits undo exactly; impossible edits are refused with a clear message."""
import pytest
from hypothesis import given, settings, strategies as st

from workbench.core import operations
from workbench.core.edits import Compound, InsertNodes, MoveNode, RemoveNode, SetDraftFields, SetFields
from workbench.core.model import Draft, DraftError, Node, NodeKind


def make_draft(chapters=3, per_chapter=4) -> Draft:
    draft = Draft(title="Model AI Treaty", children=[
        Node(kind=NodeKind.PREAMBLE, children=[Node(kind=NodeKind.RECITAL, text="Recognising …")])])
    n = 0
    for c in range(chapters):
        chapter = Node(kind=NodeKind.CHAPTER, title=f"Chapter {c}")
        for _ in range(per_chapter):
            n += 1
            chapter.children.append(Node(kind=NodeKind.ARTICLE, title=f"A{n}", children=[
                Node(kind=NodeKind.PARAGRAPH, text=f"Each Party shall {n}.")]))
        draft.children.append(chapter)
    return draft


def test_insert_remove_move_setfields_round_trip():
    draft = make_draft()
    before = draft.to_dict()
    chapter = draft.chapters()[1]
    edits = [
        InsertNodes(chapter.id, 0, [Node(kind=NodeKind.ARTICLE, title="New")]),
        RemoveNode(draft.articles()[0].id),
        MoveNode(draft.articles()[-1].id, draft.chapters()[0].id, 0),
        SetFields(draft.articles()[2].id, {"title": "Renamed", "title_zh": "新标题"}),
        SetDraftFields({"title": "Rev.1"}),
    ]
    for edit in edits:
        edit.apply(draft)
    assert draft.title == "Rev.1"
    assert draft.to_dict() != before
    for edit in reversed(edits):
        edit.revert(draft)
    assert draft.to_dict() == before


def test_move_article_to_front_renumbers():
    draft = make_draft()
    last = draft.articles()[-1]
    edit = operations.move_article(draft, last, 1)
    edit.apply(draft)
    assert draft.articles()[0].id == last.id
    assert draft.chapter_of(last.id).id == draft.chapters()[0].id
    edit.revert(draft)
    assert draft.articles()[-1].id == last.id


def test_move_to_last_position_and_middle():
    draft = make_draft()
    first = draft.articles()[0]
    operations.move_article(draft, first, 12).apply(draft)
    assert draft.articles()[-1].id == first.id
    fifth = draft.articles()[4]
    operations.move_article(draft, fifth, 2).apply(draft)
    assert draft.articles()[1].id == fifth.id


@pytest.mark.parametrize("make, message", [
    (lambda d: MoveNode(d.chapters()[0].id, d.articles()[-1].id, 0), "cannot be placed"),
    (lambda d: InsertNodes(None, 99, [Node(kind=NodeKind.ARTICLE)]), "outside"),
    (lambda d: InsertNodes(d.chapters()[0].id, 0, [Node(kind=NodeKind.ANNEX)]), "cannot be placed"),
    (lambda d: InsertNodes(d.articles()[0].id, 0, [Node(kind=NodeKind.CHAPTER)]), "cannot be placed"),
    (lambda d: RemoveNode("nope"), "no element"),
    (lambda d: operations.move_article(d, d.articles()[0], 99), "outside"),
    (lambda d: operations.find_article(d, "99"), "there is no Article 99"),
    (lambda d: SetFields(d.articles()[0].id, {"id": "x"}), "cannot edit"),
])
def test_impossible_edits_are_refused_and_leave_the_draft_unchanged(make, message):
    draft = make_draft()
    before = draft.to_dict()
    with pytest.raises(DraftError, match=message):
        make(draft).apply(draft)
    assert draft.to_dict() == before


def test_compound_failure_rolls_back_the_parts_already_applied():
    draft = make_draft()
    before = draft.to_dict()
    edit = Compound([SetFields(draft.articles()[0].id, {"title": "x"}), RemoveNode("missing")])
    with pytest.raises(DraftError):
        edit.apply(draft)
    assert draft.to_dict() == before


def test_moving_a_chapter_into_itself_is_refused():
    draft = make_draft()
    chapter = draft.chapters()[0]
    with pytest.raises(DraftError):
        MoveNode(chapter.id, chapter.children[0].id, 0).apply(draft)


@st.composite
def edit_scripts(draw):
    return draw(st.lists(st.tuples(st.sampled_from(["insert", "remove", "move", "set", "title"]),
                                   st.integers(0, 1000), st.integers(0, 1000), st.text(max_size=8)),
                         max_size=25))


@settings(max_examples=60, deadline=None)
@given(edit_scripts())
def test_random_edit_sequences_undo_exactly(script):
    draft = make_draft(2, 3)
    original = draft.to_dict()
    applied = []
    for op, a, b, text in script:
        articles = draft.articles()
        chapters = draft.chapters()
        if op == "insert":
            chapter = chapters[a % len(chapters)]
            edit = InsertNodes(chapter.id, b % (len(chapter.children) + 1),
                               [Node(kind=NodeKind.ARTICLE, title=text)])
        elif op == "remove" and articles:
            edit = RemoveNode(articles[a % len(articles)].id)
        elif op == "move" and len(articles) > 1:
            article = articles[a % len(articles)]
            target = b % len(articles) + 1
            if target == articles.index(article) + 1:
                continue
            edit = operations.move_article(draft, article, target)
        elif op == "set" and articles:
            edit = SetFields(articles[a % len(articles)].id, {"text": text, "title": text})
        elif op == "title":
            try:
                edit = SetDraftFields({"title": text})
            except DraftError:           # a blank title is refused
                continue
        else:
            continue
        edit.apply(draft)
        applied.append(edit)
    final = draft.to_dict()
    for edit in reversed(applied):
        edit.revert(draft)
    assert draft.to_dict() == original
    for edit in applied:
        edit.apply(draft)
    assert draft.to_dict() == final


def test_a_copy_of_a_draft_shares_nothing_that_can_change():
    draft = make_draft()
    article = draft.articles()[0]
    article.attrs["footnotes"] = [{"text": "Source: CoE AI Convention, Article 16", "marks": ["a"]}]
    draft.meta["parties"] = {"CN": {"name": "China"}}
    copy = draft.copy()
    assert copy.to_dict() == draft.to_dict()
    twin = copy.articles()[0]
    twin.attrs["footnotes"][0]["marks"].append("b")
    twin.children[0].text = "Changed in the copy."
    copy.chapters()[0].children.pop()
    copy.meta["parties"]["CN"]["name"] = "changed"
    assert article.attrs["footnotes"][0]["marks"] == ["a"]
    assert article.children[0].text == "Each Party shall 1."
    assert len(draft.chapters()[0].children) == 4
    assert draft.meta["parties"]["CN"]["name"] == "China"
    clone = article.clone(fresh_ids=True)
    assert clone.title == article.title and clone.id != article.id
    assert clone.attrs == article.attrs and clone.attrs["footnotes"] is not article.attrs["footnotes"]


def test_a_closing_clause_goes_to_the_closing_formula_after_the_articles():
    from workbench.core.library import Clause, Para

    draft = make_draft()
    draft.children.append(Node(kind=NodeKind.ANNEX, title="Annex"))
    closing = Clause(id="src/closing", source="src", kind="closing", number="", title="",
                     paras=[Para(label="", text="Done at Geneva.", zh="订于日内瓦。"), Para(label="", text="For A")])
    edit = operations.add_clauses(draft, [closing])
    edit.apply(draft)
    node = draft.closing()
    assert [n.kind for n in draft.children[-2:]] == [NodeKind.CLOSING, NodeKind.ANNEX]
    assert [(p.text, p.text_zh) for p in node.children] == [("Done at Geneva.", "订于日内瓦。"), ("For A", "")]
    assert not any(a.derived_from == "src/closing" for a in draft.articles())
    edit.revert(draft)
    assert draft.closing() is None
