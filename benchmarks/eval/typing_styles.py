"""The ways a ministry's clerk types one treaty text in Word, for the typing matrix (typing_matrix.py).

A style is a chain of transforms over the paragraphs ``build_docx.blocks_of`` gives for a text.md
(each tagged with its kind: title, division, article, article-title, item, text …), then written to
a .docx by ``write``: Word heading styles or bold lines, "ARTICLE 1" / "Art. 1" / one-line headings,
Word's automatic numbering (a numbering part with "Article %1", "第%1条", "%1.", "(%1)"), spaces or
no-break spaces after labels, manual line breaks, a typed table of contents, page numbers and running
headers typed into the body, layout tables, signature tables, full-width Chinese, and so on.
``Para.noise`` marks the lines a style adds that are no treaty text (page numbers, contents).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

HEADINGS = ("division", "division-label", "division-title", "annex", "annex-label", "annex-title", "article",
            "article-title", "heading", "unit-head")
_ZH_DIGITS = "〇一二三四五六七八九"
_WORDS = "ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN".split()
_ROMAN = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split()


@dataclass
class Para:
    text: str                         # "\n" is a manual line break (w:br)
    kind: str = "text"
    section: str = "body"
    bold: bool = False
    align: object = None
    style: str | None = None          # a Word paragraph style ("Heading 2")
    num: tuple[int, int] | None = None   # (w:numId, w:ilvl): Word's automatic numbering
    size: int | None = None
    zh: bool = False
    noise: bool = False               # no treaty text (page number, contents line, running header)


@dataclass
class Table:
    rows: list[list[list[Para]]]      # rows of cells of paragraphs


@dataclass
class Doc:
    items: list                       # Para or Table
    zh: bool
    numbering: list[tuple[int, list[tuple[str, str]]]] = field(default_factory=list)  # abstract id, levels
    nums: list[tuple[int, int]] = field(default_factory=list)      # (numId, abstract id)


@dataclass
class Style:
    name: str
    steps: tuple = ()
    langs: tuple = ("en", "zh")
    needs: str = ""                   # a block kind the text must have for the style to say anything


def paras_of(blocks, zh: bool) -> Doc:
    return Doc([Para(b.text, b.kind, b.section, b.bold, b.align, zh=zh) for b in blocks], zh)


def _map(doc: Doc, kinds, fn) -> Doc:
    doc.items = [fn(p) if isinstance(p, Para) and p.kind in kinds else p for p in doc.items]
    return doc


# ----- headings ------------------------------------------------------------------------------------
def word_headings(article="Heading 2", division="Heading 1", title="Title"):
    def step(doc):
        styles = {"division": division, "division-label": division, "division-title": division,
                  "annex": division, "annex-label": division, "annex-title": division,
                  "article": article, "article-title": article, "heading": article, "unit-head": article,
                  "title": title}
        return _map(doc, styles, lambda p: replace(p, style=styles[p.kind], bold=False, align=None))
    return step


def headings_align(align):
    return lambda doc: _map(doc, HEADINGS, lambda p: replace(p, align=align))


def headings_plain(size=None):
    return lambda doc: _map(doc, HEADINGS + ("title",), lambda p: replace(p, bold=False, size=size))


def relabel(en, zh=None):
    """"Article 12" typed otherwise (en: a function of the number); "第十二条" by zh (of the number)."""
    def fn(p):
        m = re.fullmatch(r"Article (\d+)", p.text)
        if m:
            return replace(p, text=en(int(m.group(1))))
        m = re.fullmatch(r"第([一二三四五六七八九十百]+)条", p.text)
        if m and zh is not None:
            return replace(p, text=zh(_zh_value(m.group(1))))
        return p
    return lambda doc: _map(doc, ("article",), fn)


def _zh_value(text: str) -> int:
    from workbench.core.labels import parse_chinese_numeral
    return parse_chinese_numeral(text) or 0


def join_title(sep=" – ", kinds=("article",), upper=False):
    """A heading and its title on one line ("Article 1 – Definitions"), or (sep "\\n") one paragraph."""
    def step(doc):
        out = []
        for p in doc.items:
            prev = out[-1] if out else None
            base = p.kind[:-len("-title")] if isinstance(p, Para) and p.kind.endswith("-title") else ""
            if base in kinds and isinstance(prev, Para) and prev.kind in (base, base + "-label"):
                out[-1] = replace(prev, text=prev.text + sep + (p.text.upper() if upper else p.text), kind=base)
                continue
            out.append(p)
        doc.items = out
        return doc
    return step


def split_divisions(label=None, upper_title=False):
    """"Chapter 2 – Title" typed on two lines, the label (re-typed by ``label``) then the title."""
    def step(doc):
        out = []
        for p in doc.items:
            if isinstance(p, Para) and p.kind in ("division", "annex") and " – " in p.text:
                head, _, title = p.text.partition(" – ")
                head = label(head) if label else head
                if head is None:
                    out.append(p)
                    continue
                out += [replace(p, text=head, kind=p.kind + "-label"),
                        replace(p, text=title.upper() if upper_title else title, kind=p.kind + "-title")]
            else:
                out.append(p)
        doc.items = out
        return doc
    return step


def roman_head(head: str):
    m = re.fullmatch(r"(Chapter|Part|Section|Annex)\s+(\d+)", head)
    return f"{m.group(1).upper()} {_ROMAN[int(m.group(2)) - 1]}" if m and int(m.group(2)) <= 20 else None


def words_head(head: str):
    m = re.fullmatch(r"(Chapter|Part|Section)\s+(\d+|[IVX]+)", head)
    if not m:
        return None
    n = int(m.group(2)) if m.group(2).isdigit() else _ROMAN.index(m.group(2)) + 1 if m.group(2) in _ROMAN else 99
    return f"PART {_WORDS[n - 1]}" if n <= len(_WORDS) else None


def title_above(doc):
    """The article's title on the line above its number."""
    items = doc.items
    for i in range(len(items) - 1):
        a, b = items[i], items[i + 1]
        if isinstance(a, Para) and isinstance(b, Para) and a.kind == "article" and b.kind == "article-title":
            items[i], items[i + 1] = b, a
    return doc


