"""The typing matrix (benchmarks/eval/typing_matrix.py) on three development texts in every style:
titled articles and a closing formula (EFTA–Croatia 2001), chapters over untitled articles
(Bangkok 1975), and a Chinese text of numbered items (GAIGI 2023). Each text typed in each way
a clerk types a treaty must import with the structure and words of its plain typing."""
from __future__ import annotations

from benchmarks.eval.typing_matrix import report, run

TEXTS = ["efta-croatia-2001", "bangkok-agreement-1975", "gaigi-2023-zh"]


def test_three_texts_in_every_typing_import_as_their_plain_typing():
    matrix = run(TEXTS, jobs=1)
    assert matrix.count() >= 90                              # every style that applies, and the plain cells
    floor = matrix.count()                                   # all of them (the figure when this was written)
    assert matrix.ok() >= floor, report(matrix)
