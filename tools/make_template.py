"""Generate templates/treaty.docx: the Word template defining every style the exporters use.

Run ``python tools/make_template.py`` after changing a style; the result is committed. The
package is written from scratch (no 400 kB of unused Office styles), so exports stay small and
fast. Latin text is set in Times New Roman, Chinese in Noto Serif CJK SC through the East Asian
font slot, with the zh-CN language mark for East Asian text.
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "templates" / "treaty.docx"
if str(ROOT) not in sys.path:          # run as ``python tools/make_template.py``
    sys.path.insert(0, str(ROOT))

from workbench.export.ooxml import (CJK_FONT as CJK, CJK_SANS_FONT, LATIN_FONT as LATIN,  # noqa: E402
                                    R_NS as R, W_NS as W, XML_HEAD as HEAD, paragraph_properties,
                                    run_properties, section_properties)


def pstyle(style_id: str, name: str, ppr: str = "", rpr: str = "", *, based_on: str = "Normal",
           next_: str | None = None, ui: int = 10, builtin: bool = False) -> str:
    """A paragraph style definition."""
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    nxt = f'<w:next w:val="{next_}"/>' if next_ else ""
    custom = "" if builtin else ' w:customStyle="1"'
    return (f'<w:style w:type="paragraph" w:styleId="{style_id}"{custom}><w:name w:val="{name}"/>'
            f'{based}{nxt}<w:uiPriority w:val="{ui}"/><w:qFormat/>'
            f'<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


def cstyle(style_id: str, name: str, rpr: str, *, builtin: bool = False) -> str:
    custom = "" if builtin else ' w:customStyle="1"'
    return (f'<w:style w:type="character" w:styleId="{style_id}"{custom}><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>'
            f'<w:rPr>{rpr}</w:rPr></w:style>')


def pp(*, keep: bool = False, suppress: bool = False, tabs: list[tuple[str, int]] = (),
       before: int = 0, after: int = 120, first: int = 0, **props) -> str:
    """A style's paragraph properties: the exporters' (ooxml), with the spacing always written."""
    return paragraph_properties(keep_next=keep, suppress_line_numbers=suppress,
                                tabs=[(kind, pos, "") for kind, pos in tabs], space_before=before,
                                space_after=after, first_line=first, **props)


def rp(*, pt: float | None = None, **props) -> str:
    """A style's run properties: the exporters' (ooxml), with the size in points as ``pt``."""
    return run_properties(size=pt, **props)


GREY = "595959"
TAB = 567  # 1 cm: the label column of numbered paragraphs
RULE = '<w:top w:val="single" w:sz="6" w:space="12" w:color="808080"/>'
HEADER_RULE = '<w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080"/>'

#: Every style the exporters name. tests/export/test_template.py checks each is defined.
STYLES: list[str] = [
    # document defaults and Word's built-ins, restyled for treaty text
    pstyle("Normal", "Normal", pp(after=120, line=264, jc="both"), based_on="", builtin=True, ui=0),
    pstyle("Title", "Title", pp(keep=True, keep_lines=True, suppress=True, before=240, after=240,
                                jc="center"), rp(bold=True, pt=17), next_="Normal", builtin=True),
    pstyle("Heading1", "heading 1", pp(keep=True, keep_lines=True, before=360, after=180, jc="center",
                                       outline=0), rp(bold=True, pt=13), next_="Normal",
           builtin=True, ui=9),
    pstyle("Heading2", "heading 2", pp(keep=True, keep_lines=True, before=240, after=120, jc="left",
                                       outline=1), rp(bold=True), next_="TreatyParagraph",
           builtin=True, ui=9),
    pstyle("Heading3", "heading 3", pp(keep=True, keep_lines=True, before=240, after=120, jc="center",
                                       outline=2), rp(bold=True), next_="Normal", builtin=True, ui=9),
    pstyle("TOCHeading", "TOC Heading", pp(keep=True, suppress=True, after=240, jc="center"),
           rp(bold=True, pt=14), next_="Normal", builtin=True, ui=39),
    pstyle("TOC1", "toc 1", pp(suppress=True, before=120, after=40, jc="left"), rp(bold=True),
           next_="Normal", builtin=True, ui=39),
    pstyle("TOC2", "toc 2", pp(suppress=True, after=40, left=284, jc="left"), "",
           next_="Normal", builtin=True, ui=39),
    pstyle("Header", "header", pp(border=HEADER_RULE, tabs=[("right", 9070)], after=0, jc="left"),
           rp(color=GREY, pt=9), builtin=True, ui=99),
    pstyle("Footer", "footer", pp(after=0, jc="center"), rp(color=GREY, pt=9), builtin=True, ui=99),
    pstyle("FootnoteText", "footnote text", pp(after=40, line=240, jc="left"), rp(pt=9),
           builtin=True, ui=99),
    # the title page
    pstyle("Confidentiality", "Confidentiality", pp(suppress=True, after=240, jc="right"),
           rp(bold=True, caps=True, pt=10)),
    pstyle("CoverTitle", "Cover Title", pp(keep=True, keep_lines=True, suppress=True, before=2400,
                                           after=240, line=240, jc="center"),
           rp(bold=True, pt=20), next_="DraftStatus"),
    pstyle("DraftStatus", "Draft Status", pp(keep=True, suppress=True, border=RULE, before=480,
                                             after=120, left=1700, right=1700, jc="center"),
           rp(bold=True, pt=13)),
    pstyle("DraftDate", "Draft Date", pp(suppress=True, after=720, jc="center"), rp(pt=11)),
    pstyle("FrontMatter", "Front Matter", pp(suppress=True, after=60, jc="left"), rp(color=GREY, pt=10)),
    pstyle("Subtitle", "Subtitle", pp(keep=True, suppress=True, after=240, jc="center"), "", builtin=True),
    # the treaty text
    pstyle("Recital", "Recital", pp(after=120, first=TAB), ""),
    pstyle("TreatyText", "Treaty Text", pp(after=120), ""),
    pstyle("TreatyParagraph", "Treaty Paragraph",
           pp(tabs=[("left", TAB)], after=120, left=TAB, hanging=TAB), ""),
    pstyle("TreatySubparagraph", "Treaty Subparagraph",
           pp(tabs=[("left", 2 * TAB)], after=100, left=2 * TAB, hanging=TAB), ""),
    pstyle("TreatySubparagraph2", "Treaty Subparagraph 2",
           pp(tabs=[("left", 3 * TAB)], after=100, left=3 * TAB, hanging=TAB), ""),
    pstyle("VerificationNote", "Verification Note", pp(keep=True, after=120, jc="left"),
           rp(italic=True, color="9C2A00", pt=10)),
    pstyle("MissingText", "Missing Text", pp(after=120, jc="left"), rp(italic=True, color=GREY, pt=10)),
    pstyle("Closing", "Closing", pp(before=360, after=120, first=TAB), ""),
    # character styles
    cstyle("DefaultParagraphFont", "Default Paragraph Font", "", builtin=True),
    cstyle("FootnoteReference", "footnote reference", rp(superscript=True), builtin=True),
    cstyle("Bracket", "Bracket", rp(bold=True)),
    cstyle("OptionLabel", "Option Label", rp(italic=True, color=GREY, pt=10)),
]

TABLE_STYLES = (
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:customStyle="1" w:styleId="ParallelText"><w:name w:val="Parallel Text"/>'
    '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:tblPr><w:tblBorders>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders>'
    '<w:tblCellMar><w:left w:w="142" w:type="dxa"/><w:right w:w="142" w:type="dxa"/></w:tblCellMar>'
    '</w:tblPr></w:style>'
)

#: Style ids the treaty exporter uses (checked by tests/export/test_template.py).
USED_STYLE_IDS = [s.split('w:styleId="')[1].split('"')[0] for s in STYLES] + ["ParallelText"]


def styles_xml() -> str:
    defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{LATIN}" w:hAnsi="{LATIN}" w:eastAsia="{CJK}" w:cs="{LATIN}"/>'
        f'{rp(pt=12)}<w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    )
    return (f'{HEAD}<w:styles xmlns:w="{W}">{defaults}<w:latentStyles w:defLockedState="0" '
            'w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" '
            'w:count="0"/>' + "".join(STYLES) + TABLE_STYLES + "</w:styles>")


def settings_xml() -> str:
    return (f'{HEAD}<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/>'
            '<w:defaultTabStop w:val="567"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:themeFontLang w:val="en-GB" w:eastAsia="zh-CN"/>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')


def font_table_xml() -> str:
    fonts = [(LATIN, "roman", "02020603050405020304", "00"),
             (CJK, "roman", "02020400000000000000", "86"),
             (CJK_SANS_FONT, "swiss", "020B0500000000000000", "86")]
    body = "".join(f'<w:font w:name="{n}"><w:panose1 w:val="{p}"/><w:charset w:val="{c}"/>'
                   f'<w:family w:val="{fam}"/><w:pitch w:val="variable"/></w:font>'
                   for n, fam, p, c in fonts)
    return f'{HEAD}<w:fonts xmlns:w="{W}">{body}</w:fonts>'


def footnotes_xml() -> str:
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
           '</w:r></w:p></w:footnote>')
    return f'{HEAD}<w:footnotes xmlns:w="{W}" xmlns:r="{R}">{sep}</w:footnotes>'


def document_xml() -> str:
    return (f'{HEAD}<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{section_properties()}'
            '</w:body></w:document>')


PARTS = {
    "[Content_Types].xml": (
        f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.settings+xml"/>'
        '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.fontTable+xml"/>'
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.extended-properties+xml"/></Types>'),
    "_rels/.rels": (
        f'{HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
        'metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'),
    "docProps/core.xml": (
        f'{HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/'
        'dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Treaty</dc:title>'
        '<dc:creator>Treaty Workbench</dc:creator></cp:coreProperties>'),
    "docProps/app.xml": (
        f'{HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
        'properties"><Application>Treaty Workbench</Application></Properties>'),
    "word/_rels/document.xml.rels": (
        f'{HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/settings" Target="settings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/fontTable" Target="fontTable.xml"/>'
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footnotes" Target="footnotes.xml"/></Relationships>'),
}


def build(path: Path = OUT) -> Path:
    parts = dict(PARTS)
    parts["word/document.xml"] = document_xml()
    parts["word/styles.xml"] = styles_xml()
    parts["word/settings.xml"] = settings_xml()
    parts["word/fontTable.xml"] = font_table_xml()
    parts["word/footnotes.xml"] = footnotes_xml()
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))  # reproducible bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text.encode("utf-8"))
    return path


if __name__ == "__main__":
    out = build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print(f"wrote {out}")
