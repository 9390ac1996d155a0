"""The lines of a Word draft, in order, to the tree: preamble, body, closing formula, annexes.

After the title block (read by ``docx_reader``) come the preamble's recitals, until the first
heading. In the body, labelled lines go to the list levels of their article and other lines
are the article's unnumbered paragraphs; a line that looks like a heading but is not one stays
text and is reported. The closing formula ("Done at …", "IN WITNESS WHEREOF", "…订于…",
"63rd plenary meeting") after the last heading opens the closing; an annex heading opens an
annex whose lines, headings included, stay inside it. A file with no article headings (a
resolution, a code, a recommendation, an initiative) has provisions of its own typing, which
``docx_units`` finds: numbered headings ("I.", "1.1. Title", "（一）Title"), numbered paragraphs
("1.", a bare "1" and a tab, "一、", "一是"), or items after a chapeau ("——", "•").
"""
from __future__ import annotations

import re

from ..core.messages import msg
from ..core.model import Node, NodeKind
from ..core.labels import key as label_key
from ..core.labels import parse_label as template_of_label
from .docx_build import RANKS, Headings, Unit
from .docx_levels import printed, set_template, template_for
from .docx_lines import _TERMINAL, PARAGRAPH_STYLES, Item, heading_like, title_like
from .docx_units import heading_label


def _key(item: Item) -> str:
    """What divisions printed alike share (their word, or the style of a bare number)."""
    if item.kind == "bare-division":
        return "bare-zh" if item.zh else ("bare-roman" if item.number in "IVXLC" or len(item.number) > 1
                                          else "bare-letter")
    word = item.word.lower().replace("-", "")
    if word in RANKS:
        return word
    if item.printed:                               # "I.", "A.", "Chapter One": by how it is printed
        return "label:" + label_key(template_of_label(item.printed)[0])
    if item.extra.get("own"):                      # an unnumbered heading this program wrote
        return "own-" + item.extra["own"]
    return word


