"""Negotiating texts (issue 19): three-way merges, one bracket per dispute, word-level options,
negotiation numbering, positions and statuses, clean text that never presents open text as agreed."""
from __future__ import annotations


import pytest

from workbench.core import brackets as br
from workbench.core import operations
from workbench.core.agreed import clean_draft
from workbench.core.compilation import compilation_text
from workbench.core.model import DraftError, Node, NodeKind
from workbench.core.negotiation import renumber_final
from workbench.core.numbering import Numbering
from workbench.core.proposals import Proposal, derive_draft, merge_proposals, proposal_from_version
from workbench.core.versions import Version

from .compare_helpers import COE


def art(draft, number):
    return next(a for a in draft.articles() if a.derived_from == f"{COE}/art-{number}")


def edit(draft, number, old, new, para=0):
    node = art(draft, number).children[para]
    assert old in node.text, (number, old)
    node.text = node.text.replace(old, new, 1)
    return draft


@pytest.fixture
def base(coe_draft):
    return Version.of(coe_draft, "Chair's base text", author="Chair")


def compilation(base_version, *proposals):
    target = derive_draft(base_version.draft(), "Compilation", {"based_on_version": base_version.id})
    result = merge_proposals(target, [Proposal(p.meta["party"], p, base_version.draft(), base_version.label,
                                               base_version.id) for p in proposals], target_base=base_version.id)
    if result.edit is not None:
        result.edit.apply(target)
    return target, result


def test_a_proposal_that_changes_nothing_records_nothing(base):
    india = proposal_from_version(base, "India")
    target, result = compilation(base, india)
    assert result.edit is None and result.alternatives == 0 and result.supports == 0
    assert not br.all_brackets(target)
    assert any("India: no changes" in line for line in result.report)


def test_a_one_word_change_is_a_one_word_option_and_the_same_change_is_support(base):
    china = edit(proposal_from_version(base, "China"), 4, "shall adopt", "shall endeavour to adopt")
    eu = edit(proposal_from_version(base, "European Union"), 4, "shall adopt", "shall endeavour to adopt")
    target, result = compilation(base, china, eu)
    (bracket,) = br.all_brackets(target)
    assert bracket.kind == "words"
    assert [o["text"].strip() for o in bracket.options] == ["", "endeavour to"]
    assert bracket.options[1]["proposer"] == "China" and bracket.options[1]["supporters"] == ["European Union"]
    text = compilation_text(target)
    assert "Each Party shall [endeavour to[^1]] adopt or maintain" in text
    assert "[^1]: Proposed by China; supported by the European Union" in text
    assert result.alternatives == 1 and result.supports == 1


def test_competing_proposals_on_one_article_are_one_bracket_numbered_together(base):
    china = edit(proposal_from_version(base, "China"), 29, "through negotiation",
                 "through negotiation or binding arbitration")
    usa = proposal_from_version(base, "United States")
    operations.remove_node(usa, art(usa, 29)).apply(usa)
    target, _ = compilation(base, china, usa)
    article = art(target, 29)
    (bracket,) = br.all_brackets(target)
    assert bracket.node is article and bracket.kind == "article"
    assert [(o.get("proposer"), bool(o.get("delete"))) for o in bracket.options] == \
        [("", False), ("China", False), ("United States", True)]
    text = compilation_text(target)
    assert text.count("Option 2") == 2          # the label and its note: one Option 2 only
    assert "Option 3: delete" in text and "**binding arbitration or**" in text
    # agreeing the deletion closes China's option, keeps its record, and can be reopened
    delete = bracket.options[2]
    agree = br.choose(target, article.id, delete["id"])
    agree.apply(target)
    assert article.attrs["deleted"] and not article.children and br.open_brackets(target) == 0
    assert "[Article 29 — deleted]" in compilation_text(target)
    china_option = next(o for o in br.brackets(article)[0].options if o.get("proposer") == "China")
    assert china_option["superseded"] and china_option["status"] == "withdrawn"
    with pytest.raises(DraftError):          # a closed option comes back with its bracket, not alone
        br.set_status(target, article.id, china_option["id"], "open")
    reopen = br.reopen(target, article.id)
    reopen.apply(target)
    assert not article.attrs.get("deleted") and article.children and br.open_brackets(target) == 1
    assert [o.get("status") for o in br.brackets(article)[0].options] == ["open", "open", "open"]
    assert "binding arbitration" in br.brackets(article)[0].options[1]["text"]


