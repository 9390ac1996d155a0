"""Akoma Ntoso to a draft: structure, headings, texts, annexes, closing, references by id, both languages.

Reads what ``akn_writer`` writes losslessly (the ``<proprietary>`` block restores provenance,
strength, label templates and alternatives) and any publisher's act, bill or doc (see
``akn_body``): divisions, articles or sections, ``<conclusions>`` as the closing formula,
``<attachments>`` as annexes. Documents in the namespaces of Akoma Ntoso 1.0 and 2.0 (and the
3.0 drafts) are read as 3.0, with a note; a document with nothing to read as articles is
refused with a message saying what is supported. Every node gets a new id; references are
re-pointed to them.
"""
from __future__ import annotations

import json
import re

from lxml import etree

from ..core.labels import NUMBER_WORD_PATTERN
from ..core.messages import msg
from ..core.model import Draft, Node, NodeKind
from ..core.numbering import division_templates
from .akn_body import Structure, local, norm, unmark
from .akn_writer import AKN_NS, CLAUSE_HREF, TW_NS
from .import_result import ImportFailure, ImportResult
from .ooxml import is_cjk
from .safety import parse_xml

_A = "{%s}" % AKN_NS
_TW = "{%s}" % TW_NS
DOC_TYPES = {"bill", "act", "doc", "statement", "debateReport", "amendment", "judgment",
             "portion", "debate", "officialGazette", "documentCollection", "amendmentList"}
PLACEHOLDER = re.compile(r"\{\{ref:@(\d+)\}\}")
#: Namespaces of earlier Akoma Ntoso versions, and how the drafter knows them.
OLD_VERSIONS = {"http://www.akomantoso.org/1.0": "1.0", "http://www.akomantoso.org/2.0": "2.0"}
SUPPORTED = msg("this program reads Akoma Ntoso 3.0 (and, as 3.0, versions 1.0 and 2.0) bills, acts and "
                "documents whose body holds <article> or <section> elements, in parts, chapters or "
                "other divisions")


def _version(namespace: str) -> str | None:
    """'3.0', '2.0', '1.0', '3.0 draft (CSD13)', or None for a namespace that is not Akoma Ntoso."""
    if namespace == AKN_NS:
        return "3.0"
    if namespace in OLD_VERSIONS:
        return OLD_VERSIONS[namespace]
    if namespace.startswith(AKN_NS + "/"):
        return "3.0 draft (" + namespace[len(AKN_NS) + 1:] + ")"
    match = re.match(r"^http://www\.akomantoso\.org/(\d+\.\d+)", namespace or "")
    return match.group(1) if match else None


def _as_current(root) -> None:
    """Put every element of an earlier version into the 3.0 namespace (the names are the same)."""
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = _A + etree.QName(element).localname


