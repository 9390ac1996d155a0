"""DEPA's provenance names MFAT's English page, not the Russian-language copy the corpus was saved from."""
from __future__ import annotations

import tomllib
from pathlib import Path

CLAUSES = Path(__file__).resolve().parents[2] / "clauses"


def test_no_clause_file_points_a_drafter_to_a_russian_language_page():
    for path in sorted(CLAUSES.glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        assert "/ru/" not in text, path.name


def test_depa_url_is_mfats_english_page_of_the_page_the_corpus_was_taken_from():
    depa = tomllib.loads((CLAUSES / "depa.toml").read_text(encoding="utf-8"))["source"]
    assert depa["url"] == ("https://www.mfat.govt.nz/en/trade/free-trade-agreements/free-trade-agreements-in-force/"
                           "digital-economy-partnership-agreement-depa/depa-text-and-resources")
    # the corpus file names the same page under its "/ru/" language prefix
    corpus = Path(__file__).resolve().parents[3] / "shared" / "corpus" / depa["corpus_file"]
    if corpus.exists():
        path = depa["url"].split("/en/", 1)[1]
        assert f"mfat.govt.nz/ru/{path}" in corpus.read_text(encoding="utf-8")
