"""WordprocessingML building blocks as XML strings: runs, fields, footnotes, revisions, packages.

python-docx has no API for fields, footnotes, line numbering or tracked changes, and its
per-run API is slow, so every exporter (treaty text, redline, check report) builds its XML here.
All helpers return strings of ``w:`` markup in schema element order; ``fragment()`` turns one
into an lxml element for code that works on a python-docx ``Document``.

Quick reference (each helper's docstring has the details)::

    run("Article 12", bold=True)                       # Latin text
    run("第十二条")                                      # CJK detected: East Asian font + zh-CN
    paragraph(run("…"), style="TreatyParagraph", keep_next=True)
    field("PAGE", "1")  /  page_x_of_y("en")           # complex fields with a cached result
    toc_field(entries)                                 # TOC with pre-filled entries
    notes = Footnotes(); ref = notes.reference(notes.add("Source: …"))
    rev = Revisions("Delegation A", "2025-03-01T10:00:00Z")
    rev.insert(run("new words")) / rev.delete("old words")
    line_numbering(count_by=5)                         # w:lnNumType for section_properties()
    pkg = DocxPackage.from_template(path); pkg.set_document(body); pkg.save(out)
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field as dc_field
from pathlib import Path

from ..files import atomic_write  # noqa: F401 - the exporters write through it

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
NSDECL = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

#: The Simplified Chinese face set in the East Asian font slot (installed by fonts-noto-cjk).
CJK_FONT = "Noto Serif CJK SC"
CJK_SANS_FONT = "Noto Sans CJK SC"
LATIN_FONT = "Times New Roman"

_CJK_RE = re.compile("[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
# Characters XML 1.0 forbids (control characters other than tab, newline, carriage return).
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def esc(text: str) -> str:
    """Escape text for element content or a double-quoted attribute; drop illegal characters."""
    text = str(text)
    if _ILLEGAL_XML.search(text):
        text = _ILLEGAL_XML.sub("", text)
    return text.translate(_ESCAPES)


def is_cjk(text: str) -> bool:
    """True if ``text`` holds any Chinese (CJK) character or full-width punctuation."""
    return bool(_CJK_RE.search(text or ""))


# ----- runs ---------------------------------------------------------------------------------
def rpr(**props) -> str:
    """Run properties (``w:rPr``, empty when there are none); keywords as :func:`run_properties`."""
    body = run_properties(**props)
    return f"<w:rPr>{body}</w:rPr>" if body else ""


def run_properties(*, style: str | None = None, bold: bool = False, italic: bool = False,
                   zh: bool = False, caps: bool = False, smallcaps: bool = False,
                   color: str | None = None, size: float | None = None, superscript: bool = False,
                   underline: bool = False, strike: bool = False) -> str:
    """The content of a ``w:rPr`` in schema order (also for a style, tools/make_template.py).
    ``zh`` sets the East Asian font and the zh-CN mark; ``size`` is in points."""
    parts = []
    if style:
        parts.append(f'<w:rStyle w:val="{esc(style)}"/>')
    if zh:
        parts.append(f'<w:rFonts w:eastAsia="{CJK_FONT}" w:hint="eastAsia"/>')
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if caps:
        parts.append("<w:caps/>")
    if smallcaps:
        parts.append("<w:smallCaps/>")
    if strike:
        parts.append("<w:strike/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        half = int(round(size * 2))
        parts.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    if underline:
        parts.append('<w:u w:val="single"/>')
    if superscript:
        parts.append('<w:vertAlign w:val="superscript"/>')
    if zh:
        parts.append('<w:lang w:eastAsia="zh-CN"/>')
    return "".join(parts)


def _text_runs_body(text: str, tag: str = "w:t") -> str:
    """Run content for ``text``: tabs and line breaks become w:tab / w:br."""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            if piece:
                out.append(f'<{tag} xml:space="preserve">{esc(piece)}</{tag}>')
    return "".join(out)


def run(text: str, *, zh: bool | None = None, **props) -> str:
    """One run. ``zh=None`` detects Chinese; other keywords go to :func:`rpr`."""
    if not text:
        return ""
    if zh is None:
        zh = is_cjk(text)
    return f"<w:r>{rpr(zh=zh, **props)}{_text_runs_body(text)}</w:r>"


def tab_run() -> str:
    return "<w:r><w:tab/></w:r>"


def page_break_run() -> str:
    return '<w:r><w:br w:type="page"/></w:r>'


# ----- paragraphs and tables ----------------------------------------------------------------
def ppr(style: str | None = None, **props) -> str:
    """Paragraph properties (``w:pPr``, empty when there are none); keywords as
    :func:`paragraph_properties`."""
    body = paragraph_properties(style, **props)
    return f"<w:pPr>{body}</w:pPr>" if body else ""


def paragraph_properties(style: str | None = None, *, keep_next: bool = False,
                         keep_lines: bool = False, page_break_before: bool = False,
                         suppress_line_numbers: bool = False, border: str = "",
                         tabs: list[tuple[str, int, str]] | None = None,
                         space_before: int | None = None, space_after: int | None = None,
                         line: int | None = None, left: int = 0, right: int = 0, hanging: int = 0,
                         first_line: int = 0, jc: str | None = None, outline: int | None = None,
                         sect: str = "", run_props: str = "") -> str:
    """The content of a ``w:pPr`` in schema order (also for a style, tools/make_template.py).

    ``border``: the ``w:pBdr`` content; ``tabs``: (alignment, position in twips, leader);
    ``line``: line spacing in 240ths of a line; ``left``, ``right``, ``hanging``, ``first_line``:
    indents in twips (``hanging`` wins over ``first_line``).
    """
    parts = []
    if style:
        parts.append(f'<w:pStyle w:val="{esc(style)}"/>')
    if keep_next:
        parts.append("<w:keepNext/>")
    if keep_lines:
        parts.append("<w:keepLines/>")
    if page_break_before:
        parts.append("<w:pageBreakBefore/>")
    if suppress_line_numbers:
        parts.append("<w:suppressLineNumbers/>")
    if border:
        parts.append(f"<w:pBdr>{border}</w:pBdr>")
    if tabs:
        parts.append("<w:tabs>" + "".join(
            f'<w:tab w:val="{kind}" w:leader="{leader}" w:pos="{pos}"/>' if leader else
            f'<w:tab w:val="{kind}" w:pos="{pos}"/>' for kind, pos, leader in tabs) + "</w:tabs>")
    if space_before is not None or space_after is not None or line:
        before = f' w:before="{space_before}"' if space_before is not None else ""
        after = f' w:after="{space_after}"' if space_after is not None else ""
        rule = f' w:line="{line}" w:lineRule="auto"' if line else ""
        parts.append(f"<w:spacing{before}{after}{rule}/>")
    if left or right or hanging or first_line:
        extra = (f' w:hanging="{hanging}"' if hanging
                 else f' w:firstLine="{first_line}"' if first_line else "")
        parts.append(f'<w:ind w:left="{left}" w:right="{right}"{extra}/>')
    if jc:
        parts.append(f'<w:jc w:val="{jc}"/>')
    if outline is not None:
        parts.append(f'<w:outlineLvl w:val="{outline}"/>')
    if run_props:
        parts.append(run_props)
    if sect:
        parts.append(sect)
    return "".join(parts)


def paragraph(content: str | list[str] = "", style: str | None = None, **props) -> str:
    """A paragraph of already-built runs (a string or a list of strings)."""
    body = content if isinstance(content, str) else "".join(content)
    return f"<w:p>{ppr(style, **props)}{body}</w:p>"


def table(rows: list[list[str]], widths: list[int], *, style: str | None = None,
          header_rows: int = 0, cant_split: bool = False) -> str:
    """A table of cells (each cell: paragraph XML, never empty); widths in twips."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    tbl_style = f'<w:tblStyle w:val="{esc(style)}"/>' if style else ""
    out = [f'<w:tbl><w:tblPr>{tbl_style}<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" '
           'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>"]
    for i, cells in enumerate(rows):
        trpr = ("<w:cantSplit/>" if cant_split else "") + ("<w:tblHeader/>" if i < header_rows else "")
        out.append("<w:tr>" + (f"<w:trPr>{trpr}</w:trPr>" if trpr else ""))
        for width, cell in zip(widths, cells):
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                       f"{cell or paragraph()}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


# ----- bookmarks, links and fields ------------------------------------------------------------
def bookmark(name: str, bm_id: int, content: str) -> str:
    """``content`` (runs) wrapped in a bookmark, for PAGEREF and internal hyperlinks."""
    return (f'<w:bookmarkStart w:id="{bm_id}" w:name="{esc(name)}"/>{content}'
            f'<w:bookmarkEnd w:id="{bm_id}"/>')


def internal_link(anchor: str, content: str) -> str:
    return f'<w:hyperlink w:anchor="{esc(anchor)}" w:history="1">{content}</w:hyperlink>'


def field(instruction: str, result: str = "", *, props: str = "", dirty: bool = False) -> str:
    """A complex field (begin, instruction, separate, cached result, end) as runs.

    ``props`` is an ``rpr()`` string applied to every run; ``result`` is the text shown until
    the field is updated (LibreOffice shows it as is for TOC fields).
    """
    flag = ' w:dirty="true"' if dirty else ""
    return (f'<w:r>{props}<w:fldChar w:fldCharType="begin"{flag}/></w:r>'
            f'<w:r>{props}<w:instrText xml:space="preserve"> {esc(instruction)} </w:instrText></w:r>'
            f'<w:r>{props}<w:fldChar w:fldCharType="separate"/></w:r>'
            + (f'<w:r>{props}{_text_runs_body(result)}</w:r>' if result else "")
            + f'<w:r>{props}<w:fldChar w:fldCharType="end"/></w:r>')


def page_x_of_y(lang: str = "en") -> str:
    """Runs for "Page X of Y" (en), "第 X 页 共 Y 页" (zh), or both separated by a dash."""
    en = run("Page ") + field("PAGE", "1") + run(" of ") + field("NUMPAGES", "1")
    zh_props = rpr(zh=True)
    zh = (run("第 ", zh=True) + field("PAGE", "1", props=zh_props) + run(" 页 共 ", zh=True)
          + field("NUMPAGES", "1", props=zh_props) + run(" 页", zh=True))
    if lang == "zh":
        return zh
    if lang == "both":
        return en + run("  —  ") + zh
    return en


@dataclass
class TocEntry:
    """One pre-filled table-of-contents line."""

    level: int          # 1 or 2
    text: str
    bookmark: str
    page: int | None = None


def toc_field(entries: list[TocEntry], *, levels: str = "1-2", right_tab: int = 9020,
              styles: tuple[str, str] = ("TOC1", "TOC2")) -> list[str]:
    """Paragraphs of a TOC field whose result already lists ``entries``.

    Word refreshes it with F9; LibreOffice never updates a Word TOC, so the entries (and page
    numbers, when known) must be right as written. Entries link to their bookmarks. With no
    page numbers the field is marked dirty so Word recomputes it on opening.
    """
    dirty = any(e.page is None for e in entries)
    flag = ' w:dirty="true"' if dirty else ""
    begin = (f'<w:r><w:fldChar w:fldCharType="begin"{flag}/></w:r>'
             f'<w:r><w:instrText xml:space="preserve"> TOC \\o "{levels}" \\h \\z \\u </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    paras = []
    if not entries:
        return [paragraph(begin + run(" ") + end, styles[0])]
    for i, entry in enumerate(entries):
        style = styles[min(entry.level, len(styles)) - 1]
        body = run(entry.text)
        tabs = None
        if entry.page is not None:
            body += tab_run() + field(f"PAGEREF {entry.bookmark} \\h", str(entry.page))
            tabs = [("right", right_tab, "dot")]
        body = internal_link(entry.bookmark, body)
        if i == 0:
            body = begin + body
        if i == len(entries) - 1:
            body += end
        paras.append(paragraph(body, style, tabs=tabs))
    return paras


# ----- footnotes ------------------------------------------------------------------------------
class Footnotes:
    """The footnotes part: ``add()`` returns an id, ``reference(id)`` the run that cites it."""

    def __init__(self, text_style: str = "FootnoteText", ref_style: str = "FootnoteReference"):
        self.text_style, self.ref_style = text_style, ref_style
        self.notes: list[tuple[int, str]] = []

    def __len__(self) -> int:
        return len(self.notes)

    def add(self, text: str = "", *, runs: str = "") -> int:
        """Add a one-paragraph footnote of plain ``text`` or of ready ``runs``; returns its id."""
        note_id = len(self.notes) + 1
        mark = f'<w:r>{rpr(style=self.ref_style)}<w:footnoteRef/></w:r>'
        first, *more = text.split("\n\n") if text and not runs else [text]
        body = paragraph(mark + run(" ") + (runs or run(first)), self.text_style)
        body += "".join(paragraph(run(block), self.text_style) for block in more)     # a note of several paragraphs
        self.notes.append((note_id, body))
        return note_id

    def reference(self, note_id: int) -> str:
        return f'<w:r>{rpr(style=self.ref_style)}<w:footnoteReference w:id="{note_id}"/></w:r>'

    def xml(self) -> bytes:
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
               'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
               '</w:r></w:p></w:footnote>')
        notes = "".join(f'<w:footnote w:id="{i}">{body}</w:footnote>' for i, body in self.notes)
        return f"{XML_HEAD}<w:footnotes {NSDECL}>{sep}{notes}</w:footnotes>".encode("utf-8")


# ----- tracked changes --------------------------------------------------------------------------
class Revisions:
    """Tracked-change markup (w:ins / w:del) by one author at one time, with unique ids."""

    def __init__(self, author: str, date: str, start_id: int = 1000):
        self.author, self.date, self._next = author, date, start_id

    def _attrs(self) -> str:
        self._next += 1
        return f'w:id="{self._next}" w:author="{esc(self.author)}" w:date="{esc(self.date)}"'

    def insert(self, runs: str) -> str:
        """Wrap runs (from :func:`run`) as an insertion."""
        return f"<w:ins {self._attrs()}>{runs}</w:ins>" if runs else ""

    def delete(self, text: str, *, zh: bool | None = None, **props) -> str:
        """Deleted ``text`` (w:del containing w:delText runs)."""
        if not text:
            return ""
        if zh is None:
            zh = is_cjk(text)
        body = _text_runs_body(text, tag="w:delText")
        return f"<w:del {self._attrs()}><w:r>{rpr(zh=zh, **props)}{body}</w:r></w:del>"


# ----- sections ----------------------------------------------------------------------------------
def line_numbering(count_by: int = 5, restart: str = "continuous", distance: int = 360) -> str:
    """``w:lnNumType`` for :func:`section_properties` (numbers in the margin every ``count_by`` lines)."""
    return f'<w:lnNumType w:countBy="{count_by}" w:distance="{distance}" w:restart="{restart}"/>'


def section_properties(*, header: str | None = None, footer: str | None = None,
                       first_header: str | None = None, first_footer: str | None = None,
                       title_page: bool = False, line_numbers: str = "",
                       width: int = 11906, height: int = 16838, margin: int = 1418,
                       footnotes: bool = False) -> str:
    """``w:sectPr`` (A4 by default; relationship ids for the header/footer parts)."""
    refs = []
    if header:
        refs.append(f'<w:headerReference w:type="default" r:id="{header}"/>')
    if first_header:
        refs.append(f'<w:headerReference w:type="first" r:id="{first_header}"/>')
    if footer:
        refs.append(f'<w:footerReference w:type="default" r:id="{footer}"/>')
    if first_footer:
        refs.append(f'<w:footerReference w:type="first" r:id="{first_footer}"/>')
    notes = '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>' if footnotes else ""
    return ("<w:sectPr>" + "".join(refs) + notes
            + f'<w:pgSz w:w="{width}" w:h="{height}"/>'
            f'<w:pgMar w:top="{margin}" w:right="{margin}" w:bottom="{margin}" w:left="{margin}" '
            'w:header="709" w:footer="709" w:gutter="0"/>'
            + line_numbers + '<w:cols w:space="708"/>' + ("<w:titlePg/>" if title_page else "")
            + "</w:sectPr>")


def header_part(paragraphs: str) -> bytes:
    return f"{XML_HEAD}<w:hdr {NSDECL}>{paragraphs or paragraph()}</w:hdr>".encode("utf-8")


def footer_part(paragraphs: str) -> bytes:
    return f"{XML_HEAD}<w:ftr {NSDECL}>{paragraphs or paragraph()}</w:ftr>".encode("utf-8")


def fragment(xml: str):
    """Parse a ``w:`` XML string (one element) into an lxml element, e.g. to append it to a
    python-docx ``Document().element.body``."""
    from lxml import etree
    wrapped = f"<w:wrap {NSDECL}>{xml}</w:wrap>"
    return etree.fromstring(wrapped.encode("utf-8"))[0]


# ----- packages ------------------------------------------------------------------------------------
_CT = {
    "header": "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
    "footer": "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
    "footnotes": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    "comments": "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
}


@dataclass
class DocxPackage:
    """A .docx being written: the template's parts plus replaced or added ones, saved atomically."""

    parts: dict[str, bytes]
    order: list[str]
    _added_rels: list[tuple[str, str, str]] = dc_field(default_factory=list)
    _added_types: dict[str, str] = dc_field(default_factory=dict)
    _next_rid: int = 900

    @classmethod
    def from_template(cls, path: Path | str) -> "DocxPackage":
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            parts = {name: zf.read(name) for name in names}
        return cls(parts=parts, order=names)

    def document_head(self) -> str:
        """The template's ``<w:document …>`` start tag (with all its namespace declarations)."""
        xml = self.parts["word/document.xml"].decode("utf-8")
        start = xml.index("<w:document")
        return xml[start:xml.index(">", start) + 1]

    def set_document(self, body: str) -> None:
        """Replace the body of word/document.xml by ``body`` (paragraphs, tables, final sectPr)."""
        head = self.document_head()
        xml = f"{XML_HEAD}{head}<w:body>{body}</w:body></w:document>"
        self.parts["word/document.xml"] = xml.encode("utf-8")

    def add_part(self, kind: str, data: bytes, name: str | None = None) -> str:
        """Add a header, footer, footnotes or comments part; returns its relationship id."""
        if name is None:
            count = sum(1 for p in self.parts if p.startswith(f"word/{kind}"))
            name = f"word/{kind}{count + 1}.xml" if kind not in ("footnotes", "comments") else f"word/{kind}.xml"
        self._next_rid += 1
        rid = f"rId{self._next_rid}"
        if name not in self.parts:
            self.order.append(name)
        self.parts[name] = data
        self._added_rels.append((rid, REL_TYPE + kind, name.split("/", 1)[1]))
        self._added_types["/" + name] = _CT[kind]
        return rid

    def _finish(self) -> None:
        rels_name = "word/_rels/document.xml.rels"
        rels = self.parts[rels_name].decode("utf-8")
        targets = {target for _, _, target in self._added_rels}
        # Drop template relationships to parts we replace (e.g. a template footnotes part).
        rels = re.sub(r'<Relationship [^>]*Target="(' + "|".join(map(re.escape, targets))
                      + r')"[^>]*/>', "", rels) if targets else rels
        new = "".join(f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"/>'
                      for rid, rtype, target in self._added_rels)
        self.parts[rels_name] = rels.replace("</Relationships>", new + "</Relationships>").encode("utf-8")
        ct = self.parts["[Content_Types].xml"].decode("utf-8")
        for part, ctype in self._added_types.items():
            ct = re.sub(r'<Override PartName="' + re.escape(part) + r'"[^>]*/>', "", ct)
            ct = ct.replace("</Types>", f'<Override PartName="{part}" ContentType="{ctype}"/></Types>')
        self.parts["[Content_Types].xml"] = ct.encode("utf-8")
        self._added_rels, self._added_types = [], {}

    def to_bytes(self) -> bytes:
        self._finish()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for name in self.order:
                zf.writestr(name, self.parts[name])
        return buffer.getvalue()

    def save(self, path: Path | str) -> int:
        """Write the package to ``path`` atomically; returns the number of bytes written."""
        data = self.to_bytes()
        atomic_write(path, data)
        return len(data)
