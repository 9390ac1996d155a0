"""Revisions made the way negotiators make them, for the comparison tests.

``word_edited_coe``: the CoE Convention exported to Word, then edited in the .docx as a drafter does
in a word processor (one article deleted, one moved to the end of another chapter, one phrase
changed), the article numbers left as typed.

``revise``: a real convention revised in the workbench (one article inserted, one deleted, one
moved to near the end, three edited in whichever languages they have) and exported to Word, so
that every number and every reference in the file was renumbered, as a secretariat renumbers a
revised text by hand.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from workbench.core import operations
from workbench.core.edits import InsertNodes
from workbench.core.model import Draft, Node, NodeKind

EVAL = Path(os.environ.get("TREATY_EVAL_DIR", Path(__file__).resolve().parents[3] / "shared" / "eval"))
UNESCO = EVAL / "unesco-1970-cultural-property"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

#: (article, English word, its replacement, Chinese words, their replacement)
EDITS = {3: ("illicit", "unlawful", "非法", "不法"), 7: ("museums", "galleries", "博物馆", "美术馆"),
         14: ("national", "domestic", "国家", "本国")}
NEW_ARTICLE = ("Each State Party shall report to the Organization every four years on the measures it has taken "
               "under this Convention.", "各缔约国应每四年向本组织报告其根据本公约采取的措施。")


def revise(draft: Draft) -> tuple[Draft, dict]:
    """A copy of ``draft`` with the six changes; returns it and the ids of what was changed."""
    d = draft.copy()
    arts = d.articles()
    for number, (en_old, en_new, zh_old, zh_new) in EDITS.items():
        for node in arts[number - 1].walk():
            if en_old in node.text or zh_old in node.text_zh:
                node.text = node.text.replace(en_old, en_new, 1)
                node.text_zh = node.text_zh.replace(zh_old, zh_new, 1)
                break
    moved, deleted = arts[9], arts[4]
    operations.move_article(d, moved, len(arts) - 1).apply(d)
    operations.remove_node(d, deleted).apply(d)
    new = Node(NodeKind.ARTICLE, children=[Node(NodeKind.PARAGRAPH, text=NEW_ARTICLE[0], text_zh=NEW_ARTICLE[1])])
    anchor = d.articles()[15]
    parent = d.parent_of(anchor.id)
    siblings = d.children_of(parent.id if parent else None)
    InsertNodes(parent.id if parent else None, siblings.index(anchor), [new]).apply(d)
    return d, {"moved": moved.id, "deleted": deleted.id, "edited": [arts[n - 1].id for n in EDITS]}


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def _style(element) -> str:
    found = element.find(f"{W}pPr/{W}pStyle")
    return found.get(f"{W}val") if found is not None else ""


def word_edited_coe(source: Path, target: Path) -> dict:
    """The edits of a drafter in Word on an exported CoE Convention (see the module)."""
    import docx

    document = docx.Document(str(source))
    body = document.element.body
    paras = list(body.iterchildren())
    in_text = [i for i, el in enumerate(paras) if not _style(el).lower().startswith("toc")]
    heads = [i for i in in_text if re.match(r"^Article \d+", _text(paras[i]))]
    chapters = [i for i in in_text if re.match(r"^Chapter [IVX]+", _text(paras[i]))]

    def block(number: int) -> list:
        start = next(i for i in heads if re.match(rf"^Article {number}\b", _text(paras[i])))
        ends = [i for i in heads + chapters if i > start]
        return paras[start:min(ends) if ends else len(paras)]

    moved, anchor, gone, changed = block(13), block(16)[-1], block(5), block(20)
    for element in reversed(moved):                  # Article 13 to the end of Chapter V (after Art. 16)
        body.remove(element)
        anchor.addnext(element)
    for element in gone:
        body.remove(element)
    for t in (t for element in changed for t in element.iter(f"{W}t")):
        if t.text and "shall" in t.text:
            t.text = t.text.replace("shall", "shall endeavour to", 1)
            break
    document.save(str(target))
    return {"moved": _text(moved[0]), "deleted": _text(gone[0]), "changed": _text(changed[0])}
