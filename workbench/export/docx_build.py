"""Headings of a Word draft as nodes: divisions (nested by the word printed), articles, annexes.

Divisions nest by their word, outermost first (Part > Title > Chapter > Section …); a word not
ranked nests under the division open when it first appears. A heading's label is kept as a
template (``core.labels``) in each language printed, and a heading printed without its title
waits for the next line. ``docx_flow`` drives these from the lines of the file.
"""
from __future__ import annotations

import re

from ..core.labels import number_word_value, parse_label as template_of_label
from ..core.model import Draft, Node, NodeKind
from ..core.numbering import division_templates
from .docx_levels import Levels, printed, set_template
from .docx_lines import Item
from .import_result import ImportResult

#: Division words, outermost first; a word not listed nests where it first appears.
RANKS = {"book": 0, "part": 1, "title": 2, "chapter": 3, "subchapter": 4, "section": 5, "subsection": 6,
         "division": 7, "subdivision": 8, "卷": 0, "编": 1, "部分": 1, "分编": 2, "章": 3, "节": 5,
         "小节": 6, "目": 8}


_SPACED_ZH = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,5}")


class Unit:
    """A line and, where the file gives one, its Chinese counterpart."""

    def __init__(self, en: Item | None, zh: Item | None, where: str, row: bool = False):
        self.en, self.zh, self.where = en, zh, where
        self.row = row                # a row of a two-column table
        self.lead = "en"              # the column whose numbering gives the structure when a row has both

    @property
    def main(self) -> Item:
        if self.lead == "zh" and self.zh is not None:
            return self.zh
        return self.en or self.zh

    @property
    def lang(self) -> str:
        return "en" if self.en is not None else "zh"


def _field(lang: str, name: str) -> str:
    return name + "_zh" if lang == "zh" else name


def add_notes(node: Node, field: str, notes: list[tuple[int, str]]) -> None:
    for at, text in notes:
        node.attrs.setdefault("notes", []).append({"text": text, "field": field, "at": at})


