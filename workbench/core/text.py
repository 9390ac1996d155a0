"""Text as it enters the workbench: characters that XML (so Word and Akoma Ntoso) cannot carry are cleaned.

Word's clipboard carries a vertical tab for a manual line break and a form feed for a page break;
other programs leave NUL, BEL or ESC in pasted text, and broken encodings leave lone surrogates.
None of these can be written to a .docx or an Akoma Ntoso file. They are cleaned where text
enters (edits, imports, pasted official text, titles, labels) so that what is stored can always
be exported: line and page breaks become new lines, the rest is dropped. Titles and labels are
one line. The exporters clean again (``clean_draft``) for texts stored before this existed.
"""
from __future__ import annotations

import re

from .model import Draft, Node

_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_LINES = re.compile(r"\s*\n\s*")
#: The node fields that hold text a drafter reads.
TEXT_FIELDS = ("title", "title_zh", "text", "text_zh")
ONE_LINE_FIELDS = ("title", "title_zh")


def clean_text(text: str) -> str:
    """``text`` without characters XML cannot carry (breaks as new lines, the rest removed)."""
    if not text or (text.isprintable() and "\ufffe" not in text and "\uffff" not in text):
        return text
    return _NOT_XML.sub("", _BREAKS.sub("\n", text))


def clean_line(text: str) -> str:
    """A title or label: cleaned, on one line."""
    text = clean_text(text)
    return _LINES.sub(" ", text).strip() if "\n" in text else text


def clean_values(values: dict) -> dict:
    """Field values of a node as they may be stored (text fields cleaned, others as they are)."""
    return {name: (clean_line(value) if name in ONE_LINE_FIELDS else clean_text(value))
            if name in TEXT_FIELDS and isinstance(value, str) else value
            for name, value in values.items()}


def clean_node(node: Node) -> bool:
    """Clean the text fields of ``node`` and its descendants in place; True if anything changed."""
    changed = False
    for item in node.walk():
        for name in TEXT_FIELDS:
            value = getattr(item, name)
            cleaned = clean_line(value) if name in ONE_LINE_FIELDS else clean_text(value)
            if cleaned != value:
                setattr(item, name, cleaned)
                changed = True
    return changed


def needs_cleaning(draft: Draft) -> bool:
    if clean_line(draft.title) != draft.title or clean_line(draft.title_zh) != draft.title_zh:
        return True
    return any(clean_text(getattr(node, name)) != getattr(node, name) for node in draft.walk() for name in TEXT_FIELDS)


def clean_draft(draft: Draft) -> Draft:
    """``draft`` itself when its text is clean, else a cleaned copy (for exporters)."""
    if not needs_cleaning(draft):
        return draft
    copy = draft.copy()
    copy.title, copy.title_zh = clean_line(copy.title), clean_line(copy.title_zh)
    for node in copy.children:
        clean_node(node)
    return copy


def clean_paras(paras: list) -> None:
    """Clean the English and Chinese text of library paragraphs (``core.library.Para``) in place."""
    for para in paras:
        para.text, para.zh = clean_text(para.text), clean_text(para.zh)
        clean_paras(para.subs)
