"""The evaluation instruments (../shared/eval, when present, and the project's own development
instruments): structure exactly as the gold reading says. The held-out instruments
(benchmarks/eval/test) are only measured, by ``python -m benchmarks.evaluate``."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from workbench.core.model import NodeKind
from workbench.export.importing import import_file

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
FILES = sorted(EVAL.glob("*/draft*.docx")) if EVAL.is_dir() else []
DEV = sorted((Path(__file__).resolve().parents[2] / "benchmarks" / "eval" / "dev").glob("*/draft*.docx"))


def _plain(text: str) -> str:
    """A heading compared without case, dashes or colons ("CHAPTER 1 – INITIAL PROVISIONS")."""
    return re.sub(r"[\s–—:\-]+", " ", text).strip().lower()


@pytest.mark.parametrize("path", FILES + DEV, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_structure_matches_the_gold_reading(path):
    gold = tomllib.loads((path.parent / "gold.toml").read_text(encoding="utf-8"))["structure"]
    result = import_file(path)
    summary = result.summary()
    assert summary["articles"] == gold["articles"]
    # a division as the gold reading prints it, in either language of a bilingual file
    headings = [{_plain(result.heading(node, lang)) for lang in ("en", "zh")} for node in result.draft.chapters()]
    assert len(headings) == len(gold["divisions"]), summary["divisions"]
    assert all(_plain(want) in found for want, found in zip(gold["divisions"], headings)), summary["divisions"]
    assert [_plain(a) for a in summary["annexes"]] == [_plain(a) for a in gold["annexes"]]
    assert summary["closing"] == gold["closing_formula"]
    draft = result.draft
    inside = [n.text + n.text_zh for a in draft.articles() for n in a.walk()]
    inside += [r.text + r.text_zh for r in (draft.preamble().children if draft.preamble() else [])]
    for stray in ("Done at", "DONE at", "Done in", "IN WITNESS", "订于", "以昭信守"):
        assert not any(t.startswith(stray) or stray in t[:40] for t in inside), stray
    assert not any(n.kind is NodeKind.ARTICLE for annex in draft.annexes() for n in annex.walk())
