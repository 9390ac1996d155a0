"""A compilation text as .docx: open brackets as ``[Option 1 | Option 2]``, attributions in footnotes.

Built from ``core.compilation.compile_blocks`` (which reads ``node.attrs["alternatives"]`` as
``core.brackets`` documents it), so article, paragraph and span brackets all appear. With
``clean=True`` the document is the clean text instead: agreed wordings, no brackets.
"""
from __future__ import annotations

from pathlib import Path

from ..core.brackets import clean_draft, open_brackets
from ..core.compilation import compile_blocks
from ..core.model import Draft
from ..paths import TEMPLATES_DIR
from . import ooxml as ox

TEMPLATE = TEMPLATES_DIR / "treaty.docx"
_STYLES = {"title": "Title", "preamble": "Heading1", "recital": "Recital", "chapter": "Heading1",
           "article": "Heading2", "option": "OptionLabel", "closing": "Closing"}


def _paragraph_style(block) -> str:
    if block.style == "paragraph":
        if block.level >= 2:
            return "TreatySubparagraph2"
        if block.level == 1:
            return "TreatySubparagraph"
        first = block.runs[0][1] if block.runs else ""
        return "TreatyParagraph" if first[:1].isdigit() or first.endswith("、") else "TreatyText"
    return _STYLES.get(block.style, "TreatyText")


def compilation_bytes(draft: Draft, *, lang: str = "en", clause_labels: dict[str, str] | None = None,
                      clean: bool = False, status: str = "", template: Path | str | None = None) -> bytes:
    """The compilation (or, with ``clean``, the clean text) of ``draft`` as .docx bytes."""
    source = clean_draft(draft) if clean else draft
    notes = ox.Footnotes()
    body: list[str] = []
    for block in compile_blocks(source, lang, clause_labels):
        runs = []
        for kind, text in block.runs:
            if kind == "note":
                runs.append(notes.reference(notes.add(text + ("。" if lang == "zh" else "."))))
            elif kind == "mark":
                runs.append(ox.run(text, style="Bracket", bold=True))
            elif kind == "deleted":
                runs.append(ox.run(text, italic=True))
            else:
                runs.append(ox.run(text))
        body.append(ox.paragraph(runs, _paragraph_style(block)))
        if block.style == "title":
            count = open_brackets(source)
            line = status or (("净文本" if clean else f"汇编案文：{count} 处未决括号") if lang == "zh" else
                              ("Clean text" if clean else f"Compilation text: {count} open bracket"
                               + ("" if count == 1 else "s")))
            body.append(ox.paragraph(ox.run(line), "DraftStatus"))
    package = ox.DocxPackage.from_template(template or TEMPLATE)
    package.add_part("footnotes", notes.xml(), name="word/footnotes.xml")
    package.set_document("".join(body) + ox.section_properties(footnotes=True))
    return package.to_bytes()


def write_compilation(draft: Draft, path: Path | str, **kwargs) -> int:
    """Write the compilation (or clean text) .docx to ``path`` atomically; returns its size."""
    data = compilation_bytes(draft, **kwargs)
    ox.atomic_write(path, data)
    return len(data)
