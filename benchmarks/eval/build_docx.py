"""Build an instrument's Word files from its verbatim text.md, in the shape ../shared/eval uses.

    python benchmarks/eval/build_docx.py benchmarks/eval/test/unga-78-311

Headings are plain bold paragraphs, not Word heading styles ("Article 12", or "ARTICLE TWELVE" as a
text numbering its articles in words prints it, and its title on the next line, centred;
"Chapter II – …"), paragraphs "1.<TAB>…", "(a)<TAB>…", Chinese "第一条",
"一、", "（一）"; a resolution's operative paragraphs "1.<TAB>Resolves …"; the closing formula
after the last article. ``text.md`` gives ``draft.docx``, ``text_zh.md`` ``draft_zh.docx``. The
text is copied as it stands: nothing is added but the labels the text prints.

A text.md may ask for more of a ministry's typing in a first comment ``<!-- docx: option, … -->``:

- ``footnotes``: the marks ``[^N]`` become Word footnotes holding the ``[^N]: …`` texts;
- ``split-divisions``: a division heading "CHAPTER 12 – ELECTRONIC COMMERCE" is typed on two
  centred lines, its label and its title (as treaties print them);
- ``article-left``: an article heading is typed as written after ``### `` on one bold line,
  left-aligned ("Article 12.1: Definitions");
- ``labelled-headings-left``: headings that print their own label ("一、…", "（一）…") are
  bold and left-aligned, as Chinese official documents set them.
- ``dashes``: items ``- …`` are typed with a dash and a tab ("-<TAB>pricing policy"), as translations
  from Russian type them, not as bullets.

``bilingual_en.md`` beside a ``text_zh.md`` gives ``draft_bilingual.docx``: a two-column table, English
left and Chinese right, one row per paragraph or heading, in the order of the Chinese text (an
English text that stops early, a partial translation, leaves its cells empty).
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Pt
from xml.sax.saxutils import escape

_UNITS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          "|seventeen|eighteen|nineteen")
_WORDS = rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:{_UNITS}))?|{_UNITS})(?![\w])"
_HEAD = re.compile(rf"^(article|action|op-|item-|第)\s*([\d一二三四五六七八九十百零]+|{_WORDS})\s*(?:条)?\s*(?:[–—-]\s*(.*))?$",
                   re.I)
_NUMBERED = re.compile(r"^((?:\d+|[一二三四五六七八九十]+)[.、]|\([a-z]{1,3}\)|\([ivx]+\)|[a-z]\)|[ivx]+\.|[（(][一二三四五六七八九十]+[）)])\s+(.*)$")
_FOOTNOTE = re.compile(r"\[\^\d+\]")
_NOTE_DEF = re.compile(r"^\[\^(\d+)\]:\s*(.*)$")
_OPTIONS = re.compile(r"<!--\s*docx:\s*([^>]*?)\s*-->")
_OWN_LABEL = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[IVX]+\.\s|\d+\.\s)")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass
class Block:
    """One paragraph to type: its text (footnote marks still in it), look and place."""

    text: str
    bold: bool = False
    align: object = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading: bool = False
    #: what the block is, for a typing that renders it otherwise (benchmarks/eval/typing_styles.py):
    #: title, division, division-label, division-title, annex, article, article-title, heading, unit-head,
    #: item (a numbered or bulleted paragraph, "1.<TAB>…"), text
    kind: str = "text"
    section: str = "body"           # front, preamble, body, annex or closing


def _paragraph(doc, text: str, bold: bool = False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, zh: bool = False,
               notes: dict | None = None):
    para = doc.add_paragraph()
    para.alignment = align
    pieces = re.split(r"(\[\^\d+\])", text) if notes is not None else [_FOOTNOTE.sub("", text)]
    for piece in pieces:
        mark = re.fullmatch(r"\[\^(\d+)\]", piece)
        if mark:
            _note_reference(para, int(mark.group(1)))
            continue
        if not piece:
            continue
        run = para.add_run(piece)
        run.bold = bold
        if zh:
            rpr = run._element.get_or_add_rPr()
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is None:
                fonts = rpr.makeelement(qn("w:rFonts"), {})
                rpr.append(fonts)
            fonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    return para


def _note_reference(para, number: int) -> None:
    run = para.add_run()
    rpr = run._element.get_or_add_rPr()
    valign = rpr.makeelement(qn("w:vertAlign"), {qn("w:val"): "superscript"})
    rpr.append(valign)
    ref = run._element.makeelement(qn("w:footnoteReference"), {qn("w:id"): str(number)})
    run._element.append(ref)


def _footnotes_part(doc, notes: dict[int, str]) -> None:
    """The footnotes of the document as Word keeps them (a footnotes part related to the body)."""
    rows = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
            '</w:p></w:footnote>']
    for number, text in sorted(notes.items()):
        rows.append(f'<w:footnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteRef/></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">{escape(text)}</w:t>'
                    f'</w:r></w:p></w:footnote>')
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
            + "".join(rows) + "</w:footnotes>").encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def options_of(raw: str) -> set[str]:
    match = _OPTIONS.search(raw)
    return {o.strip() for o in match.group(1).split(",")} if match else set()


def blocks_of(md: Path) -> tuple[list[Block], dict[int, str], set[str]]:
    """The paragraphs a text.md is typed as, its footnotes, and the options it asks for."""
    zh = md.name.endswith("_zh.md")
    raw_text = md.read_text(encoding="utf-8")
    options = options_of(raw_text)
    text = re.sub(r"<!--.*?-->", "", raw_text, flags=re.S)
    notes = {int(m.group(1)): m.group(2).strip() for line in text.splitlines()
             for m in [_NOTE_DEF.match(line.strip())] if m}
    out: list[Block] = []
    centre, left, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.JUSTIFY
    heading_align = left if "labelled-headings-left" in options else centre
    section = "front"
    for raw in text.splitlines():
        line = raw.strip()
        if not line or _NOTE_DEF.match(line):
            continue
        if "footnotes" not in options:
            line = _FOOTNOTE.sub("", line).strip()
        if line.startswith("# "):
            out.append(Block(line[2:].strip(), True, centre, True, "title", "front"))
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
                kind = "annex" if section == "annex" else "division"
                label, dash, title = name.partition(" – ")
                if "split-divisions" in options and dash:
                    out += [Block(label.strip(), True, centre, True, kind + "-label", section),
                            Block(title.strip(), True, centre, True, kind + "-title", section)]
                else:
                    own = bool(_OWN_LABEL.match(name))
                    out.append(Block(name, True, heading_align if own else centre, True, kind, section))
            continue
        if line.startswith("### "):
            head = line[4:].strip()
            match = _HEAD.match(head)
            section = "body"
            if match and match.group(1).lower() in ("op-", "item-"):
                continue                    # a resolution's paragraphs, a declaration's items: no heading printed
            if "article-left" in options and not (match and match.group(1) == "第"):
                out.append(Block(head, True, left, True, "heading"))
                continue
            if match and match.group(1).lower() == "action":
                out.append(Block(f"{match.group(2)}\t{match.group(3) or ''}", True, justify, True, "unit-head"))
                continue
            if match and match.group(1) == "第":
                out.append(Block(head.split("–")[0].strip(), True, centre, True, "article"))
                if match.group(3):
                    out.append(Block(match.group(3).strip(), True, centre, True, "article-title"))
                continue
            if match is None and _OWN_LABEL.match(head):
                out.append(Block(head, True, heading_align, True, "heading"))
                continue
            # "Article 12", or a number in words as the text prints it ("ARTICLE TWENTY-ONE")
            number = (f"Article {match.group(2)}" if match.group(2)[0].isdigit() else head[:match.end(2)]) \
                if match else head
            out.append(Block(number, True, centre, True, "article" if match else "heading"))
            if match and match.group(3):
                out.append(Block(match.group(3).strip(), True, centre, True, "article-title"))
            continue
        if line.startswith("- "):
            line = ("-\t" if "dashes" in options else "•\t") + line[2:]
        labelled = _NUMBERED.match(line)
        if labelled and not zh:
            line = f"{labelled.group(1)}\t{labelled.group(2)}"
        kind = "item" if labelled or line.startswith(("-\t", "•\t")) else "text"
        out.append(Block(line, False, left if section in ("front", "closing") else justify, False, kind, section))
    return out, notes, options


def build(md: Path, out: Path) -> None:
    zh = md.name.endswith("_zh.md")
    blocks, notes, options = blocks_of(md)
    doc = Document()
    footnotes = notes if "footnotes" in options else None
    for block in blocks:
        _paragraph(doc, block.text, block.bold, block.align, zh, footnotes)
    if footnotes:
        _footnotes_part(doc, footnotes)
    doc.save(out)


def build_bilingual(english: Path, chinese: Path, out: Path) -> None:
    """A two-column table: English left, Chinese right, a row per paragraph in the Chinese order."""
    en_blocks, _en_notes, _ = blocks_of(english)
    zh_blocks, _zh_notes, _ = blocks_of(chinese)
    doc = Document()
    table = doc.add_table(rows=0, cols=2)
    table.style = doc.styles["Table Grid"]
    for i, zh_block in enumerate(zh_blocks):
        en_block = en_blocks[i] if i < len(en_blocks) else None
        row = table.add_row()
        for cell, block, zh in ((row.cells[0], en_block, False), (row.cells[1], zh_block, True)):
            para = cell.paragraphs[0]
            if block is None:
                continue
            para.alignment = block.align
            run = para.add_run(_FOOTNOTE.sub("", block.text))
            run.bold = block.bold
            run.font.size = Pt(10.5)
            if zh:
                run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Sans CJK SC")
    doc.save(out)

# ----- a text typed otherwise (benchmarks/eval/typing_styles.py) ------------------------------------------
@dataclass
class Para:
    text: str                         # "\n" is a manual line break (w:br)
    kind: str = "text"
    section: str = "body"
    bold: bool = False
    align: object = None
    style: str | None = None          # a Word paragraph style ("Heading 2")
    num: tuple[int, int] | None = None   # (w:numId, w:ilvl): Word's automatic numbering
    size: int | None = None
    zh: bool = False
    noise: bool = False               # no treaty text (page number, contents line, running header)
    underline: bool = False
    italic: bool = False
    bold_chars: int = 0               # only the first characters bold (a label), where not 0
    sym: str = ""                     # a symbol inserted before the text (w:sym, "Symbol" font, this code)


@dataclass
class Table:
    rows: list[list[list[Para]]]      # rows of cells of paragraphs


@dataclass
class Doc:
    items: list                       # Para or Table
    zh: bool
    numbering: list[tuple[int, list[tuple[str, str]]]] = field(default_factory=list)  # abstract id, levels
    nums: list[tuple[int, int]] = field(default_factory=list)      # (numId, abstract id)
    style_num: int | None = None      # the list the style "Heading 2" numbers its paragraphs with


def paras_of(blocks, zh: bool) -> Doc:
    return Doc([Para(b.text, b.kind, b.section, b.bold, b.align, zh=zh) for b in blocks], zh)


# ----- writing ------------------------------------------------------------------------------------------
def _fill(para, p: Para, zh: bool) -> None:
    if p.style:
        para.style = p.style
    if p.align is not None:
        para.alignment = p.align
    if p.num is not None:
        ppr = para._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                             f'<w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'))
    if p.sym:
        para.add_run()._r.append(parse_xml(f'<w:sym xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                                           f'main" w:font="Symbol" w:char="{p.sym}"/>'))
    for i, piece in enumerate(p.text.split("\n")):
        run = para.add_run()
        if i:
            run.add_break()
        if piece.startswith("\f"):
            run.add_break(WD_BREAK.PAGE)
            piece = piece[1:]
        if piece:
            run.add_text(piece)
        run.bold = p.bold or None
        run.underline = p.underline or None
        run.italic = p.italic or None
        if p.bold_chars and i == 0 and piece:        # a label in bold, the rest of the line not
            run.text, run.bold = piece[:p.bold_chars], True
            rest = para.add_run(piece[p.bold_chars:])
            rest.bold = None
        if p.size:
            run.font.size = Pt(p.size)
        if zh:
            run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Sans CJK SC")


def _numbering_xml(doc: Doc) -> str:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = []
    for aid, levels in doc.numbering:
        lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                       f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
                       for i, (fmt, text) in enumerate(levels))
        parts.append(f'<w:abstractNum w:abstractNumId="{aid}">{lvls}</w:abstractNum>')
    parts += [f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>' for nid, aid in doc.nums]
    return f'<w:numbering xmlns:w="{w}">{"".join(parts)}</w:numbering>'


def write(doc: Doc, out) -> None:
    document = Document()
    for item in doc.items:
        if isinstance(item, Para):
            _fill(document.add_paragraph(), item, doc.zh)
            continue
        cols = max(len(row) for row in item.rows)
        table = document.add_table(rows=len(item.rows), cols=cols)
        for r, row in enumerate(item.rows):
            for c, cell_paras in enumerate(row):
                cell = table.cell(r, c)
                for k, p in enumerate(cell_paras):
                    _fill(cell.paragraphs[0] if k == 0 else cell.add_paragraph(), p, doc.zh)
    if doc.numbering:
        part = document.part.numbering_part
        root = part.element
        for child in list(root):
            root.remove(child)
        for child in parse_xml(_numbering_xml(doc)):
            root.append(child)
    if doc.style_num is not None:
        ppr = document.styles["Heading 2"].element.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                             f'<w:numId w:val="{doc.style_num}"/></w:numPr>'))
    document.save(out)



def main(folders: list[str]) -> int:
    for folder in map(Path, folders):
        for md, name in (("text.md", "draft.docx"), ("text_zh.md", "draft_zh.docx")):
            if (folder / md).exists():
                build(folder / md, folder / name)
                print(f"{folder / name}")
        if (folder / "bilingual_en.md").exists() and (folder / "text_zh.md").exists():
            build_bilingual(folder / "bilingual_en.md", folder / "text_zh.md", folder / "draft_bilingual.docx")
            print(f"{folder / 'draft_bilingual.docx'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
