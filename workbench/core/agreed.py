"""Clean text means agreed text: the draft without brackets, and what is still open said so.

``clean_draft(draft)`` gives the agreed wordings with no alternatives left. A provision whose
bracket is still open has no agreed wording: with ``mark_open`` (what every exporter of a clean
text uses) its wording in force is put in square brackets with a footnote saying it is not
agreed, so that a clean text never presents an open provision as agreed. ``open_summary`` counts
what a status line must say.
"""
from __future__ import annotations

from .bracket_edits import choose
from .bracket_model import ATTR, OWN_KEYS, Bracket, all_brackets, brackets
from .model import Draft, DraftError, Node, NodeKind
from .numbering import Numbering


def not_agreed_note(bracket: Bracket, lang: str) -> str:
    count = len(bracket.live)
    if lang == "zh":
        return f"尚未商定：本条款有{count}个备选案文仍在谈判中（见汇编案文）。"
    return f"Not agreed: {count} options for this provision are still under negotiation (see the compilation text)."



def open_summary(draft: Draft, lang: str = "en") -> dict:
    """How many brackets are open, in which articles, which are pending consultations and which
    agreed ad referendum (labels as the draft numbers them in ``lang``)."""
    numbering = Numbering.of(draft)
    index = draft.index()
    where: list[str] = []
    pending: list[str] = []
    count = 0
    ad_referendum: list[str] = []
    for bracket in all_brackets(draft):
        if not bracket.is_open and bracket.state() != "ad_referendum":
            continue
        node = bracket.node
        while node.kind is not NodeKind.ARTICLE and index[node.id][1] is not None:
            node = index[node.id][1]
        if node.kind is NodeKind.ARTICLE:
            label = numbering.label(node, lang)
        else:
            label = "序言" if lang == "zh" else "Preamble"
        if not bracket.is_open:
            if label not in ad_referendum:
                ad_referendum.append(label)
            continue
        count += 1
        if label not in where:
            where.append(label)
        if bracket.pending and label not in pending:
            pending.append(label)
    return {"open_brackets": count, "articles": where, "pending": pending, "ad_referendum": ad_referendum}


def clean_draft(draft: Draft, mark_open: bool = False) -> Draft:
    """A copy with the agreed wordings in force and no alternatives left; with ``mark_open`` every
    provision still in an open bracket is bracketed and footnoted as not agreed."""
    clean = draft.copy()
    for node in list(clean.walk()):
        for bracket in brackets(node):
            agreed = bracket.agreed
            if agreed is not None and not agreed.get("own"):
                try:
                    choose(clean, node.id, agreed["id"]).apply(clean)
                except DraftError:
                    continue
    if mark_open:
        for node in list(clean.walk()):
            for bracket in brackets(node):
                if bracket.is_open:
                    _stamp(node, bracket)
    for node in clean.walk():
        node.attrs.pop("_stamped", None)
        node.attrs.pop(ATTR, None)
        for key in OWN_KEYS:
            node.attrs.pop(key, None)
    return clean


def _stamp(node: Node, bracket: Bracket) -> None:
    """Square brackets around the open provision's wording in force, and the footnote."""
    if bracket.is_span:                 # the provision is the paragraph the words are in
        if node.attrs.get("_stamped"):
            return
        node.attrs["_stamped"] = True
        for field in ("text", "text_zh"):
            if getattr(node, field):
                _wrap(node, field, 0, len(getattr(node, field)), bracket)
        return
    if node.kind is NodeKind.ARTICLE:
        leaves = [n for c in node.children for n in c.walk()]
        for field in ("text", "text_zh"):
            texts = [n for n in leaves if getattr(n, field)]
            if texts:
                _wrap(texts[0], field, 0, 0, None)
                _wrap(texts[-1], field, len(getattr(texts[-1], field)), len(getattr(texts[-1], field)), bracket,
                      opening=False)
            elif field == "text":
                node.title = "[" + node.title + "]"
        return
    for field in ("text", "text_zh"):
        if getattr(node, field):
            _wrap(node, field, 0, len(getattr(node, field)), bracket)


def _wrap(node: Node, field: str, start: int, end: int, bracket: Bracket | None, opening: bool = True) -> None:
    """``[`` at ``start`` (if ``opening``) and, with a bracket, ``]`` and its note at ``end``."""
    text = getattr(node, field)
    lang = "zh" if field == "text_zh" else "en"
    notes = [dict(n) for n in (node.attrs.get("notes") or [])]
    close = "]" if bracket is not None else ""
    open_ = "[" if opening else ""
    for note in notes:
        if note.get("field", "text") == field:
            at = note.get("at", 0)
            note["at"] = at + (len(open_) if at >= start else 0) + (len(close) if at > end else 0)
    setattr(node, field, text[:start] + open_ + text[start:end] + close + text[end:])
    if bracket is not None:
        notes.append({"text": not_agreed_note(bracket, lang), "lang": lang, "field": field,
                      "at": end + len(open_) + len(close)})
    if notes:
        node.attrs["notes"] = notes