class Builder(Headings):
    """Builds one draft from units (see the module)."""

    #: the article whose list of annexes is being read ("… are the following:" / "Annex A" / "Part I. …")
    annex_list: Node | None = None

    def report(self, kind: str, what: str, unit: Unit, text: str = "") -> None:
        self.result.add(kind, what, unit.where, text)

    def label_division(self, unit: Unit, number: str, key: str) -> None:
        """A labelled line read as a division heading ("一、总则", "A) Industrial Products") and opened as one."""
        item = unit.main
        item.kind, item.printed, item.number = "bare-division", item.label.printed, number
        self.phase = "body"
        self.open_division(unit, None, key)

    def feed(self, unit: Unit, nxt: Unit | None, after_last_heading: bool) -> None:
        item = unit.main
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pairs = [(lang, it) for lang, it in (("en", unit.en), ("zh", unit.zh)) if it is not None]
            if all(title_like(it) or _annex_word_title(it, pending) for _lang, it in pairs):
                for lang, it in pairs:
                    self.set_title(pending, it, lang, it.text)
                return
        for lang, it in (("en", unit.en), ("zh", unit.zh)):
            if it is not None and it.line.objects:
                self.report("left-out", msg("an image or embedded object was left out"), unit)
        kind = item.kind
        if item.extra.get("unit-head") and self.phase != "closing":
            self.phase = "body"                    # a numbered heading of a provision (docx_units)
            self.open_unit(unit, item.extra["unit-label"])
            return
        if item.extra.get("unit-para") and self.phase != "closing":
            self.phase = "body"
            self.open_unit(unit)
            return
        if item.extra.get("unit-division") and self.phase != "closing":
            self.phase = "body"
            if kind == "plain":                    # a heading of no number over numbered provisions
                node = self.open_division(unit, None, "heading")
                node.attrs["label"] = node.attrs["label_zh"] = ""
            else:
                self.open_division(unit, None, _key(item))
            return
        if (kind == "plain" and self.phase in ("preamble", "body") and not self.own and heading_like(item)
                and _is_heading(nxt)):
            if self.titles_above and nxt.main.kind == "article" and not nxt.main.rest:
                self.above = unit                  # this file prints an article's title above its number
            else:                                  # a heading of no number over what follows
                self.phase = "body"
                node = self.open_division(unit, None, "heading")
                node.attrs["label"] = node.attrs["label_zh"] = ""
            return
        if (kind == "annex" and self.titles_above and not item.number and self.phase in ("preamble", "body")
                and nxt is not None and nxt.main.kind == "article" and not nxt.main.rest):
            self.above = unit                      # "Schedule of …", an article's title printed above its number
            return
        listing = self.annex_list
        if (kind in ("annex", "division") and self.phase == "body" and not self.own and not item.emphasised
                and not item.line.text.isupper()
                and ((kind == "annex" and _introduces_a_list(self.last))
                     or (listing is not None and listing is self.container()))):
            item.kind = kind = "plain"             # "… are as follows:" then "Annex I Common List": an item,
            self.annex_list = self.container()     # and so are the annexes and their parts it lists next
        if kind == "annex":
            self.open_annex(unit)
        elif self.phase == "closing":
            self.closing_line(unit)
        elif self.phase == "annex":
            self.annex_line(unit)
        elif kind == "article":
            self.phase = "body"
            node = self.open_article(unit)
            above, self.above = self.above, None
            if above is not None and self.pending is node:    # its title, printed on the line above
                for lang, it in (("en", above.en), ("zh", above.zh)):
                    if it is not None:
                        self.set_title(node, it, lang, it.text)
                self.pending = None
        elif kind == "division":
            self.phase = "body"
            self.open_division(unit, None, _key(item))
        elif kind == "bare-division" and (self.phase == "body" or _is_heading(nxt)):
            self.phase = "body"
            self.open_division(unit, None, _key(item))
        elif kind == "label" and item.extra.get("zh-bare-division") and _is_heading(nxt) and (
                item.emphasised or len(item.text) <= 30):
            self.label_division(unit, item.label.printed.rstrip("、"), "bare-zh")
        elif kind == "label" and _lettered_heading(item) and _is_heading(nxt):
            self.label_division(unit, item.label.printed.strip("()"), "bare-letter-paren")   # "A) Industrial Products"
        elif kind == "preamble":
            self.ensure_preamble()
        elif self.phase == "body" and item.extra.get("closing") and after_last_heading:
            self.phase = "closing"
            self.closing_line(unit)
        elif self.unit_mode and self.starts_unit(item):
            self.phase = "body"
            self.open_unit(unit)
        elif self.phase in ("front", "preamble"):
            self.recital(unit)
        else:
            self.body_line(unit, nxt)

    # ----- preamble ---------------------------------------------------------------------------------
    def ensure_preamble(self) -> Node:
        if self.preamble is None:
            self.preamble = Node(kind=NodeKind.PREAMBLE, title="Preamble", title_zh="序言")
            self.draft.children.insert(0, self.preamble)
        self.phase = "preamble"
        return self.preamble

    def recital(self, unit: Unit) -> None:
        preamble = self.ensure_preamble()
        node = Node(kind=NodeKind.RECITAL)
        for lang, it in (("en", unit.en), ("zh", unit.zh)):
            if it is not None:
                self.set_text(node, it, lang, it.text, it.notes(0))
        preamble.children.append(node)
        self.last = node

    # ----- numbered units (a resolution's operative paragraphs, a code's actions) -------------------
    def starts_unit(self, item: Item) -> bool:
        if item.kind != "label" or self.phase == "closing" or self.heading_units:
            return False
        if self.item_bullet:                      # items after a chapeau: each bullet of that style
            return bool(item.extra.get("unit-item"))
        readings = dict(item.label.readings)
        style = next((s for s in ("dot-arabic", "bare-arabic", "paren-arabic", "bracket-arabic", "zh-enum", "zh-shi",
                                  "dot-upper-roman") if s in readings), None)
        if style is None:
            return False
        if not self.unit_number and item.extra.get("unit-offset"):
            self.unit_offset = item.extra["unit-offset"]     # an extract numbered from "9." (docx_units)
        if readings[style] != self.unit_number + 1 + self.unit_offset:
            return False
        if self.unit_number and style != self.unit_style:
            return False
        if self.levels is not None and self.levels.stack and self.levels.stack[-1].style not in PARAGRAPH_STYLES \
                and readings[style] == 1:
            return False
        self.unit_style = style
        return True

    def open_unit(self, unit: Unit, heading=None) -> None:
        """A provision of a file without article words: a numbered paragraph or item, or (with
        ``heading``, the label docx_units read) a numbered heading whose words are its title."""
        self.unit_number += 1
        node = Node(kind=NodeKind.ARTICLE)
        holder = self.divisions[-1][1] if self.divisions else None
        (holder.children if holder is not None else self.draft.children).append(node)
        self.article = node
        self.article_count += 1
        self.numbers.setdefault(str(self.unit_number), node.id)
        self.start_levels(node, str(self.unit_number))
        waiting = False
        for lang, it in (("en", unit.en), ("zh", unit.zh)):
            if it is None:
                continue
            label = it.label if heading is None or it is not unit.main else heading
            if label is None and heading is not None:
                label = (heading_label(it) or (None, ""))[0]
            if label is not None:
                style = label.readings[0][0]
                set_template(node, lang, template_for(label, style))
                printed(node, lang, label.printed, unit.where)
            rest = it.rest if heading is None or it.kind == "label" else (
                it.text[len(label.printed):].strip() if label is not None else it.text)
            if heading is not None:
                if rest:
                    self.set_title(node, it, lang, rest)
                else:
                    waiting = True
            elif it.emphasised and len(it.rest) <= 300:
                self.set_title(node, it, lang)
            elif it.rest:
                if not node.children:
                    node.children.append(Node(kind=NodeKind.PARAGRAPH, numbered=False))
                self.set_text(node.children[0], it, lang)
        self.pending = node if waiting else None
        self.last = node

    # ----- body ---------------------------------------------------------------------------------------
    def body_line(self, unit: Unit, nxt: Unit | None = None) -> None:
        item = unit.main
        container = self.container()
        if container is None:                      # text before any heading of the body
            self.recital(unit)
            return
        if item.kind == "label":
            self.labelled(unit, container, nxt)
            return
        if item.kind in ("bare-division",):
            item.kind = "plain"
        last = self.last
        if (item.line.lead_tab and last is not None and last.kind in (NodeKind.PARAGRAPH, NodeKind.SUBPARAGRAPH)
                and last in self._level_nodes() and (self.own or not _new_sentence(last))):
            for lang, it in (("en", unit.en), ("zh", unit.zh)):
                if it is not None:
                    self.set_text(last, it, lang, it.text, it.notes(0))
            if not self.own:
                self.report("joined", msg("indented text without a label was joined to the paragraph before"),
                            unit, item.text)
            return
        wrap = item.extra.get("wrap")
        if wrap and self.levels is not None and self.levels.container is container and self.levels.stack:
            index = 0 if wrap == 1 else max(1, len(self.levels.stack) - 2)
            node = self.levels.wrap_up(min(index, len(self.levels.stack) - 1))
            for lang, it in (("en", unit.en), ("zh", unit.zh)):
                if it is not None:
                    self.set_text(node, it, lang, it.text, it.notes(0))
            self.last = node
            return
        level = self.levels.continues(nxt.main.label) if (
            self.levels is not None and nxt is not None and nxt.main.kind == "label"
            and self.levels.container is container) else None
        if level is not None:                      # text closing a list item, before the next item
            node = self.levels.wrap_up(level)
            for lang, it in (("en", unit.en), ("zh", unit.zh)):
                if it is not None:
                    self.set_text(node, it, lang, it.text, it.notes(0))
            self.last = node
            return
        if heading_like(item) and not self.own and self.phase != "closing":
            self.report("as-text", msg("a line that looks like a heading was kept as text"), unit, item.text)
        self.plain_paragraph(unit, container)

    def _level_nodes(self) -> list[Node]:
        return [level.node for level in self.levels.stack] if self.levels else []

    def plain_paragraph(self, unit: Unit, container: Node) -> Node:
        node = Node(kind=NodeKind.PARAGRAPH, numbered=False)
        container.children.append(node)
        for lang, it in (("en", unit.en), ("zh", unit.zh)):
            if it is not None:
                self.set_text(node, it, lang, it.text, it.notes(0))
        if self.levels is not None:
            self.levels.reset()
        self.last = node
        return node

    def labelled(self, unit: Unit, container: Node, nxt: Unit | None = None) -> None:
        if self.levels is None or self.levels.container is not container:
            self.start_levels(container)
        item = unit.main
        lang = unit.lang
        labels = [item.label] + item.extra.get("inner", [])
        for i, label in enumerate(labels):
            following = labels[i + 1] if i + 1 < len(labels) else (
                nxt.main.label if nxt is not None and nxt.main.kind == "label" else None)
            node = self.levels.place(label, lang, self._hint(following))
            node.attrs["_where"] = unit.where
            self.last = node
        self.set_text(node, item, lang)
        other = unit.zh if lang == "en" else None
        if other is not None:
            depth = self.levels.depth_of(node)
            if other.label is not None:
                style = other.label.readings[0][0]
                set_template(node, "zh", template_for(other.label, style, self.levels.article_number),
                             depth)
                printed(node, "zh", other.label.printed)
                self.set_text(node, other, "zh")
            else:
                self.set_text(node, other, "zh", other.text, other.notes(0))

    def _hint(self, following) -> str:
        """"new" when an "(i)" here opens a list: the text before ends with a colon, or "(ii)" follows."""
        last = self.last
        before = (last.text or last.text_zh).rstrip() if last is not None else ""
        if before.endswith((":", "：")):
            return "new"
        if following is not None and any("roman" in style and value == 2 for style, value in following.readings):
            return "new"
        return ""

    # ----- closing and annexes ----------------------------------------------------------------------------
    def closing_line(self, unit: Unit) -> None:
        if self.closing is None:
            self.closing = Node(kind=NodeKind.CLOSING)
            self.draft.children.append(self.closing)
        node = Node(kind=NodeKind.PARAGRAPH, numbered=False)
        for lang, it in (("en", unit.en), ("zh", unit.zh)):
            if it is not None:
                self.set_text(node, it, lang, it.text, it.notes(0))
        self.closing.children.append(node)
        self.last = node

    def annex_line(self, unit: Unit) -> None:
        item = unit.main
        if item.kind in ("article", "division", "bare-division") or (
                heading_like(item) and not item.extra.get("closing")):
            if item.kind == "plain":
                node = self.open_division(unit, self.annex, "heading")
                node.attrs["label"], node.attrs["label_zh"] = "", ""
            else:
                self.open_division(unit, self.annex, _key(item) if item.kind != "article" else "article")
            return
        container = self.container()
        if item.kind == "label":
            self.labelled(unit, container)
        else:
            self.plain_paragraph(unit, container)


