"""Cross-references: found in source text, stored by id, rendered with current numbers."""
from workbench.core.model import Draft, Node, NodeKind
from workbench.core.references import Resolver, find_references, tokenize


def test_finds_internal_references_and_skips_external_ones():
    text = ("effects of any reservation made in pursuance of Article 34, paragraph 1, and "
            "under Article 8 of the Statute of the Council of Europe (ETS No. 1)")
    spans = find_references(text)
    assert [s.number for s in spans] == ["34"]


def test_plural_references_become_number_only_tokens():
    text = "Without prejudice to Articles 13 and 25, this Convention"
    spans = find_references(text)
    assert [(s.number, s.number_only) for s in spans] == [("13", True), ("25", True)]
    out = tokenize(text, lambda n: f"src/art-{n}")
    assert out == "Without prejudice to Articles {{ref:src/art-13|n}} and {{ref:src/art-25|n}}, this Convention"


def test_decimal_article_numbers():
    assert [s.number for s in find_references("as provided in Article 12.17 and Article 20.4.")] == ["12.17", "20.4"]


def test_tokenize_leaves_unresolvable_numbers_as_text():
    assert tokenize("see Article 99", lambda n: None) == "see Article 99"


def _draft():
    target = Node(kind=NodeKind.ARTICLE, title="Reservations", derived_from="coe/art-34")
    citing = Node(kind=NodeKind.ARTICLE, title="Conference", children=[
        Node(kind=NodeKind.PARAGRAPH, text="reservation under {{ref:coe/art-34}}, paragraph 1, "
                                           "and {{ref:coe/art-25}}", text_zh="依照{{ref:coe/art-34}}")])
    return Draft(title="d", children=[citing, target]), citing, target


def test_rendering_uses_current_numbers_and_follows_moves():
    draft, citing, target = _draft()
    resolver = Resolver(draft, clause_labels={"coe": "CoE AI Convention"})
    para = citing.children[0]
    assert resolver.render(para.text) == ("reservation under Article 2, paragraph 1, and "
                                          "[Article 25 of CoE AI Convention, not in this draft]")
    assert resolver.render(para.text_zh, "zh") == "依照第二条"
    draft.children.reverse()
    assert Resolver(draft).render(para.text).startswith("reservation under Article 1,")


def test_absent_targets_are_kept_and_flagged():
    draft, citing, _ = _draft()
    assert Resolver(draft).unresolved() == [(citing.children[0].id, "coe/art-25")]
    # adding the missing article later resolves the very same token
    draft.children.append(Node(kind=NodeKind.ARTICLE, title="Co-operation", derived_from="coe/art-25"))
    assert Resolver(draft).unresolved() == []


def test_reference_to_a_node_id_survives_retitling():
    draft, citing, target = _draft()
    citing.children[0].text = "see {{ref:%s}}" % target.id
    target.title = "Something else"
    assert Resolver(draft).render(citing.children[0].text) == "see Article 2"


def test_external_citations_with_paragraphs_and_letters():
    assert find_references("by the majority provided for in Article 20.d of the Statute of the Council") == []
    assert find_references("Article 3, paragraph 2, of the Charter") == []
    assert [s.number for s in find_references("Article 3, paragraph 1, sub-paragraphs a and b.")] == ["3"]