class _Reader(Structure):
    """Builds a draft from one expression (the master), then lays a second language over it."""

    def document(self, doc) -> Draft:
        draft = Draft(title="")
        title = doc.find(f".//{_A}preface//{_A}docTitle")
        if title is None:
            title = next((t for t in doc.iter(_A + "docTitle") if t.getparent().getparent() is not None), None)
        text = norm("".join(title.itertext())) if title is not None else ""
        if not text:
            alias = doc.find(f"{_A}meta/{_A}identification/{_A}FRBRWork/{_A}FRBRalias")
            text = alias.get("value", "") if alias is not None else ""
        setattr(draft, self.field("title"), text)
        body = next((c for c in doc if local(c) in ("body", "mainBody")), None)
        if body is not None and body.find(f".//{_A}article") is None and body.find(f".//{_A}section") is not None:
            self.unit_tag = "section"                 # an act: its (innermost) sections are its articles
        holder = Node(kind=NodeKind.CHAPTER)
        for child in doc:
            name = local(child)
            if name == "preamble":
                draft.children.append(self.preamble(child))
            elif name in ("body", "mainBody"):
                self.contents(child, holder)
            elif name == "conclusions":
                closing = self.closing(child)
                if closing.children:
                    holder.children.append(closing)
            elif name == "attachments":
                for attachment in child:
                    annex = self.annex(attachment)
                    if annex is not None:
                        holder.children.append(annex)
            elif name == "components":
                self.result.add("left-out", msg("<components> were left out"), name)
        draft.children.extend(self.units(holder.children, draft))
        return draft

    def units(self, nodes: list[Node], draft: Draft) -> list[Node]:
        """Paragraphs standing in the body itself: numbered ones (a resolution's operative
        paragraphs) become articles as in a Word file, the text before them the preamble's."""
        if not any(n.kind is NodeKind.PARAGRAPH for n in nodes):
            return nodes
        out: list[Node] = []
        article: Node | None = None
        for node in nodes:
            if node.kind is not NodeKind.PARAGRAPH:
                out.append(node)
                article = node if node.kind is NodeKind.ARTICLE else None
                continue
            if node.numbered and not any(n.kind is NodeKind.ARTICLE for n in nodes):
                article = Node(kind=NodeKind.ARTICLE)
                for name in ("label", "label_zh"):
                    if name in node.attrs:
                        article.attrs[name] = node.attrs.pop(name)
                if "label" not in article.attrs:
                    article.attrs["label"] = "{1}."
                node.numbered = False
                article.children.append(node)
                self.by_eid.update({k: article for k, v in self.by_eid.items() if v is node})
                out.append(article)
            elif article is not None and article.kind is NodeKind.ARTICLE:
                article.children.append(node)
            else:
                preamble = draft.preamble()
                if preamble is None:
                    preamble = Node(kind=NodeKind.PREAMBLE, title="Preamble", title_zh="序言")
                    draft.children.insert(0, preamble)
                preamble.children.append(Node(kind=NodeKind.RECITAL, text=node.text, text_zh=node.text_zh))
                self.result.add("moved", msg("text before the first article was read as a recital"),
                                text=node.text or node.text_zh)
        return out

    def preamble(self, element) -> Node:
        preamble = Node(kind=NodeKind.PREAMBLE, title="Preamble", title_zh="序言")
        self.register(preamble, element)
        recitals = element.find(_A + "recitals")
        containers = [recitals] if recitals is not None else [element]
        if recitals is not None and recitals.find(_A + "heading") is not None:
            self.heading(preamble, recitals)
        for container in containers:
            for child in container:
                name = local(child)
                if name == "recital":
                    if child.get("alternativeTo"):
                        self.alternative(child)
                        continue
                    recital = Node(kind=NodeKind.RECITAL)
                    self.register(recital, child)
                    self.set_text(recital, self.blocks(child, recital))
                    preamble.children.append(recital)
                elif name in ("p", "formula", "citations", "blockContainer"):
                    text = norm("".join(child.itertext()))
                    if text:
                        recital = Node(kind=NodeKind.RECITAL)
                        self.set_text(recital, text)
                        preamble.children.append(recital)
                elif name and name not in ("heading", "num", "intro"):
                    self.result.add("left-out", msg("<{element}> in the preamble was left out", element=name))
        return preamble

    def closing(self, element) -> Node:
        closing = Node(kind=NodeKind.CLOSING)
        self.register(closing, element)
        for child in element:
            name = local(child)
            if not name:
                continue
            para = Node(kind=NodeKind.PARAGRAPH, numbered=False)
            self.register(para, child)
            if name == "p":
                notes: list = []
                text, marks = unmark(norm(self.inline(child, notes)))
                for at, note in zip(marks, notes):
                    para.attrs.setdefault("notes", []).append({"text": note, "field": self.field("text"), "at": at})
            else:
                text = norm("".join(child.itertext()))
            if text or child.get("eId"):
                self.set_text(para, text)
                closing.children.append(para)
        return closing

    def annex(self, attachment) -> Node | None:
        doc = next((c for c in attachment if local(c) in DOC_TYPES), None)
        if doc is None:
            self.result.add("left-out", msg("an attachment with no document was left out"),
                            attachment.get("eId") or "attachment")
            return None
        annex = Node(kind=NodeKind.ANNEX)
        self.register(annex, attachment)
        number = doc.find(f".//{_A}preface//{_A}docNumber")
        title = doc.find(f".//{_A}preface//{_A}docTitle")
        label = norm("".join(number.itertext())) if number is not None else ""
        notes: list = []
        heading = ""
        if title is not None:
            heading, _marks = unmark(norm(self.inline(title, notes)))
        if not label and not heading:
            alias = doc.find(f"{_A}meta/{_A}identification/{_A}FRBRWork/{_A}FRBRalias")
            heading = alias.get("value", "") if alias is not None else doc.get("name", "").capitalize()
        setattr(annex, self.field("title"), heading)
        for note in notes:
            annex.attrs.setdefault("notes", []).append({"text": note, "field": self.field("title"),
                                                        "at": len(heading)})
        if label:
            self.label(annex, label)
            if self.lang == "en" and "label" in annex.attrs:
                annex.attrs["label_zh"] = division_templates(annex.attrs["label"], "en")[1]
        else:
            annex.attrs["label"] = annex.attrs["label_zh"] = ""
        body = next((c for c in doc if local(c) in ("body", "mainBody")), None)
        if body is not None:
            saved, self.unit_tag = self.unit_tag, "\u0000"          # an annex holds no treaty articles
            self.contents(body, annex)
            self.unit_tag = saved
        return annex

    # ----- second language and metadata ---------------------------------------------------------------
    def overlay(self, doc, draft: Draft) -> None:
        """Lay the Chinese expression's texts over the master draft, matched by wId."""
        other = _Reader(self.result, "zh")
        other.refs = self.refs
        twin = other.document(doc)
        if twin.title_zh and twin.title_zh != draft.title:      # (the English title stands in for a missing one)
            draft.title_zh = twin.title_zh
        seen = set()
        for key, node in other.by_eid.items():
            target = self.by_eid.get(key)
            if target is None or id(node) in seen:
                continue
            seen.add(id(node))
            target.text_zh = node.text_zh
            target.title_zh = node.title_zh or target.title_zh
            for name in ("label_zh",):
                if name in node.attrs:
                    target.attrs[name] = node.attrs[name]
            notes = [n for n in node.attrs.get("notes", []) if n["field"].endswith("_zh")]
            if notes:
                target.attrs.setdefault("notes", []).extend(notes)
        for node in twin.walk():
            if id(node) not in seen and node.text_zh:
                self.result.add("left-out", msg("Chinese text with no English counterpart was left out"),
                                text=node.text_zh)

    def restore(self, doc, draft: Draft) -> bool:
        """Workbench data kept in <proprietary>: provenance, strength, labels, alternatives."""
        prop = doc.find(f"{_A}meta/{_A}proprietary/{_TW}draft")
        if prop is None:
            return False
        meta = prop.find(_TW + "meta")
        if meta is not None and meta.text:
            try:
                draft.meta.update(json.loads(meta.text))
            except ValueError:
                self.result.add("left-out", msg("the workbench metadata block is damaged and was skipped"))
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
                    self.result.add("left-out", msg("the workbench data of {element} is damaged",
                                                    element=item.get("eId")))
            elif node.attrs:
                node.attrs = {}
        return True

    def resolve_refs(self, draft: Draft, work: str) -> None:
        def swap(match):
            href, number_only, digits, shown = self.refs[int(match.group(1))]
            if href.startswith(CLAUSE_HREF):
                return "{{ref:%s%s}}" % (href[len(CLAUSE_HREF):], "|n" if number_only else "")
            key = href[1:] if href.startswith("#") else (href.split("~", 1)[1] if "~" in href and work and
                                                           href.split("~", 1)[0].startswith(work) else "")
            node = self.by_eid.get(key) or self.by_eid.get(re.sub(r"^cmp_[A-Za-z]+__", "", key))
            if node is None or node.kind is not NodeKind.ARTICLE:
                if key:
                    self.result.add("as-text", msg("a reference to {target} points to no article; kept as text",
                                                   target=href), text=shown)
                return shown
            flags = ("|n" if number_only else "") + ("|d" if digits and number_only else "")
            if number_only or re.match(r"^(?:Article|ARTICLE|Art\.)\s*\d", shown) or re.match(r"^第.+条$", shown) \
                    or re.fullmatch(r"(?:Article|ARTICLE)\s+(?i:" + NUMBER_WORD_PATTERN + ")", shown):   # "Article Four"
                return "{{ref:%s%s}}" % (node.id, flags)
            head = re.match(r"^(.*?)(\d+)$", shown)
            if head:                 # "section 2": the word as printed, the number following moves
                return head.group(1) + "{{ref:%s|n}}" % node.id
            return shown

        for node in draft.walk():
            for name in ("text", "text_zh"):
                value = getattr(node, name)
                if "{{ref:@" in value:
                    setattr(node, name, PLACEHOLDER.sub(swap, value))

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
    """A draft from Akoma Ntoso XML bytes (refused if unsafe, not Akoma Ntoso or with nothing to read)."""
    root = parse_xml(data, msg("Akoma Ntoso document"))
    namespace = etree.QName(root).namespace or ""
    version = _version(namespace)
    if local(root).lower() != "akomantoso" or version is None:
        if version is not None or "akomantoso" in namespace.lower():
            raise ImportFailure(msg("an Akoma Ntoso document must start with <akomaNtoso>, not <{element}>; {supported}",
                                    element=local(root), supported=SUPPORTED))
        raise ImportFailure(msg("not an Akoma Ntoso document (the root element is <{element}> in the namespace "
                                "“{namespace}”); {supported}", element=local(root), namespace=namespace or "none",
                                supported=SUPPORTED))
    result = ImportResult(draft=Draft(title=""), source_format=msg("Akoma Ntoso {version}", version=version))
    if version != "3.0":
        _as_current(root)
        result.add("note", msg("an Akoma Ntoso {version} document, read as Akoma Ntoso 3.0 (the element names "
                               "are the same)", version=version))
    docs = [child for child in root if local(child) in DOC_TYPES]
    if not docs:
        raise ImportFailure(msg("the Akoma Ntoso {version} document holds no document (bill, act, doc …); {supported}",
                                version=version, supported=SUPPORTED))
    if local(docs[0]) == "documentCollection":
        docs = [c for comp in docs[0].iter(_A + "component") for c in comp if local(c) in DOC_TYPES]
        if not docs:
            raise ImportFailure(msg("the document collection holds no embedded document"))
    master = next((d for d in docs if _language(d) == "en"), docs[0])
    reader = _Reader(result, _language(master))
    draft = reader.document(master)
    if reader.lang == "zh" and not draft.title:
        draft.title = draft.title_zh
    if is_cjk(draft.title) and not draft.title_zh:
        draft.title_zh = draft.title
    for doc in docs:
        if doc is not master:
            if _language(doc) == "zh" and reader.lang == "en":
                reader.overlay(doc, draft)
            else:
                result.add("left-out", msg("a further <{element}> in the collection was left out", element=local(doc)))
    own = reader.restore(master, draft)
    if not own and not draft.articles():
        raise ImportFailure(msg("the Akoma Ntoso {version} <{element}> holds no articles or sections to import; "
                                "{supported}", version=version, element=local(master), supported=SUPPORTED))
    reader.attach_alternatives()
    work = master.find(f"{_A}meta/{_A}identification/{_A}FRBRWork/{_A}FRBRuri")
    reader.resolve_refs(draft, work.get("value", "") if work is not None else "")
    result.draft = draft
    return result
