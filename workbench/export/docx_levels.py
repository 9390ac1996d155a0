"""Where a labelled line goes inside an article (or an annex): the stack of list levels.

Each open level remembers the style of its labels ("1.", "(a)", "(i)", "（一）" …) and the last
value. A label continues the deepest level whose next value it is; "(i)" after "(h)" is the
letter i, after "(g)" it opens a list of Roman numbers; a new style opens a level under the
item before it. The label is kept as printed: its template goes into the node's ``attrs`` when
it is not the workbench's own; ``keep_printed`` then keeps as it stands any label whose number
does not follow the position (a list opening at "(c)", "2bis").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.labels import parse_label as template_of_label
from ..core.model import Node, NodeKind
from ..core.numbering import default_template
from .docx_lines import PARAGRAPH_STYLES, Label

@dataclass
class Level:
    style: str
    node: Node
    value: int


def _is_paragraph_style(style: str) -> bool:
    return style in PARAGRAPH_STYLES or style.startswith("dotted")


def template_for(label: Label, style: str, article_number: str = "") -> str:
    """The label template of a printed label read in ``style``."""
    printed = label.printed
    if style.startswith("bullet"):
        return printed
    prefer = "roman" if "roman" in style else "letter" if "letter" in style else ""
    template, _value = template_of_label(printed, prefer)
    if style.startswith("dotted") and label.prefix and article_number and label.prefix == article_number:
        template = template.replace(label.prefix + ".", "{art}.", 1)
    return template


class Levels:
    """The list levels open in one container (an article, an annex, a division of an annex)."""

    def __init__(self, container: Node, article_number: str = ""):
        self.container = container
        self.article_number = article_number
        self.stack: list[Level] = []

    def reset(self) -> None:
        self.stack = []

    def _choose(self, label: Label, hint: str = "") -> tuple[int, str, int]:
        """(level index, style, value) for ``label``; ``hint`` "new" when the item before ends
        with a colon or the next label reads "(ii)": an "(i)" then opens a list."""
        readings = label.readings
        if hint == "new":
            for style, value in readings:
                if value == 1 and "roman" in style and all(level.style != style for level in self.stack):
                    return self._new_level(style, value), style, value
        for i in range(len(self.stack) - 1, -1, -1):           # the next item of an open level
            level = self.stack[i]
            for style, value in readings:
                if style == level.style and value == level.value + 1:
                    return i, style, value
        for style, value in readings:                           # a new list starting at 1
            if value == 1 and all(level.style != style for level in self.stack):
                return self._new_level(style, value), style, value
        for i in range(len(self.stack) - 1, -1, -1):           # an open level, number out of order
            for style, value in readings:
                if style == self.stack[i].style:
                    return i, style, value
        style, value = readings[0]
        return self._new_level(style, value), style, value

    def _new_level(self, style: str, value: int) -> int:
        """The level a list of a style not yet open starts at."""
        if not self.stack:
            return 0
        if _is_paragraph_style(style):
            if any(_is_paragraph_style(level.style) for level in self.stack) or value == 1:
                return len(self.stack)        # "(1)" inside "1.", or "1." inside "（七）"
            return 0
        return len(self.stack)

    def place(self, label: Label, lang: str, hint: str = "") -> Node:
        """The new node for a labelled line (added to the tree)."""
        index, style, value = self._choose(label, hint)
        if index == 0 and not self.stack and not _is_paragraph_style(style):
            index = 1                                           # "(a)" straight after a heading
        if index == 0:
            self.stack = []
            node = Node(kind=NodeKind.PARAGRAPH)
            self.container.children.append(node)
        else:
            del self.stack[index:]
            if not self.stack:
                chapeau = self.chapeau()
                self.stack = [Level("chapeau", chapeau, 0)]
                index = 1
            parent = self.stack[index - 1].node
            node = Node(kind=NodeKind.SUBPARAGRAPH)
            parent.children.append(node)
        self.stack.append(Level(style, node, value))
        template = template_for(label, style, self.article_number)
        depth = 0 if node.kind is NodeKind.PARAGRAPH else index
        set_template(node, lang, template, depth)
        printed(node, lang, label.printed)
        return node

    def chapeau(self) -> Node:
        """The unnumbered paragraph that introduces a list: the one just written, or a new one."""
        last = self.container.children[-1] if self.container.children else None
        if last is not None and last.kind is NodeKind.PARAGRAPH and not last.numbered:
            return last
        node = Node(kind=NodeKind.PARAGRAPH, numbered=False)
        self.container.children.append(node)
        return node

    def continues(self, label: Label) -> int | None:
        """The open sub-paragraph level (1 or deeper) whose next item ``label`` is, if any."""
        for i in range(len(self.stack) - 1, 0, -1):
            level = self.stack[i]
            if any(style == level.style and value == level.value + 1 for style, value in label.readings):
                return i
        return None

    def wrap_up(self, index: int) -> Node:
        """An unnumbered sub-paragraph closing the item open at ``index`` (text after its list)."""
        del self.stack[index + 1:]
        node = Node(kind=NodeKind.SUBPARAGRAPH, numbered=False)
        self.stack[index].node.children.append(node)
        return node

    def depth_of(self, node: Node) -> int:
        for i, level in enumerate(self.stack):
            if level.node is node:
                return i
        return 0


def set_template(node: Node, lang: str, template: str, depth: int = 0) -> None:
    """Keep ``template`` on ``node`` unless it is the workbench's own for that kind and place. A
    provision printed with a mark and no number ("——", "•") shows that mark in both languages."""
    if node.kind is NodeKind.ARTICLE and template and not any(c.isalnum() for c in template):
        node.attrs["label"] = node.attrs["label_zh"] = template
    elif template != default_template(node, lang, depth):
        node.attrs["label_zh" if lang == "zh" else "label"] = template


def printed(node: Node, lang: str, label: str, where: str = "") -> None:
    """Remember the label as printed, for ``keep_printed``."""
    node.attrs["_printed_zh" if lang == "zh" else "_printed"] = label
    if where:
        node.attrs["_where"] = where


def keep_printed(result) -> None:
    """Keep as printed every label the position would number otherwise (and say so)."""
    from ..core.messages import msg
    from ..core.numbering import Numbering

    draft = result.draft
    numbering = _continued(draft, Numbering.of(draft))
    kept: list[tuple[str, str]] = []
    for node in draft.walk():
        attrs = node.attrs
        if not attrs or ("_printed" not in attrs and "_printed_zh" not in attrs):
            continue
        where = attrs.pop("_where", "")
        one_language = ("_printed" in attrs) != ("_printed_zh" in attrs)
        for lang, key, name in (("en", "_printed", "label"), ("zh", "_printed_zh", "label_zh")):
            shown = attrs.pop(key, None)
            if shown is None or numbering.label(node, lang) == shown:
                continue
            attrs[name] = shown
            kept.append((shown, where))
            if one_language:
                _same_number_in_the_other_language(node, lang, shown)
    if len(kept) > 3:                   # an extract numbered from "9.": one note, not one per label
        result.add("note", msg("{count} labels kept as printed ({first} … {last}); they do not follow the "
                               "numbering", count=len(kept), first=kept[0][0], last=kept[-1][0]), kept[0][1])
        return
    for shown, where in kept:
        result.add("note", msg("label {label} kept as printed; it does not follow the numbering", label=shown), where)


def _same_number_in_the_other_language(node: Node, lang: str, shown: str) -> None:
    """A label kept as printed in one language ("Article 2" of an extract, "Chapter II") is shown with the
    same number in the other ("第二条", "第二章"), not with the position's ("第一条"), so that the two
    columns of the outline and a bilingual export name one article alike."""
    from ..core.labels import has_number, render
    from ..core.numbering import template_of

    if node.kind not in (NodeKind.ARTICLE, NodeKind.CHAPTER, NodeKind.ANNEX):
        return
    template, value = template_of_label(shown)
    outside = template.split("{", 1)[0] + template.split("}", 1)[-1] if template.count("{") == 1 else ""
    if value is None or any(c.isdigit() for c in outside) or not re.search(r"[A-Za-z\u4e00-\u9fff]", outside):
        return          # "Article 28.1", "1.其他", a bare "V.": no word and one number to carry over
    other = "zh" if lang == "en" else "en"
    other_template = template_of(node, other)
    if has_number(other_template):
        node.attrs["label_zh" if other == "zh" else "label"] = render(other_template, value)


def _continued(draft, numbering):
    """Divisions numbered on through the draft (Chapters 1-2 in Part I, Chapter 3 in Part II) are
    marked so, when that is how every division printed with their word reads."""
    from ..core.labels import key
    from ..core.model import NodeKind
    from ..core.numbering import Numbering

    groups: dict[tuple[str, str], list] = {}
    for node in draft.walk():
        if node.kind in (NodeKind.CHAPTER, NodeKind.ANNEX) and "_printed" in node.attrs:
            groups.setdefault((node.kind.value, key(node.attrs.get("label") or "")), []).append(node)
    for nodes in groups.values():
        if all(numbering.label(n) == n.attrs["_printed"] for n in nodes):
            continue
        for n in nodes:
            n.attrs["continue"] = True
        trial = Numbering.of(draft)
        if all(trial.label(n) == n.attrs["_printed"] for n in nodes):
            numbering = trial
        else:
            for n in nodes:
                del n.attrs["continue"]
    return numbering