def test_a_new_paragraph_and_a_new_article_are_bracketed_alone_and_numbered_bis(base):
    kenya = proposal_from_version(base, "Kenya")
    article = art(kenya, 16)
    article.children.insert(2, Node(NodeKind.PARAGRAPH, text="Each Party shall publish its measures."))
    new = Node(NodeKind.ARTICLE, title="Capacity building",
               children=[Node(NodeKind.PARAGRAPH, text="Parties shall co-operate in capacity building.")])
    parent = kenya.parent_of(art(kenya, 25).id)
    siblings = parent.children if parent else kenya.children
    siblings.insert(siblings.index(art(kenya, 25)) + 1, new)
    target, result = compilation(base, kenya)
    assert result.alternatives == 2
    numbering = Numbering.of(target)
    inserted = next(a for a in target.articles() if a.title == "Capacity building")
    assert numbering.label(inserted) == "Article 25 bis" and numbering.label(inserted, "zh") == "第二十五条之二"
    assert numbering.label(art(target, 26)) == "Article 26"
    para = art(target, 16).children[2]
    assert numbering.label(para) == "2 bis." and numbering.label(art(target, 16).children[3]) == "3."
    text = compilation_text(target)
    assert "[Article 25 bis – Capacity building" in text
    assert "2 bis. [Each Party shall publish its measures.[^" in text
    # only the new paragraph is in brackets: the article is not repeated
    assert text.count("Such measures shall be graduated") == 1
    final = renumber_final(target)
    final.apply(target)
    numbering = Numbering.of(target)
    assert numbering.label(inserted) == "Article 26" and numbering.label(para) == "3."
    final.revert(target)
    assert Numbering.of(target).label(inserted) == "Article 25 bis"


def test_a_proposal_from_another_base_is_rebased_and_its_conflicts_reported(base):
    # Rev.1 changed Article 16(2); Canada still drafts on the base text
    rev1_text = edit(base.draft(), 16, "shall be graduated", "shall be prohibited", para=1)
    rev1 = Version.of(rev1_text, "Chair's text Rev.1")
    canada = edit(edit(proposal_from_version(base, "Canada"), 4, "human rights", "human rights and freedoms"),
                  16, "shall be graduated and differentiated", "may be graduated", para=1)
    target = derive_draft(rev1.draft(), "Compilation 2", {"based_on_version": rev1.id})
    result = merge_proposals(target, [Proposal("Canada", canada, base.draft(), base.label, base.id)],
                             target_base=rev1.id)
    result.edit.apply(target)
    report = "\n".join(result.report)
    assert "drafted on “Chair's base text”" in report and "could not be placed" in report
    (bracket,) = br.all_brackets(target)             # Article 4 only: nothing on Article 16
    assert bracket.node in art(target, 4).walk() and bracket.options[1]["proposer"] == "Canada"
    assert "prohibited" in art(target, 16).children[1].text
    # unchanged provisions carry no position of Canada's
    assert not any("Canada" in br.parties_of(o) for b in br.all_brackets(target) for o in b.options[:1])


def test_a_change_the_compilation_already_reads_is_support_not_an_option(base):
    china = edit(proposal_from_version(base, "China"), 4, "shall adopt", "shall endeavour to adopt")
    target, _ = compilation(base, china)
    (bracket,) = br.all_brackets(target)
    br.choose(target, bracket.node.id, bracket.options[1]["id"]).apply(target)
    # Rev.1 reads China's words; Brazil, drafting on the base, proposes the same words
    brazil = edit(proposal_from_version(base, "Brazil"), 4, "shall adopt", "shall endeavour to adopt")
    result = merge_proposals(target, [Proposal("Brazil", brazil, base.draft(), base.label, base.id)])
    assert result.alternatives == 0
    assert any("already in the text" in line or "support" in line for line in result.report)


