"""Structure-aware comparison: exactly the changes made, never the renumbering they cause."""
from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from workbench.cli import main as cli
from workbench.core import operations, textdiff
from workbench.core.compare import compare
from workbench.core.model import Draft, Node, NodeKind, new_id
from workbench.core.numbering import Numbering
from workbench.core.proposals import derive_draft
from workbench.core.render import Renderer

from .compare_helpers import COE, make_second_version


def kinds(result):
    return sorted((c.kind, c.old.title if c.old else None, c.new.title if c.new else None)
                  for c in result.changes)


def expected(done):
    return sorted([("deleted", done["deleted"][1], None),
                   ("moved", done["moved"][1], done["moved"][1]),
                   ("modified", done["changed"][1], done["changed"][1])])


def test_three_edits_give_exactly_three_changes(coe_draft):
    old = coe_draft.copy()
    done = make_second_version(coe_draft)
    result = compare(old, coe_draft)
    assert kinds(result) == expected(done)
    # the move and the deletion renumbered most articles and the references to them
    renumbered = [a for a in coe_draft.articles()
                  if Renderer(old).numbering.articles.get(a.id) != Renderer(coe_draft).numbering.articles[a.id]]
    assert len(renumbered) > 10
    refs = [n for a in renumbered for n in a.walk() if "{{ref:" in n.text]
    assert refs, "the draft should hold cross-references to renumbered articles"
    assert result.summary["deleted"] == 1 and result.summary["moved"] == 1 and result.summary["modified"] == 1


def test_moved_article_keeps_its_numbers_and_the_modified_one_has_a_word_diff(coe_draft):
    old = coe_draft.copy()
    done = make_second_version(coe_draft)
    result = compare(old, coe_draft)
    moved = next(c for c in result.changes if c.kind == "moved")
    assert moved.old.id == done["moved"][0] and (moved.old.number, moved.new.number) == (22, 3)
    assert moved.diff == [] and not moved.text_changed
    modified = next(c for c in result.changes if c.kind == "modified")
    inserted = [op["text"] for op in modified.diff if op["op"] == "insert"]
    deleted = [op["text"] for op in modified.diff if op["op"] == "delete"]
    assert "".join(inserted).strip(" ,") == "where appropriate" and not deleted
    assert textdiff.new_text(modified.diff).count("\n") == textdiff.old_text(modified.diff).count("\n")
    gone = next(c for c in result.changes if c.kind == "deleted")
    assert gone.old.number == 5 and gone.new is None
    assert textdiff.old_text(gone.diff).startswith("1. Each Party shall adopt or maintain measures")


