"""How one imported file's check is scored against the gold reading (../shared/eval/README.md).

- Agreement: a criterion agrees when the checker's verdict is in ``acceptable`` and, where the gold
  verdict and the checker's are both met or partial and gold names decisive articles, the
  checker's evidence cites at least one of them; whole-text criteria on the verdict alone.
- Elements: a gold element is found when the checker reports an element of the same kind at one
  of its articles (recall). Gold readings list, for each kind, the provisions that decide it,
  not every provision where the kind appears (a dispute-settlement chapter is cited by its
  decisive articles), so precision is counted per kind: a kind the checker reports is right when
  the gold reading has that kind at one of the places the checker gives, wrong when gold has no
  element of that kind or has it only elsewhere. The stricter count per (kind, place) is printed
  too ("places"). Kinds outside the gold vocabulary (eval README) are left out of both.
- Structure: counts, division titles, annexes, closing formula, and nothing of a heading, an annex
  or the closing formula inside an article or the preamble.

Node kinds are read by their names, so a draft model that gains annex, closing or division nodes
keeps being measured: an annex node counts as an annex, a closing node as the closing formula.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from benchmarks.eval_gold import GOLD_KINDS, WHOLE_TEXT, Instrument, normalise_id

DIVISION_KINDS = ("chapter", "part", "section", "division", "subdivision")
ANNEX_KINDS = ("annex", "appendix", "schedule")
CLOSING_KINDS = ("closing", "testimonium", "conclusion")


def _kind(node) -> str:
    kind = getattr(node, "kind", "")
    return str(getattr(kind, "value", kind)).lower()


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", " ", (text or "").lower()).strip()


class Locator:
    """Where a node of the imported draft sits, as gold ids: "12", "preamble", "closing", "annex"."""

    def __init__(self, draft, numbering=None):
        from workbench.checker.context import article_number
        from workbench.core.numbering import Numbering
        numbering = numbering or Numbering.of(draft)
        self.where: dict[str, str] = {}

        def visit(node, place: str | None) -> None:
            kind = _kind(node)
            if kind == "article":
                number = article_number(node, numbering)   # as printed, where the import kept it
                place = str(number) if number is not None else place
            elif kind in ("preamble", "recital"):
                place = "preamble"
            elif kind in CLOSING_KINDS:
                place = "closing"
            elif kind in ANNEX_KINDS:
                place = "annex"
            if place:
                self.where[node.id] = place
            for child in getattr(node, "children", []):
                visit(child, place)

        for top in draft.children:
            visit(top, None)

    def of(self, evidence) -> set[str]:
        """The gold ids one piece of evidence points at."""
        found = set()
        for node_id in (getattr(evidence, "node_id", None), getattr(evidence, "article_id", None)):
            if node_id and node_id in self.where:
                found.add(self.where[node_id])
        if not found:
            if getattr(evidence, "number", None) is not None:
                found.add(str(evidence.number))
            heading = (getattr(evidence, "heading", "") or "").lower()
            if heading.startswith(("preamble", "序言", "recital")):
                found.add("preamble")
            elif heading.startswith(("closing", "testimonium", "结尾")):
                found.add("closing")
            elif heading.startswith(("annex", "附件")):
                found.add("annex")
        return found


@dataclass
class FileScore:
    """The figures of one file of one instrument."""

    instrument: str
    file: str
    verdicts: dict[str, str] = field(default_factory=dict)
    agree: int = 0
    total: int = 0
    misses: list[dict] = field(default_factory=list)
    gold_elements: int = 0
    found_elements: int = 0
    reported_elements: int = 0
    right_elements: int = 0
    reported_places: int = 0
    right_places: int = 0
    missed_elements: list[dict] = field(default_factory=list)
    wrong_elements: list[dict] = field(default_factory=list)
    structure: dict = field(default_factory=dict)
    check_ms: float = 0.0

    def to_dict(self) -> dict:
        return {"instrument": self.instrument, "file": self.file, "agreement": [self.agree, self.total],
                "elements": {"recall": [self.found_elements, self.gold_elements],
                             "precision": [self.right_elements, self.reported_elements],
                             "precision_by_place": [self.right_places, self.reported_places]},
                "structure": self.structure, "verdicts": self.verdicts, "misses": self.misses,
                "missed_elements": self.missed_elements, "wrong_elements": self.wrong_elements,
                "check_ms": self.check_ms}


def score_verdicts(score: FileScore, gold: Instrument, report, locate: Locator) -> None:
    for finding in report.findings:
        score.verdicts[finding.id] = finding.verdict
    for cid, want in gold.verdicts.items():
        got = score.verdicts.get(cid, "absent")
        score.total += 1
        why = ""
        if got not in want.acceptable:
            why = "verdict"
        elif (cid not in WHOLE_TEXT and want.articles and want.verdict in ("met", "partial")
              and got in ("met", "partial")):
            wanted = {normalise_id(a) for a in want.articles}
            finding = report.finding(cid)
            cited = set().union(*[locate.of(e) for e in finding.evidence]) if finding.evidence else set()
            if not cited & wanted:
                why = "articles"
        if why:
            finding = next((f for f in report.findings if f.id == cid), None)
            cited = sorted(set().union(*[locate.of(e) for e in finding.evidence])) if finding and finding.evidence else []
            score.misses.append({"criterion": cid, "checker": got, "gold": want.verdict,
                                 "acceptable": want.acceptable, "why": why, "cited": cited,
                                 "decisive": want.articles,
                                 "summary": finding.summary if finding else ""})
        else:
            score.agree += 1


def element_places(element, locate: Locator) -> set[str]:
    places = set()
    for evidence in getattr(element, "evidence", []) or []:
        places |= locate.of(evidence)
    return places


def score_elements(score: FileScore, gold: Instrument, report, locate: Locator) -> None:
    reported = [(e.kind, element_places(e, locate), e) for e in getattr(report, "elements", []) or []
                if e.kind in GOLD_KINDS]
    score.gold_elements = len(gold.elements)
    for element in gold.elements:
        wanted = {normalise_id(a) for a in element.articles}
        if any(kind == element.kind and (not wanted or places & wanted) for kind, places, _e in reported):
            score.found_elements += 1
        else:
            score.missed_elements.append({"kind": element.kind, "articles": element.articles,
                                          "quote": element.quote[:100]})
    gold_places: dict[str, set[str]] = {}
    for element in gold.elements:
        gold_places.setdefault(element.kind, set()).update(normalise_id(a) for a in element.articles)
    by_kind: dict[str, set[str]] = {}
    quotes: dict[str, str] = {}
    for kind, places, element in reported:
        by_kind.setdefault(kind, set()).update(places)
        quotes.setdefault(kind, next((e.quote for e in getattr(element, "evidence", []) if e.quote), ""))
        for place in places or {"?"}:
            score.reported_places += 1
            score.right_places += int(place in gold_places.get(kind, ()))
    for kind, places in by_kind.items():
        score.reported_elements += 1
        wanted = gold_places.get(kind)
        if wanted is not None and (places & wanted or not wanted):
            score.right_elements += 1
        else:
            score.wrong_elements.append({"kind": kind, "articles": sorted(places), "quote": quotes[kind][:100],
                                         "gold": sorted(wanted) if wanted else []})


def score_structure(gold: Instrument, draft) -> dict:
    """What the importer recovered, against ``[structure]``."""
    want = gold.structure
    articles = [n for n in draft.walk() if _kind(n) == "article"]
    divisions = [n for n in draft.walk() if _kind(n) in DIVISION_KINDS]
    annexes = [n for n in draft.walk() if _kind(n) in ANNEX_KINDS]
    meta_annexes = draft.meta.get("annexes") if isinstance(getattr(draft, "meta", None), dict) else None
    annex_count = len(annexes) or (len(meta_annexes) if isinstance(meta_annexes, list) else 0)
    closing = any(_kind(n) in CLOSING_KINDS for n in draft.walk()) or bool(
        draft.meta.get("closing") or draft.meta.get("closing_zh"))
    titles = {_squash(getattr(n, "title", "")) for n in divisions} | {
        _squash(getattr(n, "title_zh", "")) for n in divisions}
    # a division printed only as its label ("Part I") is found by its label
    titles |= {_squash(re.sub(r"[{}]", "", str((getattr(n, "attrs", None) or {}).get("label", ""))))
               for n in divisions if not getattr(n, "title", "") and not getattr(n, "title_zh", "")}
    titles.discard("")
    missing_titles = []
    for title in want.get("divisions", []):
        full = _squash(title)
        tail = _squash(re.split(r"\s[–—-]\s|:\s", title, maxsplit=1)[-1])
        if not (full in titles or tail in titles or any(t and full.endswith(t) for t in titles)):
            missing_titles.append(title)
    # leaks: text of a heading, an annex or the closing formula inside an article or the preamble
    leaks = []
    bodies = [n for top in draft.walk() if _kind(top) in ("article", "preamble")
              for n in top.walk() if n is not top]
    texts = [(n, _squash(n.text) + " " + _squash(getattr(n, "text_zh", ""))) for n in bodies]
    # a closing line or an annex title probes for a leak only where the text says it once (a signatory's name
    # the preamble lists among the plenipotentiaries, "as defined in Protocol 1" in an article, are no leaks)
    said = " ".join(_squash(p.read_text(encoding="utf-8")) for p in (gold.folder / n for n in ("text.md", "text_zh.md"))
                    if p.exists()) if getattr(gold, "folder", None) else ""
    probes = [(_squash(line)[:40], "closing formula") for lines in gold.closing_by_language()
              for line in lines[:2] if len(_squash(line)) >= 12 and said.count(_squash(line)[:40]) <= 1]
    probes += [(_squash(t)[:40], "annex") for t in want.get("annexes", [])
               if not said or said.count(_squash(t)[:40]) <= 1]   # "as defined in Protocol 1" is no leak
    probes += [(_squash(t), "division heading") for t in want.get("divisions", [])]
    for probe, what in probes:
        if not probe:
            continue
        for node, text in texts:
            if (what == "division heading" and text.strip() == probe) or (what != "division heading" and probe in text):
                leaks.append(f"{what} inside {_kind(node)}: {probe[:40]}")
                break
    result = {
        "articles": [len(articles), want.get("articles")],
        "divisions": [len(want.get("divisions", [])) - len(missing_titles), len(want.get("divisions", []))],
        "missing_divisions": missing_titles,
        "annexes": [annex_count, len(want.get("annexes", []))],
        "closing_formula": [closing, bool(want.get("closing_formula"))],
        "leaks": leaks,
    }
    result["exact"] = (len(articles) == want.get("articles") and not missing_titles
                       and annex_count == len(want.get("annexes", []))
                       and closing == bool(want.get("closing_formula")) and not leaks)
    return result
