"""The body of an Akoma Ntoso document to draft nodes: divisions, articles (or sections), paragraphs.

Hierarchies of any publisher are read: ``<part>``, ``<chapter>``, ``<title>``, ``<section>`` …
become divisions (nested as printed, their ``<num>`` kept as the label template), ``<article>``
becomes an article. An act with no ``<article>`` (Laws.Africa and most national legislation)
has its innermost ``<section>`` elements read as its articles, their ``<subsection>`` as
paragraphs. ``<crossHeading>`` opens an unnumbered division over the parts that follow it.
Text of a paragraph that closes its list (``<wrapUp>``) stays after the list, as an unnumbered
sub-paragraph; footnotes (``<authorialNote>``) stay where their marks stood.
"""
from __future__ import annotations

from lxml import etree

from ..core.labels import parse_label
from ..core.messages import msg
from ..core.model import Node, NodeKind
from ..core.numbering import default_template

CONTAINERS = {"chapter", "part", "title", "section", "subchapter", "division", "book", "tome",
              "subpart", "subtitle", "subdivision", "hcontainer", "subsection", "level", "rule"}
UNITS = {"paragraph", "subparagraph", "point", "alinea", "clause", "subclause", "item", "indent",
         "subsection", "list", "level", "subrule", "sublist", "proviso", "rule"}
INLINE_SKIP = {"noteRef", "eol", "eop"}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


_MARK = "\ue000"


def unmark(text: str) -> tuple[str, list[int]]:
    """``text`` without its note marks, and where they stood."""
    marks, out = [], []
    for char in text:
        if char == _MARK:
            marks.append(len(out))
        else:
            out.append(char)
    return "".join(out), marks


def local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def norm(text: str) -> str:
    return " ".join(text.split())


