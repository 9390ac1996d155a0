"""The compilation document: the text with its brackets, as a secretariat circulates it (.docx).

One export path for the window and the command line (``brackets export``, ``export
--compilation``, the Alternatives panel's "Export compilation…"): built from
``core.compilation.compile_blocks``, with the furniture of a UN or WTO compilation text
(``compilation_front``): symbol and revision, distribution, date, original language, issuing
body, the without-prejudice note ("nothing is agreed until everything is agreed"), a key to the
brackets and attributions, how many brackets are open and where, and whose proposals it was
compiled from. Attributions are footnotes; words an option adds are bold and underlined, words it
drops struck through. ``clean=True`` gives the clean text: refused while brackets are open unless
``mark_open``, which prints every provision still open in brackets with a footnote saying so.
"""
from __future__ import annotations

from pathlib import Path

from ..core.agreed import clean_draft, open_summary
from ..core.compilation import compile_blocks
from ..core.messages import msg
from ..core.model import Draft
from ..paths import TEMPLATES_DIR
from . import ooxml as ox
from .common import ExportError
from .compilation_front import CompilationInfo, listing, sources_line, text

TEMPLATE = TEMPLATES_DIR / "treaty.docx"
WIDTH = 9070
_STYLES = {"preamble": "Heading1", "recital": "Recital", "chapter": "Heading1", "article": "Heading2",
           "closing": "Closing"}
_SUBSTYLE = {0: "TreatyParagraph", 1: "TreatySubparagraph"}
_NO_BORDER = ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
              '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')
_RULE = '<w:bottom w:val="single" w:sz="12" w:space="4" w:color="000000"/>'
_BOX = ('<w:top w:val="single" w:sz="4" w:space="6" w:color="808080"/><w:left w:val="single" w:sz="4" '
        'w:space="6" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="6" w:color="808080"/>'
        '<w:right w:val="single" w:sz="4" w:space="6" w:color="808080"/>')


class _Writer:
    def __init__(self, notes: ox.Footnotes):
        self.notes = notes

    def runs(self, runs: list[tuple[str, str]], lang: str) -> str:
        out = []
        for kind, value in runs:
            if kind == "note":
                out.append(self.notes.reference(self.notes.add(value + ("" if value.endswith(("。", ".")) else
                                                                        ("。" if lang == "zh" else ".")))))
            elif kind == "mark":
                out.append(ox.run(value, style="Bracket"))
            elif kind == "label":
                out.append(ox.run(value, bold=True))
            elif kind == "aside":
                out.append(ox.run(value, italic=True))
            elif kind in ("ins", "del"):
                core = value.strip()
                lead, trail = value[:len(value) - len(value.lstrip())], value[len(value.rstrip()):]
                style = {"bold": True, "underline": True} if kind == "ins" else {"strike": True}
                out.append(ox.run(lead) + ox.run(core, **style) + ox.run(trail))
            elif kind == "num":
                out.append(ox.run(value) + ox.tab_run())
            else:
                out.append(ox.run(value))
        return "".join(out)

    def block(self, block, lang: str) -> str:
        runs = self.runs(block.runs, lang)
        if block.style in ("paragraph", "option-text", "aside", "recital") and block.runs:
            numbered = block.runs[0][0] == "num"
            if block.style == "recital":
                return ox.paragraph(runs, "Recital")
            if numbered:
                style = _SUBSTYLE.get(block.level, "TreatySubparagraph2")
                return ox.paragraph(runs, style)
            indent = 567 * (block.level + (1 if block.style in ("option-text", "aside") else 0))
            return ox.paragraph(runs, "TreatyText", left=indent) if indent else ox.paragraph(runs, "TreatyText")
        if block.style == "option":
            return ox.paragraph(runs, "TreatyText", keep_next=True, space_before=120)
        return ox.paragraph(runs, _STYLES.get(block.style, "TreatyText"))


