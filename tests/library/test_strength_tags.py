"""Every library paragraph read as the checker reads it: the strength tag and the reading of the
words (core/modality.py) agree, or resources/strength-readings.toml says why they do not.

The checker uses a paragraph's tag while it is as the library has it and reads its words once a
drafter edits them; an unexplained disagreement would let an edited comma change the check.
``python tests/library/test_strength_tags.py`` prints the report.
"""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from workbench.core import modality
from workbench.storage.library import load_library

REPO = Path(__file__).resolve().parents[2]
READINGS = REPO / "resources" / "strength-readings.toml"
STRENGTHS = ("mandatory", "hortatory", "permissive", "declaratory")


@dataclass
class Reading:
    clause: str
    para: str                  # labels joined by "/" ("2/a")
    tag: str
    reading: str
    text: str
    context: list[str] = field(default_factory=list)   # the texts of the paragraphs above it
    kind: str = ""
    nature: str = ""
    source: str = ""
    explained_by: str = ""


@lru_cache(maxsize=None)
def library():
    return load_library(REPO / "clauses")


def readings() -> list[Reading]:
    """Every paragraph with text: its tag and the checker's reading (English where there is
    English, else Chinese; a sub-paragraph read as declaratory takes its chapeau's reading, as
    checker/analysis.py does)."""
    lib = library()
    out: list[Reading] = []

    def walk(clause, node, path, above_reading, context, depth):
        text, lang = (node.text, "en") if node.text else (node.zh, "zh")
        reading = above_reading or "declaratory"
        if text:
            reading = modality.classify(text, lang)
            if reading == "declaratory" and depth > 0 and above_reading and above_reading != "declaratory":
                reading = above_reading
            source = lib.sources[clause.source]
            out.append(Reading(clause.id, "/".join(path + [node.label]), node.strength, reading, text, list(context),
                               clause.kind, source.nature, clause.source))
        for sub in node.subs:
            walk(clause, sub, path + [node.label], reading, context + [text], depth + 1)

    for clause in lib.clauses:
        for para in clause.paras:
            walk(clause, para, [], None, [], 0)
    return out


def explanations() -> dict:
    return tomllib.loads(READINGS.read_text(encoding="utf-8"))


def _rule_applies(rule: dict, item: Reading) -> bool:
    if item.tag != rule["tag"] or item.reading not in rule["reading"]:
        return False
    for key, value in (("kinds", item.kind), ("natures", item.nature), ("sources", item.source)):
        if key in rule and value not in rule[key]:
            return False
    texts = [item.text] + item.context
    return all(any(re.search(pattern, t) for t in texts) for pattern in rule["text"])


def classify_disagreements(everything: list[Reading] | None = None):
    """(every reading, the disagreements, those not explained, entries that explain nothing)."""
    data = explanations()
    rules, paragraphs = data.get("rule", []), data.get("paragraph", [])
    everything = readings() if everything is None else everything
    disagreements = [r for r in everything if r.tag != r.reading]
    used_rules, used_paragraphs = set(), set()
    for item in disagreements:
        for i, entry in enumerate(paragraphs):
            if (entry["clause"], entry["para"], entry["tag"], entry["reading"]) == \
                    (item.clause, item.para, item.tag, item.reading):
                item.explained_by, _ = f"paragraph {item.clause} {item.para!r}", used_paragraphs.add(i)
                break
        else:
            for rule in rules:
                if _rule_applies(rule, item):
                    item.explained_by, _ = rule["id"], used_rules.add(rule["id"])
                    break
    unexplained = [r for r in disagreements if not r.explained_by]
    stale = [f"rule {r['id']}" for r in rules if r["id"] not in used_rules] + \
        [f"paragraph {p['clause']} {p['para']!r}" for i, p in enumerate(paragraphs) if i not in used_paragraphs]
    return everything, disagreements, unexplained, stale


