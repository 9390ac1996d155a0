"""Helpers for the comparison tests: the second version of a CoE-based draft, office checks."""
from __future__ import annotations

import os
import shutil

import pytest

from workbench.core import operations
from workbench.core.model import Draft

COE = "coe-ai-convention"


def _article(draft: Draft, clause_id: str):
    return operations.find_article(draft, clause_id)


def make_second_version(draft: Draft, apply=None) -> dict:
    """Delete Article 5, move Article 22 to position 3, change paragraph 2 of Article 16.

    Edits ``draft`` (through ``apply(edit)``, default: in memory) and returns what was done.
    """
    apply = apply or (lambda edit: edit.apply(draft))
    deleted = _article(draft, f"{COE}/art-5")
    moved = _article(draft, f"{COE}/art-22")
    changed = _article(draft, f"{COE}/art-16")
    paragraph = changed.children[1]
    assert "shall be graduated" in paragraph.text
    apply(operations.remove_node(draft, deleted))
    apply(operations.move_article(draft, moved, 3))
    apply(operations.edit_text(paragraph, text=paragraph.text.replace(
        "shall be graduated", "shall, where appropriate, be graduated")))
    return {"deleted": (deleted.id, deleted.title), "moved": (moved.id, moved.title),
            "changed": (changed.id, changed.title), "paragraph": paragraph.id}


def office_required() -> bool:
    return os.environ.get("WORKBENCH_REQUIRE_OFFICE") == "1"


def need_office():
    """Skip when LibreOffice or poppler is missing, unless CI demands them."""
    missing = [tool for tool in ("soffice", "pdftotext") if shutil.which(tool) is None]
    if missing:
        if office_required():
            pytest.fail(f"WORKBENCH_REQUIRE_OFFICE=1 but {', '.join(missing)} not installed")
        pytest.skip(f"{', '.join(missing)} not installed")


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def document_xml(path) -> bytes:
    import zipfile
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml")


def resolved_paragraphs(xml: bytes, accept: bool) -> list[str]:
    """The document's paragraphs as Word shows them after accepting (or rejecting) every change.

    Accepting drops deleted text and joins a paragraph whose mark was deleted with the next;
    rejecting drops inserted text and joins a paragraph whose mark was inserted with the next.
    """
    from lxml import etree
    root = etree.fromstring(xml)
    # what disappears, text and paragraph marks (LibreOffice may save a moved block as moveFrom/moveTo)
    gone = (f"{W}del", f"{W}moveFrom") if accept else (f"{W}ins", f"{W}moveTo")
    out: list[str] = []
    carry = ""
    for para in root.iter(f"{W}p"):
        texts = []
        for node in para.iter(f"{W}t", f"{W}delText"):
            if any(anc.tag in gone for anc in node.iterancestors()):
                continue
            texts.append(node.text or "")
        mark = next((m for tag in gone for m in para.findall(f"{W}pPr/{W}rPr/{tag}")), None)
        text = carry + "".join(texts)
        if mark is not None:
            carry = text
            continue
        carry = ""
        if text.strip():
            out.append(" ".join(text.split()))
    if carry.strip():
        out.append(" ".join(carry.split()))
    return out


def revisions(xml: bytes) -> list[tuple[str, str, str]]:
    """(kind, author, date) of every w:ins / w:del (and w:moveTo / w:moveFrom) in the document."""
    from lxml import etree
    root = etree.fromstring(xml)
    kinds = {"ins": "ins", "del": "del", "moveTo": "ins", "moveFrom": "del"}
    return [(kinds[el.tag[len(W):]], el.get(f"{W}author"), el.get(f"{W}date"))
            for el in root.iter(f"{W}ins", f"{W}del", f"{W}moveTo", f"{W}moveFrom")]
