"""Akoma Ntoso element names and eIds for every node of a draft (naming convention of AKN 3.0).

A division is written as the element its printed word names (``<part>``, ``<chapter>``,
``<section>``, ``<subsection>``, ``<title>`` …), a division with another word or none as an
``<hcontainer name="division">``. eIds follow the convention: ``chp_2``, ``part_1__chp_2``,
``art_12``, ``art_12__para_1``, ``art_12__para_1__point_a``, ``att_1`` for an annex and
``att_1__para_3`` inside it, ``conclusions__p_2`` for a paragraph of the closing.
"""
from __future__ import annotations

import re

from ..core.labels import letter, roman
from ..core.model import Draft, Node, NodeKind
from ..core.numbering import Numbering

#: element name -> eId abbreviation
DIVISION_ELEMENTS = {"part": "part", "chapter": "chp", "section": "sec", "subsection": "subsec",
                     "title": "title", "book": "book", "division": "dvs", "subpart": "subpart",
                     "subdivision": "subdvs", "subchapter": "subchp", "subtitle": "subtitle", "tome": "tome"}


def division_element(node: Node) -> str:
    """The AKN element for a division, from the word of its label ("SECTION {A}" -> section)."""
    attrs = node.attrs or {}
    template = attrs.get("label")
    if template is None and attrs.get("label_zh") is None:
        return "chapter"                      # the workbench's own chapters
    word = re.sub(r"[^a-z]", "", (template or "").split("{")[0].lower())
    return word if word in DIVISION_ELEMENTS else "hcontainer"


def assign_eids(draft: Draft, numbering: Numbering) -> dict[str, str]:
    """node id -> eId (without a component prefix), unique in the document."""
    eids: dict[str, str] = {}
    used: set[str] = set()

    def unique(eid: str) -> str:
        base, n = eid, 1
        while eid in used:
            n += 1
            eid = f"{base}_{n}"
        used.add(eid)
        return eid

    def points(node: Node, base: str) -> None:
        unnumbered = 0
        for child in node.children:
            if child.id in numbering.subparagraphs:
                number, depth = numbering.subparagraphs[child.id]
                mark = letter(number) if depth <= 1 else roman(number).lower()
            else:
                unnumbered += 1
                mark = f"u{unnumbered}"
            eids[child.id] = unique(f"{base}__point_{mark}")
            points(child, eids[child.id])

    def paragraphs(container: Node, base: str) -> None:
        unnumbered = 0
        for para in container.children:
            if para.kind is not NodeKind.PARAGRAPH:
                continue
            if para.id in numbering.paragraphs:
                eid = f"{base}para_{numbering.paragraphs[para.id]}"
            else:
                unnumbered += 1
                eid = f"{base}para_u{unnumbered}"
            eids[para.id] = unique(eid)
            points(para, eids[para.id])

    def visit(nodes: list[Node], prefix: str) -> None:
        hcontainers = 0
        for node in nodes:
            kind = node.kind
            if kind is NodeKind.PREAMBLE:
                eids[node.id] = unique("preamble")
                for i, recital in enumerate(node.children, start=1):
                    eids[recital.id] = unique(f"recs__rec_{i}")
            elif kind is NodeKind.CHAPTER:
                element = division_element(node)
                if element == "hcontainer":
                    hcontainers += 1
                    eid = f"{prefix}hcontainer_{hcontainers}"
                else:
                    eid = f"{prefix}{DIVISION_ELEMENTS[element]}_{numbering.chapters[node.id]}"
                eids[node.id] = unique(eid)
                visit(node.children, eids[node.id] + "__")
                paragraphs(node, eids[node.id] + "__")
            elif kind is NodeKind.ARTICLE:
                eids[node.id] = unique(f"art_{numbering.articles[node.id]}")
                paragraphs(node, eids[node.id] + "__")
            elif kind is NodeKind.ANNEX:
                eids[node.id] = unique(f"att_{numbering.annexes[node.id]}")
                visit(node.children, eids[node.id] + "__")
                paragraphs(node, eids[node.id] + "__")
            elif kind is NodeKind.CLOSING:
                eids[node.id] = unique("conclusions")
                for i, para in enumerate(node.children, start=1):
                    eids[para.id] = unique(f"conclusions__p_{i}")

    visit(draft.children, "")
    return eids
