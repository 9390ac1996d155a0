"""The clause dependency graph (networkx) over the draft and, optionally, the library.

Nodes: draft articles (their node id), library clauses (``clause:<id>``), defined terms
(``term:<term>``), functions a clause provides or needs (``function:<id>``) and reference
targets absent from the draft (``missing:<target>``). Edges carry ``type``: requires, provides,
refers-to, defines, uses, conflicts-with, alternative-to, derived-from, and the derived
``depends-on`` (article -> the article that provides what it requires). An edge whose need is not
met has ``broken=True``.

>>> from workbench.checker.examples import draft_of
>>> from workbench.checker.engine import Checker
>>> g = build_graph(Checker().context(draft_of("Disputes may be referred to the Conference of the Parties.")))
>>> [(g.nodes[v]["kind"], d["type"], d["broken"]) for _u, v, d in g.edges(data=True)]
[('function', 'provides', False), ('function', 'requires', True)]
"""
from __future__ import annotations

import networkx as nx

from .context import ArticleRef, DraftContext
from .registry import art_list

EDGE_TYPES = ("requires", "provides", "refers-to", "defines", "uses", "conflicts-with", "alternative-to",
              "derived-from", "depends-on")


def _edge(graph: nx.DiGraph, u: str, v: str, kind: str, **attrs) -> None:
    if graph.has_edge(u, v):
        data = graph.edges[u, v]
        if kind not in data["types"]:
            data["types"].append(kind)
        data["broken"] = data["broken"] or attrs.get("broken", False)
        return
    graph.add_edge(u, v, type=kind, types=[kind], broken=attrs.pop("broken", False), **attrs)


def build_graph(ctx: DraftContext, include_library: bool = False) -> nx.DiGraph:
    """The dependency graph of the draft in ``ctx`` (and of the whole library if asked)."""
    graph = nx.DiGraph()
    articles = [ref for ref in ctx.articles if ref.node is not None]
    chapters = {node.id: (number, node.title) for node, number, _h in ctx.chapters}
    by_clause: dict[str, str] = {}
    for ref in articles:
        number, title = chapters.get(ref.chapter_id, (None, ""))
        graph.add_node(ref.id, kind="article", number=ref.number, title=ref.title, chapter_id=ref.chapter_id,
                       chapter_number=number, chapter_title=title, derived_from=ref.content.derived_from,
                       source=ref.source, edited=ref.content.edited)
        if ref.content.derived_from:
            by_clause.setdefault(ref.content.derived_from, ref.id)
    providers: dict[str, list[str]] = {}
    definers: dict[str, list[str]] = {}
    for ref in articles:
        for function in ref.content.provides:
            providers.setdefault(function, []).append(ref.id)
        for term, _p, _t in ref.content.defines:
            definers.setdefault(term.lower(), []).append(ref.id)
    for ref in articles:
        if ref.content.derived_from:
            target = f"clause:{ref.content.derived_from}"
            graph.add_node(target, kind="clause", clause_id=ref.content.derived_from)
            _edge(graph, ref.id, target, "derived-from", edited=ref.content.edited)
        for function in sorted(ref.content.provides):
            graph.add_node(f"function:{function}", kind="function", function=function)
            _edge(graph, ref.id, f"function:{function}", "provides")
        for function in sorted(ref.content.requires):
            graph.add_node(f"function:{function}", kind="function", function=function)
            found = [p for p in providers.get(function, []) if p != ref.id]
            _edge(graph, ref.id, f"function:{function}", "requires", broken=not found,
                  mention=ref.content.mentions.get(function, ""))
            for provider in found:
                _edge(graph, ref.id, provider, "depends-on", function=function)
        for term, _p, _t in ref.content.defines:
            graph.add_node(f"term:{term.lower()}", kind="term", term=term)
            _edge(graph, ref.id, f"term:{term.lower()}", "defines")
        for term in sorted(ref.content.uses):
            graph.add_node(f"term:{term.lower()}", kind="term", term=term)
            _edge(graph, ref.id, f"term:{term.lower()}", "uses", broken=term.lower() not in definers)
        for _para, target in ref.content.refs:
            resolved = target if target in ctx.by_id else by_clause.get(target)
            if resolved is not None:
                if resolved != ref.id:
                    _edge(graph, ref.id, resolved, "refers-to", target=target)
            else:
                graph.add_node(f"missing:{target}", kind="missing", target=target,
                               label=ctx.resolver.absent_label(target, "en"))
                _edge(graph, ref.id, f"missing:{target}", "refers-to", broken=True, target=target)
    clauses = ctx.library.clauses
    for ref in articles:
        clause = clauses.get(ref.content.derived_from or "")
        if clause is None:
            continue
        for kind, targets in (("conflicts-with", clause.conflicts_with), ("alternative-to", clause.alternative_to)):
            for other in targets:
                if other in by_clause and by_clause[other] != ref.id:
                    _edge(graph, ref.id, by_clause[other], kind)
    if include_library:
        add_library(graph, ctx)
    return graph


