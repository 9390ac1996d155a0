"""Draft a text.md from a ToTA agreement (../shared/datasets/tota/xml/pta_N.xml) for review.

    python benchmarks/eval/tools/tota_to_md.py pta_63 > draft_text.md

Only a first draft: ToTA keeps the printed line breaks, runs footnote numbers into the text and
puts footnote texts among the paragraphs. Lines are joined within paragraphs; paragraphs are split
at their labels ("1.", "(a)", "(i)"). Every further repair is made by hand and listed in the
instrument's repairs.md.
"""
from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "into", "of", "on", "or", "the", "to", "with"}
LABEL = re.compile(r"^(?:\d+(?:\.\d+)?\.|\([a-z]{1,3}\)|\([ivx]+\))\s")


def title_case(name: str) -> str:
    words = name.split()
    return " ".join(w if i == 0 or w.lower() not in SMALL else w.lower() for i, w in enumerate(words))


def paragraphs(text: str) -> list[str]:
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text or "") if b.strip()]
    out: list[str] = []
    for block in blocks:
        # labels may start inside a block after a tab: "2. \t(a) …" -> "2." then "(a) …"
        for part in re.split(r"\s+(?=\((?:[a-z]{1,2}|[ivx]+)\)\s)", block):
            if out and not LABEL.match(part) and not out[-1].rstrip().endswith((".", ";", ":")):
                out[-1] = out[-1].rstrip() + " " + part
            else:
                out.append(part)
    return out


def convert(path: Path) -> str:
    """A ToTA agreement's XML as a first-draft text.md."""
    root = ET.parse(path).getroot()
    lines = []
    for chapter in root.find("body").findall("chapter"):
        for article in chapter.findall("article"):
            number = article.get("number")
            if number:
                lines += [f"### {title_case(number.title())} – {title_case(article.get('name') or '')}", ""]
            else:
                lines += ["## ?", ""]
            for para in paragraphs(article.text or ""):
                lines += [para, ""]
    return "\n".join(lines)


def main(name: str) -> int:
    path = Path(__file__).resolve().parents[4] / "shared" / "datasets" / "tota" / "xml" / f"{name}.xml"
    sys.stdout.write(convert(path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
