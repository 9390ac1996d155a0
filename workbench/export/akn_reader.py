"""Akoma Ntoso 3.0 to a draft: structure, headings, texts, references by id, both languages.

Reads what ``akn_writer`` writes losslessly (the ``<proprietary>`` block restores provenance,
strength and alternatives) and, best effort, any AKN document with a preamble and a body of
chapters / parts and articles. Every node gets a new id; references are re-pointed to them.
"""
from __future__ import annotations

import json
import re

from lxml import etree

from ..core.messages import msg
from ..core.model import Draft, Node, NodeKind
from .akn_writer import AKN_NS, CLAUSE_HREF, TW_NS
from .importing import ImportFailure, ImportResult
from .safety import parse_xml

_A = "{%s}" % AKN_NS
_TW = "{%s}" % TW_NS
CONTAINERS = {"chapter", "part", "title", "section", "subchapter", "division", "book", "tome",
              "subpart", "subtitle", "subdivision", "hcontainer"}
DOC_TYPES = {"bill", "act", "doc", "statement", "debateReport", "amendment", "judgment",
             "portion", "debate", "officialGazette", "documentCollection", "amendmentList"}
INLINE_SKIP = {"authorialNote", "noteRef", "eol", "eop"}
PLACEHOLDER = re.compile(r"\{\{ref:@([^}|]+)(\|n)?\}\}")


def local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


