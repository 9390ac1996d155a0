"""The in-process measurements: search, edits, loading, check, comparison, export."""
from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

from workbench.core import operations
from workbench.core.edits import SetFields
from workbench.core.model import Draft, DraftError, NodeKind
from workbench.storage import Workspace

from .inputs import export_paragraphs, revised
from .operations import Unavailable, checker_for, compare_call, export_calls
from .stats import Result, Target, median, timed

#: What a drafter types into the library's search box, one query per keystroke.
TYPED = ["artificial intelligence", "dispute settlement", "personal data", "cooperation",
         "human rights", "人工智能", "数据", "争端解决"]
#: The library panel asks for this many hits per keystroke (workbench/ui/library_panel.py SEARCH_LIMIT).
SEARCH_LIMIT = 150


@dataclass
class Sizes:
    library: int
    small: int
    large: int
    runs: int          # runs of each timed operation (more for the cheap ones)


def keystroke_queries() -> list[str]:
    return [word[:i] for word in TYPED for i in range(1, len(word) + 1)]


def search_per_keystroke(ws: Workspace, sizes: Sizes) -> Result:
    queries = keystroke_queries()
    samples: list[float] = []
    for _ in range(max(2, sizes.runs // 2)):
        for query in queries:
            samples += timed(lambda q=query: ws.search(q, limit=SEARCH_LIMIT), runs=1, warmup=0)
    found = {q: len(ws.search(q, limit=SEARCH_LIMIT)) for q in ("intellig", "数据")}
    assert all(found.values()), f"searches found nothing: {found}"
    return Result(f"library search per keystroke ({sizes.library:,} clauses)", samples,
                  targets=[Target("median", 0.010, "median ≤ 10 ms"), Target("p95", 0.030, "p95 ≤ 30 ms")],
                  note=f"{len(queries)} prefixes of {len(TYPED)} words, storage only")


def edits(ws: Workspace, draft: Draft, runs: int) -> list[Result]:
    """A text edit, a move and an added clause, each committed with ``Workspace.apply``.

    Only ``apply`` is timed (the edit applied to the draft in memory and committed in one
    transaction); building the edit object is the caller's (the outline or the CLI) and untimed.
    """
    rng = random.Random(3)
    n = len(draft.articles())
    paragraphs = [p for p in draft.walk() if p.kind is NodeKind.PARAGRAPH]
    clauses = [c for c in ws.clauses(source="coe-ai-convention") if c.kind == "article"] or ws.clauses()[:20]
    counter = iter(range(10**9))

    def text_edit():
        para = rng.choice(paragraphs)
        return SetFields(para.id, {"text": f"{para.text.split(' [')[0]} [{next(counter)}]"})

    def move():
        while True:
            article = operations.find_article(draft, str(rng.randrange(1, n + 1)))
            try:
                return operations.move_article(draft, article, rng.randrange(1, n + 1))
            except DraftError:   # already at that position
                continue

    def add():
        return operations.add_clauses(draft, [rng.choice(clauses)], position=rng.randrange(1, n))

    target = [Target("median", 0.020, "≤ 20 ms")]
    out = []
    for what, make in (("text of a paragraph", text_edit), ("move an article", move), ("add a clause", add)):
        pending = []
        samples = timed(lambda: ws.apply(draft, pending.pop()), runs * 3, setup=lambda: pending.append(make()))
        out.append(Result(f"edit committed: {what} ({n:,} articles)", samples, targets=target))
    stored = ws.load_draft(draft.id)
    assert stored.to_dict() == draft.to_dict(), "the stored draft differs from the edited one"
    return out


def load(ws: Workspace, draft: Draft, runs: int) -> Result:
    n = len(draft.articles())
    return Result(f"open a draft from the workspace ({n:,} articles)",
                  timed(lambda: ws.load_draft(draft.id), runs), note="no target")


def check(ws: Workspace, drafts: dict[int, Draft], runs: int) -> list[Result]:
    limits = {300: (0.100, "≤ 100 ms"), 2000: (1.0, "≤ 1 s")}
    try:
        setup = timed(lambda: checker_for(ws), runs=1, warmup=0)
        check_draft = checker_for(ws)
    except Unavailable as exc:
        return [Result(f"full check ({n:,} articles)", unavailable=str(exc)) for n in drafts]
    out = [Result("checker set-up (library index, once per workspace)", setup, note="no target")]
    for n, draft in drafts.items():
        report = check_draft(draft)
        assert report.findings, "the check produced no findings"
        limit = limits.get(n)
        out.append(Result(f"full check ({n:,} articles)", timed(lambda d=draft: check_draft(d), runs),
                          targets=[Target("median", *limit)] if limit else []))
    return out


def compare(drafts: dict[int, Draft], runs: int) -> list[Result]:
    limits = {300: (0.100, "≤ 100 ms"), 2000: (0.5, "≤ 500 ms")}     # issue 15: about linear
    try:
        compare_drafts = compare_call()
    except Unavailable as exc:
        return [Result(f"comparison ({n:,} articles)", unavailable=str(exc)) for n in drafts]
    out = []
    for n, draft in drafts.items():
        later = revised(draft)
        result = compare_drafts(draft, later)
        assert result.changes, "the comparison found no changes in a revised draft"
        limit = limits.get(n)
        out.append(Result(f"comparison ({n:,} articles, ~5% changed)",
                          timed(lambda d=draft, l=later: compare_drafts(d, l), runs),
                          targets=[Target("median", *limit)] if limit else []))
    return out


def merge_twenty(drafts: dict[int, Draft], runs: int) -> Result:
    """Issue 19: twenty parties' proposals on one base text merged into a compilation (≤ 1 s)."""
    from workbench.core.bracketing import Proposal
    from workbench.core.proposals import derive_draft, merge_proposals, proposal_from_version
    from workbench.core.versions import Version

    draft = drafts[min(drafts)]
    base = Version.of(draft, "Chair's base text", author="Chair")
    proposals = []
    for i in range(20):
        proposal = proposal_from_version(base, f"Party {i}")
        para = next(n for a in proposal.articles()[i % 5:] for n in a.walk()
                    if n.kind is NodeKind.PARAGRAPH and len(n.text) > 40)
        SetFields(para.id, {"text": para.text + f" (variant {i})"}).apply(proposal)
        proposals.append(Proposal(f"Party {i}", proposal, base.draft(), base.label, base.id))

    def merge():
        target = derive_draft(base.draft(), "Compilation", {"based_on_version": base.id})
        merge_proposals(target, proposals, target_base=base.id)
    return Result(f"merge 20 proposals into a compilation ({len(draft.articles()):,} articles)",
                  timed(merge, runs), targets=[Target("median", 1.0, "≤ 1 s")])


def export(ws: Workspace, drafts: dict[int, Draft], runs: int) -> list[Result]:
    try:
        export_draft, baseline = export_calls(ws)
    except Unavailable as exc:
        return [Result(f".docx export ({n:,} articles)", unavailable=str(exc)) for n in drafts]
    out = []
    with tempfile.TemporaryDirectory(prefix="twb-bench-export-") as folder:
        for n, draft in drafts.items():
            path, bare_path = Path(folder) / f"draft-{n}.docx", Path(folder) / f"bare-{n}.docx"
            paragraphs = export_paragraphs(draft)
            bare = Result(f"bare python-docx, same paragraphs ({n:,} articles)",
                          timed(lambda p=paragraphs, b=bare_path: baseline(p, b), runs), unit="s",
                          note=f"baseline, {len(paragraphs):,} paragraphs")
            real = Result(f".docx export ({n:,} articles)",
                          timed(lambda d=draft, p=path: export_draft(d, p), runs), unit="s")
            assert path.stat().st_size > 10_000, "the export wrote (almost) nothing"
            real.ratio = median(real.samples) / median(bare.samples)
            real.ratio_text = "× bare python-docx"
            if n == 300:
                real.targets = [Target("median", 2.0, "≤ 2 s"), Target("ratio", 1.5, f"{real.ratio:.2f} × bare ≤ 1.5")]
            out += [bare, real]
    return out