# ----- paragraphs ------------------------------------------------------------------------------------
def label_sep(sep: str):
    """The tab after "1." / "(a)" typed as spaces or a no-break space."""
    return lambda doc: _map(doc, ("item",), lambda p: replace(p, text=p.text.replace("\t", sep, 1)))


def nbsp_labels(doc):
    doc = _map(doc, ("article",), lambda p: replace(p, text=re.sub(r"^(Article|ARTICLE|第)\s", "\\1\u00a0", p.text)))
    return _map(doc, ("text", "item"), lambda p: replace(p, text=re.sub(r"(\w) (\d)", "\\1\u00a0\\2", p.text)))


def indent(lead: str, kinds=("text",)):
    return lambda doc: _map(doc, kinds, lambda p: replace(p, text=lead + p.text) if p.section == "body" else p)


def line_breaks(doc):
    """The paragraphs of an article typed as one paragraph with manual line breaks."""
    out = []
    for p in doc.items:
        prev = out[-1] if out else None
        if (isinstance(p, Para) and isinstance(prev, Para) and p.kind in ("text", "item") and prev.kind in ("text", "item")
                and p.section == prev.section == "body"):
            out[-1] = replace(prev, text=prev.text + "\n" + p.text)
        else:
            out.append(p)
    doc.items = out
    return doc


def empty_paragraphs(doc):
    out = []
    for p in doc.items:
        out += [p, Para("", "empty", noise=True)]
    doc.items = out
    return doc


def fullwidth(doc):
    """Chinese typed with full-width digits and ideographic spaces."""
    table = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789"}
    table[ord(" ")] = "\u3000"
    return _map(doc, ("article", "article-title", "text", "item", "division", "annex"),
                lambda p: replace(p, text=p.text.translate(table)) if p.zh else p)


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


# ----- writing ------------------------------------------------------------------------------------------
def _fill(para, p: Para, zh: bool) -> None:
    if p.style:
        para.style = p.style
    if p.align is not None:
        para.alignment = p.align
    if p.num is not None:
        ppr = para._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                             f'<w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'))
    for i, piece in enumerate(p.text.split("\n")):
        run = para.add_run()
        if i:
            run.add_break()
        if piece:
            run.add_text(piece)
        run.bold = p.bold or None
        if p.size:
            run.font.size = Pt(p.size)
        if zh:
            run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Sans CJK SC")