def _front(draft: Draft, info: CompilationInfo, lang: str, clean: bool, summary: dict) -> list[str]:
    """The first page's furniture: symbol block, rule, titles, the note, the key, the state of play."""
    zh = lang == "zh"
    right = [ox.paragraph(ox.run(info.full_symbol, bold=True, size=12), "TreatyText", jc="right", space_after=40)
             if info.full_symbol else "",
             ox.paragraph(ox.run(info.distribution_text(lang)), "TreatyText", jc="right", space_after=0),
             ox.paragraph(ox.run(info.date_text(lang)), "TreatyText", jc="right", space_after=0),
             ox.paragraph(ox.run(info.original_text(lang)), "TreatyText", jc="right", space_after=0)]
    left = [ox.paragraph(ox.run(info.body, bold=True), "TreatyText", jc="left", space_after=40) if info.body else "",
            ox.paragraph(ox.run(info.session), "TreatyText", jc="left", space_after=0) if info.session else ""]
    left = [p for p in left if p] or [ox.paragraph()]
    table = ox.table([["".join(left), "".join(p for p in right if p)]], [WIDTH * 3 // 5, WIDTH - WIDTH * 3 // 5])
    table = table.replace("<w:tblLayout", _NO_BORDER + "<w:tblLayout", 1)
    out = [table, ox.paragraph("", "TreatyText", border=_RULE, space_after=240)]
    kind = text("clean", lang) if clean else text("revised" if info.revision else "compilation", lang)
    title = (draft.title_zh or draft.title) if zh else draft.title
    out.append(ox.paragraph(ox.run(title), "Title", space_before=120))
    heading = kind + (("（" + text("revision", lang).format(info.revision) + "）" if zh else
                       " (" + text("revision", lang).format(info.revision) + ")") if info.revision else "")
    out.append(ox.paragraph(ox.run(heading, bold=True, size=13), "Subtitle", space_after=120))
    if info.subtitle:
        out.append(ox.paragraph(ox.run(info.subtitle, italic=True), "Subtitle"))
    note = text("clean_note" if clean else "prejudice", lang)
    out.append(ox.paragraph(ox.run(text("note_head", lang), bold=True) + ox.run("：" if zh else ": ") + ox.run(note),
                            "TreatyText", border=_BOX, left=142, right=142, space_before=120, space_after=240,
                            keep_next=True))
    out.append(ox.paragraph(ox.run(text("key", lang), bold=True), "TreatyText", keep_next=True, space_after=60))
    rows = []
    for sign, meaning in text("keys", lang):
        if sign == "word":
            shown = ox.run("文字" if zh else "words", bold=True, underline=True) + ox.run(" / ") + \
                ox.run("文字" if zh else "words", strike=True)
        elif sign == "¹":
            shown = ox.run("1", superscript=True)
        elif sign == "25 bis":
            shown = ox.run("第二十五条之二" if zh else "Article 25 bis")
        else:
            shown = ox.run(sign, style="Bracket") if sign.startswith("[") and len(sign) < 9 else ox.run(sign)
        rows.append([ox.paragraph(shown, "TreatyText", jc="left", space_after=40),
                     ox.paragraph(ox.run(meaning, size=10), "TreatyText", jc="left", space_after=40)])
    key = ox.table(rows, [1900, WIDTH - 1900])
    out.append(key.replace("<w:tblLayout", _NO_BORDER + "<w:tblLayout", 1))
    state = []
    count, where = summary["open_brackets"], summary["articles"]
    if clean:
        if count:
            state.append(text("open_clean", lang).format(count, listing(where, lang)))
    else:
        state.append(text("open", lang).format(count, listing(where, lang)) if count else text("none_open", lang))
        if summary.get("pending"):
            state.append(text("pending", lang).format(listing(summary["pending"], lang)))
        if summary.get("ad_referendum"):
            state.append(text("ad_referendum", lang).format(listing(summary["ad_referendum"], lang)))
    source = sources_line(draft.meta, lang)
    if source:
        state.append(source)
    for line in state:
        out.append(ox.paragraph(ox.run(line, italic=True), "TreatyText", space_before=120, space_after=60))
    return out


def _body(draft: Draft, lang: str, clause_labels, writer: _Writer, info: CompilationInfo, clean: bool,
          summary: dict, first: bool) -> list[str]:
    out = _front(draft, info, lang, clean, summary)
    blocks = compile_blocks(draft, lang, clause_labels)
    out.append(ox.paragraph(ox.run(blocks[0].plain()), "Heading1", page_break_before=True))
    out.extend(writer.block(block, lang) for block in blocks[1:])
    if not first:
        out[0] = ox.paragraph(ox.page_break_run()) + out[0]
    return out


def compilation_bytes(draft: Draft, *, lang: str = "en", clause_labels: dict[str, str] | None = None,
                      clean: bool = False, mark_open: bool = False, status: str = "",
                      info: CompilationInfo | None = None, template: Path | str | None = None) -> bytes:
    """The compilation (or, with ``clean``, the clean text) of ``draft`` as .docx bytes; ``lang`` is
    en, zh or both (the English text, then the Chinese)."""
    info = info or CompilationInfo.from_meta(draft.meta)
    summary = open_summary(draft)
    if clean and summary["open_brackets"] and not mark_open:
        raise ExportError(msg("{count} bracket(s) are still open ({where}): a clean text would present them as "
                              "agreed. Agree them first, or mark every open provision as not agreed",
                              count=summary["open_brackets"], where=", ".join(summary["articles"])))
    source = clean_draft(draft, mark_open=True) if clean else draft
    source.meta = draft.meta
    notes = ox.Footnotes()
    writer = _Writer(notes)
    langs = ["en", "zh"] if lang == "both" else [lang]
    body: list[str] = []
    for i, code in enumerate(langs):
        here = open_summary(draft, code) if code != "en" else summary
        body.extend(_body(source, code, clause_labels, writer, info, clean, here, i == 0))
    package = ox.DocxPackage.from_template(template or TEMPLATE)
    header = ox.paragraph(ox.run(info.full_symbol or (text("clean", langs[0]) if clean else
                                                      text("compilation", langs[0])))
                          + ox.tab_run() + ox.run(status or info.date_text(langs[0])), "Header")
    footer = ox.paragraph(ox.page_x_of_y("zh" if lang == "zh" else "en"), "Footer")
    rel_header = package.add_part("header", ox.header_part(header))
    rel_footer = package.add_part("footer", ox.footer_part(footer))
    rel_first_h = package.add_part("header", ox.header_part(""))
    rel_first_f = package.add_part("footer", ox.footer_part(footer))
    package.add_part("footnotes", notes.xml(), name="word/footnotes.xml")
    sect = ox.section_properties(header=rel_header, footer=rel_footer, first_header=rel_first_h,
                                 first_footer=rel_first_f, title_page=True, footnotes=True)
    package.set_document("".join(body) + sect)
    return package.to_bytes()


def write_compilation(draft: Draft, path: Path | str, **kwargs) -> int:
    """Write the compilation (or clean text) .docx to ``path`` atomically; returns its size."""
    data = compilation_bytes(draft, **kwargs)
    ox.atomic_write(path, data)
    return len(data)