class _Reader:
    """Builds a draft from one master expression, then lays a second language over it."""

    def __init__(self, result: ImportResult):
        self.result = result
        self.by_eid: dict[str, Node] = {}
        self.alts: dict[str, list[dict]] = {}
        self.lang = "en"

    # ----- text ---------------------------------------------------------------------------------
    def inline(self, element) -> str:
        """Text of an inline container; <ref> becomes a placeholder token resolved later."""
        out = [element.text or ""]
        for child in element:
            name = local(child)
            if name == "ref":
                href = child.get("href", "")
                number = "|n" if child.get("class") == "number" else ""
                if href.startswith("#"):
                    out.append("{{ref:@%s%s}}" % (href[1:], number))
                elif href.startswith(CLAUSE_HREF):
                    out.append("{{ref:%s%s}}" % (href[len(CLAUSE_HREF):], number))
                else:
                    out.append("".join(child.itertext()))
            elif name in INLINE_SKIP:
                if name == "authorialNote":
                    self.result.unmapped.append(f"a footnote in the text was left out: "
                                                f"“{' '.join(''.join(child.itertext()).split())[:60]}”")
            elif name:
                out.append(self.inline(child))
            out.append(child.tail or "")
        return "".join(out)

    def blocks(self, element) -> str:
        """Paragraph texts (<p> and other blocks) inside ``element``, separated by blank lines."""
        texts = []
        for child in element:
            name = local(child)
            if name in ("p", "block", "blockContainer"):
                if child.get("status") == "incomplete" and not "".join(child.itertext()).strip():
                    continue
                texts.append(" ".join(self.inline(child).split()) if name == "p"
                             else self.blocks(child) if name == "blockContainer"
                             else " ".join(self.inline(child).split()))
            elif name in ("blockList", "ul", "ol"):
                texts.extend(" ".join("".join(i.itertext()).split()) for i in child if local(i))
            elif name:
                self.result.unmapped.append(f"<{name}> in {element.getparent().get('eId') or local(element)} "
                                            "was left out (no place for it in a draft)")
        return "\n\n".join(t for t in texts if t)

    def set_text(self, node: Node, text: str) -> None:
        if self.lang == "zh":
            node.text_zh = text
        else:
            node.text = text

    def set_title(self, node: Node, element) -> None:
        heading = element.find(_A + "heading")
        marked = heading.get("{http://www.w3.org/XML/1998/namespace}lang", "") if heading is not None else ""
        if heading is not None and not (self.lang == "zh" and marked.startswith("en")):
            title = " ".join(self.inline(heading).split())
            if self.lang == "zh":
                node.title_zh = title
            else:
                node.title = title

    def register(self, node: Node, element) -> None:
        for key in (element.get("eId"), element.get("wId")):
            if key:
                self.by_eid.setdefault(key, node)

    # ----- structure --------------------------------------------------------------------------------
    def alternative(self, element) -> None:
        text = self.blocks(element.find(_A + "content")) if element.find(_A + "content") is not None else ""
        self.alts.setdefault(element.get("alternativeTo"), []).append(
            {"text": text, "status": "withdrawn" if element.get("status") == "removed" else "open"})

    def hier(self, element, kind: NodeKind) -> Node:
        node = Node(kind=kind, numbered=element.find(_A + "num") is not None or kind is not NodeKind.PARAGRAPH)
        self.register(node, element)
        parts = []
        for child in element:
            name = local(child)
            if name in ("content", "intro"):
                parts.append(self.blocks(child))
            elif name == "wrapUp":
                parts.append(self.blocks(child))
                self.result.notes.append(f"the closing words of {element.get('eId')} were added "
                                         "to its text")
            elif name in ("point", "indent", "subparagraph", "paragraph", "alinea", "item"):
                if child.get("alternativeTo"):
                    self.alternative(child)
                else:
                    node.children.append(self.hier(child, NodeKind.SUBPARAGRAPH))
            elif name == "list":
                for sub in child:
                    sub_name = local(sub)
                    if sub_name == "intro":
                        parts.append(self.blocks(sub))
                    elif sub_name in ("point", "indent", "item"):
                        node.children.append(self.hier(sub, NodeKind.SUBPARAGRAPH))
                    elif sub_name == "wrapUp":
                        parts.append(self.blocks(sub))
            elif name in ("num", "heading", "subheading") or not name:
                continue
            else:
                self.result.unmapped.append(f"<{name}> in {element.get('eId') or local(element)} was left out")
        self.set_text(node, "\n\n".join(p for p in parts if p))
        return node

    def article(self, element) -> Node:
        article = Node(kind=NodeKind.ARTICLE)
        self.register(article, element)
        self.set_title(article, element)
        for child in element:
            name = local(child)
            if name in ("paragraph", "alinea", "subparagraph", "clause", "point", "list"):
                if child.get("alternativeTo"):
                    self.alternative(child)
                    continue
                article.children.append(self.hier(child, NodeKind.PARAGRAPH))
            elif name in ("content", "intro"):
                text = self.blocks(child)
                if text:
                    para = Node(kind=NodeKind.PARAGRAPH, numbered=False)
                    self.set_text(para, text)
                    article.children.append(para)
            elif name in ("num", "heading", "subheading") or not name:
                continue
            else:
                self.result.unmapped.append(f"<{name}> in {element.get('eId') or 'an article'} was left out")
        return article

    def body(self, body, draft: Draft) -> None:
        def walk(container, chapter: Node | None) -> None:
            for child in container:
                name = local(child)
                if not name or child.get("alternativeTo") and name != "article":
                    continue
                if name == "article":
                    if child.get("alternativeTo"):
                        self.alternative(child)
                        continue
                    (chapter.children if chapter else draft.children).append(self.article(child))
                elif name in CONTAINERS:
                    if chapter is not None:
                        self.result.notes.append(f"<{name}> {child.get('eId') or ''} inside a chapter "
                                                 "was flattened into it")
                        walk(child, chapter)
                        continue
                    node = Node(kind=NodeKind.CHAPTER)
                    self.register(node, child)
                    self.set_title(node, child)
                    if not node.title and (num := child.find(_A + "num")) is not None:
                        node.title = " ".join("".join(num.itertext()).split())
                    draft.children.append(node)
                    walk(child, node)
                elif name in ("num", "heading", "subheading", "intro", "wrapUp", "content"):
                    text = self.blocks(child) if name != "num" and name != "heading" else ""
                    if text and name != "heading":
                        self.result.unmapped.append(f"text outside any article was left out: “{text[:60]}”")
                else:
                    self.result.unmapped.append(f"<{name}> {child.get('eId') or ''} was left out")
        walk(body, None)

    def preamble(self, element, draft: Draft) -> None:
        preamble = Node(kind=NodeKind.PREAMBLE, title="Preamble", title_zh="序言")
        self.register(preamble, element)
        recitals = element.find(_A + "recitals")
        containers = [recitals] if recitals is not None else [element]
        if recitals is not None and recitals.find(_A + "heading") is not None:
            self.set_title(preamble, recitals)
        for container in containers:
            for child in container:
                name = local(child)
                if name == "recital":
                    if child.get("alternativeTo"):
                        self.alternative(child)
                        continue
                    recital = Node(kind=NodeKind.RECITAL)
                    self.register(recital, child)
                    self.set_text(recital, self.blocks(child))
                    preamble.children.append(recital)
                elif name in ("p", "formula", "citations", "blockContainer"):
                    text = " ".join("".join(child.itertext()).split())
                    if text:
                        recital = Node(kind=NodeKind.RECITAL)
                        self.set_text(recital, text)
                        preamble.children.append(recital)
                elif name and name not in ("heading", "num", "intro"):
                    self.result.unmapped.append(f"<{name}> in the preamble was left out")
        draft.children.insert(0, preamble)

    def document(self, doc) -> Draft:
        draft = Draft(title="")
        title = doc.find(f".//{_A}preface//{_A}docTitle")
        if title is None:
            title = doc.find(f".//{_A}docTitle")
        if title is not None:
            text = " ".join("".join(title.itertext()).split())
            if self.lang == "zh":
                draft.title_zh = text
            else:
                draft.title = text
        for child in doc:
            name = local(child)
            if name == "preamble":
                self.preamble(child, draft)
            elif name in ("body", "mainBody"):
                self.body(child, draft)
            elif name == "conclusions":
                text = self.blocks(child)
                if text:
                    draft.meta["closing_zh" if self.lang == "zh" else "closing"] = text
            elif name in ("attachments", "components"):
                self.result.unmapped.append(f"<{name}> (annexes) were left out")
        return draft

    # ----- second language and metadata ---------------------------------------------------------------
    def overlay(self, doc, draft: Draft, lang: str) -> None:
        """Lay the texts of another language expression over the master draft, matched by wId."""
        other = _Reader(self.result)
        other.lang = lang
        twin = other.document(doc)
        if lang == "zh" and twin.title_zh:
            draft.title_zh = twin.title_zh
        if twin.meta.get("closing_zh"):
            draft.meta["closing_zh"] = twin.meta["closing_zh"]
        seen = set()
        for key, node in other.by_eid.items():
            target = self.by_eid.get(key)
            if target is None or id(node) in seen:
                continue
            seen.add(id(node))
            target.text_zh = node.text_zh
            target.title_zh = node.title_zh or target.title_zh
        for node in twin.walk():
            if id(node) not in seen and node.text_zh:
                self.result.unmapped.append(f"Chinese text with no English counterpart: “{node.text_zh[:40]}”")

    def restore(self, doc, draft: Draft) -> None:
        """Workbench data kept in <proprietary>: provenance, strength, numbering, alternatives."""
        prop = doc.find(f"{_A}meta/{_A}proprietary/{_TW}draft")
        if prop is None:
            return
        meta = prop.find(_TW + "meta")
        if meta is not None and meta.text:
            try:
                draft.meta.update(json.loads(meta.text))
            except ValueError:
                self.result.unmapped.append("the workbench metadata block is damaged and was skipped")
        for item in prop.iter(_TW + "node"):
            node = self.by_eid.get(item.get("eId", ""))
            if node is None:
                continue
            node.derived_from = item.get("derivedFrom") or node.derived_from
            node.strength = item.get("strength", node.strength)
            if item.get("numbered") == "false":
                node.numbered = False
            if item.text:
                try:
                    node.attrs = json.loads(item.text)
                except ValueError:
                    self.result.unmapped.append(f"the workbench data of {item.get('eId')} is damaged")

    def resolve_refs(self, draft: Draft) -> None:
        def swap(match):
            key = match.group(1)
            node = self.by_eid.get(key) or self.by_eid.get(re.sub(r"^cmp_[A-Za-z]+__", "", key))
            if node is None or node.kind is not NodeKind.ARTICLE:
                self.result.unmapped.append(f"a reference to #{match.group(1)} points to no article; "
                                            "kept as plain text")
                return match.group(1)
            return "{{ref:%s%s}}" % (node.id, match.group(2) or "")

        for node in draft.walk():
            if "{{ref:@" in node.text:
                node.text = PLACEHOLDER.sub(swap, node.text)
            if "{{ref:@" in node.text_zh:
                node.text_zh = PLACEHOLDER.sub(swap, node.text_zh)

    def attach_alternatives(self) -> None:
        for eid, options in self.alts.items():
            node = self.by_eid.get(eid or "")
            if node is not None and "alternatives" not in node.attrs:
                node.attrs["alternatives"] = options


