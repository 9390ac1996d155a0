"""Every text in the clause library is verbatim from the source corpus, and nothing is missing."""
from __future__ import annotations

import os
import re
import tomllib
from functools import lru_cache
from pathlib import Path

import pytest

from workbench.storage.library import load_library

REPO = Path(__file__).resolve().parents[2]
CLAUSES = REPO / "clauses"
CORPUS = Path(os.environ.get("TREATY_CORPUS_DIR") or REPO.parent / "shared" / "corpus")

if not CORPUS.is_dir():
    pytest.skip(f"source corpus not found at {CORPUS}", allow_module_level=True)

SOURCE_IDS = ("coe-ai-convention", "depa", "sadea", "rcep", "cn-ai-governance-initiative",
              "unga-78-311", "cn-capacity-building-plan", "shanghai-declaration",
              "oecd-ai-principles", "unesco-ai-ethics", "cptpp-ch14", "uk-sg-dea",
              "unga-78-265", "g7-hiroshima-code-of-conduct")

# A paragraph label as the corpus prints it in bold: **1** **1.** **(a)** **a)** **i.** **IV.**
_BOLD_LABEL = re.compile(r"\*\*\(?(?:[0-9]{1,2}(?:\.[0-9]{1,2})?|[a-z]|[ivx]{1,4}|[IVX]{1,4})[.)]?\*\*")
# The same without bold at the start of a line: "1. The Parties", "(a) exchanging".
_PLAIN_LABEL = re.compile(r"^(?:[0-9]{1,2}\.|\([a-z]{1,4}\))[ \t]+", re.MULTILINE)


def normalise(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=None)
def corpus_text(file_name: str) -> str:
    """The corpus file as plain text: Markdown markup, labels and editorial notes removed."""
    text = (CORPUS / file_name).read_text(encoding="utf-8")
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)
    text = re.sub(r"_\[.*?\]_", " ", text, flags=re.DOTALL)
    text = _BOLD_LABEL.sub(" ", text).replace("**", "")
    text = re.sub(r"^[ \t]*[-*][ \t]+", "", text, flags=re.MULTILINE)
    text = re.sub(r"^[ \t]+", "", text, flags=re.MULTILINE)
    text = _PLAIN_LABEL.sub("", text)
    text = re.sub(r"^_(.+)_[ \t]*$", r"\1", text, flags=re.MULTILINE)
    return normalise(text)


@lru_cache(maxsize=None)
def library():
    return load_library(CLAUSES)


def clause_ids() -> list[str]:
    # workbench-model.toml holds the workbench's own model clauses (no corpus text; see clauses/README.md)
    return [clause.id for clause in library().clauses if clause.source != "workbench-model"]


def _text(clause, lang: str) -> str:
    return normalise(" ".join(block for para in clause.paras for block in para.blocks(lang)))


def test_every_source_has_a_file_named_after_it():
    assert sorted(p.stem for p in CLAUSES.glob("*.toml") if p.stem != "workbench-model") == sorted(SOURCE_IDS)
    for source_id in SOURCE_IDS:
        source = library().sources[source_id]
        assert (CORPUS / source.corpus_file).is_file(), source.corpus_file


@pytest.mark.parametrize("clause_id", clause_ids())
def test_clause_text_is_verbatim_from_the_corpus(clause_id):
    clause = library().by_id()[clause_id]
    corpus = corpus_text(library().sources[clause.source].corpus_file)
    english, chinese = _text(clause, "en"), _text(clause, "zh")
    assert english or chinese, "the clause has no text"
    if english:
        assert english in corpus, f"English text of {clause_id} is not verbatim in the corpus"
    if chinese:
        assert chinese in corpus, f"Chinese text of {clause_id} is not verbatim in the corpus"
        assert clause.verification_zh in ("official", "reproduction", "transcription")
    for footnote in clause.footnotes:
        assert normalise(footnote["text"]) in corpus, f"footnote {footnote['mark']} of {clause_id}"
    for title in (clause.title, clause.title_zh):
        if title:
            assert normalise(title) in corpus, f"title {title!r} of {clause_id}"


