"""The evaluation harness (python -m benchmarks.evaluate) counts as ../shared/eval/README.md says,
and the reading it measures holds on the instruments (a regression guard, not the measurement)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from benchmarks.eval_gold import Instrument, GoldElement, GoldVerdict, discover, normalise_id
from benchmarks.eval_score import FileScore, Locator, score_elements, score_structure, score_verdicts
from workbench.checker import Checker
from workbench.checker.examples import draft_of
from workbench.checker.matcher import normalise
from workbench.checker.reading_spec import default_reading
from workbench.paths import CLAUSES_DIR

REPO = Path(__file__).resolve().parents[2]
SHARED_EVAL = Path(os.environ.get("TREATY_EVAL_DIR", REPO.parent / "shared" / "eval"))
OWN_EVAL = REPO / "benchmarks" / "eval"


def instrument(verdicts: dict, elements=(), structure=None) -> Instrument:
    return Instrument(id="x", folder=Path("."), title="x", kind="treaty", languages=["en"],
                      structure=structure or {"articles": 2, "divisions": [], "annexes": [], "closing_formula": False},
                      elements=list(elements), verdicts=verdicts)


@pytest.mark.parametrize("raw, norm", [("op-6", "6"), ("pp-6", "preamble"), ("Closing", "closing"),
                                       ("12", "12"), ("chapeau para 3", "preamble"), ("Article 5", "5")])
def test_gold_ids(raw, norm):
    assert normalise_id(raw) == norm


def test_a_right_verdict_for_a_wrong_reason_is_a_miss_whole_text_criteria_on_the_verdict_alone():
    draft = draft_of("Each Party shall protect privacy.", "Any dispute shall be submitted to arbitration.")
    report = Checker().check(draft, suggestions=False)
    gold = instrument({
        "B4": GoldVerdict("B4", "met", ["met"], ["2"]),          # cited: right
        "R3": GoldVerdict("R3", "partial", ["partial"], ["2"]),   # right verdict, wrong article
        "B1": GoldVerdict("B1", "met", ["met"], ["9"]),           # whole text: verdict alone
        "U1": GoldVerdict("U1", "met", ["met"], []),              # wrong verdict
    })
    score = FileScore("x", "draft")
    score_verdicts(score, gold, report, Locator(draft))
    assert score.total == 4 and score.agree == 2
    assert {(m["criterion"], m["why"]) for m in score.misses} == {("R3", "articles"), ("U1", "verdict")}


def test_elements_recall_by_article_precision_by_kind():
    draft = draft_of("A Committee is hereby established.", "Any dispute shall be submitted to arbitration.")
    report = Checker().check(draft, suggestions=False)
    gold = instrument({}, [GoldElement("treaty-body", ["1"]), GoldElement("dispute-settlement", ["7"]),
                           GoldElement("review", ["1"])])
    score = FileScore("x", "draft")
    score_elements(score, gold, report, Locator(draft))
    assert (score.found_elements, score.gold_elements) == (1, 3)          # the body; DS cited elsewhere; no review
    wrong = {w["kind"] for w in score.wrong_elements}
    assert "dispute-settlement" in wrong and "treaty-body" not in wrong


def test_structure_finds_a_closing_formula_left_inside_an_article(tmp_path):
    (tmp_path / "text.md").write_text("# T\n\n### Article 1\n\n1. Each Party shall act.\n\n## Closing\n\n"
                                      "IN WITNESS WHEREOF the undersigned have signed this Agreement.\n", encoding="utf-8")
    gold = instrument({}, structure={"articles": 1, "divisions": [], "annexes": [], "closing_formula": True})
    gold.folder = tmp_path
    draft = draft_of("Each Party shall act.")
    draft.children[0].children.append(draft.children[0].children[0].clone(fresh_ids=True))
    draft.children[0].children[1].text = "IN WITNESS WHEREOF the undersigned have signed this Agreement."
    result = score_structure(gold, draft)
    assert not result["exact"] and result["leaks"] and result["closing_formula"] == [False, True]
    draft.children[0].children.pop()
    draft.meta["closing"] = "IN WITNESS WHEREOF the undersigned have signed this Agreement."
    assert score_structure(gold, draft)["exact"]


def test_the_keys_of_the_reading_never_hide_a_match():
    """Each element is searched only in provisions holding one of its keys (reading_keys): on every
    text of the clause library and of the evaluation sets, no match is lost that way."""
    texts = []
    for path in CLAUSES_DIR.glob("*.toml"):
        def walk(paras):
            for para in paras:
                texts.extend(t for t in (para.get("text"), para.get("zh")) if t)
                walk(para.get("subs", []) or [])
        for clause in tomllib.loads(path.read_text(encoding="utf-8")).get("clause", []):
            walk(clause.get("paras", []))
    for folder in (SHARED_EVAL, OWN_EVAL):
        for path in folder.glob("**/text*.md"):
            texts.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    assert len(texts) > 300
    spec = default_reading()
    lost = []
    for raw in texts:
        lang = "zh" if re.search(r"[\u4e00-\u9fff]", raw) and not re.search(r"[A-Za-z]{4}", raw) else "en"
        text = normalise(raw) if lang == "en" else raw
        low = text.lower()
        for rule in spec.elements:
            pattern, keys = rule.find.get(lang), rule.keys.get(lang)
            if pattern is not None and keys is not None and pattern.search(text) and not any(k in low for k in keys):
                lost.append((rule.kind, text[:80]))
    assert not lost, lost[:5]


@pytest.mark.skipif(not SHARED_EVAL.exists(), reason="no ../shared/eval")
def test_the_shared_set_is_read_in_parity_and_agreement_holds_where_the_importer_finds_the_articles():
    from benchmarks.evaluate import evaluate
    scores = {s.instrument.id: s for s in evaluate([("shared", SHARED_EVAL)])}
    unesco = scores["unesco-1970-cultural-property"]
    assert len(unesco.files) == 3 and unesco.parity == (True, [])
    for instrument_id in ("unesco-1970-cultural-property", "china-singapore-fta-2008", "asean-korea-tig-2006"):
        assert scores[instrument_id].agreement >= 0.9, instrument_id
        assert scores[instrument_id].recall >= 0.9 and scores[instrument_id].precision >= 0.9, instrument_id


def test_own_instruments_are_complete_and_their_quotes_verbatim():
    folders = discover(OWN_EVAL / "dev") + discover(OWN_EVAL / "test")
    assert {i.id for i in folders} >= {"coe-framework-convention-ai", "unga-78-311", "us-jordan-fta-2000", "sapta-1993"}
    for gold in folders:
        assert len(gold.verdicts) == 35 and gold.files, gold.id
        text = "".join((gold.folder / n).read_text(encoding="utf-8") for n in ("text.md", "text_zh.md")
                       if (gold.folder / n).exists())
        flat = normalise(re.sub(r"\[\^\d+\]", "", text)).replace("“", '"').replace("”", '"')
        for element in gold.elements:
            quote = normalise(element.quote).replace("“", '"').replace("”", '"')
            assert quote in flat, (gold.id, element.quote[:60])


def test_the_command_prints_json_and_exits_on_targets(tmp_path):
    targets = tmp_path / "targets.toml"
    targets.write_text('gated_sets = ["shared"]\n[goal]\nagreement = 1.01\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "benchmarks.evaluate", "--eval-dir", str(OWN_EVAL / "dev"),
                           "--no-own", "--only", "coe-framework-convention-ai", "--json", "--targets", str(targets)],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    data = json.loads(done.stdout)
    assert done.returncode == 1 and data["below_target"]
    coe = data["instruments"][0]
    assert coe["id"] == "coe-framework-convention-ai" and coe["files"][0]["structure"]["articles"][1] == 36


def test_a_set_floor_may_pool_a_named_group_of_the_sets_instruments():
    from benchmarks.evaluate import InstrumentScore, shortfalls
    first, added = (InstrumentScore(instrument({}), "own-test") for _ in range(2))
    first.instrument.id, added.instrument = "old", instrument({})
    added.instrument.id = "new"
    first.files = [FileScore("old", "d", agree=19, total=20)]
    added.files = [FileScore("new", "d", agree=10, total=20)]
    targets = {"set_floor": {"first": {"set": "own-test", "instruments": ["old"], "agreement": 0.9},
                             "added": {"set": "own-test", "instruments": ["new"], "agreement": 0.5}}}
    assert shortfalls([first, added], targets) == []
    targets["set_floor"]["added"]["agreement"] = 0.6
    assert shortfalls([first, added], targets) == ["added (pooled): agreement 50.0% < 60.0%"]
    assert shortfalls([first, added], {"set_floor": {"own-test": {"agreement": 0.8}}}) == [
        "own-test (pooled): agreement 72.5% < 80.0%"]


TOTA = REPO.parent / "shared" / "datasets" / "tota" / "xml"


@pytest.mark.skipif(not (TOTA / "pta_244.xml").exists(), reason="no ../shared/datasets/tota")
def test_the_census_counts_anchored_articles_and_never_reads_a_held_out_agreement(tmp_path, capsys):
    from benchmarks import census
    for name in ("pta_244", "pta_420"):         # EFTA–Bulgaria; Russia–Belarus 1992 is held out
        (tmp_path / f"{name}.xml").write_bytes((TOTA / f"{name}.xml").read_bytes())
    assert census.main(["--tota", str(tmp_path), "--kinds", "withdrawal", "entry-into-force",
                        "--misses", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 agreements")
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[2:4]}
    # EFTA–Bulgaria's "may withdraw therefrom" and its entry into force are both found
    assert rows["withdrawal"][0] == rows["withdrawal"][1] != "0"
    assert rows["entry-into-force"][0] == rows["entry-into-force"][1] != "0"
    # anchored on the drafters' headings: EFTA–Bulgaria's "General Exceptions" ("This Agreement shall not
    # preclude prohibitions or restrictions … justified on grounds of public morality …") is found there
    assert census.main(["--tota", str(tmp_path), "--by", "title", "--kinds", "exception-general"]) == 0
    out = capsys.readouterr().out
    row = next(line.split() for line in out.splitlines() if line.startswith("exception-general"))
    assert row[1] == row[2] != "0"
    # anchored on the chapter headings: EFTA–Bulgaria names no chapters, so nothing is anchored; China–Singapore
    # (a shared evaluation instrument, pta_336) has a "Dispute Settlement" and an "Exceptions" chapter, found
    assert census.main(["--tota", str(tmp_path), "--by", "chapter", "--kinds", "dispute-settlement"]) == 0
    row = next(line.split() for line in capsys.readouterr().out.splitlines() if line.startswith("dispute"))
    assert row[1:3] == ["0", "0"]
    # the articles where nothing is found, for one family of agreements only
    assert census.main(["--tota", str(tmp_path), "--names", "Singapore", "--kinds", "withdrawal",
                        "--silent", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("0 agreements") and "0 articles where nothing is found" in out
    names = census.chapter_names(TOTA / "pta_336.xml")
    assert "Dispute Settlement" in names and len(names) == 115
    (tmp_path / "pta_244.xml").unlink()
    (tmp_path / "pta_336.xml").write_bytes((TOTA / "pta_336.xml").read_bytes())
    assert census.main(["--tota", str(tmp_path), "--by", "chapter", "--kinds", "dispute-settlement",
                        "exception-general"]) == 0
    rows = {line.split()[0]: line.split()[1:3] for line in capsys.readouterr().out.splitlines()[2:4]}
    assert rows == {"dispute-settlement": ["1", "1"], "exception-general": ["1", "1"]}