def _language(doc) -> str:
    lang = doc.find(f"{_A}meta/{_A}identification/{_A}FRBRExpression/{_A}FRBRlanguage")
    code = (lang.get("language", "") if lang is not None else "").lower()
    return "zh" if code in ("zho", "chi", "zh", "zh-cn", "cmn") else "en"


def read_akn(data: bytes) -> ImportResult:
    """A draft from Akoma Ntoso XML bytes (refused if unsafe or not Akoma Ntoso)."""
    root = parse_xml(data, msg("Akoma Ntoso document"))
    if local(root) != "akomaNtoso":
        raise ImportFailure(msg("not an Akoma Ntoso document (the root element is <{element}>)", element=local(root)))
    if root.nsmap.get(None) != AKN_NS and etree.QName(root).namespace != AKN_NS:
        raise ImportFailure(msg("this Akoma Ntoso document uses another version's namespace ({namespace}); only 3.0 "
                                "is read", namespace=etree.QName(root).namespace))
    docs = [child for child in root if local(child) in DOC_TYPES]
    if not docs:
        raise ImportFailure(msg("the Akoma Ntoso document holds no document (bill, act, doc …)"))
    if local(docs[0]) == "documentCollection":
        docs = [c for comp in docs[0].iter(_A + "component") for c in comp if local(c) in DOC_TYPES]
        if not docs:
            raise ImportFailure(msg("the document collection holds no embedded document"))
    result = ImportResult(draft=Draft(title=""), source_format="Akoma Ntoso 3.0")
    master = next((d for d in docs if _language(d) == "en"), docs[0])
    reader = _Reader(result)
    reader.lang = _language(master)
    draft = reader.document(master)
    if reader.lang == "zh" and not draft.title:
        draft.title = draft.title_zh
    for doc in docs:
        if doc is not master:
            if _language(doc) == "zh" and reader.lang == "en":
                reader.overlay(doc, draft, "zh")
            else:
                result.unmapped.append(f"a further <{local(doc)}> in the collection was left out")
    reader.restore(master, draft)
    reader.attach_alternatives()
    reader.resolve_refs(draft)
    result.draft = draft
    return result