class Headings:
    """The state of one build and the headings it opens (``docx_flow.Builder`` adds the lines)."""

    def __init__(self, result: ImportResult, unit_mode: bool = False, own: bool = False):
        self.result = result
        self.draft: Draft = result.draft
        self.phase = "front"
        self.unit_mode = unit_mode
        self.own = own
        self.preamble: Node | None = None
        self.divisions: list[tuple[str, Node]] = []       # open divisions of the body (or an annex)
        self.article: Node | None = None
        self.annex: Node | None = None
        self.closing: Node | None = None
        self.levels: Levels | None = None
        self.pending: Node | None = None                  # a heading waiting for its title line
        self.last: Node | None = None
        self.numbers: dict[str, str] = {}                 # printed article number -> node id
        self.unit_number = 0
        self.unit_offset = 0                    # the number before the first unit, in an extract
        self.unit_style = ""
        self.heading_units = False                        # provisions open at numbered headings (docx_units)
        self.item_bullet = ""                             # … or at the items of this bullet style
        self.titles_above = False
        self.above: Unit | None = None                    # a title line printed above its article
        self.article_count = 0
        self.depths: dict[str, int] = {}                  # division word -> its level
        self.letters: dict[str, str] = {}                 # division word -> the last single letter it printed

    # ----- helpers ------------------------------------------------------------------------------
    def set_text(self, node: Node, item: Item, lang: str, text: str | None = None, notes=None) -> None:
        field = _field(lang, "text")
        value = item.rest if text is None else text
        old = getattr(node, field)
        offset = len(old) + 2 if old else 0
        setattr(node, field, (old + "\n\n" + value) if old else value)
        add_notes(node, field, [(at + offset, t) for at, t in (item.notes() if notes is None else notes)])

    def set_title(self, node: Node, item: Item, lang: str, title: str | None = None) -> None:
        value = item.rest if title is None else title
        if _SPACED_ZH.fullmatch(value):            # "总　则", a short Chinese title spaced out as headings are set
            value = re.sub(r"\s+", "", value)
        setattr(node, _field(lang, "title"), value)
        add_notes(node, _field(lang, "title"), [(len(value), t) for _at, t in item.line.notes])

    def container(self) -> Node | None:
        if self.phase == "annex":
            return self.divisions[-1][1] if self.divisions else self.annex
        if self.article is not None:
            return self.article
        return self.divisions[-1][1] if self.divisions else None

    def start_levels(self, node: Node, number: str = "") -> None:
        self.levels = Levels(node, number)

    # ----- headings --------------------------------------------------------------------------------
    def open_division(self, unit: Unit, parent: Node | None, key: str) -> Node:
        node = Node(kind=NodeKind.CHAPTER)
        self.label_heading(node, unit)
        stack = self.divisions
        rank = RANKS.get(key)
        if key in self.depths:                       # printed before: back to its level
            del stack[self.depths[key]:]
        elif key == "heading":                       # unnumbered: not inside a division already done
            while stack and any(c.kind is NodeKind.ARTICLE for c in stack[-1][1].children):
                stack.pop()
            self.depths[key] = len(stack)
        else:
            if rank is not None:                     # a Part closes the Chapter open inside it
                for i, (open_key, _node) in enumerate(stack):
                    open_rank = RANKS.get(open_key)
                    if open_rank is not None and open_rank >= rank:
                        del stack[i:]
                        break
            self.depths[key] = len(stack)
        holder = stack[-1][1] if stack else parent
        (holder.children if holder is not None else self.draft.children).append(node)
        stack.append((key, node))
        self.article = None
        self.start_levels(node)
        self.titled(node, unit)
        self.last = node
        return node

    def label_heading(self, node: Node, unit: Unit) -> None:
        """The label templates of a division or annex heading, in the languages printed."""
        for lang, item in (("en", unit.en), ("zh", unit.zh)):
            if item is None:
                continue
            if not item.printed:                     # a heading printed without a number
                node.attrs["label" if lang == "en" else "label_zh"] = ""
                if unit.zh is None or unit.en is None:
                    node.attrs["label"] = node.attrs["label_zh"] = ""
                continue
            prefer = ""
            single = item.number if item.number and item.number.isalpha() and len(item.number) == 1 else ""
            if single and single in "IVXivx":
                # "Section I" after "Section H" is the ninth letter, not the Roman one (the Andean Agreement)
                after = self.letters.get(item.word.lower(), "")
                prefer = "letter" if after and ord(single.upper()) == ord(after.upper()) + 1 else "roman"
            if single:
                self.letters[item.word.lower()] = single
            template, _value = template_of_label(item.printed, prefer)
            printed(node, lang, item.printed, unit.where)
            if unit.zh is None or unit.en is None:
                en, zh = division_templates(template, lang)
                node.attrs["label"], node.attrs["label_zh"] = en, zh
            else:
                node.attrs["label" if lang == "en" else "label_zh"] = template

    def titled(self, node: Node, unit: Unit) -> None:
        waiting = False
        for lang, item in (("en", unit.en), ("zh", unit.zh)):
            if item is None:
                continue
            if item.rest:
                self.set_title(node, item, lang)
            else:
                waiting = True
                add_notes(node, _field(lang, "title"), [(0, t) for _at, t in item.line.notes])
        self.pending = node if waiting else None

    def open_article(self, unit: Unit) -> Node:
        node = Node(kind=NodeKind.ARTICLE)
        holder = self.divisions[-1][1] if self.divisions else None
        (holder.children if holder is not None else self.draft.children).append(node)
        self.article = node
        self.article_count += 1
        printed_number = ""
        for lang, item in (("en", unit.en), ("zh", unit.zh)):
            if item is None:
                continue
            # "Article IV" is not linked by its number ("Article XXI" is the GATT's); "Article Four" is
            roman = item.number.isalpha() and not item.zh and number_word_value(item.number) is None
            template, value = template_of_label(item.printed, "roman" if roman else "")
            prefix = item.number.rsplit(".", 1)[0] if "." in item.number else ""
            if prefix and holder is not None and template.count("{") == 1 and \
                    template.replace("{1}", "").endswith(prefix + "."):      # "Article 12.3" in Chapter 12
                template = template[:len(template) - len("{1}") - len(prefix) - 1] + "{chap}.{1}"
            set_template(node, lang, template)
            printed(node, lang, item.printed, unit.where)
            number = item.number if item.number[:1].isdigit() else str(value or "")
            if number and not roman:
                self.numbers.setdefault(number, node.id)
            printed_number = printed_number or number
        self.start_levels(node, printed_number)
        self.titled(node, unit)
        self.last = node
        return node

    def open_annex(self, unit: Unit) -> Node:
        self.phase = "annex"
        node = Node(kind=NodeKind.ANNEX)
        self.label_heading(node, unit)
        self.draft.children.append(node)
        self.annex, self.article, self.divisions, self.depths = node, None, [], {}
        self.start_levels(node)
        self.titled(node, unit)
        self.last = node
        return node