def test_positions_are_validated_and_statuses_are_a_chairs(base):
    china = edit(proposal_from_version(base, "China"), 4, "shall adopt", "should adopt")
    target, _ = compilation(base, china)
    (bracket,) = br.all_brackets(target)
    node, option = bracket.node, bracket.options[1]
    with pytest.raises(DraftError, match="proposed this option"):
        br.record_position(target, node.id, option["id"], "China", "support")
    br.record_position(target, node.id, option["id"], "Korea, Republic of", "support").apply(target)
    with pytest.raises(DraftError, match="supporting"):
        br.record_position(target, node.id, option["id"], "Korea, Republic of", "oppose")
    br.record_position(target, node.id, option["id"], "Brazil", "oppose").apply(target)
    with pytest.raises(DraftError, match="both support and oppose"):
        br.set_positions(target, node.id, option["id"], ["Brazil"], ["Brazil"])
    option = br.find_option(target, node.id, option["id"])[2]
    assert option["supporters"] == ["Korea, Republic of"] and option["opponents"] == ["Brazil"]
    br.set_consultations(target, node.id, bracket.group, True).apply(target)
    assert br.brackets(node)[0].pending and br.brackets(node)[0].state() == "consultations"
    assert "pending consultations" in compilation_text(target)
    br.choose(target, node.id, option["id"], ad_referendum=True).apply(target)
    bracket = br.brackets(node)[0]
    assert bracket.state() == "ad_referendum" and br.open_brackets(target) == 0
    agreed = bracket.agreed
    assert [str(w) for w in br.position_warnings(bracket, agreed)] == \
        ["option 1 is agreed but still opposed by Brazil"]


def test_clean_text_never_presents_open_brackets_as_agreed(base, tmp_path):
    from workbench.export.common import ExportError
    from workbench.export.compilation_docx import write_compilation
    china = edit(proposal_from_version(base, "China"), 4, "shall adopt", "should adopt")
    target, _ = compilation(base, china)
    with pytest.raises(ExportError, match="still open"):
        write_compilation(target, tmp_path / "clean.docx", clean=True)
    clean = clean_draft(target, mark_open=True)
    para = art(clean, 4).children[0]
    assert para.text.startswith("[Each Party shall adopt") and para.text.endswith("domestic law.]")
    assert para.attrs["notes"][0]["text"].startswith("Not agreed")


def test_twenty_proposals_on_one_article_merge_fast_and_each_option_shows_its_difference(base):
    changes = [("shall adopt", f"shall adopt{' and enforce' * (i % 3 + 1)}") if i % 2 else
               ("human rights", f"human rights (variant {i})") for i in range(20)]
    proposals = [edit(proposal_from_version(base, f"Party {i}"), 4, old, new) for i, (old, new) in enumerate(changes)]
    target, result = compilation(base, *proposals)           # the speed is measured by benchmarks.run
    bracket_list = br.all_brackets(target)
    assert 1 <= len(bracket_list) <= 3
    for bracket in bracket_list:
        for option in bracket.options:
            assert len(option["text"]) < 60, option["text"]      # the words in dispute, not the article
    assert result.alternatives + result.supports == 20


def test_stored_alternatives_of_earlier_versions_still_work(coe_draft):
    """A bracket stored before issue 19 (no context, no positions of Option 1) still lists, compiles,
    agrees and reopens."""
    para = art(coe_draft, 4).children[0]
    start = para.text.index("appropriate") if "appropriate" in para.text else para.text.index("measures")
    end = para.text.index(" ", start)
    para.attrs["alternatives"] = [
        {"id": "aold1", "text": "effective", "text_zh": "", "proposer": "Kenya", "supporters": [],
         "opponents": [], "status": "open", "group": "gold1", "field": "text", "start": start, "end": end,
         "anchor": para.text[start:end]},
    ]
    other = art(coe_draft, 5).children[0]
    other.attrs["alternatives"] = [{"id": "aold2", "text": "Another wording.", "proposer": "Chile", "status": "open"}]
    assert br.open_brackets(coe_draft) == 2
    text = compilation_text(coe_draft)
    assert "effective" in text and "Another wording." in text
    br.choose(coe_draft, other.id, "aold2").apply(coe_draft)
    assert other.text == "Another wording." and br.open_brackets(coe_draft) == 1
    br.reopen(coe_draft, other.id).apply(coe_draft)
    assert other.text != "Another wording." and br.open_brackets(coe_draft) == 2


def test_agreeing_and_reopening_words_gives_every_option_back_its_place(base):
    china = edit(proposal_from_version(base, "China"), 4, "shall adopt", "shall endeavour to adopt")
    target, _ = compilation(base, china)
    (bracket,) = br.all_brackets(target)
    node, before = bracket.node, [(o["id"], o["text"]) for o in bracket.options]
    original = node.text
    br.choose(target, node.id, before[1][0], ad_referendum=True).apply(target)
    assert "shall endeavour to adopt" in node.text and br.open_brackets(target) == 0
    br.reopen(target, node.id, bracket.group).apply(target)
    again = br.brackets(node)[0]
    assert [(o["id"], o["text"]) for o in again.options] == before and node.text == original
    assert [o["status"] for o in again.options] == ["open", "open"]
