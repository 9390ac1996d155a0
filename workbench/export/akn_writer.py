"""A draft as Akoma Ntoso 3.0 (OASIS LegalDocML), valid against the strict ``akomantoso30.xsd``.

A draft is a ``<bill name="treaty">`` (a text still being negotiated). eIds follow the naming
convention (``chp_1``, ``art_12``, ``art_12__para_1``, ``art_12__para_1__point_a``); every element
also carries the draft's stable node id as ``GUID``; cross-references are ``<ref href="#art_12">``.

Both languages: one file holding a ``<documentCollection>`` with one ``<component>`` per
language, each a complete ``<bill>`` expression of the same Work (FRBRlanguage ``eng`` / ``zho``).
The English expression is the master: its eIds are the canonical ones. The schema requires
eIds unique across the whole file, so the Chinese expression's eIds are prefixed with its
component (``cmp_zho__art_12``) and its ``wId`` gives the master's id (``art_12``), which is what
``wId`` is for; its FRBRmasterExpression points to the English expression.

Alternatives (brackets) use the standard's own means: each alternative is a sibling element of
the same kind with ``@alternativeTo`` naming the main element's eId, and who proposed, supports
or opposes it is a ``<note>`` of ``<opinion by="#party" type="agreeing|dissenting">`` elements.
What the standard has no place for (obligation strength, provenance, raw alternatives data) is
kept in ``<proprietary>`` under the workbench's namespace, so export-then-import is lossless.
"""
from __future__ import annotations

import json
import re

from lxml import etree

from ..core.text import clean_draft
from ..core.model import Draft, Node, NodeKind
from ..core.numbering import Numbering
from ..core.references import TOKEN_RE, Resolver
from ..core.structure import closing_blocks, notes_of
from .akn_ids import assign_eids, division_element
from .common import ExportOptions, alternatives, fallback_note
from .ooxml import atomic_write

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
TW_NS = "urn:treaty-workbench:akn:1"
CLAUSE_HREF = "/akn/treaty-workbench/clause/"
_A = "{%s}" % AKN_NS
_TW = "{%s}" % TW_NS
LANG3 = {"en": "eng", "zh": "zho"}
_BLOCKS = re.compile(r"\n\s*\n")


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60] or "draft"


