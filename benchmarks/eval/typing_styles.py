"""The ways a ministry's clerk types one treaty text in Word, for the typing matrix (typing_matrix.py).

A style is a chain of transforms over the paragraphs ``build_docx.blocks_of`` gives for a text.md
(each tagged with its kind: title, division, article, article-title, item, text …), then written to
a .docx by ``build_docx.write``: Word heading styles or bold lines, "ARTICLE 1" / "Art. 1" / one-line headings,
Word's automatic numbering (a numbering part with "Article %1", "第%1条", "%1.", "(%1)"), spaces or
no-break spaces after labels, manual line breaks, a typed table of contents, page numbers and running
headers typed into the body, layout tables, signature tables, full-width Chinese, and so on.
``Para.noise`` marks the lines a style adds that are no treaty text (page numbers, contents).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from docx.enum.text import WD_ALIGN_PARAGRAPH

from benchmarks.eval.build_docx import Doc, Para, paras_of, write
from benchmarks.eval.typing_layout import (auto_articles, auto_bullets, auto_chapters, auto_items, auto_outline,
                                           closing_table,
                                           contents, heading_column, label_columns,
                                           layout_table, numbered_style, page_breaks, page_lines, preamble_heading,
                                           signature_table)

HEADINGS = ("division", "division-label", "division-title", "annex", "annex-label", "annex-title", "article",
            "article-title", "heading", "unit-head")
_ZH_DIGITS = "〇一二三四五六七八九"
_WORDS = "ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN".split()
_ROMAN = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split()


@dataclass
class Style:
    name: str
    steps: tuple = ()
    langs: tuple = ("en", "zh")
    needs: str = ""                   # a block kind the text must have for the style to say anything


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


def _words(n: int, ordinal: bool = False) -> str:
    from workbench.core.labels import number_words
    return number_words(n, ordinal).upper()


def _roman(n: int) -> str:
    from workbench.core.labels import roman
    return roman(n)


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


def relabel_items(pattern: str, template: str):
    """"1.<TAB>" typed otherwise ("(1)<TAB>", "1)<TAB>")."""
    return lambda doc: _map(doc, ("item",), lambda p: replace(
        p, text=re.sub("^" + pattern, lambda m: template.format(m.group(1)), p.text)))


def label_bullet(symbol: str):
    """A bullet typed as a Symbol-font character ("\uf0b7<TAB>…", as Word's "Insert symbol" types it)."""
    return lambda doc: _map(doc, ("item",), lambda p: replace(p, text=re.sub(r"^[•-]\t", symbol + "\t", p.text)))


def inserted_bullets(doc):
    """A bullet put in by Word's Insert Symbol (a w:sym element of the Symbol font), then a tab."""
    return _map(doc, ("item",), lambda p: replace(p, text=p.text[1:], sym="F0B7") if re.match(r"[•-]\t", p.text) else p)


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
        if (isinstance(p, Para) and isinstance(prev, Para) and p.kind in ("text", "item")
                and prev.kind in ("text", "item")
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


def soft_hyphens(doc):
    """Optional hyphens in long words (a text that came through a typesetting program)."""
    def hyphenate(p):
        return replace(p, text=re.sub(r"\b([A-Za-z]{5})([a-z]{5,})", "\\1\u00ad\\2", p.text))
    return _map(doc, ("text", "item"), hyphenate)


def upper_titles(doc):
    return _map(doc, ("article-title",), lambda p: replace(p, text=p.text.upper()))


def split_title(doc):
    """The title typed on several centred lines ("AGREEMENT" / "BETWEEN …" / "AND …")."""
    out = []
    for p in doc.items:
        if isinstance(p, Para) and p.kind == "title" and not p.zh:
            pieces = re.split(r" (?=(?:between|on|and|of the|concerning) )", p.text, flags=re.I)
            out += [replace(p, text=piece.upper()) for piece in pieces]
        else:
            out.append(p)
    doc.items = out
    return doc


def italic_titles(doc):
    return _map(doc, ("article-title", "division-title"), lambda p: replace(p, bold=False, italic=True))


def blank_tabs(doc):
    out = []
    for p in doc.items:
        out += [p, Para("\t ", "empty", noise=True)]
    doc.items = out
    return doc


def letterspaced(doc):
    """Chinese headings spaced out character by character ("第 十 二 条")."""
    return _map(doc, ("article",), lambda p: replace(p, text=" ".join(p.text)) if p.zh else p)


def run_in(sep: str, bold: bool, zh: bool = False):
    """An untitled article's heading run into its first paragraph ("Article 1. The Parties …",
    "ARTICLE ONE: The Contracting States …"), the heading bold or not, as older texts and
    translations type it; in Chinese "第一条　…", as Chinese legal texts are typed as a rule."""
    def step(doc):
        out = []
        for p in doc.items:
            prev = out[-1] if out else None
            if (isinstance(p, Para) and p.kind in ("text", "item") and isinstance(prev, Para)
                    and prev.kind == "article" and p.zh == zh):
                head = prev.text + sep
                out[-1] = replace(p, text=head + p.text, bold=False, bold_chars=len(head.rstrip()) if bold else 0)
                continue
            out.append(p)
        doc.items = out
        return doc
    return step


def numbered_run_in(doc):
    """An article numbered by Word ("第%1条", "Article %1.") whose paragraph holds its first paragraph's
    text: the number Word prints, then the text, as Chinese legal documents are set up."""
    out = []
    for p in doc.items:
        prev = out[-1] if out else None
        if (isinstance(p, Para) and p.kind in ("text", "item") and isinstance(prev, Para) and prev.kind == "article"
                and prev.num is not None and not prev.text):
            out[-1] = replace(prev, text=p.text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            continue
        out.append(p)
    doc.items = out
    return doc


def bold_label(doc):
    """"Article 1 – Title" on one line, the label bold and the title not."""
    return _map(doc, ("article",), lambda p: replace(p, bold=False, bold_chars=len(p.text.split(" – ")[0]))
                if " – " in p.text else p)


def underline_headings(doc):
    return _map(doc, HEADINGS, lambda p: replace(p, bold=False, underline=True))


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
    Style("article-period", (relabel(lambda n: f"Article {n}."),), ("en",), "article"),
    Style("article-roman", (relabel(lambda n: f"Article {_roman(n)}"),), ("en",), "article"),
    Style("article-words", (relabel(lambda n: f"ARTICLE {_words(n)}"),), ("en",), "article"),
    # as translations print them: "Article (12)", "Article (Twelve)", "Article No. 12", "Twelfth Article"
    Style("article-paren", (relabel(lambda n: f"Article ({n})"),), ("en",), "article"),
    Style("article-words-paren", (relabel(lambda n: f"Article ({_words(n).title()})"),), ("en",), "article"),
    Style("article-no", (relabel(lambda n: f"Article No. {n}"),), ("en",), "article"),
    # as South Asian treaties print them: "ARTICLE - IV"
    Style("article-dash-roman", (relabel(lambda n: f"ARTICLE - {_roman(n)}"),), ("en",), "article"),
    Style("article-ordinal", (relabel(lambda n: f"{_words(n, True).title()} Article"),), ("en",), "article"),
    Style("auto-articles-style", (auto_articles("Article %1"), numbered_style), ("en",), "article"),
    Style("page-breaks", (page_breaks,)),
    Style("title-split", (split_title,), ("en",)),
    Style("auto-bullets", (auto_bullets("\uf0b7"),), ("en",), "item"),
    Style("symbol-bullets", (label_bullet("\uf0b7"),), ("en",), "item"),
    Style("inserted-symbol-bullets", (inserted_bullets,), ("en",), "item"),
    Style("titles-italic", (italic_titles,), needs="article-title"),
    Style("blank-tabs", (blank_tabs,)),
    Style("zh-letterspaced", (letterspaced,), ("zh",), "article"),
    Style("one-line-bold-label", (join_title(), bold_label), needs="article-title"),
    Style("auto-chapters", (auto_chapters,), ("en",), "division"),
    Style("auto-outline", (auto_outline,), ("en",), "article"),
    Style("closing-table", (closing_table,), needs="closing"),
    Style("one-line-hyphen", (join_title(" - "),), needs="article-title"),
    Style("label-lead-tab", (indent("\t", ("item",)),), ("en",), "item"),
    Style("soft-hyphens", (soft_hyphens,), ("en",)),
    Style("titles-upper", (relabel(lambda n: f"ARTICLE {n}"), upper_titles), ("en",), "article-title"),
    Style("heading-column", (heading_column,), needs="article"),
    Style("preamble-heading", (preamble_heading,), needs="preamble"),
    Style("headings-underlined", (underline_headings,)),
    Style("label-paren", (relabel_items(r"(\d+)\.\t", "({0})\t"),), ("en",), "item"),
    Style("label-bracket", (relabel_items(r"(\d+)\.\t", "{0})\t"),), ("en",), "item"),
    Style("one-line-dash", (join_title(),), needs="article-title"),
    Style("one-line-colon", (join_title(": "),), needs="article-title"),
    Style("one-line-period", (join_title(". "),), needs="article-title"),
    Style("one-line-tab", (join_title("\t"),), needs="article-title"),
    Style("one-line-left", (join_title(), headings_align(L)), needs="article-title"),
    Style("one-line-upper", (relabel(lambda n: f"ARTICLE {n}"), join_title(" – ", upper=True)), ("en",),
          "article-title"),
    Style("title-above", (title_above,), needs="article-title"),
    Style("run-in-period", (run_in(". ", True),), ("en",), "article"),
    Style("run-in-colon", (run_in(": ", False),), ("en",), "article"),
    Style("run-in-dash", (run_in(". – ", True),), ("en",), "article"),
    Style("zh-run-in", (run_in("\u3000", True, True),), ("zh",), "article"),
    Style("zh-run-in-plain", (run_in("", False, True),), ("zh",), "article"),
    Style("auto-articles-run-in", (auto_articles("Article %1."), numbered_run_in), ("en",), "article"),
    Style("auto-articles-zh-run-in", (auto_articles("第%1条", "chineseCounting"), numbered_run_in), ("zh",), "article"),
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
