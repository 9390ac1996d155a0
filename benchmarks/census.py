"""The reading at real scale, without gold: where a provision plainly names a final clause or a
treaty body, does the checker find the element there?

    python -m benchmarks.census [--tota DIR] [--kinds entry-into-force ...] [--misses N] [--by title|chapter]

Every English agreement of ToTA (``../shared/datasets/tota``; the held-out evaluation instruments
are left out, see HELD_OUT) is turned into a draft the way ``benchmarks/eval/tools/tota_to_md.py``
drafts a text.md, and checked. For each kind with an unmistakable anchor (an article that says
"shall enter into force", "instruments of ratification", "authentic", "depositary" …) the census
counts the anchored articles where the checker reports that kind. Anchors are deliberately plain;
an anchored article without the element is a candidate, not a proven miss. ``--misses N`` prints
N candidates per kind, for reading. No gold: this measures reach, not correctness; precision is
measured on ../shared/eval and benchmarks/eval.

``--by title`` anchors on the drafters' own headings instead ("General Exceptions", "Entry into
Force", "Definitions", TITLES): an anchor the checker's reading never sees for these kinds, so the
reach it measures is not the reading's own phrases coming back. ``--by chapter`` anchors on ToTA's chapter
names (CHAPTERS): a chapter called "Dispute Settlement", "Institutional Provisions" or "Transparency"
should have the kind in at least one of its articles; a chapter where none is found is a candidate.
``--silent N`` prints N articles where the checker finds no element at all, and ``--names`` keeps one
family of agreements ("Russia|Ukraine|Kazakhstan"): for drafting styles without headings to anchor on.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from benchmarks.precedents import TOTA_DIR

ROOT = Path(__file__).resolve().parent.parent
#: ToTA agreements that are held-out evaluation instruments (benchmarks/eval/test): never read here
HELD_OUT = {"pta_2", "pta_120", "pta_340", "pta_420", "pta_216", "pta_324", "pta_378", "pta_347", "pta_213", "pta_328", "pta_377", "pta_363", "pta_254", "pta_162", "pta_187"}

THIS = r"(?:this|the\s+present)\s+(?:agreement|treaty|protocol|convention)"
ANCHORS = {
    "entry-into-force": THIS + r"\s+(?:shall|will)\s+(?:enter|come)\s+into\s+(?:force|effect)\b",
    "ratification": r"\binstruments?\s+of\s+(?:ratification|acceptance|approval)\b|\bsubject\s+to\s+ratification\b"
                    r"|\b(?:internal|domestic|constitutional)\s+(?:legal\s+)?(?:procedures|requirements|formalities)\b"
                    r"[^.]{0,80}\bentry\s+into\s+force\s+of\s+" + THIS,
    "amendment": THIS + r"\s+may\s+be\s+amended\b|\bamendments?\s+to\s+" + THIS,
    "withdrawal": r"\bmay\s+(?:withdraw|denounce|terminate)\s+(?:from\s+)?(?:" + THIS + r"|therefrom|it)\b"
                  r"|\b(?:notice|notification)\s+of\s+(?:its\s+)?(?:withdrawal|denunciation|termination)\b",
    "depositary": r"\bdepositary\s+(?:of|for)\s+" + THIS + r"|\bshall\s+be\s+deposited\s+with\b",
    "authentic-texts": r"\b(?:equally\s+)?authentic\b[^.]{0,40}$|\btexts?\b[^.]{0,60}\b(?:equally\s+)?authentic\b",
    "accession": r"\bmay\s+accede\b|\bopen\s+(?:for|to)\s+accession\b|\binstruments?\s+of\s+accession\b",
    "treaty-body": r"\b(?:hereby\s+)?establish(?:es|ed)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}(?:committee|council|commission)\b"
                   r"|\b(?:committee|council|commission)\b[^.]{0,80}\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:established|set\s+up|created)\b",
    "dispute-settlement": r"\bdisputes?\b[^.]{0,120}\b(?:settle|settled|settlement|resolved?|arbitra)",
    "exception-security": r"\bessential\s+security\s+interests?\b",
    "exception-general": r"\bnecessary\s+to\s+protect\s+(?:public\s+morals|human,\s+animal|human\s+life)",
    "definitions": r"\bfor\s+the\s+purposes?\s+of\s+this\s+(?:agreement|chapter|treaty)\b[^.]{0,40}:|[\"“][^\"”]{2,40}[\"”]\s+means\b",
    "technology-transfer": r"\btransfer\s+of\s+technolog|\btechnology\s+transfer",
    "capacity-building": r"\bcapacity[- ]building\b|\btechnical\s+assistance\b|\btraining\s+(?:programmes?|programs?|courses?)\b",
    "development-assistance": r"\bspecial\s+and\s+differential\s+treatment\b|\bleast[- ]developed\b|\bfinancial\s+(?:assistance|aid|cooperation)\b",
    "reporting": r"\b(?:shall|will)\s+(?:submit|present|provide|make)\s+(?:an?\s+)?(?:annual\s+|periodic\s+|written\s+)?reports?\b",
    "review": r"\b(?:shall|will)\s+(?:jointly\s+)?review\s+(?:the\s+)?(?:implementation|operation|functioning)\s+of\s+" + THIS,
    "transparency": r"\b(?:shall|will)\s+(?:promptly\s+)?publish\b|\bmake\s+(?:them\s+)?publicly\s+available\b",
    "standards-link": r"\binternational\s+standards\b",
    "sanction-or-compliance": r"\bsuspend\s+(?:the\s+application\s+of\s+)?(?:concessions|benefits|obligations)\b|\bcompensation\b[^.]{0,80}\bnon-?(?:compliance|implementation)",
    "carve-out-scope": r"\b" + THIS + r"\s+(?:shall|does)\s+not\s+apply\s+to\b|\bshall\s+not\s+apply\s+to\s+(?:government\s+procurement|subsidies)",
    "remedy-for-persons": r"\b(?:judicial|administrative)\s+review\b|\bright\s+(?:of|to)\s+appeal\b",
    "stakeholders": r"\bprivate\s+sector\b|\bcivil\s+society\b|\bbusiness\s+communit",
    "obligation-of-result": r"\b(?:each|a|the|no|either)\s+(?:contracting\s+|member\s+)?(?:party|parties|state|states)\s+shall\s+"
                            r"(?:not\s+)?(?:accord|eliminate|abolish|grant|introduce|impose|levy)\b",
    "body-powers": r"\b(?:committee|council|commission)\s+(?:shall|may)\s+(?:\w+\s+)?(?:adopt|decide|make\s+recommendations"
                   r"|take\s+decisions|supervise|review|amend|interpret|establish)\b",
    "prohibition": r"\bshall\s+(?:not|neither)\s+(?:adopt|introduce|maintain|impose)\b|\bprohibit(?:s|ed)?\b",
    "relation-to-other-agreements": r"\b(?:rights\s+and\s+obligations|obligations)\b[^.]{0,80}\bunder\s+(?:other|any\s+other|existing)"
                                    r"\s+(?:international\s+)?agreements?\b|\bshall\s+prevail\b",
    "reservations": r"\breservations?\s+(?:may|shall|to\s+this)\b|\bno\s+reservations?\b",
    "object-purpose": r"\b(?:objectives?|purposes?|aims?)\s+of\s+this\s+(?:agreement|treaty|protocol|convention)\s+(?:is|are|shall\s+be)\b",
    "scope": r"\bthis\s+(?:agreement|chapter|protocol|treaty)\s+(?:shall\s+)?appl(?:y|ies)\s+to\b",
    "data-protection": r"\bpersonal\s+(?:data|information)\b|\bprivacy\b",
}

#: the drafters' own headings: an article titled so does what the title says (the reading reads the
#: provisions, not these headings, for every kind below; ``--by title``)
TITLES = {
    "dispute-settlement": r"\b(?:settlement\s+of\s+disputes|dispute\s+settlement|arbitration|disputes)\b",
    "exception-general": r"^(?:article\s+[\w.]+\s*[–-]\s*)?general\s+exceptions?$",
    "exception-security": r"\bsecurity\s+exceptions?\b|\bexceptions?\s+for\s+(?:reasons\s+of\s+)?security\b",
    "treaty-body": r"\b(?:joint|free\s+trade|ministerial)\s+(?:committee|council|commission)$|\bestablishment\s+of\s+(?:the|a)\s+[\w\s-]*(?:committee|council|commission)\b",
    "body-powers": r"\b(?:functions|powers|tasks|competences?)\s+of\s+the\s+[\w\s-]*(?:committee|council|commission)\b",
    "definitions": r"^(?:article\s+[\w.]+\s*[–-]\s*)?(?:general\s+)?definitions$",
    "object-purpose": r"^(?:article\s+[\w.]+\s*[–-]\s*)?(?:objectives?|aims?|purposes?)$",
    "scope": r"^(?:article\s+[\w.]+\s*[–-]\s*)?scope(?:\s+(?:and|of)\s+(?:coverage|application))?$",
    "transparency": r"^(?:article\s+[\w.]+\s*[–-]\s*)?(?:transparency|publication)$",
    "review": r"^(?:article\s+[\w.]+\s*[–-]\s*)?(?:general\s+)?review$",
    "relation-to-other-agreements": r"\brelation(?:ship|s)?\s+(?:to|with)\s+(?:other\s+)?(?:international\s+)?agreements?\b",
    "development-assistance": r"\bspecial\s+and\s+differential\b|\bleast[- ]developed\b",
    "capacity-building": r"\btechnical\s+(?:assistance|co-?operation)\b|\bcapacity[- ]building\b",
    "remedy-for-persons": r"\breview\s+and\s+appeal\b|\bappeals?\b",
    "sanction-or-compliance": r"\bsuspension\s+of\s+(?:concessions|benefits)\b|\bnon-?implementation\b|\bcompensation\s+and\s+suspension\b",
    "obligation-of-result": r"\bnational\s+treatment\b|\belimination\s+of\s+(?:customs\s+)?duties\b|\bmost[- ]favou?red[- ]nation\b",
    "entry-into-force": r"\bentry\s+into\s+force\b",
    "amendment": r"^(?:article\s+[\w.]+\s*[–-]\s*)?amendments?$",
    "accession": r"\baccession\b",
    "withdrawal": r"\bwithdrawal\b|\bdenunciation\b|\btermination\b",
    "depositary": r"\bdepositary\b",
    "authentic-texts": r"\bauthentic\s+texts?\b",
    "reservations": r"^(?:article\s+[\w.]+\s*[–-]\s*)?reservations?$",
    "signature": r"\bsignature\b",
    "carve-out-scope": r"\bnon-?application\b|^(?:article\s+[\w.]+\s*[–-]\s*)?exclusions?$",
    "reporting": r"^(?:article\s+[\w.]+\s*[–-]\s*)?(?:notifications?|reports?|reporting)$",
    "prohibition": r"\bprohibition\s+of\s+(?:quantitative\s+restrictions|export\s+subsidies)\b|\bstandstill\b",
    "body-powers-decisions": r"\bdecisions?(?:[- ]making)?\s+(?:of|by)\s+the\s+[\w\s-]*(?:committee|council|commission)\b",
    "exception-balance": r"\bbalance[- ]of[- ]payments?\b",
    "consultations": r"^(?:article\s+[\w.]+\s*[–-]\s*)?consultations?$",
    "arbitration-panel": r"\b(?:establishment|composition)\s+of\s+(?:an?\s+|the\s+)?(?:arbitral|arbitration)\s+(?:panels?|tribunals?)\b",
    "internal-taxation": r"\binternal\s+tax(?:ation|es)\b|\bfiscal\s+discrimination\b",
    "quantitative-restrictions": r"\bquantitative\s+restrictions\b",
    "data-protection": r"\bpersonal\s+(?:information|data)\b|\bprivacy\b|\bdata\s+protection\b",
    "cross-border-data": r"\bcross[- ]border\s+(?:transfer|flow)s?\s+of\s+information\b|\bcross[- ]border\s+data\b"
                         r"|\blocation\s+of\s+computing\s+facilities\b|\bfree\s+flow\s+of\s+data\b",
    "standards-link": r"\binternational\s+standards\b",
    "technology-transfer": r"\btransfer\s+of\s+technology\b|\btechnology\s+transfer\b",
    "stakeholders": r"\bstakeholders?\b|\bcivil\s+society\b|\bpublic\s+participation\b",
}
#: a heading that names a procedure or a subject shows a kind under another name
TITLE_KINDS = {"body-powers-decisions": "body-powers", "exception-balance": "exception-general",
               "consultations": "dispute-settlement", "arbitration-panel": "dispute-settlement",
               "internal-taxation": "obligation-of-result", "quantitative-restrictions": "obligation-of-result"}

#: the drafters' chapter headings (``--by chapter``): a chapter so named has the kind in one of its articles
CHAPTERS = {
    "dispute-settlement": r"\bdispute|\bconsultations\b",
    "treaty-body": r"\binstitution|\badministration\s+of\s+(?:the|this)\s+agreement\b|\bjoint\s+(?:committee|commission|council)\b",
    "exception-general": r"^(?:general\s+)?exceptions$",
    "definitions": r"\bdefinitions\b",
    "transparency": r"^transparency$",
    "entry-into-force": r"^final\s+provisions$",
    "capacity-building": r"\btechnical\s+(?:co-?operation|assistance)\b|\bcapacity[- ]building\b",
    "object-purpose": r"^(?:initial\s+provisions|objectives?|general\s+provisions\s+and\s+objectives)$",
}


def chapter_names(path: Path) -> list[str]:
    """The ToTA chapter name of each numbered article, in order (the articles a converted draft has)."""
    out = []
    for chapter in ET.parse(path).getroot().find("body").findall("chapter"):
        out += [(chapter.get("name") or "").strip()] * sum(1 for a in chapter.findall("article") if a.get("number"))
    return out


def agreements(folder: Path):
    for path in sorted(folder.glob("pta_*.xml"), key=lambda p: int(p.stem.split("_")[1])):
        if path.stem in HELD_OUT:
            continue
        meta = ET.parse(path).getroot().find("meta")
        if meta is None or (meta.findtext("language") or "").strip() != "en":
            continue
        yield path, (meta.findtext("name") or "").strip()


def draft_of(path: Path, workdir: Path):
    from benchmarks.eval.tools.tota_to_md import convert
    from benchmarks.eval_text import draft_from_text
    md = workdir / "text.md"
    md.write_text(convert(path), encoding="utf-8")
    return draft_from_text(md)


def article_texts(draft):
    """(number as printed, title, whole text) of each article of ``draft``."""
    from workbench.checker.context import article_number
    from workbench.core.numbering import Numbering
    numbering = Numbering.of(draft)
    for node in draft.articles():
        yield str(article_number(node, numbering)), node.title or "", " ".join(n.text or "" for n in node.walk())


def by_chapter(path, name, articles, found, anchors, hit, total, misses) -> None:
    """Count the chapters whose ToTA name anchors a kind, and those with the kind in one of their articles."""
    names = chapter_names(path)
    if len(names) != len(articles):               # the draft did not keep ToTA's articles one for one
        return
    chapters: dict[str, list] = {}
    for chapter, article in zip(names, articles):
        chapters.setdefault(chapter, []).append(article)
    for chapter, members in chapters.items():
        for kind, anchor in anchors.items():
            if not chapter or not anchor.search(chapter):
                continue
            total[kind] += 1
            if any(number in found.get(kind, ()) for number, _t, _b in members):
                hit[kind] += 1
            else:
                heads = "; ".join(f"{n} {t}" for n, t, _b in members[:6])
                misses[kind].append((path.stem, name, members[0][0], chapter, heads + " … " + members[0][2][:200]))


def by_article(path, name, articles, found, anchors, on_title, hit, total, misses) -> None:
    """Count the articles an anchor finds (in their text, or in their heading), and those with the kind."""
    for number, title, body in articles:
        for kind, anchor in anchors.items():
            match = anchor.search(title if on_title else body)
            if not match:
                continue
            total[kind] += 1
            if number in found.get(TITLE_KINDS.get(kind, kind), ()):
                hit[kind] += 1
            else:
                start = 0 if on_title else max(0, match.start() - 160)
                end = 400 if on_title else match.end() + 200
                misses[kind].append((path.stem, name, number, title, body[start:end]))


def _print_sample(rng, rows, n: int, lead: str) -> None:
    for stem, name, number, title, snippet in rng.sample(rows, min(n, len(rows))):
        print(f"- {stem} ({name}) art. {number} {title!r}: {lead}{' '.join(snippet.split())}…")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tota", default=str(TOTA_DIR))
    parser.add_argument("--kinds", nargs="*")
    parser.add_argument("--misses", type=int, default=0)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--names", help="only the agreements whose ToTA name matches this pattern (a family: "
                                         "'Russia|Ukraine|Kazakhstan')")
    parser.add_argument("--silent", type=int, default=0,
                        help="print N articles (of 80 characters or more) where the checker finds no element at all")
    parser.add_argument("--by", choices=("text", "title", "chapter"), default="text",
                        help="anchor on what an article says (default), on the drafters' article heading, or on "
                             "their chapter heading (a chapter so named has the kind in one of its articles)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from benchmarks.eval_score import Locator, element_places
    from workbench.checker import Checker
    checker = Checker()
    table = {"title": TITLES, "chapter": CHAPTERS}.get(args.by, ANCHORS)
    kinds = args.kinds or list(table)
    anchors = {k: re.compile(table[k], re.I) for k in kinds}
    hit, total = Counter(), Counter()
    misses: dict[str, list] = {k: [] for k in kinds}
    done = 0
    silent: list = []
    with tempfile.TemporaryDirectory() as tmp:
        for path, name in agreements(Path(args.tota)):
            if args.names and not re.search(args.names, name, re.I):
                continue
            try:
                draft = draft_of(path, Path(tmp))
                report = checker.check(draft, suggestions=False)
            except Exception as exc:              # a census never stops on one agreement
                print(f"{path.stem}: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            locate = Locator(draft)
            found: dict[str, set] = {}
            for element in report.elements:
                found.setdefault(element.kind, set()).update(element_places(element, locate))
            articles = list(article_texts(draft))
            if args.silent:
                places = set().union(*(places for kind, places in found.items() if kind != "duty"))
                silent += [(path.stem, name, number, title, body[:400]) for number, title, body in articles
                           if number not in places and len(body) >= 80]
            if args.by == "chapter":
                by_chapter(path, name, articles, found, anchors, hit, total, misses)
            else:
                by_article(path, name, articles, found, anchors, args.by == "title", hit, total, misses)
            done += 1
            if args.limit and done >= args.limit:
                break
    print(f"{done} agreements")
    print(f"{'kind':22} {'found':>7} {'anchored':>9} {'reach':>7}")
    for kind in kinds:
        share = 100 * hit[kind] / total[kind] if total[kind] else 0
        print(f"{kind:22} {hit[kind]:7} {total[kind]:9} {share:6.1f}%")
    rng = random.Random(args.seed)
    if args.silent:
        print(f"\n== {len(silent)} articles where nothing is found ==")
        _print_sample(rng, silent, args.silent, "")
    for kind in kinds:
        if args.misses and misses[kind]:
            print(f"\n== {kind}: {len(misses[kind])} candidates ==")
            _print_sample(rng, misses[kind], args.misses, "…")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
