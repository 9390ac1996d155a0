"""Build an instrument's Word files from its verbatim text.md, in the shape ../shared/eval uses.

    python benchmarks/eval/build_docx.py benchmarks/eval/test/unga-78-311

Headings are plain bold paragraphs, not Word heading styles ("Article 12" and its title on the
next line, centred; "Chapter II – …"), paragraphs "1.<TAB>…", "(a)<TAB>…", Chinese "第一条",
"一、", "（一）"; a resolution's operative paragraphs "1.<TAB>Resolves …"; the closing formula
after the last article. ``text.md`` gives ``draft.docx``, ``text_zh.md`` ``draft_zh.docx``. The
text is copied as it stands: nothing is added but the labels the text prints.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

_HEAD = re.compile(r"^(article|action|op-|item-|第)\s*([\d一二三四五六七八九十百零]+)\s*(?:条)?\s*(?:[–—-]\s*(.*))?$", re.I)
_NUMBERED = re.compile(r"^((?:\d+|[一二三四五六七八九十]+)[.、]|\([a-z]{1,3}\)|\([ivx]+\)|[a-z]\)|[ivx]+\.|[（(][一二三四五六七八九十]+[）)])\s+(.*)$")
_FOOTNOTE = re.compile(r"\[\^\d+\]")


def _paragraph(doc, text: str, bold: bool = False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, zh: bool = False):
    para = doc.add_paragraph()
    para.alignment = align
    run = para.add_run(text)
    run.bold = bold
    if zh:
        rpr = run._element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(fonts)
        fonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    return para


def build(md: Path, out: Path) -> None:
    zh = md.name.endswith("_zh.md")
    doc = Document()
    text = re.sub(r"<!--.*?-->", "", md.read_text(encoding="utf-8"), flags=re.S)
    section = "front"
    for raw in text.splitlines():
        line = _FOOTNOTE.sub("", raw).strip()
        if not line or re.match(r"^\[\^\d+\]:", raw.strip()):
            continue
        if line.startswith("# "):
            _paragraph(doc, line[2:].strip(), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, zh=zh)
            continue
        if line.startswith("## "):
            name = line[3:].strip()
            low = name.lower()
            if low in ("preamble", "序言"):
                section = "preamble"
            elif low.startswith(("closing", "结尾")):
                section = "closing"
            else:
                section = "annex" if low.startswith(("annex", "附件")) else "body"
                _paragraph(doc, name, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, zh=zh)
            continue
        if line.startswith("### "):
            head = line[4:].strip()
            match = _HEAD.match(head)
            section = "body"
            if match and match.group(1).lower() in ("op-", "item-"):
                continue                    # a resolution's paragraphs, a declaration's items: no heading printed
            if match and match.group(1).lower() == "action":
                _paragraph(doc, f"{match.group(2)}\t{match.group(3) or ''}", bold=True, zh=zh)
                continue
            if match and match.group(1) == "第":
                _paragraph(doc, head.split("–")[0].strip(), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, zh=zh)
                if match.group(3):
                    _paragraph(doc, match.group(3).strip(), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, zh=zh)
                continue
            number = f"Article {match.group(2)}" if match else head
            _paragraph(doc, number, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, zh=zh)
            if match and match.group(3):
                _paragraph(doc, match.group(3).strip(), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, zh=zh)
            continue
        if line.startswith("- "):
            line = "•\t" + line[2:]
        labelled = _NUMBERED.match(line)
        if labelled and not zh:
            line = f"{labelled.group(1)}\t{labelled.group(2)}"
        align = WD_ALIGN_PARAGRAPH.LEFT if section in ("front", "closing") else WD_ALIGN_PARAGRAPH.JUSTIFY
        _paragraph(doc, line, align=align, zh=zh)
    doc.save(out)


def main(folders: list[str]) -> int:
    for folder in map(Path, folders):
        for md, name in (("text.md", "draft.docx"), ("text_zh.md", "draft_zh.docx")):
            if (folder / md).exists():
                build(folder / md, folder / name)
                print(f"{folder / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