@pytest.mark.parametrize("clause_id", clause_ids())
def test_footnote_markers_and_footnotes_match(clause_id):
    clause = library().by_id()[clause_id]
    text = _text(clause, "en")
    marks = set(re.findall(r"\[\^([0-9-]+)\]", text))
    listed = {footnote["mark"] for footnote in clause.footnotes}
    assert marks <= listed, f"markers without footnote text: {sorted(marks - listed)}"
    for mark in listed - marks:   # a footnote on the heading is explained in the note
        assert f"Footnote {mark}" in clause.note, f"footnote {mark} is not marked in the text"


def test_clause_files_parse_with_tomllib():
    for path in CLAUSES.glob("*.toml"):
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        assert data["source"]["id"] == path.stem


def _ids(source: str) -> set[str]:
    return {cid for cid in clause_ids() if cid.startswith(source + "/")}


def test_coe_convention_is_complete():
    ids = _ids("coe-ai-convention")
    articles = {f"coe-ai-convention/art-{n}" for n in range(1, 37)}
    assert articles <= ids
    assert "coe-ai-convention/preamble" in ids
    assert ids - articles <= {"coe-ai-convention/preamble", "coe-ai-convention/closing"}
    clauses = library().by_id()
    assert clauses["coe-ai-convention/art-2"].defines == ["artificial intelligence system"]
    assert clauses["coe-ai-convention/art-23"].provides[0] == "treaty-body"
    assert "treaty-body" in clauses["coe-ai-convention/art-29"].requires
    assert "coe-ai-convention/art-23" in clauses["coe-ai-convention/art-29"].refers_to


def test_rcep_chapters_12_and_20_are_complete():
    ids = _ids("rcep")
    expected = {f"rcep/art-12.{n}" for n in range(1, 18)} | {f"rcep/art-20.{n}" for n in range(1, 10)}
    assert expected <= ids
    assert ids - expected <= {"rcep/closing"}
    footnotes = [f["mark"] for cid in sorted(ids) for f in library().by_id()[cid].footnotes]
    assert sorted(set(footnotes)) == sorted([f"12-{n}" for n in range(1, 15)] + ["20-1", "20-2"])


def test_unga_resolution_has_15_preambular_and_15_operative_paragraphs():
    ids = _ids("unga-78-311")
    assert {f"unga-78-311/pp-{n}" for n in range(1, 16)} <= ids
    assert {f"unga-78-311/op-{n}" for n in range(1, 16)} <= ids
    assert not any(re.search(r"/(pp|op)-(0|1[6-9]|[2-9][0-9])$", cid) for cid in ids)
    for n in range(1, 16):
        assert library().by_id()[f"unga-78-311/op-{n}"].number == str(n)


@pytest.mark.parametrize("clause_id", ["depa/art-8.2", "depa/art-8.4", "sadea/art-31"])
def test_working_transcriptions_are_unverified(clause_id):
    clause = library().by_id()[clause_id]
    assert clause.verification == "transcription"
    assert "UNVERIFIED" in clause.note


@pytest.mark.parametrize("clause_id", ["depa/art-8.2", "sadea/art-31"])
def test_ai_cooperation_clauses_are_not_binding(clause_id):
    strengths = set(library().by_id()[clause_id].strengths())
    assert strengths <= {"declaratory", "hortatory"} and "hortatory" in strengths


def test_global_ai_governance_initiative_chinese_is_complete():
    clauses = library().by_id()
    for n in range(1, 12):
        clause = clauses[f"cn-ai-governance-initiative/item-{n}"]
        assert clause.text_zh() and clause.verification_zh == "official"
    for n in (3, 7, 11):
        assert clauses[f"cn-ai-governance-initiative/item-{n}"].verification == "transcription"
    assert clauses["cn-ai-governance-initiative/item-1"].incomplete


