"""A draft built from an instrument's verbatim ``text.md`` (its structure as the gold gives it).

Diagnostic only (``python -m benchmarks.evaluate --source text``): it measures the checker's
reading with the importer left out, so that a reading problem and an import problem can be told
apart. The real measure imports the Word files.

text.md: ``# Title``, masthead lines, ``## Preamble``, ``## <division>``, ``### Article N – Title``
(or in words, ``### ARTICLE ONE – Title``)
(or ``### Action N – …``, ``### op-N``, ``### 第N条``), paragraphs "1. …", "(a) …", "(i) …",
Chinese "一、", "（一）", ``## Annex …``, ``## Closing``; footnotes ``[^N]``.
"""
from __future__ import annotations

import re
from pathlib import Path

from workbench.core.labels import NUMBER_WORD_PATTERN, parse_label
from workbench.core.model import Draft, Node, NodeKind

_HEAD = re.compile(r"^(?:article|action|op-|item-|第)\s*([\d一二三四五六七八九十百零]+|" + NUMBER_WORD_PATTERN
                   + r")\s*(?:条)?\s*(?:[–—-]\s*(.*))?$", re.I)
_PARA = re.compile(r"^(\d+)\.(?:\s+(.*))?$")
_ZH_PARA = re.compile(r"^[一二三四五六七八九十]+、\s*(.*)$")
_SUB = re.compile(r"^(?:\(([a-z]{1,2}|[ivxl]+)\)|([a-z])\)|([ivx]+)\.)\s+(.*)$")
_ZH_SUB = re.compile(r"^[（(][一二三四五六七八九十]+[）)]\s*(.*)$")
_FOOTNOTE = re.compile(r"\[\^\d+\]")


def draft_from_text(path: Path) -> Draft:
    zh = path.name.endswith("_zh.md")
    field = "text_zh" if zh else "text"
    draft = Draft(title="")
    chapter = article = preamble = None
    section = "front"
    last_letter = ""
    closing: list[str] = []
    text = re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8"), flags=re.S)
    for raw in text.splitlines():
        line = _FOOTNOTE.sub("", raw).strip()
        if not line or re.match(r"^\[\^\d+\]:", raw.strip()):
            continue
        if line.startswith("# "):
            setattr(draft, "title_zh" if zh else "title", line[2:].strip())
            continue
        if line.startswith("## "):
            name = line[3:].strip()
            low = name.lower()
            article = None
            if low in ("preamble", "序言"):
                section, preamble = "preamble", Node(kind=NodeKind.PREAMBLE, title="Preamble", title_zh="序言")
                draft.children.insert(0, preamble)
            elif low.startswith(("closing", "结尾")):
                section = "closing"
            elif low.startswith(("annex", "附件")):
                section = "annex"
                draft.meta.setdefault("annexes", []).append(name)
            else:
                section = "body"
                title = re.split(r"\s[–—-]\s", name, maxsplit=1)[-1]
                chapter = Node(kind=NodeKind.CHAPTER, **{"title_zh" if zh else "title": title})
                draft.children.append(chapter)
            continue
        if line.startswith("### "):
            match = _HEAD.match(line[4:].strip())
            title = (match.group(2) or "") if match else line[4:].strip()
            article = Node(kind=NodeKind.ARTICLE, **{"title_zh" if zh else "title": title.strip()})
            (chapter.children if chapter is not None and section == "body" else draft.children).append(article)
            printed = re.match(r"Article\s+(\d+)\s*(?:[–—-]|$)", line[4:].strip())
            count = sum(1 for _ in draft.articles())
            if printed and int(printed.group(1)) != count:     # a text that skips a number keeps it, as the importer does
                article.attrs["label"] = f"Article {printed.group(1)}"
            elif match and not match.group(1)[0].isdigit() and line[4:].lower().startswith("article"):
                # numbered in words ("ARTICLE ONE"): the label as the importer keeps it
                article.attrs["label"] = parse_label(line[4:4 + match.end(1)].strip())[0]
            section = "body"
            last_letter = ""
            continue
        if section == "closing":
            closing.append(line)
        elif section == "preamble":
            preamble.children.append(Node(kind=NodeKind.RECITAL, **{field: line}))
        elif section == "body" and article is not None:
            _add_paragraph(article, line, field, last_letter)
            sub = _SUB.match(line)
            mark = next((g for g in sub.groups()[:3] if g), "") if sub else ""
            if sub and len(mark) == 1 and not (last_letter and re.fullmatch(r"[ivx]", mark)
                                              and ord(mark) != ord(last_letter) + 1):
                last_letter = mark
            elif _PARA.match(line):
                last_letter = ""
    if closing:
        draft.meta["closing_zh" if zh else "closing"] = "\n\n".join(closing)
    if zh and not draft.title:
        draft.title = draft.title_zh
    return draft


def _add_paragraph(article: Node, line: str, field: str, last_letter: str) -> None:
    match = _PARA.match(line) or _ZH_PARA.match(line)
    if match:
        article.children.append(Node(kind=NodeKind.PARAGRAPH, **{field: match.groups()[-1] or ""}))
        return
    sub = _SUB.match(line) or _ZH_SUB.match(line)
    if sub:
        label = next((g for g in sub.groups()[:3] if g), "") if sub.re is _SUB else ""
        deeper = bool(re.fullmatch(r"[ivx]+", label)) and last_letter and not (
            len(label) == 1 and ord(label) == ord(last_letter) + 1)
        if not article.children:
            article.children.append(Node(kind=NodeKind.PARAGRAPH, numbered=False))
        parent = article.children[-1]
        if deeper and parent.children:
            parent = parent.children[-1]
        parent.children.append(Node(kind=NodeKind.SUBPARAGRAPH, **{field: sub.groups()[-1]}))
        return
    article.children.append(Node(kind=NodeKind.PARAGRAPH, numbered=False, **{field: line}))