class Structure:
    """Reads one expression's structure; ``lang`` says which fields the texts go to."""

    def __init__(self, result, lang: str = "en"):
        self.result = result
        self.lang = lang
        self.by_eid: dict[str, Node] = {}
        self.alts: dict[str, list[dict]] = {}
        self.refs: list[tuple[str, bool, bool, str]] = []   # (href, number only, digits, shown)
        self.unit_tag = "article"
        self.articles = 0

    # ----- text ---------------------------------------------------------------------------------
    def field(self, name: str) -> str:
        return name + "_zh" if self.lang == "zh" else name

    def inline(self, element, notes: list) -> str:
        """Text of an inline container; <ref> becomes a placeholder, a note is kept aside."""
        out = [element.text or ""]
        for child in element:
            name = local(child)
            if name == "ref":
                shown = norm("".join(child.itertext()))
                kind = (child.get("class") or "").split()
                self.refs.append((child.get("href", ""), "number" in kind, "digits" in kind, shown))
                out.append("{{ref:@%d}}" % (len(self.refs) - 1))
            elif name == "authorialNote":
                text = "\n\n".join(norm("".join(p.itertext())) for p in child if local(p)) or norm(
                    "".join(child.itertext()))
                notes.append(text)
                out.append(_MARK)
            elif name in INLINE_SKIP:
                pass
            elif name:
                out.append(self.inline(child, notes))
            out.append(child.tail or "")
        return "".join(out)

    def blocks(self, element, node: Node | None, field: str = "text") -> str:
        """Paragraph texts (<p> and other blocks) inside ``element``, separated by blank lines;
        footnotes go onto ``node``."""
        texts: list[str] = []
        for child in element:
            name = local(child)
            if name in ("p", "block", "blockContainer", "blockList", "ul", "ol", "tblock", "table"):
                if name == "table":
                    self.result.add("left-out", msg("a table (<table>) was left out; no place for it in a draft"),
                                    element.getparent().get("eId") or local(element))
                    continue
                if child.get("status") == "incomplete" and not "".join(child.itertext()).strip():
                    continue
                notes: list = []
                if name == "p":
                    raw = self.inline(child, notes)
                elif name in ("blockList", "ul", "ol"):      # each item a block of its own, label first
                    for item in child:
                        if local(item) in ("item", "li", "listIntroduction", "listWrapUp"):
                            num = next((c for c in item if local(c) == "num"), None)
                            label = norm("".join(num.itertext())) if num is not None else ""
                            body = norm(" ".join("".join(c.itertext()) for c in item if local(c) != "num")
                                        or "".join(item.itertext()))
                            if body or label:
                                texts.append(f"{label} {body}".strip())
                    continue
                else:
                    raw = " ".join(norm("".join(i.itertext())) for i in child.iter() if local(i) in ("p", "item"))
                text, marks = unmark(norm(raw))
                if not text and not marks:
                    continue
                offset = len("\n\n".join(texts)) + (2 if texts else 0)
                if node is not None:
                    for at, note in zip(marks, notes):
                        node.attrs.setdefault("notes", []).append(
                            {"text": note, "field": self.field(field), "at": at + offset})
                texts.append(text)
            elif name:
                self.result.add("left-out", msg("<{element}> was left out (no place for it in a draft)", element=name),
                                element.getparent().get("eId") or local(element))
        return "\n\n".join(texts)

    def set_text(self, node: Node, text: str) -> None:
        setattr(node, self.field("text"), text)

    def heading(self, node: Node, element) -> None:
        """<num> as the label template, <heading> as the title."""
        num = element.find(f"{{{etree.QName(element).namespace}}}num")
        heading = element.find(f"{{{etree.QName(element).namespace}}}heading")
        if heading is not None and not (self.lang == "zh" and heading.get(_XML_LANG, "").startswith("en")):
            notes: list = []
            title, _marks = unmark(norm(self.inline(heading, notes)))
            setattr(node, self.field("title"), title)
            for note in notes:
                node.attrs.setdefault("notes", []).append({"text": note, "field": self.field("title"),
                                                           "at": len(title)})
        if num is not None:
            printed = norm("".join(num.itertext()))
            self.label(node, printed)

    def label(self, node: Node, printed: str, depth: int = 0) -> None:
        template, value = parse_label(printed, "roman" if printed.strip("().").lower() in ("i", "v", "x") else "")
        if template != default_template(node, self.lang, depth):
            node.attrs[self.field("label")] = template
        return value

    def register(self, node: Node, element) -> None:
        for key in (element.get("eId"), element.get("wId"), element.get("id")):
            if key:
                self.by_eid.setdefault(key, node)

    # ----- hierarchy ------------------------------------------------------------------------------
    def alternative(self, element) -> None:
        content = next((c for c in element if local(c) == "content"), None)
        text = self.blocks(content, None) if content is not None else ""
        self.alts.setdefault(element.get("alternativeTo"), []).append(
            {"text": text, "status": "withdrawn" if element.get("status") == "removed" else "open"})

    def hier(self, element, kind: NodeKind, depth: int) -> Node:
        """A paragraph or sub-paragraph: num, then content, or intro + items + wrapUp."""
        num = next((c for c in element if local(c) == "num"), None)
        node = Node(kind=kind, numbered=num is not None)
        self.register(node, element)
        if num is not None:
            self.label(node, norm("".join(num.itertext())), depth)
        parts = []
        for child in element:
            name = local(child)
            if name in ("content", "intro"):
                parts.append(self.blocks(child, node))
            elif name == "wrapUp":
                closing = Node(kind=NodeKind.SUBPARAGRAPH, numbered=False)
                self.set_text(closing, self.blocks(child, closing))
                node.children.append(closing)
            elif name in UNITS and name != "list":
                if child.get("alternativeTo"):
                    self.alternative(child)
                else:
                    node.children.append(self.hier(child, NodeKind.SUBPARAGRAPH, depth + 1))
            elif name == "list":
                for sub in child:
                    sub_name = local(sub)
                    if sub_name == "intro":
                        parts.append(self.blocks(sub, node))
                    elif sub_name == "wrapUp":
                        closing = Node(kind=NodeKind.SUBPARAGRAPH, numbered=False)
                        self.set_text(closing, self.blocks(sub, closing))
                        node.children.append(closing)
                    elif sub_name in UNITS:
                        node.children.append(self.hier(sub, NodeKind.SUBPARAGRAPH, depth + 1))
            elif name in ("num", "heading", "subheading") or not name:
                continue
            else:
                self.result.add("left-out", msg("<{element}> was left out (no place for it in a draft)", element=name),
                                element.get("eId") or local(element))
        self.set_text(node, "\n\n".join(p for p in parts if p))
        return node

    def article(self, element) -> Node:
        article = Node(kind=NodeKind.ARTICLE)
        self.register(article, element)
        self.articles += 1
        self.heading(article, element)
        for child in element:
            name = local(child)
            if child.get("alternativeTo"):
                self.alternative(child)
            elif name in UNITS:
                article.children.append(self.hier(child, NodeKind.PARAGRAPH, 0))
            elif name in ("content", "intro", "wrapUp"):
                para = Node(kind=NodeKind.PARAGRAPH, numbered=False)
                text = self.blocks(child, para)
                if text:
                    self.set_text(para, text)
                    article.children.append(para)
            elif name in ("num", "heading", "subheading", "crossHeading") or not name:
                continue
            else:
                self.result.add("left-out", msg("<{element}> was left out (no place for it in a draft)", element=name),
                                element.get("eId") or local(element))
        return article

    def division(self, element) -> Node:
        node = Node(kind=NodeKind.CHAPTER)
        self.register(node, element)
        self.heading(node, element)
        if element.find(f"{{{etree.QName(element).namespace}}}num") is None:
            node.attrs["label"] = node.attrs["label_zh"] = ""
        elif "label" in node.attrs and "label_zh" not in node.attrs and self.lang == "en":
            from ..core.numbering import division_templates
            node.attrs["label_zh"] = division_templates(node.attrs["label"], "en")[1]
        return node

    def contents(self, container, holder: Node) -> None:
        """The children of a body, division or annex element, into ``holder``."""
        crossed: Node | None = None
        for child in container:
            name = local(child)
            target = crossed or holder
            if not name or name in ("num", "heading", "subheading"):
                continue
            if child.get("alternativeTo") and name != "article" and name not in UNITS:
                continue
            if name == self.unit_tag and not (name == "section" and child.find(".//" + child.tag) is not None):
                if child.get("alternativeTo"):
                    self.alternative(child)
                    continue
                target.children.append(self.article(child))
            elif name == "crossHeading" or (name == "hcontainer" and child.get("name") == "crossheading"):
                crossed = Node(kind=NodeKind.CHAPTER, attrs={"label": "", "label_zh": ""})
                self.register(crossed, child)
                setattr(crossed, self.field("title"), norm("".join(child.itertext())))
                holder.children.append(crossed)
            elif name in CONTAINERS:
                node = self.division(child)
                target.children.append(node)
                self.contents(child, node)
            elif name in UNITS:
                target.children.append(self.hier(child, NodeKind.PARAGRAPH, 0))
            elif name in ("intro", "wrapUp", "content", "p"):
                para = Node(kind=NodeKind.PARAGRAPH, numbered=False)
                self.set_text(para, self.blocks(child, para) if name != "p" else norm("".join(child.itertext())))
                if getattr(para, self.field("text")):
                    target.children.append(para)
            else:
                self.result.add("left-out", msg("<{element}> was left out (no place for it in a draft)", element=name),
                                child.get("eId") or local(container))
