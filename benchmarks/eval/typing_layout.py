"""Typings of layout for the typing matrix: Word's automatic numbering, lines that are no treaty text
(a typed contents, page numbers, running headers, page breaks), and tables (layout, labels, signatures).
Each is a step of a ``typing_styles.Style``: a function of a ``build_docx.Doc``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from docx.enum.text import WD_ALIGN_PARAGRAPH

from benchmarks.eval.build_docx import Doc, Para, Table


def _map(doc: Doc, kinds, fn) -> Doc:
    doc.items = [fn(p) if isinstance(p, Para) and p.kind in kinds else p for p in doc.items]
    return doc


def _zh_value(text: str) -> int:
    from workbench.core.labels import parse_chinese_numeral
    return parse_chinese_numeral(text) or 0


# ----- automatic numbering -------------------------------------------------------------------------
def _abstract(doc: Doc, levels: list[tuple[str, str]]) -> int:
    for aid, known in doc.numbering:
        if known == levels:
            return aid
    aid = len(doc.numbering) + 1
    doc.numbering.append((aid, levels))
    return aid


def _num(doc: Doc, aid: int) -> int:
    nid = len(doc.nums) + 1
    doc.nums.append((nid, aid))
    return nid


def auto_articles(lvl_text: str, fmt: str = "decimal"):
    """Article labels by Word's numbering ("Article %1"): the heading paragraph holds its title (or is empty)."""
    def step(doc):
        nid, expect, out = None, 1, []
        pattern = r"第([一二三四五六七八九十百]+)条" if doc.zh else r"Article (\d+)"
        for p in doc.items:
            m = re.fullmatch(pattern, p.text) if isinstance(p, Para) and p.kind == "article" else None
            if m is None:
                if isinstance(p, Para) and p.kind == "article-title" and out and getattr(out[-1], "num", None) \
                        and not out[-1].text:
                    out[-1] = replace(out[-1], text=p.text)
                    continue
                out.append(p)
                continue
            value = _zh_value(m.group(1)) if doc.zh else int(m.group(1))
            if value != expect:
                return doc                  # numbered otherwise: the style says nothing about this text
            nid = nid or _num(doc, _abstract(doc, [(fmt, lvl_text)]))
            out.append(replace(p, text="", num=(nid, 0)))
            expect += 1
        doc.items = out
        return doc
    return step


def auto_chapters(doc):
    """Chapter labels by Word's numbering ("CHAPTER %1" in Roman numbers), the paragraph holding the title."""
    heads = [(i, re.fullmatch(r"Chapter (\d+) – (.+)", p.text)) for i, p in enumerate(doc.items)
             if isinstance(p, Para) and p.kind == "division"]
    if not heads or any(m is None or int(m.group(1)) != n for n, (_i, m) in enumerate(heads, start=1)):
        return doc
    nid = _num(doc, _abstract(doc, [("upperRoman", "CHAPTER %1")]))
    for i, m in heads:
        doc.items[i] = replace(doc.items[i], text=m.group(2), num=(nid, 0))
    return doc


def auto_outline(doc):
    """One outline list for the whole text: "Article %1", then "%2.", then "(%3)", as a legal template sets it."""
    from workbench.core.labels import letter_value

    nid, expect, counters, out = None, 1, {}, []
    for p in doc.items:
        if not isinstance(p, Para):
            out.append(p)
            continue
        m = re.fullmatch(r"Article (\d+)", p.text) if p.kind == "article" else None
        if m:
            if int(m.group(1)) != expect:
                return doc
            nid = nid or _num(doc, _abstract(doc, [("decimal", "Article %1"), ("decimal", "%2."),
                                                   ("lowerLetter", "(%3)")]))
            out.append(replace(p, text="", num=(nid, 0)))
            expect, counters = expect + 1, {}
            continue
        if p.kind == "article-title" and out and getattr(out[-1], "num", None) and not out[-1].text:
            out[-1] = replace(out[-1], text=p.text)
            continue
        item = re.match(r"(\d+)\.\t|\(([a-z])\)\t", p.text) if p.kind == "item" and nid else None
        if item:
            level = 1 if item.group(1) else 2
            value = int(item.group(1)) if item.group(1) else letter_value(item.group(2))
            if value == counters.get(level, 0) + 1 and (level == 1 or 1 in counters):
                counters[level] = value
                counters.pop(2, None) if level == 1 else None
                out.append(replace(p, text=p.text[item.end():], num=(nid, level)))
                continue
        out.append(p)
    doc.items = out
    return doc