def _el(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    element = etree.SubElement(parent, _A + tag, {k.rstrip("_"): v for k, v in attrs.items() if v is not None})
    if text:
        element.text = text
    return element


class _Expression:
    """Writes one language expression of a draft as a ``<bill>`` element."""

    def __init__(self, draft: Draft, options: ExportOptions, lang: str, prefix: str = "",
                 master_uri: str = ""):
        self.draft, self.o, self.lang, self.prefix, self.master_uri = draft, options, lang, prefix, master_uri
        self.numbering = Numbering.of(draft)
        self.resolver = Resolver(draft, self.numbering, options.clause_labels)
        self.eids: dict[str, str] = {}       # node id -> eId without prefix
        self.parties: dict[str, str] = {}    # party name -> TLC eId
        self.notes: list[tuple[str, list]] = []
        self.note_count = 0
        self._assign_eids()

    # ----- ids --------------------------------------------------------------------------------
    def _assign_eids(self) -> None:
        self.eids = assign_eids(self.draft, self.numbering)

    def eid(self, node: Node) -> str:
        return self.prefix + self.eids[node.id]

    def common(self, node: Node) -> dict:
        attrs = {"eId": self.eid(node), "wId": self.eids[node.id] if self.prefix else None}
        if not self.prefix:
            attrs["GUID"] = node.id
        return attrs

    # ----- text ---------------------------------------------------------------------------------
    def text_of(self, node: Node) -> str:
        return node.text_zh if self.lang == "zh" else node.text

    def inline(self, parent, raw: str, notes: list[tuple[int, str]] = ()) -> None:
        """Fill ``parent`` (a <p>) with text; reference tokens become <ref> elements, footnotes
        (offset in ``raw``, text) <authorialNote> elements where their marks stood."""
        if notes:
            pos = 0
            for at, text in sorted(notes):
                at = max(pos, min(at, len(raw)))
                self.inline(parent, raw[pos:at])
                self.note_count += 1
                note = _el(parent, "authorialNote", marker=str(self.note_count), placement="bottom",
                           eId=f"{self.prefix}fnt_{self.note_count}")
                for block in [b for b in _BLOCKS.split(text) if b.strip()] or [""]:
                    _el(note, "p", block)
                pos = at
            self.inline(parent, raw[pos:])
            return
        last = parent[-1] if len(parent) else None
        pos = 0
        for match in TOKEN_RE.finditer(raw):
            chunk = raw[pos:match.start()]
            if last is None:
                parent.text = (parent.text or "") + chunk
            else:
                last.tail = (last.tail or "") + chunk
            target, number_only, digits = match.group(1), bool(match.group(2)), bool(match.group(3))
            shown = self.resolver.render_target(target, self.lang, number_only, digits)
            article_id = self.resolver.article_id(target)
            href = ("#" + self.prefix + self.eids[article_id]) if article_id else CLAUSE_HREF + target
            last = _el(parent, "ref", shown, href=href,
                       class_=("number digits" if digits else "number") if number_only else None)
            pos = match.end()
        rest = raw[pos:]
        if last is None:
            parent.text = (parent.text or "") + rest
        else:
            last.tail = (last.tail or "") + rest

    def paragraphs(self, parent, raw: str, node: Node | None = None) -> None:
        """One <p> per block of ``raw`` (``node``'s footnotes in their places)."""
        field = "text_zh" if self.lang == "zh" else "text"
        notes = [(n.get("at", 0), n.get("text", "")) for n in notes_of(node, field)] if node is not None else []
        blocks, start = [], 0
        for match in _BLOCKS.finditer((raw or "") + "\n\n"):
            block = raw[start:match.start()]
            mine = [(at - start, text) for at, text in notes if start <= at <= match.start()]
            notes = [(at, text) for at, text in notes if not start <= at <= match.start()]
            if block.strip() or mine:
                blocks.append((block, mine))
            start = match.end()
        if not blocks:
            _el(parent, "p", status="incomplete")
            return
        for block, mine in blocks:
            self.inline(_el(parent, "p"), block, mine)

    # ----- structure ---------------------------------------------------------------------------------
    def heading(self, parent, node: Node, with_num: bool = True) -> None:
        label = self.numbering.label(node, self.lang)
        if with_num and label:
            _el(parent, "num", label)
        if self.lang == "zh" and not node.title_zh and node.title:
            # no Chinese heading: the English one, marked as such (readers skip it as Chinese)
            _el(parent, "heading", node.title).set("{http://www.w3.org/XML/1998/namespace}lang", "en")
            return
        title = node.title_zh if self.lang == "zh" else node.title
        notes = [(len(title), n.get("text", "")) for n in notes_of(node, "title_zh" if self.lang == "zh" else "title")]
        if title or notes:
            self.inline(_el(parent, "heading"), title, notes)

    def hier(self, parent, node: Node, tag: str) -> None:
        """A paragraph or point: num, then content, or intro + points."""
        element = _el(parent, tag, **self.common(node))
        label = self.numbering.label(node, self.lang)
        if label:
            _el(element, "num", label)
        if node.children:
            if node.text or node.text_zh:   # same structure in both languages
                self.paragraphs(_el(element, "intro"), self.text_of(node), node)
            for child in node.children:
                self.hier(element, child, "point")
        else:
            self.paragraphs(_el(element, "content"), self.text_of(node), node)
        self.alternatives(parent, node, tag, label)

    def alternatives(self, parent, node: Node, tag: str, label: str) -> None:
        for k, option in enumerate(alternatives(node)[1:], start=1):
            eid = f"{self.eid(node)}__alt_{k}"
            alt = _el(parent, tag, eId=eid, alternativeTo=self.eid(node),
                      status="removed" if option.status == "withdrawn" else None)
            if label:
                _el(alt, "num", label)
            text = (option.text_zh or "") if self.lang == "zh" else option.text
            self.paragraphs(_el(alt, "content"), text)
            opinions = [(option.proposer, "agreeing", "proposed by"), ] if option.proposer else []
            opinions += [(p, "agreeing", "supported by") for p in option.supporters]
            opinions += [(p, "dissenting", "opposed by") for p in option.opponents]
            if opinions:
                self.notes.append((eid, opinions))

    def article(self, parent, article: Node) -> None:
        element = _el(parent, "article", **self.common(article))
        self.heading(element, article)
        if not article.children:
            _el(_el(element, "content"), "p")
        for para in article.children:
            self.hier(element, para, "paragraph")
        self.alternatives(parent, article, "article", "")

    def contents(self, parent, nodes: list[Node]) -> None:
        """Divisions, articles and paragraphs of the body, a division or an annex, in order."""
        for node in nodes:
            if node.kind is NodeKind.CHAPTER:
                element = division_element(node)
                extra = {"name": "division"} if element == "hcontainer" else {}
                division = _el(parent, element, **self.common(node), **extra)
                self.heading(division, node)
                if not node.children:
                    _el(_el(division, "content"), "p")
                self.contents(division, node.children)
            elif node.kind is NodeKind.ARTICLE:
                self.article(parent, node)
            elif node.kind is NodeKind.PARAGRAPH:
                self.hier(parent, node, "paragraph")

    def conclusions(self, bill) -> None:
        """The closing formula and signature block, one <p> each."""
        node = self.draft.closing()
        if node is not None:
            paras = node.children          # every one, empty or not, so the languages line up by eId
            if not any(p.text or p.text_zh for p in paras):
                return
            conclusions = _el(bill, "conclusions", eId=self.prefix + self.eids[node.id])
            for para in paras:
                field = "text_zh" if self.lang == "zh" else "text"
                notes = [(n.get("at", 0), n.get("text", "")) for n in notes_of(para, field)]
                self.inline(_el(conclusions, "p", **self.common(para)), self.text_of(para), notes)
            return
        blocks = [zh if self.lang == "zh" else en for en, zh in closing_blocks(self.draft)]
        blocks = [b for b in blocks if b]
        if blocks:
            conclusions = _el(bill, "conclusions", eId=self.prefix + "conclusions")
            for block in blocks:
                _el(conclusions, "p", block)

    def annex(self, attachments, annex: Node) -> None:
        """An annex as an attached document: its label and title, then its contents."""
        attachment = _el(attachments, "attachment", **self.common(annex))
        doc = _el(attachment, "doc", name="annex")
        work, expression, _ = self.uris()
        mark = self.eids[annex.id]
        ident = _el(_el(doc, "meta"), "identification", source="#workbench")
        for level, uri in (("FRBRWork", f"{work}/!{mark}"), ("FRBRExpression", f"{expression}/!{mark}"),
                           ("FRBRManifestation", f"{expression}/!{mark}.xml")):
            frbr = _el(ident, level)
            _el(frbr, "FRBRthis", value=uri)
            _el(frbr, "FRBRuri", value=uri)
            _el(frbr, "FRBRdate", date=self.o.iso_date(), name="generation")
            _el(frbr, "FRBRauthor", href="#workbench")
            if level == "FRBRWork":
                _el(frbr, "FRBRcountry", value="int")
            if level == "FRBRExpression":
                _el(frbr, "FRBRlanguage", language=LANG3[self.lang])
        label = self.numbering.label(annex, self.lang)
        title = annex.title_zh if self.lang == "zh" else annex.title
        p = _el(_el(_el(doc, "preface"), "longTitle", eId=self.prefix + mark + "__longTitle"), "p")
        if label:
            _el(p, "docNumber", label)
        if title or not label:
            heading = _el(p, "docTitle")
            notes = [(len(title), n.get("text", "")) for n in notes_of(annex, "title_zh" if self.lang == "zh" else "title")]
            self.inline(heading, title or "", notes)
            if label:
                p[0].tail = " "
        body = _el(doc, "mainBody")
        self.contents(body, annex.children)
        if not len(body):
            _el(body, "p")

    def party(self, name: str) -> str:
        if name not in self.parties:
            base = "party-" + _slug(name)
            eid, n = base, 1
            while eid in self.parties.values():
                n += 1
                eid = f"{base}-{n}"
            self.parties[name] = eid
        return self.parties[name]

    # ----- the document ---------------------------------------------------------------------------------
    def bill(self, parent) -> etree._Element:
        bill = _el(parent, "bill", name="treaty")
        meta = _el(bill, "meta")
        self.preface(bill)
        preamble = self.draft.preamble()
        if preamble is not None:
            pre = _el(bill, "preamble", **self.common(preamble))
            recitals = _el(pre, "recitals", eId=self.prefix + "recs")
            if preamble.title or preamble.title_zh:
                _el(recitals, "heading", (preamble.title_zh or "序言") if self.lang == "zh" else preamble.title)
            if not preamble.children:
                _el(_el(recitals, "recital", eId=self.prefix + "recs__rec_0"), "p")
            for recital in preamble.children:
                element = _el(recitals, "recital", **self.common(recital))
                self.paragraphs(element, self.text_of(recital), recital)
                self.alternatives(recitals, recital, "recital", "")
        body = _el(bill, "body")
        self.contents(body, self.draft.children)
        if not len(body):
            _el(_el(body, "article", eId=self.prefix + "art_0"), "content").append(etree.Element(_A + "p"))
        self.conclusions(bill)
        annexes = self.draft.annexes()
        if annexes:
            attachments = _el(bill, "attachments")
            for annex in annexes:
                self.annex(attachments, annex)
        self.metadata(meta)
        return bill

    def preface(self, bill) -> None:
        preface = _el(bill, "preface")
        title = (self.draft.title_zh or self.draft.title) if self.lang == "zh" else self.draft.title
        _el(_el(_el(preface, "longTitle", eId=self.prefix + "longTitle"), "p"), "docTitle", title or "—")
        if self.o.status:
            _el(_el(preface, "p"), "docStatus", self.o.status)
        _el(_el(preface, "p"), "docDate", self.o.date_text(self.lang), date=self.o.iso_date())
        if self.o.confidentiality:
            _el(_el(preface, "p", class_="confidentiality"), "span", self.o.confidentiality)

    def uris(self) -> tuple[str, str, str]:
        work = f"/akn/int/bill/treaty/{self.o.iso_date()}/{_slug(self.draft.title)}-{self.draft.id}"
        expression = f"{work}/{LANG3[self.lang]}@{self.o.iso_date()}"
        return work, expression, expression + ".akn"

    def metadata(self, meta) -> None:
        work, expression, manifestation = self.uris()
        date = self.o.iso_date()
        ident = _el(meta, "identification", source="#workbench")
        for level, uri, this, date_name in (("FRBRWork", work, work + "/!main", "draft"),
                                            ("FRBRExpression", expression, expression + "/!main", "version"),
                                            ("FRBRManifestation", manifestation, expression + "/!main.xml",
                                             "generation")):
            frbr = _el(ident, level)
            _el(frbr, "FRBRthis", value=this)
            _el(frbr, "FRBRuri", value=uri)
            if level == "FRBRWork":
                _el(frbr, "FRBRalias", value=self.draft.title, name="title")
            _el(frbr, "FRBRdate", date=date, name=date_name)
            _el(frbr, "FRBRauthor", href="#workbench")
            if level == "FRBRWork":
                _el(frbr, "FRBRcountry", value="int")
                _el(frbr, "FRBRsubtype", value="treaty")
            if level == "FRBRExpression":
                if self.master_uri:
                    _el(frbr, "FRBRmasterExpression", href=self.master_uri, showAs="English")
                _el(frbr, "FRBRlanguage", language=LANG3[self.lang])
        self.source_notes()
        for _, content in self.notes:
            for name, _, _ in ([] if isinstance(content, str) else content):
                self.party(name)
        refs = _el(meta, "references", source="#workbench")
        _el(refs, "TLCOrganization", eId=self.prefix + "workbench",
            href="/ontology/organization/treaty-workbench", showAs="Treaty Workbench")
        for name, eid in self.parties.items():
            _el(refs, "TLCOrganization", eId=self.prefix + eid, href=f"/ontology/organization/{eid}",
                showAs=name)
        if self.notes:
            notes = _el(meta, "notes", source="#workbench")
            for i, (placement, content) in enumerate(self.notes, start=1):
                note = _el(notes, "note", eId=f"{self.prefix}note_{i}", placementBase=placement)
                p = _el(note, "p")
                if isinstance(content, str):
                    p.text = content
                    continue
                for j, (name, kind, words) in enumerate(content):
                    opinion = _el(p, "opinion", f"{words} {name}",
                                  by="#" + self.prefix + self.parties[name], type=kind)
                    opinion.tail = "; " if j < len(content) - 1 else ""
        if not self.prefix:
            self.proprietary(meta)

    def source_notes(self) -> None:
        """A note per article or recital source, saying what the provenance level of its text is."""
        inherited = {child.id: node.derived_from for node in self.draft.walk() for child in node.children}
        for node in self.draft.walk():
            if node.derived_from and node.id in self.eids and inherited.get(node.id) != node.derived_from:
                note = self.o.sources.get(node.derived_from) or fallback_note(
                    node.derived_from, self.o.clause_labels)
                self.notes.append((self.eid(node), note.sentence(self.lang)))

    def proprietary(self, meta) -> None:
        prop = _el(meta, "proprietary", source="#workbench")
        root = etree.SubElement(prop, _TW + "draft", {"id": self.draft.id})
        if self.draft.meta:
            etree.SubElement(root, _TW + "meta").text = json.dumps(self.draft.meta, ensure_ascii=False)
        for node in self.draft.walk():
            attrs = {"guid": node.id, "kind": node.kind.value}
            if node.id in self.eids:
                attrs["eId"] = self.eids[node.id]
            if node.derived_from:
                attrs["derivedFrom"] = node.derived_from
                note = self.o.sources.get(node.derived_from)
                if note is not None:       # the provenance level; the note in <notes> says what it means
                    attrs["verification"] = note.level("en")
                    if note.verification_zh and note.level("zh") != note.level("en"):
                        attrs["verificationZh"] = note.level("zh")
                    for key in ("copy", "precedent"):
                        if getattr(note, key):
                            attrs[key] = getattr(note, key)
            if node.strength:
                attrs["strength"] = node.strength
            if not node.numbered:
                attrs["numbered"] = "false"
            element = etree.SubElement(root, _TW + "node", attrs)
            if node.attrs:
                element.text = json.dumps(node.attrs, ensure_ascii=False)


def akn_tree(draft: Draft, options: ExportOptions | None = None) -> etree._ElementTree:
    """The Akoma Ntoso document of ``draft`` (one expression, or both in a collection)."""
    draft = clean_draft(draft)          # texts stored before cleaning existed (core.text)
    options = options or ExportOptions()
    root = etree.Element(_A + "akomaNtoso", nsmap={None: AKN_NS, "tw": TW_NS})
    if options.language != "both":
        _Expression(draft, options, options.language).bill(root)
        return etree.ElementTree(root)
    master = _Expression(draft, options, "en")
    collection = _el(root, "documentCollection", name="treaty")
    meta = _el(collection, "meta")
    _el(_el(_el(collection, "preface"), "longTitle", eId="cmp_longTitle"), "p").append(
        etree.Element(_A + "docTitle"))
    collection.find(f".//{_A}docTitle").text = draft.title or "—"
    body = _el(collection, "collectionBody")
    master.bill(_el(body, "component", eId="cmp_eng"))
    zh = _Expression(draft, options, "zh", prefix="cmp_zho__", master_uri=master.uris()[1])
    zh.bill(_el(body, "component", eId="cmp_zho"))
    work, _, _ = master.uris()
    ident = _el(meta, "identification", source="#cmp_workbench")
    for level, uri in (("FRBRWork", work + "-collection"), ("FRBRExpression", work + "-collection/mul"),
                       ("FRBRManifestation", work + "-collection/mul.akn")):
        frbr = _el(ident, level)
        _el(frbr, "FRBRthis", value=uri + "/!main")
        _el(frbr, "FRBRuri", value=uri)
        _el(frbr, "FRBRdate", date=options.iso_date(), name="generation")
        _el(frbr, "FRBRauthor", href="#cmp_workbench")
        if level == "FRBRWork":
            _el(frbr, "FRBRcountry", value="int")
        if level == "FRBRExpression":
            _el(frbr, "FRBRlanguage", language="eng")
            _el(frbr, "FRBRlanguage", language="zho")
    _el(_el(meta, "references", source="#cmp_workbench"), "TLCOrganization", eId="cmp_workbench",
        href="/ontology/organization/treaty-workbench", showAs="Treaty Workbench")
    return etree.ElementTree(root)


def akn_bytes(draft: Draft, options: ExportOptions | None = None) -> bytes:
    return etree.tostring(akn_tree(draft, options), xml_declaration=True, encoding="UTF-8",
                          pretty_print=True)


def export_akn(draft: Draft, path, options: ExportOptions | None = None) -> int:
    """Write ``draft`` as Akoma Ntoso XML to ``path`` (atomically); returns the size in bytes."""
    data = akn_bytes(draft, options)
    atomic_write(path, data)
    return len(data)