def add_library(graph: nx.DiGraph, ctx: DraftContext) -> nx.DiGraph:
    """Add every library clause with its provides / requires / refers-to / terms edges."""
    for clause_id, clause in ctx.library.clauses.items():
        node = f"clause:{clause_id}"
        graph.add_node(node, kind="clause", clause_id=clause_id, title=clause.title, source=clause.source)
        for function in clause.provides:
            graph.add_node(f"function:{function}", kind="function", function=function)
            _edge(graph, node, f"function:{function}", "provides")
        for function in clause.requires:
            graph.add_node(f"function:{function}", kind="function", function=function)
            _edge(graph, node, f"function:{function}", "requires")
        for target in clause.refers_to:
            _edge(graph, node, f"clause:{target}", "refers-to")
        for kind, targets in (("conflicts-with", clause.conflicts_with), ("alternative-to", clause.alternative_to)):
            for target in targets:
                _edge(graph, node, f"clause:{target}", kind)
        for term in clause.defines:
            graph.add_node(f"term:{term.lower()}", kind="term", term=term)
            _edge(graph, node, f"term:{term.lower()}", "defines")
        for term in clause.uses:
            graph.add_node(f"term:{term.lower()}", kind="term", term=term)
            _edge(graph, node, f"term:{term.lower()}", "uses")
    return graph


def broken_edges(graph: nx.DiGraph) -> list[tuple[str, str, dict]]:
    """Edges whose need is not met (missing function, absent reference target, undefined term)."""
    return [(u, v, d) for u, v, d in graph.edges(data=True) if d.get("broken")]


def dependents(graph: nx.DiGraph, article_id: str) -> dict[str, list[tuple[str, str]]]:
    """What relies on ``article_id``: {dependent article: [(edge type, detail)]}.

    A dependent refers to it, or needs a function (or a defined term) that no other article gives.
    """
    out: dict[str, list[tuple[str, str]]] = {}
    if article_id not in graph:
        return out
    for source, _t, data in graph.in_edges(article_id, data=True):
        if graph.nodes[source].get("kind") == "article" and "refers-to" in data["types"]:
            out.setdefault(source, []).append(("refers-to", ""))
    for _s, node, data in graph.out_edges(article_id, data=True):
        kind = graph.nodes[node].get("kind")
        if kind == "function" and "provides" in data["types"]:
            others = [u for u, _v, d in graph.in_edges(node, data=True)
                      if u != article_id and "provides" in d["types"] and graph.nodes[u].get("kind") == "article"]
            if not others:
                for user, _v, d in graph.in_edges(node, data=True):
                    if user != article_id and "requires" in d["types"] and graph.nodes[user].get("kind") == "article":
                        out.setdefault(user, []).append(("requires", graph.nodes[node]["function"]))
        elif kind == "term" and "defines" in data["types"]:
            others = [u for u, _v, d in graph.in_edges(node, data=True) if u != article_id and "defines" in d["types"]]
            if not others:
                for user, _v, d in graph.in_edges(node, data=True):
                    if user != article_id and "uses" in d["types"] and graph.nodes[user].get("kind") == "article":
                        out.setdefault(user, []).append(("uses", graph.nodes[node]["term"]))
    return out


def describe_article(graph: nx.DiGraph, article_id: str) -> str:
    data = graph.nodes[article_id]
    return f"{art_list([data.get('number')])} ({data.get('title', '')})"


__all__ = ["ArticleRef", "EDGE_TYPES", "add_library", "article_status", "broken_edges", "build_graph", "dependents"]


_STATUS_RANK = {"met": 0, "partial": 1, "missing": 2, "broken": 3}


def article_status(report, graph: nx.DiGraph | None = None) -> dict[str, str]:
    """A colour class per article: broken (an unmet dependency or dangling reference), missing or
    partial (cited as a shortcoming of a criterion with that verdict), met (cited as a strength)."""
    status: dict[str, str] = {}

    def mark(article_id: str, level: str) -> None:
        if _STATUS_RANK[level] >= _STATUS_RANK.get(status.get(article_id, ""), -1):
            status[article_id] = level

    for finding in report.findings:
        for evidence in finding.evidence:
            if not evidence.article_id:
                continue
            if evidence.problem and finding.verdict in ("missing", "partial"):
                mark(evidence.article_id, finding.verdict)
            else:
                mark(evidence.article_id, "met")
    if graph is not None:
        for u, _v, _d in broken_edges(graph):
            if graph.nodes[u].get("kind") == "article":
                mark(u, "broken")
    return status