def auto_bullets(symbol: str):
    """Bullets ("•<TAB>", "-<TAB>") by Word's bullet list, whose symbol is a Symbol-font character ("\uf0b7")."""
    def step(doc):
        aid = _abstract(doc, [("bullet", symbol)])
        nid = None
        for i, p in enumerate(doc.items):
            if isinstance(p, Para) and p.kind == "item" and re.match(r"[•-]\t", p.text):
                nid = nid or _num(doc, aid)
                doc.items[i] = replace(p, text=p.text[2:], num=(nid, 0))
        return doc
    return step


_ITEM_LEVELS = [("decimal", "%1.", r"(\d+)\."), ("lowerLetter", "(%2)", r"\(([a-z])\)"),
                ("lowerRoman", "(%3)", r"\(([ivx]+)\)")]
_ZH_LEVELS = [("chineseCounting", "%1、", r"([一二三四五六七八九十]+)、"),
              ("chineseCounting", "（%2）", r"[（(]([一二三四五六七八九十]+)[）)]")]


def auto_items(doc):
    """Paragraph labels "1.", "(a)", "(i)" (Chinese "一、", "（一）") by Word's numbering, restarted in each article."""
    from workbench.core.labels import letter_value, roman_value

    levels = _ZH_LEVELS if doc.zh else _ITEM_LEVELS
    aid = _abstract(doc, [(f, t) for f, t, _r in levels])
    nid, counters = None, {}
    for i, p in enumerate(doc.items):
        if not isinstance(p, Para):
            continue
        if p.kind in ("article", "division", "annex", "heading", "unit-head") or p.section != "body":
            nid, counters = None, {}
            continue
        if p.kind != "item":
            continue
        for ilvl, (fmt, _text, regex) in enumerate(levels):
            m = re.match(regex + r"[\t ]?", p.text)
            if not m:
                continue
            raw = m.group(1)
            value = (_zh_value(raw) if fmt.startswith("chinese") else int(raw) if fmt == "decimal"
                     else letter_value(raw) if fmt == "lowerLetter" else roman_value(raw))
            if value != counters.get(ilvl, 0) + 1 or (ilvl and ilvl - 1 not in counters):
                break
            counters[ilvl] = value
            for deeper in [k for k in counters if k > ilvl]:
                del counters[deeper]
            nid = nid or _num(doc, aid)
            doc.items[i] = replace(p, text=p.text[m.end():], num=(nid, ilvl))
            break
    return doc


# ----- lines that are no treaty text -----------------------------------------------------------------
def contents(leader: bool = True):
    """A hand-typed table of contents after the title: "Article 1 Definitions ...... 3"."""
    def step(doc):
        heads = [p for p in doc.items if isinstance(p, Para) and p.kind in ("division", "article", "annex",
                                                                           "division-label", "annex-label")]
        if len(heads) < 2:
            return doc
        at = next((i for i, p in enumerate(doc.items) if isinstance(p, Para) and p.kind == "title"), -1) + 1
        lines = [Para("目 录" if doc.zh else "TABLE OF CONTENTS", "toc", "front", True, WD_ALIGN_PARAGRAPH.CENTER,
                      zh=doc.zh, noise=True)]
        for n, head in enumerate(heads):
            page = 2 + n // 3
            text = f"{head.text}{' ' + '.' * 20 if leader else ''}\t{page}"
            lines.append(Para(text, "toc", "front", zh=doc.zh, noise=True))
        doc.items[at:at] = lines
        return doc
    return step


def page_lines(every: int, fmt: str, header: str = ""):
    """A page number (and a running header) typed into the body every ``every`` paragraphs."""
    def step(doc):
        out, page = [], 1
        for i, p in enumerate(doc.items):
            out.append(p)
            if i and i % every == 0:
                page += 1
                out.append(Para(fmt.format(page=page, pages=99), "page", align=WD_ALIGN_PARAGRAPH.CENTER, noise=True))
                if header:
                    out.append(Para(header, "page", align=WD_ALIGN_PARAGRAPH.RIGHT, noise=True))
        doc.items = out
        return doc
    return step


