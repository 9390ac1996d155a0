"""Annexes, schedules and protocols an instrument refers to, and whether the draft holds them.

Numbered ("Annex 7", "Protocol 1", 附件一) or named without a number (a schedule "attached to this Agreement",
"the Protocol to this Agreement", "An integral part of this Agreement shall be a Protocol on exceptions"). The
drafting checks F5 (references resolve) and F6 (dependencies satisfied) use them.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import ArticleRef, DraftContext

_ANNEX_REF = re.compile(r"\b[Aa]nnex(?:es)?\s+(\d+(?:-[A-Z])?|[IVX]+|[A-H](?![\w-]))\b|附件([一二三四五六七八九十\d]+)")
_ANNEX_HEAD = re.compile(r"^\s*(?:(?:Annex|ANNEX|Protocol|PROTOCOL)\s+(?:No\.\s*)?(\d+|[IVX]+|[A-H](?![\w-]))\b|附件([一二三四五六七八九十\d]+)|"
                         r"议定书([一二三四五六七八九十\d]+))")
# a numbered protocol of the instrument itself ("Protocol 1 on technical and financial cooperation"), as
# against a protocol to another instrument ("Protocol 7 to the Act concerning the conditions of accession")
_PROTOCOL_REF = re.compile(r"\bProtocols?\s+(?:No\.\s*)?(\d{1,2})\b(?!\s+(?:to|of)\s+the\s+(?!(?:present\s+)?"
                           r"(?:agreement|convention|treaty)\b))|第([一二三四五六七八九十\d]+)号议定书")


def _head_number(match: re.Match) -> str:
    """The number an annex or protocol heading gives (whichever of its forms matched)."""
    return next(group for group in match.groups() if group)


def missing_annexes(ctx: DraftContext) -> list[tuple]:
    """(article, paragraph, "Annex 7") for each annex an article refers to that the draft does not
    hold (as annex nodes, as the importer's list, or as an annex heading left among the paragraphs)."""
    draft = ctx.draft
    wanted = [(ref, pos, name) for ref in ctx.articles if ref.node is not None for pos, name in annex_refs(ref.content)]
    if not wanted:
        return []
    held = set()
    # annexes as nodes of their own, or their headings left by an importer at the end of the text
    last = [n for ref in ctx.articles[-3:] if ref.node is not None for n in ref.node.walk()]
    for node in list(draft.children) + last:
        kind = str(getattr(node.kind, "value", node.kind)).lower()
        for text in ((node.title, node.text) if kind in ("annex", "appendix", "schedule") else (node.text,)):
            match = _ANNEX_HEAD.match(text or "")
            if match or kind in ("annex", "appendix", "schedule"):
                held.add(_head_number(match) if match else node.id)
    meta = draft.meta.get("annexes") if isinstance(draft.meta, dict) else None
    for title in meta if isinstance(meta, list) else []:
        match = _ANNEX_HEAD.match(str(title))
        held.add(_head_number(match) if match else str(title))
    if any(not str(h).strip("IVX0123456789一二三四五六七八九十") for h in held) and len(held) > 0 and \
            all(not _ANNEX_HEAD.match(str(h)) for h in held) and not any(h.isdigit() for h in held):
        return []                     # annexes held without numbers: assume they are the ones referred to
    return [(ref, pos, name) for ref, pos, name in wanted
            if name.split()[-1].removeprefix("附件").removeprefix("议定书") not in held]


def annex_refs(content) -> list[tuple[int, str]]:
    """(paragraph, "Annex 7") for the annexes an article refers to (kept with its reading)."""
    found = content.__dict__.get("_annex_refs")
    if found is None:
        found = []
        for pos, para in enumerate(content.paras):
            text = para.text or para.text_zh or ""
            if "nnex" not in text and "附件" not in text and "Protocol" not in text and "议定书" not in text \
                    or _ANNEX_HEAD.match(text):
                continue
            for match in _ANNEX_REF.finditer(text):
                number = match.group(1) or match.group(2)
                found.append((pos, ("Annex " if match.group(1) else "附件") + number))
            for match in _PROTOCOL_REF.finditer(text):
                found.append((pos, ("Protocol " if match.group(1) else "议定书") + (match.group(1) or match.group(2))))
        content.__dict__["_annex_refs"] = found
    return found



# a document said to be attached to the instrument ("the Concept …, which is attached to the present
# Agreement and is its inseparable part"): held by a draft only as an annex
_ATTACHED = re.compile(r"\b(?:is|are)\s+(?P<doc>(?:hereby\s+)?(?:attached|annexed)\s+(?:hereto|to\s+(?:this|the\s+present)\s+"
                       r"(?:agreement|convention|treaty|protocol)))", re.IGNORECASE)


# the instrument's annexes declared part of it ("The Annexes and Protocols to the Agreement are integral parts
# of it", "The Annexes and Notes to this Agreement shall form an integral part of this Agreement"): a draft
# without annexes lacks what the instrument says it is made of
_INTEGRAL = re.compile(r"^\s*(?:the\s+)?(?:annex(?:es)?|schedules?|appendi(?:x|ces))\b[^.;]{0,80}?\b(?:shall\s+)?"
                       r"(?:form|constitute|be|are|is)\s+(?:an?\s+)?(?:integral|inseparable)\s+parts?\b", re.IGNORECASE)


# a matter left to a protocol of the instrument ("The status, composition, powers … shall be as set out in
# a Protocol relating thereto"): held by a draft only as an annex or a further instrument
_PROTOCOL = re.compile(r"\b(?:defined|set\s+out|laid\s+down|provided\s+for|determined|governed)\s+(?:in|by)\s+(?:a|the)\s+"
                       r"(?:separate\s+|supplementary\s+|additional\s+)?Protocol\s+relating\s+thereto\b")


# a document of the instrument named without a number: a schedule or list "attached to this Agreement", "the
# Protocol to this Agreement", "An integral part of this Agreement shall be a Protocol on exceptions"
_ATTACHED_DOC = re.compile(r"\b(?:schedules?|annex(?:es)?|protocols?|appendi(?:x|ces)|lists?)\b[^.;]{0,30}?\b(?:attached|annexed)\s+"
                           r"(?:hereto|to\s+(?:this|the\s+present)\s+(?:agreement|convention|treaty|protocol))", re.IGNORECASE)
_OWN_DOC = re.compile(r"\b(?:in|by|under|with)\s+(?P<doc>the\s+(?:protocol|annex|schedule|appendix)\s+(?:to|of)\s+(?:this|the\s+present)\s+"
                      r"(?:agreement|convention|treaty))\b", re.IGNORECASE)
_INTEGRAL_DOC = re.compile(r"\bintegral\s+part\s+of\s+(?:this|the\s+present)\s+(?:agreement|convention|treaty)\s+(?:shall\s+be|is)\s+"
                           r"(?:a|the)\s+(?:protocol|annex|schedule|list)\b", re.IGNORECASE)


_DOCUMENTS = (_ATTACHED, _PROTOCOL, _INTEGRAL, _ATTACHED_DOC, _OWN_DOC, _INTEGRAL_DOC)
_DOCUMENT_WORDS = ("attach", "annex", "protocol", "integral", "inseparable", "schedule", "appendi")


def absent_documents(ctx: DraftContext) -> list[tuple[ArticleRef, int, str]]:
    """(article, paragraph, the words as printed) for each document the instrument says is part of it
    (attached, annexed, a protocol relating thereto, an integral part) when the draft holds no annex:
    the first such provision of each article."""
    if "absent_documents" in ctx.memo:                 # F5 and F6 both ask
        return ctx.memo["absent_documents"]
    out: list[tuple[ArticleRef, int, str]] = []
    ctx.memo["absent_documents"] = out
    if ctx.draft.annexes() or (isinstance(ctx.draft.meta, dict) and ctx.draft.meta.get("annexes")):
        return out
    for ref in ctx.articles:
        for para, info in enumerate(ref.content.paras if ref.node is not None else []):
            text = info.text or ""
            low = text.lower()
            if not any(word in low for word in _DOCUMENT_WORDS):   # every pattern below needs one of them
                continue
            match = next((m for m in (pattern.search(text) for pattern in _DOCUMENTS) if m), None)
            if match:
                # quoted as printed: the document's words ("attached hereto"), without "is" or "in" before them
                words = match.group("doc") if "doc" in match.re.groupindex else match.group(0)
                out.append((ref, para, "“" + words.strip() + "”"))
                break
    return out
