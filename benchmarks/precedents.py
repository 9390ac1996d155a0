"""Precedents on the full ToTA corpus: import, search per keystroke, lineage of an article and of a draft.

The corpus is read from ``TREATY_TOTA_DIR`` (default ``../shared/datasets/tota/xml``); without it
the lines say so and are skipped. ``--quick`` imports a sample of 40 agreements instead of 450.
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .stats import Result, Target, timed

ROOT = Path(__file__).resolve().parent.parent
TOTA_DIR = Path(os.environ.get("TREATY_TOTA_DIR", ROOT.parent / "shared" / "datasets" / "tota" / "xml"))
#: What a drafter types into the Precedents panel's search box, one query per keystroke.
TYPED = ["electronic commerce", "dispute settlement", "rules of origin", "personal information", "customs duties",
         '"national treatment"']
QUICK_SAMPLE = 40


def _corpus(folder: Path, quick: bool, work: Path) -> Path:
    if not quick:
        return folder
    files = sorted(folder.glob("pta_*.xml"), key=lambda p: int(p.stem.split("_")[1]))
    sample = work / "tota-sample"
    sample.mkdir(parents=True, exist_ok=True)
    for path in files[::max(1, len(files) // QUICK_SAMPLE)][:QUICK_SAMPLE - 1] + [folder / "pta_449.xml"]:
        shutil.copyfile(path, sample / path.name)
    return sample


def _edit(text: str, rng: random.Random) -> str:
    """A few words changed, two swapped, the numbers changed (renumbered)."""
    words = text.split(" ")
    for _ in range(3):
        words[rng.randrange(len(words))] = rng.choice(["modified", "Members", "promptly"])
    i = rng.randrange(len(words) - 1)
    words[i], words[i + 1] = words[i + 1], words[i]
    return re.sub(r"\d+", lambda m: str(int(m.group()) + 7), " ".join(words))


def measure(work: Path, draft, quick: bool, runs: int, folder: Path = TOTA_DIR) -> list[Result]:
    names = ["precedents: import the ToTA corpus", "precedents: search per keystroke",
             "precedents: lineage of one article", f"precedents: lineage of a {len(draft.articles()):,}-article draft"]
    if not (folder / "pta_449.xml").is_file():
        note = f"skipped: no ToTA corpus at {folder} (set TREATY_TOTA_DIR)"
        return [Result(name, unavailable=note) for name in names[:3] + [names[3] + ", clause library",
                                                                        names[3] + ", trade texts"]]
    from workbench.precedents.importer import import_folder
    from workbench.precedents.lineage import LineageFinder
    from workbench.storage.precedent_search import SearchOptions
    from workbench.storage.precedents import PrecedentStore

    source = _corpus(folder, quick, work)
    store_path = work / "bench.treaty.precedents"
    store_path.unlink(missing_ok=True)
    started = time.perf_counter()
    summary = import_folder(source, store_path)
    seconds = time.perf_counter() - started
    if not quick:
        assert (summary.agreements, summary.articles) == (450, 40993), (summary.agreements, summary.articles)
    out = [Result(f"{names[0]} ({summary.agreements} agreements)", [seconds], unit="s",
                  targets=[] if quick else [Target("value", 120.0, "≤ 2 min")],
                  note=f"{summary.agreements} agreements, {summary.articles:,} articles, {len(summary.damaged)} "
                       f"agreements / {summary.damaged_articles:,} articles flagged for OCR damage (kept)")]
    with PrecedentStore.open(store_path, read_only=True) as store:
        queries = [word[:i] for word in TYPED for i in range(1, len(word) + 1)]
        options = SearchOptions(limit=100)          # as the panel asks
        samples: list[float] = []
        for _ in range(max(2, runs // 2)):
            for query in queries:
                samples += timed(lambda q=query: store.search(q, options), runs=1, warmup=0)
        assert store.search("electronic commerce", options), "the search found nothing"
        out.append(Result(f"{names[1]} ({summary.articles:,} articles)", samples,
                          targets=[Target("median", 0.010, "median ≤ 10 ms")],
                          note=f"{len(queries)} prefixes of {len(TYPED)} queries, 100 hits each"))
        out.append(_lineage(store, LineageFinder(store), names[2], runs))
        trade = trade_draft(store, len(draft.articles()))
    out.append(_draft_lineage(store_path, draft, names[3] + ", clause library"))
    out.append(_draft_lineage(store_path, trade, names[3] + ", trade texts"))
    return out


def trade_draft(store, size: int):
    """A draft of ``size`` articles taken from the precedents themselves, lightly edited (a trade
    negotiator's draft: every article has a lineage, the heaviest case)."""
    from workbench.core.model import Draft, Node, NodeKind

    rng = random.Random(300)
    rows = store.conn.execute("SELECT name, text FROM articles WHERE length(text) > 200 ORDER BY rowid").fetchall()
    articles = []
    for name, text in rng.sample(rows, size):
        paragraphs = [Node(NodeKind.PARAGRAPH, text=p) for p in _edit(text, rng).split("\n") if p.strip()]
        articles.append(Node(NodeKind.ARTICLE, title=name or "", children=paragraphs))
    return Draft(title="Trade draft", children=articles)


def _lineage(store, finder, name: str, runs: int) -> Result:
    rng = random.Random(18)
    rows = store.conn.execute("SELECT id, agreement_id, text FROM articles WHERE length(text) > 300").fetchall()
    cases = [(article_id, agreement_id, text, _edit(text, rng)) for article_id, agreement_id, text in
             rng.sample(rows, min(len(rows), 20 * max(3, runs)))]
    finder.similar(cases[0][3])                                   # loads datasketch (once per process)
    samples, own, tied = [], 0, 0
    for _article_id, agreement_id, text, edited in cases:
        samples += timed(lambda e=edited: finder.similar(e, 10), runs=1, warmup=0)
        top = finder.similar(edited, 10, diffs=False).matches[0]
        own += top.agreement_id == agreement_id
        tied += top.agreement_id != agreement_id and top.text == text
    return Result(f"{name} (lightly edited, with word diffs)", samples,
                  targets=[Target("median", 0.100, "median ≤ 100 ms")],
                  note=f"own agreement first in {own} of {len(cases)}; {tied} more tied with a verbatim copy "
                       f"in another agreement; {len(cases) - own - tied} missed")


def _draft_lineage(store_path: Path, draft, name: str) -> Result:
    """The window's whole-draft lineage: the GUI thread renders the articles and starts a child
    (``workbench.precedents.batch``), which answers one line per article."""
    from workbench.core.render import Renderer

    gui_started = time.perf_counter()
    renderer = Renderer(draft)
    items = [{"id": a.id, "text": renderer.article(a).text} for a in draft.articles()]
    request = json.dumps({"store": str(store_path), "limit": 3, "items": items}).encode("utf-8")
    gui_seconds = time.perf_counter() - gui_started
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "workbench.precedents.batch"], input=request, cwd=ROOT,
                          capture_output=True, timeout=300, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    seconds = time.perf_counter() - started
    lines = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines() if line.strip()]
    if done.returncode or not lines or "done" not in lines[-1]:
        raise RuntimeError(f"the draft lineage failed: {done.stderr.decode('utf-8', 'replace')[-500:]}")
    traced = sum(1 for line in lines if line.get("first"))
    return Result(name, [seconds], unit="s", targets=[Target("value", 10.0, "≤ 10 s")],
                  note=f"{len(lines) - 1} articles, {traced} with precedents; GUI thread busy "
                       f"{gui_seconds * 1000:.0f} ms to start it (typing goes on meanwhile)")