# ----- tables ------------------------------------------------------------------------------------------
def closing_table(doc):
    """The whole closing, formula and signatures, typed in a one-column table."""
    closing = [i for i, p in enumerate(doc.items) if isinstance(p, Para) and p.section == "closing"]
    if closing:
        rows = [[[doc.items[i]]] for i in closing]
        doc.items = doc.items[:closing[0]] + [Table(rows)] + doc.items[closing[-1] + 1:]
    return doc


def layout_table(per_row: bool):
    """The text from the first heading on, placed in a one-column table (a row per paragraph, or one cell)."""
    def step(doc):
        at = next((i for i, p in enumerate(doc.items) if isinstance(p, Para) and p.section != "front"), len(doc.items))
        body = [p for p in doc.items[at:] if isinstance(p, Para)]
        rows = [[[p]] for p in body] if per_row else [[body]]
        doc.items = doc.items[:at] + [Table(rows)]
        return doc
    return step


def label_columns(doc):
    """Numbered paragraphs in a two-column table: the label left, the text right."""
    out, rows = [], []
    for p in doc.items + [None]:
        m = re.match(r"(\S{1,6})\t(.*)$", p.text, re.S) if isinstance(p, Para) and p.kind == "item" else None
        if m:
            rows.append([[replace(p, text=m.group(1))], [replace(p, text=m.group(2))]])
            continue
        if rows:
            out.append(Table(rows))
            rows = []
        if p is not None:
            out.append(p)
    doc.items = out
    return doc


def signature_table(doc):
    """After the closing formula's first two paragraphs, the signature blocks in a two-column table."""
    closing = [i for i, p in enumerate(doc.items) if isinstance(p, Para) and p.section == "closing"]
    if len(closing) < 4:
        return doc
    sign = [doc.items[i] for i in closing[2:]]
    half = (len(sign) + 1) // 2
    left, right = sign[:half], sign[half:]
    rows = [[[a], [b] if b is not None else []] for a, b in zip(left, right + [None] * (len(left) - len(right)))]
    doc.items = doc.items[:closing[2]] + [Table(rows)] + doc.items[closing[-1] + 1:]
    return doc


def numbered_style(doc):
    """The "Article %1" numbering carried by the heading style (Heading 2), not by each paragraph."""
    for p in doc.items:
        if isinstance(p, Para) and p.num is not None and p.kind == "article":
            p.style, p.num = "Heading 2", None
    doc.style_num = next((nid for nid, _aid in doc.nums), None)
    return doc


def page_breaks(doc):
    """A page break before each article: in the heading's paragraph, or in an empty paragraph of its own."""
    out, n = [], 0
    for p in doc.items:
        if isinstance(p, Para) and p.kind in ("article", "division", "division-label"):
            n += 1
            if n % 2:
                p = replace(p, text="\f" + p.text)
            else:
                out.append(Para("\f", "empty", noise=True))
        out.append(p)
    doc.items = out
    return doc


def heading_column(doc):
    """A two-column layout: each article's number (and title) left, its paragraphs right."""
    out, row = [], None
    for p in doc.items:
        if isinstance(p, Para) and p.section == "body" and p.kind in ("article", "article-title"):
            if p.kind == "article" or row is None:
                row = [[], []]
                out.append(Table([row]))
            row[0].append(p)
            continue
        if isinstance(p, Para) and p.section == "body" and p.kind in ("text", "item") and row is not None:
            row[1].append(p)
            continue
        row = None
        out.append(p)
    for table in out:
        if isinstance(table, Table):
            table.rows = [[left, right or [Para("", "empty")]] for left, right in table.rows]
    doc.items = out
    return doc


def preamble_heading(doc):
    at = next((i for i, p in enumerate(doc.items) if isinstance(p, Para) and p.section == "preamble"), None)
    if at is not None:
        doc.items.insert(at, Para("序言" if doc.zh else "PREAMBLE", "preamble", "preamble", True,
                                  WD_ALIGN_PARAGRAPH.CENTER,
                                  zh=doc.zh, noise=True))
    return doc
