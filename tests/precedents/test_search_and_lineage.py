"""Searching precedents (stems, phrases, filters, ranking, snippets) and tracing a clause's lineage."""
from __future__ import annotations

import random
import re


from workbench.core import textdiff
from workbench.core.lineage import shingles, similarity, summary_line
from workbench.precedents.importer import import_folder
from workbench.precedents.lineage import LineageFinder
from workbench.storage.precedent_search import SearchOptions
from workbench.storage.precedents import PrecedentStore


def test_search_matches_stems_and_phrases_with_snippets(sample_store):
    hits = sample_store.search("personal informat")
    assert hits and all(h["snippet"] for h in hits)
    top = sample_store.search('"personal information" protection', SearchOptions(limit=5))
    assert any("Personal Information" in h["heading"] for h in top)
    assert "[" in top[0]["snippet"] and "]" in top[0]["snippet"]
    stems = {h["article_id"] for h in sample_store.search("disputes", SearchOptions(limit=500))}
    assert stems & {h["article_id"] for h in sample_store.search("dispute", SearchOptions(limit=500))}
    assert sample_store.search("zzqxj") == []
    assert sample_store.search('"unbalanced quote') is not None      # never an FTS syntax error


def test_filters_party_year_region_chapter(sample_store):
    china = sample_store.search("electronic commerce", SearchOptions(party="CHN", year_from=2004, limit=200))
    assert china and all(h["year"] >= 2004 for h in china)
    agreements = {h["agreement_id"] for h in china}
    assert all("CHN" in sample_store.agreement(a)["parties"] for a in agreements)
    old = sample_store.search("customs", SearchOptions(year_to=1999, limit=200))
    assert old and all(h["year"] <= 1999 for h in old)
    europe = sample_store.search("customs", SearchOptions(region="Europe", limit=200))
    assert europe and all("Europe" in sample_store.agreement(h["agreement_id"])["region"] for h in europe)
    chapter = sample_store.search("information", SearchOptions(chapter="electronic commerce", limit=200))
    assert chapter and all("electronic commerce" in h["chapter"].lower() for h in chapter)
    assert sample_store.search("customs", SearchOptions(year_from=2100)) == []


def test_ranked_best_first(sample_store):
    hits = sample_store.search("location of computing facilities", SearchOptions(limit=5))
    assert "Location Of Computing Facilities" in hits[0]["heading"]


def _edit(text: str, rng: random.Random) -> str:
    """A few words changed, two swapped, numbers changed (renumbered)."""
    words = text.split(" ")
    for _ in range(3):
        words[rng.randrange(len(words))] = rng.choice(["modified", "Members", "promptly"])
    i = rng.randrange(len(words) - 1)
    words[i], words[i + 1] = words[i + 1], words[i]
    return re.sub(r"\d+", lambda m: str(int(m.group()) + 7), " ".join(words))


def test_a_lightly_edited_article_finds_its_own_agreement_first(sample_store):
    rng = random.Random(18)
    rows = sample_store.conn.execute("SELECT id, agreement_id, text FROM articles WHERE length(text) > 400 "
                                     "ORDER BY rowid").fetchall()
    finder = LineageFinder(sample_store)
    for article_id, agreement_id, text in rng.sample(rows, 25):
        edited = _edit(text, rng)
        result = finder.similar(edited, limit=5)
        top = result.matches[0]
        assert top.agreement_id == agreement_id or top.text == text, (article_id, top.agreement_id)
        own = next(m for m in result.matches if m.article_id == article_id or m.text == text)
        assert own.similarity >= 0.5
        assert textdiff.changed(top.extra["diff"]) and textdiff.new_text(top.extra["diff"]) == edited


def test_the_library_cptpp_chapter_14_finds_the_tpp(sample_store, workspace):
    finder = LineageFinder(sample_store)
    clauses = [c for c in workspace.clauses(source="cptpp-ch14") if c.kind == "article"]
    assert clauses
    for clause in clauses:
        result = finder.similar(clause.text(with_labels=False), limit=3)
        top = result.matches[0]
        assert top.agreement_id == "pta_449" and top.article.startswith(f"Article {clause.number} "), clause.id
        assert top.similarity > 0.6 and result.first is not None
        assert "since 2016" in summary_line(result)


def test_lineage_counts_agreements_and_the_first(synthetic_folder, tmp_path):
    path = tmp_path / "w.treaty.precedents"
    import_folder(synthetic_folder, path)
    with PrecedentStore.open(path) as store:
        text = ("Each Party shall adopt or maintain a legal framework that provides for the protection of the "
                "personal information of the users of digital trade.")
        result = LineageFinder(store).similar(text)
        assert result.agreements == 2 and result.since == 2003
        assert result.first.agreement == "Alpha - Beta"
        assert [m.agreement for m in result.matches][:2] == ["Alpha - Beta", "Beta - Gamma"]
        assert summary_line(result).startswith("in 2 agreements since 2003, first Alpha - Beta")
        found = LineageFinder(store).of_article("9001001")
        assert found is not None and found[1].matches[0].article_id == "9002001"
        assert LineageFinder(store).similar("").matches == []


def test_similarity_ignores_numbering_and_line_breaks():
    a = "1. Each Party shall\npublish its laws (Article 14.2)."
    b = "3. Each Party shall publish its laws (Article 5)."
    assert similarity(a, b) == 1.0
    assert shingles("one two") == {"one two"}
    assert similarity("a b c d e", "x y z") == 0.0


def test_a_chinese_query_goes_through_the_library_glossary(sample_store, workspace):
    glossary = workspace.vocabulary.glossary
    hits = sample_store.search("争端解决", SearchOptions(glossary=glossary, limit=20))
    assert hits and all("disput" in (h["heading"] + h["chapter"] + h["snippet"]).lower() or "settle" in
                        (h["heading"] + h["chapter"]).lower() for h in hits)
    assert sample_store.search("争端解决") == []                     # without the glossary: nothing to match
    assert sample_store.search("龘", SearchOptions(glossary=glossary)) == []


def test_words_run_together_are_split_again_for_the_lineage(sample_store):
    from workbench.core.lineage import repaired_words, run_together
    known = {"the": 400, "of": 400, "a": 400, "to": 400, "each": 300, "party": 300, "territory": 300,
             "production": 200, "good": 200, "provisions": 200, "only": 200, "productionof": 5, "tothe": 9}
    text = "a good in the territoryofeachParty, onlytothe provisions"
    assert run_together(text, known) == ["territoryofeachParty", "onlytothe"]
    assert repaired_words(text, known) == ["a", "good", "in", "the", "territory", "of", "each", "party", "only", "to",
                                           "the", "provisions"]
    damaged = sample_store.agreement_articles("pta_335")
    clean = sample_store.agreement_articles("pta_449")
    share = lambda articles: sum(1 for a in articles if a["words"]) / len(articles)      # noqa: E731
    assert share(damaged) > 0.3 and share(clean) < 0.05, (share(damaged), share(clean))
    repaired = next(a for a in damaged if a["words"] and "territoryof" in a["text"])
    assert "territory of" in repaired["words"]
    found = LineageFinder(sample_store).of_article(repaired["id"], diffs=False)
    assert found is not None and all(m.article_id != repaired["id"] for m in found[1].matches)
