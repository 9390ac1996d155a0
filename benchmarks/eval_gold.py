"""The evaluation set: instrument folders with a treaty lawyer's gold reading (``gold.toml``).

A folder holds ``gold.toml`` and the Word files to import (``draft.docx``, ``draft_zh.docx``,
``draft_bilingual.docx`` …); ``text.md`` / ``text_zh.md`` give the verbatim text, from which the
closing formula is taken to check that it did not end up inside an article. The format is
described in ``../shared/eval/README.md``.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

VERDICTS = ("met", "partial", "missing", "not-applicable")
#: The element kinds a gold reading uses (eval README); the checker may report others, which the
#: harness leaves out of recall and precision since no gold reading annotates them.
GOLD_KINDS = frozenset(
    "treaty-body body-powers reporting review dispute-settlement exception-security exception-general "
    "carve-out-scope accession signature ratification entry-into-force amendment reservations withdrawal "
    "depositary authentic-texts definitions obligation-of-result remedy-for-persons sanction-or-compliance "
    "capacity-building technology-transfer development-assistance risk-tiers risk-process generative-ai "
    "data-protection cross-border-data transparency human-oversight stakeholders soft-law-link standards-link "
    "prohibition sandbox public-good UN-role".split())
#: Criteria decided over the whole text: scored on the verdict alone (eval README).
WHOLE_TEXT = frozenset({"B1", "F1", "F4", "F5", "F6", "F7", "U7"})


class GoldError(ValueError):
    """A gold file that cannot be used: path and what is wrong."""


@dataclass
class GoldVerdict:
    criterion: str
    verdict: str
    acceptable: list[str]
    articles: list[str]
    reason: str = ""


@dataclass
class GoldElement:
    kind: str
    articles: list[str]
    quote: str = ""
    note: str = ""


@dataclass
class Instrument:
    """One folder of the evaluation set."""

    id: str
    folder: Path
    title: str
    kind: str
    languages: list[str]
    structure: dict
    elements: list[GoldElement]
    verdicts: dict[str, GoldVerdict]
    files: list[Path] = field(default_factory=list)

    def closing_lines(self) -> list[str]:
        """The paragraphs of the closing formula as the verbatim text gives them (both languages)."""
        return [line for lang in self.closing_by_language() for line in lang]

    def closing_by_language(self) -> list[list[str]]:
        """The closing paragraphs of text.md, then those of text_zh.md (when there is one)."""
        out = []
        for name in ("text.md", "text_zh.md"):
            path = self.folder / name
            if path.exists():
                out.append(_section(path.read_text(encoding="utf-8"), ("closing", "结尾", "末尾")))
        return out


def normalise_id(raw: str) -> str:
    """A gold article id as the harness compares it: "12", "preamble", "closing", "annex".

    Resolutions number operative paragraphs "op-N" (the importer's articles) and preambular
    paragraphs "pp-N" (recitals of the preamble)."""
    text = str(raw).strip().lower()
    if text.startswith("op-"):
        return text[3:]
    if text.startswith("pp-") or text.startswith("chapeau") or text == "preamble":
        return "preamble"
    if text.startswith("closing"):
        return "closing"
    if text.startswith("annex"):
        return "annex"
    match = re.match(r"(?:art(?:icle)?\.?\s*)?(\d+)", text)
    return match.group(1) if match else text


def _section(text: str, names: tuple[str, ...]) -> list[str]:
    """The non-empty paragraphs under a ``## <name>`` heading of a text.md."""
    out, inside = [], False
    for line in text.splitlines():
        if line.startswith("## "):
            inside = line[3:].strip().lower().startswith(names)
            continue
        if line.startswith("#"):
            inside = inside and not line.startswith("## ")
            continue
        if inside and line.strip() and not line.lstrip().startswith("<!--"):
            out.append(line.strip())
    return out


def load_instrument(folder: Path) -> Instrument:
    path = folder / "gold.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise GoldError(f"{path}: {exc}") from exc
    meta = data.get("instrument", {})
    verdicts = {}
    for raw in data.get("verdict", []):
        try:
            verdict = GoldVerdict(criterion=raw["criterion"], verdict=raw["verdict"],
                                  acceptable=list(raw.get("acceptable") or [raw["verdict"]]),
                                  articles=[str(a) for a in raw.get("articles", [])], reason=raw.get("reason", ""))
        except KeyError as exc:
            raise GoldError(f"{path}: a [[verdict]] lacks {exc}") from exc
        bad = [v for v in [verdict.verdict, *verdict.acceptable] if v not in VERDICTS]
        if bad:
            raise GoldError(f"{path}: {verdict.criterion}: unknown verdict {bad[0]!r}")
        if verdict.verdict not in verdict.acceptable:
            verdict.acceptable.insert(0, verdict.verdict)
        verdicts[verdict.criterion] = verdict
    elements = [GoldElement(kind=e["kind"], articles=[str(a) for a in e.get("articles", [])],
                            quote=e.get("quote", ""), note=e.get("note", "")) for e in data.get("element", [])]
    files = sorted(p for p in folder.glob("draft*.docx"))
    return Instrument(id=meta.get("id", folder.name), folder=folder, title=meta.get("title", folder.name),
                      kind=meta.get("kind", ""), languages=list(meta.get("languages", ["en"])),
                      structure=dict(data.get("structure", {})), elements=elements, verdicts=verdicts,
                      files=files)


def discover(root: Path) -> list[Instrument]:
    """Every instrument folder under ``root`` (a folder with a gold.toml), in name order."""
    if (root / "gold.toml").exists():
        return [load_instrument(root)]
    return [load_instrument(p.parent) for p in sorted(root.glob("*/gold.toml"))]