def test_cli_compare_json_on_saved_versions(two_versions, workspace_path, capsys):
    v1, v2, done = two_versions
    assert cli(["--workspace", str(workspace_path), "compare", v1.id, v2.id, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    got = sorted((c["kind"], c["old"]["title"] if c["old"] else None, c["new"]["title"] if c["new"] else None)
                 for c in data["changes"])
    assert got == expected(done)
    assert data["summary"]["added"] == 0
    by_kind = {c["kind"]: c for c in data["changes"]}
    assert by_kind["moved"]["old"]["number"] == 22 and by_kind["moved"]["new"]["number"] == 3
    assert by_kind["deleted"]["new"] is None
    assert {op["op"] for op in by_kind["modified"]["diff"]} == {"equal", "insert"}


def test_a_proposal_with_fresh_ids_aligns_by_origin(coe_draft):
    base = coe_draft.copy()
    proposal = derive_draft(coe_draft, "proposal", {"party": "China"})
    assert not {n.id for n in proposal.walk()} & {n.id for n in base.walk()}
    done = make_second_version(proposal)
    assert kinds(compare(base, proposal)) == expected(done)


def flattened(draft: Draft) -> Draft:
    """What an importer makes of an exported draft: new ids, references as printed numbers."""
    renderer = Renderer(draft)
    copy = draft.copy()
    for before, node in zip(draft.walk(), copy.walk()):
        node.text = renderer.node_text(before)
        node.id, node.derived_from, node.attrs = new_id(), None, {}
    return copy


def test_imported_text_aligns_by_number_title_and_text(coe_draft):
    old = coe_draft.copy()
    done = make_second_version(coe_draft)
    imported = flattened(coe_draft)
    result = compare(old, imported, new_imported=True)
    assert kinds(result) == expected(done)
    # both sides read from files
    assert kinds(compare(flattened(old), imported, old_imported=True, new_imported=True)) == expected(done)


def test_a_retyped_heading_and_spacing_are_not_changes(coe_draft):
    imported = flattened(coe_draft)
    art = imported.articles()[7]
    art.title = " " + art.title.replace(" ", "  ") + " "
    art.children[0].text = art.children[0].text.replace(" ", "\u00a0", 3)
    assert compare(coe_draft, imported, new_imported=True).changes == []


def test_splits_and_merges_are_recognised():
    def article(title, *paras):
        return Node(NodeKind.ARTICLE, title=title, children=[Node(NodeKind.PARAGRAPH, text=p) for p in paras])

    a = "Each Party shall establish an independent authority to oversee artificial intelligence systems."
    b = "Each Party shall publish an annual report on the risks posed by artificial intelligence systems."
    c = "The Conference of the Parties shall meet once a year in ordinary session."
    old = Draft("T", children=[article("Oversight and reporting", a, b), article("Meetings", c)])
    new = Draft("T", children=[article("Oversight", a), article("Reporting", b), article("Meetings", c)])
    for before, after in zip(old.walk(), new.walk()):
        if before.kind is NodeKind.ARTICLE and before.title == after.title:
            after.id = before.id
    result = compare(old, new)
    split = [c for c in result.changes if c.split_from]
    assert len(split) == 1 and split[0].split_from[0].title == "Oversight and reporting"
    assert result.summary["split"] == 1
    merged = compare(new, old)
    assert merged.summary["merged"] == 1


def test_chinese_is_compared_character_by_character():
    ops = textdiff.diff("缔约方应当采取措施", "缔约方可以采取措施")
    assert [o for o in ops if o["op"] != "equal"] == [{"op": "delete", "text": "应当"}, {"op": "insert", "text": "可以"}]
    ops = textdiff.diff("Each Party shall adopt measures", "Each Party may adopt measures")
    assert [o["text"] for o in ops if o["op"] != "equal"] == ["shall", "may"]


def test_chinese_text_changes_are_reported_with_a_character_diff(coe_draft):
    old = coe_draft.copy()
    for draft in (old, coe_draft):
        draft.articles()[0].children[0].text_zh = "本公约的规定旨在确保人工智能系统生命周期内的活动符合人权。"
    coe_draft.articles()[0].children[0].text_zh = "本公约的规定旨在确保人工智能系统生命周期内的活动完全符合人权。"
    (change,) = compare(old, coe_draft).changes
    assert change.kind == "modified" and change.diff == []
    assert [o["text"] for o in change.diff_zh if o["op"] == "insert"] == ["完全"]


def test_added_article_and_chapter_move(coe_draft):
    old = coe_draft.copy()
    new_article = Node(NodeKind.ARTICLE, title="Capacity building", children=[
        Node(NodeKind.PARAGRAPH, text="The Parties shall co-operate in building capacity.")])
    operations.InsertNodes(None, len(coe_draft.children), [new_article]).apply(coe_draft)
    result = compare(old, coe_draft)
    assert kinds(result) == [("added", None, "Capacity building")]
    assert result.changes[0].new.number == len(coe_draft.articles())


def test_moving_an_article_by_one_place_is_one_move(coe_draft):
    old = coe_draft.copy()
    art = operations.find_article(coe_draft, f"{COE}/art-10")
    operations.move_article(coe_draft, art, 12).apply(coe_draft)
    result = compare(old, coe_draft)
    assert [c.kind for c in result.changes] == ["moved"]


def test_chapter_renames_are_summarised_but_are_not_article_changes(coe_draft):
    old = coe_draft.copy()
    chapter = coe_draft.chapters()[3]
    chapter.title = "Remedies and safeguards"
    result = compare(old, coe_draft)
    assert result.changes == []
    assert result.summary["chapters"] == [{"kind": "renamed", "old": old.chapters()[3].title,
                                          "new": "Remedies and safeguards"}]
    assert compare(old, old.copy()).summary["chapters"] == []


def _synthetic(count: int) -> Draft:
    words = "party measure system risk data oversight transparency remedy report cooperation".split()
    draft = Draft("Synthetic")
    for i in range(count):
        text = " ".join(words[(i * 7 + k * 3) % len(words)] for k in range(12)) + f" clause {i} of the text."
        draft.children.append(Node(NodeKind.ARTICLE, title=f"Title {i}", children=[
            Node(NodeKind.PARAGRAPH, text=text), Node(NodeKind.PARAGRAPH, text=f"Second paragraph {i}.")]))
    return draft


def test_empty_and_tiny_drafts():
    assert compare(Draft("A"), Draft("B")).changes == []
    one = _synthetic(1)
    assert [c.kind for c in compare(Draft("A"), one).changes] == ["added"]
    assert [c.kind for c in compare(one, Draft("B")).changes] == ["deleted"]


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_random_edits_are_reported_exactly(data):
    old = _synthetic(25)
    new = old.copy()
    ids = [a.id for a in old.articles()]
    deleted = set(data.draw(st.lists(st.sampled_from(ids), max_size=3, unique=True)))
    rest = [i for i in ids if i not in deleted]
    modified = set(data.draw(st.lists(st.sampled_from(rest), max_size=3, unique=True)))
    for node_id in deleted:
        operations.RemoveNode(node_id).apply(new)
    for node_id in modified:
        new.find(node_id).children[1].text += " Amended."
    moves = data.draw(st.integers(0, 2))
    for _ in range(moves):
        article = data.draw(st.sampled_from(new.articles()))
        target = data.draw(st.integers(1, len(new.articles())))
        if Numbering.of(new).articles[article.id] != target:
            operations.move_article(new, article, target).apply(new)
    imported = data.draw(st.booleans())
    result = compare(old, flattened(new) if imported else new, new_imported=imported)
    got = {c.kind: set() for c in result.changes}
    for c in result.changes:
        got[c.kind].add((c.old or c.new).node.id if not imported or c.old else c.new.title)
    assert got.get("deleted", set()) == deleted
    assert "added" not in got
    assert len(got.get("moved", set())) <= moves
    text_changed = {c.old.node.id for c in result.changes if c.text_changed and c.old and c.new}
    assert text_changed == modified
