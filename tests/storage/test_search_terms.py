"""Review F15: a query's cost follows its distinct terms, at most ``MAX_TERMS`` of them (a
20,000-word query took over a minute: every repeated term was one more look-up per matching row)."""
from __future__ import annotations

from workbench.storage.search import MAX_HAN_RUN, MAX_TERMS, build_query


def test_repeated_terms_count_once():
    query = build_query("data Data protection data 数据 数据", [])
    assert query.terms == ["data", "protect", "数据"]
    assert query.match.count(" AND ") == 2


def test_a_pasted_text_is_searched_by_its_first_distinct_terms():
    words = [f"word{i}" for i in range(20_000)]
    query = build_query(" ".join(words), [])
    assert query.terms == words[:MAX_TERMS]
    assert len(build_query("数" * 10_000, []).terms[0]) == MAX_HAN_RUN


def test_phrases_still_come_first(workspace):
    hits = workspace.search('"personal data" ' + "data " * 5_000, limit=20)
    assert hits
