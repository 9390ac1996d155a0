"""The dependency graph and the impact analysis: removing the Conference of the Parties breaks
dispute settlement, reporting and amendments, and the checker (F6) says so."""
from __future__ import annotations

from checker_helpers import numbers

from workbench.checker.graph import EDGE_TYPES, article_status, broken_edges, build_graph, dependents
from workbench.checker.impact import impact_of_move, impact_of_removal
from workbench.core.edits import RemoveNode, SetFields
from workbench.core.operations import find_article


def test_removing_the_conference_of_the_parties(checker, coe_draft):
    art23 = find_article(coe_draft, "23")
    assert art23.derived_from == "coe-ai-convention/art-23"
    impact = impact_of_removal(coe_draft, art23.id, checker)
    assert not impact.safe
    assert {24, 28, 29} <= set(impact.dependent_articles)
    by_number = {}
    for breakage in impact.breakages:
        by_number.setdefault(breakage.number, set()).add(breakage.kind)
    assert by_number[29] == {"refers-to", "requires"}          # "through the Conference … Article 23"
    assert "requires" in by_number[24] and "requires" in by_number[28]
    assert ("F6", "met", "partial") in impact.criteria and ("F5", "met", "partial") in impact.criteria
    assert len(coe_draft.articles()) == 36                     # the draft itself is untouched


def test_the_checker_reports_the_dependants_after_removal(checker, coe_draft):
    art23 = find_article(coe_draft, "23")
    titles = {a.derived_from: a.title for a in coe_draft.articles()}
    RemoveNode(art23.id).apply(coe_draft)
    f6 = checker.check(coe_draft).finding("F6")
    assert f6.verdict == "partial"
    assert f6.details["missing_functions"] == ["treaty-body"]
    broken = {(b["title"], b["number"]) for b in f6.details["broken"]}
    for clause in ("coe-ai-convention/art-24", "coe-ai-convention/art-28", "coe-ai-convention/art-29"):
        assert titles[clause] in {title for title, _n in broken}
    assert {23, 27, 28} <= numbers(f6.evidence)                 # renumbered: Arts. 24, 28, 29 became 23, 27, 28
    assert "coe-ai-convention/art-23" in [s.clause_id for s in f6.suggestions] or any(
        s.clause_id == "workbench-model/art-conference" for s in f6.suggestions)


def test_graph_has_every_edge_type(checker, coe_draft, workspace):
    from workbench.core import operations
    operations.add_clauses(coe_draft, [workspace.clause("workbench-model/art-dispute-settlement"),
                                       workspace.clause("workbench-model/art-compliance"),   # which it refers to
                                       workspace.clause("workbench-model/art-reservations")]).apply(coe_draft)
    graph = build_graph(checker.context(coe_draft))
    kinds = {kind for _u, _v, data in graph.edges(data=True) for kind in data["types"]}
    assert kinds == set(EDGE_TYPES)
    art29 = find_article(coe_draft, "29").id
    assert graph.has_edge(art29, find_article(coe_draft, "23").id)
    assert "refers-to" in graph.edges[art29, find_article(coe_draft, "23").id]["types"]
    assert graph.nodes["function:treaty-body"]["kind"] == "function"
    assert graph.nodes["term:artificial intelligence system"]["kind"] == "term"
    assert not broken_edges(graph)


def test_library_part_of_the_graph(checker, coe_draft):
    graph = build_graph(checker.context(coe_draft), include_library=True)
    clauses = [n for n, d in graph.nodes(data=True) if d.get("kind") == "clause"]
    assert len(clauses) == len(checker.library.clauses)
    assert graph.has_edge("clause:coe-ai-convention/art-29", "function:treaty-body")


def test_broken_edges_and_status_after_removal(checker, coe_draft):
    RemoveNode(find_article(coe_draft, "23").id).apply(coe_draft)
    report, ctx = checker.analyse(coe_draft)
    graph = build_graph(ctx)
    broken = broken_edges(graph)
    assert any(graph.nodes[v].get("kind") == "missing" for _u, v, _d in broken)
    assert any(v == "function:treaty-body" for _u, v, _d in broken)
    status = article_status(report, graph)
    assert status[find_article(coe_draft, "28").id] == "broken"   # dispute settlement (was Art. 29)


def test_removing_a_definition_breaks_its_users(checker, coe_draft):
    art2 = find_article(coe_draft, "2")
    graph = build_graph(checker.context(coe_draft))
    users = dependents(graph, art2.id)
    assert len(users) > 10 and all(kind == "uses" for reasons in users.values() for kind, _w in reasons)
    impact = impact_of_removal(coe_draft, art2.id, checker, with_criteria=False)
    assert "artificial intelligence system" in impact.breakages[0].detail


def test_moves_follow_links_but_not_plain_numbers(checker, coe_draft):
    assert impact_of_move(coe_draft, find_article(coe_draft, "29").id, 30, checker).safe
    art1 = find_article(coe_draft, "1")
    para = art1.children[0]
    SetFields(para.id, {"text": para.text + " See also Article 16."}).apply(coe_draft)   # typed by hand
    impact = impact_of_move(coe_draft, find_article(coe_draft, "16").id, 20, checker)
    plain = [b for b in impact.breakages if b.kind == "plain-reference"]
    assert plain and plain[0].number == 1 and "Article 16" in plain[0].detail
    f5 = checker.check_one(coe_draft, "F5")
    assert f5.verdict == "partial" and any("1:" in p for p in f5.details["plain"])