def test_chinese_text_only_where_the_source_has_it():
    for clause in library().clauses:
        if clause.text_zh():
            assert "zh" in library().sources[clause.source].languages, clause.id


def test_defined_and_used_terms_are_in_the_vocabulary():
    vocab = library().vocabulary
    known = set(vocab.terms) | {alias for term in vocab.terms.values() for alias in term.get("aliases", [])}
    for clause in library().clauses:
        for term in clause.defines + clause.uses:
            assert term in known, f"{clause.id}: term {term!r} is not in resources/vocabulary.toml"


def test_chinese_topic_labels_serve_the_chinese_search():
    vocab = library().vocabulary
    labels = {topic["zh"] for topic in vocab.topics.values()}
    assert any("争端" in label for label in labels)
    assert sum("数据" in label for label in labels) >= 3
    glossary = {entry["zh"]: entry["en"] for entry in vocab.glossary}
    assert "dispute" in glossary["争端"] and "data" in glossary["数据"]


# ----- the instruments added after the legal review (section 6), paragraph by paragraph --------------
def _blocks_in_order(source: str) -> list[tuple[str, str]]:
    """(clause id, block) for every text block of every paragraph and sub-paragraph of a source."""
    return [(clause.id, block) for clause in library().of_source(source)
            for para in clause.paras for node in para.walk() for block in node.text.split("\n\n") if block]


@pytest.mark.parametrize("source", ["unga-78-265", "g7-hiroshima-code-of-conduct"])
def test_new_instruments_are_verbatim_paragraph_by_paragraph_and_in_order(source):
    corpus = corpus_text(library().sources[source].corpus_file)
    at = 0
    for clause_id, block in _blocks_in_order(source):
        found = corpus.find(normalise(block), at)
        assert found >= 0, f"{clause_id}: not verbatim in the corpus, or out of order: {block[:80]!r}"
        at = found + len(normalise(block))
    assert library().sources[source].nature in ("resolution", "soft-law")
    assert all(c.verification == "official" and not c.text_zh() for c in library().of_source(source))


def test_unga_78_265_is_complete():
    ids = _ids("unga-78-265")
    expected = ({"unga-78-265/preamble", "unga-78-265/closing"} | {f"unga-78-265/pp-{n}" for n in range(1, 10)}
                | {f"unga-78-265/op-{n}" for n in range(1, 14)})
    assert ids == expected
    clauses = library().by_id()
    assert [s.label for s in clauses["unga-78-265/op-4"].paras[0].subs] == list("abcdefg")
    assert [s.label for s in clauses["unga-78-265/op-6"].paras[0].subs] == list("abcdefghijklmnopq")
    marks = sorted(int(f["mark"]) for cid in ids for f in clauses[cid].footnotes)
    assert marks == list(range(1, 11))
    assert clauses["unga-78-265/op-7"].number == "7" and clauses["unga-78-265/pp-6"].kind == "recital"
    assert clauses["unga-78-265/preamble"].text() == "The General Assembly,"


def test_g7_code_of_conduct_is_complete():
    ids = _ids("g7-hiroshima-code-of-conduct")
    assert ids == {"g7-hiroshima-code-of-conduct/preamble"} | {
        f"g7-hiroshima-code-of-conduct/action-{n}" for n in range(1, 12)}
    clauses = library().by_id()
    assert len(clauses["g7-hiroshima-code-of-conduct/preamble"].paras) == 12
    first = clauses["g7-hiroshima-code-of-conduct/action-1"]
    assert first.kind == "action" and first.number == "1" and first.title.startswith("Take appropriate measures")
    assert sum(len(p.subs) for p in first.paras) == 7
    assert sum(len(p.subs) for p in clauses["g7-hiroshima-code-of-conduct/action-3"].paras) == 4
    assert clauses["g7-hiroshima-code-of-conduct/action-7"].title.startswith("Develop and deploy reliable content authentication")
