"""Measure the checker on real instruments against a treaty lawyer's gold reading.

    python -m benchmarks.evaluate                  # ../shared/eval and the project's own instruments
    python -m benchmarks.evaluate --json           # the same figures as JSON
    python -m benchmarks.evaluate --eval-dir DIR   # another evaluation set (or TREATY_EVAL_DIR=DIR)
    python -m benchmarks.evaluate -v               # every miss, with the checker's summary

Each Word file of each instrument is imported through the real importer
(``workbench.export.importing.import_file``, as ``treaty-workbench import`` does) and checked by
the real checker (no library: the verdicts rest on the text). Printed per instrument and overall:
verdict agreement, element recall and precision, structure recovered, language parity. The run
exits with status 1 when a figure falls below its target (``benchmarks/eval_targets.toml``); see
benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):          # run as a script: python benchmarks/evaluate.py
    sys.path.insert(0, str(ROOT))

from benchmarks.eval_gold import Instrument, discover  # noqa: E402
from benchmarks.eval_score import FileScore, Locator, score_elements, score_structure, score_verdicts  # noqa: E402

SHARED_EVAL = ROOT.parent / "shared" / "eval"
OWN_EVAL = ROOT / "benchmarks" / "eval"
TARGETS = ROOT / "benchmarks" / "eval_targets.toml"


@dataclass
class InstrumentScore:
    instrument: Instrument
    set_name: str
    files: list[FileScore] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def _sum(self, attr: str) -> int:
        return sum(getattr(f, attr) for f in self.files)

    @property
    def agreement(self) -> float | None:
        total = self._sum("total")
        return self._sum("agree") / total if total else None

    @property
    def recall(self) -> float | None:
        total = self._sum("gold_elements")
        return self._sum("found_elements") / total if total else None

    @property
    def precision(self) -> float | None:
        total = self._sum("reported_elements")
        return self._sum("right_elements") / total if total else None

    @property
    def parity(self) -> tuple[bool | None, list[str]]:
        """Same verdicts for every language file; None when the instrument has one file."""
        if len(self.files) < 2:
            return None, []
        first = self.files[0].verdicts
        differ = sorted({c for f in self.files[1:] for c in set(first) | set(f.verdicts)
                         if f.verdicts.get(c) != first.get(c)})
        return not differ, differ

    def to_dict(self) -> dict:
        parity, differ = self.parity
        return {"id": self.instrument.id, "set": self.set_name, "agreement": _round(self.agreement),
                "element_recall": _round(self.recall), "element_precision": _round(self.precision),
                "parity": parity, "parity_differences": differ,
                "structure_exact": [sum(1 for f in self.files if f.structure.get("exact")), len(self.files)],
                "files": [f.to_dict() for f in self.files], "errors": self.errors}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def evaluate_file(instrument: Instrument, path: Path, checker) -> FileScore:
    if path.suffix == ".md":                      # --source text: the gold structure, no importer
        from benchmarks.eval_text import draft_from_text
        draft, unmapped = draft_from_text(path), []
    else:
        from workbench.export.importing import import_file
        result = import_file(path)
        draft, unmapped = result.draft, list(result.unmapped)
    started = time.perf_counter()
    report = checker.check(draft, suggestions=False)
    score = FileScore(instrument=instrument.id, file=path.name,
                      check_ms=round(1000 * (time.perf_counter() - started), 1))
    locate = Locator(draft)
    score_verdicts(score, instrument, report, locate)
    score_elements(score, instrument, report, locate)
    score.structure = score_structure(instrument, draft)
    score.structure["import_unmapped"] = unmapped
    return score


def evaluate(sets: list[tuple[str, Path]], only: list[str] | None = None,
             source: str = "docx") -> list[InstrumentScore]:
    from workbench.checker import Checker

    checker = Checker()
    out = []
    for set_name, root in sets:
        if not root.exists():
            continue
        for instrument in discover(root):
            if only and instrument.id not in only and instrument.folder.name not in only:
                continue
            scored = InstrumentScore(instrument, set_name)
            paths = instrument.files if source == "docx" else sorted(instrument.folder.glob("text*.md"))
            for path in paths:
                try:
                    scored.files.append(evaluate_file(instrument, path, checker))
                except Exception as exc:  # noqa: BLE001 - a file that fails is reported, the run goes on
                    scored.errors.append(f"{path.name}: {type(exc).__name__}: {exc}")
            out.append(scored)
    return out


def pooled(scores: list[InstrumentScore]) -> dict:
    files = [f for s in scores for f in s.files]

    def ratio(a: str, b: str) -> float | None:
        total = sum(getattr(f, b) for f in files)
        return round(sum(getattr(f, a) for f in files) / total, 4) if total else None

    multi = [s for s in scores if s.parity[0] is not None]
    return {"files": len(files), "agreement": ratio("agree", "total"),
            "element_recall": ratio("found_elements", "gold_elements"),
            "element_precision": ratio("right_elements", "reported_elements"),
            "structure_exact": [sum(1 for f in files if f.structure.get("exact")), len(files)],
            "parity": [sum(1 for s in multi if s.parity[0]), len(multi)]}


def load_targets(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def shortfalls(scores: list[InstrumentScore], targets: dict) -> list[str]:
    """Figures below their target: ``[goal]`` for every instrument of a gated set, unless the
    instrument has a recorded ``[floor.<id>]`` (a known gap, e.g. an importer limit), which it
    must then not fall below."""
    goal = targets.get("goal", {})
    gated = set(targets.get("gated_sets", ["shared"]))
    floors = targets.get("floor", {})
    out = []
    for s in scores:
        if s.set_name not in gated:
            continue
        if s.errors:
            out.append(f"{s.instrument.id}: {s.errors[0]}")
        limits = {k: min(goal.get(k, 0), floors.get(s.instrument.id, {}).get(k, goal.get(k, 0)))
                  for k in ("agreement", "element_recall", "element_precision")}
        for key, value in (("agreement", s.agreement), ("element_recall", s.recall),
                           ("element_precision", s.precision)):
            if value is not None and value + 1e-9 < limits[key]:
                out.append(f"{s.instrument.id}: {key} {value:.1%} < {limits[key]:.0%}")
        parity, differ = s.parity
        if parity is False and goal.get("parity", True) and not floors.get(s.instrument.id, {}).get("parity_known_gap"):
            out.append(f"{s.instrument.id}: verdicts differ between languages on {', '.join(differ)}")
    for name, limits in targets.get("set_floor", {}).items():
        # a set's pooled figures, or those of a named group of its instruments ("set", "instruments")
        set_name, ids = limits.get("set", name), limits.get("instruments")
        mine = [s for s in scores if s.set_name == set_name and (ids is None or s.instrument.id in ids)]
        if not mine:
            continue
        figures = pooled(mine)
        for key, limit in limits.items():
            value = figures.get(key)
            if isinstance(value, float) and isinstance(limit, float) and value + 1e-9 < limit:
                out.append(f"{name} (pooled): {key} {value:.1%} < {limit:.1%}")
    return out


def _pct(value: float | None) -> str:
    return "  –  " if value is None else f"{100 * value:5.1f}%"


def print_table(scores: list[InstrumentScore], verbose: bool) -> None:
    sets = list(dict.fromkeys(s.set_name for s in scores))
    for set_name in sets:
        mine = [s for s in scores if s.set_name == set_name]
        print(f"\n== {set_name} ==")
        print(f"{'instrument':34} {'files':>5} {'agree':>7} {'recall':>7} {'prec.':>7} {'struct':>7} parity")
        for s in mine:
            parity, differ = s.parity
            exact = sum(1 for f in s.files if f.structure.get("exact"))
            print(f"{s.instrument.id[:34]:34} {len(s.files):5} {_pct(s.agreement):>7} {_pct(s.recall):>7} "
                  f"{_pct(s.precision):>7} {exact:>3}/{len(s.files):<3} "
                  + ("–" if parity is None else "yes" if parity else "no: " + ", ".join(differ)))
            for error in s.errors:
                print(f"    ERROR {error}")
            if verbose:
                _print_details(s)
        total = pooled(mine)
        print(f"{'overall':34} {total['files']:5} {_pct(total['agreement']):>7} {_pct(total['element_recall']):>7} "
              f"{_pct(total['element_precision']):>7} {total['structure_exact'][0]:>3}/{total['structure_exact'][1]:<3} "
              f"{total['parity'][0]}/{total['parity'][1]}")


def _print_details(s: InstrumentScore) -> None:
    for f in s.files:
        print(f"  -- {f.file}: {f.agree}/{f.total} agree; elements {f.found_elements}/{f.gold_elements} found, "
              f"{f.right_elements}/{f.reported_elements} kinds right ({f.right_places}/{f.reported_places} places); "
              f"check {f.check_ms} ms")
        st = f.structure
        print(f"     structure: articles {st['articles'][0]}/{st['articles'][1]}, divisions {st['divisions'][0]}/"
              f"{st['divisions'][1]}, annexes {st['annexes'][0]}/{st['annexes'][1]}, closing {st['closing_formula'][0]}"
              f"/{st['closing_formula'][1]}" + (f", leaks: {'; '.join(st['leaks'])}" if st["leaks"] else ""))
        for miss in f.misses:
            print(f"     {miss['criterion']:3} checker {miss['checker']:<14} gold {'/'.join(miss['acceptable']):<24} "
                  f"[{miss['why']}] cited {','.join(miss['cited'][:6]) or '-'} want {','.join(miss['decisive'][:6]) or '-'}"
                  f"\n         {miss['summary'][:160]}")
        for miss in f.missed_elements:
            print(f"     element missed: {miss['kind']} {miss['articles']} {miss['quote'][:70]!r}")
        for wrong in f.wrong_elements:
            print(f"     element wrong:  {wrong['kind']} at {','.join(wrong['articles'][:8])} (gold: "
                  f"{','.join(wrong['gold'][:8]) or 'none'}) {wrong['quote'][:60]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=Path(os.environ.get("TREATY_EVAL_DIR", SHARED_EVAL)),
                        help="the shared evaluation set (default ../shared/eval, or $TREATY_EVAL_DIR)")
    parser.add_argument("--own-dir", type=Path, default=OWN_EVAL,
                        help="the project's own instruments: <dir>/dev and <dir>/test (default benchmarks/eval)")
    parser.add_argument("--no-own", action="store_true", help="leave the project's own instruments out")
    parser.add_argument("--only", nargs="*", help="instrument ids or folder names")
    parser.add_argument("--targets", type=Path, default=TARGETS)
    parser.add_argument("--source", choices=("docx", "text"), default="docx",
                        help="text: read text.md instead of importing the Word files (diagnostic: the "
                             "checker on the gold structure, the importer left out)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="every miss, element and structure detail")
    args = parser.parse_args(argv)
    sets = [("shared", args.eval_dir)]
    if not args.no_own:
        sets += [("own-dev", args.own_dir / "dev"), ("own-test", args.own_dir / "test")]
    if not args.eval_dir.exists():
        sys.stderr.write(f"no evaluation set at {args.eval_dir}\n")
        return 2
    scores = evaluate(sets, args.only, args.source)
    targets = load_targets(args.targets)
    below = shortfalls(scores, targets)
    if args.json:
        out = {"sets": {name: pooled([s for s in scores if s.set_name == name])
                        for name in dict.fromkeys(s.set_name for s in scores)},
               "instruments": [s.to_dict() for s in scores], "below_target": below}
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        print_table(scores, args.verbose)
        if below:
            print("\nBELOW TARGET:\n  " + "\n  ".join(below))
        else:
            print("\nEvery figure meets its target.")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