def _introduces_a_list(last: Node | None) -> bool:
    """A paragraph of the body that ends with a colon: the lines after it are its items, even one that
    names an annex ("The Annexes … are as follows:" / "Annex I Common List")."""
    return (last is not None and last.kind in (NodeKind.PARAGRAPH, NodeKind.SUBPARAGRAPH)
            and (last.text or last.text_zh or "").rstrip().endswith((":", "：")))


def _lettered_heading(item: Item) -> bool:
    """A bold "A) Industrial Products" standing alone: a lettered heading, not item (A) of a list."""
    rest = item.rest or ""
    return (item.emphasised and re.fullmatch(r"\(?[A-Z]\)", item.label.printed) is not None
            and 0 < len(rest) <= 80 and not rest.endswith(_TERMINAL) and not re.match(r"[a-z]", rest))


def _is_heading(unit: Unit | None) -> bool:
    return unit is not None and unit.main.kind in ("article", "division")


def _annex_word_title(item, pending) -> bool:
    """An article's title that opens with an annex word ("Schedule of Specific Commitments", under
    "Article 64"): no annex begins between an article's number and its first line."""
    return (item.kind == "annex" and not item.number and pending.kind is NodeKind.ARTICLE
            and re.match(r"(?i:of|for|on|to|and|in|concerning|relating)\b", item.rest) is not None)


def _new_sentence(last: Node) -> bool:
    """An indented line after a sentence, a clause or a list item that ended (".", ";", ",", "or"): a
    paragraph indented by a tab, as clerks indent first lines, or the words closing a list; not the
    rest of the paragraph before, broken off mid-sentence."""
    before = (last.text or last.text_zh).rstrip()
    return before.endswith((".", ";", ":", ",", "。", "；", "：", "，")) or before.endswith((" or", " and"))