def _numbering_xml(doc: Doc) -> str:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = []
    for aid, levels in doc.numbering:
        lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                       f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
                       for i, (fmt, text) in enumerate(levels))
        parts.append(f'<w:abstractNum w:abstractNumId="{aid}">{lvls}</w:abstractNum>')
    parts += [f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>' for nid, aid in doc.nums]
    return f'<w:numbering xmlns:w="{w}">{"".join(parts)}</w:numbering>'


def write(doc: Doc, out) -> None:
    document = Document()
    for item in doc.items:
        if isinstance(item, Para):
            _fill(document.add_paragraph(), item, doc.zh)
            continue
        cols = max(len(row) for row in item.rows)
        table = document.add_table(rows=len(item.rows), cols=cols)
        for r, row in enumerate(item.rows):
            for c, cell_paras in enumerate(row):
                cell = table.cell(r, c)
                for k, p in enumerate(cell_paras):
                    _fill(cell.paragraphs[0] if k == 0 else cell.add_paragraph(), p, doc.zh)
    if doc.numbering:
        part = document.part.numbering_part
        root = part.element
        for child in list(root):
            root.remove(child)
        for child in parse_xml(_numbering_xml(doc)):
            root.append(child)
    document.save(out)


def render(blocks, zh: bool, style: Style, out) -> None:
    doc = paras_of(blocks, zh)
    for step in style.steps:
        doc = step(doc)
    write(doc, out)


C, L = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT
STYLES = [
    Style("plain"),
    Style("word-headings", (word_headings(),)),
    Style("word-headings-3", (word_headings("Heading 3", "Heading 1"),)),
    Style("word-headings-one-line", (join_title(), word_headings())),
    Style("headings-left", (headings_align(L),)),
    Style("headings-not-bold", (headings_plain(),)),
    Style("headings-by-size", (headings_plain(14), headings_align(L))),
    Style("article-upper", (relabel(lambda n: f"ARTICLE {n}"),), ("en",), "article"),
    Style("article-abbrev", (relabel(lambda n: f"Art. {n}"),), ("en",), "article"),
    Style("article-abbrev-nodot", (relabel(lambda n: f"Art {n}"),), ("en",), "article"),
    Style("one-line-dash", (join_title(),), needs="article-title"),
    Style("one-line-colon", (join_title(": "),), needs="article-title"),
    Style("one-line-period", (join_title(". "),), needs="article-title"),
    Style("one-line-tab", (join_title("\t"),), needs="article-title"),
    Style("one-line-left", (join_title(), headings_align(L)), needs="article-title"),
    Style("one-line-upper", (relabel(lambda n: f"ARTICLE {n}"), join_title(" – ", upper=True)), ("en",),
          "article-title"),
    Style("title-above", (title_above,), needs="article-title"),
    Style("heading-break", (join_title("\n", ("article", "division")),), needs="article-title"),
    Style("auto-articles", (auto_articles("Article %1"),), ("en",), "article"),
    Style("auto-articles-heading", (auto_articles("Article %1"), word_headings()), ("en",), "article"),
    Style("auto-articles-zh", (auto_articles("第%1条", "chineseCounting"),), ("zh",), "article"),
    Style("auto-items", (auto_items,), needs="item"),
    Style("auto-all", (auto_articles("Article %1"), auto_items), ("en",), "article"),
    Style("label-space", (label_sep(" "),), ("en",), "item"),
    Style("label-spaces", (label_sep("   "),), ("en",), "item"),
    Style("label-nbsp", (label_sep("\u00a0"),), ("en",), "item"),
    Style("nbsp", (nbsp_labels,)),
    Style("indent-tab", (indent("\t"),)),
    Style("indent-spaces", (indent("    ", ("text", "item")),)),
    Style("line-breaks", (line_breaks,), needs="item"),
    Style("empty-paragraphs", (empty_paragraphs,)),
    Style("toc-leaders", (contents(True),)),
    Style("toc-tabs", (contents(False),)),
    Style("page-dash", (page_lines(25, "- {page} -"),)),
    Style("page-of", (page_lines(25, "Page {page} of {pages}"),), ("en",)),
    Style("page-bare", (page_lines(25, "{page}"),)),
    Style("running-header", (page_lines(25, "{page}", "DRAFT – NOT FOR CIRCULATION"),), ("en",)),
    Style("table-rows", (layout_table(True),)),
    Style("table-cell", (layout_table(False),)),
    Style("table-labels", (label_columns,), ("en",), "item"),
    Style("signature-table", (signature_table,), needs="closing"),
    Style("zh-fullwidth", (fullwidth,), ("zh",)),
    Style("zh-arabic", (relabel(lambda n: f"Article {n}", lambda n: f"第{n}条"),), ("zh",), "article"),
    Style("zh-arabic-spaced", (relabel(lambda n: f"Article {n}", lambda n: f"第 {n} 条"),), ("zh",), "article"),
    Style("chapter-roman-split", (split_divisions(roman_head, True),), ("en",), "division"),
    Style("part-words-split", (split_divisions(words_head),), ("en",), "division"),
    Style("division-upper", (split_divisions(lambda h: h.upper()), join_title(" – ", ("division",), True)),
          ("en",), "division"),
    Style("annex-split", (split_divisions(roman_head),), ("en",), "annex"),
    Style("ministry-mix", (word_headings(), empty_paragraphs, page_lines(30, "- {page} -"), nbsp_labels)),
    Style("ministry-table", (contents(True), layout_table(True), empty_paragraphs)),
]
