"""A draft begun from a skeleton: empty divisions are not printed as bare headings, and an empty
preamble gets neither a heading nor a "No source instrument" footnote."""
from __future__ import annotations

import io
import re
import zipfile

from workbench.core.operations import add_clauses
from workbench.export.docx_writer import docx_bytes
from workbench.storage.skeletons import find_skeleton

from .conftest import options_for


def _text(data: bytes, part: str = "word/document.xml") -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        xml = zf.read(part).decode("utf-8") if part in names else ""
    return re.sub(r"<[^>]+>", " ", xml)


def test_empty_skeleton_divisions_and_preamble_are_left_out(library_ws):
    draft = find_skeleton("framework-convention").draft("Skeleton treaty", "框架公约")
    chapters = [n for n in draft.children if n.kind.value == "chapter"]
    assert len(chapters) >= 3
    empty_titles = [c.title for c in chapters[1:] if c.title]
    article = [c for c in library_ws.clauses(source="coe-ai-convention") if c.kind == "article"][0]
    add_clauses(draft, [article], parent_id=chapters[0].id).apply(draft)
    data = docx_bytes(draft, options_for(library_ws, draft, footnotes=True))
    body = _text(data)
    assert chapters[0].title in body
    for title in empty_titles:
        assert title not in body, f"the empty division “{title}” is printed"
    assert "Preamble" not in body
    assert "No source instrument" not in _text(data, "word/footnotes.xml")
