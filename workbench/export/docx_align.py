"""A two-column table whose rows are out of step: the English and the Chinese re-paired line by line.

A parallel table is read row by row, the English cell beside the Chinese one. When a translation
splits or joins paragraphs otherwise than the original, or a typist pastes a column one row off,
headings stand beside body text: "一、共同愿景" beside a paragraph of the English intro. Read row by
row, the Chinese heading becomes text and the article it opens is lost. This module sees that the
columns are out of step (headings facing body text in several rows) and pairs the lines again by
what each is, as a translator would: heading with heading (of the same number where both print
one), paragraph with paragraph, each column's order kept, a column that stops early (a partial
translation) leaving the rest of the other unpaired.
"""
from __future__ import annotations

from .docx_bilingual import heading_number
from .docx_build import Unit
from .docx_lines import Item

_HEADING_KINDS = ("article", "division", "bare-division", "annex", "preamble")
_GAP = -1.0
_BAND = 60
_PARTIAL = 0.8            # an English column with fewer cells than this share of the Chinese is partial


def _heading(item: Item) -> bool:
    return item.kind in _HEADING_KINDS or item.emphasised or bool(item.extra.get("zh-bare-division")) and len(
        item.text) <= 40


def _score(en: Item, zh: Item) -> float:
    """How well an English line translates a Chinese one, judged by what each is (not by its words)."""
    if _heading(en) != _heading(zh):
        return -4.0
    a, b = heading_number(en), heading_number(zh)
    if _heading(en):
        return 3.0 + (0.0 if not (a and b) else 3.0 if a == b else -3.0)
    score = 1.0
    if a and b:
        score += 2.0 if a == b else -2.0
    elif bool(a) != bool(b):
        score -= 1.0
    ratio = len(en.text) / max(1, len(zh.text))
    if 1.2 <= ratio <= 6.0:
        score += 1.0
    return score


def out_of_step(units: list[Unit]) -> bool:
    """Whether the rows of a table pair headings with body text often enough to be off by some rows."""
    both = [u for u in units if u.en is not None and u.zh is not None]
    if len(both) < 4:
        return False
    facing = sum(1 for u in both if _heading(u.en) != _heading(u.zh))
    return facing >= 2 and facing * 10 >= len(both)


def _align(english: list[Item], chinese: list[Item]) -> list[tuple[int | None, int | None]]:
    """Pairs of indexes (English, Chinese), in order; None where a line has no counterpart.

    A global alignment in a band around the diagonal, ends free: a translation that stops early (or
    starts late) costs nothing for the lines it does not have."""
    n, m = len(english), len(chinese)
    width = _BAND + abs(n - m)
    neg = float("-inf")
    best: dict[tuple[int, int], float] = {}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        for j in range(max(0, i - width), min(m, i + width) + 1):
            if i == 0 or j == 0:                 # free start: lines before the other column begins
                best[i, j] = 0.0
                if i or j:
                    back[i, j] = (i - 1, j) if j == 0 else (i, j - 1)
                continue
            options = [(best.get((i - 1, j - 1), neg) + _score(english[i - 1], chinese[j - 1]), (i - 1, j - 1)),
                       (best.get((i - 1, j), neg) + _GAP, (i - 1, j)),
                       (best.get((i, j - 1), neg) + _GAP, (i, j - 1))]
            value, frm = max(options, key=lambda o: o[0])
            best[i, j], back[i, j] = value, frm
    # free end gaps: finish at the best cell of the last row or the last column
    ends = [(best.get((n, j), neg), (n, j)) for j in range(m + 1)] + [(best.get((i, m), neg), (i, m))
                                                                      for i in range(n + 1)]
    _, (i, j) = max(ends, key=lambda e: e[0])
    pairs: list[tuple[int | None, int | None]] = [(None, k) for k in range(m - 1, j - 1, -1)]
    pairs += [(k, None) for k in range(n - 1, i - 1, -1)]
    while i or j:
        pi, pj = back[i, j]
        if pi == i - 1 and pj == j - 1:
            pairs.append((i - 1, j - 1))
        elif pi == i - 1:
            pairs.append((i - 1, None))
        else:
            pairs.append((None, j - 1))
        i, j = pi, pj
    pairs.reverse()
    return pairs


def realign(units: list[Unit]) -> tuple[list[Unit], int]:
    """The units paired again, each run of a table's rows that is out of step; (units, lines re-paired)."""
    out: list[Unit] = []
    moved = 0
    run: list[Unit] = []
    for unit in units + [None]:
        if unit is not None and unit.row:
            run.append(unit)
            continue
        paired, count = _realign_run(run) if run else ([], 0)
        out += paired
        moved += count
        run = []
        if unit is not None:
            out.append(unit)
    return out, moved


def _realign_run(units: list[Unit]) -> tuple[list[Unit], int]:
    units, moved = _repaired(units)
    _lead(units)
    return units, moved


def _lead(units: list[Unit]) -> None:
    """The Chinese column leads the structure where it is the complete text and the English a partial
    translation (the English stops early or leaves a fifth of the cells empty): its headings' numbers
    are the original's, the English headings being translations that may print no number or another
    one. Where both columns are (nearly) complete, the English leads, as it always has."""
    english = sum(1 for u in units if u.en is not None)
    chinese = sum(1 for u in units if u.zh is not None)
    if english < _PARTIAL * chinese:
        for unit in units:
            unit.lead = "zh"


def _repaired(units: list[Unit]) -> tuple[list[Unit], int]:
    if not out_of_step(units):
        return units, 0
    english = [(u.en, u.where) for u in units if u.en is not None]
    chinese = [(u.zh, u.where) for u in units if u.zh is not None]
    pairs = _align([e for e, _ in english], [z for z, _ in chinese])
    out = []
    for a, b in pairs:
        en = english[a] if a is not None else None
        zh = chinese[b] if b is not None else None
        where = (zh or en)[1]
        out.append(Unit(en[0] if en else None, zh[0] if zh else None, where, row=True))
    before = {(id(u.en), id(u.zh)) for u in units}
    moved = sum(1 for u in out if (id(u.en), id(u.zh)) not in before)
    return out, moved