def report() -> str:
    everything, disagreements, unexplained, stale = classify_disagreements()
    data = explanations()
    for_checker = {r["id"] for r in data.get("rule", []) if r.get("checker")} | {
        f"paragraph {p['clause']} {p['para']!r}" for p in data.get("paragraph", []) if p.get("checker")}
    by = Counter(r.explained_by or "UNEXPLAINED" for r in disagreements)
    lines = [f"{len(everything)} paragraphs read; {len(everything) - len(disagreements)} agree with their tag; "
             f"{len(disagreements)} disagree: {len(disagreements) - len(unexplained)} explained, "
             f"{len(unexplained)} unexplained; "
             f"{sum(n for k, n in by.items() if k in for_checker)} of them known disagreements for the checker team."]
    pairs = Counter((r.tag, r.reading) for r in disagreements)
    lines.append("tag -> reading: " + ", ".join(f"{t} -> {r}: {n}" for (t, r), n in pairs.most_common()))
    for key, count in by.most_common():
        lines.append(f"  {count:3}  {key}" + ("  [checker]" if key in for_checker else ""))
    for item in unexplained:
        lines.append(f"UNEXPLAINED {item.clause} {item.para!r}: tag {item.tag}, read {item.reading}: {item.text[:100]}")
    for entry in stale:
        lines.append(f"STALE {entry}: explains no disagreement")
    return "\n".join(lines)


def test_the_explanations_are_well_formed():
    data = explanations()
    ids = [r["id"] for r in data["rule"]]
    assert len(ids) == len(set(ids))
    by_id = library().by_id()
    for rule in data["rule"]:
        assert rule["tag"] in STRENGTHS and set(rule["reading"]) <= set(STRENGTHS) and rule["reason"], rule["id"]
        for pattern in rule["text"]:
            re.compile(pattern)
    for entry in data["paragraph"]:
        assert entry["clause"] in by_id, entry
        assert entry["tag"] in STRENGTHS and entry["reading"] in STRENGTHS and entry["reason"], entry


def test_every_disagreement_between_tag_and_reading_is_explained():
    _everything, disagreements, unexplained, stale = classify_disagreements()
    print("\n" + report())
    assert not unexplained, report()
    assert not stale, report()
    assert disagreements, "the report must have something to explain (else the test reads nothing)"


def test_an_unexplained_disagreement_is_caught():
    """A tag changed against its words (an RCEP 'shall' tagged hortatory) is reported, and the
    explanation it displaced is reported as explaining nothing."""
    items = readings()
    changed = next(r for r in items if r.tag == r.reading == "mandatory" and r.clause.startswith("rcep/"))
    changed.tag = "hortatory"
    _everything, _disagreements, unexplained, _stale = classify_disagreements(items)
    assert [(r.clause, r.para) for r in unexplained] == [(changed.clause, changed.para)]
    items = [r for r in readings() if r.clause != "rcep/art-12.17"]
    assert "paragraph rcep/art-12.17 '2'" in classify_disagreements(items)[3]


def test_the_review_s_tag_corrections_hold():
    """Legal review, section 4: the tags that had legal consequences."""
    lib = library().by_id()

    def strength(cid, *labels):
        node = next(p for p in lib[cid].paras if p.label == labels[0])
        for label in labels[1:]:
            node = next(s for s in node.subs if s.label == label)
        return node.strength

    assert strength("coe-ai-convention/art-14", "2", "a") == "mandatory"
    assert strength("coe-ai-convention/art-23", "2", "f") == "mandatory"
    assert strength("rcep/art-12.14", "3", "b") == strength("rcep/art-12.15", "3", "b") == "permissive"
    for cid, label in (("coe-ai-convention/art-28", "6"), ("coe-ai-convention/art-30", "1"),
                       ("coe-ai-convention/art-31", "2"), ("coe-ai-convention/art-35", "2"),
                       ("rcep/art-20.6", "2"), ("rcep/art-20.7", "2"), ("rcep/art-20.9", "1")):
        assert strength(cid, label) == "declaratory", (cid, label)
    assert all(p.strength == "declaratory" for p in lib["coe-ai-convention/closing"].paras)
    assert "reporting" not in lib["unga-78-311/op-15"].provides
    assert "reservations" not in lib["coe-ai-convention/art-3"].topics
    for cid, label in (("coe-ai-convention/art-12", ""), ("coe-ai-convention/art-25", "2"),
                       ("coe-ai-convention/art-26", "3"), ("rcep/art-12.4", "1")):
        assert strength(cid, label) == "mandatory", (cid, label)     # qualified obligations bind


if __name__ == "__main__":
    print(report())
